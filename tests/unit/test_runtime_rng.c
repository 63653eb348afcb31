/*
 * test_runtime_rng.c - the seeded generator: PCG32's published numbers,
 * and the recipes built on it (uniform, normal, below, shuffle, dropout).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "nnrt.h"

/* pcg32-demo.c from pcg-random.org: pcg32_srandom_r(&rng, 42u, 54u) */
static void pcg32_matches_published_demo_output(void **state)
{
    (void)state;
    static const uint32_t want[] = {0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e};
    nnrt_rng r;
    nnrt_rng_seed(&r, 42u, 54u);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_int_equal(nnrt_rng_u32(&r), want[i]);
}

static void same_seed_gives_same_stream_and_streams_differ(void **state)
{
    (void)state;
    nnrt_rng a, b, c;
    nnrt_rng_seed(&a, 7, NNRT_STREAM_TRAIN);
    nnrt_rng_seed(&b, 7, NNRT_STREAM_TRAIN);
    nnrt_rng_seed(&c, 7, NNRT_STREAM_INIT);
    int differ = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t x = nnrt_rng_u32(&a);
        assert_int_equal(x, nnrt_rng_u32(&b));
        differ += x != nnrt_rng_u32(&c);
    }
    assert_true(differ > 90);
}

static void uniform_is_in_unit_interval_with_mean_half(void **state)
{
    (void)state;
    nnrt_rng r;
    nnrt_rng_seed(&r, 1, 1);
    double s = 0;
    const int n = 100000;
    for (int i = 0; i < n; i++) {
        float u = nnrt_rng_uniform(&r);
        assert_true(u >= 0.0f && u < 1.0f);
        s += u;
    }
    assert_true(fabs(s / n - 0.5) < 0.005);
}

static void normal_has_zero_mean_unit_variance(void **state)
{
    (void)state;
    nnrt_rng r;
    nnrt_rng_seed(&r, 3, 1);
    double s = 0, q = 0;
    const int n = 200000;
    for (int i = 0; i < n; i++) {
        double z = nnrt_rng_normal(&r);
        assert_true(isfinite(z));
        s += z;
        q += z * z;
    }
    double mean = s / n, var = q / n - mean * mean;
    assert_true(fabs(mean) < 0.01);
    assert_true(fabs(var - 1.0) < 0.02);
}

static void below_stays_in_range_and_is_even(void **state)
{
    (void)state;
    nnrt_rng r;
    nnrt_rng_seed(&r, 5, 1);
    int count[7] = {0};
    const int n = 70000;
    for (int i = 0; i < n; i++) {
        uint32_t v = nnrt_rng_below(&r, 7);
        assert_true(v < 7);
        count[v]++;
    }
    for (int k = 0; k < 7; k++)   /* 10000 expected, sd about 93 */
        assert_true(abs(count[k] - 10000) < 500);
    assert_int_equal(nnrt_rng_below(&r, 1), 0);
    assert_int_equal(nnrt_rng_below(&r, 0), 0);
    /* a bound just over 2^31 is where a plain modulo would be most biased */
    for (int i = 0; i < 1000; i++)
        assert_true(nnrt_rng_below(&r, 0x80000001u) < 0x80000001u);
}

static void shuffle_is_a_permutation_and_deterministic(void **state)
{
    (void)state;
    enum { N = 1000 };
    size_t a[N], b[N];
    int seen[N] = {0};
    for (size_t i = 0; i < N; i++)
        a[i] = b[i] = i;
    nnrt_rng r1, r2;
    nnrt_rng_seed(&r1, 9, 2);
    nnrt_rng_seed(&r2, 9, 2);
    nnrt_shuffle(&r1, a, N);
    nnrt_shuffle(&r2, b, N);
    size_t moved = 0;
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(a[i], b[i]);
        assert_true(a[i] < N);
        seen[a[i]]++;
        moved += a[i] != i;
    }
    for (size_t i = 0; i < N; i++)
        assert_int_equal(seen[i], 1);
    assert_true(moved > N - 20);
    nnrt_shuffle(&r1, a, 0);   /* nothing to do, no crash */
    nnrt_shuffle(&r1, a, 1);
}

static void shuffle_of_three_reaches_every_order_evenly(void **state)
{
    (void)state;
    nnrt_rng r;
    nnrt_rng_seed(&r, 11, 2);
    int count[27] = {0};
    for (int i = 0; i < 60000; i++) {
        size_t v[3] = {0, 1, 2};
        nnrt_shuffle(&r, v, 3);
        count[v[0] * 9 + v[1] * 3 + v[2]]++;
    }
    int orders = 0;
    for (int k = 0; k < 27; k++)
        if (count[k]) {
            orders++;
            assert_true(abs(count[k] - 10000) < 500);
        }
    assert_int_equal(orders, 6);
}

static void dropout_mask_zeroes_rate_and_scales_the_rest(void **state)
{
    (void)state;
    enum { N = 100000 };
    static float mask[N];
    nnrt_rng r;
    nnrt_rng_seed(&r, 13, 2);
    nnrt_dropout_mask(&r, mask, N, 0.25f);
    int zeros = 0;
    for (int i = 0; i < N; i++) {
        if (mask[i] == 0.0f)
            zeros++;
        else
            assert_true(mask[i] == (float)(1.0 / 0.75));
    }
    assert_true(abs(zeros - N / 4) < 700);
    nnrt_dropout_mask(&r, mask, N, 0.0f);
    for (int i = 0; i < N; i++)
        assert_true(mask[i] == 1.0f);
}

/* the jump-ahead lands where that many draws land */
static void advance_equals_that_many_draws(void **state)
{
    (void)state;
    static const uint64_t steps[] = {0, 1, 2, 7, 64, 1000, 12345};
    for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
        nnrt_rng a, b;
        nnrt_rng_seed(&a, 99, NNRT_STREAM_TRAIN);
        b = a;
        for (uint64_t i = 0; i < steps[k]; i++)
            (void)nnrt_rng_u32(&a);
        nnrt_rng_advance(&b, steps[k]);
        assert_true(a.state == b.state);
        assert_int_equal(nnrt_rng_u32(&a), nnrt_rng_u32(&b));
    }
}

/* Data-parallel training: a share's mask is those rows of the whole
 * batch's mask, and the generator ends where the whole batch's does,
 * however the batch is cut (docs/distributed.md). */
static void dropout_share_is_its_rows_of_the_whole_mask(void **state)
{
    (void)state;
    enum { B = 10, W = 7 };
    float whole[B * W], part[B * W];
    nnrt_rng start, r;
    nnrt_rng_seed(&start, 3, NNRT_STREAM_TRAIN);
    r = start;
    nnrt_dropout_mask(&r, whole, B * W, 0.4f);
    uint64_t end = r.state;
    for (size_t row0 = 0; row0 < B; row0++)
        for (size_t n = 1; row0 + n <= B; n++) {
            nnrt_rng s = start;
            s.share_row = row0;
            s.share_rows = n;
            s.batch_rows = B;
            nnrt_dropout_mask(&s, part, n * W, 0.4f);
            assert_memory_equal(part, whole + row0 * W, n * W * sizeof *part);
            assert_true(s.state == end);
        }
}

/* The mask is drawn several lanes at a time (rng.c): element i is still
 * the i-th uniform of the stream, and the generator ends count draws on,
 * for counts around the lanes' multiples and for every rate's extremes. */
static void dropout_mask_is_one_draw_after_another(void **state)
{
    (void)state;
    static const size_t counts[] = {0, 1, 7, 8, 15, 16, 17, 23, 24, 31, 32, 33, 100, 1000, 1003, 200704};
    static const float rates[] = {0.25f, 0.0f, 0.5f, 1.0f};
    static float got[200704];
    for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++)
        for (size_t k = 0; k < sizeof rates / sizeof rates[0]; k++) {
            nnrt_rng a, b;
            nnrt_rng_seed(&a, 1234 + c, NNRT_STREAM_TRAIN);
            b = a;
            nnrt_dropout_mask(&a, got, counts[c], rates[k]);
            float keep = rates[k] < 1.0f ? (float)(1.0 / (1.0 - (double)rates[k])) : 0.0f;
            for (size_t i = 0; i < counts[c]; i++) {
                float want = nnrt_rng_uniform(&b) < rates[k] ? 0.0f : keep;
                if (got[i] != want)
                    fail_msg("count %zu rate %g: element %zu is %g, one draw after another gives %g",
                             counts[c], (double)rates[k], i, (double)got[i], (double)want);
            }
            assert_true(a.state == b.state);
        }
}

/* Threads draw a mask in parts (nnrt_dropout_mask_part, any order), then
 * one nnrt_dropout_mask_skip: the floats and the generator's end are the
 * one call's, with and without a data-parallel share set. */
static void dropout_mask_parts_are_the_whole_mask(void **state)
{
    (void)state;
    enum { B = 6, W = 37 };
    float whole[B * W], parts[B * W];
    for (int shared = 0; shared < 2; shared++) {
        nnrt_rng start, a, b;
        nnrt_rng_seed(&start, 11, NNRT_STREAM_TRAIN);
        if (shared) {
            start.share_row = 2;
            start.share_rows = B;
            start.batch_rows = B + 5;
        }
        a = start;
        b = start;
        nnrt_dropout_mask(&a, whole, B * W, 0.3f);
        static const size_t order[B] = {4, 1, 5, 0, 3, 2};
        for (size_t i = 0; i < B; i++)
            nnrt_dropout_mask_part(&b, parts, B * W, order[i] * W, (order[i] + 1) * W, 0.3f);
        assert_true(b.state == start.state);   /* parts leave the generator */
        nnrt_dropout_mask_skip(&b, B * W);
        assert_memory_equal(parts, whole, sizeof whole);
        assert_true(a.state == b.state);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pcg32_matches_published_demo_output),
        cmocka_unit_test(same_seed_gives_same_stream_and_streams_differ),
        cmocka_unit_test(uniform_is_in_unit_interval_with_mean_half),
        cmocka_unit_test(normal_has_zero_mean_unit_variance),
        cmocka_unit_test(below_stays_in_range_and_is_even),
        cmocka_unit_test(shuffle_is_a_permutation_and_deterministic),
        cmocka_unit_test(shuffle_of_three_reaches_every_order_evenly),
        cmocka_unit_test(dropout_mask_zeroes_rate_and_scales_the_rest),
        cmocka_unit_test(advance_equals_that_many_draws),
        cmocka_unit_test(dropout_share_is_its_rows_of_the_whole_mask),
        cmocka_unit_test(dropout_mask_is_one_draw_after_another),
        cmocka_unit_test(dropout_mask_parts_are_the_whole_mask),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
