/*
 * kill_test.c - SIGKILL a training run at 20 random moments; the
 * checkpoint on disk is always whole, and training resumes from it.
 *
 * A child process trains models/killnet.nn (a 3.6 MB checkpoint, written
 * at the end of every short epoch) with NAME_fit, resuming from the
 * checkpoint when there is one.  The parent kills it with SIGKILL at
 * seeded random moments: half of them anywhere in the run, half while a
 * checkpoint is being written (the parent waits for PATH.tmp to appear,
 * then waits a random part of a write).  After each kill it checks the
 * file: nnrt_ckpt_read (structure and CRC) and NAME_load (names, shapes,
 * training state), and that the epoch it holds never went back.  The next
 * child resumes from it; a last child, not killed, must finish training
 * and reach a useful accuracy.  Prints the kills, how many hit a write,
 * and the checkpoints verified.
 *   kill_test [KILLS] [SEED]     (defaults 20 and 8)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "killnet.h"

enum { N = 128, EPOCHS = 1000 };
static float x[N * killnet_INPUT_SIZE], t[N];
static char ckpt[256], tmp[300];

/* four classes, each a blob around its own corner of a few inputs */
static void make_data(void)
{
    nnrt_rng r;
    nnrt_rng_seed(&r, 21, 0);
    for (int i = 0; i < N; i++) {
        int c = i % 4;
        t[i] = (float)c;
        for (int k = 0; k < killnet_INPUT_SIZE; k++)
            x[i * killnet_INPUT_SIZE + k] = (float)(nnrt_rng_normal(&r) * 0.5 + (k % 4 == c ? 1.5 : 0.0));
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* The child: resume if there is a checkpoint, train to `epochs`, exit. */
static void child(uint32_t epochs)
{
    killnet *m = killnet_create(1);
    if (!m)
        _exit(3);
    if (exists(ckpt) && killnet_load(m, ckpt) != 0) {
        fprintf(stderr, "child: resume failed: %s\n", nnrt_last_error());
        _exit(4);
    }
    nnrt_dataset d = {.n = N, .input_size = killnet_INPUT_SIZE, .target_size = 1, .x = x, .t = t};
    nnrt_fit_options o = {.epochs = epochs, .checkpoint = ckpt, .quiet = 1};
    int rc = killnet_fit(m, &d, &o);
    if (rc != 0)
        fprintf(stderr, "child: fit: %s\n", nnrt_last_error());
    _exit(rc == 0 ? 0 : 5);
}

static pid_t spawn(uint32_t epochs)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0)
        child(epochs);
    return pid;
}

/* The checkpoint on disk: read (CRC) and loaded; returns its epoch or -1. */
static long verify(void)
{
    nnrt_ckpt ck;
    int rc = nnrt_ckpt_read(ckpt, &ck);
    if (rc != 0) {
        printf("[FAIL] nnrt_ckpt_read: %s\n", nnrt_last_error());
        return -1;
    }
    const nnrt_ckpt_tensor *e = nnrt_ckpt_find(&ck, "train.epoch");
    long epoch = e ? (long)e->data[0] : -1;
    nnrt_ckpt_free(&ck);
    killnet *m = killnet_create(2);
    rc = killnet_load(m, ckpt);
    if (rc != 0 || ((nnrt_model *)m)->epoch != (uint32_t)epoch) {
        printf("[FAIL] killnet_load: %s\n", rc ? nnrt_last_error() : "epoch differs");
        epoch = -1;
    }
    killnet_destroy(m);
    return epoch;
}

int main(int argc, char **argv)
{
    int kills = argc > 1 ? atoi(argv[1]) : 20;
    uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 8;
    char dir[] = "/tmp/nnc_kill_XXXXXX";
    if (!mkdtemp(dir))
        return 2;
    snprintf(ckpt, sizeof ckpt, "%s/killnet.nnck", dir);
    snprintf(tmp, sizeof tmp, "%s.tmp", ckpt);
    make_data();
    nnrt_rng r;
    nnrt_rng_seed(&r, seed, 0);

    /* calibrate: how long until the first checkpoint, i.e. one epoch */
    double t0 = now();
    pid_t pid = spawn(1);
    int status;
    waitpid(pid, &status, 0);
    double epoch_s = now() - t0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || verify() != 1) {
        printf("[FAIL] the first epoch did not complete (status %d)\n", status);
        return 1;
    }
    printf("kill_test: one epoch with its checkpoint takes %.0f ms\n", 1000 * epoch_s);

    int failures = 0, in_write = 0, verified = 1;
    long last_epoch = 1;
    for (int k = 0; k < kills; k++) {
        /* a write cut short leaves PATH.tmp (the next write truncates it);
         * remove it so "mid-write" below means this kill */
        unlink(tmp);
        pid = spawn(EPOCHS);
        int during_write = k % 2 == 1;
        if (during_write) {
            /* wait for a write to start, then kill somewhere inside it */
            double give_up = now() + 20 * epoch_s + 5;
            while (!exists(tmp) && now() < give_up)
                usleep(50);
            usleep(nnrt_rng_below(&r, 3000));
        } else {
            usleep(nnrt_rng_below(&r, (uint32_t)(3e6 * epoch_s)));
        }
        int hit = exists(tmp);    /* the write had begun and not renamed yet */
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        if (!WIFSIGNALED(status)) {
            printf("[FAIL] kill %d: the child was not killed (status %d)\n", k + 1, status);
            failures++;
            continue;
        }
        in_write += hit;
        if (!exists(ckpt)) {
            printf("[FAIL] kill %d: no checkpoint on disk\n", k + 1);
            failures++;
            continue;
        }
        long e = verify();
        if (e < 0 || e < last_epoch) {
            printf("[FAIL] kill %d: checkpoint epoch %ld (last %ld)\n", k + 1, e, last_epoch);
            failures++;
            continue;
        }
        verified++;
        printf("kill %2d at %s: checkpoint after epoch %ld verified%s\n", k + 1,
               during_write ? "a write  " : "any time ", e, hit ? " (killed mid-write)" : "");
        last_epoch = e;
    }

    /* resume once more and let it finish: 3 epochs past the last one */
    uint32_t final_epochs = (uint32_t)last_epoch + 3;
    pid = spawn(final_epochs);
    waitpid(pid, &status, 0);
    long e = verify();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || e != (long)final_epochs) {
        printf("[FAIL] the resumed run did not finish (status %d, epoch %ld)\n", status, e);
        failures++;
    } else {
        verified++;
        killnet *m = killnet_create(3);
        float acc = 0;
        killnet_load(m, ckpt);
        killnet_evaluate(m, x, t, N, &acc);
        killnet_destroy(m);
        printf("kill_test: resumed run finished at epoch %ld, training accuracy %.2f\n", e, acc);
        if (!(acc > 0.9f)) {
            printf("[FAIL] accuracy %.2f after %ld epochs\n", acc, e);
            failures++;
        }
    }
    printf("kill_test: %d kills (%d during a checkpoint write), %d checkpoints verified "
           "(CRC and load), %d failures\n", kills, in_write, verified, failures);
    unlink(tmp);
    unlink(ckpt);
    rmdir(dir);
    return failures != 0;
}
