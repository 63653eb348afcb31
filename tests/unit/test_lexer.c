/*
 * test_lexer.c - the scanner (grammar/nn.l): every token kind, its Loc
 * (line, byte column, length), and the lexical errors with their places.
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
#include "nn.tab.h"

typedef struct Tok {
    int kind;
    Loc loc;
    const char *str;
} Tok;

typedef struct Lexed {
    Arena *arena;
    Diag *diag;
    char *errs;       /* everything the reporter printed */
    size_t errs_len;
    FILE *out;
    ParseCtx ctx;
    Tok toks[64];
    int n;            /* tokens before end of file */
    Loc eof;
} Lexed;

/* Scans all of `src` into lx->toks; diagnostics go to lx->errs. */
static void lex(Lexed *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = arena_new();
    lx->out = open_memstream(&lx->errs, &lx->errs_len);
    lx->diag = diag_new("t.nn", src, len, lx->out);
    lx->ctx = (ParseCtx){.arena = lx->arena, .diag = lx->diag, .text = src, .len = len,
                         .line = 1, .col = 1};
    lx->ctx.last.kind = lx->ctx.prev.kind = TK_YYEOF;
    void *scanner = lexer_new(&lx->ctx);
    for (;;) {
        NNSTYPE val = {0};
        Loc loc = {0};
        int k = nnlex(&val, &loc, scanner);
        if (k == TK_YYEOF) {
            lx->eof = loc;
            break;
        }
        assert_true(lx->n < 64);
        lx->toks[lx->n++] = (Tok){k, loc, (k == TK_NAME || k == TK_NUMBER || k == TK_STRING) ? val.str : NULL};
    }
    lexer_free(scanner);
    fflush(lx->out);
}

static void lex_str(Lexed *lx, const char *src)
{
    lex(lx, src, strlen(src));
}

static void done(Lexed *lx)
{
    diag_free(lx->diag);
    fclose(lx->out);
    free(lx->errs);
    arena_free(lx->arena);
}

static void assert_tok(const Tok *t, int kind, int line, int col, int len)
{
    assert_int_equal(t->kind, kind);
    assert_int_equal(t->loc.line, line);
    assert_int_equal(t->loc.col, col);
    assert_int_equal(t->loc.len, len);
}

static void test_keywords_are_their_own_tokens(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "model input output train");
    assert_int_equal(lx.n, 4);
    assert_tok(&lx.toks[0], TK_MODEL, 1, 1, 5);
    assert_tok(&lx.toks[1], TK_INPUT, 1, 7, 5);
    assert_tok(&lx.toks[2], TK_OUTPUT, 1, 13, 6);
    assert_tok(&lx.toks[3], TK_TRAIN, 1, 20, 5);
    done(&lx);
}

static void test_names_include_keyword_prefixes_and_op_names(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "models _x h1_2 dense relu int Input");
    assert_int_equal(lx.n, 7);
    const char *want[] = {"models", "_x", "h1_2", "dense", "relu", "int", "Input"};
    for (int i = 0; i < 7; i++) {
        assert_int_equal(lx.toks[i].kind, TK_NAME);
        assert_string_equal(lx.toks[i].str, want[i]);
        assert_int_equal(lx.toks[i].loc.len, (int)strlen(want[i]));
    }
    assert_int_equal(lx.toks[1].loc.col, 8);
    done(&lx);
}

static void test_numbers_in_every_written_form(void **state)
{
    (void)state;
    Lexed lx;
    const char *want[] = {"3", "0.05", "1e-3", ".5", "1E+3", "5.", "-1", "-0.25", "2.5e10", "007"};
    lex_str(&lx, "3 0.05 1e-3 .5 1E+3 5. -1 -0.25 2.5e10 007");
    assert_int_equal(lx.n, 10);
    int col = 1;
    for (int i = 0; i < 10; i++) {
        assert_tok(&lx.toks[i], TK_NUMBER, 1, col, (int)strlen(want[i]));
        assert_string_equal(lx.toks[i].str, want[i]);
        col += (int)strlen(want[i]) + 1;
    }
    assert_int_equal(diag_error_count(lx.diag), 0);
    done(&lx);
}

static void test_punctuation(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "{}()[]=,;");
    assert_int_equal(lx.n, 9);
    for (int i = 0; i < 9; i++)
        assert_tok(&lx.toks[i], "{}()[]=,;"[i], 1, i + 1, 1);
    done(&lx);
}

static void test_strings_are_decoded_and_located_with_quotes(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "x \"data/a b.csv\" \"q\\\"t\\\\s\" \"\"");
    assert_int_equal(lx.n, 4);
    assert_tok(&lx.toks[1], TK_STRING, 1, 3, 14);
    assert_string_equal(lx.toks[1].str, "data/a b.csv");
    assert_tok(&lx.toks[2], TK_STRING, 1, 18, 9);
    assert_string_equal(lx.toks[2].str, "q\"t\\s");
    assert_string_equal(lx.toks[3].str, "");
    assert_int_equal(diag_error_count(lx.diag), 0);
    done(&lx);
}

static void test_comments_and_newlines_are_white_space(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "# a comment (with tokens) model\n  a # b c\n\n\tb#c\n");
    assert_int_equal(lx.n, 2);
    assert_tok(&lx.toks[0], TK_NAME, 2, 3, 1);
    assert_tok(&lx.toks[1], TK_NAME, 4, 2, 1);   /* a tab is one column */
    done(&lx);
}

static void test_columns_count_bytes_after_multibyte_text(void **state)
{
    (void)state;
    Lexed lx;
    /* "é" is two bytes: the name after the string starts at byte 7 */
    lex_str(&lx, "\"\xc3\xa9\" a # \xe2\x82\xac\r\nb");
    assert_int_equal(lx.n, 3);
    assert_string_equal(lx.toks[0].str, "\xc3\xa9");
    assert_tok(&lx.toks[1], TK_NAME, 1, 6, 1);
    assert_tok(&lx.toks[2], TK_NAME, 2, 1, 1);   /* CRLF is one line break */
    done(&lx);
}

static void test_end_of_file_sits_after_the_last_token(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "model m {\n  output y   \n\n# end\n");
    assert_int_equal(lx.eof.line, 2);
    assert_int_equal(lx.eof.col, 11);
    assert_int_equal(lx.eof.len, 0);
    done(&lx);
    lex_str(&lx, "");
    assert_int_equal(lx.n, 0);
    assert_int_equal(lx.eof.line, 1);
    assert_int_equal(lx.eof.col, 1);
    done(&lx);
}

static void test_unexpected_character_is_reported_once_per_run(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "a @@$ b\n  \x01");
    assert_int_equal(lx.n, 4);
    assert_int_equal(lx.toks[1].kind, TK_NNerror);
    assert_tok(&lx.toks[3], TK_NNerror, 2, 3, 1);
    assert_int_equal(diag_error_count(lx.diag), 2);
    assert_string_equal(lx.errs,
                        "t.nn:1:3: error: unexpected character '@'\n"
                        "    1 | a @@$ b\n"
                        "      |   ^\n"
                        "t.nn:2:3: error: unexpected character '\\x01'\n"
                        "    2 |   \x01\n"
                        "      |   ^\n");
    done(&lx);
}

static void test_unexpected_multibyte_character_is_shown_whole(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "x \xe2\x86\x92");   /* an arrow: no token starts with it */
    assert_tok(&lx.toks[1], TK_NNerror, 1, 3, 3);
    assert_non_null(strstr(lx.errs, "error: unexpected character '\xe2\x86\x92'\n"));
    assert_non_null(strstr(lx.errs, "\n      |   ^\n"));   /* one character, one column */
    done(&lx);
}

/* Text pasted from a document: each oddity said once, then read as what
 * it looks like, so the parser sees the tokens that were meant. */
static void test_pasted_spaces_and_quotes_read_as_meant(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "f(x,\xc2\xa0" "3) \xe2\x80\x9c" "a.csv\xe2\x80\x9d");
    assert_int_equal(lx.n, 7);   /* f ( x , 3 ) "a.csv" */
    assert_int_equal(lx.toks[4].kind, TK_NUMBER);
    assert_int_equal(lx.toks[6].kind, TK_STRING);
    assert_string_equal(lx.toks[6].str, "a.csv");
    assert_non_null(strstr(lx.errs, "t.nn:1:5: error: a no-break space (U+00A0), pasted from a document? "
                                    "nn reads it as a space\n"));
    assert_non_null(strstr(lx.errs, "t.nn:1:10: error: strings are written between straight quotes '\"', "
                                    "not curly ones\n"));
    assert_non_null(strstr(lx.errs, "^~~~~~~\n"));   /* 7 characters, 7 columns */
    done(&lx);
}

/* A letter beyond ASCII makes no name valid, but it is still one name,
 * underlined one column per character, and the parser gets it whole. */
static void test_name_with_a_letter_beyond_ascii_is_one_name(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "h\xc3\xa9 = \xce\xb1\xce\xb2");
    assert_tok(&lx.toks[0], TK_NAME, 1, 1, 3);
    assert_int_equal(lx.toks[1].kind, '=');
    assert_tok(&lx.toks[2], TK_NAME, 1, 7, 4);   /* byte columns, as clang counts */
    assert_non_null(strstr(lx.errs, "t.nn:1:1: error: 'h\xc3\xa9' is not a name: names are ASCII letters, "
                                    "digits and '_' ('\xc3\xa9' is not one of them)\n"
                                    "    1 | h\xc3\xa9 = \xce\xb1\xce\xb2\n"
                                    "      | ^~\n"));
    assert_non_null(strstr(lx.errs, "t.nn:1:7: error: '\xce\xb1\xce\xb2' is not a name"));
    done(&lx);
}

/* Habits from other languages: `key: value` and `//` comments. */
static void test_colon_after_a_name_reads_as_equals(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "loss: mse");
    assert_int_equal(lx.toks[1].kind, '=');
    assert_non_null(strstr(lx.errs, "t.nn:1:5: error: expected '=' after 'loss', saw ':'; a value is given "
                                    "with '=', as in 'loss = ...'\n"));
    done(&lx);
    lex_str(&lx, "( :");   /* not after a name: just a character nn does not know */
    assert_int_equal(lx.toks[1].kind, TK_NNerror);
    assert_non_null(strstr(lx.errs, "unexpected character ':'"));
    done(&lx);
}

static void test_double_slash_is_reported_and_skipped_as_a_comment(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "a // b c\nd");
    assert_int_equal(lx.n, 2);   /* a, d */
    assert_tok(&lx.toks[1], TK_NAME, 2, 1, 1);
    assert_non_null(strstr(lx.errs, "t.nn:1:3: error: '//' is not a comment in nn; comments run from '#' to the "
                                    "end of the line\n    1 | a // b c\n      |   ^~\n"));
    done(&lx);
}

static void test_null_byte_is_an_unexpected_character(void **state)
{
    (void)state;
    Lexed lx;
    lex(&lx, "a\0b", 3);
    assert_int_equal(lx.n, 3);
    assert_int_equal(lx.toks[1].kind, TK_NNerror);
    assert_tok(&lx.toks[2], TK_NAME, 1, 3, 1);
    assert_non_null(strstr(lx.errs, "t.nn:1:2: error: unexpected character '\\x00'\n"));
    done(&lx);
}

static void test_unterminated_string_points_at_its_quote(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "data = \"abc\n}");
    assert_int_equal(lx.n, 4);
    assert_tok(&lx.toks[2], TK_STRING, 1, 8, 4);
    assert_string_equal(lx.toks[2].str, "abc");
    assert_tok(&lx.toks[3], '}', 2, 1, 1);
    assert_string_equal(lx.errs,
                        "t.nn:1:8: error: missing terminating '\"' character\n"
                        "    1 | data = \"abc\n"
                        "      |        ^~~~\n");
    done(&lx);
}

static void test_unterminated_string_at_end_of_file(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "\"abc\\");
    assert_int_equal(lx.n, 1);
    assert_int_equal(lx.toks[0].kind, TK_STRING);
    assert_int_equal(diag_error_count(lx.diag), 1);
    assert_non_null(strstr(lx.errs, "missing terminating '\"' character"));
    done(&lx);
}

static void test_unknown_escape_points_at_the_backslash(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "  \"a\\nb\"");
    assert_int_equal(lx.n, 1);
    assert_int_equal(lx.toks[0].kind, TK_STRING);
    assert_string_equal(lx.errs,
                        "t.nn:1:5: error: unknown escape sequence '\\n' (only \\\" and \\\\ are allowed)\n"
                        "    1 |   \"a\\nb\"\n"
                        "      |     ^~\n");
    done(&lx);
}

static void test_exponent_without_digits(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "1e 2E+ x");
    assert_int_equal(lx.n, 3);
    assert_tok(&lx.toks[0], TK_NUMBER, 1, 1, 2);
    assert_tok(&lx.toks[1], TK_NUMBER, 1, 4, 3);
    assert_int_equal(diag_error_count(lx.diag), 2);
    assert_non_null(strstr(lx.errs, "t.nn:1:1: error: exponent has no digits\n"));
    assert_non_null(strstr(lx.errs, "t.nn:1:4: error: exponent has no digits\n"));
    done(&lx);
}

static void test_invalid_suffix_on_number(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "3abc 1e5x");
    assert_int_equal(lx.n, 2);
    assert_tok(&lx.toks[0], TK_NUMBER, 1, 1, 4);
    assert_string_equal(lx.toks[0].str, "3");
    assert_string_equal(lx.toks[1].str, "1e5");
    assert_non_null(strstr(lx.errs, "t.nn:1:1: error: invalid suffix 'abc' on number '3'\n"));
    assert_non_null(strstr(lx.errs, "t.nn:1:6: error: invalid suffix 'x' on number '1e5'\n"));
    done(&lx);
}

static void test_lone_minus_is_unexpected(void **state)
{
    (void)state;
    Lexed lx;
    lex_str(&lx, "- 1");
    assert_int_equal(lx.toks[0].kind, TK_NNerror);
    assert_tok(&lx.toks[1], TK_NUMBER, 1, 3, 1);
    assert_non_null(strstr(lx.errs, "error: unexpected character '-'"));
    done(&lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keywords_are_their_own_tokens),
        cmocka_unit_test(test_names_include_keyword_prefixes_and_op_names),
        cmocka_unit_test(test_numbers_in_every_written_form),
        cmocka_unit_test(test_punctuation),
        cmocka_unit_test(test_strings_are_decoded_and_located_with_quotes),
        cmocka_unit_test(test_comments_and_newlines_are_white_space),
        cmocka_unit_test(test_columns_count_bytes_after_multibyte_text),
        cmocka_unit_test(test_end_of_file_sits_after_the_last_token),
        cmocka_unit_test(test_unexpected_character_is_reported_once_per_run),
        cmocka_unit_test(test_unexpected_multibyte_character_is_shown_whole),
        cmocka_unit_test(test_name_with_a_letter_beyond_ascii_is_one_name),
        cmocka_unit_test(test_pasted_spaces_and_quotes_read_as_meant),
        cmocka_unit_test(test_colon_after_a_name_reads_as_equals),
        cmocka_unit_test(test_double_slash_is_reported_and_skipped_as_a_comment),
        cmocka_unit_test(test_null_byte_is_an_unexpected_character),
        cmocka_unit_test(test_unterminated_string_points_at_its_quote),
        cmocka_unit_test(test_unterminated_string_at_end_of_file),
        cmocka_unit_test(test_unknown_escape_points_at_the_backslash),
        cmocka_unit_test(test_exponent_without_digits),
        cmocka_unit_test(test_invalid_suffix_on_number),
        cmocka_unit_test(test_lone_minus_is_unexpected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
