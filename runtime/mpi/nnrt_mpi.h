/*
 * nnrt_mpi.h - libnnrt_mpi: libnnrt's communicator over MPI
 * (docs/distributed.md).  Link with -lnnrt_mpi -lnnrt and MPI's library
 * (pkg-config nnrt_mpi; CMake nnc::nnrt_mpi).  This header does not
 * include mpi.h, so code that includes it needs no MPI compiler wrapper.
 */
#ifndef NNRT_MPI_H
#define NNRT_MPI_H

#include "nnrt.h"

#ifdef __cplusplus
extern "C" {
#endif

/* MPI_Init (unless the program initialised MPI already) and a
 * communicator over MPI_COMM_WORLD; NULL, with a message, when MPI does
 * not start. */
nnrt_comm *nnrt_mpi_init(int *argc, char ***argv);
/* A communicator over the app's own MPI_Comm (pass &comm); MPI must be
 * initialised.  NULL on no memory. */
nnrt_comm *nnrt_mpi_wrap(const void *mpi_comm);
/* Frees c; calls MPI_Finalize when nnrt_mpi_init called MPI_Init. */
void nnrt_mpi_finalize(nnrt_comm *c);
/* The main() of `nnc --main --mpi`: nnrt_main_comm over MPI_COMM_WORLD,
 * run by mpirun (every process the same command line). */
int nnrt_mpi_main(const nnrt_model_desc *desc, int argc, char **argv);

#ifdef __cplusplus
}
#endif
#endif
