/*
 * prof_check.c - nnc --profile (tests/profile/run.sh): trains STEPS
 * batches of random data and prints a fingerprint of the weights on
 * stdout; built from C made with --profile (-DPROFILED) it also checks
 * the counters (every op of grad_step ran once a step, time and rows
 * counted) and prints the table on stderr.  The two builds' fingerprints
 * must be equal: timing the ops changes no number.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profnet.h"

enum { STEPS = 5, B = 8 };

int main(void)
{
    static float x[B * profnet_INPUT_SIZE], t[B];
    uint32_t s = 7;
    for (size_t i = 0; i < sizeof x / sizeof *x; i++) {
        s = s * 1664525u + 1013904223u;
        x[i] = (float)(s >> 8) / 16777216.0f;
    }
    for (int i = 0; i < B; i++)
        t[i] = (float)(i % profnet_OUTPUT_SIZE);
    profnet *m = profnet_create(3);
    if (!m) {
        fprintf(stderr, "prof_check: %s\n", nnrt_last_error());
        return 1;
    }
    for (int i = 0; i < STEPS; i++)
        if (!(profnet_train_batch(m, x, t, B) >= 0.0f)) {
            fprintf(stderr, "prof_check: train_batch: %s\n", nnrt_last_error());
            return 1;
        }
    size_t len;
    const float *w = profnet_param(m, "c.weight", &len);
    double sum = 0;
    for (size_t i = 0; w && i < len; i++)
        sum += (double)w[i] * (double)(i + 1);
    printf("c.weight fingerprint %.9g\n", sum);
    int bad = 0;
#ifdef profnet_PROFILED
    const nnrt_profile *p = &profnet_profile;
    size_t grad_ops = 0;
    for (size_t i = 0; i < p->nops; i++) {
        if (strncmp(p->where[i], "grad_step", 9) != 0)
            continue;
        grad_ops++;
        if (p->calls[i] != STEPS || p->rows[i] != STEPS * B || !(p->seconds[i] >= 0)) {
            fprintf(stderr, "prof_check: %s (%s): %lu calls, %g rows, %g s; want %d calls of %d rows\n", p->ops[i],
                    p->where[i], p->calls[i], p->rows[i], p->seconds[i], STEPS, B);
            bad = 1;
        }
    }
    if (grad_ops < 10) {
        fprintf(stderr, "prof_check: %zu ops counted in grad_step\n", grad_ops);
        bad = 1;
    }
    nnrt_profile_print(p, stderr);
#endif
    profnet_destroy(m);
    return bad;
}
