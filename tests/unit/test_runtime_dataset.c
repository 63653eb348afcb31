/*
 * test_runtime_dataset.c - IDX and CSV readers, normalisation, splits,
 * and the messages bad files get (file and place).  The real
 * Fashion-MNIST files are read when the package is installed.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <cmocka.h>

#include "nnrt.h"

static char tmpdir[256];

static int setup_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/rt_data_XXXXXX", NNC_BINARY_DIR);
    if (!mkdtemp(tmpdir))
        snprintf(tmpdir, sizeof tmpdir, "/tmp");
    return 0;
}

static const char *tmp(const char *name)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void write_file(const char *path, const void *b, size_t len, int gz)
{
    if (gz) {
        gzFile f = gzopen(path, "wb");
        assert_non_null(f);
        assert_int_equal(gzwrite(f, b, (unsigned)len), (int)len);
        gzclose(f);
    } else {
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(b, 1, len, f), len);
        fclose(f);
    }
}

static void write_text(const char *path, const char *text) { write_file(path, text, strlen(text), 0); }

/* IDX u8: 3 images of 2x2 and 3 labels */
static size_t idx_images(unsigned char *b)
{
    unsigned char h[] = {0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 2};
    memcpy(b, h, sizeof h);
    for (int i = 0; i < 12; i++)
        b[16 + i] = (unsigned char)(i * 20);
    return 28;
}

static size_t idx_labels(unsigned char *b, unsigned char l0)
{
    unsigned char h[] = {0, 0, 8, 1, 0, 0, 0, 3, l0, 1, 9};
    memcpy(b, h, sizeof h);
    return sizeof h;
}

/* ---- IDX --------------------------------------------------------------------- */

static void idx_reads_plain_and_gzipped_alike(void **state)
{
    (void)state;
    unsigned char img[64], lab[16];
    size_t ni = idx_images(img), nl = idx_labels(lab, 2);
    for (int gz = 0; gz < 2; gz++) {
        const char *ip = tmp(gz ? "img.gz" : "img"), *lp = tmp(gz ? "lab.gz" : "lab");
        write_file(ip, img, ni, gz);
        write_file(lp, lab, nl, gz);
        nnrt_dataset d = {0};
        assert_int_equal(nnrt_dataset_load_idx(&d, ip, lp, 10), NNRT_OK);
        assert_int_equal(d.n, 3);
        assert_int_equal(d.input_size, 4);
        assert_int_equal(d.target_size, 1);
        for (int i = 0; i < 12; i++)
            assert_true(d.x[i] == (float)(i * 20) / 255.0f);
        assert_true(d.t[0] == 2 && d.t[1] == 1 && d.t[2] == 9);
        nnrt_dataset_free(&d);
        assert_null(d.x);
        /* images alone: no targets */
        assert_int_equal(nnrt_dataset_load_idx(&d, ip, NULL, 0), NNRT_OK);
        assert_null(d.t);
        assert_int_equal(d.target_size, 0);
        nnrt_dataset_free(&d);
    }
}

static void idx_reads_float_elements(void **state)
{
    (void)state;
    unsigned char b[4 + 4 + 4 + 8] = {0, 0, 0x0D, 2, 0, 0, 0, 1, 0, 0, 0, 2};
    float v[2] = {-1.5f, 300.25f};
    for (int i = 0; i < 2; i++) {
        uint32_t u;
        memcpy(&u, &v[i], 4);
        for (int k = 0; k < 4; k++)
            b[12 + 4 * i + k] = (unsigned char)(u >> (24 - 8 * k));   /* big-endian */
    }
    write_file(tmp("f.idx"), b, sizeof b, 0);
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_idx(&d, tmp("f.idx"), NULL, 0), NNRT_OK);
    assert_true(d.x[0] == -1.5f && d.x[1] == 300.25f);
    nnrt_dataset_free(&d);
}

static void expect_idx_error(const char *ip, const char *lp, size_t classes, int code, const char *words)
{
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_idx(&d, ip, lp, classes), code);
    assert_null(d.x);
    if (!strstr(nnrt_last_error(), words))
        fail_msg("'%s' not in '%s'", words, nnrt_last_error());
}

static void idx_rejects_truncated_files(void **state)
{
    (void)state;
    unsigned char img[64], lab[16];
    size_t ni = idx_images(img), nl = idx_labels(lab, 2);
    write_file(tmp("lab"), lab, nl, 0);
    write_file(tmp("short"), img, ni - 1, 0);
    expect_idx_error(tmp("short"), tmp("lab"), 10, NNRT_EFORMAT, "short: truncated");
    write_file(tmp("head"), img, 10, 0);
    expect_idx_error(tmp("head"), tmp("lab"), 10, NNRT_EFORMAT, "head: truncated in the header");
    write_file(tmp("short.gz"), img, ni - 3, 1);
    expect_idx_error(tmp("short.gz"), tmp("lab"), 10, NNRT_EFORMAT, "truncated");
    /* a gzip stream cut in the middle */
    write_file(tmp("whole.gz"), img, ni, 1);
    FILE *f = fopen(tmp("whole.gz"), "rb");
    unsigned char z[256];
    size_t nz = fread(z, 1, sizeof z, f);
    fclose(f);
    write_file(tmp("cut.gz"), z, nz - 6, 0);
    expect_idx_error(tmp("cut.gz"), tmp("lab"), 10, NNRT_EFORMAT, "cut.gz");
}

static void idx_rejects_wrong_magic_and_mismatches(void **state)
{
    (void)state;
    unsigned char img[64], lab[16];
    size_t ni = idx_images(img), nl = idx_labels(lab, 2);
    write_file(tmp("lab"), lab, nl, 0);
    write_file(tmp("img"), img, ni, 0);
    write_text(tmp("text"), "hello, this is not IDX\n");
    expect_idx_error(tmp("text"), tmp("lab"), 10, NNRT_EFORMAT,
                     "text: not an IDX file: it starts 68 65 6c 6c, an IDX file starts 00 00, a type byte");
    img[2] = 0x07;   /* no such element type */
    write_file(tmp("type"), img, ni, 0);
    expect_idx_error(tmp("type"), tmp("lab"), 10, NNRT_EFORMAT, "not an IDX file: it starts 00 00 07 03");
    img[2] = 0x08;
    img[ni] = 1;   /* a byte too many */
    write_file(tmp("long"), img, ni + 1, 0);
    expect_idx_error(tmp("long"), tmp("lab"), 10, NNRT_EFORMAT, "1 bytes after the data");
    lab[7] = 2;    /* 2 labels for 3 images: the header says so, and the file too */
    write_file(tmp("lab2"), lab, nl - 1, 0);
    expect_idx_error(tmp("img"), tmp("lab2"), 10, NNRT_EFORMAT, "has 3 items but");
    expect_idx_error(tmp("img"), tmp("img"), 10, NNRT_EFORMAT, "one value per item");
    expect_idx_error(tmp("missing"), tmp("lab"), 10, NNRT_EIO, "missing: cannot open it: No such file or directory");
}

static void idx_rejects_labels_out_of_range(void **state)
{
    (void)state;
    unsigned char img[64], lab[16];
    size_t ni = idx_images(img), nl = idx_labels(lab, 2);
    write_file(tmp("img"), img, ni, 0);
    write_file(tmp("lab"), lab, nl, 0);
    expect_idx_error(tmp("img"), tmp("lab"), 5, NNRT_ETARGET, "lab: item 2: label 9 is out of range (0..4)");
}

/* ---- CSV --------------------------------------------------------------------- */

static void csv_with_header_and_label_first(void **state)
{
    (void)state;
    write_text(tmp("a.csv"), "label,p1,p2,p3\n1,0.5,2,3\n0, 4 ,5,6e-1\r\n\n2,7,8,9\n");
    nnrt_csv_options o = {.num_classes = 3};
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("a.csv"), &o), NNRT_OK);
    assert_int_equal(d.n, 3);
    assert_int_equal(d.input_size, 3);
    assert_int_equal(d.target_size, 1);
    float x[] = {0.5f, 2, 3, 4, 5, 0.6f, 7, 8, 9}, t[] = {1, 0, 2};
    assert_memory_equal(d.x, x, sizeof x);
    assert_memory_equal(d.t, t, sizeof t);
    nnrt_dataset_free(&d);
}

static void csv_without_header_and_defaults(void **state)
{
    (void)state;
    write_text(tmp("b.csv"), "3,1,2\n4,5,6");   /* no final newline */
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("b.csv"), NULL), NNRT_OK);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.input_size, 2);
    assert_true(d.t[0] == 3 && d.t[1] == 4 && d.x[3] == 6);
    nnrt_dataset_free(&d);
    nnrt_csv_options o = {.no_targets = 1};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("b.csv"), &o), NNRT_OK);
    assert_int_equal(d.input_size, 3);
    assert_null(d.t);
    nnrt_dataset_free(&d);
}

static void csv_label_column_by_name_or_index(void **state)
{
    (void)state;
    write_text(tmp("c.csv"), "a,b,\"class\",c\n1,2,0,3\n4,5,1,6\n");
    nnrt_csv_options o = {.label_name = "class", .num_classes = 2};
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("c.csv"), &o), NNRT_OK);
    float x[] = {1, 2, 3, 4, 5, 6}, t[] = {0, 1};
    assert_memory_equal(d.x, x, sizeof x);
    assert_memory_equal(d.t, t, sizeof t);
    nnrt_dataset_free(&d);
    nnrt_csv_options by_index = {.label_col = 2};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("c.csv"), &by_index), NNRT_OK);
    assert_memory_equal(d.x, x, sizeof x);
    assert_memory_equal(d.t, t, sizeof t);
    nnrt_dataset_free(&d);
    o.label_name = "nope";
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("c.csv"), &o), NNRT_EARG);
    assert_non_null(strstr(nnrt_last_error(), "no column is named 'nope'"));
    by_index.label_col = 4;
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("c.csv"), &by_index), NNRT_EARG);
}

static void csv_several_target_columns(void **state)
{
    (void)state;
    write_text(tmp("d.csv"), "1,2,3,4,5\n6,7,8,9,10\n");
    nnrt_csv_options o = {.target_cols = 2, .label_col = 3, .input_size = 3};
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("d.csv"), &o), NNRT_OK);
    float x[] = {1, 2, 3, 6, 7, 8}, t[] = {4, 5, 9, 10};
    assert_memory_equal(d.x, x, sizeof x);
    assert_memory_equal(d.t, t, sizeof t);
    nnrt_dataset_free(&d);
    o.input_size = 4;
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("d.csv"), &o), NNRT_EFORMAT);
    assert_non_null(strstr(nnrt_last_error(),
                           "d.csv:1: the model takes 4 inputs, the file has 3 (5 columns less 2 target columns)"));
}

static void expect_csv_error(const char *text, const nnrt_csv_options *o, int code, const char *words)
{
    write_text(tmp("bad.csv"), text);
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("bad.csv"), o), code);
    assert_null(d.x);
    char want[600];
    snprintf(want, sizeof want, "%s%s", tmp("bad.csv"), words);
    if (!strstr(nnrt_last_error(), want))
        fail_msg("'%s' not in '%s'", want, nnrt_last_error());
}

static void csv_errors_name_file_line_and_column(void **state)
{
    (void)state;
    nnrt_csv_options cls = {.num_classes = 3};
    expect_csv_error("y,a,b\n1,2,3\n0,abc,4\n", NULL, NNRT_EFORMAT, ":3: column 2: 'abc' is not a number");
    expect_csv_error("1,2,3\n0,4,\n", NULL, NNRT_EFORMAT, ":2: column 3: '' is not a number");
    expect_csv_error("1,2,3\n0,4\n", NULL, NNRT_EFORMAT, ":2: the row has 2 columns, expected 3");
    expect_csv_error("1,2,3\n\n0,4,5,6\n", NULL, NNRT_EFORMAT, ":3: the row has 4 columns, expected 3");
    expect_csv_error("y,a\n1,2\n3,4\n", &cls, NNRT_ETARGET, ":3: column 1 ('y'): label 3 is out of range (0..2)");
    expect_csv_error("1.5,2\n", &cls, NNRT_ETARGET, ":1: column 1: label 1.5 is not a whole number (class indices are 0..2)");
    expect_csv_error("1,nan\n", NULL, NNRT_EDATA, ":1: column 2: 'nan' is not a finite number");
    expect_csv_error("1,1e999\n", NULL, NNRT_EDATA, ":1: column 2: '1e999' is not a finite number");
    expect_csv_error("a,b\n", NULL, NNRT_EFORMAT, ": a header but no data");
    expect_csv_error("", NULL, NNRT_EFORMAT, ": no data");
    expect_csv_error("5\n", NULL, NNRT_EFORMAT, ":1: no input columns");
}

/* ---- CSV as users have it ----------------------------------------------------- */

static nnrt_dataset load_text(const char *text, const nnrt_csv_options *o)
{
    write_text(tmp("u.csv"), text);
    nnrt_dataset d = {0};
    if (nnrt_dataset_load_csv(&d, tmp("u.csv"), o) != NNRT_OK)
        fail_msg("%s", nnrt_last_error());
    return d;
}

static void csv_finds_semicolon_and_tab_separators(void **state)
{
    (void)state;
    float x[] = {1.5f, 2, 3, 4};
    const char *texts[] = {"t;a;b\n0;1.5;2\n1;3;4\n", "t\ta\tb\n0\t1.5\t2\n1\t3\t4\n", "0;1.5;2\n1;3;4\n"};
    for (int i = 0; i < 3; i++) {
        nnrt_dataset d = load_text(texts[i], NULL);
        assert_int_equal(d.n, 2);
        assert_int_equal(d.input_size, 2);
        assert_memory_equal(d.x, x, sizeof x);
        assert_true(d.t[0] == 0 && d.t[1] == 1);
        nnrt_dataset_free(&d);
    }
    /* a decimal comma and a space-separated file are named as such */
    expect_csv_error("t;a;b\n0;1,5;2\n", NULL, NNRT_EFORMAT, ":2: column 2: '1,5' is not a number (a decimal comma?");
    nnrt_csv_options four = {.input_size = 2};
    expect_csv_error("0 1 2\n1 3 4\n", &four, NNRT_EFORMAT,
                     ":1: one column: values must be separated by ',', ';' or a tab, and this line has spaces");
}

static void csv_target_column_from_the_header_or_last(void **state)
{
    (void)state;
    nnrt_csv_options by_header = {.label_by_header = 1, .num_classes = 3};
    nnrt_dataset d = load_text("a,b,Class\n1,2,2\n3,4,0\n", &by_header);
    assert_true(d.t[0] == 2 && d.t[1] == 0 && d.x[3] == 4);
    nnrt_dataset_free(&d);
    d = load_text("1,2,2\n0,4,0\n", &by_header);   /* no header: the first column */
    assert_true(d.t[0] == 1 && d.t[1] == 0);
    nnrt_dataset_free(&d);
    nnrt_csv_options last = {.label_last = 1, .target_cols = 2};
    d = load_text("1,2,3,4\n5,6,7,8\n", &last);
    float x[] = {1, 2, 5, 6}, t[] = {3, 4, 7, 8};
    assert_memory_equal(d.x, x, sizeof x);
    assert_memory_equal(d.t, t, sizeof t);
    nnrt_dataset_free(&d);
    /* a header that names no target: an error that asks, not a guess */
    expect_csv_error("crim,zn,medv\n1,2,3\n", &(nnrt_csv_options){.label_by_header = 1, .label_hint = "HINT"},
                     NNRT_EARG, ":1: which column holds the targets? No header name is 'label', 'target', "
                     "'class' or 'y'; HINT");
}

static void csv_bad_labels_name_the_column_read_and_one_that_fits(void **state)
{
    (void)state;
    nnrt_csv_options cls = {.num_classes = 3, .label_hint = "give --label-col"};
    expect_csv_error("f1,f2,f3,kind\n0.5,1,2,0\n1.5,0,1,2\n", &(nnrt_csv_options){.num_classes = 3,
                     .label_col = 0, .label_name = "f1", .label_hint = "give --label-col"}, NNRT_ETARGET,
                     ":2: column 1 ('f1'): label 0.5 is not a whole number (class indices are 0..2); the targets were "
                     "read from column 1 ('f1'): if they are elsewhere, give --label-col; column 4 ('kind') holds "
                     "valid class indices in every row");
    expect_csv_error("7,1,2\n", &cls, NNRT_ETARGET, ":1: column 1: label 7 is out of range (0..2); the targets "
                     "were read from column 1: if they are elsewhere, give --label-col; column 3 holds valid");
    nnrt_csv_options bce = {.unit_targets = 1};
    expect_csv_error("2,0.5\n", &bce, NNRT_ETARGET, ":1: column 1: target 2 is outside [0, 1]");
}

static void csv_optional_targets_for_predict(void **state)
{
    (void)state;
    nnrt_csv_options o = {.input_size = 2, .targets_optional = 1, .num_classes = 3};
    nnrt_dataset d = load_text("1,2\n3,4\n", &o);
    assert_int_equal(d.input_size, 2);
    assert_null(d.t);
    nnrt_dataset_free(&d);
    d = load_text("0,1,2\n2,3,4\n", &o);
    assert_true(d.t[1] == 2 && d.x[3] == 4);
    nnrt_dataset_free(&d);
}

/* ---- any file: what is wrong with it, in its own words ------------------------- */

static void expect_load_error(const char *path, const char *labels, int code, const char *words)
{
    nnrt_dataset d = {0};
    nnrt_csv_options o = {.input_size = 4, .num_classes = 10};
    assert_int_equal(nnrt_dataset_load(&d, path, labels, &o), code);
    assert_null(d.x);
    if (!strstr(nnrt_last_error(), words))
        fail_msg("'%s' not in '%s'", words, nnrt_last_error());
}

static void load_tells_each_fault_apart(void **state)
{
    (void)state;
    unsigned char img[64], lab[16];
    size_t ni = idx_images(img), nl = idx_labels(lab, 2);
    write_file(tmp("img.gz"), img, ni, 1);
    write_file(tmp("lab"), lab, nl, 0);
    expect_load_error(tmp("nope.csv"), NULL, NNRT_EIO, "nope.csv: cannot open it: No such file or directory");
    expect_load_error(tmp("nope.idx"), tmp("lab"), NNRT_EIO, "nope.idx: cannot open it: No such file or directory");
    write_text(tmp("t.csv"), "label,a\n1,2\n");
    expect_load_error(tmp("t.csv"), tmp("lab"), NNRT_EFORMAT, "t.csv: not an IDX file: it starts 6c 61 62 65, an IDX "
                      "file starts 00 00, a type byte (08 to 0e) and a dimension count (01 to ff); it looks like CSV "
                      "text, and a CSV file holds its own targets: give it without a labels file");
    /* a gzip file cut short, and one with a damaged byte */
    FILE *f = fopen(tmp("img.gz"), "rb");
    unsigned char gz[256];
    size_t n = fread(gz, 1, sizeof gz, f);
    fclose(f);
    write_file(tmp("short.gz"), gz, n - 6, 0);
    expect_load_error(tmp("short.gz"), tmp("lab"), NNRT_EFORMAT, "short.gz: truncated: the gzip data ends early");
    gz[n - 3] ^= 0xff;   /* the length in the trailer */
    write_file(tmp("bad.gz"), gz, n, 0);
    expect_load_error(tmp("bad.gz"), tmp("lab"), NNRT_EFORMAT, "bad.gz: damaged gzip data (zlib: ");
    /* the model takes 4 inputs: 2x2 images are fine, a 3-column CSV is not */
    nnrt_dataset d = {0};
    nnrt_csv_options o = {.input_size = 4, .num_classes = 10};
    assert_int_equal(nnrt_dataset_load(&d, tmp("img.gz"), tmp("lab"), &o), NNRT_OK);
    assert_int_equal(d.n, 3);
    nnrt_dataset_free(&d);
    o.input_size = 784;
    assert_int_equal(nnrt_dataset_load(&d, tmp("img.gz"), tmp("lab"), &o), NNRT_EFORMAT);
    assert_non_null(strstr(nnrt_last_error(), "img.gz: the model takes 784 inputs, the file has 4 per item"));
    expect_load_error(tmp("t.csv"), NULL, NNRT_EFORMAT, "t.csv:1: the model takes 4 inputs, the file has 1 (2 columns "
                      "less 1 target column)");
    expect_load_error(tmp("img.gz"), NULL, NNRT_EARG, "an IDX file of inputs needs a labels file after it");
    /* the trainer names the model's input: the image's sizes against the shape */
    o.model_input = "model 'lenet' takes x[3, 32, 32]";
    o.input_size = 3072;
    assert_int_equal(nnrt_dataset_load(&d, tmp("img.gz"), tmp("lab"), &o), NNRT_EFORMAT);
    assert_non_null(strstr(nnrt_last_error(), "img.gz: images are 2x2 (4 values), model 'lenet' takes "
                           "x[3, 32, 32] (3072 values)"));
    assert_int_equal(d.n, 0);
    assert_null(d.x);
    o.model_input = "model 'm' takes x[4]";
    o.input_size = 4;
    assert_int_equal(nnrt_dataset_load(&d, tmp("t.csv"), NULL, &o), NNRT_EFORMAT);
    assert_non_null(strstr(nnrt_last_error(), "t.csv:1: the file has 1 input (2 columns less 1 target column), "
                           "model 'm' takes x[4] (4 values)"));
}

static void csv_reads_gzipped_files(void **state)
{
    (void)state;
    const char *text = "1,2,3\n0,5,6\n";
    write_file(tmp("e.csv.gz"), text, strlen(text), 1);
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_csv(&d, tmp("e.csv.gz"), NULL), NNRT_OK);
    assert_int_equal(d.n, 2);
    nnrt_dataset_free(&d);
}

/* ---- normalisation and splits ---------------------------------------------- */

static void standardise_per_feature_with_population_std(void **state)
{
    (void)state;
    float x[] = {1, 10, 5, 3, 20, 5, 5, 30, 5, 7, 40, 5};   /* 4 rows, 3 features; the last constant */
    nnrt_dataset d = {4, 3, 0, x, NULL, 0};
    float mean[3], sd[3];
    assert_int_equal(nnrt_dataset_stats(&d, mean, sd), NNRT_OK);
    assert_true(mean[0] == 4 && mean[1] == 25 && mean[2] == 5);
    assert_true(fabsf(sd[0] - sqrtf(5)) < 1e-6f && fabsf(sd[1] - sqrtf(125)) < 1e-5f && sd[2] == 1);
    nnrt_dataset_standardize(&d, mean, sd);
    assert_true(fabsf(x[0] + 3 / sqrtf(5)) < 1e-6f && x[2] == 0 && x[11] == 0);
    nnrt_dataset_scale(&d, 2.0f);
    assert_true(fabsf(x[0] + 6 / sqrtf(5)) < 1e-6f);
}

/* A file sorted by class: every class gives its share to validation, the
 * rows are drawn by the seed, and the two parts cover every row once. */
static void split_rows_is_seeded_shuffled_and_stratified(void **state)
{
    (void)state;
    enum { N = 103 };
    float x[N], t[N];
    for (int i = 0; i < N; i++)
        x[i] = (float)i, t[i] = i < 50 ? 0.0f : i < 90 ? 1.0f : 2.0f;   /* 50, 40, 13 */
    nnrt_dataset all = {N, 1, 1, x, t, 0};
    size_t rows[N], again[N], other[N], nt;
    assert_int_equal(nnrt_dataset_split_rows(&all, 0.2, 7, 3, rows, &nt), NNRT_OK);
    assert_int_equal(nt, N - 20);   /* floor(103 * 0.2) held out */
    int seen[N] = {0}, per_class[3] = {0};
    for (int i = 0; i < N; i++) {
        seen[rows[i]]++;
        if (i > 0 && i != (int)nt)
            assert_true(rows[i] > rows[i - 1]);   /* each part ascending */
        if (i >= (int)nt)
            per_class[(int)t[rows[i]]]++;
    }
    for (int i = 0; i < N; i++)
        assert_int_equal(seen[i], 1);
    /* floor(50*.2)=10, floor(40*.2)=8, floor(13*.2)=2, and the last row to
     * the largest remainder: class 2's 0.6 */
    assert_int_equal(per_class[0], 10);
    assert_int_equal(per_class[1], 8);
    assert_int_equal(per_class[2], 2);
    assert_int_equal(nnrt_dataset_split_rows(&all, 0.2, 7, 3, again, &nt), NNRT_OK);
    assert_memory_equal(rows, again, sizeof rows);
    assert_int_equal(nnrt_dataset_split_rows(&all, 0.2, 8, 3, other, &nt), NNRT_OK);
    assert_memory_not_equal(rows, other, sizeof rows);
    /* no classes: uniform; fraction 0: every row trains, in order */
    assert_int_equal(nnrt_dataset_split_rows(&all, 0.5, 7, 0, rows, &nt), NNRT_OK);
    assert_int_equal(nt, N - 51);
    assert_int_equal(nnrt_dataset_split_rows(&all, 0.0, 7, 3, rows, &nt), NNRT_OK);
    assert_int_equal(nt, N);
    for (int i = 0; i < N; i++)
        assert_int_equal(rows[i], i);
    assert_int_equal(nnrt_dataset_split_rows(&all, 1.0, 7, 3, rows, &nt), NNRT_EARG);
}

static void split_holds_out_the_last_rows(void **state)
{
    (void)state;
    float x[20], t[10];
    nnrt_dataset all = {10, 2, 1, x, t, 0}, tr, va;
    assert_int_equal(nnrt_dataset_split(&all, 0.25, &tr, &va), NNRT_OK);
    assert_int_equal(tr.n, 8);
    assert_int_equal(va.n, 2);
    assert_ptr_equal(va.x, x + 16);
    assert_ptr_equal(va.t, t + 8);
    assert_int_equal(tr.owns + va.owns, 0);
    assert_int_equal(nnrt_dataset_split(&all, 0.0, &tr, &va), NNRT_OK);
    assert_int_equal(va.n, 0);
    assert_int_equal(nnrt_dataset_split(&all, 1.0, &tr, &va), NNRT_EARG);
    assert_int_equal(nnrt_dataset_split(&all, NAN, &tr, &va), NNRT_EARG);
}

/* ---- the real thing, when installed -------------------------------------- */

static void fashion_mnist_loads_when_installed(void **state)
{
    (void)state;
    const char *dir = "/usr/share/datasets/fashion-mnist";
    char img[256], lab[256];
    snprintf(img, sizeof img, "%s/t10k-images-idx3-ubyte.gz", dir);
    snprintf(lab, sizeof lab, "%s/t10k-labels-idx1-ubyte.gz", dir);
    if (access(img, R_OK) != 0 || access(lab, R_OK) != 0)
        skip();
    nnrt_dataset d = {0};
    assert_int_equal(nnrt_dataset_load_idx(&d, img, lab, 10), NNRT_OK);
    assert_int_equal(d.n, 10000);
    assert_int_equal(d.input_size, 784);
    int count[10] = {0};
    for (size_t i = 0; i < d.n; i++)
        count[(int)d.t[i]]++;
    for (int k = 0; k < 10; k++)
        assert_int_equal(count[k], 1000);   /* the test set is balanced */
    float lo = 1, hi = 0;
    for (size_t i = 0; i < d.n * d.input_size; i++)
        lo = fminf(lo, d.x[i]), hi = fmaxf(hi, d.x[i]);
    assert_true(lo == 0.0f && hi == 1.0f);
    nnrt_dataset_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(idx_reads_plain_and_gzipped_alike, setup_dir),
        cmocka_unit_test_setup(idx_reads_float_elements, setup_dir),
        cmocka_unit_test_setup(idx_rejects_truncated_files, setup_dir),
        cmocka_unit_test_setup(idx_rejects_wrong_magic_and_mismatches, setup_dir),
        cmocka_unit_test_setup(idx_rejects_labels_out_of_range, setup_dir),
        cmocka_unit_test_setup(csv_with_header_and_label_first, setup_dir),
        cmocka_unit_test_setup(csv_without_header_and_defaults, setup_dir),
        cmocka_unit_test_setup(csv_label_column_by_name_or_index, setup_dir),
        cmocka_unit_test_setup(csv_several_target_columns, setup_dir),
        cmocka_unit_test_setup(csv_errors_name_file_line_and_column, setup_dir),
        cmocka_unit_test_setup(csv_reads_gzipped_files, setup_dir),
        cmocka_unit_test_setup(csv_finds_semicolon_and_tab_separators, setup_dir),
        cmocka_unit_test_setup(csv_target_column_from_the_header_or_last, setup_dir),
        cmocka_unit_test_setup(csv_bad_labels_name_the_column_read_and_one_that_fits, setup_dir),
        cmocka_unit_test_setup(csv_optional_targets_for_predict, setup_dir),
        cmocka_unit_test_setup(load_tells_each_fault_apart, setup_dir),
        cmocka_unit_test(split_rows_is_seeded_shuffled_and_stratified),
        cmocka_unit_test(standardise_per_feature_with_population_std),
        cmocka_unit_test(split_holds_out_the_last_rows),
        cmocka_unit_test(fashion_mnist_loads_when_installed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
