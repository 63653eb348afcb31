/*
 * op_conv.c - convolutions and pooling over images.
 *
 * A batch of images is [B,C,H,W], row-major (PyTorch's contiguous NCHW):
 * each row of the batch is one sample's C*H*W floats, so every
 * elementwise op, dropout, add and concat (along channels: a row join)
 * work on images unchanged, and flatten is a copy that only renames the
 * shape.
 *
 * conv2d(x, filters, kernel, stride, padding, groups, act, bias) lowers to
 * one graph op, conv2d (x[B,C,H,W], w[F,C/g,k,k][, b[F]]), whose act= is
 * an epilogue like a dense layer's.  Its derivative is three ops:
 * conv2d_dx (dy, w) the input's gradient, conv2d_dw (dy, x) the weight's,
 * sum_channels (dy) the bias's.  Padding is two numbers, `pad` before
 * (top, left) and `pad_end` after (bottom, right): `same` with an even
 * kernel pads one more after, as PyTorch does.
 *
 * The loops: per image and group, the patches the filters see are
 * unfolded into a scratch matrix col[K,P] (K = C/g*k*k rows, one per
 * filter tap; P = H'*W' columns, one per output pixel; taps that fall in
 * the padding are zero), and the three convolutions become gemm.c's
 * register-tiled products on it:
 *   forward   y[F_g,P]  = W_g[F_g,K] col[K,P]        (GEMM_NN), then bias, act
 *   d-input   dcol[K,P] = W_g^T dy[F_g,P]            (GEMM_TN), folded back
 *   d-weight  dW_g     += dy[F_g,P] col[K,P]^T       (GEMM_NT), summed over images
 * The scratch matrices' rows are the output pixels rounded up to whole
 * vectors (p_pad), zeros after the last pixel, so that no product has a
 * scalar tail; with that padding the forward product goes to a scratch
 * copy (bias and act applied as it is copied out) and dy is copied into a
 * padded one for the two gradients.  A 1x1 convolution with stride 1, no
 * padding, one group and whole-vector rows reads x as its col, and writes
 * dx directly: no unfolding.  A depthwise convolution (a filter per
 * channel) is no product at all: see "depthwise convolutions" below.
 *
 * Pools: max_pool2d, avg_pool2d (padding counts as zeros in the mean,
 * count_include_pad) and global_avg_pool ([B,C,H,W] -> [B,C]).  The
 * derivative of a max pool sends dy to the first maximum of the window in
 * row-major order, found again from x (PyTorch's CPU kernel picks the
 * same one), so no argmax buffer is kept between the passes.
 */
#include "kernel.h"

#include <math.h>
#include <string.h>

/* ---- geometry ---------------------------------------------------------------- */

/* One convolution's or pool's sizes: input C x H x W, F filters (a pool:
 * F = C) of k x k, stride s, padding pt before and pb after, g groups,
 * output F x Ho x Wo. */
typedef struct Geom {
    long C, H, W, F, k, s, pt, pb, g, Ho, Wo;
} Geom;

/* attrs: stride, pad, pad_end, groups, then the op's own */
enum { A_STRIDE, A_PAD, A_PAD_END, A_GROUPS, A_EXTRA1, A_EXTRA2 };

static long out_size(long in, long k, long s, long pt, long pb)
{
    return (in + pt + pb - k) / s + 1;
}

static Geom geom_of(const Op *op, Shape x, long F, long k)
{
    Geom gm = {.C = x.dims[1], .H = x.dims[2], .W = x.dims[3], .F = F, .k = k,
               .s = (long)op->attr[A_STRIDE], .pt = (long)op->attr[A_PAD],
               .pb = (long)op->attr[A_PAD_END], .g = (long)op->attr[A_GROUPS]};
    if (gm.g < 1)
        gm.g = 1;
    gm.Ho = out_size(gm.H, k, gm.s, gm.pt, gm.pb);
    gm.Wo = out_size(gm.W, k, gm.s, gm.pt, gm.pb);
    return gm;
}

/* conv2d (x, w[, b]) */
static Geom conv_geom(const Op *op)
{
    const Shape w = op->args[1]->shape;
    return geom_of(op, op->args[0]->shape, w.dims[0], w.dims[2]);
}

/* conv2d_dx (dy, w): the input's size is in attrs height, width */
static Geom dx_geom(const Op *op)
{
    const Shape w = op->args[1]->shape;
    long g = (long)op->attr[A_GROUPS];
    Shape x = {4, {IR_BATCH, w.dims[1] * (g < 1 ? 1 : g), (long)op->attr[A_EXTRA1], (long)op->attr[A_EXTRA2]}};
    return geom_of(op, x, w.dims[0], w.dims[2]);
}

/* conv2d_dw (dy, x): the kernel size is attr kernel */
static Geom dw_geom(const Op *op)
{
    return geom_of(op, op->args[1]->shape, op->args[0]->shape.dims[1], (long)op->attr[A_EXTRA1]);
}

/* pools (x) or their gradients (dy, x): kernel is attr A_GROUPS' place */
enum { P_STRIDE, P_PAD, P_KERNEL };
static Geom pool_geom(const Op *op, Shape x)
{
    long k = (long)op->attr[P_KERNEL], s = (long)op->attr[P_STRIDE], p = (long)op->attr[P_PAD];
    Geom gm = {.C = x.dims[1], .H = x.dims[2], .W = x.dims[3], .F = x.dims[1], .k = k, .s = s,
               .pt = p, .pb = p, .g = x.dims[1]};
    gm.Ho = out_size(gm.H, k, s, p, p);
    gm.Wo = out_size(gm.W, k, s, p, p);
    return gm;
}

static Shape image_batch(long c, long h, long w)
{
    return (Shape){4, {IR_BATCH, c, h, w}};
}

/* ---- shapes ------------------------------------------------------------------ */

static bool need_image(Shape a, ShapeErr *e)
{
    if (a.rank == 4 && ir_batched(a))
        return true;
    return ir_shape_fail(e, "needs a batch of images [B,C,H,W]", a, a);
}

static bool geom_ok(const Geom *gm, ShapeErr *e)
{
    if (gm->s < 1 || gm->k < 1 || gm->pt < 0 || gm->pb < 0 || gm->Ho < 1 || gm->Wo < 1 ||
        gm->C % gm->g || gm->F % gm->g) {
        snprintf(e->msg, sizeof e->msg, "bad window: kernel %ld stride %ld padding %ld/%ld groups %ld on %ldx%ld",
                 gm->k, gm->s, gm->pt, gm->pb, gm->g, gm->H, gm->W);
        return false;
    }
    return true;
}

/* (x[B,C,H,W], w[F,C/g,k,k][, b[F]]) -> [B,F,Ho,Wo] */
static bool shape_conv2d(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape, w = op->args[1]->shape;
    if (!need_image(x, e) || !ir_need_rank(w, 4, e))
        return false;
    Geom gm = conv_geom(op);
    if (!geom_ok(&gm, e))
        return false;
    if (w.dims[1] * gm.g != gm.C || w.dims[2] != w.dims[3])
        return ir_shape_fail(e, "conv2d weight does not fit the input's channels", x, w);
    if (op->nargs > 2 && !(ir_need_rank(op->args[2]->shape, 1, e) && op->args[2]->shape.dims[0] == gm.F))
        return ir_shape_fail(e, "conv2d bias size differs from the filters", w, op->args[2]->shape);
    *out = image_batch(gm.F, gm.Ho, gm.Wo);
    return true;
}

/* (dy[B,F,Ho,Wo], w[F,C/g,k,k]) -> [B,C,H,W] */
static bool shape_conv2d_dx(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape, w = op->args[1]->shape;
    if (!need_image(dy, e) || !ir_need_rank(w, 4, e))
        return false;
    Geom gm = dx_geom(op);
    if (!geom_ok(&gm, e))
        return false;
    if (dy.dims[1] != gm.F || dy.dims[2] != gm.Ho || dy.dims[3] != gm.Wo)
        return ir_shape_fail(e, "conv2d_dx: dy does not fit the convolution", dy, w);
    *out = image_batch(gm.C, gm.H, gm.W);
    return true;
}

/* (dy[B,F,Ho,Wo], x[B,C,H,W]) -> [F,C/g,k,k] */
static bool shape_conv2d_dw(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape, x = op->args[1]->shape;
    if (!need_image(dy, e) || !need_image(x, e))
        return false;
    Geom gm = dw_geom(op);
    if (!geom_ok(&gm, e))
        return false;
    if (dy.dims[2] != gm.Ho || dy.dims[3] != gm.Wo)
        return ir_shape_fail(e, "conv2d_dw: dy does not fit the convolution", dy, x);
    *out = (Shape){4, {gm.F, gm.C / gm.g, gm.k, gm.k}};
    return true;
}

/* (dy[B,F,H,W]) -> [F] */
static bool shape_sum_channels(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!need_image(dy, e))
        return false;
    *out = ir_shape(1, dy.dims[1], 0);
    return true;
}

/* (x[B,C,H,W]) -> [B,C,Ho,Wo] */
static bool shape_pool(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    if (!need_image(x, e))
        return false;
    Geom gm = pool_geom(op, x);
    if (!geom_ok(&gm, e))
        return false;
    *out = image_batch(gm.C, gm.Ho, gm.Wo);
    return true;
}

/* max_pool2d_grad (dy, x) -> [B,C,H,W]: x's */
static bool shape_max_pool_grad(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape, x = op->args[1]->shape;
    if (!need_image(dy, e) || !need_image(x, e))
        return false;
    Geom gm = pool_geom(op, x);
    if (!geom_ok(&gm, e))
        return false;
    if (dy.dims[1] != gm.C || dy.dims[2] != gm.Ho || dy.dims[3] != gm.Wo)
        return ir_shape_fail(e, "max_pool2d_grad: dy does not fit the pool", dy, x);
    *out = x;
    return true;
}

/* avg_pool2d_grad (dy) -> [B,C,H,W], H and W from attrs */
static bool shape_avg_pool_grad(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!need_image(dy, e))
        return false;
    Shape x = image_batch(dy.dims[1], (long)op->attr[P_KERNEL + 1], (long)op->attr[P_KERNEL + 2]);
    Geom gm = pool_geom(op, x);
    if (!geom_ok(&gm, e))
        return false;
    if (dy.dims[2] != gm.Ho || dy.dims[3] != gm.Wo)
        return ir_shape_fail(e, "avg_pool2d_grad: dy does not fit the pool", dy, x);
    *out = x;
    return true;
}

/* (x[B,C,H,W]) -> [B,C] */
static bool shape_global_avg_pool(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    if (!need_image(x, e))
        return false;
    *out = ir_shape(2, IR_BATCH, x.dims[1]);
    return true;
}

/* (dy[B,C]) -> [B,C,H,W], H and W from attrs */
static bool shape_global_avg_pool_grad(const Op *op, Shape *out, ShapeErr *e)
{
    Shape dy = op->args[0]->shape;
    if (!ir_need_rank(dy, 2, e))
        return false;
    if (op->attr[0] < 1 || op->attr[1] < 1) {
        snprintf(e->msg, sizeof e->msg, "global_avg_pool_grad: bad size %gx%g", op->attr[0], op->attr[1]);
        return false;
    }
    *out = image_batch(dy.dims[1], (long)op->attr[0], (long)op->attr[1]);
    return true;
}

/* ---- derivative rules --------------------------------------------------------- */

/* The share of operand `slot` as op k of (a[, b]) with attrs. */
static void share_ex(AD *ad, const Op *op, int slot, OpKind k, Value *a, Value *b, int nattr,
                     const double *attr)
{
    const Value *v = op->args[slot];
    if (!ad_needed(ad, v))
        return;
    Value *args[2] = {a, b};
    ad_give(ad, v, ir_emit_ex(ad_graph(ad), k, PH_BACKWARD, op->loc, ad_share_name(ad, v), b ? 2 : 1,
                              args, nattr, attr, v->shape));
}

/* y = conv(x, W) + b:  dx = conv2d_dx(dy, W),  dW = conv2d_dw(dy, x),
 * db = dy summed over images and pixels, per filter */
static void grad_conv2d(AD *ad, const Op *op, Value *dy)
{
    Geom gm = conv_geom(op);
    double base[4] = {op->attr[A_STRIDE], op->attr[A_PAD], op->attr[A_PAD_END], op->attr[A_GROUPS]};
    double dx[6] = {base[0], base[1], base[2], base[3], (double)gm.H, (double)gm.W};
    double dw[5] = {base[0], base[1], base[2], base[3], (double)gm.k};
    share_ex(ad, op, 0, OP_CONV2D_DX, dy, op->args[1], 6, dx);
    share_ex(ad, op, 1, OP_CONV2D_DW, dy, op->args[0], 5, dw);
    if (op->nargs > 2)
        share_ex(ad, op, 2, OP_SUM_CHANNELS, dy, NULL, 0, NULL);
}

static void grad_max_pool(AD *ad, const Op *op, Value *dy)
{
    share_ex(ad, op, 0, OP_MAX_POOL2D_GRAD, dy, op->args[0], 3, op->attr);
}

static void grad_avg_pool(AD *ad, const Op *op, Value *dy)
{
    const Shape x = op->args[0]->shape;
    double a[5] = {op->attr[0], op->attr[1], op->attr[2], (double)x.dims[2], (double)x.dims[3]};
    share_ex(ad, op, 0, OP_AVG_POOL2D_GRAD, dy, NULL, 5, a);
}

static void grad_global_avg_pool(AD *ad, const Op *op, Value *dy)
{
    const Shape x = op->args[0]->shape;
    double a[2] = {(double)x.dims[2], (double)x.dims[3]};
    share_ex(ad, op, 0, OP_GLOBAL_AVG_POOL_GRAD, dy, NULL, 2, a);
}

/* ---- reference semantics ---------------------------------------------------------- */

/* The input pixel a tap reads: in range, or -1 in the padding. */
static long tap(long o, long kk, const Geom *gm, long size)
{
    long i = o * gm->s + kk - gm->pt;
    return i >= 0 && i < size ? i : -1;
}

/* y[b,f,oh,ow] = b[f] + sum_{c,kh,kw} x[b, g*Cg + c, ih, iw] w[f,c,kh,kw] */
static void run_conv2d(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = conv_geom(op);
    long B = interp_rows(in, op->args[0]), Cg = gm.C / gm.g, Fg = gm.F / gm.g;
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]), *w = interp_v(in, op->args[1]);
    double *bias = op->nargs > 2 ? interp_v(in, op->args[2]) : NULL;
    for (long b = 0; b < B; b++)
        for (long f = 0; f < gm.F; f++)
            for (long oh = 0; oh < gm.Ho; oh++)
                for (long ow = 0; ow < gm.Wo; ow++) {
                    double s = bias ? bias[f] : 0;
                    long c0 = f / Fg * Cg;
                    for (long c = 0; c < Cg; c++)
                        for (long kh = 0; kh < gm.k; kh++) {
                            long ih = tap(oh, kh, &gm, gm.H);
                            if (ih < 0)
                                continue;
                            for (long kw = 0; kw < gm.k; kw++) {
                                long iw = tap(ow, kw, &gm, gm.W);
                                if (iw >= 0)
                                    s += x[((b * gm.C + c0 + c) * gm.H + ih) * gm.W + iw] *
                                         w[((f * Cg + c) * gm.k + kh) * gm.k + kw];
                            }
                        }
                    y[((b * gm.F + f) * gm.Ho + oh) * gm.Wo + ow] = s;
                }
}

/* dx[b, c, ih, iw] = sum over the outputs that read it of dy w */
static void run_conv2d_dx(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = dx_geom(op);
    long B = interp_rows(in, op->args[0]), Cg = gm.C / gm.g, Fg = gm.F / gm.g;
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]), *w = interp_v(in, op->args[1]);
    memset(dx, 0, sizeof *dx * (size_t)(B * gm.C * gm.H * gm.W));
    for (long b = 0; b < B; b++)
        for (long f = 0; f < gm.F; f++)
            for (long oh = 0; oh < gm.Ho; oh++)
                for (long ow = 0; ow < gm.Wo; ow++) {
                    double d = dy[((b * gm.F + f) * gm.Ho + oh) * gm.Wo + ow];
                    long c0 = f / Fg * Cg;
                    for (long c = 0; c < Cg; c++)
                        for (long kh = 0; kh < gm.k; kh++) {
                            long ih = tap(oh, kh, &gm, gm.H);
                            for (long kw = 0; kw < gm.k && ih >= 0; kw++) {
                                long iw = tap(ow, kw, &gm, gm.W);
                                if (iw >= 0)
                                    dx[((b * gm.C + c0 + c) * gm.H + ih) * gm.W + iw] +=
                                        d * w[((f * Cg + c) * gm.k + kh) * gm.k + kw];
                            }
                        }
                }
}

/* dW[f,c,kh,kw] = sum over images and outputs of dy x */
static void run_conv2d_dw(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = dw_geom(op);
    long B = interp_rows(in, op->args[0]), Cg = gm.C / gm.g, Fg = gm.F / gm.g;
    double *dw = interp_v(in, op->result), *dy = interp_v(in, op->args[0]), *x = interp_v(in, op->args[1]);
    memset(dw, 0, sizeof *dw * (size_t)(gm.F * Cg * gm.k * gm.k));
    for (long b = 0; b < B; b++)
        for (long f = 0; f < gm.F; f++)
            for (long oh = 0; oh < gm.Ho; oh++)
                for (long ow = 0; ow < gm.Wo; ow++) {
                    double d = dy[((b * gm.F + f) * gm.Ho + oh) * gm.Wo + ow];
                    long c0 = f / Fg * Cg;
                    for (long c = 0; c < Cg; c++)
                        for (long kh = 0; kh < gm.k; kh++) {
                            long ih = tap(oh, kh, &gm, gm.H);
                            for (long kw = 0; kw < gm.k && ih >= 0; kw++) {
                                long iw = tap(ow, kw, &gm, gm.W);
                                if (iw >= 0)
                                    dw[((f * Cg + c) * gm.k + kh) * gm.k + kw] +=
                                        d * x[((b * gm.C + c0 + c) * gm.H + ih) * gm.W + iw];
                            }
                        }
                }
}

static void run_sum_channels(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape dy = op->args[0]->shape;
    long B = interp_rows(in, op->args[0]), F = dy.dims[1], P = dy.dims[2] * dy.dims[3];
    double *db = interp_v(in, op->result), *d = interp_v(in, op->args[0]);
    for (long f = 0; f < F; f++) {
        double s = 0;
        for (long b = 0; b < B; b++)
            for (long p = 0; p < P; p++)
                s += d[(b * F + f) * P + p];
        db[f] = s;
    }
}

/* The first maximum of a window in row-major order (a later tap must be
 * greater), as an index into the image plane; -1 when no tap is greater
 * than -inf (all -inf or NaN), which then passes no gradient on.  The
 * kernels below do the same. */
static long window_argmax(const double *plane, long oh, long ow, const Geom *gm)
{
    long best = -1;
    double bv = -INFINITY;
    for (long kh = 0; kh < gm->k; kh++) {
        long ih = tap(oh, kh, gm, gm->H);
        for (long kw = 0; kw < gm->k && ih >= 0; kw++) {
            long iw = tap(ow, kw, gm, gm->W);
            if (iw >= 0 && plane[ih * gm->W + iw] > bv) {
                best = ih * gm->W + iw;
                bv = plane[best];
            }
        }
    }
    return best;
}

static void run_max_pool(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = pool_geom(op, op->args[0]->shape);
    long planes = interp_rows(in, op->args[0]) * gm.C;
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]);
    for (long q = 0; q < planes; q++)
        for (long oh = 0; oh < gm.Ho; oh++)
            for (long ow = 0; ow < gm.Wo; ow++) {
                const double *plane = x + q * gm.H * gm.W;
                long at = window_argmax(plane, oh, ow, &gm);
                y[(q * gm.Ho + oh) * gm.Wo + ow] = at < 0 ? -INFINITY : plane[at];
            }
}

static void run_max_pool_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = pool_geom(op, op->args[1]->shape);
    long planes = interp_rows(in, op->args[1]) * gm.C;
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]), *x = interp_v(in, op->args[1]);
    memset(dx, 0, sizeof *dx * (size_t)(planes * gm.H * gm.W));
    for (long q = 0; q < planes; q++)
        for (long oh = 0; oh < gm.Ho; oh++)
            for (long ow = 0; ow < gm.Wo; ow++) {
                long at = window_argmax(x + q * gm.H * gm.W, oh, ow, &gm);
                if (at < 0)
                    continue;
                double d = dy[(q * gm.Ho + oh) * gm.Wo + ow];
                if (op->act != ACT_LINEAR)    /* fuse.c's act=: the pool input's act' */
                    d *= act_def(op->act)->df(x[q * gm.H * gm.W + at]);
                dx[q * gm.H * gm.W + at] += d;
            }
}

/* The mean of the window, padding counted as zeros: divided by k*k */
static void run_avg_pool(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = pool_geom(op, op->args[0]->shape);
    long planes = interp_rows(in, op->args[0]) * gm.C;
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]);
    for (long q = 0; q < planes; q++)
        for (long oh = 0; oh < gm.Ho; oh++)
            for (long ow = 0; ow < gm.Wo; ow++) {
                double s = 0;
                for (long kh = 0; kh < gm.k; kh++) {
                    long ih = tap(oh, kh, &gm, gm.H);
                    for (long kw = 0; kw < gm.k && ih >= 0; kw++) {
                        long iw = tap(ow, kw, &gm, gm.W);
                        if (iw >= 0)
                            s += x[(q * gm.H + ih) * gm.W + iw];
                    }
                }
                y[(q * gm.Ho + oh) * gm.Wo + ow] = s / (double)(gm.k * gm.k);
            }
}

static void run_avg_pool_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    Geom gm = pool_geom(op, op->result->shape);
    long planes = interp_rows(in, op->args[0]) * gm.C;
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]);
    memset(dx, 0, sizeof *dx * (size_t)(planes * gm.H * gm.W));
    for (long q = 0; q < planes; q++)
        for (long oh = 0; oh < gm.Ho; oh++)
            for (long ow = 0; ow < gm.Wo; ow++) {
                double d = dy[(q * gm.Ho + oh) * gm.Wo + ow] / (double)(gm.k * gm.k);
                for (long kh = 0; kh < gm.k; kh++) {
                    long ih = tap(oh, kh, &gm, gm.H);
                    for (long kw = 0; kw < gm.k && ih >= 0; kw++) {
                        long iw = tap(ow, kw, &gm, gm.W);
                        if (iw >= 0)
                            dx[(q * gm.H + ih) * gm.W + iw] += d;
                    }
                }
            }
}

static void run_global_avg_pool(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape x = op->args[0]->shape;
    long planes = interp_rows(in, op->args[0]) * x.dims[1], P = x.dims[2] * x.dims[3];
    double *y = interp_v(in, op->result), *xv = interp_v(in, op->args[0]);
    for (long q = 0; q < planes; q++) {
        double s = 0;
        for (long p = 0; p < P; p++)
            s += xv[q * P + p];
        y[q] = s / (double)P;
    }
}

static void run_global_avg_pool_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Shape x = op->result->shape;
    long planes = interp_rows(in, op->args[0]) * x.dims[1], P = x.dims[2] * x.dims[3];
    double *dx = interp_v(in, op->result), *dy = interp_v(in, op->args[0]);
    for (long q = 0; q < planes; q++)
        for (long p = 0; p < P; p++)
            dx[q * P + p] = dy[q] / (double)P;
}

/* ---- FLOPs per sample ------------------------------------------------------------- */

static double flops_conv(const Geom *gm)
{
    return 2.0 * (double)(gm->F * gm->Ho * gm->Wo) * (double)(gm->C / gm->g * gm->k * gm->k);
}

static double flops_conv2d(const Graph *g, const Op *op)
{
    (void)g;
    Geom gm = conv_geom(op);
    return flops_conv(&gm) + (double)(gm.F * gm.Ho * gm.Wo) * ((op->nargs > 2) + 2 * (op->act != ACT_LINEAR));
}

static double flops_conv2d_dx(const Graph *g, const Op *op)
{
    (void)g;
    Geom gm = dx_geom(op);
    return flops_conv(&gm);
}

static double flops_conv2d_dw(const Graph *g, const Op *op)
{
    (void)g;
    Geom gm = dw_geom(op);
    return flops_conv(&gm);
}

/* one add per element read */
static double flops_read(const Graph *g, const Op *op)
{
    (void)g;
    return (double)ir_row_size(op->args[0]->shape);
}

static double flops_pool(const Graph *g, const Op *op)
{
    (void)g;
    return (double)(ir_row_size(op->result->shape) * (long)op->attr[P_KERNEL] * (long)op->attr[P_KERNEL]);
}

static double flops_pool_grad(const Graph *g, const Op *op)
{
    (void)g;
    return (double)(ir_row_size(op->args[0]->shape) * (long)op->attr[P_KERNEL] * (long)op->attr[P_KERNEL]);
}

/* ---- loops ------------------------------------------------------------------------- */

static KExpr *I(KB *k, long v)
{
    return kb_i(k, v);
}

static KExpr *V(KB *k, KVar *v)
{
    return kb_var(k, v);
}

static KExpr *add(KB *k, KExpr *a, KExpr *b)
{
    return kb_bin(k, KO_ADD, a, b);
}

static KExpr *mul(KB *k, KExpr *a, KExpr *b)
{
    return kb_bin(k, KO_MUL, a, b);
}

/* The input row or column a tap reads, o*s + kk - pad, as a signed
 * index; opens the ifs that keep it inside [0, size) where padding
 * could take it out (none without padding), returning how many. */
static int open_tap(KB *k, const char *axis, KExpr *o, KExpr *kk, const Geom *gm, long size, KVar **at)
{
    KExpr *pos = add(k, mul(k, o, I(k, gm->s)), kk);
    int opened = 0;
    if (gm->pt == 0 && gm->pb == 0) {
        *at = kb_let(k, axis, pos);
        return 0;
    }
    KVar *si = kb_let(k, arena_printf(k->a, "%s_s", axis),
                      kb_bin(k, KO_SUB, kb_un(k, KO_TO_SIDX, pos), kb_si(k, gm->pt)));
    if (gm->pt > 0) {
        kb_if(k, kb_bin(k, KO_LE, kb_si(k, 0), V(k, si)));
        opened++;
    }
    /* the last output's taps reach size + pb - 1 at most */
    if (gm->pb > 0 || (gm->Ho - 1) * gm->s + gm->k - gm->pt > size) {
        kb_if(k, kb_bin(k, KO_LT, V(k, si), kb_si(k, size)));
        opened++;
    }
    *at = kb_let(k, axis, kb_un(k, KO_TO_IDX, V(k, si)));
    return opened;
}

static bool plain_1x1(const Geom *gm)
{
    return gm->k == 1 && gm->s == 1 && gm->pt == 0 && gm->pb == 0 && gm->g == 1;
}

/* The output pixels of one image rounded up to whole vectors: the rows of
 * the products' scratch matrices.  A product whose rows end in a partial
 * vector runs its last columns (NN, TN) or the end of each dot product
 * (NT) in scalar code, which cost fashion_cnn's 14x14 convolution (196 =
 * 12 vectors and 4) a fifth of its time; zeros in the padding columns make
 * every row whole, and the padding is never read back. */
static long p_pad(const Geom *gm)
{
    long P = gm->Ho * gm->Wo;
    return (P + KV_WIDTH - 1) / KV_WIDTH * KV_WIDTH;
}

static bool padded(const Geom *gm)
{
    return p_pad(gm) != gm->Ho * gm->Wo;
}

/* x itself is the product's matrix: a 1x1 convolution with stride 1, no
 * padding and one group, whose rows are whole vectors */
static bool direct(const Geom *gm)
{
    return plain_1x1(gm) && !padded(gm);
}

/* ---- depthwise convolutions: one channel to one filter --------------------
 * groups = channels = filters (C/g = F/g = 1): each output plane is one
 * input plane convolved with one k x k filter.  Unfolded, that is a
 * product of 1 x k*k by k*k x P per plane, all tails and copies (5-9
 * GFLOP/s, half of the depthwise net's step).  Instead the plane is
 * copied into a zero-bordered one, xp, (H + pt + pb) x Wp with Wp =
 * W + pt + pb, and flattened: the stride-1 output at row i, column j is
 * sum over taps w[kh,kw] xp[(i + kh) * Wp + j + kw], so with t = i*Wp + j
 * every tap is the same shift of a contiguous vector, t running over whole
 * rows of Wp (the last k-1 columns of each are junk, never read back).
 * Stride 2 computes the stride-1 grid and reads every other point (4x
 * the multiply-adds of 9-tap planes, still whole vectors).  d-input is the
 * same sum the other way round over dy placed on the stride-1 grid
 * (zeros between), and d-weight per tap a dot product of that grid with
 * the shifted xp, summed in vector lanes over the images.  Strides over
 * 2 and kernels over 5x5 take the unfolded products. */
/* Depthwise kernels of at most this many taps (5x5); larger ones unfold */
#define DW_TAPS_MAX 25

static bool depthwise(const Geom *gm)
{
    return gm->C == gm->g && gm->F == gm->g && gm->s <= 2 && gm->k * gm->k <= DW_TAPS_MAX;
}

static long round_vec(long n)
{
    return (n + KV_WIDTH - 1) / KV_WIDTH * KV_WIDTH;
}

/* Sizes of the flattened planes: Wp the padded width (the pitch), G the
 * stride-1 grid's points in whole vectors (H1 rows of Wp), U the padded
 * plane's, M the largest tap shift (k-1)*Wp + k-1, XP the padded plane
 * with room for the shifted reads past its end. */
typedef struct Flat {
    long Wp, Hp, G, U, M, XP, grid;
} Flat;

static Flat flat_of(const Geom *gm)
{
    Flat f;
    f.Wp = gm->W + gm->pt + gm->pb;
    f.Hp = gm->H + gm->pt + gm->pb;
    f.G = round_vec((f.Hp - gm->k + 1) * f.Wp);
    f.U = round_vec(f.Hp * f.Wp);
    f.M = (gm->k - 1) * f.Wp + gm->k - 1;
    /* (each + a vector: open_points' rows for stride 2 end in a whole one) */
    f.XP = round_vec(f.G + f.M) + KV_WIDTH;
    /* the grid, M zeros before it (d-input's reads below the first point) */
    f.grid = round_vec(f.M + (f.U > f.G ? f.U : f.G)) + KV_WIDTH;
    f.U += KV_WIDTH;
    return f;
}

/* Opens the loop over the stride-1 grid's points t, a vector at a time:
 * all of it; or for stride 2, when a row's vectors end before the next
 * row of output points (d-weight must see each point once), only the
 * rows of output points, (oh*s)*Wp on, as many vectors as reach the
 * row's last output point.  Returns the loops to leave. */
static int open_points(KB *k, const Geom *gm, const Flat *f, KVar **t)
{
    if (gm->s == 1 || round_vec((gm->Wo - 1) * gm->s + 1) > gm->s * f->Wp) {
        *t = kb_loop(k, "t", I(k, 0), I(k, f->G), KV_WIDTH, 0);
        return 1;
    }
    KVar *oh = kb_loop0(k, "oh", I(k, gm->Ho), 0);
    KVar *row = kb_let(k, "row", mul(k, V(k, oh), I(k, gm->s * f->Wp)));
    *t = kb_loop(k, "t", V(k, row), add(k, V(k, row), I(k, round_vec((gm->Wo - 1) * gm->s + 1))), KV_WIDTH, 0);
    return 2;
}

/* xp, the grid, then the result plane (forward: the stride-1 outputs;
 * d-input: the padded dx) or d-weight's lanes (k*k vectors a channel) */
static long depthwise_scratch(const Geom *gm, bool dw)
{
    Flat f = flat_of(gm);
    return f.XP + f.grid + (dw ? gm->C * gm->k * gm->k * KV_WIDTH : f.U);
}

/* The unfolded patches, C/g*k*k x Pp, and with padding the Fg x Pp copy
 * of one image's output or its gradient beside them. */
static long conv_scratch(const Geom *gm)
{
    if (depthwise(gm))
        return 0;   /* depthwise_scratch's, per slot */
    if (direct(gm))
        return 0;
    long K = gm->C / gm->g * gm->k * gm->k, Fg = gm->F / gm->g;
    return (K + (padded(gm) ? Fg : 0)) * p_pad(gm);
}

/* ---- images across threads ----------------------------------------------
 * Built with nnc --threads N (N > 1), a convolution's loop over the images
 * becomes N slots, each a contiguous share of the batch with its own
 * scratch: slot s takes images [s*n/N, (s+1)*n/N), and the slots are the
 * loop threads split.  So the unfolding, the copies and the folding back
 * run on every thread, not only the products: products split by columns
 * left them on one thread, and fashion_cnn trained no faster on two
 * threads than on one.  d-weight sums each slot's images into the slot's
 * own partial dW, and the partials are added in slot order after: the
 * numbers depend on N, never on how many threads run the slots (without
 * OpenMP the slots run one after the other). */

static long conv_slots(const Graph *g)
{
    return g->conv_slots > 1 ? g->conv_slots : 1;
}

/* One slot's scratch: the patches and padded rows, and for d-weight its
 * partial dW (F x C/g*k*k) after them. */
static long slot_scratch(const Geom *gm, bool dw)
{
    if (depthwise(gm))
        return depthwise_scratch(gm, dw);
    return conv_scratch(gm) + (dw ? gm->F * (gm->C / gm->g * gm->k * gm->k) : 0);
}

static long scratch_of(const Graph *g, const Geom *gm, bool dw)
{
    long T = conv_slots(g);
    if (T == 1)
        return depthwise(gm) ? depthwise_scratch(gm, dw) : conv_scratch(gm);
    return T * slot_scratch(gm, dw);
}

static long scratch_conv2d(const Graph *g, const Op *op)
{
    Geom gm = conv_geom(op);
    return scratch_of(g, &gm, false);
}

static long scratch_conv2d_dx(const Graph *g, const Op *op)
{
    Geom gm = dx_geom(op);
    return scratch_of(g, &gm, false);
}

static long scratch_conv2d_dw(const Graph *g, const Op *op)
{
    Geom gm = dw_geom(op);
    return scratch_of(g, &gm, true);
}

/* Opens the loop over the images, inside the loop over T slots when T > 1
 * (*at: the slot's scratch offset, slot * S floats; else, or S == 0, NULL).
 * With T > 1 each slot first zeroes floats [from, to) of its scratch
 * (those read before they are written: padding, partial sums), on the
 * thread that then uses them: zeroed on the calling thread
 * before the fork, the other slots' scratch had to move from that core's
 * cache to the one that writes it, and the memsets ran on one thread
 * (fashion_cnn's c2 took 20-50% longer per slot on two threads than per
 * half batch on one).  With T == 1 the callers zero what they need. */
static KVar *open_images(KL *L, const Op *op, long T, long S, KVar **at, long from, long to)
{
    KB *k = kl_kb(L);
    *at = NULL;
    if (T == 1)
        return kb_loop0(k, "img", kb_n(k), 0);
    KVar *slot = kb_loop_if(k, "slot", I(k, 0), I(k, T), 1, KL_PARALLEL | KL_THREADS,
                            kb_bin(k, KO_LE, I(k, 2), kb_n(k)));
    if (S > 0)   /* (a 1x1 convolution's forward and d-input have no scratch) */
        *at = kb_let(k, "slot_at", mul(k, V(k, slot), I(k, S)));
    if (from < to && S > 0) {
        KBuf *all = kl_scratch(L, op, "slots", (Shape){2, {T, S}});
        KVar *i = kb_loop(k, "i", I(k, from), I(k, to), 1, KL_VECTOR);
        kb_store(k, all, add(k, V(k, *at), V(k, i)), kb_f(k, 0.0), false);
        kb_leave(k);
    }
    KExpr *lo = kb_bin(k, KO_DIV, mul(k, V(k, slot), kb_n(k)), I(k, T));
    KExpr *hi = kb_bin(k, KO_DIV, mul(k, add(k, V(k, slot), I(k, 1)), kb_n(k)), I(k, T));
    return kb_loop(k, "img", lo, hi, 1, 0);
}

static void close_images(KB *k, long T)
{
    kb_leave(k);   /* img */
    if (T > 1)
        kb_leave(k);   /* slot */
}

/* e + at (either may be NULL: the other) */
static KExpr *at_slot(KB *k, KVar *at, KExpr *e)
{
    if (!at)
        return e;
    return e ? add(k, V(k, at), e) : V(k, at);
}

/* The output columns ow whose tap kw lands inside a row of the input:
 * 0 <= ow*s + kw - pt < W, as [*lo, *hi) (empty when *lo >= *hi). */
static void tap_columns(const Geom *gm, long kw, long *lo, long *hi)
{
    long first = gm->pt - kw;                 /* ow*s >= first */
    long last = gm->W - 1 + gm->pt - kw;      /* ow*s <= last */
    *lo = first > 0 ? (first + gm->s - 1) / gm->s : 0;
    *hi = last < 0 ? 0 : last / gm->s + 1;
    if (*hi > gm->Wo)
        *hi = gm->Wo;
}

/* col[(c*k + kh)*k + kw, oh*Wo + ow] = x[b, gi*Cg + c, ih, iw] for the
 * taps inside the image (the rest stay as zeroed before the images), rows
 * p_pad apart, or with `back` the other way: dx[...] += dcol[...] (col2im).
 * The taps across a row, kw, are unrolled here: each gets the range of
 * output columns it reads inside the image, fixed at compile time, so the
 * innermost loop is a copy without tests (contiguous for stride 1), where
 * a test per element (padding) kept compilers from vectorizing it and cost
 * more than the product's own arithmetic at fashion_cnn's shapes.  For a
 * dx element the additions come in the same (kh, kw) order as before.
 * at: the slot's offset into col (open_images), or NULL. */
static void unfold(KL *L, KBuf *xb, KBuf *col, KVar *at, KVar *b, KExpr *gi, const Geom *gm, bool back)
{
    KB *k = kl_kb(L);
    long Cg = gm->C / gm->g, Pp = p_pad(gm), HW = gm->H * gm->W;
    KVar *c = kb_loop0(k, "ch", I(k, Cg), 0);
    /* the plane of x: (b * C + gi * Cg + c) * H * W */
    KVar *plane = kb_let(k, "plane", mul(k, add(k, add(k, mul(k, V(k, b), I(k, gm->C)),
                                                          mul(k, gi, I(k, Cg))), V(k, c)),
                                          I(k, HW)));
    KVar *kh = kb_loop0(k, "kh", I(k, gm->k), 0);
    KVar *oh = kb_loop0(k, "oh", I(k, gm->Ho), 0);
    KVar *ih;
    int opened_h = open_tap(k, "ih", V(k, oh), V(k, kh), gm, gm->H, &ih);
    KVar *xrow = kb_let(k, "x_row", add(k, V(k, plane), mul(k, V(k, ih), I(k, gm->W))));
    /* row (c*k + kh)*k of col, at column oh*Wo */
    KVar *crow = kb_let(k, "col_at", add(k, mul(k, add(k, mul(k, V(k, c), I(k, gm->k)), V(k, kh)),
                                               I(k, gm->k * Pp)),
                                         mul(k, V(k, oh), I(k, gm->Wo))));
    for (long kw = 0; kw < gm->k; kw++) {
        long lo, hi;
        tap_columns(gm, kw, &lo, &hi);
        if (lo >= hi)
            continue;
        KVar *ow = kb_loop(k, "ow", I(k, lo), I(k, hi), 1, KL_VECTOR | KL_ROW);
        /* x_row + ow*s + kw - pt, never below x_row on the way */
        KExpr *xat = add(k, V(k, xrow), gm->s == 1 ? V(k, ow) : mul(k, V(k, ow), I(k, gm->s)));
        if (kw > gm->pt)
            xat = add(k, xat, I(k, kw - gm->pt));
        else if (kw < gm->pt)
            xat = kb_bin(k, KO_SUB, xat, I(k, gm->pt - kw));
        KExpr *cat = at_slot(k, at, add(k, V(k, crow), kw ? add(k, I(k, kw * Pp), V(k, ow)) : V(k, ow)));
        if (back)
            kb_store(k, xb, xat, kb_load(k, col, cat), true);
        else
            kb_store(k, col, cat, kb_load(k, xb, xat), false);
        kb_leave(k);   /* ow */
    }
    for (int i = 0; i < opened_h; i++)
        kb_leave(k);
    kb_leave(k);   /* oh */
    kb_leave(k);   /* kh */
    kb_leave(k);   /* c */
}

/* The loop over groups, or none for one group: the group's index. */
static KExpr *open_groups(KB *k, const Geom *gm)
{
    if (gm->g == 1)
        return I(k, 0);
    return V(k, kb_loop0(k, "grp", I(k, gm->g), 0));
}

static void close_groups(KB *k, const Geom *gm)
{
    if (gm->g > 1)
        kb_leave(k);
}

static bool has_padding(const Geom *gm)
{
    return gm->pt > 0 || gm->pb > 0;
}

/* The first of image b's F x P rows that group gi's filters own: (b*F + gi*Fg)*P */
static KExpr *group_rows(KB *k, KVar *b, KExpr *gi, const Geom *gm)
{
    long Fg = gm->F / gm->g, P = gm->Ho * gm->Wo;
    return mul(k, add(k, mul(k, V(k, b), I(k, gm->F)), mul(k, gi, I(k, Fg))), I(k, P));
}

/* dyp[f, p] = dy[b, gi*Fg + f, p]: one image's gradient in rows p_pad
 * apart (its padding zeroed before the images), at the slot's offset at */
static void copy_padded(KB *k, KBuf *dy, KBuf *dyp, KVar *at, KVar *b, KExpr *gi, const Geom *gm)
{
    long Fg = gm->F / gm->g, P = gm->Ho * gm->Wo, Pp = p_pad(gm);
    KVar *base = kb_let(k, "at", group_rows(k, b, gi, gm));
    KVar *f = kb_loop0(k, "flt", I(k, Fg), 0);
    KVar *p = kb_loop0(k, "px", I(k, P), KL_VECTOR);
    kb_store(k, dyp, at_slot(k, at, add(k, mul(k, V(k, f), I(k, Pp)), V(k, p))),
             kb_load(k, dy, add(k, V(k, base), add(k, mul(k, V(k, f), I(k, P)), V(k, p)))), false);
    kb_leave(k);
    kb_leave(k);
}

/* The first float of plane (b, c) of a [B, C, size] batch */
static KVar *plane_at(KB *k, const char *name, KVar *b, KVar *c, long C, long size)
{
    return kb_let(k, name, mul(k, add(k, mul(k, V(k, b), I(k, C)), V(k, c)), I(k, size)));
}

/* How far tap i (row-major in the k x k filter) reads from the point it
 * adds to, in the flattened padded plane */
static long tap_shift(const Geom *gm, const Flat *f, long i)
{
    return (i / gm->k) * f->Wp + i % gm->k;
}

/* sum over the taps of w[i] * v[i] (vectors), one multiply-add each */
static KExpr *taps_sum(KB *k, KVar **tw, KExpr **v, long kk)
{
    KExpr *acc = kb_bin(k, KO_MUL, kb_bcast(k, V(k, tw[0])), v[0]);
    for (long i = 1; i < kk; i++)
        acc = kb_fma(k, kb_bcast(k, V(k, tw[i])), v[i], acc);
    return acc;
}

/* xp's interior = x's plane (b, c): rows W floats, Wp apart */
static void plane_in(KB *k, KBuf *x, KBuf *xp, KExpr *plane, KVar *at, const Geom *gm, const Flat *f)
{
    KVar *ih = kb_loop0(k, "ih", I(k, gm->H), 0);
    KVar *iw = kb_loop0(k, "iw", I(k, gm->W), KL_VECTOR | KL_ROW);
    KExpr *dst = add(k, mul(k, add(k, V(k, ih), I(k, gm->pt)), I(k, f->Wp)), add(k, V(k, iw), I(k, gm->pt)));
    kb_store(k, xp, at_slot(k, at, dst), kb_load(k, x, add(k, plane, add(k, mul(k, V(k, ih), I(k, gm->W)), V(k, iw)))),
             false);
    kb_leave(k);
    kb_leave(k);
}

/* the grid's point of output (oh, ow): (oh*s)*Wp + ow*s, after M zeros */
static KExpr *grid_point(KB *k, KVar *oh, KVar *ow, const Geom *gm, const Flat *f, long margin)
{
    KExpr *e = add(k, mul(k, V(k, oh), I(k, gm->s * f->Wp)), gm->s == 1 ? V(k, ow) : mul(k, V(k, ow), I(k, gm->s)));
    return margin ? add(k, I(k, margin), e) : e;
}

/* grid = dy's plane (b, c) at the stride-1 points of its outputs */
static void grid_in(KB *k, KBuf *dy, KBuf *grid, KExpr *plane, KVar *at, const Geom *gm, const Flat *f, long margin)
{
    KVar *oh = kb_loop0(k, "oh", I(k, gm->Ho), 0);
    KVar *ow = kb_loop0(k, "ow", I(k, gm->Wo), gm->s == 1 ? KL_VECTOR | KL_ROW : 0);
    kb_store(k, grid, at_slot(k, at, grid_point(k, oh, ow, gm, f, margin)),
             kb_load(k, dy, add(k, plane, add(k, mul(k, V(k, oh), I(k, gm->Wo)), V(k, ow)))), false);
    kb_leave(k);
    kb_leave(k);
}

/* The filter's taps as scalars, w[c*k*k + tap] */
static void load_taps(KB *k, KBuf *w, KVar *c, const Geom *gm, KVar **tw)
{
    long kk = gm->k * gm->k;
    for (long t = 0; t < kk; t++)
        tw[t] = kb_let(k, arena_printf(k->a, "w%ld", t), kb_load(k, w, add(k, mul(k, V(k, c), I(k, kk)), I(k, t))));
}

/* forward: out[t] = sum over taps of w * xp[t + shift], then the output
 * points read from the grid with bias and act */
static void lower_depthwise(KL *L, const Op *op, const Geom *gm)
{
    KB *k = kl_kb(L);
    Flat f = flat_of(gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(gm, false), kk = gm->k * gm->k;
    KBuf *x = kl_buf(L, op->args[0]), *w = kl_buf(L, op->args[1]), *y = kl_buf(L, op->result);
    KBuf *xp = kl_scratch(L, op, "xp", (Shape){1, {f.XP}});
    KBuf *out = kl_scratch_at(L, op, "grid", f.XP + f.grid, (Shape){1, {f.U}});
    if (T == 1)
        kb_zero(k, xp, I(k, f.XP));
    KVar *at;
    KVar *b = open_images(L, op, T, S, &at, 0, f.XP);
    KVar *c = kb_loop0(k, "ch", I(k, gm->C), 0);
    KVar *tw[DW_TAPS_MAX];
    load_taps(k, w, c, gm, tw);
    KVar *in_plane = plane_at(k, "in_plane", b, c, gm->C, gm->H * gm->W);
    plane_in(k, x, xp, V(k, in_plane), at, gm, &f);
    KVar *t;
    int open = open_points(k, gm, &f, &t);
    KExpr *xv[DW_TAPS_MAX];
    for (long i = 0; i < kk; i++)
        xv[i] = kb_vload(k, xp, at_slot(k, at, add(k, V(k, t), I(k, tap_shift(gm, &f, i)))));
    kb_store(k, out, at_slot(k, at, V(k, t)), taps_sum(k, tw, xv, kk), false);
    while (open-- > 0)
        kb_leave(k);
    KExpr *bias = op->nargs > 2 ? kl_at(L, op->args[2], V(k, c)) : NULL;
    KVar *bv = bias ? kb_let(k, "bias_f", bias) : NULL;
    KVar *out_plane = plane_at(k, "out_plane", b, c, gm->C, gm->Ho * gm->Wo);
    KVar *oh = kb_loop0(k, "oh", I(k, gm->Ho), 0);
    KVar *ow = kb_loop0(k, "ow", I(k, gm->Wo), gm->s == 1 ? KL_VECTOR | KL_ROW : 0);
    KExpr *v = kb_load(k, out, at_slot(k, at, grid_point(k, oh, ow, gm, &f, 0)));
    if (bv)
        v = kb_bin(k, KO_ADD, v, V(k, bv));
    kb_store(k, y, add(k, V(k, out_plane), add(k, mul(k, V(k, oh), I(k, gm->Wo)), V(k, ow))), act_kexpr(k, op->act, v),
             false);
    kb_leave(k);
    kb_leave(k);
    kb_leave(k);   /* c */
    close_images(k, T);
}

/* d-input: dxp[u] = sum over taps of w * grid[M + u - shift], the grid
 * dy on the stride-1 points; dx the interior of dxp */
static void lower_depthwise_dx(KL *L, const Op *op, const Geom *gm)
{
    KB *k = kl_kb(L);
    Flat f = flat_of(gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(gm, false), kk = gm->k * gm->k;
    KBuf *dy = kl_buf(L, op->args[0]), *w = kl_buf(L, op->args[1]), *dx = kl_buf(L, op->result);
    KBuf *grid = kl_scratch_at(L, op, "grid", f.XP, (Shape){1, {f.grid}});
    KBuf *dxp = kl_scratch_at(L, op, "dxp", f.XP + f.grid, (Shape){1, {f.U}});
    if (T == 1)
        kb_zero(k, kl_scratch(L, op, "slots", (Shape){2, {1, S}}), I(k, S));
    KVar *at;
    KVar *b = open_images(L, op, T, S, &at, 0, S);
    KVar *c = kb_loop0(k, "ch", I(k, gm->C), 0);
    KVar *tw[DW_TAPS_MAX];
    load_taps(k, w, c, gm, tw);
    KVar *out_plane = plane_at(k, "out_plane", b, c, gm->C, gm->Ho * gm->Wo);
    grid_in(k, dy, grid, V(k, out_plane), at, gm, &f, f.M);
    KVar *u = kb_loop(k, "u", I(k, 0), I(k, f.U), KV_WIDTH, 0);
    KExpr *gv[DW_TAPS_MAX];
    for (long i = 0; i < kk; i++) {
        long shift = f.M - tap_shift(gm, &f, i);
        gv[i] = kb_vload(k, grid, at_slot(k, at, shift ? add(k, V(k, u), I(k, shift)) : V(k, u)));
    }
    kb_store(k, dxp, at_slot(k, at, V(k, u)), taps_sum(k, tw, gv, kk), false);
    kb_leave(k);   /* u */
    KVar *in_plane = plane_at(k, "in_plane", b, c, gm->C, gm->H * gm->W);
    KVar *ih = kb_loop0(k, "ih", I(k, gm->H), 0);
    KVar *iw = kb_loop0(k, "iw", I(k, gm->W), KL_VECTOR | KL_ROW);
    KExpr *src = add(k, mul(k, add(k, V(k, ih), I(k, gm->pt)), I(k, f.Wp)), add(k, V(k, iw), I(k, gm->pt)));
    kb_store(k, dx, add(k, V(k, in_plane), add(k, mul(k, V(k, ih), I(k, gm->W)), V(k, iw))),
             kb_load(k, dxp, at_slot(k, at, src)), false);
    kb_leave(k);
    kb_leave(k);
    kb_leave(k);   /* c */
    close_images(k, T);
}

/* d-weight: per tap, lanes += grid[t] * xp[t + shift] over the planes of a
 * channel, then each tap's lanes summed (with slots: per slot, the slots'
 * sums added in slot order) */
static void lower_depthwise_dw(KL *L, const Op *op, const Geom *gm)
{
    KB *k = kl_kb(L);
    Flat f = flat_of(gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(gm, true), kk = gm->k * gm->k;
    KBuf *dy = kl_buf(L, op->args[0]), *x = kl_buf(L, op->args[1]), *dw = kl_buf(L, op->result);
    KBuf *xp = kl_scratch(L, op, "xp", (Shape){1, {f.XP}});
    KBuf *grid = kl_scratch_at(L, op, "grid", f.XP, (Shape){1, {f.grid}});
    KBuf *lanes = kl_scratch_at(L, op, "lanes", f.XP + f.grid, (Shape){2, {gm->C * kk, KV_WIDTH}});
    if (T == 1)
        kb_zero(k, kl_scratch(L, op, "slots", (Shape){2, {1, S}}), I(k, S));
    KVar *at;
    KVar *b = open_images(L, op, T, S, &at, 0, S);
    KVar *c = kb_loop0(k, "ch", I(k, gm->C), 0);
    KVar *in_plane = plane_at(k, "in_plane", b, c, gm->C, gm->H * gm->W);
    plane_in(k, x, xp, V(k, in_plane), at, gm, &f);
    KVar *out_plane = plane_at(k, "out_plane", b, c, gm->C, gm->Ho * gm->Wo);
    grid_in(k, dy, grid, V(k, out_plane), at, gm, &f, 0);
    KVar *acc[DW_TAPS_MAX];
    for (long i = 0; i < kk; i++)
        acc[i] = kb_let(k, arena_printf(k->a, "a%ld", i), kb_bcast(k, kb_f(k, 0)));
    KVar *t;
    int open = open_points(k, gm, &f, &t);
    KVar *gv = kb_let(k, "dyv", kb_vload(k, grid, at_slot(k, at, V(k, t))));
    for (long i = 0; i < kk; i++) {
        long shift = tap_shift(gm, &f, i);
        KExpr *xv = kb_vload(k, xp, at_slot(k, at, shift ? add(k, V(k, t), I(k, shift)) : V(k, t)));
        kb_assign(k, acc[i], kb_fma(k, V(k, gv), xv, V(k, acc[i])), false);
    }
    while (open-- > 0)
        kb_leave(k);
    for (long i = 0; i < kk; i++)
        kb_store(k, lanes, at_slot(k, at, mul(k, add(k, mul(k, V(k, c), I(k, kk)), I(k, i)), I(k, KV_WIDTH))),
                 V(k, acc[i]), true);
    kb_leave(k);   /* c */
    close_images(k, T);
    KVar *i = kb_loop0(k, "i", I(k, gm->C * kk), 0);
    KExpr *sum = NULL;
    for (long sl = 0; sl < T; sl++) {
        KExpr *h = kb_hsum(k, kb_vload(k, lanes, add(k, mul(k, V(k, i), I(k, KV_WIDTH)), I(k, sl * S))));
        sum = sum ? kb_bin(k, KO_ADD, sum, h) : h;
    }
    kb_store(k, dw, V(k, i), sum, false);
    kb_leave(k);
}

/* forward: per image and group, unfold, y_g = W_g col, then bias and act
 * (from the padded product's rows as they are copied out, else in place) */
static void lower_conv2d(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = conv_geom(op);
    if (depthwise(&gm)) {
        lower_depthwise(L, op, &gm);
        return;
    }
    long Cg = gm.C / gm.g, Fg = gm.F / gm.g, K = Cg * gm.k * gm.k, P = gm.Ho * gm.Wo, Pp = p_pad(&gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(&gm, false);
    bool one = direct(&gm), pad = padded(&gm);
    KBuf *x = kl_buf(L, op->args[0]), *w = kl_buf(L, op->args[1]), *y = kl_buf(L, op->result);
    KBuf *col = one ? x : kl_scratch(L, op, "col", (Shape){2, {K, Pp}});
    KBuf *yp = pad ? kl_scratch_at(L, op, "rows", K * Pp, (Shape){2, {Fg, Pp}}) : NULL;
    bool epilogue = op->nargs > 2 || op->act != ACT_LINEAR;
    bool zero = !one && (has_padding(&gm) || pad);
    if (zero && T == 1)
        kb_zero(k, col, I(k, K * Pp));
    KVar *at;
    KVar *b = open_images(L, op, T, S, &at, 0, zero ? K * Pp : 0);
    KExpr *gi = open_groups(k, &gm);
    if (!one)
        unfold(L, x, col, at, b, gi, &gm, false);
    GemmSpec s = {.form = GEMM_NN, .a = w, .b = col, .c = pad ? yp : y, .m = Fg, .n = Pp, .k = K,
                  .lda = K, .ldb = Pp, .ldc = Pp,
                  .a_off = mul(k, gi, I(k, Fg * K)),
                  .b_off = one ? mul(k, V(k, b), I(k, gm.C * P)) : at_slot(k, at, NULL),
                  .c_off = pad ? at_slot(k, at, NULL) : group_rows(k, b, gi, &gm)};
    lower_gemm(k, &s);
    if (pad) {   /* the group's rows out of the product, bias and act on the way */
        KVar *base = kb_let(k, "at", group_rows(k, b, gi, &gm));
        KVar *f = kb_loop0(k, "flt", I(k, Fg), 0);
        KExpr *bias = op->nargs > 2 ? kl_at(L, op->args[2], add(k, mul(k, gi, I(k, Fg)), V(k, f))) : NULL;
        KVar *bv = bias ? kb_let(k, "bias_f", bias) : NULL;
        KVar *p = kb_loop0(k, "px", I(k, P), KL_VECTOR);
        KExpr *v = kb_load(k, yp, at_slot(k, at, add(k, mul(k, V(k, f), I(k, Pp)), V(k, p))));
        if (bv)
            v = kb_bin(k, KO_ADD, v, V(k, bv));
        kb_store(k, y, add(k, V(k, base), add(k, mul(k, V(k, f), I(k, P)), V(k, p))), act_kexpr(k, op->act, v),
                 false);
        kb_leave(k);
        kb_leave(k);
    }
    close_groups(k, &gm);
    if (!pad && epilogue) {
        KVar *f = kb_loop0(k, "flt", I(k, gm.F), 0);
        KExpr *bias = op->nargs > 2 ? kl_at(L, op->args[2], V(k, f)) : NULL;
        KVar *bv = bias ? kb_let(k, "bias_f", bias) : NULL;
        KVar *base = kb_let(k, "at", mul(k, add(k, mul(k, V(k, b), I(k, gm.F)), V(k, f)), I(k, P)));
        KVar *p = kb_loop0(k, "px", I(k, P), KL_VECTOR);
        KExpr *at_px = add(k, V(k, base), V(k, p));
        KExpr *v = kb_load(k, y, at_px);
        if (bv)
            v = kb_bin(k, KO_ADD, v, V(k, bv));
        kb_store(k, y, add(k, V(k, base), V(k, p)), act_kexpr(k, op->act, v), false);
        kb_leave(k);
        kb_leave(k);
    }
    close_images(k, T);
}

/* d-input: per image and group, dcol = W_g^T dy_g, folded back into dx */
static void lower_conv2d_dx(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = dx_geom(op);
    if (depthwise(&gm)) {
        lower_depthwise_dx(L, op, &gm);
        return;
    }
    long Cg = gm.C / gm.g, Fg = gm.F / gm.g, K = Cg * gm.k * gm.k, P = gm.Ho * gm.Wo, Pp = p_pad(&gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(&gm, false);
    bool one = direct(&gm), pad = padded(&gm);
    KBuf *dy = kl_buf(L, op->args[0]), *w = kl_buf(L, op->args[1]), *dx = kl_buf(L, op->result);
    KBuf *dyp = pad ? kl_scratch_at(L, op, "dyp", K * Pp, (Shape){2, {Fg, Pp}}) : NULL;
    KBuf *col = one ? dx : kl_scratch(L, op, "dcol", (Shape){2, {K, Pp}});
    if (pad && T == 1)
        kb_zero(k, dyp, I(k, Fg * Pp));
    KVar *at;
    KVar *b = open_images(L, op, T, S, &at, K * Pp, pad ? K * Pp + Fg * Pp : 0);
    KExpr *gi = open_groups(k, &gm);
    if (pad)
        copy_padded(k, dy, dyp, at, b, gi, &gm);
    GemmSpec s = {.form = GEMM_TN, .a = w, .b = pad ? dyp : dy, .c = col, .m = K, .n = Pp, .k = Fg,
                  .lda = K, .ldb = Pp, .ldc = Pp,
                  .a_off = mul(k, gi, I(k, Fg * K)),
                  .b_off = pad ? at_slot(k, at, NULL) : group_rows(k, b, gi, &gm),
                  .c_off = one ? mul(k, V(k, b), I(k, gm.C * P)) : at_slot(k, at, NULL)};
    lower_gemm(k, &s);
    if (!one) {   /* the group's planes of this image, zeroed here: on the
                   * slot's thread and while the folding back follows */
        KExpr *planes = mul(k, add(k, mul(k, V(k, b), I(k, gm.C)), mul(k, gi, I(k, Cg))), I(k, gm.H * gm.W));
        KVar *base = kb_let(k, "dx_at", planes);
        KVar *i = kb_loop0(k, "i", I(k, Cg * gm.H * gm.W), KL_VECTOR);
        kb_store(k, dx, add(k, V(k, base), V(k, i)), kb_f(k, 0.0), false);
        kb_leave(k);
        unfold(L, dx, col, at, b, gi, &gm, true);
    }
    close_groups(k, &gm);
    close_images(k, T);
}

/* d-weight: dW_g += dy_g col^T over the images (with slots: over the
 * slot's images into its partial, the partials added after) */
static void lower_conv2d_dw(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = dw_geom(op);
    if (depthwise(&gm)) {
        lower_depthwise_dw(L, op, &gm);
        return;
    }
    long Cg = gm.C / gm.g, Fg = gm.F / gm.g, K = Cg * gm.k * gm.k, P = gm.Ho * gm.Wo, Pp = p_pad(&gm);
    long T = conv_slots(kl_graph(L)), S = slot_scratch(&gm, true);
    bool one = direct(&gm), pad = padded(&gm);
    KBuf *dy = kl_buf(L, op->args[0]), *x = kl_buf(L, op->args[1]), *dw = kl_buf(L, op->result);
    KBuf *col = one ? x : kl_scratch(L, op, "col", (Shape){2, {K, Pp}});
    KBuf *dyp = pad ? kl_scratch_at(L, op, "dyp", K * Pp, (Shape){2, {Fg, Pp}}) : NULL;
    KBuf *part = T > 1 ? kl_scratch_at(L, op, "part", conv_scratch(&gm), (Shape){2, {gm.F, K}}) : NULL;
    bool zero_col = !one && (has_padding(&gm) || pad);
    if (T == 1) {
        kb_zero(k, dw, I(k, gm.F * K));
        if (zero_col)
            kb_zero(k, col, I(k, K * Pp));
        if (pad)
            kb_zero(k, dyp, I(k, Fg * Pp));
    }
    KVar *at;
    /* a slot's patches (when they have padding), dy's copy (when padded)
     * and its partial dW lie in that order, the partial always zeroed */
    KVar *b = open_images(L, op, T, S, &at, zero_col ? 0 : pad ? K * Pp : conv_scratch(&gm), S);
    KExpr *gi = open_groups(k, &gm);
    if (!one)
        unfold(L, x, col, at, b, gi, &gm, false);
    if (pad)
        copy_padded(k, dy, dyp, at, b, gi, &gm);
    GemmSpec s = {.form = GEMM_NT, .a = pad ? dyp : dy, .b = col, .c = part ? part : dw, .m = Fg, .n = K, .k = Pp,
                  .lda = Pp, .ldb = Pp, .ldc = K, .accumulate = true,
                  .a_off = pad ? at_slot(k, at, NULL) : group_rows(k, b, gi, &gm),
                  .b_off = one ? mul(k, V(k, b), I(k, gm.C * P)) : at_slot(k, at, NULL),
                  .c_off = at_slot(k, at, mul(k, gi, I(k, Fg * K)))};
    lower_gemm(k, &s);
    close_groups(k, &gm);
    close_images(k, T);
    if (part) {   /* dW = the slots' partials, added in slot order */
        KVar *i = kb_loop0(k, "i", I(k, gm.F * K), KL_PARALLEL | KL_VECTOR);
        KExpr *sum = kb_load(k, part, V(k, i));
        for (long t = 1; t < T; t++)
            sum = kb_bin(k, KO_ADD, sum, kb_load(k, part, add(k, I(k, t * S), V(k, i))));
        kb_store(k, dw, V(k, i), sum, false);
        kb_leave(k);
    }
}

/* db[f] = sum over images and pixels of dy */
static void lower_sum_channels(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape d = op->args[0]->shape;
    long F = d.dims[1], P = d.dims[2] * d.dims[3];
    KBuf *dy = kl_buf(L, op->args[0]);
    KVar *f = kl_batch_loop(L, "flt", I(k, F), F * P, 0);
    KVar *acc = kl_channel_sum(L, f, F, P, &(KSumTerm){.a = dy}, "acc");
    kb_store(k, kl_buf(L, op->result), V(k, f), V(k, acc), false);
    kb_leave(k);
}

/* The loops over every window of every plane: q the plane (image and
 * channel), oh and ow the output pixel; the caller's body per window. */
typedef struct Win {
    KVar *q, *oh, *ow, *in_plane, *out_at;
} Win;

static Win open_windows(KL *L, const Geom *gm, long planes_per_row)
{
    KB *k = kl_kb(L);
    Win w;
    w.q = kl_batch_loop(L, "plane_i", mul(k, kb_n(k), I(k, planes_per_row)),
                        planes_per_row * gm->H * gm->W, 0);
    w.in_plane = kb_let(k, "plane", mul(k, V(k, w.q), I(k, gm->H * gm->W)));
    w.oh = kb_loop0(k, "oh", I(k, gm->Ho), 0);
    w.ow = kb_loop0(k, "ow", I(k, gm->Wo), 0);
    w.out_at = kb_let(k, "at", add(k, mul(k, add(k, mul(k, V(k, w.q), I(k, gm->Ho)), V(k, w.oh)),
                                              I(k, gm->Wo)), V(k, w.ow)));
    return w;
}

static void close_windows(KB *k)
{
    kb_leave(k);
    kb_leave(k);
    kb_leave(k);
}

/* Opens the loops over a window's taps inside the image; returns the
 * statements to leave and sets *pix to the plane index of the tap. */
static int open_taps(KL *L, const Win *w, const Geom *gm, KExpr **pix)
{
    KB *k = kl_kb(L);
    KVar *kh = kb_loop0(k, "kh", I(k, gm->k), 0);
    KVar *ih;
    int oh_ = open_tap(k, "ih", V(k, w->oh), V(k, kh), gm, gm->H, &ih);
    KVar *kw = kb_loop0(k, "kw", I(k, gm->k), 0);
    Geom gw = *gm;
    gw.Ho = gm->Wo;
    KVar *iw;
    int ow_ = open_tap(k, "iw", V(k, w->ow), V(k, kw), &gw, gm->W, &iw);
    *pix = add(k, mul(k, V(k, ih), I(k, gm->W)), V(k, iw));
    return 2 + oh_ + ow_;
}

static void leave_n(KB *k, int n)
{
    while (n-- > 0)
        kb_leave(k);
}

/* max over the window from -inf, and where it is (-1: nowhere, see
 * window_argmax); the first of equal maxima stays.  Selects, not a
 * branch: which tap wins is data, and a mispredicted branch per tap cost
 * more than the rest of the pool (fashion_cnn's two pool gradients took
 * 15% of its training step with the branch). */
static void window_max(KL *L, const Win *w, const Geom *gm, KBuf *x, KVar **best, KVar **arg)
{
    KB *k = kl_kb(L);
    *best = kb_let(k, "best", kb_f(k, -INFINITY));
    if (arg)
        *arg = kb_let(k, "arg", kb_si(k, -1));
    KExpr *pix;
    int n = open_taps(L, w, gm, &pix);
    KVar *pv = kb_let(k, "pix", pix);
    KVar *v = kb_let(k, "val", kb_load(k, x, add(k, V(k, w->in_plane), V(k, pv))));
    if (arg)    /* before best moves: the comparison with the old best */
        kb_assign(k, *arg, kb_sel(k, kb_bin(k, KO_GT, V(k, v), V(k, *best)), kb_un(k, KO_TO_SIDX, V(k, pv)),
                                  V(k, *arg)), false);
    kb_assign(k, *best, kb_sel(k, kb_bin(k, KO_GT, V(k, v), V(k, *best)), V(k, v), V(k, *best)), false);
    leave_n(k, n);
}

static void lower_max_pool(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = pool_geom(op, op->args[0]->shape);
    KBuf *x = kl_buf(L, op->args[0]);
    Win w = open_windows(L, &gm, gm.C);
    KVar *best;
    window_max(L, &w, &gm, x, &best, NULL);
    kb_store(k, kl_buf(L, op->result), V(k, w.out_at), act_kexpr(k, op->act, V(k, best)), false);
    close_windows(k);
}

/* Windows that tile the input exactly (stride = kernel, no padding, the
 * sizes multiples of it): every input pixel is in one window. */
static bool windows_tile(const Geom *gm)
{
    return gm->s == gm->k && !has_padding(gm) && gm->H % gm->k == 0 && gm->W % gm->k == 0;
}

/* Tiled windows of at most this many taps take tiled_max_grad's form */
#define TILED_TAPS_MAX 9

/* dx of windows that tile the input, each of their pixels written once:
 * dy (times act' of the pixel, fuse.c's act=) at the window's first
 * maximum, zero elsewhere.  Each tap decides alone whether it is that
 * maximum, against every other tap of its window: a later tap beats it
 * when greater, an earlier one when greater or equal, NaN neither wins
 * nor beats, -inf never wins; the winner is window_max's.  These are
 * independent selects, which gcc vectorises over a row's windows; the
 * chain of window_max (best and arg moving together) it turned into
 * branches, and the two pool gradients of fashion_cnn cost 14% of its
 * training step that way. */
static void tiled_max_grad(KL *L, const Op *op, const Geom *gm, const Win *w)
{
    KB *k = kl_kb(L);
    KBuf *x = kl_buf(L, op->args[1]), *dx = kl_buf(L, op->result);
    int taps = (int)(gm->k * gm->k);
    KVar *corner = kb_let(k, "corner", add(k, V(k, w->in_plane),
                                           add(k, mul(k, V(k, w->oh), I(k, gm->k * gm->W)),
                                               mul(k, V(k, w->ow), I(k, gm->k)))));
    KExpr *at[TILED_TAPS_MAX];
    KVar *v[TILED_TAPS_MAX];
    for (int t = 0; t < taps; t++) {
        long kh = t / gm->k, kw = t % gm->k;
        at[t] = add(k, V(k, corner), I(k, kh * gm->W + kw));
        v[t] = kb_let(k, arena_printf(k->a, "v%ld%ld", kh, kw), kb_load(k, x, at[t]));
    }
    KVar *d = kb_let(k, "dev", kl_at(L, op->args[0], V(k, w->out_at)));
    for (int t = 0; t < taps; t++) {
        KExpr *e = op->act == ACT_LINEAR ? V(k, d) : act_kgrad(k, op->act, V(k, d), V(k, v[t]));
        for (int o = taps - 1; o >= 0; o--)
            if (o != t)
                e = kb_sel(k, kb_bin(k, o < t ? KO_LE : KO_LT, V(k, v[t]), V(k, v[o])), kb_f(k, 0), e);
        e = kb_sel(k, kb_bin(k, KO_GT, V(k, v[t]), kb_f(k, -INFINITY)), e, kb_f(k, 0));
        kb_store(k, dx, at[t], e, false);
    }
}

/* dx: dy at each window's first maximum, scaled by act'(x) there when
 * fuse.c has folded the pool input's relu_grad in (act=).  Windows that
 * tile the input write each of their pixels once, dy or zero
 * (tiled_max_grad, or per tap against window_max's argmax); else dx is
 * zeroed and dy added at the maxima (overlapping windows may share one).
 * The tiled forms read nothing of dx: zeroing 6 MB and adding into it
 * again had cost fashion_cnn's first pool gradient three passes over
 * memory. */
static void lower_max_pool_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = pool_geom(op, op->args[1]->shape);
    KBuf *x = kl_buf(L, op->args[1]), *dx = kl_buf(L, op->result);
    bool tiled = windows_tile(&gm);
    if (!tiled)
        kb_zero(k, dx, kl_count(L, op->result));
    Win w = open_windows(L, &gm, gm.C);
    if (tiled && gm.k * gm.k <= TILED_TAPS_MAX) {
        tiled_max_grad(L, op, &gm, &w);
        close_windows(k);
        return;
    }
    KVar *best, *arg;
    window_max(L, &w, &gm, x, &best, &arg);
    KExpr *dev = kl_at(L, op->args[0], V(k, w.out_at));
    if (op->act != ACT_LINEAR)
        dev = act_kgrad(k, op->act, dev, V(k, best));
    KVar *d = kb_let(k, "dev", dev);
    if (tiled) {
        KExpr *pix;
        int n = open_taps(L, &w, &gm, &pix);
        KVar *pv = kb_let(k, "pix", pix);
        KExpr *won = kb_bin(k, KO_EQ, kb_un(k, KO_TO_SIDX, V(k, pv)), V(k, arg));
        kb_store(k, dx, add(k, V(k, w.in_plane), V(k, pv)), kb_sel(k, won, V(k, d), kb_f(k, 0)), false);
        leave_n(k, n);
    } else {
        kb_if(k, kb_bin(k, KO_LE, kb_si(k, 0), V(k, arg)));
        kb_store(k, dx, add(k, V(k, w.in_plane), kb_un(k, KO_TO_IDX, V(k, arg))), V(k, d), true);
        kb_leave(k);
    }
    close_windows(k);
}

static void lower_avg_pool(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = pool_geom(op, op->args[0]->shape);
    KBuf *x = kl_buf(L, op->args[0]);
    Win w = open_windows(L, &gm, gm.C);
    KVar *acc = kb_let(k, "acc", kb_f(k, 0));
    KExpr *pix;
    int n = open_taps(L, &w, &gm, &pix);
    kb_assign(k, acc, kb_load(k, x, add(k, V(k, w.in_plane), pix)), true);
    leave_n(k, n);
    KExpr *mean = kb_bin(k, KO_MUL, V(k, acc), kb_f(k, 1.0 / (double)(gm.k * gm.k)));
    kb_store(k, kl_buf(L, op->result), V(k, w.out_at), act_kexpr(k, op->act, mean), false);
    close_windows(k);
}

static void lower_avg_pool_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    Geom gm = pool_geom(op, op->result->shape);
    KBuf *dy = kl_buf(L, op->args[0]), *dx = kl_buf(L, op->result);
    kb_zero(k, dx, kl_count(L, op->result));
    Win w = open_windows(L, &gm, gm.C);
    KVar *d = kb_let(k, "dev", kb_bin(k, KO_MUL, kb_load(k, dy, V(k, w.out_at)),
                                    kb_f(k, 1.0 / (double)(gm.k * gm.k))));
    KExpr *pix;
    int n = open_taps(L, &w, &gm, &pix);
    kb_store(k, dx, add(k, V(k, w.in_plane), pix), V(k, d), true);
    leave_n(k, n);
    close_windows(k);
}

static void lower_global_avg_pool(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape x = op->args[0]->shape;
    long P = x.dims[2] * x.dims[3];
    KVar *q = kl_batch_loop(L, "plane_i", mul(k, kb_n(k), I(k, x.dims[1])), x.dims[1] * P, 0);
    KVar *acc = kb_let(k, "acc", kb_f(k, 0));
    KVar *p = kb_loop0(k, "px", I(k, P), KL_VECTOR | KL_REDUCE);
    kb_assign(k, acc, kl_at(L, op->args[0], add(k, mul(k, V(k, q), I(k, P)), V(k, p))), true);
    kb_leave(k);
    KExpr *mean = kb_bin(k, KO_MUL, V(k, acc), kb_f(k, 1.0 / (double)P));
    kb_store(k, kl_buf(L, op->result), V(k, q), act_kexpr(k, op->act, mean), false);
    kb_leave(k);
}

static void lower_global_avg_pool_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Shape x = op->result->shape;
    long P = x.dims[2] * x.dims[3];
    KVar *q = kl_batch_loop(L, "plane_i", mul(k, kb_n(k), I(k, x.dims[1])), x.dims[1] * P, 0);
    KVar *d = kb_let(k, "dev", kb_bin(k, KO_MUL, kl_at(L, op->args[0], V(k, q)), kb_f(k, 1.0 / (double)P)));
    KVar *p = kb_loop0(k, "px", I(k, P), KL_VECTOR);
    kb_store(k, kl_buf(L, op->result), add(k, mul(k, V(k, q), I(k, P)), V(k, p)), V(k, d), false);
    kb_leave(k);
    kb_leave(k);
}

/* ---- ONNX ------------------------------------------------------------------------------ */

/* Conv with every attribute written: pads [top, left, bottom, right] (pad,
 * pad, pad_end, pad_end: `same` with an even kernel pads one more after),
 * the group count, dilations 1. */
static void onnx_conv2d(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    Geom gm = conv_geom(op);
    OnnxNode *n = onnx_node(X, "Conv", op->nargs, in, out);
    onnx_attr_ints(n, "dilations", 2, (const long[]){1, 1});
    onnx_attr_int(n, "group", gm.g);
    onnx_attr_ints(n, "kernel_shape", 2, (const long[]){gm.k, gm.k});
    onnx_attr_ints(n, "pads", 4, (const long[]){gm.pt, gm.pt, gm.pb, gm.pb});
    onnx_attr_ints(n, "strides", 2, (const long[]){gm.s, gm.s});
}

/* MaxPool, AveragePool: padding the same on both sides, as pool_geom */
static void onnx_pool(OnnxCtx *X, const Op *op, const char *type, const char *in, const char *out)
{
    long s = (long)op->attr[P_STRIDE], p = (long)op->attr[P_PAD], k = (long)op->attr[P_KERNEL];
    OnnxNode *n = onnx_node(X, type, 1, (const char *[]){in}, out);
    if (strcmp(type, "AveragePool") == 0)   /* always written: the padding's zeros count */
        onnx_attr_int(n, "count_include_pad", 1);
    onnx_attr_ints(n, "kernel_shape", 2, (const long[]){k, k});
    onnx_attr_ints(n, "pads", 4, (const long[]){p, p, p, p});
    onnx_attr_ints(n, "strides", 2, (const long[]){s, s});
}

static void onnx_max_pool(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    onnx_pool(X, op, "MaxPool", in[0], out);
}

static void onnx_avg_pool(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    onnx_pool(X, op, "AveragePool", in[0], out);
}

/* [B,C,H,W] -> GlobalAveragePool [B,C,1,1] -> Flatten [B,C] */
static void onnx_global_avg_pool(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    const char *pooled = onnx_tmp(X, out, "pooled");
    onnx_node(X, "GlobalAveragePool", 1, in, pooled);
    onnx_attr_int(onnx_node(X, "Flatten", 1, (const char *[]){pooled}, out), "axis", 1);
}

/* ---- the table's rows ------------------------------------------------------------------ */

const OpDef op_conv2d = {
    "conv2d", 2, 3, {"stride", "pad", "pad_end", "groups", NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_conv2d, grad_conv2d, run_conv2d, flops_conv2d, lower_conv2d, scratch_conv2d, onnx_conv2d,
};
const OpDef op_conv2d_dx = {
    "conv2d_dx", 2, 2, {"stride", "pad", "pad_end", "groups", "height", "width", NULL}, 0, ACT_LINEAR,
    shape_conv2d_dx, NULL, run_conv2d_dx, flops_conv2d_dx, lower_conv2d_dx, scratch_conv2d_dx, NULL,
};
const OpDef op_conv2d_dw = {
    "conv2d_dw", 2, 2, {"stride", "pad", "pad_end", "groups", "kernel", NULL}, 0, ACT_LINEAR,
    shape_conv2d_dw, NULL, run_conv2d_dw, flops_conv2d_dw, lower_conv2d_dw, scratch_conv2d_dw, NULL,
};
const OpDef op_sum_channels = {
    "sum_channels", 1, 1, {NULL}, 0, ACT_LINEAR,
    shape_sum_channels, NULL, run_sum_channels, flops_read, lower_sum_channels, NULL, NULL,
};
const OpDef op_max_pool2d = {
    "max_pool2d", 1, 1, {"stride", "pad", "kernel", NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_pool, grad_max_pool, run_max_pool, flops_pool, lower_max_pool, NULL, onnx_max_pool,
};
const OpDef op_max_pool2d_grad = {
    "max_pool2d_grad", 2, 2, {"stride", "pad", "kernel", NULL}, OPF_GRAD_EPILOGUE, ACT_LINEAR,
    shape_max_pool_grad, NULL, run_max_pool_grad, flops_pool_grad, lower_max_pool_grad, NULL, NULL,
};
const OpDef op_avg_pool2d = {
    "avg_pool2d", 1, 1, {"stride", "pad", "kernel", NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_pool, grad_avg_pool, run_avg_pool, flops_pool, lower_avg_pool, NULL, onnx_avg_pool,
};
const OpDef op_avg_pool2d_grad = {
    "avg_pool2d_grad", 1, 1, {"stride", "pad", "kernel", "height", "width", NULL}, 0, ACT_LINEAR,
    shape_avg_pool_grad, NULL, run_avg_pool_grad, flops_pool_grad, lower_avg_pool_grad, NULL, NULL,
};
const OpDef op_global_avg_pool = {
    "global_avg_pool", 1, 1, {NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_global_avg_pool, grad_global_avg_pool, run_global_avg_pool, flops_read, lower_global_avg_pool, NULL,
    onnx_global_avg_pool,
};
const OpDef op_global_avg_pool_grad = {
    "global_avg_pool_grad", 1, 1, {"height", "width", NULL}, 0, ACT_LINEAR,
    shape_global_avg_pool_grad, NULL, run_global_avg_pool_grad, ir_flops_elementwise,
    lower_global_avg_pool_grad, NULL, NULL,
};

/* ---- the language's calls ----------------------------------------------------------- */

/* argv of conv2d(x, filters, kernel, stride, padding, groups, act, bias) */
enum { CV_FILTERS = 1, CV_KERNEL, CV_STRIDE, CV_PADDING, CV_GROUPS, CV_ACT, CV_BIAS };
/* of max_pool2d(x, kernel, stride, padding), avg_pool2d the same */
enum { PL_KERNEL = 1, PL_STRIDE, PL_PADDING };

static bool at_least_1(Checker *c, const Expr *call, const Expr *v, const char *what)
{
    if (v->num >= 1)
        return true;
    diag_error(check_diag(c), v->loc, "%s() needs a %s of at least 1, got '%s'", call->name, what, v->text);
    return false;
}

static bool kernel_ok(Checker *c, const Expr *call, const Expr *v)
{
    return at_least_1(c, call, v, "kernel size");
}

static bool stride_ok(Checker *c, const Expr *call, const Expr *v)
{
    return at_least_1(c, call, v, "stride");
}

static bool groups_ok(Checker *c, const Expr *call, const Expr *v)
{
    return at_least_1(c, call, v, "number of groups");
}

static bool at_least_0(Checker *c, const Expr *call, const Expr *v)
{
    if (v->num >= 0)
        return true;
    diag_error(check_diag(c), v->loc, "%s() needs a padding of at least 0, got '%s'", call->name, v->text);
    return false;
}

static const char *const same_name[] = {"same", NULL};

/* The note at an operand that is not an image. */
static bool want_image(Checker *c, Expr *e, const Shape *in)
{
    if (in[0].rank == 3)
        return true;
    diag_error(check_diag(c), check_expr_loc(e), "%s() takes an image [C, H, W], got a vector of %ld", e->name,
               shape_size(in[0]));
    check_note_operand(c, e->in[0]);
    return false;
}

/* The padding before and after from `padding` (a number, or same: k - 1
 * in all, the extra one after when k is even, as PyTorch). */
static void pads(const Expr *e, int slot, long k, long *pt, long *pb)
{
    if (e->argv[slot] < 0) {
        *pt = (k - 1) / 2;
        *pb = k - 1 - *pt;
    } else {
        *pt = *pb = (long)e->argv[slot];
    }
}

/* The window fits the padded input, and the output is not too large. */
static bool window_fits(Checker *c, Expr *e, const Shape *in, long k, long pt, long pb, int kslot)
{
    if (in[0].dims[1] + pt + pb >= k && in[0].dims[2] + pt + pb >= k)
        return true;
    char dims[64];
    if (pt == pb)
        diag_error(check_diag(c), check_param_loc(e, kslot),
                   "%s kernel %ld does not fit a %ld x %ld input with padding %ld", e->name, k, in[0].dims[1],
                   in[0].dims[2], pt);
    else
        diag_error(check_diag(c), check_param_loc(e, kslot),
                   "%s kernel %ld does not fit a %ld x %ld input with padding %ld and %ld", e->name, k,
                   in[0].dims[1], in[0].dims[2], pt, pb);
    check_note_operand(c, e->in[0]);
    (void)dims;
    return false;
}

static Shape out_image(Checker *c, Expr *e, long F, long Ho, long Wo)
{
    double floats = (double)F * (double)Ho * (double)Wo;
    if (floats > (double)NNC_MAX_SIZE) {
        diag_error(check_diag(c), check_expr_loc(e), "%s() result too large: %ld x %ld x %ld (limit is %ld floats)",
                   e->name, F, Ho, Wo, (long)NNC_MAX_SIZE);
        return (Shape){0};
    }
    return (Shape){3, {F, Ho, Wo}};
}

static Shape check_conv2d(Checker *c, Expr *e, const Shape *in)
{
    if (!want_image(c, e, in))
        return (Shape){0};
    long C = in[0].dims[0], F = (long)e->argv[CV_FILTERS], k = (long)e->argv[CV_KERNEL];
    long s = (long)e->argv[CV_STRIDE], g = (long)e->argv[CV_GROUPS], pt, pb;
    Diag *d = check_diag(c);
    bool ok = true;
    if (e->argv[CV_PADDING] < 0 && s != 1) {
        diag_error(d, check_param_loc(e, CV_PADDING), "padding = same needs stride 1, got stride %ld", s);
        ok = false;
    }
    if (C % g) {
        diag_error(d, check_param_loc(e, CV_GROUPS), "groups = %ld does not divide the input's %ld channels", g, C);
        check_note_operand(c, e->in[0]);
        ok = false;
    }
    if (F % g) {
        diag_error(d, check_param_loc(e, CV_GROUPS), "groups = %ld does not divide the %ld filters", g, F);
        ok = false;
    }
    pads(e, CV_PADDING, k, &pt, &pb);
    if (!ok || !window_fits(c, e, in, k, pt, pb, CV_KERNEL))
        return (Shape){0};
    double params = (double)F * (double)(C / g) * (double)k * (double)k + (e->argv[CV_BIAS] ? (double)F : 0);
    if (params > (double)NNC_MAX_PARAMS) {
        diag_error(d, check_expr_loc(e), "layer too large: %.0f parameters (limit is %ld)", params,
                   (long)NNC_MAX_PARAMS);
        return (Shape){0};
    }
    return out_image(c, e, F, out_size(in[0].dims[1], k, s, pt, pb), out_size(in[0].dims[2], k, s, pt, pb));
}

static long conv2d_params(const Expr *e)
{
    Shape x = expr_shape(e->in[0]);
    long F = (long)e->argv[CV_FILTERS], k = (long)e->argv[CV_KERNEL], g = (long)e->argv[CV_GROUPS];
    return F * (x.dims[0] / g) * k * k + (e->argv[CV_BIAS] ? F : 0);
}

/* conv2d(x, F, k, ...) = act(conv(x, W) + b):
 *   %L.pre [B,F,H',W'] = conv2d x, L.weight, L.bias stride= pad= pad_end= groups=
 *   %L = act %L.pre                               (no op when linear)
 * fan_in = C/g*k*k, fan_out = F/g*k*k (PyTorch's). */
static Value *lower_conv2d_call(LowerCtx *L, const Expr *e, const char *name)
{
    (void)name;
    Graph *g = lower_graph(L);
    Shape xs = expr_shape(e->in[0]);
    long F = (long)e->argv[CV_FILTERS], k = (long)e->argv[CV_KERNEL], gr = (long)e->argv[CV_GROUPS], pt, pb;
    long Cg = xs.dims[0] / gr;
    pads(e, CV_PADDING, k, &pt, &pb);
    Value *w = lower_param(L, e, "weight", (Shape){4, {F, Cg, k, k}}, Cg * k * k, F / gr * k * k);
    Value *b = e->argv[CV_BIAS] ? lower_param(L, e, "bias", ir_shape(1, F, 0), Cg * k * k, F / gr * k * k)
                                : NULL;
    Value *x = lower_operand(L, e, 0);
    bool linear = e->act == ACT_LINEAR;
    const char *layer = e->layer;
    double attr[4] = {e->argv[CV_STRIDE], (double)pt, (double)pb, (double)gr};
    Value *args[3] = {x, w, b};
    Value *z = ir_emit_ex(g, OP_CONV2D, PH_FORWARD, e->loc, linear ? layer : arena_printf(g->arena, "%s.pre", layer),
                          b ? 3 : 2, args, 4, attr, (Shape){0});
    if (linear)
        return z;
    return ir_emit(g, act_op(e->act), PH_FORWARD, e->loc, layer, 1, &z);
}

/* "conv2d 3x3 1→32 relu\n320 params" */
static void dot_conv2d(FILE *out, const Expr *e)
{
    Shape x = expr_shape(e->in[0]);
    long k = (long)e->argv[CV_KERNEL];
    fprintf(out, "conv2d %ldx%ld", k, k);
    if (e->argv[CV_STRIDE] != 1)
        fprintf(out, "/%ld", (long)e->argv[CV_STRIDE]);
    fprintf(out, " %ld\xe2\x86\x92%ld", x.dims[0], (long)e->argv[CV_FILTERS]);
    if (e->argv[CV_GROUPS] != 1)
        fprintf(out, " g%ld", (long)e->argv[CV_GROUPS]);
    if (e->act != ACT_LINEAR)
        fprintf(out, " %s", act_name(e->act));
    fprintf(out, "\\n");
    dot_put_count(out, conv2d_params(e));
    fprintf(out, " params");
}

const BuiltinDef bi_conv2d = {
    "conv2d", 8,
    {P_VALUE("x", "an input image"), P_UNITS("filters", "a number of filters"),
     P_INT("kernel", "a kernel size", true, kernel_ok, NULL, 0),
     P_INT("stride", "a stride", false, stride_ok, NULL, 1),
     P_INT("padding", "a padding (a whole number or same)", false, at_least_0, same_name, 0),
     P_INT("groups", "a number of groups", false, groups_ok, NULL, 1),
     P_ACT("act", "an activation"), P_BOOL("bias", "bias", 1)},
    ACT_LINEAR, check_conv2d, conv2d_params, lower_conv2d_call, dot_conv2d,
};

/* pools: padding at most half the kernel (PyTorch's rule: a window is
 * never all padding), stride by default the kernel */
static Shape check_pool(Checker *c, Expr *e, const Shape *in)
{
    if (!want_image(c, e, in))
        return (Shape){0};
    long k = (long)e->argv[PL_KERNEL], p = (long)e->argv[PL_PADDING];
    long s = e->argv[PL_STRIDE] > 0 ? (long)e->argv[PL_STRIDE] : k;
    if (2 * p > k) {
        diag_error(check_diag(c), check_param_loc(e, PL_PADDING),
                   "%s() padding %ld is more than half the kernel %ld", e->name, p, k);
        return (Shape){0};
    }
    if (!window_fits(c, e, in, k, p, p, PL_KERNEL))
        return (Shape){0};
    return out_image(c, e, in[0].dims[0], out_size(in[0].dims[1], k, s, p, p), out_size(in[0].dims[2], k, s, p, p));
}

static Value *lower_pool_call(LowerCtx *L, const Expr *e, const char *name, OpKind kind)
{
    Value *x = lower_operand(L, e, 0);
    long k = (long)e->argv[PL_KERNEL];
    double attr[3] = {e->argv[PL_STRIDE] > 0 ? e->argv[PL_STRIDE] : (double)k, e->argv[PL_PADDING], (double)k};
    return ir_emit_ex(lower_graph(L), kind, PH_FORWARD, e->loc, name, 1, &x, 3, attr, (Shape){0});
}

static Value *lower_max_pool_call(LowerCtx *L, const Expr *e, const char *name)
{
    return lower_pool_call(L, e, name, OP_MAX_POOL2D);
}

static Value *lower_avg_pool_call(LowerCtx *L, const Expr *e, const char *name)
{
    return lower_pool_call(L, e, name, OP_AVG_POOL2D);
}

#define POOL_PARAMS \
    {P_VALUE("x", "an input image"), P_INT("kernel", "a kernel size", true, kernel_ok, NULL, 0), \
     P_INT("stride", "a stride", false, stride_ok, NULL, 0), \
     P_INT("padding", "a padding", false, at_least_0, NULL, 0)}

const BuiltinDef bi_max_pool2d = {
    "max_pool2d", 4, POOL_PARAMS, ACT_LINEAR, check_pool, NULL, lower_max_pool_call, NULL,
};
const BuiltinDef bi_avg_pool2d = {
    "avg_pool2d", 4, POOL_PARAMS, ACT_LINEAR, check_pool, NULL, lower_avg_pool_call, NULL,
};

static Shape check_global_avg_pool(Checker *c, Expr *e, const Shape *in)
{
    if (!want_image(c, e, in))
        return (Shape){0};
    return shape_vec(in[0].dims[0]);
}

static Value *lower_global_avg_pool_call(LowerCtx *L, const Expr *e, const char *name)
{
    Value *x = lower_operand(L, e, 0);
    return ir_emit(lower_graph(L), OP_GLOBAL_AVG_POOL, PH_FORWARD, e->loc, name, 1, &x);
}

const BuiltinDef bi_global_avg_pool = {
    "global_avg_pool", 1, {P_VALUE("x", "an input image")}, ACT_LINEAR, check_global_avg_pool, NULL,
    lower_global_avg_pool_call, NULL,
};
