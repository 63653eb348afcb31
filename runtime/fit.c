/*
 * fit.c - the train block's loop: epochs, shuffling, batches, validation,
 * early stopping, progress, metrics, checkpoints, signals, divergence.
 *
 * Everything the loop needs (the index permutation, the gathered batch,
 * the copy of the best weights, the metrics file) is set up before the
 * first epoch and released after the last, so the loop itself never
 * touches the heap.  Only the model's rng drives shuffling (and, in the
 * generated step, dropout), and it is saved with the epoch count at the
 * end of every epoch, so a run stopped after epoch k and resumed from its
 * checkpoint continues bit for bit as if it had never stopped.
 *
 * The loop checks each batch's loss: NaN or Inf stops the run before
 * anything is saved, and the model is reloaded from the last good
 * checkpoint.  SIGINT and SIGTERM only set a flag; the loop sees it at
 * the next batch boundary, saves and returns NNRT_EINTR.
 *
 * With a plot path, each epoch's metrics are also kept (at most
 * HIST_CAP rows: past that every other old row is dropped) and the SVG
 * chart of plot.c is rewritten after every epoch and at the end.  A
 * resumed run that appends to its metrics log reads the earlier rows
 * back from it, so its chart starts at epoch 1.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nnrt_internal.h"

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    /* a second signal while the first waits for the batch boundary: the
     * user means it, so let the default action happen */
    if (stop_requested) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    stop_requested = sig;
}

void nnrt_request_stop(void) { stop_requested = -1; }

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

typedef struct Fit {
    nnrt_model *m;
    const nnrt_model_desc *d;
    nnrt_dataset tr, va;         /* views of the caller's data */
    uint32_t epochs, patience;
    const char *ckpt;
    FILE *out;                   /* progress; NULL when quiet */
    int tty;
    FILE *metrics;
    size_t tw;                   /* target floats per row */
    size_t *idx;                 /* (tr.n) the epoch's order */
    float *xb, *tb;              /* (B, input_size), (B, tw): the gathered batch */
    float *best;                 /* (param_count) best weights, early stopping only */
    int have_best, saved;
    const char *plot;            /* SVG chart path, or NULL */
    char title[160];
    nnrt_epoch_metrics *hist;    /* (HIST_CAP) the epochs so far, for the chart */
    size_t nhist;
    struct sigaction old_int, old_term;
    int signals;
} Fit;

enum { HIST_CAP = 4096 };

typedef struct EpochStats {
    double loss, acc, val_loss, val_acc, seconds;
} EpochStats;

/* ---- setting up and tearing down ------------------------------------------ */

static int resolve(Fit *f, nnrt_model *m, const nnrt_dataset *train, const nnrt_fit_options *o)
{
    const nnrt_model_desc *d = m->desc;
    f->m = m;
    f->d = d;
    f->tw = d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size;
    f->epochs = o->epochs ? o->epochs : d->epochs;
    f->ckpt = o->checkpoint;
    f->out = o->quiet ? NULL : o->progress ? o->progress : stderr;
    f->tty = f->out && isatty(fileno(f->out));
    int err = nnrt_dataset_check(train, d);
    if (err)
        return err;
    if (o->validation) {
        if ((err = nnrt_dataset_check(o->validation, d)))
            return nnrt__fail(err, "validation %s", nnrt_last_error());
        f->tr = *train;
        f->va = *o->validation;
    } else {
        double frac = o->validation_fraction > 0 ? o->validation_fraction
                      : o->validation_fraction < 0 ? 0.0 : d->validation;
        if ((err = nnrt_dataset_split(train, frac, &f->tr, &f->va)))
            return err;
    }
    if (f->tr.n == 0)
        return nnrt__fail(NNRT_EARG, "fit: no training rows");
    int32_t pat = o->early_stopping ? o->early_stopping : (int32_t)d->early_stopping;
    /* early stopping watches the validation loss: without validation data it is off */
    f->patience = pat > 0 && f->va.n > 0 ? (uint32_t)pat : 0;
    return NNRT_OK;
}

static int open_metrics(Fit *f, const char *path)
{
    if (!path)
        return NNRT_OK;
    /* a resumed run appends to its own log; a fresh one starts it */
    int append = 0;
    if (f->m->epoch > 0) {
        FILE *old = fopen(path, "r");
        if (old) {
            append = fgetc(old) != EOF;
            fclose(old);
        }
    }
    f->metrics = fopen(path, append ? "a" : "w");
    if (!f->metrics)
        return nnrt__fail(NNRT_EIO, "%s: %s", path, strerror(errno));
    if (!append)
        fputs("epoch,train_loss,train_accuracy,val_loss,val_accuracy,seconds\n", f->metrics);
    if (fflush(f->metrics) != 0)
        return nnrt__fail(NNRT_EIO, "%s: %s", path, strerror(errno));
    return NNRT_OK;
}

/* ---- the chart's history -------------------------------------------------- */

static void hist_add(Fit *f, const nnrt_epoch_metrics *r)
{
    /* a rerun epoch (resumed after an interruption) replaces what came after it */
    while (f->nhist > 0 && f->hist[f->nhist - 1].epoch >= r->epoch)
        f->nhist--;
    if (f->nhist == HIST_CAP) {
        /* keep every other row, the newest included */
        for (size_t i = 0; i < HIST_CAP / 2; i++)
            f->hist[i] = f->hist[2 * i + 1];
        f->nhist = HIST_CAP / 2;
    }
    f->hist[f->nhist++] = *r;
}

/* A resumed run's earlier epochs, from the metrics log it appends to. */
static void hist_load(Fit *f, const char *path)
{
    FILE *in = fopen(path, "r");
    char line[512];
    if (!in)
        return;
    while (fgets(line, sizeof line, in)) {
        char *p = line, *end;
        double v[5];
        int k = 0;
        for (; k < 5; k++) {
            v[k] = strtod(p, &end);
            if (end == p || *end != ',')
                break;
            p = end + 1;
        }
        if (k < 5 || v[0] < 1 || v[0] > f->m->epoch)
            continue;   /* the header, or a row the resumed run does again */
        nnrt_epoch_metrics r = {(uint32_t)v[0], v[1], v[2], v[3], v[4]};
        hist_add(f, &r);
    }
    fclose(in);
}

static int write_plot(Fit *f)
{
    if (!f->plot)
        return NNRT_OK;
    return nnrt_plot_svg(f->plot, f->title, f->hist, f->nhist);   /* its message names the file */
}

static int setup(Fit *f, const nnrt_fit_options *o)
{
    const nnrt_model_desc *d = f->d;
    if (o->plot) {
        f->plot = o->plot;
        snprintf(f->title, sizeof f->title, "%.100s: %s per epoch", d->name,
                 d->loss == NNRT_LOSS_MSE ? "loss" : "loss and accuracy");
        f->hist = malloc(HIST_CAP * sizeof *f->hist);
        if (!f->hist)
            return nnrt__fail(NNRT_ENOMEM, "fit: no memory for the chart");
        if (o->metrics && f->m->epoch > 0)
            hist_load(f, o->metrics);
    }
    f->idx = malloc(f->tr.n * sizeof *f->idx);
    f->xb = malloc(d->batch_size * d->input_size * sizeof *f->xb);
    f->tb = malloc(d->batch_size * f->tw * sizeof *f->tb);
    f->best = f->patience ? malloc((d->param_count ? d->param_count : 1) * sizeof *f->best) : NULL;
    if (!f->idx || !f->xb || !f->tb || (f->patience && !f->best))
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for %zu rows", f->tr.n);
    int err = open_metrics(f, o->metrics);
    if (err)
        return err;
    stop_requested = 0;
    if (!o->keep_signals) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, &f->old_int);
        sigaction(SIGTERM, &sa, &f->old_term);
        f->signals = 1;
    }
    return NNRT_OK;
}

static void teardown(Fit *f)
{
    if (f->signals) {
        sigaction(SIGINT, &f->old_int, NULL);
        sigaction(SIGTERM, &f->old_term, NULL);
    }
    if (f->metrics)
        fclose(f->metrics);
    free(f->idx);
    free(f->xb);
    free(f->tb);
    free(f->best);
    free(f->hist);
}

/* ---- the best weights ---------------------------------------------------- */

static void copy_params(Fit *f, int to_best)
{
    const nnrt_model_desc *d = f->d;
    size_t at = 0;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind != NNRT_PARAM)
            continue;
        size_t len = nnrt_tensor_len(t);
        float *w = f->m->ws + t->offset;
        if (to_best)
            memcpy(f->best + at, w, len * sizeof *w);
        else
            memcpy(w, f->best + at, len * sizeof *w);
        at += len;
    }
}

/* ---- progress ------------------------------------------------------------ */

static void eta_text(char *s, size_t n, double sec)
{
    long t = sec > 0 && sec < 1e8 ? (long)(sec + 0.5) : 0;
    if (t >= 3600)
        snprintf(s, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(s, n, "%ld:%02ld", t / 60, t % 60);
}

static void show_bar(const Fit *f, uint32_t e, size_t b, size_t nb, double loss, double acc,
                     size_t rows, double elapsed)
{
    char eta[32];
    eta_text(eta, sizeof eta, elapsed / (double)b * (double)(nb - b));
    fprintf(f->out, "\repoch %u/%u  batch %zu/%zu  loss %.4f", e + 1, f->epochs, b, nb, loss);
    if (!isnan(acc))
        fprintf(f->out, "  acc %.2f%%", 100.0 * acc);
    fprintf(f->out, "  %.0f samples/s  ETA %s   ", elapsed > 0 ? (double)rows / elapsed : 0.0, eta);
    fflush(f->out);
}

static void show_epoch(const Fit *f, uint32_t e, const EpochStats *s)
{
    fprintf(f->out, "%sepoch %u/%u  loss %.4f", f->tty ? "\r" : "", e + 1, f->epochs, s->loss);
    if (!isnan(s->acc))
        fprintf(f->out, "  acc %.2f%%", 100.0 * s->acc);
    if (f->va.n) {
        fprintf(f->out, "  val_loss %.4f", s->val_loss);
        if (!isnan(s->val_acc))
            fprintf(f->out, "  val_acc %.2f%%", 100.0 * s->val_acc);
    }
    fprintf(f->out, "  %.1fs  %.0f samples/s%s\n", s->seconds,
            s->seconds > 0 ? (double)f->tr.n / s->seconds : 0.0, f->tty ? "          " : "");
    fflush(f->out);
}

static int log_epoch(Fit *f, uint32_t e, const EpochStats *s)
{
    if (!f->metrics)
        return NNRT_OK;
    fprintf(f->metrics, "%u,%.6g,%.6g,%.6g,%.6g,%.3f\n", e + 1, s->loss, s->acc,
            f->va.n ? s->val_loss : NAN, f->va.n ? s->val_acc : NAN, s->seconds);
    if (fflush(f->metrics) != 0 || ferror(f->metrics))
        return nnrt__fail(NNRT_EIO, "fit: writing the metrics log: %s", strerror(errno));
    return NNRT_OK;
}

/* ---- one epoch ----------------------------------------------------------- */

static void gather(Fit *f, size_t first, size_t nb)
{
    size_t in = f->d->input_size;
    for (size_t j = 0; j < nb; j++) {
        size_t r = f->idx[first + j];
        memcpy(f->xb + j * in, f->tr.x + r * in, in * sizeof(float));
        memcpy(f->tb + j * f->tw, f->tr.t + r * f->tw, f->tw * sizeof(float));
    }
}

/* Returns 0, or NNRT_EDIVERGED / NNRT_EINTR with *batch the 1-based batch */
static int run_epoch(Fit *f, uint32_t e, EpochStats *s, size_t *batch, float *bad_loss)
{
    const nnrt_model_desc *d = f->d;
    nnrt_model *m = f->m;
    size_t n = f->tr.n, B = d->batch_size, nbatches = (n + B - 1) / B;
    int want_acc = d->loss != NNRT_LOSS_MSE;
    for (size_t i = 0; i < n; i++)
        f->idx[i] = i;
    nnrt_shuffle(&m->rng, f->idx, n);
    double total = 0.0, correct = 0.0, t0 = now(), shown = t0;
    for (size_t b = 0; b < nbatches; b++) {
        *batch = b + 1;
        if (stop_requested)
            return NNRT_EINTR;
        size_t first = b * B, nb = n - first < B ? n - first : B;
        gather(f, first, nb);
        /* the right answers of the step's own forward pass (the weights
         * it starts from, dropout on), as Keras counts its running accuracy */
        float c = 0.0f;
        float loss = d->train_step(m->ws, &m->rng, f->xb, f->tb, nb, &c);
        correct += c;
        if (!isfinite(loss)) {
            *bad_loss = loss;
            return NNRT_EDIVERGED;
        }
        total += (double)loss * (double)nb;
        double t = now();
        if (f->out && f->tty && (t - shown >= 0.1 || b + 1 == nbatches)) {
            shown = t;
            size_t rows = first + nb;
            show_bar(f, e, b + 1, nbatches, total / (double)rows,
                     want_acc ? nnrt__accuracy(d, correct, rows) : NAN, rows, t - t0);
        }
    }
    s->loss = total / (double)n;
    s->acc = nnrt__accuracy(d, correct, n);
    s->val_loss = s->val_acc = NAN;
    if (f->va.n) {
        float vl, va;
        nnrt__eval_rows(m, f->va.x, f->va.t, f->va.n, &vl, &va);
        s->val_loss = vl;
        s->val_acc = va;
    }
    s->seconds = now() - t0;
    return NNRT_OK;
}

/* ---- the loop ------------------------------------------------------------ */

static int diverged(Fit *f, uint32_t e, size_t batch, float loss)
{
    if (f->out && f->tty)
        fputc('\n', f->out);
    char back[600] = "the model keeps the diverged weights (no checkpoint to go back to)";
    if (f->ckpt && access(f->ckpt, F_OK) == 0) {
        /* never save these weights: go back to the last good file */
        if (nnrt_load(f->m, f->ckpt) == NNRT_OK)
            snprintf(back, sizeof back, "the model is back to %s (after epoch %u)", f->ckpt, f->m->epoch);
        else
            snprintf(back, sizeof back, "reloading %s failed: %.400s", f->ckpt, nnrt_last_error());
    }
    int err = nnrt__fail(NNRT_EDIVERGED, "fit: the loss became %g at epoch %u, batch %zu; %s",
                         (double)loss, e + 1, batch, back);
    if (f->out)
        fprintf(f->out, "%s\n", nnrt_last_error());
    return err;
}

static int interrupted(Fit *f, uint32_t e, size_t batch)
{
    if (f->out && f->tty)
        fputc('\n', f->out);
    int err = f->ckpt ? nnrt_save(f->m, f->ckpt) : NNRT_OK;
    if (err)
        return err;
    nnrt__fail(NNRT_EINTR, "fit: stopped by a signal at epoch %u, batch %zu; %s%s", e + 1, batch,
               f->ckpt ? "saved " : "no checkpoint path, nothing saved", f->ckpt ? f->ckpt : "");
    if (f->out)
        fprintf(f->out, "%s\n", nnrt_last_error());
    return NNRT_EINTR;
}

static int loop(Fit *f)
{
    nnrt_model *m = f->m;
    double best_loss = INFINITY;
    uint32_t waited = 0;
    for (uint32_t e = m->epoch; e < f->epochs; e++) {
        EpochStats s;
        size_t batch = 0;
        float bad = 0.0f;
        int err = run_epoch(f, e, &s, &batch, &bad);
        if (err == NNRT_EDIVERGED)
            return diverged(f, e, batch, bad);
        if (err == NNRT_EINTR)
            return interrupted(f, e, batch);
        m->epoch = e + 1;
        if (f->out)
            show_epoch(f, e, &s);
        if ((err = log_epoch(f, e, &s)))
            return err;
        if (f->plot) {
            nnrt_epoch_metrics r = {e + 1, s.loss, s.acc, f->va.n ? s.val_loss : NAN,
                                    f->va.n ? s.val_acc : NAN};
            hist_add(f, &r);
            if ((err = write_plot(f)))
                return err;
        }
        if (f->ckpt && (err = nnrt_save(m, f->ckpt)))
            return err;
        f->saved = 1;
        if (f->patience) {
            if (s.val_loss < best_loss) {
                best_loss = s.val_loss;
                copy_params(f, 1);
                f->have_best = 1;
                waited = 0;
            } else if (++waited >= f->patience) {
                if (f->out)
                    fprintf(f->out, "early stopping: no better validation loss for %u epochs; "
                            "keeping the weights with loss %.4f\n", waited, best_loss);
                break;
            }
        }
    }
    if (f->have_best) {
        copy_params(f, 0);
        if (f->ckpt)
            return nnrt_save(m, f->ckpt);
    }
    return NNRT_OK;
}

int nnrt_fit(nnrt_model *m, const nnrt_dataset *train, const nnrt_fit_options *opt)
{
    static const nnrt_fit_options defaults;
    if (!m || !m->desc || !train)
        return nnrt__fail(NNRT_EARG, "fit: NULL %s", train ? "model" : "dataset");
    if (m->desc->loss == NNRT_LOSS_NONE)
        return nnrt__fail(NNRT_EARG, "fit: model '%s' has no train block", m->desc->name);
    Fit f;
    memset(&f, 0, sizeof f);
    const nnrt_fit_options *o = opt ? opt : &defaults;
    int err = resolve(&f, m, train, o);
    if (!err)
        err = setup(&f, o);
    if (!err)
        err = loop(&f);
    if (f.plot && (!err || err == NNRT_EINTR)) {
        /* the chart of a stopped run shows the epochs it finished */
        int perr = write_plot(&f);
        err = err ? err : perr;
    }
    teardown(&f);
    return err;
}
