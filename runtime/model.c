/*
 * model.c - the model-independent half of the generated API.
 *
 * Generated code describes a model with an nnrt_model_desc (tensors at
 * offsets in one workspace, and kernels for 1..batch_size rows); the
 * functions here do what is the same for every model: allocate and
 * initialise, check arguments at the boundary once per call, split large
 * n into batches, and find tensors by name.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt_internal.h"

#define NNRT_ALIGN 64

size_t nnrt_tensor_len(const nnrt_tensor *t)
{
    size_t len = 1;
    for (uint32_t i = 0; i < t->ndim && i < 4; i++)
        len *= t->dims[i];
    return len;
}

size_t nnrt_param_count(const nnrt_model_desc *d) { return d ? d->param_count : 0; }

/* ---- initialisation -------------------------------------------------- */

float nnrt_init_draw(nnrt_rng *r, int init, uint32_t fan_in, uint32_t fan_out)
{
    double fi = fan_in ? (double)fan_in : 1.0;
    switch (init) {
    case NNRT_INIT_HE:
        return (float)(nnrt_rng_normal(r) * sqrt(2.0 / fi));
    case NNRT_INIT_XAVIER: {
        double a = sqrt(6.0 / (fi + (double)fan_out));
        return (float)(a * (2.0 * (double)nnrt_rng_uniform(r) - 1.0));
    }
    case NNRT_INIT_UNIFORM: {
        double k = 1.0 / sqrt(fi);
        return (float)(k * (2.0 * (double)nnrt_rng_uniform(r) - 1.0));
    }
    case NNRT_INIT_ONES:   /* batch norm's scale and running variance */
        return 1.0f;
    default:
        return 0.0f;
    }
}

void nnrt_init_tensor(nnrt_rng *r, float *dst, size_t len, int init,
                      uint32_t fan_in, uint32_t fan_out)
{
    for (size_t i = 0; i < len; i++)
        dst[i] = nnrt_init_draw(r, init, fan_in, fan_out);
}

void nnrt_init_params(const nnrt_model_desc *d, float *ws, uint64_t seed)
{
    nnrt_rng r;
    nnrt_rng_seed(&r, seed, NNRT_STREAM_INIT);
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind == NNRT_PARAM || t->kind == NNRT_BUFFER)
            nnrt_init_tensor(&r, ws + t->offset, nnrt_tensor_len(t), t->init,
                             t->fan_in, t->fan_out);
    }
}

/* train.lr (NNRT_INIT_LR) holds the train block's rate */
void nnrt__init_lr(const nnrt_model_desc *d, float *ws)
{
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind == NNRT_STATE && t->init == NNRT_INIT_LR)
            for (size_t k = 0; k < nnrt_tensor_len(t); k++)
                ws[t->offset + k] = d->lr;
    }
}

/* ---- the descriptor ---------------------------------------------------- */

int nnrt_desc_check(const nnrt_model_desc *d)
{
    if (!d || (!d->tensors && d->ntensors) || !d->forward || d->batch_size == 0 || d->input_size == 0 ||
        d->output_size == 0)
        return nnrt__fail(NNRT_EARG, "model descriptor: missing tensors, forward or sizes");
    if (d->loss != NNRT_LOSS_NONE && (!d->grad_step || !d->update_step || !d->eval_batch))
        return nnrt__fail(NNRT_EARG, "model descriptor '%s': a train block needs grad_step, update_step and eval_batch",
                          d->name ? d->name : "?");
    size_t params = 0;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        size_t len = nnrt_tensor_len(t);
        if (!t->name || t->ndim > 4 || t->kind > NNRT_BUFFER || t->offset > d->workspace_floats ||
            len > d->workspace_floats - t->offset)
            return nnrt__fail(NNRT_EARG, "model descriptor: tensor %zu (%s) is malformed", i,
                              t->name ? t->name : "unnamed");
        if (t->init > NNRT_INIT_ONES || (t->init == NNRT_INIT_LR && t->kind != NNRT_STATE))
            return nnrt__fail(NNRT_EARG, "model descriptor: tensor %s has an unknown init", t->name);
        if (t->kind == NNRT_PARAM) {
            params += len;
            if (t->grad >= 0 && ((size_t)t->grad >= d->ntensors ||
                                 nnrt_tensor_len(&d->tensors[t->grad]) != len))
                return nnrt__fail(NNRT_EARG, "model descriptor: %s has a bad gradient link", t->name);
        }
    }
    if (d->loss != NNRT_LOSS_NONE &&
        (d->grad_offset > d->workspace_floats || d->grad_count > d->workspace_floats - d->grad_offset))
        return nnrt__fail(NNRT_EARG, "model descriptor: the gradient region is outside the workspace");
    if (d->prep && (d->prep_groups == 0 || d->prep_group == 0 ||
                    d->input_size != d->prep_groups * d->prep_group || !(d->prep_std > 0.0f)))
        return nnrt__fail(NNRT_EARG, "model descriptor: preprocessing of %zu groups of %zu does not cover "
                          "%zu inputs", d->prep_groups, d->prep_group, d->input_size);
    if (params != d->param_count)
        return nnrt__fail(NNRT_EARG, "model descriptor: param_count %zu, the tensors hold %zu",
                          d->param_count, params);
    size_t shape = 1;
    for (uint32_t k = 0; k < d->input_rank && k < 3; k++)
        shape *= d->input_dims[k];
    if (d->input_rank > 3 || (d->input_rank && (!d->input_name || shape != d->input_size)))
        return nnrt__fail(NNRT_EARG, "model descriptor: the input's shape does not hold input_size %zu values",
                          d->input_size);
    return NNRT_OK;
}

const nnrt_tensor *nnrt__find(const nnrt_model_desc *d, const char *name, unsigned kinds)
{
    if (!d || !name)
        return NULL;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if ((kinds & (1u << t->kind)) && strcmp(t->name, name) == 0)
            return t;
    }
    return NULL;
}

/* ---- create / destroy -------------------------------------------------- */

nnrt_model *nnrt_model_create(const nnrt_model_desc *d, uint64_t seed)
{
    if (nnrt_desc_check(d) != NNRT_OK)
        return NULL;
    /* one block: the model, then the workspace at the next 64-byte line */
    size_t head = (sizeof(nnrt_model) + NNRT_ALIGN - 1) / NNRT_ALIGN * NNRT_ALIGN;
    if (d->workspace_floats > (SIZE_MAX - head - NNRT_ALIGN) / sizeof(float)) {
        nnrt__fail(NNRT_ENOMEM, "model '%s': workspace of %zu floats is too large", d->name, d->workspace_floats);
        return NULL;
    }
    /* preprocessing: mean, std, then a batch of preprocessed inputs */
    size_t prep = d->prep ? 2 * d->prep_groups + d->batch_size * d->input_size : 0;
    if (prep > (SIZE_MAX - head - NNRT_ALIGN) / sizeof(float) - d->workspace_floats) {
        nnrt__fail(NNRT_ENOMEM, "model '%s': workspace of %zu floats is too large", d->name, d->workspace_floats);
        return NULL;
    }
    size_t size = head + (d->workspace_floats + prep) * sizeof(float);
    size = (size + NNRT_ALIGN - 1) / NNRT_ALIGN * NNRT_ALIGN;
    unsigned char *block = aligned_alloc(NNRT_ALIGN, size);
    if (!block) {
        nnrt__fail(NNRT_ENOMEM, "model '%s': no memory for %zu bytes", d->name, size);
        return NULL;
    }
    memset(block, 0, size);
    nnrt_model *m = (nnrt_model *)block;
    m->desc = d;
    m->ws = (float *)(block + head);
    m->epoch = 0;
    if (d->prep) {
        m->prep_mean = m->ws + d->workspace_floats;
        m->prep_std = m->prep_mean + d->prep_groups;
        m->prep_x = m->prep_std + d->prep_groups;
        for (size_t g = 0; g < d->prep_groups; g++)
            m->prep_std[g] = d->prep_std;
    }
    nnrt_init_params(d, m->ws, seed);
    nnrt__init_lr(d, m->ws);
    nnrt_rng_seed(&m->rng, seed, NNRT_STREAM_TRAIN);
    return m;
}

void nnrt_model_destroy(nnrt_model *m) { free(m); }

/* ---- checks at the boundary ------------------------------------------ */

static size_t target_width(const nnrt_model_desc *d)
{
    return d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size;
}

/* Whether x[0..n) holds an infinity or a NaN: every float's exponent
 * bits, tested in integer lanes and ORed together.  Compilers vectorise
 * this; they do not vectorise an early-exit isfinite loop, which cost a
 * few percent of a training step. */
static int any_nonfinite(const float *x, size_t n)
{
    enum { BLOCK = 64 };
    uint32_t hit = 0;
    size_t i = 0;
    for (; i + BLOCK <= n; i += BLOCK) {
        uint32_t bits[BLOCK];
        memcpy(bits, x + i, sizeof bits);
        for (int k = 0; k < BLOCK; k++)
            hit |= (bits[k] & 0x7f800000u) == 0x7f800000u;
    }
    for (; i < n; i++)
        hit |= !isfinite(x[i]);
    return hit != 0;
}

int nnrt__check_rows(const nnrt_model_desc *d, const float *x, const float *t,
                     size_t n, const char *what)
{
    if (any_nonfinite(x, n * d->input_size))   /* then find the first one */
        for (size_t i = 0; i < n * d->input_size; i++)
            if (!isfinite(x[i]))
                return nnrt__fail(NNRT_EDATA, "%s: row %zu, input %zu is %g", what,
                                  i / d->input_size, i % d->input_size, (double)x[i]);
    size_t w = target_width(d);
    for (size_t i = 0; i < n * w; i++) {
        float v = t[i];
        int bad = !isfinite(v);
        if (d->loss == NNRT_LOSS_CROSS_ENTROPY)
            bad = bad || v < 0.0f || v >= (float)d->output_size || v != floorf(v);
        else if (d->loss == NNRT_LOSS_BCE)
            bad = bad || v < 0.0f || v > 1.0f;
        if (bad) {
            if (d->loss == NNRT_LOSS_CROSS_ENTROPY)
                return nnrt__fail(NNRT_ETARGET, "%s: row %zu: target %g is not a class index in 0..%zu",
                                  what, i, (double)v, d->output_size - 1);
            return nnrt__fail(NNRT_ETARGET, "%s: row %zu, target %zu is %g%s", what, i / w, i % w,
                              (double)v, d->loss == NNRT_LOSS_BCE ? " (outside [0, 1])" : "");
        }
    }
    return NNRT_OK;
}

static int check_model(const nnrt_model *m, const char *what, int training)
{
    if (!m || !m->desc || !m->ws)
        return nnrt__fail(NNRT_EARG, "%s: NULL model", what);
    if (training && m->desc->loss == NNRT_LOSS_NONE)
        return nnrt__fail(NNRT_EARG, "%s: model '%s' has no train block", what, m->desc->name);
    return NNRT_OK;
}

/* ---- predict / train_batch / evaluate -------------------------------- */

/* n rows of inputs (and outputs) must fit in memory at all: an n whose
 * arrays' sizes overflow size_t is a caller's mistake, not rows to walk */
static int check_n_fits(const nnrt_model_desc *d, size_t n, const char *what)
{
    size_t w = d->input_size > d->output_size ? d->input_size : d->output_size;
    if (n > SIZE_MAX / sizeof(float) / w)
        return nnrt__fail(NNRT_EARG, "%s: n = %zu is too large (its arrays would not fit in memory)",
                          what, n);
    return NNRT_OK;
}

int nnrt_predict(nnrt_model *m, const float *x, float *y, size_t n)
{
    int err = check_model(m, "predict", 0);
    if (err)
        return err;
    if (n == 0)
        return NNRT_OK;
    if (!x || !y)
        return nnrt__fail(NNRT_EARG, "predict: NULL %s", x ? "y" : "x");
    if ((err = check_n_fits(m->desc, n, "predict")))
        return err;
    const nnrt_model_desc *d = m->desc;
    for (size_t i = 0; i < n; i += d->batch_size) {
        size_t nb = n - i < d->batch_size ? n - i : d->batch_size;
        d->forward(m->ws, m->ws, nnrt__prep(m, x + i * d->input_size, nb), y + i * d->output_size, nb);
    }
    return NNRT_OK;
}

int nnrt_train_batch(nnrt_model *m, const float *x, const float *target,
                     size_t n, float *loss)
{
    if (loss)
        *loss = NAN;
    int err = check_model(m, "train_batch", 1);
    if (err)
        return err;
    const nnrt_model_desc *d = m->desc;
    if (!x || !target)
        return nnrt__fail(NNRT_EARG, "train_batch: NULL %s", x ? "target" : "x");
    if (n < 1 || n > d->batch_size)
        return nnrt__fail(NNRT_EARG, "train_batch: n = %zu is outside 1..%zu", n, d->batch_size);
    if ((err = nnrt__check_rows(d, x, target, n, "train_batch")) || (err = nnrt__check_bn_rows(d, n, "train_batch")))
        return err;
    float right = 0.0f;
    float l = nnrt__step(m, x, target, n, &right);
    if (loss)
        *loss = l;
    if (!isfinite(l))
        return nnrt__fail(NNRT_EDIVERGED, "train_batch: the loss is %g", (double)l);
    return NNRT_OK;
}

/* Training batch norm on one row of a model whose batch_norm sees one
 * value per channel in a sample: PyTorch's "Expected more than 1 value
 * per channel when training", refused before anything changes. */
int nnrt__check_bn_rows(const nnrt_model_desc *d, size_t n, const char *what)
{
    if (n != 1 || !d->bn_single)
        return NNRT_OK;
    return nnrt__fail(NNRT_EARG, "%s: a batch of 1 row gives batch_norm '%s' one value per channel; training "
                      "needs more than 1 value per channel (as PyTorch): give 2 rows or more", what, d->bn_single);
}

/* The gradient step, then, when the loss is a number, the update: a
 * batch whose loss is NaN or Inf leaves the weights as they were. */
float nnrt__step(nnrt_model *m, const float *x, const float *target, size_t n, float *correct)
{
    const nnrt_model_desc *d = m->desc;
    float l = d->grad_step(m->ws, &m->rng, nnrt__prep(m, x, n), target, n, correct);
    if (isfinite(l))
        d->update_step(m->ws);
    return l;
}

int nnrt_grad_step(nnrt_model *m, const float *x, const float *target, size_t n,
                   float *loss, float *correct)
{
    if (loss)
        *loss = NAN;
    if (correct)
        *correct = 0.0f;
    int err = check_model(m, "grad_step", 1);
    if (err)
        return err;
    const nnrt_model_desc *d = m->desc;
    if (!x || !target)
        return nnrt__fail(NNRT_EARG, "grad_step: NULL %s", x ? "target" : "x");
    if (n < 1 || n > d->batch_size)
        return nnrt__fail(NNRT_EARG, "grad_step: n = %zu is outside 1..%zu", n, d->batch_size);
    if ((err = nnrt__check_rows(d, x, target, n, "grad_step")) || (err = nnrt__check_bn_rows(d, n, "grad_step")))
        return err;
    float right = 0.0f;
    float l = d->grad_step(m->ws, &m->rng, x, target, n, &right);
    if (loss)
        *loss = l;
    if (correct)
        *correct = right;
    if (!isfinite(l))
        return nnrt__fail(NNRT_EDIVERGED, "grad_step: the loss is %g", (double)l);
    return NNRT_OK;
}

int nnrt_update_step(nnrt_model *m)
{
    int err = check_model(m, "update_step", 1);
    if (err)
        return err;
    m->desc->update_step(m->ws);
    return NNRT_OK;
}

float *nnrt_gradients(nnrt_model *m, size_t *count)
{
    int ok = m && m->desc && m->ws && m->desc->loss != NNRT_LOSS_NONE;
    if (count)
        *count = ok ? m->desc->grad_count : 0;
    return ok ? m->ws + m->desc->grad_offset : NULL;
}

int nnrt_evaluate(nnrt_model *m, const float *x, const float *target,
                  size_t n, float *loss, float *accuracy)
{
    if (loss)
        *loss = NAN;
    if (accuracy)
        *accuracy = NAN;
    int err = check_model(m, "evaluate", 1);
    if (err)
        return err;
    const nnrt_model_desc *d = m->desc;
    if (!x || !target)
        return nnrt__fail(NNRT_EARG, "evaluate: NULL %s", x ? "target" : "x");
    if (n < 1)
        return nnrt__fail(NNRT_EARG, "evaluate: n = 0");
    if ((err = check_n_fits(d, n, "evaluate")))
        return err;
    if ((err = nnrt__check_rows(d, x, target, n, "evaluate")))
        return err;
    nnrt__eval_rows(m, x, target, n, loss, accuracy);
    return NNRT_OK;
}

void nnrt__eval_rows(nnrt_model *m, const float *x, const float *target, size_t n,
                     float *loss, float *accuracy)
{
    const nnrt_model_desc *d = m->desc;
    double total = 0.0, correct = 0.0;
    size_t w = target_width(d);
    for (size_t i = 0; i < n; i += d->batch_size) {
        size_t nb = n - i < d->batch_size ? n - i : d->batch_size;
        float c = 0.0f;
        total += (double)d->eval_batch(m->ws, nnrt__prep(m, x + i * d->input_size, nb), target + i * w, nb, &c) *
                 (double)nb;
        correct += c;
    }
    if (loss)
        *loss = (float)(total / (double)n);
    if (accuracy)
        *accuracy = nnrt__accuracy(d, correct, n);
}

float nnrt__accuracy(const nnrt_model_desc *d, double correct, size_t n)
{
    if (d->loss == NNRT_LOSS_CROSS_ENTROPY)
        return (float)(correct / (double)n);
    if (d->loss == NNRT_LOSS_BCE)
        return (float)(correct / ((double)n * (double)d->output_size));
    return NAN;
}

/* ---- tensors by name --------------------------------------------------- */

/* PREP.mean and PREP.std: the preprocessing's buffers, or NULL */
static float *prep_buffer(nnrt_model *m, const char *name)
{
    const char *p = m && name ? m->desc->prep : NULL;
    size_t n = p ? strlen(p) : 0;
    if (!p || strncmp(name, p, n) != 0)
        return NULL;
    return strcmp(name + n, ".mean") == 0 ? m->prep_mean : strcmp(name + n, ".std") == 0 ? m->prep_std : NULL;
}

float *nnrt_param(nnrt_model *m, const char *name, size_t *len)
{
    float *buf = prep_buffer(m, name);
    if (buf) {
        if (len)
            *len = m->desc->prep_groups;
        return buf;
    }
    const nnrt_tensor *t = m ? nnrt__find(m->desc, name, 1u << NNRT_PARAM | 1u << NNRT_STATE | 1u << NNRT_BUFFER)
                              : NULL;
    if (len)
        *len = t ? nnrt_tensor_len(t) : 0;
    return t ? m->ws + t->offset : NULL;
}

const float *nnrt_grad(const nnrt_model *m, const char *name, size_t *len)
{
    const nnrt_tensor *t = m ? nnrt__find(m->desc, name, 1u << NNRT_PARAM) : NULL;
    if (t && t->grad >= 0) {
        const nnrt_tensor *g = &m->desc->tensors[t->grad];
        if (len)
            *len = nnrt_tensor_len(g);
        return m->ws + g->offset;
    }
    if (len)
        *len = 0;
    return NULL;
}

/* ---- the learning rate at run time -------------------------------------- */

float nnrt_get_lr(const nnrt_model *m)
{
    size_t len = 0;
    const float *p = m ? nnrt_param((nnrt_model *)m, "train.lr", &len) : NULL;
    return p && len == 1 ? p[0] : NAN;
}

double nnrt_schedule_lr(const nnrt_model_desc *d, double base, uint32_t epoch)
{
    switch (d->schedule) {
    case NNRT_SCHED_STEP:
        return base * pow(d->gamma, (double)(epoch / (d->step_size ? d->step_size : 1)));
    case NNRT_SCHED_EXPONENTIAL:
        return base * pow(d->gamma, (double)epoch);
    case NNRT_SCHED_COSINE: {
        uint32_t t = d->t_max ? d->t_max : d->epochs ? d->epochs : 1;
        return d->eta_min + (base - d->eta_min) * (1 + cos(3.14159265358979323846 * (double)epoch / (double)t)) / 2;
    }
    default:
        return base;
    }
}

int nnrt_set_lr(nnrt_model *m, float lr)
{
    int err = check_model(m, "set_lr", 1);
    if (err)
        return err;
    if (!isfinite(lr) || lr <= 0.0f)
        return nnrt__fail(NNRT_EARG, "set_lr: the learning rate must be a positive number, got %g", (double)lr);
    size_t len;
    float *p = nnrt_param(m, "train.lr", &len);
    if (!p)
        return nnrt__fail(NNRT_EARG, "set_lr: model '%s' has no train.lr tensor: its learning rate is a "
                          "constant in the generated update step; regenerate the code with an nnc that "
                          "keeps the rate in the workspace to change it at run time", m->desc->name);
    for (size_t i = 0; i < len; i++)
        p[i] = lr;
    return NNRT_OK;
}

/* ---- preprocessing -------------------------------------------------------- */

const float *nnrt__prep(nnrt_model *m, const float *x, size_t n)
{
    return nnrt__prep_into(m, x, n, m->prep_x);
}

const float *nnrt__prep_into(const nnrt_model *m, const float *x, size_t n, float *out)
{
    const nnrt_model_desc *d = m->desc;
    if (!d->prep)
        return x;
    size_t in = d->input_size, per = d->prep_group;
    for (size_t r = 0; r < n; r++)
        for (size_t g = 0; g < d->prep_groups; g++) {
            const float *src = x + r * in + g * per;
            float *dst = out + r * in + g * per;
            float mu = m->prep_mean[g], sd = m->prep_std[g];
            for (size_t k = 0; k < per; k++)
                dst[k] = (src[k] - mu) / sd;
        }
    return out;
}

int nnrt__adapt_rows(nnrt_model *m, const float *x, const size_t *rows, size_t nrows)
{
    const nnrt_model_desc *d = m->desc;
    size_t in = d->input_size, per = d->prep_group;
    double count = (double)nrows * (double)per;
    for (size_t g = 0; g < d->prep_groups; g++) {
        /* two passes in double, as nnrt_dataset_stats */
        double s = 0, q = 0;
        for (size_t r = 0; r < nrows; r++) {
            const float *v = x + (rows ? rows[r] : r) * in + g * per;
            for (size_t k = 0; k < per; k++)
                s += v[k];
        }
        double mu = s / count;
        for (size_t r = 0; r < nrows; r++) {
            const float *v = x + (rows ? rows[r] : r) * in + g * per;
            for (size_t k = 0; k < per; k++)
                q += (v[k] - mu) * (v[k] - mu);
        }
        double sd = sqrt(q / count);
        m->prep_mean[g] = (float)mu;
        m->prep_std[g] = sd > 1e-8 ? (float)sd : 1.0f;
    }
    m->adapted = 1;
    return NNRT_OK;
}

int nnrt_adapt(nnrt_model *m, const float *x, size_t n)
{
    int err = check_model(m, "adapt", 0);
    if (err)
        return err;
    if (!m->desc->prep_adapt)
        return nnrt__fail(NNRT_EARG, "adapt: model '%s' does not standardize its input", m->desc->name);
    if (!x || n == 0)
        return nnrt__fail(NNRT_EARG, "adapt: %s", x ? "n = 0" : "NULL x");
    if ((err = check_n_fits(m->desc, n, "adapt")))
        return err;
    for (size_t i = 0; i < n * m->desc->input_size; i++)
        if (!isfinite(x[i]))
            return nnrt__fail(NNRT_EDATA, "adapt: row %zu, input %zu is %g", i / m->desc->input_size,
                              i % m->desc->input_size, (double)x[i]);
    return nnrt__adapt_rows(m, x, NULL, n);
}

/* ---- contexts: predictions from many threads ------------------------------ */

struct nnrt_ctx {
    const nnrt_model *m;
    float *ws;         /* this context's workspace (its parameter region unused) */
    float *prep_x;     /* a batch of preprocessed inputs, or NULL */
};

nnrt_ctx *nnrt_ctx_create(const nnrt_model *m)
{
    if (check_model(m, "ctx_create", 0) != NNRT_OK)
        return NULL;
    const nnrt_model_desc *d = m->desc;
    size_t head = (sizeof(nnrt_ctx) + NNRT_ALIGN - 1) / NNRT_ALIGN * NNRT_ALIGN;
    size_t prep = d->prep ? d->batch_size * d->input_size : 0;
    size_t size = head + (d->workspace_floats + prep) * sizeof(float);   /* create() checked it fits */
    size = (size + NNRT_ALIGN - 1) / NNRT_ALIGN * NNRT_ALIGN;
    unsigned char *block = aligned_alloc(NNRT_ALIGN, size);
    if (!block) {
        nnrt__fail(NNRT_ENOMEM, "model '%s': no memory for a context of %zu bytes", d->name, size);
        return NULL;
    }
    memset(block, 0, size);
    nnrt_ctx *c = (nnrt_ctx *)block;
    c->m = m;
    c->ws = (float *)(block + head);
    c->prep_x = d->prep ? c->ws + d->workspace_floats : NULL;
    return c;
}

void nnrt_ctx_destroy(nnrt_ctx *c) { free(c); }

int nnrt_ctx_predict(nnrt_ctx *c, const float *x, float *y, size_t n)
{
    if (!c)
        return nnrt__fail(NNRT_EARG, "ctx_predict: NULL context");
    const nnrt_model_desc *d = c->m->desc;
    if (n == 0)
        return NNRT_OK;
    if (!x || !y)
        return nnrt__fail(NNRT_EARG, "ctx_predict: NULL %s", x ? "y" : "x");
    int err = check_n_fits(d, n, "ctx_predict");
    if (err)
        return err;
    for (size_t i = 0; i < n; i += d->batch_size) {
        size_t nb = n - i < d->batch_size ? n - i : d->batch_size;
        /* the model's parameters are only read: pw is const in spirit */
        d->forward(c->ws, c->m->ws, nnrt__prep_into(c->m, x + i * d->input_size, nb, c->prep_x),
                   y + i * d->output_size, nb);
    }
    return NNRT_OK;
}
