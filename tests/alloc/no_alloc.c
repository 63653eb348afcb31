/*
 * no_alloc.c - training allocates nothing: malloc, calloc, realloc, free
 * and the aligned allocators counted around the calls of a generated
 * model (fashion_mlp: dense layers, dropout, SGD with momentum).
 *
 * This program defines the allocator's entry points itself, so every call
 * from the generated code, from libnnrt and from libc's own helpers comes
 * here first and is counted (while `counting` is set) before going on to
 * glibc's implementation (__libc_malloc and friends).  Checked:
 *   - NAME_train_batch, NAME_predict, NAME_evaluate: zero calls, over
 *     full and short batches;
 *   - NAME_fit's epoch loop: fit allocates its buffers before the first
 *     epoch and frees them after the last, so a run of 3 epochs must make
 *     exactly as many calls as a run of 1: the epochs themselves none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static volatile int counting;
static volatile long calls;

void *malloc(size_t n)
{
    calls += counting;
    return __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
    calls += counting;
    return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
    calls += counting;
    return __libc_realloc(p, n);
}

void free(void *p)
{
    calls += counting && p;
    __libc_free(p);
}

void *aligned_alloc(size_t align, size_t n)
{
    calls += counting;
    return __libc_memalign(align, n);
}

void *memalign(size_t align, size_t n)
{
    calls += counting;
    return __libc_memalign(align, n);
}

int posix_memalign(void **p, size_t align, size_t n)
{
    calls += counting;
    *p = __libc_memalign(align, n);
    return *p ? 0 : 12;   /* ENOMEM */
}

static int failures;

static void expect_none(const char *what, long n)
{
    printf("%s %-44s %ld allocator calls\n", n == 0 ? "[PASS]" : "[FAIL]", what, n);
    failures += n != 0;
}

/* A dataset of `rows` random inputs with valid labels or targets. */
static void fill(float *x, float *t, size_t rows)
{
    size_t in = API(INPUT_SIZE), out = API(OUTPUT_SIZE);
    for (size_t i = 0; i < rows * in; i++)
        x[i] = (float)((i * 2654435761u) % 1000) / 1000.0f - 0.5f;
    for (size_t i = 0; i < rows; i++)
        t[i] = (float)(i % out);
}

/* Allocator calls made by a whole fit of `epochs` epochs on a fresh model. */
static long fit_calls(const nnrt_dataset *d, uint32_t epochs)
{
    MODEL *m = API(create)(1);
    nnrt_fit_options o = {.epochs = epochs, .quiet = 1, .keep_signals = 1};
    calls = 0;
    counting = 1;
    int rc = API(fit)(m, d, &o);
    counting = 0;
    API(destroy)(m);
    if (rc != 0) {
        printf("[FAIL] fit returned %d\n", rc);
        failures++;
    }
    return calls;
}

int main(void)
{
    size_t B = API(BATCH_SIZE), in = API(INPUT_SIZE), out = API(OUTPUT_SIZE), rows = 10 * B + 7;
    float *x = __libc_malloc(rows * in * sizeof *x), *t = __libc_malloc(rows * sizeof *t);
    float *y = __libc_malloc(B * out * sizeof *y);
    fill(x, t, rows);
    MODEL *m = API(create)(42);
    float acc;
    /* one warm-up call of each, outside the count: nothing lazy may hide */
    API(train_batch)(m, x, t, B);
    API(predict)(m, x, y, B);
    API(evaluate)(m, x, t, B, &acc);

    calls = 0;
    counting = 1;
    for (size_t s = 0; s < 5; s++)
        API(train_batch)(m, x + s * B * in, t + s * B, s == 3 ? B - 5 : B);
    counting = 0;
    expect_none("train_batch, 5 batches (one short)", calls);

    calls = 0;
    counting = 1;
    for (size_t s = 0; s < 3; s++)
        API(predict)(m, x + s * B * in, y, s == 1 ? 1 : B);
    counting = 0;
    expect_none("predict, 3 batches", calls);

    calls = 0;
    counting = 1;
    API(evaluate)(m, x, t, rows, &acc);
    counting = 0;
    expect_none("evaluate, 10 batches and a short one", calls);
    API(destroy)(m);

    nnrt_dataset d = {.n = rows, .input_size = in, .target_size = 1, .x = x, .t = t};
    long one = fit_calls(&d, 1), three = fit_calls(&d, 3);
    printf("       fit: %ld allocator calls for 1 epoch, %ld for 3\n", one, three);
    expect_none("fit, epochs 2 and 3 (3 epochs - 1 epoch)", three - one);

    __libc_free(x);
    __libc_free(t);
    __libc_free(y);
    printf("%s\n", failures ? "FAILED" : "all passed");
    return failures != 0;
}
