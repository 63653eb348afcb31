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
    expect_idx_error(tmp("text"), tmp("lab"), 10, NNRT_EFORMAT, "text: wrong magic");
    img[2] = 0x07;   /* no such element type */
    write_file(tmp("type"), img, ni, 0);
    expect_idx_error(tmp("type"), tmp("lab"), 10, NNRT_EFORMAT, "wrong magic");
    img[2] = 0x08;
    img[ni] = 1;   /* a byte too many */
    write_file(tmp("long"), img, ni + 1, 0);
    expect_idx_error(tmp("long"), tmp("lab"), 10, NNRT_EFORMAT, "1 bytes after the data");
    lab[7] = 2;    /* 2 labels for 3 images: the header says so, and the file too */
    write_file(tmp("lab2"), lab, nl - 1, 0);
    expect_idx_error(tmp("img"), tmp("lab2"), 10, NNRT_EFORMAT, "has 3 items but");
    expect_idx_error(tmp("img"), tmp("img"), 10, NNRT_EFORMAT, "one value per item");
    expect_idx_error(tmp("missing"), tmp("lab"), 10, NNRT_EIO, "missing");
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
    assert_non_null(strstr(nnrt_last_error(), "d.csv:1: 5 columns, expected 6"));
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
    expect_csv_error("y,a\n1,2\n3,4\n", &cls, NNRT_ETARGET, ":3: column 1: label 3 is out of range (0..2)");
    expect_csv_error("1.5,2\n", &cls, NNRT_ETARGET, ":1: column 1: label 1.5 is out of range");
    expect_csv_error("1,nan\n", NULL, NNRT_EDATA, ":1: column 2: 'nan' is not a finite number");
    expect_csv_error("1,1e999\n", NULL, NNRT_EDATA, ":1: column 2: '1e999' is not a finite number");
    expect_csv_error("a,b\n", NULL, NNRT_EFORMAT, ": a header but no data");
    expect_csv_error("", NULL, NNRT_EFORMAT, ": no data");
    expect_csv_error("5\n", NULL, NNRT_EFORMAT, ":1: no input columns");
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
        cmocka_unit_test(standardise_per_feature_with_population_std),
        cmocka_unit_test(split_holds_out_the_last_rows),
        cmocka_unit_test(fashion_mnist_loads_when_installed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
