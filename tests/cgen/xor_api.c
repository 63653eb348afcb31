/*
 * xor_api.c - the generated C API of examples/xor.nn, used as an app would.
 *
 * Built by tests/CMakeLists.txt against xor.c/xor.h, which nnc writes at
 * build time.  Pins down: training reaches 100% accuracy on XOR through
 * NAME_train_batch; n outside 1..batch_size is an error (NaN), not an
 * overflow; NAME_param/NAME_grad know every name and return NULL with
 * len 0 for others; save and load give identical predictions.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "xor.h"

static int failures;

#define CHECK(c, ...)                                                       \
    do {                                                                    \
        if (!(c)) {                                                         \
            printf("[FAIL] %s:%d: ", __FILE__, __LINE__);                   \
            printf(__VA_ARGS__);                                            \
            printf("\n");                                                   \
            failures++;                                                     \
        }                                                                   \
    } while (0)

int main(void)
{
    static const float x[8] = {0, 0, 0, 1, 1, 0, 1, 1};
    static const float t[4] = {0, 1, 1, 0};
    xor *m = xor_create(1);
    CHECK(m != NULL, "create failed");
    if (!m)
        return 1;
    CHECK(xor_param_count() == 33 && xor_PARAM_COUNT == 33, "param count %zu", xor_param_count());

    float loss = 0, acc = 0;
    for (int step = 0; step < 1000; step++)
        loss = xor_train_batch(m, x, t, 4);
    xor_evaluate(m, x, t, 4, &acc);
    printf("xor: loss %.6f after 1000 steps, accuracy %.2f\n", loss, acc);
    CHECK(acc == 1.0f, "accuracy %g, expected 1", acc);
    CHECK(loss < 0.05f, "loss %g, expected below 0.05", loss);

    CHECK(isnan(xor_train_batch(m, x, t, 0)), "n = 0 accepted");
    CHECK(isnan(xor_train_batch(m, x, t, xor_BATCH_SIZE + 1)), "n > batch_size accepted");
    CHECK(!isnan(xor_train_batch(m, x, t, 1)), "n = 1 refused");

    size_t len = 99;
    CHECK(xor_param(m, "h.weight", &len) != NULL && len == 16, "h.weight len %zu", len);
    CHECK(xor_grad(m, "y.bias", &len) != NULL && len == 1, "grad y.bias len %zu", len);
    CHECK(xor_param(m, "nope", &len) == NULL && len == 0, "unknown param");
    CHECK(xor_grad(m, "nope", &len) == NULL && len == 0, "unknown grad");

    float y1[4], y2[4];
    xor_predict(m, x, y1, 4);
    CHECK(xor_save(m, "xor_api.nnck") == 0, "save");
    xor *m2 = xor_create(2);
    CHECK(m2 && xor_load(m2, "xor_api.nnck") == 0, "load");
    if (m2) {
        xor_predict(m2, x, y2, 4);
        CHECK(memcmp(y1, y2, sizeof y1) == 0, "predictions differ after save and load");
        xor_destroy(m2);
    }
    xor_destroy(m);
    remove("xor_api.nnck");
    printf("%d passed, %d failed\n", failures ? 0 : 1, failures ? 1 : 0);
    return failures ? 1 : 0;
}
