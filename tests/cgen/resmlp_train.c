/*
 * resmlp_train.c - examples/resmlp.nn (a skip connection, Adam, binary
 * cross-entropy) learns a rule from data this test generates.
 *
 * 2,048 samples of 64 standard-normal features; the target is 1 when the
 * sample lies on the positive side of a fixed random hyperplane.  Before
 * training the mean loss is about log 2 = 0.69; after 20 epochs of
 * batches of 32 it must be below LOSS_BOUND on the training data and the
 * accuracy above ACC_BOUND on 512 fresh samples.
 */
#include <math.h>
#include <stdio.h>

#include "resmlp.h"

#define N_TRAIN 2048
#define N_TEST 512
#define EPOCHS 20
#define LOSS_BOUND 0.15f
#define ACC_BOUND 0.90f

static float x_train[N_TRAIN][64], t_train[N_TRAIN];
static float x_test[N_TEST][64], t_test[N_TEST];

static void make_data(nnrt_rng *r, const float *w, float (*x)[64], float *t, int n)
{
    for (int i = 0; i < n; i++) {
        double dot = 0;
        for (int j = 0; j < 64; j++) {
            x[i][j] = (float)nnrt_rng_normal(r);
            dot += w[j] * x[i][j];
        }
        t[i] = dot > 0 ? 1.0f : 0.0f;
    }
}

int main(void)
{
    nnrt_rng r;
    nnrt_rng_seed(&r, 7, 1);
    float w[64];
    for (int j = 0; j < 64; j++)
        w[j] = (float)nnrt_rng_normal(&r);
    make_data(&r, w, x_train, t_train, N_TRAIN);
    make_data(&r, w, x_test, t_test, N_TEST);

    resmlp *m = resmlp_create(3);
    if (!m) {
        printf("[FAIL] resmlp_create\n");
        return 1;
    }
    float before = resmlp_evaluate(m, &x_train[0][0], t_train, N_TRAIN, NULL);
    for (int e = 0; e < EPOCHS; e++)
        for (int i = 0; i < N_TRAIN; i += resmlp_BATCH_SIZE)
            resmlp_train_batch(m, &x_train[i][0], &t_train[i], resmlp_BATCH_SIZE);
    float acc = 0;
    float after = resmlp_evaluate(m, &x_train[0][0], t_train, N_TRAIN, NULL);
    resmlp_evaluate(m, &x_test[0][0], t_test, N_TEST, &acc);
    resmlp_destroy(m);

    printf("resmlp: training loss %.4f before, %.4f after %d epochs (bound %.2f); "
           "test accuracy %.3f (bound %.2f)\n", before, after, EPOCHS, LOSS_BOUND, acc, ACC_BOUND);
    int ok = after < LOSS_BOUND && acc > ACC_BOUND && after < before;
    printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 1;
}
