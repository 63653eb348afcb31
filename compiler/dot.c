/*
 * dot.c - the checked network as a Graphviz digraph (--emit=dot).
 *
 * Takes a Program that passed check.c and prints one node per live
 * value: the input, every statement, and every call nested inside one
 * (`relu(dense(x, 8))` is two nodes).  Edges follow the data, from an
 * operand to the op that reads it.  Each label gives the value's name
 * (or the layer's checkpoint name for a nested layer), the op, for
 * layers their parameter count (a call's op line is its BuiltinDef's
 * when it has one), and last the value's shape per sample, as
 * LANGUAGE-v2 writes it:
 *
 *   "h1\ndense 784→256 relu\n200,960 params\nf32[256]"
 *   "p1\nmax_pool2d\nf32[32,14,14]"
 *
 * Node ids are derived from names, so the output is deterministic and
 * needs no table: a statement's node is "NAME", the k-th call nested in
 * it (in source order) is "NAME/k".  Names cannot hold '/', so the two
 * never collide.  Everything user-written is escaped for a quoted DOT
 * string, even though today's lexer only allows [A-Za-z0-9_] in names.
 *
 * After fusion (--emit=dot --stop-after=fuse), dot_emit_fused draws each
 * fused kernel as a dashed cluster around the ops it computes.  The
 * driver finds them from the fused graph: every IR op keeps the Loc of
 * the call it came from, and fuse.c the Locs of the ops it merged in;
 * dot_node_of maps a Loc back to its node here.
 */
#include "ast.h"

#include <string.h>

/* Writes `s` for the inside of a DOT "..." string. */
void dot_put_escaped(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        if (*s == '\n')
            fputs("\\n", out);
        else
            fputc(*s, out);
    }
}

static void put_id(FILE *out, const char *name, int k)
{
    fputc('"', out);
    dot_put_escaped(out, name);
    if (k > 0)
        fprintf(out, "/%d", k);
    fputc('"', out);
}

/* 200960 -> "200,960" */
void dot_put_count(FILE *out, long n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%ld", n);
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            fputc(',', out);
        fputc(digits[i], out);
    }
}

/* "\nf32[32,14,14]": the last line of every label */
static void put_shape(FILE *out, Shape s)
{
    fputs("\\nf32[", out);
    for (int d = 0; d < s.rank; d++)
        fprintf(out, "%s%ld", d ? "," : "", s.dims[d]);
    fputc(']', out);
}

/* The op lines of a label: the call's own (dense's "dense 784→256
 * relu\n200,960 params"), else "name(number)" for a call without
 * parameters with a number argument (dropout, leaky_relu), else the
 * name, with its parameter count for a layer (batch_norm). */
static void put_op(FILE *out, const Expr *e)
{
    const BuiltinDef *d = builtin_def(e->op);
    if (d->dot) {
        d->dot(out, e);
        return;
    }
    int number = -1;
    for (int k = d->nparams - 1; k >= 0; k--)
        if (d->params[k].kind == PK_NUMBER)
            number = k;
    dot_put_escaped(out, e->name);
    if (number >= 0 && !d->nparams_of)
        fprintf(out, "(%g)", e->argv[number]);
    if (d->nparams_of && shape_known(e->shape)) {
        fputs("\\n", out);
        dot_put_count(out, d->nparams_of(e));
        fputs(" params", out);
    }
}

/* The value operands of a call (add's two, relu's one). */
static int operands(const Expr *e)
{
    const BuiltinDef *d = builtin_def(e->op);
    int n = 0;
    for (int k = 0; k < d->nparams; k++)
        n += d->params[k].kind == PK_VALUE;
    return n;
}

typedef struct DotCtx {
    FILE *out;
    const Stmt *stmt;
    int seq;           /* nested calls numbered in source order */
} DotCtx;

/* Prints the node of a value expression and the nodes and edges beneath
 * it; returns its node as (name, k) through the out parameters. */
static void emit_expr(DotCtx *c, const Expr *e, bool outer, const char **id, int *k)
{
    if (e->kind == EX_NAME) {
        *id = e->def->name;
        *k = 0;
        return;
    }
    *id = c->stmt->name;
    *k = outer ? 0 : ++c->seq;
    const char *in_id[BUILTIN_MAX_IN];
    int in_k[BUILTIN_MAX_IN];
    int nin = operands(e);
    for (int i = 0; i < nin; i++)
        emit_expr(c, e->in[i], false, &in_id[i], &in_k[i]);

    fprintf(c->out, "  ");
    put_id(c->out, *id, *k);
    fprintf(c->out, " [label=\"");
    if (outer || e->layer) {
        dot_put_escaped(c->out, e->layer ? e->layer : c->stmt->name);
        fprintf(c->out, "\\n");
    }
    put_op(c->out, e);
    put_shape(c->out, e->shape);
    fprintf(c->out, "\"];\n");
    for (int i = 0; i < nin; i++) {
        fprintf(c->out, "  ");
        put_id(c->out, in_id[i], in_k[i]);
        fprintf(c->out, " -> ");
        put_id(c->out, *id, *k);
        fprintf(c->out, ";\n");
    }
}

static void emit_stmt(FILE *out, const Stmt *s)
{
    if (s->kind == ST_INPUT) {
        fprintf(out, "  ");
        put_id(out, s->name, 0);
        fprintf(out, " [label=\"");
        dot_put_escaped(out, s->name);
        fputs("\\ninput", out);
        put_shape(out, s->shape);
        fputs("\", shape=ellipse];\n", out);
        return;
    }
    if (s->value->kind == EX_NAME) {   /* y = h: an alias */
        fprintf(out, "  ");
        put_id(out, s->name, 0);
        fprintf(out, " [label=\"");
        dot_put_escaped(out, s->name);
        fprintf(out, "\\n= ");
        dot_put_escaped(out, s->value->name);
        put_shape(out, s->shape);
        fputs("\"];\n  ", out);
        put_id(out, s->value->def->name, 0);
        fprintf(out, " -> ");
        put_id(out, s->name, 0);
        fprintf(out, ";\n");
        return;
    }
    DotCtx c = {out, s, 0};
    const char *id;
    int k;
    emit_expr(&c, s->value, true, &id, &k);
}

static void emit_body(const Program *p, FILE *out)
{
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if (s->kind != ST_OUTPUT && s->live)
            emit_stmt(out, s);
    }
    if (p->output && p->output->def) {
        fprintf(out, "  ");
        put_id(out, p->output->def->name, 0);
        fprintf(out, " [peripheries=2];\n");
    }
}

static void emit_head(const Program *p, FILE *out)
{
    fprintf(out, "digraph ");
    put_id(out, p->name, 0);
    fprintf(out, " {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n");
}

void dot_emit(const Program *p, FILE *out)
{
    emit_head(p, out);
    emit_body(p, out);
    fprintf(out, "}\n");
}

typedef struct FindCtx {
    Loc loc;
    const Stmt *stmt;
    int seq;
    int found;         /* the k of the call at loc, or -1 */
} FindCtx;

/* The same pre-order numbering as emit_expr: the outer call is k = 0. */
static void find_expr(FindCtx *c, const Expr *e, bool outer)
{
    if (e->kind != EX_CALL || c->found >= 0)
        return;
    int k = outer ? 0 : ++c->seq;
    if (e->loc.line == c->loc.line && e->loc.col == c->loc.col) {
        c->found = k;
        return;
    }
    int nin = operands(e);
    for (int i = 0; i < nin; i++)
        find_expr(c, e->in[i], false);
}

const char *dot_node_of(const Program *p, Loc loc, Arena *a)
{
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if (s->kind != ST_ASSIGN || !s->live)
            continue;
        FindCtx c = {loc, s, 0, -1};
        find_expr(&c, s->value, true);
        if (c.found == 0)
            return s->name;
        if (c.found > 0)
            return arena_printf(a, "%s/%d", s->name, c.found);
    }
    return NULL;
}

/* The network after fusion: every fused kernel a dashed cluster around the
 * ops it computes, labelled with what it fuses.  A node may appear in a
 * cluster after its own definition: Graphviz moves it there. */
void dot_emit_fused(const Program *p, const DotFused *groups, int ngroups, FILE *out)
{
    emit_head(p, out);
    emit_body(p, out);
    for (int g = 0; g < ngroups; g++) {
        fprintf(out, "  subgraph \"cluster_fused_%d\" {\n    style=dashed; color=\"#1f77b4\"; label=\"fused: ", g);
        dot_put_escaped(out, groups[g].label);
        fprintf(out, "\";\n");
        for (int i = 0; i < groups[g].nnodes; i++) {
            fprintf(out, "    \"");
            dot_put_escaped(out, groups[g].nodes[i]);
            fprintf(out, "\";\n");
        }
        fprintf(out, "  }\n");
    }
    fprintf(out, "}\n");
}
