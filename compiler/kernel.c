/*
 * kernel.c - graph IR to kernel IR: the model's functions.
 *
 * Takes a graph after optim_append and its memory plan; gives a KProgram
 * with four functions that both backends print or build:
 *   forward(ws, pw, x, y, n)              predict: forward ops, dropout as
 *                                         identity, the output written to y,
 *                                         the parameters read at pw
 *   grad_step(ws, rng, x, t, n, correct)  forward, loss, backward: every
 *                                         gradient into the gradient region;
 *                                         returns the loss, counts right
 *                                         answers as eval_batch does
 *   update_step(ws)                       the optimizer, from that region,
 *                                         at the rate in train.lr
 *   eval_batch(ws, x, t, n, correct)      forward and loss without dropout,
 *                                         and the count of right answers
 * plus the descriptor table (parameters, optimizer state, gradients).
 * The runtime runs a training step as grad_step then update_step; between
 * the two it may look at the loss, or (distributed) sum the region.
 *
 * Each graph op becomes one KS_BLOCK carrying the op's Loc, filled by the
 * op's own lowering (its OpDef.lower, in its family's file) through the
 * helpers below: which buffer holds a value in the function being built,
 * how many floats it has in this call, a loop over all of them.  This
 * file decides which ops each function runs and how the functions call
 * each other; the families decide the loops.
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
    "i0", "j0", "kk", "result", "lr",
    /* op_conv.c, op_norm.c */
    "img", "grp", "ch", "flt", "px", "plane", "kh", "kw", "oh", "ow", "ih", "iw", "ih_s", "iw_s",
    "tap_row", "at", "bias_f", "val", "dev", "mean", "count", "sq", "invstd", "ka", "kb", "kc",
    "shift", "pix", "plane_i",
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

typedef struct KL Lower;

struct KL {
    KB kb;                /* the builder (kbuild.c) */
    Arena *a;
    const Graph *g;
    const Plan *plan;
    KProgram *kp;
    const char **cname;   /* by value id */
    KBuf **wsbuf;         /* by value id: its workspace buffer, made once */
    KBuf **bind;          /* by value id: the buffer in the current function */
    bool training;        /* building grad_step: dropout masks apply */
    /* sharing (below): every op lowered so far, by key the functions */
    struct { struct OpUse *items; int len, cap; } uses;
    StrMap *shared;       /* key -> Shared */
    int nspans;           /* the parameters' update runs so far (their names) */
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
    if (has_prefix(s, "nnrt") || has_prefix(s, "NNRT") || s[0] == '_' || has_prefix(s, "all_"))
        return true;
    return strcmp(s, model) == 0 || (strncmp(s, model, ml) == 0 && s[ml] == '_');
}

/* Mangles every value's name, in value order, so the result is stable. */
static void name_values(Lower *L)
{
    const Graph *g = L->g;
    int nv = L->plan->nvalues;
    L->cname = arena_alloc(L->a, sizeof *L->cname * (size_t)(nv + 1));
    StrMap *used = strmap_new(L->a);
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
        for (int k = 2; strmap_get(used, unique); k++)
            unique = arena_printf(L->a, "%s_%d", name, k);
        strmap_put(used, unique, (void *)unique);
        L->cname[v->id] = unique;
    }
}

/* ---- expressions ------------------------------------------------------ */

#define K (&L->kb)

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

KBuf *kl_buf(KL *L, const Value *v)
{
    if (L->bind[v->id])
        return L->bind[v->id];
    return L->bind[v->id] = ws_buf(L, v);
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

/* The number of floats of v in this call: n rows, or a constant. */
KExpr *kl_count(KL *L, const Value *v)
{
    long row = ir_row_size(v->shape);
    if (ir_batched(v->shape))
        return row == 1 ? kb_n(K) : kb_bin(K, KO_MUL, kb_n(K), kb_i(K, row));
    return kb_i(K, ir_shape_elems(v->shape, L->g->batch));
}

/* Floats an elementwise loop must stream before two threads pay for
 * their fork (a few microseconds): a quarter of a megabyte.  The
 * threshold was a megabyte once, and a 784-256-128-10 first-layer update
 * then ran on the caller alone (bench/RESULTS.md has the figures). */
#define EACH_THREAD_MIN (1L << 16)

/* A parameter-sized buffer (an optimizer's update) of at least
 * EACH_THREAD_MIN floats, or a batched one whose full batch is, splits
 * across threads, and then only in a call with enough rows (not
 * predict's one sample). */
/* The rule for both: a loop over `total` floats (at the full batch) pays
 * for threads from EACH_THREAD_MIN; when it is over a batch of rows of
 * `row` floats (0: not a batch), only in calls of enough rows (the
 * fork_if returned). */
static KExpr *threads_when(KL *L, long total, long row, unsigned *flags)
{
    if (total < EACH_THREAD_MIN)
        return NULL;
    *flags |= KL_THREADS;
    if (row == 0 || row >= EACH_THREAD_MIN)
        return NULL;
    return kb_bin(K, KO_LE, kb_i(K, (EACH_THREAD_MIN + row - 1) / row), kb_n(K));
}

KVar *kl_each_loop(KL *L, const Value *v)
{
    unsigned f = KL_PARALLEL | KL_VECTOR;
    KExpr *fork_if = threads_when(L, ir_shape_elems(v->shape, L->g->batch),
                                  ir_batched(v->shape) ? ir_row_size(v->shape) : 0, &f);
    return kb_loop_if(K, "i", kb_i(K, 0), kl_count(L, v), 1, f, fork_if);
}

bool kl_batch_threads(const KL *L, long row_floats)
{
    return row_floats * L->g->batch >= EACH_THREAD_MIN;
}

KVar *kl_batch_loop(KL *L, const char *name, KExpr *hi, long row_floats, unsigned flags)
{
    flags |= KL_PARALLEL;
    KExpr *fork_if = threads_when(L, row_floats * L->g->batch, row_floats, &flags);
    return kb_loop_if(K, name, kb_i(K, 0), hi, 1, flags, fork_if);
}

/* The sum in vectors: one KV_WIDTH-lane accumulator over each row's
 * whole vectors and a scalar one over its tail, then the lanes and the
 * tail added.  As a scalar `acc += ...` loop the sum was one chain of
 * float additions, which no compiler may reorder (and the C backend must
 * not): a 4-cycle latency per float, 0.9 ms of fashion_cnn's step for the
 * first layer's bias gradient alone.  The order is fixed in the IR, so
 * the backends and the kernel interpreter add the same way. */
static KExpr *sum_term(KB *k, const KSumTerm *t, KVar *base, KVar *p, bool vec)
{
    KExpr *(*ld)(KB *, KBuf *, KExpr *) = vec ? kb_vload : kb_load;
    KExpr *x = ld(k, t->a, kb_bin(k, KO_ADD, kb_var(k, base), kb_var(k, p)));
    if (t->am)
        x = kb_bin(k, KO_SUB, x, vec ? kb_bcast(k, kb_var(k, t->am)) : kb_var(k, t->am));
    if (t->b) {
        KExpr *y = ld(k, t->b, kb_bin(k, KO_ADD, kb_var(k, base), kb_var(k, p)));
        if (t->bm)
            y = kb_bin(k, KO_SUB, y, vec ? kb_bcast(k, kb_var(k, t->bm)) : kb_var(k, t->bm));
        x = kb_bin(k, KO_MUL, x, y);
    }
    return x;
}

KVar *kl_channel_sum(KL *L, KVar *c, long C, long P, const KSumTerm *t, const char *name)
{
    long Pv = P / KV_WIDTH * KV_WIDTH;
    KVar *lanes = Pv ? kb_let(K, arena_printf(L->a, "%s_lanes", name), kb_bcast(K, kb_f(K, 0))) : NULL;
    KVar *tail = kb_let(K, Pv ? arena_printf(L->a, "%s_tail", name) : name, kb_f(K, 0));
    KVar *b = kb_loop(K, "img", kb_i(K, 0), kb_n(K), 1, 0);
    KVar *base = kb_let(K, "at", kb_bin(K, KO_MUL, kb_bin(K, KO_ADD, kb_bin(K, KO_MUL, kb_var(K, b), kb_i(K, C)),
                                                          kb_var(K, c)), kb_i(K, P)));
    if (Pv) {
        KVar *p = kb_loop(K, "px", kb_i(K, 0), kb_i(K, Pv), KV_WIDTH, 0);
        kb_assign(K, lanes, kb_bin(K, KO_ADD, kb_var(K, lanes), sum_term(K, t, base, p, true)), false);
        kb_leave(K);
    }
    if (Pv < P) {
        KVar *p = kb_loop(K, "px", kb_i(K, Pv), kb_i(K, P), 1, KL_REDUCE);
        kb_assign(K, tail, sum_term(K, t, base, p, false), true);
        kb_leave(K);
    }
    kb_leave(K);   /* img */
    if (!lanes)
        return tail;
    return kb_let(K, name, kb_bin(K, KO_ADD, kb_hsum(K, kb_var(K, lanes)), kb_var(K, tail)));
}

KBuf *kl_grad_region(KL *L, long *floats)
{
    *floats = L->plan->grad_end - L->plan->grad_begin;
    return kb_ws_buf(K, "grad_region", L->plan->grad_begin, ir_shape(1, *floats, 0), KT_F32);
}

KExpr *kl_at(KL *L, const Value *v, KExpr *idx)
{
    return kb_load(K, kl_buf(L, v), idx);
}

KExpr *kl_rc(KL *L, KVar *row, long cols, KExpr *col)
{
    return kb_bin(K, KO_ADD, kb_bin(K, KO_MUL, kb_var(K, row), kb_i(K, cols)), col);
}

KBuf *kl_scratch_at(KL *L, const Op *op, const char *name, long before, Shape shape)
{
    long at = plan_op_scratch(L->plan, L->g, op);
    nnc_assert(at >= 0 && op->result && before >= 0);
    /* after the op's result: "c1_col", unique in the function */
    return kb_ws_buf(K, arena_printf(L->a, "%s_%s", L->cname[op->result->id], name), at + before, shape, KT_F32);
}

KBuf *kl_scratch(KL *L, const Op *op, const char *name, Shape shape)
{
    return kl_scratch_at(L, op, name, 0, shape);
}

KB *kl_kb(KL *L)
{
    return K;
}

const Graph *kl_graph(KL *L)
{
    return L->g;
}

bool kl_training(KL *L)
{
    return L->training;
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
    if (op->act != ACT_LINEAR && op_has(op, OPF_GRAD_EPILOGUE))
        sb_printf(&sb, ", written times %s'(%s)", act_name(op->act), vname(op->args[1]));
    else if (op->act != ACT_LINEAR && op->phase == PH_BACKWARD)
        sb_printf(&sb, ", dy read as dy * %s'(y)", act_name(op->act));
    else if (op->act != ACT_LINEAR)
        sb_printf(&sb, " then %s", act_name(op->act));
    char *s = sb_take(&sb);
    const char *r = arena_strdup(L->a, s);
    free(s);
    return r;
}

/* Predicting, an op that is then the identity (dropout) has its result
 * share its operand's buffer (unless already bound, as forward's output
 * is: its own lowering then copies).  Returns whether op was one. */
static bool alias_predict(Lower *L, const Op *op)
{
    if (!op_has(op, OPF_PREDICT_ALIAS) || L->bind[op->result->id])
        return false;
    L->bind[op->result->id] = kl_buf(L, op->args[0]);
    return true;
}

/* ---- shared kernels -----------------------------------------------------
 *
 * Ops with the same signature (kind, attributes, act, operand and result
 * shapes, which operands are the same value, and the mode where it
 * matters) have the same loops over different buffers.  lower_op does not
 * build an op's loops: it records the op, its buffers and an empty block
 * where they go.  Once every function is lowered, share_all gives each
 * recorded op either its loops, built in place (a signature used once:
 * the code is what it always was), or a call of one function of the model
 * built once for the signature, whose parameters are the op's buffers and
 * n.  A deep network of equal layers then has one function per distinct
 * layer shape, not one copy of the loops per layer: the generated code
 * grows with the number of distinct shapes, not with the depth. */

typedef struct Shared {
    const char *fname;     /* the function's name (the model's prefix aside) */
    int uses;
    KFunc *func;           /* built at the first use when uses > 1 */
} Shared;

typedef struct OpUse {
    const Op *op;
    KFunc *owner;          /* the function it is lowered in */
    KStmt *block;          /* its block: the loops or the call go in */
    KBuf **bufs;           /* the buffers of its operands, then its result */
    bool training;
    Shared *shared;
} OpUse;

static int op_nbufs(const Op *op)
{
    return op->nargs + (op->result != NULL);
}

static const Value *op_value(const Op *op, int i)
{
    return i < op->nargs ? op->args[i] : op->result;
}

/* The op's signature: "matmul|relu|[B,784] [256,784] [256]|0 1 2|[B,256]|" */
static const char *op_key(Lower *L, const Op *op)
{
    StrBuf sb = {0};
    char buf[64];
    sb_printf(&sb, "%s|%s|", ir_op_name(op->kind), act_name(op->act));
    for (int i = 0; i < IR_MAX_ATTRS && ir_attr_name(op->kind, i); i++)
        sb_printf(&sb, "%s ", ir_number(op->attr[i], buf, sizeof buf));
    for (int i = 0; i < op_nbufs(op); i++) {
        int same = i;
        for (int j = 0; j < i; j++)
            if (op_value(op, j) == op_value(op, i) && same == i)
                same = j;
        sb_printf(&sb, "|%s %d", ir_shape_str(op_value(op, i)->shape, buf, sizeof buf), same);
    }
    if (op_has(op, OPF_PREDICT_ALIAS | OPF_TRAIN_ONLY | OPF_MODE))
        sb_printf(&sb, "|%s", L->training ? "train" : "predict");
    /* draws from the step's rng, or uses scratch of its own (a shared
     * function has no workspace): always in place */
    if (op_has(op, OPF_TRAIN_ONLY | OPF_MODE) || op_def(op->kind)->scratch)
        sb_printf(&sb, "|%d", L->uses.len);
    const char *key = arena_strdup(L->a, sb.data);
    sb_free(&sb);
    return key;
}

/* "matmul_Bx256_relu": the op, the shape it writes (its result's, or an
 * update's parameter's) and its act, then a number when another
 * signature has the name already. */
static const char *shared_name(Lower *L, const Op *op)
{
    StrBuf sb = {0};
    const Shape sh = (op->result ? op->result : op->args[0])->shape;
    sb_printf(&sb, "%s_", ir_op_name(op->kind));
    for (int d = 0; d < sh.rank; d++) {
        if (sh.dims[d] == IR_BATCH)
            sb_printf(&sb, "%sB", d ? "x" : "");
        else
            sb_printf(&sb, "%s%ld", d ? "x" : "", sh.dims[d]);
    }
    if (sh.rank == 0)
        sb_putc(&sb, '1');
    if (op->act != ACT_LINEAR)
        sb_printf(&sb, "_%s", act_name(op->act));
    const char *base = arena_strdup(L->a, sb.data), *name = base;
    sb_free(&sb);
    for (int k = 2; strmap_get(L->shared, arena_printf(L->a, "#%s", name)); k++)
        name = arena_printf(L->a, "%s_%d", base, k);
    strmap_put(L->shared, arena_printf(L->a, "#%s", name), (void *)name);
    return name;
}

/* Records op's place and buffers (see above); its loops come later. */
static void record_op(Lower *L, const Op *op, KStmt *block)
{
    const char *key = op_key(L, op);
    Shared *sh = strmap_get(L->shared, key);
    if (!sh) {
        sh = arena_alloc(L->a, sizeof *sh);
        strmap_put(L->shared, key, sh);
    }
    sh->uses++;
    OpUse u = {op, L->kb.f, block, arena_alloc(L->a, sizeof(KBuf *) * (size_t)(op_nbufs(op) + 1)),
               L->training, sh};
    for (int i = 0; i < op_nbufs(op); i++)
        u.bufs[i] = kl_buf(L, op_value(op, i));
    vec_push(L->a, L->uses, u);
}

static void lower_op(Lower *L, const Op *op)
{
    if (!L->training && op_has(op, OPF_TRAIN_ONLY))
        return;
    if (!L->training && alias_predict(L, op))
        return;
    KStmt *block = kb_block(K, op->loc, op_note(L, op));
    kb_leave(K);
    const OpDef *def = op_def(op->kind);
    KProf row = {block->note, L->kb.f->name, op->loc, def->flops ? def->flops(L->g, op) : 0};
    vec_push(L->a, L->kp->prof, row);
    block->prof = L->kp->prof.len;
    record_op(L, op, block);
}

/* op's loops into the block open now, its values bound to bufs. */
static void build_loops(Lower *L, const Op *op, KBuf **bufs, bool training)
{
    for (int i = 0; i < op_nbufs(op); i++)
        L->bind[op_value(op, i)->id] = bufs[i];
    L->training = training;
    K->loc = op->loc;
    op_def(op->kind)->lower(L, op);
    for (int i = 0; i < op_nbufs(op); i++)
        L->bind[op_value(op, i)->id] = NULL;
}

/* "result = matmul(arg1, arg2, arg3) then relu": an op by its operands' roles */
static const char *role_note(Lower *L, const Op *op)
{
    StrBuf sb = {0};
    if (op->result)
        sb_puts(&sb, "result = ");
    sb_printf(&sb, "%s(", ir_op_name(op->kind));
    for (int i = 0; i < op->nargs; i++)
        sb_printf(&sb, "%sarg%d", i ? ", " : "", i + 1);
    sb_puts(&sb, ")");
    if (op->act != ACT_LINEAR && op_has(op, OPF_GRAD_EPILOGUE))
        sb_printf(&sb, ", written times %s'(arg2)", act_name(op->act));
    else if (op->act != ACT_LINEAR && op->phase == PH_BACKWARD)
        sb_printf(&sb, ", dy read as dy * %s'(v)", act_name(op->act));
    else if (op->act != ACT_LINEAR)
        sb_printf(&sb, " then %s", act_name(op->act));
    const char *r = arena_strdup(L->a, sb.data);
    sb_free(&sb);
    return r;
}

/* The function of a signature: its parameters the first use's buffers'
 * roles (arg1, arg2, ..., result; an update writes all of them), and n. */
static KFunc *build_shared(Lower *L, const OpUse *u)
{
    const Op *op = u->op;
    KFunc *f = kb_begin_func(K, KF_FORWARD, shared_name(L, op), false);
    KBuf **params = arena_alloc(L->a, sizeof(KBuf *) * (size_t)(op_nbufs(op) + 1));
    bool update = op_has(op, OPF_UPDATE);
    for (int i = 0; i < op_nbufs(op); i++) {
        const Value *v = op_value(op, i);
        bool out = update || i == op->nargs;
        const char *name = i == op->nargs ? "result" : arena_printf(L->a, "arg%d", i + 1);
        params[i] = kb_param_buf(K, out ? KP_OUT : KP_IN, name, v->shape);
        params[i]->elem = u->bufs[i]->elem;
    }
    kb_param(K, KP_N, "n");
    kb_block(K, (Loc){0, 0, 0}, arena_printf(L->a, "%s: the loops of the %d ops of this signature",
                                               role_note(L, op), u->shared->uses));
    build_loops(L, op, params, u->training);
    kb_leave(K);
    f->nbuf_ids = K->nbufs;
    KUses uses = kuses_of(f, &f->body, false);
    if (!uses.n)   /* an update's loop does not depend on the rows: no n */
        f->params.len--;
    kuses_free(&uses);
    kb_end_func(K);
    return f;
}

/* Each recorded op its loops or the call of its signature's function;
 * the shared functions go first in the program (callees first). */
static void share_all(Lower *L)
{
    struct { KFunc **items; int len, cap; } made = {0};
    for (int i = 0; i < L->uses.len; i++) {
        OpUse *u = &L->uses.items[i];
        if (u->shared->uses > 1 && !u->shared->func) {
            u->shared->func = build_shared(L, u);
            vec_push(L->a, made, u->shared->func);
        }
        K->f = u->owner;
        K->depth = 0;
        kb_enter(K, &u->block->body);
        if (u->shared->uses == 1) {
            build_loops(L, u->op, u->bufs, u->training);
            continue;
        }
        const KFunc *sf = u->shared->func;
        K->loc = u->op->loc;
        KStmt *c = kb_call(K, KC_KERNEL, NULL, NULL, kb_n(K));
        c->func = sf;
        c->args = arena_alloc(L->a, sizeof(KBuf *) * (size_t)(sf->params.len + 1));
        for (int p = 0; p < op_nbufs(u->op); p++)
            c->args[p] = u->bufs[p];
    }
    KFunc **all = arena_alloc(L->a, sizeof(KFunc *) * (size_t)(made.len + L->kp->funcs.len + 1));
    if (made.len)
        memcpy(all, made.items, sizeof(KFunc *) * (size_t)made.len);
    if (L->kp->funcs.len)
        memcpy(all + made.len, L->kp->funcs.items, sizeof(KFunc *) * (size_t)L->kp->funcs.len);
    L->kp->funcs.items = all;
    L->kp->funcs.len = L->kp->funcs.cap = made.len + L->kp->funcs.len;
}

/* ---- functions -------------------------------------------------------- */

static KFunc *begin_func(Lower *L, KFuncKind kind, const char *name, bool returns)
{
    memset(L->bind, 0, sizeof *L->bind * (size_t)(L->plan->nvalues + 1));
    return kb_begin_func(K, kind, name, returns);
}

/* Functions are finished after share_all (end_functions), when every
 * op's loops are in: only then is it known which buffers each uses. */
static void end_func(Lower *L)
{
    (void)L;
}

/* Statements of a function's body past which it is cut into pieces: gcc's
 * register allocator is superlinear in a function's size (the figures are
 * in bench/RESULTS.md, "Compile time"). */
#define PIECE 1024

/* A function with more than PIECE statements becomes calls of pieces of
 * it, NAME_1, NAME_2, ..., each with the function's parameters (the
 * buffers keep their parameter's place) and PIECE of its statements, in
 * order; the return stays.  The ops' blocks share no variable, so
 * nothing else changes. */
static void split_long(Lower *L, KFunc *f, KFunc ***pieces, int *npieces)
{
    KBlock *body = &f->body;
    if (body->len <= PIECE)
        return;
    KBlock rest = {0};
    int n = 0;
    for (int i = 0; i < body->len; i += PIECE, n++) {
        int end = i + PIECE < body->len ? i + PIECE : body->len;
        KFunc *p = arena_alloc(L->a, sizeof *p);
        p->kind = f->kind;
        p->name = arena_printf(L->a, "%s_%d", f->name, n + 1);
        p->nvars = f->nvars;
        for (int k = 0; k < f->params.len; k++)
            vec_push(L->a, p->params, f->params.items[k]);
        for (int k = i; k < end; k++) {
            if (body->items[k]->kind == KS_RETURN)
                vec_push(L->a, rest, body->items[k]);
            else
                vec_push(L->a, p->body, body->items[k]);
        }
        KStmt *c = arena_alloc(L->a, sizeof *c);
        c->kind = KS_CALL;
        c->callee = KC_KERNEL;
        c->func = p;
        c->val = kb_n(K);
        c->args = arena_alloc(L->a, sizeof(KBuf *) * (size_t)(p->params.len + 1));
        for (int k = 0; k < p->params.len; k++)   /* the caller's own parameters, passed on */
            if (p->params.items[k].kind != KP_WS && p->params.items[k].kind != KP_RNG &&
                p->params.items[k].kind != KP_N && p->params.items[k].kind != KP_PW)
                c->args[k] = kb_param_ref(K, k, p->params.items[k].name);
        vec_push(L->a, rest, c);
        (*pieces)[(*npieces)++] = p;
    }
    /* the return after the calls */
    for (int k = 0; k < rest.len; k++)
        if (rest.items[k]->kind == KS_RETURN) {
            KStmt *r = rest.items[k];
            memmove(&rest.items[k], &rest.items[k + 1], sizeof *rest.items * (size_t)(rest.len - k - 1));
            rest.items[rest.len - 1] = r;
            break;
        }
    *body = rest;
}

static void end_functions(Lower *L)
{
    KProgram *kp = L->kp;
    KFunc **pieces = arena_alloc(L->a, sizeof(KFunc *) * (size_t)(L->g->ops.len / PIECE * 3 + 8));
    struct { KFunc **items; int len, cap; } all = {0};
    for (int i = 0; i < kp->funcs.len; i++) {
        KFunc *f = kp->funcs.items[i];
        int npieces = 0;
        if (f == kp->forward || f == kp->grad_step || f == kp->update_step || f == kp->eval_batch)
            split_long(L, f, &pieces, &npieces);
        for (int k = 0; k < npieces; k++) {   /* callees first */
            K->f = pieces[k];
            kb_end_func(K);
            vec_push(L->a, all, pieces[k]);
        }
        if (f->nbuf_ids == 0) {   /* the shared ones are finished already */
            K->f = f;
            kb_end_func(K);
        }
        vec_push(L->a, all, f);
    }
    kp->funcs.items = all.items;
    kp->funcs.len = all.len;
    kp->funcs.cap = all.cap;
}

/* Whether grad_step can run its forward pass as a call of forward: the
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
        if (!in_prefix || op_has(op, OPF_PREDICT_ALIAS | OPF_TRAIN_ONLY | OPF_MODE))
            return false;
    }
    return true;
}

/* forward(ws, pw, x, y, n): dropout as identity, the output into y; the
 * parameters at pw, everything else in ws, so that contexts with a ws
 * each predict at once on one model's parameters (nnrt_ctx) */
static KFunc *lower_forward(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_FORWARD, "forward", false);
    kb_param(K, KP_WS, "ws");
    kb_param(K, KP_PW, "pw");
    param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_OUT, g->output, L->cname[g->output->id]);
    kb_param(K, KP_N, "n");
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->phase == PH_FORWARD)
            lower_op(L, g->ops.items[i]);
    end_func(L);
    return f;
}

static void count_right(Lower *L, KBuf *correct);

/* The forward function's pass over the n rows of x, its output into the
 * workspace: eval_batch shares forward's code instead of a copy of it
 * (a quarter less code for the backends to compile), and so does
 * grad_step when train_calls_forward says it may.  The values the loss (and
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
    kb_call(K, KC_KERNEL, kl_buf(L, g->output), x, kb_n(K))->func = L->kp->forward;
    kb_leave(K);
    for (int i = 0; i < g->ops.len; i++)        /* bound as forward binds them */
        if (g->ops.items[i]->phase == PH_FORWARD)
            alias_predict(L, g->ops.items[i]);
}

/* ---- the parameters' updates as one loop -------------------------------
 *
 * The parameters, their gradients and each kind of optimizer state are
 * regions of the workspace laid out alike (plan.c): the same tensors in
 * the same order, each on a 64-byte boundary.  So a run of update ops of
 * one kind and the same attributes, over tensors that follow each other,
 * is one elementwise pass over the whole span, which lower_op lowers as
 * one op (its operands spans of the regions, a shared scalar such as
 * Adam's step as it is).  Each float is updated as alone (the same
 * arithmetic on the same values); the padding between tensors is updated
 * too, and stays 0 (a gradient of 0 leaves a weight of 0 where it is). */

static long region_off(Lower *L, const Value *v)
{
    return plan_offset(L->plan, v);
}

/* Whether b continues a's run: same kind and attributes, every operand
 * moved by the distance between the parameters, or one shared value. */
static bool continues(Lower *L, const Op *a, const Op *b)
{
    if (b->kind != a->kind || b->nargs != a->nargs || b->act != a->act)
        return false;
    for (int i = 0; i < IR_MAX_ATTRS; i++)
        if (a->attr[i] != b->attr[i])
            return false;
    long step = region_off(L, b->args[0]) - region_off(L, a->args[0]);
    if (step != L->plan->size[a->args[0]->id] + (PLAN_ALIGN - L->plan->size[a->args[0]->id] % PLAN_ALIGN) % PLAN_ALIGN)
        return false;
    for (int j = 1; j < a->nargs; j++) {
        bool shared = a->args[j] == b->args[j];
        if (!shared && region_off(L, b->args[j]) - region_off(L, a->args[j]) != step)
            return false;
        if (!shared && a->args[j]->shape.rank == 0)
            return false;
    }
    return true;
}

/* The run's span of operand k as a value: the first tensor's id (the
 * buffers are bound by id), every float from its start to the run's last
 * tensor's end; named all_params, all_grads, all_momentum, all_exp_avg. */
static Value *span_value(Lower *L, const Value *first, int k, long floats)
{
    Value *v = arena_alloc(L->a, sizeof *v);
    *v = *first;
    v->shape = ir_shape(1, floats, 0);
    const char *what = k == 0 ? "params" : k == 1 ? "grads"
                     : first->ckpt + strlen("train.") + strlen(first->param->ckpt) + 1;
    v->name = L->nspans ? arena_printf(L->a, "all_%s_%d", what, L->nspans + 1)
                        : arena_printf(L->a, "all_%s", what);
    L->bind[v->id] = kb_ws_buf(K, v->name, region_off(L, first), v->shape, KT_F32);
    return v;
}

/* Ops [i, j) of the graph, a run (continues), lowered as one op over
 * their span. */
static void lower_span(Lower *L, int i, int j)
{
    const Graph *g = L->g;
    const Op *a = g->ops.items[i], *z = g->ops.items[j - 1];
    long floats = region_off(L, z->args[0]) + L->plan->size[z->args[0]->id] - region_off(L, a->args[0]);
    Op *op = arena_alloc(L->a, sizeof *op);
    *op = *a;
    op->loc = g->cfg.opt_loc;   /* many layers' updates: the optimizer's line */
    for (int k = 0; k < a->nargs; k++)
        if (a->args[k] != z->args[k])   /* else shared: the step count */
            op->args[k] = span_value(L, a->args[k], k, floats);
    lower_op(L, op);
    for (int k = 0; k < a->nargs; k++)
        L->bind[op->args[k]->id] = NULL;
    L->nspans++;
}

/* grad_step(ws, rng, x, t, n, correct): forward, loss and backward, every
 * gradient into its place in the gradient region; returns the loss, and
 * the right answers of the step's own forward pass (dropout on, the
 * weights before the update) in correct[0], as Keras counts them */
static KFunc *lower_grad_step(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_GRAD_STEP, "grad_step", true);
    kb_param(K, KP_WS, "ws");
    kb_param(K, KP_RNG, "rng");
    KBuf *x = param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_IN, g->target, L->cname[g->target->id]);
    kb_param(K, KP_N, "n");
    KBuf *correct = param_buf(L, KP_CORRECT, NULL, "correct");
    int first = 0;
    L->training = true;
    if (train_calls_forward(g)) {
        forward_call(L, x);
        count_right(L, correct);
        while (first < g->ops.len && g->ops.items[first]->phase == PH_FORWARD)
            first++;
    }
    for (int i = first; i < g->ops.len && g->ops.items[i]->phase != PH_UPDATE; i++) {
        const Op *op = g->ops.items[i];
        lower_op(L, op);
        /* while the output is fresh: a later buffer may share its memory */
        if (op->result == g->output)
            count_right(L, correct);
    }
    K->loc = g->loss->loc;
    kb_return(K, kl_at(L, g->loss, kb_i(K, 0)));
    L->training = false;
    end_func(L);
    return f;
}

/* correct[0] = the right answers among the n outputs */
static void count_right(Lower *L, KBuf *correct)
{
    const Graph *g = L->g;
    const LossDef *loss = loss_def(g->cfg.loss);
    kb_block(K, g->loss->loc, loss->right_note);
    KVar *hits = kb_let(K, "hits", kb_f(K, 0));
    if (loss->count_right)
        loss->count_right(L, hits);
    kb_store(K, correct, kb_i(K, 0), kb_var(K, hits), false);
    kb_leave(K);
}

/* update_step(ws): the optimizer, from the gradients in their region, at
 * the rate in train.lr; runs of updates over consecutive tensors as one
 * loop (lower_span) */
static KFunc *lower_update_step(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_UPDATE_STEP, "update_step", false);
    kb_param(K, KP_WS, "ws");
    L->training = true;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_UPDATE)
            continue;
        int j = i + 1;
        while (!op_has(op, OPF_UPDATE_STATE) && j < g->ops.len &&
               continues(L, g->ops.items[j - 1], g->ops.items[j]))
            j++;
        if (j > i + 1) {
            lower_span(L, i, j);
            i = j - 1;
            continue;
        }
        lower_op(L, op);
    }
    L->training = false;
    end_func(L);
    return f;
}

/* eval_batch(ws, x, t, n, correct): forward and loss, no dropout */
static KFunc *lower_eval_batch(Lower *L)
{
    const Graph *g = L->g;
    KFunc *f = begin_func(L, KF_EVAL_BATCH, "eval_batch", true);
    kb_param(K, KP_WS, "ws");
    KBuf *x = param_buf(L, KP_IN, g->input, L->cname[g->input->id]);
    param_buf(L, KP_IN, g->target, L->cname[g->target->id]);
    kb_param(K, KP_N, "n");
    KBuf *correct = param_buf(L, KP_CORRECT, NULL, "correct");
    forward_call(L, x);
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->phase == PH_LOSS)
            lower_op(L, g->ops.items[i]);
    count_right(L, correct);
    K->loc = g->loss->loc;
    kb_return(K, kl_at(L, g->loss, kb_i(K, 0)));
    end_func(L);
    return f;
}

/* ---- the descriptor table --------------------------------------------- */

static int init_code(const Value *v)
{
    if (v->kind == VK_STATE)
        return v->lr ? 4 : 0;                   /* NNRT_INIT_LR, NNRT_INIT_ZERO */
    if (v->ones)
        return 5;                               /* NNRT_INIT_ONES */
    if (v->kind == VK_BUFFER)
        return 0;
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
    for (int d = 0; d < v->shape.rank; d++)
        t.dims[d] = v->shape.dims[d];
    t.offset = plan_offset(L->plan, v);
    t.init = kind != 2 ? init_code(v) : 0;
    t.fan_in = v->fan_in;
    t.fan_out = v->fan_out;
    t.grad = -1;
    vec_push(L->a, L->kp->tensors, t);
    return L->kp->tensors.len - 1;
}

static void build_tensors(Lower *L)
{
    const Graph *g = L->g;
    int *index = arena_alloc(L->a, sizeof(int) * (size_t)(g->values.len + 1));
    for (int i = 0; i < g->values.len; i++)   /* parameters and buffers, layer by layer */
        if (g->values.items[i]->kind == VK_PARAM) {
            index[i] = add_tensor(L, g->values.items[i], 0);
            L->kp->param_count += ir_shape_elems(g->values.items[i]->shape, g->batch);
        } else if (g->values.items[i]->kind == VK_BUFFER) {
            add_tensor(L, g->values.items[i], 3);   /* NNRT_BUFFER */
        }
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_STATE)
            add_tensor(L, g->values.items[i], 1);
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM)
            continue;
        if (v->grad && plan_in_workspace(L->plan, v->grad)) {
            int gi = add_tensor(L, v->grad, 2);   /* may move the table */
            L->kp->tensors.items[index[i]].grad = gi;
        }
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
    kp->input_size = ir_row_size(g->input->shape);
    kp->output_size = ir_row_size(g->output->shape);
    L.kp = kp;
    L.wsbuf = arena_alloc(a, sizeof *L.wsbuf * (size_t)(plan->nvalues + 1));
    L.bind = arena_alloc(a, sizeof *L.bind * (size_t)(plan->nvalues + 1));
    L.shared = strmap_new(a);
    name_values(&L);
    build_tensors(&L);
    kp->forward = lower_forward(&L);
    vec_push(a, kp->funcs, kp->forward);
    if (g->has_train && g->loss && g->target) {
        kp->grad_step = lower_grad_step(&L);
        kp->update_step = lower_update_step(&L);
        kp->eval_batch = lower_eval_batch(&L);
        vec_push(a, kp->funcs, kp->grad_step);
        vec_push(a, kp->funcs, kp->update_step);
        vec_push(a, kp->funcs, kp->eval_batch);
    }
    share_all(&L);
    end_functions(&L);
    return kp;
}
