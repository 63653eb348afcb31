/*
 * ir.h - the graph IR, and the passes that build and transform it.
 *
 * A Graph is an SSA list of tensor ops with static shapes.  Values are
 * defined once: by an op, or from outside (the input batch, the targets,
 * parameters, optimizer state).  Ops run in list order; an op whose
 * operands are all defined earlier in the list is well formed.  Each op
 * carries the Loc of the .nn source it came from, so a late pass can still
 * point at the user's line, and emitted code can say which line a loop
 * implements.
 *
 * Phases: lower.c gives the forward ops and the loss; autodiff.c appends
 * the backward ops; optim.c the updates.  Update ops write their first
 * operand (a parameter) and optimizer state in place: the only ops
 * without a result.
 */
#ifndef NNC_IR_H
#define NNC_IR_H

#include "ast.h"

typedef enum OpKind {
#define OP(e, text, nargs) OP_##e,
#include "ops.def"
#undef OP
    OP_COUNT
} OpKind;

typedef enum ValueKind {
    VK_INPUT,   /* the batch x [B,n] */
    VK_TARGET,  /* the targets: labels [B] for cross_entropy, else [B,n] */
    VK_PARAM,   /* a weight or bias: checkpointed under its own name */
    VK_STATE,   /* optimizer state: checkpointed under train.* */
    VK_TEMP,    /* the result of an op */
} ValueKind;

typedef enum Phase { PH_FORWARD, PH_LOSS, PH_BACKWARD, PH_UPDATE } Phase;

#define IR_BATCH (-1L)    /* dims[0] of a batched value: the batch size B */
#define IR_MAX_ARGS 5
#define IR_DEFAULT_BATCH 32L   /* Graph.batch of an inference-only model */

typedef struct Shape {
    int rank;          /* 0, 1 or 2 */
    long dims[2];      /* dims[0] may be IR_BATCH */
} Shape;

typedef struct Op Op;

typedef struct Value {
    int id;
    const char *name;  /* unique in the graph; printed as %name */
    ValueKind kind;
    Shape shape;
    Op *def;           /* VK_TEMP: the op defining it */
    Loc loc;

    /* VK_PARAM and VK_STATE */
    const char *ckpt;  /* checkpoint name: "h1.weight", "train.h1.weight.momentum" */
    InitKind init;     /* VK_PARAM: how create() fills it (biases: zero unless uniform) */
    long fan_in, fan_out;
    bool is_bias;
    struct Value *grad;   /* VK_PARAM after autodiff: d loss / d param */
    struct Value *param;  /* a gradient or a state value: the parameter it belongs to */
} Value;

struct Op {
    OpKind kind;
    Phase phase;
    Loc loc;
    Value *result;     /* NULL for update ops */
    Value *args[IR_MAX_ARGS];
    int nargs;
    double attr[5];    /* see ops.def for each op's meaning */
    Act act;           /* fused epilogue (fuse.c); ACT_LINEAR otherwise */
    Loc absorbed[4];   /* fuse.c: the source places of the ops merged into this one */
    int nabsorbed;
};

typedef struct Graph {
    Arena *arena;
    const char *name;          /* the model's name */
    long batch;                /* B: batch_size, or the default for inference-only models */
    struct { Op **items; int len, cap; } ops;
    struct { Value **items; int len, cap; } values;
    Value *input, *target, *output, *loss;
    Value *logits;             /* the output before its softmax or sigmoid, when the loss needs it */
    bool has_train;
    TrainConfig cfg;
} Graph;

/* ---- ir.c: building, shapes, verifying, printing ---- */
Graph *ir_new_graph(Arena *a, const char *name);
Value *ir_new_value(Graph *g, ValueKind kind, const char *name, Shape s, Loc loc);
/* Appends an op, infers its result's shape, and names the result (a fresh
 * name from `name` if taken; NULL: a numbered temporary). */
Value *ir_emit(Graph *g, OpKind k, Phase ph, Loc loc, const char *name,
               int nargs, Value **args);
Op *ir_emit_update(Graph *g, OpKind k, Loc loc, int nargs, Value **args);
/* ir_emit with attributes, set before the shape is inferred (slice's
 * bounds decide its shape), and the result shape of an op that has no
 * operand to take it from (dropout_mask); `shape` is ignored otherwise. */
Value *ir_emit_ex(Graph *g, OpKind k, Phase ph, Loc loc, const char *name, int nargs,
                  Value **args, int nattr, const double *attr, Shape shape);
Value *ir_find_value(const Graph *g, const char *name);   /* NULL if none */
bool ir_is_update(OpKind k);           /* sgd_update, adam_update, step_inc */
/* The name of Op.attr[i] for op kind k ("alpha", "lr", ...); NULL past the last. */
const char *ir_attr_name(OpKind k, int i);
/* The shortest text that reads back as the same double (the printer's form). */
const char *ir_number(double x, char *buf, size_t n);
Shape ir_shape(int rank, long d0, long d1);
bool ir_shape_eq(Shape a, Shape b);
long ir_shape_elems(Shape s, long batch);   /* with IR_BATCH taken as `batch` */
const char *ir_op_name(OpKind k);
int ir_op_nargs(OpKind k);
/* Checks SSA order, operand counts and shapes; reports compiler bugs to
 * `err` (one line each) and returns the number found. */
int ir_verify(const Graph *g, FILE *err);
/* Stable text: the same graph prints the same bytes. */
void ir_print(const Graph *g, FILE *out);

/* ---- lower.c: checked AST -> forward IR and loss ---- */
Graph *lower_program(const Program *p, Arena *a);

/* ---- autodiff.c: appends the backward pass ---- */
void autodiff(Graph *g);

/* ---- optim.c: appends the optimizer's updates ---- */
void optim_append(Graph *g);

/* ---- fuse.c: op fusion (matmul + bias + act epilogues, act' prologues) ---- */
void fuse(Graph *g);
/* fuse, and with act_prologue the act' prologues of matmul_nn, matmul_tn
 * and sum_rows (exact, but slower until the products pack A: fuse.c). */
void fuse_with(Graph *g, bool act_prologue);

/* ---- interp.c: the reference interpreter, double precision ---- */
typedef struct Interp Interp;
/* Storage for every value; parameters initialised by the runtime's rules
 * from `seed` (the same numbers NAME_create gives). */
Interp *interp_new(const Graph *g, uint64_t seed);
void interp_free(Interp *in);
double *interp_value(Interp *in, const Value *v, size_t *len);  /* its storage */
/* One training step on n samples: forward, loss, backward, updates.
 * x: n x input size; t: labels (n) or n x output size.  Returns the loss. */
double interp_train_step(Interp *in, const double *x, const double *t, long n);
/* Forward and loss only (dropout as identity unless `training`).
 * t may be NULL: forward only, returns 0. */
double interp_forward(Interp *in, const double *x, const double *t, long n, bool training);
/* Runs the ops of phases up to `last` on the values as they are stored
 * (tests fill them through interp_value); n rows stand for B.  Returns
 * the loss when it was computed, else 0. */
double interp_run(Interp *in, long n, Phase last, bool training);
/* The training generator (dropout masks): tests save and restore it to
 * replay a step with the same masks. */
struct nnrt_rng *interp_rng(Interp *in);

#endif
