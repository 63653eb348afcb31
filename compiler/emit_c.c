/*
 * emit_c.c - the C backend: prints the kernel IR as C11.
 *
 * Takes a graph after optim_append; plans its memory, lowers it to kernel
 * IR (kernel.c decides every loop) and prints:
 *   model.h   the API of INTERFACE.md section 2: size macros, an opaque
 *             struct, the NAME_* prototypes
 *   model.c   the kernels as static functions, the descriptor table the
 *             runtime works from, and the NAME_* functions, each a thin
 *             wrapper over the runtime (create, predict, fit, save, ...);
 *             with --main, a main() that hands argv to the runtime's
 *             standalone trainer.
 * The printer is thin on purpose: a statement of the kernel IR becomes a
 * line of C, an expression an expression.  It adds presentation (the .nn
 * line above each block, shape comments on buffers, `+=` and `-=`) and
 * one structure: a loop worth threads becomes a function of its own that
 * an OpenMP region calls (below, "parallel loops").  Output depends on nothing but the graph and the options,
 * so reruns give the same bytes.
 */
#include "kernel.h"
#include "nnrt.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Printer {
    FILE *out;
    const KProgram *kp;
    const EmitOptions *o;
    const char *file;     /* the source's base name, for comments */
    int last_line;        /* the .nn line of the last block printed */
    const KFunc *f;       /* the kernel being printed */
    int next_part;        /* its parallel loops printed so far (call sites) */
    bool in_part;         /* printing a part's body: loops in it stay serial */
    const char **lines;   /* where each line of the source starts (source_line) */
    int nlines;
} Printer;

/* ---- comments and literals -------------------------------------------- */

/* Prints s inside a C comment: nothing in it may end the comment or form
 * a trigraph, and it stays on one line. */
static void put_comment_text(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        char c = s[i];
        if (c == '*' && s[i + 1] == '/')
            fputs("* ", out);
        else if (c == '/' && s[i + 1] == '*')
            fputs("/ ", out);
        else if (c == '?' && s[i + 1] == '?')
            fputs("? ", out);
        else if (c == '\t')
            fputc(' ', out);
        else if ((unsigned char)c < 0x20 || c == 0x7f)
            continue;
        else
            fputc(c, out);
    }
}

/* A C string literal: escapes everything outside printable ASCII. */
static void put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f || c == '?')
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

/* The shortest decimal that reads back as the same float, with an f. */
static void put_float(FILE *out, double v)
{
    float f = (float)v;
    if (isinf(f)) {
        fputs(f > 0 ? "INFINITY" : "-INFINITY", out);
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 9; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, (double)f);
        if (strtof(buf, NULL) == f)
            break;
    }
    fputs(buf, out);
    if (!strpbrk(buf, ".en"))
        fputs(".0", out);
    fputc('f', out);
}

static const char *base_name(const char *path)
{
    if (!path)
        return "model.nn";
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The text of line `line` of the source, without surrounding blanks.
 * The lines' starts are found once (P->lines): a model of 100,000 lines
 * asks for every one of them. */
static const char *source_line(Printer *P, int line, size_t *len)
{
    const char *src = P->o->source;
    if (!src || line < 1)
        return NULL;
    if (!P->lines) {
        size_t n = 1;
        for (const char *c = src; *c; c++)
            n += *c == '\n';
        P->lines = xcalloc(n + 1, sizeof *P->lines);
        P->lines[P->nlines++] = src;
        for (const char *c = src; *c; c++)
            if (*c == '\n')
                P->lines[P->nlines++] = c + 1;
    }
    if (line > P->nlines)
        return NULL;
    src = P->lines[line - 1];
    while (*src == ' ' || *src == '\t')
        src++;
    size_t n = strcspn(src, "\r\n");
    while (n > 0 && (src[n - 1] == ' ' || src[n - 1] == '\t'))
        n--;
    *len = n;
    return src;
}

static void put_shape(FILE *out, Shape s)
{
    fputc('(', out);
    for (int i = 0; i < s.rank; i++) {
        if (i)
            fputs(", ", out);
        if (s.dims[i] == IR_BATCH)
            fputc('B', out);
        else
            fprintf(out, "%ld", s.dims[i]);
    }
    fputc(')', out);
}

/* ---- expressions ------------------------------------------------------ */

enum { P_SELECT = 1, P_EQ = 2, P_CMP = 3, P_ADD = 4, P_MUL = 5, P_UNARY = 6, P_PRIMARY = 7 };

static int binary_prec(KOp op)
{
    switch (op) {
    case KO_ADD: case KO_SUB: return P_ADD;
    case KO_MUL: case KO_DIV: return P_MUL;
    case KO_LT: case KO_LE: case KO_GT: return P_CMP;
    case KO_EQ: return P_EQ;
    default: return P_PRIMARY;   /* fmaxf(a, b), powf(a, b) */
    }
}

static int expr_prec(const KExpr *e)
{
    switch (e->kind) {
    case KE_BINARY: return binary_prec(e->op);
    case KE_SELECT: return P_SELECT;
    case KE_FMA: return P_ADD;
    case KE_UNARY:
        return e->op == KO_NEG || e->op == KO_TO_F32 || e->op == KO_TO_IDX || e->op == KO_TO_SIDX
                   ? P_UNARY : P_PRIMARY;
    case KE_CONST: return e->f < 0 ? P_UNARY : P_PRIMARY;
    default: return P_PRIMARY;
    }
}

static void put_expr(FILE *out, const KExpr *e, int min_prec);

static void put_sub(FILE *out, const KExpr *e, int min_prec)
{
    /* comparisons of comparisons always get parentheses (-Wparentheses) */
    bool paren = expr_prec(e) < min_prec ||
                 (min_prec >= P_EQ && (expr_prec(e) == P_EQ || expr_prec(e) == P_CMP));
    if (paren)
        fputc('(', out);
    put_expr(out, e, paren ? 0 : min_prec);
    if (paren)
        fputc(')', out);
}

static const char *binary_text(KOp op)
{
    switch (op) {
    case KO_ADD: return " + ";
    case KO_SUB: return " - ";
    case KO_MUL: return " * ";
    case KO_DIV: return " / ";
    case KO_LT: return " < ";
    case KO_LE: return " <= ";
    case KO_GT: return " > ";
    case KO_EQ: return " == ";
    default: nnc_unreachable();
    }
}

static const char *func_name(KOp op)
{
    switch (op) {
    case KO_MIN: return "fminf";
    case KO_MAX: return "fmaxf";
    case KO_POW: return "powf";
    case KO_EXP: return "expf";
    case KO_LOG: return "logf";
    case KO_LOG1P: return "log1pf";
    case KO_TANH: return "nnc_tanhf";
    case KO_SQRT: return "sqrtf";
    case KO_ABS: return "fabsf";
    case KO_ERF: return "erff";
    default: nnc_unreachable();
    }
}

static void put_expr(FILE *out, const KExpr *e, int min_prec)
{
    (void)min_prec;
    switch (e->kind) {
    case KE_CONST:
        put_float(out, e->f);
        return;
    case KE_INT:
        fprintf(out, "%ld", e->i);
        return;
    case KE_N:
        fputc('n', out);
        return;
    case KE_VAR:
        fputs(e->var->name, out);
        return;
    case KE_LOAD:
        if (e->width > 1) {
            fprintf(out, "nnc_vload(%s + ", e->buf->name);
            put_sub(out, e->a, P_ADD + 1);
            fputc(')', out);
            return;
        }
        fprintf(out, "%s[", e->buf->name);
        put_expr(out, e->a, 0);
        fputc(']', out);
        return;
    case KE_BCAST:
    case KE_HSUM:
        fputs(e->kind == KE_BCAST ? "nnc_vsplat(" : "nnc_vhsum(", out);
        put_expr(out, e->a, 0);
        fputc(')', out);
        return;
    case KE_BINARY: {
        int p = binary_prec(e->op);
        if ((e->op == KO_MIN || e->op == KO_MAX) && e->a->type == KT_IDX) {
            fputc('(', out);             /* index bounds of a tile: no fminf */
            put_sub(out, e->a, P_CMP + 1);
            fputs(e->op == KO_MIN ? " < " : " > ", out);
            put_sub(out, e->b, P_CMP + 1);
            fputs(" ? ", out);
            put_sub(out, e->a, P_SELECT + 1);
            fputs(" : ", out);
            put_sub(out, e->b, P_SELECT);
            fputc(')', out);
            return;
        }
        if (p == P_PRIMARY) {
            fprintf(out, "%s(", func_name(e->op));
            put_expr(out, e->a, 0);
            fputs(", ", out);
            put_expr(out, e->b, 0);
            fputc(')', out);
            return;
        }
        put_sub(out, e->a, p);
        fputs(binary_text(e->op), out);
        put_sub(out, e->b, p + 1);
        return;
    }
    case KE_UNARY:
        if (e->op == KO_NEG) {
            fputc('-', out);
            put_sub(out, e->a, P_UNARY);
        } else if (e->op == KO_TO_F32 || e->op == KO_TO_IDX || e->op == KO_TO_SIDX) {
            fputs(e->op == KO_TO_F32 ? "(float)" : e->op == KO_TO_IDX ? "(size_t)" : "(ptrdiff_t)", out);
            put_sub(out, e->a, P_UNARY);
        } else {
            fprintf(out, "%s(", func_name(e->op));
            put_expr(out, e->a, 0);
            fputc(')', out);
        }
        return;
    case KE_FMA:
        put_sub(out, e->a, P_MUL);
        fputs(" * ", out);
        put_sub(out, e->b, P_MUL + 1);
        fputs(" + ", out);
        put_sub(out, e->c, P_ADD + 1);
        return;
    case KE_SELECT:
        put_sub(out, e->a, P_SELECT + 1);
        fputs(" ? ", out);
        put_sub(out, e->b, P_SELECT + 1);
        fputs(" : ", out);
        put_sub(out, e->c, P_SELECT);
        return;
    }
    nnc_unreachable();
}

/* ---- statements ------------------------------------------------------- */

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("    ", out);
}

static const char *var_type(const KVar *v)
{
    if (v->type == KT_F32 && v->width > 1)
        return "nnc_vf";
    switch (v->type) {
    case KT_F32: return "float";
    case KT_IDX: return "size_t";
    case KT_SIDX: return "ptrdiff_t";
    case KT_BOOL: return "int";
    case KT_I32: break;
    }
    nnc_unreachable();
}

static void put_block(Printer *P, const KBlock *b, int depth);

/* A block that is one call of a shared kernel: the call names the op (the
 * function is named after it) and its buffers, so it needs no note. */
static bool just_a_call(const KStmt *s)
{
    return s->body.len == 1 && s->body.items[0]->kind == KS_CALL &&
           s->body.items[0]->callee == KC_KERNEL && s->body.items[0]->args;
}

static void put_op_comment(Printer *P, const KStmt *s, int depth)
{
    FILE *out = P->out;
    size_t len = 0;
    const char *text = source_line(P, s->loc.line, &len);
    if (s->loc.line != P->last_line && s->loc.line > 0) {
        fputc('\n', out);
        indent(out, depth);
        fputs("/* ", out);
        put_comment_text(out, P->file, strlen(P->file));
        fprintf(out, ":%d:", s->loc.line);
        if (text) {
            fputc(' ', out);
            put_comment_text(out, text, len);
        }
        fputs(" */\n", out);
        P->last_line = s->loc.line;
    }
    if (just_a_call(s))
        return;
    indent(out, depth);
    fputs("/* ", out);
    put_comment_text(out, s->note, strlen(s->note));
    fputs(" */\n", out);
}

static bool has_let(const KBlock *b)
{
    for (int i = 0; i < b->len; i++)
        if (b->items[i]->kind == KS_LET)
            return true;
    return false;
}

static void put_count(FILE *out, const KExpr *count)
{
    fputs("sizeof(float) * ", out);
    put_sub(out, count, P_MUL + 1);
}

/* nnc_vstore(p, v), or nnc_vstore(p, nnc_vload(p) + v) when accumulating */
static void put_vstore(FILE *out, const KStmt *s)
{
    fprintf(out, "nnc_vstore(%s + ", s->buf->name);
    put_sub(out, s->idx, P_ADD + 1);
    fputs(", ", out);
    if (s->accum) {
        fprintf(out, "nnc_vload(%s + ", s->buf->name);
        put_sub(out, s->idx, P_ADD + 1);
        fputs(") + ", out);
        put_sub(out, s->val, P_ADD + 1);
    } else {
        put_expr(out, s->val, 0);
    }
    fputs(");\n", out);
}

/* ---- parallel loops: parts of their own --------------------------------
 *
 * A KL_THREADS loop `for (v = LO; v < HI; v += STEP) body` is printed as a
 * function of its own, NAME_KERNEL_partK(the kernel's parameters and
 * variables the body reads, v_lo, v_hi), which runs the iterations from
 * v_lo to v_hi.  The kernel calls it once for the whole loop or, compiled
 * with -fopenmp and when the fork pays (nnc_nthreads() > 1 and the loop's
 * fork_if), once on each thread of an OpenMP parallel region for that
 * thread's contiguous share (nnc_share), as schedule(static) would;
 * the call site's own variables start with nnc_, which no kernel variable
 * does.
 * Why not `#pragma omp parallel for ... if (...)` on the loop itself: a
 * region whose `if` is false still has libgomp set up a team of one, 1-2
 * us each, and a -fopenmp build predicting on one thread took 13.2 us
 * against 8.4 without -fopenmp.  Every iteration runs whole on one
 * thread, so the numbers do not depend on the thread count.  A parallel
 * loop inside a part stays serial, as with the LLVM backend's pool. */

static void put_param(FILE *out, const KParam *p);

/* float *h1_weight = ws + 0; (256, 784) h1.weight; from pw in forward */
static void put_buf_decl(FILE *out, const KFunc *f, const KBuf *b)
{
    const char *base = kbuf_from_pw(f, b) ? "pw" : "ws";
    if (b->elem == KT_I32)   /* the same 4-byte slots, holding integers */
        fprintf(out, "    int32_t *%s = (int32_t *)(%s + %ld);", b->name, base, b->offset);
    else
        fprintf(out, "    float *%s = %s + %ld;", b->name, base, b->offset);
    fputs(" /* ", out);
    put_shape(out, b->shape);
    if (b->value && b->value->ckpt) {
        fputc(' ', out);
        put_comment_text(out, b->value->ckpt, strlen(b->value->ckpt));
    }
    fputs(" */\n", out);
}

/* Which of f's parameters a part takes: those its buffers are, n, ws
 * for workspace buffers and calls, pw for parameters in forward, rng for
 * dropout masks. */
static void part_params(const KFunc *f, const KUses *u, bool *param)
{
    for (int i = 0; i < f->params.len; i++) {
        KParamKind k = f->params.items[i].kind;
        param[i] = (k == KP_N && u->n) || (k == KP_RNG && u->rng) ||
                   (k == KP_WS && u->calls_kernel) || (k == KP_PW && u->calls_kernel);
    }
    for (int j = 0; j < u->nbufs; j++) {
        const KBuf *b = u->bufs[j];
        for (int i = 0; i < f->params.len; i++)
            param[i] |= b->param == i ||
                        (b->param < 0 && f->params.items[i].kind == (kbuf_from_pw(f, b) ? KP_PW : KP_WS));
    }
}

/* The variables of the kernel a part reads: declared outside it. */
static bool captured(const KUses *u, const KStmt *loop, int id)
{
    return u->var[id] && !u->def[id] && id != loop->var->id;
}

static const KVar *var_by_id(const KBlock *b, int id)
{
    for (int i = 0; i < b->len; i++) {
        const KStmt *s = b->items[i];
        if (s->var && s->var->id == id)
            return s->var;
        const KVar *v = var_by_id(&s->body, id);
        if (v)
            return v;
    }
    return NULL;
}

/* The arguments of a part after the kernel's parameters: its captured
 * variables; with types for the definition, bare for a call. */
static void put_part_args(Printer *P, const KFunc *f, const KStmt *loop, const KUses *u,
                          bool types, bool *first)
{
    bool *param = xcalloc((size_t)f->params.len + 1, sizeof *param);
    part_params(f, u, param);
    for (int i = 0; i < f->params.len; i++) {
        if (!param[i])
            continue;
        fputs(*first ? "" : ", ", P->out);
        *first = false;
        if (types)
            put_param(P->out, &f->params.items[i]);
        else
            fputs(f->params.items[i].name, P->out);
    }
    free(param);
    for (int id = 0; id < f->nvars; id++) {
        if (!captured(u, loop, id))
            continue;
        const KVar *v = var_by_id(&f->body, id);
        nnc_assert(v);
        fputs(*first ? "" : ", ", P->out);
        *first = false;
        if (types)
            fprintf(P->out, "%s ", var_type(v));
        fputs(v->name, P->out);
    }
}

/* NAME_KERNEL_partK: the iterations of loop from VAR_lo to VAR_hi. */
static void put_part(Printer *P, const KStmt *block, const KStmt *loop, int k)
{
    FILE *out = P->out;
    const KFunc *f = P->f;
    KUses u = kuses_of(f, &loop->body, false);
    const char *v = loop->var->name;
    fputs("\n/* ", out);
    if (block && block->loc.line > 0) {
        size_t len = 0;
        const char *text = source_line(P, block->loc.line, &len);
        put_comment_text(out, P->file, strlen(P->file));
        fprintf(out, ":%d:", block->loc.line);
        if (text) {
            fputc(' ', out);
            put_comment_text(out, text, len);
        }
        fputs("\n * ", out);
    }
    if (block && block->note) {
        put_comment_text(out, block->note, strlen(block->note));
        fputs(": ", out);
    }
    fprintf(out, "%s from %s_lo to %s_hi, one thread's share */\n", v, v, v);
    fprintf(out, "static void %s_%s_part%d(", P->kp->name, f->name, k);
    bool first = true;
    put_part_args(P, f, loop, &u, true, &first);
    fprintf(out, "%ssize_t %s_lo, size_t %s_hi)\n{\n", first ? "" : ", ", v, v);
    for (int i = 0; i < f->bufs.len; i++)
        if (kuses_buf(&u, f->bufs.items[i]))
            put_buf_decl(out, f, f->bufs.items[i]);
    if (loop->step == 1)
        fprintf(out, "    for (size_t %s = %s_lo; %s < %s_hi; %s++) {\n", v, v, v, v, v);
    else
        fprintf(out, "    for (size_t %s = %s_lo; %s < %s_hi; %s += %ld) {\n", v, v, v, v, v,
                loop->step);
    P->in_part = true;
    put_block(P, &loop->body, 2);
    P->in_part = false;
    fputs("    }\n}\n", out);
    kuses_free(&u);
}

/* Every part of f, in the order put_stmt reaches their loops. */
static void put_parts(Printer *P, const KBlock *b, const KStmt *block, int *k)
{
    for (int i = 0; i < b->len; i++) {
        const KStmt *s = b->items[i];
        if (kstmt_threaded(s))
            put_part(P, block, s, (*k)++);
        else
            put_parts(P, &s->body, s->kind == KS_BLOCK ? s : block, k);
    }
}

/* The call of part K for loop s: threads when they pay, else one call. */
static void put_part_call(Printer *P, const KStmt *s, int depth)
{
    FILE *out = P->out;
    const KFunc *f = P->f;
    int k = P->next_part++;
    KUses u = kuses_of(f, &s->body, false);
    fputs("#ifdef _OPENMP\n", out);
    indent(out, depth);
    fputs("if (nnc_nthreads() > 1", out);
    if (s->fork_if) {
        fputs(" && ", out);
        put_expr(out, s->fork_if, 0);
    }
    fputs(") {\n", out);
    indent(out, depth + 1);
    fputs("#pragma omp parallel num_threads(nnc_nthreads())\n", out);
    indent(out, depth + 1);
    fputs("{\n", out);
    indent(out, depth + 2);
    fputs("size_t nnc_t = (size_t)omp_get_thread_num(), nnc_nt = (size_t)omp_get_num_threads();\n",
          out);
    for (int end = 0; end < 2; end++) {
        indent(out, depth + 2);
        fprintf(out, "size_t %s = nnc_share(", end ? "nnc_hi" : "nnc_lo");
        put_expr(out, s->lo, 0);
        fputs(", ", out);
        put_expr(out, s->hi, 0);
        fprintf(out, ", %ld, %s, nnc_nt);\n", s->step, end ? "nnc_t + 1" : "nnc_t");
    }
    indent(out, depth + 2);
    fprintf(out, "%s_%s_part%d(", P->kp->name, f->name, k);
    bool first = true;
    put_part_args(P, f, s, &u, false, &first);
    fprintf(out, "%snnc_lo, nnc_hi);\n", first ? "" : ", ");
    indent(out, depth + 1);
    fputs("}\n", out);
    indent(out, depth);
    fputs("} else\n#endif\n", out);
    indent(out, depth);
    fprintf(out, "%s_%s_part%d(", P->kp->name, f->name, k);
    first = true;
    put_part_args(P, f, s, &u, false, &first);
    fputs(first ? "" : ", ", out);
    put_expr(out, s->lo, 0);
    fputs(", ", out);
    put_expr(out, s->hi, 0);
    fputs(");\n", out);
    kuses_free(&u);
}

/* NAME_KERNEL(ws, src, dst, n), or with args a buffer for each of the
 * callee's parameters that is not the caller's ws, rng or n. */
static void put_kernel_call(Printer *P, const KStmt *s)
{
    FILE *out = P->out;
    const KFunc *f = s->func;
    /* the parameters: where the caller has them (its pw, else its ws) */
    const char *pw = kfunc_param(P->f, KP_PW) >= 0 ? "pw" : "ws";
    fprintf(out, "%s_%s(", P->kp->name, f->name);
    if (!s->args) {
        fprintf(out, "ws, %s%s%s, %s, ", kfunc_param(f, KP_PW) >= 0 ? pw : "",
                kfunc_param(f, KP_PW) >= 0 ? ", " : "", s->src->name, s->buf->name);
        put_expr(out, s->val, 0);
        fputs(");\n", out);
        return;
    }
    for (int i = 0; i < f->params.len; i++) {
        fputs(i ? ", " : "", out);
        switch (f->params.items[i].kind) {
        case KP_WS: fputs("ws", out); break;
        case KP_PW: fputs(pw, out); break;
        case KP_RNG: fputs("rng", out); break;
        case KP_N: put_expr(out, s->val, 0); break;
        default: fputs(s->args[i]->name, out); break;
        }
    }
    fputs(");\n", out);
}

static void put_stmt(Printer *P, const KStmt *s, int depth)
{
    FILE *out = P->out;
    switch (s->kind) {
    case KS_BLOCK: {
        put_op_comment(P, s, depth);
        bool prof = P->o->profile && s->prof > 0;
        bool braces = has_let(&s->body) || prof;
        if (braces) {
            indent(out, depth);
            fputs("{\n", out);
        }
        if (prof) {
            indent(out, depth + 1);
            fputs("double nnc_t0 = nnrt_prof_now();\n", out);
        }
        put_block(P, &s->body, depth + braces);
        if (prof) {   /* --profile: this op's time, and the rows it took */
            int n = kfunc_param(P->f, KP_N);
            indent(out, depth + 1);
            fprintf(out, "nnrt_prof_add(&%s_profile, %d, nnc_t0, %s);\n", P->kp->name, s->prof - 1,
                    n >= 0 ? P->f->params.items[n].name : "0");
        }
        if (braces) {
            indent(out, depth);
            fputs("}\n", out);
        }
        return;
    }
    case KS_FOR:
        if (kstmt_threaded(s) && !P->in_part) {
            put_part_call(P, s, depth);
            return;
        }
        if (s->flags & KL_ROW) {
            indent(out, depth);
            fputs("NNC_ROW\n", out);
        }
        indent(out, depth);
        fprintf(out, "for (size_t %s = ", s->var->name);
        put_expr(out, s->lo, 0);
        fprintf(out, "; %s < ", s->var->name);
        put_sub(out, s->hi, P_CMP + 1);
        if (s->step == 1)
            fprintf(out, "; %s++) {\n", s->var->name);
        else
            fprintf(out, "; %s += %ld) {\n", s->var->name, s->step);
        put_block(P, &s->body, depth + 1);
        indent(out, depth);
        fputs("}\n", out);
        return;
    case KS_LET:
        indent(out, depth);
        fprintf(out, "%s %s = ", var_type(s->var), s->var->name);
        put_expr(out, s->val, 0);
        fputs(";\n", out);
        return;
    case KS_ASSIGN:
    case KS_STORE: {
        indent(out, depth);
        if (s->kind == KS_STORE && s->val->width > 1) {
            put_vstore(out, s);
            return;
        }
        if (s->kind == KS_ASSIGN) {
            fputs(s->var->name, out);
        } else {
            fprintf(out, "%s[", s->buf->name);
            put_expr(out, s->idx, 0);
            fputc(']', out);
        }
        const KExpr *v = s->val;
        if (s->accum && v->kind == KE_UNARY && v->op == KO_NEG) {
            fputs(" -= ", out);
            v = v->a;
        } else {
            fputs(s->accum ? " += " : " = ", out);
        }
        if (s->kind == KS_STORE && s->buf->elem == KT_I32) {
            fputs("(int32_t)", out);
            put_sub(out, v, P_UNARY);
        } else {
            put_expr(out, v, 0);
        }
        fputs(";\n", out);
        return;
    }
    case KS_IF:
        indent(out, depth);
        fputs("if (", out);
        put_expr(out, s->val, 0);
        fputs(") {\n", out);
        put_block(P, &s->body, depth + 1);
        indent(out, depth);
        fputs("}\n", out);
        return;
    case KS_CALL:
        indent(out, depth);
        switch (s->callee) {
        case KC_DROPOUT_MASK:
            fprintf(out, "nnrt_dropout_mask(rng, %s, ", s->buf->name);
            put_expr(out, s->val, 0);
            fputs(", ", out);
            put_float(out, s->rate);
            fputs(");\n", out);
            break;
        case KC_DROPOUT_PART:
            fprintf(out, "nnrt_dropout_mask_part(rng, %s, ", s->buf->name);
            put_expr(out, s->val, 0);
            fputs(", ", out);
            put_expr(out, s->lo, 0);
            fputs(", ", out);
            put_expr(out, s->hi, 0);
            fputs(", ", out);
            put_float(out, s->rate);
            fputs(");\n", out);
            break;
        case KC_DROPOUT_SKIP:
            fputs("nnrt_dropout_mask_skip(rng, ", out);
            put_expr(out, s->val, 0);
            fputs(");\n", out);
            break;
        case KC_ZERO:
            fprintf(out, "memset(%s, 0, ", s->buf->name);
            put_count(out, s->val);
            fputs(");\n", out);
            break;
        case KC_COPY:
            fprintf(out, "memcpy(%s, %s, ", s->buf->name, s->src->name);
            put_count(out, s->val);
            fputs(");\n", out);
            break;
        case KC_KERNEL:
            put_kernel_call(P, s);
            break;
        }
        return;
    case KS_RETURN:
        fputc('\n', out);
        indent(out, depth);
        fputs("return", out);
        if (s->val) {
            fputc(' ', out);
            put_expr(out, s->val, 0);
        }
        fputs(";\n", out);
        return;
    }
    nnc_unreachable();
}

/* Four lets in a row of lanes' sums (kblock_hsum4): one nnc_vhsums4 */
static void put_hsum_group(Printer *P, const KBlock *b, int i, int depth)
{
    FILE *out = P->out;
    indent(out, depth);
    fputs("float", out);
    for (int j = i; j < i + 4; j++)
        fprintf(out, "%s %s", j > i ? "," : "", b->items[j]->var->name);
    fputs(";\n", out);
    indent(out, depth);
    fputs("nnc_vhsums4(", out);
    for (int j = i; j < i + 4; j++)
        fprintf(out, "%s, ", b->items[j]->var->name);
    for (int j = i; j < i + 4; j++) {
        put_expr(out, b->items[j]->val->a, 0);
        fputs(j < i + 3 ? ", " : ");\n", out);
    }
}

static void put_block(Printer *P, const KBlock *b, int depth)
{
    for (int i = 0; i < b->len; i++) {
        if (kblock_hsum4(b, i)) {
            put_hsum_group(P, b, i, depth);
            i += 3;
            continue;
        }
        put_stmt(P, b->items[i], depth);
    }
}

/* ---- functions -------------------------------------------------------- */

static void put_param(FILE *out, const KParam *p)
{
    switch (p->kind) {
    /* pw is not restrict: gcc warns at forward(ws, ws, ...) (-Wrestrict),
     * though only reads go through it */
    case KP_WS: case KP_PW: fprintf(out, "float *%s", p->name); break;
    case KP_RNG: fprintf(out, "nnrt_rng *%s", p->name); break;
    case KP_IN: fprintf(out, "const float *%s", p->name); break;
    case KP_OUT: case KP_CORRECT: fprintf(out, "float *%s", p->name); break;
    case KP_N: fprintf(out, "size_t %s", p->name); break;
    }
}

static void put_func(Printer *P, const KFunc *f)
{
    FILE *out = P->out;
    int nparts = 0;
    P->f = f;
    P->last_line = -1;
    put_parts(P, &f->body, NULL, &nparts);
    P->next_part = 0;
    fprintf(out, "\n%s%s %s_%s(", P->o->kernels_only ? "" : "static ", f->returns_float ? "float" : "void",
            P->kp->name, f->name);
    for (int i = 0; i < f->params.len; i++) {
        if (i)
            fputs(", ", out);
        put_param(out, &f->params.items[i]);
    }
    fputs(")\n{\n", out);
    for (int i = 0; i < f->params.len; i++)
        if (!f->params.items[i].used)
            fprintf(out, "    (void)%s;\n", f->params.items[i].name);
    KUses own = kuses_of(f, &f->body, true);
    for (int i = 0; i < f->bufs.len; i++)   /* those its parts alone use are theirs */
        if (kuses_buf(&own, f->bufs.items[i]))
            put_buf_decl(out, f, f->bufs.items[i]);
    kuses_free(&own);
    P->last_line = -1;
    put_block(P, &f->body, 1);
    fputs("}\n", out);
}

/* ---- the descriptor and the API --------------------------------------- */

static const char *const kind_names[] = {"NNRT_PARAM", "NNRT_STATE", "NNRT_GRAD", "NNRT_BUFFER"};
static const char *const init_names[] = {"NNRT_INIT_ZERO", "NNRT_INIT_HE", "NNRT_INIT_XAVIER",
                                         "NNRT_INIT_UNIFORM", "NNRT_INIT_LR", "NNRT_INIT_ONES"};

static void put_tensors(Printer *P)
{
    FILE *out = P->out;
    const KProgram *kp = P->kp;
    if (kp->tensors.len == 0)
        return;
    fprintf(out, "\n/* name, ndim, dims, offset, kind, init, fan_in, fan_out, gradient */\n");
    fprintf(out, "static const nnrt_tensor %s_tensors[%d] = {\n", kp->name, kp->tensors.len);
    for (int i = 0; i < kp->tensors.len; i++) {
        const KTensor *t = &kp->tensors.items[i];
        fputs("    {", out);
        put_string(out, t->name);
        fprintf(out, ", %d, {%ld, %ld", t->ndim, t->dims[0], t->dims[1]);
        for (int d = 2; d < t->ndim; d++)    /* a convolution's weight: 4 */
            fprintf(out, ", %ld", t->dims[d]);
        fprintf(out, "}, %ld, %s, %s, %ld, %ld, %d},\n", t->offset, kind_names[t->kind],
                init_names[t->init], t->fan_in, t->fan_out, t->grad);
    }
    fputs("};\n", out);
}

static const char *loss_code(LossKind l)
{
    return l == LOSS_NONE ? "NNRT_LOSS_NONE" : loss_def(l)->nnrt_name;
}

static void put_desc(Printer *P)
{
    FILE *out = P->out;
    const KProgram *kp = P->kp;
    const Graph *g = kp->g;
    const char *nm = kp->name;
    bool train = kp->grad_step != NULL;
    put_tensors(P);
    fprintf(out, "\nstatic const nnrt_model_desc %s_desc = {\n", nm);
    fprintf(out, "    .name = ");
    put_string(out, nm);
    fprintf(out, ",\n    .input_size = %ld,\n    .output_size = %ld,\n", kp->input_size,
            kp->output_size);
    fprintf(out, "    .batch_size = %ld,\n    .workspace_floats = %ld,\n", kp->batch,
            kp->plan->total);
    if (kp->tensors.len)
        fprintf(out, "    .tensors = %s_tensors,\n", nm);
    else
        fprintf(out, "    .tensors = NULL,\n");
    fprintf(out, "    .ntensors = %d,\n    .param_count = %ld,\n", kp->tensors.len, kp->param_count);
    fprintf(out, "    .loss = %s,\n", loss_code(train ? g->cfg.loss : LOSS_NONE));
    if (train) {
        char buf[64];
        fprintf(out, "    .epochs = %ld,\n", g->cfg.epochs);
        fprintf(out, "    .validation = %s,\n", ir_number(g->cfg.validation, buf, sizeof buf));
        fprintf(out, "    .early_stopping = %ld,\n", g->cfg.early_stopping);
        fprintf(out, "    .seed = UINT64_C(%llu),\n", (unsigned long long)g->cfg.seed);
        if (g->cfg.data) {
            fputs("    .data = ", out);
            put_string(out, g->cfg.data);
            fputs(",\n", out);
        }
        fprintf(out, "    .grad_offset = %ld,\n    .grad_count = %ld,\n", kp->plan->grad_begin,
                kp->plan->grad_end - kp->plan->grad_begin);
        fputs("    .lr = ", out);
        put_float(out, g->cfg.lr);
        fputs(",\n", out);
    }
    fprintf(out, "    .forward = %s_forward,\n", nm);
    if (train)
        fprintf(out, "    .grad_step = %s_grad_step,\n    .update_step = %s_update_step,\n"
                     "    .eval_batch = %s_eval_batch,\n", nm, nm, nm);
    if (train && g->cfg.schedule != NNRT_SCHED_CONSTANT) {
        char buf[64];
        fprintf(out, "    .schedule = %d,   /* %s */\n", g->cfg.schedule, sched_def(g->cfg.schedule)->name);
        fprintf(out, "    .step_size = %ld,\n    .t_max = %ld,\n", (long)g->cfg.step_size, sched_t_max(&g->cfg));
        fprintf(out, "    .gamma = %s,\n", ir_number(g->cfg.gamma, buf, sizeof buf));
        fprintf(out, "    .eta_min = %s,\n", ir_number(g->cfg.eta_min, buf, sizeof buf));
    }
    if (g->prep.name) {
        fputs("    .prep = ", out);
        put_string(out, g->prep.name);
        fprintf(out, ",\n    .prep_groups = %ld,\n    .prep_group = %ld,\n    .prep_std = ", g->prep.groups,
                g->prep.group);
        put_float(out, g->prep.std);
        fprintf(out, ",\n    .prep_adapt = %d,\n", g->prep.adapt);
    }
    const Shape in = g->input->shape;   /* [B, ...] */
    fputs("    .input_name = ", out);
    put_string(out, g->input->name);
    fprintf(out, ",\n    .input_rank = %d,\n    .input_dims = {", in.rank - 1);
    for (int d = 1; d < in.rank; d++)
        fprintf(out, "%s%ld", d > 1 ? ", " : "", in.dims[d]);
    fputs("},\n", out);
    if (train && g->bn_single) {
        fputs("    .bn_single = ", out);
        put_string(out, g->bn_single);
        fputs(",\n", out);
    }
    fputs("};\n", out);
}

/* An API type as C: pointers end in '*', the rest in a blank, so the
 * name follows directly ("float *x", "size_t n"). */
static void put_api_type(FILE *out, ApiType t, const char *m)
{
    switch (t) {
    case API_VOID: fputs("void ", out); return;
    case API_INT: fputs("int ", out); return;
    case API_FLOAT: fputs("float ", out); return;
    case API_SIZE: fputs("size_t ", out); return;
    case API_U64: fputs("uint64_t ", out); return;
    case API_MODEL: fprintf(out, "%s *", m); return;
    case API_CMODEL: fprintf(out, "const %s *", m); return;
    case API_FLOATP: fputs("float *", out); return;
    case API_CFLOATP: fputs("const float *", out); return;
    case API_SIZEP: fputs("size_t *", out); return;
    case API_CSTR: fputs("const char *", out); return;
    case API_DATASETP: fputs("const nnrt_dataset *", out); return;
    case API_FITOPTP: fputs("const nnrt_fit_options *", out); return;
    case API_CHARPP: fputs("char **", out); return;
    }
    nnc_unreachable();
}

/* "float *NAME_param(NAME *m, const char *name, size_t *len)" */
static void put_api_signature(FILE *out, const ApiFunc *f, const char *m)
{
    put_api_type(out, f->ret, m);
    if (f->suffix)
        fprintf(out, "%s_%s(", m, f->suffix);
    else
        fputs("main(", out);
    if (f->nparams == 0)
        fputs("void", out);
    for (int i = 0; i < f->nparams; i++) {
        if (i)
            fputs(", ", out);
        put_api_type(out, f->params[i].type, m);
        fputs(f->params[i].name, out);
    }
    fputc(')', out);
}

/* The runtime call's arguments: the model cast to the runtime's type,
 * &loss where API_LOSS wants it. */
static void put_api_args(FILE *out, const ApiFunc *f, const char *m)
{
    int i = 0;
    if (f->form == API_DESC)
        fprintf(out, "&%s_desc", m);
    else
        fprintf(out, "(%snnrt_model *)%s", f->rt_const ? "const " : "", f->params[i++].name);
    for (; i < f->nparams; i++) {
        if (f->form == API_LOSS && i == API_LOSS_AT)
            fputs(", &loss", out);
        fprintf(out, ", %s", f->params[i].name);
    }
    if (f->form == API_LOSS && f->nparams == API_LOSS_AT)
        fputs(", &loss", out);
}

static void put_api_func(FILE *out, const ApiFunc *f, const char *m)
{
    fputc('\n', out);
    if (!f->suffix)
        fprintf(out, "/* The standalone trainer (INTERFACE.md section 2b): %s. */\n"
                     "int %s(const nnrt_model_desc *desc, int argc, char **argv);\n\n",
                f->when == API_MAIN_MPI ? "libnnrt_mpi, run under mpirun (docs/distributed.md)"
                                        : "runtime/trainer.c", f->runtime);
    put_api_signature(out, f, m);
    fputs("\n{\n", out);
    switch (f->form) {
    case API_CONST:
        fprintf(out, "    return %s_PARAM_COUNT;\n", m);
        break;
    case API_LOSS:
        fprintf(out, "    float loss = NAN;\n    if (%s(", f->runtime);
        put_api_args(out, f, m);
        fputs(") != NNRT_OK)\n        return NAN;\n    return loss;\n", out);
        break;
    case API_CALL:
    case API_DESC:
        fputs(f->ret != API_VOID ? "    return " : f->rt_ret != API_VOID ? "    (void)" : "    ", out);
        if (f->ret == API_MODEL)
            fprintf(out, "(%s *)", m);
        fprintf(out, "%s(", f->runtime);
        put_api_args(out, f, m);
        fputs(");\n", out);
        break;
    }
    fputs("}\n", out);
}

/* The NAME_* functions: each one call into the runtime (api.c). */
static void put_api(Printer *P)
{
    FILE *out = P->out;
    const char *m = P->kp->name;
    bool train = P->kp->grad_step != NULL;
    fprintf(out,
            "\n/* ---- the API (INTERFACE.md section 2): thin wrappers over libnnrt ---- */\n\n"
            "struct %s {\n    nnrt_model base;\n};\n", m);
    for (int i = 0; i < api_nfuncs; i++) {
        const ApiFunc *f = &api_funcs[i];
        if (!api_wanted(f, train, P->o->with_main, P->o->mpi))
            continue;
        if (f->suffix || !P->o->profile) {
            put_api_func(out, f, m);
            continue;
        }
        /* main() with --profile: the table after the run */
        fputs("\n", out);
        put_api_signature(out, f, m);
        fprintf(out, "\n{\n    int status = %s(", f->runtime);
        put_api_args(out, f, m);
        fprintf(out, ");\n    nnrt_profile_print(&%s_profile, stderr);\n    return status;\n}\n", m);
    }
}

/* --profile: the ops the step functions time (KProgram.prof) and their
 * counters, NAME_profile (model.h declares it) */
static void put_profile(Printer *P)
{
    FILE *out = P->out;
    const KProgram *kp = P->kp;
    const char *m = kp->name;
    int n = kp->prof.len;
    fprintf(out, "\n/* ---- --profile: each op's time (nnrt_profile_print) ---- */\n\n");
    fprintf(out, "static const char *const %s_prof_ops[%d] = {\n", m, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        fputs("    ", out);
        put_string(out, kp->prof.items[i].note);
        fputs(",\n", out);
    }
    fprintf(out, "};\nstatic const char *const %s_prof_where[%d] = {\n", m, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        const KProf *r = &kp->prof.items[i];
        char where[300];
        if (r->loc.line > 0)
            snprintf(where, sizeof where, "%s, %s:%d", r->func, P->file, r->loc.line);
        else
            snprintf(where, sizeof where, "%s", r->func);
        fputs("    ", out);
        put_string(out, where);
        fputs(",\n", out);
    }
    fprintf(out, "};\nstatic const double %s_prof_flops[%d] = {\n", m, n > 0 ? n : 1);
    for (int i = 0; i < n; i++) {
        fputs("    ", out);
        put_float(out, kp->prof.items[i].flops);
        fputs(",\n", out);
    }
    fprintf(out, "};\nstatic double %s_prof_seconds[%d], %s_prof_rows[%d];\n", m, n > 0 ? n : 1, m,
            n > 0 ? n : 1);
    fprintf(out, "static unsigned long %s_prof_calls[%d];\n\n", m, n > 0 ? n : 1);
    fprintf(out, "nnrt_profile %s_profile = {%d, %s_prof_ops, %s_prof_where, %s_prof_flops,\n"
                 "                          %s_prof_seconds, %s_prof_rows, %s_prof_calls};\n",
            m, n, m, m, m, m, m, m);
}

static void put_layout(Printer *P)
{
    const Plan *p = P->kp->plan;
    fprintf(P->out,
            "/*\n * Workspace: %ld floats, one block from NAME_create, every buffer\n"
            " * 64-byte aligned.  B is the batch size, %ld.\n"
            " *   [%ld, %ld)  parameters\n"
            " *   [%ld, %ld)  optimizer state\n"
            " *   [%ld, %ld)  gradients\n"
            " *   [%ld, %ld)  activations and scratch\n */\n",
            p->total, P->kp->batch, p->param_begin, p->param_end, p->state_begin, p->state_end,
            p->grad_begin, p->grad_end, p->scratch_begin, p->total);
}

/* What the kernels use, so the prelude prints only those helpers (a
 * static helper nothing calls is a warning under clang's -Wall). */
typedef struct Uses {
    bool vectors, vload, vstore, vsplat, vhsum, vhsums, tanh, threads, rows;
} Uses;

static void expr_uses(Uses *u, const KExpr *e)
{
    for (; e; e = e->c) {
        u->vload |= e->kind == KE_LOAD && e->width > 1;
        u->vsplat |= e->kind == KE_BCAST;
        u->vhsum |= e->kind == KE_HSUM;
        u->tanh |= e->kind == KE_UNARY && e->op == KO_TANH;
        expr_uses(u, e->a);
        expr_uses(u, e->b);
    }
}

static void block_uses(Uses *u, const KBlock *b)
{
    for (int i = 0; i < b->len; i++) {
        const KStmt *s = b->items[i];
        if (kblock_hsum4(b, i)) {   /* printed as one nnc_vhsums4 */
            u->vhsums = true;
            for (int j = i; j < i + 4; j++)
                expr_uses(u, b->items[j]->val->a);
            i += 3;
            continue;
        }
        u->threads |= s->kind == KS_FOR && (s->flags & KL_THREADS);
        u->rows |= s->kind == KS_FOR && (s->flags & KL_ROW);
        u->vectors |= s->kind == KS_LET && s->var->width > 1;
        u->vstore |= s->kind == KS_STORE && s->val->width > 1;
        /* an accumulating vector store reads the old value: nnc_vload */
        u->vload |= s->kind == KS_STORE && s->val->width > 1 && s->accum;
        expr_uses(u, s->val);
        expr_uses(u, s->idx);
        expr_uses(u, s->lo);
        expr_uses(u, s->hi);
        expr_uses(u, s->fork_if);
        block_uses(u, &s->body);
    }
}

static Uses program_uses(const KProgram *kp)
{
    Uses u = {0};
    for (int i = 0; i < kp->funcs.len; i++)
        block_uses(&u, &kp->funcs.items[i]->body);
    u.vectors |= u.vload || u.vstore || u.vsplat || u.vhsum || u.vhsums;
    return u;
}

/* KO_TANH as kernel.h defines it; the multiply-adds contract as the
 * vector helpers' do. */
static void put_tanh(FILE *out)
{
    fputs("/* tanh as a rational function, within 3 ulp of tanhf: no libm call,\n"
          " * and loops of it vectorise.  Compares keep NaN a NaN. */\n"
          "static inline float nnc_tanhf(float x)\n{\n    float c = x > ", out);
    put_float(out, KTANH_CLAMP);
    fputs(" ? ", out);
    put_float(out, KTANH_CLAMP);
    fputs(" : x < ", out);
    put_float(out, -KTANH_CLAMP);
    fputs(" ? ", out);
    put_float(out, -KTANH_CLAMP);
    fputs(" : x;\n    float t = c * c;\n    float p = ", out);
    put_float(out, ktanh_p[0]);
    fputs(", q = ", out);
    put_float(out, ktanh_q[0]);
    fputs(";\n", out);
    for (int i = 1; i < 7; i++) {
        fputs("    p = p * t + ", out);
        put_float(out, ktanh_p[i]);
        fputs(";\n", out);
    }
    for (int i = 1; i < 4; i++) {
        fputs("    q = q * t + ", out);
        put_float(out, ktanh_q[i]);
        fputs(";\n", out);
    }
    fputs("    return fabsf(x) < ", out);
    put_float(out, KTANH_TINY);
    fputs(" ? x : c * p / q;\n}\n\n", out);
}

/* nnc_vhsum: one vector's lanes' sum */
static void put_vhsum(FILE *out)
{
    fputs("/* the lanes' sum: halves added lane by lane, 16 to 8 to 4, then\n"
          " * (0 + 2) + (1 + 3); lanes by subscript (taking v's address would keep\n"
          " * every accumulator of a tile in memory), passed as four 16-byte\n"
          " * vectors, whose ABI every x86-64 compiler agrees on */\n"
          "static inline float nnc_vhsum4(nnc_vf4 a, nnc_vf4 b, nnc_vf4 c, nnc_vf4 d)\n{\n"
          "    a += c;\n    b += d;\n    a += b;\n"
          "    return (a[0] + a[2]) + (a[1] + a[3]);\n}\n\n"
          "#define nnc_vhsum(v) \\\n"
          "    nnc_vhsum4((nnc_vf4){(v)[0], (v)[1], (v)[2], (v)[3]}, (nnc_vf4){(v)[4], (v)[5], (v)[6], (v)[7]}, \\\n"
          "               (nnc_vf4){(v)[8], (v)[9], (v)[10], (v)[11]}, (nnc_vf4){(v)[12], (v)[13], (v)[14], (v)[15]})\n\n",
          out);
}

/* The helpers the kernels use: vectors of KV_WIDTH floats (a GCC and
 * Clang extension; a compiler for a narrower target splits them), with
 * a * b + c contracted to one FMA, and the thread count. */
static void put_prelude(Printer *P)
{
    FILE *out = P->out;
    Uses u = program_uses(P->kp);
    if (u.vectors) {
        fputs("/* Vectors of 16 floats; a * b + c may become one fused multiply-add. */\n"
              "#if defined(__clang__)\n#pragma clang fp contract(fast)\n"
              "#elif defined(__GNUC__)\n"
              "/* and no induction-variable rewriting: with it, gcc 12 folds a tile's loads\n"
              " * into every FMA that uses them and spills accumulators (20-25% slower) */\n"
              "#pragma GCC optimize(\"fp-contract=fast\", \"no-ivopts\")\n#endif\n"
              "#if defined(__GNUC__)   /* static helpers: no ABI to keep, whatever the target */\n"
              "#pragma GCC diagnostic ignored \"-Wpsabi\"\n#endif\n"
              "typedef float nnc_vf __attribute__((vector_size(64)));\n", out);
        fputc('\n', out);
    }
    if (u.vload)
        fputs("static inline nnc_vf nnc_vload(const float *p)\n{\n"
              "    nnc_vf v;\n    memcpy(&v, p, sizeof v);\n    return v;\n}\n\n", out);
    /* nnc_vstore and nnc_vhsum are macros: as functions with a 64-byte
     * vector parameter, gcc notes \"the ABI for passing parameters with 64-byte
     * alignment has changed in GCC 4.6\" on a target without AVX-512,
     * which no pragma silences */
    if (u.vstore)
        fputs("#define nnc_vstore(p, v) \\\n"
              "    do { \\\n"
              "        nnc_vf nnc_vs_ = (v); \\\n"
              "        memcpy((p), &nnc_vs_, sizeof nnc_vs_); \\\n"
              "    } while (0)\n\n", out);
    if (u.vsplat)
        fputs("static inline nnc_vf nnc_vsplat(float x)\n{\n"
              "    nnc_vf v = {x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x};\n    return v;\n}\n\n", out);
    if (u.vhsum || u.vhsums)
        fputs("typedef float nnc_vf4 __attribute__((vector_size(16)));\n\n", out);
    if (u.vhsum)
        put_vhsum(out);
    if (u.vhsums)
        fputs("/* r0..r3 = the lanes' sums of a..d, each added as nnc_vhsum adds:\n"
              " * halves of a and b side by side (then c and d), quarters, then\n"
              " * (0 + 2) + (1 + 3) in every quarter; gcc before 12 has no\n"
              " * __builtin_shufflevector, and gets four nnc_vhsum */\n"
              "#if defined(__clang__) || __GNUC__ >= 12\n"
              "#define nnc_vhalves(a, b, lo) \\\n"
              "    __builtin_shufflevector((a), (b), lo, lo + 1, lo + 2, lo + 3, lo + 4, lo + 5, lo + 6, lo + 7, \\\n"
              "                            lo + 16, lo + 17, lo + 18, lo + 19, lo + 20, lo + 21, lo + 22, lo + 23)\n"
              "#define nnc_vquarters(a, b, lo) \\\n"
              "    __builtin_shufflevector((a), (b), lo, lo + 1, lo + 2, lo + 3, lo + 8, lo + 9, lo + 10, lo + 11, \\\n"
              "                            lo + 16, lo + 17, lo + 18, lo + 19, lo + 24, lo + 25, lo + 26, lo + 27)\n"
              "#define nnc_vhsums4(r0, r1, r2, r3, a, b, c, d) \\\n"
              "    do { \\\n"
              "        nnc_vf nnc_ab_ = nnc_vhalves(a, b, 0) + nnc_vhalves(a, b, 8); \\\n"
              "        nnc_vf nnc_cd_ = nnc_vhalves(c, d, 0) + nnc_vhalves(c, d, 8); \\\n"
              "        nnc_vf nnc_q_ = nnc_vquarters(nnc_ab_, nnc_cd_, 0) + nnc_vquarters(nnc_ab_, nnc_cd_, 4); \\\n"
              "        nnc_q_ += __builtin_shufflevector(nnc_q_, nnc_q_, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13); \\\n"
              "        nnc_q_ += __builtin_shufflevector(nnc_q_, nnc_q_, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14); \\\n"
              "        (r0) = nnc_q_[0]; \\\n"
              "        (r1) = nnc_q_[4]; \\\n"
              "        (r2) = nnc_q_[8]; \\\n"
              "        (r3) = nnc_q_[12]; \\\n"
              "    } while (0)\n"
              "#else\n", out);
    if (u.vhsums && !u.vhsum)
        put_vhsum(out);
    if (u.vhsums)
        fputs("#define nnc_vhsums4(r0, r1, r2, r3, a, b, c, d) \\\n"
              "    do { \\\n"
              "        (r0) = nnc_vhsum(a); \\\n"
              "        (r1) = nnc_vhsum(b); \\\n"
              "        (r2) = nnc_vhsum(c); \\\n"
              "        (r3) = nnc_vhsum(d); \\\n"
              "    } while (0)\n"
              "#endif\n\n",
              out);
    if (u.tanh)
        put_tanh(out);
    if (u.rows)
        fputs("/* Before a short loop whose iterations are independent, between buffers\n"
              " * that do not overlap: vectorize it as a loop, without checking for\n"
              " * overlap, instead of unrolling its few iterations into scalar code */\n"
              "#if defined(__clang__)\n"
              "#define NNC_ROW _Pragma(\"clang loop vectorize(assume_safety) unroll(disable)\")\n"
              "#elif defined(__GNUC__)\n"
              "#define NNC_ROW _Pragma(\"GCC ivdep\") _Pragma(\"GCC unroll 1\")\n"
              "#else\n"
              "#define NNC_ROW\n"
              "#endif\n\n",
              out);
    if (u.threads) {
        fprintf(out,
                "#ifdef _OPENMP\n"
                "#include <omp.h>\n\n"
                "/* Threads for the big products: nnc --threads (%d), or NNC_THREADS;\n"
                " * libnnrt applies the rule, as for the LLVM backend's loops. */\n"
                "static int nnc_nthreads(void)\n{\n"
                "    return nnrt_threads(%d);\n}\n\n"
                "/* Where thread t of nt starts in the loop from lo to hi by step (t + 1:\n"
                " * where it stops): contiguous shares of whole iterations. */\n"
                "static size_t nnc_share(size_t lo, size_t hi, size_t step, size_t t, size_t nt)\n{\n"
                "    size_t iters = hi > lo ? (hi - lo + step - 1) / step : 0;\n"
                "    size_t at = lo + iters * t / nt * step;\n"
                "    return at < hi ? at : hi;\n}\n#endif\n\n",
                P->o->threads > 0 ? P->o->threads : 1, P->o->threads > 0 ? P->o->threads : 1);
    }
}

static void put_source(Printer *P)
{
    FILE *out = P->out;
    const KProgram *kp = P->kp;
    fputs("/* Generated by nnc from ", out);
    put_comment_text(out, P->file, strlen(P->file));
    fputs("; do not edit. */\n", out);
    fputs("#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n", out);
    fputs("#include \"", out);
    put_comment_text(out, P->o->header_name ? P->o->header_name : "model.h", 1000);
    fputs("\"\n\n", out);
    put_prelude(P);
    put_layout(P);
    for (int i = 0; i < kp->funcs.len; i++)
        put_func(P, kp->funcs.items[i]);
    put_desc(P);
    if (P->o->profile)
        put_profile(P);
    put_api(P);
}

/* ---- the header ------------------------------------------------------- */

static void put_header(Printer *P, FILE *out)
{
    const KProgram *kp = P->kp;
    const char *m = kp->name;
    bool train = kp->grad_step != NULL;
    fprintf(out, "/* ");
    put_comment_text(out, P->o->header_name ? P->o->header_name : "model.h", 200);
    fputs(": generated by nnc from ", out);
    put_comment_text(out, P->file, strlen(P->file));
    fputs("; do not edit. */\n", out);
    StrBuf guard = {0};
    sb_puts(&guard, "NNC_GENERATED_");
    for (const char *s = m; *s; s++)
        sb_putc(&guard, (char)toupper((unsigned char)*s));
    sb_puts(&guard, "_H");
    fprintf(out, "#ifndef %s\n#define %s\n\n", guard.data, guard.data);
    fputs("#include <stddef.h>\n#include <stdint.h>\n\n#include \"nnrt.h\"\n\n", out);
    fputs("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n", out);
    fprintf(out, "#define %s_INPUT_SIZE %ld\n#define %s_OUTPUT_SIZE %ld\n", m, kp->input_size, m,
            kp->output_size);
    /* a sample's sizes, as the .nn file gives them: {784} or {C, H, W} */
    const Shape in = kp->g->input->shape;
    fprintf(out, "#define %s_INPUT_SHAPE {", m);
    for (int d = 1; d < in.rank; d++)
        fprintf(out, "%s%ld", d > 1 ? ", " : "", in.dims[d]);
    fputs("}\n", out);
    fprintf(out, "#define %s_BATCH_SIZE %ld\n#define %s_PARAM_COUNT %ld\n\n", m, kp->batch, m,
            kp->param_count);
    if (P->o->profile)   /* runtime/nnrt.h: nnrt_profile */
        fprintf(out, "/* --profile: each op's time; nnrt_profile_print(&%s_profile, stderr) */\n"
                     "#define %s_PROFILED 1\nextern nnrt_profile %s_profile;\n\n", m, m, m);
    fprintf(out, "typedef struct %s %s;\n\n", m, m);
    for (int i = 0; i < api_nfuncs; i++) {
        if (api_wanted(&api_funcs[i], train, false, false)) {
            put_api_signature(out, &api_funcs[i], m);
            fputs(";\n", out);
        }
    }
    fputs("\n#ifdef __cplusplus\n}\n#endif\n\n", out);
    fprintf(out, "#endif /* %s */\n", guard.data);
    sb_free(&guard);
}

PlanOptions emit_plan_options(const EmitOptions *o)
{
    return (PlanOptions){.share = !o->no_fuse && o->opt_level > 0};
}

/* Tests of hand-built kernels: the prelude and the functions, exported. */
static void put_kernels(Printer *P)
{
    fputs("#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n"
          "#include \"nnrt.h\"\n\n", P->out);
    put_prelude(P);
    for (int i = 0; i < P->kp->funcs.len; i++)
        put_func(P, P->kp->funcs.items[i]);
}

int emitc_program(const KProgram *kp, const EmitOptions *o, Diag *d, FILE *c_out, FILE *h_out)
{
    Printer P = {.kp = kp, .o = o, .file = base_name(o->source_name ? o->source_name
                                                                      : diag_filename(d))};
    if (c_out && o->kernels_only) {
        P.out = c_out;
        put_kernels(&P);
    } else if (c_out) {
        P.out = c_out;
        put_source(&P);
    }
    if (h_out && !o->kernels_only)
        put_header(&P, h_out);
    free(P.lines);
    if ((c_out && ferror(c_out)) || (h_out && ferror(h_out))) {
        diag_error(d, (Loc){0, 0, 0}, "cannot write the generated C");
        return 2;
    }
    return 0;
}
