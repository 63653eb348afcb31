/*
 * ir.h - the graph IR, the op table's rules, and the passes that build
 * and transform the graph.
 *
 * A Graph is an SSA list of tensor ops with static shapes.  Values are
 * defined once: by an op, or from outside (the input batch, the targets,
 * parameters, optimizer state).  Ops run in list order; an op whose
 * operands are all defined earlier in the list is well formed.  Each op
 * carries the Loc of the .nn source it came from, so a late pass can still
 * point at the user's line, and emitted code can say which line a loop
 * implements.
 *
 * Every op kind is a row of ops.def whose OpDef (below) holds its rules;
 * the passes dispatch through the table and name no op kind themselves
 * (docs/design.md, "Adding an op").
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
#define ACT(e, name, from, named) OP_##e, OP_##e##_GRAD,
#define OP(e, name, family) OP_##e,
#include "ops.def"
    OP_COUNT
} OpKind;

typedef enum ValueKind {
    VK_INPUT,   /* the batch x [B,n] */
    VK_TARGET,  /* the targets: labels [B] for cross_entropy, else [B,n] */
    VK_PARAM,   /* a weight or bias: checkpointed under its own name */
    VK_STATE,   /* optimizer state: checkpointed under train.* */
    VK_TEMP,    /* the result of an op */
    VK_BUFFER,  /* a layer's buffer (batch norm's running statistics): checkpointed
                   under its own name, no gradient, not a parameter */
} ValueKind;

typedef enum Phase { PH_FORWARD, PH_LOSS, PH_BACKWARD, PH_UPDATE } Phase;

#define IR_BATCH (-1L)    /* dims[0] of a batched value: the batch size B */
#define IR_MAX_ARGS 8
#define IR_MAX_ATTRS 6
#define IR_DEFAULT_BATCH 32L   /* Graph.batch of an inference-only model */

typedef struct Op Op;

struct Value {
    int id;
    const char *name;  /* unique in the graph; printed as %name */
    ValueKind kind;
    Shape shape;       /* dims[0] may be IR_BATCH */
    Op *def;           /* VK_TEMP: the op defining it */
    Loc loc;

    /* VK_PARAM and VK_STATE */
    const char *ckpt;  /* checkpoint name: "h1.weight", "train.h1.weight.momentum" */
    InitKind init;     /* VK_PARAM: how create() fills it (biases: zero unless uniform) */
    long fan_in, fan_out;
    bool is_bias;
    bool ones;         /* VK_PARAM, VK_BUFFER: created as ones (batch norm's scale,
                          running variance); a buffer otherwise zeros */
    bool lr;              /* VK_STATE: the learning rate (train.lr), the train block's at creation */
    struct Value *grad;   /* VK_PARAM after autodiff: d loss / d param */
    struct Value *param;  /* a gradient or a state value: the parameter it belongs to */
};

struct Op {
    OpKind kind;
    Phase phase;
    Loc loc;
    Value *result;     /* NULL for update ops */
    Value *args[IR_MAX_ARGS];
    int nargs;
    double attr[IR_MAX_ATTRS];   /* named by the op's OpDef.attrs */
    Act act;           /* fused epilogue or prologue (fuse.c); ACT_LINEAR otherwise */
    Loc absorbed[4];   /* fuse.c: the source places of the ops merged into this one */
    int nabsorbed;
};

typedef struct ValueIndex ValueIndex;

struct Graph {
    Arena *arena;
    const char *name;          /* the model's name */
    long batch;                /* B: batch_size, or the default for inference-only models */
    struct { Op **items; int len, cap; } ops;
    struct { Value **items; int len, cap; } values;
    Value *input, *target, *output, *loss;
    Value *logits;             /* the output before its softmax or sigmoid, when the loss needs it */
    Value *clip;               /* clip_grad_norm: the coefficient, a scalar of the update phase */
    bool has_train;
    TrainConfig cfg;
    Prep prep;                 /* what the runtime does to the raw input first */
    ValueIndex *index;         /* values by name (ir.c) */
    const char *bn_single;     /* op_norm.c: the first batch_norm with one value per channel
                                  in a sample (nnrt_model_desc.bn_single), else NULL */
    int conv_slots;            /* op_conv.c: shares of the batch a convolution splits across
                                  threads (nnc --threads N: N, at most 8); 0 or 1: none */
};

/* The most shares of a batch a convolution splits into (Graph.conv_slots):
 * each has its own scratch, so more cost memory for cores few machines
 * running nnc's small networks have. */
#define CONV_SLOTS_MAX 8

/* ---- the op table: what each row of ops.def defines ------------------- */

typedef struct ShapeErr {
    char msg[160];
} ShapeErr;

typedef struct AD AD;          /* autodiff.c: the pass's state */
typedef struct OnnxCtx OnnxCtx;   /* emit_onnx.c: the ONNX model being built */
typedef struct OnnxNode OnnxNode;
typedef struct Interp Interp;  /* interp.c: the reference interpreter */
struct KL;                     /* kernel.c: the lowering's state (kernel.h) */

/* Facts the passes act on without naming op kinds. */
enum {
    OPF_UPDATE = 1 << 0,       /* writes operand 0 (a parameter) and state in place; no result */
    OPF_UPDATE_STATE = 1 << 1, /* with OPF_UPDATE: every operand is state (step_inc) */
    OPF_EPILOGUE = 1 << 2,     /* takes act= on its result, applied as it is stored */
    OPF_ROW_EPILOGUE = 1 << 3, /* ... softmax too (its whole row is at hand) */
    OPF_BIAS_SLOT = 1 << 4,    /* two operands: can take a following bias_add as a third */
    OPF_BIAS = 1 << 5,         /* adds operand 1 to every row of operand 0 */
    OPF_PROLOGUE = 1 << 6,     /* a reader of dy (operand 0) that can take act= as dy *
                                  act'(v), v an extra last operand (fuse.c) */
    OPF_ACT = 1 << 7,          /* act(operand 0), OpDef.act: an epilogue candidate */
    OPF_ACT_GRAD = 1 << 8,     /* dy * act'(v) of (dy, v), OpDef.act: a prologue candidate */
    OPF_PREDICT_ALIAS = 1 << 9,/* predicting, its result is its operand 0 (dropout) */
    OPF_TRAIN_ONLY = 1 << 10,  /* not run when predicting (dropout_mask) */
    OPF_MODE = 1 << 11,        /* computes otherwise when predicting (batch norm's
                                  statistics: the batch's, or the running ones) */
    OPF_STOP_GRAD = 1 << 12,   /* its result passes no gradient on: its reader's
                                  rule covers it (batch norm's statistics) */
    OPF_GRAD_EPILOGUE = 1 << 13,/* a gradient (dy, x, ...) -> dx that can take act= as
                                  dx * act'(x) of the act_grad after it (fuse.c) */
};

typedef struct OpDef {
    const char *name;          /* the IR's text */
    int min_args, max_args;    /* operand count */
    const char *attrs[IR_MAX_ATTRS + 1];   /* Op.attr's names as printed; NULL ends */
    unsigned flags;            /* OPF_* */
    Act act;                   /* OPF_ACT, OPF_ACT_GRAD: which activation */
    /* The result's shape from the operands and attributes; ops with no
     * operand to take it from keep *out as given.  False with a message. */
    bool (*shape)(const Op *op, Shape *out, ShapeErr *e);
    /* The derivative rule: given dy, the gradient of the result (NULL for
     * the loss, whose own is 1), gives each needed operand its share
     * (autodiff.c's ad_* helpers).  NULL: ops of the backward pass and the
     * updates, which are never differentiated. */
    void (*grad)(AD *ad, const Op *op, Value *dy);
    /* Reference semantics in double (interp.c's helpers), act= included. */
    void (*run)(Interp *in, const Op *op, bool training);
    /* Floating-point operations for one row of the batch (plan.c). */
    double (*flops)(const Graph *g, const Op *op);
    /* The loops (kernel.c's kl_* and kbuild.c's kb_* helpers). */
    void (*lower)(struct KL *L, const Op *op);
    /* Floats of scratch its loops need for themselves (a convolution's
     * unfolded patches), live during the op only; NULL: none (plan.c). */
    long (*scratch)(const Graph *g, const Op *op);
    /* Its ONNX nodes in the exported inference graph (emit_onnx.c's
     * onnx_* helpers): in[i] names operand i, `out` the result (before a
     * fused act=, which the exporter applies).  NULL: not in a predicting
     * forward pass (backward, losses, updates, ops predicting skips). */
    void (*onnx)(OnnxCtx *X, const Op *op, const char *const *in, const char *out);
} OpDef;

const OpDef *op_def(OpKind k);
bool op_has(const Op *op, unsigned flag);

/* The graph ops of an activation (its op and its derivative's op), found
 * in the table by their flags (ir.c). */
OpKind act_op(Act a);
OpKind act_grad_op(Act a);
/* ---- op_act.c: for the other families ---- */
/* y = act(y) over rows x cols (softmax: per row), in place, in double. */
void act_apply(Act a, double *y, long rows, long cols);

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
bool ir_is_update(OpKind k);           /* OPF_UPDATE */
/* The name of Op.attr[i] for op kind k ("alpha", "lr", ...); NULL past the last. */
const char *ir_attr_name(OpKind k, int i);
/* The shortest text that reads back as the same double (the printer's form). */
const char *ir_number(double x, char *buf, size_t n);
const char *ir_op_name(OpKind k);
int ir_op_nargs(OpKind k);             /* -1 when it varies */

/* Shapes in the graph.  A batched value has IR_BATCH in dims[0]; its
 * rows are the batch and each row holds ir_row_size floats.  A weight
 * [o,i] (or [F,C,k,k]) is o rows of i (C k k) floats; a vector [n] is one
 * row of n; the labels [B] are B rows of one; a scalar one float. */
Shape ir_shape(int rank, long d0, long d1);           /* rank 0, 1 or 2 */
Shape ir_batch_of(Shape sample);                      /* [B, sample...] */
bool ir_shape_eq(Shape a, Shape b);
bool ir_batched(Shape s);
long ir_row_size(Shape s);                 /* floats per row */
long ir_shape_elems(Shape s, long batch);  /* with IR_BATCH taken as `batch` */
/* "[B,784]", "[256]", "[]" */
const char *ir_shape_str(Shape s, char *buf, size_t n);
/* For the families' shape rules: a false return with the message set. */
bool ir_shape_fail(ShapeErr *e, const char *what, Shape a, Shape b);
bool ir_need_rank(Shape a, int rank, ShapeErr *e);
bool ir_same_shape(Shape a, Shape b, Shape *out, ShapeErr *e);   /* out = a */

/* Checks SSA order, operand counts and shapes; reports compiler bugs to
 * `err` (one line each) and returns the number found. */
int ir_verify(const Graph *g, FILE *err);
/* Stable text: the same graph prints the same bytes. */
void ir_print(const Graph *g, FILE *out);

/* Floating-point operations of an elementwise op for one row: 1 per
 * element it writes (a loss: per element it reads), 2 more for a fused act. */
double ir_flops_elementwise(const Graph *g, const Op *op);

/* ---- lower.c: checked AST -> forward IR and loss ---- */
Graph *lower_program(const Program *p, Arena *a);
/* For the families' BuiltinDef.lower rules. */
Graph *lower_graph(LowerCtx *L);
Value *lower_operand(LowerCtx *L, const Expr *e, int i);   /* e->in[i], lowered */
const char *lower_stmt_name(LowerCtx *L);      /* the statement being lowered */
/* A parameter of the call e: "LAYER.suffix", created in the order asked. */
Value *lower_param(LowerCtx *L, const Expr *e, const char *suffix, Shape s, long fan_in,
                   long fan_out);
/* A buffer of the call e: "LAYER.suffix", zeros or ones at creation. */
Value *lower_buffer(LowerCtx *L, const Expr *e, const char *suffix, Shape s, bool ones);
/* "stmt.what": the name of a value inside a statement's expression. */
const char *lower_inner_name(LowerCtx *L, const char *what);

/* ---- autodiff.c: appends the backward pass ---- */
void autodiff(Graph *g);
/* For the families' derivative rules (OpDef.grad). */
Graph *ad_graph(AD *ad);
bool ad_needed(const AD *ad, const Value *v);       /* its gradient is needed */
const char *ad_share_name(const AD *ad, const Value *v);   /* %d.v or %d.v.2 */
void ad_give(AD *ad, const Value *v, Value *share);         /* a share of v's gradient */
/* k(a[, b]) in the backward phase at the op's place, named `name`. */
Value *ad_emit(AD *ad, OpKind k, const char *name, Value *a, Value *b);
/* Emits k(a, b) as the share of operand `slot`, if that one is needed. */
void ad_share_op(AD *ad, const Op *op, int slot, OpKind k, Value *a, Value *b);
/* Passes dy on unchanged to operand `slot`. */
void ad_share_same(AD *ad, const Op *op, int slot, Value *dy);

/* ---- emit_onnx.c: the inference graph as ONNX (--emit=onnx) ---- */
typedef struct OnnxOptions {
    int opset;                 /* 13 or 17 */
    const char *weights;       /* a .nnck to take the weights from; NULL: NAME_create(seed)'s */
    const char *source;        /* the .nn text (the train block goes into metadata_props) */
    size_t source_len;
} OnnxOptions;
/* Writes the model of g (the lowered and fused forward graph) to out.
 * 0, or the exit status after a message on stderr (a damaged checkpoint
 * or one of another model: 1; one that cannot be read: 2). */
int onnx_emit(const Program *p, Graph *g, const OnnxOptions *o, Arena *a, FILE *out);
/* For the families' OpDef.onnx rules.  A node op_type(in[0..nin)) -> out;
 * its attributes are added before the next node is made. */
OnnxNode *onnx_node(OnnxCtx *X, const char *op_type, int nin, const char *const *in, const char *out);
void onnx_attr_int(OnnxNode *n, const char *name, long v);
void onnx_attr_ints(OnnxNode *n, const char *name, int count, const long *v);
void onnx_attr_float(OnnxNode *n, const char *name, double v);
int onnx_opset(const OnnxCtx *X);
/* A fresh name for an intermediate of the node(s) that make `out`. */
const char *onnx_tmp(OnnxCtx *X, const char *out, const char *what);
/* A float initializer (a constant of a rule: gelu's sqrt(1/2)). */
const char *onnx_const(OnnxCtx *X, const char *name, int rank, const long *dims, const float *v);
const char *onnx_scalar(OnnxCtx *X, const char *name, double v);
/* The ONNX name of a value the graph has defined (a parameter's is its
 * checkpoint name: it becomes an initializer). */
const char *onnx_name(OnnxCtx *X, const Value *v);

/* ---- optim.c: appends the optimizer's updates ---- */
void optim_append(Graph *g);
/* op_optim.c: clip_grad_norm's coefficient, from the whole gradient
 * region (first: the first parameter's gradient), in the update phase. */
Value *optim_clip_coef(Graph *g, Value *first, const TrainConfig *c);

/* ---- fuse.c: op fusion (matmul + bias + act epilogues, act' prologues) ---- */
void fuse(Graph *g);
/* fuse, and with act_prologue the act' prologues of matmul_nn, matmul_tn
 * and sum_rows (exact, but slower until the products pack A: fuse.c). */
void fuse_with(Graph *g, bool act_prologue);

/* ---- interp.c: the reference interpreter, double precision ---- */
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
/* For the families' reference semantics (OpDef.run). */
double *interp_v(Interp *in, const Value *v);        /* a value's storage */
long interp_rows(const Interp *in, const Value *v);  /* rows, IR_BATCH as this run's n */
long interp_cols(const Value *v);                    /* floats per row */
long interp_elems(const Interp *in, const Value *v);
const Graph *interp_graph(const Interp *in);
/* dy * act'(v), or dy itself when op has no act (op_act.c's formulas):
 * a copy the caller frees with interp_grad_done, or dy. */
double *interp_grad_in(Interp *in, const Op *op, int vslot);
void interp_grad_done(const Op *op, int vslot, double *d);
/* Scratch floats for the runtime's masks, n of them. */
float *interp_fscratch(Interp *in, size_t n);

#endif
