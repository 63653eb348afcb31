/*
 * weights50.c - a generated model's weights after 50 training steps, as
 * a fingerprint that must not move when the compiler is refactored.
 *
 *   cc -DMODEL=name -DMODEL_HEADER='"name.h"' weights50.c name.c libnnrt.a
 *   ./weights50 > name.txt
 *
 * Uses the public API only (create, train_batch, predict, param), so it
 * outlives any change to the compiler's insides.  The model is created
 * with seed 7 and takes 50 steps on batches from a fixed generator: full
 * batches, and every seventh a short one (n = batch / 2 + 1), so the
 * run-time row count's tails are covered.  Then it predicts one batch.
 * Printed, one line each: every parameter and optimizer-state tensor
 * (the descriptor's order) as its name, length, a 64-bit FNV-1a hash of
 * its bytes, and its sum and first value to 9 digits (for a reader who
 * wants to know how far a changed run moved); the 50 losses' hash; the
 * predictions' hash.  Inference-only models print their initial weights
 * and predictions.
 *
 * tests/baseline/run.sh compares the output with the recorded file
 * (tests/baseline/NAME.BACKEND.txt) byte for byte: bit-identical weights.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt.h"
#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))
#define STR_(x) #x
#define STR(x) STR_(x)

#define STEPS 50

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001b3ULL;
    return h;
}

#define FNV_BASIS 0xcbf29ce484222325ULL

static void batch(nnrt_rng *r, int loss, size_t n, float *x, float *t)
{
    size_t in = API(INPUT_SIZE), out = API(OUTPUT_SIZE);
    for (size_t i = 0; i < n * in; i++)
        x[i] = (float)nnrt_rng_normal(r);
    if (loss == NNRT_LOSS_CROSS_ENTROPY)
        for (size_t i = 0; i < n; i++)
            t[i] = (float)nnrt_rng_below(r, (uint32_t)out);
    else if (loss == NNRT_LOSS_BCE)
        for (size_t i = 0; i < n * out; i++)
            t[i] = (float)(nnrt_rng_u32(r) & 1);
    else
        for (size_t i = 0; i < n * out; i++)
            t[i] = (float)nnrt_rng_normal(r);
}

int main(void)
{
    MODEL *m = API(create)(7);
    if (!m) {
        fprintf(stderr, "create failed: %s\n", nnrt_last_error());
        return 1;
    }
    const nnrt_model_desc *d = ((nnrt_model *)m)->desc;
    size_t B = API(BATCH_SIZE), in = API(INPUT_SIZE), out = API(OUTPUT_SIZE);
    float *x = calloc(B * in, sizeof *x), *t = calloc(B * out, sizeof *t);
    float *y = calloc(B * out, sizeof *y);
    nnrt_rng r;
    nnrt_rng_seed(&r, 1234, 7);
    printf("model %s\n", STR(MODEL));
    if (d->loss != NNRT_LOSS_NONE) {
        float losses[STEPS];
        for (int s = 0; s < STEPS; s++) {
            size_t n = s % 7 == 6 ? B / 2 + 1 : B;
            batch(&r, d->loss, n, x, t);
            int rc = nnrt_train_batch((nnrt_model *)m, x, t, n, &losses[s]);
            if (rc != NNRT_OK) {
                fprintf(stderr, "step %d: %s\n", s, nnrt_last_error());
                return 1;
            }
        }
        printf("losses %016" PRIx64 " last %.9g\n", fnv1a(losses, sizeof losses, FNV_BASIS),
               (double)losses[STEPS - 1]);
    }
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *tn = &d->tensors[i];
        if (tn->kind == NNRT_GRAD)
            continue;
        size_t len = nnrt_tensor_len(tn);
        const float *v = ((nnrt_model *)m)->ws + tn->offset;
        double sum = 0;
        for (size_t k = 0; k < len; k++)
            sum += v[k];
        printf("%s %zu %016" PRIx64 " sum %.9g first %.9g\n", tn->name, len,
               fnv1a(v, len * sizeof *v, FNV_BASIS), sum, (double)v[0]);
    }
    batch(&r, d->loss == NNRT_LOSS_NONE ? NNRT_LOSS_MSE : d->loss, B, x, t);
    API(predict)(m, x, y, B);
    printf("predict %016" PRIx64 " first %.9g\n", fnv1a(y, B * out * sizeof *y, FNV_BASIS),
           (double)y[0]);
    free(x);
    free(t);
    free(y);
    API(destroy)(m);
    return 0;
}
