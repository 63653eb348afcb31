/*
 * harness_gen.c - runs a model compiled by nnc (C or LLVM backend) for the
 * PyTorch reference test (tests/torch/run.py --backend c|llvm).
 *
 * Built by run.py for each model, against the generated header:
 *   cc -DMODEL=name -DMODEL_HEADER='"name.h"' harness_gen.c name.c libnnrt.a
 *   ./harness WEIGHTS.nnck BATCHES.txt OUT.txt
 *
 * It uses the generated API only (NAME_create/load/predict/evaluate/
 * train_batch/grad/param), and writes the same records as
 * harness_interp.c, so run.py compares every backend the same way:
 * predict and eval_loss from the PyTorch checkpoint before training (the
 * checkpoint exchange of INTERFACE.md), loss<s> and grad<s>/<name> of
 * three train steps, param/<name> after them, predict_after.
 *
 * Resume: a checkpoint saved after step 2 (resume.nnck in the working
 * folder), loaded into a fresh model that then runs step 3, must end with
 * the same bits in every parameter and gradient as the model that never
 * stopped (optimizer state, step count, learning rate and generator all
 * travel in the checkpoint); else the harness fails.
 *
 * Dropout masks are not part of the API.  For a model with dropout,
 * BATCHES.txt lists each dropout (rate, floats per sample) in forward
 * order, and the harness draws the same masks as the model by running
 * nnrt_dropout_mask on a copy of the model's generator (struct NAME wraps
 * an nnrt_model, nnrt.h), once per dropout per step.  That the copy ends
 * in the same state as the model's generator is checked, so a model that
 * draws differently fails loudly instead of comparing against wrong masks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt.h"
#include MODEL_HEADER
#include "tensorio.h"

static int is_buffer(const char *name);

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

#define NIN API(INPUT_SIZE)
#define NOUT API(OUTPUT_SIZE)

static float *to_floats(const Record *r)
{
    float *f = tio_alloc(r->count * sizeof *f);
    for (size_t i = 0; i < r->count; i++) f[i] = (float)r->data[i];
    return f;
}

static void check(int rc, const char *what)
{
    if (rc != 0) {
        fprintf(stderr, "harness: %s: %s\n", what, nnrt_strerror(rc));
        exit(2);
    }
}

static void predict(MODEL *m, const Records *b, FILE *out, const char *tag)
{
    const Record *px = tio_need(b, "px"), *pt = tio_need(b, "pt");
    size_t rows = px->count / NIN;
    float *x = to_floats(px), *t = to_floats(pt), *y = tio_alloc(rows * NOUT * sizeof *y);
    API(predict)(m, x, y, rows);
    tio_write_floats(out, tag, y, rows * NOUT);
    if (strcmp(tag, "predict") == 0) {
        float loss = API(evaluate)(m, x, t, rows, NULL);
        tio_write_floats(out, "eval_loss", &loss, 1);
    }
    free(x);
    free(t);
    free(y);
}

/* The masks the model is about to draw in its next step, written as
 * mask<s>/<line>:<col>; the generator copy is returned to be checked. */
static nnrt_rng draw_masks(MODEL *m, const Records *b, int s, size_t n, FILE *out)
{
    nnrt_rng rng = ((nnrt_model *)m)->rng;
    const Record *d = tio_find(b, "dropouts");   /* line, col, rate, size per dropout */
    for (size_t i = 0; d && i + 3 < d->count; i += 4) {
        size_t count = n * (size_t)d->data[i + 3];
        float *mask = tio_alloc(count * sizeof *mask);
        nnrt_dropout_mask(&rng, mask, count, (float)d->data[i + 2]);
        char key[64];
        snprintf(key, sizeof key, "mask%d/%d:%d", s, (int)d->data[i], (int)d->data[i + 1]);
        tio_write_floats(out, key, mask, count);
        free(mask);
    }
    return rng;
}

static void train_step(MODEL *m, const Records *b, const Records *names, int s, FILE *out)
{
    char key[600];
    snprintf(key, sizeof key, "rows%d", s);
    size_t n = (size_t)tio_need(b, key)->data[0];
    snprintf(key, sizeof key, "x%d", s);
    float *x = to_floats(tio_need(b, key));
    snprintf(key, sizeof key, "t%d", s);
    float *t = to_floats(tio_need(b, key));

    nnrt_rng expect = draw_masks(m, b, s, n, out);
    float loss = API(train_batch)(m, x, t, n);
    nnrt_rng got = ((nnrt_model *)m)->rng;
    if (tio_find(b, "dropouts") && (got.state != expect.state || got.inc != expect.inc)) {
        fprintf(stderr, "harness: step %d: the model's generator did not advance as one "
                        "nnrt_dropout_mask per dropout of n x size floats; masks unknown\n", s);
        exit(2);
    }
    snprintf(key, sizeof key, "loss%d", s);
    tio_write_floats(out, key, &loss, 1);
    for (size_t i = 0; i < names->len; i++) {
        size_t len;
        const float *g = API(grad)(m, names->items[i].name, &len);
        if (!g && is_buffer(names->items[i].name))
            continue;   /* batch norm's running statistics: no gradient */
        if (!g || len != names->items[i].count) tio_die("no such gradient", names->items[i].name);
        snprintf(key, sizeof key, "grad%d/%s", s, names->items[i].name);
        tio_write_floats(out, key, g, len);
    }
    free(x);
    free(t);
}

/* batch norm's buffers, by their names (LANGUAGE-v2.md) */
static int is_buffer(const char *name)
{
    static const char *const ends[] = {".running_mean", ".running_var", ".num_batches_tracked"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t e = strlen(ends[i]);
        if (n > e && strcmp(name + n - e, ends[i]) == 0)
            return 1;
    }
    return 0;
}

/* Step 3 again, from the checkpoint saved after step 2, in a fresh
 * model: every parameter and gradient must be bit-identical to m's. */
static void check_resume(MODEL *m, const Records *b, const Records *names)
{
    MODEL *r = API(create)(12345);
    if (!r) tio_die("create failed", "model");
    check(API(load)(r, "resume.nnck"), "resume.nnck");
    size_t n = (size_t)tio_need(b, "rows2")->data[0];
    float *x = to_floats(tio_need(b, "x2")), *t = to_floats(tio_need(b, "t2"));
    API(train_batch)(r, x, t, n);
    for (size_t i = 0; i < names->len; i++) {
        size_t la, lb, ga, gb;
        const float *pa = API(param)(m, names->items[i].name, &la), *pb = API(param)(r, names->items[i].name, &lb);
        const float *da = API(grad)(m, names->items[i].name, &ga), *db = API(grad)(r, names->items[i].name, &gb);
        int no_grad = is_buffer(names->items[i].name) && !da && !db;   /* running statistics */
        if (!pa || !pb || la != lb || memcmp(pa, pb, la * sizeof *pa) != 0 ||
            (!no_grad && (!da || !db || ga != gb || memcmp(da, db, ga * sizeof *da) != 0))) {
            fprintf(stderr, "harness: resumed after step 2, step 3 gives other bits in %s\n",
                    names->items[i].name);
            exit(2);
        }
    }
    free(x);
    free(t);
    API(destroy)(r);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s WEIGHTS.nnck BATCHES.txt OUT.txt\n", argv[0]);
        return 2;
    }
    Records names = tio_read_nnck(argv[1]);   /* every parameter, by name */
    Records b = tio_read_records(argv[2]);
    MODEL *m = API(create)((uint64_t)tio_need(&b, "seed")->data[0]);
    if (!m) tio_die("create failed", "model");
    check(API(load)(m, argv[1]), argv[1]);
    FILE *out = fopen(argv[3], "w");
    if (!out) tio_die("cannot write", argv[3]);

    predict(m, &b, out, "predict");
    /* NAME_get_lr / NAME_set_lr: the rate in train.lr, changed and put back */
    float lr0 = API(get_lr)(m);
    check(API(set_lr)(m, lr0 * 2), "set_lr");
    if (!(lr0 > 0) || API(get_lr)(m) != lr0 * 2 || API(set_lr)(m, -1.0f) != NNRT_EARG) tio_die("get_lr/set_lr", "train.lr");
    check(API(set_lr)(m, lr0), "set_lr");
    for (int s = 0; s < 3; s++) {
        if (s == 2) check(API(save)(m, "resume.nnck"), "resume.nnck");
        train_step(m, &b, &names, s, out);
    }
    for (size_t i = 0; i < names.len; i++) {
        size_t len;
        char key[600];
        float *p = API(param)(m, names.items[i].name, &len);
        if (!p || len != names.items[i].count) tio_die("no such parameter", names.items[i].name);
        snprintf(key, sizeof key, "param/%s", names.items[i].name);
        tio_write_floats(out, key, p, len);
    }
    check_resume(m, &b, &names);
    predict(m, &b, out, "predict_after");
    if (fclose(out) != 0) tio_die("write failed", argv[3]);
    API(destroy)(m);
    return 0;
}
