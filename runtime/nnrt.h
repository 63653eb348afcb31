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
};
const char *nnrt_strerror(int err);

/* ---- the seeded generator: PCG32 (O'Neill), same stream everywhere ---- */
typedef struct nnrt_rng {
    uint64_t state, inc;
} nnrt_rng;
void nnrt_rng_seed(nnrt_rng *r, uint64_t seed, uint64_t stream);
uint32_t nnrt_rng_u32(nnrt_rng *r);
float nnrt_rng_uniform(nnrt_rng *r);                 /* [0, 1) with 24 bits */
double nnrt_rng_normal(nnrt_rng *r);                 /* N(0, 1), Box-Muller */
uint32_t nnrt_rng_below(nnrt_rng *r, uint32_t n);    /* unbiased, [0, n) */
/* Inverted-dropout mask: each of `count` floats is 0 with probability
 * `rate`, else 1/(1-rate).  Called once per dropout per step. */
void nnrt_dropout_mask(nnrt_rng *r, float *mask, size_t count, float rate);

/* ---- the model descriptor: what generated code tells the runtime ------ */
enum { NNRT_PARAM = 0, NNRT_STATE = 1, NNRT_GRAD = 2 };
enum { NNRT_INIT_ZERO = 0, NNRT_INIT_HE = 1, NNRT_INIT_XAVIER = 2, NNRT_INIT_UNIFORM = 3 };
enum { NNRT_LOSS_NONE = 0, NNRT_LOSS_MSE = 1, NNRT_LOSS_CROSS_ENTROPY = 2, NNRT_LOSS_BCE = 3 };

typedef struct nnrt_tensor {
    const char *name;      /* "h1.weight"; state: "train.h1.weight.momentum" */
    uint32_t ndim;         /* 1 or 2 (0 for a scalar such as train.step) */
    uint32_t dims[2];      /* PyTorch's shape: weight is out x in */
    size_t offset;         /* in floats, into the workspace */
    uint8_t kind;          /* NNRT_PARAM, NNRT_STATE or NNRT_GRAD */
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
    /* generated kernels; each handles 1 <= n <= batch_size rows */
    void (*forward)(float *ws, const float *x, float *y, size_t n);
    float (*train_step)(float *ws, nnrt_rng *rng, const float *x,
                        const float *target, size_t n);
    /* mean loss over the n rows; *correct gets the number of right
     * answers (argmax for cross_entropy; outputs on the right side of
     * 0.5 for binary_cross_entropy, counted per output; 0 for mse) */
    float (*eval_batch)(float *ws, const float *x, const float *target,
                        size_t n, float *correct);
} nnrt_model_desc;

/* A model instance: the descriptor, one workspace, the training RNG and
 * counters.  Generated `struct NAME` wraps exactly this. */
typedef struct nnrt_model {
    const nnrt_model_desc *desc;
    float *ws;
    nnrt_rng rng;      /* dropout masks and shuffling */
    uint32_t epoch;    /* epochs completed (for resuming) */
} nnrt_model;

/* (the rest of this header: datasets, fit options, the model API,
 * checkpoints, progress and metrics) */

#ifdef __cplusplus
}
#endif
#endif
