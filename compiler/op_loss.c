/*
 * op_loss.c - the losses of the train block and their gradients.
 *
 *   mse                    L = mean (y - t)^2          dy = 2 (y - t) / (B n)
 *   cross_entropy          L = mean -log softmax(z)[l] dz = (softmax(z) - onehot(l)) / B
 *   binary_cross_entropy   L = mean BCE(sigmoid(z), t) dz = (sigmoid(z) - t) / (B n)
 *   l1                     L = mean |y - t|            dy = sign(y - t) / (B n)
 *   huber(delta)           L = mean h(y - t), h(d) = d^2/2 for |d| <= delta, else
 *                          delta (|d| - delta/2)       dy = clamp(y - t, -delta, delta) / (B n)
 *   cross_entropy(label_smoothing = e > 0), C classes:
 *                          L = mean lse(z) - (1 - e) z[l] - (e/C) sum_j z_j
 *                          dz = (softmax(z) - (1 - e) onehot(l) - e/C) / B
 *                          (xent_ls_loss, xent_ls_grad: PyTorch's
 *                          CrossEntropyLoss(label_smoothing = e))
 *
 * Cross-entropy and binary cross-entropy read the logits z, the operand
 * of the output's softmax or sigmoid (LossDef.needs), and are computed in
 * their stable forms; each loss's gradient is one op from (input, target)
 * that never forms the softmax's Jacobian.  A LossDef also says how the
 * runtime checks the targets and how the generated code counts the right
 * answers for the accuracy.
 */
#include "kernel.h"
#include "nnrt.h"

#include <math.h>
#include <stddef.h>

/* ---- shapes ---------------------------------------------------------------- */

/* (y, t) of one shape -> a scalar */
static bool shape_loss2(const Op *op, Shape *out, ShapeErr *e)
{
    Shape tmp;
    if (!ir_same_shape(op->args[0]->shape, op->args[1]->shape, &tmp, e))
        return false;
    *out = ir_shape(0, 0, 0);
    return true;
}

static bool shape_same2(const Op *op, Shape *out, ShapeErr *e)
{
    return ir_same_shape(op->args[0]->shape, op->args[1]->shape, out, e);
}

/* (logits [r,n], labels [r]) -> the loss [] or the gradient [r,n] */
static bool labels_fit(const Op *op, ShapeErr *e)
{
    Shape z = op->args[0]->shape, l = op->args[1]->shape;
    if (!ir_need_rank(z, 2, e) || !ir_need_rank(l, 1, e))
        return false;
    if (z.dims[0] != l.dims[0])
        return ir_shape_fail(e, "one label per row", z, l);
    return true;
}

static bool shape_xent_loss(const Op *op, Shape *out, ShapeErr *e)
{
    *out = ir_shape(0, 0, 0);
    return labels_fit(op, e);
}

static bool shape_xent_grad(const Op *op, Shape *out, ShapeErr *e)
{
    *out = op->args[0]->shape;
    return labels_fit(op, e);
}

/* ---- derivative rules: each loss's gradient is one op (input, target) ---- */

static void grad_mse(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    ad_share_op(ad, op, 0, OP_MSE_GRAD, op->args[0], op->args[1]);
}

static void grad_xent(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    ad_share_op(ad, op, 0, OP_XENT_GRAD, op->args[0], op->args[1]);
}

static void grad_bce(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    ad_share_op(ad, op, 0, OP_BCE_GRAD, op->args[0], op->args[1]);
}

/* The gradient op k(input, target) of a loss with an attribute (huber's
 * delta, the smoothing), which it keeps. */
static void grad_with_attr(AD *ad, const Op *op, OpKind k)
{
    const Value *v = op->args[0];
    if (!ad_needed(ad, v))
        return;
    Value *d = ad_emit(ad, k, ad_share_name(ad, v), op->args[0], op->args[1]);
    d->def->attr[0] = op->attr[0];
    ad_give(ad, v, d);
}

static void grad_l1(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    ad_share_op(ad, op, 0, OP_L1_GRAD, op->args[0], op->args[1]);
}

static void grad_huber(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    grad_with_attr(ad, op, OP_HUBER_GRAD);
}

static void grad_xent_ls(AD *ad, const Op *op, Value *dy)
{
    (void)dy;
    grad_with_attr(ad, op, OP_XENT_LS_GRAD);
}

/* ---- reference semantics -------------------------------------------------------- */

static double sigmoid(double x)
{
    return act_def(ACT_SIGMOID)->f(x);
}

/* The per-element term of mse, l1, huber (delta = attr[0]) at d = y - t */
static double regression_term(const Op *op, double d)
{
    double a = fabs(d), delta = op->attr[0];
    switch (op->kind) {
    case OP_MSE_LOSS: return d * d;
    case OP_L1_LOSS: return a;
    default: return a <= delta ? 0.5 * d * d : delta * (a - 0.5 * delta);
    }
}

/* mean over R x C of the term */
static void run_mse_loss(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double *y = interp_v(in, op->args[0]), *t = interp_v(in, op->args[1]), s = 0;
    for (long i = 0; i < n; i++)
        s += regression_term(op, y[i] - t[i]);
    interp_v(in, op->result)[0] = s / (double)n;
}

static long label_of(double t, long classes)
{
    long l = (long)t;
    nnc_assert(l >= 0 && l < classes && (double)l == t);
    return l;
}

/* The label smoothing e of a cross-entropy op (0 for xent_loss) */
static double smoothing(const Op *op)
{
    return op->kind == OP_XENT_LS_LOSS || op->kind == OP_XENT_LS_GRAD ? op->attr[0] : 0;
}

/* -(1/R) sum_r [(1 - e) log softmax(z_r)[l_r] + (e/C) sum_j log softmax(z_r)[j]],
 * with log softmax(z)[l] = z[l] - m - log sum_j exp(z_j - m), m = max_j z_j */
static void run_xent_loss(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *zv = op->args[0];
    long R = interp_rows(in, zv), C = interp_cols(zv);
    double *z = interp_v(in, zv), *l = interp_v(in, op->args[1]), total = 0, e = smoothing(op);
    for (long r = 0; r < R; r++) {
        const double *zr = z + r * C;
        double m = zr[0], s = 0, zsum = 0;
        for (long j = 1; j < C; j++)
            m = zr[j] > m ? zr[j] : m;
        for (long j = 0; j < C; j++) {
            s += exp(zr[j] - m);
            zsum += zr[j];
        }
        total += m + log(s) - (1 - e) * zr[label_of(l[r], C)] - e / (double)C * zsum;
    }
    interp_v(in, op->result)[0] = total / (double)R;
}

/* mean of -(t log s + (1 - t) log(1 - s)), s = sigmoid(z), in the stable
 * form max(z, 0) - z t + log(1 + exp(-|z|)) */
static void run_bce_loss(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double *z = interp_v(in, op->args[0]), *t = interp_v(in, op->args[1]), s = 0;
    for (long i = 0; i < n; i++)
        s += (z[i] > 0 ? z[i] : 0) - z[i] * t[i] + log1p(exp(-fabs(z[i])));
    interp_v(in, op->result)[0] = s / (double)n;
}

/* mse: 2 (y - t) / (R C);  bce: (sigmoid(z) - t) / (R C) */
static void run_pointwise_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double *d = interp_v(in, op->result), *y = interp_v(in, op->args[0]), *t = interp_v(in, op->args[1]);
    double delta = op->attr[0];
    for (long i = 0; i < n; i++) {
        double df = y[i] - t[i];
        switch (op->kind) {
        case OP_MSE_GRAD: d[i] = 2 * df / (double)n; break;
        case OP_BCE_GRAD: d[i] = (sigmoid(y[i]) - t[i]) / (double)n; break;
        case OP_L1_GRAD: d[i] = (df > 0 ? 1 : df < 0 ? -1 : 0) / (double)n; break;
        default: d[i] = (df > delta ? delta : df < -delta ? -delta : df) / (double)n; break;
        }
    }
}

/* dz[r,:] = (softmax(z[r,:]) - onehot(l_r)) / R */
static void run_xent_grad(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *zv = op->args[0];
    long R = interp_rows(in, zv), C = interp_cols(zv);
    double *d = interp_v(in, op->result), *z = interp_v(in, zv), *l = interp_v(in, op->args[1]);
    double e = smoothing(op);
    for (long r = 0; r < R; r++) {
        for (long j = 0; j < C; j++)
            d[r * C + j] = z[r * C + j];
        act_apply(ACT_SOFTMAX, d + r * C, 1, C);
        if (e != 0)
            for (long j = 0; j < C; j++)
                d[r * C + j] -= e / (double)C;
        d[r * C + label_of(l[r], C)] -= 1 - e;
        for (long j = 0; j < C; j++)
            d[r * C + j] /= (double)R;
    }
}

/* ---- loops -------------------------------------------------------------------------- */

/* 1 / (floats of v in this call), as a float */
static KExpr *inv_count(KL *L, const Value *v)
{
    KB *k = kl_kb(L);
    return kb_bin(k, KO_DIV, kb_f(k, 1), kb_un(k, KO_TO_F32, kl_count(L, v)));
}

/* mse, bce: the mean over every element of a per-element term */
static void lower_mean_loss(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *y = op->args[0], *t = op->args[1];
    KVar *sum = kb_let(k, "sum", kb_f(k, 0));
    KVar *i = kb_loop0(k, "i", kl_count(L, y), KL_VECTOR | KL_REDUCE);
    KExpr *a = kl_at(L, y, kb_var(k, i)), *b = kl_at(L, t, kb_var(k, i)), *term;
    if (op->kind == OP_MSE_LOSS) {
        KVar *d = kb_let(k, "acc", kb_bin(k, KO_SUB, a, b));
        term = kb_bin(k, KO_MUL, kb_var(k, d), kb_var(k, d));
    } else if (op->kind == OP_L1_LOSS) {
        term = kb_un(k, KO_ABS, kb_bin(k, KO_SUB, a, b));
    } else if (op->kind == OP_HUBER_LOSS) {
        /* |d| <= delta ? d^2/2 : delta (|d| - delta/2) */
        double delta = op->attr[0];
        KVar *d = kb_let(k, "acc", kb_bin(k, KO_SUB, a, b));
        KVar *ad = kb_let(k, "ad", kb_un(k, KO_ABS, kb_var(k, d)));
        KExpr *quad = kb_bin(k, KO_MUL, kb_f(k, 0.5), kb_bin(k, KO_MUL, kb_var(k, d), kb_var(k, d)));
        KExpr *lin = kb_bin(k, KO_MUL, kb_f(k, delta), kb_bin(k, KO_SUB, kb_var(k, ad), kb_f(k, 0.5 * delta)));
        term = kb_sel(k, kb_bin(k, KO_LE, kb_var(k, ad), kb_f(k, delta)), quad, lin);
    } else {
        /* max(z, 0) - z t + log(1 + exp(-|z|)): BCE of sigmoid(z), stable */
        KExpr *soft = kb_un(k, KO_LOG1P, kb_un(k, KO_EXP, kb_un(k, KO_NEG, kb_un(k, KO_ABS, a))));
        term = kb_bin(k, KO_ADD, kb_bin(k, KO_SUB, kb_bin(k, KO_MAX, a, kb_f(k, 0)), kb_bin(k, KO_MUL, a, b)),
                      soft);
    }
    kb_assign(k, sum, term, true);
    kb_leave(k);
    kb_store(k, kl_buf(L, op->result), kb_i(k, 0), kb_bin(k, KO_MUL, kb_var(k, sum), inv_count(L, y)),
             false);
}

/* (logits, labels) -> mean over rows of logsumexp(row) - row[label] */
static void lower_xent_loss(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *z = op->args[0], *t = op->args[1];
    long c = ir_row_size(z->shape);
    KVar *acc = kb_let(k, "acc", kb_f(k, 0));
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_REDUCE);
    KVar *mx = act_row_max(L, z, i);
    KVar *sum = kb_let(k, "sum", kb_f(k, 0));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR | KL_REDUCE);
    kb_assign(k, sum, kb_un(k, KO_EXP, kb_bin(k, KO_SUB, kl_at(L, z, kl_rc(L, i, c, kb_var(k, j))),
                                              kb_var(k, mx))), true);
    kb_leave(k);
    KVar *lbl = kb_let(k, "lbl", kb_un(k, KO_TO_IDX, kl_at(L, t, kb_var(k, i))));
    KExpr *lse = kb_bin(k, KO_ADD, kb_var(k, mx), kb_un(k, KO_LOG, kb_var(k, sum)));
    double e = smoothing(op);
    if (e != 0) {   /* lse - (1 - e) z[l] - (e/C) sum_j z_j */
        KVar *zs = kb_let(k, "zsum", kb_f(k, 0));
        KVar *j2 = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR | KL_REDUCE);
        kb_assign(k, zs, kl_at(L, z, kl_rc(L, i, c, kb_var(k, j2))), true);
        kb_leave(k);
        KExpr *picked = kb_bin(k, KO_MUL, kb_f(k, 1 - e), kl_at(L, z, kl_rc(L, i, c, kb_var(k, lbl))));
        KExpr *spread = kb_bin(k, KO_MUL, kb_f(k, e / (double)c), kb_var(k, zs));
        kb_assign(k, acc, kb_bin(k, KO_SUB, kb_bin(k, KO_SUB, lse, picked), spread), true);
    } else {
        kb_assign(k, acc, kb_bin(k, KO_SUB, lse, kl_at(L, z, kl_rc(L, i, c, kb_var(k, lbl)))), true);
    }
    kb_leave(k);
    kb_store(k, kl_buf(L, op->result), kb_i(k, 0),
             kb_bin(k, KO_DIV, kb_var(k, acc), kb_un(k, KO_TO_F32, kb_n(k))), false);
}

/* (logits, labels) -> (softmax(logits) - onehot) / B */
static void lower_xent_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result, *z = op->args[0], *t = op->args[1];
    long c = ir_row_size(z->shape);
    KVar *scale = kb_let(k, "scale", kb_bin(k, KO_DIV, kb_f(k, 1), kb_un(k, KO_TO_F32, kb_n(k))));
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    KVar *sum = act_row_exp(L, r, z, i);
    KVar *lbl = kb_let(k, "lbl", kb_un(k, KO_TO_IDX, kl_at(L, t, kb_var(k, i))));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
    KExpr *p = kb_bin(k, KO_DIV, kl_at(L, r, kl_rc(L, i, c, kb_var(k, j))), kb_var(k, sum));
    double e = smoothing(op);   /* the smoothed target: (1 - e) onehot + e/C */
    KExpr *hot = kb_sel(k, kb_bin(k, KO_EQ, kb_var(k, j), kb_var(k, lbl)), kb_f(k, 1 - e + e / (double)c),
                        kb_f(k, e / (double)c));
    kb_store(k, kl_buf(L, r), kl_rc(L, i, c, kb_var(k, j)),
             kb_bin(k, KO_MUL, kb_bin(k, KO_SUB, p, hot), kb_var(k, scale)), false);
    kb_leave(k);
    kb_leave(k);
}

/* mse: 2 (y - t) / (B n); bce: (sigmoid(z) - t) / (B n); l1: sign(y - t) / (B n);
 * huber: clamp(y - t, -delta, delta) / (B n) */
static void lower_mean_grad(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result, *y = op->args[0], *t = op->args[1];
    bool mse = op->kind == OP_MSE_GRAD;
    KVar *scale = kb_let(k, "scale", kb_bin(k, KO_DIV, kb_f(k, mse ? 2 : 1),
                                            kb_un(k, KO_TO_F32, kl_count(L, y))));
    KVar *i = kb_loop0(k, "i", kl_count(L, r), KL_PARALLEL | KL_VECTOR);
    KExpr *a = kl_at(L, y, kb_var(k, i));
    KExpr *d = kb_bin(k, KO_SUB, op->kind == OP_BCE_GRAD ? act_kexpr(k, ACT_SIGMOID, a) : a,
                      kl_at(L, t, kb_var(k, i)));
    if (op->kind == OP_L1_GRAD) {
        KVar *dv = kb_let(k, "d", d);
        d = kb_bin(k, KO_SUB, kb_sel(k, kb_bin(k, KO_GT, kb_var(k, dv), kb_f(k, 0)), kb_f(k, 1), kb_f(k, 0)),
                   kb_sel(k, kb_bin(k, KO_LT, kb_var(k, dv), kb_f(k, 0)), kb_f(k, 1), kb_f(k, 0)));
    } else if (op->kind == OP_HUBER_GRAD) {
        d = kb_bin(k, KO_MIN, kb_bin(k, KO_MAX, d, kb_f(k, -op->attr[0])), kb_f(k, op->attr[0]));
    }
    kb_store(k, kl_buf(L, r), kb_var(k, i), kb_bin(k, KO_MUL, d, kb_var(k, scale)), false);
    kb_leave(k);
}

/* ---- the table's rows ------------------------------------------------------------- */

const OpDef op_mse_loss = {
    "mse_loss", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_loss2, grad_mse, run_mse_loss, ir_flops_elementwise, lower_mean_loss, NULL, NULL,
};
const OpDef op_xent_loss = {
    "xent_loss", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_xent_loss, grad_xent, run_xent_loss, ir_flops_elementwise, lower_xent_loss, NULL, NULL,
};
const OpDef op_bce_loss = {
    "bce_loss", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_loss2, grad_bce, run_bce_loss, ir_flops_elementwise, lower_mean_loss, NULL, NULL,
};
const OpDef op_mse_grad = {
    "mse_grad", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_pointwise_grad, ir_flops_elementwise, lower_mean_grad, NULL, NULL,
};
const OpDef op_xent_grad = {
    "xent_grad", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_xent_grad, NULL, run_xent_grad, ir_flops_elementwise, lower_xent_grad, NULL, NULL,
};
const OpDef op_bce_grad = {
    "bce_grad", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_pointwise_grad, ir_flops_elementwise, lower_mean_grad, NULL, NULL,
};
const OpDef op_l1_loss = {
    "l1_loss", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_loss2, grad_l1, run_mse_loss, ir_flops_elementwise, lower_mean_loss, NULL, NULL,
};
const OpDef op_huber_loss = {
    "huber_loss", 2, 2, {"delta", NULL}, 0, ACT_LINEAR,
    shape_loss2, grad_huber, run_mse_loss, ir_flops_elementwise, lower_mean_loss, NULL, NULL,
};
const OpDef op_xent_ls_loss = {
    "xent_ls_loss", 2, 2, {"label_smoothing", NULL}, 0, ACT_LINEAR,
    shape_xent_loss, grad_xent_ls, run_xent_loss, ir_flops_elementwise, lower_xent_loss, NULL, NULL,
};
const OpDef op_l1_grad = {
    "l1_grad", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_pointwise_grad, ir_flops_elementwise, lower_mean_grad, NULL, NULL,
};
const OpDef op_huber_grad = {
    "huber_grad", 2, 2, {"delta", NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_pointwise_grad, ir_flops_elementwise, lower_mean_grad, NULL, NULL,
};
const OpDef op_xent_ls_grad = {
    "xent_ls_grad", 2, 2, {"label_smoothing", NULL}, 0, ACT_LINEAR,
    shape_xent_grad, NULL, run_xent_grad, ir_flops_elementwise, lower_xent_grad, NULL, NULL,
};

/* ---- the losses of the train block ---------------------------------------------------- */

/* The operand of the output's activation (softmax, sigmoid): the logits. */
static Value *logits_of(Graph *g, Act act)
{
    const Value *out = g->output;
    nnc_assert(out->kind == VK_TEMP && op_def(out->def->kind)->act == act &&
               op_has(out->def, OPF_ACT));
    return g->logits = out->def->args[0];
}

/* loss [] = kind(from, target), the target [B] (labels) or shaped like
 * the output */
static void lower_loss_op(Graph *g, const TrainConfig *cfg, OpKind kind, Value *from, bool labels)
{
    Shape ts = labels ? ir_shape(1, IR_BATCH, 0) : ir_shape(2, IR_BATCH, ir_row_size(g->output->shape));
    g->target = ir_new_value(g, VK_TARGET, "target", ts, cfg->loss_loc);
    g->loss = ir_emit(g, kind, PH_LOSS, cfg->loss_loc, "loss", 2, (Value *[]){from, g->target});
}

static void lower_l1(Graph *g, const TrainConfig *cfg)
{
    lower_loss_op(g, cfg, OP_L1_LOSS, g->output, false);
}

static void lower_huber(Graph *g, const TrainConfig *cfg)
{
    lower_loss_op(g, cfg, OP_HUBER_LOSS, g->output, false);
    g->loss->def->attr[0] = cfg->huber_delta;
}

static void lower_mse(Graph *g, const TrainConfig *cfg)
{
    lower_loss_op(g, cfg, OP_MSE_LOSS, g->output, false);
}

static void lower_xent(Graph *g, const TrainConfig *cfg)
{
    bool smooth = cfg->label_smoothing > 0;
    lower_loss_op(g, cfg, smooth ? OP_XENT_LS_LOSS : OP_XENT_LOSS, logits_of(g, ACT_SOFTMAX), true);
    if (smooth)
        g->loss->def->attr[0] = cfg->label_smoothing;
}

static void lower_bce(Graph *g, const TrainConfig *cfg)
{
    lower_loss_op(g, cfg, OP_BCE_LOSS, logits_of(g, ACT_SIGMOID), false);
}

/* hits += 1 where row i's argmax is its label */
static void count_argmax(KL *L, KVar *hits)
{
    KB *k = kl_kb(L);
    const Value *y = kl_graph(L)->output, *t = kl_graph(L)->target;
    long c = ir_row_size(y->shape);
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_REDUCE);
    KVar *best = kb_let(k, "best", kl_at(L, y, kl_rc(L, i, c, kb_i(k, 0))));
    KVar *arg = kb_let(k, "arg", kb_i(k, 0));
    KVar *j = kb_loop0(k, "j", kb_i(k, c), 0);
    KExpr *yj = kl_at(L, y, kl_rc(L, i, c, kb_var(k, j)));
    kb_assign(k, arg, kb_sel(k, kb_bin(k, KO_GT, yj, kb_var(k, best)), kb_var(k, j), kb_var(k, arg)),
              false);
    kb_assign(k, best, kb_bin(k, KO_MAX, kb_var(k, best), yj), false);
    kb_leave(k);
    KExpr *right = kb_bin(k, KO_EQ, kb_var(k, arg), kb_un(k, KO_TO_IDX, kl_at(L, t, kb_var(k, i))));
    kb_assign(k, hits, kb_sel(k, right, kb_f(k, 1), kb_f(k, 0)), true);
    kb_leave(k);
}

/* hits += 1 for each output on the same side of 0.5 as its target */
static void count_threshold(KL *L, KVar *hits)
{
    KB *k = kl_kb(L);
    const Value *y = kl_graph(L)->output, *t = kl_graph(L)->target;
    KVar *i = kb_loop0(k, "i", kl_count(L, y), KL_VECTOR | KL_REDUCE);
    KExpr *py = kb_bin(k, KO_GT, kl_at(L, y, kb_var(k, i)), kb_f(k, 0.5));
    KExpr *pt = kb_bin(k, KO_GT, kl_at(L, t, kb_var(k, i)), kb_f(k, 0.5));
    kb_assign(k, hits, kb_sel(k, kb_bin(k, KO_EQ, py, pt), kb_f(k, 1), kb_f(k, 0)), true);
    kb_leave(k);
}

/* A key of a loss's call (OptArg) */
#define KEY(nm, field, d, ...) {.name = nm, .offset = offsetof(TrainConfig, field), .def = d, __VA_ARGS__}

const LossDef loss_mse = {
    "mse", ACT_LINEAR, NNRT_LOSS_MSE, "NNRT_LOSS_MSE", lower_mse, NULL, "right answers: none for mse",
    0, {{.name = NULL}}, "nn.MSELoss()",
};
const LossDef loss_cross_entropy = {
    "cross_entropy", ACT_SOFTMAX, NNRT_LOSS_CROSS_ENTROPY, "NNRT_LOSS_CROSS_ENTROPY", lower_xent,
    count_argmax, "right answers: argmax = label",
    1, {KEY("label_smoothing", label_smoothing, 0, .hi = 1)}, "nn.CrossEntropyLoss(label_smoothing=)",
};
const LossDef loss_binary_cross_entropy = {
    "binary_cross_entropy", ACT_SIGMOID, NNRT_LOSS_BCE, "NNRT_LOSS_BCE", lower_bce, count_threshold,
    "right answers: outputs on the target's side of 0.5", 0, {{.name = NULL}}, "nn.BCEWithLogitsLoss()",
};
const LossDef loss_l1 = {
    "l1", ACT_LINEAR, NNRT_LOSS_MSE, "NNRT_LOSS_MSE", lower_l1, NULL, "right answers: none for l1",
    0, {{.name = NULL}}, "nn.L1Loss()",
};
const LossDef loss_huber = {
    "huber", ACT_LINEAR, NNRT_LOSS_MSE, "NNRT_LOSS_MSE", lower_huber, NULL, "right answers: none for huber",
    1, {KEY("delta", huber_delta, 1.0, .lo_open = true)}, "nn.HuberLoss(delta=)",
};
