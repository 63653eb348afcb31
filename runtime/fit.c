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
 * Validation data is the caller's, or a share of the training rows held
 * out by nnrt_dataset_split_rows: seeded, shuffled and, for classes,
 * stratified, so a file sorted by class does not validate on the last
 * class alone.  The training rows are then a list of row numbers (the
 * epoch's shuffle permutes that list) and the held-out rows are copied
 * aside once, so the caller's dataset is only read.
 *
 * Progress on a terminal is one line redrawn in place, cut to the
 * terminal's width (asked at every redraw, so a resized window is
 * followed) so that it never wraps: a wrapped line cannot be redrawn
 * with '\r' and fills the screen with copies.  Parts are dropped from
 * the right, the least useful last.
 *
 * With a plot path, each epoch's metrics are also kept (at most
 * HIST_CAP rows: past that every other old row is dropped) and the SVG
 * chart of plot.c is rewritten after every epoch and at the end.  A
 * resumed run that appends to its metrics log reads the earlier rows
 * back from it, so its chart starts at epoch 1.
 *
 * Over a communicator (options.comm of more than one process, or the
 * deterministic mode) each step goes through dist.c: every process walks
 * the same order and takes its share of each batch.  Rank 0 starts every
 * replica from its weights, is the only one that prints and writes files,
 * and tells the others how its writes went; at each epoch's end the
 * replicas are checked to hold the same weights.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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


typedef struct Fit {
    nnrt_model *m;
    const nnrt_model_desc *d;
    nnrt_dataset tr, va;         /* tr: the caller's data; va: theirs, or the held-out copy */
    size_t *rows, ntrain;        /* (tr.n) training rows first, ascending; how many */
    int drop_one;                /* 1: the epoch's last batch is 1 row, which desc->bn_single
                                    cannot train on: left out (PyTorch's drop_last for it) */
    float *vx, *vt;              /* the held-out rows' copy, when fit made one */
    uint32_t epochs, patience, best_epoch;
    double base_lr;              /* the schedule's starting rate */
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
    int plot_log;
    char title[160];
    nnrt_epoch_metrics *hist;    /* (HIST_CAP) the epochs so far, for the chart */
    size_t nhist;
    struct sigaction old_int, old_term;
    int signals;
    nnrt_comm *comm;             /* NULL: one process */
    int rank, distributed;       /* distributed: steps through dist */
    nnrt__dist dist;
} Fit;

/* the communicator's clock (the simulated one under SimGrid's SMPI);
 * without one, CLOCK_MONOTONIC */
static double now(const Fit *f) { return nnrt_comm_wtime(f->comm); }

enum { HIST_CAP = 4096 };

typedef struct EpochStats {
    double loss, acc, val_loss, val_acc, seconds;
    double train_seconds, reduce_seconds;   /* distributed: the steps, and their gradient reductions */
    double lr;                   /* the rate the epoch trained with (train.lr); NaN: none */
} EpochStats;

/* ---- setting up and tearing down ------------------------------------------ */

/* The validation rows: a share of train held out and copied aside, the
 * training rows being rows[0..ntrain). */
static int hold_out(Fit *f, const nnrt_dataset *train, double frac, uint64_t seed)
{
    const nnrt_model_desc *d = f->d;
    size_t n = train->n, in = d->input_size;
    size_t classes = d->loss == NNRT_LOSS_CROSS_ENTROPY ? d->output_size
                   : d->loss == NNRT_LOSS_BCE && d->output_size == 1 ? 2 : 0;
    if (!(f->rows = malloc((n ? n : 1) * sizeof *f->rows)))
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for %zu rows", n);
    int err = nnrt_dataset_split_rows(train, frac, seed, classes, f->rows, &f->ntrain);
    size_t nv = n - f->ntrain;
    if (err || nv == 0)
        return err;
    f->vx = malloc(nv * in * sizeof *f->vx);
    f->vt = malloc(nv * f->tw * sizeof *f->vt);
    if (!f->vx || !f->vt)
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for %zu validation rows", nv);
    for (size_t j = 0; j < nv; j++) {
        size_t r = f->rows[f->ntrain + j];
        memcpy(f->vx + j * in, train->x + r * in, in * sizeof *f->vx);
        memcpy(f->vt + j * f->tw, train->t + r * f->tw, f->tw * sizeof *f->vt);
    }
    f->va = (nnrt_dataset){.n = nv, .input_size = in, .target_size = f->tw, .x = f->vx, .t = f->vt};
    return NNRT_OK;
}

static int resolve(Fit *f, nnrt_model *m, const nnrt_dataset *train, const nnrt_fit_options *o)
{
    const nnrt_model_desc *d = m->desc;
    f->m = m;
    f->d = d;
    f->tw = d->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : d->output_size;
    f->epochs = o->epochs ? o->epochs : d->epochs;
    f->comm = o->comm;
    f->rank = nnrt_comm_rank(o->comm);
    f->distributed = nnrt_comm_size(o->comm) > 1 || o->deterministic;
    /* the other processes write nothing and print nothing */
    f->ckpt = f->rank == 0 ? o->checkpoint : NULL;
    f->out = o->quiet || f->rank != 0 ? NULL : o->progress ? o->progress : stderr;
    f->base_lr = o->lr > 0 ? o->lr : d->lr;
    f->tty = f->out && isatty(fileno(f->out));
    f->tr = *train;
    int err = nnrt_dataset_check(train, d);
    if (err)
        return err;
    if (o->validation && (err = nnrt_dataset_check(o->validation, d)))
        return nnrt__fail(err, "validation %s", nnrt_last_error());
    double frac = o->validation ? 0.0 : o->validation_fraction > 0 ? o->validation_fraction
                  : o->validation_fraction < 0 ? 0.0 : d->validation;
    if ((err = hold_out(f, train, frac, o->has_seed ? o->seed : d->seed)))
        return err;
    if (o->validation)
        f->va = *o->validation;
    if (f->ntrain == 0)
        return nnrt__fail(NNRT_EARG, "fit: no training rows");
    /* `standardize`: the statistics of the training rows (never the
     * held-out ones), once, as Keras's adapt; a loaded model keeps its own */
    if (d->prep_adapt && !m->adapted && (err = nnrt__adapt_rows(m, train->x, f->rows, f->ntrain)))
        return err;
    /* batch norm refuses one value per channel: never build such a batch */
    f->drop_one = d->bn_single && f->ntrain % d->batch_size == 1;
    if (f->drop_one && f->ntrain == 1)
        return nnrt__fail(NNRT_EARG, "fit: 1 training row: batch_norm '%s' needs more than 1 value per channel "
                          "when training", d->bn_single);
    int32_t pat = o->early_stopping ? o->early_stopping : (int32_t)d->early_stopping;
    /* early stopping watches the validation loss: without validation data it is off */
    f->patience = pat > 0 && f->va.n > 0 ? (uint32_t)pat : 0;
    return NNRT_OK;
}

static int open_metrics(Fit *f, const char *path, const char *note)
{
    if (!path)
        return NNRT_OK;
    /* a resumed run appends to its own log; a fresh one starts it (a log
     * from before the lr column gets rows with one more column) */
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
    if (note) {   /* one line: a newline in it would start a row */
        fputs("# ", f->metrics);
        for (const char *c = note; *c; c++)
            fputc(*c == '\n' || *c == '\r' ? ' ' : *c, f->metrics);
        fputc('\n', f->metrics);
    }
    if (!append)
        fputs("epoch,train_loss,train_accuracy,val_loss,val_accuracy,seconds,lr\n", f->metrics);
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
        double v[7] = {0, 0, 0, 0, 0, 0, NAN};
        int k = 0;
        for (; k < 7; k++) {
            v[k] = strtod(p, &end);
            if (end == p || (*end != ',' && k < 5))
                break;
            if (*end != ',') {
                k++;
                break;
            }
            p = end + 1;
        }
        if (k < 6 || v[0] < 1 || v[0] > f->m->epoch)
            continue;   /* the header, or a row the resumed run does again */
        nnrt_epoch_metrics r = {(uint32_t)v[0], v[1], v[2], v[3], v[4], v[6]};
        hist_add(f, &r);
    }
    fclose(in);
}

static int write_plot(Fit *f)
{
    if (!f->plot)
        return NNRT_OK;
    nnrt_plot_options po = {.title = f->title, .best_epoch = f->best_epoch, .log_loss = f->plot_log};
    return nnrt_plot_training(f->plot, &po, f->hist, f->nhist);   /* its message names the file */
}

static int setup(Fit *f, const nnrt_fit_options *o)
{
    const nnrt_model_desc *d = f->d;
    if (f->distributed) {
        int err = nnrt__dist_init(&f->dist, d, f->comm, o->deterministic, o->shards, f->va.n);
        if (err)
            return err;
        f->m->processes = (uint32_t)nnrt_comm_size(f->comm);
    }
    if (o->plot && f->rank == 0) {
        f->plot = o->plot;
        f->plot_log = o->plot_log;
        snprintf(f->title, sizeof f->title, "%.100s: %s per epoch", d->name,
                 d->loss == NNRT_LOSS_MSE ? "loss" : "loss and accuracy");
        f->hist = malloc(HIST_CAP * sizeof *f->hist);
        if (!f->hist)
            return nnrt__fail(NNRT_ENOMEM, "fit: no memory for the chart");
        if (o->metrics && f->m->epoch > 0)
            hist_load(f, o->metrics);
    }
    f->idx = malloc(f->ntrain * sizeof *f->idx);
    f->xb = malloc(d->batch_size * d->input_size * sizeof *f->xb);
    f->tb = malloc(d->batch_size * f->tw * sizeof *f->tb);
    size_t kept = 0;   /* the parameters and the buffers (batch norm's statistics) */
    for (size_t i = 0; i < d->ntensors; i++)
        if (d->tensors[i].kind == NNRT_PARAM || d->tensors[i].kind == NNRT_BUFFER)
            kept += nnrt_tensor_len(&d->tensors[i]);
    f->best = f->patience ? malloc((kept ? kept : 1) * sizeof *f->best) : NULL;
    if (!f->idx || !f->xb || !f->tb || (f->patience && !f->best))
        return nnrt__fail(NNRT_ENOMEM, "fit: no memory for %zu rows", f->ntrain);
    int err = f->rank == 0 ? open_metrics(f, o->metrics, o->metrics_note) : NNRT_OK;
    if (err)
        return err;
    if (f->drop_one && f->out)   /* once a run, not once an epoch */
        fprintf(f->out, "fit: %zu training rows in batches of %zu leave 1 row in the last batch, which "
                "batch_norm '%s' cannot train on (one value per channel): each epoch leaves that row out\n",
                f->ntrain, d->batch_size, d->bn_single);
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
    free(f->rows);
    free(f->vx);
    free(f->vt);
    free(f->xb);
    free(f->tb);
    free(f->best);
    free(f->hist);
    nnrt__dist_free(&f->dist);
}

/* ---- the best weights ---------------------------------------------------- */

static void copy_params(Fit *f, int to_best)
{
    const nnrt_model_desc *d = f->d;
    size_t at = 0;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        if (t->kind != NNRT_PARAM && t->kind != NNRT_BUFFER)
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

/* The terminal's width: asked of the terminal, else $COLUMNS, else 80. */
static size_t term_cols(FILE *f)
{
    struct winsize w;
    if (ioctl(fileno(f), TIOCGWINSZ, &w) == 0 && w.ws_col >= 20)
        return w.ws_col;
    const char *env = getenv("COLUMNS");
    long c = env ? strtol(env, NULL, 10) : 0;
    return c >= 20 && c <= 4096 ? (size_t)c : 80;
}

/* A progress line built from parts, two spaces apart; once a part does
 * not fit in `max` columns (0: no limit) it and every later part are left
 * out, so what is shown is always a prefix of the whole. */
typedef struct Line {
    char s[320];
    size_t len, max;
    int full;
} Line;

static void line_add(Line *l, const char *fmt, ...) NNRT_PRINTF(2, 3);
static void line_add(Line *l, const char *fmt, ...)
{
    char part[96];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(part, sizeof part, fmt, ap);
    va_end(ap);
    size_t need = (size_t)n + (l->len ? 2 : 0);
    if (l->full || n < 0 || l->len + need >= sizeof l->s || (l->max && l->len + need > l->max)) {
        l->full = 1;
        return;
    }
    l->len += (size_t)snprintf(l->s + l->len, sizeof l->s - l->len, "%s%s", l->len ? "  " : "", part);
}

/* On a terminal: one column short of its width (writing the last column
 * wraps on some terminals), redrawn from the line's start and cleared to
 * its end. */
static void line_start(const Fit *f, Line *l)
{
    l->len = 0;
    l->full = 0;
    l->s[0] = '\0';
    l->max = f->tty ? term_cols(f->out) - 1 : 0;
}

static void line_show(const Fit *f, const Line *l, int done)
{
    if (f->tty)
        fprintf(f->out, "\r%s\033[K%s", l->s, done ? "\n" : "");
    else
        fprintf(f->out, "%s%s", l->s, done ? "\n" : "");
    fflush(f->out);
}

static void show_bar(const Fit *f, uint32_t e, size_t b, size_t nb, double loss, double acc,
                     size_t rows, double elapsed)
{
    char eta[32];
    Line l;
    eta_text(eta, sizeof eta, elapsed / (double)b * (double)(nb - b));
    line_start(f, &l);
    line_add(&l, "epoch %u/%u", e + 1, f->epochs);
    line_add(&l, "batch %zu/%zu", b, nb);
    line_add(&l, "loss %.4f", loss);
    if (!isnan(acc))
        line_add(&l, "acc %.2f%%", 100.0 * acc);
    line_add(&l, "ETA %s", eta);
    line_add(&l, "%.0f samples/s", elapsed > 0 ? (double)rows / elapsed : 0.0);
    line_show(f, &l, 0);
}

static void show_epoch(const Fit *f, uint32_t e, const EpochStats *s)
{
    Line l;
    line_start(f, &l);
    line_add(&l, "epoch %u/%u", e + 1, f->epochs);
    line_add(&l, "loss %.4f", s->loss);
    if (!isnan(s->acc))
        line_add(&l, "acc %.2f%%", 100.0 * s->acc);
    if (f->va.n) {
        line_add(&l, "val_loss %.4f", s->val_loss);
        if (!isnan(s->val_acc))
            line_add(&l, "val_acc %.2f%%", 100.0 * s->val_acc);
    }
    if (!isnan(s->lr))
        line_add(&l, "lr %.8g", s->lr);
    line_add(&l, "%.1fs", s->seconds);
    line_add(&l, "%.0f samples/s", s->seconds > 0 ? (double)f->ntrain / s->seconds : 0.0);
    if (nnrt_comm_size(f->comm) > 1)   /* the gradients' reduction, as a share of the steps' time */
        line_add(&l, "allreduce %.0f%%",
                 s->train_seconds > 0 ? 100.0 * s->reduce_seconds / s->train_seconds : 0.0);
    line_show(f, &l, 1);
}

static int log_epoch(Fit *f, uint32_t e, const EpochStats *s)
{
    if (!f->metrics)
        return NNRT_OK;
    fprintf(f->metrics, "%u,%.6g,%.6g,%.6g,%.6g,%.3f,%.8g\n", e + 1, s->loss, s->acc,
            f->va.n ? s->val_loss : NAN, f->va.n ? s->val_acc : NAN, s->seconds, s->lr);
    if (fflush(f->metrics) != 0 || ferror(f->metrics))
        return nnrt__fail(NNRT_EIO, "fit: writing the metrics log: %s", strerror(errno));
    return NNRT_OK;
}

/* ---- one epoch ----------------------------------------------------------- */

static void gather(Fit *f, size_t first, size_t nb)
{
    size_t in = f->d->input_size;
    for (size_t j = 0; j < nb; j++) {
        size_t r = f->idx[first + j];   /* a row number of the caller's data */
        memcpy(f->xb + j * in, f->tr.x + r * in, in * sizeof(float));
        memcpy(f->tb + j * f->tw, f->tr.t + r * f->tw, f->tw * sizeof(float));
    }
}

/* Over several processes: a failure of any of them ends every one's run */
static int agree(Fit *f, int err) { return nnrt__agree(f->comm, err, "fit"); }

/* Returns 0, or NNRT_EDIVERGED / NNRT_EINTR with *batch the 1-based batch,
 * or a failed collective's error */
static int run_epoch(Fit *f, uint32_t e, EpochStats *s, size_t *batch, float *bad_loss)
{
    const nnrt_model_desc *d = f->d;
    nnrt_model *m = f->m;
    size_t n = f->ntrain - (size_t)f->drop_one, B = d->batch_size, nbatches = (n + B - 1) / B;
    int want_acc = d->loss != NNRT_LOSS_MSE, err;
    /* the same start every epoch: resumable; a dropped row is the shuffle's last */
    memcpy(f->idx, f->rows, f->ntrain * sizeof *f->idx);
    nnrt_shuffle(&m->rng, f->idx, f->ntrain);
    double total = 0.0, correct = 0.0, t0 = now(f), shown = t0;
    f->dist.reduce_seconds = 0.0;
    for (size_t b = 0; b < nbatches; b++) {
        *batch = b + 1;
        if (stop_requested && !f->distributed)
            return NNRT_EINTR;
        size_t first = b * B, nb = n - first < B ? n - first : B;
        /* the right answers of the step's own forward pass (the weights
         * it starts from, dropout on), as Keras counts its running accuracy */
        double lsum, right;
        float loss;
        if (f->distributed) {   /* all processes stop at the same batch */
            int stopped = 0;
            int err = nnrt__dist_step(&f->dist, m, &f->tr, f->idx + first, nb, f->xb, f->tb,
                                      stop_requested != 0, &lsum, &right, &stopped);
            if (err)
                return err;
            if (stopped)
                return NNRT_EINTR;
            loss = (float)(lsum / (double)nb);
        } else {
            float c = 0.0f;
            gather(f, first, nb);
            loss = nnrt__step(m, f->xb, f->tb, nb, &c);
            lsum = (double)loss * (double)nb;
            right = c;
        }
        correct += right;
        if (!isfinite(loss)) {
            *bad_loss = loss;
            return NNRT_EDIVERGED;
        }
        total += lsum;
        double t = now(f);
        if (f->out && f->tty && (t - shown >= 0.1 || b + 1 == nbatches)) {
            shown = t;
            size_t rows = first + nb;
            show_bar(f, e, b + 1, nbatches, total / (double)rows,
                     want_acc ? nnrt__accuracy(d, correct, rows) : NAN, rows, t - t0);
        }
    }
    s->loss = total / (double)n;
    s->acc = nnrt__accuracy(d, correct, n);
    s->train_seconds = now(f) - t0;
    s->reduce_seconds = f->dist.reduce_seconds;
    s->val_loss = s->val_acc = NAN;
    if (f->va.n) {
        float vl, va;
        if (!f->distributed)
            nnrt__eval_rows(m, f->va.x, f->va.t, f->va.n, &vl, &va);
        else if ((err = nnrt__dist_eval(&f->dist, m, f->va.x, f->va.t, f->va.n, &vl, &va)))
            return err;
        s->val_loss = vl;
        s->val_acc = va;
    }
    s->seconds = now(f) - t0;
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
    if (f->distributed && nnrt_sync_model(f->comm, f->m))   /* rank 0's weights, reloaded or not */
        snprintf(back, sizeof back, "the processes could not be brought back to the same weights");
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
    /* every process stops here, at the same batch: they hear how rank 0's save went */
    int err = agree(f, f->ckpt ? nnrt_save(f->m, f->ckpt) : NNRT_OK);
    if (err)
        return err;
    nnrt__fail(NNRT_EINTR, "fit: stopped by a signal at epoch %u, batch %zu; %s%s", e + 1, batch,
               f->ckpt ? "saved " : "no checkpoint path, nothing saved", f->ckpt ? f->ckpt : "");
    if (f->out)
        fprintf(f->out, "%s\n", nnrt_last_error());
    return NNRT_EINTR;
}

/* Early stopping's bookkeeping after epoch e (0-based): keeps the best
 * weights; returns 1 when patience has run out. */
static int watch_best(Fit *f, uint32_t e, const EpochStats *s, double *best_loss, uint32_t *waited)
{
    if (!f->patience)
        return 0;
    if (s->val_loss < *best_loss) {
        *best_loss = s->val_loss;
        copy_params(f, 1);
        f->have_best = 1;
        f->best_epoch = e + 1;
        *waited = 0;
        return 0;
    }
    return ++*waited >= f->patience;
}

/* The end of a run with early stopping: the best weights back in the
 * model (and its checkpoint), and lines that say which epoch they are. */
static int keep_best(Fit *f, uint32_t last, uint32_t stopped_after, double best_loss)
{
    if (f->out && stopped_after)
        fprintf(f->out, "early stopping after epoch %u: no better val_loss for %u epochs\n", last,
                stopped_after);
    if (!f->have_best || f->best_epoch == last)
        return NNRT_OK;   /* the model holds the best weights already */
    if (f->out)
        fprintf(f->out, "keeping the weights of epoch %u, the best val_loss (%.4f)\n", f->best_epoch, best_loss);
    copy_params(f, 0);
    return agree(f, f->ckpt ? nnrt_save(f->m, f->ckpt) : NNRT_OK);
}

/* After epoch e: progress, metrics row, chart, checkpoint. */
static int epoch_done(Fit *f, uint32_t e, const EpochStats *s)
{
    if (f->out)
        show_epoch(f, e, s);
    int err = log_epoch(f, e, s);
    if (!err && f->plot) {
        nnrt_epoch_metrics r = {e + 1, s->loss, s->acc, f->va.n ? s->val_loss : NAN,
                                f->va.n ? s->val_acc : NAN, s->lr};
        hist_add(f, &r);
        err = write_plot(f);
    }
    if (!err && f->ckpt)
        err = nnrt_save(f->m, f->ckpt);
    /* every process waits for rank 0's writes, and hears how they went */
    if ((err = agree(f, err)))
        return err;
    if (f->distributed && (err = nnrt_check_replicas(f->comm, f->m)))
        return err;
    f->saved = 1;
    return NNRT_OK;
}

/* Epoch e's rate: the schedule's, written into train.lr (a resumed run
 * recomputes it from the epoch count the checkpoint carries); a constant
 * schedule leaves train.lr as it is (the train block's, the app's
 * NAME_set_lr, or a checkpoint's).  Returns the rate, NaN when the model
 * has no train.lr. */
static double epoch_lr(Fit *f, uint32_t e)
{
    size_t len = 0;
    float *lr = nnrt_param(f->m, "train.lr", &len);
    if (!lr || len != 1)
        return NAN;
    if (f->d->schedule != NNRT_SCHED_CONSTANT)
        lr[0] = (float)nnrt_schedule_lr(f->d, f->base_lr, e);
    return lr[0];
}

static int loop(Fit *f)
{
    nnrt_model *m = f->m;
    double best_loss = INFINITY;
    uint32_t waited = 0, stop = 0;
    for (uint32_t e = m->epoch; e < f->epochs && !stop; e++) {
        EpochStats s;
        size_t batch = 0;
        float bad = 0.0f;
        s.lr = epoch_lr(f, e);
        int err = run_epoch(f, e, &s, &batch, &bad);
        if (err == NNRT_EDIVERGED)
            return diverged(f, e, batch, bad);
        if (err == NNRT_EINTR)
            return interrupted(f, e, batch);
        else if (err)
            return err;
        m->epoch = e + 1;
        stop = watch_best(f, e, &s, &best_loss, &waited) ? waited : 0;
        /* the processes see the same numbers: rank 0's word makes sure */
        if (f->distributed && nnrt_bcast(f->comm, &stop, sizeof stop, 0))
            return nnrt__fail(NNRT_ECOMM, "fit: the early-stopping broadcast failed");
        if ((err = epoch_done(f, e, &s)))
            return err;
    }
    return keep_best(f, m->epoch, stop, best_loss);
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
    err = agree(&f, err);
    if (!err && f.distributed)   /* every replica starts from rank 0's weights */
        err = nnrt_sync_model(f.comm, m);
    if (!err)
        err = loop(&f);
    if (!err || err == NNRT_EINTR) {
        /* the chart of a stopped run shows the epochs it finished; every
         * process gets here or none does, and all hear how it went */
        int perr = agree(&f, f.plot ? write_plot(&f) : NNRT_OK);
        err = err ? err : perr;
    }
    teardown(&f);
    return err;
}
