/* runtime/parallel.c: nnrt_parallel_for runs every iteration exactly once,
 * in contiguous shares on as many threads as asked (the caller's among
 * them), alone when nested, and NNC_THREADS picks the count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt.h"

enum { N = 1000 };

typedef struct Seen {
    int hits[N];               /* how often each iteration ran */
    pthread_t who[N];          /* on which thread */
    pthread_mutex_t lock;
    int calls;                 /* body calls: one per share */
    int nested;                /* iterations of inner loops */
} Seen;

static void mark(void *ctx, size_t lo, size_t hi)
{
    Seen *s = ctx;
    pthread_mutex_lock(&s->lock);
    s->calls++;
    pthread_mutex_unlock(&s->lock);
    for (size_t i = lo; i < hi; i++) {
        s->hits[i]++;
        s->who[i] = pthread_self();
    }
}

static void count_inner(void *ctx, size_t lo, size_t hi)
{
    Seen *s = ctx;
    pthread_mutex_lock(&s->lock);
    s->nested += (int)(hi - lo);
    pthread_mutex_unlock(&s->lock);
}

static void nest(void *ctx, size_t lo, size_t hi)
{
    mark(ctx, lo, hi);
    nnrt_parallel_for(count_inner, ctx, 10, 2);   /* the pool is busy: runs alone */
}

static Seen *seen_new(void)
{
    Seen *s = calloc(1, sizeof *s);
    assert_non_null(s);
    pthread_mutex_init(&s->lock, NULL);
    return s;
}

static void seen_free(Seen *s)
{
    pthread_mutex_destroy(&s->lock);
    free(s);
}

static void every_iteration_runs_once_on_two_threads(void **state)
{
    (void)state;
    for (int round = 0; round < 50; round++) {   /* the pool is reused */
        Seen *s = seen_new();
        nnrt_parallel_for(mark, s, N, 2);
        for (int i = 0; i < N; i++)
            assert_int_equal(s->hits[i], 1);
        assert_int_equal(s->calls, 2);
        /* share 0, [0, 500), is the caller's; share 1 another thread's */
        assert_true(pthread_equal(s->who[0], pthread_self()));
        assert_true(pthread_equal(s->who[N / 2 - 1], pthread_self()));
        assert_false(pthread_equal(s->who[N / 2], pthread_self()));
        seen_free(s);
    }
}

static void shares_are_contiguous_and_uneven_counts_split(void **state)
{
    (void)state;
    Seen *s = seen_new();
    nnrt_parallel_for(mark, s, 7, 3);    /* [0, 3) [3, 5) [5, 7) */
    for (int i = 0; i < 7; i++)
        assert_int_equal(s->hits[i], 1);
    assert_int_equal(s->calls, 3);
    assert_true(pthread_equal(s->who[2], pthread_self()));
    assert_true(pthread_equal(s->who[3], s->who[4]));
    assert_false(pthread_equal(s->who[3], pthread_self()));
    assert_false(pthread_equal(s->who[5], s->who[3]));
    seen_free(s);
}

static void fewer_iterations_than_threads_and_none(void **state)
{
    (void)state;
    Seen *s = seen_new();
    nnrt_parallel_for(mark, s, 2, 8);
    assert_int_equal(s->hits[0] + s->hits[1], 2);
    assert_int_equal(s->calls, 2);
    nnrt_parallel_for(mark, s, 0, 8);
    assert_int_equal(s->calls, 2);
    seen_free(s);
}

static void one_thread_calls_the_body_once_on_the_caller(void **state)
{
    (void)state;
    Seen *s = seen_new();
    nnrt_parallel_for(mark, s, N, 1);
    assert_int_equal(s->calls, 1);
    assert_true(pthread_equal(s->who[N - 1], pthread_self()));
    seen_free(s);
}

static void a_nested_loop_runs_alone(void **state)
{
    (void)state;
    Seen *s = seen_new();
    nnrt_parallel_for(nest, s, N, 2);
    for (int i = 0; i < N; i++)
        assert_int_equal(s->hits[i], 1);
    assert_int_equal(s->nested, 2 * 10);
    seen_free(s);
}

/* Last: NNC_THREADS is read once, on the first call of the process. */
static void without_nnc_threads_the_compiled_count_holds(void **state)
{
    (void)state;
    assert_int_equal(nnrt_threads(3), 3);   /* the test runs without NNC_THREADS */
    assert_int_equal(nnrt_threads(0), 1);
    assert_int_equal(nnrt_threads(5000), 1);
}

int main(void)
{
    unsetenv("NNC_THREADS");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_iteration_runs_once_on_two_threads),
        cmocka_unit_test(shares_are_contiguous_and_uneven_counts_split),
        cmocka_unit_test(fewer_iterations_than_threads_and_none),
        cmocka_unit_test(one_thread_calls_the_body_once_on_the_caller),
        cmocka_unit_test(a_nested_loop_runs_alone),
        cmocka_unit_test(without_nnc_threads_the_compiled_count_holds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
