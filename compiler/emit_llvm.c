/*
 * emit_llvm.c - the LLVM backend: builds the kernel IR with the LLVM C API
 * and writes an object file, LLVM IR text or assembly.
 *
 * Takes a graph after optim_append; plans and lowers it exactly as
 * emit_c.c does (kernel.c decides every loop), then builds, in one module:
 *   the kernels    NAME_forward, NAME_grad_step, NAME_update_step,
 *                  NAME_eval_batch (and a
 *                  model with dropout's NAME_h1_product ...): internal
 *                  functions with the C backend's parameters; a KS_FOR is a
 *                  cond/body/next/end block quartet, every KVar an alloca
 *                  in the entry block (mem2reg makes them registers), every
 *                  buffer a GEP off the workspace made once in the entry block
 *   the descriptor NAME_tensors and NAME_desc, globals with the exact field
 *                  types and order of nnrt_tensor and nnrt_model_desc
 *   the API        NAME_create ... NAME_grad, each one call into libnnrt, and
 *                  main() calling nnrt_main with --main
 * then verifies the module, runs LLVM's pipeline ("default<O3>" or the -O
 * level; -O0 runs none) for the target machine, and emits.
 *
 * Float semantics follow the C backend's: KE_FMA is llvm.fmuladd, one
 * rounding where the target has an FMA instruction, as the C backend's
 * `a * b + c` is under its `fp-contract=fast` pragma; every other add and
 * multiply is rounded on its own (no fast-math); libm's functions
 * (llvm.exp/log/pow lower to expf/logf/powf; log1pf and erff are called by
 * name; tanh is kernel.h's rational function, built inline).  One licence
 * is taken: the accumulation of a KL_REDUCE loop (`acc += x[k] * w[k]`,
 * `sum += e`) carries the `reassoc` flag, so LLVM may vectorise the sum in
 * a different order.  That changes rounding only (a float32 sum in another
 * order); tests/cgen's backend agreement test bounds the difference.
 *
 * The target is the host (LLVM's default triple, the host CPU's name and
 * features) unless --target or --cpu say otherwise.  An unknown triple is
 * an error from LLVM; an unknown CPU is not (LLVM prints a warning to
 * stderr and carries on), so stderr is captured while the target machine
 * is created and the warning becomes an error: exit status 2 either way.
 */
#include "kernel.h"
#include "nnrt.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Support.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/ErrorHandling.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Vectors of KV_WIDTH floats (gemm.c) where the kernel IR has them. */
#ifdef KV_WIDTH
#define WIDTH(x) ((x)->width > 1 ? (x)->width : 0)
#else
#define WIDTH(x) 0
#endif

typedef struct Gen {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;          /* the body being built */
    LLVMBuilderRef entry;      /* allocas and buffer bases, at the end of the entry block */
    LLVMTargetDataRef td;
    const KProgram *kp;
    const EmitOptions *o;
    LLVMTypeRef f32, f64, i1, i8, i32, i64, idx, ptr, vd, vf;   /* vf: <KV_WIDTH x float> */
    LLVMTypeRef tensor_ty, desc_ty;
    /* the kernel being built */
    const KFunc *f;
    LLVMValueRef fn;
    LLVMValueRef *params;      /* by KFunc parameter */
    LLVMValueRef *vars;        /* by KVar id: its alloca, built on first use */
    LLVMValueRef *bases;       /* by index into f->bufs: ws + offset */
    unsigned loop_flags;       /* KL_* of the innermost loop around the statement */
    bool outlined;             /* building a parallel loop's body function */
    int nparallel;             /* body functions so far, for their names */
    /* debug info (-g) */
    LLVMDIBuilderRef di;
    LLVMMetadataRef di_file, di_cu, di_scope;
} Gen;

/* ---- small helpers ----------------------------------------------------- */

static const char *base_name(const char *path)
{
    if (!path)
        return "model.nn";
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* A function of the module, declared on first use. */
static LLVMValueRef declare(Gen *G, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n)
{
    LLVMValueRef fn = LLVMGetNamedFunction(G->mod, name);
    if (!fn)
        fn = LLVMAddFunction(G->mod, name, LLVMFunctionType(ret, params, (unsigned)n, 0));
    return fn;
}

static LLVMValueRef call(Gen *G, LLVMValueRef fn, LLVMValueRef *args, int n)
{
    return LLVMBuildCall2(G->b, LLVMGlobalGetValueType(fn), fn, args, (unsigned)n, "");
}

/* llvm.NAME.f32 (or .v16f32, after its first operand) applied to args. */
static LLVMValueRef intrinsic(Gen *G, const char *name, LLVMValueRef *args, int n)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    nnc_assert(id != 0);
    LLVMTypeRef over = LLVMTypeOf(args[0]);
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(G->mod, id, &over, 1);
    LLVMTypeRef ty = LLVMIntrinsicGetType(G->ctx, id, &over, 1);
    return LLVMBuildCall2(G->b, ty, fn, args, (unsigned)n, "");
}

static bool is_vector(LLVMValueRef v)
{
    return LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMVectorTypeKind;
}

/* float NAME(float) from libm, called by name; lane by lane on a vector. */
static LLVMValueRef libm(Gen *G, const char *name, LLVMValueRef arg)
{
    LLVMValueRef fn = declare(G, name, G->f32, &G->f32, 1);
    if (!is_vector(arg))
        return call(G, fn, &arg, 1);
    LLVMValueRef r = LLVMGetPoison(LLVMTypeOf(arg));
    for (unsigned i = 0; i < LLVMGetVectorSize(LLVMTypeOf(arg)); i++) {
        LLVMValueRef lane = LLVMConstInt(G->i32, i, 0);
        LLVMValueRef x = LLVMBuildExtractElement(G->b, arg, lane, "");
        r = LLVMBuildInsertElement(G->b, r, call(G, fn, &x, 1), lane, "");
    }
    return r;
}

/* A scalar in every lane. */
static LLVMValueRef splat(Gen *G, LLVMValueRef x)
{
    if (is_vector(x))
        return x;
    LLVMValueRef zero = LLVMConstInt(G->i32, 0, 0);
    LLVMValueRef v = LLVMBuildInsertElement(G->b, LLVMGetPoison(G->vf), x, zero, "");
    return LLVMBuildShuffleVector(G->b, v, LLVMGetPoison(G->vf), LLVMConstNull(
                                      LLVMVectorType(G->i32, LLVMGetVectorSize(G->vf))), "");
}

/* Two operands of one shape: a scalar meeting a vector is splatted. */
static void same_shape(Gen *G, LLVMValueRef *a, LLVMValueRef *b)
{
    if (is_vector(*a) && !is_vector(*b))
        *b = splat(G, *b);
    else if (!is_vector(*a) && is_vector(*b))
        *a = splat(G, *a);
}

/* Lanes [lo, lo + n) of v. */
static LLVMValueRef lanes(Gen *G, LLVMValueRef v, unsigned lo, unsigned n)
{
    LLVMValueRef m[64];
    for (unsigned i = 0; i < n; i++)
        m[i] = LLVMConstInt(G->i32, lo + i, 0);
    return LLVMBuildShuffleVector(G->b, v, LLVMGetPoison(LLVMTypeOf(v)), LLVMConstVector(m, n), "");
}

/* The sum of the lanes in the C backend's order (nnc_vhsum): halves
 * added down to four lanes, then (c0 + c2) + (c1 + c3). */
static LLVMValueRef hsum(Gen *G, LLVMValueRef v)
{
    unsigned n = LLVMGetVectorSize(LLVMTypeOf(v));
    for (; n > 4; n /= 2)
        v = LLVMBuildFAdd(G->b, lanes(G, v, 0, n / 2), lanes(G, v, n / 2, n / 2), "");
    LLVMValueRef c[4];
    for (unsigned i = 0; i < 4; i++)
        c[i] = LLVMBuildExtractElement(G->b, v, LLVMConstInt(G->i32, i, 0), "");
    return LLVMBuildFAdd(G->b, LLVMBuildFAdd(G->b, c[0], c[2], ""),
                         LLVMBuildFAdd(G->b, c[1], c[3], ""), "");
}

/* Lanes of the pair (a, b), b's numbered after a's, as the mask lists
 * them: n runs of `run` lanes, run k from lane from[k] */
static LLVMValueRef pick(Gen *G, LLVMValueRef a, LLVMValueRef b, const unsigned *from, unsigned n, unsigned run)
{
    LLVMValueRef m[64];
    for (unsigned k = 0; k < n; k++)
        for (unsigned i = 0; i < run; i++)
            m[k * run + i] = LLVMConstInt(G->i32, from[k] + i, 0);
    return LLVMBuildShuffleVector(G->b, a, b, LLVMConstVector(m, n * run), "");
}

/* Four vectors' lane sums at once, each in hsum's order (the C backend's
 * nnc_vhsums4): halves of a and b side by side, of c and d; quarters of
 * the four; then (c0 + c2) + (c1 + c3) in every quarter. */
static void hsum4(Gen *G, LLVMValueRef v[4], LLVMValueRef out[4])
{
    static const unsigned lo8[2] = {0, 16}, hi8[2] = {8, 24};
    static const unsigned lo4[4] = {0, 8, 16, 24}, hi4[4] = {4, 12, 20, 28};
    static const unsigned swap2[8] = {2, 0, 6, 4, 10, 8, 14, 12}, swap1[16] = {1, 0, 3, 2, 5, 4, 7, 6,
                                                                             9, 8, 11, 10, 13, 12, 15, 14};
    LLVMValueRef ab = LLVMBuildFAdd(G->b, pick(G, v[0], v[1], lo8, 2, 8), pick(G, v[0], v[1], hi8, 2, 8), "");
    LLVMValueRef cd = LLVMBuildFAdd(G->b, pick(G, v[2], v[3], lo8, 2, 8), pick(G, v[2], v[3], hi8, 2, 8), "");
    LLVMValueRef q = LLVMBuildFAdd(G->b, pick(G, ab, cd, lo4, 4, 4), pick(G, ab, cd, hi4, 4, 4), "");
    q = LLVMBuildFAdd(G->b, q, pick(G, q, q, swap2, 8, 2), "");
    q = LLVMBuildFAdd(G->b, q, pick(G, q, q, swap1, 16, 1), "");
    for (unsigned j = 0; j < 4; j++)
        out[j] = LLVMBuildExtractElement(G->b, q, LLVMConstInt(G->i32, 4 * j, 0), "");
}

static void add_attr(Gen *G, LLVMValueRef fn, LLVMAttributeIndex at, const char *name, uint64_t v)
{
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, at, LLVMCreateEnumAttribute(G->ctx, kind, v));
}

static LLVMValueRef const_idx(Gen *G, long v)
{
    return LLVMConstInt(G->idx, (unsigned long long)v, 0);
}

/* ---- expressions ------------------------------------------------------- */

static LLVMValueRef expr(Gen *G, const KExpr *e);

static LLVMTypeRef type_of(Gen *G, KType t)
{
    switch (t) {
    case KT_F32: return G->f32;
    case KT_IDX: case KT_SIDX: return G->idx;
    case KT_BOOL: return G->i1;
    case KT_I32: return G->i32;
    }
    nnc_unreachable();
}

static LLVMTypeRef var_type(Gen *G, const KVar *v)
{
    return WIDTH(v) ? G->vf : type_of(G, v->type);
}

/* The alloca of a variable, made in the entry block on first use. */
static LLVMValueRef var_slot(Gen *G, const KVar *v)
{
    nnc_assert(v->id >= 0 && v->id < G->f->nvars);
    if (!G->vars[v->id]) {
        G->vars[v->id] = LLVMBuildAlloca(G->entry, var_type(G, v), v->name);
    }
    return G->vars[v->id];
}


/* What a workspace buffer's offset counts from: pw for a parameter in a
 * function that takes pw (forward), else ws (always the first). */
static LLVMValueRef ws_of(Gen *G, const KBuf *b)
{
    return kbuf_from_pw(G->f, b) ? G->params[kfunc_param(G->f, KP_PW)] : G->params[0];
}

/* The first float of a buffer: a parameter, or ws + offset. */
static LLVMValueRef buf_base(Gen *G, const KBuf *b)
{
    if (b->param >= 0)
        return G->params[b->param];
    for (int i = 0; i < G->f->bufs.len; i++)
        if (G->f->bufs.items[i] == b || (G->f->bufs.items[i]->param < 0 &&
                                         G->f->bufs.items[i]->offset == b->offset &&
                                         strcmp(G->f->bufs.items[i]->name, b->name) == 0))
            return G->bases[i];
    /* a buffer the function's table does not list: make its base here */
    LLVMValueRef off = const_idx(G, b->offset);
    return LLVMBuildInBoundsGEP2(G->entry, G->f32, ws_of(G, b), &off, 1, b->name);
}

/* Buffers from the plan start on 64-byte boundaries; the caller's arrays
 * are only known to hold floats. */
static unsigned buf_align(const KBuf *b)
{
    return b->param < 0 ? 64 : 4;
}

static LLVMValueRef elem_ptr(Gen *G, const KBuf *b, const KExpr *idx)
{
    LLVMValueRef i = expr(G, idx);
    return LLVMBuildInBoundsGEP2(G->b, b->elem == KT_I32 ? G->i32 : G->f32, buf_base(G, b), &i, 1,
                                 "");
}

/* A float, or a vector of them (no alignment beyond a float's promised). */
static LLVMValueRef load_f32(Gen *G, LLVMValueRef p, bool vector)
{
    LLVMValueRef v = LLVMBuildLoad2(G->b, vector ? G->vf : G->f32, p, "");
    LLVMSetAlignment(v, 4);
    return v;
}

static void store_f32(Gen *G, LLVMValueRef v, LLVMValueRef p)
{
    LLVMValueRef s = LLVMBuildStore(G->b, v, p);
    LLVMSetAlignment(s, 4);
}

/* Index arithmetic never wraps: every index addresses a real array. */
static LLVMValueRef no_wrap(LLVMValueRef v)
{
    if (LLVMIsAInstruction(v)) {
        LLVMSetNUW(v, 1);
        LLVMSetNSW(v, 1);
    }
    return v;
}

/* A signed index may go below zero (it is tested before use), never
 * past the range of i64. */
static LLVMValueRef no_signed_wrap(LLVMValueRef v)
{
    if (LLVMIsAInstruction(v))
        LLVMSetNSW(v, 1);
    return v;
}

/* KT_IDX: unsigned compares and division; KT_SIDX: signed. */
static LLVMValueRef binary_idx(Gen *G, KOp op, LLVMValueRef a, LLVMValueRef b, bool sign)
{
    LLVMValueRef (*wrap)(LLVMValueRef) = sign ? no_signed_wrap : no_wrap;
    switch (op) {
    case KO_ADD: return wrap(LLVMBuildAdd(G->b, a, b, ""));
    case KO_SUB: return sign ? wrap(LLVMBuildSub(G->b, a, b, "")) : LLVMBuildSub(G->b, a, b, "");
    case KO_MUL: return wrap(LLVMBuildMul(G->b, a, b, ""));
    case KO_DIV: return sign ? LLVMBuildSDiv(G->b, a, b, "") : LLVMBuildUDiv(G->b, a, b, "");
    case KO_MIN: return LLVMBuildSelect(G->b, LLVMBuildICmp(G->b, sign ? LLVMIntSLT : LLVMIntULT, a, b, ""), a, b, "");
    case KO_MAX: return LLVMBuildSelect(G->b, LLVMBuildICmp(G->b, sign ? LLVMIntSGT : LLVMIntUGT, a, b, ""), a, b, "");
    case KO_LT: return LLVMBuildICmp(G->b, sign ? LLVMIntSLT : LLVMIntULT, a, b, "");
    case KO_LE: return LLVMBuildICmp(G->b, sign ? LLVMIntSLE : LLVMIntULE, a, b, "");
    case KO_GT: return LLVMBuildICmp(G->b, sign ? LLVMIntSGT : LLVMIntUGT, a, b, "");
    case KO_EQ: return LLVMBuildICmp(G->b, LLVMIntEQ, a, b, "");
    default: nnc_unreachable();
    }
}

static LLVMValueRef binary_f32(Gen *G, KOp op, LLVMValueRef a, LLVMValueRef b)
{
    same_shape(G, &a, &b);
    LLVMValueRef args[2] = {a, b};
    switch (op) {
    case KO_ADD: return LLVMBuildFAdd(G->b, a, b, "");
    case KO_SUB: return LLVMBuildFSub(G->b, a, b, "");
    case KO_MUL: return LLVMBuildFMul(G->b, a, b, "");
    case KO_DIV: return LLVMBuildFDiv(G->b, a, b, "");
    case KO_MIN: return intrinsic(G, "llvm.minnum", args, 2);    /* fminf */
    case KO_MAX: return intrinsic(G, "llvm.maxnum", args, 2);    /* fmaxf */
    case KO_POW: return intrinsic(G, "llvm.pow", args, 2);       /* powf */
    case KO_LT: return LLVMBuildFCmp(G->b, LLVMRealOLT, a, b, "");
    case KO_LE: return LLVMBuildFCmp(G->b, LLVMRealOLE, a, b, "");
    case KO_GT: return LLVMBuildFCmp(G->b, LLVMRealOGT, a, b, "");
    case KO_EQ: return LLVMBuildFCmp(G->b, LLVMRealOEQ, a, b, "");
    default: nnc_unreachable();
    }
}

/* A float constant shaped like v (a scalar or a vector). */
static LLVMValueRef const_like(Gen *G, LLVMValueRef v, double f)
{
    LLVMValueRef c = LLVMConstReal(G->f32, (double)(float)f);
    return is_vector(v) ? splat(G, c) : c;
}

/* KO_TANH as kernel.h defines it, and as emit_c.c's nnc_tanhf computes it. */
static LLVMValueRef tanh_f32(Gen *G, LLVMValueRef x)
{
    LLVMValueRef hi = const_like(G, x, KTANH_CLAMP), lo = const_like(G, x, -KTANH_CLAMP);
    LLVMValueRef c = LLVMBuildSelect(G->b, LLVMBuildFCmp(G->b, LLVMRealOLT, x, lo, ""), lo, x, "");
    c = LLVMBuildSelect(G->b, LLVMBuildFCmp(G->b, LLVMRealOGT, x, hi, ""), hi, c, "");
    LLVMValueRef t = LLVMBuildFMul(G->b, c, c, "");
    LLVMValueRef p = const_like(G, x, ktanh_p[0]), q = const_like(G, x, ktanh_q[0]);
    for (int i = 1; i < 7; i++) {
        LLVMValueRef args[3] = {p, t, const_like(G, x, ktanh_p[i])};
        p = intrinsic(G, "llvm.fmuladd", args, 3);
    }
    for (int i = 1; i < 4; i++) {
        LLVMValueRef args[3] = {q, t, const_like(G, x, ktanh_q[i])};
        q = intrinsic(G, "llvm.fmuladd", args, 3);
    }
    LLVMValueRef r = LLVMBuildFDiv(G->b, LLVMBuildFMul(G->b, c, p, ""), q, "");
    LLVMValueRef tiny = LLVMBuildFCmp(G->b, LLVMRealOLT, intrinsic(G, "llvm.fabs", &x, 1),
                                      const_like(G, x, KTANH_TINY), "");
    return LLVMBuildSelect(G->b, tiny, x, r, "");
}

static LLVMValueRef unary(Gen *G, KOp op, LLVMValueRef a)
{
    switch (op) {
    case KO_NEG: return LLVMBuildFNeg(G->b, a, "");
    case KO_EXP: return intrinsic(G, "llvm.exp", &a, 1);     /* expf */
    case KO_LOG: return intrinsic(G, "llvm.log", &a, 1);     /* logf */
    case KO_SQRT: return intrinsic(G, "llvm.sqrt", &a, 1);
    case KO_ABS: return intrinsic(G, "llvm.fabs", &a, 1);
    case KO_LOG1P: return libm(G, "log1pf", a);
    case KO_ERF: return libm(G, "erff", a);
    case KO_TANH: return tanh_f32(G, a);
    default: nnc_unreachable();
    }
}

/* Conversions between floats and the two kinds of index. */
static LLVMValueRef convert(Gen *G, KOp op, const KExpr *from, LLVMValueRef a)
{
    switch (op) {
    case KO_TO_F32:     /* (float)size_t, (float)ptrdiff_t */
        return from->type == KT_SIDX ? LLVMBuildSIToFP(G->b, a, G->f32, "")
                                     : LLVMBuildUIToFP(G->b, a, G->f32, "");
    case KO_TO_IDX:     /* (size_t)float; a signed index at least 0: the same i64 */
        return from->type == KT_F32 ? LLVMBuildFPToUI(G->b, a, G->idx, "") : a;
    case KO_TO_SIDX:    /* (ptrdiff_t)size_t: the same i64 */
        return a;
    default:
        nnc_unreachable();
    }
}

static LLVMValueRef expr(Gen *G, const KExpr *e)
{
    switch (e->kind) {
    case KE_CONST:
        return LLVMConstReal(G->f32, (double)(float)e->f);
    case KE_INT:
        return const_idx(G, e->i);
    case KE_N:
        for (int i = 0; i < G->f->params.len; i++)
            if (G->f->params.items[i].kind == KP_N)
                return G->params[i];
        nnc_unreachable();
    case KE_VAR:
        return LLVMBuildLoad2(G->b, var_type(G, e->var), var_slot(G, e->var), "");
    case KE_LOAD:
        if (e->buf->elem == KT_I32) {   /* an int32_t, as a signed index */
            LLVMValueRef v = LLVMBuildLoad2(G->b, G->i32, elem_ptr(G, e->buf, e->a), "");
            LLVMSetAlignment(v, 4);
            return LLVMBuildSExt(G->b, v, G->idx, "");
        }
        return load_f32(G, elem_ptr(G, e->buf, e->a), WIDTH(e) > 0);
#ifdef KV_WIDTH
    case KE_BCAST:
        return splat(G, expr(G, e->a));
    case KE_HSUM:
        return hsum(G, expr(G, e->a));
#endif
    case KE_UNARY:
        if (e->op == KO_TO_F32 || e->op == KO_TO_IDX || e->op == KO_TO_SIDX)
            return convert(G, e->op, e->a, expr(G, e->a));
        return unary(G, e->op, expr(G, e->a));
    case KE_BINARY: {
        LLVMValueRef a = expr(G, e->a), b = expr(G, e->b);
        if (e->a->type == KT_F32)
            return binary_f32(G, e->op, a, b);
        if (e->a->type == KT_BOOL && e->op == KO_EQ)
            return LLVMBuildICmp(G->b, LLVMIntEQ, a, b, "");
        return binary_idx(G, e->op, a, b, e->a->type == KT_SIDX);
    }
    case KE_FMA: {
        /* one rounding where the target has it, as kernel.h defines KE_FMA
         * (the C backend contracts it with fp-contract=fast) */
        LLVMValueRef args[3] = {expr(G, e->a), expr(G, e->b), expr(G, e->c)};
        if (is_vector(args[0]) || is_vector(args[1]) || is_vector(args[2]))
            for (int i = 0; i < 3; i++)
                args[i] = splat(G, args[i]);
        return intrinsic(G, "llvm.fmuladd", args, 3);
    }
    case KE_SELECT: {
        LLVMValueRef c = expr(G, e->a);
        LLVMValueRef t = expr(G, e->b), f = expr(G, e->c);
        same_shape(G, &t, &f);    /* a scalar condition picks for every lane */
        return LLVMBuildSelect(G->b, c, t, f, "");
    }
    }
    nnc_unreachable();
}

/* ---- statements -------------------------------------------------------- */

static void block(Gen *G, const KBlock *b);

static void set_loc(Gen *G, Loc loc)
{
    if (!G->di || loc.line < 1)
        return;
    LLVMMetadataRef l = LLVMDIBuilderCreateDebugLocation(G->ctx, (unsigned)loc.line,
                                                         (unsigned)(loc.col > 0 ? loc.col : 0),
                                                         G->di_scope, NULL);
    LLVMSetCurrentDebugLocation2(G->b, l);
}

/* x = x + v (or x - v when the IR says +=  -v, as C prints -=); under a
 * KL_REDUCE loop the float add may be reassociated. */
static LLVMValueRef accumulate(Gen *G, LLVMValueRef old, const KExpr *v, KType t, bool reduce)
{
    bool sub = v->kind == KE_UNARY && v->op == KO_NEG && t == KT_F32;
    LLVMValueRef x = expr(G, sub ? v->a : v);
    if (t != KT_F32)
        return no_wrap(LLVMBuildAdd(G->b, old, x, ""));
    same_shape(G, &old, &x);
    LLVMValueRef r = sub ? LLVMBuildFSub(G->b, old, x, "") : LLVMBuildFAdd(G->b, old, x, "");
    if (reduce)
        LLVMSetFastMathFlags(r, LLVMFastMathAllowReassoc);
    return r;
}

/* The latch of a KL_ROW loop: llvm.loop with unroll.disable and
 * vectorize.enable.  Fully unrolled first (a row of 13-14 iterations),
 * the row became scalar code the SLP vectorizer left alone, unable to
 * tell the patches from the image; kept a loop, the loop vectorizer
 * checks once per row that they do not overlap and runs it in vectors.
 * The loop's id is a node naming itself (a temporary replaced by it). */
static void row_loop(Gen *G, LLVMValueRef latch)
{
    LLVMMetadataRef self = LLVMTemporaryMDNode(G->ctx, NULL, 0);
    LLVMMetadataRef unroll = LLVMMDStringInContext2(G->ctx, "llvm.loop.unroll.disable", 24);
    LLVMMetadataRef vec[2] = {LLVMMDStringInContext2(G->ctx, "llvm.loop.vectorize.enable", 26),
                              LLVMValueAsMetadata(LLVMConstInt(LLVMInt1TypeInContext(G->ctx), 1, 0))};
    LLVMMetadataRef ops[3] = {self, LLVMMDNodeInContext2(G->ctx, &unroll, 1), LLVMMDNodeInContext2(G->ctx, vec, 2)};
    LLVMMetadataRef id = LLVMMDNodeInContext2(G->ctx, ops, 3);
    LLVMMetadataReplaceAllUsesWith(self, id);
    LLVMSetMetadata(latch, LLVMGetMDKindIDInContext(G->ctx, "llvm.loop", 9), LLVMMetadataAsValue(G->ctx, id));
}

/* for (var = lo; var < hi; var += step): lo and hi from the statement,
 * or given (a parallel loop's share); the statement's hi is evaluated
 * in the condition, as C does. */
static void build_loop(Gen *G, const KStmt *s, LLVMValueRef lo, LLVMValueRef hi)
{
    LLVMValueRef slot = var_slot(G, s->var);
    LLVMTypeRef t = type_of(G, s->var->type);
    LLVMBuildStore(G->b, lo ? lo : expr(G, s->lo), slot);
    char name[96];
    snprintf(name, sizeof name, "%s.cond", s->var->name);
    LLVMBasicBlockRef cond = LLVMAppendBasicBlockInContext(G->ctx, G->fn, name);
    snprintf(name, sizeof name, "%s.body", s->var->name);
    LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(G->ctx, G->fn, name);
    snprintf(name, sizeof name, "%s.next", s->var->name);
    LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(G->ctx, G->fn, name);
    snprintf(name, sizeof name, "%s.end", s->var->name);
    LLVMBasicBlockRef end = LLVMAppendBasicBlockInContext(G->ctx, G->fn, name);
    LLVMBuildBr(G->b, cond);

    LLVMPositionBuilderAtEnd(G->b, cond);
    LLVMValueRef i = LLVMBuildLoad2(G->b, t, slot, s->var->name);
    LLVMBuildCondBr(G->b, LLVMBuildICmp(G->b, LLVMIntULT, i, hi ? hi : expr(G, s->hi), ""), body,
                    end);

    LLVMPositionBuilderAtEnd(G->b, body);
    unsigned saved = G->loop_flags;
    G->loop_flags = s->flags;
    block(G, &s->body);
    G->loop_flags = saved;
    LLVMBuildBr(G->b, next);

    LLVMPositionBuilderAtEnd(G->b, next);
    i = LLVMBuildLoad2(G->b, t, slot, "");
    LLVMBuildStore(G->b, no_wrap(LLVMBuildAdd(G->b, i, const_idx(G, s->step), "")), slot);
    LLVMValueRef latch = LLVMBuildBr(G->b, cond);
    if (s->flags & KL_ROW)
        row_loop(G, latch);
    LLVMPositionBuilderAtEnd(G->b, end);
}

/* ---- parallel loops: outlined bodies on the runtime's pool ---------------
 *
 * A KL_THREADS loop `for (v = LO; v < HI; v += STEP) body` becomes
 *     ctx = {the kernel's parameters, LO, HI, the variables body reads}
 *     nnrt_parallel_for(NAME_KERNEL.par.K, &ctx, (HI - LO + STEP - 1) / STEP, threads)
 * (threads 0 when the loop's fork_if is false: this call's rows are too few)
 * and NAME_KERNEL.par.K(ctx, lo, hi) runs iterations [lo, hi) of the same
 * loop: v from LO + lo * STEP while v < min(LO + hi * STEP, HI).  The body
 * is built by the same code as any other, in a function of its own whose
 * parameters and variables are reloaded from ctx, so each iteration's
 * arithmetic is the one-thread loop's.  `threads` is --threads; the
 * runtime lets NNC_THREADS override it.  A parallel loop inside a body
 * stays serial. */

static void debug_func(Gen *G, const char *name);

/* The ids of the variables the loop's body reads from outside it (those
 * with a slot in the parent: they were given a value before the loop). */
static int captures(Gen *G, const KStmt *s, int *ids)
{
    int n = 0;
    KUses u = kuses_of(G->f, &s->body, false);
    for (int id = 0; id < G->f->nvars; id++)
        if (u.var[id] && !u.def[id] && id != s->var->id && G->vars[id])
            ids[n++] = id;
    kuses_free(&u);
    return n;
}

/* The kernel's state a body function replaces while it is built. */
typedef struct Saved {
    LLVMValueRef fn, *params, *vars, *bases;
    LLVMBuilderRef b, entry;
    LLVMMetadataRef di_scope;
    unsigned loop_flags;
} Saved;

/* Field i of the context struct at ctx. */
static LLVMValueRef ctx_field(LLVMBuilderRef b, LLVMTypeRef ty, LLVMValueRef ctx, int i)
{
    return LLVMBuildStructGEP2(b, ty, ctx, (unsigned)i, "");
}

/* NAME_KERNEL.par.K(ctx, lo, hi): iterations [lo, hi) of s. */
static LLVMValueRef build_body_fn(Gen *G, const KStmt *s, LLVMTypeRef ctx_ty, const int *ids,
                                  int ncap)
{
    const KFunc *f = G->f;
    Saved sv = {G->fn, G->params, G->vars, G->bases, G->b, G->entry, G->di_scope, G->loop_flags};
    G->params = xcalloc((size_t)f->params.len + 1, sizeof *G->params);
    const char *name = arena_printf(G->kp->g->arena, "%s_%s.par.%d", G->kp->name, f->name,
                                    G->nparallel++);
    LLVMTypeRef pt[3] = {G->ptr, G->idx, G->idx};
    G->fn = LLVMAddFunction(G->mod, name, LLVMFunctionType(G->vd, pt, 3, 0));
    LLVMSetLinkage(G->fn, LLVMInternalLinkage);
    add_attr(G, G->fn, LLVMAttributeFunctionIndex, "nounwind", 0);
    add_attr(G, G->fn, 1, "nonnull", 0);
    add_attr(G, G->fn, 1, "noalias", 0);
    G->b = LLVMCreateBuilderInContext(G->ctx);
    G->entry = LLVMCreateBuilderInContext(G->ctx);
    G->vars = xcalloc((size_t)f->nvars + 1, sizeof *G->vars);
    G->bases = xcalloc((size_t)f->bufs.len + 1, sizeof *G->bases);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "entry");
    LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "start");
    LLVMPositionBuilderAtEnd(G->entry, entry);
    LLVMPositionBuilderAtEnd(G->b, start);
    if (G->di)
        debug_func(G, name);
    LLVMValueRef ctx = LLVMGetParam(G->fn, 0);
    for (int i = 0; i < f->params.len; i++) {
        LLVMTypeRef t = LLVMStructGetTypeAtIndex(ctx_ty, (unsigned)i);
        G->params[i] = LLVMBuildLoad2(G->entry, t, ctx_field(G->entry, ctx_ty, ctx, i),
                                      f->params.items[i].name);
        if (f->params.items[i].kind == KP_WS || f->params.items[i].kind == KP_PW) {   /* 64-byte aligned */
            LLVMMetadataRef a = LLVMValueAsMetadata(LLVMConstInt(G->i64, 64, 0));
            unsigned kind = LLVMGetMDKindIDInContext(G->ctx, "align", 5);
            LLVMSetMetadata(G->params[i], kind,
                            LLVMMetadataAsValue(G->ctx, LLVMMDNodeInContext2(G->ctx, &a, 1)));
        }
    }
    for (int i = 0; i < f->bufs.len; i++) {
        const KBuf *b = f->bufs.items[i];
        LLVMValueRef off = const_idx(G, b->offset);
        G->bases[i] = b->param >= 0 ? G->params[b->param]
                                    : LLVMBuildInBoundsGEP2(G->entry, G->f32, ws_of(G, b), &off,
                                                            1, b->name);
    }
    for (int c = 0; c < ncap; c++) {
        int at = f->params.len + 2 + c;
        LLVMTypeRef t = LLVMStructGetTypeAtIndex(ctx_ty, (unsigned)at);
        G->vars[ids[c]] = LLVMBuildAlloca(G->entry, t, "");
        LLVMValueRef v = LLVMBuildLoad2(G->entry, t, ctx_field(G->entry, ctx_ty, ctx, at), "");
        LLVMBuildStore(G->entry, v, G->vars[ids[c]]);
    }
    /* the share's bounds: LO + lo * STEP, min(LO + hi * STEP, HI) */
    LLVMValueRef lo0 = LLVMBuildLoad2(G->entry, G->idx,
                                      ctx_field(G->entry, ctx_ty, ctx, f->params.len), "lo0");
    LLVMValueRef hi0 = LLVMBuildLoad2(G->entry, G->idx,
                                      ctx_field(G->entry, ctx_ty, ctx, f->params.len + 1), "hi0");
    LLVMValueRef step = const_idx(G, s->step);
    LLVMValueRef lo = no_wrap(LLVMBuildAdd(G->b, lo0, no_wrap(LLVMBuildMul(
                                              G->b, LLVMGetParam(G->fn, 1), step, "")), ""));
    LLVMValueRef hi = no_wrap(LLVMBuildAdd(G->b, lo0, no_wrap(LLVMBuildMul(
                                              G->b, LLVMGetParam(G->fn, 2), step, "")), ""));
    hi = binary_idx(G, KO_MIN, hi, hi0, false);
    G->outlined = true;
    build_loop(G, s, lo, hi);
    G->outlined = false;
    LLVMBuildRetVoid(G->b);
    LLVMBuildBr(G->entry, start);
    LLVMValueRef fn = G->fn;
    LLVMDisposeBuilder(G->b);
    LLVMDisposeBuilder(G->entry);
    free(G->vars);
    free(G->bases);
    free(G->params);
    G->fn = sv.fn;
    G->params = sv.params;
    G->vars = sv.vars;
    G->bases = sv.bases;
    G->b = sv.b;
    G->entry = sv.entry;
    G->di_scope = sv.di_scope;
    G->loop_flags = sv.loop_flags;
    return fn;
}

static void build_parallel_for(Gen *G, const KStmt *s)
{
    const KFunc *f = G->f;
    int *ids = xcalloc((size_t)f->nvars + 1, sizeof *ids);
    int ncap = captures(G, s, ids);
    int np = f->params.len;
    LLVMTypeRef *ft = xcalloc((size_t)(np + 2 + ncap), sizeof *ft);
    for (int i = 0; i < np; i++)
        ft[i] = LLVMTypeOf(G->params[i]);
    ft[np] = ft[np + 1] = G->idx;
    for (int c = 0; c < ncap; c++)
        ft[np + 2 + c] = LLVMGetAllocatedType(G->vars[ids[c]]);
    LLVMTypeRef ctx_ty = LLVMStructTypeInContext(G->ctx, ft, (unsigned)(np + 2 + ncap), 0);
    LLVMValueRef ctx = LLVMBuildAlloca(G->entry, ctx_ty, "par.ctx");
    LLVMValueRef lo = expr(G, s->lo), hi = expr(G, s->hi);
    for (int i = 0; i < np; i++)
        LLVMBuildStore(G->b, G->params[i], ctx_field(G->b, ctx_ty, ctx, i));
    LLVMBuildStore(G->b, lo, ctx_field(G->b, ctx_ty, ctx, np));
    LLVMBuildStore(G->b, hi, ctx_field(G->b, ctx_ty, ctx, np + 1));
    for (int c = 0; c < ncap; c++) {
        LLVMValueRef slot = G->vars[ids[c]];
        LLVMValueRef v = LLVMBuildLoad2(G->b, LLVMGetAllocatedType(slot), slot, "");
        LLVMBuildStore(G->b, v, ctx_field(G->b, ctx_ty, ctx, np + 2 + c));
    }
    LLVMValueRef body = build_body_fn(G, s, ctx_ty, ids, ncap);
    /* iterations: hi > lo ? (hi - lo + step - 1) / step : 0 */
    LLVMValueRef span = LLVMBuildSub(G->b, hi, lo, "");
    LLVMValueRef count = LLVMBuildUDiv(
        G->b, no_wrap(LLVMBuildAdd(G->b, span, const_idx(G, s->step - 1), "")),
        const_idx(G, s->step), "");
    count = LLVMBuildSelect(G->b, LLVMBuildICmp(G->b, LLVMIntUGT, hi, lo, ""), count,
                            const_idx(G, 0), "par.n");
    LLVMTypeRef pt[4] = {G->ptr, G->ptr, G->idx, G->i32};
    LLVMValueRef threads =
        LLVMConstInt(G->i32, (unsigned long long)(G->o->threads > 0 ? G->o->threads : 1), 0);
    if (s->fork_if)   /* too few rows in this call: 0 runs the loop on this thread */
        threads = LLVMBuildSelect(G->b, expr(G, s->fork_if), threads,
                                  LLVMConstInt(G->i32, 0, 0), "par.threads");
    LLVMValueRef args[4] = {body, ctx, count, threads};
    call(G, declare(G, "nnrt_parallel_for", G->vd, pt, 4), args, 4);
    free(ft);
    free(ids);
}

static void build_for(Gen *G, const KStmt *s)
{
    bool threads = kstmt_threaded(s);
    if (threads && !G->outlined)
        build_parallel_for(G, s);
    else
        build_loop(G, s, NULL, NULL);
}

/* NAME_forward, NAME_h1_product, ...: the kernel's symbol */
static const char *kernel_name(Gen *G, const KFunc *f)
{
    return arena_printf(G->kp->g->arena, "%s_%s", G->kp->name, f->name);
}

/* The kernel's parameter of kind k (its first). */
static LLVMValueRef param_of(Gen *G, KParamKind k)
{
    for (int i = 0; i < G->f->params.len; i++)
        if (G->f->params.items[i].kind == k)
            return G->params[i];
    nnc_unreachable();
}

/* memset, memcpy, nnrt_dropout_mask: count floats at the destination;
 * a kernel function of the model: count rows of src into dst. */
static void build_call(Gen *G, const KStmt *s)
{
    LLVMValueRef dst = s->buf ? buf_base(G, s->buf) : NULL, count = expr(G, s->val);
    switch (s->callee) {
    case KC_DROPOUT_MASK: {
        LLVMTypeRef pt[4] = {G->ptr, G->ptr, G->idx, G->f32};
        LLVMValueRef fn = declare(G, "nnrt_dropout_mask", G->vd, pt, 4);
        LLVMValueRef rng = param_of(G, KP_RNG);
        nnc_assert(rng != NULL);
        LLVMValueRef args[4] = {rng, dst, count, LLVMConstReal(G->f32, (double)(float)s->rate)};
        call(G, fn, args, 4);
        return;
    }
    case KC_DROPOUT_PART: {
        LLVMTypeRef pt[6] = {G->ptr, G->ptr, G->idx, G->idx, G->idx, G->f32};
        LLVMValueRef fn = declare(G, "nnrt_dropout_mask_part", G->vd, pt, 6);
        LLVMValueRef args[6] = {param_of(G, KP_RNG), dst, count, expr(G, s->lo), expr(G, s->hi),
                                LLVMConstReal(G->f32, (double)(float)s->rate)};
        call(G, fn, args, 6);
        return;
    }
    case KC_DROPOUT_SKIP: {
        LLVMTypeRef pt[2] = {G->ptr, G->idx};
        LLVMValueRef fn = declare(G, "nnrt_dropout_mask_skip", G->vd, pt, 2);
        LLVMValueRef args[2] = {param_of(G, KP_RNG), count};
        call(G, fn, args, 2);
        return;
    }
    case KC_ZERO:
    case KC_COPY: {
        LLVMValueRef bytes = no_wrap(LLVMBuildMul(G->b, count, const_idx(G, 4), ""));
        if (s->callee == KC_ZERO)
            LLVMBuildMemSet(G->b, dst, LLVMConstInt(G->i8, 0, 0), bytes, buf_align(s->buf));
        else
            LLVMBuildMemCpy(G->b, dst, buf_align(s->buf), buf_base(G, s->src), buf_align(s->src),
                            bytes);
        return;
    }
    case KC_KERNEL: {   /* kp->funcs has callees first: already built */
        LLVMValueRef fn = LLVMGetNamedFunction(G->mod, kernel_name(G, s->func));
        nnc_assert(fn != NULL);
        /* the parameters: where the caller has them (its pw, else its ws) */
        int own_pw = kfunc_param(G->f, KP_PW);
        LLVMValueRef pw = own_pw >= 0 ? G->params[own_pw] : G->params[0];
        if (!s->args) {
            LLVMValueRef args[5] = {G->params[0], buf_base(G, s->src), dst, count, NULL};
            if (kfunc_param(s->func, KP_PW) >= 0) {   /* forward(ws, pw, x, y, n) */
                LLVMValueRef with_pw[5] = {G->params[0], pw, args[1], dst, count};
                call(G, fn, with_pw, 5);
            } else {
                call(G, fn, args, 4);
            }
            return;
        }
        int np = s->func->params.len;
        LLVMValueRef *args = xcalloc((size_t)np + 1, sizeof *args);
        for (int i = 0; i < np; i++) {
            KParamKind k = s->func->params.items[i].kind;
            args[i] = k == KP_WS ? G->params[0] : k == KP_PW ? pw : k == KP_RNG ? param_of(G, KP_RNG)
                    : k == KP_N ? count : buf_base(G, s->args[i]);
        }
        call(G, fn, args, np);
        free(args);
        return;
    }
    }
    nnc_unreachable();
}

static void stmt(Gen *G, const KStmt *s)
{
    switch (s->kind) {
    case KS_BLOCK:
        set_loc(G, s->loc);
        block(G, &s->body);
        return;
    case KS_FOR:
        build_for(G, s);
        return;
    case KS_LET:
        LLVMBuildStore(G->b, expr(G, s->val), var_slot(G, s->var));
        return;
    case KS_ASSIGN: {
        LLVMValueRef slot = var_slot(G, s->var);
        LLVMValueRef v;
        if (s->accum) {
            LLVMValueRef old = LLVMBuildLoad2(G->b, var_type(G, s->var), slot, "");
            v = accumulate(G, old, s->val, s->var->type, (G->loop_flags & KL_REDUCE) != 0);
        } else {
            v = expr(G, s->val);
        }
        LLVMBuildStore(G->b, v, slot);
        return;
    }
    case KS_STORE: {
        LLVMValueRef p = elem_ptr(G, s->buf, s->idx);
        if (s->buf->elem == KT_I32) {   /* an index, stored as int32_t */
            LLVMValueRef st = LLVMBuildStore(G->b, LLVMBuildTrunc(G->b, expr(G, s->val), G->i32, ""), p);
            LLVMSetAlignment(st, 4);
            return;
        }
        LLVMValueRef v = s->accum ? accumulate(G, load_f32(G, p, WIDTH(s->val) > 0), s->val,
                                               KT_F32, false)
                                  : expr(G, s->val);
        store_f32(G, v, p);
        return;
    }
    case KS_CALL:
        build_call(G, s);
        return;
    case KS_IF: {
        LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "if.then");
        LLVMBasicBlockRef end = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "if.end");
        LLVMBuildCondBr(G->b, expr(G, s->val), then, end);
        LLVMPositionBuilderAtEnd(G->b, then);
        block(G, &s->body);
        LLVMBuildBr(G->b, end);
        LLVMPositionBuilderAtEnd(G->b, end);
        return;
    }
    case KS_RETURN:
        if (s->val)
            LLVMBuildRet(G->b, expr(G, s->val));
        else
            LLVMBuildRetVoid(G->b);
        /* anything after a return is unreachable: give it a block of its own */
        LLVMPositionBuilderAtEnd(G->b, LLVMAppendBasicBlockInContext(G->ctx, G->fn, "dead"));
        return;
    }
    nnc_unreachable();
}

static void block(Gen *G, const KBlock *b)
{
    for (int i = 0; i < b->len; i++) {
        if (KV_WIDTH == 16 && kblock_hsum4(b, i)) {   /* as the C backend prints them */
            LLVMValueRef v[4], r[4];
            for (int j = 0; j < 4; j++)
                v[j] = expr(G, b->items[i + j]->val->a);
            hsum4(G, v, r);
            for (int j = 0; j < 4; j++)
                LLVMBuildStore(G->b, r[j], var_slot(G, b->items[i + j]->var));
            i += 3;
            continue;
        }
        stmt(G, b->items[i]);
    }
}

/* ---- kernels ----------------------------------------------------------- */

static LLVMTypeRef param_type(Gen *G, KParamKind k)
{
    return k == KP_N ? G->idx : G->ptr;
}

/* The .nn line of the function's first block, for its debug entry. */
static Loc first_loc(const KBlock *b)
{
    for (int i = 0; i < b->len; i++) {
        if (b->items[i]->loc.line > 0)
            return b->items[i]->loc;
        Loc l = first_loc(&b->items[i]->body);
        if (l.line > 0)
            return l;
    }
    return (Loc){1, 1, 0};
}

static void debug_func(Gen *G, const char *name)
{
    Loc at = first_loc(&G->f->body);
    LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(G->di, G->di_file, NULL, 0,
                                                           LLVMDIFlagPrototyped);
    LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(
        G->di, G->di_file, name, strlen(name), name, strlen(name), G->di_file, (unsigned)at.line,
        ty, 1, 1, (unsigned)at.line, LLVMDIFlagPrototyped, G->o->opt_level > 0);
    LLVMSetSubprogram(G->fn, sp);
    G->di_scope = sp;
    set_loc(G, at);
    /* the entry block's buffer bases and allocas: the function's first line */
    LLVMSetCurrentDebugLocation2(G->entry, LLVMGetCurrentDebugLocation2(G->b));
}

static LLVMValueRef build_kernel(Gen *G, const KFunc *f)
{
    const char *name = kernel_name(G, f);
    LLVMTypeRef *pt = xcalloc((size_t)f->params.len + 1, sizeof *pt);
    for (int i = 0; i < f->params.len; i++)
        pt[i] = param_type(G, f->params.items[i].kind);
    LLVMTypeRef fty = LLVMFunctionType(f->returns_float ? G->f32 : G->vd, pt,
                                       (unsigned)f->params.len, 0);
    free(pt);
    G->params = xcalloc((size_t)f->params.len + 1, sizeof *G->params);
    G->f = f;
    G->fn = LLVMAddFunction(G->mod, name, fty);
    if (!G->o->kernels_only)   /* tests of hand-built kernels call them */
        LLVMSetLinkage(G->fn, LLVMInternalLinkage);
    add_attr(G, G->fn, LLVMAttributeFunctionIndex, "nounwind", 0);
    for (int i = 0; i < f->params.len; i++) {
        G->params[i] = LLVMGetParam(G->fn, (unsigned)i);
        LLVMSetValueName2(G->params[i], f->params.items[i].name, strlen(f->params.items[i].name));
        if (f->params.items[i].kind == KP_WS || f->params.items[i].kind == KP_PW)   /* 64-byte aligned */
            add_attr(G, G->fn, (LLVMAttributeIndex)(i + 1), "align", 64);
        /* forward only reads the parameters, and nothing else does while it
         * runs: even when pw is ws (the model's own call), what it reads
         * through pw is never written, which is all noalias asks */
        if (f->params.items[i].kind == KP_PW)
            add_attr(G, G->fn, (LLVMAttributeIndex)(i + 1), "noalias", 0);
    }
    G->vars = xcalloc((size_t)f->nvars + 1, sizeof *G->vars);
    G->bases = xcalloc((size_t)f->bufs.len + 1, sizeof *G->bases);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "entry");
    LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(G->ctx, G->fn, "start");
    LLVMPositionBuilderAtEnd(G->entry, entry);
    LLVMPositionBuilderAtEnd(G->b, start);
    for (int i = 0; i < f->bufs.len; i++) {
        const KBuf *b = f->bufs.items[i];
        LLVMValueRef off = const_idx(G, b->offset);
        G->bases[i] = b->param >= 0 ? G->params[b->param]
                                    : LLVMBuildInBoundsGEP2(G->entry, G->f32, ws_of(G, b), &off,
                                                            1, b->name);
    }
    if (G->di)
        debug_func(G, name);
    G->loop_flags = 0;
    block(G, &f->body);
    if (!LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(G->b))) {
        if (f->returns_float)
            LLVMBuildUnreachable(G->b);   /* after the final return */
        else
            LLVMBuildRetVoid(G->b);
    }
    LLVMBuildBr(G->entry, start);
    LLVMSetCurrentDebugLocation2(G->b, NULL);
    LLVMSetCurrentDebugLocation2(G->entry, NULL);
    free(G->vars);
    free(G->bases);
    free(G->params);
    G->vars = G->bases = G->params = NULL;
    return G->fn;
}

/* ---- the descriptor ---------------------------------------------------- */

/* A private NUL-terminated string constant. */
static LLVMValueRef cstring(Gen *G, const char *s)
{
    if (!s)
        return LLVMConstNull(G->ptr);
    LLVMValueRef init = LLVMConstStringInContext2(G->ctx, s, strlen(s), 0);
    LLVMValueRef g = LLVMAddGlobal(G->mod, LLVMTypeOf(init), ".str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    return g;
}

/* nnrt_tensor and nnrt_model_desc, field for field (runtime/nnrt.h); the
 * target's data layout places them as its C compiler does. */
static void struct_types(Gen *G)
{
    LLVMTypeRef dims = LLVMArrayType2(G->i32, 4);
    LLVMTypeRef t[] = {G->ptr, G->i32, dims, G->idx, G->i8, G->i8, G->i32, G->i32, G->i32};
    G->tensor_ty = LLVMStructCreateNamed(G->ctx, "struct.nnrt_tensor");
    LLVMStructSetBody(G->tensor_ty, t, sizeof t / sizeof *t, 0);
    LLVMTypeRef d[] = {
        G->ptr,                           /* name */
        G->idx, G->idx,                   /* input_size, output_size */
        G->idx, G->idx,                   /* batch_size, workspace_floats */
        G->ptr, G->idx, G->idx,           /* tensors, ntensors, param_count */
        G->i32, G->i32, G->f64, G->i32,   /* loss, epochs, validation, early_stopping */
        G->i64, G->ptr,                   /* seed, data */
        G->idx, G->idx, G->f32,           /* grad_offset, grad_count, lr */
        G->ptr, G->ptr, G->ptr, G->ptr,   /* forward, grad_step, update_step, eval_batch */
        G->i32, G->i32, G->i32,           /* schedule, step_size, t_max */
        G->f64, G->f64,                   /* gamma, eta_min */
        G->ptr, G->idx, G->idx,           /* prep, prep_groups, prep_group */
        G->f32, G->i32,                   /* prep_std, prep_adapt */
        G->ptr, G->i32, LLVMArrayType2(G->i32, 3),   /* input_name, input_rank, input_dims */
        G->ptr,                           /* bn_single */
    };
    G->desc_ty = LLVMStructCreateNamed(G->ctx, "struct.nnrt_model_desc");
    LLVMStructSetBody(G->desc_ty, d, sizeof d / sizeof *d, 0);
}

/* When building for the machine nnc runs on, the layouts must be the C
 * compiler's to the byte: a mismatch is a compiler bug, caught here
 * rather than as garbage in the runtime. */
static void check_layout(Gen *G)
{
    static const size_t desc_off[] = {
        offsetof(nnrt_model_desc, name), offsetof(nnrt_model_desc, input_size),
        offsetof(nnrt_model_desc, output_size), offsetof(nnrt_model_desc, batch_size),
        offsetof(nnrt_model_desc, workspace_floats), offsetof(nnrt_model_desc, tensors),
        offsetof(nnrt_model_desc, ntensors), offsetof(nnrt_model_desc, param_count),
        offsetof(nnrt_model_desc, loss), offsetof(nnrt_model_desc, epochs),
        offsetof(nnrt_model_desc, validation), offsetof(nnrt_model_desc, early_stopping),
        offsetof(nnrt_model_desc, seed), offsetof(nnrt_model_desc, data),
        offsetof(nnrt_model_desc, grad_offset), offsetof(nnrt_model_desc, grad_count),
        offsetof(nnrt_model_desc, lr),
        offsetof(nnrt_model_desc, forward), offsetof(nnrt_model_desc, grad_step),
        offsetof(nnrt_model_desc, update_step), offsetof(nnrt_model_desc, eval_batch),
        offsetof(nnrt_model_desc, schedule), offsetof(nnrt_model_desc, step_size),
        offsetof(nnrt_model_desc, t_max), offsetof(nnrt_model_desc, gamma),
        offsetof(nnrt_model_desc, eta_min),
        offsetof(nnrt_model_desc, prep), offsetof(nnrt_model_desc, prep_groups),
        offsetof(nnrt_model_desc, prep_group), offsetof(nnrt_model_desc, prep_std),
        offsetof(nnrt_model_desc, prep_adapt),
        offsetof(nnrt_model_desc, input_name),
        offsetof(nnrt_model_desc, input_rank), offsetof(nnrt_model_desc, input_dims),
        offsetof(nnrt_model_desc, bn_single),
    };
    static const size_t tensor_off[] = {
        offsetof(nnrt_tensor, name), offsetof(nnrt_tensor, ndim), offsetof(nnrt_tensor, dims),
        offsetof(nnrt_tensor, offset), offsetof(nnrt_tensor, kind), offsetof(nnrt_tensor, init),
        offsetof(nnrt_tensor, fan_in), offsetof(nnrt_tensor, fan_out), offsetof(nnrt_tensor, grad),
    };
    nnc_assert(LLVMABISizeOfType(G->td, G->desc_ty) == sizeof(nnrt_model_desc));
    nnc_assert(LLVMABISizeOfType(G->td, G->tensor_ty) == sizeof(nnrt_tensor));
    for (unsigned i = 0; i < sizeof desc_off / sizeof *desc_off; i++)
        nnc_assert(LLVMOffsetOfElement(G->td, G->desc_ty, i) == desc_off[i]);
    for (unsigned i = 0; i < sizeof tensor_off / sizeof *tensor_off; i++)
        nnc_assert(LLVMOffsetOfElement(G->td, G->tensor_ty, i) == tensor_off[i]);
}

static LLVMValueRef tensor_table(Gen *G)
{
    const KProgram *kp = G->kp;
    if (kp->tensors.len == 0)
        return LLVMConstNull(G->ptr);
    LLVMValueRef *rows = xcalloc((size_t)kp->tensors.len, sizeof *rows);
    for (int i = 0; i < kp->tensors.len; i++) {
        const KTensor *t = &kp->tensors.items[i];
        LLVMValueRef dims[4];
        for (int d = 0; d < 4; d++)
            dims[d] = LLVMConstInt(G->i32, (unsigned long long)t->dims[d], 0);
        LLVMValueRef f[] = {
            cstring(G, t->name),
            LLVMConstInt(G->i32, (unsigned long long)t->ndim, 0),
            LLVMConstArray2(G->i32, dims, 4),
            const_idx(G, t->offset),
            LLVMConstInt(G->i8, (unsigned long long)t->kind, 0),
            LLVMConstInt(G->i8, (unsigned long long)t->init, 0),
            LLVMConstInt(G->i32, (unsigned long long)t->fan_in, 0),
            LLVMConstInt(G->i32, (unsigned long long)t->fan_out, 0),
            LLVMConstInt(G->i32, (unsigned long long)(long long)t->grad, 1),
        };
        rows[i] = LLVMConstNamedStruct(G->tensor_ty, f, sizeof f / sizeof *f);
    }
    LLVMValueRef init = LLVMConstArray2(G->tensor_ty, rows, (uint64_t)kp->tensors.len);
    free(rows);
    const char *name = arena_printf(kp->g->arena, "%s_tensors", kp->name);
    LLVMValueRef g = LLVMAddGlobal(G->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMInternalLinkage);
    return g;
}

static int loss_code(LossKind l)
{
    return l == LOSS_NONE ? NNRT_LOSS_NONE : loss_def(l)->nnrt_code;
}

static LLVMValueRef build_desc(Gen *G, LLVMValueRef kernels[4])
{
    const KProgram *kp = G->kp;
    const Graph *g = kp->g;
    bool train = kp->grad_step != NULL;
    LLVMValueRef null = LLVMConstNull(G->ptr);
    const Shape in = g->input->shape;   /* [B, ...] */
    LLVMValueRef in_dims[3];
    for (int d = 0; d < 3; d++)
        in_dims[d] = LLVMConstInt(G->i32, d + 1 < in.rank ? (unsigned long long)in.dims[d + 1] : 0, 0);
    LLVMValueRef f[] = {
        cstring(G, kp->name),
        const_idx(G, kp->input_size),
        const_idx(G, kp->output_size),
        const_idx(G, kp->batch),
        const_idx(G, kp->plan->total),
        tensor_table(G),
        const_idx(G, kp->tensors.len),
        const_idx(G, kp->param_count),
        LLVMConstInt(G->i32, (unsigned long long)loss_code(train ? g->cfg.loss : LOSS_NONE), 0),
        LLVMConstInt(G->i32, train ? (unsigned long long)g->cfg.epochs : 0, 0),
        LLVMConstReal(G->f64, train ? g->cfg.validation : 0),
        LLVMConstInt(G->i32, train ? (unsigned long long)g->cfg.early_stopping : 0, 0),
        LLVMConstInt(G->i64, train ? (unsigned long long)g->cfg.seed : 0, 0),
        train && g->cfg.data ? cstring(G, g->cfg.data) : null,
        const_idx(G, train ? kp->plan->grad_begin : 0),
        const_idx(G, train ? kp->plan->grad_end - kp->plan->grad_begin : 0),
        LLVMConstReal(G->f32, train ? (double)(float)g->cfg.lr : 0),
        kernels[0],
        kernels[1] ? kernels[1] : null,
        kernels[2] ? kernels[2] : null,
        kernels[3] ? kernels[3] : null,
        LLVMConstInt(G->i32, train ? (unsigned long long)g->cfg.schedule : 0, 0),
        LLVMConstInt(G->i32, train ? (unsigned long long)g->cfg.step_size : 0, 0),
        LLVMConstInt(G->i32, train ? (unsigned long long)sched_t_max(&g->cfg) : 0, 0),
        LLVMConstReal(G->f64, train ? g->cfg.gamma : 0),
        LLVMConstReal(G->f64, train ? g->cfg.eta_min : 0),
        g->prep.name ? cstring(G, g->prep.name) : null,
        const_idx(G, g->prep.name ? g->prep.groups : 0),
        const_idx(G, g->prep.name ? g->prep.group : 0),
        LLVMConstReal(G->f32, g->prep.name ? (double)(float)g->prep.std : 0),
        LLVMConstInt(G->i32, g->prep.name && g->prep.adapt, 0),
        cstring(G, g->input->name),
        LLVMConstInt(G->i32, (unsigned long long)(in.rank - 1), 0),
        LLVMConstArray2(G->i32, in_dims, 3),
        train && g->bn_single ? cstring(G, g->bn_single) : null,
    };
    LLVMValueRef init = LLVMConstNamedStruct(G->desc_ty, f, sizeof f / sizeof *f);
    const char *name = arena_printf(g->arena, "%s_desc", kp->name);
    LLVMValueRef d = LLVMAddGlobal(G->mod, G->desc_ty, name);
    LLVMSetInitializer(d, init);
    LLVMSetGlobalConstant(d, 1);
    LLVMSetLinkage(d, LLVMInternalLinkage);
    return d;
}

/* ---- the API: api.c's table, as emit_c.c prints it ---------------------- */

/* Starts an external function NAME_suffix and positions the builder in it. */
static LLVMValueRef api_begin(Gen *G, const char *suffix, LLVMTypeRef ret, LLVMTypeRef *pt, int n)
{
    const char *name = suffix ? arena_printf(G->kp->g->arena, "%s_%s", G->kp->name, suffix)
                              : "main";
    LLVMValueRef fn = LLVMAddFunction(G->mod, name, LLVMFunctionType(ret, pt, (unsigned)n, 0));
    add_attr(G, fn, LLVMAttributeFunctionIndex, "nounwind", 0);
    LLVMPositionBuilderAtEnd(G->b, LLVMAppendBasicBlockInContext(G->ctx, fn, "entry"));
    return fn;
}

/* An API type (api.c) as LLVM sees it: every pointer is ptr. */
static LLVMTypeRef api_type(Gen *G, ApiType t)
{
    switch (t) {
    case API_VOID: return G->vd;
    case API_INT: return G->i32;
    case API_FLOAT: return G->f32;
    case API_SIZE: return G->idx;
    case API_U64: return G->i64;
    default: return G->ptr;
    }
}

/* One row of api.c's table: the same wrapper as emit_c.c prints. */
static void build_api_func(Gen *G, const ApiFunc *f, LLVMValueRef desc)
{
    LLVMTypeRef pt[8], rpt[8];
    LLVMValueRef args[8];
    for (int i = 0; i < f->nparams; i++)
        pt[i] = api_type(G, f->params[i].type);
    LLVMValueRef fn = api_begin(G, f->suffix, api_type(G, f->ret), pt, f->nparams);
    if (f->form == API_CONST) {
        LLVMBuildRet(G->b, const_idx(G, G->kp->param_count));
        return;
    }
    LLVMValueRef nan = LLVMConstReal(G->f32, (double)NAN), loss = NULL;
    if (f->form == API_LOSS) {
        loss = LLVMBuildAlloca(G->b, G->f32, "loss");
        LLVMBuildStore(G->b, nan, loss);
    }
    int n = 0;
    if (f->form == API_DESC) {
        rpt[n] = G->ptr;
        args[n++] = desc;
    }
    for (int i = 0; i <= f->nparams; i++) {
        if (loss && i == API_LOSS_AT) {
            rpt[n] = G->ptr;
            args[n++] = loss;
        }
        if (i < f->nparams) {
            rpt[n] = pt[i];
            args[n++] = LLVMGetParam(fn, (unsigned)i);
        }
    }
    LLVMValueRef r = call(G, declare(G, f->runtime, api_type(G, f->rt_ret), rpt, n), args, n);
    if (loss) {
        LLVMValueRef ok = LLVMBuildICmp(G->b, LLVMIntEQ, r, LLVMConstInt(G->i32, NNRT_OK, 0), "");
        LLVMValueRef v = LLVMBuildLoad2(G->b, G->f32, loss, "");
        LLVMBuildRet(G->b, LLVMBuildSelect(G->b, ok, v, nan, ""));
    } else if (f->ret == API_VOID) {
        LLVMBuildRetVoid(G->b);
    } else {
        LLVMBuildRet(G->b, r);
    }
}

static void build_api(Gen *G, LLVMValueRef desc)
{
    bool train = G->kp->grad_step != NULL;
    for (int i = 0; i < api_nfuncs; i++)
        if (api_wanted(&api_funcs[i], train, G->o->with_main, G->o->mpi))
            build_api_func(G, &api_funcs[i], desc);
}

/* ---- the target machine ------------------------------------------------ */

static void fatal_error(const char *reason)
{
    /* LLVM cannot go on after this; say so as nnc does and stop */
    fprintf(stderr, "nnc: error: LLVM: %s\n", reason);
    _exit(2);
}

static void init_llvm(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    LLVMInitializeAllTargetInfos();
    LLVMInitializeAllTargets();
    LLVMInitializeAllTargetMCs();
    LLVMInitializeAllAsmPrinters();
    LLVMInstallFatalErrorHandler(fatal_error);
    /* Code generation without loop strength reduction.  The kernels index
     * buffers as base + i * K + k with constant strides, which x86's
     * addressing modes take as they are; LSR's rewrite to pointer
     * increments was a large share of the object compile and changed no
     * trainer's speed beyond noise (the figures: docs/design-backend.md,
     * "compile time", and bench/RESULTS.md).  LLVM
     * has no per-module switch for it: this is its command-line option,
     * set once per process before any target machine exists. */
    const char *argv[] = {"nnc", "-disable-lsr"};
    LLVMParseCommandLineOptions(2, argv, "");
}

/* Runs LLVMCreateTargetMachine with stderr captured: LLVM reports an
 * unknown CPU (or feature) there as a warning and goes on with a generic
 * one.  Returns what it printed (heap, may be empty) in *said. */
static LLVMTargetMachineRef create_tm(LLVMTargetRef t, const char *triple, const char *cpu,
                                      const char *features, LLVMCodeGenOptLevel level,
                                      char **said)
{
    *said = NULL;
    fflush(stderr);
    FILE *tmp = tmpfile();
    int saved = tmp ? dup(2) : -1;
    if (saved >= 0)
        dup2(fileno(tmp), 2);
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(t, triple, cpu, features, level,
                                                      LLVMRelocPIC, LLVMCodeModelDefault);
    if (saved >= 0) {
        fflush(stderr);
        dup2(saved, 2);
        close(saved);
        long n = ftell(tmp);
        if (n > 0) {
            *said = xcalloc((size_t)n + 1, 1);
            rewind(tmp);
            if (fread(*said, 1, (size_t)n, tmp) != (size_t)n)
                (*said)[0] = '\0';
        }
    }
    if (tmp)
        fclose(tmp);
    return tm;
}

typedef struct Target {
    char *triple;
    char *cpu, *features;      /* LLVM's strings (LLVMDisposeMessage) */
    LLVMTargetMachineRef tm;
} Target;

static void target_free(Target *t)
{
    if (t->tm)
        LLVMDisposeTargetMachine(t->tm);
    LLVMDisposeMessage(t->triple);
    LLVMDisposeMessage(t->cpu);
    LLVMDisposeMessage(t->features);
}

/* The host unless --target / --cpu say otherwise.  Returns NULL, or why
 * not (heap): an unknown triple or CPU, which are usage errors. */
static char *make_target(const char *target, const char *cpu, int opt_level, Target *T)
{
    StrBuf why = {0};
    LLVMTargetRef t;
    char *err = NULL;
    T->triple = target ? LLVMNormalizeTargetTriple(target) : LLVMGetDefaultTargetTriple();
    if (target && !*target) {
        sb_printf(&why, "--target needs a triple such as x86_64-linux-gnu or aarch64-linux-gnu");
        return sb_take(&why);
    }
    if (LLVMGetTargetFromTriple(T->triple, &t, &err)) {
        sb_printf(&why, "unknown target triple '%s' (LLVM: %s)", target ? target : T->triple, err);
        LLVMDisposeMessage(err);
        return sb_take(&why);
    }
    bool host_cpu = cpu ? strcmp(cpu, "native") == 0 : !target;
    if (host_cpu) {
        T->cpu = LLVMGetHostCPUName();
        T->features = LLVMGetHostCPUFeatures();
    } else {
        T->cpu = LLVMCreateMessage(cpu ? cpu : "generic");
        T->features = LLVMCreateMessage("");
    }
    if (!*T->cpu) {
        sb_printf(&why, "--cpu needs a CPU name (or 'native')");
        return sb_take(&why);
    }
    LLVMCodeGenOptLevel lv = opt_level <= 0   ? LLVMCodeGenLevelNone
                             : opt_level == 1 ? LLVMCodeGenLevelLess
                             : opt_level == 2 ? LLVMCodeGenLevelDefault
                                              : LLVMCodeGenLevelAggressive;
    char *said;
    T->tm = create_tm(t, T->triple, T->cpu, T->features, lv, &said);
    if (said && strstr(said, "is not a recognized processor"))
        sb_printf(&why, "unknown CPU '%s' for target '%s' (llc -mtriple=%s -mcpu=help lists them)",
                  T->cpu, T->triple, T->triple);
    else if (said && *said)
        fputs(said, stderr);    /* another warning: pass it on */
    free(said);
    if (!why.data && !T->tm)
        sb_printf(&why, "LLVM cannot make a target machine for '%s'", T->triple);
    return why.data ? sb_take(&why) : NULL;
}

char *emitllvm_check_target(const char *target, const char *cpu)
{
    init_llvm();
    Target T = {0};
    char *why = make_target(target, cpu, 0, &T);
    target_free(&T);
    return why;
}

/* ---- debug info -------------------------------------------------------- */

static void debug_begin(Gen *G)
{
    const char *path = G->o->source_name ? G->o->source_name : "model.nn";
    const char *file = base_name(path);
    const char *dir = ".";
    char *owned = NULL;
    if (file != path) {
        owned = xstrdup(path);
        owned[file - path - 1] = '\0';
        dir = *owned ? owned : "/";
    }
    G->di = LLVMCreateDIBuilder(G->mod);
    G->di_file = LLVMDIBuilderCreateFile(G->di, file, strlen(file), dir, strlen(dir));
    const char *producer = "nnc " NNC_VERSION;
    G->di_cu = LLVMDIBuilderCreateCompileUnit(
        G->di, LLVMDWARFSourceLanguageC, G->di_file, producer, strlen(producer),
        G->o->opt_level > 0, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
    LLVMAddModuleFlag(G->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(G->i32, LLVMDebugMetadataVersion(), 0)));
    LLVMAddModuleFlag(G->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(G->i32, 5, 0)));
    free(owned);
}

/* ---- the module -------------------------------------------------------- */

static void build_module(Gen *G)
{
    const KProgram *kp = G->kp;
    LLVMValueRef k[4] = {NULL, NULL, NULL, NULL};   /* forward, grad_step, update_step, eval_batch */
    for (int i = 0; i < kp->funcs.len; i++) {
        const KFunc *f = kp->funcs.items[i];
        LLVMValueRef fn = build_kernel(G, f);
        if (f == kp->forward)
            k[0] = fn;
        else if (f == kp->grad_step)
            k[1] = fn;
        else if (f == kp->update_step)
            k[2] = fn;
        else if (f == kp->eval_batch)
            k[3] = fn;
    }
    G->di_scope = NULL;
    struct_types(G);
    if (!G->o->kernels_only)
        build_api(G, build_desc(G, k));
    if (G->di)
        LLVMDIBuilderFinalize(G->di);
}

static int optimize(Gen *G, LLVMTargetMachineRef tm, Diag *d)
{
    if (G->o->opt_level <= 0)
        return 0;
    char passes[32];
    snprintf(passes, sizeof passes, "default<O%d>", G->o->opt_level > 3 ? 3 : G->o->opt_level);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    bool vec = G->o->opt_level >= 2;       /* as clang: vectorisers from -O2 */
    LLVMPassBuilderOptionsSetLoopVectorization(po, vec);
    LLVMPassBuilderOptionsSetSLPVectorization(po, vec);
    LLVMPassBuilderOptionsSetLoopInterleaving(po, vec);
    /* no unrolling: the kernel IR's tiles are the unrolling LLVM should keep;
     * with it fashion_mlp's object was 110 KB of text against 23 KB and took
     * over a second in code generation (docs/design-backend.md) */
    LLVMPassBuilderOptionsSetLoopUnrolling(po, false);
    LLVMErrorRef err = LLVMRunPasses(G->mod, passes, tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (err) {
        char *msg = LLVMGetErrorMessage(err);
        diag_error(d, (Loc){0, 0, 0}, "LLVM's optimizer failed: %s", msg);
        LLVMDisposeErrorMessage(msg);
        return 2;
    }
    return 0;
}

static int write_output(Gen *G, LLVMTargetMachineRef tm, LlvmOutput kind, Diag *d, FILE *out)
{
    if (kind == LLVM_OUT_IR) {
        char *s = LLVMPrintModuleToString(G->mod);
        fputs(s, out);
        LLVMDisposeMessage(s);
        return 0;
    }
    char *err = NULL;
    LLVMMemoryBufferRef buf;
    LLVMCodeGenFileType ft = kind == LLVM_OUT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    if (LLVMTargetMachineEmitToMemoryBuffer(tm, G->mod, ft, &err, &buf)) {
        diag_error(d, (Loc){0, 0, 0}, "LLVM cannot write the %s: %s",
                   kind == LLVM_OUT_ASM ? "assembly" : "object file", err);
        LLVMDisposeMessage(err);
        return 2;
    }
    fwrite(LLVMGetBufferStart(buf), 1, LLVMGetBufferSize(buf), out);
    LLVMDisposeMemoryBuffer(buf);
    return 0;
}

int emitllvm_program(const KProgram *kp, const EmitOptions *o, LlvmOutput kind, Diag *d, FILE *out)
{
    init_llvm();
    Target T = {0};
    char *why = make_target(o->target, o->cpu, o->opt_level, &T);
    if (why) {
        diag_error(d, (Loc){0, 0, 0}, "%s", why);
        free(why);
        target_free(&T);
        return 2;
    }
    int rc = 0;
    Gen G = {.kp = kp, .o = o};
    G.ctx = LLVMContextCreate();
    const char *file = base_name(o->source_name ? o->source_name : diag_filename(d));
    G.mod = LLVMModuleCreateWithNameInContext(file, G.ctx);
    LLVMSetSourceFileName(G.mod, file, strlen(file));
    LLVMSetTarget(G.mod, T.triple);
    G.td = LLVMCreateTargetDataLayout(T.tm);
    LLVMSetModuleDataLayout(G.mod, G.td);
    G.b = LLVMCreateBuilderInContext(G.ctx);
    G.entry = LLVMCreateBuilderInContext(G.ctx);
    G.f32 = LLVMFloatTypeInContext(G.ctx);
    G.f64 = LLVMDoubleTypeInContext(G.ctx);
    G.i1 = LLVMInt1TypeInContext(G.ctx);
    G.i8 = LLVMInt8TypeInContext(G.ctx);
    G.i32 = LLVMInt32TypeInContext(G.ctx);
    G.i64 = LLVMInt64TypeInContext(G.ctx);
    G.idx = LLVMIntPtrTypeInContext(G.ctx, G.td);    /* size_t */
    G.ptr = LLVMPointerTypeInContext(G.ctx, 0);
    G.vd = LLVMVoidTypeInContext(G.ctx);
#ifdef KV_WIDTH
    G.vf = LLVMVectorType(G.f32, KV_WIDTH);
#else
    G.vf = LLVMVectorType(G.f32, 16);
#endif
    if (o->debug_info)
        debug_begin(&G);
    build_module(&G);
    if (!o->target && !o->kernels_only)
        check_layout(&G);

    char *msg = NULL;
    if (LLVMVerifyModule(G.mod, LLVMReturnStatusAction, &msg)) {
        diag_error(d, (Loc){0, 0, 0}, "internal error: the LLVM module does not verify:\n%s", msg);
        rc = 2;
    }
    LLVMDisposeMessage(msg);
    if (rc == 0)
        rc = optimize(&G, T.tm, d);
    if (rc == 0)
        rc = write_output(&G, T.tm, kind, d, out);
    if (rc == 0 && ferror(out)) {
        diag_error(d, (Loc){0, 0, 0}, "cannot write the generated code");
        rc = 2;
    }
    if (G.di)
        LLVMDisposeDIBuilder(G.di);
    LLVMDisposeBuilder(G.b);
    LLVMDisposeBuilder(G.entry);
    LLVMDisposeModule(G.mod);
    LLVMDisposeTargetData(G.td);
    LLVMContextDispose(G.ctx);
    target_free(&T);
    return rc;
}
