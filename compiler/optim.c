/*
 * optim.c - the optimizer's step, appended to the graph as update ops.
 *
 * Takes a differentiated graph (every parameter has its gradient) and
 * appends, in the update phase, each parameter's update, in parameter
 * order, as the train block's optimizer writes it (its OptimDef, in
 * op_optim.c with the update ops' rules and the optimizer's keys).
 */
#include "ir.h"

void optim_append(Graph *g)
{
    if (!g->has_train || !g->loss)
        return;
    const TrainConfig *c = &g->cfg;
    const OptimDef *def = optim_def(c->opt);
    int nvalues = g->values.len;   /* the state values come after */
    Value *step = NULL;
    for (int i = 0; i < nvalues; i++) {
        Value *p = g->values.items[i];
        if (p->kind == VK_PARAM && p->grad)
            def->append(g, p, &step, c);
    }
}
