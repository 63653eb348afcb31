/*
 * op_dense.c - the dense layer and the matrix products it becomes.
 *
 * dense(x, units, act) is act(x W^T + b): the language's call (bi_dense)
 * lowers to three graph ops, matmul, bias_add and the activation, so that
 * fusion and the backward pass see plain pieces.  The backward pass of a
 * matmul is two more products (matmul_nn for the input's gradient,
 * matmul_tn for the weight's) and bias_add's is a sum over rows.  Each
 * op's rules are below, one group per op: shape, derivative, reference
 * semantics, FLOPs and loops.  The loops of all three products are
 * gemm.c's register-tiled ones; this file only says which buffers play
 * A, B and C, and what is fused into the epilogue or the prologue.
 */
#include "kernel.h"

#include <stdlib.h>

/* ---- dense(x, units, act): the language's call -------------------------- */

#define UNITS(e) ((long)(e)->argv[1])

static Shape check_dense(Checker *c, Expr *e, const Shape *in)
{
    if (in[0].rank > 1) {
        char dims[64];
        diag_error(check_diag(c), check_expr_loc(e), "dense() takes a vector, got an image (%s)",
                   shape_text(in[0], dims, sizeof dims));
        check_note_operand(c, e->in[0]);
        diag_note(check_diag(c), check_expr_loc(e), "flatten it first: dense(flatten(...), %ld)", UNITS(e));
        return (Shape){0};
    }
    long params = UNITS(e) * (shape_size(in[0]) + 1);
    if (params > NNC_MAX_PARAMS) {
        diag_error(check_diag(c), check_expr_loc(e), "layer too large: %ld parameters (limit is %ld)",
                   params, (long)NNC_MAX_PARAMS);
        return (Shape){0};
    }
    return shape_vec(UNITS(e));
}

static long dense_params(const Expr *e)
{
    return UNITS(e) * (shape_size(expr_shape(e->in[0])) + 1);
}

/* dense(x, units, act) = act(x W^T + b):
 *   %L.mm [B,units] = matmul x, L.weight      W [units,in]
 *   %L.pre [B,units] = bias_add %L.mm, L.bias b [units]
 *   %L [B,units] = act %L.pre                 (no op when linear)
 * The parameters are made before the operand is lowered: outer layers
 * first, the order of their opening parentheses (LANGUAGE.md). */
static Value *lower_dense(LowerCtx *L, const Expr *e, const char *name)
{
    (void)name;
    Graph *g = lower_graph(L);
    long in = shape_size(expr_shape(e->in[0]));
    Value *w = lower_param(L, e, "weight", ir_shape(2, UNITS(e), in), in, UNITS(e));
    Value *b = lower_param(L, e, "bias", ir_shape(1, UNITS(e), 0), in, UNITS(e));
    Value *x = lower_operand(L, e, 0);
    const char *layer = e->layer;
    Value *mm = ir_emit(g, OP_MATMUL, PH_FORWARD, e->loc, arena_printf(g->arena, "%s.mm", layer),
                        2, (Value *[]){x, w});
    bool linear = e->act == ACT_LINEAR;
    const char *pre = linear ? layer : arena_printf(g->arena, "%s.pre", layer);
    Value *z = ir_emit(g, OP_BIAS_ADD, PH_FORWARD, e->loc, pre, 2, (Value *[]){mm, b});
    if (linear)
        return z;
    return ir_emit(g, act_op(e->act), PH_FORWARD, e->loc, layer, 1, &z);
}

/* "dense 784→256 relu\n200,960 params" */
static void dot_dense(FILE *out, const Expr *e)
{
    long in = shape_size(expr_shape(e->in[0]));
    fprintf(out, "dense %ld\xe2\x86\x92%ld", in, UNITS(e));
    if (e->act != ACT_LINEAR)
        fprintf(out, " %s", act_name(e->act));
    fprintf(out, "\\n");
    dot_put_count(out, UNITS(e) * (in + 1));
    fprintf(out, " params");
}

const BuiltinDef bi_dense = {
    "dense", 3,
    {P_VALUE("x", "an input value"), P_UNITS("units", "a layer size"), P_ACT("act", "an activation")},
    ACT_LINEAR, check_dense, dense_params, lower_dense, dot_dense,
};

/* ---- shapes of the products ------------------------------------------------ */

/* The extra operand fuse.c gives matmul_nn, matmul_tn (operand 3) and
 * sum_rows (operand 2): the activation's output or input that dy's
 * derivative reads, shaped like dy. */
static bool shape_prologue(const Op *op, ShapeErr *e)
{
    const OpDef *d = op_def(op->kind);
    if (op->nargs < d->max_args)
        return true;
    const Shape dy = op->args[0]->shape, v = op->args[op->nargs - 1]->shape;
    if (!ir_shape_eq(dy, v))
        return ir_shape_fail(e, "the act' operand differs from dy", dy, v);
    return true;
}

/* x[r,i] W[o,i] (b[o]) -> [r,o] */
static bool shape_matmul(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape, b = op->args[1]->shape;
    if (!ir_need_rank(a, 2, e) || !ir_need_rank(b, 2, e))
        return false;
    if (a.dims[1] != b.dims[1])
        return ir_shape_fail(e, "matmul inner sizes differ", a, b);
    *out = ir_shape(2, a.dims[0], b.dims[0]);
    if (op->nargs > 2)
        return ir_need_rank(op->args[2]->shape, 1, e) &&
               (op->args[2]->shape.dims[0] == out->dims[1] ||
                ir_shape_fail(e, "bias size differs from the columns", *out, op->args[2]->shape));
    return true;
}

/* dy[r,o] W[o,i] -> [r,i] */
static bool shape_matmul_nn(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape, b = op->args[1]->shape;
    if (!ir_need_rank(a, 2, e) || !ir_need_rank(b, 2, e))
        return false;
    if (a.dims[1] != b.dims[0])
        return ir_shape_fail(e, "matmul_nn inner sizes differ", a, b);
    *out = ir_shape(2, a.dims[0], b.dims[1]);
    return shape_prologue(op, e);
}

/* dy[r,o] x[r,i] -> [o,i] */
static bool shape_matmul_tn(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape, b = op->args[1]->shape;
    if (!ir_need_rank(a, 2, e) || !ir_need_rank(b, 2, e))
        return false;
    if (a.dims[0] != b.dims[0])
        return ir_shape_fail(e, "matmul_tn row counts differ", a, b);
    *out = ir_shape(2, a.dims[1], b.dims[1]);
    return shape_prologue(op, e);
}

/* x[r,o] b[o] -> [r,o] */
static bool shape_bias_add(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape, b = op->args[1]->shape;
    if (!ir_need_rank(a, 2, e) || !ir_need_rank(b, 1, e))
        return false;
    if (a.dims[1] != b.dims[0])
        return ir_shape_fail(e, "bias size differs from the columns", a, b);
    *out = a;
    return true;
}

/* dy[r,o] -> [o] */
static bool shape_sum_rows(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape;
    if (!ir_need_rank(a, 2, e))
        return false;
    *out = ir_shape(1, a.dims[1], 0);
    return shape_prologue(op, e);
}

/* ---- derivative rules ----------------------------------------------------- */

/* y = x W^T:  dx = dy W [B,i] (matmul_nn),  dW = dy^T x [o,i] (matmul_tn) */
static void grad_matmul(AD *ad, const Op *op, Value *dy)
{
    ad_share_op(ad, op, 0, OP_MATMUL_NN, dy, op->args[1]);
    ad_share_op(ad, op, 1, OP_MATMUL_TN, dy, op->args[0]);
}

/* y = x + b (b on every row):  dx = dy,  db = sum over rows of dy [o] */
static void grad_bias_add(AD *ad, const Op *op, Value *dy)
{
    ad_share_same(ad, op, 0, dy);
    ad_share_op(ad, op, 1, OP_SUM_ROWS, dy, NULL);
}

/* ---- reference semantics ----------------------------------------------------- */

/* y[r,o] = sum_i x[r,i] W[o,i] (+ b[o], fused) */
static void run_matmul(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *x = op->args[0], *w = op->args[1];
    long R = interp_rows(in, x), I = interp_cols(x), O = w->shape.dims[0];
    double *y = interp_v(in, op->result), *xv = interp_v(in, x), *wv = interp_v(in, w);
    double *b = op->nargs > 2 ? interp_v(in, op->args[2]) : NULL;
    for (long r = 0; r < R; r++)
        for (long o = 0; o < O; o++) {
            double s = b ? b[o] : 0;
            for (long i = 0; i < I; i++)
                s += xv[r * I + i] * wv[o * I + i];
            y[r * O + o] = s;
        }
}

/* dx[r,i] = sum_o dy[r,o] W[o,i] */
static void run_matmul_nn(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *dy = op->args[0], *w = op->args[1];
    long R = interp_rows(in, dy), O = interp_cols(dy), I = interp_cols(w);
    double *dx = interp_v(in, op->result), *d = interp_grad_in(in, op, 2), *wv = interp_v(in, w);
    for (long r = 0; r < R; r++)
        for (long i = 0; i < I; i++) {
            double s = 0;
            for (long o = 0; o < O; o++)
                s += d[r * O + o] * wv[o * I + i];
            dx[r * I + i] = s;
        }
    interp_grad_done(op, 2, d);
}

/* dW[o,i] = sum_r dy[r,o] x[r,i] */
static void run_matmul_tn(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *dy = op->args[0], *x = op->args[1];
    long R = interp_rows(in, dy), O = interp_cols(dy), I = interp_cols(x);
    double *dw = interp_v(in, op->result), *d = interp_grad_in(in, op, 2), *xv = interp_v(in, x);
    for (long o = 0; o < O; o++)
        for (long i = 0; i < I; i++) {
            double s = 0;
            for (long r = 0; r < R; r++)
                s += d[r * O + o] * xv[r * I + i];
            dw[o * I + i] = s;
        }
    interp_grad_done(op, 2, d);
}

/* y[r,o] = x[r,o] + b[o] */
static void run_bias_add(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *x = op->args[0];
    long R = interp_rows(in, x), C = interp_cols(x);
    double *y = interp_v(in, op->result), *xv = interp_v(in, x), *b = interp_v(in, op->args[1]);
    for (long r = 0; r < R; r++)
        for (long c = 0; c < C; c++)
            y[r * C + c] = xv[r * C + c] + b[c];
}

/* db[o] = sum_r dy[r,o] */
static void run_sum_rows(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *dy = op->args[0];
    long R = interp_rows(in, dy), O = interp_cols(dy);
    double *db = interp_v(in, op->result), *d = interp_grad_in(in, op, 1);
    for (long o = 0; o < O; o++) {
        double s = 0;
        for (long r = 0; r < R; r++)
            s += d[r * O + o];
        db[o] = s;
    }
    interp_grad_done(op, 1, d);
}

/* ---- FLOPs per row: 2 per multiply-add, 2 per element for a fused act ---- */

static double extra(const Op *op)
{
    return op->act != ACT_LINEAR ? 2 : 0;
}

static double flops_matmul(const Graph *g, const Op *op)
{
    (void)g;
    const Shape a = op->args[0]->shape, r = op->result->shape;
    return 2.0 * (double)a.dims[1] * (double)r.dims[1] + (double)r.dims[1] * ((op->nargs > 2) + extra(op));
}

static double flops_matmul_nn(const Graph *g, const Op *op)
{
    (void)g;
    const Shape a = op->args[0]->shape, r = op->result->shape;
    return (2.0 * (double)a.dims[1] + extra(op)) * (double)r.dims[1];
}

/* dW [o,i] sums over the batch: o i per row */
static double flops_matmul_tn(const Graph *g, const Op *op)
{
    (void)g;
    const Shape r = op->result->shape;
    return (2.0 * (double)r.dims[1] + extra(op)) * (double)r.dims[0];
}

static double flops_sum_rows(const Graph *g, const Op *op)
{
    (void)g;
    return (1 + extra(op)) * (double)op->result->shape.dims[0];
}

/* ---- loops ------------------------------------------------------------------ */

/* The three products go through gemm.c, which owns their loops; these
 * only say which buffers play A, B and C. */
static void lower_product(KL *L, const Op *op, GemmForm form)
{
    KB *k = kl_kb(L);
    const Graph *g = kl_graph(L);
    const Value *a = op->args[0], *b = op->args[1], *r = op->result;
    GemmSpec s = {.form = form, .a = kl_buf(L, a), .b = kl_buf(L, b), .c = kl_buf(L, r)};
    s.m = form == GEMM_TN ? ir_row_size(a->shape) : ir_batched(r->shape) ? g->batch : r->shape.dims[0];
    s.m_is_n = form != GEMM_TN && ir_batched(r->shape);
    s.n = ir_row_size(r->shape);
    s.k = form == GEMM_TN ? g->batch : ir_row_size(a->shape);
    s.k_is_n = form == GEMM_TN;
    if (form == GEMM_NT) {
        s.bias = op->nargs > 2 ? kl_buf(L, op->args[2]) : NULL;
        s.act = op->act == ACT_SOFTMAX ? ACT_LINEAR : op->act;
        s.row_apart = true;   /* forward's rows one at a time (predict's one sample) */
    } else if (op->nargs > 2) {      /* fuse.c: dy read as dy * act'(v) */
        s.a_act = op->act;
        s.a_act_y = kl_buf(L, op->args[2]);
    }
    lower_gemm(k, &s);
    if (op->act == ACT_SOFTMAX)
        act_softmax_rows(L, r, r);
}

/* (x[B,I], W[O,I][, b[O]]) -> act(x W^T + b) */
static void lower_matmul(KL *L, const Op *op)
{
    lower_product(L, op, GEMM_NT);
}

/* (dy[B,O], W[O,I][, v]) -> dy W [B,I] */
static void lower_matmul_nn(KL *L, const Op *op)
{
    lower_product(L, op, GEMM_NN);
}

/* (dy[B,O], x[B,I][, v]) -> dy^T x [O,I] */
static void lower_matmul_tn(KL *L, const Op *op)
{
    lower_product(L, op, GEMM_TN);
}

/* (x[B,O], b[O]) -> act(x + b) */
static void lower_bias_add(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result, *x = op->args[0], *b = op->args[1];
    long c = ir_row_size(r->shape);
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
    KExpr *val = kb_bin(k, KO_ADD, kl_at(L, x, kl_rc(L, i, c, kb_var(k, j))),
                        kl_at(L, b, kb_var(k, j)));
    kb_store(k, kl_buf(L, r), kl_rc(L, i, c, kb_var(k, j)), act_kexpr(k, op->act, val), false);
    kb_leave(k);
    kb_leave(k);
    if (op->act == ACT_SOFTMAX)
        act_softmax_rows(L, r, r);
}

/* dy[B,O] -> sum over rows [O] (of dy * act'(v) when fused) */
static void lower_sum_rows(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result;
    long c = ir_row_size(r->shape);
    kb_zero(k, kl_buf(L, r), kl_count(L, r));
    KVar *i = kb_loop0(k, "i", kb_n(k), 0);
    KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
    kb_store(k, kl_buf(L, r), kb_var(k, j), act_grad_load(L, op, 1, kl_rc(L, i, c, kb_var(k, j))),
             true);
    kb_leave(k);
    kb_leave(k);
}

/* ---- the table's rows ---------------------------------------------------------- */

/* ONNX: a dense layer is Gemm(x, W, b) with transB = 1 (W is out x in, as
 * PyTorch's Linear and ONNX's exporters have it); a bias_add left alone
 * (--no-fuse) is an Add. */
static void onnx_matmul(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    onnx_attr_int(onnx_node(X, "Gemm", op->nargs, in, out), "transB", 1);
}

static void onnx_bias_add(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_node(X, "Add", 2, in, out);
}

const OpDef op_matmul = {
    "matmul", 2, 3, {NULL}, OPF_EPILOGUE | OPF_ROW_EPILOGUE | OPF_BIAS_SLOT, ACT_LINEAR,
    shape_matmul, grad_matmul, run_matmul, flops_matmul, lower_matmul, NULL, onnx_matmul,
};
const OpDef op_matmul_nn = {
    "matmul_nn", 2, 3, {NULL}, OPF_PROLOGUE, ACT_LINEAR,
    shape_matmul_nn, NULL, run_matmul_nn, flops_matmul_nn, lower_matmul_nn, NULL, NULL,
};
const OpDef op_matmul_tn = {
    "matmul_tn", 2, 3, {NULL}, OPF_PROLOGUE, ACT_LINEAR,
    shape_matmul_tn, NULL, run_matmul_tn, flops_matmul_tn, lower_matmul_tn, NULL, NULL,
};
const OpDef op_bias_add = {
    "bias_add", 2, 2, {NULL}, OPF_EPILOGUE | OPF_ROW_EPILOGUE | OPF_BIAS, ACT_LINEAR,
    shape_bias_add, grad_bias_add, run_bias_add, ir_flops_elementwise, lower_bias_add, NULL,
    onnx_bias_add,
};
const OpDef op_sum_rows = {
    "sum_rows", 1, 2, {NULL}, OPF_PROLOGUE, ACT_LINEAR,
    shape_sum_rows, NULL, run_sum_rows, flops_sum_rows, lower_sum_rows, NULL, NULL,
};
