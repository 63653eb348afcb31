/*
 * error.c - error codes as sentences, and the thread's last message.
 *
 * Codes say what kind of failure it was, for programs; the message says
 * where (file, line, column, tensor, epoch), for people.  The message
 * lives in a thread-local buffer so concurrent models do not mix them.
 */
#include <stdarg.h>
#include <stdio.h>

#include "nnrt_internal.h"

static _Thread_local char last_error[512];

const char *nnrt_strerror(int err)
{
    switch (err) {
    case NNRT_OK: return "success";
    case NNRT_ENOMEM: return "out of memory";
    case NNRT_EIO: return "a file could not be read or written";
    case NNRT_EFORMAT: return "a file is damaged or not of the expected kind";
    case NNRT_ECRC: return "the checkpoint's CRC does not match: the file is damaged";
    case NNRT_ESHAPE: return "a checkpoint tensor has the wrong shape for this model";
    case NNRT_ENAME: return "a checkpoint lacks a tensor the model needs, or has one it does not know";
    case NNRT_EARG: return "a bad argument (NULL pointer, or a count out of range)";
    case NNRT_ETARGET: return "a target is out of range (a class index, or NaN)";
    case NNRT_EDATA: return "the input data holds NaN or Inf";
    case NNRT_EDIVERGED: return "training diverged: the loss became NaN or Inf";
    case NNRT_EINTR: return "stopped by a signal; the checkpoint was saved";
    case NNRT_EVERSION: return "the checkpoint is of another format version";
    case NNRT_ECOMM: return "the processes of a distributed run disagree, or one of them failed";
    default: return "unknown error";
    }
}

const char *nnrt_last_error(void) { return last_error; }

void nnrt_clear_error(void) { last_error[0] = '\0'; }

int nnrt__fail(int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return err;
}
