/*
 * agree.c - the C and LLVM backends give the same numbers.
 *
 *   agree C.dump LLVM.dump
 *
 * Each dump is what vs_interp --dump wrote for one backend on the same
 * model, seed and batches: the predictions, evaluate's loss, and for each
 * of three training steps the loss, every gradient and every parameter.
 * Every array must agree element by element within float32 rounding:
 *
 *     |c - l| <= ABS_TOL + REL_TOL * max(|c|, |l|)
 *
 * the tolerance vs_interp holds each backend to against the double
 * interpreter, ABS_TOL 1e-5 and REL_TOL 1e-4: the backends round
 * differently where the LLVM backend reassociates a reduction (KL_REDUCE
 * sums are vectorised in another order) or contracts a KE_FMA, and three
 * optimizer steps carry those differences through the weights into the
 * next steps' gradients.  Most arrays agree far closer (the figures are
 * printed).  The predictions must also pick the
 * same class in every row (argmax), the answer an app sees.
 *
 * The one exemption is vs_interp's, for the same reason: under Adam, a
 * weight whose gradient differs between the backends by more than 0.1%
 * at some step (a batch sum that nearly cancels, where rounding decides)
 * may differ by up to lr per step taken, because Adam's first steps
 * divide the gradient by its own size.  The dump carries that bound
 * (SLACK) on each parameter; exempt elements are counted and printed.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REL_TOL 1e-4
#define ABS_TOL 1e-5

typedef struct Record {
    char label[256];
    size_t len, cols;
    double slack;
    float *v;
} Record;

/* Per parameter: elements whose gradient differed by more than 0.1%. */
static struct {
    char name[256];
    bool *flag;
    size_t len;
} shaky[256];
static int nshaky;

static bool *shaky_flags(const char *name, size_t len)
{
    for (int i = 0; i < nshaky; i++)
        if (strcmp(shaky[i].name, name) == 0)
            return shaky[i].len == len ? shaky[i].flag : NULL;
    if (nshaky == 256)
        return NULL;
    snprintf(shaky[nshaky].name, sizeof shaky[nshaky].name, "%s", name);
    shaky[nshaky].len = len;
    shaky[nshaky].flag = calloc(len ? len : 1, sizeof(bool));
    return shaky[nshaky++].flag;
}

/* "step 2 (n=33) grad h1.weight" -> "h1.weight", *grad = true */
static const char *param_name(const char *label, bool *grad)
{
    const char *p = strstr(label, ") ");
    if (!p)
        return NULL;
    p += 2;
    *grad = strncmp(p, "grad ", 5) == 0;
    return *grad ? p + 5 : p;
}

/* Reads the next record; 0 at the end of the file, -1 on a bad file. */
static int read_record(FILE *f, Record *r)
{
    char line[256];
    if (!fgets(line, sizeof line, f))
        return 0;
    char *tab = strchr(line, '\t');
    if (!tab || sscanf(tab + 1, "%zu\t%zu\t%lf", &r->len, &r->cols, &r->slack) != 3)
        return -1;
    *tab = '\0';
    snprintf(r->label, sizeof r->label, "%s", line);
    r->v = malloc((r->len ? r->len : 1) * sizeof *r->v);
    for (size_t i = 0; i < r->len; i++)
        if (fscanf(f, "%f\n", &r->v[i]) != 1)
            return -1;
    return 1;
}

static size_t argmax(const float *v, size_t n)
{
    size_t best = 0;
    for (size_t j = 1; j < n; j++)
        if (v[j] > v[best])
            best = j;
    return best;
}

/* Compares one pair of records; returns the number of failures. */
static int compare(const Record *c, const Record *l)
{
    if (strcmp(c->label, l->label) != 0 || c->len != l->len) {
        printf("[FAIL] the dumps differ in shape: '%s' (%zu) against '%s' (%zu)\n", c->label,
               c->len, l->label, l->len);
        return 1;
    }
    double worst = 0, worst_rel = 0;
    size_t at = 0, bad = 0, exempt = 0;
    bool grad = false;
    const char *name = param_name(c->label, &grad);
    bool *flags = name ? shaky_flags(name, c->len) : NULL;
    for (size_t i = 0; i < c->len; i++) {
        double a = c->v[i], b = l->v[i], d = fabs(a - b);
        double scale = fmax(fabs(a), fabs(b));
        if (grad && flags && d > 1e-3 * scale)
            flags[i] = true;
        if (d > ABS_TOL + REL_TOL * scale || isnan(d) != 0 || isnan(a) != isnan(b)) {
            if (!grad && flags && flags[i] && d <= c->slack) {
                exempt++;
                continue;
            }
            bad++;
        }
        if (d > worst || isnan(d)) {
            worst = d;
            at = i;
        }
        if (scale > 0 && d / scale > worst_rel)
            worst_rel = d / scale;
    }
    size_t rows_off = 0;
    if (c->cols > 1)
        for (size_t r = 0; r < c->len / c->cols; r++)
            rows_off += argmax(c->v + r * c->cols, c->cols) != argmax(l->v + r * l->cols, l->cols);
    bool ok = bad == 0 && rows_off == 0;
    printf("%s %-34s max |c - llvm| %.3g at [%zu] (%.9g vs %.9g), max rel %.3g", ok ? "[PASS]" : "[FAIL]",
           c->label, worst, at, c->len ? (double)c->v[at] : 0.0, l->len ? (double)l->v[at] : 0.0,
           worst_rel);
    if (c->cols > 1)
        printf(", %zu of %zu rows predict another class", rows_off, c->len / c->cols);
    printf("\n");
    if (exempt)
        printf("       %zu ill-conditioned Adam element(s) within lr per step\n", exempt);
    return !ok;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s C.dump LLVM.dump\n", argv[0]);
        return 2;
    }
    FILE *fc = fopen(argv[1], "r"), *fl = fopen(argv[2], "r");
    if (!fc || !fl) {
        perror(!fc ? argv[1] : argv[2]);
        return 2;
    }
    printf("C against LLVM: |c - llvm| <= %g + %g max(|c|, |llvm|), same argmax per row\n",
           ABS_TOL, REL_TOL);
    int failures = 0, records = 0;
    for (;;) {
        Record c, l;
        int rc = read_record(fc, &c), rl = read_record(fl, &l);
        if (rc < 0 || rl < 0 || rc != rl) {
            printf("[FAIL] a dump is damaged or shorter than the other\n");
            return 1;
        }
        if (rc == 0)
            break;
        failures += compare(&c, &l);
        records++;
        free(c.v);
        free(l.v);
    }
    if (records == 0) {
        printf("[FAIL] empty dumps\n");
        return 1;
    }
    printf("%d arrays, %d differ\n", records, failures);
    return failures ? 1 : 0;
}
