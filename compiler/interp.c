/*
 * interp.c - the reference interpreter: every op of the graph IR, run in
 * double precision, written to be read and believed rather than fast.
 *
 * It is the oracle: the gradient checks hold the derivative rules
 * against finite differences through it, the PyTorch tests hold it
 * against torch, and the backends are held against it.  So each op's
 * semantics (its OpDef.run, in the op family's file beside its other
 * rules) is its definition written as plain loops, with no fusion,
 * blocking or cleverness; this file holds the storage, the weights, the
 * run and the helpers those semantics use.
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
    if (p->ones)
        return NNRT_INIT_ONES;
    if (p->kind == VK_BUFFER || (p->is_bias && p->init != INIT_UNIFORM))
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
        if (p->kind != VK_PARAM && p->kind != VK_BUFFER)
            continue;
        nnc_assert(p->shape.rank <= 4);   /* nnrt_tensor's dims (runtime/nnrt.h) */
        t[nt] = (nnrt_tensor){.name = p->name, .ndim = (uint32_t)p->shape.rank,
                              .dims = {(uint32_t)p->shape.dims[0], (uint32_t)p->shape.dims[1],
                                       (uint32_t)p->shape.dims[2], (uint32_t)p->shape.dims[3]},
                              .offset = total, .kind = p->kind == VK_PARAM ? NNRT_PARAM : NNRT_BUFFER,
                              .init = (uint8_t)nnrt_init_of(p),
                              .fan_in = (uint32_t)p->fan_in, .fan_out = (uint32_t)p->fan_out,
                              .grad = -1};
        total += (size_t)ir_shape_elems(p->shape, 1);
        nt++;
    }
    float *ws = xcalloc(total + 1, sizeof(float));
    nnrt_model_desc d = {.name = g->name, .tensors = t, .ntensors = nt, .workspace_floats = total};
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
    for (int i = 0; i < in->nvalues; i++)   /* train.lr: the train block's rate, in double */
        if (g->values.items[i]->lr)
            in->val[i][0] = g->cfg.lr;
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

/* ---- helpers for the families' semantics (OpDef.run) ------------------------ */

double *interp_v(Interp *in, const Value *v)
{
    return in->val[v->id];
}

/* Rows of a value, IR_BATCH as this run's n. */
long interp_rows(const Interp *in, const Value *v)
{
    if (v->shape.rank == 0)
        return 1;
    return v->shape.dims[0] == IR_BATCH ? in->n : v->shape.rank == 1 ? 1 : v->shape.dims[0];
}

long interp_cols(const Value *v)
{
    return ir_row_size(v->shape);
}

long interp_elems(const Interp *in, const Value *v)
{
    return ir_shape_elems(v->shape, in->n);
}

const Graph *interp_graph(const Interp *in)
{
    return in->g;
}

float *interp_fscratch(Interp *in, size_t n)
{
    if (in->fcap < n) {
        free(in->fbuf);
        in->fcap = n;
        in->fbuf = xmalloc(sizeof(float) * in->fcap);
    }
    return in->fbuf;
}

/* The gradient a prologue reader (OPF_PROLOGUE) reads: dy, or with
 * fuse.c's extra operand v and act, dy * act'(v) (op_act.c's formula). */
double *interp_grad_in(Interp *in, const Op *op, int vslot)
{
    const Value *dyv = op->args[0];
    double *dy = interp_v(in, dyv);
    if (op->nargs <= vslot)
        return dy;
    const ActDef *a = act_def(op->act);
    nnc_assert(a != NULL);
    long n = interp_elems(in, dyv);
    double *v = interp_v(in, op->args[vslot]), *d = xcalloc((size_t)n + 1, sizeof(double));
    for (long i = 0; i < n; i++)
        d[i] = dy[i] * a->df(v[i]);
    return d;
}

void interp_grad_done(const Op *op, int vslot, double *d)
{
    if (op->nargs > vslot)
        free(d);
}

/* ---- the run ------------------------------------------------------------------------- */

/* The activation fuse.c folded into a forward op (an epilogue), applied
 * in place by the activation op's own semantics (elementwise, or per row
 * for softmax: either may run in place).  On the prologue readers act
 * means the derivative on dy, which their own semantics apply. */
static void run_epilogue(Interp *in, const Op *op, bool training)
{
    if (op->act == ACT_LINEAR || op->phase != PH_FORWARD)
        return;
    Op act = {.kind = act_op(op->act), .phase = PH_FORWARD, .result = op->result,
              .args = {op->result}, .nargs = 1, .act = ACT_LINEAR};
    op_def(act.kind)->run(in, &act, training);
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
        op_def(op->kind)->run(in, op, training);
        run_epilogue(in, op, training);
        loss_done |= op->result && op->result == g->loss;
    }
    return loss_done ? interp_v(in, g->loss)[0] : 0;
}

/* x into the input's storage, t (if given) into the target's. */
static void load_batch(Interp *in, const double *x, const double *t, long n)
{
    const Graph *g = in->g;
    nnc_assert(n >= 1 && n <= g->batch);
    memcpy(interp_v(in, g->input), x, sizeof(double) * (size_t)ir_shape_elems(g->input->shape, n));
    if (t && g->target)
        memcpy(interp_v(in, g->target), t,
               sizeof(double) * (size_t)ir_shape_elems(g->target->shape, n));
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
