/*
 * op_act.c - the activations: relu, sigmoid, tanh, softmax, leaky_relu.
 *
 * Each activation's formula is written here once for the kernels, and
 * once in double for the reference interpreter, side by side: the
 * function itself, and its derivative in terms of the value the
 * backward pass keeps (the activation's output y for relu, sigmoid and
 * tanh, so a fused layer need not keep its pre-activation).  The
 * products' epilogues and prologues (gemm.c), the elementwise maps and
 * the interpreter all call these.
 */
#include "kernel.h"

/* 1 / (1 + exp(-x)) */
static KExpr *k_sigmoid(KB *k, KExpr *x)
{
    return kb_bin(k, KO_DIV, kb_f(k, 1),
                  kb_bin(k, KO_ADD, kb_f(k, 1), kb_un(k, KO_EXP, kb_un(k, KO_NEG, x))));
}

/* x < 0 ? 0 : x: NaN stays NaN, as in PyTorch (fmaxf would give 0), and
 * gcc makes a compare and blend where it calls libm's fmaxf. */
static KExpr *k_relu(KB *k, KExpr *x)
{
    return kb_sel(k, kb_bin(k, KO_LT, x, kb_f(k, 0)), kb_f(k, 0), x);
}

KExpr *act_kexpr(KB *k, Act act, KExpr *x)
{
    switch (act) {
    case ACT_LINEAR:
    case ACT_SOFTMAX:    /* a row op: done after the loop (softmax_rows) */
        return x;
    case ACT_RELU:
        return k_relu(k, x);
    case ACT_SIGMOID:
        return k_sigmoid(k, x);
    case ACT_TANH:
        return kb_un(k, KO_TANH, x);
    }
    nnc_unreachable();
}

/* dy * act'(.) with act' in terms of the output y:
 *   relu: dy where y > 0;  sigmoid: dy y (1 - y);  tanh: dy (1 - y^2) */
KExpr *act_kgrad(KB *k, Act act, KExpr *dy, KExpr *y)
{
    switch (act) {
    case ACT_RELU:
        return kb_sel(k, kb_bin(k, KO_GT, y, kb_f(k, 0)), dy, kb_f(k, 0));
    case ACT_SIGMOID:
        return kb_bin(k, KO_MUL, kb_bin(k, KO_MUL, dy, y), kb_bin(k, KO_SUB, kb_f(k, 1), y));
    case ACT_TANH:
        return kb_bin(k, KO_MUL, dy, kb_bin(k, KO_SUB, kb_f(k, 1), kb_bin(k, KO_MUL, y, y)));
    case ACT_LINEAR:
    case ACT_SOFTMAX:
        break;
    }
    nnc_unreachable();
}
