/*
 * ast.c - builders for the syntax tree, and the names of its enums.
 *
 * The grammar's actions call one builder each (grammar/nn.y).  Builders
 * record what was written and nothing more; numbers keep the text as
 * written beside their value.  Names, keys and texts are kept, not
 * copied: they come from the lexer, interned in the arena (names and
 * numbers: check.c compares names by pointer) or decoded into it
 * (strings), and live as long as the tree.  Meaning (which op, which
 * size) is check.c's business.
 */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

Program *ast_program(Arena *a)
{
    return arena_alloc(a, sizeof(Program));
}

static Stmt *new_stmt(Arena *a, StmtKind kind, Loc loc, const char *name, Loc name_loc)
{
    Stmt *s = arena_alloc(a, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    s->name = name;
    s->name_loc = name_loc;
    return s;
}

/* stmt := 'input' NAME '[' NUMBER ']' */
Stmt *ast_input(Arena *a, Loc loc, const char *name, Loc name_loc, Expr *size)
{
    Stmt *s = new_stmt(a, ST_INPUT, loc, name, name_loc);
    s->size_expr = size;
    return s;
}

/* stmt := NAME '=' expr; the statement starts at its name */
Stmt *ast_assign(Arena *a, const char *name, Loc name_loc, Expr *value)
{
    Stmt *s = new_stmt(a, ST_ASSIGN, name_loc, name, name_loc);
    s->value = value;
    return s;
}

/* stmt := 'output' NAME */
Stmt *ast_output(Arena *a, Loc loc, const char *name, Loc name_loc)
{
    return new_stmt(a, ST_OUTPUT, loc, name, name_loc);
}

static Expr *new_expr(Arena *a, ExprKind kind, Loc loc)
{
    Expr *e = arena_alloc(a, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    return e;
}

Expr *ast_name(Arena *a, Loc loc, const char *name)
{
    Expr *e = new_expr(a, EX_NAME, loc);
    e->name = name;
    return e;
}

/* A call with no arguments yet; ast_call_arg appends them in order. */
Expr *ast_call(Arena *a, Loc loc, const char *name)
{
    Expr *e = new_expr(a, EX_CALL, loc);
    e->name = name;
    return e;
}

/* Most calls have one to three arguments: the array grows from 2, not
 * from vec_push's 8, which keeps a 10 MB file's tree a quarter smaller. */
void ast_call_arg(Arena *a, Expr *call, const char *key, Loc key_loc, Expr *value)
{
    nnc_assert(call->kind == EX_CALL);
    Arg arg = {.key = key, .key_loc = key_loc, .value = value};
    if (call->args.len == call->args.cap) {
        int cap = call->args.cap ? 2 * call->args.cap : 2;
        call->args.items = arena_realloc(a, call->args.items, sizeof(Arg) * (size_t)call->args.cap,
                                         sizeof(Arg) * (size_t)cap);
        call->args.cap = cap;
    }
    call->args.items[call->args.len++] = arg;
}

/* `text` as the lexer saw it: 3, 0.05, 1e-3, .5, 5., -1.  is_int holds
 * for digits only (after an optional '-'), so the checker can tell
 * `epochs = 10` from `epochs = 10.0`. */
Expr *ast_number(Arena *a, Loc loc, const char *text)
{
    Expr *e = new_expr(a, EX_NUMBER, loc);
    e->text = text;
    e->num = strtod(text, NULL);
    const char *p = text + (text[0] == '-');
    e->is_int = *p && strspn(p, "0123456789") == strlen(p);
    return e;
}

/* `decoded`: the string's contents with its escapes already resolved. */
Expr *ast_string(Arena *a, Loc loc, const char *decoded)
{
    Expr *e = new_expr(a, EX_STRING, loc);
    e->text = decoded;
    return e;
}

const char *builtin_name(Builtin b)
{
    switch (b) {
    case BI_NONE: return "?";
    case BI_DENSE: return "dense";
    case BI_RELU: return "relu";
    case BI_SIGMOID: return "sigmoid";
    case BI_TANH: return "tanh";
    case BI_LEAKY_RELU: return "leaky_relu";
    case BI_SOFTMAX: return "softmax";
    case BI_ADD: return "add";
    case BI_CONCAT: return "concat";
    case BI_DROPOUT: return "dropout";
    }
    nnc_unreachable();
}

const char *act_name(Act act)
{
    switch (act) {
    case ACT_LINEAR: return "linear";
    case ACT_RELU: return "relu";
    case ACT_SIGMOID: return "sigmoid";
    case ACT_TANH: return "tanh";
    case ACT_SOFTMAX: return "softmax";
    }
    nnc_unreachable();
}

const char *loss_name(LossKind l)
{
    switch (l) {
    case LOSS_NONE: return "none";
    case LOSS_MSE: return "mse";
    case LOSS_CROSS_ENTROPY: return "cross_entropy";
    case LOSS_BCE: return "binary_cross_entropy";
    }
    nnc_unreachable();
}

const char *init_name(InitKind i)
{
    switch (i) {
    case INIT_DEFAULT: return "default";
    case INIT_HE: return "he";
    case INIT_XAVIER: return "xavier";
    case INIT_UNIFORM: return "uniform";
    }
    nnc_unreachable();
}
