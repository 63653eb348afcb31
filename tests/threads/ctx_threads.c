/*
 * ctx_threads.c - predictions from many threads on one model (issue 21):
 * 8 threads, each with its own nnrt_ctx of one ctxnet, predict the same
 * rows over and over while nothing trains, and every output must be, to
 * the bit, what one thread's ctxnet_predict gives.  Built with
 * -fsanitize=thread by run_threads.sh, so a data race in the generated
 * code or the runtime fails it too.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctxnet.h"

enum { THREADS = 8, ROWS = 77, REPEATS = 25 };   /* 77 rows: two full batches of 32 and a short one */

static ctxnet *model;
static float x[ROWS * ctxnet_INPUT_SIZE], want[ROWS * ctxnet_OUTPUT_SIZE];
static int failures[THREADS];

static void *predict_many(void *arg)
{
    int t = (int)(intptr_t)arg;
    nnrt_ctx *c = nnrt_ctx_create((const nnrt_model *)model);
    float *y = malloc(sizeof want);
    if (!c || !y) {
        failures[t] = -1;
        free(y);
        nnrt_ctx_destroy(c);
        return NULL;
    }
    for (int r = 0; r < REPEATS; r++) {
        memset(y, 0xff, sizeof want);   /* NaN: a row left unwritten shows */
        if (nnrt_ctx_predict(c, x, y, ROWS) != NNRT_OK || memcmp(y, want, sizeof want) != 0)
            failures[t]++;
    }
    free(y);
    nnrt_ctx_destroy(c);
    return NULL;
}

int main(void)
{
    model = ctxnet_create(11);
    if (!model) {
        fprintf(stderr, "ctx_threads: %s\n", nnrt_last_error());
        return 1;
    }
    uint32_t s = 12345;   /* raw inputs far from standardized: offsets and scales */
    for (size_t i = 0; i < sizeof x / sizeof *x; i++) {
        s = s * 1664525u + 1013904223u;
        x[i] = (float)(s >> 8) / 16777216.0f * (float)(1 + i % 7) * 10.0f + (float)(i % 12) * 3.0f;
    }
    if (nnrt_adapt((nnrt_model *)model, x, ROWS) != NNRT_OK) {
        fprintf(stderr, "ctx_threads: %s\n", nnrt_last_error());
        return 1;
    }
    /* a few steps, so that batch norm's running statistics are not their
     * initial zeros and ones: a context must read the model's */
    float t[32];
    for (int i = 0; i < 32; i++)
        t[i] = (float)(i % ctxnet_OUTPUT_SIZE);
    for (int step = 0; step < 3; step++)
        if (!(ctxnet_train_batch(model, x + (size_t)step * ctxnet_INPUT_SIZE, t, 32) >= 0.0f)) {
            fprintf(stderr, "ctx_threads: train_batch: %s\n", nnrt_last_error());
            return 1;
        }
    ctxnet_predict(model, x, want, ROWS);   /* one thread, the model's own workspace */
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++)
        if (pthread_create(&th[t], NULL, predict_many, (void *)(intptr_t)t) != 0) {
            fprintf(stderr, "ctx_threads: no thread %d\n", t);
            return 1;
        }
    int bad = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(th[t], NULL);
        if (failures[t]) {
            fprintf(stderr, "ctx_threads: thread %d: %d of %d predictions differ from one thread's\n", t,
                    failures[t], REPEATS);
            bad = 1;
        }
    }
    ctxnet_destroy(model);
    if (!bad)
        printf("%d threads x %d predictions of %d rows on one model: identical to one thread's\n", THREADS,
               REPEATS, ROWS);
    return bad;
}
