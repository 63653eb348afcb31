/*
 * predict_bench.c - NAME_predict's latency and throughput, for
 * bench/onnx_bench.py (issue 23: nnc beside ONNX Runtime).
 *
 *   cc -O3 -march=native -fno-math-errno -DBENCH_MODEL=name -DBENCH_HEADER='"name.h"' \
 *      -I OUT -I runtime bench/predict_bench.c OUT/name.c libnnrt.a -lz -lm -lpthread
 *   ./predict_bench ROWS CALLS
 *
 * Predicts ROWS random samples (weights of NAME_create(1)) CALLS times
 * after a warm-up of CALLS / 10 and prints the median seconds per call.
 * One thread: the model is built without --threads, and NNC_THREADS is
 * not read by code compiled without OpenMP.
 */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include BENCH_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define M(f) CAT(BENCH_MODEL, CAT(_, f))

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s ROWS CALLS\n", argv[0]);
        return 2;
    }
    long rows = atol(argv[1]), calls = atol(argv[2]);
    if (rows < 1 || calls < 1)
        return 2;
    float *x = malloc(sizeof *x * (size_t)rows * M(INPUT_SIZE));
    float *y = malloc(sizeof *y * (size_t)rows * M(OUTPUT_SIZE));
    double *dt = malloc(sizeof *dt * (size_t)calls);
    BENCH_MODEL *m = M(create)(1);
    if (!x || !y || !dt || !m)
        return 1;
    unsigned s = 1;
    for (long i = 0; i < rows * M(INPUT_SIZE); i++) {
        s = s * 1103515245u + 12345u;
        x[i] = (float)((s >> 8) & 0xffff) / 65536.0f;
    }
    for (long i = 0; i < calls / 10 + 1; i++)
        M(predict)(m, x, y, (size_t)rows);
    for (long i = 0; i < calls; i++) {
        double t0 = now();
        M(predict)(m, x, y, (size_t)rows);
        dt[i] = now() - t0;
    }
    qsort(dt, (size_t)calls, sizeof *dt, cmp);
    printf("%.9g\n", dt[calls / 2]);
    M(destroy)(m);
    free(x);
    free(y);
    free(dt);
    return 0;
}
