/*
 * dist.c - data-parallel training steps and evaluation over a
 * communicator (docs/distributed.md).
 *
 * Every process holds the whole data set and the same model, and walks
 * the same shuffled order (the order is a function of the seed and the
 * epoch only).  A step's global batch is split among the processes; each
 * computes the gradient of its share, the shares' gradients are summed,
 * and every process applies the same update.
 *
 * Default mode: process r of N takes rows [nb*r/N, nb*(r+1)/N) of the nb
 * rows, its gradient (the mean over its rows) is scaled by n_r/nb and
 * MPI_Allreduce sums them: the gradient of the whole batch, to float
 * rounding.
 *
 * Deterministic mode: the batch is cut into S parts (S does not depend
 * on N), rows [nb*c/S, nb*(c+1)/S) for part c, and process r computes
 * the gradients of parts [S*r/N, S*(r+1)/N), one grad_step each.  The
 * sum of the parts is done in a fixed order with MPI only moving data:
 * the gradient is cut into N pieces, an alltoall gives process q piece q
 * of every part, q sums them in part order (each scaled by its share of
 * the batch), and an allgather gives everyone every piece.  Each float
 * of the result is the same expression of the same numbers for every N:
 * the weights are the same bits on 1, 2, 3 or 4 processes.
 *
 * Dropout: a grad_step on a share draws exactly the mask values the
 * whole batch would give those rows, and leaves the generator where the
 * whole batch would (nnrt_rng's share fields, rng.c); a process with no
 * rows in a step runs one row for the generator's sake and contributes
 * nothing.  So the masks do not depend on N either.
 *
 * A step's small numbers (its loss times rows, right answers, and
 * whether any process was asked to stop) are one allreduce of doubles in
 * which each slot has one contributor and zeros elsewhere: exact, so
 * every process sees the same loss and takes the same decision (stop,
 * diverged, update).  Validation works the same way: the batches are
 * divided among the processes, and each batch's loss and count are
 * summed in batch order, as one process sums them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt_internal.h"

enum { DEFAULT_SHARDS = 8 };


/* first of the `parts` equal shares of n, share i: n*i/parts */
static size_t cut(size_t n, size_t i, size_t parts) { return (size_t)((unsigned long long)n * i / parts); }

int nnrt__dist_init(nnrt__dist *D, const nnrt_model_desc *d, nnrt_comm *c, int det, uint32_t shards,
                    size_t eval_rows)
{
    memset(D, 0, sizeof *D);
    D->c = c ? c : nnrt_comm_self();
    D->rank = D->c->rank;
    D->size = D->c->size;
    D->det = det;
    /* the default: 8 parts, or one a row for a smaller batch */
    D->shards = !det ? 1 : shards ? shards : d->batch_size < DEFAULT_SHARDS ? d->batch_size : DEFAULT_SHARDS;
    D->G = d->grad_count;
    if (D->size < 1 || D->rank < 0 || D->rank >= D->size)
        return nnrt__fail(NNRT_EARG, "fit: rank %d of %d processes", D->rank, D->size);
    if (det && D->shards > d->batch_size)
        return nnrt__fail(NNRT_EARG, "fit: deterministic mode with %zu shards: at most batch_size (%zu)",
                          D->shards, d->batch_size);
    size_t N = (size_t)D->size, S = D->shards, r = (size_t)D->rank;
    D->c_lo = cut(S, r, N);
    D->c_hi = cut(S, r + 1, N);
    size_t k = D->c_hi - D->c_lo;
    D->pcount = calloc(6 * N + S, sizeof *D->pcount);
    size_t nbat = (eval_rows + d->batch_size - 1) / d->batch_size;
    D->nslots = 2 * (S > N ? S : N) + 1 > 2 * nbat ? 2 * (S > N ? S : N) + 1 : 2 * nbat;
    D->slots = calloc(D->nslots, sizeof *D->slots);
    if (!D->pcount || !D->slots)
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for %zu processes", N);
    D->pdispl = D->pcount + N;
    D->scount = D->pcount + 2 * N;
    D->sdispl = D->pcount + 3 * N;
    D->rcount = D->pcount + 4 * N;
    D->rdispl = D->pcount + 5 * N;
    D->part_rows = D->pcount + 6 * N;
    for (size_t q = 0; q < N; q++) {
        D->pdispl[q] = cut(D->G, q, N);
        D->pcount[q] = cut(D->G, q + 1, N) - D->pdispl[q];
    }
    if (!det)
        return NNRT_OK;
    size_t mine = D->pcount[r];
    for (size_t q = 0; q < N; q++) {
        size_t lo = cut(S, q, N), hi = cut(S, q + 1, N);
        D->scount[q] = k * D->pcount[q];
        D->sdispl[q] = k * D->pdispl[q];
        D->rcount[q] = (hi - lo) * mine;
        D->rdispl[q] = lo * mine;
    }
    /* one process receives its own parts: no second buffer */
    size_t send = k * D->G, recv = N == 1 ? 0 : S * mine;
    if (send > SIZE_MAX / sizeof(float) - recv)
        return nnrt__fail(NNRT_ENOMEM, "fit: %zu shards of %zu gradients are too many", S, D->G);
    D->send = malloc((send + recv ? send + recv : 1) * sizeof *D->send);
    if (!D->send)
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for the gradients of %zu shards (%zu floats)", k, send + recv);
    D->recv = N == 1 ? D->send : D->send + send;
    return NNRT_OK;
}

void nnrt__dist_free(nnrt__dist *D)
{
    free(D->pcount);
    free(D->slots);
    free(D->send);
    memset(D, 0, sizeof *D);
}

/* rows[first .. first+n) of the data set into xb and tb */
static void gather(const nnrt_dataset *tr, const size_t *rows, size_t first, size_t n, float *xb, float *tb)
{
    size_t in = tr->input_size, tw = tr->target_size;
    for (size_t j = 0; j < n; j++) {
        size_t r = rows[first + j];
        memcpy(xb + j * in, tr->x + r * in, in * sizeof(float));
        memcpy(tb + j * tw, tr->t + r * tw, tw * sizeof(float));
    }
}

/* grad_step on rows [row0, row0+n) of an nb-row batch, the generator
 * starting where the step starts; *after gets where it ends */
static float share_step(nnrt_model *m, const nnrt_rng *start, size_t row0, size_t n, size_t nb,
                        const float *xb, const float *tb, float *correct, nnrt_rng *after)
{
    m->rng = *start;
    m->rng.share_row = row0;
    m->rng.share_rows = n;
    m->rng.batch_rows = nb;
    float l = m->desc->grad_step(m->ws, &m->rng, xb, tb, n, correct);
    *after = m->rng;
    after->share_row = after->share_rows = after->batch_rows = 0;
    return l;
}

/* A process without rows in this step: its generator moves on as the
 * others' do (one row run for that), and it contributes nothing. */
static void idle_step(nnrt_model *m, const nnrt_dataset *tr, const size_t *rows, size_t nb, float *xb, float *tb,
                      const nnrt_rng *start, nnrt_rng *after)
{
    float c = 0.0f;
    gather(tr, rows, 0, 1, xb, tb);
    (void)share_step(m, start, 0, 1, nb, xb, tb, &c, after);
}

static int fail_comm(const char *what)
{
    return nnrt__fail(NNRT_ECOMM, "fit: %s failed (another process failed?)", what);
}

/* The step's small numbers, one exact allreduce: slots[0 .. nslots) */
static int reduce_slots(nnrt__dist *D, size_t n)
{
    return nnrt_allreduce(D->c, D->slots, n, NNRT_T_F64, NNRT_OP_SUM) ? fail_comm("the step's loss reduction")
                                                                      : NNRT_OK;
}

static int default_step(nnrt__dist *D, nnrt_model *m, const nnrt_dataset *tr, const size_t *rows, size_t nb,
                        float *xb, float *tb, int stop, double *loss_sum, double *correct, int *stopped)
{
    const nnrt_model_desc *d = m->desc;
    size_t N = (size_t)D->size, r = (size_t)D->rank;
    size_t a = cut(nb, r, N), n = cut(nb, r + 1, N) - a;
    float *g = m->ws + d->grad_offset;
    nnrt_rng start = m->rng, after;
    /* a slot a process: the sums below are made in rank order, the same on every process */
    memset(D->slots, 0, (2 * N + 1) * sizeof *D->slots);
    if (n) {
        float c = 0.0f;
        gather(tr, rows, a, n, xb, tb);
        float l = share_step(m, &start, a, n, nb, xb, tb, &c, &after);
        D->slots[r] = (double)l * (double)n;
        D->slots[N + r] = c;
    } else {
        idle_step(m, tr, rows, nb, xb, tb, &start, &after);
        memset(g, 0, D->G * sizeof *g);
    }
    m->rng = after;
    D->slots[2 * N] = stop ? 1.0 : 0.0;
    int err = reduce_slots(D, 2 * N + 1);
    if (err)
        return err;
    double l = 0.0, right = 0.0;
    for (size_t q = 0; q < N; q++) {
        l += D->slots[q];
        right += D->slots[N + q];
    }
    *loss_sum = l;
    *correct = right;
    *stopped = D->slots[2 * N] > 0;
    if (*stopped || !isfinite(*loss_sum))
        return NNRT_OK;
    if (n && n != nb) {   /* the mean over n rows, as a share of the mean over nb */
        float s = (float)((double)n / (double)nb);
        for (size_t i = 0; i < D->G; i++)
            g[i] *= s;
    }
    double t0 = nnrt_comm_wtime(D->c);
    if (nnrt_allreduce(D->c, g, D->G, NNRT_T_F32, NNRT_OP_SUM))
        return fail_comm("the gradient allreduce");
    D->reduce_seconds += nnrt_comm_wtime(D->c) - t0;
    d->update_step(m->ws);
    return NNRT_OK;
}

/* dst = sum over the parts c with rows, in part order, of scale_c * part_c */
static void ordered_sum(float *dst, const float *parts, size_t len, const size_t *part_rows, size_t S, size_t nb)
{
    int first = 1;
    for (size_t c = 0; c < S; c++) {
        if (!part_rows[c])
            continue;
        const float *p = parts + c * len;
        float s = (float)((double)part_rows[c] / (double)nb);
        if (first)
            for (size_t i = 0; i < len; i++)
                dst[i] = s * p[i];
        else
            for (size_t i = 0; i < len; i++)
                dst[i] += s * p[i];
        first = 0;
    }
}

static int det_step(nnrt__dist *D, nnrt_model *m, const nnrt_dataset *tr, const size_t *rows, size_t nb,
                    float *xb, float *tb, int stop, double *loss_sum, double *correct, int *stopped)
{
    const nnrt_model_desc *d = m->desc;
    size_t N = (size_t)D->size, r = (size_t)D->rank, S = D->shards;
    float *g = m->ws + d->grad_offset;
    size_t *prow = D->part_rows;
    for (size_t c = 0; c < S; c++)
        prow[c] = cut(nb, c + 1, S) - cut(nb, c, S);
    nnrt_rng start = m->rng, after = start;
    int ran = 0;
    memset(D->slots, 0, (2 * S + 1) * sizeof *D->slots);
    for (size_t c = D->c_lo; c < D->c_hi; c++) {
        size_t j = c - D->c_lo, n = prow[c];
        if (!n) {   /* nothing of this part is summed: its place still goes out */
            for (size_t q = 0; q < N; q++)
                memset(D->send + D->sdispl[q] + j * D->pcount[q], 0, D->pcount[q] * sizeof *D->send);
            continue;
        }
        float cr = 0.0f;
        gather(tr, rows, cut(nb, c, S), n, xb, tb);
        float l = share_step(m, &start, cut(nb, c, S), n, nb, xb, tb, &cr, &after);
        ran = 1;
        D->slots[c] = (double)l * (double)n;
        D->slots[S + c] = cr;
        for (size_t q = 0; q < N; q++)
            memcpy(D->send + D->sdispl[q] + j * D->pcount[q], g + D->pdispl[q], D->pcount[q] * sizeof *g);
    }
    if (!ran)
        idle_step(m, tr, rows, nb, xb, tb, &start, &after);
    m->rng = after;
    D->slots[2 * S] = stop ? 1.0 : 0.0;
    int err = reduce_slots(D, 2 * S + 1);
    if (err)
        return err;
    double l = 0.0, c = 0.0;
    for (size_t k = 0; k < S; k++) {
        l += D->slots[k];
        c += D->slots[S + k];
    }
    *loss_sum = l;
    *correct = c;
    *stopped = D->slots[2 * S] > 0;
    if (*stopped || !isfinite(l))
        return NNRT_OK;
    double t0 = nnrt_comm_wtime(D->c);
    if (N > 1 && D->c->alltoallv(D->c, D->send, D->scount, D->sdispl, D->recv, D->rcount, D->rdispl))
        return fail_comm("the gradients' alltoall");
    ordered_sum(g + D->pdispl[r], D->recv, D->pcount[r], prow, S, nb);
    if (N > 1 && D->c->allgatherv(D->c, g, D->pcount, D->pdispl))
        return fail_comm("the gradients' allgather");
    D->reduce_seconds += nnrt_comm_wtime(D->c) - t0;
    d->update_step(m->ws);
    return NNRT_OK;
}

int nnrt__dist_step(nnrt__dist *D, nnrt_model *m, const nnrt_dataset *tr, const size_t *rows, size_t nb,
                    float *xb, float *tb, int stop, double *loss_sum, double *correct, int *stopped)
{
    return D->det ? det_step(D, m, tr, rows, nb, xb, tb, stop, loss_sum, correct, stopped)
                  : default_step(D, m, tr, rows, nb, xb, tb, stop, loss_sum, correct, stopped);
}

int nnrt__dist_eval(nnrt__dist *D, nnrt_model *m, const float *x, const float *t, size_t n, float *loss,
                    float *accuracy)
{
    const nnrt_model_desc *d = m->desc;
    size_t B = d->batch_size, nbat = (n + B - 1) / B, N = (size_t)D->size, r = (size_t)D->rank;
    size_t w = d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size;
    if (2 * nbat > D->nslots)
        return nnrt__fail(NNRT_EARG, "fit: %zu validation rows, more than set up for", n);
    memset(D->slots, 0, 2 * nbat * sizeof *D->slots);
    for (size_t b = cut(nbat, r, N); b < cut(nbat, r + 1, N); b++) {
        size_t i = b * B, nb = n - i < B ? n - i : B;
        float c = 0.0f;
        D->slots[b] = (double)d->eval_batch(m->ws, x + i * d->input_size, t + i * w, nb, &c) * (double)nb;
        D->slots[nbat + b] = c;
    }
    if (nnrt_allreduce(D->c, D->slots, 2 * nbat, NNRT_T_F64, NNRT_OP_SUM))
        return fail_comm("the validation reduction");
    double total = 0.0, correct = 0.0;   /* in batch order, as nnrt__eval_rows sums */
    for (size_t b = 0; b < nbat; b++) {
        total += D->slots[b];
        correct += D->slots[nbat + b];
    }
    *loss = (float)(total / (double)n);
    *accuracy = nnrt__accuracy(d, correct, n);
    return NNRT_OK;
}
