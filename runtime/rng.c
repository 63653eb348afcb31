/*
 * rng.c - PCG32, exactly O'Neill's pcg32_random_r and pcg32_srandom_r
 * (pcg-random.org, the minimal C implementation), and what is built on it.
 *
 * Everything here is integer arithmetic or a fixed recipe on top of it, so
 * the same seed gives the same numbers on every machine: uniform floats
 * take the top 24 bits; normals are Box-Muller in double from two 32-bit
 * draws (the sine half is dropped so the state is only state and inc);
 * below() is pcg32_boundedrand_r's rejection, unbiased.
 */
#include <math.h>

#include "nnrt_internal.h"

/* PCG32's output function of a state (nnrt_rng_u32 without the step) */
static inline uint32_t pcg_output(uint64_t old)
{
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

uint32_t nnrt_rng_u32(nnrt_rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ULL + r->inc;
    return pcg_output(old);
}

void nnrt_rng_seed(nnrt_rng *r, uint64_t seed, uint64_t stream)
{
    r->state = 0u;
    r->inc = (stream << 1u) | 1u;
    r->share_row = r->share_rows = r->batch_rows = 0;
    nnrt_rng_u32(r);
    r->state += seed;
    nnrt_rng_u32(r);
}

/* Brown's "random number generation with arbitrary strides" as in PCG's
 * pcg_advance_lcg_64: the LCG's multiplier and increment for `delta`
 * steps, built by squaring. */
static void lcg_stride(uint64_t inc, uint64_t delta, uint64_t *mult_out, uint64_t *plus_out)
{
    uint64_t mult = 6364136223846793005ULL, plus = inc;
    uint64_t acc_mult = 1u, acc_plus = 0u;
    while (delta > 0) {
        if (delta & 1u) {
            acc_mult *= mult;
            acc_plus = acc_plus * mult + plus;
        }
        plus = (mult + 1u) * plus;
        mult *= mult;
        delta /= 2;
    }
    *mult_out = acc_mult;
    *plus_out = acc_plus;
}

void nnrt_rng_advance(nnrt_rng *r, uint64_t delta)
{
    uint64_t mult, plus;
    lcg_stride(r->inc, delta, &mult, &plus);
    r->state = mult * r->state + plus;
}

float nnrt_rng_uniform(nnrt_rng *r)
{
    return (float)(nnrt_rng_u32(r) >> 8) * (1.0f / 16777216.0f);
}

double nnrt_rng_normal(nnrt_rng *r)
{
    /* u1 in (0, 1] keeps log finite; u2 in [0, 1) */
    double u1 = ((double)nnrt_rng_u32(r) + 1.0) / 4294967296.0;
    double u2 = (double)nnrt_rng_u32(r) / 4294967296.0;
    return sqrt(-2.0 * log(u1)) * cos(6.283185307179586476925 * u2);
}

uint32_t nnrt_rng_below(nnrt_rng *r, uint32_t n)
{
    if (n == 0)
        return 0;
    /* 2^32 mod n: values below it would make the low residues likelier */
    uint32_t threshold = (uint32_t)(-n) % n;
    for (;;) {
        uint32_t v = nnrt_rng_u32(r);
        if (v >= threshold)
            return v % n;
    }
}

/* below() for bounds past 32 bits: two draws, same rejection idea */
static uint64_t below64(nnrt_rng *r, uint64_t n)
{
    uint64_t threshold = (uint64_t)(-n) % n;
    for (;;) {
        uint64_t hi = nnrt_rng_u32(r);
        uint64_t v = (hi << 32) | nnrt_rng_u32(r);
        if (v >= threshold)
            return v % n;
    }
}

void nnrt_shuffle(nnrt_rng *r, size_t *idx, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        uint64_t bound = (uint64_t)i;
        size_t j = bound <= UINT32_MAX ? nnrt_rng_below(r, (uint32_t)bound)
                                       : (size_t)below64(r, bound);
        size_t tmp = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = tmp;
    }
}

/* count draws of r into the mask, MASK_LANES at a time: lane j takes
 * draws j, j + L, j + 2L, ... as its own LCG stepping L draws at once
 * (lcg_stride), so the lanes' multiplications do not wait for each other.
 * One chain of dependent multiplications had bounded the loop at about 12
 * cycles a draw (0.6 ms of fashion_cnn's step, on one thread).  The same
 * draws in the same places as one after another. */
enum { MASK_LANES = 8 };

static void mask_draws(nnrt_rng *r, float *mask, size_t count, float rate, float keep)
{
    size_t i = 0;
    if (count >= 2 * MASK_LANES) {
        uint64_t lane[MASK_LANES], mult, plus;
        lane[0] = r->state;
        for (int j = 1; j < MASK_LANES; j++)
            lane[j] = lane[j - 1] * 6364136223846793005ULL + r->inc;
        lcg_stride(r->inc, MASK_LANES, &mult, &plus);
        for (; i + MASK_LANES <= count; i += MASK_LANES)
            for (int j = 0; j < MASK_LANES; j++) {
                uint64_t old = lane[j];
                lane[j] = old * mult + plus;
                float u = (float)(pcg_output(old) >> 8) * (1.0f / 16777216.0f);
                mask[i + (size_t)j] = u < rate ? 0.0f : keep;
            }
        r->state = lane[0];   /* draw i's state */
    }
    for (; i < count; i++)
        mask[i] = nnrt_rng_uniform(r) < rate ? 0.0f : keep;
}

/* Where a mask of count floats starts, in draws past r, and how many draws
 * the whole mask moves r: with a share set (data-parallel training), the
 * rows before this share's, and the whole batch's rows. */
static void mask_span(const nnrt_rng *r, size_t count, uint64_t *start, uint64_t *whole)
{
    size_t width = r->share_rows ? count / r->share_rows : 0;
    int share = r->batch_rows > 0 && width * r->share_rows == count &&
                r->share_row + r->share_rows <= r->batch_rows;
    *start = share ? (uint64_t)r->share_row * width : 0;
    *whole = share ? (uint64_t)r->batch_rows * width : (uint64_t)count;
}

void nnrt_dropout_mask_part(const nnrt_rng *r, float *mask, size_t count, size_t lo, size_t hi, float rate)
{
    /* one draw per element whatever the rate, so the stream advances the
     * same way in the generated code and the reference interpreter */
    float keep = rate < 1.0f ? (float)(1.0 / (1.0 - (double)rate)) : 0.0f;
    uint64_t start, whole;
    mask_span(r, count, &start, &whole);
    if (lo >= hi)
        return;
    nnrt_rng d = *r;
    nnrt_rng_advance(&d, start + lo);
    mask_draws(&d, mask + lo, hi - lo, rate, keep);
}

void nnrt_dropout_mask_skip(nnrt_rng *r, size_t count)
{
    uint64_t start, whole;
    mask_span(r, count, &start, &whole);
    nnrt_rng_advance(r, whole);
}

void nnrt_dropout_mask(nnrt_rng *r, float *mask, size_t count, float rate)
{
    nnrt_dropout_mask_part(r, mask, count, 0, count, rate);
    nnrt_dropout_mask_skip(r, count);
}
