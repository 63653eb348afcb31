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

#include <stddef.h>
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

/* stmt := 'input' NAME '[' NUMBER (',' NUMBER)* ']' */
Stmt *ast_input(Arena *a, Loc loc, const char *name, Loc name_loc, Expr *size)
{
    Stmt *s = new_stmt(a, ST_INPUT, loc, name, name_loc);
    s->sizes[0] = size;
    s->nsizes = size != NULL;
    return s;
}

/* One more size: the first NNC_MAX_RANK are kept, the rest counted. */
void ast_input_size(Stmt *s, Expr *size)
{
    if (s->nsizes < NNC_MAX_RANK)
        s->sizes[s->nsizes] = size;
    s->nsizes++;
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

/* A leaf ends where the call part of the union would begin: a name or
 * a number takes 48 bytes of the arena, a call 128. */
static Expr *new_expr(Arena *a, ExprKind kind, Loc loc)
{
    size_t size = kind == EX_CALL ? sizeof(Expr)
                : kind == EX_NAME ? offsetof(Expr, def) + sizeof(Stmt *)
                : offsetof(Expr, is_int) + sizeof(bool);
    Expr *e = arena_alloc(a, size);
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

/* A call with no arguments yet: ast_call_args gives them once it closes. */
Expr *ast_call(Arena *a, Loc loc, const char *name)
{
    Expr *e = new_expr(a, EX_CALL, loc);
    e->name = name;
    return e;
}

/* The parser gathers a call's arguments and hands them over at its ')',
 * so the array has exactly their number. */
void ast_call_args(Arena *a, Expr *call, const Arg *args, int n)
{
    nnc_assert(call->kind == EX_CALL && n >= 0);
    call->args.items = n ? arena_alloc(a, sizeof(Arg) * (size_t)n) : NULL;
    if (n)
        memcpy(call->args.items, args, sizeof(Arg) * (size_t)n);
    call->args.len = n;
}

/* The value of a number: strtod's, without its cost in the usual case
 * (a 10 MB model has 225,000 numbers).  For [-]digits[.digits] with at
 * most 15 digits the digits make an integer m below 2^53 and the point
 * a divisor 10^k with k <= 15, both exact in a double, so m / 10^k is
 * one correctly rounded division: strtod's answer (Clinger's fast path).
 * Anything else (exponents, long numbers) goes to strtod. */
static double decimal(const char *text)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char *p = text + (text[0] == '-');
    double m = 0;
    int ndigits = 0, frac = -1;
    for (; *p; p++) {
        if (*p == '.' && frac < 0) {
            frac = 0;
        } else if (*p >= '0' && *p <= '9' && ndigits < 15) {
            m = 10 * m + (*p - '0');
            ndigits++;
            frac += frac >= 0;
        } else {
            return strtod(text, NULL);
        }
    }
    if (ndigits == 0)
        return strtod(text, NULL);
    double v = frac > 0 ? m / pow10[frac] : m;
    return text[0] == '-' ? -v : v;
}

/* `text` as the lexer saw it: 3, 0.05, 1e-3, .5, 5., -1.  is_int holds
 * for digits only (after an optional '-'), so the checker can tell
 * `epochs = 10` from `epochs = 10.0`. */
Expr *ast_number(Arena *a, Loc loc, const char *text)
{
    Expr *e = new_expr(a, EX_NUMBER, loc);
    e->text = text;
    const char *p = text + (text[0] == '-');
    size_t digits = strspn(p, "0123456789");
    e->is_int = digits > 0 && p[digits] == '\0';
    e->num = decimal(text);
    return e;
}

Expr *ast_fraction(Arena *a, Loc loc, const Expr *num, const Expr *den)
{
    Expr *e = new_expr(a, EX_NUMBER, loc);
    const char *text = arena_printf(a, "%s/%s", num->text, den->text);
    e->text = arena_intern(a, text, strlen(text));
    e->is_int = false;
    e->num = num->num / den->num;
    return e;
}

/* `decoded`: the string's contents with its escapes already resolved. */
Expr *ast_string(Arena *a, Loc loc, const char *decoded)
{
    Expr *e = new_expr(a, EX_STRING, loc);
    e->text = decoded;
    return e;
}

/* ---- shapes ------------------------------------------------------------ */

Shape shape_vec(long n)
{
    return (Shape){1, {n, 0, 0, 0}};
}

long shape_size(Shape s)
{
    if (s.rank == 0)
        return 0;
    long n = 1;
    for (int i = 0; i < s.rank; i++)
        n *= s.dims[i];
    return n;
}

bool shape_known(Shape s)
{
    return s.rank > 0;
}

bool shape_same(Shape a, Shape b)
{
    if (a.rank != b.rank)
        return false;
    for (int i = 0; i < a.rank; i++)
        if (a.dims[i] != b.dims[i])
            return false;
    return true;
}

const char *shape_text(Shape s, char *buf, size_t n)
{
    size_t k = 0;
    buf[0] = '\0';
    for (int i = 0; i < s.rank && k < n; i++)
        k += (size_t)snprintf(buf + k, n - k, "%s%ld", i ? " x " : "", s.dims[i]);
    return buf;
}

Shape expr_shape(const Expr *e)
{
    if (e->kind == EX_CALL)
        return e->shape;
    if (e->kind == EX_NAME && e->def)
        return e->def->shape;
    return (Shape){0};
}

/* ---- the op table's rows: the language's calls, losses, optimizers ------ */

#define BUILTIN(e, name, family) extern const BuiltinDef bi_##name;
#define LOSS(e, name, family) extern const LossDef loss_##name;
#define OPTIM(e, name, family) extern const OptimDef optim_##name;
#include "ops.def"

static const BuiltinDef *const builtins[BI_COUNT] = {
#define BUILTIN(e, name, family) [BI_##e] = &bi_##name,
#include "ops.def"
};

static const LossDef *const losses[LOSS_COUNT] = {
#define LOSS(e, name, family) [LOSS_##e] = &loss_##name,
#include "ops.def"
};

static const OptimDef *const optimizers[OPT_COUNT] = {
#define OPTIM(e, name, family) [OPT_##e] = &optim_##name,
#include "ops.def"
};

#define ACT(e, name, from, named) extern const ActDef act_##name;
#include "ops.def"

static const ActDef *const acts[ACT_COUNT] = {
#define ACT(e, name, from, named) [ACT_##e] = &act_##name,
#include "ops.def"
};

const ActDef *act_def(Act a)
{
    nnc_assert(a >= 0 && a < ACT_COUNT);
    return acts[a];   /* NULL for linear and softmax */
}

const char *act_name(Act a)
{
    if (a == ACT_LINEAR)
        return "linear";
    if (a == ACT_SOFTMAX)
        return "softmax";
    return act_def(a)->name;
}

/* Whether `act =` takes activation a by name. */
static bool act_named(Act a)
{
    return a == ACT_LINEAR || a == ACT_SOFTMAX || act_def(a)->named;
}

int act_lookup(const char *name)
{
    for (int a = 0; a < ACT_COUNT; a++)
        if (act_named((Act)a) && strcmp(act_name((Act)a), name) == 0)
            return a;
    return -1;
}

/* "relu, sigmoid, tanh, softmax<last>linear": the order the messages use. */
const char *act_list(const char *last)
{
    static char text[2][256];
    char *t = text[strcmp(last, ", ") != 0];
    size_t n = 0;
    for (int a = ACT_LINEAR + 1; a <= ACT_SOFTMAX; a++)
        if (act_named((Act)a))
            n += (size_t)snprintf(t + n, sizeof text[0] - n, "%s%s", n ? ", " : "", act_name((Act)a));
    snprintf(t + n, sizeof text[0] - n, "%slinear", last);
    return t;
}

const BuiltinDef *builtin_def(Builtin b)
{
    nnc_assert(b > BI_NONE && b < BI_COUNT);
    return builtins[b];
}

const LossDef *loss_def(LossKind l)
{
    nnc_assert(l >= LOSS_NONE && l < LOSS_COUNT);
    return losses[l];
}

const OptimDef *optim_def(OptKind o)
{
    nnc_assert(o >= 0 && o < OPT_COUNT);
    return optimizers[o];
}

const char *builtin_name(Builtin b)
{
    return b == BI_NONE ? "?" : builtin_def(b)->name;
}

const char *loss_name(LossKind l)
{
    return l == LOSS_NONE ? "none" : loss_def(l)->name;
}

const char *opt_name(OptKind o)
{
    return optim_def(o)->name;
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
