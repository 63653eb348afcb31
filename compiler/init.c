/*
 * init.c - each layer's default initialisation, from what reads its value.
 *
 * Takes a Program after check.c has bound every call (op, in[], act) and
 * marked the live statements; fills Expr.init of every call with
 * parameters.  A train block's `init =` applies to every layer.  Without
 * it, LANGUAGE-v2.md ("Names and initialisation") gives he (Kaiming)
 * where the layer's output goes through a relu, else xavier:
 *
 *   dense(x, 64, relu), conv2d(x, 32, 3, act = relu)      own act relu: he
 *   relu(batch_norm(conv2d(x, 32, 3)))                    he
 *   c = conv2d(x, 32, 3)  b = relu(batch_norm(c))         he
 *   c = conv2d(x, 32, 3)  b = batch_norm(c)  r = relu(b)  he
 *   conv2d(x, 32, 3) read by a batch_norm and by an add  xavier
 *
 * "Only feeds batch_norm then relu" reads: the layer's act is linear;
 * every live reader of its value is a batch_norm (at least one), and
 * every live reader of each of those is a relu() call.  A statement's
 * value can have many readers, so one sweep first records for each
 * statement the kind of call every reader is (Stmt.only_reader), then
 * the layers' rule reads it: linear in the size of the program.  dense
 * follows the same rule (batch_norm over a vector's features).  An alias
 * (`y = h`) or the model's output counts as a reader of no kind.
 */
#include "ast.h"

#define READ_BY_MANY (-1)   /* Stmt.only_reader: readers of two kinds, an alias, the output */

static void note_reader(Stmt *s, int op)
{
    if (s->only_reader == BI_NONE)
        s->only_reader = op;
    else if (s->only_reader != op)
        s->only_reader = READ_BY_MANY;
}

/* The value operands of a bound call. */
static int operands(const Expr *e)
{
    if (e->kind != EX_CALL || e->op == BI_NONE)
        return 0;
    const BuiltinDef *d = builtin_def(e->op);
    int n = 0;
    for (int k = 0; k < d->nparams && n < BUILTIN_MAX_IN; k++)
        n += d->params[k].kind == PK_VALUE;
    return n;
}

/* Every call below e (e included) that names a statement is one of its readers. */
static void find_readers(Expr *e, int depth)
{
    if (!e || depth > NNC_MAX_NESTING)
        return;
    for (int i = 0; i < operands(e); i++) {
        Expr *v = e->in[i];
        if (v && v->kind == EX_NAME && v->def)
            note_reader(v->def, e->op);
        else
            find_readers(v, depth + 1);
    }
}

/* Whether everything that reads a call's value is a relu(): its parent
 * when nested, else every reader of its statement s. */
static bool feeds_only_relu(const Expr *parent, const Stmt *s)
{
    return parent ? parent->op == BI_RELU : s->only_reader == BI_RELU;
}

/* A statement read only by batch_norms keeps BI_BATCH_NORM as its reader
 * kind only when each of those batch_norms feeds relu alone. */
static void check_bn_readers(Expr *e, Expr *parent, Stmt *s, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return;
    for (int i = 0; i < operands(e); i++) {
        Expr *v = e->in[i];
        if (v && v->kind == EX_NAME && v->def) {
            if (e->op == BI_BATCH_NORM && !feeds_only_relu(parent, s))
                v->def->only_reader = READ_BY_MANY;
        } else {
            check_bn_readers(v, e, s, depth + 1);
        }
    }
}

/* Whether layer e's value only feeds batch_norm then relu. */
static bool feeds_bn_relu(const Expr *e, const Expr *parent, const Expr *grandparent, const Stmt *s)
{
    if (e->act != ACT_LINEAR)
        return false;
    if (!parent)
        return s->only_reader == BI_BATCH_NORM;
    return parent->op == BI_BATCH_NORM && feeds_only_relu(grandparent, s);
}

static void resolve(Expr *e, Expr *parent, Expr *grandparent, Stmt *s, InitKind given, int depth)
{
    if (!e || e->kind != EX_CALL || e->op == BI_NONE || depth > NNC_MAX_NESTING)
        return;
    if (builtin_def(e->op)->nparams_of) {
        bool he = e->act == ACT_RELU || feeds_bn_relu(e, parent, grandparent, s);
        e->init = given != INIT_DEFAULT ? given : he ? INIT_HE : INIT_XAVIER;
    }
    for (int i = 0; i < operands(e); i++)
        resolve(e->in[i], e, parent, s, given, depth + 1);
}

void init_resolve(Program *p)
{
    for (int i = 0; i < p->stmts.len; i++)
        p->stmts.items[i]->only_reader = BI_NONE;
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s->kind == ST_OUTPUT && s->def)
            note_reader(s->def, READ_BY_MANY);
        if (s->kind != ST_ASSIGN || !s->live || !s->value)
            continue;
        if (s->value->kind == EX_NAME && s->value->def)
            note_reader(s->value->def, READ_BY_MANY);
        else
            find_readers(s->value, 1);
    }
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s->kind == ST_ASSIGN && s->live)
            check_bn_readers(s->value, NULL, s, 1);
    }
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s->kind == ST_ASSIGN)
            resolve(s->value, NULL, NULL, s, p->cfg.init, 1);
    }
}
