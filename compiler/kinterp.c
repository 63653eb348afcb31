/*
 * kinterp.c - the kernel IR's reference semantics: runs a kernel function
 * on arrays, statement by statement.
 *
 * The graph IR has interp.c; this is its counterpart one level down, the
 * oracle the backends are held to for kernels built by hand (tests/unit/
 * test_kernel.c) or lowered from new ops.  It is written to be read: one
 * case per expression and statement kind, float32 arithmetic as C does it
 * without contraction (KE_FMA is a * b + c rounded twice), indices as
 * size_t (KT_IDX, wrapping) or ptrdiff_t (KT_SIDX), an integer buffer's
 * elements as int32_t.  Threaded loops run in order on this thread.
 * Where the backends may legitimately round differently (a contracted
 * FMA, a reassociated KL_REDUCE sum) the tests use values whose every
 * intermediate is exact, so all three agree bit for bit.
 */
#include "kernel.h"
#include "nnrt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct KVal {
    int width;              /* 0: a scalar; KV_WIDTH: a vector of floats */
    float f[KV_WIDTH];      /* KT_F32 (f[0] for a scalar) */
    long i;                 /* KT_IDX (as size_t), KT_SIDX, KT_BOOL */
} KVal;

typedef struct Frame {
    const KProgram *kp;
    const KFunc *f;
    void **args;            /* by parameter: float *, int32_t *, or size_t * (n) */
    KVal *vars;             /* by KVar id */
    bool returned;
    float ret;
} Frame;

static void run_block(Frame *fr, const KBlock *b);

/* ---- memory ------------------------------------------------------------- */

static void *base_of(Frame *fr, const KBuf *b)
{
    if (b->param >= 0)
        return fr->args[b->param];
    KParamKind from = kbuf_from_pw(fr->f, b) ? KP_PW : KP_WS;
    for (int i = 0; i < fr->f->params.len; i++)
        if (fr->f->params.items[i].kind == from)
            return (float *)fr->args[i] + b->offset;
    nnc_unreachable();
}

static size_t param_n(Frame *fr)
{
    for (int i = 0; i < fr->f->params.len; i++)
        if (fr->f->params.items[i].kind == KP_N)
            return *(size_t *)fr->args[i];
    nnc_unreachable();
}

/* ---- expressions -------------------------------------------------------- */

static KVal eval(Frame *fr, const KExpr *e);

static KVal scalar_f(float x)
{
    KVal v = {0};
    v.f[0] = x;
    return v;
}

static KVal scalar_i(long x)
{
    KVal v = {0};
    v.i = x;
    return v;
}

static KVal splat(KVal v, int width)
{
    if (v.width == width)
        return v;
    KVal r = {.width = width};
    for (int l = 0; l < width; l++)
        r.f[l] = v.f[0];
    return r;
}

static float f_binary(KOp op, float a, float b)
{
    switch (op) {
    case KO_ADD: return a + b;
    case KO_SUB: return a - b;
    case KO_MUL: return a * b;
    case KO_DIV: return a / b;
    case KO_MIN: return fminf(a, b);
    case KO_MAX: return fmaxf(a, b);
    case KO_POW: return powf(a, b);
    default: nnc_unreachable();
    }
}

static bool f_compare(KOp op, float a, float b)
{
    switch (op) {
    case KO_LT: return a < b;
    case KO_LE: return a <= b;
    case KO_GT: return a > b;
    case KO_EQ: return a == b;
    default: nnc_unreachable();
    }
}

/* KT_IDX as size_t (unsigned compares, wrapping), KT_SIDX as ptrdiff_t. */
static long i_binary(KOp op, long a, long b, bool sign)
{
    size_t ua = (size_t)a, ub = (size_t)b;
    switch (op) {
    case KO_ADD: return sign ? a + b : (long)(ua + ub);
    case KO_SUB: return sign ? a - b : (long)(ua - ub);
    case KO_MUL: return sign ? a * b : (long)(ua * ub);
    case KO_DIV: return sign ? a / b : (long)(ua / ub);
    case KO_MIN: return sign ? (a < b ? a : b) : (long)(ua < ub ? ua : ub);
    case KO_MAX: return sign ? (a > b ? a : b) : (long)(ua > ub ? ua : ub);
    case KO_LT: return sign ? a < b : ua < ub;
    case KO_LE: return sign ? a <= b : ua <= ub;
    case KO_GT: return sign ? a > b : ua > ub;
    case KO_EQ: return a == b;
    default: nnc_unreachable();
    }
}

static KVal binary(Frame *fr, const KExpr *e)
{
    KVal a = eval(fr, e->a), b = eval(fr, e->b);
    if (e->a->type != KT_F32)
        return scalar_i(i_binary(e->op, a.i, b.i, e->a->type == KT_SIDX));
    int w = a.width > b.width ? a.width : b.width;
    a = splat(a, w);
    b = splat(b, w);
    KVal r = {.width = w};
    for (int l = 0; l < (w ? w : 1); l++) {
        if (e->type == KT_BOOL)
            r.i = f_compare(e->op, a.f[l], b.f[l]);
        else
            r.f[l] = f_binary(e->op, a.f[l], b.f[l]);
    }
    return r;
}

/* kernel.h's rational tanh, as emit_c.c prints it (no contraction). */
static float k_tanh(float x)
{
    float c = x > (float)KTANH_CLAMP ? (float)KTANH_CLAMP : x < (float)-KTANH_CLAMP ? (float)-KTANH_CLAMP : x;
    float t = c * c, p = (float)ktanh_p[0], q = (float)ktanh_q[0];
    for (int i = 1; i < 7; i++)
        p = p * t + (float)ktanh_p[i];
    for (int i = 1; i < 4; i++)
        q = q * t + (float)ktanh_q[i];
    return fabsf(x) < (float)KTANH_TINY ? x : c * p / q;
}

static float f_unary(KOp op, float a)
{
    switch (op) {
    case KO_NEG: return -a;
    case KO_EXP: return expf(a);
    case KO_LOG: return logf(a);
    case KO_LOG1P: return log1pf(a);
    case KO_TANH: return k_tanh(a);
    case KO_SQRT: return sqrtf(a);
    case KO_ABS: return fabsf(a);
    case KO_ERF: return erff(a);
    default: nnc_unreachable();
    }
}

static KVal unary(Frame *fr, const KExpr *e)
{
    KVal a = eval(fr, e->a);
    switch (e->op) {
    case KO_TO_F32:
        return scalar_f(e->a->type == KT_SIDX ? (float)a.i : (float)(size_t)a.i);
    case KO_TO_IDX:
        return scalar_i(e->a->type == KT_F32 ? (long)(size_t)a.f[0] : a.i);
    case KO_TO_SIDX:
        return a;
    default:
        break;
    }
    KVal r = {.width = a.width};
    for (int l = 0; l < (a.width ? a.width : 1); l++)
        r.f[l] = f_unary(e->op, a.f[l]);
    return r;
}

static KVal load(Frame *fr, const KExpr *e)
{
    long idx = eval(fr, e->a).i;
    void *base = base_of(fr, e->buf);
    if (e->buf->elem == KT_I32)
        return scalar_i(((const int32_t *)base)[idx]);
    KVal v = {.width = e->width > 1 ? e->width : 0};
    for (int l = 0; l < (v.width ? v.width : 1); l++)
        v.f[l] = ((const float *)base)[idx + l];
    return v;
}

/* The lanes' sum in nnc_vhsum's order: halves down to four, then
 * (c0 + c2) + (c1 + c3). */
static float hsum(KVal v)
{
    float x[KV_WIDTH];
    memcpy(x, v.f, sizeof x);
    for (int n = KV_WIDTH; n > 4; n /= 2)
        for (int l = 0; l < n / 2; l++)
            x[l] = x[l] + x[l + n / 2];
    return (x[0] + x[2]) + (x[1] + x[3]);
}

static KVal eval(Frame *fr, const KExpr *e)
{
    switch (e->kind) {
    case KE_CONST: return scalar_f((float)e->f);
    case KE_INT: return scalar_i(e->i);
    case KE_N: return scalar_i((long)param_n(fr));
    case KE_VAR: return fr->vars[e->var->id];
    case KE_LOAD: return load(fr, e);
    case KE_UNARY: return unary(fr, e);
    case KE_BINARY: return binary(fr, e);
    case KE_FMA: {
        KVal a = eval(fr, e->a), b = eval(fr, e->b), c = eval(fr, e->c);
        int w = e->width > 1 ? e->width : 0;
        a = splat(a, w), b = splat(b, w), c = splat(c, w);
        KVal r = {.width = w};
        for (int l = 0; l < (w ? w : 1); l++)
            r.f[l] = a.f[l] * b.f[l] + c.f[l];
        return r;
    }
    case KE_SELECT: {
        KVal c = eval(fr, e->a), a = eval(fr, e->b), b = eval(fr, e->c);
        int w = a.width > b.width ? a.width : b.width;
        return c.i ? splat(a, w) : splat(b, w);
    }
    case KE_BCAST: return splat(eval(fr, e->a), KV_WIDTH);
    case KE_HSUM: return scalar_f(hsum(eval(fr, e->a)));
    }
    nnc_unreachable();
}

/* ---- statements --------------------------------------------------------- */

static void accumulate(KVal *old, KVal v, KType t)
{
    if (t != KT_F32) {
        old->i += v.i;
        return;
    }
    int w = old->width > v.width ? old->width : v.width;
    *old = splat(*old, w);
    v = splat(v, w);
    for (int l = 0; l < (w ? w : 1); l++)
        old->f[l] = old->f[l] + v.f[l];
}

static void store(Frame *fr, const KStmt *s)
{
    long idx = eval(fr, s->idx).i;
    KVal v = eval(fr, s->val);
    void *base = base_of(fr, s->buf);
    if (s->buf->elem == KT_I32) {
        ((int32_t *)base)[idx] = (int32_t)v.i;
        return;
    }
    float *p = (float *)base + idx;
    for (int l = 0; l < (v.width ? v.width : 1); l++)
        p[l] = s->accum ? p[l] + v.f[l] : v.f[l];
}

static void call(Frame *fr, const KStmt *s)
{
    size_t count = (size_t)eval(fr, s->val).i;
    switch (s->callee) {
    case KC_ZERO:
        memset(base_of(fr, s->buf), 0, count * sizeof(float));
        return;
    case KC_COPY:
        memcpy(base_of(fr, s->buf), base_of(fr, s->src), count * sizeof(float));
        return;
    case KC_DROPOUT_MASK:
    case KC_DROPOUT_PART:
    case KC_DROPOUT_SKIP:
        for (int i = 0; i < fr->f->params.len; i++) {
            if (fr->f->params.items[i].kind != KP_RNG)
                continue;
            if (s->callee == KC_DROPOUT_MASK)
                nnrt_dropout_mask(fr->args[i], base_of(fr, s->buf), count, (float)s->rate);
            else if (s->callee == KC_DROPOUT_PART)
                nnrt_dropout_mask_part(fr->args[i], base_of(fr, s->buf), count, (size_t)eval(fr, s->lo).i,
                                       (size_t)eval(fr, s->hi).i, (float)s->rate);
            else
                nnrt_dropout_mask_skip(fr->args[i], count);
        }
        return;
    case KC_KERNEL: {
        const KFunc *g = s->func;
        void **args = xcalloc((size_t)g->params.len + 1, sizeof *args);
        for (int i = 0; i < g->params.len; i++) {
            KParamKind k = g->params.items[i].kind;
            if (k == KP_N)
                args[i] = &count;
            else if (k == KP_WS || k == KP_RNG)
                for (int j = 0; j < fr->f->params.len; j++)
                    args[i] = fr->f->params.items[j].kind == k ? fr->args[j] : args[i];
            else if (k == KP_PW)   /* the caller's pw, else its ws */
                for (int j = 0; j < fr->f->params.len; j++)
                    args[i] = fr->f->params.items[j].kind == KP_PW ||
                              (fr->f->params.items[j].kind == KP_WS && !args[i]) ? fr->args[j] : args[i];
            else if (s->args)
                args[i] = base_of(fr, s->args[i]);
            else
                args[i] = base_of(fr, k == KP_IN ? s->src : s->buf);
        }
        kinterp_run(fr->kp, g, args);
        free(args);
        return;
    }
    }
    nnc_unreachable();
}

static void run_for(Frame *fr, const KStmt *s)
{
    KVal *v = &fr->vars[s->var->id];
    *v = eval(fr, s->lo);
    while (!fr->returned && (size_t)v->i < (size_t)eval(fr, s->hi).i) {
        run_block(fr, &s->body);
        v->i = (long)((size_t)v->i + (size_t)s->step);
    }
}

static void run_stmt(Frame *fr, const KStmt *s)
{
    switch (s->kind) {
    case KS_BLOCK: run_block(fr, &s->body); return;
    case KS_FOR: run_for(fr, s); return;
    case KS_LET:
    case KS_ASSIGN:
        if (s->accum)
            accumulate(&fr->vars[s->var->id], eval(fr, s->val), s->var->type);
        else
            fr->vars[s->var->id] = eval(fr, s->val);
        return;
    case KS_STORE: store(fr, s); return;
    case KS_CALL: call(fr, s); return;
    case KS_IF:
        if (eval(fr, s->val).i)
            run_block(fr, &s->body);
        return;
    case KS_RETURN:
        fr->returned = true;
        fr->ret = s->val ? eval(fr, s->val).f[0] : 0;
        return;
    }
    nnc_unreachable();
}

static void run_block(Frame *fr, const KBlock *b)
{
    for (int i = 0; i < b->len && !fr->returned; i++)
        run_stmt(fr, b->items[i]);
}

float kinterp_run(const KProgram *kp, const KFunc *f, void **args)
{
    Frame fr = {kp, f, args, xcalloc((size_t)f->nvars + 1, sizeof(KVal)), false, 0};
    run_block(&fr, &f->body);
    free(fr.vars);
    return fr.ret;
}
