/*
 * test_runtime_checkpoint.c - the .nnck file: its exact layout, round
 * trips, and every kind of damage rejected with its own code while the
 * model stays as it was.
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
#include "test_runtime_tiny.h"

/*         name    in  out B  loss                     init              lr    mom   drop  ep val pat */
TINY_MODEL(ce4,    4,  3,  8, NNRT_LOSS_CROSS_ENTROPY, NNRT_INIT_HE,     0.2f, 0.9f, 0.2f, 3, 0.0, 0)
TINY_MODEL(infer4, 4,  3,  8, NNRT_LOSS_NONE,          NNRT_INIT_HE,     0.0f, 0.0f, 0.0f, 0, 0.0, 0)

static char tmpdir[256];

static int setup_dir(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "%s/rt_ckpt_XXXXXX", NNC_BINARY_DIR);
    if (!mkdtemp(tmpdir))
        snprintf(tmpdir, sizeof tmpdir, "/tmp");
    tiny_reset_hooks();
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

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static unsigned char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    return buf;
}

static void spit(const char *path, const unsigned char *b, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b, 1, len, f), len);
    fclose(f);
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void fix_crc(unsigned char *b, size_t len)
{
    put32(b + len - 4, (uint32_t)crc32(0, b, (uInt)(len - 4)));
}

/* A model trained a little, so params, momentum, step and rng are not
 * their initial values. */
static nnrt_model *trained(uint64_t seed)
{
    nnrt_model *m = nnrt_model_create(&ce4, seed);
    float x[32], t[8];
    tiny_data(x, t, 8, 4, 3, 1, seed);
    for (int i = 0; i < 3; i++)
        assert_int_equal(nnrt_train_batch(m, x, t, 8, NULL), NNRT_OK);
    m->epoch = 3;
    return m;
}

static void state_equal(const nnrt_model *a, const nnrt_model *b)
{
    assert_memory_equal(a->ws, b->ws, O_GW(4, 3, 8) * sizeof(float));
    assert_int_equal(a->epoch, b->epoch);
    assert_memory_equal(&a->rng, &b->rng, sizeof a->rng);
}

/* ---- layout and round trips ---------------------------------------------- */

static void save_writes_the_documented_layout(void **state)
{
    (void)state;
    nnrt_model *m = trained(1);
    assert_int_equal(nnrt_save(m, tmp("a.nnck")), NNRT_OK);
    size_t len;
    unsigned char *b = slurp(tmp("a.nnck"), &len);
    assert_memory_equal(b, "NNCK", 4);
    assert_int_equal(le32(b + 4), 1);
    assert_int_equal(le32(b + 8), 7);
    /* first tensor: u16 9, "fc.weight", u8 2, u32 3, u32 4, 12 floats */
    assert_int_equal(b[12] | b[13] << 8, 9);
    assert_memory_equal(b + 14, "fc.weight", 9);
    assert_int_equal(b[23], 2);
    assert_int_equal(le32(b + 24), 3);
    assert_int_equal(le32(b + 28), 4);
    uint32_t u = le32(b + 32);
    float w0;
    memcpy(&w0, &u, 4);
    assert_true(w0 == m->ws[0]);
    assert_int_equal(le32(b + len - 4), (uint32_t)crc32(0, b, (uInt)(len - 4)));
    /* 7 tensors with 12+3+12+3+1+1+8 floats, names 9+7+24+22+10+11+9 */
    size_t want = 12 + 7 * 3 + (9 + 7 + 24 + 22 + 10 + 11 + 9) + 4 * (2 + 1 + 2 + 1 + 0 + 1 + 1) +
                  4 * (12 + 3 + 12 + 3 + 1 + 1 + 8) + 4;
    assert_int_equal(len, want);
    assert_int_equal(access(tmp("a.nnck.tmp"), F_OK), -1);   /* the temporary is gone */

    nnrt_ckpt ck;
    assert_int_equal(nnrt_ckpt_read(tmp("a.nnck"), &ck), NNRT_OK);
    const char *names[] = {"fc.weight", "fc.bias", "train.fc.weight.momentum", "train.fc.bias.momentum",
                           "train.step", "train.epoch", "train.rng"};
    assert_int_equal(ck.count, 7);
    for (int i = 0; i < 7; i++)
        assert_string_equal(ck.tensors[i].name, names[i]);
    assert_int_equal(ck.tensors[4].ndim, 0);
    assert_true(ck.tensors[4].data[0] == 3.0f);   /* train.step */
    assert_true(ck.tensors[5].data[0] == 3.0f);   /* train.epoch */
    const nnrt_ckpt_tensor *r = nnrt_ckpt_find(&ck, "train.rng");
    uint64_t st = 0, inc = 0;
    for (int i = 0; i < 4; i++) {
        st |= (uint64_t)r->data[i] << (16 * i);
        inc |= (uint64_t)r->data[4 + i] << (16 * i);
    }
    assert_true(st == m->rng.state && inc == m->rng.inc);
    assert_null(nnrt_ckpt_find(&ck, "nope"));
    nnrt_ckpt_free(&ck);
    nnrt_model_destroy(m);
}

static void save_then_load_predicts_identically(void **state)
{
    (void)state;
    nnrt_model *m = trained(2), *n = nnrt_model_create(&ce4, 77);
    assert_int_equal(nnrt_save(m, tmp("b.nnck")), NNRT_OK);
    assert_int_equal(nnrt_load(n, tmp("b.nnck")), NNRT_OK);
    state_equal(m, n);
    float x[40], t[10], y1[30], y2[30];
    tiny_data(x, t, 10, 4, 3, 1, 9);
    nnrt_predict(m, x, y1, 10);
    nnrt_predict(n, x, y2, 10);
    assert_memory_equal(y1, y2, sizeof y1);
    /* saving again over the same path replaces it */
    assert_int_equal(nnrt_train_batch(n, x, t, 8, NULL), NNRT_OK);
    assert_int_equal(nnrt_save(n, tmp("b.nnck")), NNRT_OK);
    assert_int_equal(nnrt_load(m, tmp("b.nnck")), NNRT_OK);
    state_equal(m, n);
    nnrt_model_destroy(m);
    nnrt_model_destroy(n);
}

static void generic_writer_and_reader_round_trip(void **state)
{
    (void)state;
    float a[24], s = 2.5f;
    for (int i = 0; i < 24; i++)
        a[i] = (float)i * -0.5f;
    nnrt_ckpt_tensor ts[3] = {
        {.name = "block", .ndim = 3, .dims = {2, 3, 4}, .data = a},
        {.name = "scalar", .ndim = 0, .data = &s},
        {.name = "empty", .ndim = 1, .dims = {0}, .data = a},
    };
    assert_int_equal(nnrt_ckpt_write(tmp("g.nnck"), ts, 3), NNRT_OK);
    nnrt_ckpt ck;
    assert_int_equal(nnrt_ckpt_read(tmp("g.nnck"), &ck), NNRT_OK);
    assert_int_equal(ck.count, 3);
    assert_int_equal(ck.tensors[0].ndim, 3);
    assert_int_equal(ck.tensors[0].len, 24);
    assert_memory_equal(ck.tensors[0].data, a, sizeof a);
    assert_int_equal(ck.tensors[1].len, 1);
    assert_true(ck.tensors[1].data[0] == 2.5f);
    assert_int_equal(ck.tensors[2].len, 0);
    nnrt_ckpt_free(&ck);
    nnrt_ckpt_tensor bad = {.name = "", .data = a};
    assert_int_equal(nnrt_ckpt_write(tmp("h.nnck"), &bad, 1), NNRT_EARG);
    assert_int_equal(nnrt_ckpt_write(tmp("h.nnck"), NULL, 0), NNRT_OK);   /* an empty file is valid */
    assert_int_equal(nnrt_ckpt_read(tmp("h.nnck"), &ck), NNRT_OK);
    assert_int_equal(ck.count, 0);
    nnrt_ckpt_free(&ck);
}

/* A PyTorch export has the weights only: they load, the optimizer starts
 * afresh, the epoch count is 0. */
static void weights_only_file_loads_and_resets_training_state(void **state)
{
    (void)state;
    nnrt_model *m = trained(3), *src = trained(4);
    nnrt_rng rng_before = m->rng;
    nnrt_ckpt_tensor ts[2] = {
        {.name = "fc.bias", .ndim = 1, .dims = {3}, .data = src->ws + 12},   /* any order */
        {.name = "fc.weight", .ndim = 2, .dims = {3, 4}, .data = src->ws},
    };
    assert_int_equal(nnrt_ckpt_write(tmp("w.nnck"), ts, 2), NNRT_OK);
    assert_int_equal(nnrt_load(m, tmp("w.nnck")), NNRT_OK);
    assert_memory_equal(m->ws, src->ws, 15 * sizeof(float));
    for (size_t i = 15; i < O_GW(4, 3, 8); i++)
        assert_true(m->ws[i] == 0.0f);
    assert_int_equal(m->epoch, 0);
    assert_memory_equal(&m->rng, &rng_before, sizeof rng_before);
    nnrt_model_destroy(m);
    nnrt_model_destroy(src);
}

static void inference_model_loads_a_training_checkpoint(void **state)
{
    (void)state;
    nnrt_model *m = trained(5), *inf = nnrt_model_create(&infer4, 1);
    assert_int_equal(nnrt_save(m, tmp("i.nnck")), NNRT_OK);
    assert_int_equal(nnrt_load(inf, tmp("i.nnck")), NNRT_OK);
    assert_memory_equal(inf->ws, m->ws, 15 * sizeof(float));
    /* and what it saves has the weights only */
    assert_int_equal(nnrt_save(inf, tmp("j.nnck")), NNRT_OK);
    nnrt_ckpt ck;
    assert_int_equal(nnrt_ckpt_read(tmp("j.nnck"), &ck), NNRT_OK);
    assert_int_equal(ck.count, 2);
    nnrt_ckpt_free(&ck);
    nnrt_model_destroy(m);
    nnrt_model_destroy(inf);
}

/* ---- damage ---------------------------------------------------------------- */

/* Loads path into a trained model and checks the code and that nothing moved. */
static void rejects(const char *path, int code, const char *words)
{
    nnrt_model *m = trained(6), *ref = trained(6);
    int err = nnrt_load(m, path);
    if (code)
        assert_int_equal(err, code);
    else
        assert_true(err < 0);
    if (words)
        assert_non_null(strstr(nnrt_last_error(), words));
    assert_non_null(strstr(nnrt_last_error(), path));
    state_equal(m, ref);
    nnrt_model_destroy(m);
    nnrt_model_destroy(ref);
}

static size_t saved(const char *path, unsigned char *copy)
{
    nnrt_model *m = trained(7);
    assert_int_equal(nnrt_save(m, path), NNRT_OK);
    nnrt_model_destroy(m);
    size_t len;
    unsigned char *b = slurp(path, &len);
    memcpy(copy, b, len);
    return len;
}

static void truncated_file_is_eformat_at_every_length(void **state)
{
    (void)state;
    static unsigned char b[1 << 16];
    size_t len = saved(tmp("t.nnck"), b);
    for (size_t cut = 0; cut < len; cut++) {
        spit(tmp("cut.nnck"), b, cut);
        rejects(tmp("cut.nnck"), NNRT_EFORMAT, NULL);
    }
}

static void flipped_data_byte_is_ecrc(void **state)
{
    (void)state;
    static unsigned char b[1 << 16];
    size_t len = saved(tmp("f.nnck"), b);
    b[40] ^= 0x10;   /* inside fc.weight's data */
    spit(tmp("flip.nnck"), b, len);
    rejects(tmp("flip.nnck"), NNRT_ECRC, "CRC");
}

static void any_flipped_byte_is_rejected(void **state)
{
    (void)state;
    static unsigned char b[1 << 16];
    size_t len = saved(tmp("a.nnck"), b);
    for (size_t i = 0; i < len; i++) {
        b[i] ^= 0x01;
        spit(tmp("any.nnck"), b, len);
        rejects(tmp("any.nnck"), 0, NULL);
        b[i] ^= 0x01;
    }
}

static void wrong_magic_and_version_are_refused(void **state)
{
    (void)state;
    static unsigned char b[1 << 16];
    size_t len = saved(tmp("v.nnck"), b);
    b[0] = 'X';
    fix_crc(b, len);
    spit(tmp("magic.nnck"), b, len);
    rejects(tmp("magic.nnck"), NNRT_EFORMAT, "magic");
    b[0] = 'N';
    put32(b + 4, 2);
    fix_crc(b, len);
    spit(tmp("ver.nnck"), b, len);
    rejects(tmp("ver.nnck"), NNRT_EVERSION, "version 2");
}

static void wrong_shape_is_eshape(void **state)
{
    (void)state;
    float w[12] = {0}, bias[3] = {0};
    nnrt_ckpt_tensor ts[2] = {
        {.name = "fc.weight", .ndim = 2, .dims = {4, 3}, .data = w},   /* transposed */
        {.name = "fc.bias", .ndim = 1, .dims = {3}, .data = bias},
    };
    assert_int_equal(nnrt_ckpt_write(tmp("s.nnck"), ts, 2), NNRT_OK);
    rejects(tmp("s.nnck"), NNRT_ESHAPE, "'fc.weight' is [4x3] in the file, [3x4] in model");
    ts[0].dims[0] = 3, ts[0].dims[1] = 4;
    ts[1].ndim = 2, ts[1].dims[1] = 1;
    assert_int_equal(nnrt_ckpt_write(tmp("s2.nnck"), ts, 2), NNRT_OK);
    rejects(tmp("s2.nnck"), NNRT_ESHAPE, "fc.bias");
}

static void wrong_missing_or_doubled_name_is_ename(void **state)
{
    (void)state;
    float w[12] = {0}, bias[3] = {0};
    nnrt_ckpt_tensor ts[3] = {
        {.name = "fc.weight", .ndim = 2, .dims = {3, 4}, .data = w},
        {.name = "fc.bias", .ndim = 1, .dims = {3}, .data = bias},
        {.name = "fc2.bias", .ndim = 1, .dims = {3}, .data = bias},
    };
    assert_int_equal(nnrt_ckpt_write(tmp("n1.nnck"), ts, 3), NNRT_OK);
    rejects(tmp("n1.nnck"), NNRT_ENAME, "no tensor 'fc2.bias'");
    assert_int_equal(nnrt_ckpt_write(tmp("n2.nnck"), ts, 1), NNRT_OK);
    rejects(tmp("n2.nnck"), NNRT_ENAME, "lacks 'fc.bias'");
    ts[2].name = "fc.bias";
    assert_int_equal(nnrt_ckpt_write(tmp("n3.nnck"), ts, 3), NNRT_OK);
    rejects(tmp("n3.nnck"), NNRT_ENAME, "twice");
    /* some training state but not all of it */
    float e = 1;
    nnrt_ckpt_tensor part[3] = {ts[0], ts[1], {.name = "train.epoch", .ndim = 1, .dims = {1}, .data = &e}};
    assert_int_equal(nnrt_ckpt_write(tmp("n4.nnck"), part, 3), NNRT_OK);
    rejects(tmp("n4.nnck"), NNRT_ENAME, "lacks 'train.");
}

static void bad_rng_or_epoch_values_are_eformat(void **state)
{
    (void)state;
    nnrt_model *m = trained(8);
    assert_int_equal(nnrt_save(m, tmp("r.nnck")), NNRT_OK);
    nnrt_model_destroy(m);
    nnrt_ckpt ck;
    assert_int_equal(nnrt_ckpt_read(tmp("r.nnck"), &ck), NNRT_OK);
    float *rng = (float *)nnrt_ckpt_find(&ck, "train.rng")->data;
    float keep = rng[4];
    rng[4] = (float)((int)keep & ~1);   /* an even increment: not a PCG stream */
    assert_int_equal(nnrt_ckpt_write(tmp("r2.nnck"), ck.tensors, ck.count), NNRT_OK);
    rejects(tmp("r2.nnck"), NNRT_EFORMAT, "odd");
    rng[4] = 70000.0f;
    assert_int_equal(nnrt_ckpt_write(tmp("r3.nnck"), ck.tensors, ck.count), NNRT_OK);
    rejects(tmp("r3.nnck"), NNRT_EFORMAT, "16-bit");
    rng[4] = keep;
    nnrt_ckpt_find(&ck, "train.epoch")->data[0] = 1.5f;
    assert_int_equal(nnrt_ckpt_write(tmp("r4.nnck"), ck.tensors, ck.count), NNRT_OK);
    rejects(tmp("r4.nnck"), NNRT_EFORMAT, "epoch");
    nnrt_ckpt_free(&ck);
}

static void hostile_counts_are_refused_without_huge_allocations(void **state)
{
    (void)state;
    unsigned char b[64] = "NNCK";
    put32(b + 4, 1);
    put32(b + 8, 0xffffffffu);
    fix_crc(b, 16);
    nnrt_ckpt ck;
    assert_int_equal(nnrt_ckpt_parse(b, 16, &ck), NNRT_EFORMAT);
    /* one tensor claiming 2^32 x 2^32 floats */
    size_t p = 8;
    put32(b + p, 1), p += 4;
    b[p++] = 1, b[p++] = 0, b[p++] = 'w', b[p++] = 2;
    put32(b + p, 0xffffffffu), p += 4;
    put32(b + p, 0xffffffffu), p += 4;
    p += 4;
    fix_crc(b, p);
    assert_int_equal(nnrt_ckpt_parse(b, p, &ck), NNRT_EFORMAT);
    assert_int_equal(nnrt_ckpt_parse(NULL, 0, &ck), NNRT_EARG);
}

static void missing_file_and_bad_folder_are_eio(void **state)
{
    (void)state;
    nnrt_model *m = trained(9);
    assert_int_equal(nnrt_load(m, tmp("does-not-exist.nnck")), NNRT_EIO);
    assert_int_equal(nnrt_save(m, tmp("no/such/dir/x.nnck")), NNRT_EIO);
    assert_non_null(strstr(nnrt_last_error(), "no/such/dir"));
    assert_int_equal(nnrt_save(NULL, tmp("x.nnck")), NNRT_EARG);
    assert_int_equal(nnrt_load(m, NULL), NNRT_EARG);
    nnrt_model_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(save_writes_the_documented_layout, setup_dir),
        cmocka_unit_test_setup(save_then_load_predicts_identically, setup_dir),
        cmocka_unit_test_setup(generic_writer_and_reader_round_trip, setup_dir),
        cmocka_unit_test_setup(weights_only_file_loads_and_resets_training_state, setup_dir),
        cmocka_unit_test_setup(inference_model_loads_a_training_checkpoint, setup_dir),
        cmocka_unit_test_setup(truncated_file_is_eformat_at_every_length, setup_dir),
        cmocka_unit_test_setup(flipped_data_byte_is_ecrc, setup_dir),
        cmocka_unit_test_setup(any_flipped_byte_is_rejected, setup_dir),
        cmocka_unit_test_setup(wrong_magic_and_version_are_refused, setup_dir),
        cmocka_unit_test_setup(wrong_shape_is_eshape, setup_dir),
        cmocka_unit_test_setup(wrong_missing_or_doubled_name_is_ename, setup_dir),
        cmocka_unit_test_setup(bad_rng_or_epoch_values_are_eformat, setup_dir),
        cmocka_unit_test_setup(hostile_counts_are_refused_without_huge_allocations, setup_dir),
        cmocka_unit_test_setup(missing_file_and_bad_folder_are_eio, setup_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
