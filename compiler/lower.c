/*
 * lower.c - the checked AST becomes the forward graph IR and the loss.
 *
 * Takes a Program that check.c accepted (every call resolved, sizes and
 * layer names known, dead statements marked) and gives a Graph whose ops
 * compute the output from the input batch, then, for a model with a train
 * block, the loss from the output and the targets.
 *
 * The idea is a walk over the live statements in order, each right-hand
 * side lowered bottom-up.  A dense layer is three ops - matmul, bias_add,
 * activation - so that fusion and the backward pass see plain pieces.
 * Names are chosen for people reading `--emit=ir`:
 *
 *   h1 = dense(x, 256, relu)   ->  %h1.mm = matmul, %h1.pre = bias_add, %h1 = relu
 *   y = dense(relu(dense(x, 32)), 10)
 *                              ->  %y_1.mm, %y_1 (the inner layer, linear),
 *                                  %y.relu, %y.mm, %y
 *
 * A statement's outermost call takes the statement's name; a nested dense
 * takes its layer name (LANGUAGE.md's `y_1`); any other nested call is
 * named after the statement and its op (`y.relu`).  Parameters are named
 * as the checkpoint names them and are created in source order, outer
 * layer first (the order of their opening parentheses), which is the
 * order the runtime initialises and saves them in.
 *
 * The losses read what makes them stable: cross-entropy and binary
 * cross-entropy take the logits - the operand of the output's softmax or
 * sigmoid - and Graph.logits records it; mse takes the output itself.
 */
#include "ir.h"

#include <string.h>

typedef struct Lower {
    const Program *p;
    Graph *g;
    Value **vals;          /* by statement index: the value it defines */
    const Stmt *stmt;      /* the statement being lowered */
} Lower;

static Value *stmt_value(const Lower *L, const Stmt *s)
{
    for (int i = 0; i < L->p->stmts.len; i++)
        if (L->p->stmts.items[i] == s) {
            nnc_assert(L->vals[i] != NULL);
            return L->vals[i];
        }
    nnc_unreachable();
}

/* The name of a call's result: the statement's for the outermost call,
 * else "stmt.op". */
static const char *call_name(const Lower *L, const Expr *e, bool outer, const char *op)
{
    (void)e;
    if (outer)
        return L->stmt->name;
    return arena_printf(L->g->arena, "%s.%s", L->stmt->name, op);
}

static Value *new_param(Lower *L, const Expr *e, const char *suffix, Shape s, long fan_in)
{
    const char *name = arena_printf(L->g->arena, "%s.%s", e->layer, suffix);
    Value *p = ir_new_value(L->g, VK_PARAM, name, s, e->loc);
    nnc_assert(strcmp(p->name, name) == 0);   /* check.c rejects clashing names */
    p->ckpt = p->name;
    p->init = e->init;
    p->fan_in = fan_in;
    p->fan_out = e->units;
    p->is_bias = s.rank == 1;
    return p;
}

static OpKind act_op(Act a)
{
    switch (a) {
    case ACT_RELU: return OP_RELU;
    case ACT_SIGMOID: return OP_SIGMOID;
    case ACT_TANH: return OP_TANH;
    case ACT_SOFTMAX: return OP_SOFTMAX;
    case ACT_LINEAR: break;
    }
    nnc_unreachable();
}

static Value *lower_expr(Lower *L, const Expr *e, bool outer);

/* dense(x, units, act) = act(x W^T + b):
 *   %L.mm [B,units] = matmul x, L.weight      W [units,in]
 *   %L.pre [B,units] = bias_add %L.mm, L.bias b [units]
 *   %L [B,units] = act %L.pre                 (no op when linear) */
static Value *lower_dense(Lower *L, const Expr *e)
{
    Graph *g = L->g;
    long in = e->in[0]->size;
    Value *w = new_param(L, e, "weight", ir_shape(2, e->units, in), in);
    Value *b = new_param(L, e, "bias", ir_shape(1, e->units, 0), in);
    Value *x = lower_expr(L, e->in[0], false);
    const char *layer = e->layer;
    Value *mm = ir_emit(g, OP_MATMUL, PH_FORWARD, e->loc, arena_printf(g->arena, "%s.mm", layer),
                        2, (Value *[]){x, w});
    bool linear = e->act == ACT_LINEAR;
    const char *pre = linear ? layer : arena_printf(g->arena, "%s.pre", layer);
    Value *z = ir_emit(g, OP_BIAS_ADD, PH_FORWARD, e->loc, pre, 2, (Value *[]){mm, b});
    if (linear)
        return z;
    return ir_emit(g, act_op(e->act), PH_FORWARD, e->loc, layer, 1, &z);
}

/* dropout(x, rate): the mask is a value of its own, drawn once per step,
 * so the backward pass multiplies by the very same mask.
 *   %N.mask [B,n] = dropout_mask rate=r
 *   %N [B,n] = dropout x, %N.mask */
static Value *lower_dropout(Lower *L, const Expr *e, Value *x, const char *name)
{
    Graph *g = L->g;
    double rate = e->param;
    Value *mask = ir_emit_ex(g, OP_DROPOUT_MASK, PH_FORWARD, e->loc,
                             arena_printf(g->arena, "%s.mask", name), 0, NULL, 1, &rate, x->shape);
    return ir_emit(g, OP_DROPOUT, PH_FORWARD, e->loc, name, 2, (Value *[]){x, mask});
}

static Value *lower_call(Lower *L, const Expr *e, bool outer)
{
    Graph *g = L->g;
    if (e->op == BI_DENSE)
        return lower_dense(L, e);
    const char *name = call_name(L, e, outer, builtin_name(e->op));
    Value *a = lower_expr(L, e->in[0], false);
    switch (e->op) {
    case BI_RELU: return ir_emit(g, OP_RELU, PH_FORWARD, e->loc, name, 1, &a);
    case BI_SIGMOID: return ir_emit(g, OP_SIGMOID, PH_FORWARD, e->loc, name, 1, &a);
    case BI_TANH: return ir_emit(g, OP_TANH, PH_FORWARD, e->loc, name, 1, &a);
    case BI_SOFTMAX: return ir_emit(g, OP_SOFTMAX, PH_FORWARD, e->loc, name, 1, &a);
    case BI_LEAKY_RELU:
        return ir_emit_ex(g, OP_LEAKY_RELU, PH_FORWARD, e->loc, name, 1, &a, 1, &e->param,
                          a->shape);
    case BI_DROPOUT: return lower_dropout(L, e, a, name);
    case BI_ADD: case BI_CONCAT: {
        Value *b = lower_expr(L, e->in[1], false);
        OpKind k = e->op == BI_ADD ? OP_ADD : OP_CONCAT;
        return ir_emit(g, k, PH_FORWARD, e->loc, name, 2, (Value *[]){a, b});
    }
    case BI_DENSE: case BI_NONE: break;
    }
    nnc_unreachable();
}

static Value *lower_expr(Lower *L, const Expr *e, bool outer)
{
    switch (e->kind) {
    case EX_NAME: return stmt_value(L, e->def);
    case EX_CALL: return lower_call(L, e, outer);
    case EX_NUMBER: case EX_STRING: break;
    }
    nnc_unreachable();
}

/* The operand of the output's softmax (cross_entropy) or sigmoid (bce). */
static Value *logits_of(const Value *out, OpKind want)
{
    nnc_assert(out->kind == VK_TEMP && out->def->kind == want);
    return out->def->args[0];
}

/* loss [] = mse_loss(y, t) | xent_loss(logits, labels) | bce_loss(logits, t) */
static void lower_loss(Graph *g, const TrainConfig *cfg)
{
    Value *y = g->output;
    long n = y->shape.dims[1];
    Loc loc = cfg->loss_loc;
    OpKind k = OP_MSE_LOSS;
    Value *from = y;
    Shape ts = ir_shape(2, IR_BATCH, n);
    if (cfg->loss == LOSS_CROSS_ENTROPY) {
        k = OP_XENT_LOSS;
        from = g->logits = logits_of(y, OP_SOFTMAX);
        ts = ir_shape(1, IR_BATCH, 0);
    } else if (cfg->loss == LOSS_BCE) {
        k = OP_BCE_LOSS;
        from = g->logits = logits_of(y, OP_SIGMOID);
    } else {
        nnc_assert(cfg->loss == LOSS_MSE);
    }
    g->target = ir_new_value(g, VK_TARGET, "target", ts, loc);
    g->loss = ir_emit(g, k, PH_LOSS, loc, "loss", 2, (Value *[]){from, g->target});
}

static const Stmt *output_stmt(const Program *p)
{
    const Stmt *s = p->output;
    return s->kind == ST_OUTPUT ? s->def : s;
}

Graph *lower_program(const Program *p, Arena *a)
{
    Graph *g = ir_new_graph(a, p->name);
    Lower L = {p, g, arena_alloc(a, sizeof(Value *) * (size_t)(p->stmts.len + 1)), NULL};
    g->has_train = p->has_train;
    if (p->has_train) {
        g->cfg = p->cfg;
        g->batch = p->cfg.batch_size;
    }
    for (int i = 0; i < p->stmts.len; i++) {
        const Stmt *s = p->stmts.items[i];
        L.stmt = s;
        if (s->kind == ST_INPUT) {
            L.vals[i] = g->input = ir_new_value(g, VK_INPUT, s->name,
                                                ir_shape(2, IR_BATCH, s->size), s->loc);
        } else if (s->kind == ST_ASSIGN && s->live) {
            L.vals[i] = lower_expr(&L, s->value, true);
        }
    }
    g->output = stmt_value(&L, output_stmt(p));
    if (p->has_train && p->cfg.loss != LOSS_NONE)
        lower_loss(g, &p->cfg);
    return g;
}
