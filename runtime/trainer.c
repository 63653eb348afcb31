/*
 * trainer.c - the standalone trainer behind `nnc --main` (INTERFACE.md 2b).
 *
 * The generated main() is one line: nnrt_main(&NAME_desc, argc, argv).
 * Everything else is model-independent and lives here: the options, the
 * data (IDX or CSV, told apart by content), resuming, fit, the final
 * evaluation and the exit status (0 done, 1 bad data or a failed run,
 * 2 bad usage).  Progress goes to stderr; the last line on stdout gives
 * the loss and accuracy on the test data (or on the training data when
 * there is no --test).
 */
#include "nnrt.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The trainer's entry point; the generated main() declares it too. */
int nnrt_main(const nnrt_model_desc *desc, int argc, char **argv);

typedef struct Args {
    const char *train[2], *test[2];
    const char *save, *resume, *metrics;
    long epochs;          /* 0: the train block's */
    long label_col;       /* -1: the default */
    double scale;         /* 0: none */
    int standardize, quiet;
} Args;

static void usage(FILE *out, const char *prog, const nnrt_model_desc *d)
{
    fprintf(out,
            "usage: %s --train FILE [LABELS] [--test FILE [LABELS]] [--epochs N]\n"
            "       [--save PATH] [--resume PATH] [--metrics PATH] [--label-col K]\n"
            "       [--scale F] [--standardize] [--quiet]\n\n"
            "Trains model '%s' (%zu inputs, %zu outputs) as its train block says.\n"
            "  --train FILE [LABELS]  IDX images and labels (gzipped or plain), or one CSV\n"
            "                         file with the targets first%s\n"
            "  --test FILE [LABELS]   data for the final line: loss and accuracy\n"
            "  --epochs N             total epochs (a resumed run continues up to N)\n"
            "  --save PATH            checkpoint after every epoch and at the end\n"
            "  --resume PATH          continue from a checkpoint (missing is fine when\n"
            "                         it is also the --save path)\n"
            "  --metrics PATH         CSV log, one row per epoch\n"
            "  --label-col K          CSV: the label is column K (0-based), not the first\n"
            "  --scale F              multiply every input by F (255 pixels: 0.00392157)\n"
            "  --standardize          per feature, (x - mean) / std of the training data\n"
            "  --quiet                print only the final line\n",
            prog, d->name, d->input_size, d->output_size,
            d->data ? " (default: the train block's data)" : "");
}

static int bad_usage(const char *prog, const char *fmt, const char *what)
{
    fprintf(stderr, "%s: ", prog);
    fprintf(stderr, fmt, what);
    fprintf(stderr, "\n(try %s --help)\n", prog);
    return 2;
}

/* A file operand: the next argument unless it is an option. */
static const char *operand(int argc, char **argv, int *i)
{
    if (*i + 1 < argc && strncmp(argv[*i + 1], "--", 2) != 0)
        return argv[++*i];
    return NULL;
}

static int parse_number(const char *s, double *v)
{
    char *end;
    errno = 0;
    *v = strtod(s, &end);
    return s[0] && !*end && errno == 0;
}

/* Returns -1 when parsed, else the exit status (0 after --help). */
static int parse_args(Args *a, const nnrt_model_desc *d, int argc, char **argv)
{
    const char *prog = argv[0] ? argv[0] : "train";
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        double v;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            usage(stdout, prog, d);
            return 0;
        } else if (strcmp(o, "--quiet") == 0) {
            a->quiet = 1;
        } else if (strcmp(o, "--standardize") == 0) {
            a->standardize = 1;
        } else if (strcmp(o, "--train") == 0 || strcmp(o, "--test") == 0) {
            const char **f = o[3] == 'r' ? a->train : a->test;
            if (!(f[0] = operand(argc, argv, &i)))
                return bad_usage(prog, "%s needs a file", o);
            f[1] = operand(argc, argv, &i);
        } else if (strcmp(o, "--save") == 0 || strcmp(o, "--resume") == 0 ||
                   strcmp(o, "--metrics") == 0) {
            const char *p = operand(argc, argv, &i);
            if (!p)
                return bad_usage(prog, "%s needs a path", o);
            *(o[2] == 's' ? &a->save : o[2] == 'r' ? &a->resume : &a->metrics) = p;
        } else if (strcmp(o, "--epochs") == 0 || strcmp(o, "--label-col") == 0 ||
                   strcmp(o, "--scale") == 0) {
            const char *p = operand(argc, argv, &i);
            if (!p || !parse_number(p, &v))
                return bad_usage(prog, "%s needs a number", o);
            if (o[2] == 's') {
                if (!(v > 0) || isinf(v))
                    return bad_usage(prog, "%s needs a positive number", o);
                a->scale = v;
            } else if (v != floor(v) || v < (o[2] == 'e' ? 1 : 0) || v > 1e9) {
                return bad_usage(prog, "%s needs a whole number in range", o);
            } else if (o[2] == 'e') {
                a->epochs = (long)v;
            } else {
                a->label_col = (long)v;
            }
        } else {
            return bad_usage(prog, "unknown option '%s'", o);
        }
    }
    if (!a->train[0] && d->data)
        a->train[0] = d->data;
    if (!a->train[0])
        return bad_usage(prog, "%s", "no training data: give --train FILE [LABELS]");
    return -1;
}

/* IDX files start with two zero bytes and a type code; anything else is
 * read as CSV.  gzread reads plain files as they are. */
static int is_idx(const char *path)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return 0;
    unsigned char m[4] = {0};
    int n = gzread(f, m, 4);
    gzclose(f);
    return n == 4 && m[0] == 0 && m[1] == 0 && m[2] >= 0x08 && m[2] <= 0x0E;
}

static int load(nnrt_dataset *ds, const char *const file[2], const Args *a,
                const nnrt_model_desc *d)
{
    int xent = d->loss == NNRT_LOSS_CROSS_ENTROPY;
    if (is_idx(file[0])) {
        if (!file[1])
            return fprintf(stderr, "%s: IDX images need a labels file after them\n", file[0]), 1;
        return nnrt_dataset_load_idx(ds, file[0], file[1], xent ? d->output_size : 0);
    }
    if (file[1])
        return fprintf(stderr, "%s: a CSV file holds its own targets; no labels file\n", file[1]), 1;
    nnrt_csv_options o = {0};
    o.target_cols = xent ? 1 : d->output_size;
    o.label_col = a->label_col >= 0 ? (size_t)a->label_col : 0;
    o.num_classes = xent ? d->output_size : 0;
    o.input_size = d->input_size;
    return nnrt_dataset_load_csv(ds, file[0], &o);
}

/* Loads and checks one data set; prints the runtime's message on failure. */
static int load_checked(nnrt_dataset *ds, const char *const file[2], const Args *a,
                        const nnrt_model_desc *d)
{
    int rc = load(ds, file, a, d);
    if (rc == 1)
        return 1;
    if (rc == NNRT_OK && a->scale > 0)
        nnrt_dataset_scale(ds, (float)a->scale);
    if (rc == NNRT_OK)
        rc = nnrt_dataset_check(ds, d);
    if (rc != NNRT_OK) {
        const char *msg = nnrt_last_error();
        fprintf(stderr, "%s\n", msg[0] ? msg : nnrt_strerror(rc));
        return 1;
    }
    return 0;
}

static int fail(const char *what, int rc)
{
    const char *msg = nnrt_last_error();
    fprintf(stderr, "%s: %s\n", what, msg[0] ? msg : nnrt_strerror(rc));
    return 1;
}

static int file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

/* The model, trained: resume, fit, save. */
static int train(nnrt_model *m, const nnrt_dataset *data, const Args *a)
{
    if (a->resume) {
        int fresh = !file_exists(a->resume) && a->save && strcmp(a->resume, a->save) == 0;
        int rc = fresh ? NNRT_OK : nnrt_load(m, a->resume);
        if (rc != NNRT_OK)
            return fail(a->resume, rc);
    }
    nnrt_fit_options fo = {0};
    fo.epochs = (uint32_t)a->epochs;
    fo.checkpoint = a->save;
    fo.metrics = a->metrics;
    fo.quiet = a->quiet;
    int rc = nnrt_fit(m, data, &fo);
    if (rc != NNRT_OK)
        return fail("training", rc);
    if (a->save && (rc = nnrt_save(m, a->save)) != NNRT_OK)
        return fail(a->save, rc);
    return 0;
}

static int report(nnrt_model *m, const nnrt_dataset *ds, const char *what)
{
    float loss = NAN, acc = NAN;
    int rc = nnrt_evaluate(m, ds->x, ds->t, ds->n, &loss, &acc);
    if (rc != NNRT_OK)
        return fail(what, rc);
    if (isnan(acc))
        printf("%s loss %.6f\n", what, loss);
    else
        printf("%s loss %.6f accuracy %.4f\n", what, loss, acc);
    return fflush(stdout) == 0 ? 0 : 1;
}

int nnrt_main(const nnrt_model_desc *d, int argc, char **argv)
{
    Args a = {.label_col = -1};
    int rc = parse_args(&a, d, argc, argv);
    if (rc >= 0)
        return rc;
    nnrt_dataset tr = {0}, te = {0};
    nnrt_model *m = NULL;
    if ((rc = load_checked(&tr, a.train, &a, d)) != 0)
        goto done;
    if (a.test[0] && (rc = load_checked(&te, a.test, &a, d)) != 0)
        goto done;
    if (a.standardize) {
        float *mean = malloc(2 * tr.input_size * sizeof *mean);
        if (!mean || nnrt_dataset_stats(&tr, mean, mean + tr.input_size) != NNRT_OK) {
            free(mean);
            rc = fail("standardize", NNRT_ENOMEM);
            goto done;
        }
        nnrt_dataset_standardize(&tr, mean, mean + tr.input_size);
        if (a.test[0])
            nnrt_dataset_standardize(&te, mean, mean + tr.input_size);
        free(mean);
    }
    if (!(m = nnrt_model_create(d, d->seed))) {
        rc = fail(d->name, NNRT_ENOMEM);
        goto done;
    }
    if ((rc = train(m, &tr, &a)) == 0)
        rc = a.test[0] ? report(m, &te, "test") : report(m, &tr, "train");
done:
    nnrt_model_destroy(m);
    nnrt_dataset_free(&tr);
    nnrt_dataset_free(&te);
    return rc;
}
