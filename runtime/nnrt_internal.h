/*
 * nnrt_internal.h - what the runtime's files share and users do not see.
 */
#ifndef NNRT_INTERNAL_H
#define NNRT_INTERNAL_H

#include "nnrt.h"

#if defined(__GNUC__)
#define NNRT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NNRT_PRINTF(f, a)
#endif

/* error.c: sets the thread's message and returns err, so a failure is
 * `return nnrt__fail(NNRT_EIO, "%s: %s", path, strerror(errno));` */
int nnrt__fail(int err, const char *fmt, ...) NNRT_PRINTF(2, 3);

/* dataset.c: reads a whole file, gzipped or plain, into a malloc'd
 * buffer (NUL-terminated, the NUL not counted). */
int nnrt__read_file(const char *path, unsigned char **buf, size_t *size);

/* csv.c: parses CSV text (NUL-terminated; cut in place) into d. */
int nnrt__parse_csv(nnrt_dataset *d, const char *path, char *buf, size_t size, const nnrt_csv_options *o);

/* model.c: finds a tensor by name and kind mask (1 << NNRT_PARAM ...). */
const nnrt_tensor *nnrt__find(const nnrt_model_desc *d, const char *name, unsigned kinds);
/* One training step: grad_step, then update_step unless the loss is NaN
 * or Inf (the weights are left as they were).  Returns the loss. */
float nnrt__step(nnrt_model *m, const float *x, const float *target, size_t n, float *correct);
/* Sets every NNRT_INIT_LR tensor to desc->lr. */
void nnrt__init_lr(const nnrt_model_desc *d, float *ws);
/* Checks a batch's inputs and targets against the model (once per call). */
int nnrt__check_rows(const nnrt_model_desc *d, const float *x, const float *t,
                     size_t n, const char *what);
/* A training batch of n rows that would give desc->bn_single one value
 * per channel (n = 1): NNRT_EARG naming the layer, else NNRT_OK. */
int nnrt__check_bn_rows(const nnrt_model_desc *d, size_t n, const char *what);
/* evaluate without the checks (fit checked the whole dataset once); n >= 1 */
void nnrt__eval_rows(nnrt_model *m, const float *x, const float *target, size_t n,
                     float *loss, float *accuracy);
/* Preprocessing: nnrt_adapt over rows[0..nrows) of x (rows NULL: the
 * first nrows); x itself, or n rows (n <= batch_size) of x as the network
 * sees them, in m->prep_x. */
int nnrt__adapt_rows(nnrt_model *m, const float *x, const size_t *rows, size_t nrows);
const float *nnrt__prep(nnrt_model *m, const float *x, size_t n);
/* The same into `out`, with m's statistics (a context's batch). */
const float *nnrt__prep_into(const nnrt_model *m, const float *x, size_t n, float *out);
/* right answers over n rows as a share; NaN for mse */
float nnrt__accuracy(const nnrt_model_desc *d, double correct, size_t n);

/* comm.c: every process of c calls it at the same point; a failure of
 * any ends every one's run: err when this one failed (it keeps its own
 * message), else NNRT_ECOMM saying which process failed, else 0 */
int nnrt__agree(nnrt_comm *c, int err, const char *what);

/* dist.c: data-parallel steps and validation over a communicator
 * (docs/distributed.md).  Set up once per fit; no heap in the loop. */
typedef struct nnrt__dist {
    nnrt_comm *c;
    int rank, size, det;
    size_t shards;               /* deterministic mode: parts of the global batch (1 otherwise) */
    size_t G;                    /* floats in the gradient region */
    size_t c_lo, c_hi;           /* deterministic: this process's parts */
    size_t *pcount, *pdispl;     /* (size) the gradient cut in one piece per process */
    size_t *scount, *sdispl, *rcount, *rdispl;   /* (size) the alltoall */
    size_t *part_rows;           /* (shards) rows of each part in this step */
    float *send, *recv;          /* deterministic: this process's parts' gradients; the pieces it sums */
    double *slots;               /* a step's or a validation's small numbers */
    size_t nslots;
    double reduce_seconds;       /* in the gradients' reduction since fit last zeroed it */
} nnrt__dist;
/* eval_rows: the most validation rows nnrt__dist_eval will be given */
int nnrt__dist_init(nnrt__dist *D, const nnrt_model_desc *d, nnrt_comm *c, int det, uint32_t shards,
                    size_t eval_rows);
void nnrt__dist_free(nnrt__dist *D);
/* One step on the global batch tr's rows[0 .. nb): this process's share,
 * the reduction, the update.  *loss_sum (the loss times rows, summed)
 * and *correct are the whole batch's, the same on every process; with
 * *stopped (some process was asked to stop) or a loss that is not finite
 * nothing is updated. */
int nnrt__dist_step(nnrt__dist *D, nnrt_model *m, const nnrt_dataset *tr, const size_t *rows, size_t nb,
                    float *xb, float *tb, int stop, double *loss_sum, double *correct, int *stopped);
/* nnrt__eval_rows over the processes: the same numbers, bit for bit */
int nnrt__dist_eval(nnrt__dist *D, nnrt_model *m, const float *x, const float *t, size_t n, float *loss,
                    float *accuracy);

#endif
