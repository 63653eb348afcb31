/*
 * kbuild.c - the kernel IR's builders, and the readers the backends use.
 *
 * Every file that writes kernel IR - kernel.c (the model's functions), the
 * op families' lowerings, gemm.c (the products' tiles) - builds it through
 * a KB: the function being built, a stack of open blocks that statements
 * go to, and the source place of the op being lowered.  This file knows
 * nothing of graphs or plans; it sits below every lowering file, so they
 * can call it and each other's entry points without a cycle.
 *
 * Index constants fold as they are built (0 * 784 + k is k), so the
 * printers show what a person would write.  Variables are numbered per
 * function (KVar.id: LLVM's alloca table), buffers per program (KBuf.id),
 * so the readers below mark what they have seen in arrays, not lists.
 */
#include "kernel.h"

#include <stdlib.h>
#include <string.h>

/* KO_TANH's rational function (kernel.h), in t = x^2, highest degree first. */
const double ktanh_p[7] = {
    -2.76076847742355e-16, 2.00018790482477e-13, -8.60467152213735e-11, 5.12229709037114e-08,
    1.48572235717979e-05, 6.37261928875436e-04, 4.89352455891786e-03,
};
const double ktanh_q[4] = {
    1.19825839466702e-06, 1.18534705686654e-04, 2.26843463243900e-03, 4.89352518554385e-03,
};

/* ---- expressions ------------------------------------------------------ */

static KExpr *new_expr(KB *k, KExprKind kind, KType t)
{
    KExpr *e = arena_alloc(k->a, sizeof *e);
    e->kind = kind;
    e->type = t;
    return e;
}

KExpr *kb_f(KB *k, double f)
{
    KExpr *e = new_expr(k, KE_CONST, KT_F32);
    e->f = (float)f;
    return e;
}

KExpr *kb_i(KB *k, long i)
{
    KExpr *e = new_expr(k, KE_INT, KT_IDX);
    e->i = i;
    return e;
}

KExpr *kb_n(KB *k)
{
    return new_expr(k, KE_N, KT_IDX);
}

KExpr *kb_var(KB *k, KVar *v)
{
    KExpr *e = new_expr(k, KE_VAR, v->type);
    e->var = v;
    e->width = v->width;
    return e;
}

KExpr *kb_load(KB *k, KBuf *b, KExpr *idx)
{
    KExpr *e = new_expr(k, KE_LOAD, b->elem == KT_I32 ? KT_SIDX : KT_F32);
    e->buf = b;
    e->a = idx;
    return e;
}

KExpr *kb_vload(KB *k, KBuf *b, KExpr *idx)
{
    nnc_assert(b->elem == KT_F32);
    KExpr *e = kb_load(k, b, idx);
    e->width = KV_WIDTH;
    return e;
}

KExpr *kb_bcast(KB *k, KExpr *x)
{
    KExpr *e = new_expr(k, KE_BCAST, KT_F32);
    e->width = KV_WIDTH;
    e->a = x;
    return e;
}

KExpr *kb_hsum(KB *k, KExpr *v)
{
    KExpr *e = new_expr(k, KE_HSUM, KT_F32);
    e->a = v;
    return e;
}

static bool is_int(const KExpr *e, long v)
{
    return e->kind == KE_INT && e->i == v;
}

/* Index arithmetic on constants folds; a + 0, 0 + b and a * 1 are a, b
 * and a, so (0 * 784 + k) prints as k. */
KExpr *kb_bin(KB *k, KOp op, KExpr *a, KExpr *b)
{
    bool index = a->type == KT_IDX || a->type == KT_SIDX;
    if (index && a->kind == KE_INT && b->kind == KE_INT && a->type == b->type) {
        if (op == KO_ADD)
            return a->type == KT_IDX ? kb_i(k, a->i + b->i) : kb_si(k, a->i + b->i);
        if (op == KO_MUL)
            return a->type == KT_IDX ? kb_i(k, a->i * b->i) : kb_si(k, a->i * b->i);
    }
    if (index && op == KO_ADD && is_int(b, 0))
        return a;
    if (index && op == KO_ADD && is_int(a, 0))
        return b;
    if (index && op == KO_MUL && is_int(b, 1))
        return a;
    nnc_assert(a->type == b->type || op == KO_POW);
    KType t = op >= KO_LT && op <= KO_EQ ? KT_BOOL : a->type;
    KExpr *e = new_expr(k, KE_BINARY, t);
    e->op = op;
    e->a = a;
    e->b = b;
    if (t == KT_F32)
        e->width = a->width > b->width ? a->width : b->width;
    return e;
}

KExpr *kb_un(KB *k, KOp op, KExpr *a)
{
    KType t = op == KO_TO_F32 ? KT_F32 : op == KO_TO_IDX ? KT_IDX : op == KO_TO_SIDX ? KT_SIDX
                                                                                     : a->type;
    KExpr *e = new_expr(k, KE_UNARY, t);
    e->op = op;
    e->a = a;
    if (t == KT_F32 && op != KO_TO_F32)
        e->width = a->width;
    return e;
}

/* Both arms are values: the backends may compute both (kernel.h). */
KExpr *kb_sel(KB *k, KExpr *c, KExpr *a, KExpr *b)
{
    nnc_assert(c->type == KT_BOOL);
    KExpr *e = new_expr(k, KE_SELECT, a->type);
    e->a = c;
    e->b = a;
    e->c = b;
    if (a->type == KT_F32)
        e->width = a->width > b->width ? a->width : b->width;
    return e;
}

KExpr *kb_fma(KB *k, KExpr *a, KExpr *b, KExpr *c)
{
    KExpr *e = new_expr(k, KE_FMA, KT_F32);
    e->width = c->width;
    e->a = a;
    e->b = b;
    e->c = c;
    return e;
}

KExpr *kb_si(KB *k, long i)
{
    KExpr *e = new_expr(k, KE_INT, KT_SIDX);
    e->i = i;
    return e;
}

/* An activation's formulas as kernel IR, through its row (ActDef). */
KExpr *act_kexpr(KB *k, Act act, KExpr *x)
{
    if (act == ACT_LINEAR || act == ACT_SOFTMAX)   /* softmax: a row op (op_act.c) */
        return x;
    return act_def(act)->kf(k, x);
}

KExpr *act_kgrad(KB *k, Act act, KExpr *dy, KExpr *v)
{
    return act_def(act)->kdf(k, dy, v);
}

/* ---- statements ------------------------------------------------------- */

static KStmt *push(KB *k, KStmtKind kind)
{
    nnc_assert(k->depth > 0);
    KStmt *s = arena_alloc(k->a, sizeof *s);
    s->kind = kind;
    s->loc = k->loc;
    vec_push(k->a, *k->stack[k->depth - 1], s);
    return s;
}

void kb_enter(KB *k, KBlock *b)
{
    nnc_assert(k->depth < (int)(sizeof k->stack / sizeof *k->stack));
    k->stack[k->depth++] = b;
}

void kb_leave(KB *k)
{
    nnc_assert(k->depth > 1);
    k->depth--;
}

KVar *kb_new_var(KB *k, const char *name, KType t)
{
    KVar *v = arena_alloc(k->a, sizeof *v);
    v->name = name;
    v->type = t;
    v->id = k->f->nvars++;
    return v;
}

KVar *kb_loop_if(KB *k, const char *name, KExpr *lo, KExpr *hi, long step, unsigned flags,
                 KExpr *fork_if)
{
    KStmt *s = push(k, KS_FOR);
    s->var = kb_new_var(k, name, KT_IDX);
    s->lo = lo;
    s->hi = hi;
    s->step = step;
    s->flags = flags;
    s->fork_if = fork_if;
    kb_enter(k, &s->body);
    return s->var;
}

KVar *kb_loop(KB *k, const char *name, KExpr *lo, KExpr *hi, long step, unsigned flags)
{
    return kb_loop_if(k, name, lo, hi, step, flags, NULL);
}

/* for (name = 0; name < hi; name++) */
KVar *kb_loop0(KB *k, const char *name, KExpr *hi, unsigned flags)
{
    return kb_loop_if(k, name, kb_i(k, 0), hi, 1, flags, NULL);
}

void kb_if(KB *k, KExpr *cond)
{
    nnc_assert(cond->type == KT_BOOL);
    KStmt *s = push(k, KS_IF);
    s->val = cond;
    kb_enter(k, &s->body);
}

KVar *kb_let(KB *k, const char *name, KExpr *init)
{
    KStmt *s = push(k, KS_LET);
    s->var = kb_new_var(k, name, init->type);
    s->var->width = init->width;
    s->val = init;
    return s->var;
}

void kb_assign(KB *k, KVar *v, KExpr *val, bool accum)
{
    KStmt *s = push(k, KS_ASSIGN);
    s->var = v;
    s->val = val;
    s->accum = accum;
}

void kb_store(KB *k, KBuf *b, KExpr *idx, KExpr *val, bool accum)
{
    nnc_assert(!b->readonly);
    nnc_assert(b->elem == KT_F32 ? val->type == KT_F32 : val->type != KT_F32 && !accum);
    KStmt *s = push(k, KS_STORE);
    s->buf = b;
    s->idx = idx;
    s->val = val;
    s->accum = accum;
}

KStmt *kb_call(KB *k, KCallee c, KBuf *dst, KBuf *src, KExpr *count)
{
    KStmt *s = push(k, KS_CALL);
    s->callee = c;
    s->buf = dst;
    s->src = src;
    s->val = count;
    return s;
}

void kb_zero(KB *k, KBuf *b, KExpr *count)
{
    kb_call(k, KC_ZERO, b, NULL, count);
}

void kb_return(KB *k, KExpr *val)
{
    KStmt *s = push(k, KS_RETURN);
    s->val = val;
}

KStmt *kb_block(KB *k, Loc loc, const char *note)
{
    k->loc = loc;
    KStmt *s = push(k, KS_BLOCK);
    s->note = note;
    kb_enter(k, &s->body);
    return s;
}

/* ---- buffers and functions -------------------------------------------- */

static KBuf *new_buf(KB *k, const char *name, Shape shape, KType elem)
{
    KBuf *b = arena_alloc(k->a, sizeof *b);
    b->name = name;
    b->id = k->nbufs++;
    b->param = -1;
    b->shape = shape;
    b->elem = elem;
    return b;
}

KBuf *kb_ws_buf(KB *k, const char *name, long offset, Shape shape, KType elem)
{
    KBuf *b = new_buf(k, name, shape, elem);
    b->offset = offset;
    return b;
}

int kb_param(KB *k, KParamKind kind, const char *name)
{
    KFunc *f = k->f;
    KParam p = {.kind = kind, .name = name};
    vec_push(k->a, f->params, p);
    return f->params.len - 1;
}

KBuf *kb_param_buf(KB *k, KParamKind kind, const char *name, Shape shape)
{
    KBuf *b = new_buf(k, name, shape, KT_F32);
    b->param = kb_param(k, kind, name);
    b->readonly = kind == KP_IN;
    return b;
}

KBuf *kb_param_ref(KB *k, int param, const char *name)
{
    KBuf *b = new_buf(k, name, ir_shape(0, 0, 0), KT_F32);
    b->param = param;
    return b;
}

KFunc *kb_begin_func(KB *k, KFuncKind kind, const char *name, bool returns)
{
    KFunc *f = arena_alloc(k->a, sizeof *f);
    f->kind = kind;
    f->name = name;
    f->returns_float = returns;
    k->f = f;
    k->depth = 0;
    kb_enter(k, &f->body);
    return f;
}

static int by_offset(const void *a, const void *b)
{
    const KBuf *x = *(KBuf *const *)a, *y = *(KBuf *const *)b;
    if (x->offset != y->offset)
        return (x->offset > y->offset) - (x->offset < y->offset);
    return (x->id > y->id) - (x->id < y->id);
}

int kfunc_param(const KFunc *f, KParamKind k)
{
    for (int i = 0; i < f->params.len; i++)
        if (f->params.items[i].kind == k)
            return i;
    return -1;
}

bool kbuf_from_pw(const KFunc *f, const KBuf *b)
{
    return b->param < 0 && b->value && (b->value->kind == VK_PARAM || b->value->kind == VK_BUFFER) &&
           kfunc_param(f, KP_PW) >= 0;
}

/* Records which workspace buffers (sorted by offset) and which parameters
 * the body uses: the backends declare those and (void) the rest. */
void kb_end_func(KB *k)
{
    KFunc *f = k->f;
    f->nbuf_ids = k->nbufs;
    KUses u = kuses_of(f, &f->body, false);
    if (f->params.len > 0 && f->params.items[0].kind == KP_WS)
        f->params.items[0].used = true;     /* ws: always the first */
    for (int i = 0; i < f->params.len; i++) {
        KParamKind pk = f->params.items[i].kind;
        f->params.items[i].used |= (pk == KP_N && u.n) || (pk == KP_RNG && u.rng);
    }
    KBuf **ws = arena_alloc(k->a, sizeof *ws * (size_t)(u.nbufs + 1));
    int n = 0;
    for (int i = 0; i < u.nbufs; i++) {
        KBuf *b = (KBuf *)u.bufs[i];
        if (b->param >= 0)
            f->params.items[b->param].used = true;
        else
            ws[n++] = b;
        if (kbuf_from_pw(f, b))
            f->params.items[kfunc_param(f, KP_PW)].used = true;
    }
    qsort(ws, (size_t)n, sizeof *ws, by_offset);
    for (int i = 0; i < n; i++)
        vec_push(k->a, f->bufs, ws[i]);
    kuses_free(&u);
}

/* ---- reading the kernel IR, for the backends --------------------------- */

bool kstmt_threaded(const KStmt *s)
{
    return s->kind == KS_FOR && (s->flags & KL_THREADS) && (s->flags & KL_PARALLEL);
}

bool kblock_hsum4(const KBlock *b, int i)
{
    if (i + 4 > b->len)
        return false;
    for (int j = i; j < i + 4; j++) {
        const KStmt *s = b->items[j];
        if (s->kind != KS_LET || s->val->kind != KE_HSUM || s->var->width > 1)
            return false;
    }
    return true;
}

static void uses_buf(KUses *u, const KBuf *b)
{
    if (!b || u->seen[b->id])
        return;
    u->seen[b->id] = true;
    if (u->nbufs == u->cap) {
        u->cap = u->cap ? 2 * u->cap : 8;
        u->bufs = xrealloc(u->bufs, (size_t)u->cap * sizeof *u->bufs);
    }
    u->bufs[u->nbufs++] = b;
}

static void uses_expr(KUses *u, const KExpr *e)
{
    for (; e; e = e->c) {
        if (e->kind == KE_N)
            u->n = true;
        if (e->kind == KE_VAR)
            u->var[e->var->id] = true;
        if (e->kind == KE_LOAD)
            uses_buf(u, e->buf);
        uses_expr(u, e->a);
        uses_expr(u, e->b);
    }
}

static void uses_block(KUses *u, const KBlock *b)
{
    for (int i = 0; i < b->len; i++) {
        const KStmt *s = b->items[i];
        if (u->threads_as_calls && kstmt_threaded(s)) {
            uses_expr(u, s->lo);
            uses_expr(u, s->hi);
            uses_expr(u, s->fork_if);
            continue;
        }
        if (s->var) {
            u->var[s->var->id] = true;
            if (s->kind == KS_FOR || s->kind == KS_LET)
                u->def[s->var->id] = true;
            else    /* an assignment to an outer variable would race */
                nnc_assert(s->kind != KS_ASSIGN || u->def[s->var->id]);
        }
        if (s->kind == KS_STORE || s->kind == KS_CALL) {
            uses_buf(u, s->buf);
            uses_buf(u, s->src);
        }
        if (s->kind == KS_CALL) {
            u->calls_kernel |= s->callee == KC_KERNEL;
            u->rng |= s->callee == KC_DROPOUT_MASK || s->callee == KC_DROPOUT_PART ||
                      s->callee == KC_DROPOUT_SKIP;
            for (int a = 0; s->args && a < s->func->params.len; a++)
                uses_buf(u, s->args[a]);
        }
        uses_expr(u, s->lo);
        uses_expr(u, s->hi);
        uses_expr(u, s->idx);
        uses_expr(u, s->val);
        uses_block(u, &s->body);
    }
}

KUses kuses_of(const KFunc *f, const KBlock *b, bool threads_as_calls)
{
    KUses u = {.var = xcalloc((size_t)f->nvars + 1, sizeof(bool)),
               .def = xcalloc((size_t)f->nvars + 1, sizeof(bool)),
               .seen = xcalloc((size_t)f->nbuf_ids + 1, sizeof(bool)),
               .threads_as_calls = threads_as_calls};
    uses_block(&u, b);
    return u;
}

bool kuses_buf(const KUses *u, const KBuf *b)
{
    return u->seen[b->id];
}

void kuses_free(KUses *u)
{
    free(u->var);
    free(u->def);
    free(u->seen);
    free(u->bufs);
}
