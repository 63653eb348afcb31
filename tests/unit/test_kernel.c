/*
 * Kernels built by hand with kbuild.c, run three ways: the kernel IR's
 * reference semantics (kinterp.c), the C backend (emitc_program, compiled
 * with cc into a shared object and loaded) and the LLVM backend
 * (emitllvm_program's object, linked the same way).  The three must agree
 * bit for bit, and with a plain C computation of the same thing.
 *
 * Each kernel exercises what convolution needs from the kernel IR:
 *   - a zero-padded 3 x 3 window sum over a 5 x 7 image: signed index
 *     arithmetic (KT_SIDX: oh + kh - 1 is -1 at the border) and guarded
 *     statements (KS_IF), so a read at -1 or past the edge never happens;
 *   - an argmax per row kept in an integer workspace buffer (KT_I32),
 *     written, then read back as an index and as a number;
 *   - the three products (x W^T, dy W, dy^T x) over slices of larger
 *     buffers: leading dimensions and base offsets in GemmSpec, every
 *     element outside the slices left as it was.
 * Bit-equality across the backends is a property of the inputs, stated
 * once: every value is a small integer, so every sum and product is exact
 * in float32 whatever the order or the contraction of multiply-adds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kernel.h"

static char workdir[256];

/* ---- building and running a program of hand-built kernels ------------- */

typedef struct Prog {
    Arena *a;
    KProgram *kp;
    KB kb;
} Prog;

static void prog_new(Prog *p, const char *name)
{
    p->a = arena_new();
    p->kp = arena_alloc(p->a, sizeof *p->kp);
    p->kp->g = ir_new_graph(p->a, name);
    p->kp->name = name;
    p->kb = (KB){.a = p->a};
}

static void prog_add(Prog *p, KFunc *f)
{
    kb_end_func(&p->kb);
    vec_push(p->a, p->kp->funcs, f);
}

/* Compiles a command's output file into a shared object and loads it. */
static void *load_so(const char *cmd, const char *so)
{
    if (system(cmd) != 0)
        fail_msg("failed: %s", cmd);
    void *h = dlopen(so, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        fail_msg("dlopen %s: %s", so, dlerror());
    return h;
}

/* The C backend's code for the program, compiled and loaded. */
static void *load_c(Prog *p)
{
    char c[512], so[512], cmd[2048];
    snprintf(c, sizeof c, "%s/%s.c", workdir, p->kp->name);
    snprintf(so, sizeof so, "%s/%s_c.so", workdir, p->kp->name);
    FILE *f = fopen(c, "w");
    assert_non_null(f);
    EmitOptions eo = {.opt_level = 2, .threads = 1, .kernels_only = true};
    Diag *d = diag_new("kernel", "", 0, stderr);
    assert_int_equal(emitc_program(p->kp, &eo, d, f, NULL), 0);
    diag_free(d);
    fclose(f);
    snprintf(cmd, sizeof cmd, "cc -std=c11 -Wall -Wextra -Werror -Wno-psabi -O2 -shared -fPIC -I%s/runtime "
             "-o %s %s -lm", NNC_SOURCE_DIR, so, c);
    return load_so(cmd, so);
}

#ifdef NNC_HAVE_LLVM
/* The LLVM backend's object for the program, linked and loaded. */
static void *load_llvm(Prog *p)
{
    char o[512], so[512], cmd[2048];
    snprintf(o, sizeof o, "%s/%s.o", workdir, p->kp->name);
    snprintf(so, sizeof so, "%s/%s_llvm.so", workdir, p->kp->name);
    FILE *f = fopen(o, "wb");
    assert_non_null(f);
    EmitOptions eo = {.opt_level = 3, .threads = 1, .kernels_only = true};
    Diag *d = diag_new("kernel", "", 0, stderr);
    assert_int_equal(emitllvm_program(p->kp, &eo, LLVM_OUT_OBJ, d, f), 0);
    diag_free(d);
    fclose(f);
    snprintf(cmd, sizeof cmd, "cc -shared -o %s %s -lm", so, o);
    return load_so(cmd, so);
}
#endif

static void *sym(void *h, const char *model, const char *func)
{
    char name[256];
    snprintf(name, sizeof name, "%s_%s", model, func);
    void *s = dlsym(h, name);
    if (!s)
        fail_msg("no symbol %s", name);
    return s;
}

static float small_int(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return (float)((int)(*state >> 24) % 9 - 4);   /* -4 .. 4 */
}

static void assert_bits_equal(const char *what, const void *a, const void *b, size_t bytes)
{
    if (memcmp(a, b, bytes) != 0)
        fail_msg("%s: the results differ", what);
}

/* ---- a zero-padded 3 x 3 window sum over a 5 x 7 image -------------------- */

enum { H = 5, WD = 7 };

static KExpr *sidx(KB *k, KVar *v)
{
    return kb_un(k, KO_TO_SIDX, kb_var(k, v));
}

/* window(x, y): y[oh, ow] = sum of x[oh + kh - 1, ow + kw - 1] over the
 * 3 x 3 window, reading nothing outside the image. */
static KFunc *build_window(KB *k)
{
    KFunc *f = kb_begin_func(k, KF_FORWARD, "window", false);
    KBuf *x = kb_param_buf(k, KP_IN, "x", ir_shape(2, H, WD));
    KBuf *y = kb_param_buf(k, KP_OUT, "y", ir_shape(2, H, WD));
    KVar *oh = kb_loop0(k, "oh", kb_i(k, H), KL_PARALLEL);
    KVar *ow = kb_loop0(k, "ow", kb_i(k, WD), 0);
    KVar *acc = kb_let(k, "acc", kb_f(k, 0));
    KVar *kh = kb_loop0(k, "kh", kb_i(k, 3), 0);
    KVar *kw = kb_loop0(k, "kw", kb_i(k, 3), 0);
    KVar *ih = kb_let(k, "ih", kb_bin(k, KO_SUB, kb_bin(k, KO_ADD, sidx(k, oh), sidx(k, kh)), kb_si(k, 1)));
    KVar *iw = kb_let(k, "iw", kb_bin(k, KO_SUB, kb_bin(k, KO_ADD, sidx(k, ow), sidx(k, kw)), kb_si(k, 1)));
    kb_if(k, kb_bin(k, KO_LE, kb_si(k, 0), kb_var(k, ih)));
    kb_if(k, kb_bin(k, KO_LT, kb_var(k, ih), kb_si(k, H)));
    kb_if(k, kb_bin(k, KO_LE, kb_si(k, 0), kb_var(k, iw)));
    kb_if(k, kb_bin(k, KO_LT, kb_var(k, iw), kb_si(k, WD)));
    KExpr *at = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_var(k, ih), kb_si(k, WD)), kb_var(k, iw));
    kb_assign(k, acc, kb_load(k, x, at), true);
    for (int i = 0; i < 4; i++)
        kb_leave(k);
    kb_leave(k);
    kb_leave(k);
    kb_store(k, y, kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, kb_var(k, oh), kb_i(k, WD)), kb_var(k, ow)),
             kb_var(k, acc), false);
    kb_leave(k);
    kb_leave(k);
    return f;
}

static void window_reference(const float *x, float *y)
{
    for (int oh = 0; oh < H; oh++)
        for (int ow = 0; ow < WD; ow++) {
            float s = 0;
            for (int kh = -1; kh <= 1; kh++)
                for (int kw = -1; kw <= 1; kw++)
                    if (oh + kh >= 0 && oh + kh < H && ow + kw >= 0 && ow + kw < WD)
                        s += x[(oh + kh) * WD + ow + kw];
            y[oh * WD + ow] = s;
        }
}

typedef void WindowFn(const float *x, float *y);

static void padded_window_reads_only_inside_the_image(void **state)
{
    (void)state;
    Prog p;
    prog_new(&p, "kt_window");
    prog_add(&p, build_window(&p.kb));
    uint32_t seed = 1;
    float x[H * WD], want[H * WD], ref[H * WD], got[H * WD];
    for (int i = 0; i < H * WD; i++)
        x[i] = small_int(&seed);
    window_reference(x, want);
    void *args[2] = {x, ref};
    kinterp_run(p.kp, p.kp->funcs.items[0], args);
    assert_bits_equal("interpreter vs plain C", ref, want, sizeof want);

    void *h = load_c(&p);
    ((WindowFn *)sym(h, "kt_window", "window"))(x, got);
    assert_bits_equal("C backend vs interpreter", got, ref, sizeof ref);
#ifdef NNC_HAVE_LLVM
    void *hl = load_llvm(&p);
    memset(got, 0, sizeof got);
    ((WindowFn *)sym(hl, "kt_window", "window"))(x, got);
    assert_bits_equal("LLVM backend vs interpreter", got, ref, sizeof ref);
#endif
    printf("window: 5 x 7, padding 1: C and LLVM equal the interpreter (corner %g, centre %g)\n",
           ref[0], ref[2 * WD + 3]);
    arena_free(p.a);
}

/* ---- an argmax per row in an integer workspace buffer ------------------- */

enum { AR = 4, AC = 9 };

/* argmax(ws, x, y, pos): arg[i] = the first position of row i's maximum
 * (int32_t in the workspace), then y[i] = x[i, arg[i]], pos[i] = arg[i]. */
static KFunc *build_argmax(KB *k)
{
    KFunc *f = kb_begin_func(k, KF_FORWARD, "argmax", false);
    kb_param(k, KP_WS, "ws");
    KBuf *x = kb_param_buf(k, KP_IN, "x", ir_shape(2, AR, AC));
    KBuf *y = kb_param_buf(k, KP_OUT, "y", ir_shape(1, AR, 0));
    KBuf *pos = kb_param_buf(k, KP_OUT, "pos", ir_shape(1, AR, 0));
    KBuf *arg = kb_ws_buf(k, "arg", 16, ir_shape(1, AR, 0), KT_I32);
    KVar *i = kb_loop0(k, "i", kb_i(k, AR), KL_PARALLEL);
    KExpr *row = kb_bin(k, KO_MUL, kb_var(k, i), kb_i(k, AC));
    KVar *best = kb_let(k, "best", kb_load(k, x, row));
    KVar *at = kb_let(k, "at", kb_si(k, 0));
    KVar *j = kb_loop(k, "j", kb_i(k, 1), kb_i(k, AC), 1, 0);
    KExpr *xj = kb_load(k, x, kb_bin(k, KO_ADD, row, kb_var(k, j)));
    kb_if(k, kb_bin(k, KO_GT, xj, kb_var(k, best)));
    kb_assign(k, best, xj, false);
    kb_assign(k, at, sidx(k, j), false);
    kb_leave(k);
    kb_leave(k);
    kb_store(k, arg, kb_var(k, i), kb_var(k, at), false);
    kb_leave(k);
    i = kb_loop0(k, "i", kb_i(k, AR), KL_PARALLEL);
    KExpr *a = kb_load(k, arg, kb_var(k, i));
    KExpr *idx = kb_bin(k, KO_ADD, kb_bin(k, KO_MUL, sidx(k, i), kb_si(k, AC)), a);
    kb_store(k, y, kb_var(k, i), kb_load(k, x, idx), false);
    kb_store(k, pos, kb_var(k, i), kb_un(k, KO_TO_F32, a), false);
    kb_leave(k);
    return f;
}

typedef void ArgmaxFn(float *ws, const float *x, float *y, float *pos);

static void argmax_round_trips_through_an_integer_buffer(void **state)
{
    (void)state;
    Prog p;
    prog_new(&p, "kt_argmax");
    prog_add(&p, build_argmax(&p.kb));
    uint32_t seed = 7;
    float x[AR * AC], ws[64] = {0}, y[AR], pos[AR], gy[AR], gpos[AR];
    for (int i = 0; i < AR * AC; i++)
        x[i] = small_int(&seed);
    void *args[4] = {ws, x, y, pos};
    kinterp_run(p.kp, p.kp->funcs.items[0], args);
    for (int r = 0; r < AR; r++) {
        int first = 0;
        for (int c = 1; c < AC; c++)
            first = x[r * AC + c] > x[r * AC + first] ? c : first;
        assert_int_equal((int)pos[r], first);
        assert_int_equal(((int32_t *)ws)[16 + r], first);
        assert_true(y[r] == x[r * AC + first]);
    }
    void *h = load_c(&p);
    float cws[64] = {0};
    ((ArgmaxFn *)sym(h, "kt_argmax", "argmax"))(cws, x, gy, gpos);
    assert_bits_equal("C backend y", gy, y, sizeof y);
    assert_bits_equal("C backend positions", gpos, pos, sizeof pos);
    assert_bits_equal("C backend's integer buffer", cws, ws, sizeof ws);
#ifdef NNC_HAVE_LLVM
    void *hl = load_llvm(&p);
    float lws[64] = {0};
    ((ArgmaxFn *)sym(hl, "kt_argmax", "argmax"))(lws, x, gy, gpos);
    assert_bits_equal("LLVM backend y", gy, y, sizeof y);
    assert_bits_equal("LLVM backend positions", gpos, pos, sizeof pos);
    assert_bits_equal("LLVM backend's integer buffer", lws, ws, sizeof ws);
#endif
    printf("argmax: %d rows of %d, positions %g %g %g %g through int32_t: all three agree\n", AR, AC,
           pos[0], pos[1], pos[2], pos[3]);
    arena_free(p.a);
}

/* ---- products over slices of larger buffers ---------------------------- */

/* A big buffer [rows x cols] holding a slice [r0.., c0..] of rows x cols'. */
typedef struct Slice {
    int rows, cols;          /* the big buffer */
    int r0, c0;              /* where the matrix starts in it */
} Slice;

static long slice_off(Slice s)
{
    return (long)s.r0 * s.cols + s.c0;
}

/* product_FORM(a, b, c): c's slice = the product of a's and b's slices */
static KFunc *build_product(KB *k, GemmForm form, long m, long n, long kk, Slice sa, Slice sb, Slice sc,
                            const char *name)
{
    KFunc *f = kb_begin_func(k, KF_FORWARD, name, false);
    GemmSpec s = {.form = form, .m = m, .n = n, .k = kk};
    s.a = kb_param_buf(k, KP_IN, "a", ir_shape(2, sa.rows, sa.cols));
    s.b = kb_param_buf(k, KP_IN, "b", ir_shape(2, sb.rows, sb.cols));
    s.c = kb_param_buf(k, KP_OUT, "c", ir_shape(2, sc.rows, sc.cols));
    s.lda = sa.cols, s.ldb = sb.cols, s.ldc = sc.cols;
    s.a_off = kb_i(k, slice_off(sa));
    s.b_off = kb_i(k, slice_off(sb));
    s.c_off = kb_i(k, slice_off(sc));
    lower_gemm(k, &s);
    return f;
}

static float el(const float *buf, Slice s, int r, int c)
{
    return buf[(s.r0 + r) * s.cols + s.c0 + c];
}

/* c = a b by the form's reading of a and b (NT: b is n x k; TN: a is k x m). */
static void product_reference(GemmForm form, int m, int n, int kk, const float *a, Slice sa,
                              const float *b, Slice sb, float *c, Slice sc)
{
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++) {
            float s = 0;
            for (int t = 0; t < kk; t++) {
                float av = form == GEMM_TN ? el(a, sa, t, i) : el(a, sa, i, t);
                float bv = form == GEMM_NT ? el(b, sb, j, t) : el(b, sb, t, j);
                s += av * bv;
            }
            c[(sc.r0 + i) * sc.cols + sc.c0 + j] = s;
        }
}

typedef void ProductFn(const float *a, const float *b, float *c);

typedef struct ProductCase {
    const char *name;
    GemmForm form;
    int m, n, k;
    Slice a, b, c;
} ProductCase;

static void strided_products_touch_only_their_slices(void **state)
{
    (void)state;
    /* sizes that take the full tiles and every tail: NT 4 x 4 dot tiles with
     * k past a 16-float vector; NN and TN 8-row x 2-vector tiles, a single
     * vector, scalar columns */
    static const ProductCase cases[] = {
        {"nt", GEMM_NT, 5, 6, 20, {8, 30, 2, 3}, {12, 25, 1, 2}, {9, 16, 3, 5}},
        {"nn", GEMM_NN, 9, 37, 5, {12, 11, 1, 4}, {7, 40, 2, 1}, {11, 45, 1, 6}},
        {"tn", GEMM_TN, 9, 37, 5, {7, 14, 2, 3}, {6, 41, 1, 2}, {12, 40, 2, 1}},
    };
    enum { NC = sizeof cases / sizeof *cases };
    Prog p;
    prog_new(&p, "kt_gemm");
    for (int i = 0; i < NC; i++) {
        const ProductCase *pc = &cases[i];
        prog_add(&p, build_product(&p.kb, pc->form, pc->m, pc->n, pc->k, pc->a, pc->b, pc->c,
                                   arena_printf(p.a, "product_%s", pc->name)));
    }
    void *h = load_c(&p);
#ifdef NNC_HAVE_LLVM
    void *hl = load_llvm(&p);
#endif
    uint32_t seed = 3;
    for (int i = 0; i < NC; i++) {
        const ProductCase *pc = &cases[i];
        size_t na = (size_t)pc->a.rows * pc->a.cols, nb = (size_t)pc->b.rows * pc->b.cols;
        size_t nc = (size_t)pc->c.rows * pc->c.cols;
        float *a = calloc(na, sizeof *a), *b = calloc(nb, sizeof *b);
        float *want = calloc(nc, sizeof *want), *ref = calloc(nc, sizeof *ref);
        float *got = calloc(nc, sizeof *got);
        for (size_t t = 0; t < na; t++)
            a[t] = small_int(&seed);
        for (size_t t = 0; t < nb; t++)
            b[t] = small_int(&seed);
        for (size_t t = 0; t < nc; t++)   /* outside the slice: must stay */
            want[t] = ref[t] = -99;
        product_reference(pc->form, pc->m, pc->n, pc->k, a, pc->a, b, pc->b, want, pc->c);
        void *args[3] = {a, b, ref};
        kinterp_run(p.kp, p.kp->funcs.items[i], args);
        assert_bits_equal(pc->name, ref, want, nc * sizeof *ref);
        for (size_t t = 0; t < nc; t++)
            got[t] = -99;
        ((ProductFn *)sym(h, "kt_gemm", arena_printf(p.a, "product_%s", pc->name)))(a, b, got);
        assert_bits_equal("C backend", got, ref, nc * sizeof *ref);
#ifdef NNC_HAVE_LLVM
        for (size_t t = 0; t < nc; t++)
            got[t] = -99;
        ((ProductFn *)sym(hl, "kt_gemm", arena_printf(p.a, "product_%s", pc->name)))(a, b, got);
        assert_bits_equal("LLVM backend", got, ref, nc * sizeof *ref);
#endif
        printf("product %s: %d x %d x %d over slices (lda %d, ldb %d, ldc %d): all three agree\n",
               pc->name, pc->m, pc->n, pc->k, pc->a.cols, pc->b.cols, pc->c.cols);
        free(a);
        free(b);
        free(want);
        free(ref);
        free(got);
    }
    arena_free(p.a);
}

int main(void)
{
    snprintf(workdir, sizeof workdir, "%s/test_kernel.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(workdir)) {
        perror("mkdtemp");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(padded_window_reads_only_inside_the_image),
        cmocka_unit_test(argmax_round_trips_through_an_integer_buffer),
        cmocka_unit_test(strided_products_touch_only_their_slices),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", workdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", workdir);
    return rc;
}
