/*
 * parallel.c - the thread pool the LLVM backend's parallel loops run on.
 *
 * The kernel IR marks the big products' outer loops KL_THREADS.  The C
 * backend runs them in OpenMP parallel regions; the LLVM backend
 * outlines the loop body into a function of (ctx, lo, hi) and calls
 * nnrt_parallel_for, which runs [0, n) in contiguous chunks on the pool.
 *
 * The pool is created lazily, once per process: the first loop that wants
 * T threads starts T - 1 workers.  Between loops a worker first spins,
 * watching the loop counter, for about SPIN_NS (a training step's or a
 * predict call's loops follow each other within microseconds, and a
 * sleeping worker takes 10-50 us to wake), then sleeps on a condition
 * variable; the caller likewise spins a while before sleeping on `done`.  A loop is cut into CHUNKS_PER_THREAD * T contiguous
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
#include <time.h>

enum { MAX_THREADS = 1024, CHUNKS_PER_THREAD = 4 };
#define SPIN_NS 200000L   /* 0.2 ms: how long an idle worker spins before sleeping */

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
    unsigned long finished;  /* chunks done (under lock; read while spinning) */
    unsigned long gen;       /* counts loops: a worker waits for it to change
                                (written under lock, read while spinning) */
    int workers;             /* started so far (busy guards it) */
    unsigned long born[MAX_THREADS];   /* gen when worker i started */
} pool;

static void relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

/* Spins without the lock until (*p == v) == equal, or about SPIN_NS have
 * passed: the clock is read once every 64 pauses.  The caller then takes
 * the lock and checks again, sleeping if it must. */
static void spin(const unsigned long *p, unsigned long v, int equal)
{
    long until = 0;
    for (unsigned i = 1;; i++) {
        if ((__atomic_load_n(p, __ATOMIC_ACQUIRE) == v) == equal)
            return;
        relax();
        if (i % 64 == 0) {
            long t = now_ns();
            if (until == 0)
                until = t + SPIN_NS;
            else if (t > until)
                return;
        }
    }
}

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
        __atomic_store_n(&pool.finished, pool.finished + 1, __ATOMIC_RELEASE);
        if (pool.finished == (unsigned long)pool.chunks)
            pthread_cond_signal(&done);
    }
}

static void *worker(void *arg)
{
    int me = (int)(intptr_t)arg;
    pthread_mutex_lock(&lock);
    unsigned long seen = pool.born[me];
    for (;;) {
        if (pool.gen == seen) {
            pthread_mutex_unlock(&lock);
            spin(&pool.gen, seen, 0);
            pthread_mutex_lock(&lock);
        }
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
    int t = threads < 1 ? 1 : nnrt_threads(threads);
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
    __atomic_store_n(&pool.gen, pool.gen + 1, __ATOMIC_RELEASE);
    if (t > 1)
        pthread_cond_broadcast(&go);
    take_chunks();
    unsigned long all = (unsigned long)pool.chunks;
    if (pool.finished < all) {
        pthread_mutex_unlock(&lock);
        spin(&pool.finished, all, 1);
        pthread_mutex_lock(&lock);
    }
    while (pool.finished < all)
        pthread_cond_wait(&done, &lock);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&busy);
}
