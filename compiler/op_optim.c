/*
 * op_optim.c - the optimizers: their keys in the train block, the update
 * ops they append, and those ops' rules.
 *
 * Each parameter's update is one op that changes it in place, exactly as
 * torch.optim does, lowered to one loop over the parameter (decay,
 * momentum or moments and the step together).  Optimizer state is
 * explicit: VK_STATE values, zero at creation, checkpointed under their
 * own names so a resumed run continues exactly.
 *
 *   sgd, momentum > 0   train.<param>.momentum     v = m v + g; w -= lr v
 *   sgd, momentum = 0   (none)                      w -= lr g
 *   adam                train.<param>.exp_avg, train.<param>.exp_avg_sq,
 *                       train.step (one scalar, shared)
 *
 * The rate lr is an operand, the scalar train.lr (optim.c), read once
 * before each update's loop.
 *
 * Weight decay is added to the gradient inside the update (g + wd w), not
 * to the gradient value itself, so the gradient the API reports is the
 * loss's alone, as PyTorch's .grad is.
 */
#include "kernel.h"

#include <math.h>
#include <stddef.h>

/* ---- sgd ------------------------------------------------------------------- */

/* A state tensor of p's shape, "train.<p>.<what>". */
static Value *new_state(Graph *g, Value *p, const char *what)
{
    const char *name = arena_printf(g->arena, "train.%s.%s", p->ckpt, what);
    Value *s = ir_new_value(g, VK_STATE, name, p->shape, p->loc);
    s->ckpt = s->name;
    s->param = p;
    return s;
}

/* torch.optim.SGD (dampening 0, no nesterov):
 *   g' = g + wd w;  v = m v + g';  w -= lr v    (momentum > 0; v starts at 0,
 *   so the first step's v is g', as torch's clone of the first gradient)
 *   w -= lr g'                                  (momentum = 0: no buffer) */
static void append_sgd(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c)
{
    (void)step;
    Value *args[4] = {p, p->grad, lr, NULL};
    int n = 3;
    if (c->momentum > 0)
        args[n++] = new_state(g, p, "momentum");
    Op *op = ir_emit_update(g, OP_SGD_UPDATE, p->loc, n, args);
    op->attr[0] = c->momentum;
    op->attr[1] = c->weight_decay;
}

static int sgd_state(const TrainConfig *c)
{
    return c->momentum > 0 ? 1 : 0;
}

/* (w, g, lr[, v]): the tensors of w's shape, lr a scalar */
static bool shape_sgd(const Op *op, Shape *out, ShapeErr *e)
{
    (void)out;
    Shape tmp;
    for (int i = 1; i < op->nargs; i++)
        if (i != 2 && !ir_same_shape(op->args[0]->shape, op->args[i]->shape, &tmp, e))
            return false;
    return ir_need_rank(op->args[2]->shape, 0, e);
}

static void run_sgd(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double lr = interp_v(in, op->args[2])[0], mom = op->attr[0], wd = op->attr[1];
    double *w = interp_v(in, op->args[0]), *g = interp_v(in, op->args[1]);
    double *v = op->nargs == 4 ? interp_v(in, op->args[3]) : NULL;
    for (long i = 0; i < n; i++) {
        double gi = g[i] + wd * w[i];
        if (v) {
            v[i] = mom * v[i] + gi;
            gi = v[i];
        }
        w[i] -= lr * gi;
    }
}

/* Floats of an update per row of the batch: `per` per element of the
 * parameter, spread over the batch's rows. */
static double update_flops(const Graph *g, const Op *op, double per)
{
    return per * (double)ir_shape_elems(op->args[0]->shape, 1) / (double)g->batch;
}

static double flops_sgd(const Graph *g, const Op *op)
{
    return update_flops(g, op, 4);
}

/* g + weight_decay w: the gradient the optimizer sees (NAME_grad stays
 * the loss's own). */
static KVar *decayed_grad(KL *L, const Value *w, const Value *g, double wd, KVar *i)
{
    KB *k = kl_kb(L);
    KExpr *gi = kl_at(L, g, kb_var(k, i));
    if (wd != 0)
        gi = kb_bin(k, KO_ADD, gi, kb_bin(k, KO_MUL, kb_f(k, wd), kl_at(L, w, kb_var(k, i))));
    return kb_let(k, "gw", gi);
}

/* The learning rate, read once before the loop (a local: it stays in a
 * register through the loop whatever the loop stores). */
static KVar *read_lr(KL *L, const Value *lr)
{
    KB *k = kl_kb(L);
    return kb_let(k, "lr", kl_at(L, lr, kb_i(k, 0)));
}

/* (w, g, lr[, v]); momentum, weight_decay: torch.optim.SGD */
static void lower_sgd(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0], *g = op->args[1];
    const Value *v = op->nargs > 3 ? op->args[3] : NULL;
    double mom = op->attr[0], wd = op->attr[1];
    KVar *lr = read_lr(L, op->args[2]);
    KVar *i = kl_each_loop(L, w);
    KVar *gw = decayed_grad(L, w, g, wd, i);
    KExpr *step = kb_var(k, gw);
    if (v) {
        kb_store(k, kl_buf(L, v), kb_var(k, i),
                 kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, mom), kl_at(L, v, kb_var(k, i))),
                        kb_var(k, gw)), false);
        step = kl_at(L, v, kb_var(k, i));
    }
    kb_store(k, kl_buf(L, w), kb_var(k, i), kb_un(k, KO_NEG, kb_bin(k, KO_MUL, kb_var(k, lr), step)),
             true);
    kb_leave(k);
}

const OpDef op_sgd_update = {
    "sgd_update", 3, 4, {"momentum", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_sgd, NULL, run_sgd, flops_sgd, lower_sgd, NULL,
};

const OptimDef optim_sgd = {
    "sgd", 3,
    {{"lr", offsetof(TrainConfig, lr), 0.01, 0, 0, true},
     {"momentum", offsetof(TrainConfig, momentum), 0, 0, 1, false},
     {"weight_decay", offsetof(TrainConfig, weight_decay), 0, 0, 0, false}},
    sgd_state, append_sgd,
};

/* ---- adam ------------------------------------------------------------------------ */

/* torch.optim.Adam (amsgrad off), t the step after step_inc:
 *   g' = g + wd w;  m = b1 m + (1 - b1) g';  v = b2 v + (1 - b2) g'^2
 *   w -= (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * The bias corrections of step t read the new t: a step_inc comes first. */
static void append_adam(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c)
{
    if (!*step) {
        *step = ir_new_value(g, VK_STATE, "train.step", ir_shape(0, 0, 0), p->loc);
        (*step)->ckpt = (*step)->name;
        ir_emit_update(g, OP_STEP_INC, p->loc, 1, step);
    }
    Value *args[6] = {p, p->grad, lr, new_state(g, p, "exp_avg"), new_state(g, p, "exp_avg_sq"), *step};
    Op *op = ir_emit_update(g, OP_ADAM_UPDATE, p->loc, 6, args);
    op->attr[0] = c->beta1;
    op->attr[1] = c->beta2;
    op->attr[2] = c->eps;
    op->attr[3] = c->weight_decay;
}

static int adam_state(const TrainConfig *c)
{
    (void)c;
    return 2;
}

/* (w, g, lr, m, v, step): w, g, m, v of one shape, lr and step scalars */
static bool shape_adam(const Op *op, Shape *out, ShapeErr *e)
{
    (void)out;
    Shape tmp;
    static const int tensors[] = {1, 3, 4};
    for (int i = 0; i < 3; i++)
        if (!ir_same_shape(op->args[0]->shape, op->args[tensors[i]]->shape, &tmp, e))
            return false;
    return ir_need_rank(op->args[2]->shape, 0, e) && ir_need_rank(op->args[5]->shape, 0, e);
}

static void run_adam(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double lr = interp_v(in, op->args[2])[0], b1 = op->attr[0], b2 = op->attr[1], eps = op->attr[2];
    double wd = op->attr[3], t = interp_v(in, op->args[5])[0];
    double *w = interp_v(in, op->args[0]), *g = interp_v(in, op->args[1]);
    double *m = interp_v(in, op->args[3]), *v = interp_v(in, op->args[4]);
    double bc1 = 1 - pow(b1, t), bc2 = 1 - pow(b2, t);
    for (long i = 0; i < n; i++) {
        double gi = g[i] + wd * w[i];
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr / bc1) * m[i] / (sqrt(v[i]) / sqrt(bc2) + eps);
    }
}

static double flops_adam(const Graph *g, const Op *op)
{
    return update_flops(g, op, 12);
}

/* (w, g, lr, m, v, step); beta1, beta2, eps, weight_decay: torch.optim.Adam */
static void lower_adam(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0], *g = op->args[1], *m = op->args[3], *v = op->args[4];
    const Value *t = op->args[5];
    double b1 = op->attr[0], b2 = op->attr[1], eps = op->attr[2], wd = op->attr[3];
    KExpr *step = kl_at(L, t, kb_i(k, 0));
    KVar *lr = read_lr(L, op->args[2]);
    KVar *bc1 = kb_let(k, "bc1", kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_POW, kb_f(k, b1), step)));
    KVar *bc2 = kb_let(k, "bc2", kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_POW, kb_f(k, b2), step)));
    KVar *ss = kb_let(k, "step_size", kb_bin(k, KO_DIV, kb_var(k, lr), kb_var(k, bc1)));
    KVar *bc2s = kb_let(k, "bc2_sqrt", kb_un(k, KO_SQRT, kb_var(k, bc2)));
    KVar *i = kl_each_loop(L, w);
    KVar *gw = decayed_grad(L, w, g, wd, i);
    KExpr *mi = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, b1), kl_at(L, m, kb_var(k, i))),
                       kb_bin(k, KO_MUL, kb_f(k, 1 - b1), kb_var(k, gw)));
    kb_store(k, kl_buf(L, m), kb_var(k, i), mi, false);
    KExpr *vi = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, b2), kl_at(L, v, kb_var(k, i))),
                       kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_f(k, 1 - b2), kb_var(k, gw)), kb_var(k, gw)));
    kb_store(k, kl_buf(L, v), kb_var(k, i), vi, false);
    KExpr *denom = kb_bin(k, KO_ADD, kb_bin(k, KO_DIV, kb_un(k, KO_SQRT, kl_at(L, v, kb_var(k, i))),
                                            kb_var(k, bc2s)), kb_f(k, eps));
    KExpr *upd = kb_bin(k, KO_DIV, kb_bin(k, KO_MUL, kb_var(k, ss), kl_at(L, m, kb_var(k, i))), denom);
    kb_store(k, kl_buf(L, w), kb_var(k, i), kb_un(k, KO_NEG, upd), true);
    kb_leave(k);
}

const OpDef op_adam_update = {
    "adam_update", 6, 6, {"beta1", "beta2", "eps", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_adam, NULL, run_adam, flops_adam, lower_adam, NULL,
};

const OptimDef optim_adam = {
    "adam", 5,
    {{"lr", offsetof(TrainConfig, lr), 0.001, 0, 0, true},
     {"beta1", offsetof(TrainConfig, beta1), 0.9, 0, 1, false},
     {"beta2", offsetof(TrainConfig, beta2), 0.999, 0, 1, false},
     {"eps", offsetof(TrainConfig, eps), 1e-8, 0, 0, true},
     {"weight_decay", offsetof(TrainConfig, weight_decay), 0, 0, 0, false}},
    adam_state, append_adam,
};

/* ---- step_inc: the shared step count, before the updates that read it ---- */

static bool shape_step(const Op *op, Shape *out, ShapeErr *e)
{
    (void)out;
    return ir_need_rank(op->args[0]->shape, 0, e);
}

static void run_step(Interp *in, const Op *op, bool training)
{
    (void)training;
    interp_v(in, op->args[0])[0] += 1;
}

static double flops_step(const Graph *g, const Op *op)
{
    (void)op;
    return 1.0 / (double)g->batch;
}

static void lower_step(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    kb_store(k, kl_buf(L, op->args[0]), kb_i(k, 0), kb_f(k, 1), true);
}

const OpDef op_step_inc = {
    "step_inc", 1, 1, {NULL}, OPF_UPDATE | OPF_UPDATE_STATE, ACT_LINEAR,
    shape_step, NULL, run_step, flops_step, lower_step, NULL,
};
