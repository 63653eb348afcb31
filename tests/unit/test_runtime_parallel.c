/* runtime/parallel.c: nnrt_parallel_for runs every iteration exactly once,
 * in contiguous chunks, on another thread too when asked for two, on the
 * caller alone when asked for one or when nested. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
        assert_int_equal(s->calls, 8);           /* 4 chunks a thread */
        seen_free(s);
    }
}

/* Each chunk waits (up to 10 s) until two threads have been in one. */
typedef struct Meet {
    pthread_mutex_t lock;
    pthread_t first;
    int threads;
} Meet;

static void meet(void *ctx, size_t lo, size_t hi)
{
    (void)lo, (void)hi;
    Meet *m = ctx;
    pthread_mutex_lock(&m->lock);
    if (m->threads == 0) {
        m->first = pthread_self();
        m->threads = 1;
    } else if (m->threads == 1 && !pthread_equal(m->first, pthread_self())) {
        m->threads = 2;
    }
    pthread_mutex_unlock(&m->lock);
    for (int waited = 0; waited < 10000; waited++) {
        pthread_mutex_lock(&m->lock);
        int t = m->threads;
        pthread_mutex_unlock(&m->lock);
        if (t == 2)
            return;
        nanosleep(&(struct timespec){0, 1000000}, NULL);
    }
}

static void a_second_thread_takes_a_chunk(void **state)
{
    (void)state;
    Meet m = {.lock = PTHREAD_MUTEX_INITIALIZER};
    nnrt_parallel_for(meet, &m, 8, 2);
    assert_int_equal(m.threads, 2);
}

static void chunks_split_uneven_counts(void **state)
{
    (void)state;
    Seen *s = seen_new();
    nnrt_parallel_for(mark, s, 10, 2);   /* 8 chunks: 2 2 1 1 1 1 1 1 */
    for (int i = 0; i < 10; i++)
        assert_int_equal(s->hits[i], 1);
    assert_int_equal(s->calls, 8);
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
    assert_int_equal(s->nested, s->calls * 10);   /* every chunk ran its inner loop whole */
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
        cmocka_unit_test(a_second_thread_takes_a_chunk),
        cmocka_unit_test(chunks_split_uneven_counts),
        cmocka_unit_test(fewer_iterations_than_threads_and_none),
        cmocka_unit_test(one_thread_calls_the_body_once_on_the_caller),
        cmocka_unit_test(a_nested_loop_runs_alone),
        cmocka_unit_test(without_nnc_threads_the_compiled_count_holds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
