/*
 * fuzz_frontend.c - libFuzzer target: arbitrary bytes through the front
 * end (and, as they land, the later passes), looking for crashes, leaks,
 * hangs and undefined behaviour.  Built by -DNNC_FUZZ=ON with clang; run
 * with scripts/fuzz frontend SECONDS.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* The passes after a clean check: lowering and C emission go here, one
 * call each, as they come. */
static void run_backend(Program *p, Diag *d, Arena *a)
{
    (void)p;
    (void)d;
    (void)a;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");   /* messages are formatted, then dropped */

    char *text = malloc(size + 1);        /* the parser wants a NUL-terminated copy */
    memcpy(text, data, size);
    text[size] = '\0';
    Arena *a = arena_new();
    Diag *d = diag_new("fuzz.nn", text, size, sink);

    Program *p = parse_program(a, d, text, size);
    if (p && diag_error_count(d) == 0 && check_program(p, d, a))
        run_backend(p, d, a);

    diag_free(d);
    arena_free(a);
    free(text);
    return 0;
}
