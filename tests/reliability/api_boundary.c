/*
 * api_boundary.c - the generated API does not trust its inputs.
 *
 * Built against three generated models (models/clf.nn: cross-entropy;
 * examples/xor.nn: binary cross-entropy; models/reg.nn: mse).  Every bad
 * argument the INTERFACE.md API can be given (NULL pointers, n out of
 * range, class indices out of range or not whole, BCE targets outside
 * [0, 1], NaN and Inf in inputs and targets, bad datasets for fit, bad
 * paths for save and load) must come back as an error (NaN from the float
 * functions, a negative code from the others) with a message, and leave
 * the model exactly as it was: no step taken, no weight changed.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clf.h"
#include "reg.h"
#include "xor.h"

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

/* the message of the last failure contains `want` */
static int said(const char *want) { return strstr(nnrt_last_error(), want) != NULL; }

/* A snapshot of a model's whole state: workspace, epoch and rng. */
typedef struct Snap {
    float *ws;
    size_t n;
    nnrt_model head;
} Snap;

static Snap snap(const void *model)
{
    const nnrt_model *m = model;
    Snap s = {NULL, m->desc->workspace_floats, *m};
    s.ws = malloc(s.n * sizeof *s.ws);
    memcpy(s.ws, m->ws, s.n * sizeof *s.ws);
    return s;
}

/* Parameters and optimizer state as in the snapshot (gradients and
 * scratch may change: a rejected call never reaches them, but a valid
 * evaluate does). */
static int unchanged(const void *model, const Snap *s)
{
    const nnrt_model *m = model;
    const nnrt_model_desc *d = m->desc;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind != NNRT_GRAD &&
            memcmp(m->ws + t->offset, s->ws + t->offset, nnrt_tensor_len(t) * sizeof(float)) != 0)
            return 0;
    }
    return m->epoch == s->head.epoch && m->rng.state == s->head.rng.state;
}

static void test_clf_train_batch(clf *m)
{
    float x[clf_BATCH_SIZE * clf_INPUT_SIZE], t[clf_BATCH_SIZE];
    for (int i = 0; i < clf_BATCH_SIZE * clf_INPUT_SIZE; i++)
        x[i] = (float)(i % 7) * 0.25f - 0.5f;
    for (int i = 0; i < clf_BATCH_SIZE; i++)
        t[i] = (float)(i % 3);
    Snap s = snap(m);
    const size_t B = clf_BATCH_SIZE, last = B * clf_INPUT_SIZE - 1;

    CHECK(isnan(clf_train_batch(NULL, x, t, B)) && said("NULL model"), "NULL model");
    CHECK(isnan(clf_train_batch(m, NULL, t, B)) && said("NULL x"), "NULL x");
    CHECK(isnan(clf_train_batch(m, x, NULL, B)) && said("NULL target"), "NULL target");
    CHECK(isnan(clf_train_batch(m, x, t, 0)) && said("n = 0 is outside 1..8"), "n = 0");
    CHECK(isnan(clf_train_batch(m, x, t, B + 1)) && said("n = 9 is outside 1..8"), "n = B+1");
    CHECK(isnan(clf_train_batch(m, x, t, SIZE_MAX)) && said("outside 1..8"), "n = SIZE_MAX");

    /* targets: class indices in [0, 3), whole, finite; any row, the last too */
    static const float bad_targets[] = {3, -1, 1.5f, 0.0001f, 2.9999f, 1e30f, -0.5f, NAN, INFINITY, -INFINITY};
    for (size_t k = 0; k < sizeof bad_targets / sizeof *bad_targets; k++) {
        float saved = t[B - 1];
        t[B - 1] = bad_targets[k];
        CHECK(isnan(clf_train_batch(m, x, t, B)) && said("not a class index"),
              "target %g accepted", (double)bad_targets[k]);
        t[B - 1] = saved;
    }
    /* inputs: NaN and both infinities, first and last value */
    static const float bad_inputs[] = {NAN, INFINITY, -INFINITY};
    for (size_t k = 0; k < 3; k++)
        for (size_t at = 0; at <= last; at += last) {
            float saved = x[at];
            x[at] = bad_inputs[k];
            CHECK(isnan(clf_train_batch(m, x, t, B)) && said("train_batch: row"),
                  "input %g at %zu accepted", (double)bad_inputs[k], at);
            x[at] = saved;
        }
    CHECK(unchanged(m, &s), "a rejected train_batch changed the model");
    /* and the same through the runtime call the wrapper makes: the codes */
    t[0] = 5;
    CHECK(nnrt_train_batch((nnrt_model *)m, x, t, B, NULL) == NNRT_ETARGET, "code for a bad target");
    t[0] = 0;
    x[0] = NAN;
    CHECK(nnrt_train_batch((nnrt_model *)m, x, t, B, NULL) == NNRT_EDATA, "code for NaN input");
    x[0] = 0;
    CHECK(nnrt_train_batch((nnrt_model *)m, x, t, 0, NULL) == NNRT_EARG, "code for n = 0");
    CHECK(unchanged(m, &s), "a rejected nnrt_train_batch changed the model");

    /* after all that, a good batch still trains */
    float loss = clf_train_batch(m, x, t, B);
    CHECK(isfinite(loss) && loss > 0, "a valid batch: loss %g", (double)loss);
    CHECK(!unchanged(m, &s), "a valid train_batch did not change the model");
    free(s.ws);
}

static void test_clf_evaluate_predict(clf *m)
{
    enum { N = 20 };   /* evaluate and predict take any n: more than a batch */
    float x[N * clf_INPUT_SIZE], t[N], y[N * clf_OUTPUT_SIZE], acc = 0;
    for (int i = 0; i < N * clf_INPUT_SIZE; i++)
        x[i] = (float)(i % 5) * 0.1f;
    for (int i = 0; i < N; i++)
        t[i] = (float)(i % 3);
    Snap s = snap(m);
    CHECK(isfinite(clf_evaluate(m, x, t, N, &acc)) && acc >= 0 && acc <= 1, "valid evaluate");
    CHECK(isfinite(clf_evaluate(m, x, t, N, NULL)), "evaluate with accuracy NULL");
    acc = 0;
    CHECK(isnan(clf_evaluate(NULL, x, t, N, &acc)) && isnan(acc), "evaluate NULL model");
    CHECK(isnan(clf_evaluate(m, NULL, t, N, &acc)) && isnan(acc), "evaluate NULL x");
    CHECK(isnan(clf_evaluate(m, x, NULL, N, &acc)), "evaluate NULL target");
    CHECK(isnan(clf_evaluate(m, x, t, 0, &acc)) && said("n = 0"), "evaluate n = 0");
    CHECK(isnan(clf_evaluate(m, x, t, SIZE_MAX / 2, &acc)) && said("too large"), "evaluate n overflows");
    t[N - 1] = 3;
    CHECK(isnan(clf_evaluate(m, x, t, N, &acc)) && said("not a class index"), "evaluate target 3");
    t[N - 1] = 2;
    x[N * clf_INPUT_SIZE - 1] = NAN;
    CHECK(isnan(clf_evaluate(m, x, t, N, &acc)) && said("is nan"), "evaluate NaN input");
    x[N * clf_INPUT_SIZE - 1] = 0;

    /* predict: void, so it must simply not crash or write */
    for (int i = 0; i < N * clf_OUTPUT_SIZE; i++)
        y[i] = -7;
    clf_predict(NULL, x, y, N);
    clf_predict(m, NULL, y, N);
    clf_predict(m, x, NULL, N);
    clf_predict(m, x, y, 0);
    clf_predict(m, x, y, SIZE_MAX / 2);
    int untouched = 1;
    for (int i = 0; i < N * clf_OUTPUT_SIZE; i++)
        untouched &= y[i] == -7;
    CHECK(untouched, "a rejected predict wrote y");
    CHECK(nnrt_predict((nnrt_model *)m, NULL, y, N) == NNRT_EARG, "predict code for NULL x");
    CHECK(nnrt_predict((nnrt_model *)m, x, y, SIZE_MAX / 2) == NNRT_EARG, "predict code for huge n");
    clf_predict(m, x, y, N);
    CHECK(fabsf(y[0] + y[1] + y[2] - 1) < 1e-5f, "valid predict: softmax sums to %g", (double)(y[0] + y[1] + y[2]));
    CHECK(unchanged(m, &s), "evaluate/predict changed the model");
    free(s.ws);
}

static void test_clf_params_files(clf *m)
{
    size_t len = 123;
    CHECK(clf_param(NULL, "h.weight", &len) == NULL && len == 0, "param of NULL model");
    len = 123;
    CHECK(clf_param(m, NULL, &len) == NULL && len == 0, "param NULL name");
    CHECK(clf_param(m, "h.weight", NULL) != NULL, "param with len NULL");
    len = 123;
    CHECK(clf_grad(m, NULL, &len) == NULL && len == 0, "grad NULL name");
    CHECK(clf_grad(NULL, "h.weight", &len) == NULL && len == 0, "grad of NULL model");

    Snap s = snap(m);
    CHECK(clf_save(NULL, "x.nnck") == NNRT_EARG, "save NULL model");
    CHECK(clf_save(m, NULL) == NNRT_EARG, "save NULL path");
    CHECK(clf_save(m, "/nonexistent-dir/x.nnck") == NNRT_EIO && said("/nonexistent-dir/x.nnck.tmp"), "save to a missing folder");
    CHECK(clf_load(NULL, "x.nnck") == NNRT_EARG, "load NULL model");
    CHECK(clf_load(m, NULL) == NNRT_EARG, "load NULL path");
    CHECK(clf_load(m, "/nonexistent-file.nnck") == NNRT_EIO, "load a missing file");
    CHECK(clf_load(m, "/dev/null") == NNRT_EFORMAT, "load an empty file");
    /* a checkpoint of another model: xor's names and shapes */
    xor *other = xor_create(1);
    CHECK(xor_save(other, "api_boundary_xor.nnck") == 0, "save xor");
    CHECK(clf_load(m, "api_boundary_xor.nnck") == NNRT_ESHAPE && said("is [8x2] in the file, [16x4] in model"), "load another model's file");
    xor_destroy(other);
    remove("api_boundary_xor.nnck");
    CHECK(unchanged(m, &s), "a failed load changed the model");
    clf_destroy(NULL);   /* must be harmless */
    free(s.ws);
}

static void test_clf_fit(clf *m)
{
    enum { N = 16 };
    float x[N * clf_INPUT_SIZE], t[N];
    for (int i = 0; i < N * clf_INPUT_SIZE; i++)
        x[i] = (float)(i % 9) * 0.1f;
    for (int i = 0; i < N; i++)
        t[i] = (float)(i % 3);
    nnrt_dataset d = {.n = N, .input_size = clf_INPUT_SIZE, .target_size = 1, .x = x, .t = t};
    nnrt_fit_options o = {.quiet = 1, .epochs = 1};
    Snap s = snap(m);
    CHECK(clf_fit(NULL, &d, &o) == NNRT_EARG, "fit NULL model");
    CHECK(clf_fit(m, NULL, &o) == NNRT_EARG, "fit NULL dataset");
    d.input_size = 5;
    CHECK(clf_fit(m, &d, &o) == NNRT_EARG && said("5 inputs per sample"), "fit wrong input size");
    d.input_size = clf_INPUT_SIZE;
    d.target_size = 3;
    CHECK(clf_fit(m, &d, &o) == NNRT_EARG && said("class index"), "fit one-hot targets");
    d.target_size = 1;
    d.x = NULL;
    CHECK(clf_fit(m, &d, &o) == NNRT_EARG && said("no inputs"), "fit NULL x");
    d.x = x;
    d.t = NULL;
    CHECK(clf_fit(m, &d, &o) == NNRT_EARG && said("no targets"), "fit NULL t");
    d.t = t;
    x[N * clf_INPUT_SIZE - 2] = INFINITY;
    CHECK(clf_fit(m, &d, &o) == NNRT_EDATA && said("row 15, input 2 is inf"), "fit Inf input");
    x[N * clf_INPUT_SIZE - 2] = 0;
    t[7] = 2.5f;
    CHECK(clf_fit(m, &d, &o) == NNRT_ETARGET && said("row 7"), "fit target 2.5");
    t[7] = 1;
    CHECK(unchanged(m, &s), "a rejected fit changed the model");
    CHECK(clf_fit(m, &d, &o) == 0, "a valid fit");
    free(s.ws);
}

static void test_xor_bce(void)
{
    xor *m = xor_create(1);
    float x[8] = {0, 0, 0, 1, 1, 0, 1, 1}, t[4] = {0, 1, 1, 0};
    Snap s = snap(m);
    static const float bad[] = {1.5f, -0.1f, 1.0001f, NAN, INFINITY};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        t[3] = bad[k];
        CHECK(isnan(xor_train_batch(m, x, t, 4)) && said("target 0 is"), "BCE target %g accepted", (double)bad[k]);
        CHECK(isnan(xor_evaluate(m, x, t, 4, NULL)), "BCE evaluate target %g accepted", (double)bad[k]);
    }
    t[3] = 0.25f;   /* soft targets in [0, 1] are fine */
    CHECK(isfinite(xor_train_batch(m, x, t, 4)), "BCE soft target");
    CHECK(!unchanged(m, &s), "the valid step changed nothing");
    free(s.ws);
    xor_destroy(m);
}

static void test_reg_mse(void)
{
    reg *m = reg_create(1);
    float x[4 * 3] = {0}, t[4 * 2] = {0};
    Snap s = snap(m);
    t[7] = NAN;
    CHECK(isnan(reg_train_batch(m, x, t, 4)) && said("target 1 is nan"), "mse NaN target");
    t[7] = -INFINITY;
    CHECK(isnan(reg_train_batch(m, x, t, 4)), "mse -Inf target");
    t[7] = 1e30f;   /* large but finite: allowed */
    x[5] = NAN;
    CHECK(isnan(reg_train_batch(m, x, t, 4)) && said("row 1, input 2 is nan"), "mse NaN input");
    x[5] = 0;
    float acc = 0;
    t[7] = 2;
    CHECK(isfinite(reg_evaluate(m, x, t, 4, &acc)) && isnan(acc), "mse accuracy is NaN");
    CHECK(unchanged(m, &s), "rejected mse calls changed the model");
    free(s.ws);
    reg_destroy(m);
}

int main(void)
{
    clf *m = clf_create(1);
    if (!m) {
        printf("[FAIL] clf_create: %s\n", nnrt_last_error());
        return 1;
    }
    test_clf_train_batch(m);
    test_clf_evaluate_predict(m);
    test_clf_params_files(m);
    test_clf_fit(m);
    clf_destroy(m);
    test_xor_bce();
    test_reg_mse();
    printf("api_boundary: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}
