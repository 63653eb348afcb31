/*
 * ast.h - the syntax tree of a .nn file, and the passes that work on it.
 *
 * The parser (grammar/nn.y) builds a Program exactly as written; every
 * node keeps the Loc of its source.  check.c then resolves it: names to
 * their statements, calls to builtins with their arguments sorted into
 * fields, sizes of every value, dense layers' checkpoint names, and the
 * train block into a TrainConfig.  Later passes read only checked trees.
 */
#ifndef NNC_AST_H
#define NNC_AST_H

#include "util.h"

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef enum ExprKind {
    EX_NAME,    /* h1 */
    EX_CALL,    /* dense(x, 10, relu) */
    EX_NUMBER,  /* 0.05 */
    EX_STRING,  /* "data/train.csv" */
} ExprKind;

/* The ops of the language (LANGUAGE.md's table), one per BUILTIN row of
 * ops.def.  BI_NONE: not resolved. */
typedef enum Builtin {
    BI_NONE,
#define BUILTIN(e, name, family) BI_##e,
#include "ops.def"
    BI_COUNT
} Builtin;

/* Activations (`act =` and the fused epilogues): linear, the ACT rows of
 * ops.def, and softmax (a row op, so an epilogue but not elementwise). */
typedef enum Act {
    ACT_LINEAR,
#define ACT(e, name, from, named) ACT_##e,
#include "ops.def"
    ACT_SOFTMAX,
    ACT_COUNT
} Act;

typedef enum InitKind { INIT_DEFAULT, INIT_HE, INIT_XAVIER, INIT_UNIFORM } InitKind;
typedef enum LossKind {
    LOSS_NONE,
#define LOSS(e, name, family) LOSS_##e,
#include "ops.def"
    LOSS_COUNT
} LossKind;
typedef enum OptKind {
#define OPTIM(e, name, family) OPT_##e,
#include "ops.def"
    OPT_COUNT
} OptKind;

/* The shape of a value: rank 1 a vector [n], rank 3 an image [C, H, W],
 * per sample in the front end; the graph IR puts the batch in front
 * (ir.h).  Rank 0 in the front end: unknown, already reported. */
#define NNC_MAX_RANK 4
typedef struct Shape {
    int rank;
    long dims[NNC_MAX_RANK];
} Shape;

Shape shape_vec(long n);                 /* [n] */
long shape_size(Shape s);                /* the product of the dims; 0 when unknown */
bool shape_known(Shape s);
bool shape_same(Shape a, Shape b);
/* "784", "32 x 14 x 14": a shape as the messages show it. */
const char *shape_text(Shape s, char *buf, size_t n);

typedef struct Arg {
    const char *key;   /* NULL for a positional argument */
    Loc key_loc;
    Expr *value;
} Arg;

/* One node for every kind, its fields in a union by kind: a 10 MB model
 * has 900,000 expressions, and faulting in and zeroing their pages was a
 * large part of the front end's time.  A leaf is allocated without the
 * call part (ast.c), so read only the fields of the node's kind. */
struct Expr {
    ExprKind kind;
    Loc loc;           /* the token; for a call, the callee's name */
    union {
        const char *name;  /* EX_NAME, EX_CALL: interned */
        const char *text;  /* EX_NUMBER as written (interned); EX_STRING decoded (escapes done) */
    };
    union {
        Stmt *def;     /* EX_NAME, check.c: the statement that defines the value */
        struct {       /* EX_NUMBER */
            double num;
            bool is_int;   /* written with digits only */
        };
        struct {       /* EX_CALL */
            struct { Arg *items; int len; } args;
            Loc lparen, rparen;
            /* ---- filled by check.c ---- */
            Builtin op;
            Shape shape;       /* the result's, per sample (expr_shape) */
            Act act;           /* the activation it applies (dense's act =, relu(), ...) */
            InitKind init;     /* ops with parameters: resolved (never INIT_DEFAULT) */
            Expr *in[2];       /* operands: in[0] for unary ops, both for add/concat */
            /* the value of each of the op's non-value parameters, by its
             * position in the signature (its default when not given):
             * dense's units, dropout's rate, conv2d's kernel, ... */
            double *argv;
            const char *layer; /* ops with parameters: checkpoint prefix, "h1" or "y_1" */
        };
    };
};

typedef enum StmtKind { ST_INPUT, ST_ASSIGN, ST_OUTPUT } StmtKind;

struct Stmt {
    StmtKind kind;
    Loc loc;           /* the first token of the statement */
    const char *name;  /* the value defined (input, assign) or named (output) */
    Loc name_loc;
    Expr *value;       /* ST_ASSIGN: the right-hand side */
    Expr *sizes[NNC_MAX_RANK];   /* ST_INPUT: the numbers between [ ] */
    int nsizes;                  /* how many were written (may exceed the array) */

    /* ---- filled by check.c ---- */
    Shape shape;       /* ST_INPUT, ST_ASSIGN, ST_OUTPUT: per sample; rank 0 unknown */
    Stmt *def;         /* ST_OUTPUT: the statement it names */
    int uses;          /* how many expressions name this value */
    bool live;         /* reaches the output (else dropped with a warning) */
    bool c_reserved;   /* the name is a C keyword or library name: mangle it */
    int only_reader;   /* init.c: the Builtin every live reader is (BI_NONE: none; -1: mixed) */
};

typedef struct TrainEntry {
    const char *key;
    Loc key_loc;
    Expr *value;       /* NUMBER, STRING, NAME or a call with keyword args */
} TrainEntry;

/* The train block, resolved, with LANGUAGE.md's defaults filled in. */
typedef struct TrainConfig {
    LossKind loss;
    OptKind opt;
    double lr, momentum, weight_decay;  /* the optimizer's keys (OptimDef) */
    double beta1, beta2, eps;
    double nesterov, alpha, centered;   /* sgd's, rmsprop's (booleans as 0 or 1) */
    double huber_delta, label_smoothing;   /* the loss's keys (LossDef) */
    double clip_grad_norm;              /* 0: off */
    int schedule;                       /* NNRT_SCHED_*: the SchedDef */
    double step_size, gamma, t_max, eta_min;   /* the schedule's keys; t_max 0: epochs */
    long batch_size, epochs;
    InitKind init;                      /* INIT_DEFAULT: per layer */
    uint64_t seed;
    double validation;
    long early_stopping;                /* patience; 0 = off */
    const char *data;                   /* NULL if not given */
    Loc loss_loc;                       /* the `loss` key, for late errors */
    Loc opt_loc;                        /* the `optimizer` key, else `train` */
    Loc clip_loc;                       /* the `clip_grad_norm` key, else `train` */
} TrainConfig;

/* Preprocessing the model applies to its raw input (check.c):
 * `z = standardize(x)` or `z = scale(x, s)`.  The network sees z, which
 * the graph takes as its input; the runtime maps each raw input to
 * (x - mean) / std first, mean and std being buffers of one value per
 * feature (a vector input) or per channel (an image). */
typedef struct Prep {
    const char *name;  /* z: names the buffers z.mean and z.std; NULL: none */
    double std;        /* std at creation (1 / scale, or 1); mean 0 */
    bool adapt;        /* standardize: mean and std from the training data */
    long groups, group;   /* lower.c: buffer length, and inputs per entry */
} Prep;

typedef struct Program {
    const char *name;  /* the model's name */
    Loc loc;           /* the `model` keyword */
    Loc name_loc;
    struct { Stmt **items; int len, cap; } stmts;
    bool has_train;
    Loc train_loc;
    struct { TrainEntry *items; int len, cap; } train;
    /* Whether the checker may run on the tree: no syntax error, or every
     * one recovered without losing what the checker needs (a name, the
     * input, the output, the loss, the only use of a value), so its
     * errors in the rest of the file are not echoes of the syntax error. */
    bool checkable;

    /* ---- filled by check.c ---- */
    Stmt *input, *output;
    TrainConfig cfg;   /* valid when has_train */
    Prep prep;
} Program;

/* ---- ast.c: builders (the grammar's actions call these) ----
 * They keep the strings they are given, which must live in `a`: names
 * interned there (arena_intern), as the lexer gives them. */
Program *ast_program(Arena *a);
Stmt *ast_input(Arena *a, Loc loc, const char *name, Loc name_loc, Expr *size);
void ast_input_size(Stmt *s, Expr *size);
Stmt *ast_assign(Arena *a, const char *name, Loc name_loc, Expr *value);
Stmt *ast_output(Arena *a, Loc loc, const char *name, Loc name_loc);
Expr *ast_name(Arena *a, Loc loc, const char *name);
Expr *ast_call(Arena *a, Loc loc, const char *name);
void ast_call_args(Arena *a, Expr *call, const Arg *args, int n);
Expr *ast_number(Arena *a, Loc loc, const char *text);
/* `1/255`: a number written as a fraction, num / den (text "1/255"); a
 * zero denominator is a number the checker refuses as it does any
 * infinity. */
Expr *ast_fraction(Arena *a, Loc loc, const Expr *num, const Expr *den);
Expr *ast_string(Arena *a, Loc loc, const char *decoded);
/* A value expression's shape: a call's, or the named statement's. */
Shape expr_shape(const Expr *e);
const char *builtin_name(Builtin b);
const char *act_name(Act a);
const char *loss_name(LossKind l);
const char *opt_name(OptKind o);
const char *init_name(InitKind i);

/* ---- grammar/nn.y: the parser ---- */
/* Parses `text` (NUL-terminated, `len` bytes).  Syntax errors go to `d`,
 * several per run thanks to error recovery.  Returns the tree, possibly
 * partial when there were errors (then Program.checkable says whether
 * check_program may still run on it); NULL only when nothing was
 * recognised. */
Program *parse_program(Arena *a, Diag *d, const char *text, size_t len);
#define NNC_MAX_NESTING 200   /* deeper calls: an error, not a stack overflow */

/* ---- check.c ---- */
/* Resolves and checks the whole program; reports every error it finds.
 * Returns true when there were none (warnings allowed).  `a` is the arena
 * the program was parsed into: its names are interned there. */
bool check_program(Program *p, Diag *d, Arena *a);

/* ---- init.c ---- */
/* Every layer's Expr.init: the train block's `init =`, else he where its
 * output goes through a relu (its own act, or batch_norm then relu),
 * else xavier.  Called by check_program after liveness. */
void init_resolve(Program *p);

/* Limits a hostile file could otherwise push past what sizes and counts
 * can hold in generated code (int-indexed loops, size_t workspaces). */
#define NNC_MAX_SIZE (1L << 24)        /* floats per sample in one value */
#define NNC_MAX_PARAMS (1L << 31)      /* parameters in one layer, and in the model */

/* What the op families' check rules (BuiltinDef.check) may use. */
typedef struct Checker Checker;
Diag *check_diag(Checker *c);
Arena *check_arena(Checker *c);
Loc check_expr_loc(const Expr *e);     /* a call's whole text when on one line */
Loc check_param_loc(const Expr *e, int k);   /* the argument of parameter k, or the call */
/* A note at a value operand: where it is defined, or the call that makes it. */
void check_note_operand(Checker *c, const Expr *v);

/* ---- the op families: the language's calls (ops.def BUILTIN rows) ---- */

typedef enum ParamKind {
    PK_VALUE,   /* a value: a name or a call */
    PK_UNITS,   /* a whole number of units */
    PK_ACT,     /* an activation's name */
    PK_NUMBER,  /* any number (ranges checked by the op's rule) */
    PK_CHOICE,  /* a name from Param.choices: Expr.argv gets its index */
    PK_INT,     /* a whole number (range by the op's rule), or a name from
                   Param.choices when it has some: argv gets -1 - its index */
    PK_BOOL,    /* true or false: 1 or 0 */
} ParamKind;

typedef struct Param {
    const char *name;
    ParamKind kind;
    const char *what;  /* "dense() needs <what>, got ..." */
    bool required;
    /* PK_NUMBER: its range, checked where the argument is; reports and
     * returns false when out (NULL: any finite number). */
    bool (*valid)(Checker *c, const Expr *call, const Expr *arg);
    const char *const *choices;   /* PK_CHOICE, PK_INT: the names it takes, NULL-terminated */
    double def;                   /* its value when not given */
} Param;

/* A signature's rows, for the families' BuiltinDefs. */
#define P_VALUE(nm, wh) {.name = nm, .kind = PK_VALUE, .what = wh, .required = true}
#define P_UNITS(nm, wh) {.name = nm, .kind = PK_UNITS, .what = wh, .required = true}
#define P_ACT(nm, wh) {.name = nm, .kind = PK_ACT, .what = wh}
#define P_NUMBER(nm, wh, req, check, d) \
    {.name = nm, .kind = PK_NUMBER, .what = wh, .required = req, .valid = check, .def = d}
#define P_CHOICE(nm, wh, names) {.name = nm, .kind = PK_CHOICE, .what = wh, .choices = names}
#define P_INT(nm, wh, req, check, names, d) \
    {.name = nm, .kind = PK_INT, .what = wh, .required = req, .valid = check, .choices = names, .def = d}
#define P_BOOL(nm, wh, d) {.name = nm, .kind = PK_BOOL, .what = wh, .def = d}

#define BUILTIN_MAX_PARAMS 8
#define BUILTIN_MAX_IN 2

typedef struct Graph Graph;
typedef struct Value Value;
typedef struct LowerCtx LowerCtx;

typedef struct BuiltinDef {
    const char *name;
    int nparams;
    Param params[BUILTIN_MAX_PARAMS];   /* the signature: positional order, keyword names */
    Act act;                            /* the activation it applies (relu(): ACT_RELU) */
    /* After binding (e->in[], act, argv set from the arguments, each
     * checked for its kind): the rules binding cannot say, reported at the
     * argument; the result's shape per sample, or rank 0 after an error.
     * in[] are the operands' shapes, all known. */
    Shape (*check)(Checker *c, Expr *e, const Shape *in);
    /* Parameters the call creates (dense: units x (in + 1)); NULL: none.
     * Only called on a call that checked. */
    long (*nparams_of)(const Expr *e);
    /* The graph ops: lowers its operands (lower_operand) and makes its
     * parameters (lower_param) in the order the checkpoint lists them, and
     * returns the result, named `name` (lower.c's helpers name the rest). */
    Value *(*lower)(LowerCtx *L, const Expr *e, const char *name);
    /* The op line of its --emit=dot label ("dense 784→256 relu\n200,960 params"). */
    void (*dot)(FILE *out, const Expr *e);
} BuiltinDef;

/* An activation (an ACT row of ops.def): its name, what its derivative
 * reads, and its formulas, in double for the interpreter and as kernel IR
 * (kbuild.c's act_kexpr and act_kgrad call them); defined in op_act.c. */
typedef enum ActFrom { ACT_FROM_OUT, ACT_FROM_IN } ActFrom;
struct KB;
struct KExpr;
typedef struct ActDef {
    const char *name;
    ActFrom from;              /* what its derivative reads: output or input */
    bool named;                /* `act =` takes it by name (ops.def's NAMED) */
    double (*f)(double x);
    double (*df)(double v);    /* act'(.) in terms of `from` */
    struct KExpr *(*kf)(struct KB *k, struct KExpr *x);                 /* act(x) */
    struct KExpr *(*kdf)(struct KB *k, struct KExpr *dy, struct KExpr *v);   /* dy act'(v) */
} ActDef;
const ActDef *act_def(Act a);  /* NULL for linear and softmax */

const BuiltinDef *builtin_def(Builtin b);

/* ---- the op families: losses and optimizers (ops.def LOSS, OPTIM rows) ---- */

/* A key of a train block call (an optimizer, a loss, a schedule): a
 * number in TrainConfig, its default and its range (lo <= x, or lo < x
 * when lo_open; x < hi unless hi is 0, x <= hi when hi_closed).  The
 * checker, the lowering and docs/language.md's tables (nnc --list-train,
 * tests/docs) all read these rows. */
typedef enum OptArgKind {
    OA_NUMBER,   /* any number in the range */
    OA_BOOL,     /* true or false: 1 or 0 */
    OA_INT,      /* a whole number in the range */
} OptArgKind;
typedef struct OptArg {
    const char *name;
    size_t offset;      /* into TrainConfig */
    double def;
    double lo, hi;
    bool lo_open;
    OptArgKind kind;
    bool required;      /* no default: must be given */
    bool hi_closed;     /* hi itself is allowed */
    const char *def_text;   /* the default as the docs say it, when not a number ("epochs") */
} OptArg;

struct KL;
struct KVar;
typedef struct LossDef {
    const char *name;
    Act needs;          /* the output's activation it needs; ACT_LINEAR: any */
    int nnrt_code;      /* NNRT_LOSS_*, for the runtime (accuracy, targets) */
    const char *nnrt_name;   /* the same as the generated C spells it */
    /* Appends the loss op, reading g->output (or its activation's operand,
     * which becomes g->logits) and a new g->target; sets g->loss. */
    void (*lower)(Graph *g, const TrainConfig *cfg);
    /* hits += the right answers among the n rows of the output (kernel IR,
     * kernel.h's kl_* helpers); NULL: none (regression). */
    void (*count_right)(struct KL *L, struct KVar *hits);
    const char *right_note;  /* what count_right counts, for the generated comment */
    int nargs;               /* its keys: huber(delta = 1.0), cross_entropy(label_smoothing = 0) */
    OptArg args[2];
    const char *torch;       /* the PyTorch equivalent, for the docs */
} LossDef;


#define OPTIM_MAX_ARGS 8
typedef struct OptimDef {
    const char *name;
    int nargs;
    OptArg args[OPTIM_MAX_ARGS];
    /* Floats of optimizer state per parameter, at least (limits.c). */
    int (*state_per_param)(const TrainConfig *c);
    /* Appends the update of parameter p (its gradient done) at the
     * learning rate lr (train.lr, a scalar of the training state); *step is
     * the shared step count, made by the first call that needs one. */
    void (*append)(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c);
    /* A rule between its keys the ranges cannot say (sgd: nesterov needs
     * momentum); NULL when none.  Returns the message, and the key whose
     * argument it is reported at. */
    const char *(*conflict)(const TrainConfig *c, const char **key);
    const char *torch;       /* the PyTorch equivalent, for the docs */
} OptimDef;

/* A learning-rate schedule (`schedule =`), stepped once per epoch by the
 * runtime (runtime/fit.c, nnrt_schedule_lr); code is its NNRT_SCHED_*. */
typedef struct SchedDef {
    const char *name;
    int code;
    int nargs;
    OptArg args[2];
    const char *torch;
} SchedDef;
const SchedDef *sched_def(int code);   /* NULL past the last */
long sched_t_max(const TrainConfig *c);  /* cosine's t_max: given, else epochs */

const LossDef *loss_def(LossKind l);      /* NULL for LOSS_NONE */
const OptimDef *optim_def(OptKind o);
/* The activation named `name` that `act =` takes (linear included), or -1. */
int act_lookup(const char *name);
/* The activations `act =` takes, for messages: "relu, sigmoid, tanh,
 * softmax<last>linear" (last: ", " or " or "). */
const char *act_list(const char *last);

/* ---- limits.c ---- */
#define NNC_MAX_SOURCE (64L << 20)                 /* bytes in a .nn file */
#define NNC_DEFAULT_MAX_WORKSPACE (4ULL << 30)     /* bytes; nnc --max-workspace */
/* read_file with the NNC_MAX_SOURCE bound in force while reading. */
char *limits_read_source(const char *path, size_t *len, const char **err);
/* After a clean check: the totals (activations over a batch, a lower
 * bound of the workspace) within their limits, else an error in d. */
bool limits_check(const Program *p, Diag *d, uint64_t max_workspace);

/* ---- dot.c ---- */
/* For the families' labels: n as 200,960; s escaped for a DOT string. */
void dot_put_count(FILE *out, long n);
void dot_put_escaped(FILE *out, const char *s);
/* The network as a Graphviz digraph: one node per live value, labelled
 * with its op and size (and parameter count for dense layers). */
void dot_emit(const Program *p, FILE *out);
/* One fused kernel for --emit=dot --stop-after=fuse: the dot node ids
 * ("h1", "h/1": see dot.c) of the ops it computes, and what it is called
 * ("matmul+bias+relu"). */
typedef struct DotFused {
    const char *label;
    const char *const *nodes;
    int nnodes;
} DotFused;
void dot_emit_fused(const Program *p, const DotFused *groups, int ngroups, FILE *out);
/* The node id of the call at `loc` (a live statement's), or NULL. */
const char *dot_node_of(const Program *p, Loc loc, Arena *a);

#endif
