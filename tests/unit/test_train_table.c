/*
 * test_train_table.c - docs/language.md's training tables come from the
 * table the checker and the lowering read: every optimizer, loss and
 * schedule row (OptimDef, LossDef, SchedDef: each key's name, default and
 * range) is printed here as its markdown row, and the row must be in
 * docs/language.md word for word.  A key added to a table without the
 * docs fails here, with the row to paste.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "ir.h"

static char *doc;

static int setup(void **state)
{
    (void)state;
    size_t len;
    const char *err;
    doc = read_file(NNC_SOURCE_DIR "/docs/language.md", &len, &err);
    return doc ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(doc);
    return 0;
}

/* "0 <= momentum < 1", "lr > 0", "nesterov: true or false" */
static void put_range(StrBuf *sb, const OptArg *a)
{
    char lo[64], hi[64];
    if (a->kind == OA_BOOL) {
        sb_printf(sb, "`%s`: true or false", a->name);
        return;
    }
    ir_number(a->lo, lo, sizeof lo);
    ir_number(a->hi, hi, sizeof hi);
    const char *what = a->kind == OA_INT ? "whole " : "";
    if (a->hi > 0)
        sb_printf(sb, "%s`%s %s %s %s %s`", what, lo, a->lo_open ? "<" : "<=", a->name,
                  a->hi_closed ? "<=" : "<", hi);
    else
        sb_printf(sb, "%s`%s %s %s`", what, a->name, a->lo_open ? ">" : ">=", lo);
}

/* | `name(k = default, ...)` | ranges | `torch` | */
static char *row(const char *name, const OptArg *args, int n, const char *torch)
{
    StrBuf sb = {0};
    char num[64];
    sb_printf(&sb, "| `%s", name);
    if (n)
        sb_printf(&sb, "(");
    for (int j = 0; j < n; j++) {
        const OptArg *a = &args[j];
        const char *def = a->def_text ? a->def_text
                        : a->kind == OA_BOOL ? (a->def ? "true" : "false") : ir_number(a->def, num, sizeof num);
        sb_printf(&sb, "%s%s%s%s", j ? ", " : "", a->name, a->required ? "" : " = ", a->required ? "" : def);
    }
    sb_printf(&sb, "%s` | ", n ? ")" : "");
    for (int j = 0; j < n; j++) {
        if (j)
            sb_printf(&sb, ", ");
        put_range(&sb, &args[j]);
    }
    sb_printf(&sb, "%s | `%s` |", n ? "" : "none", torch);
    return sb.data;
}

static int missing;

static void want(char *r)
{
    if (!strstr(doc, r)) {
        fprintf(stderr, "docs/language.md lacks the row\n%s\n", r);
        missing++;
    }
    free(r);
}

static void every_row_is_in_the_docs(void **state)
{
    (void)state;
    missing = 0;
    for (int o = 0; o < OPT_COUNT; o++) {
        const OptimDef *d = optim_def((OptKind)o);
        want(row(d->name, d->args, d->nargs, d->torch));
    }
    for (int l = LOSS_NONE + 1; l < LOSS_COUNT; l++) {
        const LossDef *d = loss_def((LossKind)l);
        want(row(d->name, d->args, d->nargs, d->torch));
    }
    for (int s = 0; sched_def(s); s++)
        want(row(sched_def(s)->name, sched_def(s)->args, sched_def(s)->nargs, sched_def(s)->torch));
    assert_int_equal(missing, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_row_is_in_the_docs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
