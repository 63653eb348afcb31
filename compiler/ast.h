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

/* The ops of the language (LANGUAGE.md's table).  BI_NONE: not resolved. */
typedef enum Builtin {
    BI_NONE,
    BI_DENSE, BI_RELU, BI_SIGMOID, BI_TANH, BI_LEAKY_RELU, BI_SOFTMAX,
    BI_ADD, BI_CONCAT, BI_DROPOUT,
} Builtin;

/* Activations a dense layer may end with. */
typedef enum Act { ACT_LINEAR, ACT_RELU, ACT_SIGMOID, ACT_TANH, ACT_SOFTMAX } Act;

typedef enum InitKind { INIT_DEFAULT, INIT_HE, INIT_XAVIER, INIT_UNIFORM } InitKind;
typedef enum LossKind { LOSS_NONE, LOSS_MSE, LOSS_CROSS_ENTROPY, LOSS_BCE } LossKind;
typedef enum OptKind { OPT_SGD, OPT_ADAM } OptKind;

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
    long size;         /* check.c, every value expression: floats per sample */
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
            Act act;           /* BI_DENSE: its activation (ACT_LINEAR if none) */
            InitKind init;     /* BI_DENSE: resolved (never INIT_DEFAULT) */
            Expr *in[2];       /* operands: in[0] for unary ops, both for add/concat */
            union {
                long units;    /* BI_DENSE */
                double param;  /* BI_LEAKY_RELU: alpha; BI_DROPOUT: rate */
            };
            const char *layer; /* BI_DENSE: checkpoint prefix, "h1" or "y_1" */
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
    Expr *size_expr;   /* ST_INPUT: the number between [ ] */

    /* ---- filled by check.c ---- */
    long size;         /* ST_INPUT, ST_ASSIGN: floats per sample */
    Stmt *def;         /* ST_OUTPUT: the statement it names */
    int uses;          /* how many expressions name this value */
    bool live;         /* reaches the output (else dropped with a warning) */
    bool c_reserved;   /* the name is a C keyword or library name: mangle it */
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
    double lr, momentum, weight_decay;  /* sgd and adam */
    double beta1, beta2, eps;           /* adam */
    long batch_size, epochs;
    InitKind init;                      /* INIT_DEFAULT: per layer */
    uint64_t seed;
    double validation;
    long early_stopping;                /* patience; 0 = off */
    const char *data;                   /* NULL if not given */
    Loc loss_loc;                       /* the `loss` key, for late errors */
} TrainConfig;

typedef struct Program {
    const char *name;  /* the model's name */
    Loc loc;           /* the `model` keyword */
    Loc name_loc;
    struct { Stmt **items; int len, cap; } stmts;
    bool has_train;
    Loc train_loc;
    struct { TrainEntry *items; int len, cap; } train;

    /* ---- filled by check.c ---- */
    Stmt *input, *output;
    TrainConfig cfg;   /* valid when has_train */
} Program;

/* ---- ast.c: builders (the grammar's actions call these) ----
 * They keep the strings they are given, which must live in `a`: names
 * interned there (arena_intern), as the lexer gives them. */
Program *ast_program(Arena *a);
Stmt *ast_input(Arena *a, Loc loc, const char *name, Loc name_loc, Expr *size);
Stmt *ast_assign(Arena *a, const char *name, Loc name_loc, Expr *value);
Stmt *ast_output(Arena *a, Loc loc, const char *name, Loc name_loc);
Expr *ast_name(Arena *a, Loc loc, const char *name);
Expr *ast_call(Arena *a, Loc loc, const char *name);
void ast_call_args(Arena *a, Expr *call, const Arg *args, int n);
Expr *ast_number(Arena *a, Loc loc, const char *text);
Expr *ast_string(Arena *a, Loc loc, const char *decoded);
const char *builtin_name(Builtin b);
const char *act_name(Act a);
const char *loss_name(LossKind l);
const char *init_name(InitKind i);

/* ---- grammar/nn.y: the parser ---- */
/* Parses `text` (NUL-terminated, `len` bytes).  Syntax errors go to `d`,
 * several per run thanks to error recovery.  Returns the tree, possibly
 * partial when there were errors; NULL only when nothing was recognised. */
Program *parse_program(Arena *a, Diag *d, const char *text, size_t len);
#define NNC_MAX_NESTING 200   /* deeper calls: an error, not a stack overflow */

/* ---- check.c ---- */
/* Resolves and checks the whole program; reports every error it finds.
 * Returns true when there were none (warnings allowed).  `a` is the arena
 * the program was parsed into: its names are interned there. */
bool check_program(Program *p, Diag *d, Arena *a);

/* ---- limits.c ---- */
#define NNC_MAX_SOURCE (64L << 20)                 /* bytes in a .nn file */
#define NNC_DEFAULT_MAX_WORKSPACE (4ULL << 30)     /* bytes; nnc --max-workspace */
/* read_file with the NNC_MAX_SOURCE bound in force while reading. */
char *limits_read_source(const char *path, size_t *len, const char **err);
/* After a clean check: the totals (activations over a batch, a lower
 * bound of the workspace) within their limits, else an error in d. */
bool limits_check(const Program *p, Diag *d, uint64_t max_workspace);

/* ---- dot.c ---- */
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
