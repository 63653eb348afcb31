/*
 * comm.c - the communication seam: the one-process communicator that is
 * always there, the NULL-means-self wrappers, and what is built on the
 * collectives alone (the model's broadcast from rank 0, the check that
 * every replica holds the same weights).
 *
 * libnnrt_mpi (runtime/mpi/) fills an nnrt_comm with MPI's collectives;
 * nothing here knows MPI, so a program that trains on one process links
 * neither mpi.h's library nor libnnrt_mpi.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nnrt_internal.h"

/* ---- one process: every collective leaves the data as it is ---------- */

static int self_allreduce(nnrt_comm *c, void *buf, size_t count, int type, int op)
{
    (void)c, (void)buf, (void)count, (void)type, (void)op;
    return NNRT_OK;
}

static int self_bcast(nnrt_comm *c, void *buf, size_t bytes, int root)
{
    (void)c, (void)buf, (void)bytes, (void)root;
    return NNRT_OK;
}

static int self_barrier(nnrt_comm *c)
{
    (void)c;
    return NNRT_OK;
}

static int self_alltoallv(nnrt_comm *c, const float *send, const size_t *scounts, const size_t *sdispls,
                          float *recv, const size_t *rcounts, const size_t *rdispls)
{
    (void)c, (void)rcounts;
    if (recv + rdispls[0] != send + sdispls[0])
        memmove(recv + rdispls[0], send + sdispls[0], scounts[0] * sizeof *send);
    return NNRT_OK;
}

static int self_allgatherv(nnrt_comm *c, float *buf, const size_t *counts, const size_t *displs)
{
    (void)c, (void)buf, (void)counts, (void)displs;
    return NNRT_OK;
}

static void self_abort(nnrt_comm *c, int status)
{
    (void)c;
    exit(status);
}

static double self_wtime(nnrt_comm *c)
{
    (void)c;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static nnrt_comm self = {
    .rank = 0, .size = 1, .name = "self", .impl = NULL,
    .allreduce = self_allreduce, .bcast = self_bcast, .barrier = self_barrier,
    .alltoallv = self_alltoallv, .allgatherv = self_allgatherv, .abort = self_abort,
    .wtime = self_wtime,
};

nnrt_comm *nnrt_comm_self(void) { return &self; }

/* ---- the wrappers -------------------------------------------------------- */

int nnrt_comm_rank(const nnrt_comm *c) { return c ? c->rank : 0; }
int nnrt_comm_size(const nnrt_comm *c) { return c ? c->size : 1; }

int nnrt_allreduce(nnrt_comm *c, void *buf, size_t count, int type, int op)
{
    c = c ? c : &self;
    return count ? c->allreduce(c, buf, count, type, op) : NNRT_OK;
}

int nnrt_bcast(nnrt_comm *c, void *buf, size_t bytes, int root)
{
    c = c ? c : &self;
    return bytes ? c->bcast(c, buf, bytes, root) : NNRT_OK;
}

int nnrt_barrier(nnrt_comm *c)
{
    c = c ? c : &self;
    return c->barrier(c);
}

void nnrt_abort(nnrt_comm *c, int status)
{
    c = c ? c : &self;
    c->abort(c, status);
}

double nnrt_comm_wtime(nnrt_comm *c)
{
    c = c && c->wtime ? c : &self;
    return c->wtime(c);
}

int nnrt__agree(nnrt_comm *c, int err, const char *what)
{
    int size = nnrt_comm_size(c);
    if (size == 1)
        return err;
    int64_t who = err ? nnrt_comm_rank(c) + 1 : 0;   /* the highest rank that failed, plus one */
    if (nnrt_allreduce(c, &who, 1, NNRT_T_I64, NNRT_OP_MAX))
        return nnrt__fail(NNRT_ECOMM, "%s: a collective failed", what);
    if (!err && who)
        err = nnrt__fail(NNRT_ECOMM, "%s: process %d of %d failed", what, (int)who - 1, size);
    return err;
}

/* ---- the model across processes ------------------------------------------ */

/* What a replica keeps between steps: the parameters and the optimizer
 * state.  nnc plans them first, gradients and scratch after them
 * (docs/design-backend.md, the plan), so they are one span [0, end);
 * *span is 0 for a descriptor that interleaves them (then tensor by
 * tensor). */
static size_t kept_end(const nnrt_model_desc *d, int *span)
{
    size_t end = 0;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind != NNRT_GRAD && t->offset + nnrt_tensor_len(t) > end)
            end = t->offset + nnrt_tensor_len(t);
    }
    *span = end <= d->grad_offset;
    return end;
}

int nnrt_sync_model(nnrt_comm *c, nnrt_model *m)
{
    if (!m || !m->desc)
        return nnrt__fail(NNRT_EARG, "sync_model: NULL model");
    if (nnrt_comm_size(c) == 1)
        return NNRT_OK;
    const nnrt_model_desc *d = m->desc;
    uint64_t head[3] = {m->rng.state, m->rng.inc, m->epoch};
    int span, err = nnrt_bcast(c, head, sizeof head, 0);
    size_t end = kept_end(d, &span);
    if (span && !err)
        err = nnrt_bcast(c, m->ws, end * sizeof(float), 0);
    for (size_t i = 0; !span && !err && i < d->ntensors; i++)
        if (d->tensors[i].kind != NNRT_GRAD)
            err = nnrt_bcast(c, m->ws + d->tensors[i].offset, nnrt_tensor_len(&d->tensors[i]) * sizeof(float), 0);
    if (err)
        return nnrt__fail(NNRT_ECOMM, "sync_model: the broadcast from rank 0 failed");
    m->rng.state = head[0];
    m->rng.inc = head[1];
    m->epoch = (uint32_t)head[2];
    return NNRT_OK;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ULL;
    return h;
}

/* FNV-1a over the bytes of the weights, the state and the generator.
 * Batch norm's running statistics (NNRT_BUFFER) are left out: each rank
 * normalises with its own share's statistics (no synchronised batch
 * norm yet, docs/distributed.md), so they differ between ranks. */
static uint64_t model_checksum(const nnrt_model *m)
{
    const nnrt_model_desc *d = m->desc;
    uint64_t h = 1469598103934665603ULL;
    int span;
    size_t end = kept_end(d, &span);
    for (size_t i = 0; i < d->ntensors; i++)
        span &= d->tensors[i].kind != NNRT_BUFFER;
    if (span)
        h = fnv(h, m->ws, end * sizeof(float));
    for (size_t i = 0; !span && i < d->ntensors; i++)
        if (d->tensors[i].kind != NNRT_GRAD && d->tensors[i].kind != NNRT_BUFFER)
            h = fnv(h, m->ws + d->tensors[i].offset, nnrt_tensor_len(&d->tensors[i]) * sizeof(float));
    uint64_t tail[2] = {m->rng.state, m->epoch};
    return fnv(h, tail, sizeof tail);
}

int nnrt_check_replicas(nnrt_comm *c, const nnrt_model *m)
{
    if (!m || !m->desc)
        return nnrt__fail(NNRT_EARG, "check_replicas: NULL model");
    int size = nnrt_comm_size(c);
    if (size == 1)
        return NNRT_OK;
    uint64_t sum = model_checksum(m), lo = sum, hi = sum;
    if (nnrt_allreduce(c, &lo, 1, NNRT_T_U64, NNRT_OP_MIN) || nnrt_allreduce(c, &hi, 1, NNRT_T_U64, NNRT_OP_MAX))
        return nnrt__fail(NNRT_ECOMM, "check_replicas: the reduction failed");
    if (lo == hi)
        return NNRT_OK;
    /* they differ: every rank's checksum, to say which */
    uint64_t *all = calloc((size_t)size, sizeof *all);
    if (!all)
        return nnrt__fail(NNRT_ECOMM, "the processes hold different weights (and no memory to say which)");
    all[nnrt_comm_rank(c)] = sum;
    int err = nnrt_allreduce(c, all, (size_t)size, NNRT_T_U64, NNRT_OP_MAX);
    char list[256] = "";
    size_t len = 0, differ = 0;
    for (int r = 1; r < size && !err; r++)
        if (all[r] != all[0]) {
            differ++;
            if (len < sizeof list - 16)
                len += (size_t)snprintf(list + len, sizeof list - len, "%s%d", len ? ", " : "", r);
        }
    free(all);
    return nnrt__fail(NNRT_ECOMM, "the replicas drifted apart: %zu of %d processes (rank %s) hold other weights "
                      "than rank 0", differ, size, list);
}
