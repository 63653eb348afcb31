/*
 * dataset.c - training data: IDX and CSV readers, normalisation, splits.
 *
 * Both readers take the whole file into memory through zlib's gzread,
 * which passes plain files through unchanged, so gzipped and plain files
 * are told apart by content, not by name.  Parsing then works on the
 * buffer and checks everything before the dataset is handed out; every
 * error names the file and the place (line and column, item, byte).
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
        return nnrt__fail(NNRT_EIO, "%s: %s", path, errno ? strerror(errno) : "cannot open");
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
            return nnrt__fail(zerr == Z_ERRNO ? NNRT_EIO : NNRT_EFORMAT, "%s: %s", path, reason);
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
        return nnrt__fail(NNRT_EFORMAT, "%s: truncated: the gzip stream ends early", path);
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

static int idx_parse(const char *path, const unsigned char *b, size_t size, Idx *out)
{
    if (size < 4 || b[0] != 0 || b[1] != 0 || !idx_elem_size(b[2]) || b[3] == 0)
        return nnrt__fail(NNRT_EFORMAT, "%s: wrong magic %02x %02x %02x %02x: not an IDX file", path,
                          size > 0 ? b[0] : 0, size > 1 ? b[1] : 0, size > 2 ? b[2] : 0, size > 3 ? b[3] : 0);
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

static int idx_floats(const char *path, const Idx *x, float **out)
{
    size_t n = x->count * x->item;
    float *f = malloc(n * sizeof *f);
    if (!f)
        return nnrt__fail(NNRT_ENOMEM, "%s: no memory for %zu values", path, n);
    /* u8 pixels to [0, 1]: divided, not multiplied by 1/255, so 255 is 1 exactly */
    float div = x->type == 0x08 ? 255.0f : 1.0f;
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

static int load_idx(nnrt_dataset *d, const char *images, const char *labels, size_t num_classes,
                    unsigned char *ib, size_t isize, unsigned char *lb, size_t lsize)
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
    if ((err = idx_floats(images, &xi, &x)))
        return err;
    if (labels) {
        if ((err = idx_floats(labels, &li, &t))) {
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
        err = load_idx(d, images, labels, num_classes, ib, isize, lb, lsize);
    free(ib);
    free(lb);
    return err;
}

/* ---- CSV ----------------------------------------------------------------- */

typedef struct Csv {
    const char *path;
    char *p, *end;      /* the rest of the text */
    size_t line;        /* of the line just split */
    char *fields[1 << 16];   /* the widest row we take */
} Csv;

/* Cuts the next non-blank line into fields in place; returns the field
 * count, 0 at the end, or -1 when a line has too many fields. */
static long csv_next(Csv *c)
{
    for (;;) {
        if (c->p >= c->end)
            return 0;
        char *s = c->p, *e = memchr(s, '\n', (size_t)(c->end - s));
        if (!e)
            e = c->end;
        c->p = e + 1;
        c->line++;
        if (e > s && e[-1] == '\r')
            e--;
        *e = '\0';
        if (strspn(s, " \t") == (size_t)(e - s))
            continue;
        long nf = 0;
        const long max = (long)(sizeof c->fields / sizeof c->fields[0]);
        for (char *f = s;;) {
            if (nf == max)
                return -1;
            c->fields[nf++] = f;
            char *comma = strchr(f, ',');
            if (!comma)
                break;
            *comma = '\0';
            f = comma + 1;
        }
        return nf;
    }
}

/* A field's text without surrounding blanks and quotes, in place. */
static char *csv_trim(char *f)
{
    while (*f == ' ' || *f == '\t')
        f++;
    size_t n = strlen(f);
    while (n && (f[n - 1] == ' ' || f[n - 1] == '\t'))
        f[--n] = '\0';
    if (n >= 2 && f[0] == '"' && f[n - 1] == '"') {
        f[n - 1] = '\0';
        f++;
    }
    return f;
}

static int csv_number(const char *f, double *v)
{
    char *end;
    if (!*f)
        return 0;
    errno = 0;
    *v = strtod(f, &end);
    return *end == '\0';
}

static int csv_is_header(Csv *c, long nf)
{
    for (long i = 0; i < nf; i++) {
        double v;
        if (!csv_number(csv_trim(c->fields[i]), &v))
            return 1;
    }
    return 0;
}

typedef struct CsvShape {
    size_t width, tcol, tcols, rows;
} CsvShape;

/* First pass: header, width, target columns, row count. */
static int csv_shape(Csv *c, const nnrt_csv_options *o, int *header, CsvShape *s)
{
    long nf = csv_next(c);
    if (nf < 0)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: too many columns", c->path, c->line);
    if (nf == 0)
        return nnrt__fail(NNRT_EFORMAT, "%s: no data", c->path);
    s->width = (size_t)nf;
    *header = csv_is_header(c, nf);
    s->tcols = o->no_targets ? 0 : o->target_cols ? o->target_cols : 1;
    s->tcol = o->label_col;
    if (o->label_name && !o->no_targets) {
        if (!*header)
            return nnrt__fail(NNRT_EARG, "%s: no header row, so no column is named '%s'", c->path, o->label_name);
        long i = 0;
        while (i < nf && strcmp(csv_trim(c->fields[i]), o->label_name) != 0)
            i++;
        if (i == nf)
            return nnrt__fail(NNRT_EARG, "%s:%zu: no column is named '%s'", c->path, c->line, o->label_name);
        s->tcol = (size_t)i;
    }
    if (s->tcols && (s->tcol >= s->width || s->tcols > s->width - s->tcol))
        return nnrt__fail(NNRT_EARG, "%s:%zu: %zu columns, so there is no target column %zu%s", c->path,
                          c->line, s->width, s->tcol + s->tcols, s->tcols > 1 ? " (the last target)" : "");
    if (s->width == s->tcols)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: no input columns", c->path, c->line);
    if (o->input_size && s->width - s->tcols != o->input_size)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: %zu columns, expected %zu (%zu inputs and %zu targets)",
                          c->path, c->line, s->width, o->input_size + s->tcols, o->input_size, s->tcols);
    s->rows = *header ? 0 : 1;
    while ((nf = csv_next(c)) > 0)
        s->rows++;
    if (s->rows == 0)
        return nnrt__fail(NNRT_EFORMAT, "%s: a header but no data", c->path);
    return NNRT_OK;
}

static int csv_fill(Csv *c, const nnrt_csv_options *o, const CsvShape *s, float *x, float *t)
{
    size_t in = s->width - s->tcols;
    for (size_t r = 0; r < s->rows; r++) {
        long nf = csv_next(c);
        if (nf < 0 || (size_t)nf != s->width) {
            char got[32] = "too many";
            if (nf >= 0)
                snprintf(got, sizeof got, "%ld", nf);
            return nnrt__fail(NNRT_EFORMAT, "%s:%zu: the row has %s columns, expected %zu", c->path,
                              c->line, got, s->width);
        }
        size_t xi = 0, ti = 0;
        for (size_t k = 0; k < s->width; k++) {
            const char *f = csv_trim(c->fields[k]);
            double v;
            if (!csv_number(f, &v))
                return nnrt__fail(NNRT_EFORMAT, "%s:%zu: column %zu: '%.40s' is not a number", c->path,
                                  c->line, k + 1, f);
            if (!isfinite(v) || !isfinite((float)v))
                return nnrt__fail(NNRT_EDATA, "%s:%zu: column %zu: '%.40s' is not a finite number",
                                  c->path, c->line, k + 1, f);
            int is_t = k >= s->tcol && k < s->tcol + s->tcols;
            if (is_t && o->num_classes && (v < 0 || v >= (double)o->num_classes || v != floor(v)))
                return nnrt__fail(NNRT_ETARGET, "%s:%zu: column %zu: label %s is out of range (0..%zu)",
                                  c->path, c->line, k + 1, f, o->num_classes - 1);
            if (is_t)
                t[r * s->tcols + ti++] = (float)v;
            else
                x[r * in + xi++] = (float)v;
        }
    }
    return NNRT_OK;
}

int nnrt_dataset_load_csv(nnrt_dataset *d, const char *path, const nnrt_csv_options *opt)
{
    static const nnrt_csv_options defaults;
    const nnrt_csv_options *o = opt ? opt : &defaults;
    if (!d || !path)
        return nnrt__fail(NNRT_EARG, "load_csv: NULL %s", d ? "file name" : "dataset");
    unsigned char *buf;
    size_t size;
    int err = nnrt__read_file(path, &buf, &size);
    if (err)
        return err;
    Csv *c = malloc(sizeof *c);
    if (!c) {
        free(buf);
        return nnrt__fail(NNRT_ENOMEM, "%s: no memory", path);
    }
    /* the first pass cuts lines in place; keep a copy for the second */
    unsigned char *copy = malloc(size + 1);
    float *x = NULL, *t = NULL;
    CsvShape s = {0};
    int header = 0;
    if (!copy) {
        err = nnrt__fail(NNRT_ENOMEM, "%s: no memory", path);
        goto out;
    }
    memcpy(copy, buf, size + 1);
    *c = (Csv){.path = path, .p = (char *)buf, .end = (char *)buf + size};
    if ((err = csv_shape(c, o, &header, &s)))
        goto out;
    size_t in = s.width - s.tcols;
    if (s.rows > SIZE_MAX / sizeof(float) / s.width) {
        err = nnrt__fail(NNRT_ENOMEM, "%s: too large", path);
        goto out;
    }
    x = malloc(s.rows * in * sizeof *x);
    t = s.tcols ? malloc(s.rows * s.tcols * sizeof *t) : NULL;
    if (!x || (s.tcols && !t)) {
        err = nnrt__fail(NNRT_ENOMEM, "%s: no memory for %zu rows", path, s.rows);
        goto out;
    }
    *c = (Csv){.path = path, .p = (char *)copy, .end = (char *)copy + size};
    if (header)
        csv_next(c);
    if ((err = csv_fill(c, o, &s, x, t)))
        goto out;
    *d = (nnrt_dataset){.n = s.rows, .input_size = in, .target_size = s.tcols, .x = x, .t = t, .owns = 1};
    x = t = NULL;
out:
    free(x);
    free(t);
    free(copy);
    free(c);
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
