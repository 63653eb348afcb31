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
#include "ir.h"
#include "kernel.h"

static FILE *sink;
static const char *source;   /* this input's text, copied into C comments */

/* A broken graph after a pass is a compiler bug: a finding. */
static void verify(const Graph *g)
{
    if (ir_verify(g, stderr) != 0)
        abort();
}

/* The passes after a clean check, as nnc runs them: lower, autodiff,
 * optimizer, fusion, the IR printed, --stats's table and figures, then C
 * emitted (both files) into the sink. */
static void run_backend(Program *p, Diag *d, Arena *a)
{
    Graph *g = lower_program(p, a);
    verify(g);
    if (g->has_train) {
        autodiff(g);
        verify(g);
        optim_append(g);
        verify(g);
    }
    fuse(g);
    verify(g);
    ir_print(g, sink);
    stats_print(p, g, a, sink);
    EmitOptions eo = {.header_name = "fuzz.h", .opt_level = 3, .threads = 1,
                      .with_main = g->has_train, .source = source, .source_name = "fuzz.nn"};
    PlanOptions po = emit_plan_options(&eo);
    emitc_program(kernel_lower(g, plan_memory(g, &po, g->arena), g->arena), &eo, d, sink, sink);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink)
        sink = fopen("/dev/null", "w");   /* messages are formatted, then dropped */

    char *text = malloc(size + 1);        /* the parser wants a NUL-terminated copy */
    memcpy(text, data, size);
    text[size] = '\0';
    source = text;
    Arena *a = arena_new();
    Diag *d = diag_new("fuzz.nn", text, size, sink);

    Program *p = parse_program(a, d, text, size);
    if (p && p->checkable && check_program(p, d, a) &&
        limits_check(p, d, NNC_DEFAULT_MAX_WORKSPACE)) {
        dot_emit(p, sink);   /* --emit=dot: every node's label and shape */
        run_backend(p, d, a);
    }

    diag_free(d);
    arena_free(a);
    free(text);
    return 0;
}
