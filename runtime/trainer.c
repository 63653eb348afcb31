/*
 * trainer.c - nnrt_main, the standalone trainer behind `nnc --main`
 * (INTERFACE.md section 2b).  The generated main() passes its descriptor.
 *
 * Three modes.  Training (the default) reads the data (IDX or CSV, told
 * apart by content), resumes or loads a checkpoint when asked, runs
 * nnrt_fit with the train block's settings and the run-time overrides
 * (--epochs, --lr, --seed, --validation, --patience), and ends with one
 * line on stdout: the scores on the test data, or on the training rows
 * when there is none, in the terms of the task (accuracy for a
 * classifier, MSE, MAE and R^2 for a regression).  --evaluate scores a
 * checkpoint on labelled data and --predict writes its outputs as CSV:
 * neither trains, so a checkpoint brought from PyTorch is used as it is.
 *
 * The options are one table (OPTS): name, operands, where the value goes,
 * and for numbers their range, so parsing, checking and the messages are
 * written once.  Exit status: 0 done, 1 bad data or a failed run,
 * 2 bad usage.
 *
 * Over a communicator (nnrt_main_comm; `nnc --main --mpi` makes main()
 * call it through libnnrt_mpi) every process parses the same command
 * line and reads the data; a process that fails to read it says so
 * with its rank, and every process stops.  Rank 0 alone loads a
 * checkpoint (fit hands its weights to the others), prints, and writes
 * files; --evaluate and --predict run on rank 0 alone.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nnrt_internal.h"

typedef struct Args {
    const char *train[2], *test[2], *valdata[2], *evaluate[2], *predict[2];
    const char *save, *resume, *load, *metrics, *plot, *label_col, *output;
    double epochs, limit, scale, lr, seed, validation, patience;   /* NAN: not given */
    int standardize, quiet, plot_log, deterministic;
    double shards;
    const char *prog;
    nnrt_comm *comm;           /* NULL: one process */
} Args;

typedef enum { O_FLAG, O_FILES, O_TEXT, O_NUMBER } OptKind;

typedef struct Opt {
    const char *name;
    OptKind kind;
    size_t at;                 /* offsetof(Args, field) */
    double lo, hi;             /* O_NUMBER: the range; lo excluded when lo_open */
    int whole, lo_open;
    const char *what;          /* O_NUMBER: what the message says it needs */
} Opt;

#define AT(f) offsetof(Args, f)
static const Opt OPTS[] = {
    {"--train", O_FILES, AT(train), 0, 0, 0, 0, NULL},
    {"--test", O_FILES, AT(test), 0, 0, 0, 0, NULL},
    {"--validation-data", O_FILES, AT(valdata), 0, 0, 0, 0, NULL},
    {"--evaluate", O_FILES, AT(evaluate), 0, 0, 0, 0, NULL},
    {"--predict", O_FILES, AT(predict), 0, 0, 0, 0, NULL},
    {"--save", O_TEXT, AT(save), 0, 0, 0, 0, NULL},
    {"--resume", O_TEXT, AT(resume), 0, 0, 0, 0, NULL},
    {"--load", O_TEXT, AT(load), 0, 0, 0, 0, NULL},
    {"--metrics", O_TEXT, AT(metrics), 0, 0, 0, 0, NULL},
    {"--plot", O_TEXT, AT(plot), 0, 0, 0, 0, NULL},
    {"--label-col", O_TEXT, AT(label_col), 0, 0, 0, 0, NULL},
    {"-o", O_TEXT, AT(output), 0, 0, 0, 0, NULL},
    {"--epochs", O_NUMBER, AT(epochs), 1, 16777216, 1, 0, "a whole number from 1 to 16777216"},
    {"--limit", O_NUMBER, AT(limit), 1, 1e15, 1, 0, "a whole number from 1"},
    {"--seed", O_NUMBER, AT(seed), 0, 9007199254740992.0, 1, 0, "a whole number from 0 to 2^53"},
    {"--patience", O_NUMBER, AT(patience), 0, 1e6, 1, 0, "a whole number of epochs (0: no early stopping)"},
    {"--lr", O_NUMBER, AT(lr), 0, 1e6, 0, 1, "a positive number"},
    {"--validation", O_NUMBER, AT(validation), 0, 0.99, 0, 0, "a fraction from 0 to 0.99"},
    {"--scale", O_NUMBER, AT(scale), -1e30, 1e30, 0, 0, "a nonzero number"},
    {"--standardize", O_FLAG, AT(standardize), 0, 0, 0, 0, NULL},
    {"--quiet", O_FLAG, AT(quiet), 0, 0, 0, 0, NULL},
    {"--plot-log", O_FLAG, AT(plot_log), 0, 0, 0, 0, NULL},
    {"--deterministic", O_FLAG, AT(deterministic), 0, 0, 0, 0, NULL},
    {"--shards", O_NUMBER, AT(shards), 1, 65536, 1, 0, "a whole number from 1 to 65536"},
};

static void usage(FILE *f, const char *prog)
{
    fprintf(f,
            "usage: %s --train DATA [LABELS] [options]\n"
            "       %s --evaluate DATA [LABELS] --load CK [options]\n"
            "       %s --predict DATA --load CK [-o OUT.csv] [options]\n"
            "Trains (the default), scores a checkpoint without training (--evaluate),\n"
            "or writes its outputs as CSV, a row per sample (--predict).\n"
            "Data: an IDX file (gzipped or plain) and its labels file, or a CSV file.\n"
            "  --test DATA [LABELS]     score the trained model on it at the end\n"
            "  --validation-data DATA [LABELS]  validate on it, not on held-out rows\n"
            "  --label-col COL          CSV target column: a header name, a number\n"
            "                           (1 is the first column) or 'last'; default:\n"
            "                           the header's label/target/class/y, else column 1\n"
            "  --limit N                only the first N rows of every file\n"
            "  --scale F                multiply every input by F\n"
            "  --standardize            centre and scale each input on the training\n"
            "                           data's statistics (--train is needed for them)\n"
            "Training, overriding the train block:\n"
            "  --epochs N               the total: a resumed run trains what is missing\n"
            "  --lr X                   learning rate (needs code that keeps train.lr)\n"
            "  --seed N                 initial weights, shuffling, validation split\n"
            "  --validation F           hold out F of the rows (seeded, stratified)\n"
            "  --patience N             early stopping after N epochs without a better\n"
            "                           val_loss (0: off)\n"
            "Checkpoints and output:\n"
            "  --save PATH              a checkpoint after every epoch\n"
            "  --resume PATH            continue from PATH if it exists\n"
            "  --load PATH              start from PATH (a PyTorch export will do)\n"
            "  --metrics PATH           a CSV row per epoch, the settings in a comment\n"
            "  --plot PATH              SVG chart per epoch; with test data, also the\n"
            "                           confusion matrix as PATH-confusion.svg\n"
            "  --plot-log               a log scale for the loss (default: when it\n"
            "                           spans more than two decades)\n"
            "  -o PATH                  --predict's output (default: stdout)\n"
            "  --quiet                  only the final line\n"
            "Data-parallel (a trainer built with nnc --main --mpi, run by mpirun):\n"
            "  --deterministic          sum the gradients in a fixed order: the same\n"
            "                           weights on any number of processes\n"
            "  --shards N               --deterministic's parts of a batch (default 8,\n"
            "                           or batch_size when smaller)\n",
            prog, prog, prog);
}

/* The program's name without its folder: usage lines fit in 80 columns. */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

/* ---- the command line -------------------------------------------------- */

static const Opt *find_opt(const char *name)
{
    for (size_t i = 0; i < sizeof OPTS / sizeof OPTS[0]; i++)
        if (strcmp(OPTS[i].name, name) == 0)
            return &OPTS[i];
    return NULL;
}

static int is_flag(const char *s) { return s[0] == '-' && s[1] != '\0' && !(s[1] >= '0' && s[1] <= '9'); }

/* One number operand, checked against the option's range. */
static int take_number(const Opt *o, const char *v, double *out, const char *prog)
{
    char *end;
    errno = 0;
    double x = strtod(v, &end);
    int ok = end != v && *end == '\0' && errno == 0 && isfinite(x) && x <= o->hi &&
             (o->lo_open ? x > o->lo : x >= o->lo) && (!o->whole || x == floor(x)) &&
             (strcmp(o->name, "--scale") != 0 || x != 0);
    if (!ok) {
        fprintf(stderr, "%s: %s needs %s, got '%s'\n", prog, o->name, o->what, v);
        return 2;
    }
    *out = x;
    return 0;
}

/* An option and its operands at argv[*i]; returns 0, 1 for --help, 2 for bad usage. */
static int take_option(int argc, char **argv, int *i, Args *a)
{
    const char *s = argv[*i];
    const Opt *o = find_opt(s);
    if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0)
        return usage(stdout, base_name(a->prog)), 1;
    if (!o) {
        fprintf(stderr, "%s: unknown option '%s' (try --help)\n", a->prog, s);
        return 2;
    }
    void *field = (char *)a + o->at;
    if (o->kind == O_FLAG) {
        *(int *)field = 1;
        return 0;
    }
    if (*i + 1 >= argc || (o->kind != O_NUMBER && is_flag(argv[*i + 1]))) {
        fprintf(stderr, "%s: %s needs %s\n", a->prog, s, o->kind == O_FILES ? "a file" : "a value");
        return 2;
    }
    const char *v = argv[++*i];
    if (o->kind == O_NUMBER)
        return take_number(o, v, (double *)field, a->prog);
    if (o->kind == O_TEXT) {
        *(const char **)field = v;
        return 0;
    }
    const char **files = field;   /* one file, or two when the next word is not an option */
    files[0] = v;
    if (*i + 1 < argc && !is_flag(argv[*i + 1]))
        files[1] = argv[++*i];
    return 0;
}

/* The combinations that make sense, each refusal saying what to give. */
static int check_mode(Args *a, const nnrt_model_desc *d)
{
    const char *mode = a->evaluate[0] ? "--evaluate" : a->predict[0] ? "--predict" : NULL;
    if (a->evaluate[0] && a->predict[0]) {
        fprintf(stderr, "%s: --evaluate and --predict are separate runs: give one\n", a->prog);
        return 2;
    }
    if (mode && !a->load) {
        fprintf(stderr, "%s: %s needs --load CHECKPOINT: the weights to use\n", a->prog, mode);
        return 2;
    }
    if (!mode && !a->train[0])
        a->train[0] = d->data;
    if (!mode && !a->train[0]) {
        fprintf(stderr, "%s: no training data: give --train FILE (the train block has no data key)\n", a->prog);
        usage(stderr, base_name(a->prog));
        return 2;
    }
    if (d->prep && (a->standardize || !isnan(a->scale))) {
        fprintf(stderr, "%s: model '%s' preprocesses its input itself ('%s' in the .nn file), and its "
                "checkpoints keep the statistics: drop %s\n", a->prog, d->name, d->prep,
                a->standardize ? "--standardize" : "--scale");
        return 2;
    }
    if (mode && a->standardize && !a->train[0]) {
        fprintf(stderr, "%s: --standardize needs the training data's statistics, which checkpoints do not "
                "hold: give --train FILE too\n", a->prog);
        return 2;
    }
    if (a->load && a->resume) {
        fprintf(stderr, "%s: --load and --resume both name the starting checkpoint: give one\n", a->prog);
        return 2;
    }
    if (!isnan(a->shards) && !a->deterministic) {
        fprintf(stderr, "%s: --shards is a setting of --deterministic: give that too\n", a->prog);
        return 2;
    }
    if (!isnan(a->shards) && a->shards > (double)d->batch_size) {
        fprintf(stderr, "%s: --shards %.0f: a batch of %zu rows has at most %zu parts\n", a->prog, a->shards,
                d->batch_size, d->batch_size);
        return 2;
    }
    return 0;
}

static int parse_args(int argc, char **argv, Args *a, const nnrt_model_desc *d)
{
    a->epochs = a->limit = a->scale = a->lr = a->seed = a->validation = a->patience = a->shards = NAN;
    for (int i = 1; i < argc; i++) {
        int r = take_option(argc, argv, &i, a);
        if (r)
            return r;
    }
    return check_mode(a, d);
}

/* ---- data ------------------------------------------------------------------ */

static const char LABEL_HINT[] = "give --label-col NAME, a number (1 is the first column) or 'last'";

/* --label-col: 'first', 'last', a column number from 1, or a header name */
static int label_column(const Args *a, nnrt_csv_options *o)
{
    const char *v = a->label_col;
    if (!v) {
        o->label_by_header = 1;
        return NNRT_OK;
    }
    char *end;
    unsigned long k = strtoul(v, &end, 10);
    if (strcmp(v, "last") == 0)
        o->label_last = 1;
    else if (strcmp(v, "first") == 0)
        o->label_col = 0;
    else if (*end != '\0' || end == v)
        o->label_name = v;
    else if (k == 0 || v[0] == '-')
        return nnrt__fail(NNRT_EARG, "--label-col %s: columns are counted from 1 (the first column is 1)", v);
    else
        o->label_col = k - 1;
    return NNRT_OK;
}

/* "model 'lenet' takes x[1, 28, 28]": the input as the .nn file declares
 * it, for a data file of the wrong width; NULL when the descriptor does
 * not say (a hand-written one) */
static const char *model_input(const nnrt_model_desc *d, char *buf, size_t cap)
{
    if (d->input_rank == 0 || d->input_rank > 3 || !d->input_name)
        return NULL;
    int len = snprintf(buf, cap, "model '%.60s' takes %.60s[", d->name ? d->name : "?", d->input_name);
    for (uint32_t k = 0; k < d->input_rank; k++)
        len += snprintf(buf + len, cap - (size_t)len, "%s%u", k ? ", " : "", d->input_dims[k]);
    snprintf(buf + len, cap - (size_t)len, "]");
    return buf;
}

/* `targets`: 1 required, 0 optional (predict) */
static int load_data(nnrt_dataset *ds, const char *const files[2], const Args *a, const nnrt_model_desc *d,
                     int targets)
{
    size_t classes = d->loss == NNRT_LOSS_CROSS_ENTROPY ? d->output_size : 0;
    nnrt_csv_options o = {.target_cols = classes ? 1 : d->output_size, .num_classes = classes,
                          .input_size = d->input_size, .unit_targets = d->loss == NNRT_LOSS_BCE,
                          .targets_optional = !targets, .label_hint = LABEL_HINT,
                          /* a model that preprocesses its input takes the raw bytes an app has */
                          .raw_bytes = d->prep != NULL};
    char shape[200];
    o.model_input = model_input(d, shape, sizeof shape);
    int err = label_column(a, &o);
    if (!err)
        err = nnrt_dataset_load(ds, files[0], files[1], &o);
    if (!err && a->limit > 0 && ds->n > (size_t)a->limit)
        ds->n = (size_t)a->limit;   /* the first rows only: a quick try on a big data set */
    return err;
}

/* Scaling and standardising; every set with the training statistics. */
static int normalise(nnrt_dataset *const sets[], size_t count, const Args *a)
{
    nnrt_dataset *tr = sets[0];
    for (size_t i = 0; i < count && !isnan(a->scale); i++)
        nnrt_dataset_scale(sets[i], (float)a->scale);
    if (!a->standardize)
        return NNRT_OK;
    float *stats = malloc(2 * tr->input_size * sizeof *stats);
    if (!stats)
        return nnrt__fail(NNRT_ENOMEM, "no memory");
    int err = nnrt_dataset_stats(tr, stats, stats + tr->input_size);
    for (size_t i = 0; i < count && !err; i++)
        if (sets[i]->n)
            nnrt_dataset_standardize(sets[i], stats, stats + tr->input_size);
    free(stats);
    return err;
}

/* Data to score or predict, normalised as the training data was: the
 * statistics come from --train (loaded only for them). */
static int normalise_with(nnrt_dataset *tr, nnrt_dataset *data, const Args *a)
{
    nnrt_dataset *sets[] = {tr, data};
    return tr->n ? normalise(sets, 2, a) : normalise(sets + 1, 1, a);
}

/* ---- checkpoints and settings --------------------------------------------- */

static int start_from(nnrt_model *m, const Args *a)
{
    if (a->load) {
        int err = nnrt_load(m, a->load);
        if (!err && !a->quiet && m->epoch > 0)
            fprintf(stderr, "%s: loaded %s (after epoch %u)\n", a->prog, a->load, m->epoch);
        return err;
    }
    if (!a->resume)
        return NNRT_OK;
    if (access(a->resume, F_OK) != 0 && errno == ENOENT) {
        /* --resume P --save P on the first run: nothing to resume yet */
        if (!a->quiet)
            fprintf(stderr, "%s: %s does not exist yet; starting afresh\n", a->prog, a->resume);
        return NNRT_OK;
    }
    int err = nnrt_load(m, a->resume);
    if (!err && !a->quiet)
        fprintf(stderr, "%s: resumed from %s after epoch %u\n", a->prog, a->resume, m->epoch);
    return err;
}

static double held_out(const Args *a, const nnrt_model_desc *d)
{
    return a->valdata[0] ? 0.0 : !isnan(a->validation) ? a->validation : d->validation;
}

/* The run's settings, for the metrics file's comment: what was used,
 * and which of it came from the command line. */
static void settings(char *s, size_t size, nnrt_model *m, const Args *a)
{
    const nnrt_model_desc *d = m->desc;
    size_t len;
    float *lr = nnrt_param(m, "train.lr", &len);
    double frac = held_out(a, d), pat = !isnan(a->patience) ? a->patience : d->early_stopping;
    int n = snprintf(s, size, "model %s: epochs %.0f%s, ", d->name, !isnan(a->epochs) ? a->epochs : d->epochs,
                     !isnan(a->epochs) ? " (--epochs)" : "");
    if (lr)
        n += snprintf(s + n, size - (size_t)n, "lr %g%s, ", (double)lr[0], !isnan(a->lr) ? " (--lr)" : "");
    else
        n += snprintf(s + n, size - (size_t)n, "lr as compiled, ");
    n += snprintf(s + n, size - (size_t)n, "seed %.0f%s, ", !isnan(a->seed) ? a->seed : (double)d->seed,
                  !isnan(a->seed) ? " (--seed)" : "");
    if (a->valdata[0])
        n += snprintf(s + n, size - (size_t)n, "validation data %.200s, ", a->valdata[0]);
    else
        n += snprintf(s + n, size - (size_t)n, "validation %g%s%s, ", frac, frac > 0 ? " of the rows, seeded" : "",
                      !isnan(a->validation) ? " (--validation)" : "");
    snprintf(s + n, size - (size_t)n, "patience %.0f%s; data %.200s", pat, !isnan(a->patience) ? " (--patience)" : "",
             a->train[0]);
}

static nnrt_fit_options fit_options(const Args *a, const nnrt_dataset *val, const char *note)
{
    nnrt_fit_options o = {.checkpoint = a->save, .metrics = a->metrics, .plot = a->plot,
                          .quiet = a->quiet, .progress = stderr, .metrics_note = note,
                          .plot_log = a->plot_log ? 1 : 0};
    if (!isnan(a->epochs))
        o.epochs = (uint32_t)a->epochs;
    if (val)
        o.validation = val;
    else if (!isnan(a->validation))
        o.validation_fraction = a->validation > 0 ? a->validation : -1;
    if (!isnan(a->patience))
        o.early_stopping = a->patience > 0 ? (int32_t)a->patience : -1;
    if (!isnan(a->lr))   /* a schedule starts from --lr */
        o.lr = (float)a->lr;
    if (!isnan(a->seed)) {
        o.has_seed = 1;
        o.seed = (uint64_t)a->seed;
    }
    o.comm = a->comm;
    o.deterministic = a->deterministic;
    o.shards = isnan(a->shards) ? 0 : (uint32_t)a->shards;
    return o;
}

/* ---- reporting -------------------------------------------------------------- */

/* "PATH-confusion.svg" beside "PATH.svg" */
static void confusion_path(char *out, size_t size, const char *plot)
{
    size_t n = strlen(plot);
    int svg = n > 4 && strcmp(plot + n - 4, ".svg") == 0;
    snprintf(out, size, "%.*s-confusion.svg", (int)(svg ? n - 4 : n), plot);
}

/* The final line: "test loss L  accuracy A%" or "test mse M  mae E  r2 R". */
static void print_scores(const nnrt_scores *s, const char *what, const char *rows)
{
    if (!isnan(s->mse))
        printf("%s%smse %.4f  mae %.4f  r2 %.4f", what, *what ? " " : "", s->mse, s->mae, s->r2);
    else
        printf("%s%sloss %.4f  accuracy %.2f%%", what, *what ? " " : "", s->loss, 100.0 * s->accuracy);
    printf("%s\n", rows);
    fflush(stdout);
}

/* The confusion matrix (not quiet) and its heatmap (with --plot). */
static int show_confusion(const nnrt_scores *s, const Args *a, const char *title)
{
    if (!s->classes)
        return NNRT_OK;
    if (!a->quiet) {
        printf("confusion matrix (%zu rows; rows: true class, columns: predicted)\n", s->n);
        nnrt_print_confusion(stdout, s, 79);
    }
    if (!a->plot || s->classes > 64)
        return NNRT_OK;
    char path[4096];
    confusion_path(path, sizeof path, a->plot);
    return nnrt_plot_confusion(path, title, s->confusion, s->classes);
}

/* After training: the test data, or the training rows (not the held-out
 * ones), and a line that says which. */
static int final_report(nnrt_model *m, const nnrt_dataset *tr, const nnrt_dataset *te, const Args *a)
{
    nnrt_scores s;
    size_t *rows = NULL, ntrain = tr->n;
    double frac = held_out(a, m->desc);
    int err = NNRT_OK;
    if (!te->n && frac > 0) {
        size_t classes = m->desc->loss == NNRT_LOSS_CROSS_ENTROPY ? m->desc->output_size : 0;
        if (!(rows = malloc(tr->n * sizeof *rows)))
            return nnrt__fail(NNRT_ENOMEM, "no memory");
        err = nnrt_dataset_split_rows(tr, frac, !isnan(a->seed) ? (uint64_t)a->seed : m->desc->seed,
                                      m->desc->loss == NNRT_LOSS_BCE && m->desc->output_size == 1 ? 2 : classes,
                                      rows, &ntrain);
    }
    if (!err)
        err = te->n ? nnrt_score(m, te, NULL, 0, &s) : nnrt_score(m, tr, rows, ntrain, &s);
    free(rows);
    if (err)
        return err;
    char where[64];
    snprintf(where, sizeof where, "  on the %zu training rows", ntrain);
    if (te->n)
        err = show_confusion(&s, a, "confusion matrix on the test data");
    print_scores(&s, te->n ? "test" : "train", te->n ? "" : where);
    nnrt_scores_free(&s);
    return err;
}

/* ---- the modes --------------------------------------------------------------- */

typedef struct Run {
    nnrt_model *m;
    nnrt_dataset tr, te, va, ev;
    char note[1024];
} Run;

/* Over several processes: one that failed says so with its rank, rank 0
 * says which one failed, and every process stops. */
static void say_error(const Args *a, int err)
{
    int rank = nnrt_comm_rank(a->comm);
    const char *msg = *nnrt_last_error() ? nnrt_last_error() : nnrt_strerror(err);
    if (rank == 0)
        fprintf(stderr, "%s: error: %s\n", a->prog, msg);
    else
        fprintf(stderr, "%s: rank %d: error: %s\n", a->prog, rank, msg);
}

static int agree(const Args *a, int err, const char *what)
{
    if (nnrt_comm_size(a->comm) == 1)
        return err;
    if (err && nnrt_comm_rank(a->comm) != 0) {
        say_error(a, err);
        (void)nnrt__agree(a->comm, err, what);
        return NNRT_ECOMM;   /* said */
    }
    return nnrt__agree(a->comm, err, what);
}

static int run_train(Run *r, const Args *a)
{
    int err = load_data(&r->tr, a->train, a, r->m->desc, 1);
    if (!err && a->test[0])
        err = load_data(&r->te, a->test, a, r->m->desc, 1);
    if (!err && a->valdata[0])
        err = load_data(&r->va, a->valdata, a, r->m->desc, 1);
    nnrt_dataset *sets[] = {&r->tr, &r->te, &r->va};
    if (!err)
        err = normalise(sets, 3, a);
    if (!err && r->te.n && (err = nnrt_dataset_check(&r->te, r->m->desc)))
        nnrt__fail(err, "%s: %s", a->test[0], nnrt_last_error());
    if ((err = agree(a, err, "reading the data")))
        return err;
    int rank = nnrt_comm_rank(a->comm);
    if (rank == 0)   /* fit hands rank 0's weights to the others */
        err = start_from(r->m, a);
    if ((err = agree(a, err, "loading the checkpoint")))
        return err;
    if (!err && !isnan(a->lr))   /* after loading: a checkpoint brings its own train.lr */
        err = nnrt_set_lr(r->m, (float)a->lr);
    if (!err) {
        settings(r->note, sizeof r->note, r->m, a);
        nnrt_fit_options o = fit_options(a, a->valdata[0] ? &r->va : NULL, r->note);
        err = nnrt_fit(r->m, &r->tr, &o);
    }
    /* a resumed run already at its total trains nothing: still write --save.
     * fit succeeds or fails on every process alike (its failures are
     * agreed on), so this agreement is met by all or by none. */
    int trained = !err;
    if (!err && a->save && rank == 0)
        err = nnrt_save(r->m, a->save);
    if (trained)
        err = agree(a, err, "saving");   /* the others wait for rank 0's file */
    if (err || rank != 0)
        return err;
    return final_report(r->m, &r->tr, &r->te, a);
}

static int run_evaluate(Run *r, const Args *a)
{
    int err = a->train[0] && a->standardize ? load_data(&r->tr, a->train, a, r->m->desc, 1) : NNRT_OK;
    if (!err)
        err = load_data(&r->ev, a->evaluate, a, r->m->desc, 1);
    if (!err)
        err = normalise_with(&r->tr, &r->ev, a);
    if (!err)
        err = start_from(r->m, a);
    nnrt_scores s = {0};
    if (!err)
        err = nnrt_score(r->m, &r->ev, NULL, 0, &s);
    if (err)
        return err;
    err = show_confusion(&s, a, "confusion matrix");
    print_scores(&s, "", "");
    nnrt_scores_free(&s);
    return err;
}

static void predict_rows(FILE *f, const nnrt_model_desc *d, const float *y, size_t n)
{
    int classify = d->loss == NNRT_LOSS_CROSS_ENTROPY;
    for (size_t i = 0; i < n; i++) {
        const float *yi = y + i * d->output_size;
        if (classify) {
            size_t best = 0;
            for (size_t j = 1; j < d->output_size; j++)
                best = yi[j] > yi[best] ? j : best;
            fprintf(f, "%zu,", best);
        }
        for (size_t j = 0; j < d->output_size; j++)
            fprintf(f, "%.6g%s", (double)yi[j], j + 1 < d->output_size ? "," : "\n");
    }
}

/* One row per sample: the class and its probabilities for cross_entropy,
 * else the outputs; a header names the columns. */
static int write_predictions(nnrt_model *m, const nnrt_dataset *ds, FILE *f)
{
    const nnrt_model_desc *d = m->desc;
    enum { CHUNK = 1024 };
    float *y = malloc(CHUNK * d->output_size * sizeof *y);
    if (!y)
        return nnrt__fail(NNRT_ENOMEM, "no memory");
    fprintf(f, "%s", d->loss == NNRT_LOSS_CROSS_ENTROPY ? "class," : "");
    for (size_t j = 0; j < d->output_size; j++)
        fprintf(f, "%s%zu%s", d->loss == NNRT_LOSS_CROSS_ENTROPY ? "p" : "y", j, j + 1 < d->output_size ? "," : "\n");
    int err = NNRT_OK;
    for (size_t i = 0; i < ds->n && !err; i += CHUNK) {
        size_t nb = ds->n - i < CHUNK ? ds->n - i : CHUNK;
        if (!(err = nnrt_predict(m, ds->x + i * d->input_size, y, nb)))
            predict_rows(f, d, y, nb);
    }
    free(y);
    return err;
}

static int run_predict(Run *r, const Args *a)
{
    int err = a->train[0] && a->standardize ? load_data(&r->tr, a->train, a, r->m->desc, 1) : NNRT_OK;
    if (!err)
        err = load_data(&r->ev, a->predict, a, r->m->desc, 0);
    if (!err)
        err = normalise_with(&r->tr, &r->ev, a);
    if (!err)
        err = start_from(r->m, a);
    if (err)
        return err;
    int to_stdout = !a->output || strcmp(a->output, "-") == 0;
    FILE *f = to_stdout ? stdout : fopen(a->output, "w");
    if (!f)
        return nnrt__fail(NNRT_EIO, "%s: cannot write it: %s", a->output, strerror(errno));
    err = write_predictions(r->m, &r->ev, f);
    int bad = ferror(f) | (to_stdout ? fflush(f) : fclose(f));
    if (!err && bad)
        err = nnrt__fail(NNRT_EIO, "%s: writing the predictions failed: %s", to_stdout ? "stdout" : a->output,
                         strerror(errno));
    if (!err && !a->quiet)
        fprintf(stderr, "%s: %zu predictions written to %s\n", a->prog, r->ev.n, to_stdout ? "stdout" : a->output);
    return err;
}

static int run(const nnrt_model_desc *d, const Args *a)
{
    Run r;
    memset(&r, 0, sizeof r);
    r.m = nnrt_model_create(d, !isnan(a->seed) ? (uint64_t)a->seed : d->seed);
    int err = r.m ? NNRT_OK : NNRT_ENOMEM;
    int alone = a->evaluate[0] || a->predict[0], rank = nnrt_comm_rank(a->comm);
    if (!err && alone && rank != 0)
        ;   /* scoring and predicting are rank 0's */
    else if (!err)
        err = a->evaluate[0] ? run_evaluate(&r, a) : a->predict[0] ? run_predict(&r, a) : run_train(&r, a);
    if (err && rank != 0) {
        /* another's failure (ECOMM) is rank 0's to tell; fit's own are rank 0's too */
        if (err != NNRT_ECOMM && err != NNRT_EINTR && err != NNRT_EDIVERGED)
            say_error(a, err);
    } else if (err && err != NNRT_EINTR && err != NNRT_EDIVERGED)   /* fit printed those already */
        say_error(a, err);
    else if (err && a->quiet)
        say_error(a, err);
    nnrt_dataset *sets[] = {&r.tr, &r.te, &r.va, &r.ev};
    for (size_t i = 0; i < 4; i++)
        nnrt_dataset_free(sets[i]);
    nnrt_model_destroy(r.m);
    return err ? 1 : 0;
}

int nnrt_main(const nnrt_model_desc *desc, int argc, char **argv)
{
    return nnrt_main_comm(desc, argc, argv, NULL);
}

int nnrt_main_comm(const nnrt_model_desc *desc, int argc, char **argv, nnrt_comm *comm)
{
    Args a;
    memset(&a, 0, sizeof a);
    a.prog = argc > 0 && argv[0] ? argv[0] : "train";
    a.comm = comm;
    if (!desc || desc->loss == NNRT_LOSS_NONE) {
        fprintf(stderr, "%s: this model has no train block\n", a.prog);
        return 2;
    }
    /* every process parses the same line: rank 0 alone tells what is wrong */
    int rank = nnrt_comm_rank(comm), saved = -1;
    if (rank != 0) {
        fflush(stdout);
        fflush(stderr);
        saved = dup(2);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);   /* stdout stays rank 0's for the whole run */
            dup2(null, 2);
            close(null);
        }
    }
    int r = parse_args(argc, argv, &a, desc);
    if (saved >= 0) {
        fflush(stderr);
        dup2(saved, 2);
        close(saved);
    }
    if (r)
        return r == 1 ? 0 : r;
    return run(desc, &a);
}
