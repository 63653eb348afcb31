/*
 * trainer.c - nnrt_main, the standalone trainer behind `nnc --main`
 * (INTERFACE.md section 2b).  The generated main() passes its descriptor.
 *
 * It reads the data (IDX or CSV, told apart by content), resumes from a
 * checkpoint when asked, runs nnrt_fit with the train block's settings,
 * and ends with one line on stdout: the loss and accuracy on the test
 * data, or on the training data when there is none.  Exit status: 0 done,
 * 1 bad data or a failed run, 2 bad usage.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "nnrt_internal.h"

typedef struct Args {
    const char *train[2], *test[2];
    const char *save, *resume, *metrics, *plot, *label_col;
    uint32_t epochs;
    size_t limit;
    double scale;
    int standardize, quiet;
} Args;

static void usage(FILE *f, const char *prog)
{
    fprintf(f,
            "usage: %s --train DATA [LABELS] [--test DATA [LABELS]] [--epochs N]\n"
            "          [--save PATH] [--resume PATH] [--metrics PATH] [--plot PATH]\n"
            "          [--label-col K] [--scale F] [--standardize] [--limit N] [--quiet]\n"
            "DATA is an IDX file (gzipped or plain; images, then a labels file) or a CSV\n"
            "file (targets first unless --label-col K: a 0-based index or a header name).\n"
            "--epochs is the total: a resumed run trains the epochs still missing.\n"
            "--scale multiplies every input by F (IDX pixels are already in [0, 1]);\n"
            "--standardize centres and scales each input on the training data's statistics.\n"
            "--limit N uses only the first N rows of the training and the test data.\n"
            "--save writes a checkpoint after every epoch; --resume starts from one.\n"
            "--metrics writes a CSV row per epoch; --plot draws the losses and accuracies\n"
            "as an SVG chart, rewritten after every epoch.\n",
            prog);
}

/* A flag's file operands: one, or two when the next word is not a flag. */
static int take_files(int argc, char **argv, int *i, const char **out)
{
    if (*i + 1 >= argc || strncmp(argv[*i + 1], "--", 2) == 0)
        return -1;
    out[0] = argv[++*i];
    if (*i + 1 < argc && strncmp(argv[*i + 1], "--", 2) != 0)
        out[1] = argv[++*i];
    return 0;
}

static int parse_args(int argc, char **argv, Args *a, const nnrt_model_desc *d)
{
    const char *prog = argc > 0 ? argv[0] : "train";
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        const char **value = NULL;
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            usage(stdout, prog);
            return 1;
        } else if (strcmp(s, "--train") == 0 || strcmp(s, "--test") == 0) {
            if (take_files(argc, argv, &i, strcmp(s, "--train") == 0 ? a->train : a->test) < 0) {
                fprintf(stderr, "%s: %s needs a file\n", prog, s);
                return 2;
            }
            continue;
        } else if (strcmp(s, "--quiet") == 0) {
            a->quiet = 1;
            continue;
        } else if (strcmp(s, "--standardize") == 0) {
            a->standardize = 1;
            continue;
        }
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(s, "--save") == 0) value = &a->save;
        else if (strcmp(s, "--resume") == 0) value = &a->resume;
        else if (strcmp(s, "--metrics") == 0) value = &a->metrics;
        else if (strcmp(s, "--plot") == 0) value = &a->plot;
        else if (strcmp(s, "--label-col") == 0) value = &a->label_col;
        else if (strcmp(s, "--epochs") != 0 && strcmp(s, "--scale") != 0 && strcmp(s, "--limit") != 0) {
            fprintf(stderr, "%s: unknown option '%s' (try --help)\n", prog, s);
            return 2;
        }
        if (!v) {
            fprintf(stderr, "%s: %s needs a value\n", prog, s);
            return 2;
        }
        i++;
        if (value) {
            *value = v;
            continue;
        }
        char *end;
        errno = 0;
        if (strcmp(s, "--epochs") == 0) {
            unsigned long n = strtoul(v, &end, 10);
            if (*end || end == v || n < 1 || n > 16777216 || errno || v[0] == '-') {
                fprintf(stderr, "%s: --epochs needs a whole number from 1, got '%s'\n", prog, v);
                return 2;
            }
            a->epochs = (uint32_t)n;
        } else if (strcmp(s, "--limit") == 0) {
            unsigned long long n = strtoull(v, &end, 10);
            if (*end || end == v || n < 1 || errno || v[0] == '-') {
                fprintf(stderr, "%s: --limit needs a whole number from 1, got '%s'\n", prog, v);
                return 2;
            }
            a->limit = (size_t)n;
        } else {
            a->scale = strtod(v, &end);
            if (*end || end == v || !isfinite(a->scale) || a->scale == 0) {
                fprintf(stderr, "%s: --scale needs a nonzero number, got '%s'\n", prog, v);
                return 2;
            }
        }
    }
    if (!a->train[0])
        a->train[0] = d->data;
    if (!a->train[0]) {
        fprintf(stderr, "%s: no training data: give --train FILE (the train block has no data key)\n", prog);
        usage(stderr, prog);
        return 2;
    }
    return 0;
}

/* IDX files start 00 00 TYPE NDIM; anything else is taken for CSV. */
static int looks_like_idx(const char *path)
{
    gzFile f = gzopen(path, "rb");
    unsigned char b[4] = {1, 1, 1, 1};
    if (!f)
        return 0;
    int n = gzread(f, b, 4);
    gzclose(f);
    return n == 4 && b[0] == 0 && b[1] == 0 && b[2] >= 0x08 && b[2] <= 0x0E && b[3] >= 1;
}

static int load_data(nnrt_dataset *ds, const char *const files[2], const Args *a, const nnrt_model_desc *d)
{
    size_t classes = d->loss == NNRT_LOSS_CROSS_ENTROPY ? d->output_size : 0;
    if (looks_like_idx(files[0])) {
        if (!files[1])
            return nnrt__fail(NNRT_EARG, "%s: an IDX file of inputs needs a labels file after it", files[0]);
        return nnrt_dataset_load_idx(ds, files[0], files[1], classes);
    }
    if (files[1])
        return nnrt__fail(NNRT_EARG, "%s: a CSV file holds its own targets; no labels file is needed", files[0]);
    nnrt_csv_options o = {.target_cols = classes ? 1 : d->output_size, .num_classes = classes,
                          .input_size = d->input_size};
    if (a->label_col) {
        char *end;
        unsigned long k = strtoul(a->label_col, &end, 10);
        if (*end == '\0' && end != a->label_col)
            o.label_col = k;
        else
            o.label_name = a->label_col;
    }
    return nnrt_dataset_load_csv(ds, files[0], &o);
}

/* Scaling and standardising, the test data with the training statistics. */
static int normalise(nnrt_dataset *tr, nnrt_dataset *te, const Args *a)
{
    if (a->scale != 0) {
        nnrt_dataset_scale(tr, (float)a->scale);
        nnrt_dataset_scale(te, (float)a->scale);
    }
    if (!a->standardize)
        return NNRT_OK;
    float *stats = malloc(2 * tr->input_size * sizeof *stats);
    if (!stats)
        return nnrt__fail(NNRT_ENOMEM, "no memory");
    int err = nnrt_dataset_stats(tr, stats, stats + tr->input_size);
    if (!err) {
        nnrt_dataset_standardize(tr, stats, stats + tr->input_size);
        if (te->n)
            nnrt_dataset_standardize(te, stats, stats + tr->input_size);
    }
    free(stats);
    return err;
}

static int resume(nnrt_model *m, const Args *a, const char *prog)
{
    if (!a->resume)
        return NNRT_OK;
    if (access(a->resume, F_OK) != 0 && errno == ENOENT) {
        /* --resume P --save P on the first run: nothing to resume yet */
        if (!a->quiet)
            fprintf(stderr, "%s: %s does not exist yet; starting afresh\n", prog, a->resume);
        return NNRT_OK;
    }
    int err = nnrt_load(m, a->resume);
    if (!err && !a->quiet)
        fprintf(stderr, "%s: resumed from %s after epoch %u\n", prog, a->resume, m->epoch);
    return err;
}

static int run(const nnrt_model_desc *d, const Args *a, const char *prog)
{
    nnrt_dataset tr = {0}, te = {0};
    nnrt_model *m = nnrt_model_create(d, d->seed);
    int err = m ? NNRT_OK : NNRT_ENOMEM;
    if (!err)
        err = load_data(&tr, a->train, a, d);
    if (!err && a->test[0])
        err = load_data(&te, a->test, a, d);
    if (!err && a->limit) {
        /* the first rows only: a quick try of a model on a big data set */
        tr.n = tr.n < a->limit ? tr.n : a->limit;
        te.n = te.n < a->limit ? te.n : a->limit;
    }
    if (!err)
        err = normalise(&tr, &te, a);
    if (!err && te.n)
        err = nnrt_dataset_check(&te, d);
    if (!err)
        err = resume(m, a, prog);
    if (!err) {
        nnrt_fit_options o = {.epochs = a->epochs, .checkpoint = a->save, .metrics = a->metrics,
                              .plot = a->plot, .quiet = a->quiet, .progress = stderr};
        err = nnrt_fit(m, &tr, &o);
    }
    /* a resumed run already at its total trains nothing: still write --save */
    if (!err && a->save)
        err = nnrt_save(m, a->save);
    if (!err) {
        const nnrt_dataset *e = te.n ? &te : &tr;
        float loss, acc;
        err = nnrt_evaluate(m, e->x, e->t, e->n, &loss, &acc);
        if (!err) {
            printf("%s loss %.4f", te.n ? "test" : "train", loss);
            if (!isnan(acc))
                printf("  accuracy %.4f", acc);
            printf("\n");
            fflush(stdout);
        }
    }
    if (err && err != NNRT_EINTR && err != NNRT_EDIVERGED)   /* fit printed those already */
        fprintf(stderr, "%s: error: %s\n", prog, *nnrt_last_error() ? nnrt_last_error() : nnrt_strerror(err));
    else if (err && a->quiet)
        fprintf(stderr, "%s: error: %s\n", prog, nnrt_last_error());
    nnrt_dataset_free(&tr);
    nnrt_dataset_free(&te);
    nnrt_model_destroy(m);
    return err ? 1 : 0;
}

int nnrt_main(const nnrt_model_desc *desc, int argc, char **argv)
{
    const char *prog = argc > 0 && argv[0] ? argv[0] : "train";
    if (!desc || desc->loss == NNRT_LOSS_NONE) {
        fprintf(stderr, "%s: this model has no train block\n", prog);
        return 2;
    }
    Args a = {0};
    int r = parse_args(argc, argv, &a, desc);
    if (r)
        return r == 1 ? 0 : r;
    return run(desc, &a, prog);
}
