/*
 * fuzz_csv.c - libFuzzer target: arbitrary bytes as a CSV data file,
 * plain or gzipped, under options picked by the first two bytes.
 *
 * Byte 0: bits 0-1 target_cols (0..3), bits 2-3 label_col (0..3), bit 4
 * no_targets, bit 5 label_name "label", bit 6 num_classes 10; byte 1:
 * bits 0-2 input_size (0: any), bit 3 label_last, bit 4 label_by_header,
 * bit 5 unit_targets, bit 6 targets_optional.  A loaded dataset must be
 * what the reader promises: the sizes asked for, every value finite,
 * class indices integral and in range, BCE targets in [0, 1].  Run with
 * scripts/fuzz csv SECONDS.
 */
#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include "fuzz_util.h"
#include "nnrt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static MemFile file;
    if (size < 2)
        return 0;
    nnrt_csv_options o = {
        .target_cols = data[0] & 3,
        .label_col = (data[0] >> 2) & 3,
        .no_targets = (data[0] >> 4) & 1,
        .label_name = (data[0] & 0x20) ? "label" : NULL,
        .num_classes = (data[0] & 0x40) ? 10 : 0,
        .input_size = data[1] & 7,
        .label_last = (data[1] >> 3) & 1,
        .label_by_header = (data[1] >> 4) & 1,
        .unit_targets = (data[1] >> 5) & 1,
        .targets_optional = (data[1] >> 6) & 1,
    };
    const char *path = memfile_put(&file, "csv", data + 2, size - 2);
    nnrt_dataset d = {0};
    int err = nnrt_dataset_load_csv(&d, path, &o);
    if (err != NNRT_OK) {
        FUZZ_CHECK(err < 0 && nnrt_last_error()[0] && d.x == NULL);
        return 0;
    }
    size_t tcols = o.no_targets ? 0 : o.target_cols ? o.target_cols : 1;
    if (o.targets_optional && o.input_size && d.target_size == 0)
        tcols = 0;   /* a file of exactly input_size columns */
    FUZZ_CHECK(d.n > 0 && d.input_size > 0 && d.x && d.target_size == tcols);
    FUZZ_CHECK(!o.input_size || d.input_size == o.input_size);
    FUZZ_CHECK(tcols ? d.t != NULL : d.t == NULL);
    for (size_t i = 0; i < d.n * d.input_size; i++)
        FUZZ_CHECK(isfinite(d.x[i]));
    for (size_t i = 0; i < d.n * d.target_size; i++) {
        FUZZ_CHECK(isfinite(d.t[i]));
        if (o.num_classes)
            FUZZ_CHECK(d.t[i] >= 0 && d.t[i] < 10 && d.t[i] == floorf(d.t[i]));
        else if (o.unit_targets)
            FUZZ_CHECK(d.t[i] >= 0 && d.t[i] <= 1);
    }
    nnrt_dataset_free(&d);
    return 0;
}
