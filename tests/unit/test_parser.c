/*
 * test_parser.c - the grammar (grammar/nn.y): every production builds the
 * tree as written, and syntax errors give their exact messages, several
 * per run, without crashing on deep or huge input.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"

/* Sanitizers make the parser several times slower: no time bound then. */
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

typedef struct Parsed {
    Arena *arena;
    Diag *diag;
    FILE *out;
    char *errs;
    size_t errs_len;
    char *src;
    Program *p;
} Parsed;

static Parsed *parse_n(const char *src, size_t len)
{
    Parsed *r = calloc(1, sizeof *r);
    r->src = malloc(len + 1);
    memcpy(r->src, src, len);
    r->src[len] = '\0';
    r->arena = arena_new();
    r->out = open_memstream(&r->errs, &r->errs_len);
    r->diag = diag_new("t.nn", r->src, len, r->out);
    r->p = parse_program(r->arena, r->diag, r->src, len);
    fflush(r->out);
    return r;
}

static Parsed *parse(const char *src)
{
    return parse_n(src, strlen(src));
}

/* Parses, then runs the checker when the parser says the tree is
 * checkable, as the driver does. */
static Parsed *parse_and_check(const char *src)
{
    Parsed *r = parse(src);
    if (r->p && r->p->checkable)
        check_program(r->p, r->diag, r->arena);
    fflush(r->out);
    return r;
}

/* Parses text that must have no errors. */
static Program *parse_ok(Parsed **keep, const char *src)
{
    Parsed *r = parse(src);
    if (diag_error_count(r->diag) != 0)
        fprintf(stderr, "unexpected errors:\n%s", r->errs);
    assert_int_equal(diag_error_count(r->diag), 0);
    assert_non_null(r->p);
    *keep = r;
    return r->p;
}

static void done(Parsed *r)
{
    diag_free(r->diag);
    fclose(r->out);
    free(r->errs);
    free(r->src);
    arena_free(r->arena);
    free(r);
}

/* The first line the reporter printed: "t.nn:L:C: error: ..." */
static char *first_line(Parsed *r)
{
    char *nl = strchr(r->errs, '\n');
    return nl ? strndup(r->errs, (size_t)(nl - r->errs)) : strdup(r->errs);
}

static void assert_first_error(const char *src, const char *want)
{
    Parsed *r = parse(src);
    char *got = first_line(r);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "source:\n%s\nall errors:\n%s", src, r->errs);
    assert_string_equal(got, want);
    free(got);
    done(r);
}

static void assert_loc(Loc l, int line, int col, int len)
{
    assert_int_equal(l.line, line);
    assert_int_equal(l.col, col);
    assert_int_equal(l.len, len);
}

static const char *FASHION =
    "# Fashion-MNIST: 28x28 grey images, 10 classes\n"
    "model fashion_mlp {\n"
    "    input  x[784]\n"
    "    h1 = dense(x, 256, relu)\n"
    "    d1 = dropout(h1, 0.2)\n"
    "    h2 = dense(d1, 128, relu)\n"
    "    y  = dense(h2, 10, softmax)\n"
    "    output y\n"
    "}\n"
    "\n"
    "train {\n"
    "    loss           = cross_entropy\n"
    "    optimizer      = sgd(lr = 0.05, momentum = 0.9)\n"
    "    batch_size     = 64\n"
    "    epochs         = 10\n"
    "    init           = he\n"
    "    seed           = 42\n"
    "    validation     = 0.1\n"
    "    early_stopping = 3\n"
    "}\n";

static void test_whole_file_from_the_language_page(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, FASHION);
    assert_string_equal(p->name, "fashion_mlp");
    assert_loc(p->loc, 2, 1, 5);
    assert_loc(p->name_loc, 2, 7, 11);
    assert_int_equal(p->stmts.len, 6);
    assert_true(p->has_train);
    assert_loc(p->train_loc, 11, 1, 5);
    assert_int_equal(p->train.len, 8);
    assert_string_equal(p->train.items[7].key, "early_stopping");
    assert_loc(p->train.items[7].key_loc, 19, 5, 14);
    done(r);
}

static void test_input_statement(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { input  x[784] }");
    Stmt *s = p->stmts.items[0];
    assert_int_equal(s->kind, ST_INPUT);
    assert_string_equal(s->name, "x");
    assert_loc(s->loc, 1, 11, 5);
    assert_loc(s->name_loc, 1, 18, 1);
    assert_int_equal(s->sizes[0]->kind, EX_NUMBER);
    assert_string_equal(s->sizes[0]->text, "784");
    assert_true(s->sizes[0]->is_int);
    assert_true(s->sizes[0]->num == 784);
    assert_loc(s->sizes[0]->loc, 1, 20, 3);
    done(r);
}

static void test_input_of_an_image_keeps_its_three_sizes(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { input x[1, 28, 28] input y[1, 2, 3, 4, 5] }");
    Stmt *s = p->stmts.items[0];
    assert_int_equal(s->nsizes, 3);
    assert_true(s->sizes[0]->num == 1 && s->sizes[1]->num == 28 && s->sizes[2]->num == 28);
    assert_loc(s->sizes[2]->loc, 1, 26, 2);
    assert_int_equal(p->stmts.items[1]->nsizes, 5);   /* counted; the checker refuses */
    done(r);
}

static void test_input_size_that_is_not_an_integer_is_left_to_the_checker(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { input x[2.5] input z[-3] }");
    Expr *n = p->stmts.items[0]->sizes[0];
    assert_false(n->is_int);
    assert_true(n->num == 2.5);
    assert_true(p->stmts.items[1]->sizes[0]->is_int);
    assert_true(p->stmts.items[1]->sizes[0]->num == -3);
    done(r);
}

static void test_assign_of_a_name(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m {\n  a = x\n}");
    Stmt *s = p->stmts.items[0];
    assert_int_equal(s->kind, ST_ASSIGN);
    assert_string_equal(s->name, "a");
    assert_loc(s->loc, 2, 3, 1);
    assert_int_equal(s->value->kind, EX_NAME);
    assert_string_equal(s->value->name, "x");
    assert_loc(s->value->loc, 2, 7, 1);
    done(r);
}

static void test_output_statement(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { output y }");
    Stmt *s = p->stmts.items[0];
    assert_int_equal(s->kind, ST_OUTPUT);
    assert_string_equal(s->name, "y");
    assert_loc(s->loc, 1, 11, 6);
    assert_loc(s->name_loc, 1, 18, 1);
    done(r);
}

static void test_call_with_positional_arguments_and_parens(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { h1 = dense(x, 256, relu) }");
    Expr *c = p->stmts.items[0]->value;
    assert_int_equal(c->kind, EX_CALL);
    assert_string_equal(c->name, "dense");
    assert_loc(c->loc, 1, 16, 5);
    assert_loc(c->lparen, 1, 21, 1);
    assert_loc(c->rparen, 1, 34, 1);
    assert_int_equal(c->args.len, 3);
    assert_null(c->args.items[0].key);
    assert_int_equal(c->args.items[0].value->kind, EX_NAME);
    assert_int_equal(c->args.items[1].value->kind, EX_NUMBER);
    assert_string_equal(c->args.items[1].value->text, "256");
    assert_string_equal(c->args.items[2].value->name, "relu");
    assert_loc(c->args.items[2].key_loc, 1, 30, 4);
    done(r);
}

static void test_call_without_arguments(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { y = f() }");
    assert_int_equal(p->stmts.items[0]->value->kind, EX_CALL);
    assert_int_equal(p->stmts.items[0]->value->args.len, 0);
    done(r);
}

static void test_nested_calls(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { y = dense(relu(dense(x, 32)), 10, softmax) }");
    Expr *outer = p->stmts.items[0]->value;
    Expr *relu = outer->args.items[0].value;
    assert_string_equal(relu->name, "relu");
    Expr *inner = relu->args.items[0].value;
    assert_string_equal(inner->name, "dense");
    assert_int_equal(inner->args.len, 2);
    assert_loc(inner->lparen, 1, 31, 1);
    assert_int_equal(outer->args.len, 3);
    done(r);
}

static void test_keyword_arguments(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { h = dense(x, units = 10, act = relu(y)) }");
    Expr *c = p->stmts.items[0]->value;
    assert_null(c->args.items[0].key);
    assert_string_equal(c->args.items[1].key, "units");
    assert_loc(c->args.items[1].key_loc, 1, 24, 5);
    assert_string_equal(c->args.items[1].value->text, "10");
    assert_string_equal(c->args.items[2].key, "act");
    assert_int_equal(c->args.items[2].value->kind, EX_CALL);
    done(r);
}

/* Numbers get strtod's value to the last bit, including those the
 * builder computes itself (up to 15 digits, no exponent). */
static void test_numbers_read_exactly_as_strtod_reads_them(void **state)
{
    (void)state;
    const char *text[] = {"0.1", "0.3", "-0.7", "123.456", "999999999999999", "0.000000000000001",
                          "9007199254740993", "1234567890.12345", "1234567890.123456", "-0", "-0.0",
                          "00000000000000000001.5", "5.", ".5", "2.5e-3", "0.30000000000000004"};
    enum { N = sizeof text / sizeof *text };
    StrBuf sb = {0};
    sb_puts(&sb, "model m { y = f(");
    for (int i = 0; i < N; i++)
        sb_printf(&sb, "%s%s", i ? ", " : "", text[i]);
    sb_puts(&sb, ") }");
    Parsed *r;
    Program *p = parse_ok(&r, sb.data);
    Expr *c = p->stmts.items[0]->value;
    assert_int_equal(c->args.len, N);
    for (int i = 0; i < N; i++) {
        double got = c->args.items[i].value->num, want = strtod(text[i], NULL);
        if (memcmp(&got, &want, sizeof got) != 0)
            fail_msg("'%s': %.17g, strtod says %.17g", text[i], got, want);
    }
    done(r);
    sb_free(&sb);
}

static void test_number_and_string_arguments(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { y = f(1e-3, .5, 5., 1E+3, -0.1, \"a\\\"b\") }");
    Expr *c = p->stmts.items[0]->value;
    const char *text[] = {"1e-3", ".5", "5.", "1E+3", "-0.1"};
    const double num[] = {1e-3, .5, 5., 1E+3, -0.1};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(c->args.items[i].value->kind, EX_NUMBER);
        assert_string_equal(c->args.items[i].value->text, text[i]);
        assert_true(c->args.items[i].value->num == num[i]);
        assert_false(c->args.items[i].value->is_int);
    }
    assert_int_equal(c->args.items[5].value->kind, EX_STRING);
    assert_string_equal(c->args.items[5].value->text, "a\"b");
    done(r);
}

/* `1/255`: one number, the quotient, its text as written, its place the
 * whole fraction */
static void test_fraction_is_one_number(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { y = scale(x, 1/255) }\ntrain { optimizer = sgd(lr = 1/1000) }");
    Expr *n = p->stmts.items[0]->value->args.items[1].value;
    assert_int_equal(n->kind, EX_NUMBER);
    assert_string_equal(n->text, "1/255");
    assert_true(n->num == 1.0 / 255.0);
    assert_false(n->is_int);
    assert_int_equal(n->loc.col, 24);
    assert_int_equal(n->loc.len, 5);
    done(r);
    r = parse("model m { y = scale(x, 1/) }\n");
    assert_int_equal(diag_error_count(r->diag), 1);
    assert_non_null(strstr(r->errs, "t.nn:1:26: error: "));
    done(r);
}

static void test_train_entries_of_each_value_form(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { }\n"
                              "train { epochs = 10 data = \"d.csv\" loss = mse\n"
                              "        optimizer = adam(lr = 0.001, beta1 = 0.8) seed = -1 }");
    assert_int_equal(p->train.len, 5);
    TrainEntry *e = p->train.items;
    assert_string_equal(e[0].key, "epochs");
    assert_int_equal(e[0].value->kind, EX_NUMBER);
    assert_true(e[0].value->is_int);
    assert_int_equal(e[1].value->kind, EX_STRING);
    assert_string_equal(e[1].value->text, "d.csv");
    assert_int_equal(e[2].value->kind, EX_NAME);
    assert_string_equal(e[2].value->name, "mse");
    assert_int_equal(e[3].value->kind, EX_CALL);
    assert_string_equal(e[3].value->args.items[1].key, "beta1");
    assert_loc(e[3].key_loc, 3, 9, 9);
    assert_true(e[4].value->num == -1);
    done(r);
}

static void test_train_call_with_positional_argument_is_left_to_the_checker(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { } train { optimizer = sgd(0.1) }");
    Expr *v = p->train.items[0].value;
    assert_int_equal(v->kind, EX_CALL);
    assert_null(v->args.items[0].key);
    done(r);
}

static void test_semicolons_are_optional_after_statements_and_entries(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { input x[3]; a = relu(x);; output a; }\n"
                              "train { loss = mse; epochs = 1;; }");
    assert_int_equal(p->stmts.len, 3);
    assert_int_equal(p->train.len, 2);
    done(r);
}

static void test_newlines_are_white_space_inside_statements(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model\nm\n{\ninput\nx\n[\n3\n]\ny\n=\ndense\n(\nx\n,\nunits\n=\n2\n)\noutput\ny\n}");
    assert_int_equal(p->stmts.len, 3);
    assert_loc(p->stmts.items[1]->value->rparen, 18, 1, 1);
    done(r);
}

static void test_empty_model_without_train_block(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model empty {}");
    assert_string_equal(p->name, "empty");
    assert_int_equal(p->stmts.len, 0);
    assert_false(p->has_train);
    done(r);
}

static void test_empty_train_block_is_still_a_train_block(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m {} train {}");
    assert_true(p->has_train);
    assert_int_equal(p->train.len, 0);
    done(r);
}

static void test_c_keywords_are_ordinary_names(void **state)
{
    (void)state;
    Parsed *r;
    Program *p = parse_ok(&r, "model m { input int[2] return = relu(int) main = float(return) output main }");
    assert_string_equal(p->stmts.items[1]->name, "return");
    assert_string_equal(p->stmts.items[2]->value->name, "float");
    done(r);
}

/* ---- syntax errors: exact messages ------------------------------------ */

static void test_error_missing_model_keyword(void **state)
{
    (void)state;
    assert_first_error("modle m {}", "t.nn:1:1: error: expected 'model' at start of file, saw 'modle'");
    assert_first_error("", "t.nn:1:1: error: expected 'model' at start of file, saw end of file");
}

static void test_error_missing_model_name(void **state)
{
    (void)state;
    assert_first_error("model {\n}", "t.nn:1:7: error: expected the model's name after 'model', saw '{'");
    assert_first_error("model m\ninput x[3]", "t.nn:2:1: error: expected '{' after 'm', saw 'input'");
}

static void test_error_missing_equals(void **state)
{
    (void)state;
    assert_first_error("model m {\n  h1 dense(x, 3)\n}",
                       "t.nn:2:6: error: expected '=' after 'h1', saw 'dense'");
}

static void test_error_missing_close_paren_names_the_open_paren(void **state)
{
    (void)state;
    Parsed *r = parse("model m {\n  input x[2]\n  a = dense(x, 3\n  b = relu(a)\n  output b\n}");
    assert_string_equal(r->errs,
                        "t.nn:4:3: error: expected ')' to close '(' at line 3, saw 'b'\n"
                        "    4 |   b = relu(a)\n"
                        "      |   ^\n"
                        "t.nn:3:12: note: to match this '('\n"
                        "    3 |   a = dense(x, 3\n"
                        "      |            ^\n");
    done(r);
}

static void test_error_missing_comma(void **state)
{
    (void)state;
    assert_first_error("model m { h1 = dense(x, 256 relu) }",
                       "t.nn:1:29: error: expected ',' or ')' after '256', saw 'relu'");
}

static void test_error_bad_argument(void **state)
{
    (void)state;
    assert_first_error("model m { y = f(,) }", "t.nn:1:17: error: expected an argument or ')' after '(', saw ','");
    assert_first_error("model m { y = f(a,) }", "t.nn:1:19: error: expected an argument after ',', saw ')'");
    assert_first_error("model m { y = f(a = ) }", "t.nn:1:21: error: expected a value after '=', saw ')'");
}

static void test_error_right_side_must_be_an_expression(void **state)
{
    (void)state;
    assert_first_error("model m { y = 3 }", "t.nn:1:15: error: expected an expression after '=', saw '3'");
}

static void test_error_keyword_is_not_a_name(void **state)
{
    (void)state;
    assert_first_error("model m { input = relu(x) }", "t.nn:1:11: error: 'input' is a keyword and cannot be used as a name");
    assert_first_error("model m {\n  input x[2]\n  train = relu(x)\n}",
                       "t.nn:3:3: error: 'train' is a keyword and cannot be used as a name");
    assert_first_error("model m { output train }", "t.nn:1:18: error: expected a name after 'output', saw 'train'");
}

static void test_error_input_size(void **state)
{
    (void)state;
    assert_first_error("model m { input x[n] }", "t.nn:1:19: error: expected the input size after '[', saw 'n'");
    assert_first_error("model m { input x 3 }", "t.nn:1:19: error: expected '[' after 'x', saw '3'");
    assert_first_error("model m { input x[3 }", "t.nn:1:21: error: expected ',' or ']' after '3', saw '}'");
}

static void test_error_statement_expected(void **state)
{
    (void)state;
    assert_first_error("model m { 3 }", "t.nn:1:11: error: expected a statement or '}', saw '3'");
    assert_first_error("model m { y = relu 3 }",
                       "t.nn:1:20: error: expected '(' or a new statement after 'relu', saw '3'");
}

static void test_error_missing_close_brace(void **state)
{
    (void)state;
    assert_first_error("model m {\n  output y\n\ntrain { loss = mse }",
                       "t.nn:4:1: error: expected '}' to close '{' at line 1, saw 'train'");
    assert_first_error("model m {\n  output y\n", "t.nn:2:11: error: expected '}' to close '{' at line 1, saw end of file");
    assert_first_error("model m {} train { loss = mse", "t.nn:1:30: error: expected '}' to close '{' at line 1, saw end of file");
}

static void test_error_train_block(void **state)
{
    (void)state;
    assert_first_error("model m {} train { loss mse }", "t.nn:1:25: error: expected '=' after 'loss', saw 'mse'");
    assert_first_error("model m {} train { 3 }", "t.nn:1:20: error: expected a training key or '}', saw '3'");
    assert_first_error("model m {} train { epochs = }", "t.nn:1:29: error: expected a value after '=', saw '}'");
    assert_first_error("model m {} train loss", "t.nn:1:18: error: expected '{' after 'train', saw 'loss'");
}

static void test_error_after_the_end(void **state)
{
    (void)state;
    assert_first_error("model m {} x", "t.nn:1:12: error: expected 'train' or end of file after the model, saw 'x'");
    assert_first_error("model m {} train {} }", "t.nn:1:21: error: expected end of file after the train block, saw '}'");
}

static void test_error_long_token_is_cut_short(void **state)
{
    (void)state;
    assert_first_error("model m { y = 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa }",
                       "t.nn:1:15: error: expected an expression after '=', saw '1'");
    assert_first_error("model m { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1 }",
                       "t.nn:1:62: error: expected '=' after 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...', saw '1'");
}

/* ---- recovery ---------------------------------------------------------- */

static int count(const char *s, const char *sub)
{
    int n = 0;
    for (const char *p = strstr(s, sub); p; p = strstr(p + 1, sub))
        n++;
    return n;
}

static void test_recovery_reports_every_broken_statement(void **state)
{
    (void)state;
    Parsed *r = parse("model m {\n"
                      "  input x[3]\n"
                      "  a dense(x, 3)\n"              /* missing '=' */
                      "  b = dense(a, 3 relu)\n"       /* missing ',' */
                      "  c = dense(b, act = = relu)\n" /* doubled '=' */
                      "  d = relu(c\n"                 /* missing ')' */
                      "  output d\n"
                      "}\n"
                      "train { loss = mse epochs 3 }\n");
    assert_int_equal(diag_error_count(r->diag), 5);
    assert_int_equal(count(r->errs, ": error: "), 5);
    assert_non_null(strstr(r->errs, "t.nn:3:5: error: expected '=' after 'a', saw 'dense'\n"));
    assert_non_null(strstr(r->errs, "t.nn:4:18: error: expected ',' or ')' after '3', saw 'relu'\n"));
    assert_non_null(strstr(r->errs, "t.nn:5:22: error: expected a value after '=', saw '='\n"));
    assert_non_null(strstr(r->errs, "t.nn:7:3: error: expected ')' to close '(' at line 6, saw 'output'\n"));
    assert_non_null(strstr(r->errs, "t.nn:9:27: error: expected '=' after 'epochs', saw '3'\n"));
    /* the statements around the errors are still in the tree, and those
     * broken after `NAME =` keep their name without a value */
    assert_non_null(r->p);
    assert_int_equal(r->p->stmts.len, 5);
    const char *names[] = {"x", "b", "c", "d", "d"};
    for (int i = 0; i < 5; i++)
        assert_string_equal(r->p->stmts.items[i]->name, names[i]);
    assert_null(r->p->stmts.items[1]->value);
    assert_null(r->p->stmts.items[3]->value);
    assert_int_equal(r->p->train.len, 1);
    done(r);
}

static void test_recovery_after_a_bad_character(void **state)
{
    (void)state;
    Parsed *r = parse("model m {\n  a = relu(x @ y)\n  b = relu(a 1)\n}\n");
    assert_int_equal(diag_error_count(r->diag), 2);
    assert_non_null(strstr(r->errs, "t.nn:2:14: error: unexpected character '@'\n"));
    assert_non_null(strstr(r->errs, "t.nn:3:14: error: expected ',' or ')' after 'a', saw '1'\n"));
    done(r);
}

static void test_recovery_continues_into_train_after_missing_brace(void **state)
{
    (void)state;
    Parsed *r = parse("model m {\n  output y\ntrain {\n  loss = mse\n  epochs = \n}\n");
    assert_non_null(strstr(r->errs, "t.nn:6:1: error: expected a value after '=', saw '}'\n"));
    assert_true(r->p->has_train);
    assert_int_equal(r->p->train.len, 2);   /* epochs kept without a value */
    assert_null(r->p->train.items[1].value);
    done(r);
}

/* A syntax error no longer hides the checker's errors further down when
 * recovery kept every name: the misspelt activation and the undeclared
 * value below a missing comma are reported in the same run, and the
 * broken statement's own name raises no "undeclared" echo. */
static void test_checker_runs_after_a_clean_recovery(void **state)
{
    (void)state;
    Parsed *r = parse_and_check("model m {\n  input x[4]\n  h = dense(x 3, relu)\n  g = dense(x, 3)\n"
                      "  y = dense(add(h, g), 3, sofmax)\n  z = dense(q, 2)\n  output y\n}\n");
    assert_true(r->p->checkable);
    assert_int_equal(diag_error_count(r->diag), 3);
    assert_non_null(strstr(r->errs, "t.nn:3:15: error: expected ',' or ')' after 'x', saw '3'\n"));
    assert_non_null(strstr(r->errs, "t.nn:5:27: error: unknown activation 'sofmax'; did you mean 'softmax'?\n"));
    assert_non_null(strstr(r->errs, "t.nn:6:13: error: use of undeclared value 'q'"));
    assert_null(strstr(r->errs, "warning"));
    done(r);
}

/* ...but not when the recovery lost something the checker would miss:
 * a statement without its name, or the only use of a value. */
static void test_checker_waits_when_recovery_lost_something(void **state)
{
    (void)state;
    Parsed *r = parse_and_check("model m {\n  input x[4]\n  h dense(x, 3)\n  y = dense(h, 3, sofmax)\n  output y\n}\n");
    assert_false(r->p->checkable);
    assert_int_equal(diag_error_count(r->diag), 1);   /* no "undeclared h" echo */
    done(r);
    r = parse_and_check("model m {\n  input x[4]\n  h = dense(x, 3\n  y = dense(h, 3, sofmax)\n  output y\n}\n");
    assert_int_equal(diag_error_count(r->diag), 1);   /* x's only use is broken: no "x is unused" */
    assert_null(strstr(r->errs, "warning"));
    done(r);
    r = parse_and_check("model m {\n  input x[4]\n  y = dense(x, 3, softmax)\n  output y\n}\n"
              "train {\n  loss = cross_entropy(\n  epochs = 0\n}\n");
    assert_int_equal(diag_error_count(r->diag), 1);   /* the loss is broken: no "no loss" echo */
    done(r);
}

static void test_error_limit_stops_the_parse(void **state)
{
    (void)state;
    StrBuf sb = {0};
    sb_puts(&sb, "model m {\n");
    for (int i = 0; i < 100; i++)
        sb_puts(&sb, "  a b\n");
    sb_puts(&sb, "}\n");
    Parsed *r = parse(sb.data);
    assert_true(diag_too_many(r->diag));
    assert_int_equal(count(r->errs, ": error: "), 20);
    assert_non_null(strstr(r->errs, "too many errors emitted, stopping now"));
    sb_free(&sb);
    done(r);
}

/* ---- limits ------------------------------------------------------------ */

static char *nested(int depth)
{
    StrBuf sb = {0};
    sb_puts(&sb, "model m {\n  input x[3]\n  y = ");
    for (int i = 0; i < depth; i++)
        sb_puts(&sb, "relu(");
    sb_puts(&sb, "x");
    for (int i = 0; i < depth; i++)
        sb_putc(&sb, ')');
    sb_puts(&sb, "\n  output y\n}\n");
    return sb_take(&sb);
}

static void test_nesting_at_the_limit_is_fine(void **state)
{
    (void)state;
    char *src = nested(NNC_MAX_NESTING);
    Parsed *r;
    Program *p = parse_ok(&r, src);
    Expr *e = p->stmts.items[1]->value;
    int depth = 0;
    for (; e->kind == EX_CALL; e = e->args.items[0].value)
        depth++;
    assert_int_equal(depth, NNC_MAX_NESTING);
    done(r);
    free(src);
}

static void test_deep_nesting_is_one_error_not_a_crash(void **state)
{
    (void)state;
    char *src = nested(1000);
    Parsed *r = parse(src);
    assert_int_equal(diag_error_count(r->diag), 1);
    char *got = first_line(r);
    assert_string_equal(got, "t.nn:3:1007: error: calls nested too deeply (limit is 200)");
    free(got);
    done(r);
    free(src);
    src = nested(100000);
    r = parse(src);
    assert_int_equal(diag_error_count(r->diag), 1);
    done(r);
    free(src);
}

/* A 10 MB model (the shape tests/gen_big.py writes) parses in linear time;
 * the bound is loose so a loaded machine does not fail it. */
static void test_ten_megabytes_parse_quickly(void **state)
{
    (void)state;
    StrBuf sb = {0};
    sb_puts(&sb, "model big {\n    input x[32]\n    s0 = dense(x, 32, relu)\n");
    int i = 0;
    while (sb.len < 10u << 20) {
        i++;
        sb_printf(&sb, "    # block %d\n    l%d = dense(s%d, units = 32, act = tanh);\n"
                       "    s%d = add(relu(dense(l%d, 32)), dropout(s%d, rate = 0.1))\n",
                  i, i, i - 1, i, i, i - 1);
    }
    sb_printf(&sb, "    y = dense(s%d, 10, softmax)\n    output y\n}\n", i);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Parsed *r = parse_n(sb.data, sb.len);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    printf("10 MB, %d statements: parsed in %.3f s\n", r->p->stmts.len, secs);
    assert_int_equal(diag_error_count(r->diag), 0);
    assert_int_equal(r->p->stmts.len, 2 * i + 4);
    bool fast = SANITIZED || secs < 10.0;
    done(r);
    sb_free(&sb);
    assert_true(fast);
}

static void test_nothing_recognised_gives_null(void **state)
{
    (void)state;
    Parsed *r = parse("train { }");
    assert_null(r->p);
    assert_int_equal(diag_error_count(r->diag), 1);
    done(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_file_from_the_language_page),
        cmocka_unit_test(test_input_statement),
        cmocka_unit_test(test_input_of_an_image_keeps_its_three_sizes),
        cmocka_unit_test(test_input_size_that_is_not_an_integer_is_left_to_the_checker),
        cmocka_unit_test(test_assign_of_a_name),
        cmocka_unit_test(test_output_statement),
        cmocka_unit_test(test_call_with_positional_arguments_and_parens),
        cmocka_unit_test(test_call_without_arguments),
        cmocka_unit_test(test_nested_calls),
        cmocka_unit_test(test_keyword_arguments),
        cmocka_unit_test(test_numbers_read_exactly_as_strtod_reads_them),
        cmocka_unit_test(test_number_and_string_arguments),
        cmocka_unit_test(test_fraction_is_one_number),
        cmocka_unit_test(test_train_entries_of_each_value_form),
        cmocka_unit_test(test_train_call_with_positional_argument_is_left_to_the_checker),
        cmocka_unit_test(test_semicolons_are_optional_after_statements_and_entries),
        cmocka_unit_test(test_newlines_are_white_space_inside_statements),
        cmocka_unit_test(test_empty_model_without_train_block),
        cmocka_unit_test(test_empty_train_block_is_still_a_train_block),
        cmocka_unit_test(test_c_keywords_are_ordinary_names),
        cmocka_unit_test(test_error_missing_model_keyword),
        cmocka_unit_test(test_error_missing_model_name),
        cmocka_unit_test(test_error_missing_equals),
        cmocka_unit_test(test_error_missing_close_paren_names_the_open_paren),
        cmocka_unit_test(test_error_missing_comma),
        cmocka_unit_test(test_error_bad_argument),
        cmocka_unit_test(test_error_right_side_must_be_an_expression),
        cmocka_unit_test(test_error_keyword_is_not_a_name),
        cmocka_unit_test(test_error_input_size),
        cmocka_unit_test(test_error_statement_expected),
        cmocka_unit_test(test_error_missing_close_brace),
        cmocka_unit_test(test_error_train_block),
        cmocka_unit_test(test_error_after_the_end),
        cmocka_unit_test(test_error_long_token_is_cut_short),
        cmocka_unit_test(test_recovery_reports_every_broken_statement),
        cmocka_unit_test(test_recovery_after_a_bad_character),
        cmocka_unit_test(test_recovery_continues_into_train_after_missing_brace),
        cmocka_unit_test(test_checker_runs_after_a_clean_recovery),
        cmocka_unit_test(test_checker_waits_when_recovery_lost_something),
        cmocka_unit_test(test_error_limit_stops_the_parse),
        cmocka_unit_test(test_nesting_at_the_limit_is_fine),
        cmocka_unit_test(test_deep_nesting_is_one_error_not_a_crash),
        cmocka_unit_test(test_ten_megabytes_parse_quickly),
        cmocka_unit_test(test_nothing_recognised_gives_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
