/* fuse.c and plan.c: what fusion does to the graph (and what it leaves),
 * that the fused graph computes what the unfused one does, and that the
 * memory plan never lets two buffers live in the same place at once.
 *
 * Fused against unfused runs in the reference interpreter, in double
 * precision, so the only difference allowed is the order of a few
 * roundings: |fused - unfused| <= 1e-12 + 1e-9 |unfused|, for the loss of
 * each of three training steps, every gradient, every parameter after
 * them, and the predictions.  (The float32 comparison of the generated
 * code, fused against --no-fuse, is cgen_agree_nofuse_NAME.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel.h"
#include "nnrt.h"

#define REL_TOL 1e-9
#define ABS_TOL 1e-12
#define STEPS 3

/* ---- helpers ------------------------------------------------------------- */

enum { UNFUSED, FUSED, PROLOGUE };   /* no fuse; fuse(); fuse_with(g, true) */

/* parse, check, lower, autodiff, optim and (as asked) fuse a .nn file */
static Graph *compile_file(Arena *a, const char *path, int fused)
{
    size_t len;
    const char *err;
    char *src = read_file(path, &len, &err);
    if (!src)
        fail_msg("%s: %s", path, err);
    Diag *d = diag_new(path, src, len, stderr);
    Program *p = parse_program(a, d, src, len);
    assert_non_null(p);
    assert_true(check_program(p, d, a));
    Graph *g = lower_program(p, a);
    if (g->has_train) {
        autodiff(g);
        optim_append(g);
    }
    if (fused == FUSED)
        fuse(g);
    else if (fused == PROLOGUE)
        fuse_with(g, true);
    assert_int_equal(ir_verify(g, stderr), 0);
    diag_free(d);
    free(src);
    return g;
}

static int count_ops(const Graph *g, Phase ph, OpKind k)
{
    int n = 0;
    for (int i = 0; i < g->ops.len; i++)
        n += g->ops.items[i]->phase == ph && ((int)k < 0 || g->ops.items[i]->kind == k);
    return n;
}

static const Op *def_of(const Graph *g, const char *name)
{
    const Value *v = ir_find_value(g, name);
    if (!v || !v->def)
        fail_msg("no op defines %%%s", name);
    return v->def;
}

/* Every model: examples/ and tests/golden/.  Returns the count. */
static int model_paths(char paths[][512], int max)
{
    const char *dirs[] = {NNC_SOURCE_DIR "/examples", NNC_SOURCE_DIR "/tests/golden"};
    int n = 0;
    for (int d = 0; d < 2; d++) {
        DIR *dir = opendir(dirs[d]);
        assert_non_null(dir);
        for (struct dirent *e; (e = readdir(dir)) && n < max;) {
            size_t l = strlen(e->d_name);
            if (l > 3 && strcmp(e->d_name + l - 3, ".nn") == 0)
                snprintf(paths[n++], 512, "%s/%s", dirs[d], e->d_name);
        }
        closedir(dir);
    }
    return n;
}

/* ---- what fusion does ---------------------------------------------------- */

/* fashion_mlp: dense(relu), dropout, dense(relu), dense(softmax); the loss */
static void fashion_mlp_has_one_op_per_dense_layer_and_one_loss_op(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_file(a, NNC_SOURCE_DIR "/examples/fashion_mlp.nn", FUSED);
    assert_int_equal(count_ops(g, PH_FORWARD, OP_MATMUL), 3);     /* a dense layer each */
    assert_int_equal(count_ops(g, PH_FORWARD, OP_BIAS_ADD), 0);
    assert_int_equal(count_ops(g, PH_FORWARD, OP_RELU), 0);
    /* the three dense ops, the dropout's mask and product, the output's softmax */
    assert_int_equal(count_ops(g, PH_FORWARD, (OpKind)-1), 6);
    assert_int_equal(count_ops(g, PH_LOSS, (OpKind)-1), 1);
    assert_int_equal(count_ops(g, PH_LOSS, OP_XENT_LOSS), 1);
    const Op *h1 = def_of(g, "h1"), *h2 = def_of(g, "h2"), *y = def_of(g, "y.pre");
    assert_int_equal(h1->kind, OP_MATMUL);
    assert_int_equal(h1->nargs, 3);
    assert_int_equal(h1->act, ACT_RELU);
    assert_int_equal(h2->act, ACT_RELU);
    assert_int_equal(y->nargs, 3);
    assert_int_equal(y->act, ACT_LINEAR);   /* the loss reads these logits */
    assert_int_equal(count_ops(g, PH_BACKWARD, OP_XENT_GRAD), 1);
    assert_int_equal(count_ops(g, PH_BACKWARD, OP_SOFTMAX_GRAD), 0);
    assert_int_equal(g->ops.len, 26);   /* with Adam's step_inc */
    arena_free(a);
}

/* relu_grad's readers take dy and y and apply relu' as they load dy */
static void relu_grad_moves_into_the_ops_that_read_it(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_file(a, NNC_SOURCE_DIR "/examples/fashion_mlp.nn", PROLOGUE);
    assert_int_equal(count_ops(g, PH_BACKWARD, OP_RELU_GRAD), 0);
    assert_int_equal(count_ops(g, PH_BACKWARD, (OpKind)-1), 10);   /* 12 unfused */
    const Op *db = def_of(g, "d.h1.bias"), *dw = def_of(g, "d.h1.weight");
    assert_int_equal(db->kind, OP_SUM_ROWS);
    assert_int_equal(db->nargs, 2);
    assert_string_equal(db->args[0]->name, "d.h1");
    assert_string_equal(db->args[1]->name, "h1");
    assert_int_equal(db->act, ACT_RELU);
    assert_int_equal(dw->nargs, 3);
    assert_string_equal(dw->args[2]->name, "h1");
    assert_int_equal(dw->act, ACT_RELU);
    assert_null(ir_find_value(g, "d.h1.pre"));
    assert_null(ir_find_value(g, "h1.mm"));
    arena_free(a);
}

/* resmlp: relu(add(a, b)) is one add; the gradient of the skip connection's
 * add also flows into another add, so its relu_grad stays */
static void a_gradient_that_flows_elsewhere_keeps_its_op(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_file(a, NNC_SOURCE_DIR "/examples/resmlp.nn", PROLOGUE);
    const Op *r = def_of(g, "r");
    assert_int_equal(r->kind, OP_ADD);
    assert_int_equal(r->act, ACT_RELU);
    assert_int_equal(def_of(g, "d.r.add")->kind, OP_RELU_GRAD);
    assert_int_equal(def_of(g, "d.a.bias")->act, ACT_RELU);   /* the other one went */
    arena_free(a);
}

/* leaky_relu's derivative reads its input, which fusion would remove */
static void leaky_relu_stays_an_op(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_file(a, NNC_SOURCE_DIR "/tests/golden/concat_leaky.nn", PROLOGUE);
    assert_true(count_ops(g, PH_FORWARD, OP_LEAKY_RELU) > 0);
    assert_true(count_ops(g, PH_BACKWARD, OP_LEAKY_RELU_GRAD) > 0);
    arena_free(a);
}

/* ---- fused = unfused, in the interpreter ---------------------------------------- */

static double worst;
static char worst_at[200];

static void compare(const char *model, const char *what, const double *f, const double *u,
                    size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double d = fabs(f[i] - u[i]), over = d - (ABS_TOL + REL_TOL * fabs(u[i]));
        if (d > worst) {
            worst = d;
            snprintf(worst_at, sizeof worst_at, "%s %s[%zu]", model, what, i);
        }
        if (over > 0 || isnan(d))
            fail_msg("%s: %s[%zu]: fused %.17g, unfused %.17g", model, what, i, f[i], u[i]);
    }
}

static void fill_batch(const Graph *g, nnrt_rng *r, long n, double *x, double *t)
{
    long in = ir_shape_elems(g->input->shape, n);
    for (long i = 0; i < in; i++)
        x[i] = nnrt_rng_normal(r);
    if (!g->target)
        return;
    long out = g->output->shape.dims[1];
    if (g->cfg.loss == LOSS_CROSS_ENTROPY) {
        for (long i = 0; i < n; i++)
            t[i] = (double)nnrt_rng_below(r, (uint32_t)out);
        return;
    }
    for (long i = 0; i < n * out; i++)
        t[i] = g->cfg.loss == LOSS_BCE ? nnrt_rng_uniform(r) : nnrt_rng_normal(r);
}

/* Each parameter and its gradient, by name, in both graphs. */
static void compare_params(const char *model, Graph *gf, Interp *f, Graph *gu, Interp *u)
{
    for (int i = 0; i < gu->values.len; i++) {
        const Value *pu = gu->values.items[i];
        if (pu->kind != VK_PARAM)
            continue;
        const Value *pf = ir_find_value(gf, pu->name);
        size_t n;
        const double *vf = interp_value(f, pf, &n);
        compare(model, pu->name, vf, interp_value(u, pu, NULL), n);
        if (!pu->grad)
            continue;
        vf = interp_value(f, pf->grad, &n);
        compare(model, pu->grad->name, vf, interp_value(u, pu->grad, NULL), n);
    }
}

static void fused_and_unfused_graphs_compute_the_same(void **state)
{
    (void)state;
    static char paths[64][512];
    int n = model_paths(paths, 64), trained = 0;
    for (int m = 0; m < 2 * n; m++) {
        Arena *a = arena_new();
        Graph *gf = compile_file(a, paths[m / 2], m % 2 ? PROLOGUE : FUSED);
        Graph *gu = compile_file(a, paths[m / 2], UNFUSED);
        const char *model = strrchr(paths[m / 2], '/') + 1;
        Interp *f = interp_new(gf, 7), *u = interp_new(gu, 7);
        long B = gu->batch, rows[STEPS] = {B, B > 1 ? B - 1 : 1, B};
        long in = ir_shape_elems(gu->input->shape, B), out = gu->output->shape.dims[1];
        double *x = calloc((size_t)in, sizeof *x), *t = calloc((size_t)(B * out), sizeof *t);
        nnrt_rng r;
        nnrt_rng_seed(&r, 99, 0);
        for (int s = 0; gu->has_train && s < STEPS; s++) {
            fill_batch(gu, &r, rows[s], x, t);
            double lf = interp_train_step(f, x, t, rows[s]), lu = interp_train_step(u, x, t, rows[s]);
            compare(model, "loss", &lf, &lu, 1);
            compare_params(model, gf, f, gu, u);
        }
        trained += gu->has_train;
        fill_batch(gu, &r, B, x, t);
        interp_forward(f, x, NULL, B, false);
        interp_forward(u, x, NULL, B, false);
        size_t len;
        compare(model, "predict", interp_value(f, gf->output, &len), interp_value(u, gu->output, NULL),
                (size_t)(B * out));
        free(x);
        free(t);
        interp_free(f);
        interp_free(u);
        arena_free(a);
    }
    assert_true(trained >= 20);
    printf("fused (with and without act' prologues) vs unfused, %d models: largest |diff| %.3g at %s\n", n, worst, worst_at);
}

/* ---- the memory plan -------------------------------------------------------------- */

/* An independent reading of the plan's rules: a value's lifetime runs from
 * its op to its last reader (the output and the loss to the end; dropout's
 * operand as long as its result, which aliases it when predicting). */
static void lifetimes(const Graph *g, int *begin, int *end)
{
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->result)
            begin[op->result->id] = end[op->result->id] = i;
        for (int j = 0; j < op->nargs; j++)
            end[op->args[j]->id] = i;
    }
    if (g->output)
        end[g->output->id] = g->ops.len;
    if (g->loss)
        end[g->loss->id] = g->ops.len;
    for (int i = g->ops.len - 1; i >= 0; i--) {
        const Op *op = g->ops.items[i];
        if (op->kind == OP_DROPOUT && end[op->result->id] > end[op->args[0]->id])
            end[op->args[0]->id] = end[op->result->id];
    }
}

static bool persistent(const Value *v)
{
    return v->kind == VK_PARAM || v->kind == VK_STATE || (v->kind == VK_TEMP && v->param);
}

static void check_plan(const char *model, const Graph *g, const Plan *p)
{
    int nv = g->values.len;
    int *begin = calloc((size_t)nv, sizeof(int)), *end = calloc((size_t)nv, sizeof(int));
    lifetimes(g, begin, end);
    for (int i = 0; i < nv; i++) {
        const Value *a = g->values.items[i];
        if (!plan_in_workspace(p, a))
            continue;
        if (p->offset[i] % PLAN_ALIGN != 0)
            fail_msg("%s: %%%s is not 64-byte aligned", model, a->name);
        for (int j = i + 1; j < nv; j++) {
            const Value *b = g->values.items[j];
            if (!plan_in_workspace(p, b))
                continue;
            bool space = p->offset[i] < p->offset[j] + p->size[j] &&
                         p->offset[j] < p->offset[i] + p->size[i];
            bool time = !(end[i] < begin[j] || end[j] < begin[i]);
            if (space && (time || persistent(a) || persistent(b)))
                fail_msg("%s: %%%s and %%%s share memory while both are live", model, a->name,
                         b->name);
        }
    }
    free(begin);
    free(end);
}

static void shared_buffers_are_never_live_at_once(void **state)
{
    (void)state;
    static char paths[64][512];
    int n = model_paths(paths, 64);
    for (int m = 0; m < n; m++)
        for (int fused = UNFUSED; fused <= PROLOGUE; fused++) {
            Arena *a = arena_new();
            Graph *g = compile_file(a, paths[m], fused);
            PlanOptions share = {.share = true}, apart = {.share = false};
            const Plan *p = plan_memory(g, &share, a), *q = plan_memory(g, &apart, a);
            check_plan(strrchr(paths[m], '/') + 1, g, p);
            assert_true(p->total <= q->total);
            assert_int_equal(q->total, q->total_unshared);
            assert_int_equal(p->total_unshared, q->total);
            arena_free(a);
        }
}

/* op scratch (PlanOptions.op_scratch) is placed, aligned, and shared */
static long two_panels(const Graph *g, const Op *op, void *ctx)
{
    (void)g;
    (void)ctx;
    return op->kind == OP_MATMUL ? 1000 : 0;
}

static void op_scratch_gets_a_place_of_its_own(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_file(a, NNC_SOURCE_DIR "/examples/fashion_mlp.nn", FUSED);
    PlanOptions o = {.share = true, .op_scratch = two_panels};
    const Plan *p = plan_memory(g, &o, a);
    int with = 0;
    for (int i = 0; i < g->ops.len; i++) {
        long off = plan_op_scratch(p, g, g->ops.items[i]);
        if (g->ops.items[i]->kind != OP_MATMUL) {
            assert_int_equal(off, -1);
            continue;
        }
        with++;
        assert_true(off >= p->scratch_begin && off + 1000 <= p->total);
        assert_int_equal(off % PLAN_ALIGN, 0);
        for (int v = 0; v < g->values.len; v++) {   /* clear of the op's operands and result */
            const Op *op = g->ops.items[i];
            for (int j = -1; j < op->nargs; j++) {
                const Value *x = j < 0 ? op->result : op->args[j];
                if (x == g->values.items[v] && plan_in_workspace(p, x))
                    assert_true(off + 1000 <= p->offset[v] || p->offset[v] + p->size[v] <= off);
            }
        }
    }
    assert_int_equal(with, 3);
    arena_free(a);
}

/* nnc --stats fashion_mlp: sharing makes the workspace smaller */
static void stats_show_sharing_saves_memory_on_fashion_mlp(void **state)
{
    (void)state;
    FILE *f = popen(NNC_BINARY_DIR "/nnc --stats " NNC_SOURCE_DIR "/examples/fashion_mlp.nn", "r");
    assert_non_null(f);
    char line[256];
    long shared = -1, unshared = -1, params = -1;
    double fwd = -1, step = -1;
    while (fgets(line, sizeof line, f)) {
        sscanf(line, "workspace shared %ld", &shared);
        sscanf(line, "workspace unshared %ld", &unshared);
        sscanf(line, "parameters %ld", &params);
        sscanf(line, "flops per sample %lf forward, %lf", &fwd, &step);
    }
    assert_int_equal(pclose(f), 0);
    printf("fashion_mlp: workspace %ld bytes shared, %ld unshared; %.0f / %.0f flops\n", shared,
           unshared, fwd, step);
    assert_int_equal(params, 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10);
    assert_true(shared > 0 && shared < unshared);
    assert_true(fwd > 2.0 * params * 0.99 && step > 2 * fwd);
}

/* Reads all of a command's stdout into buf; returns its exit status. */
static int slurp_command(const char *cmd, char *buf, size_t cap)
{
    FILE *f = popen(cmd, "r");
    assert_non_null(f);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = '\0';
    return pclose(f);
}

/* A row of the --stats table: "NAME  OP...  [SHAPE]  PARAMS  FLOPS" with
 * thousands separators; false when no row starts with `name `. */
static bool stats_row(const char *text, const char *name, char *op, char *shape, double *params, double *flops)
{
    size_t len = strlen(name);
    for (const char *l = text; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        if (strncmp(l, name, len) != 0 || l[len] != ' ')
            continue;
        char line[256], *f[8] = {0};
        int nf = 0;
        size_t n = strcspn(l, "\n");
        memcpy(line, l, n < sizeof line ? n : sizeof line - 1);
        line[n < sizeof line ? n : sizeof line - 1] = '\0';
        for (char *t = strtok(line, " "); t && nf < 8; t = strtok(NULL, " "))
            f[nf++] = t;
        assert_true(nf >= 3);   /* the total has no op or shape */
        strcpy(op, nf > 3 ? f[1] : "");
        for (int i = 2; i < nf - 3; i++)   /* "conv2d relu" */
            strcat(strcat(op, " "), f[i]);
        strcpy(shape, nf > 3 ? f[nf - 3] : "");
        double *out[2] = {params, flops};
        for (int k = 0; k < 2; k++) {
            *out[k] = 0;
            for (const char *c = f[nf - 2 + k]; *c; c++)
                if (*c != ',')
                    *out[k] = *out[k] * 10 + (*c - '0');
        }
        return true;
    }
    return false;
}

/* nnc --stats fashion_cnn: Keras's summary(), a row per layer with its
 * shape, parameters and forward FLOPs, adding up to the totals below */
static void stats_table_has_a_row_per_layer_adding_up(void **state)
{
    (void)state;
    static char text[16384], again[16384];
    const char *cmd = NNC_BINARY_DIR "/nnc --stats " NNC_SOURCE_DIR "/examples/fashion_cnn.nn";
    assert_int_equal(slurp_command(cmd, text, sizeof text), 0);
    assert_int_equal(slurp_command(cmd, again, sizeof again), 0);
    assert_string_equal(text, again);   /* deterministic */
    printf("%s", text);
    char op[64], shape[64];
    double params, flops;
    assert_true(stats_row(text, "x", op, shape, &params, &flops));
    assert_string_equal(op, "input");
    assert_string_equal(shape, "[1,28,28]");
    /* c2: 3x3 over 32 channels to 64 at 14x14, no bias: a multiply-add per tap */
    assert_true(stats_row(text, "c2", op, shape, &params, &flops));
    assert_string_equal(op, "conv2d");
    assert_string_equal(shape, "[64,14,14]");
    assert_true(params == 64 * 32 * 9);
    assert_true(flops == 2.0 * 64 * 14 * 14 * 32 * 9);
    assert_true(stats_row(text, "c1", op, shape, &params, &flops));
    assert_string_equal(op, "conv2d relu");
    assert_true(params == 32 * 9 + 32);
    /* batch norm nested in b2: its layer name, its own row, before the relu */
    assert_true(stats_row(text, "b2_1", op, shape, &params, &flops));
    assert_string_equal(op, "batch_norm");
    assert_true(params == 128);
    assert_true(strstr(text, "\nb2_1 ") < strstr(text, "\nb2 "));
    assert_true(stats_row(text, "p2", op, shape, &params, &flops));
    assert_string_equal(shape, "[64,7,7]");
    assert_true(stats_row(text, "f", op, shape, &params, &flops));
    assert_string_equal(shape, "[3136]");
    assert_true(stats_row(text, "h", op, shape, &params, &flops));
    assert_string_equal(op, "dense relu");
    assert_true(params == 3136 * 128 + 128);
    /* the totals are the sums of the rows, and the figures below */
    double tp, tf, fwd = -1, rows_p = 0, rows_f = 0;
    long p = -1;
    assert_true(stats_row(text, "total", op, shape, &tp, &tf));
    const char *names[] = {"x", "c1", "p1", "c2", "b2_1", "b2", "p2", "f", "d", "h", "y"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        assert_true(stats_row(text, names[i], op, shape, &params, &flops));
        rows_p += params;
        rows_f += flops;
    }
    assert_true(sscanf(strstr(text, "\nparameters "), "\nparameters %ld", &p) == 1);
    assert_true(sscanf(strstr(text, "\nflops per sample "), "\nflops per sample %lf", &fwd) == 1);
    assert_true(tp == rows_p && tp == (double)p && p == 421706);
    assert_true(tf == rows_f && tf == fwd);
    /* the convolutions' unfolded patches: c2's is 32*9 rows of 14*14
     * pixels rounded up to 208 (whole vectors), and its 64 output rows
     * beside them: (288 + 64) * 208 floats */
    assert_non_null(strstr(text, "im2col scratch "));
    assert_non_null(strstr(text, "(the largest 292,864, conv2d"));
    /* nested calls without parameters go by their --emit=dot id */
    assert_int_equal(slurp_command(NNC_BINARY_DIR "/nnc --stats " NNC_SOURCE_DIR "/examples/lenet.nn", text,
                                   sizeof text), 0);
    assert_true(stats_row(text, "f5/1", op, shape, &params, &flops));
    assert_string_equal(op, "flatten");
    assert_string_equal(shape, "[400]");
    assert_null(strstr(text, "im2col scratch 0 bytes"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fashion_mlp_has_one_op_per_dense_layer_and_one_loss_op),
        cmocka_unit_test(relu_grad_moves_into_the_ops_that_read_it),
        cmocka_unit_test(a_gradient_that_flows_elsewhere_keeps_its_op),
        cmocka_unit_test(leaky_relu_stays_an_op),
        cmocka_unit_test(fused_and_unfused_graphs_compute_the_same),
        cmocka_unit_test(shared_buffers_are_never_live_at_once),
        cmocka_unit_test(op_scratch_gets_a_place_of_its_own),
        cmocka_unit_test(stats_show_sharing_saves_memory_on_fashion_mlp),
        cmocka_unit_test(stats_table_has_a_row_per_layer_adding_up),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
