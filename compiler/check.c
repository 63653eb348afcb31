/*
 * check.c - resolves and checks the tree the parser built.
 *
 * Takes a Program exactly as written and leaves it resolved: every name
 * points at the statement that defines it, every call knows its builtin
 * with its arguments sorted into fields (in[], act, argv), every
 * value knows its shape, every layer with parameters its checkpoint name
 * and init, and the train block is a TrainConfig with LANGUAGE.md's
 * defaults.  What each call takes and what it makes is its BuiltinDef's
 * (ops.def, the op families' files); the losses' and optimizers' names
 * and keys are their LossDefs' and OptimDefs'.  This file binds and
 * checks by those tables.
 *
 * The idea: one walk over the statements in source order, so messages
 * come out in the order a reader meets them, and no early exit: a bad
 * statement still defines its name (with shape rank 0, "unknown"), so one
 * mistake is reported once and does not cascade into "undeclared" errors
 * further down.  An unknown shape means "already reported"; every rule
 * that compares shapes keeps quiet about it.
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

#define MAX_SIZE NNC_MAX_SIZE
#define MAX_PARAMS NNC_MAX_PARAMS
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

struct Checker {
    Program *p;
    Diag *d;
    Arena *a;
    Sym *syms;         /* by intern id */
    size_t nsyms;
    Stmt *cur;         /* the statement being checked */
    int cur_index;
    int layer_seq;     /* generated dense names in cur: cur_1, cur_2, ... */
    Stmt *prep_first, *prep_last;   /* the preprocessing's statements: the raw input's user, the last */
    bool deep_reported;
    long total_params; /* in live layers */
    const char *ops[BI_COUNT];   /* builtin names as interned, NULL if not in the program */
};

Diag *check_diag(Checker *c)
{
    return c->d;
}

Arena *check_arena(Checker *c)
{
    return c->a;
}

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
Loc check_expr_loc(const Expr *e)
{
    if (e->kind == EX_CALL && e->rparen.line > 0)
        return loc_span(e->loc, e->rparen);
    return e->loc;
}

/* Where the argument bound to parameter k of a checked call is: its
 * value, or the whole call when it was left to its default. */
Loc check_param_loc(const Expr *e, int k)
{
    const BuiltinDef *d = builtin_def(e->op);
    int pos = 0;
    for (int i = 0; i < e->args.len; i++) {
        const Arg *a = &e->args.items[i];
        bool hit = a->key ? strcmp(a->key, d->params[k].name) == 0 : pos++ == k;
        if (hit && a->value)
            return check_expr_loc(a->value);
    }
    return check_expr_loc(e);
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

/* Expr.act of a call whose activation was misspelt (reported): the loss
 * check keeps quiet about an output that only looks linear because of it. */
#define ACT_REPORTED ACT_COUNT

/* "a, b, c": names as messages list them. */
static const char *name_list(Checker *c, const char *const *names, int n)
{
    StrBuf sb = {0};
    for (int i = 0; i < n; i++)
        sb_printf(&sb, "%s%s", i == 0 ? "" : ", ", names[i]);
    const char *text = arena_strdup(c->a, sb.data ? sb.data : "");
    sb_free(&sb);
    return text;
}

/* `standardize(...)` and `scale(...)`: preprocessing, not ops (below) */
static bool is_prep_call(const Expr *e)
{
    return e && e->kind == EX_CALL && (strcmp(e->name, "standardize") == 0 || strcmp(e->name, "scale") == 0);
}

/* ---- the ops' signatures: their BuiltinDefs ----------------------------- */

typedef BuiltinDef OpSig;

/* `name` is interned, so it is an op's name if it is the op's name as
 * interned in this program (c->ops: NULL for an op never written). */
static const OpSig *find_op(const Checker *c, const char *name)
{
    for (int b = BI_NONE + 1; b < BI_COUNT; b++)
        if (c->ops[b] == name)
            return builtin_def((Builtin)b);
    return NULL;
}

static Builtin builtin_of(const OpSig *sig)
{
    for (int b = BI_NONE + 1; b < BI_COUNT; b++)
        if (builtin_def((Builtin)b) == sig)
            return (Builtin)b;
    nnc_unreachable();
}

/* The names of the ops, for "did you mean" (ops.def's order). */
static const char *const *op_names(int *n)
{
    static const char *names[BI_COUNT];
    for (int b = BI_NONE + 1; b < BI_COUNT; b++)
        names[b - 1] = builtin_def((Builtin)b)->name;
    *n = BI_COUNT - 1;
    return names;
}

/* The names `act =` takes, in the Act enum's order (linear first). */
static const char *const *act_names(int *n)
{
    static const char *names[ACT_COUNT];
    for (int a = 0; a < ACT_COUNT; a++)
        names[a] = act_name((Act)a);
    *n = ACT_COUNT;
    return names;
}

static int value_params(const OpSig *sig)
{
    int n = 0;
    for (int k = 0; k < sig->nparams; k++)
        n += sig->params[k].kind == PK_VALUE;
    return n;
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

static Shape check_expr(Checker *c, Expr *e, int depth);

/* Argument names from Keras and PyTorch, and nn's for the same thing;
 * too far apart for an edit distance to find (`activation =`). */
static const struct { const char *theirs, *ours; } arg_synonyms[] = {
    {"activation", "act"}, {"out_features", "units"}, {"p", "rate"}, {"negative_slope", "alpha"},
    {"kernel_size", "kernel"}, {"out_channels", "filters"}, {"strides", "stride"}, {"pool_size", "kernel"},
    {"use_bias", "bias"}, {"epsilon", "eps"},
};

/* A keyword argument the op does not take: the one meant when it is
 * close or another framework's name for it, else the op's arguments. */
static void unknown_arg(Checker *c, const OpSig *sig, const Arg *arg)
{
    const char *names[BUILTIN_MAX_PARAMS];
    for (int j = 0; j < sig->nparams; j++)
        names[j] = sig->params[j].name;
    const char *best = NULL;
    for (int i = 0; i < COUNT(arg_synonyms); i++)
        if (strcmp(arg->key, arg_synonyms[i].theirs) == 0 && lookup(arg_synonyms[i].ours, names, sig->nparams) >= 0)
            best = arg_synonyms[i].ours;
    if (!best)
        best = suggest(c, arg->key, names, sig->nparams);
    if (best)
        diag_error(c->d, arg->key_loc, "%s() has no argument '%s'; did you mean '%s'?", sig->name, arg->key, best);
    else
        diag_error(c->d, arg->key_loc, "%s() has no argument '%s'; its arguments are %s", sig->name, arg->key,
                   name_list(c, names, sig->nparams));
}

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
                diag_error(c->d, check_expr_loc(arg->value), "positional argument after a keyword argument");
                ok = false;
                continue;
            }
            k = npos++;
            if (k >= sig->nparams) {
                int need = 0;
                for (int j = 0; j < sig->nparams; j++)
                    need += sig->params[j].required;
                diag_error(c->d, check_expr_loc(arg->value), "%s() takes %s%d argument%s, got %d",
                           sig->name, need == sig->nparams ? "" : "at most ", sig->nparams,
                           sig->nparams == 1 ? "" : "s", e->args.len);
                return false;
            }
        } else {
            seen_key = true;
            for (k = 0; k < sig->nparams && strcmp(sig->params[k].name, arg->key) != 0; k++)
                ;
            if (k == sig->nparams) {
                unknown_arg(c, sig, arg);
                ok = false;
                continue;
            }
        }
        if (slots[k]) {
            Arg *first = slots[k];
            diag_error(c->d, arg->key ? arg->key_loc : check_expr_loc(arg->value),
                       "%s() argument '%s' given twice", sig->name, sig->params[k].name);
            diag_note(c->d, first->key ? first->key_loc : check_expr_loc(first->value),
                      "'%s' was first given here", sig->params[k].name);
            ok = false;
            continue;
        }
        slots[k] = arg;
    }
    for (int k = 0; k < sig->nparams && ok; k++) {
        if (sig->params[k].required && !slots[k]) {
            Loc at = e->rparen.line > 0 ? e->rparen : e->loc;
            if (sig->params[k].kind == PK_VALUE && value_params(sig) == 2)
                diag_error(c->d, at, "%s() needs two values, got %d", sig->name, e->args.len);
            else
                diag_error(c->d, at, "%s() needs %s", sig->name, sig->params[k].what);
            ok = false;
        }
    }
    return ok;
}

/* The shape of the value an argument names or computes; unknown after
 * an error (reported). */
static Shape check_value_arg(Checker *c, const OpSig *sig, const Param *pm, Expr *v, int depth)
{
    if (v->kind == EX_NAME || v->kind == EX_CALL)
        return check_expr(c, v, depth + 1);
    diag_error(c->d, v->loc, "%s() needs %s, got %s", sig->name, pm->what, got_text(c, v));
    return (Shape){0};
}

/* A number argument; false (reported) if the argument is something else. */
static bool number_arg(Checker *c, const OpSig *sig, const Param *pm, Expr *v)
{
    if (v->kind == EX_NUMBER && isfinite(v->num))
        return true;
    if (v->kind == EX_NUMBER)
        diag_error(c->d, v->loc, "number out of range: '%s'", v->text);
    else
        diag_error(c->d, check_expr_loc(v), "%s() needs %s, got %s", sig->name, pm->what, got_text(c, v));
    return false;
}

static bool check_units(Checker *c, const OpSig *sig, const Param *pm, Expr *v, double *out)
{
    if (!number_arg(c, sig, pm, v))
        return false;
    if (!v->is_int) {
        diag_error(c->d, v->loc, "%s() needs a whole number of %s, got '%s'", sig->name,
                   strcmp(pm->name, "units") == 0 ? "units" : pm->name, v->text);
    } else if (v->num < 1) {
        diag_error(c->d, v->loc, "%s() needs at least 1 %s, got '%s'", sig->name,
                   strcmp(pm->name, "units") == 0 ? "unit" : pm->name, v->text);
    } else if (v->num > MAX_SIZE) {
        diag_error(c->d, v->loc, "layer too large: %s %s (limit is %ld)", v->text, pm->name, MAX_SIZE);
    } else {
        *out = v->num;
        return true;
    }
    return false;
}

static void check_act(Checker *c, Expr *e, const OpSig *sig, Expr *v)
{
    if (v->kind != EX_NAME) {
        diag_error(c->d, check_expr_loc(v), "%s() needs an activation (%s), got %s", sig->name,
                   act_list(" or "), got_text(c, v));
        return;
    }
    int n;
    const char *const *names = act_names(&n);
    int i = act_lookup(v->name);
    if (i < 0) {
        diag_error(c->d, v->loc, "unknown activation '%s'%s", v->name, did_you_mean(c, v->name, names, n));
        if (!suggest(c, v->name, names, n))
            diag_note(c->d, v->loc, "an activation is one of %s", act_list(", "));
        e->act = ACT_REPORTED;
        return;
    }
    e->act = (Act)i;
}

/* A note at an operand whose shape a rule complains about: where it is
 * defined, or the call that computes it. */
void check_note_operand(Checker *c, const Expr *v)
{
    Shape sh = expr_shape(v);
    char what[80];
    if (sh.rank > 1) {
        char dims[64];
        snprintf(what, sizeof what, "shape %s", shape_text(sh, dims, sizeof dims));
    } else {
        snprintf(what, sizeof what, "size %ld", shape_size(sh));
    }
    if (v->kind == EX_NAME && v->def)
        diag_note(c->d, v->def->name_loc, "'%s' (%s) is defined here", v->name, what);
    else
        diag_note(c->d, check_expr_loc(v), "this %s() has %s", v->name, what);
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
                s->stmt->uses++;
            }
        }
    }
}

/* "none or tanh": a choice's names, as messages list them. */
static const char *choice_list(Checker *c, const char *const *names)
{
    StrBuf sb = {0};
    for (int i = 0; names[i]; i++)
        sb_printf(&sb, "%s%s", i == 0 ? "" : names[i + 1] ? ", " : " or ", names[i]);
    const char *text = arena_strdup(c->a, sb.data ? sb.data : "");
    sb_free(&sb);
    return text;
}

/* A name from the parameter's choices (gelu's approximate = tanh):
 * its index. */
static bool check_choice(Checker *c, const OpSig *sig, const Param *pm, Expr *v, double *out)
{
    int n = 0;
    while (pm->choices[n])
        n++;
    if (v->kind != EX_NAME) {
        diag_error(c->d, check_expr_loc(v), "%s() needs %s = %s, got %s", sig->name, pm->name,
                   choice_list(c, pm->choices), got_text(c, v));
        return false;
    }
    int i = lookup(v->name, pm->choices, n);
    if (i >= 0) {
        *out = i;
        return true;
    }
    const char *best = suggest(c, v->name, pm->choices, n);
    if (best)
        diag_error(c->d, v->loc, "unknown %s '%s' for %s(); did you mean '%s'?", pm->name, v->name,
                   sig->name, best);
    else
        diag_error(c->d, v->loc, "unknown %s '%s' for %s(); expected %s", pm->name, v->name, sig->name,
                   choice_list(c, pm->choices));
    return false;
}

/* A number argument (leaky_relu's alpha, dropout's rate), in the range
 * its parameter allows. */
static bool check_number_param(Checker *c, Expr *e, const OpSig *sig, const Param *pm, Expr *v, double *out)
{
    if (!number_arg(c, sig, pm, v))
        return false;
    if (pm->valid && !pm->valid(c, e, v))
        return false;
    *out = v->num;
    return true;
}

/* A whole number (conv2d's kernel, stride), in the range its parameter
 * allows, or one of its names (padding = same): -1 - the name's index. */
static bool check_int_param(Checker *c, Expr *e, const OpSig *sig, const Param *pm, Expr *v, double *out)
{
    if (v->kind == EX_NAME && pm->choices) {
        int n = 0;
        while (pm->choices[n])
            n++;
        int i = lookup(v->name, pm->choices, n);
        if (i >= 0) {
            *out = -1 - i;
            return true;
        }
        const char *best = suggest(c, v->name, pm->choices, n);
        diag_error(c->d, v->loc, "%s() needs %s, got '%s'%s", sig->name, pm->what, v->name,
                   best ? arena_printf(c->a, "; did you mean '%s'?", best) : "");
        return false;
    }
    if (!number_arg(c, sig, pm, v))
        return false;
    if (!v->is_int || fabs(v->num) > MAX_SIZE) {
        diag_error(c->d, v->loc, "%s() needs %s, got '%s'", sig->name, pm->what, v->text);
        return false;
    }
    if (pm->valid && !pm->valid(c, e, v))
        return false;
    *out = v->num;
    return true;
}

/* true or false */
static bool check_bool_param(Checker *c, const OpSig *sig, const Param *pm, Expr *v, double *out)
{
    if (v->kind == EX_NAME && (strcmp(v->name, "true") == 0 || strcmp(v->name, "false") == 0)) {
        *out = strcmp(v->name, "true") == 0;
        return true;
    }
    diag_error(c->d, check_expr_loc(v), "%s() needs %s = true or false, got %s", sig->name, pm->name,
               got_text(c, v));
    return false;
}

/* Checks each bound argument by its parameter's kind and fills the
 * call's fields; in[] gets the operands' shapes.  False on any error. */
static bool check_params(Checker *c, Expr *e, const OpSig *sig, Arg **slots, Shape *in, int depth)
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
            nnc_assert(nin < BUILTIN_MAX_IN);
            e->in[nin] = v;
            in[nin] = check_value_arg(c, sig, pm, v, depth);
            ok &= shape_known(in[nin++]);
            break;
        case PK_UNITS:
            ok &= check_units(c, sig, pm, v, &e->argv[k]);
            break;
        case PK_ACT:
            check_act(c, e, sig, v);
            break;
        case PK_NUMBER:
            ok &= check_number_param(c, e, sig, pm, v, &e->argv[k]);
            break;
        case PK_CHOICE:
            ok &= check_choice(c, sig, pm, v, &e->argv[k]);
            break;
        case PK_INT:
            ok &= check_int_param(c, e, sig, pm, v, &e->argv[k]);
            break;
        case PK_BOOL:
            ok &= check_bool_param(c, sig, pm, v, &e->argv[k]);
            break;
        }
    }
    return ok;
}

static Shape check_call(Checker *c, Expr *e, int depth)
{
    const OpSig *sig = find_op(c, e->name);
    if (!sig) {
        Sym *s = sym_find(c, e->name);
        int n;
        const char *const *names = op_names(&n);
        const char *best = s ? NULL : suggest(c, e->name, names, n);
        if (s)
            diag_error(c->d, e->loc, "'%s' is a value, not an op", e->name);
        else if (is_prep_call(e))
            diag_error(c->d, e->loc, "%s() is a statement of its own on the model's input, as in "
                       "'z = %s(x%s)'; the network then reads z", e->name, e->name,
                       strcmp(e->name, "scale") == 0 ? ", 1/255" : "");
        else if (best)
            diag_error(c->d, e->loc, "unknown op '%s'; did you mean '%s'?", e->name, best);
        else
            diag_error(c->d, e->loc, "unknown op '%s'; the ops are %s", e->name, name_list(c, names, n));
        check_unknown_args(c, e, depth);
        return (Shape){0};
    }
    e->op = builtin_of(sig);
    e->argv = arena_alloc(c->a, sizeof *e->argv * (size_t)sig->nparams);
    for (int k = 0; k < sig->nparams; k++)
        e->argv[k] = sig->params[k].def;
    e->act = sig->act;
    Arg *slots[BUILTIN_MAX_PARAMS] = {0};
    Shape in[BUILTIN_MAX_IN] = {{0}};
    bool bound = bind_args(c, e, sig, slots);
    bool ok = check_params(c, e, sig, slots, in, depth) && bound;
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
        return (Shape){0};
    return sig->check ? sig->check(c, e, in) : in[0];
}

/* Resolves one expression in value position; returns its shape, unknown
 * (rank 0) after an error it reported. */
static Shape check_expr(Checker *c, Expr *e, int depth)
{
    if (depth > NNC_MAX_NESTING) {
        if (!c->deep_reported)
            diag_error(c->d, e->loc, "calls nested too deeply (limit is %d)", NNC_MAX_NESTING);
        c->deep_reported = true;
        return (Shape){0};
    }
    switch (e->kind) {
    case EX_NAME:
        e->def = resolve_value(c, e);
        return expr_shape(e);
    case EX_CALL:
        e->shape = check_call(c, e, depth);
        return e->shape;
    case EX_NUMBER:
    case EX_STRING:
        diag_error(c->d, e->loc, "expected a value (a name or an op call), got %s", got_text(c, e));
        return (Shape){0};
    }
    nnc_unreachable();
}

/* Whether the call makes parameters (a layer: named, initialised). */
static bool has_params(const Expr *e)
{
    return e->kind == EX_CALL && e->op != BI_NONE && builtin_def(e->op)->nparams_of;
}

/* ---- layer names ------------------------------------------------------ */

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
 * outermost call with parameters takes the statement's name, the others
 * NAME_1, NAME_2 (one counter for every op with parameters). */
static void name_layers(Checker *c, Expr *e, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return;
    if (has_params(e)) {
        if (e == c->cur->value) {
            e->layer = c->cur->name;
        } else {
            e->layer = layer_name(c->a, c->cur->name, ++c->layer_seq);
            const char *same = arena_interned(c->a, e->layer);
            Sym *s = same ? sym_find(c, same) : NULL;
            if (s) {
                diag_error(c->d, e->loc, "this %s() layer is named '%s', which is also the name of a value",
                           e->name, e->layer);
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
    if (s->nsizes == 0)
        return;
    if (s->nsizes == 2 || s->nsizes > 3) {
        Loc at = s->sizes[s->nsizes == 2 ? 1 : 3]->loc;
        if (s->nsizes == 2)
            diag_error(c->d, at, "an input has one size (a vector) or three (an image); "
                       "an image is [C, H, W]: write %s[1, %s, %s]", s->name, s->sizes[0]->text, s->sizes[1]->text);
        else
            diag_error(c->d, at, "an input has one size (a vector) or three (an image, [C, H, W]), got %d",
                       s->nsizes);
        return;
    }
    Shape shape = {.rank = s->nsizes};
    static const char *const what[2][3] = {{"input size"}, {"channel count", "height", "width"}};
    for (int i = 0; i < s->nsizes; i++) {
        Expr *v = s->sizes[i];
        const char *w = what[s->nsizes == 3][i];
        if (v->kind != EX_NUMBER || !v->is_int)
            diag_error(c->d, v->loc, "%s must be a whole number, got %s", w, got_text(c, v));
        else if (v->num < 1)
            diag_error(c->d, v->loc, "%s must be at least 1, got '%s'", w, v->text);
        else if (v->num > MAX_SIZE)
            diag_error(c->d, v->loc, "input too large: %s (limit is %ld)", v->text, MAX_SIZE);
        else
            shape.dims[i] = (long)v->num;
    }
    for (int i = 0; i < shape.rank; i++)
        if (shape.dims[i] == 0)
            return;   /* reported above */
    double floats = 1;   /* each size fits; their product may not fit a long */
    for (int i = 0; i < shape.rank; i++)
        floats *= (double)shape.dims[i];
    if (floats > (double)MAX_SIZE) {
        char buf[96];
        diag_error(c->d, s->sizes[0]->loc, "input too large: %s is %.0f floats a sample (limit is %ld)",
                   shape_text(shape, buf, sizeof buf), floats, MAX_SIZE);
        return;
    }
    s->shape = shape;
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
        s->shape = sym->stmt->shape;
        if (s->shape.rank > 1) {
            char dims[64];
            diag_error(c->d, s->name_loc, "a model's output is a vector; '%s' is an image (%s)", s->name,
                       shape_text(s->shape, dims, sizeof dims));
            diag_note(c->d, sym->stmt->name_loc,
                      "flatten(%s) makes it a vector of %ld, global_avg_pool(%s) one of %ld", s->name,
                      shape_size(s->shape), s->name, s->shape.dims[0]);
        }
        return;
    }
    const char *best = suggest_value(c, s->name, -1);
    if (best)
        diag_error(c->d, s->name_loc, "use of undeclared value '%s'; did you mean '%s'?", s->name, best);
    else
        diag_error(c->d, s->name_loc, "use of undeclared value '%s'", s->name);
}

/* ---- preprocessing: `z = standardize(x)`, `z = scale(x, s)` ----------- */

/* A statement of its own on the raw input: checked, recorded in
 * Program.prep, and then an alias of what it reads, so the graph takes
 * the network's input as it is and the runtime does the arithmetic. */
static void check_prep(Checker *c, Stmt *s)
{
    Program *p = c->p;
    Expr *e = s->value;
    bool standardize = strcmp(e->name, "standardize") == 0;
    bool positional = true;
    for (int i = 0; i < e->args.len; i++)
        positional &= e->args.items[i].key == NULL;
    if (e->args.len != (standardize ? 1 : 2) || !positional) {
        diag_error(c->d, check_expr_loc(e), "%s() takes %s, as in '%s = %s'", e->name,
                   standardize ? "the model's input alone" : "the model's input and a factor", s->name,
                   standardize ? "standardize(x)" : "scale(x, 1/255)");
        return;
    }
    Expr *v = e->args.items[0].value;
    Stmt *from = v->kind == EX_NAME ? (v->def = resolve_value(c, v)) : NULL;
    if (v->kind == EX_NAME && !from)
        return;   /* reported */
    bool after_scale = standardize && from && from == c->prep_last && !p->prep.adapt;
    if (!from || !p->input || (from != p->input && !after_scale)) {
        diag_error(c->d, check_expr_loc(v), "%s() applies to the model's input%s%s%s, as it comes from the data; "
                   "got %s", e->name, p->input ? " '" : "", p->input ? p->input->name : "", p->input ? "'" : "",
                   got_text(c, v));
        return;
    }
    if (from == p->input && c->prep_first) {
        diag_error(c->d, e->loc, "input '%s' is preprocessed already, by '%s'; a second step takes the first's "
                   "result: %s(%s%s)", p->input->name, c->prep_first->name, e->name, c->prep_last->name,
                   standardize ? "" : ", ...");
        diag_note(c->d, c->prep_first->name_loc, "'%s' preprocesses '%s' here", c->prep_first->name,
                  p->input->name);
        return;
    }
    double std = 1.0;
    if (!standardize) {
        Expr *f = e->args.items[1].value;
        if (f->kind != EX_NUMBER || !(f->num > 0) || !isfinite(f->num) || !isfinite(1.0 / f->num)) {
            diag_error(c->d, check_expr_loc(f), "scale's factor must be a positive number, got %s", got_text(c, f));
            return;
        }
        std = 1.0 / f->num;
    }
    if (after_scale)
        diag_warning(c->d, e->loc, "scale() before standardize() changes nothing: standardize() divides by "
                     "the spread of what it is given; standardize '%s' itself", p->input->name);
    /* the original call stays in check_expr_loc's reach for messages; the
     * graph sees an alias */
    Expr *alias = ast_name(c->a, e->loc, from->name);
    alias->def = from;
    s->value = alias;
    s->shape = from->shape;
    if (!c->prep_first)
        c->prep_first = s;
    c->prep_last = s;
    p->prep.name = s->name;
    p->prep.std = standardize ? 1.0 : std;
    p->prep.adapt = standardize;
}

/* The raw input, once preprocessed, is read by nothing else: the network
 * sees only what the preprocessing makes of it. */
static void raw_uses(Checker *c, const Expr *e, int depth)
{
    if (!e || depth > NNC_MAX_NESTING)
        return;
    if (e->kind == EX_NAME && e->def == c->p->input) {
        diag_error(c->d, e->loc, "'%s' is the raw input; the network sees it as '%s', preprocessed: use '%s'",
                   e->name, c->prep_last->name, c->prep_last->name);
        return;
    }
    for (int i = 0; e->kind == EX_CALL && i < e->args.len; i++)
        raw_uses(c, e->args.items[i].value, depth + 1);
}

static void check_raw_uses(Checker *c)
{
    Program *p = c->p;
    if (!c->prep_first)
        return;
    for (int i = 0; i < p->stmts.len; i++) {
        Stmt *s = p->stmts.items[i];
        if (s == c->prep_first || (s->kind == ST_ASSIGN && is_prep_call(s->value)))
            continue;   /* a preprocessing statement that failed was reported */
        if (s->kind == ST_ASSIGN)
            raw_uses(c, s->value, 1);
        else if (s->kind == ST_OUTPUT && s->def == p->input)
            diag_error(c->d, s->name_loc, "'%s' is the raw input; the network sees it as '%s', preprocessed",
                       s->name, c->prep_last->name);
    }
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
        if (is_prep_call(s->value)) {
            check_prep(c, s);
        } else if (s->value) {
            s->shape = check_expr(c, s->value, 1);
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

static long call_params(Expr *e, int depth)
{
    if (!e || e->kind != EX_CALL || depth > NNC_MAX_NESTING)
        return 0;
    long n = has_params(e) && shape_known(e->shape) ? builtin_def(e->op)->nparams_of(e) : 0;
    for (int i = 0; i < e->args.len; i++)
        n += call_params(e->args.items[i].value, depth + 1);
    return n;
}

/* The live model's parameters, within the limit. */
static void check_total_params(Checker *c)
{
    long total = 0;
    for (int i = 0; i < c->p->stmts.len; i++) {
        Stmt *s = c->p->stmts.items[i];
        if (s->kind == ST_ASSIGN && s->live)
            total += call_params(s->value, 1);
        if (total > MAX_PARAMS) {
            diag_error(c->d, s->name_loc, "too many parameters: %ld up to '%s' (limit is %ld in a model)",
                       total, s->name, MAX_PARAMS);
            return;
        }
    }
    c->total_params = total;
}

/* ---- the train block --------------------------------------------------- */

/* The defaults of a call's keys (the lr sgd and adam differ on: sgd's
 * 0.01 is LANGUAGE.md's default optimizer's, adam's 0.001 Keras' and
 * PyTorch's). */
static void keys_defaults(TrainConfig *cfg, const OptArg *args, int nargs)
{
    for (int j = 0; j < nargs; j++)
        *(double *)((char *)cfg + args[j].offset) = args[j].def;
}

/* LANGUAGE.md's defaults: sgd with its defaults, and every other
 * optimizer's keys at theirs too (beta1 0.9, ...); the losses' keys at
 * theirs, schedule constant, no clipping. */
static TrainConfig default_config(void)
{
    TrainConfig cfg = {.loss = LOSS_NONE, .batch_size = 32, .epochs = 10, .init = INIT_DEFAULT};
    for (int o = OPT_COUNT - 1; o >= 0; o--)
        keys_defaults(&cfg, optim_def((OptKind)o)->args, optim_def((OptKind)o)->nargs);
    for (int l = LOSS_NONE + 1; l < LOSS_COUNT; l++)
        keys_defaults(&cfg, loss_def((LossKind)l)->args, loss_def((LossKind)l)->nargs);
    cfg.opt = OPT_SGD;
    return cfg;
}

enum TrainKey { K_LOSS, K_OPTIMIZER, K_BATCH, K_EPOCHS, K_INIT, K_SEED, K_VALIDATION, K_EARLY, K_DATA,
                K_SCHEDULE, K_CLIP, K_COUNT };
static const char *const train_keys[] = {
    "loss", "optimizer", "batch_size", "epochs", "init", "seed", "validation", "early_stopping", "data",
    "schedule", "clip_grad_norm",
};
static const char *const init_names[] = {NULL, "he", "xavier", "uniform"};   /* by InitKind */

/* The losses' names by LossKind (NULL for none), and as messages list them. */
static const char *const *loss_names(int *n)
{
    static const char *names[LOSS_COUNT];
    for (int l = LOSS_NONE + 1; l < LOSS_COUNT; l++)
        names[l] = loss_def((LossKind)l)->name;
    *n = LOSS_COUNT;
    return names;
}

/* "mse, cross_entropy, binary_cross_entropy": the losses from the one
 * numbered `from`, as messages list them. */
static const char *loss_list(Checker *c, int from)
{
    StrBuf sb = {0};
    for (int l = from; l < LOSS_COUNT; l++)
        sb_printf(&sb, "%s%s", l == from ? "" : ", ", loss_def((LossKind)l)->name);
    const char *text = arena_strdup(c->a, sb.data ? sb.data : "");
    sb_free(&sb);
    return text;
}

static const char *const *opt_names(int *n)
{
    static const char *names[OPT_COUNT];
    for (int o = 0; o < OPT_COUNT; o++)
        names[o] = optim_def((OptKind)o)->name;
    *n = OPT_COUNT;
    return names;
}

/* "sgd, adam or adamw", "sgd(...) or adam(...)": the optimizers, as messages list them. */
static const char *opt_list(Checker *c, const char *suffix)
{
    StrBuf sb = {0};
    for (int o = 0; o < OPT_COUNT; o++)
        sb_printf(&sb, "%s%s%s", o == 0 ? "" : o == OPT_COUNT - 1 ? " or " : ", ",
                  optim_def((OptKind)o)->name, suffix);
    const char *text = arena_strdup(c->a, sb.data ? sb.data : "");
    sb_free(&sb);
    return text;
}

/* A name from a fixed list (loss, init); -1 when reported. */
static int want_name(Checker *c, const char *key, Expr *v, const char *const *names, int n, const char *list)
{
    if (v->kind != EX_NAME) {
        diag_error(c->d, check_expr_loc(v), "%s needs one of %s, got %s", key, list, got_text(c, v));
        return -1;
    }
    int i = lookup(v->name, names, n);
    if (i >= 0)
        return i;
    /* names[] may hold NULL placeholders: closest_name must not see them */
    const char *cands[16];
    int k = 0;
    for (int j = 0; j < n && k < 16; j++)
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
        diag_error(c->d, check_expr_loc(v), "%s needs a number, got %s", key, got_text(c, v));
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
        diag_error(c->d, check_expr_loc(v), "%s needs a whole number, got %s", key, got_text(c, v));
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

/* lo <= x < hi (x <= hi when hi_closed; no upper bound when hi is 0), lo < x when lo_open. */
static bool in_range(Checker *c, const char *key, Expr *v, double x, double lo, bool lo_open, double hi,
                     bool hi_closed)
{
    bool ok = (lo_open ? x > lo : x >= lo) && (hi <= 0 || (hi_closed ? x <= hi : x < hi));
    if (ok)
        return true;
    if (hi > 0)
        diag_error(c->d, v->loc, "%s must be %s %g and %s %g, got '%s'", key, lo_open ? "above" : "at least",
                   lo, hi_closed ? "at most" : "below", hi, v->text);
    else if (lo_open)
        diag_error(c->d, v->loc, "%s must be above %g, got '%s'", key, lo, v->text);
    else
        diag_error(c->d, v->loc, "%s must be at least %g, got '%s'", key, lo, v->text);
    return false;
}

/* The optimizer (other than `except`) with a key `name`, or NULL. */
static const OptimDef *optimizer_with(const char *name, const OptimDef *except)
{
    for (int o = 0; o < OPT_COUNT; o++) {
        const OptimDef *d = optim_def((OptKind)o);
        for (int j = 0; d != except && j < d->nargs; j++)
            if (strcmp(d->args[j].name, name) == 0)
                return d;
    }
    return NULL;
}

/* "lr, momentum, weight_decay": a call's keys, as messages list them. */
static const char *keys_list(Checker *c, const OptArg *args, int nargs)
{
    StrBuf sb = {0};
    for (int j = 0; j < nargs; j++)
        sb_printf(&sb, "%s%s", j == 0 ? "" : ", ", args[j].name);
    const char *text = arena_strdup(c->a, sb.data ? sb.data : "");
    sb_free(&sb);
    return text;
}

/* One argument's value: a number (whole for OA_INT) in its range, or
 * true/false (OA_BOOL). */
static void check_key_value(Checker *c, TrainConfig *cfg, const char *fname, const OptArg *a, Expr *val)
{
    double x;
    if (a->kind == OA_BOOL) {
        if (val->kind == EX_NAME && (strcmp(val->name, "true") == 0 || strcmp(val->name, "false") == 0))
            *(double *)((char *)cfg + a->offset) = strcmp(val->name, "true") == 0;
        else
            diag_error(c->d, check_expr_loc(val), "%s() needs %s = true or false, got %s", fname, a->name,
                       got_text(c, val));
        return;
    }
    if (a->kind == OA_INT && val->kind == EX_NUMBER && !val->is_int) {
        diag_error(c->d, val->loc, "%s needs a whole number, got '%s'", a->name, val->text);
        return;
    }
    if (want_number(c, a->name, val, &x) && in_range(c, a->name, val, x, a->lo, a->lo_open, a->hi, a->hi_closed))
        *(double *)((char *)cfg + a->offset) = x;
}

/* The arguments of a train block call (optimizer, loss, schedule) against
 * its keys: each known, once, of its kind and in its range; positional
 * ones (where `positional`, else an optimizer's) in the keys' order;
 * required ones given.  An unknown key lists the valid ones (and, for an
 * optimizer, which other optimizer has it). */
static void check_keyed_call(Checker *c, TrainConfig *cfg, Expr *v, const OptArg *args, int nargs,
                             bool positional, const char *example)
{
    keys_defaults(cfg, args, nargs);
    Arg *seen[OPTIM_MAX_ARGS] = {0};
    int next = 0;
    for (int i = 0; v->kind == EX_CALL && i < v->args.len; i++) {
        Arg *arg = &v->args.items[i];
        if (!arg->value)
            continue;
        int j;
        if (!arg->key) {
            if (!positional) {
                diag_error(c->d, check_expr_loc(arg->value), "%s() takes its arguments by name, as in %s",
                           v->name, example);
                continue;
            }
            if (next >= nargs) {
                diag_error(c->d, check_expr_loc(arg->value), "%s() takes at most %d argument%s (%s), got more",
                           v->name, nargs, nargs == 1 ? "" : "s", keys_list(c, args, nargs));
                continue;
            }
            j = next++;
        } else {
            for (j = 0; j < nargs && strcmp(args[j].name, arg->key) != 0; j++)
                ;
            if (j == nargs) {
                const char *names[OPTIM_MAX_ARGS];
                for (int m = 0; m < nargs; m++)
                    names[m] = args[m].name;
                const OptimDef *theirs = optimizer_with(arg->key, NULL);
                const char *best = suggest(c, arg->key, names, nargs), *hint = "";
                if (best)
                    hint = arena_printf(c->a, " (did you mean '%s'?)", best);
                else if (theirs && !positional)
                    hint = arena_printf(c->a, " (%s() has it)", theirs->name);
                if (nargs == 0)
                    diag_error(c->d, arg->key_loc, "%s() takes no arguments, got '%s'", v->name, arg->key);
                else
                    diag_error(c->d, arg->key_loc, "%s() has no argument '%s'%s; its arguments are %s",
                               v->name, arg->key, hint, keys_list(c, args, nargs));
                continue;
            }
        }
        if (seen[j]) {
            diag_error(c->d, arg->key ? arg->key_loc : check_expr_loc(arg->value),
                       "%s() argument '%s' given twice", v->name, args[j].name);
            diag_note(c->d, seen[j]->key ? seen[j]->key_loc : check_expr_loc(seen[j]->value),
                      "'%s' was first given here", args[j].name);
            continue;
        }
        seen[j] = arg;
        check_key_value(c, cfg, v->name, &args[j], arg->value);
    }
    for (int j = 0; j < nargs; j++)
        if (args[j].required && !seen[j])
            diag_error(c->d, check_expr_loc(v), "%s() needs %s, as in %s", v->name, args[j].name, example);
}

/* The argument of key `name` in a checked call, or NULL. */
static Arg *arg_named(Expr *v, const char *name)
{
    for (int i = 0; v->kind == EX_CALL && i < v->args.len; i++)
        if (v->args.items[i].key && strcmp(v->args.items[i].key, name) == 0)
            return &v->args.items[i];
    return NULL;
}

/* optimizer = sgd | adam | sgd(lr = 0.1, ...) | adam(...): an OptimDef's
 * name, its keys by name. */
static void check_optimizer(Checker *c, TrainConfig *cfg, Expr *v)
{
    if (v->kind != EX_NAME && v->kind != EX_CALL) {
        diag_error(c->d, check_expr_loc(v), "optimizer needs %s, got %s", opt_list(c, "(...)"),
                   got_text(c, v));
        return;
    }
    int n;
    const char *const *names = opt_names(&n);
    int k = lookup(v->name, names, n);
    if (k < 0) {
        const char *best = suggest(c, v->name, names, n);
        if (best)
            diag_error(c->d, v->loc, "unknown optimizer '%s'; did you mean '%s'?", v->name, best);
        else
            diag_error(c->d, v->loc, "unknown optimizer '%s'; expected %s", v->name, opt_list(c, ""));
        return;
    }
    cfg->opt = (OptKind)k;
    const OptimDef *def = optim_def(cfg->opt);
    int errors = diag_error_count(c->d);
    check_keyed_call(c, cfg, v, def->args, def->nargs, false,
                     arena_printf(c->a, "%s(lr = %g)", v->name, def->args[0].def));
    const char *key = NULL, *why;
    if (diag_error_count(c->d) == errors && def->conflict && (why = def->conflict(cfg, &key)) != NULL) {
        Arg *at = key ? arg_named(v, key) : NULL;
        diag_error(c->d, at ? loc_span(at->key_loc, check_expr_loc(at->value)) : check_expr_loc(v), "%s", why);
    }
}

/* loss = mse | huber(delta = 0.5) | cross_entropy(label_smoothing = 0.1) */
static void check_loss(Checker *c, TrainConfig *cfg, Expr *v)
{
    int n;
    const char *const *names = loss_names(&n);
    Expr name = *v;
    name.kind = v->kind == EX_CALL ? EX_NAME : v->kind;
    int i = want_name(c, "loss", &name, names, n, loss_list(c, LOSS_NONE + 1));
    if (i <= 0)
        return;
    cfg->loss = (LossKind)i;
    const LossDef *l = loss_def(cfg->loss);
    check_keyed_call(c, cfg, v, l->args, l->nargs, true,
                     l->nargs ? arena_printf(c->a, "%s(%s = %g)", l->name, l->args[0].name, l->args[0].def)
                              : l->name);
}

/* schedule = constant | step(step_size, gamma) | exponential(gamma) | cosine(...) */
static void check_schedule(Checker *c, TrainConfig *cfg, Expr *v)
{
    const char *names[8], *list = "";
    int n = 0;
    for (const SchedDef *d; n < 8 && (d = sched_def(n)) != NULL; n++) {
        names[n] = d->name;
        list = arena_printf(c->a, "%s%s%s", list, n ? ", " : "", d->name);
    }
    Expr name = *v;
    name.kind = v->kind == EX_CALL ? EX_NAME : v->kind;
    int i = want_name(c, "schedule", &name, names, n, list);
    if (i < 0)
        return;
    const SchedDef *d = sched_def(i);
    cfg->schedule = d->code;
    check_keyed_call(c, cfg, v, d->args, d->nargs, true,
                     d->nargs ? arena_printf(c->a, "%s(%s = %s)", d->name, d->args[0].name,
                                             d->args[0].kind == OA_INT ? "2" : "0.5")
                              : d->name);
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

static bool ends_in(const Expr *e, Act act)
{
    return e && e->kind == EX_CALL && e->act == act;
}

/* Whether the call takes its activation as an argument (dense's act =). */
static bool takes_act(const Expr *e)
{
    const BuiltinDef *d = builtin_def(e->op);
    for (int k = 0; k < d->nparams; k++)
        if (d->params[k].kind == PK_ACT)
            return true;
    return false;
}

static const char *describe_end(Checker *c, const Expr *e)
{
    if (!e)
        return "is the input";
    if (takes_act(e) && e->act == ACT_LINEAR)
        return arena_printf(c->a, "ends in a %s layer with no activation", e->name);
    if (takes_act(e))
        return arena_printf(c->a, "ends in %s(..., %s)", e->name, act_name(e->act));
    return arena_printf(c->a, "ends in %s()", e->name);
}

/* The loss's LossDef.needs: cross_entropy a softmax output,
 * binary_cross_entropy a sigmoid one. */
static void check_loss_fits(Checker *c, const TrainEntry *loss)
{
    Program *p = c->p;
    const LossDef *l = loss_def(p->cfg.loss);
    if (!l || l->needs == ACT_LINEAR || !p->output || !p->output->def || !shape_known(p->output->shape))
        return;
    const Expr *e = output_op(p);
    if (ends_in(e, l->needs) || ends_in(e, ACT_REPORTED))
        return;
    diag_error(c->d, loss->key_loc, "%s needs a %s output, but output '%s' %s", l->name,
               act_name(l->needs), p->output->name, describe_end(c, e));
    if (e)
        diag_note(c->d, check_expr_loc(e), "'%s' is computed here", p->output->name);
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
        check_loss(c, cfg, v);
        break;
    case K_SCHEDULE:
        check_schedule(c, cfg, v);
        break;
    case K_CLIP:
        if (want_number(c, key, v, &x) && in_range(c, key, v, x, 0, true, 0, false))
            cfg->clip_grad_norm = x;
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
        if (want_number(c, key, v, &x) && in_range(c, key, v, x, 0, false, 1, false))
            cfg->validation = x;
        break;
    case K_EARLY:
        if (want_uint(c, key, v, 1, MAX_EPOCHS, &n))
            cfg->early_stopping = (long)n;
        break;
    case K_DATA:
        if (v->kind != EX_STRING)
            diag_error(c->d, check_expr_loc(v), "data needs a file path in quotes, got %s", got_text(c, v));
        else
            cfg->data = v->text;
        break;
    }
}

static void unknown_key(Checker *c, TrainEntry *t)
{
    if (strcmp(t->key, "learning_rate") == 0 || optimizer_with(t->key, NULL)) {
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
    cfg->opt_loc = seen[K_OPTIMIZER] ? seen[K_OPTIMIZER]->key_loc : p->train_loc;
    cfg->clip_loc = seen[K_CLIP] ? seen[K_CLIP]->key_loc : p->train_loc;
    if (seen[K_LOSS]) {
        cfg->loss_loc = seen[K_LOSS]->key_loc;
        check_loss_fits(c, seen[K_LOSS]);
    } else {
        diag_error(c->d, p->train_loc, "train block has no loss; expected 'loss = %s' (or %s)",
                   loss_def(LOSS_NONE + 1)->name, loss_list(c, LOSS_NONE + 2));
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

/* ---- batch norm's batch ------------------------------------------------ */

/* Training batch norm needs more than one value per channel (PyTorch's
 * "Expected more than 1 value per channel when training"): with
 * batch_size = 1, a batch_norm over a vector's features or a 1 x 1
 * image's channels is certain to get one.  Reported at each such call,
 * with a note at the key. */
static void check_bn_one_value(Checker *c, Expr *e, const TrainEntry *batch, int depth)
{
    if (!e || e->kind != EX_CALL || e->op == BI_NONE || depth > NNC_MAX_NESTING)
        return;
    for (int i = 0; i < e->args.len; i++)
        check_bn_one_value(c, e->args.items[i].value, batch, depth + 1);
    if (e->op != BI_BATCH_NORM || !e->in[0])
        return;
    Shape x = expr_shape(e->in[0]);
    if (!shape_known(x) || (x.rank == 3 && x.dims[1] * x.dims[2] > 1))
        return;
    char buf[64];
    diag_error(c->d, check_expr_loc(e),
               "batch_norm '%s' gets one value per channel when training on batches of 1: its input "
               "is %s, one value for each of its %ld %s; training needs more than 1 (PyTorch: "
               "\"Expected more than 1 value per channel when training\")",
               e->layer ? e->layer : "", shape_text(x, buf, sizeof buf), x.dims[0],
               x.rank == 3 ? "channels" : "features");
    diag_note(c->d, batch->key_loc, "batch_size is 1 here; a batch of 2 or more trains it");
}

/* The train block's entry for `key`, or NULL. */
static const TrainEntry *train_entry(const Program *p, const char *key)
{
    for (int i = 0; i < p->train.len; i++)
        if (p->train.items[i].key && strcmp(p->train.items[i].key, key) == 0)
            return &p->train.items[i];
    return NULL;
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
    for (int b = BI_NONE + 1; b < BI_COUNT; b++)
        c.ops[b] = arena_interned(a, builtin_def((Builtin)b)->name);
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
    check_raw_uses(&c);

    find_live(&c);
    check_total_params(&c);
    if (p->has_train)
        check_train(&c);
    else
        p->cfg = default_config();
    const TrainEntry *batch = p->has_train ? train_entry(p, "batch_size") : NULL;
    for (int i = 0; batch && p->cfg.batch_size == 1 && i < p->stmts.len; i++)
        if (p->stmts.items[i]->kind == ST_ASSIGN && p->stmts.items[i]->live)
            check_bn_one_value(&c, p->stmts.items[i]->value, batch, 1);
    init_resolve(p);
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
