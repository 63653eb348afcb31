/*
 * omp_regions.c - generated C built with -fopenmp enters OpenMP only
 * where a loop forks.
 *
 *   cc -fopenmp -DMODEL=name -DMODEL_HEADER='"name.h"' omp_regions.c name.c
 *      -Wl,--wrap=GOMP_parallel
 *   NNC_THREADS=T ./omp_regions none|some
 *
 * Counts libgomp's parallel regions (GOMP_parallel, what gcc calls for
 * `#pragma omp parallel`) over a one-sample predict and a full-batch
 * training step.  On one thread there must be none: a region whose `if`
 * is false still costs libgomp a team of one (13.2 against 8.4 us for a
 * predict, docs/design-backend.md), so the C backend calls a loop's part
 * directly instead.  On two threads the training step must fork, which
 * shows the count sees regions at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))
#define SIZE(s) CAT(MODEL, CAT(_, s))

static long regions;

void __real_GOMP_parallel(void (*fn)(void *), void *data, unsigned threads, unsigned flags);

void __wrap_GOMP_parallel(void (*fn)(void *), void *data, unsigned threads, unsigned flags)
{
    regions++;
    __real_GOMP_parallel(fn, data, threads, flags);
}

int main(int argc, char **argv)
{
    if (argc != 2 || (strcmp(argv[1], "none") != 0 && strcmp(argv[1], "some") != 0)) {
        fprintf(stderr, "usage: NNC_THREADS=T %s none|some\n", argv[0]);
        return 2;
    }
    size_t in = SIZE(INPUT_SIZE), out = SIZE(OUTPUT_SIZE), batch = SIZE(BATCH_SIZE);
    float *x = calloc(in * batch, sizeof *x), *y = calloc(out, sizeof *y);
    float *t = calloc(out * batch, sizeof *t);
    MODEL *m = API(create)(42);
    if (!x || !y || !t || !m) {
        fprintf(stderr, "omp_regions: no memory\n");
        return 1;
    }
    for (size_t i = 0; i < in * batch; i++)
        x[i] = (float)(i % 7) / 7.0f;
    API(predict)(m, x, y, 1);
    long predict_regions = regions;
    API(train_batch)(m, x, t, batch);
    long train_regions = regions - predict_regions;
    printf("parallel regions: predict one sample %ld, train one batch %ld\n", predict_regions,
           train_regions);
    API(destroy)(m);
    free(x);
    free(y);
    free(t);
    if (strcmp(argv[1], "none") == 0)
        return predict_regions == 0 && train_regions == 0 ? 0 : 1;
    return train_regions > 0 ? 0 : 1;
}
