/*
 * util.c - checked allocation, the compilation arena, growable strings,
 * whole-file reading and name suggestions.
 *
 * The arena hands out zeroed, 16-byte aligned memory from large chunks
 * and frees everything at once: passes never free nodes one by one.
 */
#define _DEFAULT_SOURCE   /* MAP_ANONYMOUS, MADV_HUGEPAGE */
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static NNC_NORETURN void out_of_memory(size_t n)
{
    fprintf(stderr, "nnc: error: out of memory (asked for %zu bytes)\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

void nnc_panic(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "nnc: internal error at %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

/* ---- arena ------------------------------------------------------------ */

/* Chunks grow geometrically from 64 KiB to 8 MiB, so a 10 MB model needs
 * few of them.  They come from calloc, whose large blocks are fresh pages
 * that are already zero: allocations need no memset of their own, since
 * arena memory is never reused. */
enum { FIRST_CHUNK = 64 * 1024, MAX_CHUNK = 8 * 1024 * 1024, ARENA_ALIGN = 16 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    size_t mapped;     /* bytes mmap'ed for this chunk, 0 if from calloc */
    _Alignas(16) unsigned char data[];
} Chunk;

enum { HUGE_PAGE = 2 * 1024 * 1024 };

/* Chunks of 2 MiB and more are mapped on a huge-page boundary and marked
 * for transparent huge pages: a 10 MB model's AST then costs a few
 * hundred page faults instead of tens of thousands.  Mapped pages are
 * zero, like calloc's. */
static Chunk *chunk_new(size_t size)
{
    size_t total = sizeof(Chunk) + size;
    Chunk *c = NULL;
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
    if (total >= HUGE_PAGE) {
        size_t len = (total + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
        unsigned char *p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            uintptr_t at = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
            size_t head = at - (uintptr_t)p;
            if (head)
                munmap(p, head);
            if (HUGE_PAGE - head)
                munmap((unsigned char *)at + len, HUGE_PAGE - head);
            madvise((void *)at, len, MADV_HUGEPAGE);
            c = (Chunk *)at;
            c->mapped = len;
        }
    }
#endif
    if (!c)
        c = xcalloc(1, total);
    c->size = size;
    return c;
}

static void chunk_free(Chunk *c)
{
#if defined(MAP_ANONYMOUS) && defined(MADV_HUGEPAGE)
    if (c->mapped) {
        munmap(c, c->mapped);
        return;
    }
#endif
    free(c);
}

/* The intern table: open addressing, linear probing, at most 3/4 full.
 * Each slot keeps the string's hash and length, so probing compares
 * bytes only on a real match.  The slots are malloc'ed (freed with the
 * arena); the strings live in the arena's chunks, each after its number. */
typedef struct Interned {
    uint32_t id;       /* 0, 1, 2, ... in the order of first interning */
    char text[];
} Interned;

typedef struct InternSlot {
    const char *s;     /* NULL: empty */
    uint32_t hash, len;
} InternSlot;

struct Arena {
    Chunk *head;
    size_t next_size;
    InternSlot *interns;
    size_t intern_cap, intern_count;
};

Arena *arena_new(void)
{
    Arena *a = xcalloc(1, sizeof(Arena));
    a->next_size = FIRST_CHUNK;
    return a;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        chunk_free(c);
    }
    free(a->interns);
    free(a);
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    Chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        /* Big requests get a chunk of their own behind the current one,
         * so the current chunk's free space is not wasted. */
        bool alone = n > a->next_size / 4;
        size_t size = alone ? n : a->next_size;
        Chunk *nc = chunk_new(size);
        if (c && alone) {
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
            if (a->next_size < MAX_CHUNK)
                a->next_size *= 2;
        }
        c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void *arena_realloc(Arena *a, void *p, size_t old, size_t n)
{
    void *q = arena_alloc(a, n);
    if (p && old)
        memcpy(q, p, old < n ? old : n);
    return q;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

/* ---- interned strings ------------------------------------------------- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The slot that holds s[0..n), or the empty slot where it would go. */
static InternSlot *intern_slot(InternSlot *slots, size_t cap, const char *s, size_t n, uint32_t h)
{
    size_t i = h & (cap - 1);
    while (slots[i].s && !(slots[i].hash == h && slots[i].len == n && memcmp(slots[i].s, s, n) == 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void intern_grow(Arena *a)
{
    size_t ncap = a->intern_cap ? 2 * a->intern_cap : 1024;
    InternSlot *n = xcalloc(ncap, sizeof *n);
    for (size_t i = 0; i < a->intern_cap; i++) {
        const InternSlot *o = &a->interns[i];
        if (o->s)
            *intern_slot(n, ncap, o->s, o->len, o->hash) = *o;
    }
    free(a->interns);
    a->interns = n;
    a->intern_cap = ncap;
}

const char *arena_intern(Arena *a, const char *s, size_t n)
{
    if (4 * (a->intern_count + 1) > 3 * a->intern_cap)
        intern_grow(a);
    nnc_assert(n < UINT32_MAX);
    uint32_t h = hash_bytes(s, n);
    InternSlot *slot = intern_slot(a->interns, a->intern_cap, s, n, h);
    if (!slot->s) {
        Interned *in = arena_alloc(a, sizeof(Interned) + n + 1);
        in->id = (uint32_t)a->intern_count++;
        memcpy(in->text, s, n);
        in->text[n] = '\0';
        *slot = (InternSlot){in->text, h, (uint32_t)n};
    }
    return slot->s;
}

uint32_t arena_intern_id(const char *interned)
{
    return ((const Interned *)(interned - offsetof(Interned, text)))->id;
}

size_t arena_intern_count(const Arena *a)
{
    return a->intern_count;
}

const char *arena_interned(const Arena *a, const char *s)
{
    if (!a->intern_cap)
        return NULL;
    size_t n = strlen(s);
    const InternSlot *slot = intern_slot(a->interns, a->intern_cap, s, n, hash_bytes(s, n));
    return slot->s;
}

/* ---- string maps -------------------------------------------------------- */

typedef struct MapSlot {
    const char *key;
    uint32_t hash;
    void *val;
} MapSlot;

struct StrMap {
    Arena *a;
    MapSlot *slots;
    size_t cap, count;
};

StrMap *strmap_new(Arena *a)
{
    StrMap *m = arena_alloc(a, sizeof *m);
    m->a = a;
    return m;
}

static MapSlot *map_slot(MapSlot *slots, size_t cap, const char *key, uint32_t h)
{
    size_t i = h & (cap - 1);
    while (slots[i].key && !(slots[i].hash == h && strcmp(slots[i].key, key) == 0))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

void *strmap_get(const StrMap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    return map_slot(m->slots, m->cap, key, hash_bytes(key, strlen(key)))->val;
}

/* The old table stays in the arena: the tables add up to twice the last. */
void strmap_put(StrMap *m, const char *key, void *val)
{
    if (4 * (m->count + 1) > 3 * m->cap) {
        size_t ncap = m->cap ? 2 * m->cap : 64;
        MapSlot *n = arena_alloc(m->a, ncap * sizeof *n);
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key)
                *map_slot(n, ncap, m->slots[i].key, m->slots[i].hash) = m->slots[i];
        m->slots = n;
        m->cap = ncap;
    }
    uint32_t h = hash_bytes(key, strlen(key));
    MapSlot *slot = map_slot(m->slots, m->cap, key, h);
    if (!slot->key)
        m->count++;
    *slot = (MapSlot){key, h, val};
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    StrBuf sb = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    char *s = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return s;
}

/* ---- growable strings --------------------------------------------------- */

static void sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    sb->data = xrealloc(sb->data, cap);
    sb->cap = cap;
}

void sb_putc(StrBuf *sb, char c)
{
    sb_reserve(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
}

void sb_puts(StrBuf *sb, const char *s)
{
    size_t n = strlen(s);
    sb_reserve(sb, n);
    memcpy(sb->data + sb->len, s, n + 1);
    sb->len += n;
}

void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    sb_reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

char *sb_take(StrBuf *sb)
{
    char *s = sb->data ? sb->data : xstrdup("");
    sb->data = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void sb_free(StrBuf *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

/* ---- files -------------------------------------------------------------- */

char *read_file(const char *path, size_t *len, const char **err)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        *err = strerror(errno);
        return NULL;
    }
    StrBuf sb = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        sb_reserve(&sb, n);
        memcpy(sb.data + sb.len, buf, n);
        sb.len += n;
        sb.data[sb.len] = '\0';
    }
    int failed = ferror(f);
    int saved = errno;
    if (f != stdin)
        fclose(f);
    if (failed) {
        sb_free(&sb);
        *err = strerror(saved);
        return NULL;
    }
    *len = sb.len;
    return sb_take(&sb);
}

/* ---- suggestions ---------------------------------------------------------- */

/* Optimal string alignment distance: insertions, deletions, substitutions
 * and swaps of neighbours ("rleu" is one edit from "relu"). */
int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 1000;   /* names that long are never typos of ours */
    int d[65][65];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

const char *closest_name(const char *word, const char *const *cands, int n)
{
    const char *best = NULL;
    int best_d = 0;
    /* Allow about one edit per three letters, at least one. */
    int limit = (int)strlen(word) / 3;
    if (limit < 1)
        limit = 1;
    for (int i = 0; i < n; i++) {
        int d = edit_distance(word, cands[i]);
        if (d <= limit && (!best || d < best_d)) {
            best = cands[i];
            best_d = d;
        }
    }
    return best;
}

static int compare_words(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

bool is_c_reserved(const char *name)
{
    /* C11 keywords (and asm, typeof, bool, true, false); the names the
     * generated file sees from its headers (string.h, stdlib.h, math.h,
     * stdint.h, stdio.h, which nnrt.h includes).  Sorted by strcmp, so
     * that bsearch finds a name in 7 comparisons: the checker asks for
     * every statement, and a 10 MB model has 150,000 of them. */
    static const char *const reserved[] = {
        "BUFSIZ", "EOF", "FILE", "FILENAME_MAX", "FOPEN_MAX", "HUGE_VAL", "INFINITY",
        "L_tmpnam", "NAN", "NULL", "SEEK_CUR", "SEEK_END", "SEEK_SET", "TMP_MAX",
        "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
        "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "abort", "abs",
        "asm", "assert", "auto", "bool", "break", "calloc", "case", "ceil", "char",
        "const", "continue", "default", "do", "double", "else", "enum", "errno", "exit",
        "exp", "expf", "extern", "fabs", "fabsf", "false", "float", "floor", "fmax",
        "fmaxf", "fmin", "fminf", "for", "fpos_t", "free", "goto", "if", "inline",
        "int", "int16_t", "int32_t", "int64_t", "int8_t", "intptr_t", "isfinite",
        "isinf", "isnan", "log", "log1p", "log1pf", "logf", "long", "main", "malloc",
        "max_align_t", "memcmp", "memcpy", "memmove", "memset", "offsetof", "pow",
        "powf", "ptrdiff_t", "realloc", "register", "restrict", "return", "round",
        "short", "signed", "size_t", "sizeof", "sqrt", "sqrtf", "static", "stderr",
        "stdin", "stdout", "strcmp", "strcpy", "strlen", "struct", "switch", "tanh",
        "tanhf", "true", "typedef", "typeof", "uint16_t", "uint32_t", "uint64_t",
        "uint8_t", "uintptr_t", "union", "unsigned", "va_list", "void", "volatile",
        "wchar_t", "while",
    };
    if (strncmp(name, "__", 2) == 0 || (name[0] == '_' && name[1] >= 'A' && name[1] <= 'Z'))
        return true;   /* reserved for the implementation */
    if (strncmp(name, "nnrt_", 5) == 0 || strncmp(name, "NNRT_", 5) == 0 || strcmp(name, "nnrt") == 0)
        return true;   /* the runtime's namespace ("nnrt" as a model name makes nnrt_predict) */
    return bsearch(name, reserved, sizeof reserved / sizeof *reserved, sizeof *reserved,
                   compare_words) != NULL;
}
