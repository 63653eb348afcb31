/*
 * lower.c - the checked AST becomes the forward graph IR and the loss.
 *
 * Takes a Program that check.c accepted (every call resolved, shapes and
 * layer names known, dead statements marked) and gives a Graph whose ops
 * compute the output from the input batch, then, for a model with a train
 * block, the loss from the output and the targets.
 *
 * The idea is a walk over the live statements in order, each right-hand
 * side lowered by its call's own rule (BuiltinDef.lower, in the op
 * family's file), which lowers its operands through lower_operand.  A
 * dense layer is three ops - matmul, bias_add, activation - so that
 * fusion and the backward pass see plain pieces.  Names are chosen for
 * people reading `--emit=ir`:
 *
 *   h1 = dense(x, 256, relu)   ->  %h1.mm = matmul, %h1.pre = bias_add, %h1 = relu
 *   y = dense(relu(dense(x, 32)), 10)
 *                              ->  %y_1.mm, %y_1 (the inner layer, linear),
 *                                  %y.relu, %y.mm, %y
 *
 * A statement's outermost call takes the statement's name; a nested layer
 * takes its layer name (LANGUAGE.md's `y_1`); any other nested call is
 * named after the statement and its op (`y.relu`).  Parameters are named
 * as the checkpoint names them and are created in source order, outer
 * layer first (the order of their opening parentheses), which is the
 * order the runtime initialises and saves them in.
 *
 * The loss is its LossDef's: cross-entropy and binary cross-entropy take
 * the logits - the operand of the output's softmax or sigmoid - and
 * Graph.logits records it; mse takes the output itself.
 */
#include "ir.h"

#include <string.h>

struct LowerCtx {
    const Program *p;
    Graph *g;
    Value **vals;          /* by statement: the value it defines */
    StrMap *stmt_index;    /* statement name -> its index + 1 */
    const Stmt *stmt;      /* the statement being lowered */
};

static Value *stmt_value(const LowerCtx *L, const Stmt *s)
{
    long i = (long)(intptr_t)strmap_get(L->stmt_index, s->name) - 1;
    nnc_assert(i >= 0 && L->p->stmts.items[i] == s && L->vals[i] != NULL);
    return L->vals[i];
}

Graph *lower_graph(LowerCtx *L)
{
    return L->g;
}

const char *lower_stmt_name(LowerCtx *L)
{
    return L->stmt->name;
}

const char *lower_inner_name(LowerCtx *L, const char *what)
{
    return arena_printf(L->g->arena, "%s.%s", L->stmt->name, what);
}

Value *lower_param(LowerCtx *L, const Expr *e, const char *suffix, Shape s, long fan_in, long fan_out)
{
    const char *name = arena_printf(L->g->arena, "%s.%s", e->layer, suffix);
    Value *p = ir_new_value(L->g, VK_PARAM, name, s, e->loc);
    nnc_assert(strcmp(p->name, name) == 0);   /* check.c rejects clashing names */
    p->ckpt = p->name;
    p->init = e->init;
    p->fan_in = fan_in;
    p->fan_out = fan_out;
    p->is_bias = s.rank == 1;
    return p;
}

Value *lower_buffer(LowerCtx *L, const Expr *e, const char *suffix, Shape s, bool ones)
{
    const char *name = arena_printf(L->g->arena, "%s.%s", e->layer, suffix);
    Value *b = ir_new_value(L->g, VK_BUFFER, name, s, e->loc);
    nnc_assert(strcmp(b->name, name) == 0);
    b->ckpt = b->name;
    b->ones = ones;
    return b;
}

static Value *lower_expr(LowerCtx *L, const Expr *e, bool outer);

Value *lower_operand(LowerCtx *L, const Expr *e, int i)
{
    return lower_expr(L, e->in[i], false);
}

/* The name of a call's result: the statement's for the outermost call,
 * else "stmt.op". */
static Value *lower_call(LowerCtx *L, const Expr *e, bool outer)
{
    const BuiltinDef *d = builtin_def(e->op);
    const char *name = outer ? L->stmt->name : lower_inner_name(L, d->name);
    return d->lower(L, e, name);
}

static Value *lower_expr(LowerCtx *L, const Expr *e, bool outer)
{
    switch (e->kind) {
    case EX_NAME: return stmt_value(L, e->def);
    case EX_CALL: return lower_call(L, e, outer);
    case EX_NUMBER: case EX_STRING: break;
    }
    nnc_unreachable();
}

static const Stmt *output_stmt(const Program *p)
{
    const Stmt *s = p->output;
    return s->kind == ST_OUTPUT ? s->def : s;
}

Graph *lower_program(const Program *p, Arena *a)
{
    Graph *g = ir_new_graph(a, p->name);
    LowerCtx L = {p, g, arena_alloc(a, sizeof(Value *) * (size_t)(p->stmts.len + 1)), strmap_new(a),
                  NULL};
    g->has_train = p->has_train;
    if (p->has_train) {
        g->cfg = p->cfg;
        g->batch = p->cfg.batch_size;
    }
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        if (s->kind != ST_OUTPUT && s->name && !strmap_get(L.stmt_index, s->name))
            strmap_put(L.stmt_index, s->name, (void *)(intptr_t)(i + 1));
    }
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        L.stmt = s;
        if (s->kind == ST_INPUT) {
            L.vals[i] = g->input = ir_new_value(g, VK_INPUT, s->name, ir_batch_of(s->shape), s->loc);
        } else if (s->kind == ST_ASSIGN && s->live) {
            L.vals[i] = lower_expr(&L, s->value, true);
        }
    }
    g->output = stmt_value(&L, output_stmt(p));
    g->prep = p->prep;
    if (g->prep.name) {   /* per channel of an image, per feature of a vector */
        const Shape *in = &p->input->shape;
        g->prep.groups = in->rank == 3 ? in->dims[0] : shape_size(*in);
        g->prep.group = shape_size(*in) / g->prep.groups;
    }
    if (p->has_train && p->cfg.loss != LOSS_NONE)
        loss_def(p->cfg.loss)->lower(g, &p->cfg);
    return g;
}
