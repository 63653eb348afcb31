/*
 * harness.c - NAME_predict's outputs for tests/onnx/run.py.
 *
 *   cc -DMODEL=name -DMODEL_HEADER='"name.h"' [-DTRAIN] harness.c name.c libnnrt.a
 *   ./harness CKPT IN.bin ROWS OUT.bin STEPS KIND
 *
 * IN.bin holds ROWS x INPUT_SIZE float32.  With -DTRAIN (a model with a
 * train block) and STEPS > 0, the model first adapts its preprocessing to
 * the rows (a model without it ignores that), then trains STEPS steps on
 * them (targets: classes for KIND "classes", values in [0, 1] otherwise),
 * so batch norm's running statistics and the weights are not the ones
 * NAME_create gives.  Then it saves CKPT and writes NAME_predict of all
 * the rows to OUT.bin (ROWS x OUTPUT_SIZE float32).  With STEPS -1 it
 * loads CKPT instead (an imported model's checkpoint) and predicts.  Exit
 * 1 on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

static int fail(const char *what)
{
    fprintf(stderr, "harness: %s: %s\n", what, nnrt_last_error());
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: %s CKPT IN.bin ROWS OUT.bin STEPS KIND\n", argv[0]);
        return 2;
    }
    size_t rows = (size_t)atol(argv[3]), in = API(INPUT_SIZE), out = API(OUTPUT_SIZE);
    int steps = atoi(argv[5]);
    float *x = malloc(sizeof *x * rows * in), *y = malloc(sizeof *y * rows * out);
    FILE *f = fopen(argv[2], "rb");
    if (!x || !y || !f || fread(x, sizeof *x, rows * in, f) != rows * in)
        return fprintf(stderr, "harness: cannot read %s\n", argv[2]), 1;
    fclose(f);
    MODEL *m = API(create)(1);
    if (!m)
        return fail("create");
    if (steps < 0 && API(load)(m, argv[1]) != 0)
        return fail(argv[1]);
#ifdef TRAIN
    if (steps > 0) {
        nnrt_adapt((nnrt_model *)m, x, rows);   /* NNRT_EARG without standardize: nothing to do */
        size_t n = rows < API(BATCH_SIZE) ? rows : API(BATCH_SIZE);
        int classes = strcmp(argv[6], "classes") == 0;
        float *t = malloc(sizeof *t * n * (classes ? 1 : out));
        for (size_t r = 0; r < n; r++)
            for (size_t j = 0; j < (classes ? 1 : out); j++)
                t[r * (classes ? 1 : out) + j] = classes ? (float)((r * 7) % out) : 0.25f + 0.5f * (float)((r + j) % 2);
        for (int s = 0; s < steps; s++) {
            float l = API(train_batch)(m, x, t, n);
            if (l != l)
                return fail("train_batch");
        }
        free(t);
    }
#else
    (void)steps;
#endif
    if (steps >= 0 && API(save)(m, argv[1]) != 0)
        return fail("save");
    API(predict)(m, x, y, rows);
    f = fopen(argv[4], "wb");
    if (!f || fwrite(y, sizeof *y, rows * out, f) != rows * out || fclose(f) != 0)
        return fprintf(stderr, "harness: cannot write %s\n", argv[4]), 1;
    API(destroy)(m);
    free(x);
    free(y);
    return 0;
}
