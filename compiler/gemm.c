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
static KExpr *dim_m(KB *kb, const GemmSpec *s)
{
    return s->m_is_n ? kb_n(kb) : kb_i(kb, s->m);
}

static KExpr *dim_k(KB *kb, const GemmSpec *s)
{
    return s->k_is_n ? kb_n(kb) : kb_i(kb, s->k);
}

/* row * cols + col, with row and col expressions */
static KExpr *at2(KB *kb, KExpr *row, long cols, KExpr *col)
{
    return kb_bin(kb, KO_ADD, kb_bin(kb, KO_MUL, row, kb_i(kb, cols)), col);
}

/* row * ld + col + off: an element of a matrix stored with leading
 * dimension ld from offset off (NULL: 0) of its buffer. */
static KExpr *at_ld(KB *kb, KExpr *row, long ld, KExpr *col, KExpr *off)
{
    KExpr *e = at2(kb, row, ld, col);
    return off ? kb_bin(kb, KO_ADD, e, off) : e;
}

/* Element (row, col) of A's, B's and C's storage: A is m x k (k x m for
 * TN), B n x k for NT (k x n otherwise), C m x n; leading dimensions the
 * spec's or, when 0, the matrix's own width. */
static KExpr *a_at(KB *kb, const GemmSpec *s, KExpr *row, KExpr *col)
{
    return at_ld(kb, row, s->lda ? s->lda : s->form == GEMM_TN ? s->m : s->k, col, s->a_off);
}

static KExpr *b_at(KB *kb, const GemmSpec *s, KExpr *row, KExpr *col)
{
    return at_ld(kb, row, s->ldb ? s->ldb : s->form == GEMM_NT ? s->k : s->n, col, s->b_off);
}

static KExpr *c_at(KB *kb, const GemmSpec *s, KExpr *row, KExpr *col)
{
    return at_ld(kb, row, s->ldc ? s->ldc : s->n, col, s->c_off);
}

/* Where A(i, kk) lives: A[i,kk], or A[kk,i] for GEMM_TN. */
static KExpr *a_index(KB *kb, const GemmSpec *s, KExpr *i, KExpr *kk)
{
    return s->form == GEMM_TN ? a_at(kb, s, kk, i) : a_at(kb, s, i, kk);
}

/* A(i, kk) with the prologue: times act'(y) (op_act.c). */
static KExpr *a_value(KB *kb, const GemmSpec *s, KExpr *i, KExpr *kk)
{
    KExpr *idx = a_index(kb, s, i, kk);
    KExpr *a = kb_load(kb, s->a, idx);
    if (s->a_act == ACT_LINEAR || !s->a_act_y)
        return a;
    return act_kgrad(kb, s->a_act, a, kb_load(kb, s->a_act_y, idx));
}

/* Where B(kk, j) lives: B[j,kk] for GEMM_NT, B[kk,j] otherwise. */
static KExpr *b_index(KB *kb, const GemmSpec *s, KExpr *kk, KExpr *j)
{
    return s->form == GEMM_NT ? b_at(kb, s, j, kk) : b_at(kb, s, kk, j);
}

/* C = act(A B^T + bias): one dot product of two rows per element. */
static void plain_nt(KB *kb, const GemmSpec *s)
{
    KVar *i = kb_loop(kb, "i", kb_i(kb, 0), dim_m(kb, s), 1, KL_PARALLEL);
    KVar *j = kb_loop(kb, "j", kb_i(kb, 0), kb_i(kb, s->n), 1, 0);
    KVar *acc = kb_let(kb, "acc", kb_f(kb, 0));
    KVar *k = kb_loop(kb, "k", kb_i(kb, 0), dim_k(kb, s), 1, KL_VECTOR | KL_REDUCE);
    KExpr *p = kb_bin(kb, KO_MUL, a_value(kb, s, kb_var(kb, i), kb_var(kb, k)),
                      kb_load(kb, s->b, b_index(kb, s, kb_var(kb, k), kb_var(kb, j))));
    kb_assign(kb, acc, p, true);
    kb_leave(kb);
    KExpr *v = kb_var(kb, acc);
    if (s->bias)
        v = kb_bin(kb, KO_ADD, v, kb_load(kb, s->bias, kb_var(kb, j)));
    kb_store(kb, s->c, c_at(kb, s, kb_var(kb, i), kb_var(kb, j)), act_kexpr(kb, s->act, v),
             s->accumulate);
    kb_leave(kb);
    kb_leave(kb);
}

/* ---- blocked ------------------------------------------------------------- */

static const char *nm(KB *kb, const char *fmt, int a, int b)
{
    return arena_printf(kb->a, fmt, a, b);
}

static KExpr *plus(KB *kb, KExpr *e, long c)
{
    return kb_bin(kb, KO_ADD, e, kb_i(kb, c));
}

/* The largest multiple of step not above the dimension (n or a constant). */
static KExpr *floor_to(KB *kb, bool is_n, long v, long step)
{
    if (!is_n)
        return kb_i(kb, v / step * step);
    if (step == 1)
        return kb_n(kb);
    return kb_bin(kb, KO_MUL, kb_bin(kb, KO_DIV, kb_n(kb), kb_i(kb, step)), kb_i(kb, step));
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
typedef void TileFn(KB *kb, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nc);

static void over_rows_as(KB *kb, const GemmSpec *s, int mr, KExpr *j0, int nc, TileFn *tile,
                         bool tails)
{
    KExpr *full = floor_to(kb, s->m_is_n, s->m, mr), *all = dim_m(kb, s);
    if (!is_zero(full)) {
        KVar *i0 = kb_loop(kb, "i0", kb_i(kb, 0), full, mr, 0);
        tile(kb, s, kb_var(kb, i0), mr, j0, nc);
        kb_leave(kb);
    }
    if (tails && mr > 1 && !same_const(full, all)) {
        KVar *i = kb_loop(kb, "i", full, all, 1, 0);
        tile(kb, s, kb_var(kb, i), 1, j0, nc);
        kb_leave(kb);
    }
}

static void over_rows(KB *kb, const GemmSpec *s, int mr, KExpr *j0, int nc, TileFn *tile)
{
    over_rows_as(kb, s, mr, j0, nc, tile, true);
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
static KExpr *fork_if(KB *kb, const GemmSpec *s, long min_rows)
{
    if (!s->m_is_n && !s->k_is_n)
        return NULL;
    double per_row = (double)s->n * (double)(s->m_is_n ? s->k : s->m);
    long rows = (long)((THREAD_MIN_WORK + per_row - 1) / per_row);
    if (rows < min_rows)
        rows = min_rows;
    return rows <= 1 ? NULL : kb_bin(kb, KO_LE, kb_i(kb, rows), kb_n(kb));
}

/* C[i0.., j0..] for an mr x nv-vector tile: outer products over k. */
static void outer_tile(KB *kb, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nv)
{
    KVar *acc[O_MR][O_NV], *b[O_NV];
    for (int r = 0; r < mr; r++)
        for (int v = 0; v < nv; v++)
            acc[r][v] = kb_let(kb, nm(kb, "c%d_%d", r, v), kb_bcast(kb, kb_f(kb, 0)));
    KVar *kk = kb_loop(kb, "kk", kb_i(kb, 0), dim_k(kb, s), 1, 0);
    for (int v = 0; v < nv; v++)
        b[v] = kb_let(kb, nm(kb, "b%d", v, 0),
                      kb_vload(kb, s->b, b_index(kb, s, kb_var(kb, kk), plus(kb, j0, v * W))));
    for (int r = 0; r < mr; r++) {
        KVar *a = kb_let(kb, nm(kb, "a%d", r, 0),
                         kb_bcast(kb, a_value(kb, s, plus(kb, i0, r), kb_var(kb, kk))));
        for (int v = 0; v < nv; v++)
            kb_assign(kb, acc[r][v],
                      kb_fma(kb, kb_var(kb, a), kb_var(kb, b[v]), kb_var(kb, acc[r][v])), false);
    }
    kb_leave(kb);
    for (int r = 0; r < mr; r++)
        for (int v = 0; v < nv; v++)
            kb_store(kb, s->c, c_at(kb, s, plus(kb, i0, r), plus(kb, j0, v * W)),
                     kb_var(kb, acc[r][v]), s->accumulate);
}

/* C[i0.., j] for mr rows of one column past the last full vector: mr
 * scalar dot products along k, independent chains of multiply-adds (one
 * chain would wait on the adder's latency every step; for TN, A's rows
 * are contiguous in i, so the mr loads become one vector). */
static void scalar_tile(KB *kb, const GemmSpec *s, KExpr *i0, int mr, KExpr *j, int nc)
{
    KVar *acc[SC_MR];
    (void)nc;
    for (int r = 0; r < mr; r++)
        acc[r] = kb_let(kb, nm(kb, "s%d", r, 0), kb_f(kb, 0));
    KVar *k = kb_loop(kb, "k", kb_i(kb, 0), dim_k(kb, s), 1, 0);
    KVar *b = kb_let(kb, "b0", kb_load(kb, s->b, b_index(kb, s, kb_var(kb, k), j)));
    for (int r = 0; r < mr; r++)
        kb_assign(kb, acc[r], kb_fma(kb, a_value(kb, s, plus(kb, i0, r), kb_var(kb, k)), kb_var(kb, b),
                                    kb_var(kb, acc[r])), false);
    kb_leave(kb);
    for (int r = 0; r < mr; r++)
        kb_store(kb, s->c, c_at(kb, s, plus(kb, i0, r), j), kb_var(kb, acc[r]), s->accumulate);
}

/* The columns past the last full vector: scalar dot products. */
static void scalar_cols(KB *kb, const GemmSpec *s, long from)
{
    KVar *j = kb_loop(kb, "j", kb_i(kb, from), kb_i(kb, s->n), 1, 0);
    over_rows(kb, s, SC_MR, kb_var(kb, j), 1, scalar_tile);
    kb_leave(kb);
}

/* NN and TN: panels of O_NV vectors, then single vectors, then scalars. */
static void blocked_outer(KB *kb, const GemmSpec *s)
{
    long nvec = s->n / W, panel = O_NV * W, wide = nvec / O_NV * panel;
    if (wide > 0) {
        KVar *j0 = kb_loop_if(kb, "j0", kb_i(kb, 0), kb_i(kb, wide), panel, outer_flags(s),
                              fork_if(kb, s, 1));
        over_rows(kb, s, O_MR, kb_var(kb, j0), O_NV, outer_tile);
        kb_leave(kb);
    }
    if (nvec * W > wide) {
        KVar *j0 = kb_loop(kb, "j0", kb_i(kb, wide), kb_i(kb, nvec * W), W, KL_PARALLEL);
        over_rows(kb, s, O_MR, kb_var(kb, j0), 1, outer_tile);
        kb_leave(kb);
    }
    if (s->n > nvec * W)
        scalar_cols(kb, s, nvec * W);
}

/* C[i0.., j0..] for an mr x nc tile of dot products along k. */
static void dot_tile(KB *kb, const GemmSpec *s, KExpr *i0, int mr, KExpr *j0, int nc)
{
    KVar *acc[NT_MR][MV_NR], *sum[NT_MR][MV_NR], *b[MV_NR], *a[NT_MR];
    nnc_assert(mr <= NT_MR && nc <= MV_NR && (mr == 1 || nc <= NT_NR));
    long kv = s->k / W * W;
    if (kv > 0) {
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < nc; c++)
                acc[r][c] = kb_let(kb, nm(kb, "c%d_%d", r, c), kb_bcast(kb, kb_f(kb, 0)));
        KVar *kk = kb_loop(kb, "kk", kb_i(kb, 0), kb_i(kb, kv), W, 0);
        for (int r = 0; r < mr; r++)
            a[r] = kb_let(kb, nm(kb, "a%d", r, 0),
                          kb_vload(kb, s->a, a_at(kb, s, plus(kb, i0, r), kb_var(kb, kk))));
        for (int c = 0; c < nc; c++)
            b[c] = kb_let(kb, nm(kb, "b%d", c, 0),
                          kb_vload(kb, s->b, b_at(kb, s, plus(kb, j0, c), kb_var(kb, kk))));
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < nc; c++)
                kb_assign(kb, acc[r][c],
                          kb_fma(kb, kb_var(kb, a[r]), kb_var(kb, b[c]), kb_var(kb, acc[r][c])), false);
        kb_leave(kb);
    }
    for (int r = 0; r < mr; r++)
        for (int c = 0; c < nc; c++)
            sum[r][c] = kb_let(kb, nm(kb, "s%d_%d", r, c),
                               kv > 0 ? kb_hsum(kb, kb_var(kb, acc[r][c])) : kb_f(kb, 0));
    if (s->k > kv) {
        KVar *k = kb_loop(kb, "k", kb_i(kb, kv), kb_i(kb, s->k), 1, 0);
        for (int r = 0; r < mr; r++)
            a[r] = kb_let(kb, nm(kb, "a%d", r, 0),
                          kb_load(kb, s->a, a_at(kb, s, plus(kb, i0, r), kb_var(kb, k))));
        for (int c = 0; c < nc; c++) {
            KExpr *bc = kb_load(kb, s->b, b_at(kb, s, plus(kb, j0, c), kb_var(kb, k)));
            for (int r = 0; r < mr; r++)
                kb_assign(kb, sum[r][c], kb_fma(kb, kb_var(kb, a[r]), bc, kb_var(kb, sum[r][c])),
                          false);
        }
        kb_leave(kb);
    }
    for (int r = 0; r < mr; r++)
        for (int c = 0; c < nc; c++) {
            if (s->bias)
                kb_assign(kb, sum[r][c], kb_load(kb, s->bias, plus(kb, j0, c)), true);
            kb_store(kb, s->c, c_at(kb, s, plus(kb, i0, r), plus(kb, j0, c)),
                     act_kexpr(kb, s->act, kb_var(kb, sum[r][c])), s->accumulate);
        }
}

/* Row i of an NT product alone, a matrix-vector product (predict's one
 * sample): tiles of MV_NR columns, each W row read
 * once into its own vector accumulator, then tiles of NT_NR, then single
 * columns. */
static void nt_row(KB *kb, const GemmSpec *s, KExpr *i)
{
    long wide = s->n / MV_NR * MV_NR, mid = s->n / NT_NR * NT_NR;
    bool big = (double)s->n * (double)s->k >= (double)ROW_THREAD_MIN_WORK;
    if (wide > 0) {
        KVar *j0 = kb_loop(kb, "j0", kb_i(kb, 0), kb_i(kb, wide), MV_NR,
                           big ? KL_PARALLEL | KL_THREADS : 0);
        dot_tile(kb, s, i, 1, kb_var(kb, j0), MV_NR);
        kb_leave(kb);
    }
    if (mid > wide) {
        KVar *j0 = kb_loop(kb, "j0", kb_i(kb, wide), kb_i(kb, mid), NT_NR, 0);
        dot_tile(kb, s, i, 1, kb_var(kb, j0), NT_NR);
        kb_leave(kb);
    }
    if (s->n > mid) {
        KVar *j = kb_loop(kb, "j", kb_i(kb, mid), kb_i(kb, s->n), 1, 0);
        dot_tile(kb, s, i, 1, kb_var(kb, j), 1);
        kb_leave(kb);
    }
}

/* NT: column blocks of NT_NR outputs, then single columns, over tiles of
 * NT_MR rows; the rows past the last full tile take 1-row tiles there,
 * or with s->row_apart one row at a time, as matrix-vector products. */
static void blocked_dot(KB *kb, const GemmSpec *s)
{
    long wide = s->n / NT_NR * NT_NR;
    KExpr *full = floor_to(kb, s->m_is_n, s->m, NT_MR), *all = dim_m(kb, s);
    if (wide > 0) {
        KVar *j0 = kb_loop_if(kb, "j0", kb_i(kb, 0), kb_i(kb, wide), NT_NR, outer_flags(s),
                              fork_if(kb, s, s->row_apart && s->m_is_n ? NT_MR : 1));
        over_rows_as(kb, s, NT_MR, kb_var(kb, j0), NT_NR, dot_tile, !s->row_apart);
        kb_leave(kb);
    }
    if (s->n > wide) {
        KVar *j = kb_loop(kb, "j", kb_i(kb, wide), kb_i(kb, s->n), 1, KL_PARALLEL);
        over_rows_as(kb, s, NT_MR, kb_var(kb, j), 1, dot_tile, !s->row_apart);
        kb_leave(kb);
    }
    if (s->row_apart && !same_const(full, all)) {
        KVar *i = kb_loop(kb, "i", full, all, 1, KL_PARALLEL);
        nt_row(kb, s, kb_var(kb, i));
        kb_leave(kb);
    }
}

void lower_gemm(KB *kb, const GemmSpec *s)
{
    nnc_assert(!(s->m_is_n && s->k_is_n));
    nnc_assert(s->form == GEMM_NT || (!s->bias && s->act == ACT_LINEAR));
    if (s->form == GEMM_NT && (s->k_is_n || (s->a_act != ACT_LINEAR && s->a_act_y)))
        plain_nt(kb, s);                /* no vector form of either: fusion never asks */
    else if (s->form == GEMM_NT)
        blocked_dot(kb, s);
    else
        blocked_outer(kb, s);
}
