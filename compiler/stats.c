/*
 * stats.c - nnc --stats: the network as a table, and what it costs.
 *
 * Takes the checked Program and the graph the driver built (after
 * autodiff, the optimizer and fusion, as code would be generated from
 * it).  Prints, like Keras's model.summary(), one row per live value in
 * the order the forward pass computes them: its name, the op, its shape
 * per sample, the parameters it creates and its forward FLOPs per
 * sample; then the totals, and the memory and FLOP figures:
 *
 *   layer   op            output         params   flops/sample
 *   x       input         [1,28,28]           0              0
 *   c1      conv2d relu   [32,28,28]        320        451,584
 *   ...
 *
 * A row is a statement's value, or a call nested in one: a nested call
 * with parameters goes by its layer name (b2_1), one without by the
 * id --emit=dot gives its node ("y/2": the 2nd call inside y, in source
 * order).  FLOPs come from the op table (OpDef.flops) over the forward
 * ops of the graph, each op counted at the call it came from (every IR
 * op keeps its call's Loc), so the rows add up to the forward figure
 * below.  A fused op counts at its own call: after fusion the relu of
 * relu(batch_norm(c)) is an epilogue of the batch norm's kernel and
 * counts in that row (--no-fuse shows one op a row).
 *
 * The workspace lines are the plan's (plan.c), shared and unshared, by
 * region; "im2col scratch" is the ops' own scratch (OpDef.scratch: the
 * convolutions' unfolded patches), its sum, the largest op, and what it
 * adds to the shared workspace, found by planning it again without that
 * scratch (often nothing: it lives during its op only, and fits where
 * values not live then were).  Everything printed is a function of the source, so
 * the output is deterministic.
 */
#include "kernel.h"

#include <stdlib.h>
#include <string.h>

/* 200960 -> "200,960" */
static const char *count_text(double n, char *buf, size_t cap)
{
    char digits[40];
    int len = snprintf(digits, sizeof digits, "%.0f", n), o = 0;
    for (int i = 0; i < len && o + 2 < (int)cap; i++) {
        if (i > 0 && digits[i - 1] != '-' && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

/* "[32,14,14]": a per-sample shape as the table shows it */
static const char *dims_text(Shape s, char *buf, size_t cap)
{
    int o = snprintf(buf, cap, "[");
    for (int d = 0; d < s.rank && o < (int)cap - 24; d++)
        o += snprintf(buf + o, cap - (size_t)o, "%s%ld", d ? "," : "", s.dims[d]);
    snprintf(buf + o, cap - (size_t)o, "]");
    return buf;
}

/* ---- forward FLOPs by the call they came from ------------------------- */

typedef struct OpFlops {
    int line, col;
    double flops;
} OpFlops;

typedef struct Table {
    FILE *out;
    OpFlops *ops;      /* the forward ops, sorted by (line, col) */
    int nops;
    double params, flops;   /* the totals of the rows */
} Table;

static int by_loc(const void *a, const void *b)
{
    const OpFlops *x = a, *y = b;
    return x->line != y->line ? (x->line > y->line) - (x->line < y->line)
                              : (x->col > y->col) - (x->col < y->col);
}

/* The forward ops of the graph, by source place. */
static OpFlops *forward_flops(const Graph *g, int *n)
{
    OpFlops *ops = xcalloc((size_t)g->ops.len + 1, sizeof *ops);
    *n = 0;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase == PH_FORWARD)
            ops[(*n)++] = (OpFlops){op->loc.line, op->loc.col, op_def(op->kind)->flops(g, op)};
    }
    qsort(ops, (size_t)*n, sizeof *ops, by_loc);
    return ops;
}

/* The FLOPs of every forward op made by the call at loc. */
static double call_flops(const Table *t, Loc loc)
{
    int lo = 0, hi = t->nops;
    OpFlops key = {loc.line, loc.col, 0};
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (by_loc(&t->ops[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    double f = 0;
    for (int i = lo; i < t->nops && by_loc(&t->ops[i], &key) == 0; i++)
        f += t->ops[i].flops;
    return f;
}

/* ---- the rows ----------------------------------------------------------- */

static void put_row(Table *t, const char *name, const char *op, Shape s, double params, double flops)
{
    char dims[96], pc[40], fc[40];
    fprintf(t->out, "%-16s %-22s %-16s %12s %14s\n", name, op, dims_text(s, dims, sizeof dims),
            count_text(params, pc, sizeof pc), count_text(flops, fc, sizeof fc));
    t->params += params;
    t->flops += flops;
}

/* "conv2d relu", "dense softmax", "dropout(0.25)", "relu" */
static const char *op_text(const Expr *e, char *buf, size_t cap)
{
    const BuiltinDef *d = builtin_def(e->op);
    int o = snprintf(buf, cap, "%s", d->name), number = -1;
    bool has_act = false;
    for (int k = 0; k < d->nparams; k++) {
        has_act |= d->params[k].kind == PK_ACT;
        if (d->params[k].kind == PK_NUMBER && number < 0)
            number = k;
    }
    if (has_act && e->act != ACT_LINEAR)
        snprintf(buf + o, cap - (size_t)o, " %s", act_name(e->act));
    else if (number >= 0 && !d->nparams_of)
        snprintf(buf + o, cap - (size_t)o, "(%g)", e->argv[number]);
    return buf;
}

/* The value operands of a call (add's two, relu's one). */
static int operands(const Expr *e)
{
    const BuiltinDef *d = builtin_def(e->op);
    int n = 0;
    for (int k = 0; k < d->nparams && n < BUILTIN_MAX_IN; k++)
        n += d->params[k].kind == PK_VALUE;
    return n;
}

typedef struct Walk {
    const Stmt *stmt;
    int seq;           /* nested calls numbered in source order, as dot.c does */
} Walk;

/* The rows of a call and of the calls beneath it, operands first. */
static void call_rows(Table *t, Walk *w, const Expr *e, bool outer, int depth)
{
    if (e->kind != EX_CALL || e->op == BI_NONE || depth > NNC_MAX_NESTING)
        return;
    int k = outer ? 0 : ++w->seq;
    for (int i = 0; i < operands(e); i++)
        if (e->in[i])
            call_rows(t, w, e->in[i], false, depth + 1);
    char name[160], op[96];
    if (outer)
        snprintf(name, sizeof name, "%s", w->stmt->name);
    else if (e->layer)
        snprintf(name, sizeof name, "%s", e->layer);
    else
        snprintf(name, sizeof name, "%s/%d", w->stmt->name, k);
    const BuiltinDef *d = builtin_def(e->op);
    double params = d->nparams_of && shape_known(e->shape) ? (double)d->nparams_of(e) : 0;
    put_row(t, name, op_text(e, op, sizeof op), e->shape, params, call_flops(t, e->loc));
}

static void table(const Program *p, const Graph *g, FILE *out)
{
    Table t = {.out = out};
    t.ops = forward_flops(g, &t.nops);
    fprintf(out, "%-16s %-22s %-16s %12s %14s\n", "layer", "op", "output", "params", "flops/sample");
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if (s->kind == ST_INPUT) {
            put_row(&t, s->name, "input", s->shape, 0, 0);
        } else if (s->kind == ST_ASSIGN && s->live && s->value->kind == EX_NAME) {
            char op[160];
            snprintf(op, sizeof op, "= %s", s->value->name);
            put_row(&t, s->name, op, s->shape, 0, 0);
        } else if (s->kind == ST_ASSIGN && s->live) {
            Walk w = {s, 0};
            call_rows(&t, &w, s->value, true, 1);
        }
    }
    char pc[40], fc[40];
    fprintf(out, "%-16s %-22s %-16s %12s %14s\n", "total", "", "", count_text(t.params, pc, sizeof pc),
            count_text(t.flops, fc, sizeof fc));
    free(t.ops);
}

/* ---- memory and FLOPs ------------------------------------------------- */

/* The ops' own scratch (the convolutions' im2col): what it adds to the
 * shared workspace, its unshared sum, and the largest. */
static void op_scratch_line(const Graph *g, const Plan *shared, Arena *a, FILE *out)
{
    double sum = 0;
    long big = 0;
    int n = 0;
    const Op *largest = NULL;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        long f = op_def(op->kind)->scratch ? op_def(op->kind)->scratch(g, op) : 0;
        if (f <= 0)
            continue;
        n++;
        sum += (double)f * 4;
        if (f > big)
            big = f, largest = op;
    }
    if (n == 0)
        return;
    PlanOptions none = {.share = true, .no_op_scratch = true};
    long without = plan_memory(g, &none, a)->total;
    char c1[40], c2[40], c3[40];
    fprintf(out, "  im2col scratch %s bytes in %d ops (the largest %s, %s of %%%s), adding %s bytes to the "
            "shared workspace\n", count_text(sum, c2, sizeof c2), n, count_text((double)big * 4, c3, sizeof c3),
            op_def(largest->kind)->name, largest->result ? largest->result->name : "?",
            count_text((double)(shared->total - without) * 4, c1, sizeof c1));
}

void stats_print(const Program *p, const Graph *g, Arena *a, FILE *out)
{
    PlanOptions share = {.share = true}, apart = {.share = false};
    const Plan *shared = plan_memory(g, &share, a), *unshared = plan_memory(g, &apart, a);
    long params = 0;
    double fwd = 0, step = 0;
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_PARAM)
            params += ir_shape_elems(g->values.items[i]->shape, 1);
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        double f = op_def(op->kind)->flops(g, op);
        fwd += op->phase == PH_FORWARD ? f : 0;
        step += f;
    }
    fprintf(out, "model %s, batch %ld, %d ops\n", g->name, g->batch, g->ops.len);
    table(p, g, out);
    fprintf(out, "parameters             %ld (%.1f KiB)\n", params, (double)params * 4 / 1024);
    fprintf(out, "workspace shared       %ld bytes (%.2f MiB)\n", shared->total * 4,
            (double)shared->total * 4 / 1048576);
    fprintf(out, "workspace unshared     %ld bytes (%.2f MiB)\n", unshared->total * 4,
            (double)unshared->total * 4 / 1048576);
    fprintf(out, "  parameters %ld, optimizer state %ld, gradients %ld, scratch %ld (unshared %ld) bytes\n",
            (shared->param_end - shared->param_begin) * 4,
            (shared->state_end - shared->state_begin) * 4,
            (shared->grad_end - shared->grad_begin) * 4, (shared->total - shared->scratch_begin) * 4,
            (unshared->total - unshared->scratch_begin) * 4);
    op_scratch_line(g, shared, a, out);
    fprintf(out, "flops per sample       %.0f forward, %.0f training step\n", fwd, step);
}
