/*
 * divergence.c - fit stops on a loss that is NaN or Inf, says where, and
 * keeps the last good checkpoint.
 *
 * 1. NaN in the data never reaches the kernels: train_batch and fit
 *    reject it up front (NNRT_EDATA), and the checkpoint is not touched.
 * 2. A huge learning rate (models/clf_hugelr.nn, lr = 1e30, the same
 *    tensors as models/clf.nn): resumed from a good clf checkpoint after
 *    epoch 2, fit must return NNRT_EDIVERGED with "epoch 3, batch K" in
 *    its message and on its progress stream, leave the checkpoint's bytes
 *    as they were, and put the model back to it.
 * 3. A poisoned weight (NaN set through NAME_param, past every data
 *    check): the same, at epoch 3, batch 1.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clf.h"
#include "clf_hugelr.h"

static int failures, checks;

#define CHECK(c, ...)                                                       \
    do {                                                                    \
        checks++;                                                           \
        if (!(c)) {                                                         \
            printf("[FAIL] %s:%d: ", __FILE__, __LINE__);                   \
            printf(__VA_ARGS__);                                            \
            printf("  (last error: %s)\n", nnrt_last_error());             \
            failures++;                                                     \
        }                                                                   \
    } while (0)

enum { N = 96 };

/* three Gaussian blobs, a class each */
static void make_data(float *x, float *t)
{
    nnrt_rng r;
    nnrt_rng_seed(&r, 11, 0);
    for (int i = 0; i < N; i++) {
        int c = i % 3;
        t[i] = (float)c;
        for (int k = 0; k < clf_INPUT_SIZE; k++)
            x[i * clf_INPUT_SIZE + k] = (float)(nnrt_rng_normal(&r) * 0.3 + (k == c ? 2.0 : 0.0));
    }
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *b = malloc(1 << 20);
    *n = fread(b, 1, 1 << 20, f);
    fclose(f);
    return b;
}

static int same_file(const char *path, const unsigned char *want, size_t n)
{
    size_t m = 0;
    unsigned char *got = slurp(path, &m);
    int same = got && m == n && memcmp(got, want, n) == 0;
    free(got);
    return same;
}

/* the model's parameters equal the checkpoint's tensors */
static int params_match(nnrt_model *m, const char *path)
{
    nnrt_ckpt ck;
    if (nnrt_ckpt_read(path, &ck) != 0)
        return 0;
    int ok = 1;
    for (size_t i = 0; i < m->desc->ntensors; i++) {
        const nnrt_tensor *t = &m->desc->tensors[i];
        if (t->kind != NNRT_PARAM)
            continue;
        const nnrt_ckpt_tensor *f = nnrt_ckpt_find(&ck, t->name);
        ok &= f && memcmp(f->data, m->ws + t->offset, f->len * sizeof(float)) == 0;
    }
    nnrt_ckpt_free(&ck);
    return ok;
}

/* fit with progress to a memory stream; returns the code, *log the text */
static int fit_logged(nnrt_model *m, const nnrt_dataset *d, nnrt_fit_options *o, char **log)
{
    size_t len = 0;
    FILE *mem = open_memstream(log, &len);
    o->progress = mem;
    o->quiet = 0;
    int rc = nnrt_fit(m, d, o);
    fclose(mem);
    o->quiet = 1;
    return rc;
}

int main(void)
{
    char dir[] = "/tmp/nnc_divergence_XXXXXX";
    if (!mkdtemp(dir))
        return 2;
    char ckpt[256];
    snprintf(ckpt, sizeof ckpt, "%s/clf.nnck", dir);
    static float x[N * clf_INPUT_SIZE], t[N];
    make_data(x, t);
    nnrt_dataset data = {.n = N, .input_size = clf_INPUT_SIZE, .target_size = 1, .x = x, .t = t};

    /* two good epochs: the last good checkpoint */
    clf *good = clf_create(1);
    nnrt_fit_options o = {.epochs = 2, .checkpoint = ckpt, .quiet = 1};
    CHECK(clf_fit(good, &data, &o) == 0, "the good run");
    size_t nbytes = 0;
    unsigned char *bytes = slurp(ckpt, &nbytes);
    CHECK(bytes && nbytes > 100, "no checkpoint after the good run");

    /* 1. NaN in the data: rejected before any step, file untouched */
    x[37 * clf_INPUT_SIZE + 1] = NAN;
    o.epochs = 4;
    CHECK(clf_fit(good, &data, &o) == NNRT_EDATA && strstr(nnrt_last_error(), "row 37, input 1 is nan"),
          "fit accepted NaN data");
    CHECK(isnan(clf_train_batch(good, x + 32 * clf_INPUT_SIZE, t + 32, 8)) &&
              strstr(nnrt_last_error(), "row 5, input 1 is nan"), "train_batch accepted NaN data");
    CHECK(((nnrt_model *)good)->epoch == 2, "a rejected fit moved the epoch");
    CHECK(same_file(ckpt, bytes, nbytes), "a rejected fit touched the checkpoint");
    x[37 * clf_INPUT_SIZE + 1] = 0.5f;

    /* 2. lr = 1e30 from the good checkpoint: diverges in epoch 3 */
    clf_hugelr *huge = clf_hugelr_create(1);
    CHECK(clf_hugelr_load(huge, ckpt) == 0, "clf's checkpoint loads into clf_hugelr");
    /* the checkpoint brought clf's train.lr with it: back to the huge rate */
    CHECK(nnrt_set_lr((nnrt_model *)huge, 1e30f) == 0, "set_lr: %s", nnrt_last_error());
    char *log = NULL;
    int rc = fit_logged((nnrt_model *)huge, &data, &o, &log);
    const char *msg = nnrt_last_error();
    printf("huge lr: %s\n", msg);
    CHECK(rc == NNRT_EDIVERGED, "fit returned %d, not NNRT_EDIVERGED", rc);
    CHECK(strstr(msg, "fit: the loss became") && strstr(msg, "at epoch 3, batch "), "message: %s", msg);
    CHECK(strstr(msg, "the model is back to") != NULL, "not reloaded: %s", msg);
    CHECK(log && strstr(log, "at epoch 3, batch "), "progress stream lacks the message: %s", log ? log : "");
    CHECK(same_file(ckpt, bytes, nbytes), "the last good checkpoint changed");
    CHECK(params_match((nnrt_model *)huge, ckpt), "the model is not back to the checkpoint");
    CHECK(((nnrt_model *)huge)->epoch == 2, "epoch %u after the reload", ((nnrt_model *)huge)->epoch);
    clf *check = clf_create(9);
    CHECK(clf_load(check, ckpt) == 0, "the kept checkpoint does not load");
    free(log);

    /* 3. a NaN weight, past every data check: epoch 3, batch 1 */
    size_t len = 0;
    float *w = clf_param(good, "y.weight", &len);
    w[len - 1] = NAN;
    rc = fit_logged((nnrt_model *)good, &data, &o, &log);
    msg = nnrt_last_error();
    printf("poisoned weight: %s\n", msg);
    CHECK(rc == NNRT_EDIVERGED && strstr(msg, "the loss became nan at epoch 3, batch 1;"), "message: %s", msg);
    CHECK(same_file(ckpt, bytes, nbytes), "the last good checkpoint changed");
    CHECK(params_match((nnrt_model *)good, ckpt) && !isnan(w[len - 1]), "not reloaded");
    free(log);

    /* without a checkpoint: still stops, and says the weights are kept */
    w[0] = NAN;
    nnrt_fit_options bare = {.epochs = 4, .quiet = 1};
    CHECK(clf_fit(good, &data, &bare) == NNRT_EDIVERGED &&
              strstr(nnrt_last_error(), "no checkpoint to go back to"), "no-checkpoint divergence");

    clf_destroy(good);
    clf_destroy(check);
    clf_hugelr_destroy(huge);
    free(bytes);
    unlink(ckpt);
    rmdir(dir);
    printf("divergence: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}
