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
 * few lines in its op family's file, with the math above it.
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
 *
 * The rules themselves are the ops' (OpDef.grad, in the op families'
 * files, the math above each); this file is the walk, the bookkeeping of
 * shares and the helpers the rules call.
 */
#include "ir.h"

#include <stdlib.h>

typedef struct Shares {
    Value **items;
    int len, cap;
} Shares;

struct AD {
    Graph *g;
    int nvalues;       /* values of the forward graph: the arrays' size */
    bool *need;        /* by value id: its gradient is needed */
    int *uses;         /* by value id: how many shares of it to expect */
    Shares *shares;    /* by value id: the shares received so far */
    const Op *op;      /* the op whose rule is running (for its Loc) */
};

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
        for (int j = 0; j < op->nargs && !op_has(op, OPF_STOP_GRAD); j++)
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

/* ---- shares and their sums: what the families' rules call --------------- */

Graph *ad_graph(AD *ad)
{
    return ad->g;
}

bool ad_needed(const AD *ad, const Value *v)
{
    return v->id < ad->nvalues && ad->need[v->id];
}

/* The name for the next share of v's gradient. */
const char *ad_share_name(const AD *ad, const Value *v)
{
    if (ad->uses[v->id] == 1)
        return arena_printf(ad->g->arena, "d.%s", v->name);
    return arena_printf(ad->g->arena, "d.%s.%d", v->name, ad->shares[v->id].len + 1);
}

void ad_give(AD *ad, const Value *v, Value *share)
{
    vec_push(ad->g->arena, ad->shares[v->id], share);
}

Value *ad_emit(AD *ad, OpKind k, const char *name, Value *a, Value *b)
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
        acc = ad_emit(ad, OP_ADD, name, acc, s->items[k]);
    }
    return acc;
}

void ad_share_op(AD *ad, const Op *op, int slot, OpKind k, Value *a, Value *b)
{
    const Value *v = op->args[slot];
    if (ad->need[v->id])
        ad_give(ad, v, ad_emit(ad, k, ad_share_name(ad, v), a, b));
}

void ad_share_same(AD *ad, const Op *op, int slot, Value *dy)
{
    if (ad->need[op->args[slot]->id])
        ad_give(ad, op->args[slot], dy);
}

/* The op's own rule (its OpDef.grad): every forward op has one. */
static void apply_rule(AD *ad, const Op *op, Value *dy)
{
    nnc_assert(op->act == ACT_LINEAR);   /* differentiate before fusing */
    ad->op = op;
    const OpDef *d = op_def(op->kind);
    if (!d->grad)
        nnc_panic(__FILE__, __LINE__, "no derivative rule for %s", d->name);
    d->grad(ad, op, dy);
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
