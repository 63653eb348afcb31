/*
 * check.c - resolves and checks the tree the parser built.
 *
 * Takes a Program exactly as written and leaves it resolved: every name
 * points at the statement that defines it, every call knows its builtin
 * with its arguments sorted into fields (units, act, param, in[]), every
 * value knows its size, every dense layer its checkpoint name and init,
 * and the train block is a TrainConfig with LANGUAGE.md's defaults.
 *
 * The idea: one walk over the statements in source order, so messages
 * come out in the order a reader meets them, and no early exit: a bad
 * statement still defines its name (with size 0, "unknown"), so one
 * mistake is reported once and does not cascade into "undeclared" errors
 * further down.  A size of 0 means "already reported"; every rule that
 * compares sizes keeps quiet about it.
 *
 * A silent first pass records every defined name (in an array by the
 * name's intern number) with the index of its first definition; the
 * ordered walk can then tell a name used too early (defined later: say
 * where) from one never defined (say what is close).  Liveness runs
 * backwards over the statements, which is enough because a value is
 * always defined before the values that use it.
 *
 * Decisions where LANGUAGE.md is silent are listed in docs/language.md
 * ("Checker decisions").
 */
#include "ast.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Limits a hostile file could otherwise push past what sizes and counts
 * can hold in generated code (int-indexed loops, size_t workspaces). */
#define MAX_SIZE (1L << 24)        /* floats per sample in one value */
#define MAX_PARAMS (1L << 31)      /* parameters in one layer, and in the model */
#define MAX_BATCH (1L << 20)
#define MAX_EPOCHS 1000000000L

/* ---- the name table --------------------------------------------------- */

/* Names are interned by the lexer (arena_intern), so the table is an
 * array indexed by the name's number (arena_intern_id): no hashing, and
 * a walk over the statements in order reads it nearly in order. */
typedef struct Sym {
    Stmt *stmt;        /* its first definition; NULL: not defined */
    int index;         /* position of that statement in the program */
} Sym;

typedef struct Checker {
    Program *p;
    Diag *d;
    Arena *a;
    Sym *syms;         /* by intern id */
    size_t nsyms;
    Stmt *cur;         /* the statement being checked */
    int cur_index;
    int layer_seq;     /* generated dense names in cur: cur_1, cur_2, ... */
    bool deep_reported;
    long total_params; /* in live dense layers */
    const char *ops[9];   /* op_names[i] as interned, NULL if not in the program */
} Checker;

/* `name` must be interned (every name in the tree is). */
static Sym *sym_find(Checker *c, const char *name)
{
    uint32_t id = arena_intern_id(name);
    nnc_assert(id < c->nsyms);
    Sym *s = &c->syms[id];
    return s->stmt ? s : NULL;
}

/* Records the first definition of each name; later ones are reported in
 * order by the main walk. */
static void sym_define(Checker *c, Stmt *st, int index)
{
    uint32_t id = arena_intern_id(st->name);
    nnc_assert(id < c->nsyms);
    if (!c->syms[id].stmt)
        c->syms[id] = (Sym){st, index};
}

/* ---- small helpers ---------------------------------------------------- */

/* A call's whole text, callee to ')', when it is on one line. */
static Loc expr_loc(const Expr *e)
{
    if (e->kind == EX_CALL && e->rparen.line > 0)
        return loc_span(e->loc, e->rparen);
    return e->loc;
}

/* How a message shows what the user wrote in a place that wanted
 * something else: 'relu', '0.5', 'relu(...)', a string. */
static const char *got_text(Checker *c, const Expr *e)
{
    switch (e->kind) {
    case EX_NAME: {
        Sym *s = sym_find(c, e->name);
        return arena_printf(c->a, s ? "value '%s'" : "'%s'", e->name);
    }
    case EX_CALL: return arena_printf(c->a, "'%s(...)'", e->name);
    case EX_NUMBER: return arena_printf(c->a, "'%s'", e->text);
    case EX_STRING: return "a string";
    }
    nnc_unreachable();
}

/* Suggestions cost an edit distance per candidate: skip them once the
 * reporter has stopped printing. */
static const char *suggest(Checker *c, const char *word, const char *const *cands, int n)
{
    if (diag_too_many(c->d))
        return NULL;
    return closest_name(word, cands, n);
}

static const char *did_you_mean(Checker *c, const char *word, const char *const *cands, int n)
{
    const char *s = suggest(c, word, cands, n);
    return s ? arena_printf(c->a, "; did you mean '%s'?", s) : "";
}

static int lookup(const char *word, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (names[i] && strcmp(word, names[i]) == 0)
            return i;
    return -1;
}

#define COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

/* ---- the ops' signatures ---------------------------------------------- */

typedef enum ParamKind {
    PK_VALUE,   /* a value: a name or a call */
    PK_UNITS,   /* a whole number of units */
    PK_ACT,     /* an activation's name */
    PK_NUMBER,  /* any number (ranges checked per op) */
} ParamKind;

typedef struct Param {
    const char *name;
    ParamKind kind;
    const char *what;  /* "dense() needs <what>, got ..." */
    bool required;
} Param;

typedef struct OpSig {
    const char *name;
    Builtin op;
    int nparams;
    Param params[3];
} OpSig;

#define VALUE_X {"x", PK_VALUE, "an input value", true}
static const OpSig op_sigs[] = {
    {"dense", BI_DENSE, 3, {VALUE_X, {"units", PK_UNITS, "a layer size", true},
                            {"act", PK_ACT, "an activation", false}}},
    {"relu", BI_RELU, 1, {VALUE_X}},
    {"sigmoid", BI_SIGMOID, 1, {VALUE_X}},
    {"tanh", BI_TANH, 1, {VALUE_X}},
    {"leaky_relu", BI_LEAKY_RELU, 2, {VALUE_X, {"alpha", PK_NUMBER, "a number for alpha", false}}},
    {"softmax", BI_SOFTMAX, 1, {VALUE_X}},
    {"add", BI_ADD, 2, {{"a", PK_VALUE, "a value", true}, {"b", PK_VALUE, "a value", true}}},
    {"concat", BI_CONCAT, 2, {{"a", PK_VALUE, "a value", true}, {"b", PK_VALUE, "a value", true}}},
    {"dropout", BI_DROPOUT, 2, {VALUE_X, {"rate", PK_NUMBER, "a dropout rate", true}}},
};

static const char *const op_names[] = {
    "dense", "relu", "sigmoid", "tanh", "leaky_relu", "softmax", "add", "concat", "dropout",
};

/* Indexed by Act. */
static const char *const act_names[] = {"linear", "relu", "sigmoid", "tanh", "softmax"};

/* `name` is interned, so it is an op's name if it is the op's name as
 * interned in this program (c->ops: NULL for an op never written). */
static const OpSig *find_op(const Checker *c, const char *name)
{
    for (int i = 0; i < COUNT(op_names); i++)
        if (c->ops[i] == name)
            return &op_sigs[i];
    return NULL;
}

/* ---- names ------------------------------------------------------------ */

/* Candidates for "did you mean": the values defined before statement
 * `upto` (all of them for upto < 0). */
static const char *suggest_value(Checker *c, const char *word, int upto)
{
    if (diag_too_many(c->d))
        return NULL;
    int n = upto < 0 ? c->p->stmts.len : upto;
    const char **cands = xcalloc((size_t)n + 1, sizeof *cands);
    int k = 0;
    /* latest first: on a tie, the value just above is the likelier one */
    for (int i = n - 1; i >= 0; i--) {
        Stmt *s = c->p->stmts.items[i];
        if (s->kind != ST_OUTPUT && s->name)
            cands[k++] = s->name;
    }
    const char *best = closest_name(word, cands, k);
    free(cands);
    return best;
}

/* A name used as a value: its definition must come before the use. */
static Stmt *resolve_value(Checker *c, Expr *e)
{
    Sym *s = sym_find(c, e->name);
    if (s && s->index < c->cur_index) {
        s->stmt->uses++;
        return s->stmt;
    }
    if (s && s->stmt == c->cur) {
        diag_error(c->d, e->loc, "'%s' is used in its own definition", e->name);
    } else if (s) {
        diag_error(c->d, e->loc, "'%s' is used before it is defined", e->name);
        diag_note(c->d, s->stmt->name_loc, "'%s' is defined here", e->name);
    } else if (find_op(c, e->name)) {
        diag_error(c->d, e->loc, "'%s' is an op, not a value; call it: %s(...)", e->name, e->name);
    } else {
        const char *best = suggest_value(c, e->name, c->cur_index);
        if (best)
            diag_error(c->d, e->loc, "use of undeclared value '%s'; did you mean '%s'?", e->name, best);
        else
            diag_error(c->d, e->loc, "use of undeclared value '%s'", e->name);
    }
    return NULL;
}

/* ---- expressions ------------------------------------------------------ */

static long check_expr(Checker *c, Expr *e, int depth);

/* Sorts a call's arguments into the op's parameters: positional ones in
 * order, keyword ones by name.  Reports misplaced, unknown, duplicate and
 * surplus arguments; returns false if any. */
static bool bind_args(Checker *c, Expr *e, const OpSig *sig, Arg **slots)
{
    bool ok = true, seen_key = false;
    int npos = 0;
    for (int i = 0; i < e->args.len; i++) {
        Arg *arg = &e->args.items[i];
        int k;
        if (!arg->key) {
            if (seen_key) {
                diag_error(c->d, expr_loc(arg->value), "positional argument after a keyword argument");
                ok = false;
                continue;
            }
            k = npos++;
            if (k >= sig->nparams) {
                int need = 0;
                for (int j = 0; j < sig->nparams; j++)
                    need += sig->params[j].required;
                diag_error(c->d, expr_loc(arg->value), "%s() takes %s%d argument%s, got %d",
                           sig->name, need == sig->nparams ? "" : "at most ", sig->nparams,
                           sig->nparams == 1 ? "" : "s", e->args.len);
                return false;
            }
        } else {
            seen_key = true;
            for (k = 0; k < sig->nparams && strcmp(sig->params[k].name, arg->key) != 0; k++)
                ;
            if (k == sig->nparams) {
                const char *names[3];
                for (int j = 0; j < sig->nparams; j++)
                    names[j] = sig->params[j].name;
                diag_error(c->d, arg->key_loc, "%s() has no argument '%s'%s", sig->name, arg->key,
                           did_you_mean(c, arg->key, names, sig->nparams));
                ok = false;
                continue;
            }
        }
        if (slots[k]) {
            Arg *first = slots[k];
            diag_error(c->d, arg->key ? arg->key_loc : expr_loc(arg->value),
                       "%s() argument '%s' given twice", sig->name, sig->params[k].name);
            diag_note(c->d, first->key ? first->key_loc : expr_loc(first->value),
                      "'%s' was first given here", sig->params[k].name);
            ok = false;
            continue;
        }
        slots[k] = arg;
    }
    for (int k = 0; k < sig->nparams && ok; k++) {
        if (sig->params[k].required && !slots[k]) {
            Loc at = e->rparen.line > 0 ? e->rparen : e->loc;
            if (sig->op == BI_ADD || sig->op == BI_CONCAT)
                diag_error(c->d, at, "%s() needs two values, got %d", sig->name, e->args.len);
            else
                diag_error(c->d, at, "%s() needs %s", sig->name, sig->params[k].what);
            ok = false;
        }
    }
    return ok;
}

/* The value an argument names or computes; 0 if unknown (reported). */
static long check_value_arg(Checker *c, const OpSig *sig, const Param *pm, Expr *v, int depth)
{
    if (v->kind == EX_NAME || v->kind == EX_CALL)
        return check_expr(c, v, depth + 1);
    diag_error(c->d, v->loc, "%s() needs %s, got %s", sig->name, pm->what, got_text(c, v));
    return 0;
}

/* A number argument; false (reported) if the argument is something else. */
static bool number_arg(Checker *c, const OpSig *sig, const Param *pm, Expr *v)
{
    if (v->kind == EX_NUMBER && isfinite(v->num))
        return true;
    if (v->kind == EX_NUMBER)
        diag_error(c->d, v->loc, "number out of range: '%s'", v->text);
    else
        diag_error(c->d, expr_loc(v), "%s() needs %s, got %s", sig->name, pm->what, got_text(c, v));
    return false;
}

static void check_units(Checker *c, Expr *e, Expr *v)
{
    const OpSig *sig = &op_sigs[0];
    if (!number_arg(c, sig, &sig->params[1], v))
        return;
    if (!v->is_int) {
        diag_error(c->d, v->loc, "dense() needs a whole number of units, got '%s'", v->text);
    } else if (v->num < 1) {
        diag_error(c->d, v->loc, "dense() needs at least 1 unit, got '%s'", v->text);
    } else if (v->num > MAX_SIZE) {
        diag_error(c->d, v->loc, "layer too large: %s units (limit is %ld)", v->text, MAX_SIZE);
    } else {
        e->units = (long)v->num;
    }
}

static void check_act(Checker *c, Expr *e, Expr *v)
{
    if (v->kind != EX_NAME) {
        diag_error(c->d, expr_loc(v), "dense() needs an activation (relu, sigmoid, tanh, softmax or linear), got %s",
                   got_text(c, v));
        return;
    }
    int i = lookup(v->name, act_names, COUNT(act_names));
    if (i < 0) {
        diag_error(c->d, v->loc, "unknown activation '%s'%s", v->name,
                   did_you_mean(c, v->name, act_names, COUNT(act_names)));
        if (!suggest(c, v->name, act_names, COUNT(act_names)))
            diag_note(c->d, v->loc, "an activation is one of relu, sigmoid, tanh, softmax, linear");
        return;
    }
    e->act = (Act)i;
}

/* Reports "add() needs inputs of the same size" with a note at each
 * operand: where it is defined, or the call that computes it. */
static void note_operand(Checker *c, const Expr *v)
{
    if (v->kind == EX_NAME && v->def)
        diag_note(c->d, v->def->name_loc, "'%s' (size %ld) is defined here", v->name, v->size);
    else
        diag_note(c->d, expr_loc(v), "this %s() has size %ld", v->name, v->size);
}

static long check_sizes(Checker *c, Expr *e, long sa, long sb)
{
    if (sa == 0 || sb == 0)
        return 0;
    if (e->op == BI_ADD) {
        if (sa == sb)
            return sa;
        diag_error(c->d, expr_loc(e), "add() needs inputs of the same size, got %ld and %ld", sa, sb);
        note_operand(c, e->in[0]);
        note_operand(c, e->in[1]);
        return 0;
    }
    if (sa + sb > MAX_SIZE) {
        diag_error(c->d, expr_loc(e), "concat() result too large: %ld (limit is %ld)", sa + sb, MAX_SIZE);
        return 0;
    }
    return sa + sb;
}

/* Arguments of a call we could not resolve: still look inside nested
 * calls for errors, but names there may be activations, so do not
 * complain about them. */
static void check_unknown_args(Checker *c, Expr *e, int depth)
{
    for (int i = 0; i < e->args.len; i++) {
        Expr *v = e->args.items[i].value;
        if (!v)
            continue;
        if (v->kind == EX_CALL) {
            check_expr(c, v, depth + 1);
        } else if (v->kind == EX_NAME) {
            Sym *s = sym_find(c, v->name);
            if (s && s->index < c->cur_index) {
                v->def = s->stmt;
                v->size = s->stmt->size;
                s->stmt->uses++;
            }
        }
    }
}

/* leaky_relu's alpha (any number) or dropout's rate (0 <= rate < 1). */
static bool check_number_param(Checker *c, Expr *e, const OpSig *sig, const Param *pm, Expr *v)
{
    if (!number_arg(c, sig, pm, v))
        return false;
    if (e->op == BI_DROPOUT && !(v->num >= 0 && v->num < 1)) {
        diag_error(c->d, v->loc, "dropout rate must be at least 0 and below 1, got '%s'", v->text);
        return false;
    }
    e->param = v->num;
    return true;
}

/* Checks each bound argument by its parameter's kind and fills the
 * call's fields; sizes[] gets the operands' sizes.  False on any error. */
static bool check_params(Checker *c, Expr *e, const OpSig *sig, Arg **slots, long *sizes, int depth)
{
    bool ok = true;
    int nin = 0;
    for (int k = 0; k < sig->nparams; k++) {
        const Param *pm = &sig->params[k];
        Expr *v = slots[k] ? slots[k]->value : NULL;
        if (!v)
            continue;
        switch (pm->kind) {
        case PK_VALUE:
            e->in[nin] = v;
            sizes[nin] = check_value_arg(c, sig, pm, v, depth);
            ok &= sizes[nin++] > 0;
            break;
        case PK_UNITS:
            check_units(c, e, v);
            ok &= e->units > 0;
            break;
        case PK_ACT:
            check_act(c, e, v);
            break;
        case PK_NUMBER:
            ok &= check_number_param(c, e, sig, pm, v);
            break;
        }
    }
    return ok;
}

static long check_call(Checker *c, Expr *e, int depth)
{
    const OpSig *sig = find_op(c, e->name);
    if (!sig) {
        Sym *s = sym_find(c, e->name);
        if (s)
            diag_error(c->d, e->loc, "'%s' is a value, not an op", e->name);
        else
            diag_error(c->d, e->loc, "unknown op '%s'%s", e->name,
                       did_you_mean(c, e->name, op_names, COUNT(op_names)));
        check_unknown_args(c, e, depth);
        return 0;
    }
    e->op = sig->op;
    if (e->op == BI_LEAKY_RELU)
        e->param = 0.01;
    Arg *slots[3] = {0};
    long sizes[2] = {0, 0};
    bool bound = bind_args(c, e, sig, slots);
    bool ok = check_params(c, e, sig, slots, sizes, depth) && bound;
    /* Operands the binding dropped (surplus, misplaced) still get checked. */
    if (!bound) {
        for (int i = 0; i < e->args.len; i++) {
            Arg *arg = &e->args.items[i];
            bool slotted = false;
            for (int k = 0; k < sig->nparams; k++)
                slotted |= slots[k] == arg;
            if (!slotted && arg->value && arg->value->kind == EX_CALL)
                check_expr(c, arg->value, depth + 1);
        }
    }
    if (!ok)
        return 0;
    switch (e->op) {
    case BI_DENSE: {
        long params = e->units * (sizes[0] + 1);
        if (params > MAX_PARAMS) {
            diag_error(c->d, expr_loc(e), "layer too large: %ld parameters (limit is %ld)", params, MAX_PARAMS);
            return 0;
        }
        return e->units;
    }
    case BI_ADD:
    case BI_CONCAT:
        return check_sizes(c, e, sizes[0], sizes[1]);
    default:
        return sizes[0];
    }
}

/* Resolves one expression in value position; returns its size, 0 when
 * unknown (an error was reported). */
static long check_expr(Checker *c, Expr *e, int depth)
{
    if (depth > NNC_MAX_NESTING) {
        if (!c->deep_reported)
            diag_error(c->d, e->loc, "calls nested too deeply (limit is %d)", NNC_MAX_NESTING);
        c->deep_reported = true;
        return 0;
    }
    switch (e->kind) {
    case EX_NAME:
        e->def = resolve_value(c, e);
        e->size = e->def ? e->def->size : 0;
        return e->size;
    case EX_CALL:
        e->size = check_call(c, e, depth);
        return e->size;
    case EX_NUMBER:
    case EX_STRING:
        diag_error(c->d, e->loc, "expected a value (a name or an op call), got %s", got_text(c, e));
        return 0;
    }
    nnc_unreachable();
}

/* ---- dense layer names ------------------------------------------------ */

/* "NAME_SEQ", written by hand: a 10 MB model names 75,000 layers, and
 * arena_printf costs ten times as much. */
static const char *layer_name(Arena *a, const char *name, int seq)
{
    char digits[16];
    int nd = 0;
    for (unsigned v = (unsigned)seq; nd == 0 || v > 0; v /= 10)
        digits[nd++] = (char)('0' + v % 10);
    size_t n = strlen(name);
    char *out = arena_alloc(a, n + 1 + (size_t)nd + 1), *o = out + n;
    memcpy(out, name, n);
    *o++ = '_';
    while (nd > 0)
        *o++ = digits[--nd];
    *o = '\0';
    return out;
}

/* In the order of their opening parentheses (a pre-order walk), the
 * outermost dense takes the statement's name, the others NAME_1, NAME_2. */
static void name_layers(Checker *c, Expr *e, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return;
    if (e->op == BI_DENSE) {
        if (e == c->cur->value) {
            e->layer = c->cur->name;
        } else {
            e->layer = layer_name(c->a, c->cur->name, ++c->layer_seq);
            const char *same = arena_interned(c->a, e->layer);
            Sym *s = same ? sym_find(c, same) : NULL;
            if (s) {
                diag_error(c->d, e->loc, "this dense() layer is named '%s', which is also the name of a value",
                           e->layer);
                diag_note(c->d, s->stmt->name_loc, "'%s' is defined here", e->layer);
            }
        }
    }
    for (int i = 0; i < e->args.len; i++)
        name_layers(c, e->args.items[i].value, depth + 1);
}

/* ---- statements ------------------------------------------------------- */

static void check_input(Checker *c, Stmt *s)
{
    Program *p = c->p;
    if (p->input) {
        diag_error(c->d, s->loc, "second input '%s'; a model has exactly one input", s->name);
        diag_note(c->d, p->input->loc, "the first input is here");
    } else {
        p->input = s;
    }
    Expr *v = s->size_expr;
    if (!v)
        return;
    if (v->kind != EX_NUMBER || !v->is_int)
        diag_error(c->d, v->loc, "input size must be a whole number, got %s", got_text(c, v));
    else if (v->num < 1)
        diag_error(c->d, v->loc, "input size must be at least 1, got '%s'", v->text);
    else if (v->num > MAX_SIZE)
        diag_error(c->d, v->loc, "input too large: %s (limit is %ld)", v->text, MAX_SIZE);
    else
        s->size = (long)v->num;
}

static void check_output(Checker *c, Stmt *s)
{
    Program *p = c->p;
    if (p->output) {
        diag_error(c->d, s->loc, "second output '%s'; a model has exactly one output", s->name);
        diag_note(c->d, p->output->loc, "the first output is here");
        return;
    }
    p->output = s;
    if (!s->name)
        return;
    Sym *sym = sym_find(c, s->name);
    if (sym) {
        s->def = sym->stmt;
        s->size = sym->stmt->size;
        return;
    }
    const char *best = suggest_value(c, s->name, -1);
    if (best)
        diag_error(c->d, s->name_loc, "use of undeclared value '%s'; did you mean '%s'?", s->name, best);
    else
        diag_error(c->d, s->name_loc, "use of undeclared value '%s'", s->name);
}

static void check_stmt(Checker *c, Stmt *s, int index)
{
    c->cur = s;
    c->cur_index = index;
    c->layer_seq = 0;
    if (s->kind != ST_OUTPUT && s->name) {
        Sym *first = sym_find(c, s->name);
        if (first && first->stmt != s) {
            diag_error(c->d, s->name_loc, "redefinition of '%s'; a value is assigned only once", s->name);
            diag_note(c->d, first->stmt->name_loc, "'%s' was defined here", s->name);
        }
        s->c_reserved = is_c_reserved(s->name);
    }
    switch (s->kind) {
    case ST_INPUT:
        check_input(c, s);
        break;
    case ST_ASSIGN:
        if (s->value) {
            s->size = check_expr(c, s->value, 1);
            name_layers(c, s->value, 1);
        }
        break;
    case ST_OUTPUT:
        check_output(c, s);
        break;
    }
}

/* ---- liveness --------------------------------------------------------- */

static void mark_uses(Expr *e, int depth)
{
    if (!e || depth > NNC_MAX_NESTING)
        return;
    if (e->kind == EX_NAME && e->def)
        e->def->live = true;
    for (int i = 0; e->kind == EX_CALL && i < e->args.len; i++)
        mark_uses(e->args.items[i].value, depth + 1);
}

/* Backwards from the output: a value is always defined before its uses,
 * so one reverse sweep sees every user before the value it uses. */
static void find_live(Checker *c)
{
    Program *p = c->p;
    if (p->output) {
        p->output->live = true;
        if (p->output->def)
            p->output->def->live = true;
    }
    for (int i = p->stmts.len - 1; i >= 0; i--) {
        Stmt *s = p->stmts.items[i];
        if (s->kind == ST_ASSIGN && s->live)
            mark_uses(s->value, 1);
    }
}

static void warn_dead(Checker *c)
{
    Program *p = c->p;
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s->live || s->kind == ST_OUTPUT)
            continue;
        if (s->uses == 0)
            diag_warning(c->d, s->name_loc, "value '%s' is never used", s->name);
        else
            diag_warning(c->d, s->name_loc, "value '%s' does not reach the output", s->name);
    }
}

static long dense_params(Expr *e, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return 0;
    long n = e->op == BI_DENSE && e->size > 0 ? e->units * (e->in[0]->size + 1) : 0;
    for (int i = 0; i < e->args.len; i++)
        n += dense_params(e->args.items[i].value, depth + 1);
    return n;
}

/* The live model's parameters, within the limit. */
static void check_total_params(Checker *c)
{
    long total = 0;
    for (int i = 0; i < c->p->stmts.len; i++) {
        Stmt *s = c->p->stmts.items[i];
        if (s->kind == ST_ASSIGN && s->live)
            total += dense_params(s->value, 1);
        if (total > MAX_PARAMS) {
            diag_error(c->d, s->name_loc, "too many parameters: %ld up to '%s' (limit is %ld in a model)",
                       total, s->name, MAX_PARAMS);
            return;
        }
    }
    c->total_params = total;
}

/* ---- init ------------------------------------------------------------- */

static void resolve_init(Expr *e, InitKind given, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return;
    if (e->op == BI_DENSE)
        e->init = given != INIT_DEFAULT ? given : e->act == ACT_RELU ? INIT_HE : INIT_XAVIER;
    for (int i = 0; i < e->args.len; i++)
        resolve_init(e->args.items[i].value, given, depth + 1);
}

/* ---- the train block --------------------------------------------------- */

static TrainConfig default_config(void)
{
    return (TrainConfig){
        .loss = LOSS_NONE, .opt = OPT_SGD, .lr = 0.01,
        .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8,
        .batch_size = 32, .epochs = 10, .init = INIT_DEFAULT,
    };
}

enum TrainKey { K_LOSS, K_OPTIMIZER, K_BATCH, K_EPOCHS, K_INIT, K_SEED, K_VALIDATION, K_EARLY, K_DATA, K_COUNT };
static const char *const train_keys[] = {
    "loss", "optimizer", "batch_size", "epochs", "init", "seed", "validation", "early_stopping", "data",
};
static const char *const loss_names[] = {NULL, "mse", "cross_entropy", "binary_cross_entropy"};   /* by LossKind */
static const char *const init_names[] = {NULL, "he", "xavier", "uniform"};                        /* by InitKind */
static const char *const opt_names[] = {"sgd", "adam"};                                          /* by OptKind */

/* A name from a fixed list (loss, init); -1 when reported. */
static int want_name(Checker *c, const char *key, Expr *v, const char *const *names, int n, const char *list)
{
    if (v->kind != EX_NAME) {
        diag_error(c->d, expr_loc(v), "%s needs one of %s, got %s", key, list, got_text(c, v));
        return -1;
    }
    int i = lookup(v->name, names, n);
    if (i >= 0)
        return i;
    /* names[] may hold NULL placeholders: closest_name must not see them */
    const char *cands[8];
    int k = 0;
    for (int j = 0; j < n; j++)
        if (names[j])
            cands[k++] = names[j];
    const char *best = suggest(c, v->name, cands, k);
    if (best)
        diag_error(c->d, v->loc, "unknown %s '%s'; did you mean '%s'?", key, v->name, best);
    else
        diag_error(c->d, v->loc, "unknown %s '%s'; expected one of %s", key, v->name, list);
    return -1;
}

static bool want_number(Checker *c, const char *key, Expr *v, double *out)
{
    if (v->kind != EX_NUMBER) {
        diag_error(c->d, expr_loc(v), "%s needs a number, got %s", key, got_text(c, v));
        return false;
    }
    if (!isfinite(v->num)) {
        diag_error(c->d, v->loc, "number out of range: '%s'", v->text);
        return false;
    }
    *out = v->num;
    return true;
}

/* A whole number written with digits only, parsed exactly from its text. */
static bool want_uint(Checker *c, const char *key, Expr *v, uint64_t min, uint64_t max, uint64_t *out)
{
    if (v->kind != EX_NUMBER || !v->is_int) {
        diag_error(c->d, expr_loc(v), "%s needs a whole number, got %s", key, got_text(c, v));
        return false;
    }
    if (v->text[0] == '-') {   /* strtoull would wrap it around */
        diag_error(c->d, v->loc, "%s must be at least %llu, got '%s'", key, (unsigned long long)min, v->text);
        return false;
    }
    errno = 0;
    unsigned long long n = strtoull(v->text, NULL, 10);
    if (errno == ERANGE || n > max) {
        diag_error(c->d, v->loc, "%s too large: %s (limit is %llu)", key, v->text, (unsigned long long)max);
        return false;
    }
    if (n < min) {
        diag_error(c->d, v->loc, "%s must be at least %llu, got '%s'", key, (unsigned long long)min, v->text);
        return false;
    }
    *out = n;
    return true;
}

/* lo <= x < hi (strict, hi_open) or lo < x (lo_open, no upper bound). */
static bool in_range(Checker *c, const char *key, Expr *v, double x, double lo, bool lo_open, double hi)
{
    bool ok = (lo_open ? x > lo : x >= lo) && (hi <= 0 || x < hi);
    if (ok)
        return true;
    if (hi > 0)
        diag_error(c->d, v->loc, "%s must be at least %g and below %g, got '%s'", key, lo, hi, v->text);
    else if (lo_open)
        diag_error(c->d, v->loc, "%s must be above %g, got '%s'", key, lo, v->text);
    else
        diag_error(c->d, v->loc, "%s must be at least %g, got '%s'", key, lo, v->text);
    return false;
}

typedef struct OptArg {
    const char *name;
    size_t offset;     /* into TrainConfig */
    double lo, hi;     /* range as in in_range; hi 0: none */
    bool lo_open;
} OptArg;

static const OptArg sgd_args[] = {
    {"lr", offsetof(TrainConfig, lr), 0, 0, true},
    {"momentum", offsetof(TrainConfig, momentum), 0, 1, false},
    {"weight_decay", offsetof(TrainConfig, weight_decay), 0, 0, false},
};
static const OptArg adam_args[] = {
    {"lr", offsetof(TrainConfig, lr), 0, 0, true},
    {"beta1", offsetof(TrainConfig, beta1), 0, 1, false},
    {"beta2", offsetof(TrainConfig, beta2), 0, 1, false},
    {"eps", offsetof(TrainConfig, eps), 0, 0, true},
    {"weight_decay", offsetof(TrainConfig, weight_decay), 0, 0, false},
};

/* optimizer = sgd | adam | sgd(lr = 0.1, ...) | adam(...).  lr may be
 * left out: sgd's default is 0.01 (LANGUAGE.md's default optimizer),
 * adam's 0.001 (Keras' and PyTorch's). */
static void check_optimizer(Checker *c, TrainConfig *cfg, Expr *v)
{
    if (v->kind != EX_NAME && v->kind != EX_CALL) {
        diag_error(c->d, expr_loc(v), "optimizer needs sgd(...) or adam(...), got %s", got_text(c, v));
        return;
    }
    int k = lookup(v->name, opt_names, COUNT(opt_names));
    if (k < 0) {
        const char *best = suggest(c, v->name, opt_names, COUNT(opt_names));
        if (best)
            diag_error(c->d, v->loc, "unknown optimizer '%s'; did you mean '%s'?", v->name, best);
        else
            diag_error(c->d, v->loc, "unknown optimizer '%s'; expected sgd or adam", v->name);
        return;
    }
    cfg->opt = (OptKind)k;
    if (cfg->opt == OPT_ADAM)
        cfg->lr = 0.001;
    const OptArg *args = k == OPT_SGD ? sgd_args : adam_args;
    int nargs = k == OPT_SGD ? COUNT(sgd_args) : COUNT(adam_args);
    Arg *seen[5] = {0};
    for (int i = 0; v->kind == EX_CALL && i < v->args.len; i++) {
        Arg *arg = &v->args.items[i];
        if (!arg->value)
            continue;
        if (!arg->key) {
            diag_error(c->d, expr_loc(arg->value), "%s() takes its arguments by name, as in %s(lr = %g)",
                       v->name, v->name, cfg->lr);
            continue;
        }
        int j;
        for (j = 0; j < nargs && strcmp(args[j].name, arg->key) != 0; j++)
            ;
        if (j == nargs) {
            const char *names[5];
            for (int m = 0; m < nargs; m++)
                names[m] = args[m].name;
            const char *other = k == OPT_SGD ? "adam" : "sgd";
            const OptArg *oargs = k == OPT_SGD ? adam_args : sgd_args;
            int noargs = k == OPT_SGD ? COUNT(adam_args) : COUNT(sgd_args);
            bool theirs = false;
            for (int m = 0; m < noargs; m++)
                theirs |= strcmp(oargs[m].name, arg->key) == 0;
            if (theirs)
                diag_error(c->d, arg->key_loc, "%s() has no argument '%s'; only %s() has", v->name, arg->key, other);
            else
                diag_error(c->d, arg->key_loc, "%s() has no argument '%s'%s", v->name, arg->key,
                           did_you_mean(c, arg->key, names, nargs));
            continue;
        }
        if (seen[j]) {
            diag_error(c->d, arg->key_loc, "%s() argument '%s' given twice", v->name, arg->key);
            diag_note(c->d, seen[j]->key_loc, "'%s' was first given here", arg->key);
            continue;
        }
        seen[j] = arg;
        double x;
        if (want_number(c, arg->key, arg->value, &x) &&
            in_range(c, arg->key, arg->value, x, args[j].lo, args[j].lo_open, args[j].hi))
            *(double *)((char *)cfg + args[j].offset) = x;
    }
}

/* The op that computes the output, through aliases (y = h); NULL when
 * the output is the input or is not resolved. */
static const Expr *output_op(const Program *p)
{
    const Stmt *s = p->output ? p->output->def : NULL;
    for (int guard = 0; s && guard <= p->stmts.len; guard++) {
        if (s->kind != ST_ASSIGN || !s->value)
            return NULL;
        if (s->value->kind != EX_NAME)
            return s->value;
        s = s->value->def;
    }
    return NULL;
}

static bool ends_in(const Expr *e, Builtin op, Act act)
{
    return e && e->kind == EX_CALL && (e->op == op || (e->op == BI_DENSE && e->act == act));
}

static const char *describe_end(Checker *c, const Expr *e)
{
    if (!e)
        return "is the input";
    if (e->op == BI_DENSE && e->act == ACT_LINEAR)
        return "ends in a dense layer with no activation";
    if (e->op == BI_DENSE)
        return arena_printf(c->a, "ends in dense(..., %s)", act_names[e->act]);
    return arena_printf(c->a, "ends in %s()", e->name);
}

/* cross_entropy needs softmax, binary_cross_entropy sigmoid. */
static void check_loss_fits(Checker *c, const TrainEntry *loss)
{
    Program *p = c->p;
    LossKind l = p->cfg.loss;
    if (l == LOSS_MSE || l == LOSS_NONE || !p->output || !p->output->def || p->output->size == 0)
        return;
    const Expr *e = output_op(p);
    bool xent = l == LOSS_CROSS_ENTROPY;
    if (xent ? ends_in(e, BI_SOFTMAX, ACT_SOFTMAX) : ends_in(e, BI_SIGMOID, ACT_SIGMOID))
        return;
    diag_error(c->d, loss->key_loc, "%s needs a %s output, but output '%s' %s", loss_names[l],
               xent ? "softmax" : "sigmoid", p->output->name, describe_end(c, e));
    if (e)
        diag_note(c->d, expr_loc(e), "'%s' is computed here", p->output->name);
    else
        diag_note(c->d, p->output->def->name_loc, "'%s' is defined here", p->output->name);
}

static void check_entry(Checker *c, TrainConfig *cfg, int k, TrainEntry *t)
{
    Expr *v = t->value;
    const char *key = train_keys[k];
    int i;
    uint64_t n;
    double x;
    switch (k) {
    case K_LOSS:
        i = want_name(c, key, v, loss_names, COUNT(loss_names), "mse, cross_entropy, binary_cross_entropy");
        if (i > 0)
            cfg->loss = (LossKind)i;
        break;
    case K_OPTIMIZER:
        check_optimizer(c, cfg, v);
        break;
    case K_BATCH:
        if (want_uint(c, key, v, 1, MAX_BATCH, &n))
            cfg->batch_size = (long)n;
        break;
    case K_EPOCHS:
        if (want_uint(c, key, v, 1, MAX_EPOCHS, &n))
            cfg->epochs = (long)n;
        break;
    case K_INIT:
        i = want_name(c, key, v, init_names, COUNT(init_names), "he, xavier, uniform");
        if (i > 0)
            cfg->init = (InitKind)i;
        break;
    case K_SEED:
        if (want_uint(c, key, v, 0, UINT64_MAX, &n))
            cfg->seed = n;
        break;
    case K_VALIDATION:
        if (want_number(c, key, v, &x) && in_range(c, key, v, x, 0, false, 1))
            cfg->validation = x;
        break;
    case K_EARLY:
        if (want_uint(c, key, v, 1, MAX_EPOCHS, &n))
            cfg->early_stopping = (long)n;
        break;
    case K_DATA:
        if (v->kind != EX_STRING)
            diag_error(c->d, expr_loc(v), "data needs a file path in quotes, got %s", got_text(c, v));
        else
            cfg->data = v->text;
        break;
    }
}

static void unknown_key(Checker *c, TrainEntry *t)
{
    static const char *const opt_args[] = {"lr", "learning_rate", "momentum", "weight_decay", "beta1", "beta2", "eps"};
    if (lookup(t->key, opt_args, COUNT(opt_args)) >= 0) {
        diag_error(c->d, t->key_loc, "unknown train key '%s'; optimizer settings go in its call, as in "
                   "optimizer = sgd(lr = 0.01)", t->key);
        return;
    }
    diag_error(c->d, t->key_loc, "unknown train key '%s'%s", t->key,
               did_you_mean(c, t->key, train_keys, COUNT(train_keys)));
}

static void check_train(Checker *c)
{
    Program *p = c->p;
    TrainConfig *cfg = &p->cfg;
    *cfg = default_config();
    TrainEntry *seen[K_COUNT] = {0};
    for (int i = 0; i < p->train.len; i++) {
        TrainEntry *t = &p->train.items[i];
        if (!t->key || !t->value)
            continue;
        int k = lookup(t->key, train_keys, COUNT(train_keys));
        if (k < 0) {
            unknown_key(c, t);
            continue;
        }
        if (seen[k]) {
            diag_error(c->d, t->key_loc, "'%s' is set twice", t->key);
            diag_note(c->d, seen[k]->key_loc, "'%s' was first set here", t->key);
            continue;
        }
        seen[k] = t;
        check_entry(c, cfg, k, t);
    }
    if (seen[K_LOSS]) {
        cfg->loss_loc = seen[K_LOSS]->key_loc;
        check_loss_fits(c, seen[K_LOSS]);
    } else {
        diag_error(c->d, p->train_loc, "train block has no loss; expected 'loss = mse' (or cross_entropy, "
                   "binary_cross_entropy)");
    }
    /* A validation value that was itself wrong has been reported. */
    Expr *val = seen[K_VALIDATION] ? seen[K_VALIDATION]->value : NULL;
    bool val_zero = !val || (val->kind == EX_NUMBER && val->num == 0);
    if (cfg->early_stopping > 0 && val_zero) {
        diag_error(c->d, seen[K_EARLY]->key_loc,
                   "early_stopping needs a validation split to watch, as in 'validation = 0.1'");
        if (val)
            diag_note(c->d, val->loc, "validation is 0 here");
    }
}

/* ---- the entry point -------------------------------------------------- */

static void check_model_name(Checker *c)
{
    Program *p = c->p;
    if (p->name && is_c_reserved(p->name)) {
        diag_error(c->d, p->name_loc, "model name '%s' is reserved in C; it prefixes every generated symbol",
                   p->name);
    }
}

/* Reported at the model line, before the statements' errors, so the
 * messages stay in source order. */
static void check_io_present(Checker *c)
{
    Program *p = c->p;
    bool input = false, output = false;
    for (int i = 0; i < p->stmts.len; i++) {
        input |= p->stmts.items[i]->kind == ST_INPUT;
        output |= p->stmts.items[i]->kind == ST_OUTPUT;
    }
    Loc at = p->name_loc.line == p->loc.line ? loc_span(p->loc, p->name_loc) : p->loc;
    if (!input)
        diag_error(c->d, at, "model '%s' has no input; expected 'input NAME[SIZE]'", p->name ? p->name : "");
    if (!output)
        diag_error(c->d, at, "model '%s' has no output; expected 'output NAME'", p->name ? p->name : "");
}

bool check_program(Program *p, Diag *d, Arena *a)
{
    Checker c = {.p = p, .d = d, .a = a, .nsyms = arena_intern_count(a)};
    c.syms = xcalloc(c.nsyms, sizeof *c.syms);
    _Static_assert(sizeof c.ops / sizeof *c.ops == COUNT(op_names), "one slot per op");
    for (int i = 0; i < COUNT(op_names); i++)
        c.ops[i] = arena_interned(a, op_names[i]);
    int errors_before = diag_error_count(d);

    check_model_name(&c);
    check_io_present(&c);
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s->kind != ST_OUTPUT && s->name)
            sym_define(&c, s, i);
    }
    for (int i = 0; i < p->stmts.len; i++)
        check_stmt(&c, p->stmts.items[i], i);

    find_live(&c);
    check_total_params(&c);
    if (p->has_train)
        check_train(&c);
    else
        p->cfg = default_config();
    for (int i = 0; i < p->stmts.len; i++)
        if (p->stmts.items[i]->kind == ST_ASSIGN)
            resolve_init(p->stmts.items[i]->value, p->cfg.init, 1);
    /* Unused values are only worth a warning in a model that is otherwise
     * right: after an error they are mostly the error's echo. */
    if (diag_error_count(d) == errors_before) {
        warn_dead(&c);
        if (c.total_params == 0 && p->has_train)
            diag_warning(d, p->train_loc, "model '%s' has no dense layer: training has nothing to change", p->name);
    }

    free(c.syms);
    return diag_error_count(d) == 0;
}
