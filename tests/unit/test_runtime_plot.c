/*
 * test_runtime_plot.c - the charts of plot.c beyond what tests/plot checks
 * through the trainer: the loss axis turning logarithmic when the loss
 * spans more than two decades (or when asked), the best epoch's mark, and
 * the confusion matrix's heatmap.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "nnrt.h"

static char path[512];
static char svg[1 << 16];

static int setup(void **state)
{
    (void)state;
    snprintf(path, sizeof path, "%s/rt_plot_%d.svg", NNC_BINARY_DIR, (int)getpid());
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    return 0;
}

static const char *slurp(void)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(svg, 1, sizeof svg - 1, f);
    svg[n] = '\0';
    fclose(f);
    return svg;
}

static int count(const char *s, const char *sub)
{
    int n = 0;
    for (const char *p = strstr(s, sub); p; p = strstr(p + 1, sub))
        n++;
    return n;
}

/* n epochs whose loss falls from `from` by a factor `ratio` an epoch */
static void losses(nnrt_epoch_metrics *rows, int n, double from, double ratio)
{
    for (int i = 0; i < n; i++)
        rows[i] = (nnrt_epoch_metrics){(uint32_t)i + 1, from * pow(ratio, i), NAN, NAN, NAN, NAN};
}

static void loss_over_decades_goes_log_scale(void **state)
{
    (void)state;
    nnrt_epoch_metrics rows[8];
    losses(rows, 8, 10.0, 0.2);   /* 10 down to 1.28e-4: almost five decades */
    nnrt_plot_options o = {.title = "regression"};
    assert_int_equal(nnrt_plot_training(path, &o, rows, 8), NNRT_OK);
    slurp();
    assert_non_null(strstr(svg, "id=\"loss-train\" class=\"train log\""));
    assert_non_null(strstr(svg, ">loss (log scale)<"));
    /* labelled ticks at the powers of ten from 1e-4 to 10 */
    const char *ticks[] = {">0.0001</text>", ">0.001</text>", ">0.01</text>", ">0.1</text>", ">1</text>",
                           ">10</text>"};
    for (size_t i = 0; i < sizeof ticks / sizeof ticks[0]; i++)
        if (!strstr(svg, ticks[i]))
            fail_msg("no tick %s", ticks[i]);
    /* asked for linear, it stays linear */
    o.log_loss = -1;
    assert_int_equal(nnrt_plot_training(path, &o, rows, 8), NNRT_OK);
    slurp();
    assert_null(strstr(svg, " log\""));
}

static void loss_within_two_decades_stays_linear_unless_asked(void **state)
{
    (void)state;
    nnrt_epoch_metrics rows[6];
    losses(rows, 6, 2.0, 0.6);   /* 2 down to 0.16 */
    assert_int_equal(nnrt_plot_svg(path, "t", rows, 6), NNRT_OK);
    slurp();
    assert_null(strstr(svg, " log\""));
    assert_non_null(strstr(svg, ">loss<"));
    nnrt_plot_options o = {.log_loss = 1};
    assert_int_equal(nnrt_plot_training(path, &o, rows, 6), NNRT_OK);
    slurp();
    assert_non_null(strstr(svg, "class=\"train log\""));
    assert_non_null(strstr(svg, ">0.2</text>"));   /* 1, 2, 5 times the powers of ten */
}

static void the_best_epoch_is_marked_in_both_panels(void **state)
{
    (void)state;
    nnrt_epoch_metrics rows[6];
    for (int i = 0; i < 6; i++)
        rows[i] = (nnrt_epoch_metrics){(uint32_t)i + 1, 1.0 / (i + 1), 0.5 + 0.1 * i, 0.5, 0.6, NAN};
    nnrt_plot_options o = {.best_epoch = 3};
    assert_int_equal(nnrt_plot_training(path, &o, rows, 6), NNRT_OK);
    slurp();
    assert_int_equal(count(svg, "id=\"best-epoch\""), 1);
    assert_int_equal(count(svg, "class=\"best\""), 2);
    assert_non_null(strstr(svg, ">best: epoch 3</text>"));
    o.best_epoch = 0;
    assert_int_equal(nnrt_plot_training(path, &o, rows, 6), NNRT_OK);
    slurp();
    assert_null(strstr(svg, "class=\"best\""));
}

static void confusion_heatmap_has_a_cell_per_pair_and_row_accuracies(void **state)
{
    (void)state;
    uint64_t c[9] = {8, 2, 0, 1, 9, 0, 0, 5, 5};   /* rows: true 0, 1, 2 */
    assert_int_equal(nnrt_plot_confusion(path, "three classes", c, 3), NNRT_OK);
    slurp();
    assert_int_equal(count(svg, "class=\"cell\""), 9);
    assert_non_null(strstr(svg, ">80.00%</text>"));
    assert_non_null(strstr(svg, ">90.00%</text>"));
    assert_non_null(strstr(svg, ">50.00%</text>"));
    assert_non_null(strstr(svg, ">three classes</text>"));
    /* a full row's diagonal is the darkest blue; an empty cell white */
    assert_non_null(strstr(svg, "fill=\"#ffffff\""));
    static char first[sizeof svg];
    memcpy(first, svg, sizeof svg);
    assert_int_equal(nnrt_plot_confusion(path, "three classes", c, 3), NNRT_OK);
    assert_string_equal(slurp(), first);   /* the same bytes again */
    assert_int_equal(nnrt_plot_confusion(path, "t", c, 0), NNRT_EARG);
    assert_int_equal(nnrt_plot_confusion(path, "t", c, 65), NNRT_EARG);
    assert_int_equal(nnrt_plot_confusion(path, "t", NULL, 3), NNRT_EARG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(loss_over_decades_goes_log_scale, setup, teardown),
        cmocka_unit_test_setup_teardown(loss_within_two_decades_stays_linear_unless_asked, setup, teardown),
        cmocka_unit_test_setup_teardown(the_best_epoch_is_marked_in_both_panels, setup, teardown),
        cmocka_unit_test_setup_teardown(confusion_heatmap_has_a_cell_per_pair_and_row_accuracies, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
