/*
 * fuzz_util.h - what the runtime's fuzz targets share: the readers take a
 * path, so each input is written to a memfd and read back through
 * /proc/self/fd/N (no disk, no temporary file to clean up).
 */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct MemFile {
    int fd;
    char path[64];
} MemFile;

/* Replaces the file's contents with data[0..size); returns its path. */
static const char *memfile_put(MemFile *f, const char *name, const uint8_t *data, size_t size)
{
    if (f->fd <= 0) {
        f->fd = memfd_create(name, 0);
        if (f->fd < 0) {
            perror("memfd_create");
            abort();
        }
        snprintf(f->path, sizeof f->path, "/proc/self/fd/%d", f->fd);
    }
    if (ftruncate(f->fd, 0) != 0 || (size && pwrite(f->fd, data, size, 0) != (ssize_t)size)) {
        perror("memfd write");
        abort();
    }
    return f->path;
}

/* A property the code promises was broken: a finding, like a crash. */
#define FUZZ_CHECK(cond)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                          \
        }                                                                     \
    } while (0)

#endif
