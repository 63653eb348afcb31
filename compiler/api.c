/*
 * api.c - the generated API (INTERFACE.md section 2), once, for both
 * backends.
 *
 * Every NAME_* function is a thin wrapper over libnnrt; what varies is
 * its signature, the runtime function it calls and how the result comes
 * back.  This table says all of that as data.  emit_c.c prints the
 * prototypes of model.h and the definitions of model.c from it;
 * emit_llvm.c builds the same functions from it.  A new API function is
 * a row here, and the two backends cannot disagree about it.
 */
#include "kernel.h"

/* The model pointer is the first parameter of every form that has one. */
#define MODEL_M {API_MODEL, "m"}
#define ROWS {API_CFLOATP, "x"}, {API_CFLOATP, "target"}, {API_SIZE, "n"}

const ApiFunc api_funcs[] = {
    {"create", API_MODEL, {{API_U64, "seed"}}, 1,
     "nnrt_model_create", API_MODEL, API_DESC, API_ALWAYS, false},
    {"destroy", API_VOID, {MODEL_M}, 1,
     "nnrt_model_destroy", API_VOID, API_CALL, API_ALWAYS, false},
    /* predict's status is dropped: the API returns nothing (section 2) */
    {"predict", API_VOID, {MODEL_M, {API_CFLOATP, "x"}, {API_FLOATP, "y"}, {API_SIZE, "n"}}, 4,
     "nnrt_predict", API_INT, API_CALL, API_ALWAYS, false},
    {"train_batch", API_FLOAT, {MODEL_M, ROWS}, 4,
     "nnrt_train_batch", API_INT, API_LOSS, API_TRAIN, false},
    {"evaluate", API_FLOAT, {MODEL_M, ROWS, {API_FLOATP, "accuracy"}}, 5,
     "nnrt_evaluate", API_INT, API_LOSS, API_TRAIN, false},
    {"fit", API_INT, {MODEL_M, {API_DATASETP, "train"}, {API_FITOPTP, "opt"}}, 3,
     "nnrt_fit", API_INT, API_CALL, API_TRAIN, false},
    {"save", API_INT, {{API_CMODEL, "m"}, {API_CSTR, "path"}}, 2,
     "nnrt_save", API_INT, API_CALL, API_ALWAYS, true},
    {"load", API_INT, {MODEL_M, {API_CSTR, "path"}}, 2,
     "nnrt_load", API_INT, API_CALL, API_ALWAYS, false},
    {"param_count", API_SIZE, {{0}}, 0, NULL, API_VOID, API_CONST, API_ALWAYS, false},
    {"param", API_FLOATP, {MODEL_M, {API_CSTR, "name"}, {API_SIZEP, "len"}}, 3,
     "nnrt_param", API_FLOATP, API_CALL, API_ALWAYS, false},
    /* the runtime takes a const model: the gradients are only read */
    {"grad", API_CFLOATP, {MODEL_M, {API_CSTR, "name"}, {API_SIZEP, "len"}}, 3,
     "nnrt_grad", API_CFLOATP, API_CALL, API_TRAIN, true},
    /* the training step in halves, for an app's own (distributed) loop:
     * compute_gradients, (sum the region over processes), apply_gradients */
    {"compute_gradients", API_FLOAT, {MODEL_M, ROWS, {API_FLOATP, "correct"}}, 5,
     "nnrt_grad_step", API_INT, API_LOSS, API_TRAIN, false},
    {"gradients", API_FLOATP, {MODEL_M, {API_SIZEP, "count"}}, 2,
     "nnrt_gradients", API_FLOATP, API_CALL, API_TRAIN, false},
    {"apply_gradients", API_INT, {MODEL_M}, 1,
     "nnrt_update_step", API_INT, API_CALL, API_TRAIN, false},
    {"set_lr", API_INT, {MODEL_M, {API_FLOAT, "lr"}}, 2,
     "nnrt_set_lr", API_INT, API_CALL, API_TRAIN, false},
    {"get_lr", API_FLOAT, {{API_CMODEL, "m"}}, 1,
     "nnrt_get_lr", API_FLOAT, API_CALL, API_TRAIN, true},
    /* main(): the standalone trainer (section 2b), runtime/trainer.c */
    {NULL, API_INT, {{API_INT, "argc"}, {API_CHARPP, "argv"}}, 2,
     "nnrt_main", API_INT, API_DESC, API_MAIN, false},
    /* main() with --mpi: the same over MPI_COMM_WORLD, libnnrt_mpi */
    {NULL, API_INT, {{API_INT, "argc"}, {API_CHARPP, "argv"}}, 2,
     "nnrt_mpi_main", API_INT, API_DESC, API_MAIN_MPI, false},
};

const int api_nfuncs = (int)(sizeof api_funcs / sizeof *api_funcs);

bool api_wanted(const ApiFunc *f, bool train, bool with_main, bool mpi)
{
    switch (f->when) {
    case API_ALWAYS: return true;
    case API_TRAIN: return train;
    case API_MAIN: return with_main && !mpi;
    case API_MAIN_MPI: return with_main && mpi;
    }
    nnc_unreachable();
}
