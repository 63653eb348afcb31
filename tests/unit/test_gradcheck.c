/*
 * Gradient checks: every derivative rule of autodiff.c, and every loss,
 * against finite differences of the interpreter's loss, in double.
 *
 * Each op is tested alone in a small graph whose leaves are parameters
 * of random shapes and values (the op, then an mse loss against random
 * targets; a loss op is tested as the loss itself), then whole models
 * from source are tested end to end.  Each test runs many random trials.
 *
 * The numeric derivative is Richardson-extrapolated central differences,
 *   D(h) = (L(p + h) - L(p - h)) / 2h,   num = (4 D(h/2) - D(h)) / 3,
 * with h = 1e-3: truncation error O(h^4) ~ 1e-12, rounding error about
 * eps |L| / h ~ 1e-13 |L|.
 *
 * Tolerance rule, stated once:
 *     err = |analytic - num| / max(|analytic|, |num|, 1e-6 max(1, |L|))  <  1e-6
 * i.e. a relative error below 1e-6; only gradients smaller than
 * 1e-6 max(1, |L|) are judged absolutely (to 1e-12 max(1, |L|)), since
 * the rounding noise of the difference grows with |L| and relative error
 * means nothing below it.  A wrong rule gives err ~ 1 (a dropped term, a
 * sign, a missing factor of 2), so the rule hides nothing but rounding.
 *
 * Kinks: relu and leaky_relu are not differentiable at 0, a max pool
 * where two taps of a window tie (its maximum moves: tracked too).  Leaves are
 * drawn with |value| >= 1e-2 = 10 h (rejection sampling), so a leaf that
 * feeds a relu directly never comes near the kink.  For deeper graphs a
 * sample is discarded only when some relu / leaky_relu input changes sign
 * between the five evaluations of that sample (the finite difference
 * then straddles the kink and measures nothing); the count of discarded
 * samples is reported and must stay below 5%, so a rule that is wrong
 * near kinks cannot hide behind discards.
 *
 * Each test prints the largest err, where it was, and both values.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/nnrt.h"
#include "ir.h"

#define TOL 1e-6
#define FLOOR 1e-6   /* times max(1, |L|) */
#define STEP 1e-3
#define KINK_MARGIN 1e-2
#define TRIALS 25

static const Loc here = {1, 1, 1};
static nnrt_rng rnd;   /* the tests' own random numbers, seeded per test */

static double uniform(double lo, double hi)
{
    double u = ((double)nnrt_rng_u32(&rnd) + 0.5) / 4294967296.0;
    return lo + (hi - lo) * u;
}

/* In [-1, 1] but at least KINK_MARGIN away from 0. */
static double away_from_zero(void)
{
    for (;;) {
        double x = uniform(-1, 1);
        if (fabs(x) >= KINK_MARGIN)
            return x;
    }
}

static long dim(long lo, long hi) { return lo + (long)nnrt_rng_below(&rnd, (uint32_t)(hi - lo + 1)); }

/* ---- the check ---------------------------------------------------------------- */

typedef struct Worst {
    double err;
    char where[160];
    double analytic, numeric;
    long samples, discarded;
} Worst;

/* Which tap of each max-pool window is its maximum (a byte of it): the
 * pool's kink is where that changes. */
static void pool_argmax(Interp *in, const Op *op, unsigned char *out, size_t cap, size_t *len)
{
    size_t n;
    const double *x = interp_value(in, op->args[0], &n);
    const Shape xs = op->args[0]->shape, ys = op->result->shape;
    long s = (long)op->attr[0], p = (long)op->attr[1], k = (long)op->attr[2];
    long H = xs.dims[2], W = xs.dims[3], planes = (long)n / (H * W);
    for (long q = 0; q < planes; q++)
        for (long oh = 0; oh < ys.dims[2]; oh++)
            for (long ow = 0; ow < ys.dims[3] && *len < cap; ow++) {
                long best = -1;
                for (long t = 0; t < k * k; t++) {
                    long ih = oh * s + t / k - p, iw = ow * s + t % k - p;
                    if (ih >= 0 && ih < H && iw >= 0 && iw < W &&
                        (best < 0 || x[(q * H + ih) * W + iw] > x[best]))
                        best = (q * H + ih) * W + iw;
                }
                out[(*len)++] = (unsigned char)best;
            }
}

/* Signs of every relu / leaky_relu input, and where every max pool's
 * maxima are, to see a kink being crossed. */
static void kink_signs(Interp *in, const Graph *g, unsigned char *out, size_t cap, size_t *len)
{
    *len = 0;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase == PH_FORWARD && op->kind == OP_MAX_POOL2D) {
            pool_argmax(in, op, out, cap, len);
            continue;
        }
        if (op->phase != PH_FORWARD || (op->kind != OP_RELU && op->kind != OP_LEAKY_RELU))
            continue;
        size_t n;
        const double *x = interp_value(in, op->args[0], &n);
        for (size_t j = 0; j < n && *len < cap; j++)
            out[(*len)++] = x[j] > 0;
    }
}

typedef struct Probe {
    Interp *in;
    const Graph *g;
    long n;
    nnrt_rng saved;          /* replayed before every run: same dropout masks */
    unsigned char *base, *now;
    size_t cap, nsigns;
    bool crossed;
    double floor;            /* of the tolerance rule: FLOOR max(1, |L|) */
} Probe;

static double loss_at(Probe *pr, double *slot, double value)
{
    *slot = value;
    *interp_rng(pr->in) = pr->saved;
    double l = interp_run(pr->in, pr->n, PH_LOSS, true);
    size_t len;
    kink_signs(pr->in, pr->g, pr->now, pr->cap, &len);
    if (memcmp(pr->now, pr->base, len) != 0)
        pr->crossed = true;
    return l;
}

/* The Richardson estimate of d loss / d slot. */
static double numeric_derivative(Probe *pr, double *slot)
{
    double x = *slot, h = STEP;
    double d1 = (loss_at(pr, slot, x + h) - loss_at(pr, slot, x - h)) / (2 * h);
    double d2 = (loss_at(pr, slot, x + h / 2) - loss_at(pr, slot, x - h / 2)) / h;
    *slot = x;
    return (4 * d2 - d1) / 3;
}

static void record(Worst *w, const char *what, const Value *p, size_t k, double a, double num,
                   double floor)
{
    double err = fabs(a - num) / fmax(fmax(fabs(a), fabs(num)), floor);
    w->samples++;
    if (err >= w->err) {
        w->err = err;
        w->analytic = a;
        w->numeric = num;
        snprintf(w->where, sizeof w->where, "%s: %%%s[%zu]", what, p->name, k);
    }
}

/* Checks up to `per_param` elements (all when 0) of every parameter's
 * gradient after one analytic run. */
static void check_graph(Interp *in, const Graph *g, long n, long per_param, const char *what, Worst *w)
{
    Probe pr = {in, g, n, *interp_rng(in), NULL, NULL, 0, 0, false, 0};
    pr.cap = 1 << 20;
    pr.base = xmalloc(pr.cap);
    pr.now = xmalloc(pr.cap);
    pr.floor = FLOOR * fmax(1, fabs(interp_run(in, n, PH_BACKWARD, true)));
    kink_signs(in, g, pr.base, pr.cap, &pr.nsigns);
    for (int i = 0; i < g->values.len; i++) {
        const Value *p = g->values.items[i];
        if (p->kind != VK_PARAM)
            continue;
        assert_non_null(p->grad);
        size_t len, glen;
        double *v = interp_value(in, p, &len);
        double *grad = xmalloc(sizeof(double) * len);
        memcpy(grad, interp_value(in, p->grad, &glen), sizeof(double) * len);
        long count = per_param > 0 && (size_t)per_param < len ? per_param : (long)len;
        for (long c = 0; c < count; c++) {
            size_t k = count == (long)len ? (size_t)c : nnrt_rng_below(&rnd, (uint32_t)len);
            pr.crossed = false;
            double num = numeric_derivative(&pr, &v[k]);
            if (pr.crossed)
                w->discarded++;
            else
                record(w, what, p, k, grad[k], num, pr.floor);
        }
        free(grad);
    }
    free(pr.base);
    free(pr.now);
}

static void report(const char *name, const Worst *w)
{
    printf("gradcheck %-14s max err %.2e at %s (analytic %.12g, numeric %.12g); "
           "%ld samples, %ld discarded at kinks\n",
           name, w->err, w->where, w->analytic, w->numeric, w->samples, w->discarded);
    if (w->err >= TOL)
        fail_msg("%s: err %.3e >= %g at %s", name, w->err, TOL, w->where);
    if (w->discarded * 20 > w->samples + w->discarded)
        fail_msg("%s: %ld of %ld samples crossed a kink", name, w->discarded,
                 w->samples + w->discarded);
}

/* ---- single ops ------------------------------------------------------------------- */

typedef struct Case {
    Arena *a;
    Graph *g;
    long rows;
} Case;

static Case case_new(void)
{
    Case c = {arena_new(), NULL, dim(1, 4)};
    c.g = ir_new_graph(c.a, "gc");
    c.g->batch = 4;
    return c;
}

/* A leaf: a parameter of a concrete shape ([r,n], or [n] when r == 0). */
static Value *leaf(Case *c, const char *name, long r, long n)
{
    Shape s = r ? ir_shape(2, r, n) : ir_shape(1, n, 0);
    Value *p = ir_new_value(c->g, VK_PARAM, name, s, here);
    p->ckpt = p->name;
    p->init = INIT_UNIFORM;
    p->fan_in = p->fan_out = 1;
    return p;
}

static Value *op1(Case *c, OpKind k, Value *a) { return ir_emit(c->g, k, PH_FORWARD, here, "y", 1, &a); }

static Value *op2(Case *c, OpKind k, Value *a, Value *b)
{
    return ir_emit(c->g, k, PH_FORWARD, here, "y", 2, (Value *[]){a, b});
}

/* loss = k(y, target) with a target of the shape the loss wants. */
static void add_loss(Case *c, OpKind k, Value *y)
{
    Shape ts = k == OP_XENT_LOSS ? ir_shape(1, y->shape.dims[0], 0) : y->shape;
    c->g->target = ir_new_value(c->g, VK_TARGET, "target", ts, here);
    c->g->output = y;
    c->g->loss = ir_emit(c->g, k, PH_LOSS, here, "loss", 2, (Value *[]){y, c->g->target});
}

/* Random leaves and targets, differentiate, check every element. */
static void run_case(Case *c, const char *name, Worst *w)
{
    autodiff(c->g);
    assert_int_equal(ir_verify(c->g, stderr), 0);
    Interp *in = interp_new(c->g, nnrt_rng_u32(&rnd));
    for (int i = 0; i < c->g->values.len; i++) {
        Value *v = c->g->values.items[i];
        size_t len;
        double *x = interp_value(in, v, &len);
        OpKind lk = c->g->loss->def->kind;
        long classes = lk == OP_XENT_LOSS ? c->g->loss->def->args[0]->shape.dims[1] : 0;
        for (size_t j = 0; j < len; j++) {
            if (v->kind == VK_PARAM)
                x[j] = away_from_zero() * (strncmp(v->name, "big", 3) == 0 ? 40 : 1);
            else if (v->kind == VK_TARGET)
                x[j] = lk == OP_XENT_LOSS ? (double)nnrt_rng_below(&rnd, (uint32_t)classes)
                     : lk == OP_BCE_LOSS ? uniform(0, 1) : uniform(-1, 1);
        }
    }
    check_graph(in, c->g, c->g->batch, 0, name, w);
    interp_free(in);
    arena_free(c->a);
}

typedef void (*Builder)(Case *c);

static void check_op(const char *name, Builder build, uint64_t seed)
{
    Worst w = {0};
    nnrt_rng_seed(&rnd, seed, 7);
    for (int t = 0; t < TRIALS; t++) {
        Case c = case_new();
        build(&c);
        run_case(&c, name, &w);
    }
    report(name, &w);
}

/* Each builder: leaves of random sizes, the op under test, a loss. */
static void build_matmul(Case *c)
{
    long i = dim(1, 5), o = dim(1, 5);
    add_loss(c, OP_MSE_LOSS, op2(c, OP_MATMUL, leaf(c, "x", c->rows, i), leaf(c, "w", o, i)));
}

static void build_bias_add(Case *c)
{
    long n = dim(1, 6);
    add_loss(c, OP_MSE_LOSS, op2(c, OP_BIAS_ADD, leaf(c, "x", c->rows, n), leaf(c, "b", 0, n)));
}

static void build_unary(Case *c, OpKind k)
{
    add_loss(c, OP_MSE_LOSS, op1(c, k, leaf(c, "x", c->rows, dim(1, 6))));
}

static void build_relu(Case *c) { build_unary(c, OP_RELU); }
static void build_sigmoid(Case *c) { build_unary(c, OP_SIGMOID); }
static void build_tanh(Case *c) { build_unary(c, OP_TANH); }
static void build_softmax(Case *c) { build_unary(c, OP_SOFTMAX); }
static void build_gelu(Case *c) { build_unary(c, OP_GELU); }
static void build_gelu_tanh(Case *c) { build_unary(c, OP_GELU_TANH); }
static void build_silu(Case *c) { build_unary(c, OP_SILU); }

static void build_leaky_relu(Case *c)
{
    Value *x = leaf(c, "x", c->rows, dim(1, 6));
    double alpha = uniform(-0.5, 0.5);
    Value *y = ir_emit_ex(c->g, OP_LEAKY_RELU, PH_FORWARD, here, "y", 1, &x, 1, &alpha, x->shape);
    add_loss(c, OP_MSE_LOSS, y);
}

static void build_add(Case *c)
{
    long n = dim(1, 6);
    add_loss(c, OP_MSE_LOSS, op2(c, OP_ADD, leaf(c, "a", c->rows, n), leaf(c, "b", c->rows, n)));
}

/* add(a, a): both shares of da must be summed */
static void build_add_shared(Case *c)
{
    Value *a = leaf(c, "a", c->rows, dim(1, 6));
    add_loss(c, OP_MSE_LOSS, op2(c, OP_ADD, a, a));
}

static void build_concat(Case *c)
{
    Value *a = leaf(c, "a", c->rows, dim(1, 5)), *b = leaf(c, "b", c->rows, dim(1, 5));
    add_loss(c, OP_MSE_LOSS, op2(c, OP_CONCAT, a, b));
}

/* concat(a, relu(a)): a used twice, through two different slices */
static void build_concat_shared(Case *c)
{
    Value *a = leaf(c, "a", c->rows, dim(1, 5));
    add_loss(c, OP_MSE_LOSS, op2(c, OP_CONCAT, a, op1(c, OP_TANH, a)));
}

static void build_dropout(Case *c)
{
    Value *x = leaf(c, "x", c->rows, dim(1, 8));
    double rate = uniform(0.1, 0.7);
    Value *m = ir_emit_ex(c->g, OP_DROPOUT_MASK, PH_FORWARD, here, "mask", 0, NULL, 1, &rate, x->shape);
    add_loss(c, OP_MSE_LOSS, op2(c, OP_DROPOUT, x, m));
}

static void build_mse(Case *c) { add_loss(c, OP_MSE_LOSS, leaf(c, "y", c->rows, dim(1, 6))); }
static void build_xent(Case *c) { add_loss(c, OP_XENT_LOSS, leaf(c, "z", c->rows, dim(1, 6))); }
static void build_bce(Case *c) { add_loss(c, OP_BCE_LOSS, leaf(c, "z", c->rows, dim(1, 6))); }

/* xent and bce of large logits (a leaf named big* is drawn from +-[0.4, 40]):
 * the stable forms must hold there too */
static void build_xent_large(Case *c)
{
    Value *z = leaf(c, "big", c->rows, dim(2, 6));
    add_loss(c, uniform(0, 1) < 0.5 ? OP_XENT_LOSS : OP_BCE_LOSS, z);
}

#define OP_TEST(name, seed)                                                            \
    static void name##_gradient_matches_finite_differences(void **state)              \
    {                                                                                  \
        (void)state;                                                                   \
        check_op(#name, build_##name, seed);                                           \
    }
OP_TEST(matmul, 1)
OP_TEST(bias_add, 2)
OP_TEST(relu, 3)
OP_TEST(sigmoid, 4)
OP_TEST(tanh, 5)
OP_TEST(leaky_relu, 6)
OP_TEST(softmax, 7)
OP_TEST(add, 8)
OP_TEST(add_shared, 9)
OP_TEST(concat, 10)
OP_TEST(concat_shared, 11)
OP_TEST(dropout, 12)
OP_TEST(mse, 13)
OP_TEST(xent, 14)
OP_TEST(bce, 15)
OP_TEST(xent_large, 16)
OP_TEST(gelu, 17)
OP_TEST(gelu_tanh, 18)
OP_TEST(silu, 19)

/* ---- whole models from source ---------------------------------------------------- */

static Graph *compile_text(Arena *a, const char *src)
{
    Diag *d = diag_new("gc.nn", src, strlen(src), stderr);
    Program *p = parse_program(a, d, src, strlen(src));
    assert_non_null(p);
    assert_true(check_program(p, d, a));
    diag_free(d);
    Graph *g = lower_program(p, a);
    autodiff(g);
    assert_int_equal(ir_verify(g, stderr), 0);
    return g;
}

/* A random batch of n rows for g's input and target. */
static void random_batch(Interp *in, const Graph *g, long n)
{
    size_t len;
    double *x = interp_value(in, g->input, &len);
    for (long i = 0; i < n * g->input->shape.dims[1]; i++)
        x[i] = uniform(-1, 1);
    double *t = interp_value(in, g->target, &len);
    long classes = g->output->shape.dims[1];
    OpKind k = g->loss->def->kind;
    for (long i = 0; i < ir_shape_elems(g->target->shape, n); i++)
        t[i] = k == OP_XENT_LOSS ? (double)nnrt_rng_below(&rnd, (uint32_t)classes)
             : k == OP_BCE_LOSS ? uniform(0, 1) : uniform(-1, 1);
}

static void check_model(const char *name, const char *src, long per_param, Worst *w)
{
    Arena *a = arena_new();
    Graph *g = compile_text(a, src);
    if (!g->loss) {
        arena_free(a);
        return;
    }
    long n = g->batch < 3 ? g->batch : 3;
    Interp *in = interp_new(g, nnrt_rng_u32(&rnd));
    random_batch(in, g, n);
    check_graph(in, g, n, per_param, name, w);
    interp_free(in);
    arena_free(a);
}

static const char *const small_models[][2] = {
    {"mlp_xent",
     "model m { input x[5]  h = dense(x, 7, relu)  d = dropout(h, 0.3)  y = dense(d, 4, softmax)  output y }\n"
     "train { loss = cross_entropy  batch_size = 3 }\n"},
    {"skip_bce",
     "model m { input x[6]  a = dense(x, 6, tanh)  b = dense(a, 6)  r = leaky_relu(add(a, b), 0.2)\n"
     "          y = dense(r, 2, sigmoid)  output y }\n"
     "train { loss = binary_cross_entropy  batch_size = 3 }\n"},
    {"concat_mse",
     "model m { input x[4]  a = dense(x, 3, sigmoid)  c = concat(a, dense(x, 2, relu))\n"
     "          y = dense(concat(c, a), 3)  output y }\n"
     "train { loss = mse  batch_size = 3 }\n"},
    {"nested_mse",
     "model m { input x[4]  y = dense(relu(dense(x, 5)), 3, softmax)  output y }\n"
     "train { loss = mse  batch_size = 2 }\n"},
    {"shared_input",
     "model m { input x[5]  y = dense(concat(x, add(x, x)), 2, tanh)  output y }\n"
     "train { loss = mse  batch_size = 3 }\n"},
    {"gelu_silu",
     "model m { input x[5]  a = dense(x, 6, gelu)  b = silu(dense(a, 5))\n"
     "          c = gelu(add(b, dense(b, 5, silu)), approximate = tanh)  y = dense(c, 3, softmax)  output y }\n"
     "train { loss = cross_entropy  batch_size = 3 }\n"},
    {"conv_pools",
     "model m { input x[2, 7, 6]  c = conv2d(x, 4, 3, padding = 1, act = tanh)\n"
     "          s = conv2d(c, 4, 2, padding = same, groups = 2, bias = false)\n"
     "          p = max_pool2d(s, 3, stride = 2, padding = 1)  a = avg_pool2d(c, 3, stride = 2, padding = 1)\n"
     "          j = concat(conv2d(p, 3, 1), conv2d(a, 2, 3, padding = 1))\n"
     "          y = dense(concat(global_avg_pool(j), flatten(p)), 3, softmax)  output y }\n"
     "train { loss = cross_entropy  batch_size = 3 }\n"},
    {"batch_norm",
     "model m { input x[2, 4, 3]  c = conv2d(x, 3, 3, padding = 1)  b = tanh(batch_norm(c, momentum = 0.3))\n"
     "          h = batch_norm(dense(flatten(b), 5), eps = 0.01)  y = dense(sigmoid(h), 3, softmax)  output y }\n"
     "train { loss = cross_entropy  batch_size = 4 }\n"},
    {"conv_depthwise",
     "model m { input x[3, 5, 5]  d = conv2d(x, 6, 3, stride = 2, groups = 3, act = relu)\n"
     "          y = dense(dropout(flatten(conv2d(d, 4, 1, act = silu)), 0.2), 2)  output y }\n"
     "train { loss = mse  batch_size = 3 }\n"},
};

static void small_models_gradients_match_finite_differences(void **state)
{
    (void)state;
    nnrt_rng_seed(&rnd, 100, 7);
    for (size_t i = 0; i < sizeof small_models / sizeof *small_models; i++) {
        Worst w = {0};
        for (int t = 0; t < 5; t++)
            check_model(small_models[i][0], small_models[i][1], 0, &w);
        report(small_models[i][0], &w);
    }
}

/* Every example with a train block, on 3 rows, 12 sampled elements per parameter. */
static void examples_gradients_match_finite_differences(void **state)
{
    (void)state;
    static const char *const names[] = {
        "fashion_mlp", "resmlp", "deep_skip", "deep_sigmoid", "deep_relu",
        "dropout_early_stop", "tanh_net", "xor", "shallow", "keywords", "lenet",
    };
    nnrt_rng_seed(&rnd, 200, 7);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/examples/%s.nn", NNC_SOURCE_DIR, names[i]);
        size_t len;
        const char *err;
        char *src = read_file(path, &len, &err);
        if (!src) {
            printf("gradcheck %-14s skipped: %s\n", names[i], err);
            continue;
        }
        Worst w = {0};
        check_model(names[i], src, 12, &w);
        report(names[i], &w);
        free(src);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(matmul_gradient_matches_finite_differences),
        cmocka_unit_test(bias_add_gradient_matches_finite_differences),
        cmocka_unit_test(relu_gradient_matches_finite_differences),
        cmocka_unit_test(sigmoid_gradient_matches_finite_differences),
        cmocka_unit_test(tanh_gradient_matches_finite_differences),
        cmocka_unit_test(leaky_relu_gradient_matches_finite_differences),
        cmocka_unit_test(softmax_gradient_matches_finite_differences),
        cmocka_unit_test(add_gradient_matches_finite_differences),
        cmocka_unit_test(add_shared_gradient_matches_finite_differences),
        cmocka_unit_test(concat_gradient_matches_finite_differences),
        cmocka_unit_test(concat_shared_gradient_matches_finite_differences),
        cmocka_unit_test(dropout_gradient_matches_finite_differences),
        cmocka_unit_test(mse_gradient_matches_finite_differences),
        cmocka_unit_test(xent_gradient_matches_finite_differences),
        cmocka_unit_test(bce_gradient_matches_finite_differences),
        cmocka_unit_test(xent_large_gradient_matches_finite_differences),
        cmocka_unit_test(gelu_gradient_matches_finite_differences),
        cmocka_unit_test(gelu_tanh_gradient_matches_finite_differences),
        cmocka_unit_test(silu_gradient_matches_finite_differences),
        cmocka_unit_test(small_models_gradients_match_finite_differences),
        cmocka_unit_test(examples_gradients_match_finite_differences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
