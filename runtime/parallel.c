/*
 * parallel.c - the thread pool the LLVM backend's parallel loops run on.
 *
 * The kernel IR marks the big products' outer loops KL_THREADS.  The C
 * backend prints `#pragma omp parallel for` for them; the LLVM backend
 * outlines the loop body into a function of (ctx, lo, hi) and calls
 * nnrt_parallel_for, which runs [0, n) in contiguous chunks on the pool.
 *
 * The pool is created lazily, once per process: the first loop that wants
 * T threads starts T - 1 workers, which then sleep on a condition variable
 * between loops.  A loop is cut into CHUNKS_PER_THREAD * T contiguous
 * chunks, which the caller and the woken workers take in turn until none
 * is left; the caller then waits for the chunks others took.  So a worker
 * that wakes late (on a machine busy with other work) costs the loop
 * nothing: the caller has done its chunks.  Which thread runs a chunk
 * does not change the numbers: each iteration runs whole on one thread.
 * Every field a loop shares is read and written under one mutex, so a
 * worker's writes to the model's buffers are visible to the caller once
 * it has seen the worker's `finished` increment.  No allocation after the
 * workers exist (tests/alloc counts).  Workers block every signal, so
 * SIGINT still reaches fit's handler on the caller's thread; they are
 * never joined: exit() ends them while they sleep.
 *
 * One loop runs on the pool at a time; a second caller (another thread's
 * model, or a loop nested in a share) finds the pool busy and runs its
 * loop alone, which is correct, only not parallel.
 */
#include "nnrt.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>

enum { MAX_THREADS = 1024, CHUNKS_PER_THREAD = 4 };

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER;   /* held by the loop on the pool */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;   /* guards `pool` */
static pthread_cond_t go = PTHREAD_COND_INITIALIZER;       /* a new loop: gen changed */
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;     /* every chunk finished */

static struct {
    nnrt_loop_body body;
    void *ctx;
    size_t n;
    int threads;             /* threads in this loop, the caller's included */
    int chunks;              /* [0, n) in this many contiguous chunks */
    int next;                /* the first chunk nobody has taken */
    int finished;            /* chunks done */
    unsigned long gen;       /* counts loops: a worker waits for it to change */
    int workers;             /* started so far (busy guards it) */
    unsigned long born[MAX_THREADS];   /* gen when worker i started */
} pool;

/* Chunk i of c of [0, n): the first n % c chunks one iteration longer. */
static void run_chunk(nnrt_loop_body body, void *ctx, size_t n, int c, int i)
{
    size_t q = n / (size_t)c, r = n % (size_t)c, u = (size_t)i;
    size_t lo = u * q + (u < r ? u : r);
    size_t hi = lo + q + (u < r);
    if (lo < hi)
        body(ctx, lo, hi);
}

/* Takes and runs chunks of the current loop until none is left (lock
 * held on entry and on return).  The loop cannot change meanwhile: its
 * caller waits for every chunk taken. */
static void take_chunks(void)
{
    while (pool.next < pool.chunks) {
        int i = pool.next++;
        nnrt_loop_body body = pool.body;
        void *ctx = pool.ctx;
        size_t n = pool.n;
        int c = pool.chunks;
        pthread_mutex_unlock(&lock);
        run_chunk(body, ctx, n, c, i);
        pthread_mutex_lock(&lock);
        if (++pool.finished == pool.chunks)
            pthread_cond_signal(&done);
    }
}

static void *worker(void *arg)
{
    int me = (int)(intptr_t)arg;
    pthread_mutex_lock(&lock);
    unsigned long seen = pool.born[me];
    for (;;) {
        while (pool.gen == seen)
            pthread_cond_wait(&go, &lock);
        seen = pool.gen;
        if (me < pool.threads)   /* else a loop with fewer threads: not ours */
            take_chunks();
    }
    return NULL;
}

/* Starts workers until t threads can share a loop (busy held).  Returns
 * how many can: fewer when the system will not start more. */
static int grow(int t)
{
    if (pool.workers + 1 >= t)
        return t;
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    while (pool.workers + 1 < t) {
        int me = pool.workers + 1;
        pthread_t th;
        pthread_mutex_lock(&lock);
        pool.born[me] = pool.gen;
        pthread_mutex_unlock(&lock);
        if (pthread_create(&th, &attr, worker, (void *)(intptr_t)me) != 0)
            break;
        pool.workers++;
    }
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return pool.workers + 1 < t ? pool.workers + 1 : t;
}

static int env_threads;
static pthread_once_t env_once = PTHREAD_ONCE_INIT;

static void read_env(void)
{
    const char *e = getenv("NNC_THREADS");
    int v = e ? atoi(e) : 0;
    env_threads = v > 0 && v <= MAX_THREADS ? v : 0;
}

int nnrt_threads(int compiled)
{
    pthread_once(&env_once, read_env);
    if (env_threads > 0)
        return env_threads;
    return compiled > 0 && compiled <= MAX_THREADS ? compiled : 1;
}

void nnrt_parallel_for(nnrt_loop_body body, void *ctx, size_t n, int threads)
{
    int t = nnrt_threads(threads);
    if ((size_t)t > n)
        t = (int)n;
    if (t <= 1 || pthread_mutex_trylock(&busy) != 0) {
        if (n > 0)
            body(ctx, 0, n);
        return;
    }
    t = grow(t);
    size_t c = (size_t)t * CHUNKS_PER_THREAD;
    pthread_mutex_lock(&lock);
    pool.body = body;
    pool.ctx = ctx;
    pool.n = n;
    pool.threads = t;
    pool.chunks = (int)(c < n ? c : n);
    pool.next = 0;
    pool.finished = 0;
    pool.gen++;
    if (t > 1)
        pthread_cond_broadcast(&go);
    take_chunks();
    while (pool.finished < pool.chunks)
        pthread_cond_wait(&done, &lock);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&busy);
}
