/*
 * nnrt.h - libnnrt, the runtime that nnc's generated code links against.
 *
 * What does not depend on the model lives here: error codes, the seeded
 * generator, datasets (IDX and CSV), checkpoints, progress and metrics,
 * and the model-independent half of the generated API (create, save,
 * load, param, fit, ...), which works on a model descriptor the
 * generated code provides.  Model-specific arithmetic is generated.
 * C11, libc, libm and zlib only; never aborts the host program.
 */
#ifndef NNRT_H
#define NNRT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- errors: 0 is success, failures are negative ---------------------- */
enum {
    NNRT_OK = 0,
    NNRT_ENOMEM = -1,      /* out of memory */
    NNRT_EIO = -2,         /* a file could not be read or written */
    NNRT_EFORMAT = -3,     /* a file is damaged or not of the expected kind */
    NNRT_ECRC = -4,        /* a checkpoint's CRC does not match */
    NNRT_ESHAPE = -5,      /* a checkpoint tensor has the wrong shape */
    NNRT_ENAME = -6,       /* a checkpoint lacks a tensor, or has an unknown one */
    NNRT_EARG = -7,        /* a bad argument: NULL pointer, n out of range */
    NNRT_ETARGET = -8,     /* a target out of range (class index, NaN) */
    NNRT_EDATA = -9,       /* NaN or Inf in the input data */
    NNRT_EDIVERGED = -10,  /* the loss became NaN or Inf */
    NNRT_EINTR = -11,      /* stopped by a signal; the checkpoint is saved */
    NNRT_EVERSION = -12,   /* a checkpoint of another format version */
    NNRT_ECOMM = -13,      /* the processes of a distributed run disagree, or one of them failed */
};
const char *nnrt_strerror(int err);
/* The message of the last failure on this thread, with the file and the
 * place where there is one ("train.csv:17: column 3: 'abc' is not a
 * number"); "" when none.  Every failing call sets it; success leaves it. */
const char *nnrt_last_error(void);
void nnrt_clear_error(void);

/* ---- the seeded generator: PCG32 (O'Neill), same stream everywhere ---- */
typedef struct nnrt_rng {
    uint64_t state, inc;
    /* Data-parallel training: a call of the gradient step on rows
     * [share_row, share_row + share_rows) of a step whose batch has
     * batch_rows rows.  nnrt_dropout_mask then draws only those rows'
     * values of the whole batch's mask and leaves the generator where the
     * whole batch would have, so masks do not depend on how the batch was
     * split.  batch_rows 0 (what nnrt_rng_seed sets): the call's rows are
     * the batch. */
    size_t share_row, share_rows, batch_rows;
} nnrt_rng;
void nnrt_rng_seed(nnrt_rng *r, uint64_t seed, uint64_t stream);
uint32_t nnrt_rng_u32(nnrt_rng *r);
float nnrt_rng_uniform(nnrt_rng *r);                 /* [0, 1) with 24 bits */
double nnrt_rng_normal(nnrt_rng *r);                 /* N(0, 1), Box-Muller */
uint32_t nnrt_rng_below(nnrt_rng *r, uint32_t n);    /* unbiased, [0, n) */
/* Moves the generator `delta` draws ahead in O(log delta) steps (PCG's
 * jump-ahead): the same state as delta calls of nnrt_rng_u32. */
void nnrt_rng_advance(nnrt_rng *r, uint64_t delta);
/* Inverted-dropout mask: each of `count` floats is 0 with probability
 * `rate`, else 1/(1-rate), one draw each.  Called once per dropout per
 * step.  With a share set in r (above), `count` is share_rows rows of the
 * mask: they get the values rows share_row.. of a batch_rows-row mask
 * would get, and r ends batch_rows rows' draws past where it started. */
void nnrt_dropout_mask(nnrt_rng *r, float *mask, size_t count, float rate);
/* The same mask drawn in parts, on threads: _part writes mask[lo, hi) as
 * nnrt_dropout_mask(r, mask, count, rate) would, leaving r as it is
 * (PCG's jump-ahead to element lo); _skip then moves r as that call would.
 * So the parts of a mask may be drawn in any order, on any thread, and
 * the numbers are the one call's. */
void nnrt_dropout_mask_part(const nnrt_rng *r, float *mask, size_t count, size_t lo, size_t hi, float rate);
void nnrt_dropout_mask_skip(nnrt_rng *r, size_t count);
/* Fisher-Yates: idx[0..n) in place, i from n-1 down to 1 swapping with
 * below(i+1).  Callers that need a reproducible order fill idx first. */
void nnrt_shuffle(nnrt_rng *r, size_t *idx, size_t n);
/* The streams (PCG's initseq) every model seeds with: parameters are drawn
 * from (seed, NNRT_STREAM_INIT), dropout and shuffling from the model's
 * rng seeded with (seed, NNRT_STREAM_TRAIN). */
enum { NNRT_STREAM_INIT = 1, NNRT_STREAM_TRAIN = 2, NNRT_STREAM_SPLIT = 3 };

/* ---- the model descriptor: what generated code tells the runtime ------ */
enum { NNRT_PARAM = 0, NNRT_STATE = 1, NNRT_GRAD = 2,
       NNRT_BUFFER = 3 };   /* a layer's buffer (batch norm's running statistics):
                               checkpointed under its own name like a parameter, reachable
                               with nnrt_param, but no gradient and not in param_count */
/* NNRT_INIT_LR marks the state tensor that holds the learning rate
 * (train.lr): desc->lr at creation; a checkpoint that lacks it (a PyTorch
 * export, or one written before nnc kept the rate in the workspace)
 * leaves it as it is. */
enum { NNRT_INIT_ZERO = 0, NNRT_INIT_HE = 1, NNRT_INIT_XAVIER = 2, NNRT_INIT_UNIFORM = 3,
       NNRT_INIT_LR = 4, NNRT_INIT_ONES = 5 };

/* NNRT_LOSS_MSE: any regression loss (mse, l1, huber): finite targets
 * shaped like the output, no accuracy. */
enum { NNRT_LOSS_NONE = 0, NNRT_LOSS_MSE = 1, NNRT_LOSS_CROSS_ENTROPY = 2, NNRT_LOSS_BCE = 3 };
/* The train block's learning-rate schedule (nnrt_schedule_lr). */
enum { NNRT_SCHED_CONSTANT = 0, NNRT_SCHED_STEP = 1, NNRT_SCHED_EXPONENTIAL = 2, NNRT_SCHED_COSINE = 3 };

typedef struct nnrt_tensor {
    const char *name;      /* "h1.weight"; state: "train.h1.weight.momentum" */
    uint32_t ndim;         /* 1 to 4 (0 for a scalar such as train.step) */
    uint32_t dims[4];      /* PyTorch's shape: weight is out x in, a convolution's
                              filters x in/groups x k x k */
    size_t offset;         /* in floats, into the workspace */
    uint8_t kind;          /* NNRT_PARAM, NNRT_STATE, NNRT_GRAD or NNRT_BUFFER */
    uint8_t init;          /* NNRT_INIT_*: how create() fills a parameter */
    uint32_t fan_in, fan_out;
    int32_t grad;          /* NNRT_PARAM: index of its gradient tensor, or -1 */
} nnrt_tensor;

typedef struct nnrt_model_desc {
    const char *name;               /* the model's name */
    size_t input_size, output_size;
    size_t batch_size;              /* the largest n a kernel call takes */
    size_t workspace_floats;        /* one block: params, state, grads, scratch */
    const nnrt_tensor *tensors;     /* params in source order, then state, then grads */
    size_t ntensors;
    size_t param_count;             /* floats in NNRT_PARAM tensors */
    int loss;                       /* NNRT_LOSS_*; NONE: inference only */
    /* the train block */
    uint32_t epochs;
    double validation;              /* fraction held out, last rows */
    uint32_t early_stopping;        /* patience, 0 = off */
    uint64_t seed;
    const char *data;               /* default training data path, or NULL */
    /* the training step's seam: every parameter's gradient, in parameter
     * order, is one region of the workspace, grad_count floats from
     * grad_offset (one allreduce, one clipping norm covers them all) */
    size_t grad_offset, grad_count;
    float lr;                       /* the train block's learning rate: train.lr at creation */
    /* generated kernels; each handles 1 <= n <= batch_size rows.
     * forward reads the parameters at pw and works in ws: pw is ws for
     * the model itself, the model's ws for a context (nnrt_ctx), whose
     * ws is its own */
    void (*forward)(float *ws, float *pw, const float *x, float *y, size_t n);
    /* A training step is grad_step then update_step.  grad_step: forward,
     * loss and backward on n rows, every gradient into the region; returns
     * the mean loss, and *correct (never NULL) gets the right answers of
     * the step's forward pass (dropout on, the weights before the update),
     * counted as eval_batch counts them, so fit's training accuracy costs
     * no second forward pass.  update_step: the optimizer, from the
     * gradients in the region, at the learning rate in train.lr. */
    float (*grad_step)(float *ws, nnrt_rng *rng, const float *x,
                       const float *target, size_t n, float *correct);
    void (*update_step)(float *ws);
    /* mean loss over the n rows; *correct gets the number of right
     * answers (argmax for cross_entropy; outputs on the right side of
     * 0.5 for binary_cross_entropy, counted per output; 0 for mse) */
    float (*eval_batch)(float *ws, const float *x, const float *target,
                        size_t n, float *correct);
    /* the learning-rate schedule (NNRT_SCHED_*), stepped once per epoch
     * by nnrt_fit from lr: nnrt_schedule_lr */
    int schedule;
    uint32_t step_size, t_max;      /* step's period; cosine's half period (the train block's epochs by default) */
    double gamma, eta_min;          /* step's and exponential's factor; cosine's floor */
    /* Preprocessing, part of the model (`z = standardize(x)`,
     * `z = scale(x, s)`): before every forward pass the runtime maps each
     * input x[i] to (x[i] - mean[g]) / std[g], g = i / prep_group (a
     * feature of a vector input, a channel of an image).  mean and std
     * are buffers of prep_groups floats each: checkpointed as PREP.mean
     * and PREP.std, no gradient, not in param_count.  Zero: none. */
    const char *prep;               /* the preprocessed value's name; NULL: no preprocessing */
    size_t prep_groups, prep_group; /* groups, and inputs per group */
    float prep_std;                 /* std at creation (1 / scale; 1 for standardize), mean 0 */
    int prep_adapt;                 /* 1: fit computes mean and std from its training rows */
    /* the input as the .nn file declares it, for messages ("model 'lenet'
     * takes x[1, 28, 28]"); input_rank 0: not known (a hand-written descriptor) */
    const char *input_name;
    uint32_t input_rank;            /* 1: a vector [n]; 3: an image [C, H, W] */
    uint32_t input_dims[3];
    /* a batch_norm layer that sees one value per channel in a sample (over
     * a vector's features, or a 1 x 1 image's channels), else NULL: a
     * training batch of one row would give it a single value per channel,
     * which training refuses, as PyTorch does */
    const char *bn_single;
} nnrt_model_desc;

/* A model instance: the descriptor, one workspace, the training RNG and
 * counters.  Generated `struct NAME` wraps exactly this. */
typedef struct nnrt_model {
    const nnrt_model_desc *desc;
    float *ws;
    nnrt_rng rng;      /* dropout masks and shuffling */
    uint32_t epoch;    /* epochs completed (for resuming) */
    uint32_t processes;  /* > 1: trained data-parallel on that many (saved for information) */
    /* preprocessing (desc->prep): the buffers, and a batch of inputs as
     * the network sees them; NULL without */
    float *prep_mean, *prep_std, *prep_x;
    int adapted;       /* the buffers hold statistics (adapted, or loaded) */
} nnrt_model;

/* ---- parameter initialisation (create and the reference interpreter) --
 * One generator seeded (seed, NNRT_STREAM_INIT) walks the NNRT_PARAM
 * tensors in descriptor order, each row-major; NNRT_INIT_ZERO draws
 * nothing.  he: N(0, 2/fan_in) (one Box-Muller normal per value);
 * xavier: U(-a, a), a = sqrt(6/(fan_in+fan_out)); uniform: U(-k, k),
 * k = 1/sqrt(fan_in) (one nnrt_rng_uniform u per value, a*(2u-1)).  Every
 * value is computed in double and rounded to float once. */
float nnrt_init_draw(nnrt_rng *r, int init, uint32_t fan_in, uint32_t fan_out);
void nnrt_init_tensor(nnrt_rng *r, float *dst, size_t len, int init,
                      uint32_t fan_in, uint32_t fan_out);
void nnrt_init_params(const nnrt_model_desc *d, float *ws, uint64_t seed);
/* Checks a descriptor: names, shapes, offsets inside the workspace,
 * param_count, gradient links.  create() calls it. */
int nnrt_desc_check(const nnrt_model_desc *d);
size_t nnrt_tensor_len(const nnrt_tensor *t);   /* product of dims; 1 for ndim 0 */

/* ---- datasets ------------------------------------------------------------
 * n samples, each input_size floats of x and target_size floats of t
 * (target_size 1 for class indices stored as floats, as train_batch takes
 * them).  A dataset either owns x and t (loaders) or views another's
 * (split); nnrt_dataset_free frees only what it owns.  Zero-initialise
 * before loading. */
typedef struct nnrt_dataset {
    size_t n, input_size, target_size;
    float *x;          /* n x input_size */
    float *t;          /* n x target_size; NULL when the file had no targets */
    int owns;          /* 1: x and t are freed by nnrt_dataset_free */
} nnrt_dataset;
void nnrt_dataset_free(nnrt_dataset *d);

/* IDX files (LeCun's format), gzipped or plain, told apart by content.
 * u8 images become floats in [0, 1] (divided by 255); other element types
 * keep their values.  Every dimension after the first makes one sample:
 * 28x28 images give input_size 784.  `labels` (may be NULL) must be a
 * 1-D file with the same count; with num_classes > 0 each label is
 * checked to be below it. */
int nnrt_dataset_load_idx(nnrt_dataset *d, const char *images,
                          const char *labels, size_t num_classes);

/* CSV: one sample a line, numbers separated by commas (or by ';' or a
 * tab, when the first line has more of those).  A first line that is not
 * all numbers is a header.  The targets are target_cols columns (0 means
 * 1) starting at column label_col (0-based: the file's column 1 is 0;
 * default the first, as in the common MNIST CSV files), or at the header
 * column named label_name, or the last columns (label_last), or, with
 * label_by_header and a header row, at the column named label, labels,
 * target, targets, class or y (any case; none is an error that asks for
 * the column); the other columns are the input, in order.  Messages
 * count columns from 1.  Zero-initialised options are the defaults.  The
 * file may be gzipped. */
typedef struct nnrt_csv_options {
    size_t target_cols;      /* 0: 1 */
    size_t label_col;        /* first target column, 0-based */
    const char *label_name;  /* header name of the first target column; overrides label_col */
    size_t num_classes;      /* > 0: targets are class indices, checked integral and below it */
    size_t input_size;       /* > 0: every row must have this many inputs */
    int no_targets;          /* 1: every column is input (data for predict) */
    /* appended for the trainer (issue 21) */
    int label_last;          /* 1: the targets are the last target_cols columns */
    int label_by_header;     /* 1: a header names the target column (above) */
    int unit_targets;        /* 1: targets must be in [0, 1] (binary_cross_entropy) */
    int targets_optional;    /* 1: a file of exactly input_size columns has no targets */
    const char *label_hint;  /* ends a message about the target column: how to choose another */
    int raw_bytes;           /* 1: IDX u8 values stay 0..255 (a model that scales its own input) */
    /* appended for images (issue 19) */
    const char *model_input; /* what the model takes, for a file of the wrong width: "model
                              * 'lenet' takes x[1, 28, 28]"; NULL: "the model takes N inputs" */
} nnrt_csv_options;
int nnrt_dataset_load_csv(nnrt_dataset *d, const char *path, const nnrt_csv_options *opt);
/* Either kind, told apart by content: IDX when the (unzipped) file
 * starts 00 00 TYPE NDIM, else CSV.  `labels` (may be NULL) is the IDX
 * labels file; a CSV file holds its own targets.  opt (may be NULL) is
 * used for both: num_classes and input_size check IDX data too, and
 * no_targets / targets_optional let IDX images come without labels.
 * Each failure has its own message: a file that cannot be opened (the
 * system's reason), damaged or truncated gzip data, a labels file after
 * a file that is not IDX (the bytes read and the magic expected), data
 * of another width than the model takes. */
int nnrt_dataset_load(nnrt_dataset *d, const char *path, const char *labels, const nnrt_csv_options *opt);

/* Normalisation.  scale: x *= factor.  standardise: per feature (column of
 * x), z = (x - mean) / std with the population std (divide by n); a
 * constant feature gets std 1, so it becomes 0.  Compute the statistics on
 * the training set and apply the same ones to validation and test data.
 * mean and std hold input_size floats each. */
void nnrt_dataset_scale(nnrt_dataset *d, float factor);
int nnrt_dataset_stats(const nnrt_dataset *d, float *mean, float *std);
void nnrt_dataset_standardize(nnrt_dataset *d, const float *mean, const float *std);
/* Holds out the last floor(n * fraction) rows: *train and *val view `all`
 * (they own nothing).  0 <= fraction < 1; at least one training row.
 * fit does not use it any more: a file sorted by class would validate on
 * one class (nnrt_dataset_split_rows is the honest split). */
int nnrt_dataset_split(const nnrt_dataset *all, double fraction,
                       nnrt_dataset *train, nnrt_dataset *val);
/* The split fit makes: floor(n * fraction) rows held out, drawn by a
 * generator seeded (seed, NNRT_STREAM_SPLIT), so the same seed and data
 * give the same split on every machine and in a resumed run.  With
 * classes > 0 (one target per row: a class index below classes, or for
 * 2 a BCE target, split at 0.5) it is stratified: each class gives
 * floor(count * fraction) rows, and the rows still missing go one each
 * to the classes with the largest remainders.  rows (n entries) gets the
 * training rows, ascending, then the held-out rows, ascending;
 * *ntrain how many train. */
int nnrt_dataset_split_rows(const nnrt_dataset *all, double fraction, uint64_t seed, size_t classes,
                            size_t *rows, size_t *ntrain);
/* Checks a dataset against a model: sizes, finite inputs, targets valid
 * for the loss (class indices in range, BCE targets in [0, 1]). */
int nnrt_dataset_check(const nnrt_dataset *d, const nnrt_model_desc *desc);

/* ---- the model API: generated NAME_* functions wrap these -------------- */
/* One 64-byte-aligned workspace, zeroed, parameters initialised from
 * (seed, NNRT_STREAM_INIT), rng seeded (seed, NNRT_STREAM_TRAIN), epoch 0.
 * NULL on no memory or a bad descriptor (nnrt_last_error says which). */
nnrt_model *nnrt_model_create(const nnrt_model_desc *d, uint64_t seed);
void nnrt_model_destroy(nnrt_model *m);
/* Any n (0 does nothing), worked through in batches; dropout is identity. */
int nnrt_predict(nnrt_model *m, const float *x, float *y, size_t n);
/* Preprocessing (desc->prep): mean and std of each group over the n rows
 * of raw inputs x (population std; a constant group gets std 1), into the
 * model's buffers, as Keras's Normalization.adapt.  nnrt_fit does it on
 * its training rows when the buffers hold no statistics yet (a fresh
 * model: not loaded from a checkpoint, not adapted).  NNRT_EARG for a
 * model without `standardize`. */
int nnrt_adapt(nnrt_model *m, const float *x, size_t n);
/* One step on 1 <= n <= batch_size rows.  Inputs must be finite
 * (NNRT_EDATA); targets class indices in [0, output_size) for
 * cross_entropy, in [0, 1] for binary_cross_entropy, finite for mse
 * (NNRT_ETARGET).  *loss (may be NULL) gets the batch's mean loss;
 * NNRT_EDIVERGED when it is NaN or Inf.  One row of a model whose
 * batch_norm sees one value per channel in a sample (desc->bn_single) is
 * NNRT_EARG, nothing changed (PyTorch refuses it too).  The generated
 * NAME_train_batch returns the loss, or NaN on any error (nnrt_last_error
 * says why). */
int nnrt_train_batch(nnrt_model *m, const float *x, const float *target,
                     size_t n, float *loss);
/* The training step in its two halves, for an app that drives its own
 * (distributed) loop: nnrt_grad_step checks the rows as train_batch does,
 * runs forward, loss and backward on them (dropout masks from the model's
 * generator), and leaves every gradient, the mean over the n rows, in the
 * region nnrt_gradients returns (*count floats, parameter order);
 * *loss and *correct (either may be NULL) get the mean loss and the
 * number of right answers.  The app may change the region (sum it over
 * processes, scale it) before nnrt_update_step applies the optimizer to
 * it at the rate in train.lr.  train_batch is grad_step then update_step
 * when the loss is finite. */
int nnrt_grad_step(nnrt_model *m, const float *x, const float *target, size_t n,
                   float *loss, float *correct);
int nnrt_update_step(nnrt_model *m);
float *nnrt_gradients(nnrt_model *m, size_t *count);
/* Any n >= 1, in batches; loss is the mean over rows; accuracy (may be
 * NULL) as INTERFACE.md says: NaN for mse.  NAME_evaluate returns the
 * loss, NaN on error. */
int nnrt_evaluate(nnrt_model *m, const float *x, const float *target,
                  size_t n, float *loss, float *accuracy);
/* By checkpoint name ("h1.weight"; train.* state names too): its storage
 * and length, or NULL with *len = 0 for an unknown name.  grad: the
 * gradient of the last train_batch. */
float *nnrt_param(nnrt_model *m, const char *name, size_t *len);
const float *nnrt_grad(const nnrt_model *m, const char *name, size_t *len);
size_t nnrt_param_count(const nnrt_model_desc *d);

/* The learning rate, at run time: writes lr into the model's train.lr
 * tensor (training state in the workspace, saved in checkpoints).
 * NNRT_EARG when lr is not a positive finite number, or when the model
 * has no train.lr tensor: code from an nnc that compiles the rate into
 * the update step as a constant, which cannot be changed.  A checkpoint
 * loaded afterwards brings its own train.lr: set the rate after loading. */
int nnrt_set_lr(nnrt_model *m, float lr);
/* The rate train.lr holds now (the rate the next step trains with); NaN
 * when the model has none (no train block, or code that compiles it in). */
float nnrt_get_lr(const nnrt_model *m);
/* The rate of epoch `epoch` (0-based: the number of epochs completed
 * before it) under the descriptor's schedule, from the starting rate
 * base, in double, as PyTorch's schedulers give it (get_last_lr()
 * during that epoch):
 *   constant     base
 *   step         base gamma^floor(epoch / step_size)            (StepLR)
 *   exponential  base gamma^epoch                               (ExponentialLR)
 *   cosine       eta_min + (base - eta_min)(1 + cos(pi epoch / t_max)) / 2
 *                (CosineAnnealingLR's closed form; past t_max it rises again) */
double nnrt_schedule_lr(const nnrt_model_desc *d, double base, uint32_t epoch);

/* ---- scores: how good a trained model is (score.c) ----------------------
 * nnrt_score runs the model over rows of d (rows[0..nrows) by number, or
 * all of d when rows is NULL) in chunks, and fills s with what fits the
 * task: the loss and accuracy as nnrt_evaluate computes them; for mse
 * the MSE, MAE and R^2 over every output (R^2 averaged over the outputs,
 * an output with constant targets counting 1 when predicted exactly, else
 * 0, as scikit-learn does); for cross_entropy (classes = outputs) and a
 * one-output binary_cross_entropy (classes = 2, split at 0.5) the
 * confusion matrix, row = true class, column = predicted (argmax, the
 * first of equal maxima).  NaN where a score does not apply. */
typedef struct nnrt_scores {
    size_t n;                  /* rows scored */
    double loss, accuracy;
    double mse, mae, r2;
    size_t classes;            /* side of confusion; 0: none */
    uint64_t *confusion;       /* classes x classes, malloc'd: nnrt_scores_free */
} nnrt_scores;
int nnrt_score(nnrt_model *m, const nnrt_dataset *d, const size_t *rows, size_t nrows, nnrt_scores *s);
void nnrt_scores_free(nnrt_scores *s);
/* The confusion matrix as a table, each row's accuracy at its end (the
 * share of the class predicted right), in at most `width` columns; when
 * the matrix cannot fit, each class's accuracy alone, one per line. */
void nnrt_print_confusion(FILE *f, const nnrt_scores *s, size_t width);

/* ---- checkpoints (INTERFACE.md section 4) ------------------------------
 * save: parameters in descriptor order, then (for a model with a train
 * block) the NNRT_STATE tensors, then train.epoch ([1], epochs completed)
 * and train.rng ([8]: the PCG32 state then inc, each as four 16-bit
 * pieces, least significant first, one exact integer 0..65535 per float).
 * Atomic: PATH.tmp in the same folder, written, fsync'd, renamed over
 * PATH, then the folder fsync'd.
 * load: the whole file is read and checked (magic, version, structure,
 * CRC, every name and shape) before anything is copied: on failure the
 * model is unchanged.  EFORMAT: not a checkpoint, truncated or malformed;
 * EVERSION; ECRC: whole but damaged; ENAME: a tensor missing or unknown;
 * ESHAPE.  A file with no train.* tensor (a PyTorch export) loads the
 * weights, zeroes the optimizer state and sets epoch 0 (the rng is left
 * as it is); one with them must have all of them and restores state,
 * epoch and rng.  An inference-only model ignores train.* tensors. */
int nnrt_save(const nnrt_model *m, const char *path);
int nnrt_load(nnrt_model *m, const char *path);

/* Generic access for tools and tests, without a descriptor. */
enum { NNRT_CKPT_MAX_DIMS = 8 };
typedef struct nnrt_ckpt_tensor {
    char *name;        /* NUL-terminated */
    uint32_t ndim;     /* 0 .. NNRT_CKPT_MAX_DIMS */
    uint32_t dims[NNRT_CKPT_MAX_DIMS];
    size_t len;        /* product of dims (1 for ndim 0) */
    float *data;
} nnrt_ckpt_tensor;
typedef struct nnrt_ckpt {
    size_t count;
    nnrt_ckpt_tensor *tensors;   /* in file order */
} nnrt_ckpt;
int nnrt_ckpt_read(const char *path, nnrt_ckpt *ck);
/* Parses a checkpoint image in memory (what read and load use). */
int nnrt_ckpt_parse(const void *buf, size_t size, nnrt_ckpt *ck);
/* Writes count tensors, atomically as nnrt_save does; len is ignored
 * (the dims say it). */
int nnrt_ckpt_write(const char *path, const nnrt_ckpt_tensor *tensors, size_t count);
const nnrt_ckpt_tensor *nnrt_ckpt_find(const nnrt_ckpt *ck, const char *name);
void nnrt_ckpt_free(nnrt_ckpt *ck);

/* ---- communication: the seam data-parallel training runs through --------
 * A communicator is `size` processes, this one being `rank`; every
 * process calls the same collectives in the same order.  libnnrt has the
 * one-process communicator (nnrt_comm_self: every collective leaves the
 * data as it is); libnnrt_mpi (nnrt_mpi.h) makes one over MPI.  libnnrt
 * never includes mpi.h.  Collectives return 0 or NNRT_ECOMM; the MPI one
 * ends the whole job when a process fails (docs/distributed.md). */
enum { NNRT_T_F32 = 0, NNRT_T_F64 = 1, NNRT_T_I64 = 2, NNRT_T_U64 = 3 };
enum { NNRT_OP_SUM = 0, NNRT_OP_MIN = 1, NNRT_OP_MAX = 2 };
typedef struct nnrt_comm nnrt_comm;
struct nnrt_comm {
    int rank, size;
    const char *name;        /* "self", "mpi" */
    void *impl;
    /* in place: buf[0..count) of `type` combined by `op` across processes */
    int (*allreduce)(nnrt_comm *c, void *buf, size_t count, int type, int op);
    /* `bytes` bytes of root's buf to every process */
    int (*bcast)(nnrt_comm *c, void *buf, size_t bytes, int root);
    int (*barrier)(nnrt_comm *c);
    /* floats: scounts[q] at send + sdispls[q] go to process q, which
     * receives them at recv + rdispls[this rank]; only moves data */
    int (*alltoallv)(nnrt_comm *c, const float *send, const size_t *scounts, const size_t *sdispls,
                     float *recv, const size_t *rcounts, const size_t *rdispls);
    /* in place: process q's counts[q] floats at buf + displs[q] to every process */
    int (*allgatherv)(nnrt_comm *c, float *buf, const size_t *counts, const size_t *displs);
    /* ends every process of the job with `status` */
    void (*abort)(nnrt_comm *c, int status);
    /* seconds on the job's clock (MPI_Wtime; a simulator's simulated time) */
    double (*wtime)(nnrt_comm *c);
};
nnrt_comm *nnrt_comm_self(void);
/* The collectives through a communicator; NULL means nnrt_comm_self(). */
int nnrt_comm_rank(const nnrt_comm *c);
int nnrt_comm_size(const nnrt_comm *c);
int nnrt_allreduce(nnrt_comm *c, void *buf, size_t count, int type, int op);
int nnrt_bcast(nnrt_comm *c, void *buf, size_t bytes, int root);
int nnrt_barrier(nnrt_comm *c);
void nnrt_abort(nnrt_comm *c, int status);
/* Seconds on the communicator's clock: what fit times its epochs with
 * over a communicator (under SimGrid's SMPI, the simulated time). */
double nnrt_comm_wtime(nnrt_comm *c);
/* Rank 0's parameters, optimizer state, generator and epoch count to every
 * process (after create or load: every replica starts the same). */
int nnrt_sync_model(nnrt_comm *c, nnrt_model *m);
/* Whether every process holds the same weights: a checksum of the
 * parameters and state, its minimum and maximum over the processes.
 * NNRT_ECOMM, with the ranks that differ from rank 0 in the message,
 * when they do not agree. */
int nnrt_check_replicas(nnrt_comm *c, const nnrt_model *m);

/* ---- fit: the train block's loop ---------------------------------------
 * Zero-initialised options are the train block's settings. */
typedef struct nnrt_fit_options {
    uint32_t epochs;                 /* total to reach (resumed runs continue to it); 0: the train block's */
    const nnrt_dataset *validation;  /* held-out data; NULL: the train block's fraction of train's last rows */
    double validation_fraction;      /* used when validation is NULL: 0: the train block's; < 0: none */
    int32_t early_stopping;          /* patience: 0: the train block's; < 0: off */
    const char *checkpoint;          /* saved at the end of every epoch and on SIGINT/SIGTERM; NULL: none */
    const char *metrics;             /* CSV, one row per epoch; NULL: none */
    FILE *progress;                  /* NULL: stderr; a bar on a terminal, one line per epoch otherwise */
    int quiet;                       /* 1: no progress */
    int keep_signals;                /* 1: do not catch SIGINT/SIGTERM */
    const char *plot;                /* SVG chart of the metrics, rewritten after every epoch; NULL: none */
    /* appended for the trainer (issue 21); zero keeps the behaviour above */
    int has_seed;                    /* 1: `seed` draws the validation split; 0: the train block's seed */
    uint64_t seed;
    const char *metrics_note;        /* one line written as a '# ' comment before the rows of this run */
    int plot_log;                    /* the chart's loss axis: 0 log when it spans > 2 decades; 1 log; -1 linear */
    /* appended for data-parallel training (issue 22, docs/distributed.md) */
    nnrt_comm *comm;                 /* the processes that train together; NULL: this one alone */
    int deterministic;               /* 1: gradients summed in a fixed order: the same bits for any process count */
    uint32_t shards;                 /* deterministic: the global batch in this many parts (at most
                                      * batch_size); 0: 8, or batch_size when smaller */
    /* appended for training v2 (issue 20) */
    float lr;                        /* the schedule's starting rate; 0: the train block's (desc->lr) */
} nnrt_fit_options;
/* Validation: options.validation, else floor(n * fraction) rows held out
 * by nnrt_dataset_split_rows (stratified for cross_entropy and a
 * one-output binary_cross_entropy) and copied aside.
 * Trains from epoch m->epoch up to the total.  Returns 0; NNRT_EINTR when
 * a signal (or nnrt_request_stop) stopped it at a batch boundary, after
 * saving the checkpoint; NNRT_EDIVERGED when the loss became NaN or Inf
 * (the message names the epoch and batch; nothing is saved, and the model
 * is reloaded from the checkpoint when there is one); NNRT_EIO when a
 * checkpoint or metrics write failed; NNRT_EARG/EDATA/ETARGET for data
 * that does not fit the model. */
int nnrt_fit(nnrt_model *m, const nnrt_dataset *train, const nnrt_fit_options *opt);
/* Asks a running fit to stop at the next batch boundary (async-signal-safe). */
void nnrt_request_stop(void);

/* ---- plots: a run's metrics as an SVG chart (plot.c) --------------------
 * One row per epoch; NaN where there is no value (accuracy for mse, no
 * validation data).  Accuracies are shares in [0, 1], drawn in percent. */
typedef struct nnrt_epoch_metrics {
    uint32_t epoch;                  /* 1-based */
    double train_loss, train_accuracy, val_loss, val_accuracy;
    double lr;                       /* the rate the epoch trained with; NaN: not known */
} nnrt_epoch_metrics;
/* Writes an SVG chart: loss against epochs on the left, accuracy on the
 * right (one panel when there is no accuracy), training solid blue,
 * validation dashed orange, a legend and labelled axes.  `title` may be
 * NULL.  Byte-identical for the same rows on every machine and locale;
 * atomic (PATH.tmp, then renamed); no heap.  Curves are <path> elements
 * with ids loss-train, loss-validation, accuracy-train and
 * accuracy-validation. */
int nnrt_plot_svg(const char *path, const char *title, const nnrt_epoch_metrics *rows, size_t n);
/* The same chart with options (nnrt_plot_svg is this with only a title).
 * best_epoch > 0 draws a vertical line labelled "best: epoch N" in both
 * panels (early stopping keeps that epoch's weights).  The loss axis is
 * logarithmic, with ticks at 1, 2 and 5 times powers of ten, when
 * log_loss is 1, or when it is 0 and the finite positive losses span more
 * than two decades (largest > 100 x smallest); -1 keeps it linear.  The
 * loss panel's <path> elements then have class "log". */
typedef struct nnrt_plot_options {
    const char *title;
    uint32_t best_epoch;
    int log_loss;
} nnrt_plot_options;
int nnrt_plot_training(const char *path, const nnrt_plot_options *o, const nnrt_epoch_metrics *rows, size_t n);
/* A confusion matrix as an SVG heatmap: counts is classes x classes,
 * row = true class, column = predicted; each cell shaded by its share of
 * its row (the recall of the diagonal) and labelled with its count, each
 * row's accuracy beside it.  Byte-identical everywhere, atomic, no heap.
 * classes 1 to 64 (a bigger matrix is not readable as a picture). */
int nnrt_plot_confusion(const char *path, const char *title, const uint64_t *counts, size_t classes);

/* ---- predictions from many threads on one model ---------------------------
 * A context is one thread's place to predict: a workspace of its own for
 * the activations (and the preprocessed inputs), reading the parameters
 * (and the preprocessing's statistics) of the model it was made for, with
 * no copy.  Contexts of one model predict at the same time, each on one
 * thread at a time, as long as nothing changes the model meanwhile: no
 * train_batch, fit, load or write through nnrt_param on it while any of
 * its contexts predicts.  The model's own nnrt_predict uses the model's
 * workspace and is one thread's call, like every other call on the
 * model.  A context allocates at creation only, and is destroyed before
 * its model. */
typedef struct nnrt_ctx nnrt_ctx;
nnrt_ctx *nnrt_ctx_create(const nnrt_model *m);   /* NULL on no memory (nnrt_last_error) */
void nnrt_ctx_destroy(nnrt_ctx *c);
/* nnrt_predict's contract: any n, in batches, dropout as identity. */
int nnrt_ctx_predict(nnrt_ctx *c, const float *x, float *y, size_t n);

/* ---- threads: the pool the LLVM backend's parallel loops run on ------
 * (parallel.c).  The generated code outlines each loop worth threads into
 * body(ctx, lo, hi), which runs iterations [lo, hi); nnrt_parallel_for
 * runs [0, n) in contiguous chunks on up to `threads` threads, the
 * caller's included, and returns when all are done.
 * `threads` is the count the model was compiled with (nnc --threads);
 * the environment variable NNC_THREADS (1 to 1024) overrides it, as it
 * does for the C backend's OpenMP loops.  threads < 1 runs the loop on
 * the calling thread whatever NNC_THREADS says (the loop has too little
 * work in this call to pay for a fork). */
typedef void (*nnrt_loop_body)(void *ctx, size_t lo, size_t hi);
void nnrt_parallel_for(nnrt_loop_body body, void *ctx, size_t n, int threads);
/* NNC_THREADS when it is set to a count from 1 to 1024, else `compiled`
 * (1 when that is out of range). */
int nnrt_threads(int compiled);

/* ---- the standalone trainer (INTERFACE.md section 2b) -------------------
 * The main() of `nnc --main`: parses the command line, reads the data,
 * trains, prints "test loss L  accuracy A" on stdout.  Returns the exit
 * status: 0 done, 1 bad data or a failed run, 2 bad usage. */
int nnrt_main(const nnrt_model_desc *desc, int argc, char **argv);
/* The same over a communicator (NULL: one process): every process parses
 * the same command line and loads the data; rank 0 prints, loads and
 * writes the checkpoints, metrics and charts.  nnrt_mpi_main
 * (nnrt_mpi.h) is this over MPI_COMM_WORLD. */
int nnrt_main_comm(const nnrt_model_desc *desc, int argc, char **argv, nnrt_comm *comm);

/* ---- nnc --profile: the time each op of the generated code takes --------
 * C built with --profile times every graph op of forward, grad_step,
 * update_step and eval_batch and counts into NAME_profile (model.h
 * declares it, and defines NAME_PROFILED).  The counters are plain
 * doubles: profile one thread at a time (not nnrt_ctx_predict from many).
 * The standalone trainer of `--main --profile` prints the table to stderr
 * at its end. */
typedef struct nnrt_profile {
    size_t nops;
    const char *const *ops;      /* each op as its comment in the C: "d.c1 = max_pool2d_grad(d.p1, c1)" */
    const char *const *where;    /* its function and .nn line: "grad_step, model.nn:5" */
    const double *flops;         /* its FLOPs per row (products and pools; 0: not counted) */
    double *seconds;             /* time in it */
    double *rows;                /* rows it processed, summed over its calls (the step's n) */
    unsigned long *calls;
} nnrt_profile;
/* seconds from an arbitrary origin (CLOCK_MONOTONIC) */
double nnrt_prof_now(void);
/* op i ran from t0 until now over rows rows */
void nnrt_prof_add(nnrt_profile *p, size_t i, double t0, size_t rows);
void nnrt_profile_reset(nnrt_profile *p);
/* The table, the slowest op first: its share of the time, calls, time a
 * call, GFLOP/s where it counts FLOPs, where it is and what it is. */
void nnrt_profile_print(const nnrt_profile *p, FILE *f);

#ifdef __cplusplus
}
#endif
#endif
