/*
 * vs_interp.c - a generated model against the reference interpreter.
 *
 * Built once per example by tests/CMakeLists.txt (nnc runs at build time):
 *   cc -DMODEL=name -DMODEL_HEADER='"name.h"' vs_interp.c name.c
 *   ./cgen_name path/to/name.nn
 * The interpreter (interp.c, double precision) gets the generated model's
 * initial weights; then both predict the same random batch, and, for a
 * model with a train block, both take three training steps (a full batch,
 * a short one, a full one) with the same dropout masks.  Compared: the
 * predictions, evaluate's loss, each step's loss, every gradient
 * (NAME_grad) and every parameter after each step.
 * Tolerance: |c - ref| <= 1e-5 + 1e-4 |ref| (float32 against double).
 *
 * A model without a train block is built with MODEL_PREDICT_ONLY (its
 * API has no train_batch, evaluate or grad): only the predictions.
 *
 * The same program is built once per backend (cgen_c_NAME from NAME.c,
 * cgen_llvm_NAME from the object nnc writes through LLVM): the test is
 * parametrised by what it links, not copied.  With --dump PATH it also
 * writes every compared array (predictions, losses, gradients, parameters)
 * as text, which tests/cgen/agree.c compares across backends.
 *
 * One exemption, for Adam only: a weight whose float32 gradient is off by
 * more than 0.1% of the reference (a sum over the batch that nearly
 * cancels) may differ by up to lr per step taken.  Adam's first steps
 * divide the gradient by its own size, so where g + weight_decay w nearly
 * cancels, a rounding error of 1e-9 in g becomes a visible part of a step
 * of size lr: the update is ill-conditioned there, in PyTorch's float32
 * as much as here.  Exempt elements are counted and printed.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "nnrt.h"
#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

#define REL_TOL 1e-4
#define ABS_TOL 1e-5

static int failures;
static bool *exempt;      /* by element of the concatenated parameters */
static FILE *dump;        /* --dump: every compared array, for agree.c */

/* "LABEL LEN COLS SLACK" then LEN values, one a line, exactly (%.9g);
 * SLACK is the Adam exemption's bound for a parameter (0: none). */
static void dump_array(const char *what, const float *c, size_t len, size_t cols, double slack)
{
    if (!dump)
        return;
    fprintf(dump, "%s\t%zu\t%zu\t%.9g\n", what, len, cols, slack);
    for (size_t i = 0; i < len; i++)
        fprintf(dump, "%.9g\n", (double)c[i]);
}

/* Reports the largest error of c against ref and where it is. */
static void compare_ex(const char *what, const float *c, const double *ref, size_t len,
                       const bool *skip, double skip_tol)
{
    double worst = 0, excess = 0;
    size_t at = 0, skipped = 0;
    for (size_t i = 0; i < len; i++) {
        double d = fabs((double)c[i] - ref[i]);
        double over = d - (ABS_TOL + REL_TOL * fabs(ref[i]));
        if (skip && skip[i] && over > 0 && d <= skip_tol) {
            skipped++;
            continue;
        }
        if (d > worst || isnan(d)) {
            worst = d;
            at = i;
        }
        if (over > excess || isnan(d))
            excess = isnan(d) ? INFINITY : over;
    }
    dump_array(what, c, len, strncmp(what, "predict", 7) == 0 ? (size_t)API(OUTPUT_SIZE) : 1,
               skip ? skip_tol : 0);
    bool ok = excess <= 0;
    printf("%s %-34s max |diff| %.3g at [%zu] (%.7g vs %.7g)\n", ok ? "[PASS]" : "[FAIL]", what,
           worst, at, len ? (double)c[at] : 0.0, len ? ref[at] : 0.0);
    if (skipped)
        printf("       %zu ill-conditioned Adam element(s) within lr per step\n", skipped);
    failures += !ok;
}

static void compare(const char *what, const float *c, const double *ref, size_t len)
{
    compare_ex(what, c, ref, len, NULL, 0);
}

#ifndef MODEL_PREDICT_ONLY
/* Adam's learning rate for parameter v, or 0 when it is not Adam's. */
static double adam_lr(const Graph *g, const Value *v)
{
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->kind == OP_ADAM_UPDATE && op->args[0] == v)
            return g->cfg.lr;
    }
    return 0;
}
#endif

static char *source;      /* the .nn text and its reporter, freed at the end */
static Diag *diag;

static Graph *build(const char *path, Arena *a)
{
    size_t len;
    const char *err;
    char *src = source = read_file(path, &len, &err);
    if (!src) {
        fprintf(stderr, "%s: %s\n", path, err);
        exit(2);
    }
    Diag *d = diag = diag_new(path, src, len, stderr);
    Program *p = parse_program(a, d, src, len);
    if (!p || diag_error_count(d) || !check_program(p, d, a)) {
        fprintf(stderr, "%s: does not compile\n", path);
        exit(2);
    }
    Graph *g = lower_program(p, a);
    if (g->has_train) {
        autodiff(g);
        optim_append(g);
    }
    return g;
}

/* Random inputs and valid targets for n rows (a fixed generator). */
static void make_batch(const Graph *g, nnrt_rng *r, size_t n, float *x, float *t)
{
    size_t in = API(INPUT_SIZE), out = API(OUTPUT_SIZE);
    for (size_t i = 0; i < n * in; i++)
        x[i] = (float)nnrt_rng_normal(r);
    if (!g->has_train)
        return;
    if (g->cfg.loss == LOSS_CROSS_ENTROPY)
        for (size_t i = 0; i < n; i++)
            t[i] = (float)nnrt_rng_below(r, (uint32_t)out);
    else
        for (size_t i = 0; i < n * out; i++)
            t[i] = g->cfg.loss == LOSS_BCE ? nnrt_rng_uniform(r) : (float)nnrt_rng_normal(r);
}

static double *to_double(const float *f, size_t n)
{
    double *d = malloc((n ? n : 1) * sizeof *d);
    for (size_t i = 0; i < n; i++)
        d[i] = f[i];
    return d;
}

#ifndef MODEL_PREDICT_ONLY
static void compare_params(MODEL *m, Interp *in, const Graph *g, const char *when, bool grads,
                           int steps)
{
    char what[160];
    size_t base = 0;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM)
            continue;
        size_t len, rlen;
        if (grads) {
            const float *c = API(grad)(m, v->ckpt, &len);
            double *ref = interp_value(in, v->grad, &rlen);
            snprintf(what, sizeof what, "%s grad %s", when, v->ckpt);
            if (!c || len != rlen) {
                printf("[FAIL] %s: no gradient or wrong length\n", what);
                failures++;
                continue;
            }
            compare(what, c, ref, len);
            for (size_t k = 0; adam_lr(g, v) > 0 && k < len; k++)
                exempt[base + k] |= fabs(c[k] - ref[k]) > 1e-3 * fabs(ref[k]);
        } else {
            float *c = API(param)(m, v->ckpt, &len);
            double *ref = interp_value(in, v, &rlen);
            snprintf(what, sizeof what, "%s %s", when, v->ckpt);
            compare_ex(what, c, ref, len, exempt + base, adam_lr(g, v) * steps);
        }
        base += len;
    }
}
#endif

int main(int argc, char **argv)
{
    if (argc != 2 && !(argc == 4 && strcmp(argv[2], "--dump") == 0)) {
        fprintf(stderr, "usage: %s MODEL.nn [--dump PATH]\n", argv[0]);
        return 2;
    }
    if (argc == 4 && !(dump = fopen(argv[3], "w"))) {
        perror(argv[3]);
        return 2;
    }
    Arena *a = arena_new();
    Graph *g = build(argv[1], a);
    MODEL *m = API(create)(7);
    Interp *in = interp_new(g, 7);
    /* the interpreter starts from the generated model's weights */
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM)
            continue;
        size_t len, rlen;
        float *c = API(param)(m, v->ckpt, &len);
        double *ref = interp_value(in, v, &rlen);
        if (!c || len != rlen) {
            fprintf(stderr, "%s: no parameter or wrong length\n", v->ckpt);
            return 1;
        }
        for (size_t k = 0; k < len; k++)
            ref[k] = c[k];
    }
    exempt = calloc(API(PARAM_COUNT) + 1, sizeof *exempt);
    size_t B = API(BATCH_SIZE), nin = API(INPUT_SIZE), nout = API(OUTPUT_SIZE);
    float *x = malloc(B * nin * sizeof *x), *t = malloc(B * nout * sizeof *t);
    float *y = malloc(B * nout * sizeof *y);
    nnrt_rng r;
    nnrt_rng_seed(&r, 99, 5);

    make_batch(g, &r, B, x, t);
    double *xd = to_double(x, B * nin), *td = to_double(t, B * nout);
    API(predict)(m, x, y, B);
    interp_forward(in, xd, NULL, (long)B, false);
    size_t len;
    compare("predict", y, interp_value(in, g->output, &len), B * nout);
    /* one row, and an odd count: the matrix-vector path (gemm.c's nt_row)
     * and the loops that take threads only for enough rows (fork_if) */
    size_t few[2] = {1, B > 2 ? B / 2 + 1 : 1};
    for (int s = 0; s < 2; s++) {
        char what[32];
        snprintf(what, sizeof what, "predict (n=%zu)", few[s]);
        API(predict)(m, x, y, few[s]);
        interp_forward(in, xd, NULL, (long)few[s], false);
        compare(what, y, interp_value(in, g->output, &len), few[s] * nout);
    }
#ifndef MODEL_PREDICT_ONLY
    if (g->has_train) {
        float loss = API(evaluate)(m, x, t, B, NULL);
        double ref = interp_forward(in, xd, td, (long)B, false);
        compare("evaluate loss", &loss, &ref, 1);
        size_t rows[3] = {B, B > 1 ? B / 2 + 1 : 1, B};
        for (int s = 0; s < 3; s++) {
            char when[32];
            snprintf(when, sizeof when, "step %d (n=%zu)", s + 1, rows[s]);
            make_batch(g, &r, rows[s], x, t);
            free(xd);
            free(td);
            xd = to_double(x, rows[s] * nin);
            td = to_double(t, rows[s] * nout);
            *interp_rng(in) = ((nnrt_model *)m)->rng;   /* the same dropout masks */
            loss = API(train_batch)(m, x, t, rows[s]);
            ref = interp_train_step(in, xd, td, (long)rows[s]);
            char what[64];
            snprintf(what, sizeof what, "%s loss", when);
            compare(what, &loss, &ref, 1);
            compare_params(m, in, g, when, true, s + 1);
            compare_params(m, in, g, when, false, s + 1);
        }
    }
#endif
    printf("%s: %s\n", argv[1], failures ? "FAILED" : "ok");
    free(x);
    free(t);
    free(y);
    free(xd);
    free(td);
    free(exempt);
    API(destroy)(m);
    interp_free(in);
    arena_free(a);
    diag_free(diag);
    free(source);
    if (dump && fclose(dump) != 0) {
        perror("--dump");
        return 2;
    }
    return failures ? 1 : 0;
}
