/*
 * fuse.c - op fusion on the graph IR: fewer passes over memory.
 *
 * Takes a graph after optim_append (forward, loss, backward, updates) and
 * gives an equivalent graph with fewer ops, where an op that used to
 * write a temporary for the next op to read does the next op's work on
 * the value while it still has it.  Nothing new is computed and nothing
 * is reordered: each rewrite moves a cheap elementwise step into the loop
 * of its neighbour and deletes the op (and the temporary) it replaces.
 * `--no-fuse` skips the pass, so tests hold both graphs to the same
 * numbers; the reference interpreter runs either.
 *
 * Forward: epilogues.  A dense layer lowers to matmul, bias_add and an
 * activation, three passes over a [B,o] tile.  Fused it is one op,
 *     %h1 [B,256] = matmul %x, %h1.weight, %h1.bias act=relu
 * whose loop adds the bias and applies the activation to each dot
 * product before storing it.  The same epilogue takes the activation of
 * a bias_add or of an add (a skip connection, relu(a + b)), so every
 * elementwise chain of a layer is one loop.  A rewrite needs the
 * intermediate to have no other reader: the logits a loss reads stay
 * (softmax then remains a separate row op after matmul + bias, as
 * cross-entropy needs the pre-softmax row), and leaky_relu stays an op
 * of its own, since its derivative reads its input, not its output.
 *
 * Backward: prologues.  autodiff gives, per activation,
 *     %d.h1.pre = relu_grad %d.h1, %h1
 * read by the layer's three gradient ops (sum_rows for the bias,
 * matmul_tn for the weight, matmul_nn for the layer below).  When those
 * are its only readers, the relu_grad goes and each reader loads dy and
 * scales it by the derivative as it goes:
 *     %d.h1.bias = sum_rows %d.h1, %h1 act=relu
 *     %d.h1.weight = matmul_tn %d.h1, %x, %h1 act=relu
 * (act' written in terms of the activation's output y, which the forward
 * pass kept anyway).
 *
 * The prologue is off in fuse() for now, on in fuse_with(g, true): it
 * is exact (test_fuse holds it to the unfused graph) but, measured, it
 * is slower (bench/RESULTS.md, "Fusion").  gemm.c's register-blocked
 * products do not pack A, so a prologue on A is recomputed once per
 * panel of output columns, while the separate relu_grad costs one pass
 * over [B,o].  It
 * pays once the products pack A (act' applied once per element, as the
 * panel is copied).  A gradient that also flows elsewhere (a skip
 * connection's share, summed by an add) keeps its op: recomputing it in
 * every reader is cheap, but an add is not one of the readers that know
 * how.
 *
 * What needs no rewrite here: autodiff already emits the losses' fused,
 * stable gradients (xent_grad: softmax(z) - onehot from the logits, with
 * no softmax_grad; bce_grad: sigmoid(z) - t), so each loss is one op and
 * its gradient one op; and each optimizer update is one op whose
 * lowering is one loop over the parameter (decay, momentum or moments,
 * and the step together).
 *
 * The result is verified IR: removed temporaries leave Graph.values and
 * the remaining values are renumbered, so value ids stay dense.
 */
#include "ir.h"

#include <stdlib.h>

typedef struct Fuse {
    Graph *g;
    int *uses;        /* by value id: operand occurrences in every op */
    Op **user;        /* by value id: the op reading it (the last one seen) */
    bool *pinned;     /* by value id: named by the graph (output, loss, a gradient) */
    bool *dead;       /* by op index */
    int *index;       /* by value id: index of its defining op */
} Fuse;

static void count_uses(Fuse *f)
{
    Graph *g = f->g;
    for (int i = 0; i < g->ops.len; i++) {
        Op *op = g->ops.items[i];
        if (op->result)
            f->index[op->result->id] = i;
        for (int j = 0; j < op->nargs; j++) {
            f->uses[op->args[j]->id]++;
            f->user[op->args[j]->id] = op;
        }
    }
    const Value *ends[] = {g->input, g->target, g->output, g->loss, g->logits};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (ends[i])
            f->pinned[ends[i]->id] = true;
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->grad)
            f->pinned[g->values.items[i]->grad->id] = true;
}

/* The one op that reads v, if v is a temporary nothing else needs. */
static Op *only_user(const Fuse *f, const Value *v)
{
    if (f->pinned[v->id] || f->uses[v->id] != 1)
        return NULL;
    return f->user[v->id];
}

/* `op` takes over the result of `next`, which it has made redundant. */
static void absorb(Fuse *f, Op *op, Op *next)
{
    if (op->nabsorbed < (int)(sizeof op->absorbed / sizeof *op->absorbed))
        op->absorbed[op->nabsorbed++] = next->loc;   /* for --emit=dot's clusters */
    op->result = next->result;
    op->result->def = op;
    f->dead[f->index[next->result->id]] = true;
}

/* The activation an op applies (OPF_ACT) or whose derivative it applies
 * (OPF_ACT_GRAD), per `flag`; linear for any other op. */
static Act act_of(const Op *op, unsigned flag)
{
    return op_has(op, flag) ? op_def(op->kind)->act : ACT_LINEAR;
}

/* A product with room for a bias (matmul (x, W)) then a bias_add (., b):
 * matmul (x, W, b). */
static bool fuse_bias(Fuse *f, Op *op)
{
    const OpDef *d = op_def(op->kind);
    if (!(d->flags & OPF_BIAS_SLOT) || op->nargs != d->min_args || op->act != ACT_LINEAR)
        return false;
    Op *next = only_user(f, op->result);
    if (!next || !op_has(next, OPF_BIAS) || next->args[0] != op->result)
        return false;
    op->args[op->nargs++] = next->args[1];
    absorb(f, op, next);
    return true;
}

/* An op that takes an epilogue (matmul, bias_add, add), then an
 * activation of its result: act=A.  Softmax is a row op only some
 * epilogues can apply (OPF_ROW_EPILOGUE: not an add's). */
static bool fuse_act(Fuse *f, Op *op)
{
    if (!op_has(op, OPF_EPILOGUE) || op->act != ACT_LINEAR)
        return false;
    Op *next = only_user(f, op->result);
    Act a = next ? act_of(next, OPF_ACT) : ACT_LINEAR;
    if (a == ACT_LINEAR || next->phase != PH_FORWARD ||
        (a == ACT_SOFTMAX && !op_has(op, OPF_ROW_EPILOGUE)))
        return false;
    op->act = a;
    absorb(f, op, next);
    return true;
}

static void fuse_forward(Fuse *f)
{
    Graph *g = f->g;
    for (int i = 0; i < g->ops.len; i++) {
        Op *op = g->ops.items[i];
        if (f->dead[i] || op->phase != PH_FORWARD)
            continue;
        fuse_bias(f, op);
        fuse_act(f, op);
    }
}

/* Readers that can apply act'(v) to dy as they load it (OPF_PROLOGUE):
 * dy operand only. */
static bool takes_prologue(const Op *op, const Value *d)
{
    if (!op_has(op, OPF_PROLOGUE) || op->nargs != op_def(op->kind)->min_args ||
        op->act != ACT_LINEAR || op->args[0] != d)
        return false;
    for (int j = 1; j < op->nargs; j++)
        if (op->args[j] == d)
            return false;
    return true;
}

/* relu_grad (dy, y) read only by sum_rows / matmul_nn / matmul_tn: each
 * reader gets (dy, ..., y) act=relu and the op goes. */
static void fuse_grad(Fuse *f, int i)
{
    Graph *g = f->g;
    Op *op = g->ops.items[i];
    const Value *d = op->result;
    if (act_of(op, OPF_ACT_GRAD) == ACT_LINEAR || f->pinned[d->id] || f->uses[d->id] == 0)
        return;
    int readers = 0;
    for (int k = i + 1; k < g->ops.len; k++) {
        const Op *u = g->ops.items[k];
        for (int j = 0; j < u->nargs; j++)
            if (u->args[j] == d && !takes_prologue(u, d))
                return;
        readers += u->nargs > 0 && u->args[0] == d;
    }
    if (readers != f->uses[d->id])
        return;
    for (int k = i + 1; k < g->ops.len; k++) {
        Op *u = g->ops.items[k];
        if (u->nargs == 0 || u->args[0] != d)
            continue;
        u->args[0] = op->args[0];
        u->args[u->nargs++] = op->args[1];
        u->act = act_of(op, OPF_ACT_GRAD);
        f->uses[op->args[0]->id]++;
        f->uses[op->args[1]->id]++;
    }
    f->dead[i] = true;
}

/* A gradient dx of x (OPF_GRAD_EPILOGUE: max_pool2d_grad (dy, x)) read
 * only by relu_grad (dx, x), x being the relu's output that the pool
 * read: the gradient op takes act=relu and writes dx * relu'(x) itself,
 * one pass over the image less.  Relu only: its act' is 0 or 1, so
 * scaling each share of dx before the shares of overlapping windows are
 * summed gives the same floats as scaling the sum. */
static void fuse_grad_epilogue(Fuse *f, Op *op)
{
    if (!op_has(op, OPF_GRAD_EPILOGUE) || op->act != ACT_LINEAR)
        return;
    Op *next = only_user(f, op->result);
    if (!next || act_of(next, OPF_ACT_GRAD) != ACT_RELU || next->args[0] != op->result ||
        next->args[1] != op->args[1])
        return;
    op->act = ACT_RELU;
    absorb(f, op, next);
}

static void fuse_backward(Fuse *f, bool act_prologue)
{
    for (int i = 0; i < f->g->ops.len; i++) {
        Op *op = f->g->ops.items[i];
        if (f->dead[i] || op->phase != PH_BACKWARD)
            continue;
        fuse_grad_epilogue(f, op);
        if (act_prologue)
            fuse_grad(f, i);
    }
}

/* Drops the dead ops and the temporaries no op defines any more;
 * renumbers the values that stay. */
static void compact(Fuse *f)
{
    Graph *g = f->g;
    int n = 0;
    for (int i = 0; i < g->ops.len; i++)
        if (!f->dead[i])
            g->ops.items[n++] = g->ops.items[i];
    g->ops.len = n;
    bool *defined = xcalloc((size_t)g->values.len + 1, sizeof(bool));
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->result)
            defined[g->ops.items[i]->result->id] = true;
    n = 0;
    for (int i = 0; i < g->values.len; i++) {
        Value *v = g->values.items[i];
        if (v->kind == VK_TEMP && !defined[i])
            continue;
        v->id = n;
        g->values.items[n++] = v;
    }
    g->values.len = n;
    free(defined);
}

void fuse(Graph *g)
{
    fuse_with(g, false);
}

void fuse_with(Graph *g, bool act_prologue)
{
    int nv = g->values.len, nops = g->ops.len;
    Fuse f = {g, xcalloc((size_t)nv + 1, sizeof(int)), xcalloc((size_t)nv + 1, sizeof(Op *)),
              xcalloc((size_t)nv + 1, sizeof(bool)), xcalloc((size_t)nops + 1, sizeof(bool)),
              xcalloc((size_t)nv + 1, sizeof(int))};
    count_uses(&f);
    fuse_forward(&f);
    fuse_backward(&f, act_prologue);
    compact(&f);
    free(f.uses);
    free(f.user);
    free(f.pinned);
    free(f.dead);
    free(f.index);
}
