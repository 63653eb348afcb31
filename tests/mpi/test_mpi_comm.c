/*
 * test_mpi_comm.c - libnnrt_mpi's communicator under mpirun (any number
 * of processes, 3 in ctest): every collective of the seam against what
 * it must give, the model broadcast from rank 0, the replica check naming
 * the rank that drifted, and a failure on one process ending every one's
 * run with its rank (docs/distributed.md).
 *
 * Each process prints its failures with its rank; the exit status is 1
 * when any process failed a check (every process knows: the last step is
 * an allreduce of the failures).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt_internal.h"
#include "nnrt_mpi.h"
#include "../unit/test_runtime_tiny.h"

TINY_MODEL(tiny, 5, 3, 4, NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE, 0.1f, 0.9f, 0.0f, 2, 0.0, 0)

static int rank, size, failures;

#define CHECK(cond, ...)                                                                                   \
    do {                                                                                                   \
        if (!(cond)) {                                                                                     \
            failures++;                                                                                    \
            fprintf(stderr, "rank %d: FAIL %s:%d: ", rank, __FILE__, __LINE__);                            \
            fprintf(stderr, __VA_ARGS__);                                                                  \
            fputc('\n', stderr);                                                                           \
        }                                                                                                  \
    } while (0)

static void collectives(nnrt_comm *c)
{
    float f[3] = {(float)(rank + 1), -(float)rank, 0.5f};
    CHECK(nnrt_allreduce(c, f, 3, NNRT_T_F32, NNRT_OP_SUM) == NNRT_OK, "allreduce f32");
    CHECK(f[0] == (float)(size * (size + 1) / 2) && f[1] == -(float)(size * (size - 1) / 2) &&
              f[2] == 0.5f * (float)size,
          "f32 sum: %g %g %g", (double)f[0], (double)f[1], (double)f[2]);
    double g[2] = {0.25 * rank, (double)rank};
    CHECK(nnrt_allreduce(c, g, 2, NNRT_T_F64, NNRT_OP_MAX) == NNRT_OK, "allreduce f64");
    CHECK(g[0] == 0.25 * (size - 1) && g[1] == size - 1, "f64 max: %g %g", g[0], g[1]);
    int64_t k[2] = {(int64_t)rank - 10, INT64_C(1) << 40};
    CHECK(nnrt_allreduce(c, k, 2, NNRT_T_I64, NNRT_OP_MIN) == NNRT_OK, "allreduce i64");
    CHECK(k[0] == -10 && k[1] == INT64_C(1) << 40, "i64 min: %lld %lld", (long long)k[0], (long long)k[1]);
    int64_t s = (INT64_C(1) << 53) + 1 + rank;   /* exact where a double would round */
    CHECK(nnrt_allreduce(c, &s, 1, NNRT_T_I64, NNRT_OP_SUM) == NNRT_OK, "allreduce i64 sum");
    CHECK(s == size * ((INT64_C(1) << 53) + 1) + size * (size - 1) / 2, "i64 sum: %lld", (long long)s);
    for (int root = 0; root < size; root += size - 1 > 0 ? size - 1 : 1) {
        char msg[32];
        snprintf(msg, sizeof msg, "from %d", rank);
        CHECK(nnrt_bcast(c, msg, sizeof msg, root) == NNRT_OK, "bcast");
        char want[32];
        snprintf(want, sizeof want, "from %d", root);
        CHECK(strcmp(msg, want) == 0, "bcast from %d gave '%s'", root, msg);
    }
    CHECK(nnrt_barrier(c) == NNRT_OK, "barrier");
}

/* the deterministic sum's data movement: an alltoallv of one float per
 * (sender, receiver) and an allgatherv of one float per process */
static void movement(nnrt_comm *c)
{
    float *send = calloc((size_t)size, sizeof *send), *recv = calloc((size_t)size, sizeof *recv);
    size_t *one = calloc(4 * (size_t)size, sizeof *one), *displ = one + size;
    for (int q = 0; q < size; q++) {
        one[q] = 1;
        displ[q] = (size_t)q;
        send[q] = (float)(100 * rank + q);   /* to q, from rank */
    }
    CHECK(c->alltoallv(c, send, one, displ, recv, one, displ) == NNRT_OK, "alltoallv");
    for (int q = 0; q < size; q++)
        CHECK(recv[q] == (float)(100 * q + rank), "alltoallv: from %d got %g", q, (double)recv[q]);
    memset(send, 0, (size_t)size * sizeof *send);
    send[rank] = (float)(7 * rank + 1);
    CHECK(c->allgatherv(c, send, one, displ) == NNRT_OK, "allgatherv");
    for (int q = 0; q < size; q++)
        CHECK(send[q] == (float)(7 * q + 1), "allgatherv: %d's piece is %g", q, (double)send[q]);
    free(send);
    free(recv);
    free(one);
}

static void replicas(nnrt_comm *c)
{
    /* every process creates its own weights; rank 0's win */
    nnrt_model *m = nnrt_model_create(&tiny, 100 + (uint64_t)rank), *ref = nnrt_model_create(&tiny, 100);
    m->epoch = (uint32_t)rank;
    CHECK(nnrt_sync_model(c, m) == NNRT_OK, "sync_model");
    CHECK(memcmp(m->ws, ref->ws, tiny.param_count * sizeof(float)) == 0, "sync_model: not rank 0's weights");
    CHECK(m->epoch == 0 && m->rng.state == ref->rng.state, "sync_model: not rank 0's epoch and generator");
    CHECK(nnrt_check_replicas(c, m) == NNRT_OK, "check_replicas after sync: %s", nnrt_last_error());
    /* the last rank drifts by one bit of one weight */
    if (size > 1 && rank == size - 1) {
        uint32_t u;
        memcpy(&u, &m->ws[2], sizeof u);
        u ^= 1u;
        memcpy(&m->ws[2], &u, sizeof u);
    }
    int err = nnrt_check_replicas(c, m);
    if (size > 1) {
        char want[64];
        snprintf(want, sizeof want, "1 of %d processes (rank %d)", size, size - 1);
        CHECK(err == NNRT_ECOMM && strstr(nnrt_last_error(), want), "drift: %d '%s'", err, nnrt_last_error());
    }
    nnrt_model_destroy(m);
    nnrt_model_destroy(ref);
}

static void agreement(nnrt_comm *c)
{
    int failing = size - 1;
    int mine = rank == failing ? nnrt__fail(NNRT_EDATA, "my own failure") : NNRT_OK;
    int err = nnrt__agree(c, mine, "reading");
    if (rank == failing)
        CHECK(err == NNRT_EDATA && strstr(nnrt_last_error(), "my own failure"), "agree: own error lost");
    else if (size > 1) {
        char want[64];
        snprintf(want, sizeof want, "reading: process %d of %d failed", failing, size);
        CHECK(err == NNRT_ECOMM && strstr(nnrt_last_error(), want), "agree: %d '%s'", err, nnrt_last_error());
    }
    CHECK(nnrt__agree(c, NNRT_OK, "nothing") == NNRT_OK, "agree when no process failed");
}

int main(int argc, char **argv)
{
    nnrt_comm *c = nnrt_mpi_init(&argc, &argv);
    if (!c)
        return 1;
    (void)tiny_data;   /* the header's helpers this test does not need */
    (void)tiny_reset_hooks;
    rank = nnrt_comm_rank(c);
    size = nnrt_comm_size(c);
    CHECK(strcmp(c->name, "mpi") == 0, "name %s", c->name);
    collectives(c);
    movement(c);
    replicas(c);
    agreement(c);
    int64_t all = failures;
    nnrt_allreduce(c, &all, 1, NNRT_T_I64, NNRT_OP_SUM);
    if (rank == 0)
        printf("%s: %d processes, %lld failures\n", all ? "FAIL" : "PASS", size, (long long)all);
    nnrt_mpi_finalize(c);
    return all ? 1 : 0;
}
