/*
 * test_runtime_trainer.c - nnrt_main, the standalone trainer: usage and
 * exit statuses, CSV and IDX data, the final line on stdout,
 * --resume/--save continuing a run to the same bytes as a straight run,
 * --evaluate and --predict on a checkpoint, the run-time overrides and
 * their record in the metrics file, and the scores that fit the task.
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
TINY_MODEL_LR(ce4lr, 4, 3, 8, NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE, 0.2f, 0.9f, 0.0f, 3, 0.2, 0)

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
    const char *last = strstr(out_text, "test loss ");
    assert_non_null(last);
    assert_int_equal(sscanf(last, "test loss %f  accuracy %f%%", &loss, &acc), 2);
    assert_true(acc > 80.0f);
    /* the confusion matrix of the test data comes before the final line */
    assert_non_null(strstr(out_text, "confusion matrix (50 rows; rows: true class, columns: predicted)\ntrue"));
    assert_non_null(strstr(err_text, "epoch 5/5"));   /* progress went to stderr */
    assert_non_null(strstr(err_text, "val_loss"));    /* the train block's validation 0.2 */
    assert_int_equal(tiny_rows, 5 * 160);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--quiet", NULL}), 0);
    assert_string_equal(err_text, "");
    /* without test data: the training rows, and the line says so */
    assert_int_equal(sscanf(out_text, "train loss %f  accuracy %f%%  on the 160 training rows", &loss, &acc), 2);
}

static void bad_data_gives_1_and_names_the_place(void **state)
{
    (void)state;
    FILE *f = fopen(tmp("bad.csv"), "w");
    fprintf(f, "1,0.5,0.5,0.5,0.5\n7,0.5,0.5,0.5,0.5\n");
    fclose(f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("bad.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "bad.csv:2: column 1: label 7 is out of range (0..2); the targets were read "
                           "from column 1: if they are elsewhere, give --label-col NAME, a number (1 is the first "
                           "column) or 'last'"));
    f = fopen(tmp("wide.csv"), "w");
    fprintf(f, "1,0.5,0.5,0.5\n");
    fclose(f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("wide.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "wide.csv:1: the model takes 4 inputs, the file has 3 (4 columns less 1 target"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("missing.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "missing.csv: cannot open it: No such file or directory"));
    /* the column the option names is the column the message names */
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("bad.csv"), "--label-col", "7", NULL}), 1);
    assert_non_null(strstr(err_text, "bad.csv:1: the file has 5 columns, so there is no column 7 to read"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("bad.csv"), "--label-col", "0", NULL}), 1);
    assert_non_null(strstr(err_text, "--label-col 0: columns are counted from 1"));
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
    assert_true(acc > 90.0f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("img.idx"), NULL}), 1);
    assert_non_null(strstr(err_text, "needs a labels file"));
}

/* A data file of another shape than the model's input: both named, exit
 * 1, nothing written (no checkpoint, no metrics, nothing on stdout) */
static void data_of_another_shape_names_both_and_writes_nothing(void **state)
{
    (void)state;
    nnrt_model_desc img = ce4;   /* as nnc describes `input x[1, 2, 2]` */
    img.input_name = "x";
    img.input_rank = 3;
    img.input_dims[0] = 1, img.input_dims[1] = 2, img.input_dims[2] = 2;
    static unsigned char im[16 + 5 * 9], lab[8 + 5];
    unsigned char hi[] = {0, 0, 8, 3, 0, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0, 3}, hl[] = {0, 0, 8, 1, 0, 0, 0, 5};
    memcpy(im, hi, 16);
    memcpy(lab, hl, 8);
    FILE *f = fopen(tmp("img3.idx"), "wb");
    fwrite(im, 1, sizeof im, f);
    fclose(f);
    f = fopen(tmp("lab3.idx"), "wb");
    fwrite(lab, 1, sizeof lab, f);
    fclose(f);
    const char *args[] = {"--train", tmp("img3.idx"), tmp("lab3.idx"), "--save", tmp("never.nnck"),
                          "--metrics", tmp("never.csv"), NULL};
    assert_int_equal(run_main(&img, args), 1);
    assert_non_null(strstr(err_text, "img3.idx: images are 3x3 (9 values), model 'ce4' takes x[1, 2, 2] (4 values)"));
    assert_string_equal(out_text, "");
    assert_int_equal(access(tmp("never.nnck"), F_OK), -1);
    assert_int_equal(access(tmp("never.csv"), F_OK), -1);
    f = fopen(tmp("wide3.csv"), "w");
    fprintf(f, "1,0.5,0.5,0.5\n");
    fclose(f);
    const char *csv[] = {"--train", tmp("wide3.csv"), "--save", tmp("never.nnck"), NULL};
    assert_int_equal(run_main(&img, csv), 1);
    assert_non_null(strstr(err_text, "wide3.csv:1: the file has 3 inputs (4 columns less 1 target column), "
                           "model 'ce4' takes x[1, 2, 2] (4 values)"));
    assert_int_equal(access(tmp("never.nnck"), F_OK), -1);
}

static void mse_model_reads_several_target_columns(void **state)
{
    (void)state;
    FILE *f = fopen(tmp("reg.csv"), "w");
    fprintf(f, "t1,t2,a,b,c\n");
    for (int i = 0; i < 40; i++)
        fprintf(f, "%d,%d,%d,%d,%d\n", i % 3, -(i % 5), i % 3, i % 5, i % 7);
    fclose(f);
    /* a header that names no target column: asked for, not guessed */
    assert_int_equal(run_main(&mse3, (const char *[]){"--train", tmp("reg.csv"), NULL}), 1);
    assert_non_null(strstr(err_text, "reg.csv:1: which column holds the targets?"));
    assert_int_equal(run_main(&mse3, (const char *[]){"--train", tmp("reg.csv"), "--label-col", "t1", "--scale",
                                                      "0.1", NULL}), 0);
    float mse, mae, r2;
    assert_int_equal(sscanf(out_text, "train mse %f  mae %f  r2 %f  on the 40 training rows", &mse, &mae, &r2), 3);
    assert_true(mse >= 0 && mae >= 0 && mae * mae <= mse * 1.0001f && r2 <= 1);
    assert_null(strstr(out_text, "accuracy"));   /* none for mse */
    assert_null(strstr(out_text, "nan"));
}

/* A checkpoint scored and used without any training step: --evaluate
 * and --predict, which need --load. */
static void evaluate_and_predict_use_a_checkpoint_without_training(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 200, 1, 1);
    write_csv(tmp("test.csv"), 50, 2, 0);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--test", tmp("test.csv"),
                                                     "--save", tmp("m.nnck"), "--quiet", NULL}), 0);
    static char trained[sizeof out_text];
    snprintf(trained, sizeof trained, "%s", out_text);
    tiny_reset_hooks();
    assert_int_equal(run_main(&ce4, (const char *[]){"--evaluate", tmp("test.csv"), "--load", tmp("m.nnck"),
                                                     "--plot", tmp("e.svg"), NULL}), 0);
    assert_int_equal(tiny_steps, 0);
    assert_non_null(strstr(out_text, "confusion matrix (50 rows"));
    assert_non_null(strstr(out_text, "  accuracy\n"));
    assert_string_equal(strstr(out_text, "loss "), trained + strlen("test "));   /* the same scores */
    assert_int_equal(access(tmp("e-confusion.svg"), R_OK), 0);
    /* predictions: a header, then the class and its probabilities per row */
    FILE *f = fopen(tmp("in.csv"), "w");
    fprintf(f, "0.5,-0.25,1,0\n-1,0.5,0.25,0.75\n");
    fclose(f);
    assert_int_equal(run_main(&ce4, (const char *[]){"--predict", tmp("in.csv"), "--load", tmp("m.nnck"), "-o",
                                                     tmp("p.csv"), NULL}), 0);
    assert_int_equal(tiny_steps, 0);
    slurp_text(tmp("p.csv"), out_text, sizeof out_text);
    int cls;
    float p0, p1, p2;
    assert_true(strncmp(out_text, "class,p0,p1,p2\n", 15) == 0);
    assert_int_equal(sscanf(out_text + 15, "%d,%f,%f,%f", &cls, &p0, &p1, &p2), 4);
    assert_true(fabsf(p0 + p1 + p2 - 1) < 1e-5f && cls >= 0 && cls < 3);
    assert_true((cls == 0 ? p0 : cls == 1 ? p1 : p2) >= fmaxf(p0, fmaxf(p1, p2)));
    /* the test CSV with its labels predicts too: the label column is left out */
    assert_int_equal(run_main(&ce4, (const char *[]){"--predict", tmp("test.csv"), "--load", tmp("m.nnck"), NULL}), 0);
    assert_true(strncmp(out_text, "class,p0,p1,p2\n", 15) == 0);
    assert_int_equal(run_main(&ce4, (const char *[]){"--predict", tmp("in.csv"), NULL}), 2);
    assert_non_null(strstr(err_text, "--predict needs --load CHECKPOINT"));
}

/* A PyTorch export has weights only: evaluate takes it as it is. */
static void evaluate_takes_a_checkpoint_without_training_state(void **state)
{
    (void)state;
    write_csv(tmp("test.csv"), 50, 2, 1);
    nnrt_model *m = nnrt_model_create(&ce4, 3);
    size_t lw, lb;
    float *w = nnrt_param(m, "fc.weight", &lw), *b = nnrt_param(m, "fc.bias", &lb);
    nnrt_ckpt_tensor t[] = {{"fc.weight", 2, {3, 4}, 12, w}, {"fc.bias", 1, {3}, 3, b}};
    assert_int_equal(nnrt_ckpt_write(tmp("torch.nnck"), t, 2), NNRT_OK);
    float loss, acc;
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("test.csv"), &(nnrt_csv_options){.num_classes = 3}), NNRT_OK);
    assert_int_equal(nnrt_evaluate(m, d.x, d.t, d.n, &loss, &acc), NNRT_OK);
    assert_int_equal(run_main(&ce4, (const char *[]){"--evaluate", tmp("test.csv"), "--load", tmp("torch.nnck"),
                                                     "--quiet", NULL}), 0);
    char want[64];
    snprintf(want, sizeof want, "loss %.4f  accuracy %.2f%%\n", loss, 100.0 * acc);
    assert_string_equal(out_text, want);
    nnrt_dataset_free(&d);
    nnrt_model_destroy(m);
}

/* --epochs, --seed, --validation, --patience: obeyed, and written in the
 * metrics file's first line. */
static void overrides_are_obeyed_and_recorded(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 200, 1, 1);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--epochs", "2", "--seed", "7",
                                                     "--validation", "0.5", "--patience", "4", "--metrics",
                                                     tmp("m.csv"), "--quiet", NULL}), 0);
    assert_int_equal(tiny_rows, 2 * 100);   /* two epochs of the half that trains */
    slurp_text(tmp("m.csv"), out_text, sizeof out_text);
    assert_non_null(strstr(out_text, "# model ce4: epochs 2 (--epochs), lr as compiled, seed 7 (--seed), "
                                     "validation 0.5 of the rows, seeded (--validation), patience 4 (--patience); "));
    assert_non_null(strstr(out_text, "\nepoch,train_loss"));
    /* the seed draws the weights: another seed, other weights */
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--epochs", "1", "--seed", "7",
                                                     "--save", tmp("a.nnck"), "--quiet", NULL}), 0);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--epochs", "1", "--seed", "8",
                                                     "--save", tmp("b.nnck"), "--quiet", NULL}), 0);
    nnrt_ckpt a, b;
    assert_int_equal(nnrt_ckpt_read(tmp("a.nnck"), &a), NNRT_OK);
    assert_int_equal(nnrt_ckpt_read(tmp("b.nnck"), &b), NNRT_OK);
    assert_memory_not_equal(a.tensors[0].data, b.tensors[0].data, 12 * sizeof(float));
    nnrt_ckpt_free(&a);
    nnrt_ckpt_free(&b);
    /* --validation 0 and --patience 0 turn them off; bad values are usage errors */
    tiny_reset_hooks();
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--epochs", "1", "--validation",
                                                     "0", "--quiet", NULL}), 0);
    assert_int_equal(tiny_rows, 200);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--validation", "1", NULL}), 2);
    assert_non_null(strstr(err_text, "--validation needs a fraction from 0 to 0.99, got '1'"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--lr", "-1", NULL}), 2);
    assert_non_null(strstr(err_text, "--lr needs a positive number, got '-1'"));
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--patience", "1.5", NULL}), 2);
}

/* --lr writes train.lr; code without it (today's generated code) says so. */
static void lr_needs_a_train_lr_tensor(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 200, 1, 1);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--lr", "0.01", NULL}), 1);
    assert_non_null(strstr(err_text, "set_lr: model 'ce4' has no train.lr tensor"));
    assert_int_equal(tiny_steps, 0);
    /* with the tensor: the rate is used, and recorded */
    nnrt_model *m = nnrt_model_create(&ce4lr, 42);
    assert_int_equal(nnrt_set_lr(m, 0.0f), NNRT_EARG);
    assert_int_equal(nnrt_set_lr(m, 0.125f), NNRT_OK);
    size_t len;
    assert_true(nnrt_param(m, "train.lr", &len)[0] == 0.125f && len == 1);
    nnrt_model_destroy(m);
    assert_int_equal(run_main(&ce4lr, (const char *[]){"--train", tmp("train.csv"), "--lr", "1e-9", "--epochs", "1",
                                                       "--save", tmp("slow.nnck"), "--metrics", tmp("m.csv"),
                                                       "--quiet", NULL}), 0);
    slurp_text(tmp("m.csv"), out_text, sizeof out_text);
    assert_non_null(strstr(out_text, "lr 1e-09 (--lr)"));
    /* a rate of 1e-9 leaves the weights where they started */
    nnrt_model *fresh = nnrt_model_create(&ce4lr, 42), *slow = nnrt_model_create(&ce4lr, 1);
    assert_int_equal(nnrt_load(slow, tmp("slow.nnck")), NNRT_OK);
    float *w0 = nnrt_param(fresh, "fc.weight", &len), *w1 = nnrt_param(slow, "fc.weight", &len);
    for (size_t i = 0; i < len; i++)
        assert_true(fabsf(w0[i] - w1[i]) < 1e-6f);
    nnrt_model_destroy(fresh);
    nnrt_model_destroy(slow);
}

/* --validation-data: validation on another file, no rows held out */
static void validation_data_replaces_the_held_out_rows(void **state)
{
    (void)state;
    write_csv(tmp("train.csv"), 200, 1, 1);
    write_csv(tmp("val.csv"), 30, 4, 0);
    assert_int_equal(run_main(&ce4, (const char *[]){"--train", tmp("train.csv"), "--validation-data", tmp("val.csv"),
                                                     "--epochs", "2", NULL}), 0);
    assert_int_equal(tiny_rows, 2 * 200);
    assert_non_null(strstr(err_text, "val_loss"));
    assert_non_null(strstr(out_text, "on the 200 training rows"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(help_and_bad_usage_give_0_and_2, setup_dir),
        cmocka_unit_test_setup(trains_on_csv_and_reports_the_test_set_on_stdout, setup_dir),
        cmocka_unit_test_setup(bad_data_gives_1_and_names_the_place, setup_dir),
        cmocka_unit_test_setup(resume_and_save_continue_to_the_same_bytes, setup_dir),
        cmocka_unit_test_setup(trains_on_idx_images_and_labels, setup_dir),
        cmocka_unit_test_setup(data_of_another_shape_names_both_and_writes_nothing, setup_dir),
        cmocka_unit_test_setup(mse_model_reads_several_target_columns, setup_dir),
        cmocka_unit_test_setup(evaluate_and_predict_use_a_checkpoint_without_training, setup_dir),
        cmocka_unit_test_setup(evaluate_takes_a_checkpoint_without_training_state, setup_dir),
        cmocka_unit_test_setup(overrides_are_obeyed_and_recorded, setup_dir),
        cmocka_unit_test_setup(lr_needs_a_train_lr_tensor, setup_dir),
        cmocka_unit_test_setup(validation_data_replaces_the_held_out_rows, setup_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
