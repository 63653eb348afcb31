/*
 * app.c - a program that embeds a network compiled by nnc: the pattern to
 * copy.  model.nn (model `circles`) is compiled at build time into
 * model.c and model.h (CMake: nnc_add_model; make: the Makefile's rule).
 *
 * The app makes its own data (points of the plane, labelled 1 when they
 * lie inside a ring), trains on it with circles_fit, checks the accuracy
 * on fresh points, saves a checkpoint, loads it into a second instance
 * and checks that both predict the same.
 *
 *   ./app [DIR]      writes DIR/circles.nnck and DIR/circles_training.svg (default: .)
 *
 * Exit status 0 when the model learnt the ring (test accuracy >= 90%)
 * and the reloaded copy predicts identically.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"   /* circles_create, circles_fit, ... and nnrt.h */

enum { TRAIN_ROWS = 2000, TEST_ROWS = 500 };

/* A small generator of our own, so the data is the same everywhere. */
static uint32_t next(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(*s >> 33);
}

static float uniform(uint64_t *s, float lo, float hi)
{
    return lo + (hi - lo) * (float)next(s) / 2147483648.0f;
}

/* n points in [-1.5, 1.5]^2; class 1 inside the ring 0.5 < r < 1. */
static void make_points(uint64_t *s, float *x, float *label, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float a = uniform(s, -1.5f, 1.5f), b = uniform(s, -1.5f, 1.5f);
        float r = sqrtf(a * a + b * b);
        x[2 * i] = a;
        x[2 * i + 1] = b;
        label[i] = r > 0.5f && r < 1.0f ? 1.0f : 0.0f;   /* a class index, as a float */
    }
}

static int fail(const char *what, int err)
{
    fprintf(stderr, "app: %s: %s\n", what, *nnrt_last_error() ? nnrt_last_error() : nnrt_strerror(err));
    return 1;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    char ckpt[1024], plot[1024];
    snprintf(ckpt, sizeof ckpt, "%s/circles.nnck", dir);
    snprintf(plot, sizeof plot, "%s/circles_training.svg", dir);

    static float x[TRAIN_ROWS * 2], t[TRAIN_ROWS], tx[TEST_ROWS * 2], tt[TEST_ROWS];
    uint64_t seed = 12345;
    make_points(&seed, x, t, TRAIN_ROWS);
    make_points(&seed, tx, tt, TEST_ROWS);

    /* 1. train: the train block's loop (epochs, shuffling, the validation split) */
    circles *m = circles_create(1);
    if (!m)
        return fail("create", NNRT_ENOMEM);
    nnrt_dataset train = {.n = TRAIN_ROWS, .input_size = circles_INPUT_SIZE, .target_size = 1, .x = x, .t = t};
    nnrt_fit_options opt = {.quiet = 1, .plot = plot};
    int err = circles_fit(m, &train, &opt);
    if (err)
        return fail("fit", err);

    /* 2. evaluate on points it has not seen */
    float acc = 0;
    float loss = circles_evaluate(m, tx, tt, TEST_ROWS, &acc);
    printf("test loss %.4f  accuracy %.1f%%  (%zu parameters)\n", loss, 100.0 * acc, circles_param_count());

    /* 3. save, then load into a fresh instance */
    if ((err = circles_save(m, ckpt)))
        return fail("save", err);
    circles *copy = circles_create(99);   /* other weights until load */
    if (!copy)
        return fail("create", NNRT_ENOMEM);
    if ((err = circles_load(copy, ckpt)))
        return fail("load", err);

    /* 4. predict: probabilities of the two classes for a few points */
    static const float probe[] = {0.0f, 0.0f, 0.75f, 0.0f, 0.0f, -0.8f, 1.4f, 1.4f};
    float y1[4 * circles_OUTPUT_SIZE], y2[4 * circles_OUTPUT_SIZE];
    circles_predict(m, probe, y1, 4);
    circles_predict(copy, probe, y2, 4);
    for (int i = 0; i < 4; i++)
        printf("(%5.2f, %5.2f): in the ring with p = %.3f\n", probe[2 * i], probe[2 * i + 1],
               y2[i * circles_OUTPUT_SIZE + 1]);
    int same = memcmp(y1, y2, sizeof y1) == 0;
    printf("reloaded from %s: %s predictions\n", ckpt, same ? "the same" : "DIFFERENT");

    circles_destroy(m);
    circles_destroy(copy);
    return acc >= 0.90f && same ? 0 : 1;
}
