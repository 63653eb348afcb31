/*
 * test_runtime_trainer.c - nnrt_main, the standalone trainer: usage and
 * exit statuses, CSV and IDX data, the final line on stdout, and
 * --resume/--save continuing a run to the same bytes as a straight run.
 */
#include <fcntl.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "nnrt.h"
#include "test_runtime_tiny.h"

/*         name  in out B  loss                     init          lr    mom   drop  ep val  pat */
TINY_MODEL(ce4,  4, 3,  8, NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE, 0.2f, 0.9f, 0.2f, 3, 0.2, 0)
TINY_MODEL(mse3, 3, 2,  4, NNRT_LOSS_MSE,           NNRT_INIT_XAVIER, 0.05f, 0.0f, 0.0f, 2, 0.0, 0)

static char tmpdir[256];
static char out_text[8192], err_text[8192];

static int setup_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/rt_trainer_XXXXXX", NNC_BINARY_DIR);
    if (!mkdtemp(tmpdir))
        snprintf(tmpdir, sizeof tmpdir, "/tmp");
    tiny_reset_hooks();
    return 0;
}

static const char *tmp(const char *name)
{
    static char buf[8][512];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void slurp_text(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(buf, 1, cap - 1, f) : 0;
    buf[n] = '\0';
    if (f)
        fclose(f);
}

/* Runs nnrt_main with stdout and stderr captured into out_text, err_text. */
static int run_main(const nnrt_model_desc *d, const char **args)
{
    char *argv[32];
    int argc = 0;
    argv[argc++] = "train";
    while (*args)
        argv[argc++] = (char *)*args++;
    argv[argc] = NULL;
    fflush(stdout);
    fflush(stderr);
    int so = dup(1), se = dup(2);
    int fo = open(tmp("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fe = open(tmp("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fo, 1);
    dup2(fe, 2);
    int r = nnrt_main(d, argc, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(so, 1);
    dup2(se, 2);
    close(so), close(se), close(fo), close(fe);
    slurp_text(tmp("stdout"), out_text, sizeof out_text);
    slurp_text(tmp("stderr"), err_text, sizeof err_text);
    return r;
}

static void write_csv(const char *path, size_t n, uint64_t seed, int header)
{
    float x[4 * 200], t[200];
    tiny_data(x, t, n, 4, 3, 1, seed);
    FILE *f = fopen(path, "w");
    if (header)
        fprintf(f, "label,a,b,c,d\n");
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%d,%.9g,%.9g,%.9g,%.9g\n", (int)t[i], x[4 * i], x[4 * i + 1], x[4 * i + 2], x[4 * i + 3]);
    fclose(f);
}

static void help_and_bad_usage_give_0_and_2(void **state)
{
    (void)state;
    assert_int_equal(run_main(&ce4, (const char *[]){"--help", NULL}), 0);
    assert_non_null(strstr(out_text, "usage:"));
    assert_int_equal(run_main(&ce4, (const char *[]){NULL}), 2);
    assert_non_null(strstr(err_text, "no training data"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", "x.csv", "--frobnicate", NULL}), 2);
    assert_non_null(strstr(err_text, "unknown option '--frobnicate'"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", "x.csv", "--epochs", "0", NULL}), 2);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", NULL}), 2);
}

static void trains_on_csv_and_reports_the_test_set_on_stdout(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 200, 1, 1);
    write_csv(tmp("test.csv"), 50, 2, 0);
    const char *args[] = {"--train", tmp("train.csv"), "--test", tmp("test.csv"), "--epochs", "5",
                          "--metrics", tmp("m.csv"), NULL};
    assert_int_equal(run_main(&ce4, args), 0);
    float loss, acc;
    assert_int_equal(sscanf(out_text, "test loss %f  accuracy %f", &loss, &acc), 2);
    assert_true(acc > 0.8f);
    assert_non_null(strstr(err_text, "epoch 5/5"));   /* progress went to stderr */
    assert_non_null(strstr(err_text, "val_loss"));    /* the train block's validation 0.2 */
    assert_int_equal(tiny_rows, 5 * 160);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--quiet", NULL}), 0);
    assert_string_equal(err_text, "");
    assert_true(strncmp(out_text, "train loss ", 11) == 0);
}

static void bad_data_gives_1_and_names_the_place(void **state)
{
    (void)state;
    FILE *f = fopen(tmp("bad.csv"), "w");
    fprintf(f, "1,0.5,0.5,0.5,0.5\n7,0.5,0.5,0.5,0.5\n");
    fclose(f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("bad.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "bad.csv:2: column 1: label 7 is out of range (0..2)"));
    f = fopen(tmp("wide.csv"), "w");
    fprintf(f, "1,0.5,0.5,0.5\n");
    fclose(f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("wide.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "wide.csv:1: 4 columns, expected 5"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("missing.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "missing.csv"));
}

static void resume_and_save_continue_to_the_same_bytes(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 120, 3, 0);
    const char *straight[] = {"--train", tmp("train.csv"), "--epochs", "4", "--save", tmp("s.nnck"), "--quiet", NULL};
    assert_int_equal(run_main(&ce4, straight), 0);
    static char line[sizeof out_text];
    memcpy(line, out_text, sizeof line);
    /* the usual case: the same path for both, the first run has nothing to resume */
    const char *first[] = {"--train", tmp("train.csv"), "--epochs", "2", "--resume", tmp("r.nnck"),
                           "--save", tmp("r.nnck"), NULL};
    assert_int_equal(run_main(&ce4, first), 0);
    assert_non_null(strstr(err_text, "starting afresh"));
    const char *again[] = {"--train", tmp("train.csv"), "--epochs", "4", "--resume", tmp("r.nnck"),
                           "--save", tmp("r.nnck"), NULL};
    assert_int_equal(run_main(&ce4, again), 0);
    assert_non_null(strstr(err_text, "after epoch 2"));
    assert_string_equal(out_text, line);
    static char a[1 << 14], b[1 << 14];
    FILE *fa = fopen(tmp("s.nnck"), "rb"), *fb = fopen(tmp("r.nnck"), "rb");
    size_t na = fread(a, 1, sizeof a, fa), nb = fread(b, 1, sizeof b, fb);
    fclose(fa), fclose(fb);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
}

static void trains_on_idx_images_and_labels(void **state)
{
    (void)state;
    /* 64 "images" of 2x2 pixels whose class is the brightest quadrant (of 3) */
    static unsigned char img[16 + 64 * 4], lab[8 + 64];
    unsigned char hi[] = {0, 0, 8, 3, 0, 0, 0, 64, 0, 0, 0, 2, 0, 0, 0, 2}, hl[] = {0, 0, 8, 1, 0, 0, 0, 64};
    memcpy(img, hi, 16);
    memcpy(lab, hl, 8);
    nnrt_rng r;
    nnrt_rng_seed(&r, 5, 5);
    for (int i = 0; i < 64; i++) {
        int c = (int)nnrt_rng_below(&r, 3);
        for (int k = 0; k < 4; k++)
            img[16 + 4 * i + k] = (unsigned char)(k == c ? 200 + nnrt_rng_below(&r, 55) : nnrt_rng_below(&r, 100));
        lab[8 + i] = (unsigned char)c;
    }
    FILE *f = fopen(tmp("img.idx"), "wb");
    fwrite(img, 1, sizeof img, f);
    fclose(f);
    f = fopen(tmp("lab.idx"), "wb");
    fwrite(lab, 1, sizeof lab, f);
    fclose(f);
    const char *args[] = {"--train", tmp("img.idx"), tmp("lab.idx"), "--epochs", "20", "--quiet", NULL};
    assert_int_equal(run_main(&ce4, args), 0);
    float loss, acc;
    assert_int_equal(sscanf(out_text, "train loss %f  accuracy %f", &loss, &acc), 2);
    assert_true(acc > 0.9f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("img.idx"), NULL}), 1);
    assert_non_null(strstr(err_text, "needs a labels file"));
}

static void mse_model_reads_several_target_columns(void **state)
{
    (void)state;
    FILE *f = fopen(tmp("reg.csv"), "w");
    fprintf(f, "t1,t2,a,b,c\n");
    for (int i = 0; i < 40; i++)
        fprintf(f, "%d,%d,%d,%d,%d\n", i % 3, -(i % 5), i % 3, i % 5, i % 7);
    fclose(f);
    assert_int_equal(run_main(&mse3, (const char *[]){"--train", tmp("reg.csv"), "--scale", "0.1", NULL}), 0);
    assert_true(strncmp(out_text, "train loss ", 11) == 0);
    assert_null(strstr(out_text, "accuracy"));   /* none for mse */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(help_and_bad_usage_give_0_and_2, setup_dir),
        cmocka_unit_test_setup(trains_on_csv_and_reports_the_test_set_on_stdout, setup_dir),
        cmocka_unit_test_setup(bad_data_gives_1_and_names_the_place, setup_dir),
        cmocka_unit_test_setup(resume_and_save_continue_to_the_same_bytes, setup_dir),
        cmocka_unit_test_setup(trains_on_idx_images_and_labels, setup_dir),
        cmocka_unit_test_setup(mse_model_reads_several_target_columns, setup_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
