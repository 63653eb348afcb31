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
 * Parameters, state and gradients never share: they outlive the step
 * (NAME_grad reads the gradients after train_batch returns).  Scratch
 * does: each call of a kernel function (forward, grad_step, update_step,
 * eval_batch)
 * starts from nothing but those three regions, so a scratch buffer only
 * has to hold its value from the op that defines it to the last op that
 * reads it, within one call.
 *
 * Lifetimes are op indices in graph order, the order a training step
 * (grad_step, then update_step) runs every op in.  forward and eval_batch run a prefix of that order minus a
 * few ops, so two values whose lifetimes are disjoint in the full order
 * are disjoint in theirs too; three things stretch a lifetime past its
 * last reader in the graph:
 *   - the output and the loss live to the end of the call: eval_batch
 *     counts right answers from the output after the loss, and every
 *     function returns the loss from the workspace;
 *   - when predicting, dropout is the identity and its result is its
 *     operand's buffer (kernel.c binds it so), so the operand lives as
 *     long as the dropout's result;
 *   - op scratch (PlanOptions.op_scratch, e.g. a packed panel of a
 *     matrix product) lives during its op only.
 * The packing is greedy: biggest buffer first, each at the lowest
 * aligned offset where no buffer it overlaps in time is, which for the
 * chains of layers a network is comes close to the largest set of
 * buffers live at once.  A lifetime [a, b] overlaps [c, d] unless b < c or
 * d < a; an op's operands are live at its index as its result is, so no
 * kernel writes over an operand it still reads.
 */
#include "kernel.h"

#include <stdlib.h>
#include <string.h>

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

/* "momentum" of "train.h1.weight.momentum": which kind of state of its
 * parameter a state value is. */
static const char *state_kind(const Value *v)
{
    return v->ckpt + strlen("train.") + strlen(v->param->ckpt) + 1;
}

/* Optimizer state so that each kind of it is a region laid out like the
 * parameters (every momentum, then every exp_avg, ... each in parameter
 * order), which lets one loop update every parameter (kernel.c): first
 * the state of no parameter (the step count), then each kind in the order
 * it first appears. */
static void place_state(Plan *p, const Graph *g, long *top)
{
    const char *kinds[8];
    int nkinds = 0;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_STATE)
            continue;
        if (!v->param) {
            place(p, g, v, top);
            continue;
        }
        bool seen = false;
        for (int k = 0; k < nkinds && !seen; k++)
            seen = strcmp(kinds[k], state_kind(v)) == 0;
        if (!seen) {
            nnc_assert(nkinds < 8);
            kinds[nkinds++] = state_kind(v);
        }
    }
    for (int k = 0; k < nkinds; k++)
        for (int i = 0; i < g->values.len; i++) {
            const Value *v = g->values.items[i];
            if (v->kind == VK_STATE && v->param && strcmp(state_kind(v), kinds[k]) == 0)
                place(p, g, v, top);
        }
}

/* A buffer of the scratch region: a value, or op scratch (value NULL). */
typedef struct Interval {
    const Value *v;
    int op;              /* op scratch: the op's index */
    int begin, end;      /* op indices, inclusive */
    long size;           /* floats, aligned */
    long offset;         /* from scratch_begin */
} Interval;

/* The lifetime of every value still unplaced (by id); -1: none. */
static void lifetimes(const Graph *g, int *begin, int *end)
{
    int nops = g->ops.len;
    for (int i = 0; i < g->values.len; i++)
        begin[i] = end[i] = -1;
    for (int i = 0; i < nops; i++) {
        const Op *op = g->ops.items[i];
        if (op->result)
            begin[op->result->id] = end[op->result->id] = i;
        for (int j = 0; j < op->nargs; j++)
            end[op->args[j]->id] = i;
    }
    const Value *ends[] = {g->output, g->loss};
    for (int k = 0; k < 2; k++)
        if (ends[k])
            end[ends[k]->id] = nops;
    for (int i = nops - 1; i >= 0; i--) {      /* predict: dropout is its operand */
        const Op *op = g->ops.items[i];
        if (op_has(op, OPF_PREDICT_ALIAS) && end[op->result->id] > end[op->args[0]->id])
            end[op->args[0]->id] = end[op->result->id];
    }
}

static int by_size(const void *a, const void *b)
{
    const Interval *x = a, *y = b;
    if (x->size != y->size)
        return x->size < y->size ? 1 : -1;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return (x->v ? x->v->id : x->op + 1000000) - (y->v ? y->v->id : y->op + 1000000);
}

static int by_offset(const void *a, const void *b)
{
    const Interval *x = *(Interval *const *)a, *y = *(Interval *const *)b;
    return (x->offset > y->offset) - (x->offset < y->offset);
}

/* Offsets for it[0..n) in order: the lowest where nothing placed before
 * that overlaps it in time is in the way.  Returns the region's size.
 * Each interval looks at every one placed before it: quadratic, so
 * pack_sweep takes over from SWEEP_FROM buffers. */
static long pack_greedy(Interval *it, int n)
{
    Interval **live = xcalloc((size_t)n + 1, sizeof *live);
    long top = 0;
    for (int i = 0; i < n; i++) {
        int nl = 0;
        for (int k = 0; k < i; k++)
            if (!(it[k].end < it[i].begin || it[i].end < it[k].begin))
                live[nl++] = &it[k];
        qsort(live, (size_t)nl, sizeof *live, by_offset);
        long at = 0;
        for (int k = 0; k < nl; k++) {
            if (live[k]->offset >= at + it[i].size)
                break;
            if (live[k]->offset + live[k]->size > at)
                at = live[k]->offset + live[k]->size;
        }
        it[i].offset = at;
        if (at + it[i].size > top)
            top = at + it[i].size;
    }
    free(live);
    return top;
}

/* A free stretch of the region, [offset, offset + size). */
typedef struct Gap {
    long offset, size;
} Gap;

typedef struct Gaps {
    Gap *items;
    int len, cap;
} Gaps;

/* Returns [offset, offset + size) to the free list, merged with its
 * neighbours; the list stays sorted by offset. */
static void gap_free(Gaps *g, long offset, long size)
{
    int lo = 0, hi = g->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (g->items[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    bool left = lo > 0 && g->items[lo - 1].offset + g->items[lo - 1].size == offset;
    bool right = lo < g->len && offset + size == g->items[lo].offset;
    if (left && right) {
        g->items[lo - 1].size += size + g->items[lo].size;
        memmove(&g->items[lo], &g->items[lo + 1], sizeof *g->items * (size_t)(g->len - lo - 1));
        g->len--;
    } else if (left) {
        g->items[lo - 1].size += size;
    } else if (right) {
        g->items[lo].offset = offset;
        g->items[lo].size += size;
    } else {
        if (g->len == g->cap) {
            g->cap = g->cap ? 2 * g->cap : 16;
            g->items = xrealloc(g->items, sizeof *g->items * (size_t)g->cap);
        }
        memmove(&g->items[lo + 1], &g->items[lo], sizeof *g->items * (size_t)(g->len - lo));
        g->items[lo] = (Gap){offset, size};
        g->len++;
    }
}

/* The lowest free stretch that holds size floats, else the top of the
 * region (taking a free stretch that ends there). */
static long gap_take(Gaps *g, long size, long *top)
{
    for (int i = 0; i < g->len; i++) {
        Gap *p = &g->items[i];
        if (p->size < size)
            continue;
        long at = p->offset;
        p->offset += size;
        p->size -= size;
        if (p->size == 0) {
            memmove(p, p + 1, sizeof *g->items * (size_t)(g->len - i - 1));
            g->len--;
        }
        return at;
    }
    long at = *top;
    if (g->len > 0 && g->items[g->len - 1].offset + g->items[g->len - 1].size == *top) {
        at = g->items[g->len - 1].offset;   /* the last gap reaches the top: start there */
        g->len--;
    }
    *top = at + size;
    return at;
}

static int by_begin(const void *a, const void *b)
{
    const Interval *x = *(Interval *const *)a, *y = *(Interval *const *)b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    if (x->size != y->size)
        return x->size < y->size ? 1 : -1;
    return (x->v ? x->v->id : x->op + 1000000) - (y->v ? y->v->id : y->op + 1000000);
}

/* For many buffers: a sweep over time, each buffer at its definition
 * taking the lowest free stretch it fits, given back after its last
 * reader (a first-fit allocator run over the step).  About n log n; it
 * packs a chain of layers as tightly as pack_greedy, which looks at
 * every earlier buffer and is kept for the models people read. */
static long pack_sweep(Interval *it, int n)
{
    Interval **order = xcalloc((size_t)n + 1, sizeof *order);
    for (int i = 0; i < n; i++)
        order[i] = &it[i];
    qsort(order, (size_t)n, sizeof *order, by_begin);
    Interval **ends = xcalloc((size_t)n + 1, sizeof *ends);   /* a min-heap by end */
    int nends = 0;
    Gaps gaps = {0};
    long top = 0;
    for (int i = 0; i < n; i++) {
        Interval *x = order[i];
        while (nends > 0 && ends[0]->end < x->begin) {
            gap_free(&gaps, ends[0]->offset, ends[0]->size);
            ends[0] = ends[--nends];
            for (int k = 0;;) {   /* sift down */
                int c = 2 * k + 1;
                if (c >= nends)
                    break;
                if (c + 1 < nends && ends[c + 1]->end < ends[c]->end)
                    c++;
                if (ends[k]->end <= ends[c]->end)
                    break;
                Interval *t = ends[k];
                ends[k] = ends[c];
                ends[c] = t;
                k = c;
            }
        }
        x->offset = gap_take(&gaps, x->size, &top);
        int k = nends++;
        ends[k] = x;
        while (k > 0 && ends[(k - 1) / 2]->end > ends[k]->end) {   /* sift up */
            Interval *t = ends[k];
            ends[k] = ends[(k - 1) / 2];
            ends[(k - 1) / 2] = t;
            k = (k - 1) / 2;
        }
    }
    free(gaps.items);
    free(ends);
    free(order);
    return top;
}

/* Buffers from which pack_sweep replaces pack_greedy: the largest model
 * of tests/ and examples/ has under 600, gen_big.py's 0.02 MB model 2,300. */
#define SWEEP_FROM 4096

static long pack(Interval *it, int n, bool share)
{
    if (!share) {   /* one after another */
        long top = 0;
        for (int i = 0; i < n; i++) {
            it[i].offset = top;
            top += it[i].size;
        }
        return top;
    }
    return n < SWEEP_FROM ? pack_greedy(it, n) : pack_sweep(it, n);
}

/* Scratch: every value not placed yet, and the ops' own scratch. */
static void place_scratch(Plan *p, const Graph *g, const PlanOptions *o, long *top)
{
    int nv = g->values.len, nops = g->ops.len, n = 0;
    int *begin = xcalloc((size_t)nv + 1, sizeof(int)), *end = xcalloc((size_t)nv + 1, sizeof(int));
    Interval *it = xcalloc((size_t)(nv + nops) + 1, sizeof *it);
    lifetimes(g, begin, end);
    for (int i = 0; i < nv; i++) {
        const Value *v = g->values.items[i];
        if (p->offset[v->id] >= 0 || !in_workspace(v))
            continue;
        p->size[v->id] = value_floats(g, v);
        it[n++] = (Interval){v, -1, begin[i] < 0 ? 0 : begin[i], end[i] < 0 ? 0 : end[i],
                             align_up(p->size[v->id]), 0};
    }
    for (int i = 0; i < nops; i++) {
        const Op *op = g->ops.items[i];
        long floats = op_def(op->kind)->scratch && !(o && o->no_op_scratch) ? op_def(op->kind)->scratch(g, op) : 0;
        if (o && o->op_scratch)
            floats += o->op_scratch(g, op, o->ctx);
        if (floats > 0)
            it[n++] = (Interval){NULL, i, i, i, align_up(floats), 0};
    }
    qsort(it, (size_t)n, sizeof *it, by_size);
    long size = pack(it, n, o && o->share);
    for (int i = 0; i < n; i++) {
        if (it[i].v)
            p->offset[it[i].v->id] = *top + it[i].offset;
        else
            p->op_scratch[it[i].op] = *top + it[i].offset;
        p->total_unshared += it[i].size;
    }
    *top += size;
    free(begin);
    free(end);
    free(it);
}

Plan *plan_memory(const Graph *g, const PlanOptions *o, Arena *a)
{
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
    p->nops = g->ops.len;
    p->op_scratch = arena_alloc(a, sizeof *p->op_scratch * (size_t)(p->nops + 1));
    for (int i = 0; i < p->nops; i++)
        p->op_scratch[i] = -1;

    long top = 0;
    p->param_begin = top;
    place_kind(p, g, VK_PARAM, &top);
    p->param_end = p->state_begin = top;
    place_state(p, g, &top);
    p->state_end = top;
    place_kind(p, g, VK_BUFFER, &top);   /* batch norm's running statistics */
    p->grad_begin = top;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind == VK_PARAM)
            place(p, g, v->grad, &top);
    }
    p->grad_end = p->scratch_begin = top;
    place_scratch(p, g, o, &top);
    p->total_unshared += p->scratch_begin;
    p->total = top > 0 ? top : PLAN_ALIGN;
    if (p->total_unshared < p->total)
        p->total_unshared = p->total;
    return p;
}

long plan_op_scratch(const Plan *p, const Graph *g, const Op *op)
{
    for (int i = 0; i < p->nops && i < g->ops.len; i++)
        if (g->ops.items[i] == op)
            return p->op_scratch[i];
    return -1;
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
