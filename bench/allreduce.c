/*
 * allreduce.c - the gradient allreduce of data-parallel training, timed
 * against message size (make bench, the mpi case; docs/distributed.md).
 *
 *     mpirun -np N allreduce [MAX_FLOATS]
 *
 * Through libnnrt's seam (nnrt_allreduce of floats, sum, in place: what
 * dist.c calls between the gradient and the update steps) for 1, 4, 16,
 * ... floats up to MAX_FLOATS (default 4 Mi floats, 16 MB).  Each size
 * runs for about 0.2 s after a warm-up, with a barrier before every
 * call, so a call's time is the collective's and not the wait for a late
 * process; rank 0 prints one JSON line per size with the median and the
 * minimum of the calls' times (the slowest process's, by an allreduce of
 * the max).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nnrt_mpi.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

enum { MAX_CALLS = 2000 };

int main(int argc, char **argv)
{
    nnrt_comm *c = nnrt_mpi_init(&argc, &argv);
    if (!c)
        return 1;
    size_t max = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : (size_t)4 << 20;
    float *buf = malloc(max * sizeof *buf);
    double *t = malloc(MAX_CALLS * sizeof *t);
    if (!buf || !t) {
        fprintf(stderr, "allreduce: no memory for %zu floats\n", max);
        nnrt_abort(c, 1);
    }
    for (size_t i = 0; i < max; i++)
        buf[i] = 1.0f / (float)(1 + i % 97);
    int rank = nnrt_comm_rank(c), size = nnrt_comm_size(c);
    for (size_t n = 1; n <= max; n *= 4) {
        for (int w = 0; w < 3; w++)
            nnrt_allreduce(c, buf, n, NNRT_T_F32, NNRT_OP_SUM);
        int calls = 0;
        double start = now(), go = 1.0;
        while (go > 0.0 && calls < MAX_CALLS) {
            nnrt_barrier(c);
            double t0 = now();
            nnrt_allreduce(c, buf, n, NNRT_T_F32, NNRT_OP_SUM);
            double dt = now() - t0;
            nnrt_allreduce(c, &dt, 1, NNRT_T_F64, NNRT_OP_MAX);
            t[calls++] = dt;
            /* rank 0's clock decides when the size is done, for everyone */
            go = rank == 0 && (now() - start < 0.2 || calls < 5) ? 1.0 : 0.0;
            nnrt_bcast(c, &go, sizeof go, 0);
        }
        qsort(t, (size_t)calls, sizeof *t, cmp_double);
        if (rank == 0)
            printf("{\"bench\": \"allreduce\", \"processes\": %d, \"bytes\": %zu, \"calls\": %d, "
                   "\"median_s\": %.9g, \"min_s\": %.9g}\n",
                   size, n * sizeof(float), calls, t[calls / 2], t[0]);
        fflush(stdout);
    }
    free(buf);
    free(t);
    nnrt_mpi_finalize(c);
    return 0;
}
