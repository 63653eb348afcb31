/*
 * checkpoint.c - the .nnck file of INTERFACE.md section 4.
 *
 * Writing streams little-endian bytes, assembled by hand so the file is
 * the same on every machine, through a small buffer on the stack that
 * also feeds zlib's crc32: no allocation, so fit can save at the end of
 * every epoch without touching the heap.  It goes to PATH.tmp, which is
 * fsync'd and renamed over PATH, and the folder is fsync'd so the rename
 * itself survives a crash: a reader sees the old file or the new one,
 * never a torn one.
 *
 * Reading parses the whole file into an nnrt_ckpt before looking at any
 * model; nnrt_load then checks every name and shape against the
 * descriptor and copies only when all of it holds.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "nnrt_internal.h"

#define NNCK_VERSION 1u
#define PATH_BUF 4096

/* ---- the writer ---------------------------------------------------------- */

typedef struct Writer {
    int fd;
    int err;              /* errno of the first failure */
    size_t n;
    uLong crc;
    unsigned char buf[8192];
} Writer;

static void w_flush(Writer *w)
{
    if (w->err || w->n == 0)
        return;
    w->crc = crc32(w->crc, w->buf, (uInt)w->n);
    size_t done = 0;
    while (done < w->n) {
        ssize_t k = write(w->fd, w->buf + done, w->n - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            w->err = k < 0 ? errno : EIO;
            return;
        }
        done += (size_t)k;
    }
    w->n = 0;
}

static void w_byte(Writer *w, unsigned v)
{
    if (w->n == sizeof w->buf)
        w_flush(w);
    w->buf[w->n++] = (unsigned char)v;
}

static void w_u16(Writer *w, uint32_t v) { w_byte(w, v & 0xff); w_byte(w, v >> 8 & 0xff); }
static void w_u32(Writer *w, uint32_t v) { w_u16(w, v & 0xffff); w_u16(w, v >> 16); }

static void w_tensor(Writer *w, const char *name, uint32_t ndim, const uint32_t *dims,
                     const float *data)
{
    size_t nlen = strlen(name), len = 1;
    w_u16(w, (uint32_t)nlen);
    for (size_t i = 0; i < nlen; i++)
        w_byte(w, (unsigned char)name[i]);
    w_byte(w, ndim);
    for (uint32_t i = 0; i < ndim; i++) {
        w_u32(w, dims[i]);
        len *= dims[i];
    }
    for (size_t i = 0; i < len; i++) {
        uint32_t u;
        memcpy(&u, &data[i], 4);
        w_u32(w, u);
    }
}

typedef struct Atomic {
    const char *path;
    char tmp[PATH_BUF];
    Writer w;
} Atomic;

static int atomic_begin(Atomic *a, const char *path, uint32_t count)
{
    a->path = path;
    if (!path || snprintf(a->tmp, sizeof a->tmp, "%s.tmp", path) >= (int)sizeof a->tmp)
        return nnrt__fail(NNRT_EARG, "save: %s", path ? "the path is too long" : "NULL path");
    a->w.fd = open(a->tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (a->w.fd < 0)
        return nnrt__fail(NNRT_EIO, "%s: %s", a->tmp, strerror(errno));
    a->w.err = 0;
    a->w.n = 0;
    a->w.crc = crc32(0L, Z_NULL, 0);
    const char *magic = "NNCK";
    for (int i = 0; i < 4; i++)
        w_byte(&a->w, (unsigned char)magic[i]);
    w_u32(&a->w, NNCK_VERSION);
    w_u32(&a->w, count);
    return NNRT_OK;
}

/* fsync the folder holding path, so the rename is durable */
static int sync_dir(const char *path)
{
    char dir[PATH_BUF];
    const char *slash = strrchr(path, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == path)
        strcpy(dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -1;
    int r = fsync(fd);
    /* some file systems cannot fsync a folder; the rename is done anyway */
    if (r < 0 && (errno == EINVAL || errno == EBADF))
        r = 0;
    close(fd);
    return r;
}

static int atomic_end(Atomic *a)
{
    Writer *w = &a->w;
    w_flush(w);
    uint32_t crc = (uint32_t)w->crc;
    w_u32(w, crc);     /* after the flush above, so it is not in its own CRC */
    w_flush(w);
    if (!w->err && fsync(w->fd) < 0)
        w->err = errno;
    if (close(w->fd) < 0 && !w->err)
        w->err = errno;
    if (!w->err && rename(a->tmp, a->path) < 0)
        w->err = errno;
    if (w->err) {
        int e = w->err;
        unlink(a->tmp);
        return nnrt__fail(NNRT_EIO, "%s: %s", a->path, strerror(e));
    }
    if (sync_dir(a->path) < 0)
        return nnrt__fail(NNRT_EIO, "%s: syncing its folder: %s", a->path, strerror(errno));
    return NNRT_OK;
}

int nnrt_ckpt_write(const char *path, const nnrt_ckpt_tensor *tensors, size_t count)
{
    if (count > UINT32_MAX || (count && !tensors))
        return nnrt__fail(NNRT_EARG, "ckpt_write: bad tensor list");
    for (size_t i = 0; i < count; i++) {
        const nnrt_ckpt_tensor *t = &tensors[i];
        if (!t->name || !*t->name || strlen(t->name) > 0xffff || t->ndim > NNRT_CKPT_MAX_DIMS ||
            !t->data)
            return nnrt__fail(NNRT_EARG, "ckpt_write: tensor %zu is malformed", i);
    }
    Atomic a;
    int err = atomic_begin(&a, path, (uint32_t)count);
    if (err)
        return err;
    for (size_t i = 0; i < count; i++)
        w_tensor(&a.w, tensors[i].name, tensors[i].ndim, tensors[i].dims, tensors[i].data);
    return atomic_end(&a);
}

/* ---- the model's checkpoint --------------------------------------------- */

static int has_train(const nnrt_model_desc *d) { return d->loss != NNRT_LOSS_NONE; }

int nnrt_save(const nnrt_model *m, const char *path)
{
    if (!m || !m->desc)
        return nnrt__fail(NNRT_EARG, "save: NULL model");
    const nnrt_model_desc *d = m->desc;
    uint32_t count = 0;
    for (size_t i = 0; i < d->ntensors; i++)
        count += d->tensors[i].kind == NNRT_PARAM || d->tensors[i].kind == NNRT_BUFFER ||
                 (has_train(d) && d->tensors[i].kind == NNRT_STATE);
    if (has_train(d))
        count += 2 + (m->processes > 1);
    if (d->prep)
        count += 2;
    Atomic a;
    int err = atomic_begin(&a, path, count);
    if (err)
        return err;
    /* parameters and buffers in descriptor order (the layers'), the
     * preprocessing's buffers, then the state */
    for (int pass = 0; pass < (has_train(d) ? 2 : 1); pass++) {
        for (size_t i = 0; i < d->ntensors; i++) {
            const nnrt_tensor *t = &d->tensors[i];
            if (pass ? t->kind == NNRT_STATE : t->kind == NNRT_PARAM || t->kind == NNRT_BUFFER)
                w_tensor(&a.w, t->name, t->ndim, t->dims, m->ws + t->offset);
        }
        if (pass == 0 && d->prep) {   /* the preprocessing's buffers, after the layers' */
            uint32_t groups = (uint32_t)d->prep_groups;
            char name[2][256];
            snprintf(name[0], sizeof name[0], "%s.mean", d->prep);
            snprintf(name[1], sizeof name[1], "%s.std", d->prep);
            w_tensor(&a.w, name[0], 1, &groups, m->prep_mean);
            w_tensor(&a.w, name[1], 1, &groups, m->prep_std);
        }
    }
    if (has_train(d)) {
        float epoch = (float)m->epoch, rng[8];
        uint32_t one = 1, eight = 8;
        for (int i = 0; i < 4; i++) {
            rng[i] = (float)(m->rng.state >> (16 * i) & 0xffff);
            rng[4 + i] = (float)(m->rng.inc >> (16 * i) & 0xffff);
        }
        w_tensor(&a.w, "train.epoch", 1, &one, &epoch);
        w_tensor(&a.w, "train.rng", 1, &eight, rng);
        if (m->processes > 1) {   /* for information: a run may resume on any number */
            float procs = (float)m->processes;
            w_tensor(&a.w, "train.processes", 1, &one, &procs);
        }
    }
    return atomic_end(&a);
}

/* ---- parsing --------------------------------------------------------------- */

/* zlib's crc32 takes uInt lengths: feed it in parts */
static uint32_t crc_all(const unsigned char *b, size_t n)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    while (n) {
        uInt part = n < (1u << 30) ? (uInt)n : (1u << 30);
        crc = crc32(crc, b, part);
        b += part;
        n -= part;
    }
    return (uint32_t)crc;
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Walks the tensors, checking that each fits; on success the records end
 * exactly at the CRC.  With ck, also copies them out (ck->tensors sized). */
static int walk(const unsigned char *b, size_t size, uint32_t count, nnrt_ckpt *ck)
{
    size_t end = size - 4, p = 12;
    for (uint32_t k = 0; k < count; k++) {
        if (end - p < 3)
            return nnrt__fail(NNRT_EFORMAT, "truncated in tensor %u of %u", k + 1, count);
        size_t nlen = b[p] | (size_t)b[p + 1] << 8;
        p += 2;
        if (nlen == 0 || end - p < nlen + 1 || memchr(b + p, 0, nlen))
            return nnrt__fail(NNRT_EFORMAT, nlen == 0 || end - p < nlen + 1 ? "truncated or bad name in tensor %u"
                                                                            : "a NUL in the name of tensor %u", k + 1);
        const unsigned char *name = b + p;
        p += nlen;
        uint32_t ndim = b[p++];
        if (ndim > NNRT_CKPT_MAX_DIMS || end - p < 4 * (size_t)ndim)
            return nnrt__fail(NNRT_EFORMAT, "tensor '%.*s': %s", (int)nlen, (const char *)name,
                              ndim > NNRT_CKPT_MAX_DIMS ? "too many dimensions" : "truncated in its shape");
        uint32_t dims[NNRT_CKPT_MAX_DIMS];
        size_t len = 1;
        for (uint32_t i = 0; i < ndim; i++, p += 4) {
            dims[i] = le32(b + p);
            if (dims[i] && len > (end - p) / dims[i])
                len = SIZE_MAX;          /* more than the file could hold */
            else
                len *= dims[i];
        }
        if (len > (end - p) / 4)
            return nnrt__fail(NNRT_EFORMAT, "tensor '%.*s': truncated in its data", (int)nlen,
                              (const char *)name);
        if (ck) {
            nnrt_ckpt_tensor *t = &ck->tensors[k];
            t->name = malloc(nlen + 1);
            t->data = malloc(len ? len * 4 : 1);
            ck->count = k + 1;
            if (!t->name || !t->data)
                return nnrt__fail(NNRT_ENOMEM, "no memory for tensor '%.*s'", (int)nlen, (const char *)name);
            memcpy(t->name, name, nlen);
            t->name[nlen] = '\0';
            t->ndim = ndim;
            memcpy(t->dims, dims, sizeof dims[0] * ndim);
            t->len = len;
            for (size_t i = 0; i < len; i++) {
                uint32_t u = le32(b + p + 4 * i);
                memcpy(&t->data[i], &u, 4);
            }
        }
        p += 4 * len;
    }
    if (p != end)
        return nnrt__fail(NNRT_EFORMAT, "%zu bytes after the last tensor", end - p);
    return NNRT_OK;
}

int nnrt_ckpt_parse(const void *buf, size_t size, nnrt_ckpt *ck)
{
    const unsigned char *b = buf;
    if (!ck || !b)
        return nnrt__fail(NNRT_EARG, "ckpt_parse: NULL");
    memset(ck, 0, sizeof *ck);
    if (size < 8 || memcmp(b, "NNCK", 4) != 0)
        return nnrt__fail(NNRT_EFORMAT, size < 4 ? "too short for a checkpoint" : "not a checkpoint (no NNCK magic)");
    uint32_t version = le32(b + 4);
    if (version != NNCK_VERSION)
        return nnrt__fail(NNRT_EVERSION, "checkpoint version %u; this runtime reads version %u", version,
                          NNCK_VERSION);
    if (size < 16)
        return nnrt__fail(NNRT_EFORMAT, "truncated: %zu bytes", size);
    uint32_t count = le32(b + 8);
    if (count > (size - 16) / 7)   /* the smallest tensor takes 7 bytes */
        return nnrt__fail(NNRT_EFORMAT, "truncated or damaged: %u tensors in %zu bytes", count, size);
    int err = walk(b, size, count, NULL);
    if (err)
        return err;
    uint32_t want = le32(b + size - 4), got = crc_all(b, size - 4);
    if (want != got)
        return nnrt__fail(NNRT_ECRC, "CRC mismatch (stored %08x, computed %08x): the file is damaged", want, got);
    ck->tensors = calloc(count ? count : 1, sizeof *ck->tensors);
    if (!ck->tensors)
        return nnrt__fail(NNRT_ENOMEM, "no memory for %u tensors", count);
    if ((err = walk(b, size, count, ck)))
        nnrt_ckpt_free(ck);
    return err;
}

void nnrt_ckpt_free(nnrt_ckpt *ck)
{
    if (!ck)
        return;
    for (size_t i = 0; ck->tensors && i < ck->count; i++) {
        free(ck->tensors[i].name);
        free(ck->tensors[i].data);
    }
    free(ck->tensors);
    memset(ck, 0, sizeof *ck);
}

const nnrt_ckpt_tensor *nnrt_ckpt_find(const nnrt_ckpt *ck, const char *name)
{
    for (size_t i = 0; ck && name && i < ck->count; i++)
        if (strcmp(ck->tensors[i].name, name) == 0)
            return &ck->tensors[i];
    return NULL;
}

static int read_plain(const char *path, unsigned char **buf, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return nnrt__fail(NNRT_EIO, "%s: %s", path, strerror(errno));
    size_t cap = 1 << 16, len = 0;
    unsigned char *b = malloc(cap);
    while (b) {
        len += fread(b + len, 1, cap - len, f);
        if (len < cap)
            break;
        unsigned char *nb = cap < SIZE_MAX / 2 ? realloc(b, cap * 2) : NULL;
        if (!nb)
            free(b);
        b = nb;
        cap *= 2;
    }
    int bad = b && ferror(f);
    int e = errno;
    fclose(f);
    if (!b)
        return nnrt__fail(NNRT_ENOMEM, "%s: no memory to read it", path);
    if (bad) {
        free(b);
        return nnrt__fail(NNRT_EIO, "%s: %s", path, strerror(e));
    }
    *buf = b;
    *size = len;
    return NNRT_OK;
}

/* Parse errors come without the path; put it in front. */
static int with_path(int err, const char *path)
{
    if (err) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s", nnrt_last_error());
        nnrt__fail(err, "%s: %s", path, msg);
    }
    return err;
}

int nnrt_ckpt_read(const char *path, nnrt_ckpt *ck)
{
    if (!path || !ck)
        return nnrt__fail(NNRT_EARG, "ckpt_read: NULL");
    memset(ck, 0, sizeof *ck);
    unsigned char *b = NULL;
    size_t size = 0;
    int err = read_plain(path, &b, &size);
    if (err)
        return err;
    err = with_path(nnrt_ckpt_parse(b, size, ck), path);
    free(b);
    return err;
}

/* ---- loading into a model ----------------------------------------------- */

static int same_shape(const nnrt_tensor *t, const nnrt_ckpt_tensor *f)
{
    if (t->ndim != f->ndim)
        return 0;
    for (uint32_t i = 0; i < t->ndim; i++)
        if (t->dims[i] != f->dims[i])
            return 0;
    return 1;
}

static void shape_text(char *s, size_t n, uint32_t ndim, const uint32_t *dims)
{
    int k = snprintf(s, n, "[");
    for (uint32_t i = 0; i < ndim && k > 0 && (size_t)k < n; i++)
        k += snprintf(s + k, n - (size_t)k, i ? "x%u" : "%u", dims[i]);
    if (k > 0 && (size_t)k < n)
        snprintf(s + k, n - (size_t)k, "]");
}

static int is_int_in(float v, double lo, double hi) { return v == floorf(v) && v >= lo && v <= hi; }

/* Decodes train.epoch and train.rng, checking each value. */
static int decode_train(const nnrt_ckpt_tensor *e, const nnrt_ckpt_tensor *r, uint32_t *epoch, nnrt_rng *rng)
{
    if (e->ndim != 1 || e->dims[0] != 1 || r->ndim != 1 || r->dims[0] != 8)
        return nnrt__fail(NNRT_ESHAPE, "train.epoch must be [1] and train.rng [8]");
    if (!is_int_in(e->data[0], 0, 16777216.0))
        return nnrt__fail(NNRT_EFORMAT, "train.epoch holds %g, not an epoch count", (double)e->data[0]);
    uint64_t st = 0, inc = 0;
    for (int i = 0; i < 8; i++) {
        if (!is_int_in(r->data[i], 0, 65535.0))
            return nnrt__fail(NNRT_EFORMAT, "train.rng[%d] holds %g, not a 16-bit piece", i, (double)r->data[i]);
        uint64_t piece = (uint64_t)r->data[i];
        if (i < 4)
            st |= piece << (16 * i);
        else
            inc |= piece << (16 * (i - 4));
    }
    if (!(inc & 1))
        return nnrt__fail(NNRT_EFORMAT, "train.rng: the increment must be odd");
    *epoch = (uint32_t)e->data[0];
    rng->state = st;
    rng->inc = inc;
    return NNRT_OK;
}

/* The preprocessing's buffer a file tensor is (0 PREP.mean, 1 PREP.std),
 * or -1. */
static int prep_index(const nnrt_model_desc *d, const char *name)
{
    size_t n = d->prep ? strlen(d->prep) : 0;
    if (!d->prep || strncmp(name, d->prep, n) != 0)
        return -1;
    return strcmp(name + n, ".mean") == 0 ? 0 : strcmp(name + n, ".std") == 0 ? 1 : -1;
}

/* Matches file tensors to the descriptor: map[i] is the file index of
 * descriptor tensor i, or SIZE_MAX; prep[0], prep[1] the preprocessing's
 * mean and std. */
static int match(const nnrt_model_desc *d, const nnrt_ckpt *ck, size_t *map,
                 const nnrt_ckpt_tensor **ep, const nnrt_ckpt_tensor **rp, const nnrt_ckpt_tensor **prep)
{
    int train = has_train(d);
    for (size_t k = 0; k < ck->count; k++) {
        const nnrt_ckpt_tensor *f = &ck->tensors[k];
        int is_state = strncmp(f->name, "train.", 6) == 0;
        if (is_state && !train)
            continue;      /* an inference-only model keeps no training state */
        if (is_state && strcmp(f->name, "train.processes") == 0)
            continue;      /* how many processes trained it: information only */
        int b = is_state ? -1 : prep_index(d, f->name);
        if (b >= 0) {
            if (prep[b])
                return nnrt__fail(NNRT_ENAME, "'%s' appears twice", f->name);
            if (f->ndim != 1 || f->dims[0] != d->prep_groups) {
                char a[64];
                shape_text(a, sizeof a, f->ndim, f->dims);
                return nnrt__fail(NNRT_ESHAPE, "'%s' is %s in the file, [%zu] in model '%s'", f->name, a,
                                  d->prep_groups, d->name);
            }
            for (size_t g = 0; b == 1 && g < f->len; g++)
                if (!(f->data[g] > 0.0f) || !isfinite(f->data[g]))
                    return nnrt__fail(NNRT_EFORMAT, "'%s'[%zu] is %g: a standard deviation must be positive",
                                      f->name, g, (double)f->data[g]);
            prep[b] = f;
            continue;
        }
        const nnrt_ckpt_tensor **special = NULL;
        if (is_state && strcmp(f->name, "train.epoch") == 0)
            special = ep;
        else if (is_state && strcmp(f->name, "train.rng") == 0)
            special = rp;
        if (special) {
            if (*special)
                return nnrt__fail(NNRT_ENAME, "'%s' appears twice", f->name);
            *special = f;
            continue;
        }
        const nnrt_tensor *t = nnrt__find(d, f->name, is_state ? 1u << NNRT_STATE
                                                               : 1u << NNRT_PARAM | 1u << NNRT_BUFFER);
        if (!t)
            return nnrt__fail(NNRT_ENAME, "model '%s' has no tensor '%s'", d->name, f->name);
        size_t i = (size_t)(t - d->tensors);
        if (map[i] != SIZE_MAX)
            return nnrt__fail(NNRT_ENAME, "'%s' appears twice", f->name);
        if (!same_shape(t, f)) {
            char a[64], b[64];
            shape_text(a, sizeof a, f->ndim, f->dims);
            shape_text(b, sizeof b, t->ndim, t->dims);
            return nnrt__fail(NNRT_ESHAPE, "'%s' is %s in the file, %s in model '%s'", f->name, a, b, d->name);
        }
        map[i] = k;
    }
    int any_train = *ep || *rp;
    for (size_t i = 0; i < d->ntensors; i++)
        any_train |= d->tensors[i].kind == NNRT_STATE && map[i] != SIZE_MAX;
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        bool state = t->kind == NNRT_STATE && t->init != NNRT_INIT_LR;   /* train.lr may be absent */
        if (map[i] == SIZE_MAX && (t->kind == NNRT_PARAM || t->kind == NNRT_BUFFER || (any_train && state)))
            return nnrt__fail(NNRT_ENAME, "the file lacks '%s'", t->name);
    }
    if (any_train && (!*ep || !*rp))
        return nnrt__fail(NNRT_ENAME, "the file lacks '%s'", *ep ? "train.rng" : "train.epoch");
    for (int b = 0; d->prep && b < 2; b++)
        if (!prep[b])
            return nnrt__fail(NNRT_ENAME, "the file lacks '%s.%s', a buffer of the preprocessing model '%s' "
                              "applies to its input (from PyTorch: a registered buffer of that name)", d->prep,
                              b ? "std" : "mean", d->name);
    return NNRT_OK;
}

static int load_ckpt(nnrt_model *m, const nnrt_ckpt *ck, size_t *map)
{
    const nnrt_model_desc *d = m->desc;
    const nnrt_ckpt_tensor *e = NULL, *r = NULL, *prep[2] = {NULL, NULL};
    for (size_t i = 0; i < d->ntensors; i++)
        map[i] = SIZE_MAX;
    int err = match(d, ck, map, &e, &r, prep);
    uint32_t epoch = 0;
    nnrt_rng rng = m->rng;
    if (!err && e)
        err = decode_train(e, r, &epoch, &rng);
    if (err)
        return err;
    /* everything holds: now, and only now, change the model */
    for (size_t i = 0; i < d->ntensors; i++) {
        const nnrt_tensor *t = &d->tensors[i];
        float *dst = m->ws + t->offset;
        if (map[i] != SIZE_MAX)
            memcpy(dst, ck->tensors[map[i]].data, nnrt_tensor_len(t) * sizeof(float));
        else if (t->kind == NNRT_STATE && t->init != NNRT_INIT_LR)   /* the rate stays */
            memset(dst, 0, nnrt_tensor_len(t) * sizeof(float));
    }
    if (d->prep) {
        memcpy(m->prep_mean, prep[0]->data, d->prep_groups * sizeof(float));
        memcpy(m->prep_std, prep[1]->data, d->prep_groups * sizeof(float));
        m->adapted = 1;
    }
    m->epoch = epoch;
    m->rng = rng;
    return NNRT_OK;
}

int nnrt_load(nnrt_model *m, const char *path)
{
    if (!m || !m->desc || !path)
        return nnrt__fail(NNRT_EARG, "load: NULL %s", path ? "model" : "path");
    nnrt_ckpt ck;
    int err = nnrt_ckpt_read(path, &ck);
    if (err)
        return err;
    size_t *map = malloc((m->desc->ntensors ? m->desc->ntensors : 1) * sizeof *map);
    if (!map)
        err = nnrt__fail(NNRT_ENOMEM, "%s: no memory", path);
    else
        err = with_path(load_ckpt(m, &ck, map), path);
    free(map);
    nnrt_ckpt_free(&ck);
    return err;
}
