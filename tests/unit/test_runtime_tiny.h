/*
 * test_runtime_tiny.h - a hand-written model descriptor for the runtime's
 * tests: what nnc generates, written out for one dense layer.
 *
 *   x [B, IN] -> dropout(rate) -> dense(OUT) -> linear / softmax / sigmoid
 *
 * SGD with momentum (torch.optim.SGD's rule), so there is optimizer state
 * (train.fc.*.momentum, train.step) to checkpoint, and dropout, so the
 * model's rng matters for resuming.  TINY_MODEL(name, ...) defines the
 * kernels, the tensor table and `name` (an nnrt_model_desc).
 *
 * A step is grad_step then update_step, as nnc generates them.  Hooks for
 * tests: tiny_steps counts grad_step calls, tiny_rows the rows they saw;
 * at step tiny_nan_at the loss comes back NaN (a poisoned batch, whose
 * gradients are NaN too); at step tiny_raise_at the step raises SIGINT;
 * tiny_sentinel_rows counts rows whose first input is TINY_SENTINEL.
 *
 * TINY_MODEL_LR is the same model with its learning rate in the
 * workspace, as the tensor train.lr (NNRT_INIT_LR: the runtime sets it to
 * the descriptor's lr; nnrt_set_lr writes it): the update reads it.
 */
#ifndef TEST_RUNTIME_TINY_H
#define TEST_RUNTIME_TINY_H

#include <math.h>
#include <signal.h>
#include <string.h>

#include "nnrt.h"

#define TINY_SENTINEL 1000.0f

static long tiny_steps, tiny_rows, tiny_nan_at = -1, tiny_raise_at = -1, tiny_sentinel_rows;

static void tiny_reset_hooks(void)
{
    tiny_steps = tiny_rows = tiny_sentinel_rows = 0;
    tiny_nan_at = tiny_raise_at = -1;
}

typedef struct TinyCfg {
    size_t in, out, batch;
    int loss;
    float lr, momentum, drop;
    int lr_in_ws;      /* TINY_MODEL_LR: train.lr at T_LR */
} TinyCfg;

/* workspace layout, in floats, from (in, out, batch) */
#define O_W(i, o, b) 0
#define O_B(i, o, b) ((o) * (i))
#define O_MW(i, o, b) (O_B(i, o, b) + (o))
#define O_MB(i, o, b) (O_MW(i, o, b) + (o) * (i))
#define O_STEP(i, o, b) (O_MB(i, o, b) + (o))
#define O_GW(i, o, b) (O_STEP(i, o, b) + 1)
#define O_GB(i, o, b) (O_GW(i, o, b) + (o) * (i))
#define O_Y(i, o, b) (O_GB(i, o, b) + (o))
#define O_MASK(i, o, b) (O_Y(i, o, b) + (b) * (o))
#define O_TOTAL(i, o, b) (O_MASK(i, o, b) + (b) * (i))
#define T_(what, c) O_##what((c)->in, (c)->out, (c)->batch)
#define T_W(c) T_(W, c)
#define T_B(c) T_(B, c)
#define T_MW(c) T_(MW, c)
#define T_STEP(c) T_(STEP, c)
#define T_GW(c) T_(GW, c)
#define T_GB(c) T_(GB, c)
#define T_Y(c) T_(Y, c)
#define T_MASK(c) T_(MASK, c)
#define T_LR(c) T_(TOTAL, c)

/* z = x W^T + b, then the output activation; y: (n, out) */
static void tiny_dense(const TinyCfg *c, const float *ws, const float *x, float *y, size_t n, int act)
{
    const float *w = ws + T_W(c), *b = ws + T_B(c);
    for (size_t i = 0; i < n; i++) {
        float *yi = y + i * c->out;
        for (size_t o = 0; o < c->out; o++) {
            float z = b[o];
            for (size_t k = 0; k < c->in; k++)
                z += x[i * c->in + k] * w[o * c->in + k];
            yi[o] = z;
        }
        if (!act)
            continue;
        if (c->loss == NNRT_LOSS_CROSS_ENTROPY) {
            float mx = yi[0], s = 0;
            for (size_t o = 1; o < c->out; o++)
                mx = yi[o] > mx ? yi[o] : mx;
            for (size_t o = 0; o < c->out; o++)
                s += (yi[o] = expf(yi[o] - mx));
            for (size_t o = 0; o < c->out; o++)
                yi[o] /= s;
        } else if (c->loss == NNRT_LOSS_BCE) {
            for (size_t o = 0; o < c->out; o++)
                yi[o] = 1.0f / (1.0f + expf(-yi[o]));
        }
    }
}

/* Loss from the logits z (stable forms); dz (may be NULL) gets d loss / dz. */
static float tiny_loss(const TinyCfg *c, const float *z, const float *t, size_t n, float *dz, float *correct)
{
    double loss = 0;
    float right = 0;
    for (size_t i = 0; i < n; i++) {
        const float *zi = z + i * c->out;
        if (c->loss == NNRT_LOSS_CROSS_ENTROPY) {
            size_t label = (size_t)t[i], arg = 0;
            float mx = zi[0];
            for (size_t o = 1; o < c->out; o++)
                if (zi[o] > mx)
                    mx = zi[o], arg = o;
            double s = 0;
            for (size_t o = 0; o < c->out; o++)
                s += exp((double)(zi[o] - mx));
            loss += log(s) + mx - zi[label];
            right += arg == label;
            for (size_t o = 0; dz && o < c->out; o++)
                dz[i * c->out + o] = (float)((exp((double)(zi[o] - mx)) / s - (o == label)) / (double)n);
            continue;
        }
        for (size_t o = 0; o < c->out; o++) {
            float zo = zi[o], to = t[i * c->out + o];
            if (c->loss == NNRT_LOSS_MSE) {
                loss += (double)(zo - to) * (zo - to);
                if (dz)
                    dz[i * c->out + o] = 2.0f * (zo - to) / (float)(n * c->out);
            } else {
                loss += fmax(zo, 0) - zo * to + log1p(exp(-fabs(zo)));
                right += (zo > 0) == (to > 0.5f);
                if (dz)
                    dz[i * c->out + o] = (1.0f / (1.0f + expf(-zo)) - to) / (float)(n * c->out);
            }
        }
    }
    if (correct)
        *correct = right;
    return (float)(loss / (double)(c->loss == NNRT_LOSS_CROSS_ENTROPY ? n : n * c->out));
}

static void tiny_forward_impl(const TinyCfg *c, float *ws, const float *x, float *y, size_t n)
{
    tiny_dense(c, ws, x, y, n, 1);
}

static float tiny_eval_impl(const TinyCfg *c, float *ws, const float *x, const float *t, size_t n, float *correct)
{
    float *z = ws + T_Y(c);
    tiny_dense(c, ws, x, z, n, 0);
    return tiny_loss(c, z, t, n, NULL, correct);
}

static float tiny_grad_impl(const TinyCfg *c, float *ws, nnrt_rng *r, const float *x, const float *t, size_t n,
                            float *correct)
{
    float *xd = ws + T_MASK(c), *z = ws + T_Y(c);
    tiny_steps++;
    tiny_rows += (long)n;
    for (size_t i = 0; i < n; i++)
        tiny_sentinel_rows += x[i * c->in] == TINY_SENTINEL;
    if (tiny_steps == tiny_raise_at)
        raise(SIGINT);
    if (c->drop > 0)
        nnrt_dropout_mask(r, xd, n * c->in, c->drop);
    for (size_t i = 0; i < n * c->in; i++)
        xd[i] = c->drop > 0 ? xd[i] * x[i] : x[i];
    tiny_dense(c, ws, xd, z, n, 0);
    float loss = tiny_loss(c, z, t, n, z, correct);   /* dz overwrites z */
    float *gw = ws + T_GW(c), *gb = ws + T_GB(c);
    for (size_t o = 0; o < c->out; o++) {
        gb[o] = 0;
        for (size_t k = 0; k < c->in; k++)
            gw[o * c->in + k] = 0;
        for (size_t i = 0; i < n; i++) {
            gb[o] += z[i * c->out + o];
            for (size_t k = 0; k < c->in; k++)
                gw[o * c->in + k] += z[i * c->out + o] * xd[i * c->in + k];
        }
    }
    if (tiny_steps == tiny_nan_at) {
        gw[0] = NAN;
        return NAN;
    }
    return loss;
}

/* torch.optim.SGD: v = momentum v + g; w -= lr v */
static void tiny_update_impl(const TinyCfg *c, float *ws)
{
    float *w = ws + T_W(c), *v = ws + T_MW(c), *gw = ws + T_GW(c), *gb = ws + T_GB(c);
    float lr = c->lr_in_ws ? ws[T_LR(c)] : c->lr;
    for (size_t i = 0; i < c->out * c->in + c->out; i++) {   /* W,b and mW,mb are each contiguous */
        float g = i < c->out * c->in ? gw[i] : gb[i - c->out * c->in];
        v[i] = c->momentum * v[i] + g;
        w[i] -= lr * v[i];
    }
    ws[T_STEP(c)] += 1;
}

#define TINY_MODEL(NAME, IN, OUT, B, LOSS, INIT, LR, MOM, DROP, EPOCHS, VAL, PATIENCE)                      \
    TINY_MODEL_X(NAME, IN, OUT, B, LOSS, INIT, LR, MOM, DROP, EPOCHS, VAL, PATIENCE, 0)
#define TINY_MODEL_LR(NAME, IN, OUT, B, LOSS, INIT, LR, MOM, DROP, EPOCHS, VAL, PATIENCE)                   \
    TINY_MODEL_X(NAME, IN, OUT, B, LOSS, INIT, LR, MOM, DROP, EPOCHS, VAL, PATIENCE, 1)
#define TINY_MODEL_X(NAME, IN, OUT, B, LOSS, INIT, LR, MOM, DROP, EPOCHS, VAL, PATIENCE, LRWS)              \
    static const TinyCfg NAME##_cfg = {IN, OUT, B, LOSS, LR, MOM, DROP, LRWS};                               \
    static void NAME##_forward(float *ws, float *pw, const float *x, float *y, size_t n)                    \
    {                                                                                                        \
        (void)ws;                                                                                            \
        tiny_forward_impl(&NAME##_cfg, pw, x, y, n);                                                         \
    }                                                                                                        \
    static float NAME##_grad(float *ws, nnrt_rng *r, const float *x, const float *t, size_t n,               \
                             float *correct)                                                                 \
    {                                                                                                        \
        return tiny_grad_impl(&NAME##_cfg, ws, r, x, t, n, correct);                                         \
    }                                                                                                        \
    static void NAME##_update(float *ws)                                                                     \
    {                                                                                                        \
        tiny_update_impl(&NAME##_cfg, ws);                                                                   \
    }                                                                                                        \
    static float NAME##_eval(float *ws, const float *x, const float *t, size_t n, float *correct)            \
    {                                                                                                        \
        return tiny_eval_impl(&NAME##_cfg, ws, x, t, n, correct);                                            \
    }                                                                                                        \
    static const nnrt_tensor NAME##_tensors[] = {                                                            \
        {"fc.weight", 2, {OUT, IN}, O_W(IN, OUT, B), NNRT_PARAM, INIT, IN, OUT, 5},                         \
        {"fc.bias", 1, {OUT, 0}, O_B(IN, OUT, B), NNRT_PARAM,                                               \
         INIT == NNRT_INIT_UNIFORM ? NNRT_INIT_UNIFORM : NNRT_INIT_ZERO, IN, OUT, 6},                       \
        {"train.fc.weight.momentum", 2, {OUT, IN}, O_MW(IN, OUT, B), NNRT_STATE, 0, 0, 0, -1},              \
        {"train.fc.bias.momentum", 1, {OUT, 0}, O_MB(IN, OUT, B), NNRT_STATE, 0, 0, 0, -1},                 \
        {"train.step", 0, {0, 0}, O_STEP(IN, OUT, B), NNRT_STATE, 0, 0, 0, -1},                             \
        {"fc.weight.grad", 2, {OUT, IN}, O_GW(IN, OUT, B), NNRT_GRAD, 0, 0, 0, -1},                         \
        {"fc.bias.grad", 1, {OUT, 0}, O_GB(IN, OUT, B), NNRT_GRAD, 0, 0, 0, -1},                            \
        {"train.lr", 0, {0, 0}, O_TOTAL(IN, OUT, B), NNRT_STATE, NNRT_INIT_LR, 0, 0, -1},                   \
    };                                                                                                       \
    static const nnrt_model_desc NAME = {                                                                    \
        .name = #NAME,                                                                                       \
        .input_size = IN,                                                                                    \
        .output_size = OUT,                                                                                  \
        .batch_size = B,                                                                                     \
        .workspace_floats = O_TOTAL(IN, OUT, B) + (LRWS),                                                   \
        .tensors = NAME##_tensors,                                                                           \
        .ntensors = 7 + (LRWS),                                                                              \
        .param_count = (OUT) * (IN) + (OUT),                                                                 \
        .loss = LOSS,                                                                                        \
        .epochs = EPOCHS,                                                                                    \
        .validation = VAL,                                                                                   \
        .early_stopping = PATIENCE,                                                                          \
        .seed = 42,                                                                                          \
        .grad_offset = O_GW(IN, OUT, B),                                                                     \
        .grad_count = (OUT) * (IN) + (OUT),                                                                  \
        .lr = LR,                                                                                            \
        .forward = NAME##_forward,                                                                           \
        .grad_step = (LOSS) == NNRT_LOSS_NONE ? NULL : NAME##_grad,                                          \
        .update_step = (LOSS) == NNRT_LOSS_NONE ? NULL : NAME##_update,                                      \
        .eval_batch = (LOSS) == NNRT_LOSS_NONE ? NULL : NAME##_eval,                                         \
    };

/* ---- data ------------------------------------------------------------------ */

/* n rows of in features in [-1, 1] from a fixed generator; class = argmax
 * of a fixed linear map (cross entropy), or targets = that map (mse). */
static void tiny_data(float *x, float *t, size_t n, size_t in, size_t out, int classes, uint64_t seed)
{
    nnrt_rng r;
    nnrt_rng_seed(&r, seed, 7);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < in; k++)
            x[i * in + k] = 2.0f * nnrt_rng_uniform(&r) - 1.0f;
        size_t best = 0;
        float bestv = -INFINITY;
        for (size_t o = 0; o < out; o++) {
            float v = 0.1f * (float)o;
            for (size_t k = 0; k < in; k++)
                v += x[i * in + k] * (float)(((o + 1) * (k + 2)) % 5) * ((o + k) % 2 ? -1.0f : 1.0f);
            if (v > bestv)
                bestv = v, best = o;
            if (!classes)
                t[i * out + o] = v;
        }
        if (classes)
            t[i] = (float)best;
    }
}

#endif
