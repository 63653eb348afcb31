/*
 * plot.c - a run's metrics as an SVG chart, with no dependency.
 *
 * Takes the per-epoch metrics fit collects (training and validation loss
 * and accuracy) and draws two panels side by side: loss against epochs on
 * the left, accuracy in percent on the right (one wide loss panel for an
 * mse model, which has no accuracy).  Training is a solid blue line,
 * validation a dashed orange one, each point a dot; a legend, a title,
 * axis labels, ticks at round numbers and a light grid.
 *
 * The file must be the same on every machine and under every locale, so
 * no number goes through printf's %f or %g (a host program's setlocale
 * could turn the decimal point into a comma): coordinates and tick labels
 * are formatted from integers.  The chart is written as the checkpoint
 * is: to PATH.tmp, then renamed over PATH, so a viewer never sees half a
 * file.  fit calls this after every epoch, so it uses a stack buffer and
 * plain write(2): no heap.
 *
 * Each curve is one <path> with an id a test can find: loss-train,
 * loss-validation, accuracy-train, accuracy-validation.  A loss that
 * falls over several decades (a regression driven to 1e-4) is a flat
 * line at zero on a linear axis, so the loss axis turns logarithmic when
 * the losses span more than two decades; the epoch whose weights early
 * stopping keeps is marked with a vertical line (id best-epoch).
 *
 * When the learning rate changed during the run (a schedule), a third
 * panel under the two shows it per epoch (a green line, id lr); a run at
 * one rate gets the chart as before.
 *
 * nnrt_plot_confusion draws a classifier's confusion matrix the same way:
 * a heatmap, each cell shaded by its share of the row (the true class).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "nnrt_internal.h"

/* ---- a buffered writer on a file descriptor ------------------------------ */

typedef struct Out {
    int fd, err;
    size_t n;
    char buf[4096];
} Out;

static void flush_out(Out *o)
{
    size_t done = 0;
    while (!o->err && done < o->n) {
        ssize_t k = write(o->fd, o->buf + done, o->n - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            o->err = k < 0 ? errno : EIO;
        else
            done += (size_t)k;
    }
    o->n = 0;
}

static void put(Out *o, const char *s)
{
    for (; *s; s++) {
        if (o->n == sizeof o->buf)
            flush_out(o);
        o->buf[o->n++] = *s;
    }
}

/* Only %s, %d, %u and %zu are used: none depends on the locale. */
static void putf(Out *o, const char *fmt, ...) NNRT_PRINTF(2, 3);
static void putf(Out *o, const char *fmt, ...)
{
    char s[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s, sizeof s, fmt, ap);
    va_end(ap);
    put(o, s);
}

/* v with `dec` decimals (0..6), from integers: "12.5", "-0.03", "7". */
static const char *fixed(char *s, size_t size, double v, int dec)
{
    static const long long pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (!isfinite(v) || fabs(v) > 1e12)
        v = 0;
    long long q = llround(fabs(v) * (double)pow10[dec]);
    const char *sign = q != 0 && v < 0 ? "-" : "";
    if (dec == 0)
        snprintf(s, size, "%s%lld", sign, q);
    else
        snprintf(s, size, "%s%lld.%0*lld", sign, q / pow10[dec], dec, q % pow10[dec]);
    return s;
}

/* Writes s with &, <, >, " and ' escaped for XML text and attributes. */
static void put_xml(Out *o, const char *s)
{
    char one[2] = {0, 0};
    for (; *s; s++) {
        switch (*s) {
        case '&': put(o, "&amp;"); break;
        case '<': put(o, "&lt;"); break;
        case '>': put(o, "&gt;"); break;
        case '"': put(o, "&quot;"); break;
        case '\'': put(o, "&apos;"); break;
        default:
            /* control characters are not allowed in XML 1.0 */
            one[0] = (unsigned char)*s < 0x20 ? ' ' : *s;
            put(o, one);
        }
    }
}

/* ---- axes ------------------------------------------------------------------ */

typedef struct Axis {
    double lo, hi, step;
    int dec;           /* decimals of the tick labels */
} Axis;

/* A round step (1, 2 or 5 times a power of ten) giving about `ticks` ticks. */
static double nice_step(double range, int ticks)
{
    double raw = range / ticks;
    double p = pow(10.0, floor(log10(raw)));
    double f = raw / p;
    return (f < 1.5 ? 1.0 : f < 3.0 ? 2.0 : f < 7.0 ? 5.0 : 10.0) * p;
}

/* An axis over [lo, hi] extended to whole steps, clamped to [floor, ceil]. */
static Axis make_axis(double lo, double hi, int ticks, double floor_, double ceil_)
{
    Axis a;
    if (!(hi > lo)) {
        double pad = fabs(lo) > 1e-9 ? fabs(lo) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
    }
    a.step = nice_step(hi - lo, ticks);
    a.lo = floor(lo / a.step + 1e-9) * a.step;
    a.hi = ceil(hi / a.step - 1e-9) * a.step;
    if (a.lo < floor_)
        a.lo = floor_;
    if (a.hi > ceil_)
        a.hi = ceil_;
    a.dec = a.step >= 1 ? 0 : (int)ceil(-log10(a.step) - 1e-9);
    if (a.dec > 6)
        a.dec = 6;
    return a;
}

typedef struct Panel {
    double x0, y0, x1, y1;     /* the plot area in pixels: left, top, right, bottom */
    Axis x, y;                 /* a log axis: y.lo and y.hi are powers of ten's exponents */
    double scale;              /* 100 for accuracy in percent, else 1 */
    const char *name, *ylabel;
    int log;
} Panel;

static double px(const Panel *p, double v) { return p->x0 + (v - p->x.lo) / (p->x.hi - p->x.lo) * (p->x1 - p->x0); }
static double py(const Panel *p, double v)
{
    if (p->log)
        v = log10(v);
    return p->y1 - (v - p->y.lo) / (p->y.hi - p->y.lo) * (p->y1 - p->y0);
}

/* A tick label of a log axis: m x 10^e as a plain decimal down to 1e-4,
 * then "me-k", from integers. */
static const char *log_label(char *s, size_t size, int m, int e)
{
    if (e >= 0 && e <= 9) {
        long long v = m;
        for (int i = 0; i < e; i++)
            v *= 10;
        snprintf(s, size, "%lld", v);
    } else if (e >= -4) {
        snprintf(s, size, "0.%0*d", -e, m);
    } else {
        snprintf(s, size, "%de%d", m, e);
    }
    return s;
}

static void y_tick(Out *o, const Panel *p, double y, const char *label)
{
    char a[32], b[32], c[32], d[32];
    putf(o, "<line class=\"grid\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n",
         fixed(a, 32, p->x0, 1), fixed(b, 32, y, 1), fixed(c, 32, p->x1, 1), fixed(d, 32, y, 1));
    if (label)
        putf(o, "<text class=\"tick\" x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>\n",
             fixed(a, 32, p->x0 - 6, 1), fixed(b, 32, y + 4, 1), label);
}

/* Grid lines at 1, 2 and 5 times each power of ten; labels on all of them
 * over up to three decades, on the powers of ten alone beyond. */
static void log_ticks(Out *o, const Panel *p)
{
    static const int mant[] = {1, 2, 5};
    int lo = (int)p->y.lo, hi = (int)p->y.hi;
    for (int e = lo; e <= hi; e++)
        for (int k = 0; k < 3 && (e < hi || k == 0); k++) {
            char t[32];
            double y = py(p, mant[k] * pow(10.0, e));
            y_tick(o, p, y, k == 0 || hi - lo <= 3 ? log_label(t, sizeof t, mant[k], e) : NULL);
        }
}

static void draw_frame(Out *o, const Panel *p)
{
    char a[32], b[32], c[32], d[32], t[32];
    /* grid and y ticks */
    int ny = (int)floor((p->y.hi - p->y.lo) / p->y.step + 0.5);
    if (p->log)
        log_ticks(o, p);
    for (int i = 0; i <= ny && !p->log; i++) {
        double v = p->y.lo + i * p->y.step;
        y_tick(o, p, py(p, v), fixed(t, 32, v, p->y.dec));
    }
    /* x ticks: whole epochs only */
    int nx = (int)floor((p->x.hi - p->x.lo) / p->x.step + 0.5);
    for (int i = 0; i <= nx; i++) {
        double v = p->x.lo + i * p->x.step, x = px(p, v);
        putf(o, "<line class=\"grid\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n",
             fixed(a, 32, x, 1), fixed(b, 32, p->y0, 1), fixed(c, 32, x, 1), fixed(d, 32, p->y1, 1));
        putf(o, "<text class=\"tick\" x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>\n",
             fixed(a, 32, x, 1), fixed(b, 32, p->y1 + 18, 1), fixed(t, 32, v, 0));
    }
    putf(o, "<rect class=\"axes\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n",
         fixed(a, 32, p->x0, 1), fixed(b, 32, p->y0, 1), fixed(c, 32, p->x1 - p->x0, 1),
         fixed(d, 32, p->y1 - p->y0, 1));
    putf(o, "<text class=\"label\" x=\"%s\" y=\"%s\" text-anchor=\"middle\">epoch</text>\n",
         fixed(a, 32, (p->x0 + p->x1) / 2, 1), fixed(b, 32, p->y1 + 42, 1));
    fixed(a, 32, p->x0 - 52, 1);
    fixed(b, 32, (p->y0 + p->y1) / 2, 1);
    putf(o, "<text class=\"label\" x=\"%s\" y=\"%s\" text-anchor=\"middle\" transform=\"rotate(-90 %s %s)\">%s</text>\n",
         a, b, a, b, p->ylabel);
}

/* acc: 0 the loss, 1 the accuracy, 2 the learning rate (no validation) */
static double metric(const nnrt_epoch_metrics *r, int acc, int val)
{
    if (acc == 2)
        return val ? NAN : r->lr;
    return acc ? (val ? r->val_accuracy : r->train_accuracy) : (val ? r->val_loss : r->train_loss);
}

/* A value the panel can draw: finite, and positive on a log axis. */
static double drawable(const Panel *p, const nnrt_epoch_metrics *r, int acc, int val)
{
    double v = metric(r, acc, val);
    return isfinite(v) && (!p->log || v > 0) ? v : NAN;
}

/* One curve: a path through the finite points (a NaN breaks it), and a dot
 * on each point while there are few enough to see them. */
static void draw_curve(Out *o, const Panel *p, const nnrt_epoch_metrics *rows, size_t n, int acc, int val)
{
    char a[32], b[32];
    int pen_down = 0;
    size_t points = 0;
    for (size_t i = 0; i < n; i++)
        points += isfinite(drawable(p, &rows[i], acc, val)) != 0;
    if (points == 0)
        return;   /* no validation data, or no accuracy: no curve */
    if (acc == 2)
        put(o, "<path id=\"lr\" class=\"lr\" d=\"");
    else
        putf(o, "<path id=\"%s-%s\" class=\"%s%s\" d=\"", p->name, val ? "validation" : "train",
             val ? "val" : "train", p->log ? " log" : "");
    for (size_t i = 0; i < n; i++) {
        double v = drawable(p, &rows[i], acc, val);
        if (!isfinite(v)) {
            pen_down = 0;
            continue;
        }
        putf(o, "%s%s %s ", pen_down ? "L" : "M", fixed(a, 32, px(p, rows[i].epoch), 1),
             fixed(b, 32, py(p, v * p->scale), 1));
        pen_down = 1;
    }
    put(o, "\"/>\n");
    if (n > 60)
        return;
    for (size_t i = 0; i < n; i++) {
        double v = drawable(p, &rows[i], acc, val);
        if (isfinite(v))
            putf(o, "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"3\"/>\n", acc == 2 ? "lr" : val ? "val" : "train",
                 fixed(a, 32, px(p, rows[i].epoch), 1), fixed(b, 32, py(p, v * p->scale), 1));
    }
}

/* ---- the chart ------------------------------------------------------------- */

static void range_of(const nnrt_epoch_metrics *rows, size_t n, int acc, double *lo, double *hi, int *any_val)
{
    *lo = INFINITY;
    *hi = -INFINITY;
    for (size_t i = 0; i < n; i++)
        for (int val = 0; val < 2; val++) {
            double v = metric(&rows[i], acc, val);
            if (!isfinite(v))
                continue;
            *lo = v < *lo ? v : *lo;
            *hi = v > *hi ? v : *hi;
            if (val)
                *any_val = 1;
        }
}

static void draw_legend(Out *o, int with_val, double cx)
{
    char a[32], b[32], c[32];
    double x = cx - (with_val ? 130 : 50);
    putf(o, "<line class=\"train\" x1=\"%s\" y1=\"62\" x2=\"%s\" y2=\"62\"/>\n",
         fixed(a, 32, x, 1), fixed(b, 32, x + 30, 1));
    putf(o, "<text class=\"legend\" x=\"%s\" y=\"67\">training</text>\n", fixed(c, 32, x + 38, 1));
    if (!with_val)
        return;
    x += 130;
    putf(o, "<line class=\"val\" x1=\"%s\" y1=\"62\" x2=\"%s\" y2=\"62\"/>\n",
         fixed(a, 32, x, 1), fixed(b, 32, x + 30, 1));
    putf(o, "<text class=\"legend\" x=\"%s\" y=\"67\">validation</text>\n", fixed(c, 32, x + 38, 1));
}

static void svg_head(Out *o, int w, int h, const char *style, const char *title)
{
    putf(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
         w, h, w, h);
    put(o, "<style>\n"
           "text { font-family: Helvetica, Arial, sans-serif; fill: #222; }\n"
           ".title { font-size: 18px; font-weight: bold; }\n"
           ".label { font-size: 14px; } .tick { font-size: 12px; fill: #444; } .legend { font-size: 14px; }\n");
    put(o, style);
    put(o, "</style>\n<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    putf(o, "<text class=\"title\" x=\"%d\" y=\"32\" text-anchor=\"middle\">", w / 2);
    put_xml(o, title);
    put(o, "</text>\n");
}

/* Whether the loss axis is logarithmic: asked for, or (auto) the finite
 * losses are all positive and span more than two decades. */
static int want_log(int ask, double lo, double hi)
{
    if (ask)
        return ask > 0 && hi > 0;
    return lo > 0 && hi > 100 * lo;
}

/* The smallest positive loss, for a forced log axis over data with zeros */
static double min_positive(const nnrt_epoch_metrics *rows, size_t n)
{
    double lo = INFINITY;
    for (size_t i = 0; i < n; i++)
        for (int val = 0; val < 2; val++) {
            double v = metric(&rows[i], 0, val);
            if (isfinite(v) && v > 0 && v < lo)
                lo = v;
        }
    return lo;
}

static Axis log_axis(double lo, double hi)
{
    Axis a = {floor(log10(lo) + 1e-9), ceil(log10(hi) - 1e-9), 1, 0};
    if (a.hi <= a.lo)
        a.hi = a.lo + 1;
    return a;
}

/* The best epoch: a dashed vertical line across the panel, labelled once. */
static void draw_best(Out *o, const Panel *p, uint32_t best, int label)
{
    char a[32], b[32], c[32];
    if (!best || best < p->x.lo || best > p->x.hi)
        return;
    fixed(a, 32, px(p, best), 1);
    putf(o, "<line %sclass=\"best\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", label ? "id=\"best-epoch\" " : "",
         a, fixed(b, 32, p->y0, 1), a, fixed(c, 32, p->y1, 1));
    if (label)
        putf(o, "<text class=\"tick\" x=\"%s\" y=\"%s\" text-anchor=\"middle\">best: epoch %u</text>\n", a,
             fixed(b, 32, p->y0 - 6, 1), best);
}

static void draw_chart(Out *o, const nnrt_plot_options *opt, const nnrt_epoch_metrics *rows, size_t n)
{
    double llo, lhi, alo, ahi;
    int any_val = 0;
    range_of(rows, n, 0, &llo, &lhi, &any_val);
    range_of(rows, n, 1, &alo, &ahi, &any_val);
    int with_acc = isfinite(alo);
    double rlo, rhi;
    int none = 0;
    range_of(rows, n, 2, &rlo, &rhi, &none);
    int with_lr = isfinite(rlo) && rhi > rlo;   /* the rate changed: a schedule */
    svg_head(o, 900, with_lr ? 780 : 600,
             ".grid { stroke: #e4e4e4; stroke-width: 1; } .axes { fill: none; stroke: #333; stroke-width: 1; }\n"
             "path.train, line.train { fill: none; stroke: #1f77b4; stroke-width: 2; }\n"
             "path.val, line.val { fill: none; stroke: #ff7f0e; stroke-width: 2; stroke-dasharray: 7 4; }\n"
             "circle.train { fill: #1f77b4; } circle.val { fill: #ff7f0e; }\n"
             "line.best { stroke: #2ca02c; stroke-width: 1.5; stroke-dasharray: 3 3; }\n"
             "path.lr { fill: none; stroke: #2ca02c; stroke-width: 2; } circle.lr { fill: #2ca02c; }\n",
             opt->title && *opt->title ? opt->title : "training");
    draw_legend(o, any_val, 450);
    if (n == 0) {
        put(o, "<text class=\"label\" x=\"450\" y=\"300\" text-anchor=\"middle\">no epoch finished yet</text>\n</svg>\n");
        return;
    }
    double e0 = rows[0].epoch, e1 = rows[n - 1].epoch;
    Axis ex = make_axis(e0, e1, 8, 0, INFINITY);
    if (ex.step < 1) {
        ex = make_axis(e0 > 1 ? e0 - 1 : 0, e1 + 1, 2, 0, INFINITY);
        ex.step = 1;
    }
    int lg = want_log(opt->log_loss, llo, lhi);
    Panel loss = {85, 95, with_acc ? 420 : 870, 515, ex, make_axis(llo, lhi, 6, 0, INFINITY), 1, "loss",
                  lg ? "loss (log scale)" : "loss", lg};
    if (lg)
        loss.y = log_axis(min_positive(rows, n), lhi);
    draw_frame(o, &loss);
    draw_curve(o, &loss, rows, n, 0, 0);
    draw_curve(o, &loss, rows, n, 0, 1);
    draw_best(o, &loss, opt->best_epoch, 1);
    if (with_acc) {
        Panel acc = {535, 95, 870, 515, ex, make_axis(alo * 100, ahi * 100, 6, 0, 100), 100,
                     "accuracy", "accuracy (%)", 0};
        draw_frame(o, &acc);
        draw_curve(o, &acc, rows, n, 1, 0);
        draw_curve(o, &acc, rows, n, 1, 1);
        draw_best(o, &acc, opt->best_epoch, 0);
    }
    if (with_lr) {
        Panel lr = {85, 585, 870, 720, ex, make_axis(rlo, rhi, 3, 0, INFINITY), 1, "lr", "learning rate", 0};
        draw_frame(o, &lr);
        draw_curve(o, &lr, rows, n, 2, 0);
    }
    put(o, "</svg>\n");
}

/* ---- the confusion matrix ------------------------------------------------ */

typedef struct Heat {
    const uint64_t *counts;
    size_t k;
    int cell, left, top;
} Heat;

static uint64_t row_total(const Heat *h, size_t r)
{
    uint64_t t = 0;
    for (size_t c = 0; c < h->k; c++)
        t += h->counts[r * h->k + c];
    return t;
}

/* white to the training curve's blue by the share of the row, in integers
 * (per mille) so the colour is the same everywhere */
static void draw_cell(Out *o, const Heat *h, size_t r, size_t c, uint64_t total)
{
    uint64_t v = h->counts[r * h->k + c];
    long pm = total ? (long)((v * 1000 + total / 2) / total) : 0;
    int red = (int)(255 - (255 - 31) * pm / 1000), green = (int)(255 - (255 - 119) * pm / 1000),
        blue = (int)(255 - (255 - 180) * pm / 1000);
    int x = h->left + (int)c * h->cell, y = h->top + (int)r * h->cell;
    putf(o, "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%02x%02x%02x\"/>\n", x, y,
         h->cell, h->cell, red, green, blue);
    if (h->cell >= 22)
        putf(o, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%llu</text>\n",
             pm > 500 ? "count light" : "count", x + h->cell / 2, y + h->cell / 2 + 4, (unsigned long long)v);
}

static void draw_heat_labels(Out *o, const Heat *h)
{
    int side = h->cell * (int)h->k;
    for (size_t i = 0; i < h->k; i++) {
        int mid = (int)i * h->cell + h->cell / 2;
        putf(o, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%zu</text>\n", h->left + mid,
             h->top - 8, i);
        putf(o, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%zu</text>\n", h->left - 8,
             h->top + mid + 4, i);
    }
    putf(o, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">predicted class</text>\n",
         h->left + side / 2, h->top - 30);
    putf(o, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">"
            "true class</text>\n", h->left - 40, h->top + side / 2, h->left - 40, h->top + side / 2);
    putf(o, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"start\">accuracy</text>\n", h->left + side + 10,
         h->top - 8);
}

static void draw_confusion(Out *o, const char *title, const uint64_t *counts, size_t k)
{
    Heat h = {counts, k, k <= 10 ? 56 : (int)(560 / k) > 12 ? (int)(560 / k) : 12, 90, 110};
    int side = h.cell * (int)k, w = h.left + side + 110, hh = h.top + side + 30;
    svg_head(o, w < 420 ? 420 : w, hh, ".count { font-size: 12px; } .count.light { fill: white; }\n",
             title && *title ? title : "confusion matrix");
    draw_heat_labels(o, &h);
    for (size_t r = 0; r < k; r++) {
        uint64_t total = row_total(&h, r);
        char pct[32] = "-";
        for (size_t c = 0; c < k; c++)
            draw_cell(o, &h, r, c, total);
        if (total)
            fixed(pct, sizeof pct, 100.0 * (double)counts[r * k + r] / (double)total, 2);   /* as the table */
        putf(o, "<text class=\"tick\" x=\"%d\" y=\"%d\">%s%s</text>\n", h.left + side + 10,
             h.top + (int)r * h.cell + h.cell / 2 + 4, pct, total ? "%" : "");
    }
    put(o, "</svg>\n");
}

/* ---- writing a chart ----------------------------------------------------- */

typedef struct Chart {
    const nnrt_plot_options *opt;       /* a training chart, or */
    const nnrt_epoch_metrics *rows;
    size_t n;
    const char *title;                  /* a confusion matrix */
    const uint64_t *counts;
} Chart;

/* To PATH.tmp, then renamed over PATH: a viewer never sees half a file. */
static int write_chart(const char *path, const Chart *ch)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
        return nnrt__fail(NNRT_EARG, "plot: the path is too long");
    Out o;
    o.err = 0;
    o.n = 0;
    o.fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (o.fd < 0)
        return nnrt__fail(NNRT_EIO, "writing the chart %s: %s", tmp, strerror(errno));
    if (ch->opt)
        draw_chart(&o, ch->opt, ch->rows, ch->n);
    else
        draw_confusion(&o, ch->title, ch->counts, ch->n);
    flush_out(&o);
    if (close(o.fd) < 0 && !o.err)
        o.err = errno;
    if (!o.err && rename(tmp, path) < 0)
        o.err = errno;
    if (o.err) {
        unlink(tmp);
        return nnrt__fail(NNRT_EIO, "writing the chart %s: %s", path, strerror(o.err));
    }
    return NNRT_OK;
}

int nnrt_plot_training(const char *path, const nnrt_plot_options *o, const nnrt_epoch_metrics *rows, size_t n)
{
    static const nnrt_plot_options defaults;
    if (!path || (n && !rows))
        return nnrt__fail(NNRT_EARG, "plot: NULL %s", path ? "rows" : "path");
    Chart ch = {.opt = o ? o : &defaults, .rows = rows, .n = n};
    return write_chart(path, &ch);
}

int nnrt_plot_svg(const char *path, const char *title, const nnrt_epoch_metrics *rows, size_t n)
{
    nnrt_plot_options o = {.title = title};
    return nnrt_plot_training(path, &o, rows, n);
}

int nnrt_plot_confusion(const char *path, const char *title, const uint64_t *counts, size_t classes)
{
    if (!path || !counts)
        return nnrt__fail(NNRT_EARG, "plot_confusion: NULL %s", path ? "counts" : "path");
    if (classes < 1 || classes > 64)
        return nnrt__fail(NNRT_EARG, "plot_confusion: %zu classes (1 to 64 can be drawn)", classes);
    Chart ch = {.n = classes, .title = title, .counts = counts};
    return write_chart(path, &ch);
}
