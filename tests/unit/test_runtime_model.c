#define _XOPEN_SOURCE 700   /* posix_openpt, for the progress bar on a terminal */
/*
 * test_runtime_model.c - the model API over a hand-written descriptor:
 * create and initialisation, predict in chunks, argument checks at the
 * boundary, evaluate, tensors by name, and fit (learning, validation
 * split, early stopping, divergence, signals, resuming bit for bit).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <cmocka.h>

#include "nnrt.h"
#include "nnrt_internal.h"
#include "test_runtime_tiny.h"

/*         name       in   out  B   loss                     init               lr     mom   drop  ep val  pat */
TINY_MODEL(mse3,      3,   2,   4,  NNRT_LOSS_MSE,           NNRT_INIT_XAVIER,  0.05f, 0.0f, 0.0f, 5, 0.0, 0)
TINY_MODEL(ce4,       4,   3,   8,  NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE,      0.2f,  0.9f, 0.2f, 6, 0.0, 0)
TINY_MODEL(bce2,      2,   2,   4,  NNRT_LOSS_BCE,           NNRT_INIT_UNIFORM, 0.1f,  0.0f, 0.0f, 2, 0.0, 0)
TINY_MODEL(big_he,    200, 50,  1,  NNRT_LOSS_MSE,           NNRT_INIT_HE,      0.1f,  0.0f, 0.0f, 1, 0.0, 0)
TINY_MODEL(big_xav,   200, 50,  1,  NNRT_LOSS_MSE,           NNRT_INIT_XAVIER,  0.1f,  0.0f, 0.0f, 1, 0.0, 0)
TINY_MODEL(big_uni,   200, 50,  1,  NNRT_LOSS_MSE,           NNRT_INIT_UNIFORM, 0.1f,  0.0f, 0.0f, 1, 0.0, 0)
TINY_MODEL(infer3,    3,   2,   4,  NNRT_LOSS_NONE,          NNRT_INIT_XAVIER,  0.0f,  0.0f, 0.0f, 0, 0.0, 0)
TINY_MODEL(wild,      3,   2,   4,  NNRT_LOSS_MSE,           NNRT_INIT_XAVIER,  50.0f, 0.0f, 0.0f, 30, 0.0, 0)
TINY_MODEL(val_ce,    4,   3,   8,  NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE,      0.2f,  0.0f, 0.0f, 3, 0.25, 0)
TINY_MODEL(stop_mse,  3,   2,   4,  NNRT_LOSS_MSE,           NNRT_INIT_XAVIER,  0.05f, 0.0f, 0.0f, 20, 0.0, 2)

static char tmpdir[256];

static int setup_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/rt_model_XXXXXX", NNC_BINARY_DIR);
    if (!mkdtemp(tmpdir))
        snprintf(tmpdir, sizeof tmpdir, "/tmp");
    tiny_reset_hooks();
    return 0;
}

static const char *tmp(const char *name)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

/* A dataset the caller frees with nnrt_dataset_free. */
static nnrt_dataset make_data(const nnrt_model_desc *d, size_t n, uint64_t seed)
{
    nnrt_dataset ds = {n, d->input_size, d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size,
                       malloc(n * d->input_size * sizeof(float)), NULL, 1};
    ds.t = malloc(n * ds.target_size * sizeof(float));
    tiny_data(ds.x, ds.t, n, d->input_size, d->output_size, d->loss == NNRT_LOSS_CROSS_ENTROPY, seed);
    if (d->loss == NNRT_LOSS_BCE)
        for (size_t i = 0; i < n * ds.target_size; i++)
            ds.t[i] = ds.t[i] > 0;
    return ds;
}

static int params_equal(nnrt_model *a, nnrt_model *b)
{
    return memcmp(a->ws, b->ws, (a->desc->param_count) * sizeof(float)) == 0;
}

/* ---- create and init ------------------------------------------------------ */

static void weight_stats(const nnrt_model_desc *d, double *mean, double *var, float *lo, float *hi)
{
    nnrt_model *m = nnrt_model_create(d, 42);
    assert_non_null(m);
    size_t len;
    float *w = nnrt_param(m, "fc.weight", &len);
    assert_non_null(w);
    assert_int_equal(len, 10000);
    double s = 0, q = 0;
    *lo = INFINITY, *hi = -INFINITY;
    for (size_t i = 0; i < len; i++) {
        s += w[i];
        q += (double)w[i] * w[i];
        *lo = fminf(*lo, w[i]);
        *hi = fmaxf(*hi, w[i]);
    }
    *mean = s / (double)len;
    *var = q / (double)len - *mean * *mean;
    nnrt_model_destroy(m);
}

static void create_draws_he_weights_from_n_0_2_over_fan_in(void **state)
{
    (void)state;
    double mean, var;
    float lo, hi;
    weight_stats(&big_he, &mean, &var, &lo, &hi);
    assert_true(fabs(mean) < 0.003);
    assert_true(fabs(var / (2.0 / 200) - 1) < 0.05);
}

static void create_draws_xavier_weights_from_u_minus_a_a(void **state)
{
    (void)state;
    double mean, var, a = sqrt(6.0 / 250);
    float lo, hi;
    weight_stats(&big_xav, &mean, &var, &lo, &hi);
    assert_true(lo >= -a && hi <= a && lo < -0.95 * a && hi > 0.95 * a);
    assert_true(fabs(var / (a * a / 3) - 1) < 0.05);
}

static void create_draws_uniform_weights_and_biases_like_torch_linear(void **state)
{
    (void)state;
    double mean, var, k = 1 / sqrt(200.0);
    float lo, hi;
    weight_stats(&big_uni, &mean, &var, &lo, &hi);
    assert_true(lo >= -k && hi <= k && fabs(var / (k * k / 3) - 1) < 0.05);
    nnrt_model *m = nnrt_model_create(&big_uni, 42);
    size_t len;
    float *b = nnrt_param(m, "fc.bias", &len);
    int nonzero = 0;
    for (size_t i = 0; i < len; i++) {
        assert_true(fabsf(b[i]) <= k);
        nonzero += b[i] != 0;
    }
    assert_true(nonzero > 45);
    nnrt_model_destroy(m);
}

static void create_zeroes_biases_state_and_counters(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 1);
    assert_non_null(m);
    assert_int_equal((uintptr_t)m->ws % 64, 0);
    assert_int_equal(m->epoch, 0);
    for (size_t i = O_B(4, 3, 8); i < ce4.workspace_floats; i++)
        assert_true(m->ws[i] == 0.0f);
    nnrt_model_destroy(m);
    nnrt_model_destroy(NULL);
}

static void create_is_deterministic_per_seed(void **state)
{
    (void)state;
    nnrt_model *a = nnrt_model_create(&ce4, 5), *b = nnrt_model_create(&ce4, 5), *c = nnrt_model_create(&ce4, 6);
    assert_true(params_equal(a, b));
    assert_false(params_equal(a, c));
    nnrt_rng r;   /* the documented recipe: stream NNRT_STREAM_INIT, row-major, he */
    nnrt_rng_seed(&r, 5, NNRT_STREAM_INIT);
    for (int i = 0; i < 12; i++)
        assert_true(a->ws[i] == (float)(nnrt_rng_normal(&r) * sqrt(2.0 / 4)));
    nnrt_rng_seed(&r, 5, NNRT_STREAM_TRAIN);
    assert_memory_equal(&a->rng, &r, sizeof r);
    nnrt_model_destroy(a);
    nnrt_model_destroy(b);
    nnrt_model_destroy(c);
}

static void create_rejects_a_malformed_descriptor(void **state)
{
    (void)state;
    nnrt_model_desc bad = mse3;
    bad.param_count = 7;
    assert_null(nnrt_model_create(&bad, 1));
    assert_non_null(strstr(nnrt_last_error(), "param_count"));
    bad = mse3;
    bad.workspace_floats = 5;
    assert_null(nnrt_model_create(&bad, 1));
    assert_null(nnrt_model_create(NULL, 1));
    bad = mse3;
    bad.workspace_floats = SIZE_MAX / 2;
    assert_null(nnrt_model_create(&bad, 1));
    /* the input's shape, when given, holds input_size values */
    bad = mse3;
    bad.input_name = "x";
    bad.input_rank = 3;
    bad.input_dims[0] = 1, bad.input_dims[1] = 3, bad.input_dims[2] = 1;
    nnrt_model *ok = nnrt_model_create(&bad, 1);
    assert_non_null(ok);
    nnrt_model_destroy(ok);
    bad.input_dims[1] = 2;
    assert_null(nnrt_model_create(&bad, 1));
    assert_non_null(strstr(nnrt_last_error(), "the input's shape does not hold input_size 3 values"));
}

/* ---- predict, train_batch, evaluate -------------------------------------- */

static void predict_any_n_matches_row_by_row(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&mse3, 3);
    nnrt_dataset ds = make_data(&mse3, 11, 1);
    float all[22], one[2];
    assert_int_equal(nnrt_predict(m, ds.x, all, 11), NNRT_OK);
    for (size_t i = 0; i < 11; i++) {
        assert_int_equal(nnrt_predict(m, ds.x + 3 * i, one, 1), NNRT_OK);
        assert_memory_equal(one, all + 2 * i, sizeof one);
    }
    assert_int_equal(nnrt_predict(m, NULL, NULL, 0), NNRT_OK);
    assert_int_equal(nnrt_predict(m, NULL, all, 3), NNRT_EARG);
    assert_int_equal(nnrt_predict(NULL, ds.x, all, 3), NNRT_EARG);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* The input scan tests 64 floats at a time, then the tail: a bad value
 * anywhere (in a block, at its edges, in the tail) is found and placed. */
static void check_rows_finds_every_nonfinite_input_where_it_is(void **state)
{
    (void)state;
    nnrt_model_desc d = {.input_size = 37, .output_size = 3, .loss = NNRT_LOSS_MSE};
    enum { N = 5, IN = 37 };
    float x[N * IN], t[N * 3];
    for (int i = 0; i < N * IN; i++)
        x[i] = (float)i / 7.0f - 10.0f;
    for (int i = 0; i < N * 3; i++)
        t[i] = 0.25f;
    assert_int_equal(nnrt__check_rows(&d, x, t, N, "test"), NNRT_OK);
    const float bad[] = {NAN, INFINITY, -INFINITY};
    char want[64];
    for (int i = 0; i < N * IN; i++)
        for (int b = 0; b < 3; b++) {
            float keep = x[i];
            x[i] = bad[b];
            assert_int_equal(nnrt__check_rows(&d, x, t, N, "test"), NNRT_EDATA);
            snprintf(want, sizeof want, "row %d, input %d is ", i / IN, i % IN);
            assert_non_null(strstr(nnrt_last_error(), want));
            x[i] = keep;
        }
    x[N * IN - 1] = 3.4e38f;   /* the largest floats are finite */
    x[0] = -3.4e38f;
    assert_int_equal(nnrt__check_rows(&d, x, t, N, "test"), NNRT_OK);
}

static void train_batch_rejects_bad_arguments_and_leaves_weights(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 3);
    nnrt_model *ref = nnrt_model_create(&ce4, 3);
    nnrt_dataset ds = make_data(&ce4, 9, 1);
    float loss = 0;
    assert_int_equal(nnrt_train_batch(NULL, ds.x, ds.t, 2, &loss), NNRT_EARG);
    assert_true(isnan(loss));
    assert_int_equal(nnrt_train_batch(m, NULL, ds.t, 2, &loss), NNRT_EARG);
    assert_int_equal(nnrt_train_batch(m, ds.x, NULL, 2, &loss), NNRT_EARG);
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 0, &loss), NNRT_EARG);
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 9, &loss), NNRT_EARG);
    assert_non_null(strstr(nnrt_last_error(), "n = 9 is outside 1..8"));
    ds.x[5] = NAN;
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 2, &loss), NNRT_EDATA);
    ds.x[5] = INFINITY;
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 2, &loss), NNRT_EDATA);
    ds.x[5] = 0.5f;
    float t0 = ds.t[1];
    float bad[] = {3.0f, -1.0f, 1.5f, NAN};
    for (int i = 0; i < 4; i++) {
        ds.t[1] = bad[i];
        assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 2, &loss), NNRT_ETARGET);
    }
    assert_non_null(strstr(nnrt_last_error(), "row 1"));
    ds.t[1] = t0;
    assert_true(params_equal(m, ref));
    assert_int_equal(tiny_steps, 0);
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 8, &loss), NNRT_OK);
    assert_true(loss > 0 && isfinite(loss));
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 1, NULL), NNRT_OK);
    assert_false(params_equal(m, ref));
    nnrt_model *inf = nnrt_model_create(&infer3, 1);
    assert_int_equal(nnrt_train_batch(inf, ds.x, ds.t, 1, &loss), NNRT_EARG);
    nnrt_model_destroy(inf);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
    nnrt_model_destroy(ref);
}

static void train_batch_checks_bce_and_mse_targets(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&bce2, 3);
    float x[4] = {0.1f, 0.2f, 0.3f, 0.4f}, t[4] = {0, 1, 1, 0}, loss;
    assert_int_equal(nnrt_train_batch(m, x, t, 2, &loss), NNRT_OK);
    t[2] = 1.5f;
    assert_int_equal(nnrt_train_batch(m, x, t, 2, &loss), NNRT_ETARGET);
    nnrt_model_destroy(m);
    m = nnrt_model_create(&mse3, 3);
    float x3[3] = {1, 2, 3}, t2[2] = {5, INFINITY};
    assert_int_equal(nnrt_train_batch(m, x3, t2, 1, &loss), NNRT_ETARGET);
    t2[1] = -7;
    assert_int_equal(nnrt_train_batch(m, x3, t2, 1, &loss), NNRT_OK);
    nnrt_model_destroy(m);
}

static void evaluate_weights_batches_by_rows(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 3);
    nnrt_dataset ds = make_data(&ce4, 19, 2);
    float loss, acc, l1, a1;
    assert_int_equal(nnrt_evaluate(m, ds.x, ds.t, 19, &loss, &acc), NNRT_OK);
    double s = 0, right = 0;
    for (size_t i = 0; i < 19; i++) {
        assert_int_equal(nnrt_evaluate(m, ds.x + 4 * i, ds.t + i, 1, &l1, &a1), NNRT_OK);
        s += l1;
        right += a1;
    }
    assert_true(fabs(loss - s / 19) < 1e-5);
    assert_true(fabsf(acc - (float)(right / 19)) < 1e-6f);
    assert_int_equal(nnrt_evaluate(m, ds.x, ds.t, 19, &loss, NULL), NNRT_OK);
    assert_int_equal(nnrt_evaluate(m, ds.x, ds.t, 0, &loss, &acc), NNRT_EARG);
    assert_true(isnan(loss) && isnan(acc));
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);

    m = nnrt_model_create(&mse3, 3);
    ds = make_data(&mse3, 5, 2);
    assert_int_equal(nnrt_evaluate(m, ds.x, ds.t, 5, &loss, &acc), NNRT_OK);
    assert_true(isfinite(loss) && isnan(acc));
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

static void evaluate_bce_accuracy_counts_each_output(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&bce2, 3);
    float *w = nnrt_param(m, "fc.weight", NULL), *b = nnrt_param(m, "fc.bias", NULL);
    memset(w, 0, 4 * sizeof *w);
    b[0] = 1.0f;     /* output 0 always > 0.5, output 1 always < 0.5 */
    b[1] = -1.0f;
    /* rows (1,1) (1,0) (0,0): output 0 right twice, output 1 right twice */
    float x[6] = {0}, t[6] = {1, 1, 1, 0, 0, 0}, loss, acc;
    assert_int_equal(nnrt_evaluate(m, x, t, 3, &loss, &acc), NNRT_OK);
    assert_true(fabsf(acc - 4.0f / 6.0f) < 1e-6f);
    nnrt_model_destroy(m);
}

static void param_and_grad_find_tensors_by_name(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 3);
    size_t len = 99;
    assert_null(nnrt_param(m, "fc.nothing", &len));
    assert_int_equal(len, 0);
    len = 99;
    assert_null(nnrt_grad(m, "nothing", &len));
    assert_int_equal(len, 0);
    assert_null(nnrt_param(m, NULL, &len));
    assert_int_equal(nnrt_param_count(&ce4), 15);
    assert_ptr_equal(nnrt_param(m, "fc.bias", &len), m->ws + 12);
    assert_int_equal(len, 3);
    nnrt_dataset ds = make_data(&ce4, 8, 4);
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 8, NULL), NNRT_OK);
    const float *g = nnrt_grad(m, "fc.weight", &len);
    assert_int_equal(len, 12);
    assert_ptr_equal(g, m->ws + O_GW(4, 3, 8));
    assert_non_null(nnrt_param(m, "train.step", &len));
    assert_int_equal(len, 1);
    assert_true(*nnrt_param(m, "train.step", &len) == 1.0f);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* ---- fit ------------------------------------------------------------------- */

static nnrt_fit_options quiet(void)
{
    nnrt_fit_options o = {0};
    o.quiet = 1;
    return o;
}

static void fit_lowers_the_loss_and_learns(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 42);
    nnrt_dataset ds = make_data(&ce4, 300, 5);
    float before, after, acc;
    nnrt_evaluate(m, ds.x, ds.t, ds.n, &before, NULL);
    nnrt_fit_options o = quiet();
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    assert_int_equal(m->epoch, 6);
    nnrt_evaluate(m, ds.x, ds.t, ds.n, &after, &acc);
    assert_true(after < 0.5f * before);
    assert_true(acc > 0.85f);
    /* 300 rows in batches of 8: 38 steps an epoch, the last one short */
    assert_int_equal(tiny_steps, 6 * 38);
    assert_int_equal(tiny_rows, 6 * 300);
    /* already at the total: nothing to do */
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_steps, 6 * 38);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* A model whose batch_norm sees one value per channel in a sample
 * (desc->bn_single): train_batch and grad_step refuse one row, naming the
 * layer, and change nothing; fit never builds a batch of one row (the
 * shuffle's last row is left out of that epoch) and says so once. */
static void batch_norm_refuses_a_training_batch_of_one_row(void **state)
{
    (void)state;
    nnrt_model_desc bn = ce4;
    bn.bn_single = "h_1";
    nnrt_model *m = nnrt_model_create(&bn, 3);
    nnrt_model *ref = nnrt_model_create(&bn, 3);
    nnrt_dataset ds = make_data(&bn, 297, 1);
    float loss = 0, right = 0;
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 1, &loss), NNRT_EARG);
    assert_true(isnan(loss));
    assert_non_null(strstr(nnrt_last_error(), "train_batch: a batch of 1 row gives batch_norm 'h_1' one value "
                           "per channel; training needs more than 1 value per channel"));
    assert_int_equal(nnrt_grad_step(m, ds.x, ds.t, 1, &loss, &right), NNRT_EARG);
    assert_non_null(strstr(nnrt_last_error(), "grad_step: a batch of 1 row gives batch_norm 'h_1'"));
    assert_int_equal(tiny_steps, 0);
    assert_true(params_equal(m, ref));
    assert_int_equal(nnrt_train_batch(m, ds.x, ds.t, 2, &loss), NNRT_OK);
    /* 297 rows in batches of 8 leave one: 37 full batches an epoch */
    tiny_reset_hooks();
    FILE *out = tmpfile();
    nnrt_fit_options o = {0};
    o.progress = out;
    o.epochs = 3;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_steps, 3 * 37);
    assert_int_equal(tiny_rows, 3 * 296);
    rewind(out);
    char line[512];
    int notes = 0;
    while (fgets(line, sizeof line, out))
        notes += strstr(line, "297 training rows in batches of 8 leave 1 row in the last batch, which "
                        "batch_norm 'h_1' cannot train on") != NULL;
    assert_int_equal(notes, 1);
    fclose(out);
    /* one row in all: nothing to train on */
    ds.n = 1;
    assert_int_equal(nnrt_fit(ref, &ds, &o), NNRT_EARG);
    assert_non_null(strstr(nnrt_last_error(), "fit: 1 training row: batch_norm 'h_1' needs more than 1 value"));
    /* without batch norm the same data trains on every row */
    ds.n = 297;
    nnrt_model *plain = nnrt_model_create(&ce4, 3);
    tiny_reset_hooks();
    o.quiet = 1;
    o.epochs = 1;
    assert_int_equal(nnrt_fit(plain, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_rows, 297);
    nnrt_model_destroy(plain);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
    nnrt_model_destroy(ref);
}

static void fit_rejects_data_that_does_not_fit_the_model(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 42);
    nnrt_dataset ds = make_data(&ce4, 20, 5);
    nnrt_fit_options o = quiet();
    ds.t[7] = 3;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_ETARGET);
    ds.t[7] = 1;
    ds.x[9] = NAN;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_EDATA);
    ds.x[9] = 0;
    ds.input_size = 3;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_EARG);
    assert_non_null(strstr(nnrt_last_error(), "3 inputs"));
    ds.input_size = 4;
    assert_int_equal(nnrt_fit(m, NULL, &o), NNRT_EARG);
    assert_int_equal(tiny_steps, 0);
    nnrt_model *inf = nnrt_model_create(&infer3, 1);
    assert_int_equal(nnrt_fit(inf, &ds, &o), NNRT_EARG);
    nnrt_model_destroy(inf);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* Marks with the sentinel the rows the train block's split holds out
 * (validation 0.25, seed 42, stratified by the 3 classes). */
static void mark_held_out(nnrt_dataset *ds, uint64_t seed, size_t *nheld)
{
    size_t rows[200], nt;
    assert_int_equal(nnrt_dataset_split_rows(ds, 0.25, seed, 3, rows, &nt), NNRT_OK);
    for (size_t j = nt; j < ds->n; j++)
        ds->x[rows[j] * 4] = TINY_SENTINEL;
    *nheld = ds->n - nt;
}

static void fit_validates_on_a_seeded_stratified_share(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&val_ce, 42);
    nnrt_dataset ds = make_data(&val_ce, 200, 5);
    size_t held;
    mark_held_out(&ds, 42, &held);
    assert_int_equal(held, 50);
    nnrt_fit_options o = quiet();
    o.metrics = tmp("val.csv");
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_rows, 3 * 150);
    assert_int_equal(tiny_sentinel_rows, 0);   /* the held-out rows are never trained on */
    FILE *f = fopen(o.metrics, "r");
    char line[256];
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "epoch,train_loss,train_accuracy,val_loss,val_accuracy,seconds,lr\n");
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        int e;
        double l, a, vl, va, sec;
        assert_int_equal(sscanf(line, "%d,%lf,%lf,%lf,%lf,%lf", &e, &l, &a, &vl, &va, &sec), 6);
        assert_int_equal(e, ++rows);
        assert_true(isfinite(vl) && va >= 0 && va <= 1 && a >= 0 && a <= 1 && sec >= 0);
    }
    assert_int_equal(rows, 3);
    fclose(f);
    /* another seed draws other rows: some of the marked ones now train */
    nnrt_model *m2 = nnrt_model_create(&val_ce, 42);
    tiny_reset_hooks();
    o.has_seed = 1;
    o.seed = 9;
    o.metrics = NULL;
    assert_int_equal(nnrt_fit(m2, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_rows, 3 * 150);
    assert_true(tiny_sentinel_rows > 0);
    /* an explicit fraction < 0 trains on everything */
    nnrt_model *m3 = nnrt_model_create(&val_ce, 42);
    tiny_reset_hooks();
    o.validation_fraction = -1;
    assert_int_equal(nnrt_fit(m3, &ds, &o), NNRT_OK);
    assert_int_equal(tiny_rows, 3 * 200);
    nnrt_model_destroy(m3);
    nnrt_model_destroy(m2);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* The metrics log starts with the caller's note as a comment; a resumed
 * run appends its own note, then its rows. */
static void fit_writes_the_metrics_note_as_a_comment(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&val_ce, 42);
    nnrt_dataset ds = make_data(&val_ce, 100, 5);
    nnrt_fit_options o = quiet();
    o.metrics = tmp("note.csv");
    o.metrics_note = "lr 0.5 (--lr)\nsecond line";
    o.epochs = 1;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    o.metrics_note = "resumed";
    o.epochs = 2;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    FILE *f = fopen(o.metrics, "r");
    char text[1024];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    const char *want = "# lr 0.5 (--lr) second line\nepoch,train_loss,train_accuracy,val_loss,val_accuracy,"
                       "seconds,lr\n1,";
    assert_true(strncmp(text, want, strlen(want)) == 0);
    assert_non_null(strstr(text, "\n# resumed\n2,"));
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

static void fit_prints_one_line_per_epoch_when_not_a_terminal(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&val_ce, 42);
    nnrt_dataset ds = make_data(&val_ce, 100, 5);
    FILE *out = tmpfile();
    nnrt_fit_options o = {0};
    o.progress = out;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    rewind(out);
    char line[512];
    int lines = 0;
    while (fgets(line, sizeof line, out)) {
        lines++;
        assert_null(strchr(line, '\r'));
        assert_true(strncmp(line, "epoch ", 6) == 0);
        assert_non_null(strstr(line, "val_loss"));
        assert_non_null(strstr(line, "acc"));
    }
    assert_int_equal(lines, 3);
    fclose(out);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

static void fit_draws_a_progress_bar_on_a_terminal(void **state)
{
    (void)state;
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        skip();
    FILE *tty = fopen(ptsname(master), "w");
    assert_non_null(tty);
    nnrt_model *m = nnrt_model_create(&val_ce, 42);
    nnrt_dataset ds = make_data(&val_ce, 100, 5);
    nnrt_fit_options o = {0};
    o.progress = tty;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    fclose(tty);
    char buf[8192];
    size_t n = 0;
    fcntl(master, F_SETFL, O_NONBLOCK);
    for (ssize_t k; n < sizeof buf - 1 && (k = read(master, buf + n, sizeof buf - 1 - n)) > 0;)
        n += (size_t)k;
    buf[n] = '\0';
    close(master);
    /* the bar redraws in place; each epoch ends in a full line */
    assert_non_null(strstr(buf, "\repoch 1/3  batch 10/10  loss "));
    assert_non_null(strstr(buf, "ETA 0:00  "));
    assert_non_null(strstr(buf, " samples/s\033[K"));   /* each redraw clears the rest of the line */
    assert_non_null(strstr(buf, "\repoch 3/3  loss "));
    assert_non_null(strstr(buf, "val_acc"));
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* On a terminal 40 columns wide every redrawn line fits in 39: the
 * visible part after each '\r', less the clear-to-end escape. */
static void fit_cuts_its_lines_to_the_terminal_width(void **state)
{
    (void)state;
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        skip();
    FILE *tty = fopen(ptsname(master), "w");
    assert_non_null(tty);
    struct winsize w = {.ws_row = 24, .ws_col = 40};
    assert_int_equal(ioctl(fileno(tty), TIOCSWINSZ, &w), 0);
    nnrt_model *m = nnrt_model_create(&val_ce, 42);
    nnrt_dataset ds = make_data(&val_ce, 100, 5);
    nnrt_fit_options o = {0};
    o.progress = tty;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    fclose(tty);
    char buf[8192];
    size_t n = 0;
    fcntl(master, F_SETFL, O_NONBLOCK);
    for (ssize_t k; n < sizeof buf - 1 && (k = read(master, buf + n, sizeof buf - 1 - n)) > 0;)
        n += (size_t)k;
    buf[n] = '\0';
    close(master);
    size_t col = 0, widest = 0;
    for (const char *c = buf; *c; c++) {
        if (*c == '\r' || *c == '\n')
            col = 0;
        else if (*c == '\033')
            c += 2;   /* ESC [ K */
        else if (++col > widest)
            widest = col;
    }
    assert_true(widest > 20 && widest <= 39);
    assert_non_null(strstr(buf, "epoch 3/3  loss "));
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* Training data follows t = f(x), validation data t = -f(x): the
 * validation loss is best early and then climbs, so early stopping must
 * end the run `patience` epochs after the best one and bring back the
 * weights of that epoch. */
static void early_stopping_stops_and_restores_the_best_weights(void **state)
{
    (void)state;
    nnrt_dataset tr = make_data(&stop_mse, 64, 5), va = make_data(&stop_mse, 32, 6);
    for (size_t i = 0; i < 64; i++)
        tr.t[i] *= 0.1f;   /* stay near zero: moves the weights away from va's optimum */
    for (size_t i = 0; i < va.n * 2; i++)
        va.t[i] = -va.t[i];
    nnrt_fit_options o = quiet();
    o.validation = &va;
    o.metrics = tmp("stop.csv");
    o.quiet = 0;
    o.progress = tmpfile();
    nnrt_model *m = nnrt_model_create(&stop_mse, 42);
    assert_int_equal(nnrt_fit(m, &tr, &o), NNRT_OK);
    assert_true(m->epoch < 20);
    char said[4096];
    rewind(o.progress);
    said[fread(said, 1, sizeof said - 1, o.progress)] = '\0';
    fclose(o.progress);
    o.progress = NULL;
    o.quiet = 1;
    /* which epoch was best, from the log */
    FILE *f = fopen(o.metrics, "r");
    char line[256];
    fgets(line, sizeof line, f);
    double best = INFINITY;
    int best_epoch = 0, rows = 0;
    while (fgets(line, sizeof line, f)) {
        int e;
        double l, a, vl;
        sscanf(line, "%d,%lf,%lf,%lf", &e, &l, &a, &vl);
        rows++;
        if (vl < best)
            best = vl, best_epoch = e;
    }
    fclose(f);
    assert_int_equal(rows, (int)m->epoch);
    assert_int_equal(rows, best_epoch + 2);
    /* the lines say when it stopped and whose weights it kept */
    char want[160];
    snprintf(want, sizeof want, "early stopping after epoch %d: no better val_loss for 2 epochs\n"
             "keeping the weights of epoch %d, the best val_loss (%.4f)\n", rows, best_epoch, best);
    if (!strstr(said, want))
        fail_msg("'%s' not in '%s'", want, said);
    /* the same run stopped at the best epoch has the same weights */
    nnrt_model *ref = nnrt_model_create(&stop_mse, 42);
    o.epochs = (uint32_t)best_epoch;
    o.early_stopping = -1;
    o.metrics = NULL;
    assert_int_equal(nnrt_fit(ref, &tr, &o), NNRT_OK);
    assert_true(params_equal(m, ref));
    nnrt_model_destroy(ref);
    nnrt_model_destroy(m);
    nnrt_dataset_free(&tr);
    nnrt_dataset_free(&va);
}

static void fit_stops_with_ediverged_when_the_loss_explodes(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&wild, 42);
    nnrt_dataset ds = make_data(&wild, 64, 5);
    nnrt_fit_options o = quiet();
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_EDIVERGED);
    assert_non_null(strstr(nnrt_last_error(), "at epoch 1, batch "));
    assert_true(m->epoch < 30);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* Two epochs, then a run whose fourth epoch has a poisoned batch: fit
 * stops, names the place, does not save the NaN weights, and the model
 * goes back to the checkpoint of epoch 3. */
static void divergence_keeps_the_last_good_checkpoint(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 42);
    nnrt_dataset ds = make_data(&ce4, 40, 5);   /* 5 steps an epoch */
    nnrt_fit_options o = quiet();
    o.checkpoint = tmp("div.nnck");
    o.epochs = 2;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_OK);
    tiny_nan_at = tiny_steps + 5 + 3;   /* all of epoch 3, then batch 3 of epoch 4 */
    o.epochs = 6;
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_EDIVERGED);
    assert_non_null(strstr(nnrt_last_error(), "epoch 4, batch 3"));
    assert_non_null(strstr(nnrt_last_error(), "back to"));
    /* epoch 3 completed and was saved; the poisoned epoch 4 was not */
    assert_int_equal(m->epoch, 3);
    nnrt_model *at3 = nnrt_model_create(&ce4, 1);
    assert_int_equal(nnrt_load(at3, o.checkpoint), NNRT_OK);
    assert_int_equal(at3->epoch, 3);
    assert_memory_equal(m->ws, at3->ws, O_GW(4, 3, 8) * sizeof(float));   /* params and state */
    for (size_t i = 0; i < ce4.param_count; i++)
        assert_true(isfinite(m->ws[i]));
    nnrt_model_destroy(at3);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

static void sigint_saves_at_the_next_batch_and_returns_eintr(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&ce4, 42);
    nnrt_dataset ds = make_data(&ce4, 40, 5);   /* 5 steps an epoch */
    nnrt_fit_options o = quiet();
    o.checkpoint = tmp("int.nnck");
    tiny_raise_at = 12;   /* epoch 3, batch 2 */
    assert_int_equal(nnrt_fit(m, &ds, &o), NNRT_EINTR);
    assert_int_equal(tiny_steps, 12);   /* the batch in progress finished, no more */
    assert_int_equal(m->epoch, 2);
    assert_non_null(strstr(nnrt_last_error(), "epoch 3, batch 3"));
    nnrt_model *back = nnrt_model_create(&ce4, 1);
    assert_int_equal(nnrt_load(back, o.checkpoint), NNRT_OK);
    assert_int_equal(back->epoch, 2);
    assert_true(params_equal(m, back));
    /* the handler is gone after fit: SIG_DFL again would kill us, so
     * check it is not ours by asking for the old action */
    struct sigaction sa;
    sigaction(SIGINT, NULL, &sa);
    assert_true(sa.sa_handler == SIG_DFL);
    nnrt_model_destroy(back);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(m);
}

/* 4 epochs, save, load into a fresh model, 4 more == 8 straight, bit for
 * bit: the checkpoint carries epoch, rng and momentum; dropout and
 * shuffling come only from the model's rng. */
static void resume_after_four_epochs_equals_eight_straight(void **state)
{
    (void)state;
    nnrt_dataset ds = make_data(&ce4, 100, 5);
    nnrt_fit_options o = quiet();
    o.epochs = 8;
    nnrt_model *straight = nnrt_model_create(&ce4, 42);
    assert_int_equal(nnrt_fit(straight, &ds, &o), NNRT_OK);

    nnrt_model *first = nnrt_model_create(&ce4, 42);
    o.epochs = 4;
    o.checkpoint = tmp("resume.nnck");
    assert_int_equal(nnrt_fit(first, &ds, &o), NNRT_OK);
    nnrt_model *second = nnrt_model_create(&ce4, 999);   /* another seed: everything comes from the file */
    assert_int_equal(nnrt_load(second, o.checkpoint), NNRT_OK);
    assert_int_equal(second->epoch, 4);
    o.epochs = 8;
    assert_int_equal(nnrt_fit(second, &ds, &o), NNRT_OK);
    assert_int_equal(second->epoch, 8);
    assert_memory_equal(straight->ws, second->ws, O_GW(4, 3, 8) * sizeof(float));
    assert_memory_equal(&straight->rng, &second->rng, sizeof(nnrt_rng));
    assert_false(params_equal(first, second));
    nnrt_model_destroy(straight);
    nnrt_model_destroy(first);
    nnrt_model_destroy(second);
    nnrt_dataset_free(&ds);
}

/* ---- the communication seam on one process (docs/distributed.md) ---------- */

static void the_one_process_communicator_leaves_data_as_it_is(void **state)
{
    (void)state;
    assert_int_equal(nnrt_comm_rank(NULL), 0);
    assert_int_equal(nnrt_comm_size(NULL), 1);
    assert_int_equal(nnrt_comm_size(nnrt_comm_self()), 1);
    float f[3] = {1.5f, -2.0f, 3.0f};
    double g[2] = {0.25, 7.0};
    int64_t k[2] = {-4, 9};
    assert_int_equal(nnrt_allreduce(NULL, f, 3, NNRT_T_F32, NNRT_OP_SUM), NNRT_OK);
    assert_int_equal(nnrt_allreduce(NULL, g, 2, NNRT_T_F64, NNRT_OP_MAX), NNRT_OK);
    assert_int_equal(nnrt_allreduce(nnrt_comm_self(), k, 2, NNRT_T_I64, NNRT_OP_MIN), NNRT_OK);
    assert_int_equal(nnrt_bcast(NULL, g, sizeof g, 0), NNRT_OK);
    assert_int_equal(nnrt_barrier(NULL), NNRT_OK);
    assert_true(f[0] == 1.5f && f[1] == -2.0f && f[2] == 3.0f && g[0] == 0.25 && g[1] == 7.0);
    assert_true(k[0] == -4 && k[1] == 9);
    nnrt_model *m = nnrt_model_create(&ce4, 1);
    assert_int_equal(nnrt_sync_model(NULL, m), NNRT_OK);
    assert_int_equal(nnrt_check_replicas(NULL, m), NNRT_OK);
    nnrt_model_destroy(m);
}

/* the parameters, the optimizer state and the generator: what a run leaves */
static void assert_same_run(nnrt_model *a, nnrt_model *b)
{
    size_t kept = a->desc->grad_offset;
    assert_memory_equal(a->ws, b->ws, kept * sizeof(float));
    assert_true(a->rng.state == b->rng.state);
    assert_int_equal(a->epoch, b->epoch);
}

/* Deterministic mode with the batch in one part is the plain step: the
 * part's share is 1.0f, and its dropout masks are the whole batch's. */
static void deterministic_fit_of_one_shard_is_the_plain_fit(void **state)
{
    (void)state;
    nnrt_dataset ds = make_data(&ce4, 100, 8);
    nnrt_model *a = nnrt_model_create(&ce4, 4), *b = nnrt_model_create(&ce4, 4);
    nnrt_fit_options o = quiet();
    o.epochs = 3;
    assert_int_equal(nnrt_fit(a, &ds, &o), NNRT_OK);
    o.deterministic = 1;
    o.shards = 1;
    assert_int_equal(nnrt_fit(b, &ds, &o), NNRT_OK);
    assert_same_run(a, b);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(a);
    nnrt_model_destroy(b);
}

/* Deterministic mode on one process: each part's gradient through the
 * public halves, scaled by its share of the batch and summed in part
 * order, then the update: the same bits as fit's. */
static void deterministic_fit_sums_the_parts_in_order(void **state)
{
    (void)state;
    enum { N = 8, S = 2, EPOCHS = 3 };   /* mse3: batches of 4, no dropout */
    nnrt_dataset ds = make_data(&mse3, N, 2);
    nnrt_model *a = nnrt_model_create(&mse3, 6), *b = nnrt_model_create(&mse3, 6);
    nnrt_fit_options o = quiet();
    o.epochs = EPOCHS;
    o.deterministic = 1;
    o.shards = S;
    assert_int_equal(nnrt_fit(a, &ds, &o), NNRT_OK);
    size_t G, B = mse3.batch_size, in = mse3.input_size, tw = mse3.output_size;
    float *g = nnrt_gradients(b, &G), *sum = malloc(G * sizeof *sum);
    assert_int_equal(G, mse3.grad_count);
    float xb[4 * 3], tb[4 * 2];
    size_t idx[N];
    for (uint32_t e = 0; e < EPOCHS; e++) {
        for (size_t i = 0; i < N; i++)
            idx[i] = i;
        nnrt_shuffle(&b->rng, idx, N);
        for (size_t first = 0; first < N; first += B) {
            for (size_t c = 0; c < S; c++) {
                size_t lo = B * c / S, n = B * (c + 1) / S - lo;
                for (size_t j = 0; j < n; j++) {
                    memcpy(xb + j * in, ds.x + idx[first + lo + j] * in, in * sizeof(float));
                    memcpy(tb + j * tw, ds.t + idx[first + lo + j] * tw, tw * sizeof(float));
                }
                assert_int_equal(nnrt_grad_step(b, xb, tb, n, NULL, NULL), NNRT_OK);
                float share = (float)((double)n / (double)B);
                for (size_t i = 0; i < G; i++)
                    sum[i] = c == 0 ? share * g[i] : sum[i] + share * g[i];
            }
            memcpy(g, sum, G * sizeof *g);
            assert_int_equal(nnrt_update_step(b), NNRT_OK);
        }
        b->epoch = e + 1;
    }
    assert_same_run(a, b);
    free(sum);
    nnrt_dataset_free(&ds);
    nnrt_model_destroy(a);
    nnrt_model_destroy(b);
}

static void grad_step_checks_its_arguments(void **state)
{
    (void)state;
    nnrt_model *m = nnrt_model_create(&mse3, 1), *inf = nnrt_model_create(&infer3, 1);
    float x[3] = {0}, t[2] = {0}, loss = 0.0f;
    size_t G = 99;
    assert_int_equal(nnrt_grad_step(m, NULL, t, 1, &loss, NULL), NNRT_EARG);
    assert_true(isnan(loss));
    assert_int_equal(nnrt_grad_step(m, x, t, 0, NULL, NULL), NNRT_EARG);
    assert_int_equal(nnrt_grad_step(m, x, t, 5, NULL, NULL), NNRT_EARG);
    assert_int_equal(nnrt_grad_step(inf, x, t, 1, NULL, NULL), NNRT_EARG);
    assert_null(nnrt_gradients(inf, &G));
    assert_int_equal(G, 0);
    assert_int_equal(nnrt_update_step(inf), NNRT_EARG);
    assert_int_equal(nnrt_grad_step(m, x, t, 1, &loss, NULL), NNRT_OK);
    assert_true(isfinite(loss));
    nnrt_model_destroy(m);
    nnrt_model_destroy(inf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(create_draws_he_weights_from_n_0_2_over_fan_in),
        cmocka_unit_test(check_rows_finds_every_nonfinite_input_where_it_is),
        cmocka_unit_test(create_draws_xavier_weights_from_u_minus_a_a),
        cmocka_unit_test(create_draws_uniform_weights_and_biases_like_torch_linear),
        cmocka_unit_test(create_zeroes_biases_state_and_counters),
        cmocka_unit_test(create_is_deterministic_per_seed),
        cmocka_unit_test(create_rejects_a_malformed_descriptor),
        cmocka_unit_test_setup(predict_any_n_matches_row_by_row, setup_dir),
        cmocka_unit_test_setup(train_batch_rejects_bad_arguments_and_leaves_weights, setup_dir),
        cmocka_unit_test_setup(train_batch_checks_bce_and_mse_targets, setup_dir),
        cmocka_unit_test_setup(evaluate_weights_batches_by_rows, setup_dir),
        cmocka_unit_test_setup(evaluate_bce_accuracy_counts_each_output, setup_dir),
        cmocka_unit_test_setup(param_and_grad_find_tensors_by_name, setup_dir),
        cmocka_unit_test_setup(fit_lowers_the_loss_and_learns, setup_dir),
        cmocka_unit_test_setup(fit_rejects_data_that_does_not_fit_the_model, setup_dir),
        cmocka_unit_test_setup(batch_norm_refuses_a_training_batch_of_one_row, setup_dir),
        cmocka_unit_test_setup(fit_validates_on_a_seeded_stratified_share, setup_dir),
        cmocka_unit_test_setup(fit_writes_the_metrics_note_as_a_comment, setup_dir),
        cmocka_unit_test_setup(fit_cuts_its_lines_to_the_terminal_width, setup_dir),
        cmocka_unit_test_setup(fit_prints_one_line_per_epoch_when_not_a_terminal, setup_dir),
        cmocka_unit_test_setup(fit_draws_a_progress_bar_on_a_terminal, setup_dir),
        cmocka_unit_test_setup(early_stopping_stops_and_restores_the_best_weights, setup_dir),
        cmocka_unit_test_setup(fit_stops_with_ediverged_when_the_loss_explodes, setup_dir),
        cmocka_unit_test_setup(divergence_keeps_the_last_good_checkpoint, setup_dir),
        cmocka_unit_test_setup(sigint_saves_at_the_next_batch_and_returns_eintr, setup_dir),
        cmocka_unit_test_setup(resume_after_four_epochs_equals_eight_straight, setup_dir),
        cmocka_unit_test(the_one_process_communicator_leaves_data_as_it_is),
        cmocka_unit_test(deterministic_fit_of_one_shard_is_the_plain_fit),
        cmocka_unit_test(deterministic_fit_sums_the_parts_in_order),
        cmocka_unit_test(grad_step_checks_its_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
