/*
 * op_tensor.c - the ops that combine and move values: add, concat and
 * dropout, and the backward pass's slice and mul.
 *
 * add is a skip connection (its derivative passes dy to both operands);
 * concat joins rows (its derivative slices dy apart); dropout multiplies
 * by a mask drawn once per training step (dropout_mask), so the backward
 * pass multiplies by the very same mask, and is the identity when
 * predicting: its result is then its operand (OPF_PREDICT_ALIAS), and
 * the mask is not drawn (OPF_TRAIN_ONLY).
 */
#include "kernel.h"
#include "nnrt.h"

#include <math.h>

/* ---- shapes ----------------------------------------------------------------- */

static bool shape_same2(const Op *op, Shape *out, ShapeErr *e)
{
    return ir_same_shape(op->args[0]->shape, op->args[1]->shape, out, e);
}

/* [r,a] ++ [r,b] -> [r,a+b]; images [B,a,H,W] ++ [B,b,H,W] -> [B,a+b,H,W],
 * the same join of each row's floats */
static bool shape_concat(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->args[0]->shape, b = op->args[1]->shape;
    if (a.rank == 4 && b.rank == 4) {
        if (a.dims[0] != b.dims[0] || a.dims[2] != b.dims[2] || a.dims[3] != b.dims[3])
            return ir_shape_fail(e, "concat images differ in rows, height or width", a, b);
        *out = (Shape){4, {a.dims[0], a.dims[1] + b.dims[1], a.dims[2], a.dims[3]}};
        return true;
    }
    if (!ir_need_rank(a, 2, e) || !ir_need_rank(b, 2, e))
        return false;
    if (a.dims[0] != b.dims[0])
        return ir_shape_fail(e, "concat row counts differ", a, b);
    *out = ir_shape(2, a.dims[0], a.dims[1] + b.dims[1]);
    return true;
}

/* The slice [attr0, attr1) of x's columns: whole numbers within x. */
static bool shape_slice(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    double b = op->attr[0], en = op->attr[1];
    long plane = x.rank == 4 ? x.dims[2] * x.dims[3] : 1;   /* images: whole channels */
    if (x.rank != 4 && !ir_need_rank(x, 2, e))
        return false;
    long cols = ir_row_size(x);
    if (b != floor(b) || en != floor(en) || b < 0 || en <= b || en > (double)cols ||
        (long)b % plane || (long)en % plane) {
        snprintf(e->msg, sizeof e->msg, "slice [%g, %g) outside %ld columns", b, en, cols);
        return false;
    }
    if (x.rank == 4)
        *out = (Shape){4, {x.dims[0], ((long)en - (long)b) / plane, x.dims[2], x.dims[3]}};
    else
        *out = ir_shape(2, x.dims[0], (long)en - (long)b);
    return true;
}

/* images [B,C,H,W] -> [B,C*H*W] and back (its derivative) */
static bool shape_flatten(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    if (x.rank != 4 || !ir_batched(x))
        return ir_shape_fail(e, "flatten needs a batch of images", x, x);
    *out = ir_shape(2, IR_BATCH, ir_row_size(x));
    return true;
}

static bool shape_unflatten(const Op *op, Shape *out, ShapeErr *e)
{
    Shape x = op->args[0]->shape;
    Shape img = {4, {IR_BATCH, (long)op->attr[0], (long)op->attr[1], (long)op->attr[2]}};
    if (!ir_need_rank(x, 2, e))
        return false;
    if (img.dims[1] < 1 || img.dims[2] < 1 || img.dims[3] < 1 || ir_row_size(img) != x.dims[1])
        return ir_shape_fail(e, "unflatten sizes differ", x, img);
    *out = img;
    return true;
}

/* The mask's shape is given (its operand's, dropout's x). */
static bool shape_mask(const Op *op, Shape *out, ShapeErr *e)
{
    (void)op;
    if (out->rank == 4 && ir_batched(*out))
        return true;
    return ir_need_rank(*out, 2, e);
}

/* ---- derivative rules ----------------------------------------------------- */

/* y = a + b:  da = dy,  db = dy */
static void grad_add(AD *ad, const Op *op, Value *dy)
{
    ad_share_same(ad, op, 0, dy);
    ad_share_same(ad, op, 1, dy);
}

/* y = [a b] by columns:  da = dy[:, 0:na],  db = dy[:, na:na+nb] */
static void grad_concat(AD *ad, const Op *op, Value *dy)
{
    long na = ir_row_size(op->args[0]->shape), nb = ir_row_size(op->args[1]->shape);
    for (int slot = 0; slot < 2; slot++) {
        const Value *v = op->args[slot];
        if (!ad_needed(ad, v))
            continue;
        double bounds[2] = {slot ? (double)na : 0, slot ? (double)(na + nb) : (double)na};
        ad_give(ad, v, ir_emit_ex(ad_graph(ad), OP_SLICE, PH_BACKWARD, op->loc,
                                  ad_share_name(ad, v), 1, &dy, 2, bounds, dy->shape));
    }
}

/* y = x * mask:  dx = dy * mask (the mask drawn in the forward pass) */
static void grad_dropout(AD *ad, const Op *op, Value *dy)
{
    ad_share_op(ad, op, 0, OP_MUL, dy, op->args[1]);
}

/* y = flatten(x):  dx = dy in x's shape */
static void grad_flatten(AD *ad, const Op *op, Value *dy)
{
    const Value *x = op->args[0];
    if (!ad_needed(ad, x))
        return;
    double sizes[3] = {(double)x->shape.dims[1], (double)x->shape.dims[2], (double)x->shape.dims[3]};
    ad_give(ad, x, ir_emit_ex(ad_graph(ad), OP_UNFLATTEN, PH_BACKWARD, op->loc, ad_share_name(ad, x), 1,
                              &dy, 3, sizes, x->shape));
}

/* no operands, nothing to pass on */
static void grad_none(AD *ad, const Op *op, Value *dy)
{
    (void)ad, (void)op, (void)dy;
}

/* ---- reference semantics ------------------------------------------------------- */

/* add: a + b; mul: a * b, elementwise */
static void run_add(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->result);
    double *y = interp_v(in, op->result), *a = interp_v(in, op->args[0]), *b = interp_v(in, op->args[1]);
    for (long i = 0; i < n; i++)
        y[i] = a[i] + b[i];
}

static void run_mul(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->result);
    double *y = interp_v(in, op->result), *a = interp_v(in, op->args[0]), *b = interp_v(in, op->args[1]);
    for (long i = 0; i < n; i++)
        y[i] = a[i] * b[i];
}

/* y[r,:] = a[r,:] ++ b[r,:] */
static void run_concat(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *a = op->args[0], *b = op->args[1];
    long R = interp_rows(in, a), A = interp_cols(a), Bc = interp_cols(b), C = A + Bc;
    double *y = interp_v(in, op->result), *av = interp_v(in, a), *bv = interp_v(in, b);
    for (long r = 0; r < R; r++) {
        for (long j = 0; j < A; j++)
            y[r * C + j] = av[r * A + j];
        for (long j = 0; j < Bc; j++)
            y[r * C + A + j] = bv[r * Bc + j];
    }
}

/* the same floats in another shape */
static void run_copy(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->result);
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]);
    for (long i = 0; i < n; i++)
        y[i] = x[i];
}

/* y[r,:] = x[r, begin:end] */
static void run_slice(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Value *x = op->args[0];
    long R = interp_rows(in, x), C = interp_cols(x), b = (long)op->attr[0];
    long W = interp_cols(op->result);
    double *y = interp_v(in, op->result), *xv = interp_v(in, x);
    for (long r = 0; r < R; r++)
        for (long j = 0; j < W; j++)
            y[r * W + j] = xv[r * C + b + j];
}

/* The mask from the training generator (training), else all ones. */
static void run_dropout_mask(Interp *in, const Op *op, bool training)
{
    long n = interp_elems(in, op->result);
    double *m = interp_v(in, op->result);
    if (!training) {
        for (long i = 0; i < n; i++)
            m[i] = 1;
        return;
    }
    float *f = interp_fscratch(in, (size_t)n);
    nnrt_dropout_mask(interp_rng(in), f, (size_t)n, (float)op->attr[0]);
    for (long i = 0; i < n; i++)
        m[i] = (double)f[i];
}

/* y = x * mask while training, x when predicting */
static void run_dropout(Interp *in, const Op *op, bool training)
{
    long n = interp_elems(in, op->result);
    double *y = interp_v(in, op->result), *x = interp_v(in, op->args[0]), *m = interp_v(in, op->args[1]);
    for (long i = 0; i < n; i++)
        y[i] = training ? x[i] * m[i] : x[i];
}

/* ---- loops ------------------------------------------------------------------------ */

/* result[i] = a[i] op b[i] over every float, then its act= epilogue */
static void lower_map2(KL *L, const Op *op, KOp kop)
{
    KB *k = kl_kb(L);
    KVar *i = kl_each_loop(L, op->result);
    KExpr *val = kb_bin(k, kop, kl_at(L, op->args[0], kb_var(k, i)), kl_at(L, op->args[1], kb_var(k, i)));
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), act_kexpr(k, op->act, val), false);
    kb_leave(k);
}

static void lower_add(KL *L, const Op *op)
{
    lower_map2(L, op, KO_ADD);
}

static void lower_mul(KL *L, const Op *op)
{
    lower_map2(L, op, KO_MUL);
}

/* [B,a] ++ [B,b] */
static void lower_concat(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result;
    long w = ir_row_size(r->shape), col = 0;
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    for (int a = 0; a < op->nargs; a++) {
        const Value *x = op->args[a];
        long c = ir_row_size(x->shape);
        KVar *j = kb_loop0(k, "j", kb_i(k, c), KL_VECTOR);
        kb_store(k, kl_buf(L, r), kl_rc(L, i, w, kb_bin(k, KO_ADD, kb_i(k, col), kb_var(k, j))),
                 kl_at(L, x, kl_rc(L, i, c, kb_var(k, j))), false);
        kb_leave(k);
        col += c;
    }
    kb_leave(k);
}

/* columns [attr0, attr1) */
static void lower_slice(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *r = op->result, *x = op->args[0];
    long w = ir_row_size(r->shape), c = ir_row_size(x->shape), from = (long)op->attr[0];
    KVar *i = kb_loop0(k, "i", kb_n(k), KL_PARALLEL);
    KVar *j = kb_loop0(k, "j", kb_i(k, w), KL_VECTOR);
    kb_store(k, kl_buf(L, r), kl_rc(L, i, w, kb_var(k, j)),
             kl_at(L, x, kl_rc(L, i, c, kb_bin(k, KO_ADD, kb_i(k, from), kb_var(k, j)))), false);
    kb_leave(k);
    kb_leave(k);
}

/* flatten and its derivative: a copy (the shapes differ, the floats not) */
static void lower_copy(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    KVar *i = kl_each_loop(L, op->result);
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), kl_at(L, op->args[0], kb_var(k, i)), false);
    kb_leave(k);
}

/* A batch's mask row by row, rows across threads (each row's draws found
 * by jumping ahead: the numbers of one call), then the generator moved
 * past the whole mask.  Drawn on one thread, the mask was a serial 0.25 ms
 * of fashion_cnn's step that on two threads took 0.4-0.6 ms (half of its
 * rows were last written by the other core).  A mask too small for
 * threads stays one call (a loop of jumps would only cost, and lines). */
static void lower_dropout_mask(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *m = op->result;
    KBuf *mask = kl_buf(L, m);
    long W = ir_row_size(m->shape);
    if (!ir_batched(m->shape) || !kl_batch_threads(L, W)) {
        kb_call(k, KC_DROPOUT_MASK, mask, NULL, kl_count(L, m))->rate = op->attr[0];
        return;
    }
    KVar *row = kl_batch_loop(L, "row", kb_n(k), W, 0);
    KStmt *part = kb_call(k, KC_DROPOUT_PART, mask, NULL, kl_count(L, m));
    part->lo = kb_bin(k, KO_MUL, kb_var(k, row), kb_i(k, W));
    part->hi = kb_bin(k, KO_MUL, kb_bin(k, KO_ADD, kb_var(k, row), kb_i(k, 1)), kb_i(k, W));
    part->rate = op->attr[0];
    kb_leave(k);
    kb_call(k, KC_DROPOUT_SKIP, NULL, NULL, kl_count(L, m));
}

/* Training: x * mask.  Predicting, where the result could not simply be
 * its operand's buffer (forward's output is the caller's array): a copy. */
static void lower_dropout(KL *L, const Op *op)
{
    if (kl_training(L)) {
        lower_map2(L, op, KO_MUL);
        return;
    }
    KB *k = kl_kb(L);
    KVar *i = kb_loop0(k, "i", kl_count(L, op->result), KL_PARALLEL | KL_VECTOR);
    kb_store(k, kl_buf(L, op->result), kb_var(k, i), kl_at(L, op->args[0], kb_var(k, i)), false);
    kb_leave(k);
}

/* ---- the table's rows --------------------------------------------------------------- */

/* ONNX: add is Add, concat a Concat on axis 1 (features, or an image's
 * channels), flatten a Flatten from axis 1.  Dropout passes its input on
 * when predicting (OPF_PREDICT_ALIAS: no node), and its mask is not made
 * (OPF_TRAIN_ONLY). */
static void onnx_add(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_node(X, "Add", 2, in, out);
}

static void onnx_concat(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_attr_int(onnx_node(X, "Concat", 2, in, out), "axis", 1);
}

static void onnx_flatten(OnnxCtx *X, const Op *op, const char *const *in, const char *out)
{
    (void)op;
    onnx_attr_int(onnx_node(X, "Flatten", 1, in, out), "axis", 1);
}

const OpDef op_add = {
    "add", 2, 2, {NULL}, OPF_EPILOGUE, ACT_LINEAR,
    shape_same2, grad_add, run_add, ir_flops_elementwise, lower_add, NULL, onnx_add,
};
const OpDef op_mul = {
    "mul", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_same2, NULL, run_mul, ir_flops_elementwise, lower_mul, NULL, NULL,
};
const OpDef op_concat = {
    "concat", 2, 2, {NULL}, 0, ACT_LINEAR,
    shape_concat, grad_concat, run_concat, ir_flops_elementwise, lower_concat, NULL, onnx_concat,
};
const OpDef op_slice = {
    "slice", 1, 1, {"begin", "end", NULL}, 0, ACT_LINEAR,
    shape_slice, NULL, run_slice, ir_flops_elementwise, lower_slice, NULL, NULL,
};
const OpDef op_flatten = {
    "flatten", 1, 1, {NULL}, 0, ACT_LINEAR,
    shape_flatten, grad_flatten, run_copy, ir_flops_elementwise, lower_copy, NULL, onnx_flatten,
};
const OpDef op_unflatten = {
    "unflatten", 1, 1, {"channels", "height", "width", NULL}, 0, ACT_LINEAR,
    shape_unflatten, NULL, run_copy, ir_flops_elementwise, lower_copy, NULL, NULL,
};
const OpDef op_dropout_mask = {
    "dropout_mask", 0, 0, {"rate", NULL}, OPF_TRAIN_ONLY, ACT_LINEAR,
    shape_mask, grad_none, run_dropout_mask, ir_flops_elementwise, lower_dropout_mask, NULL, NULL,
};
const OpDef op_dropout = {
    "dropout", 2, 2, {NULL}, OPF_PREDICT_ALIAS, ACT_LINEAR,
    shape_same2, grad_dropout, run_dropout, ir_flops_elementwise, lower_dropout, NULL, NULL,
};

/* ---- the language's calls ------------------------------------------------------------ */

/* add() needs operands of one shape; concat's result fits the limit */
static Shape check_add(Checker *c, Expr *e, const Shape *in)
{
    if (shape_same(in[0], in[1]))
        return in[0];
    char a[64], b[64];
    if (in[0].rank > 1 || in[1].rank > 1)
        diag_error(check_diag(c), check_expr_loc(e), "add() needs inputs of the same shape, got %s and %s",
                   shape_text(in[0], a, sizeof a), shape_text(in[1], b, sizeof b));
    else
        diag_error(check_diag(c), check_expr_loc(e), "add() needs inputs of the same size, got %ld and %ld",
                   shape_size(in[0]), shape_size(in[1]));
    check_note_operand(c, e->in[0]);
    check_note_operand(c, e->in[1]);
    return (Shape){0};
}

/* Vectors join end to end; images along their channels (torch.cat(dim=1)),
 * which for C, H, W samples is the same join of each sample's floats. */
static Shape check_concat(Checker *c, Expr *e, const Shape *in)
{
    if (in[0].rank != in[1].rank || (in[0].rank == 3 && (in[0].dims[1] != in[1].dims[1] ||
                                                         in[0].dims[2] != in[1].dims[2]))) {
        char a[64], b[64];
        diag_error(check_diag(c), check_expr_loc(e),
                   "concat() joins two vectors, or two images of the same height and width; got %s and %s",
                   shape_text(in[0], a, sizeof a), shape_text(in[1], b, sizeof b));
        check_note_operand(c, e->in[0]);
        check_note_operand(c, e->in[1]);
        return (Shape){0};
    }
    long n = shape_size(in[0]) + shape_size(in[1]);
    if (n > NNC_MAX_SIZE) {
        diag_error(check_diag(c), check_expr_loc(e), "concat() result too large: %ld (limit is %ld)", n,
                   (long)NNC_MAX_SIZE);
        return (Shape){0};
    }
    if (in[0].rank == 3)
        return (Shape){3, {in[0].dims[0] + in[1].dims[0], in[0].dims[1], in[0].dims[2]}};
    return shape_vec(n);
}

static Value *lower_binary(LowerCtx *L, const Expr *e, OpKind k, const char *name)
{
    Value *a = lower_operand(L, e, 0);
    Value *b = lower_operand(L, e, 1);
    return ir_emit(lower_graph(L), k, PH_FORWARD, e->loc, name, 2, (Value *[]){a, b});
}

static Value *lower_add_call(LowerCtx *L, const Expr *e, const char *name)
{
    return lower_binary(L, e, OP_ADD, name);
}

static Value *lower_concat_call(LowerCtx *L, const Expr *e, const char *name)
{
    return lower_binary(L, e, OP_CONCAT, name);
}

/* "concat 128+64→192" */
static void dot_concat(FILE *out, const Expr *e)
{
    fprintf(out, "concat %ld+%ld\xe2\x86\x92%ld", shape_size(expr_shape(e->in[0])),
            shape_size(expr_shape(e->in[1])), shape_size(e->shape));
}

#define VALUE_AB P_VALUE("a", "a value"), P_VALUE("b", "a value")

const BuiltinDef bi_add = {
    "add", 2, {VALUE_AB}, ACT_LINEAR, check_add, NULL, lower_add_call, NULL,
};
const BuiltinDef bi_concat = {
    "concat", 2, {VALUE_AB}, ACT_LINEAR, check_concat, NULL, lower_concat_call, dot_concat,
};

/* flatten(x): an image's C*H*W floats as a vector, in C, H, W order */
static Shape check_flatten(Checker *c, Expr *e, const Shape *in)
{
    if (in[0].rank == 3)
        return shape_vec(shape_size(in[0]));
    diag_error(check_diag(c), check_expr_loc(e), "flatten() takes an image; its input is already a vector of %ld",
               shape_size(in[0]));
    check_note_operand(c, e->in[0]);
    return (Shape){0};
}

static Value *lower_flatten_call(LowerCtx *L, const Expr *e, const char *name)
{
    Value *x = lower_operand(L, e, 0);
    return ir_emit(lower_graph(L), OP_FLATTEN, PH_FORWARD, e->loc, name, 1, &x);
}

const BuiltinDef bi_flatten = {
    "flatten", 1, {P_VALUE("x", "an image")}, ACT_LINEAR, check_flatten, NULL, lower_flatten_call, NULL,
};

/* 0 <= rate < 1 */
static bool valid_rate(Checker *c, const Expr *call, const Expr *v)
{
    (void)call;
    if (v->num >= 0 && v->num < 1)
        return true;
    diag_error(check_diag(c), v->loc, "dropout rate must be at least 0 and below 1, got '%s'", v->text);
    return false;
}

static Shape check_dropout(Checker *c, Expr *e, const Shape *in)
{
    (void)c, (void)e;
    return in[0];
}

/* dropout(x, rate): the mask is a value of its own, drawn once per step,
 * so the backward pass multiplies by the very same mask.
 *   %N.mask [B,n] = dropout_mask rate=r
 *   %N [B,n] = dropout x, %N.mask */
static Value *lower_dropout_call(LowerCtx *L, const Expr *e, const char *name)
{
    Graph *g = lower_graph(L);
    Value *x = lower_operand(L, e, 0);
    double rate = e->argv[1];
    Value *mask = ir_emit_ex(g, OP_DROPOUT_MASK, PH_FORWARD, e->loc,
                             arena_printf(g->arena, "%s.mask", name), 0, NULL, 1, &rate, x->shape);
    return ir_emit(g, OP_DROPOUT, PH_FORWARD, e->loc, name, 2, (Value *[]){x, mask});
}

const BuiltinDef bi_dropout = {
    "dropout", 2,
    {P_VALUE("x", "an input value"), P_NUMBER("rate", "a dropout rate", true, valid_rate, 0)},
    ACT_LINEAR, check_dropout, NULL, lower_dropout_call, NULL,
};
