/*
 * optim.c - the optimizer's step, appended to the graph as update ops.
 *
 * Takes a differentiated graph (every parameter has its gradient) and
 * appends, in the update phase, each parameter's update, in parameter
 * order, as the train block's optimizer writes it (its OptimDef, in
 * op_optim.c with the update ops' rules and the optimizer's keys).
 *
 * The learning rate is not a constant of the updates but training state:
 * the scalar train.lr, which the runtime sets to the train block's rate
 * at creation, a checkpoint carries, and a schedule or the app changes
 * between steps.
 */
#include "ir.h"

void optim_append(Graph *g)
{
    if (!g->has_train || !g->loss)
        return;
    const TrainConfig *c = &g->cfg;
    const OptimDef *def = optim_def(c->opt);
    int nvalues = g->values.len;   /* the state values come after */
    Value *step = NULL, *lr = NULL;
    for (int i = 0; i < nvalues; i++) {
        Value *p = g->values.items[i];
        if (p->kind != VK_PARAM || !p->grad)
            continue;
        if (!lr) {
            lr = ir_new_value(g, VK_STATE, "train.lr", ir_shape(0, 0, 0), c->opt_loc);
            lr->ckpt = lr->name;
            lr->lr = true;
            if (c->clip_grad_norm > 0)   /* the norm of every gradient, before any update */
                g->clip = optim_clip_coef(g, p->grad, c);
        }
        def->append(g, p, lr, &step, c);
    }
}
