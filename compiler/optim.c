/*
 * optim.c - the optimizer's step, appended to the graph as update ops.
 *
 * Takes a differentiated graph (every parameter has its gradient) and
 * appends, in the update phase, one op per parameter that changes it in
 * place, exactly as torch.optim does; for adam a step_inc comes first,
 * since the bias corrections of step t read the new t.
 *
 * Optimizer state is explicit: VK_STATE values, zero at creation,
 * checkpointed under their own names so a resumed run continues exactly.
 *
 *   sgd, momentum > 0   train.<param>.momentum     v = m v + g; w -= lr v
 *   sgd, momentum = 0   (none)                      w -= lr g
 *   adam                train.<param>.exp_avg, train.<param>.exp_avg_sq,
 *                       train.step (one scalar, shared)
 *
 * Weight decay is added to the gradient inside the update (g + wd w), not
 * to the gradient value itself, so the gradient the API reports is the
 * loss's alone, as PyTorch's .grad is.
 */
#include "ir.h"

/* A state tensor of p's shape, "train.<p>.<what>". */
static Value *new_state(Graph *g, Value *p, const char *what)
{
    const char *name = arena_printf(g->arena, "train.%s.%s", p->ckpt, what);
    Value *s = ir_new_value(g, VK_STATE, name, p->shape, p->loc);
    s->ckpt = s->name;
    s->param = p;
    return s;
}

/* torch.optim.SGD (dampening 0, no nesterov):
 *   g' = g + wd w;  v = m v + g';  w -= lr v    (momentum > 0; v starts at 0,
 *   so the first step's v is g', as torch's clone of the first gradient)
 *   w -= lr g'                                  (momentum = 0: no buffer) */
static void append_sgd(Graph *g, Value *p, const TrainConfig *c)
{
    Value *args[3] = {p, p->grad, NULL};
    int n = 2;
    if (c->momentum > 0)
        args[n++] = new_state(g, p, "momentum");
    Op *op = ir_emit_update(g, OP_SGD_UPDATE, p->loc, n, args);
    op->attr[0] = c->lr;
    op->attr[1] = c->momentum;
    op->attr[2] = c->weight_decay;
}

/* torch.optim.Adam (amsgrad off), t the step after step_inc:
 *   g' = g + wd w;  m = b1 m + (1 - b1) g';  v = b2 v + (1 - b2) g'^2
 *   w -= (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps) */
static void append_adam(Graph *g, Value *p, Value *step, const TrainConfig *c)
{
    Value *args[5] = {p, p->grad, new_state(g, p, "exp_avg"), new_state(g, p, "exp_avg_sq"), step};
    Op *op = ir_emit_update(g, OP_ADAM_UPDATE, p->loc, 5, args);
    op->attr[0] = c->lr;
    op->attr[1] = c->beta1;
    op->attr[2] = c->beta2;
    op->attr[3] = c->eps;
    op->attr[4] = c->weight_decay;
}

void optim_append(Graph *g)
{
    if (!g->has_train || !g->loss)
        return;
    const TrainConfig *c = &g->cfg;
    int nvalues = g->values.len;   /* the state values come after */
    Value *step = NULL;
    for (int i = 0; i < nvalues; i++) {
        Value *p = g->values.items[i];
        if (p->kind != VK_PARAM || !p->grad)
            continue;
        if (c->opt == OPT_ADAM && !step) {
            step = ir_new_value(g, VK_STATE, "train.step", ir_shape(0, 0, 0), p->loc);
            step->ckpt = step->name;
            ir_emit_update(g, OP_STEP_INC, p->loc, 1, &step);
        }
        if (c->opt == OPT_ADAM)
            append_adam(g, p, step, c);
        else
            append_sgd(g, p, c);
    }
}
