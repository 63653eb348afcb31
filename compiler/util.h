/*
 * util.h - what every pass of nnc shares: the arena, checked allocation,
 * growable strings, source locations and the diagnostic reporter.
 *
 * One arena per compilation (docs/design.md): the AST and the IR come from it
 * and are freed together at the end.  Diagnostics go to one reporter that
 * counts them; the driver chooses the exit status from the counts.
 */
#ifndef NNC_UTIL_H
#define NNC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__GNUC__)
#define NNC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define NNC_NORETURN __attribute__((noreturn))
#else
#define NNC_PRINTF(f, a)
#define NNC_NORETURN
#endif

/* ---- util.c: checked allocation, arena, strings ---------------------- */

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Compiler bugs, not user errors: print file and line, then abort. */
NNC_NORETURN void nnc_panic(const char *file, int line, const char *fmt, ...) NNC_PRINTF(3, 4);
#define nnc_unreachable() nnc_panic(__FILE__, __LINE__, "unreachable")
#define nnc_assert(c) ((c) ? (void)0 : nnc_panic(__FILE__, __LINE__, "assertion failed: %s", #c))

typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);               /* zeroed, 16-byte aligned */
void *arena_realloc(Arena *a, void *p, size_t old, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) NNC_PRINTF(2, 3);
/* Interned strings: one copy of each distinct string per arena, so equal
 * strings are the same pointer and compare with ==.  The lexer interns
 * every name; arena_interned() looks a string up without adding it (NULL
 * when it was never interned, so no name of the program equals it). */
const char *arena_intern(Arena *a, const char *s, size_t n);
const char *arena_interned(const Arena *a, const char *s);
/* Interned strings are numbered 0, 1, 2, ... in the order they were first
 * interned, so a pass can keep what it knows of each name in an array of
 * arena_intern_count() entries: no hashing, and a walk in source order
 * touches it in order.  `interned` must come from arena_intern. */
uint32_t arena_intern_id(const char *interned);
size_t arena_intern_count(const Arena *a);

/* A map from strings to pointers in the arena (hashing, open addressing):
 * lookups by name that stay linear in the size of the model.  Keys are
 * kept, not copied: they must live as long as the map. */
typedef struct StrMap StrMap;
StrMap *strmap_new(Arena *a);
void *strmap_get(const StrMap *m, const char *key);   /* NULL: absent */
void strmap_put(StrMap *m, const char *key, void *val);

/* Arena-backed growable array: `T *items; int len, cap;` in any struct.
 * vec_push(arena, v, x) appends x to v.items. */
#define vec_push(arena, v, x)                                                   \
    do {                                                                        \
        if ((v).len == (v).cap) {                                               \
            int ncap_ = (v).cap ? 2 * (v).cap : 8;                              \
            (v).items = arena_realloc((arena), (v).items,                       \
                                      sizeof *(v).items * (size_t)(v).cap,      \
                                      sizeof *(v).items * (size_t)ncap_);       \
            (v).cap = ncap_;                                                    \
        }                                                                       \
        (v).items[(v).len++] = (x);                                             \
    } while (0)

/* Heap-backed growable string (freed with sb_free). */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_printf(StrBuf *sb, const char *fmt, ...) NNC_PRINTF(2, 3);
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
char *sb_take(StrBuf *sb);                          /* NUL-terminated, caller frees */
void sb_free(StrBuf *sb);

/* Reads a whole file (or stdin for "-") into a NUL-terminated heap buffer.
 * Returns NULL and sets *err (static text from strerror) on failure. */
char *read_file(const char *path, size_t *len, const char **err);

/* Edit distance, for "did you mean 'sigmoid'?" suggestions. */
int edit_distance(const char *a, const char *b);
/* The closest of `n` candidates to `word`, or NULL if none is close. */
const char *closest_name(const char *word, const char *const *cands, int n);

/* C identifiers that generated code must not use as they are: keywords,
 * and names of the standard library that the generated file includes. */
bool is_c_reserved(const char *name);

/* ---- diag.c: the diagnostic reporter --------------------------------- */

/* A place in the source: 1-based line and column, and the length in
 * bytes of the range to underline (0 or 1: a caret alone). */
typedef struct Loc {
    int line, col, len;
} Loc;

typedef struct Diag Diag;

/* The reporter keeps the source text so it can print the line of each
 * message.  Messages go to `out` (stderr in the driver, a memstream in
 * tests) as they are reported. */
Diag *diag_new(const char *filename, const char *text, size_t len, FILE *out);
void diag_free(Diag *d);
void diag_error(Diag *d, Loc loc, const char *fmt, ...) NNC_PRINTF(3, 4);
void diag_warning(Diag *d, Loc loc, const char *fmt, ...) NNC_PRINTF(3, 4);
void diag_note(Diag *d, Loc loc, const char *fmt, ...) NNC_PRINTF(3, 4);
int diag_error_count(const Diag *d);
int diag_warning_count(const Diag *d);
const char *diag_filename(const Diag *d);
/* Set by the parser when it gives up (too many errors, too deep). */
bool diag_too_many(const Diag *d);

/* A Loc spanning from the start of `a` to the end of `b` (same line),
 * or `a` alone when they are on different lines. */
Loc loc_span(Loc a, Loc b);

#endif
