/*
 * gradnorm.c - how big is each layer's gradient?  The vanishing-gradient
 * figures of docs/tutorial.md, through the generated NAME_grad.
 *
 *   cc -DMODEL=deep_sigmoid -DMODEL_HEADER='"deep_sigmoid.h"' gradnorm.c deep_sigmoid.c libnnrt.a -lz -lm
 *   ./gradnorm IMAGES LABELS [STEPS]
 *
 * Creates the model with seed 1, takes STEPS (default 10) train steps on
 * the first batches of the data, and prints, per weight matrix in source
 * order, the L2 norm of its gradient averaged over the steps: first line
 * the layer nearest the input.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s IMAGES LABELS [STEPS]\n", argv[0]);
        return 2;
    }
    int steps = argc > 3 ? atoi(argv[3]) : 10;
    nnrt_dataset d = {0};
    size_t B = API(BATCH_SIZE);
    if (nnrt_dataset_load_idx(&d, argv[1], argv[2], API(OUTPUT_SIZE)) || d.n < B * (size_t)steps) {
        fprintf(stderr, "gradnorm: %s\n", nnrt_last_error());
        return 1;
    }
    MODEL *m = API(create)(1);
    /* struct NAME wraps an nnrt_model: its descriptor lists the tensors */
    const nnrt_model_desc *desc = ((nnrt_model *)m)->desc;
    double norm[64] = {0};
    for (int s = 0; s < steps; s++) {
        float loss = API(train_batch)(m, d.x + s * B * d.input_size, d.t + s * B, B);
        if (isnan(loss))
            return 1;
        int k = 0;
        for (size_t i = 0; i < desc->ntensors && k < 64; i++) {
            const char *name = desc->tensors[i].name;
            size_t len = strlen(name);
            if (desc->tensors[i].kind != NNRT_PARAM || len < 7 || strcmp(name + len - 7, ".weight"))
                continue;
            const float *g = API(grad)(m, name, &len);
            double sq = 0;
            for (size_t j = 0; j < len; j++)
                sq += (double)g[j] * g[j];
            norm[k++] += sqrt(sq) / steps;
        }
    }
    int k = 0;
    for (size_t i = 0; i < desc->ntensors; i++) {
        const char *name = desc->tensors[i].name;
        size_t len = strlen(name);
        if (desc->tensors[i].kind == NNRT_PARAM && len >= 7 && !strcmp(name + len - 7, ".weight"))
            printf("%-10s %.3g\n", name, norm[k++]);
    }
    API(destroy)(m);
    nnrt_dataset_free(&d);
    return 0;
}
