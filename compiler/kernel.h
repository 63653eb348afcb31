/*
 * kernel.h - the kernel IR, the memory plan, and the backends that print
 * or build it.
 *
 * The graph IR says what to compute (matmul, softmax, sgd_update); the
 * kernel IR says how: loops with constant bounds (or the run-time row
 * count n), loads and stores at planned offsets in one workspace, scalar
 * arithmetic, and a few runtime calls outside the hot loops.  Every
 * decision about loops (order, blocking, what is fused into an epilogue,
 * what runs in parallel) is made once, in kernel.c; emit_c.c prints the
 * result as C and emit_llvm.c builds the same loops with the LLVM C API,
 * so the two backends cannot drift apart in meaning.
 *
 * The IR is deliberately small:
 *   KProgram  the model: its kernel functions plus the descriptor table
 *   KFunc     forward / grad_step / update_step / eval_batch / a
 *             shared product / a piece of a long one;
 *             parameters, body
 *   KStmt     block (one graph op, with its Loc), for, let, assign, store,
 *             call (runtime helpers), return
 *   KExpr     constants, n, variables, loads, unary/binary ops, fma, select
 * Values are float32 (KT_F32), indices (KT_IDX: size_t in C, i64 in LLVM)
 * or conditions (KT_BOOL).  Variables are mutable scalars (LLVM: an
 * alloca in the entry block, which mem2reg promotes).
 *
 * Growth: vector types get a width field on KExpr (a load of `width`
 * consecutive floats, a broadcast, a horizontal sum); register blocking is
 * several accumulators and unrolled statements in the same IR; KL_PARALLEL
 * on a loop marks its iterations independent (OpenMP in C, the runtime's
 * thread pool in LLVM).  Convolution is more loops over the same buffers.
 */
#ifndef NNC_KERNEL_H
#define NNC_KERNEL_H

#include "ir.h"

/* ---- plan.c: the memory plan ------------------------------------------ */

/* Every value of the step gets an offset (in floats) into one workspace,
 * in this order: parameters in source order, optimizer state, every
 * parameter's gradient (one contiguous region, so a single allreduce can
 * cover them all), then activations and scratch.  Every buffer starts on
 * a 64-byte boundary.  The batch input and the targets are not in the
 * workspace: they are the caller's arrays.  Scratch buffers whose
 * lifetimes (op indices within one call) do not overlap share memory
 * when PlanOptions.share is set. */
#define PLAN_ALIGN 16    /* floats: 64 bytes */

typedef struct Plan {
    long *offset;                   /* by Value id; -1: not in the workspace */
    long *size;                     /* by Value id: floats reserved */
    int nvalues;
    long total;                     /* workspace floats */
    long param_begin, param_end;    /* [begin, end) of each region */
    long state_begin, state_end;
    long grad_begin, grad_end;
    long scratch_begin;
    long total_unshared;            /* what `total` would be with no sharing */
    long *op_scratch;               /* by op index: its own scratch (floats into ws), or -1 */
    int nops;
} Plan;

typedef struct PlanOptions {
    bool share;     /* let buffers whose lifetimes do not overlap share memory */
    /* Scratch an op's lowering needs for itself (a packed panel, say), in
     * floats, or 0; it is live during that op only.  NULL: none. */
    long (*op_scratch)(const Graph *g, const Op *op, void *ctx);
    void *ctx;
    bool no_op_scratch;   /* leave out every op's own scratch (--stats: to show its cost) */
} PlanOptions;

Plan *plan_memory(const Graph *g, const PlanOptions *o, Arena *a);
long plan_offset(const Plan *p, const Value *v);     /* -1 if external */
bool plan_in_workspace(const Plan *p, const Value *v);
/* The offset of op's own scratch (PlanOptions.op_scratch), or -1. */
long plan_op_scratch(const Plan *p, const Graph *g, const Op *op);

/* ---- stats.c: nnc --stats --------------------------------------------- */
/* The per-layer table (name, op, shape, parameters, forward FLOPs per
 * sample), parameters, the workspace with and without sharing and what
 * the im2col scratch costs, FLOPs per sample (forward; a training step). */
void stats_print(const Program *p, const Graph *g, Arena *a, FILE *out);

/* ---- kernel.c: graph IR -> kernel IR ---------------------------------- */

/* KT_IDX: an index, unsigned (size_t in C, i64 with unsigned compares in
 * LLVM): loop counters and the offsets they make.  KT_SIDX: a signed
 * index (ptrdiff_t; i64 with signed compares and division), for
 * arithmetic that may go below zero, such as a padded window's
 * oh * stride + kh - pad, tested before it is used.  KT_I32: only the
 * element type of an integer buffer (an argmax), which loads as KT_SIDX. */
typedef enum KType { KT_F32, KT_IDX, KT_BOOL, KT_SIDX, KT_I32 } KType;

/* A scalar variable: a loop index or an accumulator. */
typedef struct KVar {
    const char *name;   /* a C identifier, unique among live variables */
    KType type;
    int id;             /* dense per function: LLVM's alloca table */
    int width;          /* KT_F32: 0 or 1 a scalar, KV_WIDTH a vector of floats */
} KVar;

/* A function parameter. */
typedef enum KParamKind {
    KP_WS,        /* float *ws: the workspace */
    KP_RNG,       /* nnrt_rng *rng */
    KP_IN,        /* const float *: the input batch or the targets */
    KP_OUT,       /* float *: predictions */
    KP_N,         /* size_t n: rows in this call, 1..batch_size */
    KP_CORRECT,   /* float *correct: eval_batch's count of right answers */
    KP_PW,        /* float *pw: where the parameters are (forward: the model's own
                     ws, or another model's for a context; nnrt_ctx) */
} KParamKind;

typedef struct KParam {
    KParamKind kind;
    const char *name;
    bool used;            /* the body reads it (kb_end_func); else (void) */
} KParam;

/* An array a kernel reads or writes: a region of the workspace, or a
 * parameter of the function.  Floats, or 32-bit integers (elem KT_I32: a
 * workspace region of the same 4-byte slots, viewed as int32_t). */
typedef struct KBuf {
    const char *name;     /* C identifier, after the value it holds */
    int id;               /* dense per program (kbuild.c): readers mark by it */
    const Value *value;   /* NULL for scratch with no graph value */
    int param;            /* index into KFunc.params, or -1: workspace */
    long offset;          /* floats into ws (param == -1) */
    Shape shape;          /* for the comment: (B, 256) */
    KType elem;           /* KT_F32 or KT_I32 */
    bool readonly;
} KBuf;

typedef enum KExprKind {
    KE_CONST,     /* f (float) */
    KE_INT,       /* i (index) */
    KE_N,         /* the row count n */
    KE_VAR,       /* var */
    KE_LOAD,      /* buf[a] */
    KE_UNARY,     /* op a */
    KE_BINARY,    /* a op b */
    KE_FMA,       /* a * b + c, one rounding where the target has it */
    KE_SELECT,    /* a ? b : c, a is KT_BOOL */
    KE_BCAST,     /* a scalar float a in every lane of a vector (width) */
    KE_HSUM,      /* the sum of the lanes of vector a: a scalar float */
} KExprKind;

/* Vectors (gemm.c).  A KT_F32 expression with width KV_WIDTH is a vector
 * of that many floats: KE_LOAD of width W reads buf[a .. a+W) (no
 * alignment promised), KE_BCAST splats a scalar, KE_FMA / KE_BINARY
 * (add, sub, mul, max) work lane by lane on operands of the same width,
 * KE_VAR names a vector variable (KVar.width), KE_HSUM adds the lanes.
 * KS_STORE of a vector value writes (or, accum, adds to) W consecutive
 * floats.  Width 0 or 1 is a scalar; KV_WIDTH is the only vector width,
 * 16 floats = one AVX-512 register (C: a GCC vector type, which the
 * compiler splits on narrower targets; LLVM: <16 x float>). */
#define KV_WIDTH 16

/* KO_TANH is not libm's tanhf, whose call cost three quarters of a small
 * tanh network's training step: both backends compute one rational
 * function (Eigen's fast tanh, within 3 ulp of tanh over all floats) with
 * plain arithmetic, which vectorises.  x clamped to [-KTANH_CLAMP,
 * KTANH_CLAMP] by compare and select (NaN stays NaN); t = x * x;
 * p = Horner(ktanh_p, t), q = Horner(ktanh_q, t), coefficients highest
 * degree first, each step one multiply-add; the result x * p / q, or x
 * itself where |x| < KTANH_TINY. */
#define KTANH_CLAMP 7.99881172180175781
#define KTANH_TINY 0.0004
extern const double ktanh_p[7], ktanh_q[4];

typedef enum KOp {
    /* binary */
    KO_ADD, KO_SUB, KO_MUL, KO_DIV, KO_MIN, KO_MAX, KO_POW,
    KO_LT, KO_LE, KO_GT, KO_EQ,       /* -> KT_BOOL */
    /* unary */
    KO_NEG, KO_EXP, KO_LOG, KO_LOG1P, KO_TANH, KO_SQRT, KO_ABS,
    KO_ERF,       /* libm's erff (C), called by name (LLVM) */
    KO_TO_F32,    /* index (either kind) -> float */
    KO_TO_IDX,    /* float (a class label) -> index, truncating; or a signed
                     index known to be at least 0 -> index */
    KO_TO_SIDX,   /* index -> signed index */
} KOp;

typedef struct KExpr KExpr;
struct KExpr {
    KExprKind kind;
    KType type;
    int width;            /* KT_F32: 0 or 1 scalar, else KV_WIDTH lanes */
    KOp op;
    double f;
    long i;
    KVar *var;
    KBuf *buf;
    KExpr *a, *b, *c;
};

typedef struct KStmt KStmt;
typedef struct KBlock {
    KStmt **items;
    int len, cap;
} KBlock;

typedef enum KStmtKind {
    KS_BLOCK,     /* body: the loops of one graph op; loc and note say which */
    KS_FOR,       /* for (var = lo; var < hi; var += step) body */
    KS_LET,       /* declare var = val */
    KS_ASSIGN,    /* var = val, or var += val when accum */
    KS_STORE,     /* buf[idx] = val, or += when accum */
    KS_CALL,      /* a runtime helper, outside hot loops */
    KS_RETURN,    /* return val (or nothing) */
    KS_IF,        /* if (val) body: val is KT_BOOL; the body's loads may rely
                     on it (a padded window reads only inside the image) */
} KStmtKind;

typedef enum KCallee {
    KC_DROPOUT_MASK,  /* nnrt_dropout_mask(rng, dst, count, rate) */
    KC_DROPOUT_PART,  /* nnrt_dropout_mask_part(rng, dst, count, lo, hi, rate): the
                         mask's floats [lo, hi), rng unmoved (on threads) */
    KC_DROPOUT_SKIP,  /* nnrt_dropout_mask_skip(rng, count): rng past the mask */
    KC_ZERO,          /* dst[0 .. count) = 0 */
    KC_COPY,          /* dst[0 .. count) = src[0 .. count) */
    KC_KERNEL,        /* a kernel function of the model, func: forward (count rows
                         of src through the network, no dropout, into dst) or a
                         shared product; args[i] is the buffer for its parameter
                         i (ws, n and rng are the caller's; NULL args: the
                         parameters are ws, src, dst, n) */
} KCallee;

/* Loop flags: facts the lowering knows and a backend may use. */
enum {
    KL_PARALLEL = 1,  /* iterations independent: may be split across threads */
    KL_VECTOR = 2,    /* the innermost loop of a kernel over contiguous memory */
    KL_REDUCE = 4,    /* accumulates into a variable (reassociation changes rounding) */
    KL_THREADS = 8,   /* with KL_PARALLEL: worth splitting across threads (big
                         products); C: a function of its own, called from an
                         OpenMP parallel region under _OPENMP,
                         LLVM: the runtime's pool; other KL_PARALLEL loops stay
                         on one thread, where a fork would cost more than it saves */
    KL_ROW = 16,      /* a short row of a copy or sum between buffers that do not
                         overlap (the patches of a convolution and its image): no
                         iteration loads what another stores.  C says so to the
                         compiler (NNC_ROW), which otherwise unrolled the row's 13-14
                         iterations into scalar code, unable to tell the buffers
                         apart: a tenth of fashion_cnn's step */
};

struct KStmt {
    KStmtKind kind;
    Loc loc;              /* the .nn source: comments now, debug info later */
    const char *note;     /* KS_BLOCK: what the op is, "h1 = relu(h1_lin)" */
    int prof;             /* KS_BLOCK of a graph op in a step function: its
                           * row in KProgram.prof (--profile), plus 1; 0: none */
    KBlock body;          /* KS_BLOCK, KS_FOR */
    KVar *var;            /* KS_FOR, KS_LET, KS_ASSIGN */
    KExpr *lo, *hi;       /* KS_FOR; KS_CALL: KC_DROPOUT_PART's range */
    long step;            /* KS_FOR */
    unsigned flags;       /* KS_FOR: KL_* */
    KExpr *fork_if;       /* KS_FOR with KL_THREADS: threads only when this holds
                             (the rows of this call make the work worth a fork);
                             NULL: always */
    KBuf *buf;            /* KS_STORE; KS_CALL: the destination */
    KBuf *src;            /* KS_CALL: KC_COPY's and KC_KERNEL's source */
    KBuf **args;          /* KS_CALL, KC_KERNEL: a buffer per parameter of func */
    KExpr *idx;           /* KS_STORE */
    KExpr *val;           /* KS_LET, KS_ASSIGN, KS_STORE, KS_RETURN; KS_CALL: count;
                             KS_IF: the condition */
    bool accum;           /* KS_ASSIGN, KS_STORE: += instead of = */
    KCallee callee;       /* KS_CALL */
    double rate;          /* KS_CALL: KC_DROPOUT_MASK, KC_DROPOUT_PART */
    const struct KFunc *func;     /* KS_CALL: KC_KERNEL's function */
};

typedef enum KFuncKind { KF_FORWARD, KF_GRAD_STEP, KF_UPDATE_STEP, KF_EVAL_BATCH } KFuncKind;

typedef struct KFunc {
    KFuncKind kind;
    const char *name;          /* "forward": backends prefix the model's name */
    struct { KParam *items; int len, cap; } params;
    bool returns_float;
    KBlock body;
    struct { KBuf **items; int len, cap; } bufs;   /* workspace buffers used, by offset */
    int nvars;
    int nbuf_ids;              /* every buffer it names has an id below this */
} KFunc;

/* One row of the descriptor table (nnrt_tensor): what the runtime needs
 * to create, checkpoint and look up a parameter, state or gradient. */
typedef struct KTensor {
    const char *name;          /* "h1.weight", "train.h1.weight.momentum" */
    int kind;                  /* NNRT_PARAM, NNRT_STATE, NNRT_GRAD */
    int ndim;
    long dims[4];
    long offset;
    int init;                  /* NNRT_INIT_* */
    long fan_in, fan_out;
    int grad;                  /* NNRT_PARAM: index of its gradient, or -1 */
} KTensor;

/* One op's row in a --profile table */
typedef struct KProf {
    const char *note;          /* the op, as its block's comment */
    const char *func;          /* "forward", "grad_step", ... */
    Loc loc;                   /* its line in the .nn file (0: none) */
    double flops;              /* per row (OpDef.flops; 0: not counted) */
} KProf;

typedef struct KProgram {
    const Graph *g;
    const Plan *plan;
    const char *name;          /* the model's name: prefix of every symbol */
    long input_size, output_size, batch;
    long param_count;
    /* NULL but forward without a train block; a training step is grad_step
     * then update_step (the seam: gradients in one region between them) */
    KFunc *forward, *grad_step, *update_step, *eval_batch;
    /* every kernel function, callees before their callers: the order the
     * backends emit them in.  Besides the four above, in a model with
     * dropout, forward's products that grad_step calls too (its training
     * forward pass cannot be one call of forward), each a function of
     * (ws, its operand, its result, n) */
    struct { KFunc **items; int len, cap; } funcs;
    struct { KTensor *items; int len, cap; } tensors;
    /* every graph op's block in the four functions, in order: what
     * --profile counts (KStmt.prof) */
    struct { KProf *items; int len, cap; } prof;
} KProgram;

/* Lowers g (after optim_append) with its plan.  Never fails on a verified
 * graph: an op it cannot lower is a compiler bug. */
KProgram *kernel_lower(const Graph *g, const Plan *plan, Arena *a);

/* ---- kbuild.c: building the kernel IR ---------------------------------- */

/* The builder: the function being built, a stack of open blocks (new
 * statements go to the innermost), the source place of the op being
 * lowered, and the count of buffers made so far (their ids). */
typedef struct KB {
    Arena *a;
    KFunc *f;
    KBlock *stack[32];
    int depth;
    Loc loc;
    int nbufs;
} KB;

KExpr *kb_f(KB *k, double f);                   /* float constant */
KExpr *kb_i(KB *k, long i);                     /* index constant */
KExpr *kb_si(KB *k, long i);                    /* signed index constant */
KExpr *kb_n(KB *k);                             /* the row count n */
KExpr *kb_var(KB *k, KVar *v);
KExpr *kb_load(KB *k, KBuf *b, KExpr *idx);     /* b[idx]: a float, or a signed index */
KExpr *kb_vload(KB *k, KBuf *b, KExpr *idx);    /* b[idx .. idx+KV_WIDTH) */
KExpr *kb_bcast(KB *k, KExpr *x);
KExpr *kb_hsum(KB *k, KExpr *v);
KExpr *kb_bin(KB *k, KOp op, KExpr *a, KExpr *b);   /* folds index constants */
KExpr *kb_un(KB *k, KOp op, KExpr *a);
/* c ? a : b.  Both arms are values the backends may compute whatever c
 * is (LLVM's select): a load that is only valid under c goes in kb_if. */
KExpr *kb_sel(KB *k, KExpr *c, KExpr *a, KExpr *b);
KExpr *kb_fma(KB *k, KExpr *a, KExpr *b, KExpr *c);  /* a * b + c */
void kb_enter(KB *k, KBlock *b);                /* statements now go to b */
void kb_leave(KB *k);                           /* closes the innermost block, loop or if */
/* A KS_BLOCK for one graph op at loc, described by note; kb_leave closes it. */
KStmt *kb_block(KB *k, Loc loc, const char *note);
/* Opens for (name = lo; name < hi; name += step); kb_leave closes it. */
KVar *kb_loop(KB *k, const char *name, KExpr *lo, KExpr *hi, long step, unsigned flags);
/* The same, KL_THREADS only when fork_if holds at run time (NULL: always). */
KVar *kb_loop_if(KB *k, const char *name, KExpr *lo, KExpr *hi, long step, unsigned flags,
                 KExpr *fork_if);
KVar *kb_loop0(KB *k, const char *name, KExpr *hi, unsigned flags);   /* from 0 by 1 */
void kb_if(KB *k, KExpr *cond);                 /* opens if (cond); kb_leave closes it */
KVar *kb_new_var(KB *k, const char *name, KType t);
KVar *kb_let(KB *k, const char *name, KExpr *init);    /* its width is init's */
void kb_assign(KB *k, KVar *v, KExpr *val, bool accum);
void kb_store(KB *k, KBuf *b, KExpr *idx, KExpr *val, bool accum);
KStmt *kb_call(KB *k, KCallee c, KBuf *dst, KBuf *src, KExpr *count);
void kb_zero(KB *k, KBuf *b, KExpr *count);     /* KC_ZERO */
void kb_return(KB *k, KExpr *val);
/* A new function: statements go to its body until the next one begins. */
KFunc *kb_begin_func(KB *k, KFuncKind kind, const char *name, bool returns);
int kb_param(KB *k, KParamKind kind, const char *name);   /* its index */
KBuf *kb_param_buf(KB *k, KParamKind kind, const char *name, Shape shape);
KBuf *kb_ws_buf(KB *k, const char *name, long offset, Shape shape, KType elem);
/* The buffer that is parameter `param` of the function being built (a
 * call passing it on), adding no parameter. */
KBuf *kb_param_ref(KB *k, int param, const char *name);
/* Records the buffers and parameters the function's body uses. */
void kb_end_func(KB *k);

/* ---- kbuild.c: reading the kernel IR, for the backends ----------------- */

/* A loop the backends run on threads: KL_THREADS with KL_PARALLEL. */
bool kstmt_threaded(const KStmt *s);

/* Statements i..i+3 of b are four lets of scalar lanes' sums (KE_HSUM:
 * a tile of dot products ending, gemm.c's NT form), which the backends
 * compute with one tree of shuffles over the four vectors, adding each
 * in KE_HSUM's order (the same floats) in a third of the instructions:
 * the sums of 4x4 tiles along k = 208 had been 40% of the instructions
 * of fashion_cnn's d-weight product. */
bool kblock_hsum4(const KBlock *b, int i);

/* What a block uses: the variables it reads or writes, and those it
 * declares (by KVar.id), the buffers it loads, stores or names in a call
 * (each once, parameters' included), and whether it reads the row count
 * n, calls a kernel of the model (which takes ws) or draws a dropout mask
 * (rng).  With threads_as_calls, a threaded loop counts only its bounds
 * and fork test: the backends make its body a function of its own.  A
 * threaded loop's body must not assign to a variable declared outside
 * it (checked: threads would race). */
typedef struct KUses {
    bool *var, *def;          /* [nvars] */
    bool *seen;               /* [nbuf_ids]: by KBuf.id */
    const KBuf **bufs;
    int nbufs, cap;
    bool n, calls_kernel, rng;
    bool threads_as_calls;
} KUses;

KUses kuses_of(const KFunc *f, const KBlock *b, bool threads_as_calls);
/* The index of f's parameter of kind k, or -1. */
int kfunc_param(const KFunc *f, KParamKind k);
/* Whether workspace buffer b is addressed from f's pw rather than its ws:
 * a parameter tensor or a buffer (batch norm's running statistics, which
 * predicting only reads), in a function that takes pw (forward). */
bool kbuf_from_pw(const KFunc *f, const KBuf *b);
bool kuses_buf(const KUses *u, const KBuf *b);   /* whether b is among u's buffers */
void kuses_free(KUses *u);

/* ---- kinterp.c: the kernel IR's reference semantics -------------------- */

/* Runs f of kp on args, one per parameter of f: the workspace and every
 * buffer parameter as a float * (int32_t * for an integer buffer), n as a
 * size_t *, rng as an nnrt_rng *.  Returns what f returns (0 for void). */
float kinterp_run(const KProgram *kp, const KFunc *f, void **args);

/* ---- kernel.c: what the op families' lowerings (OpDef.lower) use ------ */

/* The lowering's state: the builder, the graph and its plan, which
 * buffer each value is in the function being built. */
typedef struct KL KL;

KB *kl_kb(KL *L);
const Graph *kl_graph(KL *L);
bool kl_training(KL *L);                       /* building grad_step: dropout masks apply */
KBuf *kl_buf(KL *L, const Value *v);           /* v's buffer in this function */
KExpr *kl_at(KL *L, const Value *v, KExpr *idx);   /* v[idx] */
KExpr *kl_count(KL *L, const Value *v);        /* floats of v in this call: n rows, or a constant */
KExpr *kl_rc(KL *L, KVar *row, long cols, KExpr *col);   /* row * cols + col */
/* The op's own scratch (OpDef.scratch), named `name`, as floats. */
KBuf *kl_scratch(KL *L, const Op *op, const char *name, Shape shape);
/* The same, `before` floats into the op's scratch: a second buffer in it */
KBuf *kl_scratch_at(KL *L, const Op *op, const char *name, long before, Shape shape);
/* Opens a loop over every float of v (kb_leave closes it), split across
 * threads when v is big enough for a fork to pay (kernel.c says when). */
KVar *kl_each_loop(KL *L, const Value *v);
/* Opens a KL_PARALLEL loop from 0 to hi over an op on a batch that streams
 * row_floats floats a sample (its iterations: planes, channels), split
 * across threads by kl_each_loop's rule: when the full batch's floats pay
 * for a fork, and then only in calls with enough rows. */
KVar *kl_batch_loop(KL *L, const char *name, KExpr *hi, long row_floats, unsigned flags);
/* Whether such a loop would be split across threads at all */
bool kl_batch_threads(const KL *L, long row_floats);
/* A channel's sum over a batch of [B,C,P] values, term(i) for
 * i = (b*C + c)*P + p: term = (a[i] - am) * (b[i] - bm), without the
 * factor b when b is NULL, without am or bm when NULL.  Inside a loop
 * over the channels c; returns the sum as a variable named name. */
typedef struct KSumTerm {
    KBuf *a, *b;
    KVar *am, *bm;
} KSumTerm;
KVar *kl_channel_sum(KL *L, KVar *c, long C, long P, const KSumTerm *t, const char *name);
/* The whole gradient region (every parameter's gradient, in order, the
 * padding between them 0) as one buffer of *floats floats. */
KBuf *kl_grad_region(KL *L, long *floats);

/* ---- kbuild.c: an activation's formulas (its ActDef), for every lowering */

KExpr *act_kexpr(KB *k, Act act, KExpr *x);          /* act(x); softmax: x (a row op) */
/* dy * act'(v), act' in terms of what the activation's derivative reads */
KExpr *act_kgrad(KB *k, Act act, KExpr *dy, KExpr *v);

/* ---- op_act.c: for the other families' lowerings ----------------------- */

/* dy[idx] as a prologue reader loads it: dy * act'(v) when op has act= */
KExpr *act_grad_load(KL *L, const Op *op, int vslot, KExpr *idx);
/* y = softmax(x) per row (x may be y, an epilogue); the row's max of v;
 * y[i,:] = exp(x[i,:] - max) returning the row's sum. */
void act_softmax_rows(KL *L, const Value *y, const Value *x);
KVar *act_row_max(KL *L, const Value *v, KVar *i);
KVar *act_row_exp(KL *L, const Value *y, const Value *x, KVar *i);

/* ---- gemm.c: the matrix products' loops --------------------------------- */

typedef enum GemmForm {
    GEMM_NT,   /* C[m,n] = A[m,k] . B[n,k]^T: forward x W^T */
    GEMM_NN,   /* C[m,n] = A[m,k] . B[k,n]: d-input dy W */
    GEMM_TN,   /* C[m,n] = A[k,m]^T . B[k,n]: d-weight dy^T x, k = the batch rows */
} GemmForm;

typedef struct GemmSpec {
    GemmForm form;
    KBuf *a, *b, *c;
    bool m_is_n, k_is_n;   /* which dim is the run-time row count n (its value: batch) */
    long m, n, k;
    bool accumulate;       /* C += A B instead of C = A B */
    /* prologue: A's elements multiplied by act'(Y) on load (relu: y > 0;
     * sigmoid: y (1 - y); tanh: 1 - y^2), Y shaped like A; ACT_LINEAR: none */
    Act a_act;
    KBuf *a_act_y;
    /* epilogue, GEMM_NT only: C = act(C + bias) while the tile is in
     * registers (bias may be NULL; softmax is not an epilogue) */
    KBuf *bias;
    Act act;
    /* GEMM_NT: rows past the last full tile one at a time, each a
     * matrix-vector product in wide column tiles (forward: predict's one
     * sample), not 1-row tiles inside each column block */
    bool row_apart;
    /* A product over slices of larger buffers (one image, one group):
     * each matrix's leading dimension (the distance from one of its rows
     * to the next in the buffer; 0: its own width, dense) and the index
     * of its first element (NULL: 0; any index expression, so a loop
     * over images can move it). */
    long lda, ldb, ldc;
    KExpr *a_off, *b_off, *c_off;
} GemmSpec;

/* Appends the loops of C = A B (as s says) to out. */
void lower_gemm(KB *k, const GemmSpec *s);

/* ---- api.c: the NAME_* functions, one table for both backends ---------- */

/* The C types of the API; each backend maps them (emit_c.c to text,
 * emit_llvm.c to LLVM types). */
typedef enum ApiType {
    API_VOID, API_INT, API_FLOAT, API_SIZE, API_U64,
    API_MODEL,      /* NAME * */
    API_CMODEL,     /* const NAME * */
    API_FLOATP,     /* float * */
    API_CFLOATP,    /* const float * */
    API_SIZEP,      /* size_t * */
    API_CSTR,       /* const char * */
    API_DATASETP,   /* const nnrt_dataset * */
    API_FITOPTP,    /* const nnrt_fit_options * */
    API_CHARPP,     /* char ** */
} ApiType;

typedef enum ApiForm {
    API_CALL,    /* [return] RUNTIME((nnrt_model *)m, args...): the arguments passed on */
    API_DESC,    /* return RUNTIME(&NAME_desc, args...): create, main */
    API_LOSS,    /* float loss = NAN; RUNTIME(m, x, target, n, &loss, rest...) is
                    NNRT_OK ? loss : NAN */
    API_CONST,   /* return NAME_PARAM_COUNT */
} ApiForm;

typedef enum ApiWhen { API_ALWAYS, API_TRAIN, API_MAIN, API_MAIN_MPI } ApiWhen;

typedef struct ApiParam {
    ApiType type;
    const char *name;
} ApiParam;

typedef struct ApiFunc {
    const char *suffix;       /* NAME_suffix; NULL: main */
    ApiType ret;
    ApiParam params[5];
    int nparams;
    const char *runtime;      /* the libnnrt function it calls */
    ApiType rt_ret;           /* what that returns (predict drops it) */
    ApiForm form;
    ApiWhen when;             /* API_TRAIN: only with a train block; API_MAIN: --main */
    bool rt_const;            /* the runtime takes a const nnrt_model * */
} ApiFunc;

/* Where API_LOSS passes &loss: after m, x, target, n. */
enum { API_LOSS_AT = 4 };

extern const ApiFunc api_funcs[];
extern const int api_nfuncs;
/* Whether the model gets f: train-only functions need a train block,
 * main() needs --main (and calls libnnrt_mpi's with --mpi). */
bool api_wanted(const ApiFunc *f, bool train, bool with_main, bool mpi);

/* ---- emit_c.c: the C backend ------------------------------------------ */

typedef struct EmitOptions {
    const char *header_name;   /* the #include'd file name, e.g. "model.h" */
    bool with_main;
    bool mpi;                  /* main() runs data-parallel under mpirun (libnnrt_mpi) */
    int opt_level;
    bool no_fuse;
    int threads;
    const char *source;        /* the .nn text, for the line in each comment (may be NULL) */
    const char *source_name;   /* its file name; comments use the base name */
    const char *target;        /* LLVM: --target triple, NULL for the host */
    const char *cpu;           /* LLVM: --cpu name, NULL for the host's ("native" too) */
    bool debug_info;           /* LLVM: -g, lines of the .nn source */
    bool profile;              /* C: time every op into NAME_profile (--profile) */
    /* tests of kernels built by hand: only the kernel functions, with
     * external linkage; no descriptor, no API */
    bool kernels_only;
} EmitOptions;

/* The plan every backend uses for these options: buffers share memory
 * unless -O0 or --no-fuse (the driver plans once per compile). */
PlanOptions emit_plan_options(const EmitOptions *o);

/* Prints the lowered program as model.c to c_out and model.h to h_out
 * (either may be NULL).  Returns 0, or nonzero after reporting to d. */
int emitc_program(const KProgram *kp, const EmitOptions *o, Diag *d, FILE *c_out, FILE *h_out);

/* ---- emit_llvm.c: the LLVM backend ------------------------------------ */

typedef enum LlvmOutput { LLVM_OUT_OBJ, LLVM_OUT_IR, LLVM_OUT_ASM } LlvmOutput;

/* Builds the lowered program's kernels, descriptor and API as an LLVM
 * module, optimizes it at o->opt_level for o->target and o->cpu, and
 * writes an object, IR text or assembly to out (model.h comes from
 * emitc_program with c_out NULL: it does not depend on the backend).
 * Returns 0; 2 after a bad target, CPU or write, reported to d. */
int emitllvm_program(const KProgram *kp, const EmitOptions *o, LlvmOutput kind, Diag *d, FILE *out);
/* NULL when LLVM knows the target triple and CPU (NULL: the host's), else
 * why not, for the driver's usage error (heap; the caller frees it). */
char *emitllvm_check_target(const char *target, const char *cpu);

/* ---- limits.c ---- */
/* The plan's workspace within max_workspace bytes, else an error in d. */
bool limits_check_plan(const Graph *g, const Plan *plan, Loc at, Diag *d,
                       uint64_t max_workspace);

#endif
