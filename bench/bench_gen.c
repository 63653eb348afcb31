/*
 * bench_gen.c - nnc's side of the benchmarks (issue 7).
 *
 * Compiled together with the code nnc generated for one model, so it sees
 * that model's API (INTERFACE.md section 2) under the model's own prefix:
 *
 *   cc -O3 -march=native -fno-math-errno -DBENCH_MODEL=mlp_sgd -DBENCH_HEADER='"mlp_sgd.h"' \
 *      -I OUT -I runtime bench/bench_gen.c OUT/mlp_sgd.c libnnrt.a -lz -lm
 *
 * BENCH_MODEL is the name after `model` in the .nn file; M(_create) pastes
 * it onto each symbol.  The driver only calls the public API, so the same
 * source measures the C backend and the LLVM backend's object alike.
 *
 * Modes (one JSON line on stdout each, in torch_bench.py's schema):
 *   train   STEPS WARMUP   samples/s of NAME_train_batch over a pool of
 *                          16 random batches, as the PyTorch side does
 *   predict CALLS          median latency of NAME_predict on one sample
 *   fashion EPOCHS SEED DATADIR
 *                          Fashion-MNIST: shuffled epochs of train_batch,
 *                          then NAME_evaluate's accuracy on the test set,
 *                          and the peak memory against issue 7's bound
 * Options: --case NAME --impl LABEL --run K --threads LABEL --loss ce|mse|bce
 *          --state-per-param K --act-floats N --train-flops F
 */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime under -std=c11 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#ifndef BENCH_MODEL
#error "compile with -DBENCH_MODEL=name (the model's name) and -DBENCH_HEADER='\"name.h\"'"
#endif
#include BENCH_HEADER

#define BENCH_CAT_(a, b) a##b
#define BENCH_CAT(a, b) BENCH_CAT_(a, b)
#define M(sym) BENCH_CAT(BENCH_MODEL, sym)
#define BENCH_STR_(x) #x
#define BENCH_STR(x) BENCH_STR_(x)
/* built with nnc --profile: NAME_PROFILED */
#if defined(BENCH_PROFILE)
#define BENCH_PROFILED 1
#endif

typedef BENCH_MODEL Model;
enum { IN = M(_INPUT_SIZE), OUT = M(_OUTPUT_SIZE), POOL = 16 };

static struct {
    const char *case_name, *impl, *threads, *loss;
    int run, batch, state_per_param;
    double act_floats, train_flops;
} opt = {BENCH_STR(BENCH_MODEL), "nnc", "1", "ce", 0, 0, 1, 0, 0};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* VmHWM: the peak resident set of this process, in kB. */
static long peak_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    fclose(f);
    return kb;
}

/* splitmix64: the data only needs to be random-looking and repeatable. */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}
static float rng_unit(void) { return (rng_next() >> 40) * (1.0f / 16777216.0f); }

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "bench_gen: out of memory (%zu bytes)\n", n);
        exit(1);
    }
    return p;
}

static Model *create(uint64_t seed)
{
    Model *m = M(_create)(seed);
    if (!m) {
        fprintf(stderr, "bench_gen: " BENCH_STR(BENCH_MODEL) "_create failed\n");
        exit(1);
    }
    return m;
}

/* Opens the JSON record; the caller adds its fields and calls json_end. */
static void json_begin(const char *metric, double value)
{
    printf("{\"case\": \"%s\", \"impl\": \"%s\", \"run\": %d, \"threads\": \"%s\", "
           "\"metric\": \"%s\", \"value\": %.6g",
           opt.case_name, opt.impl, opt.run, opt.threads, metric, value);
}
static void json_end(void)
{
    printf(", \"peak_rss_kb\": %ld}\n", peak_rss_kb());
    fflush(stdout);
}

#ifdef BENCH_PROFILED
/* A model built with nnc --profile: one JSON line per op that ran, its
 * time a step and, where it counts FLOPs, its GFLOP/s (metric op_gflops;
 * ops without FLOPs: op_ms) */
static void print_profile(const nnrt_profile *p)
{
    for (size_t i = 0; i < p->nops; i++) {
        if (!p->calls[i])
            continue;
        double gf = p->flops[i] > 0 ? p->flops[i] * p->rows[i] / p->seconds[i] * 1e-9 : 0;
        json_begin(gf > 0 ? "op_gflops" : "op_ms", gf > 0 ? gf : 1e3 * p->seconds[i] / (double)p->calls[i]);
        printf(", \"op\": \"");
        for (const char *c = p->ops[i]; *c; c++)
            printf(*c == '"' || *c == '\\' ? "\\%c" : "%c", *c);
        printf("\", \"where\": \"%s\", \"calls\": %lu, \"ms_per_call\": %.6g, \"flops_per_row\": %.6g",
               p->where[i], p->calls[i], 1e3 * p->seconds[i] / (double)p->calls[i], p->flops[i]);
        json_end();
    }
}
#endif

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Targets as train_batch takes them: class indices stored as floats for
 * cross_entropy, else OUT values in [0, 1) a sample. */
static void fill_targets(float *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(opt.loss, "ce") == 0)
            t[i] = (float)(rng_next() % OUT);
        else
            for (size_t j = 0; j < OUT; j++)
                t[i * OUT + j] = rng_unit();
    }
}

static int mode_train(long steps, long warmup)
{
    size_t B = (size_t)opt.batch, tsize = strcmp(opt.loss, "ce") == 0 ? 1 : OUT;
    float *x = xmalloc(sizeof(float) * POOL * B * IN);
    float *t = xmalloc(sizeof(float) * POOL * B * tsize);
    float loss = 0;
    for (size_t i = 0; i < POOL * B * IN; i++)
        x[i] = rng_unit();
    fill_targets(t, POOL * B);
    Model *m = create(42);
    for (long i = 0; i < warmup; i++)
        M(_train_batch)(m, x + (i % POOL) * B * IN, t + (i % POOL) * B * tsize, B);
#ifdef BENCH_PROFILED
    nnrt_profile_reset(&M(_profile));
#endif
    double t0 = now();
    for (long i = 0; i < steps; i++)
        loss = M(_train_batch)(m, x + (i % POOL) * B * IN, t + (i % POOL) * B * tsize, B);
    double dt = now() - t0;
    if (isnan(loss)) {
        fprintf(stderr, "bench_gen: train_batch returned NaN\n");
        return 1;
    }
    json_begin("samples_per_s", steps * B / dt);
    printf(", \"steps\": %ld, \"warmup\": %ld, \"batch\": %zu, \"seconds\": %.6g, "
           "\"us_per_step\": %.6g, \"loss\": %.6g, \"gflops\": %.6g",
           steps, warmup, B, dt, dt / steps * 1e6, loss, opt.train_flops * B * steps / dt / 1e9);
    json_end();
#ifdef BENCH_PROFILED
    print_profile(&M(_profile));
#endif
    M(_destroy)(m);
    free(x);
    free(t);
    return 0;
}

static int mode_predict(long calls)
{
    float x[IN], y[OUT];
    double *dt = xmalloc(sizeof(double) * (size_t)calls);
    for (size_t i = 0; i < IN; i++)
        x[i] = rng_unit();
    Model *m = create(42);
    for (long i = 0; i < calls / 10 + 10; i++)
        M(_predict)(m, x, y, 1);
    for (long i = 0; i < calls; i++) {
        double t0 = now();
        M(_predict)(m, x, y, 1);
        dt[i] = now() - t0;
    }
    qsort(dt, (size_t)calls, sizeof *dt, cmp_double);
    json_begin("latency_us", dt[calls / 2] * 1e6);
    printf(", \"calls\": %ld, \"p10_us\": %.6g, \"p90_us\": %.6g, \"y0\": %.6g",
           calls, dt[calls / 10] * 1e6, dt[calls * 9 / 10] * 1e6, y[0]);
    json_end();
    M(_destroy)(m);
    free(dt);
    return 0;
}

/* ---- Fashion-MNIST: gzipped IDX read straight into floats ---------------- */

static gzFile idx_open(const char *dir, const char *file, size_t *count, size_t *per)
{
    char path[4096];
    unsigned char h[4], d[4];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    gzFile f = gzopen(path, "rb");
    if (!f || gzread(f, h, 4) != 4) {
        fprintf(stderr, "bench_gen: cannot read %s\n", path);
        exit(1);
    }
    *per = 1;
    *count = 0;
    for (int i = 0; i < h[3]; i++) {
        if (gzread(f, d, 4) != 4) {
            fprintf(stderr, "bench_gen: %s: truncated header\n", path);
            exit(1);
        }
        size_t v = (size_t)d[0] << 24 | (size_t)d[1] << 16 | (size_t)d[2] << 8 | d[3];
        if (i == 0)
            *count = v;
        else
            *per *= v;
    }
    return f;
}

/* u8 values -> floats times scale, in chunks: no second copy of the data,
 * so the peak memory is the floats the model trains on. */
static float *idx_load(const char *dir, const char *file, size_t *count, size_t want_per, float scale)
{
    size_t per, n = 0;
    unsigned char buf[65536];
    gzFile f = idx_open(dir, file, &n, &per);
    if (per != want_per) {
        fprintf(stderr, "bench_gen: %s: %zu values a sample, expected %zu\n", file, per, want_per);
        exit(1);
    }
    float *v = xmalloc(sizeof(float) * n * per);
    for (size_t done = 0; done < n * per;) {
        size_t want = n * per - done < sizeof buf ? n * per - done : sizeof buf;
        int got = gzread(f, buf, (unsigned)want);
        if (got <= 0) {
            fprintf(stderr, "bench_gen: %s: truncated\n", file);
            exit(1);
        }
        for (int i = 0; i < got; i++)
            v[done + i] = buf[i] * scale;
        done += got;
    }
    gzclose(f);
    *count = n;
    return v;
}

static int mode_fashion(long epochs, uint64_t seed, const char *dir)
{
    size_t ntr, nte, nl, B = (size_t)opt.batch;
    float *xtr = idx_load(dir, "train-images-idx3-ubyte.gz", &ntr, IN, 1.0f / 255);
    float *ytr = idx_load(dir, "train-labels-idx1-ubyte.gz", &nl, 1, 1.0f);
    float *xte = idx_load(dir, "t10k-images-idx3-ubyte.gz", &nte, IN, 1.0f / 255);
    float *yte = idx_load(dir, "t10k-labels-idx1-ubyte.gz", &nl, 1, 1.0f);
    float *xb = xmalloc(sizeof(float) * B * IN), *tb = xmalloc(sizeof(float) * B);
    uint32_t *idx = xmalloc(sizeof(uint32_t) * ntr);
    float acc = NAN, loss = 0;
    rng_state = seed;
    Model *m = create(seed);
    double t0 = now();
    for (size_t i = 0; i < ntr; i++)
        idx[i] = (uint32_t)i;
    for (long e = 0; e < epochs; e++) {
        for (size_t i = ntr - 1; i > 0; i--) {
            size_t j = rng_next() % (i + 1);
            uint32_t s = idx[i];
            idx[i] = idx[j];
            idx[j] = s;
        }
        for (size_t s = 0; s < ntr; s += B) {
            size_t n = ntr - s < B ? ntr - s : B;
            for (size_t r = 0; r < n; r++) {
                memcpy(xb + r * IN, xtr + (size_t)idx[s + r] * IN, sizeof(float) * IN);
                tb[r] = ytr[idx[s + r]];
            }
            loss = M(_train_batch)(m, xb, tb, n);
        }
    }
    double train_s = now() - t0;
    float test_loss = M(_evaluate)(m, xte, yte, nte, &acc);
    /* Issue 7, target 8: the dataset, plus 1.1 times (parameters + gradients
     * + optimizer state + one batch's activations), plus 4 MB. */
    double data_kb = (double)(ntr + nte) * (IN + 1) * sizeof(float) / 1024;
    double model_kb = ((double)M(_param_count)() * (2 + opt.state_per_param) + opt.act_floats)
                      * sizeof(float) / 1024;
    double bound_kb = data_kb + 1.1 * model_kb + 4096;
    json_begin("accuracy", 100.0 * acc);
    printf(", \"epochs\": %ld, \"seed\": %llu, \"test_loss\": %.6g, \"last_train_loss\": %.6g, "
           "\"train_seconds\": %.6g, \"data_kb\": %.0f, \"model_kb\": %.0f, \"mem_bound_kb\": %.0f",
           epochs, (unsigned long long)seed, test_loss, loss, train_s, data_kb, model_kb, bound_kb);
    json_end();
    M(_destroy)(m);
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_gen train STEPS WARMUP | predict CALLS | fashion EPOCHS SEED DATADIR\n"
                    "       [--case NAME] [--impl LABEL] [--run K] [--threads LABEL] [--batch B]\n"
                    "       [--loss ce|mse|bce] [--state-per-param K] [--act-floats N] [--train-flops F]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    char *pos[4] = {0};
    int npos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] == '-' && a[1] == '-' && !v)
            usage();
        if (strcmp(a, "--case") == 0) opt.case_name = v;
        else if (strcmp(a, "--impl") == 0) opt.impl = v;
        else if (strcmp(a, "--threads") == 0) opt.threads = v;
        else if (strcmp(a, "--loss") == 0) opt.loss = v;
        else if (strcmp(a, "--run") == 0) opt.run = atoi(v);
        else if (strcmp(a, "--batch") == 0) opt.batch = atoi(v);
        else if (strcmp(a, "--state-per-param") == 0) opt.state_per_param = atoi(v);
        else if (strcmp(a, "--act-floats") == 0) opt.act_floats = atof(v);
        else if (strcmp(a, "--train-flops") == 0) opt.train_flops = atof(v);
        else if (npos < 4) { pos[npos++] = argv[i]; continue; }
        else usage();
        i++;
    }
    if (npos < 1 || (opt.batch <= 0 && strcmp(pos[0], "predict") != 0))
        usage();
    if (strcmp(pos[0], "train") == 0 && npos == 3)
        return mode_train(atol(pos[1]), atol(pos[2]));
    if (strcmp(pos[0], "predict") == 0 && npos == 2)
        return mode_predict(atol(pos[1]));
    if (strcmp(pos[0], "fashion") == 0 && npos == 4)
        return mode_fashion(atol(pos[1]), strtoull(pos[2], NULL, 10), pos[3]);
    usage();
    return 2;
}
