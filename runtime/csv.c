/*
 * csv.c - CSV data: one sample a line, numbers in columns.
 *
 * What users have is rarely one exact format, so the reader finds out
 * what it can and says plainly what it cannot.  The separator is found
 * from the first line (',' unless ';' or a tab is more frequent there,
 * as in spreadsheets of countries with a decimal comma); a first line
 * that is not all numbers is a header.  The targets are chosen by the
 * options: a header name, a column number, the last column, a header
 * column with a conventional name (label, target, class, y), or the
 * first column (MNIST's CSV files).  A guess that reads the wrong column
 * must fail loudly rather than train on it: class indices that are not
 * whole numbers in range stop the load with the column that was read
 * and the column that holds valid indices, when one does.
 *
 * One pass over the text, cut in place: the first line gives the width,
 * the line count bounds the rows, the arrays are allocated once and
 * filled.  Every message names the file, the line and the column,
 * counted from 1 as editors and `cut -f` count.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nnrt_internal.h"

enum { MAX_FIELDS = 1 << 16 };   /* the widest row we take */

typedef struct Csv {
    const char *path;
    const nnrt_csv_options *o;
    char *p, *end;       /* the rest of the text */
    size_t line;         /* of the line just split */
    char sep;
    char **fields;       /* (MAX_FIELDS) the fields of that line */
    char **names;        /* (width) the header's names, or NULL */
    size_t width, tcol, tcols, in;
} Csv;

static const char *const LABEL_NAMES[] = {"label", "labels", "target", "targets", "class", "y", NULL};

/* ',' unless ';' or a tab occurs more often on the first line; ';' wins a
 * tie with ',' (a line of decimal commas has as many or fewer commas). */
static char find_sep(const char *s, const char *end)
{
    size_t comma = 0, semi = 0, tab = 0;
    for (; s < end && *s != '\n'; s++) {
        comma += *s == ',';
        semi += *s == ';';
        tab += *s == '\t';
    }
    if (tab > comma && tab > semi)
        return '\t';
    return semi >= comma && semi > 0 ? ';' : ',';
}

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
        for (char *f = s;;) {
            if (nf == MAX_FIELDS)
                return -1;
            c->fields[nf++] = f;
            char *cut = strchr(f, c->sep);
            if (!cut)
                break;
            *cut = '\0';
            f = cut + 1;
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

/* "column 3 ('species')", or "column 3" without a header: k is 0-based */
static const char *col_name(const Csv *c, size_t k, char *buf, size_t size)
{
    if (c->names && c->names[k][0])
        snprintf(buf, size, "column %zu ('%.60s')", k + 1, c->names[k]);
    else
        snprintf(buf, size, "column %zu", k + 1);
    return buf;
}

static const char *label_hint(const Csv *c)
{
    return c->o->label_hint ? c->o->label_hint
                            : "choose the column with label_col or label_name (nnrt_csv_options)";
}

/* A line read as one column whose text has blanks between words: values
 * separated by spaces, which this reader does not take. */
static int spaced(const Csv *c, long nf)
{
    const char *f = c->fields[0], *sp = nf == 1 ? strpbrk(f, " \t") : NULL;
    return sp && sp > f && sp[strspn(sp, " \t")] != '\0';
}

/* ---- which columns are the targets ------------------------------------- */

static long find_name(const Csv *c, const char *name, int icase)
{
    for (size_t i = 0; c->names && i < c->width; i++)
        if ((icase ? strcasecmp(c->names[i], name) : strcmp(c->names[i], name)) == 0)
            return (long)i;
    return -1;
}

/* A header column with a conventional name, or an error that asks. */
static int csv_named_target(Csv *c)
{
    for (int k = 0; LABEL_NAMES[k]; k++) {
        long i = find_name(c, LABEL_NAMES[k], 1);
        if (i >= 0) {
            c->tcol = (size_t)i;
            return NNRT_OK;
        }
    }
    return nnrt__fail(NNRT_EARG, "%s:%zu: which column holds the targets? No header name is "
                      "'label', 'target', 'class' or 'y'; %s", c->path, c->line, label_hint(c));
}

static int csv_target_cols(Csv *c, int header)
{
    const nnrt_csv_options *o = c->o;
    c->tcols = o->no_targets ? 0 : o->target_cols ? o->target_cols : 1;
    c->tcol = o->label_col;
    if (!c->tcols)
        return NNRT_OK;
    if (o->label_name) {
        if (!header)
            return nnrt__fail(NNRT_EARG, "%s: no header row, so no column is named '%s'", c->path, o->label_name);
        long i = find_name(c, o->label_name, 0);
        if (i < 0)
            return nnrt__fail(NNRT_EARG, "%s:%zu: no column is named '%s'", c->path, c->line, o->label_name);
        c->tcol = (size_t)i;
    } else if (o->label_last) {
        c->tcol = c->width >= c->tcols ? c->width - c->tcols : 0;
    } else if (o->label_by_header && header) {
        int err = csv_named_target(c);
        if (err)
            return err;
    }
    if (c->tcol >= c->width || c->tcols > c->width - c->tcol)
        return nnrt__fail(NNRT_EARG, "%s:%zu: the file has %zu column%s, so there is no column %zu to read "
                          "the targets from", c->path, c->line, c->width, c->width == 1 ? "" : "s",
                          c->tcol + c->tcols);
    return NNRT_OK;
}

/* The header (if any), the targets and the width the model wants. */
static int csv_layout(Csv *c, int *header)
{
    const nnrt_csv_options *o = c->o;
    long nf = csv_next(c);
    if (nf < 0)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: more than %d columns", c->path, c->line, MAX_FIELDS);
    if (nf == 0)
        return nnrt__fail(NNRT_EFORMAT, "%s: no data", c->path);
    if (spaced(c, nf))
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: one column: values must be separated by ',', ';' or a tab, "
                          "and this line has spaces", c->path, c->line);
    c->width = (size_t)nf;
    *header = csv_is_header(c, nf);
    if (*header) {
        if (!(c->names = malloc(c->width * sizeof *c->names)))
            return nnrt__fail(NNRT_ENOMEM, "%s: no memory", c->path);
        for (size_t i = 0; i < c->width; i++)
            c->names[i] = csv_trim(c->fields[i]);
    }
    int optional = o->targets_optional && o->input_size && c->width == o->input_size;
    int err = optional ? (c->tcols = 0, NNRT_OK) : csv_target_cols(c, *header);
    if (err)
        return err;
    if (c->width == c->tcols)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: no input columns", c->path, c->line);
    c->in = c->width - c->tcols;
    if (o->input_size && c->in != o->input_size && o->model_input)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: the file has %zu input%s (%zu columns less %zu target column%s), "
                          "%s (%zu values)", c->path, c->line, c->in, c->in == 1 ? "" : "s", c->width, c->tcols,
                          c->tcols == 1 ? "" : "s", o->model_input, o->input_size);
    if (o->input_size && c->in != o->input_size)
        return nnrt__fail(NNRT_EFORMAT, "%s:%zu: the model takes %zu inputs, the file has %zu (%zu columns "
                          "less %zu target column%s)", c->path, c->line, o->input_size, c->in, c->width,
                          c->tcols, c->tcols == 1 ? "" : "s");
    return NNRT_OK;
}

/* ---- the rows ------------------------------------------------------------ */

/* Whether v may be a target: a class index, or in [0, 1] for BCE. */
static int target_ok(const nnrt_csv_options *o, double v)
{
    if (o->num_classes)
        return v >= 0 && v < (double)o->num_classes && v == floor(v);
    if (o->unit_targets)
        return v >= 0 && v <= 1;
    return 1;
}

/* The first bad target, and which columns hold valid targets in every
 * row: what the hint suggests instead. */
typedef struct BadTarget {
    int code;                 /* 0 while every target is fine */
    char msg[300];
    unsigned char *valid;     /* (width) or NULL when there is nothing to check */
} BadTarget;

static void bad_target(Csv *c, BadTarget *b, size_t k, const char *text, double v)
{
    char col[96];
    const nnrt_csv_options *o = c->o;
    col_name(c, k, col, sizeof col);
    if (o->num_classes && v == floor(v))
        snprintf(b->msg, sizeof b->msg, "%s:%zu: %s: label %s is out of range (0..%zu)", c->path, c->line,
                 col, text, o->num_classes - 1);
    else if (o->num_classes)
        snprintf(b->msg, sizeof b->msg, "%s:%zu: %s: label %s is not a whole number (class indices are 0..%zu)",
                 c->path, c->line, col, text, o->num_classes - 1);
    else
        snprintf(b->msg, sizeof b->msg, "%s:%zu: %s: target %s is outside [0, 1] (binary_cross_entropy)",
                 c->path, c->line, col, text);
    b->code = NNRT_ETARGET;
}

/* The message of a bad target with its hint: the column read, the option
 * that moves it, and a column that would do, preferring the last. */
static int report_bad_target(Csv *c, const BadTarget *b)
{
    char read[96], other[160] = "";
    col_name(c, c->tcol, read, sizeof read);
    for (size_t j = 0; b->valid && c->tcols == 1 && j < c->width; j++) {
        size_t k = j == 0 ? c->width - 1 : j - 1;   /* the last first, then from the left */
        if (k != c->tcol && b->valid[k]) {
            char name[96];
            snprintf(other, sizeof other, "; %s holds valid %s in every row",
                     col_name(c, k, name, sizeof name), c->o->num_classes ? "class indices" : "targets");
            break;
        }
    }
    return nnrt__fail(b->code, "%s; the targets were read from %s: if they are elsewhere, %s%s", b->msg, read,
                      label_hint(c), other);
}

static int bad_field(Csv *c, size_t k, const char *f, int finite)
{
    const char *why = "";
    if (c->sep == ';' && strchr(f, ','))
        why = " (a decimal comma? numbers are read with '.')";
    else if (strchr(f, ' '))
        why = " (values must be separated by ',', ';' or a tab, not spaces)";
    return nnrt__fail(finite ? NNRT_EFORMAT : NNRT_EDATA, "%s:%zu: column %zu: '%.40s' is not a %snumber%s",
                      c->path, c->line, k + 1, f, finite ? "" : "finite ", why);
}

/* One row into x (in floats) and t (tcols floats). */
static int csv_row(Csv *c, BadTarget *b, float *x, float *t)
{
    size_t xi = 0, ti = 0;
    for (size_t k = 0; k < c->width; k++) {
        const char *f = csv_trim(c->fields[k]);
        double v;
        if (!csv_number(f, &v))
            return bad_field(c, k, f, 1);
        if (!isfinite(v) || !isfinite((float)v))
            return bad_field(c, k, f, 0);
        if (b->valid && !target_ok(c->o, v))
            b->valid[k] = 0;
        int is_t = k >= c->tcol && k < c->tcol + c->tcols;
        if (is_t && !b->code && !target_ok(c->o, v))
            bad_target(c, b, k, f, v);
        if (b->code)
            continue;   /* only the hint's column check goes on */
        if (is_t)
            t[ti++] = (float)v;
        else
            x[xi++] = (float)v;
    }
    return NNRT_OK;
}

/* The rows from here to the end; `first` when the line just split (the
 * first, not a header) is a row too. */
static int csv_rows(Csv *c, int first, float *x, float *t, size_t cap, size_t *rows)
{
    BadTarget b = {0};
    if (c->tcols && (c->o->num_classes || c->o->unit_targets)) {
        if (!(b.valid = malloc(c->width)))
            return nnrt__fail(NNRT_ENOMEM, "%s: no memory", c->path);
        memset(b.valid, 1, c->width);
    }
    int err = NNRT_OK;
    long nf = (long)c->width;
    size_t r = 0;
    while (!err && (first || (nf = csv_next(c)) != 0)) {
        first = 0;
        if (nf < 0 || (size_t)nf != c->width) {
            char got[32] = "too many";
            if (nf >= 0)
                snprintf(got, sizeof got, "%ld", nf);
            err = nnrt__fail(NNRT_EFORMAT, "%s:%zu: the row has %s columns, expected %zu", c->path, c->line,
                             got, c->width);
        } else if (r < cap) {
            err = csv_row(c, &b, x + r * c->in, t ? t + r * c->tcols : NULL);
            r++;
        }
    }
    if (!err && b.code)
        err = report_bad_target(c, &b);
    free(b.valid);
    *rows = r;
    return err;
}

/* ---- the entry points ---------------------------------------------------- */

/* Parses the text in buf (NUL-terminated, cut in place) into d. */
int nnrt__parse_csv(nnrt_dataset *d, const char *path, char *buf, size_t size, const nnrt_csv_options *o)
{
    Csv c = {.path = path, .o = o, .p = buf, .end = buf + size, .sep = find_sep(buf, buf + size)};
    float *x = NULL, *t = NULL;
    int header = 0, err = NNRT_OK;
    size_t cap = 1, rows = 0;
    if (!(c.fields = malloc(MAX_FIELDS * sizeof *c.fields)))
        return nnrt__fail(NNRT_ENOMEM, "%s: no memory", path);
    if ((err = csv_layout(&c, &header)))
        goto out;
    for (const char *s = c.p; s < c.end && (s = memchr(s, '\n', (size_t)(c.end - s))) != NULL; s++)
        cap++;   /* lines left: at least the rows (c.p is past the end after a one-line file) */
    if (cap > SIZE_MAX / sizeof(float) / c.width) {
        err = nnrt__fail(NNRT_ENOMEM, "%s: too large", path);
        goto out;
    }
    cap += !header;   /* the first line is a row */
    x = malloc(cap * c.in * sizeof *x);
    t = c.tcols ? malloc(cap * c.tcols * sizeof *t) : NULL;
    if (!x || (c.tcols && !t)) {
        err = nnrt__fail(NNRT_ENOMEM, "%s: no memory for %zu rows", path, cap);
        goto out;
    }
    if (!(err = csv_rows(&c, !header, x, t, cap, &rows)) && rows == 0)
        err = nnrt__fail(NNRT_EFORMAT, "%s: a header but no data", path);
    if (!err) {
        *d = (nnrt_dataset){.n = rows, .input_size = c.in, .target_size = c.tcols, .x = x, .t = t, .owns = 1};
        x = t = NULL;
    }
out:
    free(x);
    free(t);
    free(c.fields);
    free(c.names);
    return err;
}

int nnrt_dataset_load_csv(nnrt_dataset *d, const char *path, const nnrt_csv_options *opt)
{
    static const nnrt_csv_options defaults;
    if (!d || !path)
        return nnrt__fail(NNRT_EARG, "load_csv: NULL %s", d ? "file name" : "dataset");
    unsigned char *buf;
    size_t size;
    int err = nnrt__read_file(path, &buf, &size);
    if (err)
        return err;
    err = nnrt__parse_csv(d, path, (char *)buf, size, opt ? opt : &defaults);
    free(buf);
    return err;
}
