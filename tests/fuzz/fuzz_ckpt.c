/*
 * fuzz_ckpt.c - libFuzzer target: arbitrary bytes as a .nnck checkpoint.
 *
 * Two readers: nnrt_ckpt_parse on the bytes in memory (tools' access),
 * and NAME_load of a generated model (examples/xor.nn: parameters,
 * Adam's moments, step, epoch and rng) on the same bytes as a file.
 * Besides crashes and sanitizer reports it checks what the loader
 * promises: a parsed checkpoint's tensors hold what their dims say, and a
 * failed load leaves the model exactly as it was (workspace, epoch, rng).
 * Run with scripts/fuzz ckpt SECONDS.
 */
#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include "fuzz_util.h"
#include "nnrt.h"
#include "xor.h"

static void check_parsed(const nnrt_ckpt *ck)
{
    for (size_t i = 0; i < ck->count; i++) {
        const nnrt_ckpt_tensor *t = &ck->tensors[i];
        size_t len = 1;
        FUZZ_CHECK(t->name && t->name[0] && t->ndim <= NNRT_CKPT_MAX_DIMS);
        for (uint32_t k = 0; k < t->ndim; k++)
            len *= t->dims[k];
        FUZZ_CHECK(len == t->len);
        volatile float sum = 0;       /* touch every value: ASan sees a short buffer */
        for (size_t k = 0; k < t->len; k++)
            sum += t->data[k];
        (void)sum;
        FUZZ_CHECK(nnrt_ckpt_find(ck, t->name) != NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static MemFile file;
    static xor *model;
    static float *before;
    static size_t floats;
    nnrt_ckpt ck;
    if (nnrt_ckpt_parse(data, size, &ck) == NNRT_OK) {
        check_parsed(&ck);
        nnrt_ckpt_free(&ck);
    }

    if (!model) {
        model = xor_create(7);
        FUZZ_CHECK(model);
        floats = ((nnrt_model *)model)->desc->workspace_floats;
        before = malloc(floats * sizeof *before);
        FUZZ_CHECK(before);
    }
    nnrt_model *m = (nnrt_model *)model;
    memcpy(before, m->ws, floats * sizeof *before);
    nnrt_model saved = *m;
    const char *path = memfile_put(&file, "ckpt", data, size);
    int err = xor_load(model, path);
    if (err != NNRT_OK) {
        FUZZ_CHECK(err < 0 && nnrt_last_error()[0]);
        FUZZ_CHECK(memcmp(before, m->ws, floats * sizeof *before) == 0);
        FUZZ_CHECK(m->epoch == saved.epoch && m->rng.state == saved.rng.state &&
                   m->rng.inc == saved.rng.inc);
    } else {
        FUZZ_CHECK(m->rng.inc & 1);
        /* a loaded model must still run */
        float x[xor_INPUT_SIZE] = {0}, y[xor_OUTPUT_SIZE];
        xor_predict(model, x, y, 1);
    }
    return 0;
}
