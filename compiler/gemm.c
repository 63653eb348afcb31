/*
 * gemm.c - the matrix products' loops: the three forms of a dense layer.
 *
 * Takes a GemmSpec (kernel.h): which form, the buffers, the sizes (one of
 * m or k may be the run-time row count n), a prologue that scales A by an
 * activation's derivative as it is loaded, and for the forward product an
 * epilogue (bias, activation) applied while the result is in registers.
 * Gives kernel IR appended to the caller's block.
 *
 *   GEMM_NT  C[m,n] = A[m,k] B[n,k]^T   forward, x W^T
 *   GEMM_NN  C[m,n] = A[m,k] B[k,n]     d-input, dy W
 *   GEMM_TN  C[m,n] = A[k,m]^T B[k,n]   d-weight, dy^T x
 *
 * The idea: register tiles of vectors of KV_WIDTH floats, with the loop
 * over k innermost, so a tile's accumulators stay in registers for the
 * whole of k and are stored once, with the epilogue applied on the way.
 *   NN, TN  outer products: an O_MR x (O_NV * KV_WIDTH) tile of C; per k,
 *           O_NV vector loads of a row of B (contiguous in n for both
 *           forms: W's rows, x's rows), O_MR broadcasts of A(i, k) (with
 *           the prologue applied to the scalar), O_MR * O_NV FMAs.  Eight
 *           rows by two vectors: 16 accumulators of the 32 AVX-512
 *           registers, ten loads per sixteen FMAs.
 *   NT      both operands are contiguous in k (x's rows, W's rows), so the
 *           tile is NT_MR x NT_NR dot products, each a vector accumulator
 *           along k summed across its lanes at the end: no packing of W,
 *           which would cost as much as the product at batch 64.
 * Tails: rows past the last full tile take 1-row tiles; columns past the
 * last full vector (NN, TN) or tile (NT) take scalar or 1-column tiles;
 * k past the last full vector (NT) a scalar loop into the same sums.  The
 * tile sizes are fixed for AVX-512 (32 vector registers); on narrower
 * targets the C compiler splits the vectors and the tiles still work.
 * Threads: the outer loop over column panels is KL_PARALLEL and, when the
 * product is big enough to pay for a fork, KL_THREADS.
 */
#include "kernel.h"

enum {
    W = KV_WIDTH,
    O_MR = 8, O_NV = 2,      /* outer-product tile: rows x vectors */
    NT_MR = 4, NT_NR = 4,    /* dot-product tile: rows x columns */
    MV_NR = 8,               /* a single row's dot-product tile: columns */
    SC_MR = 8,               /* scalar columns: rows at once */
};

/* Multiply-adds a product needs before threads pay for their fork. */
#define THREAD_MIN_WORK (1L << 20)
/* The same for one row alone (predict's matrix-vector product), which
 * streams the whole weight matrix for 1 FMA per float: from half a
 * megabyte of weights, each core streaming its half from its own L2 is
 * worth the microsecond a fork costs (bench's predict case). */
#define ROW_THREAD_MIN_WORK (1L << 17)

/* Names of the dimensions as expressions: m and k may be n. */
static KExpr *dim_m(Lower *L, const GemmSpec *s)
{
    return s->m_is_n ? kb_n(L) : kb_i(L, s->m);
}

static KExpr *dim_k(Lower *L, const GemmSpec *s)
{
    return s->k_is_n ? kb_n(L) : kb_i(L, s->k);
}

/* row * cols + col, with row and col expressions */
static KExpr *at2(Lower *L, KExpr *row, long cols, KExpr *col)
{
    return kb_bin(L, KO_ADD, kb_bin(L, KO_MUL, row, kb_i(L, cols)), col);
}

/* Where A(i, kk) lives: A[i,kk], or A[kk,i] for GEMM_TN. */
static KExpr *a_index(Lower *L, const GemmSpec *s, KExpr *i, KExpr *kk)
{
    return s->form == GEMM_TN ? at2(L, kk, s->m, i) : at2(L, i, s->k, kk);
}

/* A(i, kk) with the prologue: times act'(y) in terms of the output y. */
static KExpr *a_value(Lower *L, const GemmSpec *s, KExpr *i, KExpr *kk)
{
    KExpr *idx = a_index(L, s, i, kk);
    KExpr *a = kb_load(L, s->a, idx);
    if (s->a_act == ACT_LINEAR || !s->a_act_y)
        return a;
    KExpr *y = kb_load(L, s->a_act_y, idx);
    KExpr *one = kb_f(L, 1);
    switch (s->a_act) {
    case ACT_RELU:       /* a * (y > 0): no branch in a tile's inner loop */
        return kb_bin(L, KO_MUL, a, kb_un(L, KO_TO_F32, kb_bin(L, KO_GT, y, kb_f(L, 0))));
    case ACT_SIGMOID:
        return kb_bin(L, KO_MUL, kb_bin(L, KO_MUL, a, y), kb_bin(L, KO_SUB, one, y));
    case ACT_TANH:
        return kb_bin(L, KO_MUL, a, kb_bin(L, KO_SUB, one, kb_bin(L, KO_MUL, y, y)));
    case ACT_LINEAR:
    case ACT_SOFTMAX:
        break;
    }
    nnc_unreachable();
}

/* Where B(kk, j) lives: B[j,kk] for GEMM_NT, B[kk,j] otherwise. */
static KExpr *b_index(Lower *L, const GemmSpec *s, KExpr *kk, KExpr *j)
{
    return s->form == GEMM_NT ? at2(L, j, s->k, kk) : at2(L, kk, s->n, j);
}

/* C = act(A B^T + bias): one dot product of two rows per element. */
static void plain_nt(Lower *L, const GemmSpec *s)
{
    KVar *i = kb_loop(L, "i", kb_i(L, 0), dim_m(L, s), 1, KL_PARALLEL);
    KVar *j = kb_loop(L, "j", kb_i(L, 0), kb_i(L, s->n), 1, 0);
    KVar *acc = kb_let(L, "acc", kb_f(L, 0));
    KVar *k = kb_loop(L, "k", kb_i(L, 0), dim_k(L, s), 1, KL_VECTOR | KL_REDUCE);
    KExpr *p = kb_bin(L, KO_MUL, a_value(L, s, kb_var(L, i), kb_var(L, k)),
                      kb_load(L, s->b, b_index(L, s, kb_var(L, k), kb_var(L, j))));
    kb_assign(L, acc, p, true);
    kb_leave(L);
    KExpr *v = kb_var(L, acc);
    if (s->bias)
        v = kb_bin(L, KO_ADD, v, kb_load(L, s->bias, kb_var(L, j)));
    kb_store(L, s->c, at2(L, kb_var(L, i), s->n, kb_var(L, j)), kb_act(L, s->act, v),
             s->accumulate);
    kb_leave(L);
    kb_leave(L);
}

/* ---- blocked ------------------------------------------------------------- */

static const char *nm(Lower *L, const char *fmt, int a, int b)
{
    return arena_printf(kb_arena(L), fmt, a, b);
}

static KExpr *plus(Lower *L, KExpr *e, long c)
{
    return kb_bin(L, KO_ADD, e, kb_i(L, c));
}

/* The largest multiple of step not above the dimension (n or a constant). */
static KExpr *floor_to(Lower *L, bool is_n, long v, long step)
{
    if (!is_n)
        return kb_i(L, v / step * step);
    if (step == 1)
        return kb_n(L);
    return kb_bin(L, KO_MUL, kb_bin(L, KO_DIV, kb_n(L), kb_i(L, step)), kb_i(L, step));
}

static bool is_zero(const KExpr *e)
{
    return e->kind == KE_INT && e->i == 0;
}

static bool same_const(const KExpr *a, const KExpr *b)
{
    return a->kind == KE_INT && b->kind == KE_INT && a->i == b->i;
}

/* Calls tile(i0, rows) over [0, M): tiles of mr rows, then 1-row tiles. */
typedef void TileFn(Lower *L, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nc);

static void over_rows_as(Lower *L, const GemmSpec *s, int mr, KExpr *j0, int nc, TileFn *tile,
                         bool tails)
{
    KExpr *full = floor_to(L, s->m_is_n, s->m, mr), *all = dim_m(L, s);
    if (!is_zero(full)) {
        KVar *i0 = kb_loop(L, "i0", kb_i(L, 0), full, mr, 0);
        tile(L, s, kb_var(L, i0), mr, j0, nc);
        kb_leave(L);
    }
    if (tails && mr > 1 && !same_const(full, all)) {
        KVar *i = kb_loop(L, "i", full, all, 1, 0);
        tile(L, s, kb_var(L, i), 1, j0, nc);
        kb_leave(L);
    }
}

static void over_rows(Lower *L, const GemmSpec *s, int mr, KExpr *j0, int nc, TileFn *tile)
{
    over_rows_as(L, s, mr, j0, nc, tile, true);
}

static unsigned outer_flags(const GemmSpec *s)
{
    double work = (double)s->m * (double)s->n * (double)s->k;
    return KL_PARALLEL | (work >= (double)THREAD_MIN_WORK ? KL_THREADS : 0);
}

/* outer_flags judges the product at the full batch; a call with fewer
 * rows (predict's one sample) forks only when its own rows still make
 * THREAD_MIN_WORK, and, where the loop does full tiles only, at least
 * min_rows of them.  NULL: the work does not depend on n. */
static KExpr *fork_if(Lower *L, const GemmSpec *s, long min_rows)
{
    if (!s->m_is_n && !s->k_is_n)
        return NULL;
    double per_row = (double)s->n * (double)(s->m_is_n ? s->k : s->m);
    long rows = (long)((THREAD_MIN_WORK + per_row - 1) / per_row);
    if (rows < min_rows)
        rows = min_rows;
    return rows <= 1 ? NULL : kb_bin(L, KO_LE, kb_i(L, rows), kb_n(L));
}

/* C[i0.., j0..] for an mr x nv-vector tile: outer products over k. */
static void outer_tile(Lower *L, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nv)
{
    KVar *acc[O_MR][O_NV], *b[O_NV];
    for (int r = 0; r < mr; r++)
        for (int v = 0; v < nv; v++)
            acc[r][v] = kb_let(L, nm(L, "c%d_%d", r, v), kb_bcast(L, kb_f(L, 0)));
    KVar *kk = kb_loop(L, "kk", kb_i(L, 0), dim_k(L, s), 1, 0);
    for (int v = 0; v < nv; v++)
        b[v] = kb_let(L, nm(L, "b%d", v, 0),
                      kb_vload(L, s->b, b_index(L, s, kb_var(L, kk), plus(L, j0, v * W))));
    for (int r = 0; r < mr; r++) {
        KVar *a = kb_let(L, nm(L, "a%d", r, 0),
                         kb_bcast(L, a_value(L, s, plus(L, i0, r), kb_var(L, kk))));
        for (int v = 0; v < nv; v++)
            kb_assign(L, acc[r][v],
                      kb_fma(L, kb_var(L, a), kb_var(L, b[v]), kb_var(L, acc[r][v])), false);
    }
    kb_leave(L);
    for (int r = 0; r < mr; r++)
        for (int v = 0; v < nv; v++)
            kb_store(L, s->c, at2(L, plus(L, i0, r), s->n, plus(L, j0, v * W)),
                     kb_var(L, acc[r][v]), s->accumulate);
}

/* C[i0.., j] for mr rows of one column past the last full vector: mr
 * scalar dot products along k, independent chains of multiply-adds (one
 * chain would wait on the adder's latency every step; for TN, A's rows
 * are contiguous in i, so the mr loads become one vector). */
static void scalar_tile(Lower *L, const GemmSpec *s, KExpr *i0, int mr, KExpr *j, int nc)
{
    KVar *acc[SC_MR];
    (void)nc;
    for (int r = 0; r < mr; r++)
        acc[r] = kb_let(L, nm(L, "s%d", r, 0), kb_f(L, 0));
    KVar *k = kb_loop(L, "k", kb_i(L, 0), dim_k(L, s), 1, 0);
    KVar *b = kb_let(L, "b0", kb_load(L, s->b, b_index(L, s, kb_var(L, k), j)));
    for (int r = 0; r < mr; r++)
        kb_assign(L, acc[r], kb_fma(L, a_value(L, s, plus(L, i0, r), kb_var(L, k)), kb_var(L, b),
                                    kb_var(L, acc[r])), false);
    kb_leave(L);
    for (int r = 0; r < mr; r++)
        kb_store(L, s->c, at2(L, plus(L, i0, r), s->n, j), kb_var(L, acc[r]), s->accumulate);
}

/* The columns past the last full vector: scalar dot products. */
static void scalar_cols(Lower *L, const GemmSpec *s, long from)
{
    KVar *j = kb_loop(L, "j", kb_i(L, from), kb_i(L, s->n), 1, 0);
    over_rows(L, s, SC_MR, kb_var(L, j), 1, scalar_tile);
    kb_leave(L);
}

/* NN and TN: panels of O_NV vectors, then single vectors, then scalars. */
static void blocked_outer(Lower *L, const GemmSpec *s)
{
    long nvec = s->n / W, panel = O_NV * W, wide = nvec / O_NV * panel;
    if (wide > 0) {
        KVar *j0 = kb_loop_if(L, "j0", kb_i(L, 0), kb_i(L, wide), panel, outer_flags(s),
                              fork_if(L, s, 1));
        over_rows(L, s, O_MR, kb_var(L, j0), O_NV, outer_tile);
        kb_leave(L);
    }
    if (nvec * W > wide) {
        KVar *j0 = kb_loop(L, "j0", kb_i(L, wide), kb_i(L, nvec * W), W, KL_PARALLEL);
        over_rows(L, s, O_MR, kb_var(L, j0), 1, outer_tile);
        kb_leave(L);
    }
    if (s->n > nvec * W)
        scalar_cols(L, s, nvec * W);
}

/* C[i0.., j0..] for an mr x nc tile of dot products along k. */
static void dot_tile(Lower *L, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nc)
{
    KVar *acc[NT_MR][MV_NR], *sum[NT_MR][MV_NR], *b[MV_NR], *a[NT_MR];
    nnc_assert(mr <= NT_MR && nc <= MV_NR && (mr == 1 || nc <= NT_NR));
    long kv = s->k / W * W;
    if (kv > 0) {
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < nc; c++)
                acc[r][c] = kb_let(L, nm(L, "c%d_%d", r, c), kb_bcast(L, kb_f(L, 0)));
        KVar *kk = kb_loop(L, "kk", kb_i(L, 0), kb_i(L, kv), W, 0);
        for (int r = 0; r < mr; r++)
            a[r] = kb_let(L, nm(L, "a%d", r, 0),
                          kb_vload(L, s->a, at2(L, plus(L, i0, r), s->k, kb_var(L, kk))));
        for (int c = 0; c < nc; c++)
            b[c] = kb_let(L, nm(L, "b%d", c, 0),
                          kb_vload(L, s->b, at2(L, plus(L, j0, c), s->k, kb_var(L, kk))));
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < nc; c++)
                kb_assign(L, acc[r][c],
                          kb_fma(L, kb_var(L, a[r]), kb_var(L, b[c]), kb_var(L, acc[r][c])), false);
        kb_leave(L);
    }
    for (int r = 0; r < mr; r++)
        for (int c = 0; c < nc; c++)
            sum[r][c] = kb_let(L, nm(L, "s%d_%d", r, c),
                               kv > 0 ? kb_hsum(L, kb_var(L, acc[r][c])) : kb_f(L, 0));
    if (s->k > kv) {
        KVar *k = kb_loop(L, "k", kb_i(L, kv), kb_i(L, s->k), 1, 0);
        for (int r = 0; r < mr; r++)
            a[r] = kb_let(L, nm(L, "a%d", r, 0),
                          kb_load(L, s->a, at2(L, plus(L, i0, r), s->k, kb_var(L, k))));
        for (int c = 0; c < nc; c++) {
            KExpr *bc = kb_load(L, s->b, at2(L, plus(L, j0, c), s->k, kb_var(L, k)));
            for (int r = 0; r < mr; r++)
                kb_assign(L, sum[r][c], kb_fma(L, kb_var(L, a[r]), bc, kb_var(L, sum[r][c])),
                          false);
        }
        kb_leave(L);
    }
    for (int r = 0; r < mr; r++)
        for (int c = 0; c < nc; c++) {
            if (s->bias)
                kb_assign(L, sum[r][c], kb_load(L, s->bias, plus(L, j0, c)), true);
            kb_store(L, s->c, at2(L, plus(L, i0, r), s->n, plus(L, j0, c)),
                     kb_act(L, s->act, kb_var(L, sum[r][c])), s->accumulate);
        }
}

/* Row i of an NT product alone, a matrix-vector product (predict's one
 * sample): tiles of MV_NR columns, each W row read
 * once into its own vector accumulator, then tiles of NT_NR, then single
 * columns. */
static void nt_row(Lower *L, const GemmSpec *s, KExpr *i)
{
    long wide = s->n / MV_NR * MV_NR, mid = s->n / NT_NR * NT_NR;
    bool big = (double)s->n * (double)s->k >= (double)ROW_THREAD_MIN_WORK;
    if (wide > 0) {
        KVar *j0 = kb_loop(L, "j0", kb_i(L, 0), kb_i(L, wide), MV_NR,
                           big ? KL_PARALLEL | KL_THREADS : 0);
        dot_tile(L, s, i, 1, kb_var(L, j0), MV_NR);
        kb_leave(L);
    }
    if (mid > wide) {
        KVar *j0 = kb_loop(L, "j0", kb_i(L, wide), kb_i(L, mid), NT_NR, 0);
        dot_tile(L, s, i, 1, kb_var(L, j0), NT_NR);
        kb_leave(L);
    }
    if (s->n > mid) {
        KVar *j = kb_loop(L, "j", kb_i(L, mid), kb_i(L, s->n), 1, 0);
        dot_tile(L, s, i, 1, kb_var(L, j), 1);
        kb_leave(L);
    }
}

/* NT: column blocks of NT_NR outputs, then single columns, over tiles of
 * NT_MR rows; the rows past the last full tile take 1-row tiles there,
 * or with s->row_apart one row at a time, as matrix-vector products. */
static void blocked_dot(Lower *L, const GemmSpec *s)
{
    long wide = s->n / NT_NR * NT_NR;
    KExpr *full = floor_to(L, s->m_is_n, s->m, NT_MR), *all = dim_m(L, s);
    if (wide > 0) {
        KVar *j0 = kb_loop_if(L, "j0", kb_i(L, 0), kb_i(L, wide), NT_NR, outer_flags(s),
                              fork_if(L, s, s->row_apart && s->m_is_n ? NT_MR : 1));
        over_rows_as(L, s, NT_MR, kb_var(L, j0), NT_NR, dot_tile, !s->row_apart);
        kb_leave(L);
    }
    if (s->n > wide) {
        KVar *j = kb_loop(L, "j", kb_i(L, wide), kb_i(L, s->n), 1, KL_PARALLEL);
        over_rows_as(L, s, NT_MR, kb_var(L, j), 1, dot_tile, !s->row_apart);
        kb_leave(L);
    }
    if (s->row_apart && !same_const(full, all)) {
        KVar *i = kb_loop(L, "i", full, all, 1, KL_PARALLEL);
        nt_row(L, s, kb_var(L, i));
        kb_leave(L);
    }
}

void lower_gemm(Lower *L, const GemmSpec *s, KBlock *out)
{
    nnc_assert(!(s->m_is_n && s->k_is_n));
    nnc_assert(s->form == GEMM_NT || (!s->bias && s->act == ACT_LINEAR));
    kb_enter(L, out);
    if (s->form == GEMM_NT && (s->k_is_n || (s->a_act != ACT_LINEAR && s->a_act_y)))
        plain_nt(L, s);                /* no vector form of either: fusion never asks */
    else if (s->form == GEMM_NT)
        blocked_dot(L, s);
    else
        blocked_outer(L, s);
    kb_leave(L);
}
