/*
 * plan.c - the memory plan: one workspace of floats for the whole step.
 *
 * Takes a graph after optim_append and gives every value that lives in
 * the workspace an offset, in floats.  Regions, in order:
 *   parameters     source order; what NAME_param returns and save writes
 *   optimizer      momenta, Adam's moments, the step count
 *   gradients      every parameter's gradient, contiguous, so one call
 *                  (an allreduce, a zeroing) covers them all
 *   scratch        activations, masks, backward temporaries, the loss
 * Every buffer starts on a 64-byte boundary (PLAN_ALIGN floats) so the
 * kernels can use aligned vector loads, and batched values are sized for
 * batch_size rows.  The caller's input and target arrays are not in it.
 *
 * For now each scratch buffer has its own region.  Lifetime-based sharing
 * (issue 5) replaces only place_scratch(): parameters, state and
 * gradients never share, since they outlive the step.
 */
#include "kernel.h"

static long align_up(long x)
{
    return (x + PLAN_ALIGN - 1) / PLAN_ALIGN * PLAN_ALIGN;
}

static long value_floats(const Graph *g, const Value *v)
{
    long n = ir_shape_elems(v->shape, g->batch);
    return n > 0 ? n : 1;
}

static bool in_workspace(const Value *v)
{
    return v->kind != VK_INPUT && v->kind != VK_TARGET;
}

/* Appends v at *top if it has no place yet. */
static void place(Plan *p, const Graph *g, const Value *v, long *top)
{
    if (!v || p->offset[v->id] >= 0 || !in_workspace(v))
        return;
    p->offset[v->id] = *top;
    p->size[v->id] = value_floats(g, v);
    *top = align_up(*top + p->size[v->id]);
}

static void place_kind(Plan *p, const Graph *g, ValueKind k, long *top)
{
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == k)
            place(p, g, g->values.items[i], top);
}

/* Scratch: every value not placed yet, in definition order. */
static void place_scratch(Plan *p, const Graph *g, long *top)
{
    for (int i = 0; i < g->values.len; i++)
        place(p, g, g->values.items[i], top);
}

Plan *plan_memory(const Graph *g, const PlanOptions *o, Arena *a)
{
    (void)o;   /* sharing: issue 5 */
    Plan *p = arena_alloc(a, sizeof *p);
    int nv = 0;
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->id >= nv)
            nv = g->values.items[i]->id + 1;
    p->nvalues = nv;
    p->offset = arena_alloc(a, sizeof *p->offset * (size_t)(nv + 1));
    p->size = arena_alloc(a, sizeof *p->size * (size_t)(nv + 1));
    for (int i = 0; i < nv; i++)
        p->offset[i] = -1;

    long top = 0;
    p->param_begin = top;
    place_kind(p, g, VK_PARAM, &top);
    p->param_end = p->state_begin = top;
    place_kind(p, g, VK_STATE, &top);
    p->state_end = p->grad_begin = top;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind == VK_PARAM)
            place(p, g, v->grad, &top);
    }
    p->grad_end = p->scratch_begin = top;
    place_scratch(p, g, &top);
    p->total = p->total_unshared = top > 0 ? top : PLAN_ALIGN;
    return p;
}

long plan_offset(const Plan *p, const Value *v)
{
    nnc_assert(v->id >= 0 && v->id < p->nvalues);
    return p->offset[v->id];
}

bool plan_in_workspace(const Plan *p, const Value *v)
{
    return plan_offset(p, v) >= 0;
}
