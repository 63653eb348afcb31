/*
 * harness_interp.c - runs a .nn model in nnc's reference interpreter for
 * the PyTorch reference test (tests/torch/run.py --backend interp).
 *
 *   harness_interp MODEL.nn WEIGHTS.nnck BATCHES.txt OUT.txt [IR.txt]
 *
 * Compiles the model the way nnc does (parse, check, lower, autodiff,
 * optimizer), sets every parameter from the checkpoint PyTorch wrote,
 * then writes to OUT.txt, as records (tensorio.h):
 *   predict, eval_loss       forward with dropout off on px/pt, before training
 *   loss<s>                  the loss of train step s = 0, 1, 2 on x<s>/t<s>
 *   grad<s>/<name>           every parameter's gradient after step s
 *   mask<s>/<line>:<col>     the dropout mask drawn in step s, keyed by the
 *                            dropout call's place in the source
 *   param/<name>             every parameter after the 3 steps
 *   predict_after            forward on px after training
 * run.py does the same in PyTorch and compares.  Exit status 2 on a
 * harness or model error (the message says which).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "tensorio.h"

static Graph *compile(const char *path, Arena *a)
{
    size_t len;
    const char *err;
    char *text = read_file(path, &len, &err);
    if (!text) tio_die(err, path);
    Diag *d = diag_new(path, text, len, stderr);
    Program *p = parse_program(a, d, text, len);
    if (!p || diag_error_count(d) || !check_program(p, d, a)) tio_die("does not compile", path);
    Graph *g = lower_program(p, a);
    if (!g->has_train) tio_die("has no train block", path);
    autodiff(g);
    optim_append(g);
    if (ir_verify(g, stderr)) tio_die("IR fails verification", path);
    diag_free(d);
    return g;
}

/* Every parameter from the checkpoint; a missing, extra or misshapen
 * tensor is a naming or shape disagreement between nnc and the reference. */
static void load_params(Interp *in, const Graph *g, const char *path)
{
    Records ck = tio_read_nnck(path);
    size_t used = 0;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM && v->kind != VK_BUFFER) continue;
        const Record *r = tio_find(&ck, v->ckpt);
        if (!r) {
            fprintf(stderr, "harness: nnc has parameter %s, the reference does not\n", v->ckpt);
            exit(2);
        }
        size_t len;
        double *dst = interp_value(in, v, &len);
        if (len != r->count) {
            fprintf(stderr, "harness: %s has %zu floats in nnc, %zu in the checkpoint\n",
                    v->ckpt, len, r->count);
            exit(2);
        }
        memcpy(dst, r->data, len * sizeof *dst);
        used++;
    }
    if (used != ck.len) {
        fprintf(stderr, "harness: the checkpoint has %zu tensors, nnc %zu parameters\n",
                ck.len, used);
        exit(2);
    }
}

/* floats per row: [B,n] n, [B,C,H,W] C*H*W, the labels [B] 1 */
static long cols(const Value *v)
{
    return ir_row_size(v->shape);
}

/* Forward with dropout off over all rows of px, in chunks of the batch. */
static void predict(Interp *in, const Graph *g, const Records *b, FILE *out, const char *tag)
{
    const Record *px = tio_need(b, "px"), *pt = tio_need(b, "pt");
    long nin = cols(g->input), nout = cols(g->output), tcols = cols(g->target);
    long rows = (long)px->count / nin;
    double *y = tio_alloc((size_t)(rows * nout) * sizeof *y), loss = 0;
    for (long r0 = 0; r0 < rows; r0 += g->batch) {
        long n = rows - r0 < g->batch ? rows - r0 : g->batch;
        loss += n * interp_forward(in, px->data + r0 * nin, pt->data + r0 * tcols, n, false);
        size_t len;
        const double *o = interp_value(in, g->output, &len);
        memcpy(y + r0 * nout, o, (size_t)(n * nout) * sizeof *y);
    }
    tio_write_doubles(out, tag, y, (size_t)(rows * nout));
    if (strcmp(tag, "predict") == 0) {
        loss /= (double)rows;
        tio_write_doubles(out, "eval_loss", &loss, 1);
    }
    free(y);
}

static void train_step(Interp *in, const Graph *g, const Records *b, int s, FILE *out)
{
    char key[600];
    snprintf(key, sizeof key, "rows%d", s);
    long n = (long)tio_need(b, key)->data[0];
    snprintf(key, sizeof key, "x%d", s);
    const double *x = tio_need(b, key)->data;
    snprintf(key, sizeof key, "t%d", s);
    const double *t = tio_need(b, key)->data;

    double loss = interp_train_step(in, x, t, n);
    snprintf(key, sizeof key, "loss%d", s);
    tio_write_doubles(out, key, &loss, 1);
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM) continue;
        size_t len;
        const double *gr = interp_value(in, v->grad, &len);
        snprintf(key, sizeof key, "grad%d/%s", s, v->ckpt);
        tio_write_doubles(out, key, gr, len);
    }
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->kind != OP_DROPOUT_MASK) continue;
        size_t len;
        const double *m = interp_value(in, op->result, &len);
        snprintf(key, sizeof key, "mask%d/%d:%d", s, op->loc.line, op->loc.col);
        tio_write_doubles(out, key, m, (size_t)(n * cols(op->result)));
    }
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: %s MODEL.nn WEIGHTS.nnck BATCHES.txt OUT.txt [IR.txt]\n", argv[0]);
        return 2;
    }
    Arena *a = arena_new();
    Graph *g = compile(argv[1], a);
    if (argc > 5) {
        FILE *ir = fopen(argv[5], "w");
        if (!ir) tio_die("cannot write", argv[5]);
        ir_print(g, ir);
        fclose(ir);
    }
    Interp *in = interp_new(g, g->cfg.seed);
    load_params(in, g, argv[2]);
    Records b = tio_read_records(argv[3]);
    FILE *out = fopen(argv[4], "w");
    if (!out) tio_die("cannot write", argv[4]);

    predict(in, g, &b, out, "predict");
    for (int s = 0; s < 3; s++) train_step(in, g, &b, s, out);
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM && v->kind != VK_BUFFER) continue;   /* buffers: running statistics */
        size_t len;
        char key[600];
        snprintf(key, sizeof key, "param/%s", v->ckpt);
        const double *w = interp_value(in, v, &len);
        tio_write_doubles(out, key, w, len);
    }
    predict(in, g, &b, out, "predict_after");
    if (fclose(out) != 0) tio_die("write failed", argv[4]);
    interp_free(in);
    arena_free(a);
    return 0;
}
