/*
 * fuzz_idx.c - libFuzzer target: arbitrary bytes as IDX image and label
 * files, plain or gzipped (nnrt_dataset_load_idx reads both).
 *
 * Input layout: byte 0 picks the options (bit 0: a labels file; bit 1: a
 * class count, byte 1 of the input), bytes 2-3 (little-endian) the length
 * of the images file when there are labels; the rest is the file(s).
 * A loaded dataset must be what the reader promises: n and input_size
 * above 0, every input finite, every label a class index below the count.
 * Run with scripts/fuzz idx SECONDS.
 */
#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include "fuzz_util.h"
#include "nnrt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static MemFile images, labels;
    if (size < 4)
        return 0;
    int with_labels = data[0] & 1;
    size_t classes = (data[0] & 2) ? data[1] : 0;
    size_t ilen = (size_t)data[2] | (size_t)data[3] << 8;
    data += 4;
    size -= 4;
    if (!with_labels || ilen > size)
        ilen = size;
    const char *ip = memfile_put(&images, "images", data, ilen);
    const char *lp = with_labels ? memfile_put(&labels, "labels", data + ilen, size - ilen) : NULL;

    nnrt_dataset d = {0};
    int err = nnrt_dataset_load_idx(&d, ip, lp, classes);
    if (err != NNRT_OK) {
        FUZZ_CHECK(err < 0 && nnrt_last_error()[0] && d.x == NULL);
        return 0;
    }
    FUZZ_CHECK(d.n > 0 && d.input_size > 0 && d.x && d.owns);
    FUZZ_CHECK(with_labels ? d.t && d.target_size == 1 : !d.t && d.target_size == 0);
    for (size_t i = 0; i < d.n * d.input_size; i++)
        FUZZ_CHECK(isfinite(d.x[i]));
    for (size_t i = 0; d.t && i < d.n; i++) {
        FUZZ_CHECK(isfinite(d.t[i]));
        if (classes)
            FUZZ_CHECK(d.t[i] >= 0 && d.t[i] < (float)classes && d.t[i] == floorf(d.t[i]));
    }
    nnrt_dataset_free(&d);
    return 0;
}
