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
 * loss-validation, accuracy-train, accuracy-validation.
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
    Axis x, y;
    double scale;              /* 100 for accuracy in percent, else 1 */
    const char *name, *ylabel;
} Panel;

static double px(const Panel *p, double v) { return p->x0 + (v - p->x.lo) / (p->x.hi - p->x.lo) * (p->x1 - p->x0); }
static double py(const Panel *p, double v) { return p->y1 - (v - p->y.lo) / (p->y.hi - p->y.lo) * (p->y1 - p->y0); }

static void draw_frame(Out *o, const Panel *p)
{
    char a[32], b[32], c[32], d[32], t[32];
    /* grid and y ticks */
    int ny = (int)floor((p->y.hi - p->y.lo) / p->y.step + 0.5);
    for (int i = 0; i <= ny; i++) {
        double v = p->y.lo + i * p->y.step, y = py(p, v);
        putf(o, "<line class=\"grid\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n",
             fixed(a, 32, p->x0, 1), fixed(b, 32, y, 1), fixed(c, 32, p->x1, 1), fixed(d, 32, y, 1));
        putf(o, "<text class=\"tick\" x=\"%s\" y=\"%s\" text-anchor=\"end\">%s</text>\n",
             fixed(a, 32, p->x0 - 6, 1), fixed(b, 32, y + 4, 1), fixed(t, 32, v, p->y.dec));
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

static double metric(const nnrt_epoch_metrics *r, int acc, int val)
{
    return acc ? (val ? r->val_accuracy : r->train_accuracy) : (val ? r->val_loss : r->train_loss);
}

/* One curve: a path through the finite points (a NaN breaks it), and a dot
 * on each point while there are few enough to see them. */
static void draw_curve(Out *o, const Panel *p, const nnrt_epoch_metrics *rows, size_t n, int acc, int val)
{
    char a[32], b[32];
    int pen_down = 0;
    size_t points = 0;
    for (size_t i = 0; i < n; i++)
        points += isfinite(metric(&rows[i], acc, val)) != 0;
    if (points == 0)
        return;   /* no validation data, or no accuracy: no curve */
    putf(o, "<path id=\"%s-%s\" class=\"%s\" d=\"", p->name, val ? "validation" : "train",
         val ? "val" : "train");
    for (size_t i = 0; i < n; i++) {
        double v = metric(&rows[i], acc, val);
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
        double v = metric(&rows[i], acc, val);
        if (isfinite(v))
            putf(o, "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"3\"/>\n", val ? "val" : "train",
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

static void draw_chart(Out *o, const char *title, const nnrt_epoch_metrics *rows, size_t n)
{
    enum { W = 900, H = 600 };
    double llo, lhi, alo, ahi;
    int any_val = 0;
    range_of(rows, n, 0, &llo, &lhi, &any_val);
    range_of(rows, n, 1, &alo, &ahi, &any_val);
    int with_acc = isfinite(alo);
    putf(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
         W, H, W, H);
    put(o, "<style>\n"
           "text { font-family: Helvetica, Arial, sans-serif; fill: #222; }\n"
           ".title { font-size: 18px; font-weight: bold; }\n"
           ".label { font-size: 14px; } .tick { font-size: 12px; fill: #444; } .legend { font-size: 14px; }\n"
           ".grid { stroke: #e4e4e4; stroke-width: 1; } .axes { fill: none; stroke: #333; stroke-width: 1; }\n"
           "path.train, line.train { fill: none; stroke: #1f77b4; stroke-width: 2; }\n"
           "path.val, line.val { fill: none; stroke: #ff7f0e; stroke-width: 2; stroke-dasharray: 7 4; }\n"
           "circle.train { fill: #1f77b4; } circle.val { fill: #ff7f0e; }\n"
           "</style>\n"
           "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    put(o, "<text class=\"title\" x=\"450\" y=\"32\" text-anchor=\"middle\">");
    put_xml(o, title && *title ? title : "training");
    put(o, "</text>\n");
    draw_legend(o, any_val, W / 2.0);
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
    Panel loss = {85, 95, with_acc ? 420 : 870, 515, ex, make_axis(llo, lhi, 6, 0, INFINITY), 1, "loss", "loss"};
    draw_frame(o, &loss);
    draw_curve(o, &loss, rows, n, 0, 0);
    draw_curve(o, &loss, rows, n, 0, 1);
    if (with_acc) {
        Panel acc = {535, 95, 870, 515, ex, make_axis(alo * 100, ahi * 100, 6, 0, 100), 100,
                     "accuracy", "accuracy (%)"};
        draw_frame(o, &acc);
        draw_curve(o, &acc, rows, n, 1, 0);
        draw_curve(o, &acc, rows, n, 1, 1);
    }
    put(o, "</svg>\n");
}

int nnrt_plot_svg(const char *path, const char *title, const nnrt_epoch_metrics *rows, size_t n)
{
    char tmp[4096];
    if (!path || (n && !rows))
        return nnrt__fail(NNRT_EARG, "plot: NULL %s", path ? "rows" : "path");
    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
        return nnrt__fail(NNRT_EARG, "plot: the path is too long");
    Out o;
    o.err = 0;
    o.n = 0;
    o.fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (o.fd < 0)
        return nnrt__fail(NNRT_EIO, "writing the chart %s: %s", tmp, strerror(errno));
    draw_chart(&o, title, rows, n);
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
