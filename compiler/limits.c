/*
 * limits.c - the totals a hostile or mistaken .nn file could push too far.
 *
 * The checker bounds each number on its own: a value's size, a layer's
 * parameters, the model's parameters, the nesting of calls.  What is left
 * here are the things that need the whole checked model, or come before
 * it:
 *   - the file: at most NNC_MAX_SOURCE bytes, and the bound holds while
 *     reading, so `nnc /dev/zero` is an error, not a machine out of memory;
 *   - the workspace (the one block NAME_create allocates) against a bound
 *     the user sets (--max-workspace, default NNC_DEFAULT_MAX_WORKSPACE).
 *     After the check only a lower bound is known: parameters, their
 *     gradients and optimizer state, and the largest value for a whole
 *     batch, which every memory plan holds at once.  The driver checks
 *     the plan's exact figure again before it writes any code;
 *   - the sum of all values over a batch, which the passes after this one
 *     add up in `long`: bounded so that no sum they form can overflow,
 *     whatever the workspace bound says.
 * All sums saturate instead of wrapping.
 */
#include "ast.h"
#include "kernel.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* floats of activations per batch beyond which the passes' long sums
 * could overflow (each value gives a handful of IR buffers) */
#define MAX_BATCH_FLOATS (1LL << 56)

static uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }
static uint64_t sat_mul(uint64_t a, uint64_t b) { return b && a > UINT64_MAX / b ? UINT64_MAX : a * b; }

char *limits_read_source(const char *path, size_t *len, const char **err)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        *err = strerror(errno);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (cap > NNC_MAX_SOURCE)
                break;    /* a byte past the limit: too large, whatever follows */
            cap = cap > NNC_MAX_SOURCE / 2 ? NNC_MAX_SOURCE + 1 : cap * 2;
            buf = xrealloc(buf, cap + 1);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f), saved = errno;
    if (f != stdin)
        fclose(f);
    if (failed || n > NNC_MAX_SOURCE) {
        *err = failed ? strerror(saved) : "the file is too large (the limit is 64 MiB)";
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

typedef struct Tally {
    uint64_t params;       /* floats */
    uint64_t largest;      /* floats per sample of the largest value */
    uint64_t per_sample;   /* floats per sample of all values */
} Tally;

static void tally_expr(Tally *t, const Expr *e, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return;
    uint64_t size = (uint64_t)shape_size(e->shape);
    t->per_sample = sat_add(t->per_sample, size);
    if (size > t->largest)
        t->largest = size;
    const BuiltinDef *d = e->op != BI_NONE ? builtin_def(e->op) : NULL;
    if (d && d->nparams_of && shape_known(e->shape))
        t->params = sat_add(t->params, (uint64_t)d->nparams_of(e));
    for (int i = 0; i < e->args.len; i++)
        tally_expr(t, e->args.items[i].value, depth + 1);
}

/* Floats of optimizer state per parameter (a lower bound: SGD without
 * momentum keeps none). */
static uint64_t state_per_param(const TrainConfig *c)
{
    return (uint64_t)optim_def(c->opt)->state_per_param(c);
}

static void print_bytes(char *s, size_t n, uint64_t b)
{
    if (b == UINT64_MAX)
        snprintf(s, n, "more than 16 EiB");
    else if (b >= (1ULL << 30))
        snprintf(s, n, "%.1f GiB", (double)b / (double)(1ULL << 30));
    else
        snprintf(s, n, "%.1f MiB", (double)b / (double)(1ULL << 20));
}


bool limits_check(const Program *p, Diag *d, uint64_t max_workspace)
{
    Tally t = {0, 0, 0};
    if (p->input && shape_known(p->input->shape))
        t.largest = (uint64_t)shape_size(p->input->shape);
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if (s->kind == ST_ASSIGN && s->live)
            tally_expr(&t, s->value, 1);
    }
    uint64_t batch = p->has_train && p->cfg.batch_size > 0 ? (uint64_t)p->cfg.batch_size : 32;
    uint64_t batch_floats = sat_mul(t.per_sample, batch);
    Loc at = p->has_train ? p->train_loc : p->name_loc;
    if (batch_floats > (uint64_t)MAX_BATCH_FLOATS) {
        diag_error(d, at, "model too large: its values hold %llu floats for a batch of %llu "
                   "(limit is %llu)", (unsigned long long)batch_floats, (unsigned long long)batch,
                   (unsigned long long)MAX_BATCH_FLOATS);
        return false;
    }
    uint64_t floats = t.params;
    if (p->has_train)
        floats = sat_add(floats, sat_mul(t.params, 1 + state_per_param(&p->cfg)));
    floats = sat_add(floats, sat_mul(t.largest, batch));
    uint64_t bytes = sat_mul(floats, sizeof(float));
    if (bytes > max_workspace) {
        char need[48], limit[48];
        print_bytes(need, sizeof need, bytes);
        print_bytes(limit, sizeof limit, max_workspace);
        diag_error(d, at, "workspace too large: at least %s for a batch of %llu (limit is %s)",
                   need, (unsigned long long)batch, limit);
        diag_note(d, at, "parameters, gradients and optimizer state, and the largest value for a "
                  "whole batch; raise the limit with --max-workspace=BYTES");
        return false;
    }
    return true;
}

bool limits_check_plan(const Graph *g, const Plan *plan, Loc at, Diag *d, uint64_t max_workspace)
{
    uint64_t bytes = sat_mul(plan->total > 0 ? (uint64_t)plan->total : 0, sizeof(float));
    if (bytes <= max_workspace)
        return true;
    char need[48], limit[48];
    print_bytes(need, sizeof need, bytes);
    print_bytes(limit, sizeof limit, max_workspace);
    diag_error(d, at, "workspace too large: model '%s' needs %s (%llu bytes) for a batch of %ld "
               "(limit is %s)", g->name, need, (unsigned long long)bytes, g->batch, limit);
    diag_note(d, at, "raise the limit with --max-workspace=BYTES");
    return false;
}
