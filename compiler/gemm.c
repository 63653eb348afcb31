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
 * This first version keeps the plain loops kernel.c had: a dot product
 * of two contiguous rows for NT, row updates (axpy) for NN and TN.
 */
#include "kernel.h"

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
    case ACT_RELU:
        return kb_sel(L, kb_bin(L, KO_GT, y, kb_f(L, 0)), a, kb_f(L, 0));
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

/* C[i,:] += A(i,kk) B[kk,:] for every kk: row updates. */
static void plain_rows(Lower *L, const GemmSpec *s)
{
    if (!s->accumulate)
        kb_zero(L, s->c, s->m_is_n ? kb_bin(L, KO_MUL, kb_n(L), kb_i(L, s->n))
                                   : kb_i(L, s->m * s->n));
    KVar *i = kb_loop(L, "i", kb_i(L, 0), dim_m(L, s), 1, KL_PARALLEL);
    KVar *k = kb_loop(L, "k", kb_i(L, 0), dim_k(L, s), 1, 0);
    KVar *d = kb_let(L, "acc", a_value(L, s, kb_var(L, i), kb_var(L, k)));
    KVar *j = kb_loop(L, "j", kb_i(L, 0), kb_i(L, s->n), 1, KL_VECTOR);
    KExpr *p = kb_bin(L, KO_MUL, kb_var(L, d),
                      kb_load(L, s->b, b_index(L, s, kb_var(L, k), kb_var(L, j))));
    kb_store(L, s->c, at2(L, kb_var(L, i), s->n, kb_var(L, j)), p, true);
    kb_leave(L);
    kb_leave(L);
    kb_leave(L);
}

void lower_gemm(Lower *L, const GemmSpec *s, KBlock *out)
{
    nnc_assert(!(s->m_is_n && s->k_is_n));
    nnc_assert(s->form == GEMM_NT || (!s->bias && s->act == ACT_LINEAR));
    kb_enter(L, out);
    if (s->form == GEMM_NT)
        plain_nt(L, s);
    else
        plain_rows(L, s);
    kb_leave(L);
}
