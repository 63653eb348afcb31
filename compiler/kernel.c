/*
 * kernel.c - graph IR to kernel IR: the loops of every op.
 *
 * Takes a graph after optim_append and its memory plan; gives a KProgram
 * with three functions that both backends print or build:
 *   forward(ws, x, y, n)                  predict: forward ops, dropout as
 *                                         identity, the output written to y
 *   train_step(ws, rng, x, t, n, correct) every op: forward, loss, backward,
 *                                         updates; returns the loss, counts
 *                                         right answers as eval_batch does
 *   eval_batch(ws, x, t, n, correct)      forward and loss without dropout,
 *                                         and the count of right answers
 * plus the descriptor table (parameters, optimizer state, gradients).
 *
 * Each graph op becomes one KS_BLOCK carrying the op's Loc.  The loops are
 * written so the innermost one runs over contiguous memory: x W^T walks a
 * row of x and a row of W; dy W and dy^T x are row updates (axpy).  Rows
 * of a batch are independent and marked KL_PARALLEL; the performance work
 * replaces the three matmul lowerings with tiled, register-blocked ones
 * without touching the printers.
 *
 * Names: every value's buffer is called after the value, mangled into a C
 * identifier that cannot collide with a keyword, a library name, the
 * locals this file uses, or another value.
 */
#include "kernel.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Identifiers the kernels use for parameters and locals: value names
 * that equal one of these are mangled. */
static const char *const k_locals[] = {
    "ws", "rng", "n", "correct", "i", "j", "k", "acc", "mx", "sum", "lbl",
    "best", "arg", "hits", "gw", "bc1", "bc2", "step_size", "bc2_sqrt", "scale",
    "i0", "j0", "kk",
};

/* gemm.c's tile locals: a0, b1, c0_1, s3_0 (a letter, a number, maybe _number). */
static bool gemm_local(const char *s)
{
    if (!s[0] || !strchr("abcs", s[0]) || !isdigit((unsigned char)s[1]))
        return false;
    s++;
    while (isdigit((unsigned char)*s))
        s++;
    if (*s == '_' && isdigit((unsigned char)s[1]))
        for (s++; isdigit((unsigned char)*s); s++)
            ;
    return *s == 0;
}

/* Names from the generated file's headers that is_c_reserved may not
 * list: object-like macros and typedefs a local must not shadow. */
static const char *const k_library[] = {
    "NULL", "NAN", "INFINITY", "HUGE_VAL", "HUGE_VALF", "HUGE_VALL",
    "EXIT_SUCCESS", "EXIT_FAILURE", "RAND_MAX", "MB_CUR_MAX", "SIZE_MAX",
    "PTRDIFF_MIN", "PTRDIFF_MAX", "math_errhandling", "MATH_ERRNO",
    "MATH_ERREXCEPT", "FP_NAN", "FP_INFINITE", "FP_ZERO", "FP_NORMAL",
    "FP_SUBNORMAL", "FP_ILOGB0", "FP_ILOGBNAN", "FP_FAST_FMA", "FP_FAST_FMAF",
    "errno", "offsetof", "assert", "main", "static_assert", "alignof",
    "alignas", "bool", "true", "false", "noreturn", "complex", "imaginary",
    "I", "memset", "memcpy", "malloc", "free", "abort", "exit", "L_tmpnam",
    "L_ctermid", "P_tmpdir", "stdin", "stdout", "stderr", "linux", "unix", "i386",
};

typedef struct Lower Lower;

struct Lower {
    KB kb;                /* the builder (kbuild.c) */
    Arena *a;
    const Graph *g;
    const Plan *plan;
    KProgram *kp;
    const char **cname;   /* by value id */
    KBuf **wsbuf;         /* by value id: its workspace buffer, made once */
    KBuf **bind;          /* by value id: the buffer in the current function */
    KFunc **shared;       /* by value id: the shared product computing it, or NULL */
};

/* ---- names ------------------------------------------------------------ */

static bool in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

static bool all_caps(const char *s)
{
    bool letter = false;
    for (; *s; s++) {
        if (islower((unsigned char)*s))
            return false;
        letter |= isupper((unsigned char)*s) != 0;
    }
    return letter;
}

static bool has_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

/* A name that would mean something else in the generated file. */
static bool name_taken(const char *s, const char *model)
{
    size_t len = strlen(s), ml = strlen(model);
    if (is_c_reserved(s) || in_list(s, k_locals, sizeof k_locals / sizeof *k_locals) ||
        in_list(s, k_library, sizeof k_library / sizeof *k_library) || gemm_local(s))
        return true;
    if (len >= 2 && strcmp(s + len - 2, "_t") == 0)         /* size_t, int8_t, POSIX's */
        return true;
    if (all_caps(s) && (len > 2 || strchr(s, '_')))        /* INT8_MAX, EOF, FP_NAN */
        return true;
    if (has_prefix(s, "nnrt") || has_prefix(s, "NNRT") || s[0] == '_')
        return true;
    return strcmp(s, model) == 0 || (strncmp(s, model, ml) == 0 && s[ml] == '_');
}

/* Mangles every value's name, in value order, so the result is stable. */
static void name_values(Lower *L)
{
    const Graph *g = L->g;
    int nv = L->plan->nvalues;
    L->cname = arena_alloc(L->a, sizeof *L->cname * (size_t)(nv + 1));
    const char **used = arena_alloc(L->a, sizeof *used * (size_t)(g->values.len + 1));
    int nused = 0;
    for (int vi = 0; vi < g->values.len; vi++) {
        const Value *v = g->values.items[vi];
        StrBuf sb = {0};
        const char *s = v->name && v->name[0] ? v->name : "v";
        if (isdigit((unsigned char)s[0]))
            sb_putc(&sb, 'v');
        for (; *s; s++)
            sb_putc(&sb, isalnum((unsigned char)*s) || *s == '_' ? *s : '_');
        char *base = sb_take(&sb);
        const char *name = name_taken(base, g->name) ? arena_printf(L->a, "v_%s", base)
                                                     : arena_strdup(L->a, base);
        free(base);
        const char *unique = name;
        for (int k = 2;; k++) {
            bool clash = false;
            for (int u = 0; u < nused && !clash; u++)
                clash = strcmp(used[u], unique) == 0;
            if (!clash)
                break;
            unique = arena_printf(L->a, "%s_%d", name, k);
        }
        name = unique;
        used[nused++] = name;
        L->cname[v->id] = name;
    }
}

/* ---- expressions ------------------------------------------------------ */

#define K (&L->kb)
static KExpr *kf(Lower *L, double f) { return kb_f(K, f); }
static KExpr *ki(Lower *L, long i) { return kb_i(K, i); }
static KExpr *kn(Lower *L) { return kb_n(K); }
static KExpr *kv(Lower *L, KVar *v) { return kb_var(K, v); }
static KExpr *kload(Lower *L, KBuf *b, KExpr *idx) { return kb_load(K, b, idx); }
static KExpr *kbin(Lower *L, KOp op, KExpr *a, KExpr *b) { return kb_bin(K, op, a, b); }
static KExpr *kun(Lower *L, KOp op, KExpr *a) { return kb_un(K, op, a); }
static KExpr *ksel(Lower *L, KExpr *c, KExpr *a, KExpr *b) { return kb_sel(K, c, a, b); }

#define ADD(a, b) kbin(L, KO_ADD, a, b)
#define SUB(a, b) kbin(L, KO_SUB, a, b)
#define MUL(a, b) kbin(L, KO_MUL, a, b)
#define DIV(a, b) kbin(L, KO_DIV, a, b)

/* ---- statements ------------------------------------------------------- */

static void leave(Lower *L) { kb_leave(K); }
static KVar *loop(Lower *L, const char *name, KExpr *hi, unsigned flags) { return kb_loop0(K, name, hi, flags); }
static KVar *let(Lower *L, const char *name, KExpr *init) { return kb_let(K, name, init); }
static void assign(Lower *L, KVar *v, KExpr *val, bool accum) { kb_assign(K, v, val, accum); }
static void store(Lower *L, KBuf *b, KExpr *idx, KExpr *val, bool accum) { kb_store(K, b, idx, val, accum); }
static KStmt *call(Lower *L, KCallee c, KBuf *dst, KBuf *src, KExpr *count) { return kb_call(K, c, dst, src, count); }

/* ---- buffers ---------------------------------------------------------- */

static KBuf *ws_buf(Lower *L, const Value *v)
{
    if (!L->wsbuf[v->id]) {
        nnc_assert(plan_in_workspace(L->plan, v));
        KBuf *b = kb_ws_buf(K, L->cname[v->id], plan_offset(L->plan, v), v->shape, KT_F32);
        b->value = v;
        L->wsbuf[v->id] = b;
    }
    return L->wsbuf[v->id];
}

static KBuf *buf(Lower *L, const Value *v)
{
    if (L->bind[v->id])
        return L->bind[v->id];
    return L->bind[v->id] = ws_buf(L, v);
}

static int add_param(Lower *L, KParamKind k, const char *name)
{
    return kb_param(K, k, name);
}

/* Binds value v (or scratch, v NULL) to a parameter of the function. */
static KBuf *param_buf(Lower *L, KParamKind k, const Value *v, const char *name)
{
    KBuf *b = kb_param_buf(K, k, name, v ? v->shape : ir_shape(0, 0, 0));
    b->value = v;
    if (v)
        L->bind[v->id] = b;
    return b;
}

/* Floats per row of a batched value (every float of an unbatched one). */
static long row_size(const Value *v)
{
    if (v->shape.rank == 0)
        return 1;
    if (v->shape.rank == 1)
        return v->shape.dims[0] == IR_BATCH ? 1 : v->shape.dims[0];
    return v->shape.dims[1];
}

static bool batched(const Value *v)
{
    return v->shape.rank >= 1 && v->shape.dims[0] == IR_BATCH;
}

/* The number of floats of v in this call: n rows, or a constant. */
static KExpr *count(Lower *L, const Value *v)
{
    if (batched(v))
        return row_size(v) == 1 ? kn(L) : MUL(kn(L), ki(L, row_size(v)));
    return ki(L, ir_shape_elems(v->shape, L->g->batch));
}

/* Floats an elementwise loop must stream before two threads pay for
 * their fork (a few microseconds): a quarter of a megabyte.  At a
 * megabyte, 784-256-128-10's first-layer update (200,704 floats, five
 * streams) ran on the caller alone: 60% of its unthreaded time on two
 * threads, while the other thread waited (bench/RESULTS.md). */
#define EACH_THREAD_MIN (1L << 16)

/* Opens a loop over every float of v, split across threads when v is
 * big: a parameter-sized buffer (an optimizer's update) of at least
 * EACH_THREAD_MIN floats, or a batched one whose full batch is, and then
 * only in a call with enough rows (not predict's one sample). */
static KVar *each_loop(Lower *L, const Value *v)
{
    unsigned f = KL_PARALLEL | KL_VECTOR;
    KExpr *fork_if = NULL;
    if (ir_shape_elems(v->shape, L->g->batch) >= EACH_THREAD_MIN) {
        f |= KL_THREADS;
        long row = row_size(v);
        if (batched(v) && row < EACH_THREAD_MIN)
            fork_if = kbin(L, KO_LE, ki(L, (EACH_THREAD_MIN + row - 1) / row), kn(L));
    }
    return kb_loop_if(K, "i", ki(L, 0), count(L, v), 1, f, fork_if);
}

static KExpr *at(Lower *L, const Value *v, KExpr *idx)
{
    return kload(L, buf(L, v), idx);
}

/* row * cols + col */
static KExpr *rc(Lower *L, KVar *row, long cols, KExpr *col)
{
    return ADD(MUL(kv(L, row), ki(L, cols)), col);
}

/* ---- elementwise ops -------------------------------------------------- */

static KExpr *activate(Lower *L, Act act, KExpr *x)
{
    return act_kexpr(K, act, x);
}

/* result[i] = f(a[i], b[i]) over every float of the result. */
static void lower_map(Lower *L, const Op *op)
{
    const Value *r = op->result;
    KVar *i = each_loop(L, r);
    KExpr *a = at(L, op->args[0], kv(L, i));
    KExpr *b = op->nargs > 1 ? at(L, op->args[1], kv(L, i)) : NULL;
    KExpr *val;
    switch (op->kind) {
    case OP_RELU:
        val = activate(L, ACT_RELU, a);
        break;
    case OP_SIGMOID:
        val = activate(L, ACT_SIGMOID, a);
        break;
    case OP_TANH:
        val = activate(L, ACT_TANH, a);
        break;
    case OP_LEAKY_RELU:
        val = ksel(L, kbin(L, KO_GT, a, kf(L, 0)), a, MUL(kf(L, op->attr[0]), a));
        break;
    case OP_ADD:
        val = ADD(a, b);
        break;
    case OP_MUL:
    case OP_DROPOUT:
        val = MUL(a, b);
        break;
    case OP_RELU_GRAD:      /* (dy, y) */
        val = act_kgrad(K, ACT_RELU, a, b);
        break;
    case OP_SIGMOID_GRAD:
        val = act_kgrad(K, ACT_SIGMOID, a, b);
        break;
    case OP_TANH_GRAD:
        val = act_kgrad(K, ACT_TANH, a, b);
        break;
    case OP_LEAKY_RELU_GRAD: /* (dy, x): dy, or alpha dy where x <= 0 */
        val = ksel(L, kbin(L, KO_GT, b, kf(L, 0)), a, MUL(kf(L, op->attr[0]), a));
        break;
    default:
        nnc_unreachable();
    }
    val = activate(L, op->act, val);
    store(L, buf(L, r), kv(L, i), val, false);
    leave(L);
}

/* The copy that stands for dropout when predicting, where the result
 * cannot simply share its operand's buffer. */
static void lower_copy(Lower *L, const Value *dst, const Value *src)
{
    KVar *i = loop(L, "i", count(L, dst), KL_PARALLEL | KL_VECTOR);
    store(L, buf(L, dst), kv(L, i), at(L, src, kv(L, i)), false);
    leave(L);
}

/* ---- row ops ---------------------------------------------------------- */

/* mx = max over row i of v */
static KVar *row_max(Lower *L, const Value *v, KVar *i)
{
    long c = row_size(v);
    KVar *mx = let(L, "mx", at(L, v, rc(L, i, c, ki(L, 0))));
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR | KL_REDUCE);
    assign(L, mx, kbin(L, KO_MAX, kv(L, mx), at(L, v, rc(L, i, c, kv(L, j)))), false);
    leave(L);
    return mx;
}

/* y[i,:] = exp(x[i,:] - max); returns the row's sum of y. */
static KVar *row_exp(Lower *L, const Value *y, const Value *x, KVar *i)
{
    long c = row_size(x);
    KVar *mx = row_max(L, x, i);
    KVar *sum = let(L, "sum", kf(L, 0));
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR | KL_REDUCE);
    KExpr *e = kun(L, KO_EXP, SUB(at(L, x, rc(L, i, c, kv(L, j))), kv(L, mx)));
    store(L, buf(L, y), rc(L, i, c, kv(L, j)), e, false);
    assign(L, sum, at(L, y, rc(L, i, c, kv(L, j))), true);
    leave(L);
    return sum;
}

/* y = softmax(x) per row; x may be y itself (a fused epilogue). */
static void softmax_rows(Lower *L, const Value *y, const Value *x)
{
    long c = row_size(y);
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    KVar *sum = row_exp(L, y, x, i);
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR);
    store(L, buf(L, y), rc(L, i, c, kv(L, j)), DIV(at(L, y, rc(L, i, c, kv(L, j))), kv(L, sum)),
          false);
    leave(L);
    leave(L);
}

/* (dy, y) -> y (dy - sum_j dy_j y_j), per row */
static void lower_softmax_grad(Lower *L, const Op *op)
{
    const Value *r = op->result, *dy = op->args[0], *y = op->args[1];
    long c = row_size(r);
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    KVar *sum = let(L, "sum", kf(L, 0));
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR | KL_REDUCE);
    assign(L, sum, MUL(at(L, dy, rc(L, i, c, kv(L, j))), at(L, y, rc(L, i, c, kv(L, j)))), true);
    leave(L);
    j = loop(L, "j", ki(L, c), KL_VECTOR);
    KExpr *d = SUB(at(L, dy, rc(L, i, c, kv(L, j))), kv(L, sum));
    store(L, buf(L, r), rc(L, i, c, kv(L, j)), MUL(at(L, y, rc(L, i, c, kv(L, j))), d), false);
    leave(L);
    leave(L);
}

/* [B,a] ++ [B,b]; slice: columns [attr0, attr1) */
static void lower_concat(Lower *L, const Op *op)
{
    const Value *r = op->result;
    long w = row_size(r), col = 0;
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    for (int a = 0; a < op->nargs; a++) {
        const Value *x = op->args[a];
        long c = row_size(x);
        KVar *j = loop(L, "j", ki(L, c), KL_VECTOR);
        store(L, buf(L, r), rc(L, i, w, ADD(ki(L, col), kv(L, j))), at(L, x, rc(L, i, c, kv(L, j))),
              false);
        leave(L);
        col += c;
    }
    leave(L);
}

static void lower_slice(Lower *L, const Op *op)
{
    const Value *r = op->result, *x = op->args[0];
    long w = row_size(r), c = row_size(x), from = (long)op->attr[0];
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    KVar *j = loop(L, "j", ki(L, w), KL_VECTOR);
    store(L, buf(L, r), rc(L, i, w, kv(L, j)), at(L, x, rc(L, i, c, ADD(ki(L, from), kv(L, j)))),
          false);
    leave(L);
    leave(L);
}

/* ---- matrix products -------------------------------------------------- */

/* dy[idx] as matmul_nn, matmul_tn and sum_rows read it: with fuse.c's y
 * operand (slot yslot) and act, dy * act'(y), act' in terms of the
 * activation's output (relu: y > 0; sigmoid: y (1 - y); tanh: 1 - y^2). */
static KExpr *grad_load(Lower *L, const Op *op, int yslot, KExpr *idx)
{
    KExpr *dy = at(L, op->args[0], idx);
    if (op->nargs <= yslot)
        return dy;
    return act_kgrad(K, op->act, dy, at(L, op->args[yslot], idx));
}

/* The three products go through gemm.c, which owns their loops; these
 * only say which buffers play A, B and C. */
static void gemm_op(Lower *L, const Op *op, GemmForm form, const Value *a, const Value *b)
{
    const Value *r = op->result;
    GemmSpec s = {.form = form, .a = buf(L, a), .b = buf(L, b), .c = buf(L, r)};
    s.m = form == GEMM_TN ? row_size(a) : batched(r) ? L->g->batch : r->shape.dims[0];
    s.m_is_n = form != GEMM_TN && batched(r);
    s.n = row_size(r);
    s.k = form == GEMM_NT ? row_size(a) : form == GEMM_NN ? row_size(a) : L->g->batch;
    s.k_is_n = form == GEMM_TN;
    if (form == GEMM_NT) {
        s.bias = op->nargs > 2 ? buf(L, op->args[2]) : NULL;
        s.act = op->act == ACT_SOFTMAX ? ACT_LINEAR : op->act;
        s.row_apart = L->kb.f->kind == KF_FORWARD;
    } else if (op->nargs > 2) {      /* fuse.c: dy read as dy * act'(y) */
        s.a_act = op->act;
        s.a_act_y = buf(L, op->args[2]);
    }
    lower_gemm(K, &s);
    if (op->act == ACT_SOFTMAX)
        softmax_rows(L, r, r);
}

/* (x[B,I], W[O,I][, b[O]]) -> act(x W^T + b) */
static void lower_matmul(Lower *L, const Op *op)
{
    gemm_op(L, op, GEMM_NT, op->args[0], op->args[1]);
}

/* (dy[B,O], W[O,I][, y]) -> dy W [B,I] */
static void lower_matmul_nn(Lower *L, const Op *op)
{
    gemm_op(L, op, GEMM_NN, op->args[0], op->args[1]);
}

/* (dy[B,O], x[B,I][, y]) -> dy^T x [O,I] */
static void lower_matmul_tn(Lower *L, const Op *op)
{
    gemm_op(L, op, GEMM_TN, op->args[0], op->args[1]);
}

/* (x[B,O], b[O]) -> act(x + b) */
static void lower_bias_add(Lower *L, const Op *op)
{
    const Value *r = op->result, *x = op->args[0], *b = op->args[1];
    long c = row_size(r);
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR);
    KExpr *val = ADD(at(L, x, rc(L, i, c, kv(L, j))), at(L, b, kv(L, j)));
    store(L, buf(L, r), rc(L, i, c, kv(L, j)), activate(L, op->act, val), false);
    leave(L);
    leave(L);
    if (op->act == ACT_SOFTMAX)
        softmax_rows(L, r, r);
}

/* dy[B,O] -> sum over rows [O] (of dy * act'(y) when fused) */
static void lower_sum_rows(Lower *L, const Op *op)
{
    const Value *r = op->result;
    long c = row_size(r);
    call(L, KC_ZERO, buf(L, r), NULL, count(L, r));
    KVar *i = loop(L, "i", kn(L), 0);
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR);
    store(L, buf(L, r), kv(L, j), grad_load(L, op, 1, rc(L, i, c, kv(L, j))), true);
    leave(L);
    leave(L);
}

/* ---- losses and their gradients --------------------------------------- */

/* 1 / (floats of v in this call), as a float */
static KExpr *inv_count(Lower *L, const Value *v)
{
    return DIV(kf(L, 1), kun(L, KO_TO_F32, count(L, v)));
}

/* mse, bce: the mean over every element of a per-element term */
static void lower_mean_loss(Lower *L, const Op *op)
{
    const Value *y = op->args[0], *t = op->args[1];
    KVar *sum = let(L, "sum", kf(L, 0));
    KVar *i = loop(L, "i", count(L, y), KL_VECTOR | KL_REDUCE);
    KExpr *a = at(L, y, kv(L, i)), *b = at(L, t, kv(L, i)), *term;
    if (op->kind == OP_MSE_LOSS) {
        KVar *d = let(L, "acc", SUB(a, b));
        term = MUL(kv(L, d), kv(L, d));
    } else {
        /* max(z, 0) - z t + log(1 + exp(-|z|)): BCE of sigmoid(z), stable */
        term = ADD(SUB(kbin(L, KO_MAX, a, kf(L, 0)), MUL(a, b)),
                   kun(L, KO_LOG1P, kun(L, KO_EXP, kun(L, KO_NEG, kun(L, KO_ABS, a)))));
    }
    assign(L, sum, term, true);
    leave(L);
    store(L, buf(L, op->result), ki(L, 0), MUL(kv(L, sum), inv_count(L, y)), false);
}

/* (logits, labels) -> mean over rows of logsumexp(row) - row[label] */
static void lower_xent_loss(Lower *L, const Op *op)
{
    const Value *z = op->args[0], *t = op->args[1];
    long c = row_size(z);
    KVar *acc = let(L, "acc", kf(L, 0));
    KVar *i = loop(L, "i", kn(L), KL_REDUCE);
    KVar *mx = row_max(L, z, i);
    KVar *sum = let(L, "sum", kf(L, 0));
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR | KL_REDUCE);
    assign(L, sum, kun(L, KO_EXP, SUB(at(L, z, rc(L, i, c, kv(L, j))), kv(L, mx))), true);
    leave(L);
    KVar *lbl = let(L, "lbl", kun(L, KO_TO_IDX, at(L, t, kv(L, i))));
    KExpr *lse = ADD(kv(L, mx), kun(L, KO_LOG, kv(L, sum)));
    assign(L, acc, SUB(lse, at(L, z, rc(L, i, c, kv(L, lbl)))), true);
    leave(L);
    store(L, buf(L, op->result), ki(L, 0), DIV(kv(L, acc), kun(L, KO_TO_F32, kn(L))), false);
}

/* (logits, labels) -> (softmax(logits) - onehot) / B */
static void lower_xent_grad(Lower *L, const Op *op)
{
    const Value *r = op->result, *z = op->args[0], *t = op->args[1];
    long c = row_size(z);
    KVar *scale = let(L, "scale", DIV(kf(L, 1), kun(L, KO_TO_F32, kn(L))));
    KVar *i = loop(L, "i", kn(L), KL_PARALLEL);
    KVar *sum = row_exp(L, r, z, i);
    KVar *lbl = let(L, "lbl", kun(L, KO_TO_IDX, at(L, t, kv(L, i))));
    KVar *j = loop(L, "j", ki(L, c), KL_VECTOR);
    KExpr *p = DIV(at(L, r, rc(L, i, c, kv(L, j))), kv(L, sum));
    KExpr *hot = ksel(L, kbin(L, KO_EQ, kv(L, j), kv(L, lbl)), kf(L, 1), kf(L, 0));
    store(L, buf(L, r), rc(L, i, c, kv(L, j)), MUL(SUB(p, hot), kv(L, scale)), false);
    leave(L);
    leave(L);
}

/* mse: 2 (y - t) / (B n); bce: (sigmoid(z) - t) / (B n) */
static void lower_mean_grad(Lower *L, const Op *op)
{
    const Value *r = op->result, *y = op->args[0], *t = op->args[1];
    bool mse = op->kind == OP_MSE_GRAD;
    KVar *scale = let(L, "scale", DIV(kf(L, mse ? 2 : 1), kun(L, KO_TO_F32, count(L, y))));
    KVar *i = loop(L, "i", count(L, r), KL_PARALLEL | KL_VECTOR);
    KExpr *a = at(L, y, kv(L, i));
    KExpr *d = SUB(mse ? a : activate(L, ACT_SIGMOID, a), at(L, t, kv(L, i)));
    store(L, buf(L, r), kv(L, i), MUL(d, kv(L, scale)), false);
    leave(L);
}

/* ---- optimizer updates ------------------------------------------------ */

/* g + weight_decay w: the gradient the optimizer sees (NAME_grad stays
 * the loss's own). */
static KVar *decayed_grad(Lower *L, const Value *w, const Value *g, double wd, KVar *i)
{
    KExpr *gi = at(L, g, kv(L, i));
    if (wd != 0)
        gi = ADD(gi, MUL(kf(L, wd), at(L, w, kv(L, i))));
    return let(L, "gw", gi);
}

/* (w, g[, v]); lr, momentum, weight_decay: torch.optim.SGD */
static void lower_sgd(Lower *L, const Op *op)
{
    const Value *w = op->args[0], *g = op->args[1];
    const Value *v = op->nargs > 2 ? op->args[2] : NULL;
    double lr = op->attr[0], mom = op->attr[1], wd = op->attr[2];
    KVar *i = each_loop(L, w);
    KVar *gw = decayed_grad(L, w, g, wd, i);
    KExpr *step = kv(L, gw);
    if (v) {
        store(L, buf(L, v), kv(L, i), ADD(MUL(kf(L, mom), at(L, v, kv(L, i))), kv(L, gw)), false);
        step = at(L, v, kv(L, i));
    }
    store(L, buf(L, w), kv(L, i), kun(L, KO_NEG, MUL(kf(L, lr), step)), true);
    leave(L);
}

/* (w, g, m, v, step); lr, beta1, beta2, eps, weight_decay: torch.optim.Adam */
static void lower_adam(Lower *L, const Op *op)
{
    const Value *w = op->args[0], *g = op->args[1], *m = op->args[2], *v = op->args[3];
    const Value *t = op->args[4];
    double lr = op->attr[0], b1 = op->attr[1], b2 = op->attr[2], eps = op->attr[3];
    double wd = op->attr[4];
    KExpr *step = at(L, t, ki(L, 0));
    KVar *bc1 = let(L, "bc1", SUB(kf(L, 1), kbin(L, KO_POW, kf(L, b1), step)));
    KVar *bc2 = let(L, "bc2", SUB(kf(L, 1), kbin(L, KO_POW, kf(L, b2), step)));
    KVar *ss = let(L, "step_size", DIV(kf(L, lr), kv(L, bc1)));
    KVar *bc2s = let(L, "bc2_sqrt", kun(L, KO_SQRT, kv(L, bc2)));
    KVar *i = each_loop(L, w);
    KVar *gw = decayed_grad(L, w, g, wd, i);
    KExpr *mi = ADD(MUL(kf(L, b1), at(L, m, kv(L, i))), MUL(kf(L, 1 - b1), kv(L, gw)));
    store(L, buf(L, m), kv(L, i), mi, false);
    KExpr *vi = ADD(MUL(kf(L, b2), at(L, v, kv(L, i))),
                    MUL(MUL(kf(L, 1 - b2), kv(L, gw)), kv(L, gw)));
    store(L, buf(L, v), kv(L, i), vi, false);
    KExpr *denom = ADD(DIV(kun(L, KO_SQRT, at(L, v, kv(L, i))), kv(L, bc2s)), kf(L, eps));
    KExpr *upd = DIV(MUL(kv(L, ss), at(L, m, kv(L, i))), denom);
    store(L, buf(L, w), kv(L, i), kun(L, KO_NEG, upd), true);
    leave(L);
}

/* ---- ops -------------------------------------------------------------- */

static const char *vname(const Value *v)
{
    return v->name ? v->name : "?";
}

/* "h1 = matmul(x, h1.weight)" for the block's comment */
static const char *op_note(Lower *L, const Op *op)
{
    StrBuf sb = {0};
    if (op->result)
        sb_printf(&sb, "%s = ", vname(op->result));
    sb_printf(&sb, "%s(", ir_op_name(op->kind));
    for (int i = 0; i < op->nargs; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", vname(op->args[i]));
    sb_puts(&sb, ")");
    if (op->act != ACT_LINEAR && op->phase == PH_BACKWARD)
        sb_printf(&sb, ", dy read as dy * %s'(y)", act_name(op->act));
    else if (op->act != ACT_LINEAR)
        sb_printf(&sb, " then %s", act_name(op->act));
    char *s = sb_take(&sb);
    const char *r = arena_strdup(L->a, s);
    free(s);
    return r;
}

typedef enum Mode { MODE_PREDICT, MODE_TRAIN } Mode;

/* Predicting, a dropout is the identity: its result shares its operand's
 * buffer (unless already bound, as forward's output is, which gets a
 * copy).  Returns whether op was such a dropout. */
static bool alias_dropout(Lower *L, const Op *op)
{
    if (op->kind != OP_DROPOUT || L->bind[op->result->id])
        return false;
    L->bind[op->result->id] = buf(L, op->args[0]);
    return true;
}

static void lower_op(Lower *L, const Op *op, Mode mode)
{
    if (mode == MODE_PREDICT && op->kind == OP_DROPOUT_MASK)
        return;
    if (mode == MODE_PREDICT && alias_dropout(L, op))
        return;
    kb_block(K, op->loc, op_note(L, op));
    KFunc *sh = L->shared && op->result ? L->shared[op->result->id] : NULL;
    if (sh && sh != L->kb.f) {     /* its loops are in the shared function */
        call(L, KC_KERNEL, buf(L, op->result), buf(L, op->args[0]), kn(L))->func = sh;
        leave(L);
        return;
    }
    switch (op->kind) {
    case OP_MATMUL: lower_matmul(L, op); break;
    case OP_MATMUL_NN: lower_matmul_nn(L, op); break;
    case OP_MATMUL_TN: lower_matmul_tn(L, op); break;
    case OP_BIAS_ADD: lower_bias_add(L, op); break;
    case OP_SUM_ROWS: lower_sum_rows(L, op); break;
    case OP_SOFTMAX: softmax_rows(L, op->result, op->args[0]); break;
    case OP_SOFTMAX_GRAD: lower_softmax_grad(L, op); break;
    case OP_CONCAT: lower_concat(L, op); break;
    case OP_SLICE: lower_slice(L, op); break;
    case OP_MSE_LOSS:
    case OP_BCE_LOSS: lower_mean_loss(L, op); break;
    case OP_XENT_LOSS: lower_xent_loss(L, op); break;
    case OP_XENT_GRAD: lower_xent_grad(L, op); break;
    case OP_MSE_GRAD:
    case OP_BCE_GRAD: lower_mean_grad(L, op); break;
    case OP_SGD_UPDATE: lower_sgd(L, op); break;
    case OP_ADAM_UPDATE: lower_adam(L, op); break;
    case OP_STEP_INC:
        store(L, buf(L, op->args[0]), ki(L, 0), kf(L, 1), true);
        break;
    case OP_DROPOUT_MASK:
        call(L, KC_DROPOUT_MASK, buf(L, op->result), NULL, count(L, op->result))->rate = op->attr[0];
        break;
    case OP_DROPOUT:
        if (mode == MODE_PREDICT)
            lower_copy(L, op->result, op->args[0]);
        else
            lower_map(L, op);
        break;
    case OP_RELU: case OP_SIGMOID: case OP_TANH: case OP_LEAKY_RELU:
    case OP_ADD: case OP_MUL: case OP_RELU_GRAD: case OP_SIGMOID_GRAD:
    case OP_TANH_GRAD: case OP_LEAKY_RELU_GRAD:
        lower_map(L, op);
        break;
    case OP_COUNT:
        nnc_unreachable();
    }
    leave(L);
}

/* ---- functions -------------------------------------------------------- */

static KFunc *begin_func(Lower *L, KFuncKind kind, const char *name, bool returns)
{
    memset(L->bind, 0, sizeof *L->bind * (size_t)(L->plan->nvalues + 1));
    return kb_begin_func(K, kind, name, returns);
}

static void end_func(Lower *L)
{
    kb_end_func(K);
}

/* Whether train_step can run its forward pass as a call of forward: the
 * forward-phase ops come first, and none is a dropout (training masks
 * what forward passes through).  The call then computes exactly what the
 * ops would, in the same buffers. */
static bool train_calls_forward(const Graph *g)
{
    bool in_prefix = true;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_FORWARD) {
            in_prefix = false;
            continue;
        }
        if (!in_prefix || op->kind == OP_DROPOUT || op->kind == OP_DROPOUT_MASK)
            return false;
    }
    return true;
}

/* For a model with dropout: each forward product (x W^T, its bias and
 * activation, a softmax) as a function of its own, (ws, operand, result,
 * n), which forward and train_step both call; the dropouts between them
 * stay in each caller (identity in forward, masks in training).  One copy
 * of the products' loops instead of two.  The functions are built as
 * forward's (one-row tiles for a short tail), so a training step's
 * numbers are what they were: each output is the same sum in the same
 * order either way. */
static void lower_shared(Lower *L)
{
    const Graph *g = L->g;
    if (!g->has_train || train_calls_forward(g))
        return;
    L->shared = arena_alloc(L->a, sizeof *L->shared * (size_t)(L->plan->nvalues + 1));
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_FORWARD || op->kind != OP_MATMUL)
            continue;
        const Value *a = op->args[0], *r = op->result;
        KFunc *f = begin_func(L, KF_FORWARD, arena_printf(L->a, "%s_product", L->cname[r->id]),
                              false);
        add_param(L, KP_WS, "ws");
        param_buf(L, KP_IN, a, L->cname[a->id]);
        param_buf(L, KP_OUT, r, L->cname[r->id]);
        add_param(L, KP_N, "n");
        L->shared[r->id] = f;
        lower_op(L, op, MODE_PREDICT);
        end_func(L);
        vec_push(L->a, L->kp->funcs, f);
    }
}

/* forward(ws, x, y, n): dropout as identity, the output into y */
static KFunc *lower_forward(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_FORWARD, "forward", false);
    add_param(L, KP_WS, "ws");
    param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_OUT, g->output, L->cname[g->output->id]);
    add_param(L, KP_N, "n");
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->phase == PH_FORWARD)
            lower_op(L, g->ops.items[i], MODE_PREDICT);
    end_func(L);
    return f;
}

static void count_right(Lower *L, KBuf *correct);

/* The forward function's pass over the n rows of x, its output into the
 * workspace: eval_batch shares forward's code instead of a copy of it
 * (a quarter less code for the backends to compile), and so does
 * train_step when train_calls_forward says it may.  The values the loss (and
 * the backward pass) read are where forward left them, with its dropouts
 * as the identity on the same buffers. */
static void forward_call(Lower *L, KBuf *x)
{
    const Graph *g = L->g;
    const Op *out = NULL;
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->result == g->output)
            out = g->ops.items[i];
    kb_block(K, out ? out->loc : g->loss->loc,
             arena_printf(L->a, "%s = the forward pass, no dropout", L->cname[g->output->id]));
    call(L, KC_KERNEL, buf(L, g->output), x, kn(L))->func = L->kp->forward;
    leave(L);
    for (int i = 0; i < g->ops.len; i++)        /* bound as forward binds them */
        if (g->ops.items[i]->phase == PH_FORWARD)
            alias_dropout(L, g->ops.items[i]);
}

/* train_step(ws, rng, x, t, n, correct): the whole step; returns the loss,
 * and the right answers of the step's own forward pass (dropout on, the
 * weights before the update) in correct[0], as Keras counts them */
static KFunc *lower_train_step(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_TRAIN_STEP, "train_step", true);
    add_param(L, KP_WS, "ws");
    add_param(L, KP_RNG, "rng");
    KBuf *x = param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_IN, g->target, L->cname[g->target->id]);
    add_param(L, KP_N, "n");
    KBuf *correct = param_buf(L, KP_CORRECT, NULL, "correct");
    int first = 0;
    if (train_calls_forward(g)) {
        forward_call(L, x);
        count_right(L, correct);
        while (first < g->ops.len && g->ops.items[first]->phase == PH_FORWARD)
            first++;
    }
    for (int i = first; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        lower_op(L, op, MODE_TRAIN);
        /* while the output is fresh: a later buffer may share its memory */
        if (op->result == g->output)
            count_right(L, correct);
    }
    K->loc = g->loss->loc;
    kb_return(K, at(L, g->loss, ki(L, 0)));
    end_func(L);
    return f;
}

/* hits += 1 where row i's argmax is its label */
static void count_argmax(Lower *L, KVar *hits)
{
    const Value *y = L->g->output, *t = L->g->target;
    long c = row_size(y);
    KVar *i = loop(L, "i", kn(L), KL_REDUCE);
    KVar *best = let(L, "best", at(L, y, rc(L, i, c, ki(L, 0))));
    KVar *arg = let(L, "arg", ki(L, 0));
    KVar *j = loop(L, "j", ki(L, c), 0);
    KExpr *yj = at(L, y, rc(L, i, c, kv(L, j)));
    assign(L, arg, ksel(L, kbin(L, KO_GT, yj, kv(L, best)), kv(L, j), kv(L, arg)), false);
    assign(L, best, kbin(L, KO_MAX, kv(L, best), yj), false);
    leave(L);
    KExpr *right = kbin(L, KO_EQ, kv(L, arg), kun(L, KO_TO_IDX, at(L, t, kv(L, i))));
    assign(L, hits, ksel(L, right, kf(L, 1), kf(L, 0)), true);
    leave(L);
}

/* hits += 1 for each output on the same side of 0.5 as its target */
static void count_threshold(Lower *L, KVar *hits)
{
    const Value *y = L->g->output, *t = L->g->target;
    KVar *i = loop(L, "i", count(L, y), KL_VECTOR | KL_REDUCE);
    KExpr *py = kbin(L, KO_GT, at(L, y, kv(L, i)), kf(L, 0.5));
    KExpr *pt = kbin(L, KO_GT, at(L, t, kv(L, i)), kf(L, 0.5));
    assign(L, hits, ksel(L, kbin(L, KO_EQ, py, pt), kf(L, 1), kf(L, 0)), true);
    leave(L);
}

/* correct[0] = the right answers among the n outputs */
static void count_right(Lower *L, KBuf *correct)
{
    const Graph *g = L->g;
    kb_block(K, g->loss->loc,
             g->cfg.loss == LOSS_CROSS_ENTROPY ? "right answers: argmax = label"
             : g->cfg.loss == LOSS_BCE         ? "right answers: outputs on the target's side of 0.5"
                                               : "right answers: none for mse");
    KVar *hits = let(L, "hits", kf(L, 0));
    if (g->cfg.loss == LOSS_CROSS_ENTROPY)
        count_argmax(L, hits);
    else if (g->cfg.loss == LOSS_BCE)
        count_threshold(L, hits);
    store(L, correct, ki(L, 0), kv(L, hits), false);
    leave(L);
}

/* eval_batch(ws, x, t, n, correct): forward and loss, no dropout */
static KFunc *lower_eval_batch(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_EVAL_BATCH, "eval_batch", true);
    add_param(L, KP_WS, "ws");
    KBuf *x = param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_IN, g->target, L->cname[g->target->id]);
    add_param(L, KP_N, "n");
    KBuf *correct = param_buf(L, KP_CORRECT, NULL, "correct");
    forward_call(L, x);
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->phase == PH_LOSS)
            lower_op(L, g->ops.items[i], MODE_PREDICT);
    count_right(L, correct);
    K->loc = g->loss->loc;
    kb_return(K, at(L, g->loss, ki(L, 0)));
    end_func(L);
    return f;
}

/* ---- the descriptor table --------------------------------------------- */

static int init_code(const Value *v)
{
    if (v->is_bias && v->init != INIT_UNIFORM)
        return 0;                               /* NNRT_INIT_ZERO */
    switch (v->init) {
    case INIT_HE: return 1;
    case INIT_UNIFORM: return 3;
    case INIT_XAVIER:
    case INIT_DEFAULT: return 2;
    }
    nnc_unreachable();
}

static int add_tensor(Lower *L, const Value *v, int kind)
{
    KTensor t = {0};
    t.name = v->ckpt ? v->ckpt : v->name;
    if (kind == 2 && v->param)                  /* a gradient: its parameter's name */
        t.name = v->param->ckpt;
    t.kind = kind;
    t.ndim = v->shape.rank;
    t.dims[0] = v->shape.rank > 0 ? v->shape.dims[0] : 0;
    t.dims[1] = v->shape.rank > 1 ? v->shape.dims[1] : 0;
    t.offset = plan_offset(L->plan, v);
    t.init = kind == 0 ? init_code(v) : 0;
    t.fan_in = v->fan_in;
    t.fan_out = v->fan_out;
    t.grad = -1;
    vec_push(L->a, L->kp->tensors, t);
    return L->kp->tensors.len - 1;
}

static void build_tensors(Lower *L)
{
    const Graph *g = L->g;
    int first_param = L->kp->tensors.len;
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_PARAM) {
            add_tensor(L, g->values.items[i], 0);
            L->kp->param_count += ir_shape_elems(g->values.items[i]->shape, g->batch);
        }
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_STATE)
            add_tensor(L, g->values.items[i], 1);
    int p = first_param;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM)
            continue;
        if (v->grad && plan_in_workspace(L->plan, v->grad)) {
            int gi = add_tensor(L, v->grad, 2);   /* may move the table */
            L->kp->tensors.items[p].grad = gi;
        }
        p++;
    }
}

KProgram *kernel_lower(const Graph *g, const Plan *plan, Arena *a)
{
    Lower L = {.kb = {.a = a}, .a = a, .g = g, .plan = plan};
    KProgram *kp = arena_alloc(a, sizeof *kp);
    kp->g = g;
    kp->plan = plan;
    kp->name = g->name;
    kp->batch = g->batch;
    kp->input_size = row_size(g->input);
    kp->output_size = row_size(g->output);
    L.kp = kp;
    L.wsbuf = arena_alloc(a, sizeof *L.wsbuf * (size_t)(plan->nvalues + 1));
    L.bind = arena_alloc(a, sizeof *L.bind * (size_t)(plan->nvalues + 1));
    name_values(&L);
    build_tensors(&L);
    lower_shared(&L);
    kp->forward = lower_forward(&L);
    vec_push(a, kp->funcs, kp->forward);
    if (g->has_train && g->loss && g->target) {
        kp->train_step = lower_train_step(&L);
        kp->eval_batch = lower_eval_batch(&L);
        vec_push(a, kp->funcs, kp->train_step);
        vec_push(a, kp->funcs, kp->eval_batch);
    }
    return kp;
}
