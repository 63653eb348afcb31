/*
 * profile.c - the counters of `nnc --profile` and their table.
 *
 * Generated C built with --profile brackets each graph op's loops with
 * nnrt_prof_now() and nnrt_prof_add(); this file keeps no state of its
 * own: the counters are the model's NAME_profile.
 */
#define _POSIX_C_SOURCE 200809L
#include "nnrt.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

double nnrt_prof_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void nnrt_prof_add(nnrt_profile *p, size_t i, double t0, size_t rows)
{
    if (!p || i >= p->nops)
        return;
    p->seconds[i] += nnrt_prof_now() - t0;
    p->rows[i] += (double)rows;
    p->calls[i]++;
}

void nnrt_profile_reset(nnrt_profile *p)
{
    if (!p)
        return;
    memset(p->seconds, 0, sizeof *p->seconds * p->nops);
    memset(p->rows, 0, sizeof *p->rows * p->nops);
    memset(p->calls, 0, sizeof *p->calls * p->nops);
}

void nnrt_profile_print(const nnrt_profile *p, FILE *f)
{
    if (!p || !f)
        return;
    size_t *order = malloc(sizeof *order * (p->nops ? p->nops : 1));
    if (!order)
        return;
    double total = 0;
    for (size_t i = 0; i < p->nops; i++) {
        order[i] = i;
        total += p->seconds[i];
    }
    for (size_t i = 1; i < p->nops; i++)   /* the slowest first (a few dozen ops: insertion) */
        for (size_t j = i; j > 0 && p->seconds[order[j]] > p->seconds[order[j - 1]]; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    fprintf(f, "profile: %.3f s in the generated code's ops\n", total);
    fprintf(f, "%6s %9s %10s %8s  %-28s %s\n", "share", "calls", "ms/call", "GFLOP/s", "where", "op");
    for (size_t j = 0; j < p->nops; j++) {
        size_t i = order[j];
        if (!p->calls[i])
            continue;
        char gf[32] = "";
        if (p->flops[i] > 0 && p->seconds[i] > 0)
            snprintf(gf, sizeof gf, "%.1f", p->flops[i] * p->rows[i] / p->seconds[i] * 1e-9);
        fprintf(f, "%5.1f%% %9lu %10.4f %8s  %-28s %s\n", total > 0 ? 100.0 * p->seconds[i] / total : 0.0,
                p->calls[i], 1e3 * p->seconds[i] / (double)p->calls[i], gf, p->where[i], p->ops[i]);
    }
    free(order);
}
