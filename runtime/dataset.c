/*
 * dataset.c - training data: reading files, IDX, normalisation, splits.
 *
 * Both readers take the whole file into memory through zlib's gzread,
 * which passes plain files through unchanged, so gzipped and plain files
 * are told apart by content, not by name; nnrt_dataset_load tells IDX
 * from CSV (csv.c) by content too.  Parsing then works on the buffer and
 * checks everything before the dataset is handed out.  Each way a file
 * can be wrong has its own message naming the file and the place: one
 * that cannot be opened (with the system's reason), damaged gzip data, an
 * IDX magic that is not one (the bytes read, the bytes expected), data
 * whose width is not the model's.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "nnrt_internal.h"

void nnrt_dataset_free(nnrt_dataset *d)
{
    if (!d)
        return;
    if (d->owns) {
        free(d->x);
        free(d->t);
    }
    memset(d, 0, sizeof *d);
}

int nnrt__read_file(const char *path, unsigned char **buf, size_t *size)
{
    *buf = NULL;
    *size = 0;
    if (!path)
        return nnrt__fail(NNRT_EARG, "NULL file name");
    errno = 0;
    gzFile f = gzopen(path, "rb");
    if (!f)
        return nnrt__fail(NNRT_EIO, "%s: cannot open it: %s", path, errno ? strerror(errno) : "unknown reason");
    size_t cap = 1 << 16, len = 0;
    unsigned char *b = malloc(cap + 1);
    for (;;) {
        if (!b) {
            gzclose(f);
            return nnrt__fail(NNRT_ENOMEM, "%s: no memory to read it", path);
        }
        if (len == cap) {
            unsigned char *nb = cap < SIZE_MAX / 4 ? realloc(b, 2 * cap + 1) : NULL;
            if (!nb)
                free(b);
            b = nb;
            cap *= 2;
            continue;
        }
        size_t want = cap - len < (1u << 30) ? cap - len : (1u << 30);
        int got = gzread(f, b + len, (unsigned)want);
        if (got < 0) {
            int zerr;
            const char *msg = gzerror(f, &zerr);
            char reason[160];
            snprintf(reason, sizeof reason, "%s", zerr == Z_ERRNO ? strerror(errno) : msg);
            free(b);
            gzclose(f);
            if (zerr == Z_ERRNO)
                return nnrt__fail(NNRT_EIO, "%s: cannot read it: %s", path, reason);
            return nnrt__fail(NNRT_EFORMAT, "%s: damaged gzip data (zlib: %s)", path, reason);
        }
        if (got == 0)
            break;
        len += (size_t)got;
    }
    /* a gzip stream cut short reads as a short file, and gzerror says so */
    int zerr;
    gzerror(f, &zerr);
    gzclose(f);
    if (zerr == Z_BUF_ERROR) {
        free(b);
        return nnrt__fail(NNRT_EFORMAT, "%s: truncated: the gzip data ends early", path);
    }
    b[len] = '\0';
    *buf = b;
    *size = len;
    return NNRT_OK;
}

/* ---- IDX ----------------------------------------------------------------- */

typedef struct Idx {
    int type;            /* 0x08 u8 ... 0x0E f64 */
    size_t count;        /* first dimension */
    size_t item;         /* product of the others */
    const unsigned char *data;
} Idx;

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static size_t idx_elem_size(int type)
{
    switch (type) {
    case 0x08: case 0x09: return 1;
    case 0x0B: return 2;
    case 0x0C: case 0x0D: return 4;
    case 0x0E: return 8;
    default: return 0;
    }
}

/* 00 00, a type byte (08 u8 ... 0E f64), a dimension count */
static int is_idx(const unsigned char *b, size_t size)
{
    return size >= 4 && b[0] == 0 && b[1] == 0 && idx_elem_size(b[2]) && b[3] != 0;
}

static int not_idx(const char *path, const unsigned char *b, size_t size, const char *more)
{
    char got[64] = "";
    for (size_t i = 0; i < 4 && i < size; i++)
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s%02x", i ? " " : "", b[i]);
    return nnrt__fail(NNRT_EFORMAT, "%s: not an IDX file: it starts %s, an IDX file starts 00 00, a type "
                      "byte (08 to 0e) and a dimension count (01 to ff)%s", path, size ? got : "empty", more);
}

static int idx_parse(const char *path, const unsigned char *b, size_t size, Idx *out)
{
    if (!is_idx(b, size))
        return not_idx(path, b, size, "");
    int ndim = b[3];
    if (size < 4 + 4 * (size_t)ndim)
        return nnrt__fail(NNRT_EFORMAT, "%s: truncated in the header (%zu bytes, %d dimensions)", path, size, ndim);
    size_t esize = idx_elem_size(b[2]);
    size_t count = be32(b + 4), item = 1;
    for (int i = 1; i < ndim; i++) {
        size_t dim = be32(b + 4 + 4 * i);
        if (dim != 0 && item > SIZE_MAX / dim)
            return nnrt__fail(NNRT_EFORMAT, "%s: dimensions too large", path);
        item *= dim;
    }
    size_t head = 4 + 4 * (size_t)ndim, avail = size - head;
    if (item != 0 && count > avail / esize / item)
        return nnrt__fail(NNRT_EFORMAT, "%s: truncated: the header promises %zu items of %zu values, "
                          "the file holds %zu bytes of data", path, count, item, avail);
    if (avail != count * item * esize)
        return nnrt__fail(NNRT_EFORMAT, "%s: %zu bytes after the data the header describes",
                          path, avail - count * item * esize);
    if (count == 0 || item == 0)
        return nnrt__fail(NNRT_EFORMAT, "%s: no data (%zu items of %zu values)", path, count, item);
    out->type = b[2];
    out->count = count;
    out->item = item;
    out->data = b + head;
    return NNRT_OK;
}

static float idx_value(const Idx *x, size_t i)
{
    const unsigned char *p = x->data + i * idx_elem_size(x->type);
    uint32_t u;
    float f;
    switch (x->type) {
    case 0x08: return (float)p[0];
    case 0x09: return (float)(int8_t)p[0];
    case 0x0B: return (float)(int16_t)(uint16_t)(p[0] << 8 | p[1]);
    case 0x0C: return (float)(int32_t)be32(p);
    case 0x0D: u = be32(p); memcpy(&f, &u, 4); return f;
    default: {
        uint64_t v = (uint64_t)be32(p) << 32 | be32(p + 4);
        double dv;
        memcpy(&dv, &v, 8);
        return (float)dv;
    }
    }
}

static int idx_floats(const char *path, const Idx *x, float **out, int raw)
{
    size_t n = x->count * x->item;
    float *f = malloc(n * sizeof *f);
    if (!f)
        return nnrt__fail(NNRT_ENOMEM, "%s: no memory for %zu values", path, n);
    /* u8 pixels to [0, 1]: divided, not multiplied by 1/255, so 255 is 1 exactly */
    float div = x->type == 0x08 && !raw ? 255.0f : 1.0f;
    for (size_t i = 0; i < n; i++) {
        f[i] = idx_value(x, i) / div;
        if (!isfinite(f[i])) {
            free(f);
            return nnrt__fail(NNRT_EDATA, "%s: item %zu, value %zu is not finite", path,
                              i / x->item, i % x->item);
        }
    }
    *out = f;
    return NNRT_OK;
}

/* raw: u8 values stay 0..255 (nnrt_csv_options.raw_bytes) */
static int load_idx(nnrt_dataset *d, const char *images, const char *labels, size_t num_classes,
                    unsigned char *ib, size_t isize, unsigned char *lb, size_t lsize, int raw)
{
    Idx xi, li;
    int err = idx_parse(images, ib, isize, &xi);
    if (err)
        return err;
    if (labels) {
        if ((err = idx_parse(labels, lb, lsize, &li)))
            return err;
        if (li.item != 1)
            return nnrt__fail(NNRT_EFORMAT, "%s: labels must be one value per item, found %zu", labels, li.item);
        if (li.count != xi.count)
            return nnrt__fail(NNRT_EFORMAT, "%s has %zu items but %s has %zu labels", images, xi.count,
                              labels, li.count);
    }
    float *x = NULL, *t = NULL;
    if ((err = idx_floats(images, &xi, &x, raw)))
        return err;
    if (labels) {
        if ((err = idx_floats(labels, &li, &t, 1))) {
            free(x);
            return err;
        }
        if (li.type == 0x08)   /* labels are indices, not pixels: undo the scaling */
            for (size_t i = 0; i < li.count; i++)
                t[i] = (float)li.data[i];
        for (size_t i = 0; num_classes && i < li.count; i++)
            if (t[i] < 0 || t[i] >= (float)num_classes || t[i] != floorf(t[i])) {
                double v = t[i];
                free(x);
                free(t);
                return nnrt__fail(NNRT_ETARGET, "%s: item %zu: label %g is out of range (0..%zu)", labels,
                                  i, v, num_classes - 1);
            }
    }
    d->n = xi.count;
    d->input_size = xi.item;
    d->target_size = labels ? 1 : 0;
    d->x = x;
    d->t = t;
    d->owns = 1;
    return NNRT_OK;
}

int nnrt_dataset_load_idx(nnrt_dataset *d, const char *images, const char *labels, size_t num_classes)
{
    if (!d || !images)
        return nnrt__fail(NNRT_EARG, "load_idx: NULL %s", d ? "file name" : "dataset");
    unsigned char *ib = NULL, *lb = NULL;
    size_t isize = 0, lsize = 0;
    int err = nnrt__read_file(images, &ib, &isize);
    if (!err && labels)
        err = nnrt__read_file(labels, &lb, &lsize);
    if (!err)
        err = load_idx(d, images, labels, num_classes, ib, isize, lb, lsize, 0);
    free(ib);
    free(lb);
    return err;
}

/* ---- either kind ------------------------------------------------------------ */

/* Text a person would take for CSV: printable ASCII and blanks. */
static int looks_like_text(const unsigned char *b, size_t size)
{
    size_t n = size < 64 ? size : 64;
    for (size_t i = 0; i < n; i++)
        if ((b[i] < 0x20 && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') || b[i] >= 0x7f)
            return 0;
    return n > 0;
}

/* "images are 28x28 (784 values)", "items are 3x32x32 (3072 values)",
 * "items are 784 values": an IDX file's item, from its header */
static const char *idx_items_text(const unsigned char *b, const Idx *x, char *text, size_t cap)
{
    int ndim = b[3], len = 0;
    if (ndim < 3) {
        snprintf(text, cap, "items are %zu values", x->item);
        return text;
    }
    len = snprintf(text, cap, "%s are ", ndim == 3 ? "images" : "items");
    for (int i = 1; i < ndim && len < (int)cap - 40; i++)
        len += snprintf(text + len, cap - (size_t)len, "%s%u", i > 1 ? "x" : "", be32(b + 4 + 4 * i));
    snprintf(text + len, cap - (size_t)len, " (%zu values)", x->item);
    return text;
}

static int load_idx_pair(nnrt_dataset *d, const char *path, const char *labels, const nnrt_csv_options *o,
                         unsigned char *ib, size_t isize)
{
    unsigned char *lb = NULL;
    size_t lsize = 0;
    Idx xi;
    int err = idx_parse(path, ib, isize, &xi);
    if (err)
        return err;
    /* the width first: a file for another model has labels of another range too */
    char items[160];
    if (o->input_size && xi.item != o->input_size && o->model_input)
        return nnrt__fail(NNRT_EFORMAT, "%s: %s, %s (%zu values)", path,
                          idx_items_text(ib, &xi, items, sizeof items), o->model_input, o->input_size);
    if (o->input_size && xi.item != o->input_size)
        return nnrt__fail(NNRT_EFORMAT, "%s: the model takes %zu inputs, the file has %zu per item", path,
                          o->input_size, xi.item);
    if (!labels && !o->no_targets && !o->targets_optional)
        return nnrt__fail(NNRT_EARG, "%s: an IDX file of inputs needs a labels file after it", path);
    err = labels ? nnrt__read_file(labels, &lb, &lsize) : NNRT_OK;
    if (!err)
        err = load_idx(d, path, labels, o->num_classes, ib, isize, lb, lsize, o->raw_bytes);
    free(lb);
    return err;
}

int nnrt_dataset_load(nnrt_dataset *d, const char *path, const char *labels, const nnrt_csv_options *opt)
{
    static const nnrt_csv_options defaults;
    const nnrt_csv_options *o = opt ? opt : &defaults;
    if (!d || !path)
        return nnrt__fail(NNRT_EARG, "dataset_load: NULL %s", d ? "file name" : "dataset");
    unsigned char *buf;
    size_t size;
    int err = nnrt__read_file(path, &buf, &size);
    if (err)
        return err;
    if (is_idx(buf, size))
        err = load_idx_pair(d, path, labels, o, buf, size);
    else if (labels)
        err = not_idx(path, buf, size, looks_like_text(buf, size)
                      ? "; it looks like CSV text, and a CSV file holds its own targets: give it without a labels file"
                      : "");
    else
        err = nnrt__parse_csv(d, path, (char *)buf, size, o);
    free(buf);
    return err;
}

/* ---- normalisation, splits, checks ------------------------------------ */

void nnrt_dataset_scale(nnrt_dataset *d, float factor)
{
    for (size_t i = 0; d && i < d->n * d->input_size; i++)
        d->x[i] *= factor;
}

int nnrt_dataset_stats(const nnrt_dataset *d, float *mean, float *std)
{
    if (!d || !mean || !std || d->n == 0)
        return nnrt__fail(NNRT_EARG, "dataset_stats: NULL or empty dataset");
    size_t in = d->input_size;
    for (size_t j = 0; j < in; j++) {
        /* two passes in double: exact enough and independent of order tricks */
        double s = 0, q = 0;
        for (size_t i = 0; i < d->n; i++)
            s += d->x[i * in + j];
        double mu = s / (double)d->n;
        for (size_t i = 0; i < d->n; i++) {
            double e = d->x[i * in + j] - mu;
            q += e * e;
        }
        double sd = sqrt(q / (double)d->n);
        mean[j] = (float)mu;
        std[j] = sd > 1e-8 ? (float)sd : 1.0f;
    }
    return NNRT_OK;
}

void nnrt_dataset_standardize(nnrt_dataset *d, const float *mean, const float *std)
{
    if (!d || !mean || !std)
        return;
    size_t in = d->input_size;
    for (size_t i = 0; i < d->n; i++)
        for (size_t j = 0; j < in; j++)
            d->x[i * in + j] = (d->x[i * in + j] - mean[j]) / std[j];
}

int nnrt_dataset_split(const nnrt_dataset *all, double fraction, nnrt_dataset *train, nnrt_dataset *val)
{
    if (!all || !train || !val || !(fraction >= 0.0 && fraction < 1.0))
        return nnrt__fail(NNRT_EARG, "dataset_split: NULL dataset or fraction %g outside [0, 1)", fraction);
    size_t nv = (size_t)floor((double)all->n * fraction);
    if (nv >= all->n)
        return nnrt__fail(NNRT_EARG, "dataset_split: %zu rows leave none for training", all->n);
    size_t nt = all->n - nv;
    *train = (nnrt_dataset){.n = nt, .input_size = all->input_size, .target_size = all->target_size,
                            .x = all->x, .t = all->t, .owns = 0};
    *val = (nnrt_dataset){.n = nv, .input_size = all->input_size, .target_size = all->target_size,
                          .x = all->x ? all->x + nt * all->input_size : NULL,
                          .t = all->t ? all->t + nt * all->target_size : NULL, .owns = 0};
    return NNRT_OK;
}

/* Each row's class for a stratified split: the index, or for two classes
 * which side of 0.5 (a BCE target, which may be soft). */
static size_t row_class(const nnrt_dataset *d, size_t i, size_t classes)
{
    float v = d->t[i];
    if (classes == 2)
        return v >= 0.5f;
    return v >= 0 && v < (float)classes ? (size_t)v : classes - 1;
}

/* How many rows each class gives: floor(count * fraction), then the
 * rows still missing from floor(n * fraction) one each to the classes
 * with the largest remainders (ties: the lower class). */
static void class_quotas(const size_t *count, size_t classes, double fraction, size_t total, size_t *quota)
{
    size_t given = 0;
    for (size_t k = 0; k < classes; k++)
        given += quota[k] = (size_t)floor((double)count[k] * fraction);
    while (given < total) {
        size_t best = classes;
        double rem = -1;
        for (size_t k = 0; k < classes; k++) {
            double r = (double)count[k] * fraction - (double)quota[k];
            if (quota[k] < count[k] && r > rem)
                rem = r, best = k;
        }
        if (best == classes)
            break;
        quota[best]++;
        given++;
    }
}

/* rows grouped by class (counting sort, ascending within a class); each
 * group shuffled and its first quota rows marked held out */
static void mark_stratified(const nnrt_dataset *all, double fraction, size_t classes, nnrt_rng *r,
                            size_t *work, size_t *count, unsigned char *held)
{
    size_t n = all->n, *quota = count + classes, *start = quota + classes;
    for (size_t i = 0; i < n; i++)
        count[row_class(all, i, classes)]++;
    class_quotas(count, classes, fraction, (size_t)floor((double)n * fraction), quota);
    for (size_t k = 0, at = 0; k < classes; k++) {
        start[k] = at;
        at += count[k];
    }
    for (size_t i = 0; i < n; i++)
        work[start[row_class(all, i, classes)]++] = i;
    for (size_t k = 0, at = 0; k < classes; at += count[k], k++) {
        nnrt_shuffle(r, work + at, count[k]);
        for (size_t j = 0; j < quota[k]; j++)
            held[work[at + j]] = 1;
    }
}

int nnrt_dataset_split_rows(const nnrt_dataset *all, double fraction, uint64_t seed, size_t classes,
                            size_t *rows, size_t *ntrain)
{
    if (!all || !rows || !ntrain || !(fraction >= 0.0 && fraction < 1.0))
        return nnrt__fail(NNRT_EARG, "split: NULL argument or fraction %g outside [0, 1)", fraction);
    size_t n = all->n;
    if (n && (size_t)floor((double)n * fraction) >= n)
        return nnrt__fail(NNRT_EARG, "split: %zu rows leave none for training", n);
    if (classes && (!all->t || all->target_size != 1))
        classes = 0;   /* nothing to stratify on */
    size_t extra = classes ? 3 * classes : 0;
    size_t *work = malloc((n + extra + 1) * sizeof *work);
    unsigned char *held = calloc(n + 1, 1);
    if (!work || !held) {
        free(work);
        free(held);
        return nnrt__fail(NNRT_ENOMEM, "split: no memory for %zu rows", n);
    }
    nnrt_rng r;
    nnrt_rng_seed(&r, seed, NNRT_STREAM_SPLIT);
    if ((size_t)floor((double)n * fraction) == 0) {
        /* nothing held out: every row trains, in order, and nothing is drawn */
    } else if (classes) {
        memset(work + n, 0, extra * sizeof *work);
        mark_stratified(all, fraction, classes, &r, work, work + n, held);
    } else {
        for (size_t i = 0; i < n; i++)
            work[i] = i;
        nnrt_shuffle(&r, work, n);
        for (size_t j = 0; j < (size_t)floor((double)n * fraction); j++)
            held[work[j]] = 1;
    }
    size_t nt = 0;
    for (size_t i = 0; i < n; i++)
        nt += !held[i];
    size_t ti = 0, vi = nt;   /* both parts ascending */
    for (size_t i = 0; i < n; i++)
        rows[held[i] ? vi++ : ti++] = i;
    *ntrain = nt;
    free(work);
    free(held);
    return NNRT_OK;
}

int nnrt_dataset_check(const nnrt_dataset *d, const nnrt_model_desc *desc)
{
    if (!d || !desc)
        return nnrt__fail(NNRT_EARG, "dataset_check: NULL");
    size_t tw = desc->loss == NNRT_LOSS_CROSS_ENTROPY ? 1 : desc->output_size;
    if (d->input_size != desc->input_size)
        return nnrt__fail(NNRT_EARG, "the data has %zu inputs per sample, model '%s' takes %zu",
                          d->input_size, desc->name, desc->input_size);
    if (d->n && (!d->x || !d->t))
        return nnrt__fail(NNRT_EARG, "the data has no %s", d->x ? "targets" : "inputs");
    if (d->target_size != tw)
        return nnrt__fail(NNRT_EARG, "the data has %zu targets per sample, model '%s' needs %zu%s",
                          d->target_size, desc->name, tw,
                          tw == 1 ? " (a class index)" : "");
    return d->n ? nnrt__check_rows(desc, d->x, d->t, d->n, "data") : NNRT_OK;
}
