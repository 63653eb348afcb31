/*
 * interop_predict.c - NAME_load then NAME_predict, for tests/torch/interop.py.
 *
 *   cc -DMODEL=name -DMODEL_HEADER='"name.h"' interop_predict.c name.c libnnrt.a
 *   ./predict WEIGHTS.nnck INPUTS.txt OUT.txt
 *
 * INPUTS.txt holds INPUT_SIZE numbers a row; OUT.txt gets OUTPUT_SIZE
 * numbers a row (%.9g, exact for float32).  Exit 1 when loading fails,
 * with nnrt_last_error() on stderr.
 */
#include <stdio.h>
#include <stdlib.h>

#include MODEL_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define API(f) CAT(MODEL, CAT(_, f))

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s WEIGHTS.nnck INPUTS.txt OUT.txt\n", argv[0]);
        return 2;
    }
    MODEL *m = API(create)(0);
    int err = m ? API(load)(m, argv[1]) : NNRT_ENOMEM;
    if (err) {
        fprintf(stderr, "predict: %s: %s\n", argv[1], nnrt_last_error());
        return 1;
    }
    FILE *in = fopen(argv[2], "r"), *out = fopen(argv[3], "w");
    if (!in || !out)
        return 2;
    float x[API(INPUT_SIZE)], y[API(OUTPUT_SIZE)];
    for (;;) {
        int k = 0;
        while (k < API(INPUT_SIZE) && fscanf(in, "%f", &x[k]) == 1)
            k++;
        if (k < API(INPUT_SIZE))
            break;
        API(predict)(m, x, y, 1);
        for (int j = 0; j < API(OUTPUT_SIZE); j++)
            fprintf(out, "%.9g%c", y[j], j + 1 < API(OUTPUT_SIZE) ? ' ' : '\n');
    }
    fclose(in);
    fclose(out);
    API(destroy)(m);
    return 0;
}
