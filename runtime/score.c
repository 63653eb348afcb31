/*
 * score.c - how good a trained model is, in the terms of its task.
 *
 * A loss alone says little to a person: a classifier is judged by its
 * accuracy and by which classes it confuses, a regression by its errors
 * in the targets' own units (MAE) and by the share of the variance it
 * explains (R^2).  nnrt_score works those out in one pass over the rows:
 * it gathers a chunk of rows (any subset, by row number: the training
 * rows of a split, say), evaluates it for the loss, predicts it for the
 * rest, and keeps running sums; memory is one chunk, whatever n.
 *
 * R^2 needs the targets' mean before the squared deviations, so the sum
 * of squares about the mean is kept in Welford's form as rows arrive.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nnrt_internal.h"

enum { CHUNK = 1024 };

typedef struct Acc {
    const nnrt_model_desc *d;
    size_t tw, out, n;
    double loss, correct;           /* sums over rows */
    double se, ae;                  /* squared and absolute errors, all outputs */
    double *mean, *m2, *sse;        /* (out) per output: target mean, squares about it, error squares */
    uint64_t *conf;
    size_t classes;
    float *x, *t, *y;               /* (CHUNK x in), (CHUNK x tw), (CHUNK x out) */
} Acc;

static size_t argmax(const float *y, size_t k)
{
    size_t best = 0;
    for (size_t j = 1; j < k; j++)
        if (y[j] > y[best])
            best = j;
    return best;
}

static void count_classes(Acc *a, size_t nb)
{
    for (size_t i = 0; i < nb; i++) {
        size_t truth, pred;
        if (a->classes == 2 && a->d->loss == NNRT_LOSS_BCE) {
            truth = a->t[i] >= 0.5f;
            pred = a->y[i] >= 0.5f;
        } else {
            truth = (size_t)a->t[i];
            pred = argmax(a->y + i * a->out, a->out);
        }
        a->conf[truth * a->classes + pred]++;
    }
}

static void sum_errors(Acc *a, size_t nb)
{
    for (size_t i = 0; i < nb; i++)
        for (size_t j = 0; j < a->out; j++) {
            double t = a->t[i * a->out + j], e = a->y[i * a->out + j] - t;
            size_t seen = a->n + i + 1;
            double dm = t - a->mean[j];
            a->mean[j] += dm / (double)seen;
            a->m2[j] += dm * (t - a->mean[j]);
            a->sse[j] += e * e;
            a->se += e * e;
            a->ae += fabs(e);
        }
}

/* One chunk, already gathered: loss, then the predictions' scores. */
static int score_chunk(nnrt_model *m, Acc *a, size_t nb)
{
    float loss, acc;
    int err = nnrt_evaluate(m, a->x, a->t, nb, &loss, &acc);
    if (!err)
        err = nnrt_predict(m, a->x, a->y, nb);
    if (err)
        return err;
    a->loss += (double)loss * (double)nb;
    if (!isnan(acc))
        a->correct += (double)acc * (double)nb;
    if (a->classes)
        count_classes(a, nb);
    if (a->d->loss == NNRT_LOSS_MSE)
        sum_errors(a, nb);
    a->n += nb;
    return NNRT_OK;
}

static void gather(const Acc *a, const nnrt_dataset *d, const size_t *rows, size_t first, size_t nb)
{
    size_t in = a->d->input_size;
    for (size_t j = 0; j < nb; j++) {
        size_t r = rows ? rows[first + j] : first + j;
        memcpy(a->x + j * in, d->x + r * in, in * sizeof *a->x);
        memcpy(a->t + j * a->tw, d->t + r * a->tw, a->tw * sizeof *a->t);
    }
}

static void finish(const Acc *a, nnrt_scores *s)
{
    double n = (double)a->n, vals = n * (double)a->out;
    s->n = a->n;
    s->loss = a->loss / n;
    s->accuracy = a->d->loss == NNRT_LOSS_MSE ? NAN : a->correct / n;
    s->mse = s->mae = s->r2 = NAN;
    if (a->d->loss != NNRT_LOSS_MSE)
        return;
    s->mse = a->se / vals;
    s->mae = a->ae / vals;
    double r2 = 0;
    for (size_t j = 0; j < a->out; j++)
        r2 += a->m2[j] > 0 ? 1.0 - a->sse[j] / a->m2[j] : a->sse[j] == 0 ? 1.0 : 0.0;
    s->r2 = r2 / (double)a->out;
}

static int acc_alloc(Acc *a, const nnrt_model_desc *d)
{
    a->d = d;
    a->out = d->output_size;
    a->tw = d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size;
    a->classes = d->loss == NNRT_LOSS_CROSS_ENTROPY ? d->output_size
               : d->loss == NNRT_LOSS_BCE && d->output_size == 1 ? 2 : 0;
    a->x = malloc(CHUNK * d->input_size * sizeof *a->x);
    a->t = malloc(CHUNK * a->tw * sizeof *a->t);
    a->y = malloc(CHUNK * a->out * sizeof *a->y);
    a->mean = calloc(3 * a->out, sizeof *a->mean);
    a->conf = a->classes ? calloc(a->classes * a->classes, sizeof *a->conf) : NULL;
    if (!a->x || !a->t || !a->y || !a->mean || (a->classes && !a->conf))
        return nnrt__fail(NNRT_ENOMEM, "score: no memory");
    a->m2 = a->mean + a->out;
    a->sse = a->m2 + a->out;
    return NNRT_OK;
}

static void acc_free(Acc *a)
{
    free(a->x);
    free(a->t);
    free(a->y);
    free(a->mean);
    free(a->conf);
}

int nnrt_score(nnrt_model *m, const nnrt_dataset *d, const size_t *rows, size_t nrows, nnrt_scores *s)
{
    if (!m || !m->desc || !d || !s)
        return nnrt__fail(NNRT_EARG, "score: NULL argument");
    memset(s, 0, sizeof *s);
    const nnrt_model_desc *md = m->desc;
    size_t n = rows ? nrows : d->n;
    int err = nnrt_dataset_check(d, md);
    if (err)
        return err;
    if (n == 0 || md->loss == NNRT_LOSS_NONE)
        return nnrt__fail(NNRT_EARG, "score: %s", n ? "the model has no train block (no loss)" : "no rows");
    for (size_t i = 0; rows && i < n; i++)
        if (rows[i] >= d->n)
            return nnrt__fail(NNRT_EARG, "score: row %zu is past the data's %zu rows", rows[i], d->n);
    Acc a = {0};
    err = acc_alloc(&a, md);
    for (size_t i = 0; !err && i < n; i += CHUNK) {
        size_t nb = n - i < CHUNK ? n - i : CHUNK;
        gather(&a, d, rows, i, nb);
        err = score_chunk(m, &a, nb);
    }
    if (!err) {
        finish(&a, s);
        s->classes = a.classes;
        s->confusion = a.conf;
        a.conf = NULL;
    }
    acc_free(&a);
    return err;
}

void nnrt_scores_free(nnrt_scores *s)
{
    if (!s)
        return;
    free(s->confusion);
    memset(s, 0, sizeof *s);
}

/* ---- the table ------------------------------------------------------------ */

static int digits(uint64_t v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void class_accuracy(FILE *f, const nnrt_scores *s, size_t r, const char *lead)
{
    size_t k = s->classes;
    uint64_t total = 0;
    for (size_t c = 0; c < k; c++)
        total += s->confusion[r * k + c];
    if (total)
        fprintf(f, "%s%6.2f%%", lead, 100.0 * (double)s->confusion[r * k + r] / (double)total);
    else
        fprintf(f, "%s%7s", lead, "-");
}

void nnrt_print_confusion(FILE *f, const nnrt_scores *s, size_t width)
{
    size_t k = s ? s->classes : 0;
    if (!f || !k || !s->confusion)
        return;
    uint64_t most = k - 1;
    for (size_t i = 0; i < k * k; i++)
        most = s->confusion[i] > most ? s->confusion[i] : most;
    int w = digits(most) + 1, lw = digits(k - 1) + 5;
    if ((size_t)lw + k * (size_t)w + 10 > width) {
        for (size_t r = 0; r < k; r++) {
            fprintf(f, "class %zu", r);
            class_accuracy(f, s, r, "  accuracy ");
            fputc('\n', f);
        }
        return;
    }
    fprintf(f, "%-*s", lw, "true");
    for (size_t c = 0; c < k; c++)
        fprintf(f, "%*zu", w, c);
    fprintf(f, "  accuracy\n");
    for (size_t r = 0; r < k; r++) {
        fprintf(f, "%*zu%*s", lw - 4, r, 4, "");
        for (size_t c = 0; c < k; c++)
            fprintf(f, "%*llu", w, (unsigned long long)s->confusion[r * k + c]);
        class_accuracy(f, s, r, "   ");
        fputc('\n', f);
    }
}
