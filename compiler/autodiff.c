/*
 * autodiff.c - the backward pass, derived symbolically as IR.
 *
 * Takes a graph with forward and loss ops and appends, in the backward
 * phase, the ops that compute d loss / d p for every parameter p; sets
 * Value.grad of each parameter.  No tape at run time: the chain rule is
 * applied once, here, to the graph.
 *
 * Reverse mode.  The forward ops are walked from the loss back to the
 * input.  When the walk reaches the op defining a value y, every op that
 * uses y has been visited already and has contributed its share of dy;
 * the shares are summed (ADD) into the gradient of y, and then y's op's
 * own rule turns dy into contributions for its operands.  Each rule is a
 * few lines below, with the math above it.
 *
 * Only needed work is emitted.  A value's gradient is needed when the
 * value depends on some parameter (else nobody asks for it: the input,
 * the targets, dropout masks) and the loss depends on the value (else it
 * is zero: the output's softmax when the loss reads the logits).  So the
 * first layer gets no matmul_nn for d x, and the softmax of a
 * cross-entropy model gets no softmax_grad: the loss rules give the
 * gradient of the logits directly (softmax - onehot, sigmoid - t).
 *
 * Names: the gradient of %v is %d.v; when v has k > 1 uses its shares
 * are %d.v.1 .. %d.v.k and %d.v is their sum.  Rules whose derivative
 * is the identity (add, bias_add) pass dy itself on, with no op.
 */
#include "ir.h"

#include <stdlib.h>

typedef struct Shares {
    Value **items;
    int len, cap;
} Shares;

typedef struct AD {
    Graph *g;
    int nvalues;       /* values of the forward graph: the arrays' size */
    bool *need;        /* by value id: its gradient is needed */
    int *uses;         /* by value id: how many shares of it to expect */
    Shares *shares;    /* by value id: the shares received so far */
    const Op *op;      /* the op whose rule is running (for its Loc) */
} AD;

/* ---- which gradients are needed ------------------------------------------- */

static bool is_forward(const Op *op)
{
    return op->phase == PH_FORWARD || op->phase == PH_LOSS;
}

/* need = depends on a parameter AND the loss depends on it. */
static void find_needed(AD *ad)
{
    const Graph *g = ad->g;
    bool *dep = xcalloc((size_t)ad->nvalues, sizeof(bool));
    bool *reach = xcalloc((size_t)ad->nvalues, sizeof(bool));
    for (int i = 0; i < ad->nvalues; i++)
        dep[i] = g->values.items[i]->kind == VK_PARAM;
    for (int i = 0; i < g->ops.len && is_forward(g->ops.items[i]); i++) {
        const Op *op = g->ops.items[i];
        for (int j = 0; j < op->nargs; j++)
            dep[op->result->id] |= dep[op->args[j]->id];
    }
    reach[g->loss->id] = true;
    for (int i = g->ops.len - 1; i >= 0; i--) {
        const Op *op = g->ops.items[i];
        if (is_forward(op) && reach[op->result->id])
            for (int j = 0; j < op->nargs; j++)
                reach[op->args[j]->id] = true;
    }
    for (int i = 0; i < ad->nvalues; i++)
        ad->need[i] = dep[i] && reach[i];
    free(dep);
    free(reach);
}

/* The loss's own gradient is the seed (1), so its op always runs its rule. */
static bool runs_rule(const AD *ad, const Op *op)
{
    return is_forward(op) && (op->result == ad->g->loss || ad->need[op->result->id]);
}

static void count_uses(AD *ad)
{
    const Graph *g = ad->g;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (!runs_rule(ad, op))
            continue;
        for (int j = 0; j < op->nargs; j++)
            if (ad->need[op->args[j]->id])
                ad->uses[op->args[j]->id]++;
    }
}

/* ---- shares and their sums --------------------------------------------------- */

/* The name for the next share of v's gradient. */
static const char *share_name(const AD *ad, const Value *v)
{
    if (ad->uses[v->id] == 1)
        return arena_printf(ad->g->arena, "d.%s", v->name);
    return arena_printf(ad->g->arena, "d.%s.%d", v->name, ad->shares[v->id].len + 1);
}

static void give(AD *ad, const Value *v, Value *share)
{
    vec_push(ad->g->arena, ad->shares[v->id], share);
}

static Value *emit(AD *ad, OpKind k, const char *name, Value *a, Value *b)
{
    Value *args[2] = {a, b};
    return ir_emit(ad->g, k, PH_BACKWARD, ad->op->loc, name, b ? 2 : 1, args);
}

/* dv = sum of its shares, in the order they were given. */
static Value *gradient_of(AD *ad, const Value *v)
{
    Shares *s = &ad->shares[v->id];
    nnc_assert(s->len == ad->uses[v->id] && s->len > 0);
    Value *acc = s->items[0];
    for (int k = 1; k < s->len; k++) {
        const char *name = k == s->len - 1 ? arena_printf(ad->g->arena, "d.%s", v->name)
                                           : arena_printf(ad->g->arena, "d.%s.acc%d", v->name, k + 1);
        acc = emit(ad, OP_ADD, name, acc, s->items[k]);
    }
    return acc;
}

/* ---- the rules: dy is the gradient of the op's result ------------------------ */

/* Emits `k (a, b)` as the share of operand `slot`, if that one is needed. */
static void share_op(AD *ad, const Op *op, int slot, OpKind k, Value *a, Value *b)
{
    const Value *v = op->args[slot];
    if (ad->need[v->id])
        give(ad, v, emit(ad, k, share_name(ad, v), a, b));
}

/* Passes dy on unchanged to operand `slot`. */
static void share_same(AD *ad, const Op *op, int slot, Value *dy)
{
    if (ad->need[op->args[slot]->id])
        give(ad, op->args[slot], dy);
}

/* y = x W^T:  dx = dy W [B,i] (matmul_nn),  dW = dy^T x [o,i] (matmul_tn) */
static void rule_matmul(AD *ad, const Op *op, Value *dy)
{
    share_op(ad, op, 0, OP_MATMUL_NN, dy, op->args[1]);
    share_op(ad, op, 1, OP_MATMUL_TN, dy, op->args[0]);
}

/* y = x + b (b on every row):  dx = dy,  db = sum over rows of dy [o] */
static void rule_bias_add(AD *ad, const Op *op, Value *dy)
{
    share_same(ad, op, 0, dy);
    share_op(ad, op, 1, OP_SUM_ROWS, dy, NULL);
}

/* Elementwise y = f(x) with f' written in terms of y (relu: y > 0;
 * sigmoid: y (1 - y); tanh: 1 - y^2) or, for softmax per row,
 * dx = y (dy - sum_j dy_j y_j):  one op (dy, y). */
static void rule_of_output(AD *ad, const Op *op, Value *dy, OpKind grad)
{
    share_op(ad, op, 0, grad, dy, op->result);
}

/* y = x > 0 ? x : alpha x:  dx = dy (x > 0 ? 1 : alpha), read from x
 * (y's sign says nothing when alpha <= 0). */
static void rule_leaky_relu(AD *ad, const Op *op, Value *dy)
{
    const Value *x = op->args[0];
    if (!ad->need[x->id])
        return;
    Value *args[2] = {dy, op->args[0]};
    Value *dx = ir_emit_ex(ad->g, OP_LEAKY_RELU_GRAD, PH_BACKWARD, op->loc, share_name(ad, x),
                           2, args, 1, op->attr, dy->shape);
    give(ad, x, dx);
}

/* y = a + b:  da = dy,  db = dy */
static void rule_add(AD *ad, const Op *op, Value *dy)
{
    share_same(ad, op, 0, dy);
    share_same(ad, op, 1, dy);
}

/* y = [a b] by columns:  da = dy[:, 0:na],  db = dy[:, na:na+nb] */
static void rule_concat(AD *ad, const Op *op, Value *dy)
{
    long na = op->args[0]->shape.dims[1], nb = op->args[1]->shape.dims[1];
    for (int slot = 0; slot < 2; slot++) {
        const Value *v = op->args[slot];
        if (!ad->need[v->id])
            continue;
        double bounds[2] = {slot ? (double)na : 0, slot ? (double)(na + nb) : (double)na};
        give(ad, v, ir_emit_ex(ad->g, OP_SLICE, PH_BACKWARD, op->loc, share_name(ad, v), 1, &dy,
                               2, bounds, dy->shape));
    }
}

/* y = x * mask:  dx = dy * mask (the mask drawn in the forward pass) */
static void rule_dropout(AD *ad, const Op *op, Value *dy)
{
    share_op(ad, op, 0, OP_MUL, dy, op->args[1]);
}

/* Losses (their own gradient is 1):
 *   mse   L = mean (y - t)^2          dy = 2 (y - t) / (B n)
 *   xent  L = mean -log softmax(z)[l] dz = (softmax(z) - onehot(l)) / B
 *   bce   L = mean BCE(sigmoid(z), t) dz = (sigmoid(z) - t) / (B n)
 * each one op (input, target) that never forms the softmax's Jacobian. */
static void rule_loss(AD *ad, const Op *op, OpKind grad)
{
    share_op(ad, op, 0, grad, op->args[0], op->args[1]);
}

static void apply_rule(AD *ad, const Op *op, Value *dy)
{
    nnc_assert(op->act == ACT_LINEAR);   /* differentiate before fusing */
    ad->op = op;
    switch (op->kind) {
    case OP_MATMUL: rule_matmul(ad, op, dy); return;
    case OP_BIAS_ADD: rule_bias_add(ad, op, dy); return;
    case OP_RELU: rule_of_output(ad, op, dy, OP_RELU_GRAD); return;
    case OP_SIGMOID: rule_of_output(ad, op, dy, OP_SIGMOID_GRAD); return;
    case OP_TANH: rule_of_output(ad, op, dy, OP_TANH_GRAD); return;
    case OP_SOFTMAX: rule_of_output(ad, op, dy, OP_SOFTMAX_GRAD); return;
    case OP_LEAKY_RELU: rule_leaky_relu(ad, op, dy); return;
    case OP_ADD: rule_add(ad, op, dy); return;
    case OP_CONCAT: rule_concat(ad, op, dy); return;
    case OP_DROPOUT: rule_dropout(ad, op, dy); return;
    case OP_DROPOUT_MASK: return;   /* no operands */
    case OP_MSE_LOSS: rule_loss(ad, op, OP_MSE_GRAD); return;
    case OP_XENT_LOSS: rule_loss(ad, op, OP_XENT_GRAD); return;
    case OP_BCE_LOSS: rule_loss(ad, op, OP_BCE_GRAD); return;
    default: break;
    }
    nnc_panic(__FILE__, __LINE__, "no derivative rule for %s", ir_op_name(op->kind));
}

/* ---- the walk ------------------------------------------------------------------- */

void autodiff(Graph *g)
{
    if (!g->loss)
        return;
    int nops = g->ops.len;
    AD ad = {g, g->values.len, NULL, NULL, NULL, NULL};
    ad.need = xcalloc((size_t)ad.nvalues, sizeof(bool));
    ad.uses = xcalloc((size_t)ad.nvalues, sizeof(int));
    ad.shares = xcalloc((size_t)ad.nvalues, sizeof(Shares));
    find_needed(&ad);
    count_uses(&ad);
    for (int i = nops - 1; i >= 0; i--) {
        const Op *op = g->ops.items[i];
        if (!runs_rule(&ad, op))
            continue;
        ad.op = op;
        Value *dy = op->result == g->loss ? NULL : gradient_of(&ad, op->result);
        apply_rule(&ad, op, dy);
    }
    for (int i = 0; i < ad.nvalues; i++) {
        Value *p = g->values.items[i];
        if (p->kind == VK_PARAM && ad.need[i]) {
            p->grad = gradient_of(&ad, p);
            p->grad->param = p;
        }
    }
    free(ad.need);
    free(ad.uses);
    free(ad.shares);   /* the shares' items live in the arena */
}
