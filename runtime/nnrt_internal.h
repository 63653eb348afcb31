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

#endif
