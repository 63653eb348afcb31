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
 *                                                   (nesterov: w -= lr (g + m v))
 *   sgd, momentum = 0   (none)                      w -= lr g
 *   adam, adamw         train.<param>.exp_avg, train.<param>.exp_avg_sq,
 *                       train.step (one scalar, shared)
 *   rmsprop             train.<param>.square_avg, and with momentum > 0
 *                       train.<param>.momentum, with centered
 *                       train.<param>.grad_avg
 *
 * With clip_grad_norm, a clip_coef op comes first: the total L2 norm of
 * the whole gradient region in one pass, and the coefficient
 * min(1, max / (norm + 1e-6)) (torch.nn.utils.clip_grad_norm_).  Each
 * update then takes the coefficient as its last operand and multiplies
 * the gradient by it inside its own loop, storing the clipped gradient
 * back (NAME_grad reports it, as PyTorch's .grad after clipping): no
 * extra pass over the parameters.
 *
 * The rate lr is an operand, the scalar train.lr (optim.c), read once
 * before each update's loop.
 *
 * Weight decay is added to the gradient inside the update (g + wd w), not
 * to the gradient value itself, so the gradient the API reports is the
 * loss's alone, as PyTorch's .grad is.
 */
#include "kernel.h"
#include "nnrt.h"

#include <math.h>
#include <stddef.h>

/* A key of a call: its name, TrainConfig field and default, then what
 * differs from an unbounded number >= 0 (OptArg's fields). */
#define KEY(nm, field, d, ...) {.name = nm, .offset = offsetof(TrainConfig, field), .def = d, __VA_ARGS__}

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

/* (w, g, lr, ...): every operand either a tensor of w's shape (the
 * gradient, the state) or a scalar (lr, the step, the clip coefficient);
 * which is which the run and lowering read from the attributes. */
static bool shape_update(const Op *op, Shape *out, ShapeErr *e)
{
    (void)out;
    Shape tmp;
    if (!ir_need_rank(op->args[2]->shape, 0, e))
        return false;
    for (int i = 1; i < op->nargs; i++)
        if (op->args[i]->shape.rank != 0 && !ir_same_shape(op->args[0]->shape, op->args[i]->shape, &tmp, e))
            return false;
    return true;
}

/* The clip coefficient, when the update op has one: its last operand
 * past the `base` ones its optimizer needs. */
static const Value *clip_of(const Op *op, int base)
{
    return op->nargs > base ? op->args[op->nargs - 1] : NULL;
}

/* The update's operands: the optimizer's, then the clip coefficient
 * (g->clip, made by optim.c) when there is one. */
static Op *emit_update(Graph *g, OpKind kind, Loc loc, int n, Value **args)
{
    if (g->clip)
        args[n++] = g->clip;
    return ir_emit_update(g, kind, loc, n, args);
}

/* torch.optim.SGD (dampening 0):
 *   g' = g + wd w;  v = m v + g';  w -= lr v    (momentum > 0; v starts at 0,
 *   so the first step's v is g', as torch's clone of the first gradient)
 *   w -= lr (g' + m v)                          (nesterov: sgd_nesterov_update)
 *   w -= lr g'                                  (momentum = 0: no buffer) */
static void append_sgd(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c)
{
    (void)step;
    Value *args[IR_MAX_ARGS] = {p, p->grad, lr, NULL};
    int n = 3;
    if (c->momentum > 0)
        args[n++] = new_state(g, p, "momentum");
    Op *op = emit_update(g, c->nesterov ? OP_SGD_NESTEROV_UPDATE : OP_SGD_UPDATE, p->loc, n, args);
    op->attr[0] = c->momentum;
    op->attr[1] = c->weight_decay;
}

static int sgd_state(const TrainConfig *c)
{
    return c->momentum > 0 ? 1 : 0;
}

/* PyTorch: "Nesterov momentum requires a momentum and zero dampening" */
static const char *sgd_conflict(const TrainConfig *c, const char **key)
{
    *key = "nesterov";
    return c->nesterov && c->momentum == 0 ? "nesterov = true needs a momentum above 0 (momentum is 0), "
                                             "as torch.optim.SGD requires" : NULL;
}

static int sgd_base(const Op *op)
{
    return op->attr[0] > 0 ? 4 : 3;
}


/* g (times the clip coefficient, stored back: the clipped gradient),
 * interpreted */
static double clipped(double *g, long i, const double *clip)
{
    if (clip)
        g[i] *= clip[0];
    return g[i];
}

static double *clip_v(Interp *in, const Op *op, int base)
{
    const Value *c = clip_of(op, base);
    return c ? interp_v(in, c) : NULL;
}

static void run_sgd(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double lr = interp_v(in, op->args[2])[0], mom = op->attr[0], wd = op->attr[1];
    double *w = interp_v(in, op->args[0]), *g = interp_v(in, op->args[1]);
    double *v = mom > 0 ? interp_v(in, op->args[3]) : NULL, *clip = clip_v(in, op, sgd_base(op));
    bool nesterov = op->kind == OP_SGD_NESTEROV_UPDATE;
    for (long i = 0; i < n; i++) {
        double gi = clipped(g, i, clip) + wd * w[i];
        if (v) {
            v[i] = mom * v[i] + gi;
            gi = nesterov ? gi + mom * v[i] : v[i];
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

/* The clip coefficient, read once before the loop (a local: loaded in
 * the loop, it could alias the stores and keep the loop from being
 * vectorised); NULL without clipping. */
static KVar *read_clip(KL *L, const Op *op, int base)
{
    KB *k = kl_kb(L);
    const Value *clip = clip_of(op, base);
    return clip ? kb_let(k, "coef", kl_at(L, clip, kb_i(k, 0))) : NULL;
}

/* g (times the clip coefficient, the product stored back into g) +
 * weight_decay w: the gradient the optimizer sees. */
static KVar *decayed_grad(KL *L, const Op *op, KVar *coef, double wd, KVar *i)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0], *g = op->args[1];
    KExpr *gi = kl_at(L, g, kb_var(k, i));
    if (coef) {
        KVar *gc = kb_let(k, "gc", kb_bin(k, KO_MUL, gi, kb_var(k, coef)));
        kb_store(k, kl_buf(L, g), kb_var(k, i), kb_var(k, gc), false);
        gi = kb_var(k, gc);
    }
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

/* (w, g, lr[, v][, clip]); momentum, weight_decay: torch.optim.SGD */
static void lower_sgd(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0];
    double mom = op->attr[0], wd = op->attr[1];
    const Value *v = mom > 0 ? op->args[3] : NULL;
    KVar *lr = read_lr(L, op->args[2]);
    KVar *coef = read_clip(L, op, sgd_base(op));
    KVar *i = kl_each_loop(L, w);
    KVar *gw = decayed_grad(L, op, coef, wd, i);
    KExpr *step = kb_var(k, gw);
    if (v) {
        kb_store(k, kl_buf(L, v), kb_var(k, i),
                 kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, mom), kl_at(L, v, kb_var(k, i))),
                        kb_var(k, gw)), false);
        step = kl_at(L, v, kb_var(k, i));
        if (op->kind == OP_SGD_NESTEROV_UPDATE)
            step = kb_bin(k, KO_ADD, kb_var(k, gw), kb_bin(k, KO_MUL, kb_f(k, mom), step));
    }
    kb_store(k, kl_buf(L, w), kb_var(k, i), kb_un(k, KO_NEG, kb_bin(k, KO_MUL, kb_var(k, lr), step)),
             true);
    kb_leave(k);
}

const OpDef op_sgd_update = {
    "sgd_update", 3, 5, {"momentum", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_update, NULL, run_sgd, flops_sgd, lower_sgd, NULL, NULL,
};
const OpDef op_sgd_nesterov_update = {
    "sgd_nesterov_update", 4, 5, {"momentum", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_update, NULL, run_sgd, flops_sgd, lower_sgd, NULL, NULL,
};

const OptimDef optim_sgd = {
    "sgd", 4,
    {KEY("lr", lr, 0.01, .lo_open = true),
     KEY("momentum", momentum, 0, .hi = 1),
     KEY("weight_decay", weight_decay, 0, .lo = 0),
     KEY("nesterov", nesterov, 0, .kind = OA_BOOL)},
    sgd_state, append_sgd, sgd_conflict, "optim.SGD(lr, momentum, weight_decay=, nesterov=)",
};

/* ---- adam, adamw ----------------------------------------------------------------- */

/* torch.optim.Adam (amsgrad off), t the step after step_inc:
 *   g' = g + wd w;  m = b1 m + (1 - b1) g';  v = b2 v + (1 - b2) g'^2
 *   w -= (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * torch.optim.AdamW: the same with g' = g, after w *= 1 - lr wd (the
 * decay decoupled from the moments).
 * The bias corrections of step t read the new t: a step_inc comes first. */
static Value *shared_step(Graph *g, Value *p, Value **step)
{
    if (!*step) {
        *step = ir_new_value(g, VK_STATE, "train.step", ir_shape(0, 0, 0), p->loc);
        (*step)->ckpt = (*step)->name;
        ir_emit_update(g, OP_STEP_INC, p->loc, 1, step);
    }
    return *step;
}

static void append_adam(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c)
{
    Value *t = shared_step(g, p, step);
    Value *args[IR_MAX_ARGS] = {p, p->grad, lr, new_state(g, p, "exp_avg"), new_state(g, p, "exp_avg_sq"), t};
    Op *op = emit_update(g, c->opt == OPT_ADAMW ? OP_ADAMW_UPDATE : OP_ADAM_UPDATE, p->loc, 6, args);
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


static void run_adam(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double lr = interp_v(in, op->args[2])[0], b1 = op->attr[0], b2 = op->attr[1], eps = op->attr[2];
    double wd = op->attr[3], t = interp_v(in, op->args[5])[0];
    double *w = interp_v(in, op->args[0]), *g = interp_v(in, op->args[1]);
    double *m = interp_v(in, op->args[3]), *v = interp_v(in, op->args[4]), *clip = clip_v(in, op, 6);
    double bc1 = 1 - pow(b1, t), bc2 = 1 - pow(b2, t);
    bool decoupled = op->kind == OP_ADAMW_UPDATE;
    for (long i = 0; i < n; i++) {
        double gi = clipped(g, i, clip);
        if (decoupled)
            w[i] *= 1 - lr * wd;
        else
            gi += wd * w[i];
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr / bc1) * m[i] / (sqrt(v[i]) / sqrt(bc2) + eps);
    }
}

static double flops_adam(const Graph *g, const Op *op)
{
    return update_flops(g, op, 12);
}

/* (w, g, lr, m, v, step[, clip]); beta1, beta2, eps, weight_decay:
 * torch.optim.Adam, or AdamW (adamw_update) */
static void lower_adam(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0], *m = op->args[3], *v = op->args[4];
    const Value *t = op->args[5];
    double b1 = op->attr[0], b2 = op->attr[1], eps = op->attr[2], wd = op->attr[3];
    bool decoupled = op->kind == OP_ADAMW_UPDATE;
    KExpr *step = kl_at(L, t, kb_i(k, 0));
    KVar *lr = read_lr(L, op->args[2]);
    KVar *bc1 = kb_let(k, "bc1", kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_POW, kb_f(k, b1), step)));
    KVar *bc2 = kb_let(k, "bc2", kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_POW, kb_f(k, b2), step)));
    KVar *ss = kb_let(k, "step_size", kb_bin(k, KO_DIV, kb_var(k, lr), kb_var(k, bc1)));
    KVar *bc2s = kb_let(k, "bc2_sqrt", kb_un(k, KO_SQRT, kb_var(k, bc2)));
    KVar *keep = decoupled && wd != 0
               ? kb_let(k, "keep", kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_MUL, kb_var(k, lr), kb_f(k, wd))))
               : NULL;
    KVar *coef = read_clip(L, op, 6);
    KVar *i = kl_each_loop(L, w);
    KVar *gw = decayed_grad(L, op, coef, decoupled ? 0 : wd, i);
    KExpr *mi = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, b1), kl_at(L, m, kb_var(k, i))),
                       kb_bin(k, KO_MUL, kb_f(k, 1 - b1), kb_var(k, gw)));
    kb_store(k, kl_buf(L, m), kb_var(k, i), mi, false);
    KExpr *vi = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, b2), kl_at(L, v, kb_var(k, i))),
                       kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_f(k, 1 - b2), kb_var(k, gw)), kb_var(k, gw)));
    kb_store(k, kl_buf(L, v), kb_var(k, i), vi, false);
    KExpr *denom = kb_bin(k, KO_ADD, kb_bin(k, KO_DIV, kb_un(k, KO_SQRT, kl_at(L, v, kb_var(k, i))),
                                            kb_var(k, bc2s)), kb_f(k, eps));
    KExpr *upd = kb_bin(k, KO_DIV, kb_bin(k, KO_MUL, kb_var(k, ss), kl_at(L, m, kb_var(k, i))), denom);
    if (keep) {   /* w = w (1 - lr wd) - upd, rounded as torch's mul_ then addcdiv_ */
        KVar *wk = kb_let(k, "wk", kb_bin(k, KO_MUL, kl_at(L, w, kb_var(k, i)), kb_var(k, keep)));
        kb_store(k, kl_buf(L, w), kb_var(k, i), kb_bin(k, KO_SUB, kb_var(k, wk), upd), false);
    } else {
        kb_store(k, kl_buf(L, w), kb_var(k, i), kb_un(k, KO_NEG, upd), true);
    }
    kb_leave(k);
}

const OpDef op_adam_update = {
    "adam_update", 6, 7, {"beta1", "beta2", "eps", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_update, NULL, run_adam, flops_adam, lower_adam, NULL, NULL,
};
const OpDef op_adamw_update = {
    "adamw_update", 6, 7, {"beta1", "beta2", "eps", "weight_decay", NULL}, OPF_UPDATE, ACT_LINEAR,
    shape_update, NULL, run_adam, flops_adam, lower_adam, NULL, NULL,
};

const OptimDef optim_adam = {
    "adam", 5,
    {KEY("lr", lr, 0.001, .lo_open = true),
     KEY("beta1", beta1, 0.9, .hi = 1),
     KEY("beta2", beta2, 0.999, .hi = 1),
     KEY("eps", eps, 1e-8, .lo_open = true),
     KEY("weight_decay", weight_decay, 0, .lo = 0)},
    adam_state, append_adam, NULL, "optim.Adam(lr, betas=(beta1, beta2), eps, weight_decay)",
};

const OptimDef optim_adamw = {
    "adamw", 5,
    {KEY("lr", lr, 0.001, .lo_open = true),
     KEY("beta1", beta1, 0.9, .hi = 1),
     KEY("beta2", beta2, 0.999, .hi = 1),
     KEY("eps", eps, 1e-8, .lo_open = true),
     KEY("weight_decay", weight_decay, 0.01)},
    adam_state, append_adam, NULL, "optim.AdamW(lr, betas=(beta1, beta2), eps, weight_decay)",
};

/* ---- rmsprop ------------------------------------------------------------------- */

/* torch.optim.RMSprop:
 *   g' = g + wd w;  s = alpha s + (1 - alpha) g'^2
 *   centered: a = alpha a + (1 - alpha) g';  d = sqrt(s - a^2) + eps
 *   else d = sqrt(s) + eps
 *   momentum > 0: b = mom b + g' / d;  w -= lr b
 *   else w -= lr g' / d
 * (w, g, lr, s[, b][, a][, clip]); attrs alpha, eps, momentum,
 * weight_decay, centered. */
static void append_rmsprop(Graph *g, Value *p, Value *lr, Value **step, const TrainConfig *c)
{
    (void)step;
    Value *args[IR_MAX_ARGS] = {p, p->grad, lr, new_state(g, p, "square_avg")};
    int n = 4;
    if (c->momentum > 0)
        args[n++] = new_state(g, p, "momentum");
    if (c->centered)
        args[n++] = new_state(g, p, "grad_avg");
    Op *op = emit_update(g, OP_RMSPROP_UPDATE, p->loc, n, args);
    op->attr[0] = c->alpha;
    op->attr[1] = c->eps;
    op->attr[2] = c->momentum;
    op->attr[3] = c->weight_decay;
    op->attr[4] = c->centered;
}

static int rmsprop_state(const TrainConfig *c)
{
    return 1 + (c->momentum > 0) + (c->centered != 0);
}

/* the operands: w, g, lr, s, then b (momentum), a (centered) */
static int rms_base(const Op *op)
{
    return 4 + (op->attr[2] > 0) + (op->attr[4] != 0);
}

static const Value *rms_buf(const Op *op)
{
    return op->attr[2] > 0 ? op->args[4] : NULL;
}

static const Value *rms_avg(const Op *op)
{
    return op->attr[4] != 0 ? op->args[op->attr[2] > 0 ? 5 : 4] : NULL;
}


static void run_rmsprop(Interp *in, const Op *op, bool training)
{
    (void)training;
    long n = interp_elems(in, op->args[0]);
    double lr = interp_v(in, op->args[2])[0], alpha = op->attr[0], eps = op->attr[1];
    double mom = op->attr[2], wd = op->attr[3];
    double *w = interp_v(in, op->args[0]), *g = interp_v(in, op->args[1]), *s = interp_v(in, op->args[3]);
    double *b = rms_buf(op) ? interp_v(in, rms_buf(op)) : NULL;
    double *a = rms_avg(op) ? interp_v(in, rms_avg(op)) : NULL;
    double *clip = clip_v(in, op, rms_base(op));
    for (long i = 0; i < n; i++) {
        double gi = clipped(g, i, clip) + wd * w[i];
        s[i] = alpha * s[i] + (1 - alpha) * gi * gi;
        double d;
        if (a) {
            a[i] = alpha * a[i] + (1 - alpha) * gi;
            d = sqrt(s[i] - a[i] * a[i]) + eps;
        } else {
            d = sqrt(s[i]) + eps;
        }
        if (b) {
            b[i] = mom * b[i] + gi / d;
            w[i] -= lr * b[i];
        } else {
            w[i] -= lr * gi / d;
        }
    }
}

static double flops_rmsprop(const Graph *g, const Op *op)
{
    return update_flops(g, op, 10);
}

static void lower_rmsprop(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    const Value *w = op->args[0], *s = op->args[3], *b = rms_buf(op), *a = rms_avg(op);
    double alpha = op->attr[0], eps = op->attr[1], mom = op->attr[2], wd = op->attr[3];
    KVar *lr = read_lr(L, op->args[2]);
    KVar *coef = read_clip(L, op, rms_base(op));
    KVar *i = kl_each_loop(L, w);
    KExpr *at = kb_var(k, i);
    KVar *gw = decayed_grad(L, op, coef, wd, i);
    kb_store(k, kl_buf(L, s), at,
             kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, alpha), kl_at(L, s, at)),
                    kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, kb_f(k, 1 - alpha), kb_var(k, gw)), kb_var(k, gw))),
             false);
    KExpr *var = kl_at(L, s, at);
    if (a) {
        kb_store(k, kl_buf(L, a), at,
                 kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, alpha), kl_at(L, a, at)),
                        kb_bin(k, KO_MUL, kb_f(k, 1 - alpha), kb_var(k, gw))), false);
        var = kb_bin(k, KO_SUB, var, kb_bin(k, KO_MUL, kl_at(L, a, at), kl_at(L, a, at)));
    }
    KVar *d = kb_let(k, "denom", kb_bin(k, KO_ADD, kb_un(k, KO_SQRT, var), kb_f(k, eps)));
    KExpr *upd = kb_bin(k, KO_DIV, kb_var(k, gw), kb_var(k, d));
    if (b) {
        kb_store(k, kl_buf(L, b), at, kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_f(k, mom), kl_at(L, b, at)), upd),
                 false);
        upd = kl_at(L, b, at);
    }
    kb_store(k, kl_buf(L, w), at, kb_un(k, KO_NEG, kb_bin(k, KO_MUL, kb_var(k, lr), upd)), true);
    kb_leave(k);
}

const OpDef op_rmsprop_update = {
    "rmsprop_update", 4, 7, {"alpha", "eps", "momentum", "weight_decay", "centered", NULL}, OPF_UPDATE,
    ACT_LINEAR, shape_update, NULL, run_rmsprop, flops_rmsprop, lower_rmsprop, NULL, NULL,
};

const OptimDef optim_rmsprop = {
    "rmsprop", 6,
    {KEY("lr", lr, 0.01, .lo_open = true),
     KEY("alpha", alpha, 0.99, .hi = 1),
     KEY("eps", eps, 1e-8, .lo_open = true),
     KEY("momentum", momentum, 0, .hi = 1),
     KEY("weight_decay", weight_decay, 0, .lo = 0),
     KEY("centered", centered, 0, .kind = OA_BOOL)},
    rmsprop_state, append_rmsprop, NULL, "optim.RMSprop(lr, alpha, eps, weight_decay, momentum, centered)",
};

/* ---- clip_coef: min(1, max / (||all gradients|| + 1e-6)) ---------------------------- */

/* (first gradient) -> []; attr max_norm.  Reads the whole gradient
 * region (every parameter's gradient, contiguous), not only its operand,
 * which only orders it after the backward pass. */
static bool shape_clip(const Op *op, Shape *out, ShapeErr *e)
{
    (void)op;
    (void)e;
    *out = ir_shape(0, 0, 0);
    return true;
}

static void run_clip(Interp *in, const Op *op, bool training)
{
    (void)training;
    const Graph *g = interp_graph(in);
    double sq = 0;
    for (int i = 0; i < g->values.len; i++) {
        const Value *p = g->values.items[i];
        if (p->kind != VK_PARAM || !p->grad)
            continue;
        long n = interp_elems(in, p->grad);
        const double *gv = interp_v(in, p->grad);
        for (long j = 0; j < n; j++)
            sq += gv[j] * gv[j];
    }
    double coef = op->attr[0] / (sqrt(sq) + 1e-6);
    interp_v(in, op->result)[0] = coef < 1 ? coef : 1;
}

static double flops_clip(const Graph *g, const Op *op)
{
    (void)op;
    long n = 0;
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_PARAM && g->values.items[i]->grad)
            n += ir_shape_elems(g->values.items[i]->shape, 1);
    return 2.0 * (double)n / (double)g->batch;
}

/* one vectorised pass over the gradient region: sum of squares, then the
 * coefficient */
static void lower_clip(KL *L, const Op *op)
{
    KB *k = kl_kb(L);
    long count;
    KBuf *grads = kl_grad_region(L, &count);
    KExpr *total;
    if (count % KV_WIDTH == 0) {   /* the region is whole 64-byte lines: vectors of squares */
        KVar *acc = kb_let(k, "acc", kb_bcast(k, kb_f(k, 0)));
        KVar *i = kb_loop(k, "i", kb_i(k, 0), kb_i(k, count), KV_WIDTH, 0);
        KVar *gi = kb_let(k, "gi", kb_vload(k, grads, kb_var(k, i)));
        kb_assign(k, acc, kb_bin(k, KO_MUL, kb_var(k, gi), kb_var(k, gi)), true);
        kb_leave(k);
        total = kb_hsum(k, kb_var(k, acc));
    } else {
        KVar *sq = kb_let(k, "sq", kb_f(k, 0));
        KVar *i = kb_loop0(k, "i", kb_i(k, count), KL_VECTOR | KL_REDUCE);
        KVar *gi = kb_let(k, "gi", kb_load(k, grads, kb_var(k, i)));
        kb_assign(k, sq, kb_bin(k, KO_MUL, kb_var(k, gi), kb_var(k, gi)), true);
        kb_leave(k);
        total = kb_var(k, sq);
    }
    KExpr *coef = kb_bin(k, KO_DIV, kb_f(k, op->attr[0]), kb_bin(k, KO_ADD, kb_un(k, KO_SQRT, total),
                                                               kb_f(k, 1e-6)));
    kb_store(k, kl_buf(L, op->result), kb_i(k, 0), kb_bin(k, KO_MIN, coef, kb_f(k, 1)), false);
}

Value *optim_clip_coef(Graph *g, Value *first, const TrainConfig *c)
{
    return ir_emit_ex(g, OP_CLIP_COEF, PH_UPDATE, c->clip_loc, "clip_coef", 1, &first, 1, &c->clip_grad_norm,
                      ir_shape(0, 0, 0));
}

const OpDef op_clip_coef = {
    "clip_coef", 1, 1, {"max_norm", NULL}, 0, ACT_LINEAR,
    shape_clip, NULL, run_clip, flops_clip, lower_clip, NULL, NULL,
};

/* ---- the schedules (runtime/fit.c computes them, nnrt_schedule_lr) ---- */

static const SchedDef scheds[] = {
    {"constant", NNRT_SCHED_CONSTANT, 0, {{.name = NULL}}, "no scheduler"},
    {"step", NNRT_SCHED_STEP, 2,
     {KEY("step_size", step_size, 0, .lo = 1, .kind = OA_INT, .required = true),
      KEY("gamma", gamma, 0.1, .lo_open = true)},
     "optim.lr_scheduler.StepLR(step_size, gamma)"},
    {"exponential", NNRT_SCHED_EXPONENTIAL, 1,
     {KEY("gamma", gamma, 0, .lo_open = true, .required = true)},
     "optim.lr_scheduler.ExponentialLR(gamma)"},
    {"cosine", NNRT_SCHED_COSINE, 2,
     {KEY("t_max", t_max, 0, .lo = 1, .kind = OA_INT, .def_text = "epochs"),
      KEY("eta_min", eta_min, 0, .lo = 0)},
     "optim.lr_scheduler.CosineAnnealingLR(T_max, eta_min)"},
};

long sched_t_max(const TrainConfig *c)
{
    return c->t_max > 0 ? (long)c->t_max : c->epochs;
}

const SchedDef *sched_def(int code)
{
    return code >= 0 && code < (int)(sizeof scheds / sizeof *scheds) ? &scheds[code] : NULL;
}

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
    shape_step, NULL, run_step, flops_step, lower_step, NULL, NULL,
};
