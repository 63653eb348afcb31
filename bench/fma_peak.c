/*
 * fma_peak.c - one core's fused multiply-add peak, the ceiling beside
 * which make bench prints each convolution product's GFLOP/s (issue 19).
 *
 *   cc -O2 -march=native bench/fma_peak.c -o fma_peak && ./fma_peak [SECONDS]
 *
 * Twelve independent accumulators of 16 floats (one AVX-512 register
 * each; on narrower targets the compiler splits them), each acc = acc * m
 * + a per step: more chains than the FMA latency times the FMA ports, so
 * the loop runs at the ports' rate.  Prints one JSON line (metric gflops,
 * 2 FLOPs per lane per FMA), as bench_gen.c's.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* acc * m + a as one fused multiply-add (ISO C modes leave it off) */
#if defined(__clang__)
#pragma clang fp contract(fast)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=fast")
#endif

typedef float vf __attribute__((vector_size(64)));
enum { CHAINS = 12, LANES = 16 };

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* steps rounds of one FMA on each chain; m and a near 1 and 0 keep the
 * values finite for any number of rounds */
static float run(long steps, float m, float a)
{
    vf acc[CHAINS], vm, va;
    for (int l = 0; l < LANES; l++) {
        vm[l] = m;
        va[l] = a;
    }
    for (int c = 0; c < CHAINS; c++)
        for (int l = 0; l < LANES; l++)
            acc[c][l] = (float)(c + l) * 1e-3f;
    for (long s = 0; s < steps; s++) {
#pragma GCC unroll 12
        for (int c = 0; c < CHAINS; c++)
            acc[c] = acc[c] * vm + va;
    }
    float sum = 0;
    for (int c = 0; c < CHAINS; c++)
        for (int l = 0; l < LANES; l++)
            sum += acc[c][l];
    return sum;
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 0.5;
    long steps = 1000000;
    float sink = run(steps / 10, 0.999999f, 1e-7f);    /* warm up, and the clock up */
    double best = 0;
    for (double t_end = now() + seconds; now() < t_end;) {
        double t0 = now();
        sink += run(steps, 0.999999f, 1e-7f);
        double gf = 2.0 * CHAINS * LANES * (double)steps / (now() - t0) * 1e-9;
        best = gf > best ? gf : best;
    }
    printf("{\"case\": \"fma_peak\", \"impl\": \"c\", \"metric\": \"gflops\", \"value\": %.6g, "
           "\"chains\": %d, \"lanes\": %d, \"check\": %g}\n", best, CHAINS, LANES, (double)sink);
    return 0;
}
