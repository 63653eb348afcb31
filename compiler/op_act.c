/*
 * op_act.c - the activations: relu, sigmoid, tanh, gelu and silu (the ACT
 * rows of ops.def), leaky_relu and softmax.
 *
 * An elementwise activation is an ActDef: the function and its
 * derivative, once in double for the reference interpreter and once as
 * kernel IR, side by side.  The derivative is written in terms of what
 * it reads (ActDef.from): the activation's output for relu, sigmoid and
 * tanh, so that a layer whose activation is fused into its product's
 * epilogue keeps no pre-activation; the input for the others.  From the
 * ACT rows this file makes, for each activation, its two graph ops (relu
 * and relu_grad) with their shape, derivative, semantics and loops; the
 * products' epilogues and prologues (gemm.c, op_dense.c), the maps and
 * the interpreter all reach the formulas through here.
 *
 * leaky_relu (which takes a slope) and softmax (a row op) are ops of
 * their own, also here; the language's calls of all of them at the end.
 */
#include "kernel.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- the formulas ------------------------------------------------------- */

/* relu: x > 0 ? x : 0;  relu'(y) = y > 0 */
static double relu_f(double x) { return x > 0 ? x : 0; }
static double relu_df(double y) { return y > 0 ? 1 : 0; }

/* x < 0 ? 0 : x: NaN stays NaN, as in PyTorch (fmaxf would give 0), and
 * gcc makes a compare and blend where it calls libm's fmaxf. */
static KExpr *relu_kf(KB *k, KExpr *x)
{
    return kb_sel(k, kb_bin(k, KO_LT, x, kb_f(k, 0)), kb_f(k, 0), x);
}

static KExpr *relu_kdf(KB *k, KExpr *dy, KExpr *y)
{
    return kb_sel(k, kb_bin(k, KO_GT, y, kb_f(k, 0)), dy, kb_f(k, 0));
}

/* sigmoid: 1 / (1 + exp(-x)), in double split at 0 so exp never
 * overflows;  sigmoid'(y) = y (1 - y) */
static double sigmoid_f(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + exp(-x));
    double e = exp(x);
    return e / (1.0 + e);
}

static double sigmoid_df(double y) { return y * (1 - y); }

static KExpr *sigmoid_kf(KB *k, KExpr *x)
{
    return kb_bin(k, KO_DIV, kb_f(k, 1),
                  kb_bin(k, KO_ADD, kb_f(k, 1), kb_un(k, KO_EXP, kb_un(k, KO_NEG, x))));
}

static KExpr *sigmoid_kdf(KB *k, KExpr *dy, KExpr *y)
{
    return kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, dy, y), kb_bin(k, KO_SUB, kb_f(k, 1), y));
}

/* tanh;  tanh'(y) = 1 - y^2.  The kernels' KO_TANH is kernel.h's rational
 * function, within 3 ulp. */
static double tanh_f(double x) { return tanh(x); }
static double tanh_df(double y) { return 1 - y * y; }

static KExpr *tanh_kf(KB *k, KExpr *x)
{
    return kb_un(k, KO_TANH, x);
}

static KExpr *tanh_kdf(KB *k, KExpr *dy, KExpr *y)
{
    return kb_bin(k, KO_MUL, dy, kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_MUL, y, y)));
}

/* gelu: x Phi(x) = x (1 + erf(x / sqrt 2)) / 2, PyTorch's exact form;
 * gelu'(x) = Phi(x) + x phi(x), phi(x) = exp(-x^2 / 2) / sqrt(2 pi) */
#define SQRT1_2 0.70710678118654752440
#define INV_SQRT_2PI 0.39894228040143267794

static double gelu_f(double x) { return 0.5 * x * (1 + erf(x * SQRT1_2)); }
static double gelu_df(double x) { return 0.5 * (1 + erf(x * SQRT1_2)) + x * INV_SQRT_2PI * exp(-0.5 * x * x); }

/* x * 0.5 * (1 + erf(x sqrt(1/2))), in PyTorch's order */
static KExpr *gelu_kf(KB *k, KExpr *x)
{
    KExpr *cdf = kb_bin(k, KO_ADD, kb_f(k, 1), kb_un(k, KO_ERF, kb_bin(k, KO_MUL, x, kb_f(k, SQRT1_2))));
    return kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, x, kb_f(k, 0.5)), cdf);
}

static KExpr *gelu_kdf(KB *k, KExpr *dy, KExpr *x)
{
    KExpr *cdf = kb_bin(k, KO_MUL, kb_f(k, 0.5),
                        kb_bin(k, KO_ADD, kb_f(k, 1), kb_un(k, KO_ERF, kb_bin(k, KO_MUL, x, kb_f(k, SQRT1_2)))));
    KExpr *pdf = kb_bin(k, KO_MUL, kb_f(k, INV_SQRT_2PI),
                        kb_un(k, KO_EXP, kb_bin(k, KO_MUL, kb_f(k, -0.5), kb_bin(k, KO_MUL, x, x))));
    return kb_bin(k, KO_MUL, dy, kb_bin(k, KO_ADD, cdf, kb_bin(k, KO_MUL, x, pdf)));
}

/* gelu, approximate = tanh: x (1 + tanh(u)) / 2, u = sqrt(2/pi) (x + 0.044715 x^3);
 * its derivative (1 + t) / 2 + x (1 - t^2) sqrt(2/pi) (1 + 3 0.044715 x^2) / 2, t = tanh(u) */
#define SQRT_2_PI 0.79788456080286535588
#define GELU_C 0.044715

static double gelu_tanh_u(double x) { return SQRT_2_PI * (x + GELU_C * x * x * x); }
static double gelu_tanh_f(double x) { return 0.5 * x * (1 + tanh(gelu_tanh_u(x))); }

static double gelu_tanh_df(double x)
{
    double t = tanh(gelu_tanh_u(x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_PI * (1 + 3 * GELU_C * x * x);
}

static KExpr *gelu_tanh_t(KB *k, KExpr *x)
{
    KExpr *x3 = kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, x, x), x);
    KExpr *inner = kb_bin(k, KO_ADD, x, kb_bin(k, KO_MUL, kb_f(k, GELU_C), x3));
    return kb_un(k, KO_TANH, kb_bin(k, KO_MUL, kb_f(k, SQRT_2_PI), inner));
}

static KExpr *gelu_tanh_kf(KB *k, KExpr *x)
{
    return kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_f(k, 0.5), x),
                  kb_bin(k, KO_ADD, kb_f(k, 1), gelu_tanh_t(k, x)));
}

/* Expressions only (the formulas must fit anywhere an expression does,
 * a product's prologue included): t is written twice, and the C compiler
 * and LLVM compute it once. */
static KExpr *gelu_tanh_kdf(KB *k, KExpr *dy, KExpr *x)
{
    KExpr *tv = gelu_tanh_t(k, x);
    KExpr *left = kb_bin(k, KO_MUL, kb_f(k, 0.5), kb_bin(k, KO_ADD, kb_f(k, 1), tv));
    KExpr *du = kb_bin(k, KO_MUL, kb_f(k, SQRT_2_PI),
                       kb_bin(k, KO_ADD, kb_f(k, 1), kb_bin(k, KO_MUL, kb_f(k, 3 * GELU_C), kb_bin(k, KO_MUL, x, x))));
    KExpr *right = kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_f(k, 0.5), x),
                                            kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_MUL, tv, tv))), du);
    return kb_bin(k, KO_MUL, dy, kb_bin(k, KO_ADD, left, right));
}

/* silu: x sigmoid(x) = x / (1 + exp(-x)), PyTorch's form;
 * silu'(x) = s (1 + x (1 - s)), s = sigmoid(x) */
static double silu_f(double x) { return x * sigmoid_f(x); }

static double silu_df(double x)
{
    double s = sigmoid_f(x);
    return s * (1 + x * (1 - s));
}

static KExpr *silu_kf(KB *k, KExpr *x)
{
    return kb_bin(k, KO_DIV, x, kb_bin(k, KO_ADD, kb_f(k, 1), kb_un(k, KO_EXP, kb_un(k, KO_NEG, x))));
}

static KExpr *silu_kdf(KB *k, KExpr *dy, KExpr *x)
{
    KExpr *sv = sigmoid_kf(k, x);
    KExpr *d = kb_bin(k, KO_MUL, sv,
                      kb_bin(k, KO_ADD, kb_f(k, 1), kb_bin(k, KO_MUL, x, kb_bin(k, KO_SUB, kb_f(k, 1), sv))));
    return kb_bin(k, KO_MUL, dy, d);
}

/* ---- the activations' rows (ast.c's table points at them) ------------------- */

#define ACT(e, nm, from, named) \
    const ActDef act_##nm = {#nm, ACT_FROM_##from, named, nm##_f, nm##_df, nm##_kf, nm##_kdf};
#include "ops.def"

/* Row r of z [R,C] softmaxed into out (max subtracted first). */
static void softmax_row(const double *z, double *out, long c)
{
    double m = z[0], s = 0;
    for (long j = 1; j < c; j++)
        m = z[j] > m ? z[j] : m;
    for (long j = 0; j < c; j++)
        s += out[j] = exp(z[j] - m);
    for (long j = 0; j < c; j++)
        out[j] /= s;
}

void act_apply(Act a, double *y, long rows, long cols)
{
    if (a == ACT_SOFTMAX) {
        for (long r = 0; r < rows; r++)
            softmax_row(y + r * cols, y + r * cols, cols);
        return;
    }
    const ActDef *d = act_def(a);
    for (long i = 0; d && i < rows * cols; i++)
        y[i] = d->f(y[i]);
}

/* dy[idx] as a prologue reader (OPF_PROLOGUE) loads it: dy * act'(v)
 * with fuse.c's extra operand v in slot vslot, else dy itself. */
KExpr *act_grad_load(KL *L, const Op *op, int vslot, KExpr *idx)
{
    KExpr *dy = kl_at(L, op->args[0], idx);
    if (op->nargs <= vslot)
        return dy;
    return act_kgrad(kl_kb(L), op->act, dy, kl_at(L, op->args[vslot], idx));
}

/* ---- the elementwise activations' ops: act (x) and act_grad (dy, v) ------ */

static bool shape_same1(const Op *op, Shape *out, ShapeErr *e)
{
    (void)e;
    *out = op->args[0]->shape;
    return true;
}

static bool shape_same2(const Op *op, Shape *out, ShapeErr *e)
{
    return ir_same_shape(op->args[0]->shape, op->args[1]->shape, out, e);
}

/* y = f(x):  dx = dy f'(v), one op (dy, v) with v the output y or the
 * input x, whichever the derivative reads (ActDef.from). */
static void grad_act(AD *ad, const Op *op, Value *dy)
{
    const ActDef *a = act_def(op_def(op->kind)->act);
    Value *v = a->from == ACT_FROM_OUT ? op->result : op->args[0];
    ad_share_op(ad, op, 0, act_grad_op(op_def(op->kind)->act), dy, v);
}

static void run_act(Interp *in, const Op *op, bool training)
{
    (void)training;
    const ActDef *a = act_def(op_def(op->kind)->act);
    long n = interp_elems(in, op->args[0]);
    double *x = interp_v(in, op->args[0]), *y = interp_v(in, op->result);
    for (long i = 0; i < n; i++)
        y[i] = a->f(x[i]);
}

static void run_act_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    const ActDef *a = act_def(op_def(op->kind)->act);
    long n = interp_elems(in, op->result);
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]);
    double *v = interp_v(in, op->args[1]);
    for (long i = 0; i < n; i++)
        dx[i] = dy[i] * a->df(v[i]);
}

/* result[i] = f(args[i]) over every float of the result, its own act=
 * epilogue after. */
static void lower_act(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    KVar *i = kl_each_loop(L, op->result);
    KExpr *val = act_kexpr(k, op_def(op->kind)->act, kl_at(L, op->args[0], kb_var(k, i)));
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), act_kexpr(k, op->act, val), false);
    kb_leave(k);
}

static void lower_act_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    KVar *i = kl_each_loop(L, op->result);
    KExpr *val = act_kgrad(k, op_def(op->kind)->act, kl_at(L, op->args[0], kb_var(k, i)),
                           kl_at(L, op->args[1], kb_var(k, i)));
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), act_kexpr(k, op->act, val), false);
    kb_leave(k);
}

/* ---- the activations in ONNX (opset 13 has no Gelu: its formula) ------------ */

static void onnx_unary(OnnxCtx *X, const char *type, const char *in, const char *out)
{
    onnx_node(X, type, 1, (const char *[]){in}, out);
}

static void onnx_binary(OnnxCtx *X, const char *type, const char *a, const char *b, const char *out)
{
    onnx_node(X, type, 2, (const char *[]){a, b}, out);
}

static void relu_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_unary(X, "Relu", in[0], out);
}

static void sigmoid_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_unary(X, "Sigmoid", in[0], out);
}

static void tanh_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_unary(X, "Tanh", in[0], out);
}

/* x * (0.5 * (1 + erf(x sqrt(1/2)))) */
static void gelu_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    const char *s = onnx_tmp(X, out, "scaled"), *e = onnx_tmp(X, out, "erf");
    const char *e1 = onnx_tmp(X, out, "erf_plus_1"), *h = onnx_tmp(X, out, "half");
    onnx_binary(X, "Mul", in[0], onnx_scalar(X, "gelu.sqrt1_2", SQRT1_2), s);
    onnx_unary(X, "Erf", s, e);
    onnx_binary(X, "Add", e, onnx_scalar(X, "gelu.one", 1.0), e1);
    onnx_binary(X, "Mul", e1, onnx_scalar(X, "gelu.half", 0.5), h);
    onnx_binary(X, "Mul", in[0], h, out);
}

/* x * 0.5 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) */
static void gelu_tanh_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    const char *x = in[0];
    const char *x2 = onnx_tmp(X, out, "x2"), *x3 = onnx_tmp(X, out, "x3"), *c = onnx_tmp(X, out, "cubic");
    const char *u = onnx_tmp(X, out, "inner"), *v = onnx_tmp(X, out, "scaled"), *t = onnx_tmp(X, out, "tanh");
    const char *t1 = onnx_tmp(X, out, "tanh_plus_1"), *h = onnx_tmp(X, out, "half");
    onnx_binary(X, "Mul", x, x, x2);
    onnx_binary(X, "Mul", x2, x, x3);
    onnx_binary(X, "Mul", x3, onnx_scalar(X, "gelu_tanh.c", GELU_C), c);
    onnx_binary(X, "Add", x, c, u);
    onnx_binary(X, "Mul", u, onnx_scalar(X, "gelu_tanh.sqrt_2_pi", SQRT_2_PI), v);
    onnx_unary(X, "Tanh", v, t);
    onnx_binary(X, "Add", t, onnx_scalar(X, "gelu_tanh.one", 1.0), t1);
    onnx_binary(X, "Mul", t1, onnx_scalar(X, "gelu_tanh.half", 0.5), h);
    onnx_binary(X, "Mul", x, h, out);
}

/* x * sigmoid(x) */
static void silu_onnx(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    const char *s = onnx_tmp(X, out, "sigmoid");
    onnx_unary(X, "Sigmoid", in[0], s);
    onnx_binary(X, "Mul", in[0], s, out);
}

#define ACT(e, nm, from, named)                                                            \
    const OpDef op_##nm = {#nm, 1, 1, {NULL}, OPF_ACT, ACT_##e,                            \
                           shape_same1, grad_act, run_act, ir_flops_elementwise, lower_act, NULL, \
                           nm##_onnx};                                                     \
    const OpDef op_##nm##_grad = {#nm "_grad", 2, 2, {NULL}, OPF_ACT_GRAD, ACT_##e,        \
                                  shape_same2, NULL, run_act_grad, ir_flops_elementwise,   \
                                  lower_act_grad, NULL, NULL};
#include "ops.def"

/* ---- leaky_relu: y = x > 0 ? x : alpha x ------------------------------------ */

/* dx = dy (x > 0 ? 1 : alpha), read from x (y's sign says nothing when
 * alpha <= 0). */
static void grad_leaky_relu(AD *ad, const Op *op, Value *dy)
{
    const Value *x = op->args[0];
    if (!ad_needed(ad, x))
        return;
    Value *args[2] = {dy, op->args[0]};
    Value *dx = ir_emit_ex(ad_graph(ad), OP_LEAKY_RELU_GRAD, PH_BACKWARD, op->loc,
                           ad_share_name(ad, x), 2, args, 1, op->attr, dy->shape);
    ad_give(ad, x, dx);
}

static void run_leaky_relu(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double *x = interp_v(in, op->args[0]), *y = interp_v(in, op->result), alpha = op->attr[0];
    for (long i = 0; i < n; i++)
        y[i] = x[i] > 0 ? x[i] : alpha * x[i];
}

static void run_leaky_relu_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->result);
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]);
    double *x = interp_v(in, op->args[1]), alpha = op->attr[0];
    for (long i = 0; i < n; i++)
        dx[i] = x[i] > 0 ? dy[i] : dy[i] * alpha;
}

/* a where v > 0, else alpha a: both the function (v = a = x) and its
 * derivative (a = dy, v = x). */
static void lower_leaky(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    KVar *i = kl_each_loop(L, op->result);
    KExpr *a = kl_at(L, op->args[0], kb_var(k, i));
    KExpr *v = op->nargs > 1 ? kl_at(L, op->args[1], kb_var(k, i)) : a;
    KExpr *val = kb_sel(k, kb_bin(k, KO_GT, v, kb_f(k, 0)), a,
                        kb_bin(k, KO_MUL, kb_f(k, op->attr[0]), a));
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), act_kexpr(k, op->act, val), false);
    kb_leave(k);
}

static void onnx_leaky_relu(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    onnx_attr_float(onnx_node(X, "LeakyRelu", 1, in, out), "alpha", op->attr[0]);
}

const OpDef op_leaky_relu = {
    "leaky_relu", 1, 1, {"alpha", NULL}, 0, ACT_LINEAR,
    shape_same1, grad_leaky_relu, run_leaky_relu, ir_flops_elementwise, lower_leaky, NULL,
    onnx_leaky_relu,
};
const OpDef op_leaky_relu_grad = {
    "leaky_relu_grad", 2, 2, {"alpha", NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_leaky_relu_grad, ir_flops_elementwise, lower_leaky, NULL, NULL,
};

/* ---- softmax over each row: y = exp(x - max) / sum exp(x - max) ---------- */

static bool shape_softmax(const Op *op, Shape *out, ShapeErr *e)
{
    *out = op->args[0]->shape;
    return ir_need_rank(*out, 2, e);
}

static bool shape_softmax_grad(const Op *op, Shape *out, ShapeErr *e)
{
    return ir_need_rank(op->args[0]->shape, 2, e) &&
           ir_same_shape(op->args[0]->shape, op->args[1]->shape, out, e);
}

/* dx = y (dy - sum_j dy_j y_j) per row: one op (dy, y) */
static void grad_softmax(AD *ad, const Op *op, Value *dy)
{
    ad_share_op(ad, op, 0, OP_SOFTMAX_GRAD, dy, op->result);
}

static void run_softmax(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *x = op->args[0];
    long R = interp_rows(in, x), C = interp_cols(x);
    double *xv = interp_v(in, x), *yv = interp_v(in, op->result);
    for (long r = 0; r < R; r++)
        softmax_row(xv + r * C, yv + r * C, C);
}

/* dx[r,j] = y[r,j] (dy[r,j] - sum_k dy[r,k] y[r,k]) */
static void run_softmax_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *dyv = op->args[0];
    long R = interp_rows(in, dyv), C = interp_cols(dyv);
    double *dx = interp_v(in, op->result), *dy = interp_v(in, dyv), *y = interp_v(in, op->args[1]);
    for (long r = 0; r < R; r++) {
        double s = 0;
        for (long j = 0; j < C; j++)
            s += dy[r * C + j] * y[r * C + j];
        for (long j = 0; j < C; j++)
            dx[r * C + j] = y[r * C + j] * (dy[r * C + j] - s);
    }
}

/* mx = max over row i of v */
KVar *act_row_max(KL *L, const Value *v, KVar *i)
{
    KB *k = kl_kb(L);
    long c = ir_row_size(v->shape);
    KVar *mx = kb_let(k, "mx", kl_at(L, v, kl_rc(L, i, c, kb_i(k, 0))));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR | KL_REDUCE);
    kb_assign(k, mx, kb_bin(k, KO_MAX, kb_var(k, mx), kl_at(L, v, kl_rc(L, i, c, kb_var(k, j)))),
              false);
    kb_leave(k);
    return mx;
}

/* y[i,:] = exp(x[i,:] - max); returns the row's sum of y. */
KVar *act_row_exp(KL *L, const Value *y, const Value *x, KVar *i)
{
    KB *k = kl_kb(L);
    long c = ir_row_size(x->shape);
    KVar *mx = act_row_max(L, x, i);
    KVar *sum = kb_let(k, "sum", kb_f(k, 0));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR | KL_REDUCE);
    KExpr *e = kb_un(k, KO_EXP, kb_bin(k, KO_SUB, kl_at(L, x, kl_rc(L, i, c, kb_var(k, j))),
                                      kb_var(k, mx)));
    kb_store(k, kl_buf(L, y), kl_rc(L, i, c, kb_var(k, j)), e, false);
    kb_assign(k, sum, kl_at(L, y, kl_rc(L, i, c, kb_var(k, j))), true);
    kb_leave(k);
    return sum;
}

/* y = softmax(x) per row; x may be y itself (a fused epilogue). */
void act_softmax_rows(KL *L, const Value *y, const Value *x)
{
    KB *k = kl_kb(L);
    long c = ir_row_size(y->shape);
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    KVar *sum = act_row_exp(L, y, x, i);
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
    KExpr *at = kl_rc(L, i, c, kb_var(k, j));
    kb_store(k, kl_buf(L, y), at, kb_bin(k, KO_DIV, kl_at(L, y, at), kb_var(k, sum)), false);
    kb_leave(k);
    kb_leave(k);
}

static void lower_softmax(KL *L, const Op *op)
{
    act_softmax_rows(L, op->result, op->args[0]);
}

/* (dy, y) -> y (dy - sum_j dy_j y_j), per row */
static void lower_softmax_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result, *dy = op->args[0], *y = op->args[1];
    long c = ir_row_size(r->shape);
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    KVar *sum = kb_let(k, "sum", kb_f(k, 0));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR | KL_REDUCE);
    kb_assign(k, sum, kb_bin(k, KO_MUL, kl_at(L, dy, kl_rc(L, i, c, kb_var(k, j))),
                             kl_at(L, y, kl_rc(L, i, c, kb_var(k, j)))), true);
    kb_leave(k);
    j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
    KExpr *d = kb_bin(k, KO_SUB, kl_at(L, dy, kl_rc(L, i, c, kb_var(k, j))), kb_var(k, sum));
    kb_store(k, kl_buf(L, r), kl_rc(L, i, c, kb_var(k, j)),
             kb_bin(k, KO_MUL, kl_at(L, y, kl_rc(L, i, c, kb_var(k, j))), d), false);
    kb_leave(k);
    kb_leave(k);
}

/* Softmax-13: over the one axis given, the last (each row) */
static void onnx_softmax(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_attr_int(onnx_node(X, "Softmax", 1, in, out), "axis", -1);
}

const OpDef op_softmax = {
    "softmax", 1, 1, {NULL}, OPF_ACT, ACT_SOFTMAX,
    shape_softmax, grad_softmax, run_softmax, ir_flops_elementwise, lower_softmax, NULL,
    onnx_softmax,
};
const OpDef op_softmax_grad = {
    "softmax_grad", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_softmax_grad, NULL, run_softmax_grad, ir_flops_elementwise, lower_softmax_grad, NULL, NULL,
};

/* ---- the language's calls ------------------------------------------------------- */

static Shape check_same(Checker *c, Expr *e, const Shape *in)
{
    (void)c, (void)e;
    return in[0];
}

/* softmax is over a vector's features: an image has no such axis */
static Shape check_softmax(Checker *c, Expr *e, const Shape *in)
{
    if (in[0].rank > 1) {
        char dims[64];
        diag_error(check_diag(c), check_expr_loc(e), "softmax() takes a vector, got an image (%s)",
                   shape_text(in[0], dims, sizeof dims));
        check_note_operand(c, e->in[0]);
        return (Shape){0};
    }
    return in[0];
}

/* relu(x), softmax(x), ...: the activation's op on x */
static Value *lower_act_call(LowerCtx *L, const Expr *e, const char *name)
{
    Value *x = lower_operand(L, e, 0);
    return ir_emit(lower_graph(L), act_op(e->act), PH_FORWARD, e->loc, name, 1, &x);
}

#define VALUE_X P_VALUE("x", "an input value")
#define ACT_CALL(nm, act) \
    {#nm, 1, {VALUE_X}, act, check_same, NULL, lower_act_call, NULL}

const BuiltinDef bi_relu = ACT_CALL(relu, ACT_RELU);
const BuiltinDef bi_sigmoid = ACT_CALL(sigmoid, ACT_SIGMOID);
const BuiltinDef bi_tanh = ACT_CALL(tanh, ACT_TANH);
const BuiltinDef bi_softmax = {"softmax", 1, {VALUE_X}, ACT_SOFTMAX, check_softmax, NULL, lower_act_call, NULL};
const BuiltinDef bi_silu = ACT_CALL(silu, ACT_SILU);

/* gelu(x, approximate = none | tanh): the exact form or the tanh one */
static Shape check_gelu(Checker *c, Expr *e, const Shape *in)
{
    (void)c;
    e->act = e->argv[1] == 1 ? ACT_GELU_TANH : ACT_GELU;
    return in[0];
}

/* "gelu 64", "gelu(tanh) 64" */
static void dot_gelu(FILE *out, const Expr *e)
{
    fprintf(out, "gelu%s %ld", e->act == ACT_GELU_TANH ? "(tanh)" : "", shape_size(e->shape));
}

static const char *const gelu_forms[] = {"none", "tanh", NULL};

const BuiltinDef bi_gelu = {
    "gelu", 2, {VALUE_X, P_CHOICE("approximate", "none or tanh", gelu_forms)},
    ACT_GELU, check_gelu, NULL, lower_act_call, dot_gelu,
};

static Value *lower_leaky_call(LowerCtx *L, const Expr *e, const char *name)
{
    Value *x = lower_operand(L, e, 0);
    return ir_emit_ex(lower_graph(L), OP_LEAKY_RELU, PH_FORWARD, e->loc, name, 1, &x, 1,
                      &e->argv[1], x->shape);
}

const BuiltinDef bi_leaky_relu = {
    "leaky_relu", 2, {VALUE_X, P_NUMBER("alpha", "a number for alpha", false, NULL, 0.01)},
    ACT_LINEAR, check_same, NULL, lower_leaky_call, NULL,
};
