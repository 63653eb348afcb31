/*
 * tensorio.h - the files the PyTorch reference test passes to its C
 * harnesses and back, shared by harness_interp.c and harness_gen.c.
 *
 * Records file (text, so a failing run can be read by eye): one record a
 * line, `name count v1 ... vcount`, values printed with %.17g so doubles
 * survive the round trip.  run.py writes the batches this way and reads
 * the harness's answers the same way.
 *
 * Checkpoints are read here too, by a small loader written from
 * INTERFACE.md section 4 alone, so the interpreter harness does not
 * depend on libnnrt's loader, which the generated-code mode tests.
 */
#ifndef TENSORIO_H
#define TENSORIO_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct Record {
    char *name;
    size_t count;
    double *data;
} Record;

typedef struct Records {
    Record *items;
    size_t len;
} Records;

static inline void tio_die(const char *what, const char *path)
{
    fprintf(stderr, "harness: %s: %s\n", path, what);
    exit(2);
}

static inline void *tio_alloc(size_t n)
{
    void *p = calloc(n ? n : 1, 1);
    if (!p) tio_die("out of memory", "-");
    return p;
}

static inline Records tio_read_records(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) tio_die("cannot open", path);
    Records rs = {0};
    size_t cap = 0;
    char name[512];
    size_t count;
    while (fscanf(f, "%511s %zu", name, &count) == 2) {
        if (rs.len == cap) {
            cap = cap ? 2 * cap : 16;
            rs.items = realloc(rs.items, cap * sizeof *rs.items);
            if (!rs.items) tio_die("out of memory", path);
        }
        Record *r = &rs.items[rs.len++];
        r->name = tio_alloc(strlen(name) + 1);
        strcpy(r->name, name);
        r->count = count;
        r->data = tio_alloc(count * sizeof(double));
        for (size_t i = 0; i < count; i++)
            if (fscanf(f, "%lg", &r->data[i]) != 1) tio_die("short record", path);
    }
    if (!feof(f)) tio_die("malformed record", path);
    fclose(f);
    return rs;
}

static inline const Record *tio_find(const Records *rs, const char *name)
{
    for (size_t i = 0; i < rs->len; i++)
        if (strcmp(rs->items[i].name, name) == 0) return &rs->items[i];
    return NULL;
}

static inline const Record *tio_need(const Records *rs, const char *name)
{
    const Record *r = tio_find(rs, name);
    if (!r) tio_die("missing record", name);
    return r;
}

static inline void tio_write_doubles(FILE *out, const char *name, const double *v, size_t n)
{
    fprintf(out, "%s %zu", name, n);
    for (size_t i = 0; i < n; i++) fprintf(out, " %.17g", v[i]);
    fputc('\n', out);
}

static inline void tio_write_floats(FILE *out, const char *name, const float *v, size_t n)
{
    fprintf(out, "%s %zu", name, n);
    for (size_t i = 0; i < n; i++) fprintf(out, " %.9g", (double)v[i]);
    fputc('\n', out);
}

/* ---- .nnck: every tensor as a Record (dims dropped, data as double) ---- */

static inline uint32_t tio_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline Records tio_read_nnck(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) tio_die("cannot open", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = tio_alloc((size_t)size);
    if (size < 16 || fread(buf, 1, (size_t)size, f) != (size_t)size) tio_die("short file", path);
    fclose(f);
    if (memcmp(buf, "NNCK", 4) != 0) tio_die("bad magic", path);
    if (crc32(0L, buf, (uInt)(size - 4)) != tio_u32(buf + size - 4)) tio_die("bad CRC", path);
    if (tio_u32(buf + 4) != 1) tio_die("bad version", path);
    Records rs = {0};
    rs.len = tio_u32(buf + 8);
    rs.items = tio_alloc(rs.len * sizeof *rs.items);
    size_t pos = 12, end = (size_t)size - 4;
    for (size_t i = 0; i < rs.len; i++) {
        Record *r = &rs.items[i];
        if (pos + 3 > end) tio_die("truncated", path);
        size_t nlen = buf[pos] | (size_t)buf[pos + 1] << 8;
        pos += 2;
        if (pos + nlen + 1 > end) tio_die("truncated", path);
        r->name = tio_alloc(nlen + 1);
        memcpy(r->name, buf + pos, nlen);
        pos += nlen;
        unsigned ndim = buf[pos++];
        r->count = 1;
        for (unsigned d = 0; d < ndim; d++, pos += 4) {
            if (pos + 4 > end) tio_die("truncated", path);
            r->count *= tio_u32(buf + pos);
        }
        if (pos + 4 * r->count > end) tio_die("truncated", path);
        r->data = tio_alloc(r->count * sizeof(double));
        for (size_t k = 0; k < r->count; k++, pos += 4) {
            uint32_t bits = tio_u32(buf + pos);
            float v;
            memcpy(&v, &bits, sizeof v);
            r->data[k] = v;
        }
    }
    if (pos != end) tio_die("stray bytes before the CRC", path);
    free(buf);
    return rs;
}

#endif
