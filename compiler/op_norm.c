/*
 * op_norm.c - batch normalisation.
 *
 * batch_norm(x, momentum, eps) normalises each channel of an image
 * [C,H,W] (PyTorch's BatchNorm2d) or each feature of a vector [C]
 * (BatchNorm1d) over the batch, then scales and shifts it by the layer's
 * parameters NAME.weight (gamma, ones) and NAME.bias (beta, zeros).  Its
 * buffers NAME.running_mean, NAME.running_var and NAME.num_batches_tracked
 * (VK_BUFFER: checkpointed, no gradient) follow the batches' statistics
 * while training and replace them when predicting.
 *
 *   %L.stats [2,C] = bn_stats %x, %L.running_mean, %L.running_var, %L.num_batches_tracked
 *       training: row 0 the batch's mean, row 1 1/sqrt(biased variance + eps),
 *       and the running statistics updated in place (the variance unbiased);
 *       predicting: the same rows from the running statistics
 *   %L [...] = bn_apply %x, %L.stats, %L.weight, %L.bias      (act= an epilogue)
 * Backward, from dy (the statistics are functions of x: their share of
 * the derivative is in bn_grad_x, so %L.stats passes no gradient on,
 * OPF_STOP_GRAD):
 *   %d.L.weight [C] = bn_dgamma %dy, %x, %L.stats     sum dy * xhat
 *   %d.L.bias [C]   = bn_dbeta %dy                     sum dy
 *   %d.x            = bn_grad_x %dy, %x, %L.stats, %L.weight, %d.L.weight, %d.L.bias
 *       gamma * invstd / N * (N dy - dbeta - xhat dgamma)
 * Passes over the activations: forward two (the statistics read x twice,
 * for the mean and then the centred variance, in one op; the
 * normalisation one more), backward three (dgamma, dbeta, dx).  PyTorch's
 * CPU kernel: three forward, two backward.
 */
#include "kernel.h"

#include <math.h>
#include <string.h>

enum { BN_MOMENTUM, BN_EPS };

/* C channels of P pixels each per row: [B,C] P = 1, [B,C,H,W] P = H*W */
static long channels(Shape x)
{
    return x.dims[1];
}

static long pixels(Shape x)
{
    return x.rank == 4 ? x.dims[2] * x.dims[3] : 1;
}

static bool batched_channels(Shape x, ShapeErr *e)
{
    if ((x.rank == 2 || x.rank == 4) && ir_batched(x))
        return true;
    return ir_shape_fail(e, "batch norm needs [B,C] or [B,C,H,W]", x, x);
}

static bool need_vec(Shape v, long c, ShapeErr *e)
{
    if (v.rank == 1 && v.dims[0] == c)
        return true;
    return ir_shape_fail(e, "batch norm: a per-channel vector of the wrong size", v, ir_shape(1, c, 0));
}

/* (x, running_mean[C], running_var[C], num_batches_tracked[1]) -> [2,C] */
static bool shape_bn_stats(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    if (!batched_channels(x, e))
        return false;
    long c = channels(x);
    if (!need_vec(op->args[1]->shape, c, e) || !need_vec(op->args[2]->shape, c, e) ||
        !need_vec(op->args[3]->shape, 1, e))
        return false;
    *out = ir_shape(2, 2, c);
    return true;
}

/* (x, stats[2,C], gamma[C], beta[C]) -> x's shape */
static bool shape_bn_apply(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    if (!batched_channels(x, e))
        return false;
    long c = channels(x);
    if (!ir_shape_eq(op->args[1]->shape, ir_shape(2, 2, c)))
        return ir_shape_fail(e, "bn_apply: stats are not [2,C]", op->args[1]->shape, x);
    if (!need_vec(op->args[2]->shape, c, e) || !need_vec(op->args[3]->shape, c, e))
        return false;
    *out = x;
    return true;
}

/* (dy, x, stats) -> [C] */
static bool shape_bn_dgamma(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!batched_channels(dy, e) || !ir_shape_eq(dy, op->args[1]->shape))
        return batched_channels(dy, e) && ir_shape_fail(e, "bn_dgamma: dy and x differ", dy, op->args[1]->shape);
    *out = ir_shape(1, channels(dy), 0);
    return true;
}

/* (dy) -> [C] */
static bool shape_bn_dbeta(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!batched_channels(dy, e))
        return false;
    *out = ir_shape(1, channels(dy), 0);
    return true;
}

/* (dy, x, stats, gamma, dgamma, dbeta) -> x's shape */
static bool shape_bn_grad_x(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!batched_channels(dy, e))
        return false;
    if (!ir_shape_eq(dy, op->args[1]->shape))
        return ir_shape_fail(e, "bn_grad_x: dy and x differ", dy, op->args[1]->shape);
    *out = dy;
    return true;
}

/* ---- derivative rules ------------------------------------------------------- */

static void grad_none(AD *ad, const Op *op, Value *dy)
{
    (void)ad, (void)op, (void)dy;
}

static void grad_bn_apply(AD *ad, const Op *op, Value *dy)
{
    Graph *g = ad_graph(ad);
    Value *x = op->args[0], *stats = op->args[1], *gamma = op->args[2], *beta = op->args[3];
    Value *dgamma = ir_emit(g, OP_BN_DGAMMA, PH_BACKWARD, op->loc, ad_share_name(ad, gamma), 3,
                            (Value *[]){dy, x, stats});
    Value *dbeta = ir_emit(g, OP_BN_DBETA, PH_BACKWARD, op->loc, ad_share_name(ad, beta), 1, &dy);
    if (ad_needed(ad, x))
        ad_give(ad, x, ir_emit(g, OP_BN_GRAD_X, PH_BACKWARD, op->loc, ad_share_name(ad, x), 6,
                               (Value *[]){dy, x, stats, gamma, dgamma, dbeta}));
    if (ad_needed(ad, gamma))
        ad_give(ad, gamma, dgamma);
    if (ad_needed(ad, beta))
        ad_give(ad, beta, dbeta);
}

/* ---- reference semantics ----------------------------------------------------- */

/* x[b, c, p] in a [B,C,P] view */
#define AT(b, c, p) (((b) * C + (c)) * P + (p))

static void run_bn_stats(Interp *in, const Op *op, bool training)
{
    const Shape xs = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), C = channels(xs), P = pixels(xs), N = B * P;
    double *st = interp_v(in, op->result), *x = interp_v(in, op->args[0]);
    double *rm = interp_v(in, op->args[1]), *rv = interp_v(in, op->args[2]), *nbt = interp_v(in, op->args[3]);
    double m = op->attr[BN_MOMENTUM], eps = op->attr[BN_EPS];
    for (long c = 0; c < C; c++) {
        if (!training) {
            st[c] = rm[c];
            st[C + c] = 1 / sqrt(rv[c] + eps);
            continue;
        }
        double s = 0, ss = 0;
        for (long b = 0; b < B; b++)
            for (long p = 0; p < P; p++)
                s += x[AT(b, c, p)];
        double mean = s / (double)N;
        for (long b = 0; b < B; b++)
            for (long p = 0; p < P; p++)
                ss += (x[AT(b, c, p)] - mean) * (x[AT(b, c, p)] - mean);
        st[c] = mean;
        st[C + c] = 1 / sqrt(ss / (double)N + eps);
        if (N > 1) {
            rm[c] = (1 - m) * rm[c] + m * mean;
            rv[c] = (1 - m) * rv[c] + m * ss / (double)(N - 1);
        }
    }
    if (training && N > 1)
        nbt[0] += 1;
}

static void run_bn_apply(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape xs = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), C = channels(xs), P = pixels(xs);
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]), *st = interp_v(in, op->args[1]);
    double *gm = interp_v(in, op->args[2]), *bt = interp_v(in, op->args[3]);
    for (long b = 0; b < B; b++)
        for (long c = 0; c < C; c++)
            for (long p = 0; p < P; p++)
                y[AT(b, c, p)] = (x[AT(b, c, p)] - st[c]) * st[C + c] * gm[c] + bt[c];
}

static void run_bn_dgamma(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape xs = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), C = channels(xs), P = pixels(xs);
    double *r = interp_v(in, op->result), *dy = interp_v(in, op->args[0]), *x = interp_v(in, op->args[1]);
    double *st = interp_v(in, op->args[2]);
    for (long c = 0; c < C; c++) {
        double s = 0;
        for (long b = 0; b < B; b++)
            for (long p = 0; p < P; p++)
                s += dy[AT(b, c, p)] * (x[AT(b, c, p)] - st[c]) * st[C + c];
        r[c] = s;
    }
}

static void run_bn_dbeta(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape xs = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), C = channels(xs), P = pixels(xs);
    double *r = interp_v(in, op->result), *dy = interp_v(in, op->args[0]);
    for (long c = 0; c < C; c++) {
        double s = 0;
        for (long b = 0; b < B; b++)
            for (long p = 0; p < P; p++)
                s += dy[AT(b, c, p)];
        r[c] = s;
    }
}

static void run_bn_grad_x(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape xs = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), C = channels(xs), P = pixels(xs);
    double N = (double)(B * P);
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]), *x = interp_v(in, op->args[1]);
    double *st = interp_v(in, op->args[2]), *gm = interp_v(in, op->args[3]);
    double *dg = interp_v(in, op->args[4]), *db = interp_v(in, op->args[5]);
    for (long b = 0; b < B; b++)
        for (long c = 0; c < C; c++)
            for (long p = 0; p < P; p++) {
                double xhat = (x[AT(b, c, p)] - st[c]) * st[C + c];
                dx[AT(b, c, p)] = gm[c] * st[C + c] / N * (N * dy[AT(b, c, p)] - db[c] - xhat * dg[c]);
            }
}

#undef AT

/* ---- FLOPs per sample ----------------------------------------------------------- */

static double flops_per_elem(const Op *op, double k)
{
    return k * (double)ir_row_size(op->args[0]->shape);
}

static double flops_bn_stats(const Graph *g, const Op *op)
{
    (void)g;
    return flops_per_elem(op, 4);
}

static double flops_bn_apply(const Graph *g, const Op *op)
{
    (void)g;
    return flops_per_elem(op, 3 + 2 * (op->act != ACT_LINEAR));
}

static double flops_bn_grad(const Graph *g, const Op *op)
{
    (void)g;
    return flops_per_elem(op, 4);
}

/* ---- loops ------------------------------------------------------------------------ */

static KExpr *I(KB *k, long v)
{
    return kb_i(k, v);
}

static KExpr *V(KB *k, KVar *v)
{
    return kb_var(k, v);
}

/* a * b + c rounded twice, in both backends: C's a * b + c is not
 * contracted under -std=c11, LLVM's fma would be, and the two must agree
 * where a max pool's near-ties read the result */
static KExpr *muladd(KB *k, KExpr *a, KExpr *b, KExpr *c)
{
    return kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, a, b), c);
}

/* A batch-norm op's loops: channel c, image b, the plane's first float
 * base = (b*C + c)*P and pixel p.  The sums take the channel outermost
 * (open_channel, then kl_channel_sum over the images), so each channel's
 * sum is one chain whatever the threads. */
typedef struct Loops {
    KVar *c, *b, *base, *p;
} Loops;

static KVar *open_channel(KL *L, long C, long P)
{
    return kl_batch_loop(L, "ch", I(kl_kb(L), C), C * P, 0);
}

/* The elementwise ops (normalising, the input's gradient) take the
 * images outermost instead, then the channels: across threads they split
 * the batch by images, as the convolutions and pools before and after
 * them do, so each thread reads what it wrote.  Split by channels, every
 * thread read half of its rows from the other core's cache, and on two
 * threads these ops ran slower than on one (fashion_cnn: 0.16 -> 0.20 ms).
 * The same floats: each element is computed alone. */
static void open_image_channel(KL *L, Loops *l, long C, long P)
{
    KB *k = kl_kb(L);
    l->b = kl_batch_loop(L, "img", kb_n(k), C * P, 0);
    l->c = kb_loop0(k, "ch", I(k, C), 0);
}

static void open_pixels(KB *k, Loops *l, long C, long P)
{
    l->base = kb_let(k, "at", kb_bin(k, KO_MUL, kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, V(k, l->b), I(k, C)),
                                                      V(k, l->c)), I(k, P)));
    l->p = kb_loop0(k, "px", I(k, P), KL_VECTOR);
}

static KExpr *at(KB *k, const Loops *l)
{
    return kb_bin(k, KO_ADD, V(k, l->base), V(k, l->p));
}

static void close_rows(KB *k)
{
    kb_leave(k);
    kb_leave(k);
}

/* N = n * P as a float */
static KExpr *count_f(KB *k, long P)
{
    return kb_un(k, KO_TO_F32, kb_bin(k, KO_MUL, kb_n(k), I(k, P)));
}

static void lower_bn_stats(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape xs = op->args[0]->shape;
    long C = channels(xs), P = pixels(xs);
    KBuf *st = kl_buf(L, op->result), *x = kl_buf(L, op->args[0]);
    KBuf *rm = kl_buf(L, op->args[1]), *rv = kl_buf(L, op->args[2]);
    double m = op->attr[BN_MOMENTUM], eps = op->attr[BN_EPS];
    Loops l;
    l.c = open_channel(L, C, P);
    KExpr *cc = V(k, l.c), *cvar = kb_bin(k, KO_ADD, I(k, C), V(k, l.c));
    if (!kl_training(L)) {
        kb_store(k, st, cc, kb_load(k, rm, cc), false);
        kb_store(k, st, cvar, kb_bin(k, KO_DIV, kb_f(k, 1),
                                     kb_un(k, KO_SQRT, kb_bin(k, KO_ADD, kb_load(k, rv, cc), kb_f(k, eps)))),
                 false);
        kb_leave(k);
        return;
    }
    KVar *s = kl_channel_sum(L, l.c, C, P, &(KSumTerm){.a = x}, "sum");
    KVar *N = kb_let(k, "count", count_f(k, P));
    KVar *mean = kb_let(k, "mean", kb_bin(k, KO_DIV, V(k, s), V(k, N)));
    KVar *ss = kl_channel_sum(L, l.c, C, P, &(KSumTerm){.a = x, .am = mean, .b = x, .bm = mean}, "sq");
    kb_store(k, st, cc, V(k, mean), false);
    kb_store(k, st, cvar, kb_bin(k, KO_DIV, kb_f(k, 1),
                                 kb_un(k, KO_SQRT, kb_bin(k, KO_ADD, kb_bin(k, KO_DIV, V(k, ss), V(k, N)),
                                                          kb_f(k, eps)))),
             false);
    /* the running statistics, the variance unbiased: not from one value
     * per channel (PyTorch refuses such a batch) */
    kb_if(k, kb_bin(k, KO_LT, kb_f(k, 1), V(k, N)));
    kb_store(k, rm, cc, muladd(k, kb_f(k, 1 - m), kb_load(k, rm, cc), kb_bin(k, KO_MUL, kb_f(k, m), V(k, mean))),
             false);
    kb_store(k, rv, cc,
             muladd(k, kb_f(k, 1 - m), kb_load(k, rv, cc),
                    kb_bin(k, KO_MUL, kb_f(k, m),
                           kb_bin(k, KO_DIV, V(k, ss), kb_bin(k, KO_SUB, V(k, N), kb_f(k, 1))))),
             false);
    kb_leave(k);
    kb_leave(k);   /* c */
    /* one more batch counted */
    KExpr *n1 = kb_bin(k, KO_MUL, kb_n(k), I(k, P));
    kb_if(k, kb_bin(k, KO_LT, I(k, 1), n1));
    kb_store(k, kl_buf(L, op->args[3]), I(k, 0), kb_bin(k, KO_ADD, kl_at(L, op->args[3], I(k, 0)), kb_f(k, 1)),
             false);
    kb_leave(k);
}

/* y = (x - mean) * (invstd * gamma) + beta, then act */
static void lower_bn_apply(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape xs = op->args[0]->shape;
    long C = channels(xs), P = pixels(xs);
    KBuf *y = kl_buf(L, op->result), *x = kl_buf(L, op->args[0]), *st = kl_buf(L, op->args[1]);
    Loops l;
    open_image_channel(L, &l, C, P);
    KExpr *cc = V(k, l.c);
    KVar *mean = kb_let(k, "mean", kb_load(k, st, cc));
    KVar *scale = kb_let(k, "scale", kb_bin(k, KO_MUL, kb_load(k, st, kb_bin(k, KO_ADD, I(k, C), cc)),
                                           kl_at(L, op->args[2], cc)));
    KVar *shift = kb_let(k, "shift", kl_at(L, op->args[3], cc));
    open_pixels(k, &l, C, P);
    KExpr *v = muladd(k, kb_bin(k, KO_SUB, kb_load(k, x, at(k, &l)), V(k, mean)), V(k, scale), V(k, shift));
    kb_store(k, y, at(k, &l), act_kexpr(k, op->act, v), false);
    close_rows(k);
    kb_leave(k);
}

static void lower_bn_dgamma(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape xs = op->args[0]->shape;
    long C = channels(xs), P = pixels(xs);
    KBuf *dy = kl_buf(L, op->args[0]), *x = kl_buf(L, op->args[1]), *st = kl_buf(L, op->args[2]);
    Loops l;
    l.c = open_channel(L, C, P);
    KExpr *cc = V(k, l.c);
    KVar *mean = kb_let(k, "mean", kb_load(k, st, cc));
    KVar *s = kl_channel_sum(L, l.c, C, P, &(KSumTerm){.a = dy, .b = x, .bm = mean}, "acc");
    kb_store(k, kl_buf(L, op->result), cc,
             kb_bin(k, KO_MUL, V(k, s), kb_load(k, st, kb_bin(k, KO_ADD, I(k, C), cc))), false);
    kb_leave(k);
}

static void lower_bn_dbeta(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape xs = op->args[0]->shape;
    long C = channels(xs), P = pixels(xs);
    KBuf *dy = kl_buf(L, op->args[0]);
    Loops l;
    l.c = open_channel(L, C, P);
    KVar *s = kl_channel_sum(L, l.c, C, P, &(KSumTerm){.a = dy}, "acc");
    kb_store(k, kl_buf(L, op->result), V(k, l.c), V(k, s), false);
    kb_leave(k);
}

/* dx = gamma * invstd / N * (N dy - dbeta - xhat * dgamma), as
 * dx = a * dy - b * (x - mean) - c per channel (dgamma holds one invstd):
 *   a = gamma invstd,  b = a invstd dgamma / N,  c = a dbeta / N */
static void lower_bn_grad_x(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape xs = op->args[0]->shape;
    long C = channels(xs), P = pixels(xs);
    KBuf *dx = kl_buf(L, op->result), *dy = kl_buf(L, op->args[0]), *x = kl_buf(L, op->args[1]);
    KBuf *st = kl_buf(L, op->args[2]);
    Loops l;
    open_image_channel(L, &l, C, P);
    KExpr *cc = V(k, l.c);
    KVar *mean = kb_let(k, "mean", kb_load(k, st, cc));
    KVar *inv = kb_let(k, "invstd", kb_load(k, st, kb_bin(k, KO_ADD, I(k, C), cc)));
    KVar *N = kb_let(k, "count", count_f(k, P));
    KVar *a = kb_let(k, "ka", kb_bin(k, KO_MUL, kl_at(L, op->args[3], cc), V(k, inv)));
    KVar *b = kb_let(k, "kb", kb_bin(k, KO_DIV, kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, V(k, a), V(k, inv)),
                                                      kl_at(L, op->args[4], cc)),
                                    V(k, N)));
    KVar *c = kb_let(k, "kc", kb_bin(k, KO_DIV, kb_bin(k, KO_MUL, V(k, a), kl_at(L, op->args[5], cc)), V(k, N)));
    open_pixels(k, &l, C, P);
    KExpr *v = kb_bin(k, KO_SUB,
                      kb_bin(k, KO_SUB, kb_bin(k, KO_MUL, V(k, a), kb_load(k, dy, at(k, &l))),
                             kb_bin(k, KO_MUL, V(k, b), kb_bin(k, KO_SUB, kb_load(k, x, at(k, &l)), V(k, mean)))),
                      V(k, c));
    kb_store(k, dx, at(k, &l), v, false);
    close_rows(k);
    kb_leave(k);
}

/* ---- the table's rows ------------------------------------------------------------------- */

/* ONNX: batch norm in inference mode is one BatchNormalization node
 * (x, scale, bias, running mean, running var) with the epsilon and the
 * momentum (ONNX's is the weight of the old statistics: 1 - nnc's); the
 * statistics op computes nothing there (the node reads the running
 * statistics, the stats op's operands 1 and 2). */
static void onnx_bn_stats(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)X, (void)op, (void)in, (void)out;
}

static void onnx_bn_apply(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    const Op *stats = op->args[1]->def;
    const char *args[5] = {in[0], in[2], in[3], onnx_name(X, stats->args[1]), onnx_name(X, stats->args[2])};
    OnnxNode *n = onnx_node(X, "BatchNormalization", 5, args, out);
    onnx_attr_float(n, "epsilon", stats->attr[1]);
    onnx_attr_float(n, "momentum", 1 - stats->attr[0]);   /* ONNX's keeps that much of the old */
}

const OpDef op_bn_stats = {
    "bn_stats", 4, 4, {"momentum", "eps", NULL}, OPF_MODE | OPF_STOP_GRAD, ACT_LINEAR,
    shape_bn_stats, grad_none, run_bn_stats, flops_bn_stats, lower_bn_stats, NULL, onnx_bn_stats,
};
const OpDef op_bn_apply = {
    "bn_apply", 4, 4, {NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_bn_apply, grad_bn_apply, run_bn_apply, flops_bn_apply, lower_bn_apply, NULL, onnx_bn_apply,
};
const OpDef op_bn_dgamma = {
    "bn_dgamma", 3, 3, {NULL}, 0, ACT_LINEAR,
    shape_bn_dgamma, NULL, run_bn_dgamma, flops_bn_grad, lower_bn_dgamma, NULL, NULL,
};
const OpDef op_bn_dbeta = {
    "bn_dbeta", 1, 1, {NULL}, 0, ACT_LINEAR,
    shape_bn_dbeta, NULL, run_bn_dbeta, flops_bn_grad, lower_bn_dbeta, NULL, NULL,
};
const OpDef op_bn_grad_x = {
    "bn_grad_x", 6, 6, {NULL}, 0, ACT_LINEAR,
    shape_bn_grad_x, NULL, run_bn_grad_x, flops_bn_grad, lower_bn_grad_x, NULL, NULL,
};

/* ---- the language's call ---------------------------------------------------------------- */

/* 0 <= momentum <= 1, eps > 0 */
static bool valid_momentum(Checker *c, const Expr *call, const Expr *v)
{
    (void)call;
    if (v->num >= 0 && v->num <= 1)
        return true;
    diag_error(check_diag(c), v->loc, "batch_norm momentum must be from 0 to 1, got '%s'", v->text);
    return false;
}

static bool valid_eps(Checker *c, const Expr *call, const Expr *v)
{
    (void)call;
    if (v->num > 0)
        return true;
    diag_error(check_diag(c), v->loc, "batch_norm eps must be above 0, got '%s'", v->text);
    return false;
}

static Shape check_batch_norm(Checker *c, Expr *e, const Shape *in)
{
    (void)c, (void)e;
    return in[0];
}

/* weight and bias, per channel */
static long batch_norm_params(const Expr *e)
{
    return 2 * expr_shape(e->in[0]).dims[0];
}

static Value *lower_batch_norm_call(LowerCtx *L, const Expr *e, const char *name)
{
    Graph *g = lower_graph(L);
    long C = expr_shape(e->in[0]).dims[0];
    Value *gamma = lower_param(L, e, "weight", ir_shape(1, C, 0), C, C);
    gamma->ones = true;
    Value *beta = lower_param(L, e, "bias", ir_shape(1, C, 0), C, C);
    Value *rm = lower_buffer(L, e, "running_mean", ir_shape(1, C, 0), false);
    Value *rv = lower_buffer(L, e, "running_var", ir_shape(1, C, 0), true);
    Value *nbt = lower_buffer(L, e, "num_batches_tracked", ir_shape(1, 1, 0), false);
    Value *x = lower_operand(L, e, 0);
    Shape xs = expr_shape(e->in[0]);   /* per sample: [C] or [C, H, W] */
    if (!g->bn_single && (xs.rank == 1 || xs.dims[1] * xs.dims[2] == 1))
        g->bn_single = e->layer;   /* a training batch of one row is refused (runtime/model.c) */
    double attr[2] = {e->argv[1], e->argv[2]};
    Value *st = ir_emit_ex(g, OP_BN_STATS, PH_FORWARD, e->loc, arena_printf(g->arena, "%s.stats", e->layer), 4,
                           (Value *[]){x, rm, rv, nbt}, 2, attr, (Shape){0});
    return ir_emit(g, OP_BN_APPLY, PH_FORWARD, e->loc, name, 4, (Value *[]){x, st, gamma, beta});
}

const BuiltinDef bi_batch_norm = {
    "batch_norm", 3,
    {P_VALUE("x", "an input value"), P_NUMBER("momentum", "a momentum", false, valid_momentum, 0.1),
     P_NUMBER("eps", "an epsilon", false, valid_eps, 1e-5)},
    ACT_LINEAR, check_batch_norm, batch_norm_params, lower_batch_norm_call, NULL,
};
