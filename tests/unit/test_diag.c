/* The reporter: clang's layout, carets under the right column, limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct Capture {
    char *buf;
    size_t len;
    FILE *f;
    Diag *d;
} Capture;

static void capture_open(Capture *c, const char *src)
{
    c->buf = NULL;
    c->f = open_memstream(&c->buf, &c->len);
    c->d = diag_new("m.nn", src, strlen(src), c->f);
}

static const char *capture_text(Capture *c)
{
    fflush(c->f);
    return c->buf;
}

static void capture_close(Capture *c)
{
    diag_free(c->d);
    fclose(c->f);
    free(c->buf);
}

static void error_shows_line_and_tilde_range(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "model m {\n    h1 = dense(x, relu)\n}\n");
    diag_error(c.d, (Loc){2, 19, 4}, "dense() needs a layer size, got '%s'", "relu");
    assert_string_equal(capture_text(&c),
                        "m.nn:2:19: error: dense() needs a layer size, got 'relu'\n"
                        "    2 |     h1 = dense(x, relu)\n"
                        "      |                   ^~~~\n");
    assert_int_equal(diag_error_count(c.d), 1);
    capture_close(&c);
}

static void tabs_are_kept_under_the_caret(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "\th = relu(q)\n");
    diag_error(c.d, (Loc){1, 11, 1}, "x");
    assert_string_equal(capture_text(&c), "m.nn:1:11: error: x\n"
                                          "    1 | \th = relu(q)\n"
                                          "      | \t         ^\n");
    capture_close(&c);
}

static void note_and_warning_are_labelled(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "a\nb\n");
    diag_warning(c.d, (Loc){1, 1, 1}, "w");
    diag_note(c.d, (Loc){2, 1, 1}, "n");
    const char *t = capture_text(&c);
    assert_non_null(strstr(t, "m.nn:1:1: warning: w\n"));
    assert_non_null(strstr(t, "m.nn:2:1: note: n\n"));
    assert_int_equal(diag_warning_count(c.d), 1);
    assert_int_equal(diag_error_count(c.d), 0);
    capture_close(&c);
}

static void error_without_place_names_the_file(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "");
    diag_error(c.d, (Loc){0, 0, 0}, "empty");
    assert_string_equal(capture_text(&c), "m.nn: error: empty\n");
    capture_close(&c);
}

static void range_never_runs_past_the_line(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "ab\n");
    diag_error(c.d, (Loc){1, 2, 10}, "x");
    assert_non_null(strstr(capture_text(&c), "      |  ^\n"));
    capture_close(&c);
}

static void too_many_errors_stop_printing(void **state)
{
    (void)state;
    Capture c;
    capture_open(&c, "x\n");
    for (int i = 0; i < 50; i++)
        diag_error(c.d, (Loc){1, 1, 1}, "e%d", i);
    const char *t = capture_text(&c);
    assert_non_null(strstr(t, "too many errors emitted"));
    assert_null(strstr(t, "e20\n"));
    assert_true(diag_too_many(c.d));
    capture_close(&c);
}

static void loc_span_covers_both_tokens(void **state)
{
    (void)state;
    Loc s = loc_span((Loc){3, 5, 2}, (Loc){3, 12, 3});
    assert_int_equal(s.col, 5);
    assert_int_equal(s.len, 10);
    Loc other = loc_span((Loc){3, 5, 2}, (Loc){4, 1, 3});
    assert_int_equal(other.len, 2);
}

/* A line longer than 120 bytes shows 80 of them, the caret a third of
 * the way in, with "..." on each side that was cut. */
static void long_line_shows_a_window_around_the_caret(void **state)
{
    (void)state;
    char line[301];
    memset(line, 'x', 300);
    line[300] = '\0';
    Capture c;
    capture_open(&c, line);
    diag_error(c.d, (Loc){1, 200, 3}, "e");
    char want[512];
    snprintf(want, sizeof want, "m.nn:1:200: error: e\n    1 | ...%.80s...\n      |    %26s^~~\n", line, "");
    assert_string_equal(capture_text(&c), want);
    capture_close(&c);
}

/* Near the start of a long line the window starts with the line; a line
 * of 120 bytes is still shown whole. */
static void long_line_window_keeps_the_start_and_short_lines_stay_whole(void **state)
{
    (void)state;
    char line[131];
    memset(line, 'y', 130);
    line[130] = '\0';
    Capture c;
    capture_open(&c, line);
    diag_error(c.d, (Loc){1, 10, 1}, "e");
    char want[512];
    snprintf(want, sizeof want, "m.nn:1:10: error: e\n    1 | %.80s...\n      | %9s^\n", line, "");
    assert_string_equal(capture_text(&c), want);
    capture_close(&c);

    line[120] = '\0';
    capture_open(&c, line);
    diag_error(c.d, (Loc){1, 110, 1}, "e");
    snprintf(want, sizeof want, "m.nn:1:110: error: e\n    1 | %s\n      | %109s^\n", line, "");
    assert_string_equal(capture_text(&c), want);
    capture_close(&c);
}

/* The window's edges move back to the start of a UTF-8 character. */
static void long_line_window_does_not_split_a_character(void **state)
{
    (void)state;
    StrBuf sb = {0};
    for (int i = 0; i < 100; i++)
        sb_puts(&sb, "\xc3\xa9");   /* e-acute, 2 bytes, 1 column */
    Capture c;
    capture_open(&c, sb.data);
    diag_error(c.d, (Loc){1, 102, 1}, "e");   /* the second byte of the 51st */
    StrBuf want = {0};
    sb_puts(&want, "m.nn:1:102: error: e\n    1 | ...");
    for (int i = 0; i < 40; i++)
        sb_puts(&want, "\xc3\xa9");
    sb_printf(&want, "...\n      |    %14s^\n", "");
    assert_string_equal(capture_text(&c), want.data);
    capture_close(&c);
    sb_free(&sb);
    sb_free(&want);
}

static void suggestions_find_near_names(void **state)
{
    (void)state;
    const char *acts[] = {"relu", "sigmoid", "tanh", "softmax", "linear"};
    assert_string_equal(closest_name("sigmod", acts, 5), "sigmoid");
    assert_string_equal(closest_name("rleu", acts, 5), "relu");
    assert_null(closest_name("convolution", acts, 5));
    assert_true(is_c_reserved("int"));
    assert_true(is_c_reserved("main"));
    assert_false(is_c_reserved("h1"));
}

/* The reserved list is searched by bisection: names from its start, its
 * end and between must all be found, near misses not. */
static void c_reserved_names_are_found_across_the_sorted_list(void **state)
{
    (void)state;
    const char *yes[] = {"BUFSIZ", "L_tmpnam", "TMP_MAX", "_Alignas", "_Thread_local", "abort",
                         "int8_t", "isfinite", "max_align_t", "strlen", "uint8_t", "while",
                         "__x", "_Foo", "nnrt_x", "nnrt"};
    const char *no[] = {"A", "BUFSIZ2", "_alignas", "ints", "whilst", "zz", "nnrt2", "x_1"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (!is_c_reserved(yes[i]))
            fail_msg("'%s' should be reserved", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (is_c_reserved(no[i]))
            fail_msg("'%s' should not be reserved", no[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(error_shows_line_and_tilde_range),
        cmocka_unit_test(long_line_shows_a_window_around_the_caret),
        cmocka_unit_test(long_line_window_keeps_the_start_and_short_lines_stay_whole),
        cmocka_unit_test(long_line_window_does_not_split_a_character),
        cmocka_unit_test(c_reserved_names_are_found_across_the_sorted_list),
        cmocka_unit_test(tabs_are_kept_under_the_caret),
        cmocka_unit_test(note_and_warning_are_labelled),
        cmocka_unit_test(error_without_place_names_the_file),
        cmocka_unit_test(range_never_runs_past_the_line),
        cmocka_unit_test(too_many_errors_stop_printing),
        cmocka_unit_test(loc_span_covers_both_tokens),
        cmocka_unit_test(suggestions_find_near_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
