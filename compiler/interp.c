/*
 * interp.c - the reference interpreter: every op of the graph IR, run in
 * double precision, written to be read and believed rather than fast.
 *
 * It is the oracle: the gradient checks hold the derivative rules
 * against finite differences through it, the PyTorch tests hold it
 * against torch, and the backends are held against it.  So each op is the
 * definition in ops.def written as plain loops, one function per op,
 * with no fusion, blocking or cleverness.
 *
 * To be comparable with the generated code number for number, it takes
 * the same random numbers: parameters are initialised by the runtime's
 * nnrt_init_params from (seed, NNRT_STREAM_INIT) over a descriptor that
 * lists the parameters in graph order (the order the backends list them
 * in), rounded to float exactly as NAME_create stores them; dropout masks
 * come from nnrt_dropout_mask on a generator seeded (seed,
 * NNRT_STREAM_TRAIN), drawn in op order once per step, as the generated
 * train step draws them.
 *
 * Storage: one array of doubles per value, sized for Graph.batch rows;
 * a run on n rows uses the first n.  IR_BATCH dims stand for n.
 */
#include "ir.h"
#include "nnrt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct Interp {
    const Graph *g;
    int nvalues;
    double **val;      /* by value id */
    size_t *cap;       /* by value id: doubles allocated */
    float *fbuf;       /* scratch for the runtime's float masks */
    size_t fcap;
    nnrt_rng rng;      /* the training generator */
    long n;            /* rows of the run in progress */
};

/* ---- storage and initialisation ------------------------------------------ */

static int nnrt_init_of(const Value *p)
{
    if (p->is_bias && p->init != INIT_UNIFORM)
        return NNRT_INIT_ZERO;
    switch (p->init) {
    case INIT_HE: return NNRT_INIT_HE;
    case INIT_XAVIER: return NNRT_INIT_XAVIER;
    case INIT_UNIFORM: return NNRT_INIT_UNIFORM;
    case INIT_DEFAULT: break;
    }
    return NNRT_INIT_XAVIER;
}

/* Parameters as NAME_create fills them: a descriptor of the parameters
 * in graph order, the runtime's initialiser, then float -> double. */
static void init_params(Interp *in, uint64_t seed)
{
    const Graph *g = in->g;
    nnrt_tensor *t = xcalloc((size_t)in->nvalues + 1, sizeof *t);
    size_t nt = 0, total = 0;
    for (int i = 0; i < in->nvalues; i++) {
        const Value *p = g->values.items[i];
        if (p->kind != VK_PARAM)
            continue;
        t[nt] = (nnrt_tensor){.name = p->name, .ndim = (uint32_t)p->shape.rank,
                              .dims = {(uint32_t)p->shape.dims[0], (uint32_t)p->shape.dims[1]},
                              .offset = total, .kind = NNRT_PARAM, .init = (uint8_t)nnrt_init_of(p),
                              .fan_in = (uint32_t)p->fan_in, .fan_out = (uint32_t)p->fan_out,
                              .grad = -1};
        total += (size_t)ir_shape_elems(p->shape, 1);
        nt++;
    }
    float *ws = xcalloc(total + 1, sizeof(float));
    nnrt_model_desc d = {.name = g->name, .tensors = t, .ntensors = nt,
                         .workspace_floats = total, .param_count = total};
    nnrt_init_params(&d, ws, seed);
    for (size_t k = 0; k < nt; k++) {
        double *dst = in->val[ir_find_value(g, t[k].name)->id];
        for (size_t j = 0; j < nnrt_tensor_len(&t[k]); j++)
            dst[j] = (double)ws[t[k].offset + j];
    }
    free(ws);
    free(t);
}

Interp *interp_new(const Graph *g, uint64_t seed)
{
    Interp *in = xcalloc(1, sizeof *in);
    in->g = g;
    in->nvalues = g->values.len;
    in->val = xcalloc((size_t)in->nvalues + 1, sizeof(double *));
    in->cap = xcalloc((size_t)in->nvalues + 1, sizeof(size_t));
    for (int i = 0; i < in->nvalues; i++) {
        long e = ir_shape_elems(g->values.items[i]->shape, g->batch);
        in->cap[i] = (size_t)e;
        in->val[i] = xcalloc((size_t)e + 1, sizeof(double));
    }
    init_params(in, seed);
    nnrt_rng_seed(&in->rng, seed, NNRT_STREAM_TRAIN);
    in->n = g->batch;
    return in;
}

void interp_free(Interp *in)
{
    if (!in)
        return;
    for (int i = 0; i < in->nvalues; i++)
        free(in->val[i]);
    free(in->val);
    free(in->cap);
    free(in->fbuf);
    free(in);
}

double *interp_value(Interp *in, const Value *v, size_t *len)
{
    nnc_assert(v->id >= 0 && v->id < in->nvalues && in->g->values.items[v->id] == v);
    if (len)
        *len = in->cap[v->id];
    return in->val[v->id];
}

struct nnrt_rng *interp_rng(Interp *in)
{
    return &in->rng;
}

/* ---- helpers: the storage and sizes of an op's values ------------------------ */

static double *V(const Interp *in, const Value *v) { return in->val[v->id]; }

/* Rows of a rank-2 value, or the length of a rank-1 one: IR_BATCH is n. */
static long rows(const Interp *in, const Value *v)
{
    return v->shape.dims[0] == IR_BATCH ? in->n : v->shape.dims[0];
}

static long cols(const Value *v) { return v->shape.rank == 2 ? v->shape.dims[1] : 1; }

static long elems(const Interp *in, const Value *v)
{
    return ir_shape_elems(v->shape, in->n);
}

static double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + exp(-x));
    double e = exp(x);
    return e / (1.0 + e);
}

/* Row r of z [R,C] softmaxed into out (max subtracted first). */
static void softmax_row(const double *z, double *out, long c)
{
    double m = z[0], s = 0;
    for (long j = 1; j < c; j++)
        m = z[j] > m ? z[j] : m;
    for (long j = 0; j < c; j++)
        s += out[j] = exp(z[j] - m);
    for (long j = 0; j < c; j++)
        out[j] /= s;
}

/* ---- forward ops ------------------------------------------------------------- */

/* y[r,o] = sum_i x[r,i] W[o,i] (+ b[o], fused) */
static void run_matmul(Interp *in, const Op *op)
{
    const Value *x = op->args[0], *w = op->args[1];
    long R = rows(in, x), I = cols(x), O = w->shape.dims[0];
    double *y = V(in, op->result), *xv = V(in, x), *wv = V(in, w);
    double *b = op->nargs > 2 ? V(in, op->args[2]) : NULL;
    for (long r = 0; r < R; r++)
        for (long o = 0; o < O; o++) {
            double s = b ? b[o] : 0;
            for (long i = 0; i < I; i++)
                s += xv[r * I + i] * wv[o * I + i];
            y[r * O + o] = s;
        }
}

/* y[r,o] = x[r,o] + b[o] */
static void run_bias_add(Interp *in, const Op *op)
{
    const Value *x = op->args[0];
    long R = rows(in, x), C = cols(x);
    double *y = V(in, op->result), *xv = V(in, x), *b = V(in, op->args[1]);
    for (long r = 0; r < R; r++)
        for (long c = 0; c < C; c++)
            y[r * C + c] = xv[r * C + c] + b[c];
}

/* Elementwise activations, also the fused epilogue of matmul or bias_add. */
static double act1(OpKind k, double x, double alpha)
{
    switch (k) {
    case OP_RELU: return x > 0 ? x : 0;
    case OP_SIGMOID: return sigmoid(x);
    case OP_TANH: return tanh(x);
    case OP_LEAKY_RELU: return x > 0 ? x : alpha * x;
    default: nnc_unreachable();
    }
}

static void run_act(Interp *in, OpKind k, const Value *x, const Value *y, double alpha)
{
    long n = elems(in, x);
    double *xv = V(in, x), *yv = V(in, y);
    if (k == OP_SOFTMAX) {
        for (long r = 0, C = cols(x); r < rows(in, x); r++)
            softmax_row(xv + r * C, yv + r * C, C);
        return;
    }
    for (long i = 0; i < n; i++)
        yv[i] = act1(k, xv[i], alpha);
}

/* add: a + b; mul: a * b, elementwise */
static void run_binary(Interp *in, const Op *op)
{
    long n = elems(in, op->result);
    double *y = V(in, op->result), *a = V(in, op->args[0]), *b = V(in, op->args[1]);
    for (long i = 0; i < n; i++)
        y[i] = op->kind == OP_ADD ? a[i] + b[i] : a[i] * b[i];
}

/* y[r,:] = a[r,:] ++ b[r,:] */
static void run_concat(Interp *in, const Op *op)
{
    const Value *a = op->args[0], *b = op->args[1];
    long R = rows(in, a), A = cols(a), Bc = cols(b), C = A + Bc;
    double *y = V(in, op->result), *av = V(in, a), *bv = V(in, b);
    for (long r = 0; r < R; r++) {
        for (long j = 0; j < A; j++)
            y[r * C + j] = av[r * A + j];
        for (long j = 0; j < Bc; j++)
            y[r * C + A + j] = bv[r * Bc + j];
    }
}

/* The mask from the training generator (training), else all ones. */
static void run_dropout_mask(Interp *in, const Op *op, bool training)
{
    long n = elems(in, op->result);
    double *m = V(in, op->result);
    if (!training) {
        for (long i = 0; i < n; i++)
            m[i] = 1;
        return;
    }
    if (in->fcap < (size_t)n) {
        free(in->fbuf);
        in->fcap = (size_t)n;
        in->fbuf = xmalloc(sizeof(float) * in->fcap);
    }
    nnrt_dropout_mask(&in->rng, in->fbuf, (size_t)n, (float)op->attr[0]);
    for (long i = 0; i < n; i++)
        m[i] = (double)in->fbuf[i];
}

/* y = x * mask while training, x when predicting */
static void run_dropout(Interp *in, const Op *op, bool training)
{
    long n = elems(in, op->result);
    double *y = V(in, op->result), *x = V(in, op->args[0]), *m = V(in, op->args[1]);
    for (long i = 0; i < n; i++)
        y[i] = training ? x[i] * m[i] : x[i];
}

/* ---- losses and their gradients ------------------------------------------------ */

/* mean over R x C of (y - t)^2 */
static void run_mse_loss(Interp *in, const Op *op)
{
    long n = elems(in, op->args[0]);
    double *y = V(in, op->args[0]), *t = V(in, op->args[1]), s = 0;
    for (long i = 0; i < n; i++)
        s += (y[i] - t[i]) * (y[i] - t[i]);
    V(in, op->result)[0] = s / (double)n;
}

static long label_of(double t, long classes)
{
    long l = (long)t;
    nnc_assert(l >= 0 && l < classes && (double)l == t);
    return l;
}

/* -(1/R) sum_r log softmax(z_r)[l_r], with log softmax(z)[l] =
 * z[l] - m - log sum_j exp(z_j - m), m = max_j z_j */
static void run_xent_loss(Interp *in, const Op *op)
{
    const Value *zv = op->args[0];
    long R = rows(in, zv), C = cols(zv);
    double *z = V(in, zv), *l = V(in, op->args[1]), total = 0;
    for (long r = 0; r < R; r++) {
        const double *zr = z + r * C;
        double m = zr[0], s = 0;
        for (long j = 1; j < C; j++)
            m = zr[j] > m ? zr[j] : m;
        for (long j = 0; j < C; j++)
            s += exp(zr[j] - m);
        total += m + log(s) - zr[label_of(l[r], C)];
    }
    V(in, op->result)[0] = total / (double)R;
}

/* mean of -(t log s + (1 - t) log(1 - s)), s = sigmoid(z), in the stable
 * form max(z, 0) - z t + log(1 + exp(-|z|)) */
static void run_bce_loss(Interp *in, const Op *op)
{
    long n = elems(in, op->args[0]);
    double *z = V(in, op->args[0]), *t = V(in, op->args[1]), s = 0;
    for (long i = 0; i < n; i++)
        s += (z[i] > 0 ? z[i] : 0) - z[i] * t[i] + log1p(exp(-fabs(z[i])));
    V(in, op->result)[0] = s / (double)n;
}

/* mse: 2 (y - t) / (R C);  bce: (sigmoid(z) - t) / (R C) */
static void run_pointwise_loss_grad(Interp *in, const Op *op)
{
    long n = elems(in, op->args[0]);
    double *d = V(in, op->result), *y = V(in, op->args[0]), *t = V(in, op->args[1]);
    for (long i = 0; i < n; i++)
        d[i] = op->kind == OP_MSE_GRAD ? 2 * (y[i] - t[i]) / (double)n
                                       : (sigmoid(y[i]) - t[i]) / (double)n;
}

/* dz[r,:] = (softmax(z[r,:]) - onehot(l_r)) / R */
static void run_xent_grad(Interp *in, const Op *op)
{
    const Value *zv = op->args[0];
    long R = rows(in, zv), C = cols(zv);
    double *d = V(in, op->result), *z = V(in, zv), *l = V(in, op->args[1]);
    for (long r = 0; r < R; r++) {
        softmax_row(z + r * C, d + r * C, C);
        d[r * C + label_of(l[r], C)] -= 1;
        for (long j = 0; j < C; j++)
            d[r * C + j] /= (double)R;
    }
}

/* ---- backward ops ----------------------------------------------------------------- */

/* The gradient matmul_nn, matmul_tn and sum_rows read: dy, or with
 * fuse.c's y operand and act, dy * act'(y) with act' in terms of y. */
static double *grad_in(Interp *in, const Op *op, int yslot)
{
    const Value *dyv = op->args[0];
    double *dy = V(in, dyv);
    if (op->nargs <= yslot)
        return dy;
    long n = elems(in, dyv);
    double *y = V(in, op->args[yslot]), *d = xcalloc((size_t)n + 1, sizeof(double));
    for (long i = 0; i < n; i++) {
        double yi = y[i];
        switch (op->act) {
        case ACT_RELU: d[i] = yi > 0 ? dy[i] : 0; break;
        case ACT_SIGMOID: d[i] = dy[i] * yi * (1 - yi); break;
        case ACT_TANH: d[i] = dy[i] * (1 - yi * yi); break;
        default: nnc_unreachable();
        }
    }
    return d;
}

static void grad_done(const Op *op, int yslot, double *d)
{
    if (op->nargs > yslot)
        free(d);
}

/* dx[r,i] = sum_o dy[r,o] W[o,i] */
static void run_matmul_nn(Interp *in, const Op *op)
{
    const Value *dy = op->args[0], *w = op->args[1];
    long R = rows(in, dy), O = cols(dy), I = cols(w);
    double *dx = V(in, op->result), *d = grad_in(in, op, 2), *wv = V(in, w);
    for (long r = 0; r < R; r++)
        for (long i = 0; i < I; i++) {
            double s = 0;
            for (long o = 0; o < O; o++)
                s += d[r * O + o] * wv[o * I + i];
            dx[r * I + i] = s;
        }
    grad_done(op, 2, d);
}

/* dW[o,i] = sum_r dy[r,o] x[r,i] */
static void run_matmul_tn(Interp *in, const Op *op)
{
    const Value *dy = op->args[0], *x = op->args[1];
    long R = rows(in, dy), O = cols(dy), I = cols(x);
    double *dw = V(in, op->result), *d = grad_in(in, op, 2), *xv = V(in, x);
    for (long o = 0; o < O; o++)
        for (long i = 0; i < I; i++) {
            double s = 0;
            for (long r = 0; r < R; r++)
                s += d[r * O + o] * xv[r * I + i];
            dw[o * I + i] = s;
        }
    grad_done(op, 2, d);
}

/* db[o] = sum_r dy[r,o] */
static void run_sum_rows(Interp *in, const Op *op)
{
    const Value *dy = op->args[0];
    long R = rows(in, dy), O = cols(dy);
    double *db = V(in, op->result), *d = grad_in(in, op, 1);
    for (long o = 0; o < O; o++) {
        double s = 0;
        for (long r = 0; r < R; r++)
            s += d[r * O + o];
        db[o] = s;
    }
    grad_done(op, 1, d);
}

/* dx = dy * f'(.), from y (relu, sigmoid, tanh) or x (leaky_relu) */
static double act_grad1(const Op *op, double dy, double v)
{
    switch (op->kind) {
    case OP_RELU_GRAD: return v > 0 ? dy : 0;
    case OP_SIGMOID_GRAD: return dy * v * (1 - v);
    case OP_TANH_GRAD: return dy * (1 - v * v);
    case OP_LEAKY_RELU_GRAD: return v > 0 ? dy : dy * op->attr[0];
    default: nnc_unreachable();
    }
}

static void run_act_grad(Interp *in, const Op *op)
{
    long n = elems(in, op->result);
    double *dx = V(in, op->result), *dy = V(in, op->args[0]), *v = V(in, op->args[1]);
    for (long i = 0; i < n; i++)
        dx[i] = act_grad1(op, dy[i], v[i]);
}

/* dx[r,j] = y[r,j] (dy[r,j] - sum_k dy[r,k] y[r,k]) */
static void run_softmax_grad(Interp *in, const Op *op)
{
    const Value *dyv = op->args[0];
    long R = rows(in, dyv), C = cols(dyv);
    double *dx = V(in, op->result), *dy = V(in, dyv), *y = V(in, op->args[1]);
    for (long r = 0; r < R; r++) {
        double s = 0;
        for (long j = 0; j < C; j++)
            s += dy[r * C + j] * y[r * C + j];
        for (long j = 0; j < C; j++)
            dx[r * C + j] = y[r * C + j] * (dy[r * C + j] - s);
    }
}

/* y[r,:] = x[r, begin:end] */
static void run_slice(Interp *in, const Op *op)
{
    const Value *x = op->args[0];
    long R = rows(in, x), C = cols(x), b = (long)op->attr[0], W = cols(op->result);
    double *y = V(in, op->result), *xv = V(in, x);
    for (long r = 0; r < R; r++)
        for (long j = 0; j < W; j++)
            y[r * W + j] = xv[r * C + b + j];
}

/* ---- updates, in place --------------------------------------------------------------- */

/* torch.optim.SGD: g' = g + wd w; v = m v + g' (with a buffer); w -= lr v (or lr g') */
static void run_sgd(Interp *in, const Op *op)
{
    long n = elems(in, op->args[0]);
    double lr = op->attr[0], mom = op->attr[1], wd = op->attr[2];
    double *w = V(in, op->args[0]), *g = V(in, op->args[1]);
    double *v = op->nargs == 3 ? V(in, op->args[2]) : NULL;
    for (long i = 0; i < n; i++) {
        double gi = g[i] + wd * w[i];
        if (v) {
            v[i] = mom * v[i] + gi;
            gi = v[i];
        }
        w[i] -= lr * gi;
    }
}

/* torch.optim.Adam: g' = g + wd w; m = b1 m + (1-b1) g'; v = b2 v + (1-b2) g'^2;
 * w -= (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps) */
static void run_adam(Interp *in, const Op *op)
{
    long n = elems(in, op->args[0]);
    double lr = op->attr[0], b1 = op->attr[1], b2 = op->attr[2], eps = op->attr[3];
    double wd = op->attr[4], t = V(in, op->args[4])[0];
    double *w = V(in, op->args[0]), *g = V(in, op->args[1]);
    double *m = V(in, op->args[2]), *v = V(in, op->args[3]);
    double bc1 = 1 - pow(b1, t), bc2 = 1 - pow(b2, t);
    for (long i = 0; i < n; i++) {
        double gi = g[i] + wd * w[i];
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr / bc1) * m[i] / (sqrt(v[i]) / sqrt(bc2) + eps);
    }
}

/* ---- dispatch ------------------------------------------------------------------------ */

static void run_op(Interp *in, const Op *op, bool training)
{
    switch (op->kind) {
    case OP_MATMUL: run_matmul(in, op); break;
    case OP_BIAS_ADD: run_bias_add(in, op); break;
    case OP_RELU: case OP_SIGMOID: case OP_TANH: case OP_LEAKY_RELU: case OP_SOFTMAX:
        run_act(in, op->kind, op->args[0], op->result, op->attr[0]);
        break;
    case OP_ADD: case OP_MUL: run_binary(in, op); break;
    case OP_CONCAT: run_concat(in, op); break;
    case OP_DROPOUT_MASK: run_dropout_mask(in, op, training); break;
    case OP_DROPOUT: run_dropout(in, op, training); break;
    case OP_MSE_LOSS: run_mse_loss(in, op); break;
    case OP_XENT_LOSS: run_xent_loss(in, op); break;
    case OP_BCE_LOSS: run_bce_loss(in, op); break;
    case OP_MSE_GRAD: case OP_BCE_GRAD: run_pointwise_loss_grad(in, op); break;
    case OP_XENT_GRAD: run_xent_grad(in, op); break;
    case OP_MATMUL_NN: run_matmul_nn(in, op); break;
    case OP_MATMUL_TN: run_matmul_tn(in, op); break;
    case OP_SUM_ROWS: run_sum_rows(in, op); break;
    case OP_RELU_GRAD: case OP_SIGMOID_GRAD: case OP_TANH_GRAD: case OP_LEAKY_RELU_GRAD:
        run_act_grad(in, op);
        break;
    case OP_SOFTMAX_GRAD: run_softmax_grad(in, op); break;
    case OP_SLICE: run_slice(in, op); break;
    case OP_SGD_UPDATE: run_sgd(in, op); break;
    case OP_ADAM_UPDATE: run_adam(in, op); break;
    case OP_STEP_INC: V(in, op->args[0])[0] += 1; break;
    case OP_COUNT: nnc_unreachable();
    }
}

/* The activation fuse.c folded into a forward op (matmul, bias_add, add),
 * applied in place.  On matmul_nn, matmul_tn and sum_rows act means the
 * derivative on dy, which their own functions apply. */
static void run_epilogue(Interp *in, const Op *op)
{
    static const OpKind act_ops[] = {OP_COUNT, OP_RELU, OP_SIGMOID, OP_TANH, OP_SOFTMAX};
    if (op->act != ACT_LINEAR && op->phase == PH_FORWARD)
        run_act(in, act_ops[op->act], op->result, op->result, 0);
}

double interp_run(Interp *in, long n, Phase last, bool training)
{
    const Graph *g = in->g;
    nnc_assert(n >= 1 && n <= g->batch && g->values.len == in->nvalues);
    in->n = n;
    bool loss_done = false;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase > last)
            break;
        run_op(in, op, training);
        run_epilogue(in, op);
        loss_done |= op->result && op->result == g->loss;
    }
    return loss_done ? V(in, g->loss)[0] : 0;
}

/* x into the input's storage, t (if given) into the target's. */
static void load_batch(Interp *in, const double *x, const double *t, long n)
{
    const Graph *g = in->g;
    nnc_assert(n >= 1 && n <= g->batch);
    memcpy(V(in, g->input), x, sizeof(double) * (size_t)ir_shape_elems(g->input->shape, n));
    if (t && g->target)
        memcpy(V(in, g->target), t, sizeof(double) * (size_t)ir_shape_elems(g->target->shape, n));
}

double interp_train_step(Interp *in, const double *x, const double *t, long n)
{
    nnc_assert(in->g->loss != NULL);
    load_batch(in, x, t, n);
    return interp_run(in, n, PH_UPDATE, true);
}

double interp_forward(Interp *in, const double *x, const double *t, long n, bool training)
{
    load_batch(in, x, t, n);
    return interp_run(in, n, t && in->g->loss ? PH_LOSS : PH_FORWARD, training);
}
