/*
 * diag.c - the diagnostic reporter.
 *
 * Every message of the compiler passes through here, in clang's form:
 *
 *   model.nn:4:17: error: dense() needs a layer size, got 'relu'
 *       4 |     h1 = dense(x, relu)
 *         |                   ^~~~
 *
 * The reporter counts errors and warnings; the driver reads the counts to
 * choose the exit status.  After MAX_ERRORS errors it says so once and
 * swallows the rest, so a hopeless file cannot flood the terminal.
 */
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_ERRORS = 20 };

struct Diag {
    const char *filename;
    const char *text;
    size_t len;
    FILE *out;
    int errors, warnings;
    bool too_many;     /* the limit was reached: further errors are dropped */
    bool last_shown;   /* whether the last error or warning was printed (for its notes) */
    size_t *line_starts;   /* built on first use */
    int nlines;
};

Diag *diag_new(const char *filename, const char *text, size_t len, FILE *out)
{
    Diag *d = xcalloc(1, sizeof *d);
    d->filename = filename;
    d->text = text;
    d->len = len;
    d->out = out;
    return d;
}

void diag_free(Diag *d)
{
    if (!d)
        return;
    free(d->line_starts);
    free(d);
}

int diag_error_count(const Diag *d) { return d->errors; }
int diag_warning_count(const Diag *d) { return d->warnings; }
const char *diag_filename(const Diag *d) { return d->filename; }
bool diag_too_many(const Diag *d) { return d->too_many; }

Loc loc_span(Loc a, Loc b)
{
    if (a.line != b.line || b.col < a.col)
        return a;
    int end = b.col + (b.len > 0 ? b.len : 1);
    a.len = end - a.col;
    return a;
}

static void index_lines(Diag *d)
{
    if (d->line_starts)
        return;
    int cap = 64;
    d->line_starts = xmalloc(sizeof(size_t) * (size_t)cap);
    d->line_starts[d->nlines++] = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (d->text[i] != '\n')
            continue;
        if (d->nlines == cap) {
            cap *= 2;
            d->line_starts = xrealloc(d->line_starts, sizeof(size_t) * (size_t)cap);
        }
        d->line_starts[d->nlines++] = i + 1;
    }
}

/* Lines up to SHOWN_WHOLE bytes are shown whole, as they always were.  A
 * longer one (a generated model, nesting a thousand calls deep) shows a
 * WINDOW of bytes around the caret: from the line's start if the caret
 * falls in the first two thirds, else with the caret a third of the way
 * in; "..." marks where the line was cut.  That is clang's way of keeping
 * the message readable.  Cuts fall between UTF-8 characters. */
enum { SHOWN_WHOLE = 120, WINDOW = 80 };

static size_t char_start(const char *text, size_t i, size_t lo)
{
    while (i > lo && ((unsigned char)text[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The bytes [*from, *to) of the line [start, end) to show for `at`. */
static void window(const Diag *d, size_t start, size_t end, size_t at, size_t *from, size_t *to)
{
    *from = start;
    *to = end;
    if (end - start <= SHOWN_WHOLE)
        return;
    if (at >= start + WINDOW - WINDOW / 3)
        *from = at - WINDOW / 3;
    if (*from + WINDOW > end)
        *from = end - WINDOW;
    *to = *from + WINDOW;
    *from = char_start(d->text, *from, start);
    if (*to < end)
        *to = char_start(d->text, *to, *from);
}

/* The source line, its number in a gutter, and a caret with tildes under
 * the range (Loc.len bytes, one column per character).  Tabs are copied
 * into the caret line so the caret stays under its column; UTF-8
 * continuation bytes take no column on a terminal. */
static void show_line(Diag *d, Loc loc)
{
    index_lines(d);
    if (loc.line < 1 || loc.line > d->nlines)
        return;
    size_t start = d->line_starts[loc.line - 1];
    size_t end = start;
    while (end < d->len && d->text[end] != '\n' && d->text[end] != '\r')
        end++;
    size_t col = (size_t)(loc.col > 0 ? loc.col : 1);
    size_t from, to;
    window(d, start, end, start + col - 1, &from, &to);
    const char *cut_left = from > start ? "..." : "", *cut_right = to < end ? "..." : "";
    int width = fprintf(d->out, "%5d", loc.line);
    fprintf(d->out, " | %s%.*s%s\n", cut_left, (int)(to - from), d->text + from, cut_right);
    fprintf(d->out, "%*s | %*s", width, "", (int)strlen(cut_left), "");
    for (size_t i = from; i < start + col - 1 && i < to; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if (c == '\t')
            fputc('\t', d->out);
        else if ((c & 0xC0) != 0x80)
            fputc(' ', d->out);
    }
    fputc('^', d->out);
    /* a tilde for each further character of the range on the line shown */
    size_t last = start + col - 1 + (size_t)(loc.len > 1 ? loc.len : 1);
    for (size_t i = start + col; i < last && i < to; i++)
        if (((unsigned char)d->text[i] & 0xC0) != 0x80)
            fputc('~', d->out);
    fputc('\n', d->out);
}

static void report(Diag *d, Loc loc, const char *kind, const char *fmt, va_list ap)
{
    if (loc.line > 0)
        fprintf(d->out, "%s:%d:%d: %s: ", d->filename, loc.line, loc.col, kind);
    else
        fprintf(d->out, "%s: %s: ", d->filename, kind);
    vfprintf(d->out, fmt, ap);
    fputc('\n', d->out);
    if (loc.line > 0)
        show_line(d, loc);
    fflush(d->out);
}

void diag_error(Diag *d, Loc loc, const char *fmt, ...)
{
    d->errors++;
    d->last_shown = !d->too_many;
    if (d->too_many)
        return;
    va_list ap;
    va_start(ap, fmt);
    report(d, loc, "error", fmt, ap);
    va_end(ap);
    if (d->errors >= MAX_ERRORS) {
        d->too_many = true;
        fprintf(d->out, "%s: fatal error: too many errors emitted, stopping now\n", d->filename);
    }
}

void diag_warning(Diag *d, Loc loc, const char *fmt, ...)
{
    d->warnings++;
    d->last_shown = !d->too_many;
    if (d->too_many)
        return;
    va_list ap;
    va_start(ap, fmt);
    report(d, loc, "warning", fmt, ap);
    va_end(ap);
}

void diag_note(Diag *d, Loc loc, const char *fmt, ...)
{
    if (!d->last_shown)
        return;   /* the note's error was swallowed: so is the note */
    va_list ap;
    va_start(ap, fmt);
    report(d, loc, "note", fmt, ap);
    va_end(ap);
}
