/*
 * nnrt_mpi.c - libnnrt_mpi: the nnrt_comm collectives as MPI calls.
 *
 * Each collective is the one MPI call that does it (Allreduce, Bcast,
 * Barrier, Alltoallv, Allgatherv), in place where MPI allows.  MPI counts
 * are ints: larger counts go in pieces (allreduce, bcast) or are refused
 * (the v-collectives' counts are a gradient's piece, far below 2^31).
 * MPI's errors stay fatal on MPI_COMM_WORLD (MPI_ERRORS_ARE_FATAL): a
 * process that dies or fails a collective ends the job, which is what a
 * trainer wants rather than a hang (docs/distributed.md, faults).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include <mpi.h>

#include "nnrt_mpi.h"

typedef struct Impl {
    MPI_Comm comm;
    int own_init;               /* nnrt_mpi_init called MPI_Init */
    int *ints;                  /* (4 * size) the v-collectives' counts */
} Impl;

static MPI_Comm comm_of(nnrt_comm *c) { return ((Impl *)c->impl)->comm; }

static MPI_Datatype mpi_type(int type)
{
    switch (type) {
    case NNRT_T_F32: return MPI_FLOAT;
    case NNRT_T_F64: return MPI_DOUBLE;
    case NNRT_T_I64: return MPI_INT64_T;
    default: return MPI_UINT64_T;
    }
}

static size_t type_size(int type) { return type == NNRT_T_F32 ? 4 : 8; }

static MPI_Op mpi_op(int op) { return op == NNRT_OP_MIN ? MPI_MIN : op == NNRT_OP_MAX ? MPI_MAX : MPI_SUM; }

enum { PIECE = 1 << 30 };

static int mpi_allreduce(nnrt_comm *c, void *buf, size_t count, int type, int op)
{
    char *p = buf;
    for (size_t done = 0; done < count;) {
        int n = count - done < PIECE ? (int)(count - done) : PIECE;
        if (MPI_Allreduce(MPI_IN_PLACE, p + done * type_size(type), n, mpi_type(type), mpi_op(op), comm_of(c)) !=
            MPI_SUCCESS)
            return NNRT_ECOMM;
        done += (size_t)n;
    }
    return NNRT_OK;
}

static int mpi_bcast(nnrt_comm *c, void *buf, size_t bytes, int root)
{
    char *p = buf;
    for (size_t done = 0; done < bytes;) {
        int n = bytes - done < PIECE ? (int)(bytes - done) : PIECE;
        if (MPI_Bcast(p + done, n, MPI_BYTE, root, comm_of(c)) != MPI_SUCCESS)
            return NNRT_ECOMM;
        done += (size_t)n;
    }
    return NNRT_OK;
}

static int mpi_barrier(nnrt_comm *c) { return MPI_Barrier(comm_of(c)) == MPI_SUCCESS ? NNRT_OK : NNRT_ECOMM; }

/* size_t counts as MPI's ints; 0 when one does not fit */
static int as_ints(int *dst, const size_t *src, int n)
{
    for (int i = 0; i < n; i++) {
        if (src[i] > INT_MAX)
            return 0;
        dst[i] = (int)src[i];
    }
    return 1;
}

static int mpi_alltoallv(nnrt_comm *c, const float *send, const size_t *scounts, const size_t *sdispls, float *recv,
                         const size_t *rcounts, const size_t *rdispls)
{
    Impl *im = c->impl;
    int n = c->size, *sc = im->ints, *sd = sc + n, *rc = sd + n, *rd = rc + n;
    if (!as_ints(sc, scounts, n) || !as_ints(sd, sdispls, n) || !as_ints(rc, rcounts, n) ||
        !as_ints(rd, rdispls, n))
        return NNRT_ECOMM;
    return MPI_Alltoallv(send, sc, sd, MPI_FLOAT, recv, rc, rd, MPI_FLOAT, im->comm) == MPI_SUCCESS ? NNRT_OK
                                                                                            : NNRT_ECOMM;
}

static int mpi_allgatherv(nnrt_comm *c, float *buf, const size_t *counts, const size_t *displs)
{
    Impl *im = c->impl;
    int n = c->size, *cc = im->ints, *dd = cc + n;
    if (!as_ints(cc, counts, n) || !as_ints(dd, displs, n))
        return NNRT_ECOMM;
    return MPI_Allgatherv(MPI_IN_PLACE, 0, MPI_DATATYPE_NULL, buf, cc, dd, MPI_FLOAT, im->comm) == MPI_SUCCESS
               ? NNRT_OK
               : NNRT_ECOMM;
}

static void mpi_abort(nnrt_comm *c, int status) { MPI_Abort(comm_of(c), status); }

static double mpi_wtime(nnrt_comm *c)
{
    (void)c;
    return MPI_Wtime();
}

static nnrt_comm *make(MPI_Comm comm, int own_init)
{
    nnrt_comm *c = calloc(1, sizeof *c);
    Impl *im = calloc(1, sizeof *im);
    int rank = 0, size = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    int *ints = im ? calloc(4 * (size_t)size, sizeof *ints) : NULL;
    if (!c || !im || !ints) {
        free(c);
        free(im);
        free(ints);
        return NULL;
    }
    im->comm = comm;
    im->own_init = own_init;
    im->ints = ints;
    *c = (nnrt_comm){.rank = rank, .size = size, .name = "mpi", .impl = im,
                     .allreduce = mpi_allreduce, .bcast = mpi_bcast, .barrier = mpi_barrier,
                     .alltoallv = mpi_alltoallv, .allgatherv = mpi_allgatherv, .abort = mpi_abort,
                     .wtime = mpi_wtime};
    return c;
}

nnrt_comm *nnrt_mpi_init(int *argc, char ***argv)
{
    int ready = 0;
    MPI_Initialized(&ready);
    if (!ready && MPI_Init(argc, argv) != MPI_SUCCESS) {
        fprintf(stderr, "MPI_Init failed\n");
        return NULL;
    }
    nnrt_comm *c = make(MPI_COMM_WORLD, !ready);
    if (!c)
        fprintf(stderr, "no memory for the communicator\n");
    return c;
}

nnrt_comm *nnrt_mpi_wrap(const void *mpi_comm) { return make(*(const MPI_Comm *)mpi_comm, 0); }

void nnrt_mpi_finalize(nnrt_comm *c)
{
    if (!c)
        return;
    Impl *im = c->impl;
    int own = im->own_init;
    free(im->ints);
    free(im);
    free(c);
    if (own)
        MPI_Finalize();
}

int nnrt_mpi_main(const nnrt_model_desc *desc, int argc, char **argv)
{
    nnrt_comm *c = nnrt_mpi_init(&argc, &argv);
    if (!c)
        return 1;
    int status = nnrt_main_comm(desc, argc, argv, c);
    nnrt_mpi_finalize(c);
    return status;
}
