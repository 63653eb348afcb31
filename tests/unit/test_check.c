/* The checker: one test per rule of LANGUAGE.md, and the fields it fills
 * (sizes, layer names, init, the train block's defaults). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

typedef struct Run {
    Arena *a;
    Program *p;
    char *out;         /* every diagnostic, as the driver would print it */
    size_t len;
    int errors, warnings;
    bool ok;
} Run;

/* Parses (which must succeed) and checks `src`. */
static Run check(const char *src)
{
    Run r = {0};
    r.a = arena_new();
    FILE *f = open_memstream(&r.out, &r.len);
    Diag *d = diag_new("t.nn", src, strlen(src), f);
    r.p = parse_program(r.a, d, src, strlen(src));
    fflush(f);
    if (!r.p || diag_error_count(d) > 0)
        fail_msg("the test's source does not parse:\n%s", r.out);
    r.ok = check_program(r.p, d, r.a);
    r.errors = diag_error_count(d);
    r.warnings = diag_warning_count(d);
    diag_free(d);
    fclose(f);
    return r;
}

static void done(Run *r)
{
    free(r->out);
    arena_free(r->a);
}

static void expect_text(const Run *r, const char *s)
{
    if (!strstr(r->out, s))
        fail_msg("expected \"%s\" in the diagnostics:\n%s", s, r->out);
}

/* Exactly `n` errors, the first containing `msg` (and the output `more`). */
static void expect_errors(const char *src, int n, const char *msg, const char *more)
{
    Run r = check(src);
    if (r.errors != n)
        fail_msg("expected %d errors, got %d:\n%s", n, r.errors, r.out);
    assert_false(r.ok);
    expect_text(&r, msg);
    if (more)
        expect_text(&r, more);
    done(&r);
}

/* A model around one statement `y = ...` from an input x[8]. */
#define MODEL(body) "model m {\n    input x[8]\n" body "\n    output y\n}\n"

static Stmt *stmt(const Program *p, const char *name)
{
    for (int i = 0; i < p->stmts.len; i++)
        if (p->stmts.items[i]->kind != ST_OUTPUT && strcmp(p->stmts.items[i]->name, name) == 0)
            return p->stmts.items[i];
    fail_msg("no statement '%s'", name);
    return NULL;
}

/* ---- what a good program gets --------------------------------------------- */

static const char fashion[] =
    "model fashion_mlp {\n"
    "    input  x[784]\n"
    "    h1 = dense(x, 256, relu)\n"
    "    d1 = dropout(h1, 0.2)\n"
    "    h2 = dense(d1, 128, relu)\n"
    "    y  = dense(h2, 10, softmax)\n"
    "    output y\n"
    "}\n"
    "train {\n"
    "    loss = cross_entropy\n"
    "    optimizer = sgd(lr = 0.05, momentum = 0.9)\n"
    "    batch_size = 64\n"
    "    epochs = 10\n"
    "    init = he\n"
    "    seed = 42\n"
    "    validation = 0.1\n"
    "    early_stopping = 3\n"
    "}\n";

static void fashion_example_resolves_fully(void **state)
{
    (void)state;
    Run r = check(fashion);
    assert_true(r.ok);
    assert_int_equal(r.errors + r.warnings, 0);
    Program *p = r.p;
    assert_string_equal(p->input->name, "x");
    assert_int_equal(shape_size(p->input->shape), 784);
    assert_ptr_equal(p->output->def, stmt(p, "y"));
    Expr *h1 = stmt(p, "h1")->value;
    assert_int_equal(h1->op, BI_DENSE);
    assert_int_equal(h1->argv[1], 256);
    assert_int_equal(h1->act, ACT_RELU);
    assert_string_equal(h1->layer, "h1");
    assert_ptr_equal(h1->in[0]->def, p->input);
    Expr *d1 = stmt(p, "d1")->value;
    assert_int_equal(d1->op, BI_DROPOUT);
    assert_true(d1->argv[1] == 0.2);
    assert_int_equal(shape_size(stmt(p, "d1")->shape), 256);
    assert_int_equal(shape_size(stmt(p, "y")->shape), 10);
    assert_int_equal(shape_size(p->output->shape), 10);
    assert_int_equal(p->cfg.loss, LOSS_CROSS_ENTROPY);
    assert_int_equal(p->cfg.opt, OPT_SGD);
    assert_true(p->cfg.lr == 0.05 && p->cfg.momentum == 0.9 && p->cfg.weight_decay == 0);
    assert_int_equal(p->cfg.batch_size, 64);
    assert_int_equal(p->cfg.epochs, 10);
    assert_int_equal(p->cfg.init, INIT_HE);
    assert_int_equal(p->cfg.seed, 42);
    assert_true(p->cfg.validation == 0.1);
    assert_int_equal(p->cfg.early_stopping, 3);
    assert_int_equal(p->cfg.loss_loc.line, 10);
    for (int i = 0; i < p->stmts.len; i++)
        assert_true(p->stmts.items[i]->live);
    done(&r);
}

static void keyword_arguments_bind_by_name(void **state)
{
    (void)state;
    Run r = check(MODEL("    y = dense(act = tanh, units = 3, x = x)"));
    assert_true(r.ok);
    Expr *y = stmt(r.p, "y")->value;
    assert_int_equal(y->argv[1], 3);
    assert_int_equal(y->act, ACT_TANH);
    assert_int_equal(shape_size(expr_shape(y->in[0])), 8);
    done(&r);
}

static void every_op_gets_its_size(void **state)
{
    (void)state;
    Run r = check("model m {\n input x[8]\n a = relu(x)\n b = sigmoid(a)\n c = tanh(b)\n"
                  " d = leaky_relu(c)\n e = leaky_relu(d, alpha = 0.2)\n f = softmax(e)\n"
                  " g = add(f, x)\n h = concat(g, dense(x, 3))\n y = dropout(h, rate = 0)\n output y\n}\n");
    assert_true(r.ok);
    const char *names = "abcdefgh";
    for (int i = 0; i < 7; i++) {
        char n[2] = {names[i], 0};
        assert_int_equal(shape_size(stmt(r.p, n)->shape), 8);
    }
    assert_int_equal(shape_size(stmt(r.p, "h")->shape), 11);
    assert_int_equal(shape_size(stmt(r.p, "y")->shape), 11);
    assert_true(stmt(r.p, "d")->value->argv[1] == 0.01);
    assert_true(stmt(r.p, "e")->value->argv[1] == 0.2);
    assert_int_equal(stmt(r.p, "a")->value->op, BI_RELU);
    assert_int_equal(stmt(r.p, "h")->value->op, BI_CONCAT);
    assert_int_equal(shape_size(expr_shape(stmt(r.p, "h")->value->in[1])), 3);
    done(&r);
}

static void nested_dense_layers_are_named_in_paren_order(void **state)
{
    (void)state;
    Run r = check("model m {\n input x[8]\n r = relu(dense(x, 8))\n"
                  " z = add(dense(r, 4), dense(r, 4))\n"
                  " y = dense(relu(dense(dense(z, 5), 32)), 10)\n output y\n}\n");
    assert_true(r.ok);
    assert_string_equal(stmt(r.p, "r")->value->in[0]->layer, "r_1");
    Expr *z = stmt(r.p, "z")->value;
    assert_string_equal(z->in[0]->layer, "z_1");
    assert_string_equal(z->in[1]->layer, "z_2");
    Expr *y = stmt(r.p, "y")->value;
    assert_string_equal(y->layer, "y");
    Expr *y1 = y->in[0]->in[0];
    assert_string_equal(y1->layer, "y_1");
    assert_int_equal(y1->argv[1], 32);
    assert_string_equal(y1->in[0]->layer, "y_2");
    assert_int_equal(y1->in[0]->argv[1], 5);
    assert_int_equal(shape_size(expr_shape(y1->in[0]->in[0])), 4);
    done(&r);
}

static void generated_layer_name_clashing_with_a_value_is_an_error(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[8]\n y_1 = dense(x, 4)\n y = dense(relu(dense(y_1, 3)), 2)\n output y\n}\n",
                  1, "this dense() layer is named 'y_1', which is also the name of a value",
                  "note: 'y_1' is defined here");
}

static void init_defaults_to_he_for_relu_else_xavier(void **state)
{
    (void)state;
    Run r = check(MODEL("    h = dense(x, 4, relu)\n    y = dense(sigmoid(dense(h, 3)), 2, softmax)"));
    assert_true(r.ok);
    assert_false(r.p->has_train);
    assert_int_equal(stmt(r.p, "h")->value->init, INIT_HE);
    Expr *y = stmt(r.p, "y")->value;
    assert_int_equal(y->init, INIT_XAVIER);
    assert_int_equal(y->in[0]->in[0]->init, INIT_XAVIER);
    done(&r);
}

/* LANGUAGE-v2: he also where the layer's value only feeds batch_norm then
 * relu, nested or through names; xavier as soon as any reader is another op */
static void init_is_he_before_batch_norm_then_relu(void **state)
{
    (void)state;
    Run r = check("model m {\n input x[3, 8, 8]\n"
                  " a = relu(batch_norm(conv2d(x, 4, 3)))\n"          /* nested */
                  " c = conv2d(a, 4, 3)\n b = relu(batch_norm(c))\n"  /* through a name */
                  " e = conv2d(b, 4, 1)\n n = batch_norm(e)\n r = relu(n)\n"  /* two names */
                  " f = conv2d(r, 4, 1)\n g = batch_norm(f)\n s = add(relu(g), g)\n"  /* g read by add too */
                  " h = conv2d(s, 4, 1)\n k = add(relu(batch_norm(h)), h)\n"  /* h read by add */
                  " l = sigmoid(batch_norm(conv2d(k, 4, 1)))\n"        /* not relu after */
                  " m = relu(batch_norm(conv2d(l, 4, 1, act = tanh)))\n"   /* own act not linear */
                  " v = global_avg_pool(m)\n"
                  " y = dense(relu(batch_norm(dense(v, 8))), 2)\n"      /* dense too */
                  " output y\n}\n");
    assert_true(r.ok);
    assert_int_equal(stmt(r.p, "a")->value->in[0]->in[0]->init, INIT_HE);
    assert_int_equal(stmt(r.p, "c")->value->init, INIT_HE);
    assert_int_equal(stmt(r.p, "e")->value->init, INIT_HE);
    assert_int_equal(stmt(r.p, "f")->value->init, INIT_XAVIER);
    assert_int_equal(stmt(r.p, "h")->value->init, INIT_XAVIER);
    assert_int_equal(stmt(r.p, "l")->value->in[0]->in[0]->init, INIT_XAVIER);
    assert_int_equal(stmt(r.p, "m")->value->in[0]->in[0]->init, INIT_XAVIER);
    Expr *y = stmt(r.p, "y")->value;
    assert_int_equal(y->init, INIT_XAVIER);
    assert_int_equal(y->in[0]->in[0]->in[0]->init, INIT_HE);
    done(&r);
    /* the output's own value is read by the loss: never "only batch_norm" */
    r = check("model m {\n input x[4]\n h = dense(x, 4)\n y = relu(batch_norm(h))\n z = h\n output y\n}\n");
    assert_true(r.ok);
    assert_int_equal(stmt(r.p, "h")->value->init, INIT_HE);   /* z is dead: not a reader */
    done(&r);
    r = check("model m {\n input x[4]\n h = dense(x, 4)\n y = relu(batch_norm(h))\n z = add(h, y)\n"
              " output z\n}\n");
    assert_true(r.ok);
    assert_int_equal(stmt(r.p, "h")->value->init, INIT_XAVIER);
    done(&r);
}

/* batch_size = 1 refuses batch norm only where a sample has one value per
 * channel (tests/bad/batch_norm_batch_one.nn, batch_norm_one_pixel.nn) */
static void batch_of_one_is_fine_for_batch_norm_over_pixels(void **state)
{
    (void)state;
    Run r = check("model m {\n input x[2, 3, 3]\n b = relu(batch_norm(conv2d(x, 4, 2)))\n"
                  " y = dense(flatten(b), 2, softmax)\n output y\n}\n"
                  "train { loss = cross_entropy batch_size = 1 }\n");
    assert_true(r.ok);
    done(&r);
    /* a vector's batch norm with a larger batch, or no train block: fine */
    r = check(MODEL("    y = relu(batch_norm(dense(x, 3)))") "train { loss = mse batch_size = 2 }\n");
    assert_true(r.ok);
    done(&r);
    r = check(MODEL("    y = relu(batch_norm(dense(x, 3)))"));
    assert_true(r.ok);
    done(&r);
}

static void train_init_applies_to_every_layer(void **state)
{
    (void)state;
    Run r = check(MODEL("    h = dense(x, 4, relu)\n    y = dense(h, 2)") "train { loss = mse init = uniform }\n");
    assert_true(r.ok);
    assert_int_equal(r.p->cfg.init, INIT_UNIFORM);
    assert_int_equal(stmt(r.p, "h")->value->init, INIT_UNIFORM);
    assert_int_equal(stmt(r.p, "y")->value->init, INIT_UNIFORM);
    done(&r);
}

static void train_config_defaults(void **state)
{
    (void)state;
    Run r = check(MODEL("    y = dense(x, 2)") "train { loss = mse }\n");
    assert_true(r.ok);
    TrainConfig *c = &r.p->cfg;
    assert_int_equal(c->loss, LOSS_MSE);
    assert_int_equal(c->opt, OPT_SGD);
    assert_true(c->lr == 0.01 && c->momentum == 0 && c->weight_decay == 0);
    assert_int_equal(c->batch_size, 32);
    assert_int_equal(c->epochs, 10);
    assert_int_equal(c->init, INIT_DEFAULT);
    assert_int_equal(c->seed, 0);
    assert_true(c->validation == 0);
    assert_int_equal(c->early_stopping, 0);
    assert_null(c->data);
    done(&r);
}

static void adam_defaults_follow_pytorch(void **state)
{
    (void)state;
    Run r = check(MODEL("    y = dense(x, 2)") "train { loss = mse optimizer = adam }\n");
    assert_true(r.ok);
    TrainConfig *c = &r.p->cfg;
    assert_int_equal(c->opt, OPT_ADAM);
    assert_true(c->lr == 0.001 && c->beta1 == 0.9 && c->beta2 == 0.999 && c->eps == 1e-8);
    done(&r);
    r = check(MODEL("    y = dense(x, 2)")
              "train { loss = mse optimizer = adam(lr = 0.1, beta1 = 0.5, beta2 = 0.6, eps = 1e-6, weight_decay = 0.01)"
              " data = \"a\\\"b.csv\" seed = 18446744073709551615 }\n");
    assert_true(r.ok);
    c = &r.p->cfg;
    assert_true(c->lr == 0.1 && c->beta1 == 0.5 && c->beta2 == 0.6 && c->eps == 1e-6 && c->weight_decay == 0.01);
    assert_string_equal(c->data, "a\"b.csv");
    assert_true(c->seed == UINT64_MAX);
    done(&r);
}

static void c_keywords_are_valid_value_names(void **state)
{
    (void)state;
    Run r = check("model net {\n input int[4]\n return = dense(int, 3)\n h = relu(return)\n float = h\n"
                  " output float\n}\n");
    assert_true(r.ok);
    assert_true(stmt(r.p, "int")->c_reserved);
    assert_true(stmt(r.p, "return")->c_reserved);
    assert_true(stmt(r.p, "float")->c_reserved);
    assert_false(stmt(r.p, "h")->c_reserved);
    assert_int_equal(shape_size(stmt(r.p, "float")->shape), 3);
    done(&r);
}

static void model_name_must_not_be_reserved_in_c(void **state)
{
    (void)state;
    expect_errors("model while {\n input x[4]\n output x\n}\n", 1,
                  "t.nn:1:7: error: model name 'while' is reserved in C", NULL);
}

/* ---- structure ------------------------------------------------------------ */

static void missing_output_points_at_the_model_line(void **state)
{
    (void)state;
    expect_errors("# c\nmodel m {\n input x[4]\n y = dense(x, 2)\n}\n", 1,
                  "t.nn:2:1: error: model 'm' has no output", "^~~~~~~");
}

static void missing_input_is_an_error(void **state)
{
    (void)state;
    expect_errors("model m {\n output y\n}\n", 2, "model 'm' has no input", "undeclared value 'y'");
}

static void second_input_notes_the_first(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[4]\n input z[4]\n output z\n}\n", 1,
                  "t.nn:3:2: error: second input 'z'", "t.nn:2:2: note: the first input is here");
}

static void second_output_notes_the_first(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[4]\n output x\n output x\n}\n", 1,
                  "t.nn:4:2: error: second output 'x'", "t.nn:3:2: note: the first output");
}

static void names_are_assigned_once(void **state)
{
    (void)state;
    expect_errors(MODEL("    h1 = relu(x)\n    h1 = relu(x)\n    y = h1"), 1,
                  "t.nn:4:5: error: redefinition of 'h1'", "t.nn:3:5: note: 'h1' was defined here");
}

static void use_before_definition_notes_the_definition(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = relu(h)\n    h = relu(x)"), 1, "t.nn:3:14: error: 'h' is used before it is defined",
                  "t.nn:4:5: note: 'h' is defined here");
}

static void a_value_cannot_use_itself(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = relu(y)"), 1, "'y' is used in its own definition", NULL);
}

static void undeclared_value_suggests_a_close_name(void **state)
{
    (void)state;
    expect_errors(MODEL("    h1 = relu(x)\n    h2 = relu(h1)\n    y = relu(h3)"), 1,
                  "use of undeclared value 'h3'; did you mean 'h2'?", NULL);
    expect_errors(MODEL("    y = relu(qqqqq)"), 1, "use of undeclared value 'qqqqq'\n", NULL);
}

static void output_of_undeclared_value(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[4]\n logits = relu(x)\n output logit\n}\n", 1,
                  "t.nn:4:9: error: use of undeclared value 'logit'; did you mean 'logits'?", NULL);
}

/* ---- ops ------------------------------------------------------------------ */

static void dense_needs_a_layer_size(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, relu)"), 1, "t.nn:3:18: error: dense() needs a layer size, got 'relu'",
                  "^~~~");
    expect_errors(MODEL("    y = dense(x)"), 1, "t.nn:3:16: error: dense() needs a layer size", NULL);
}

static void dense_units_is_a_whole_number_from_one(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, 0)"), 1, "dense() needs at least 1 unit, got '0'", NULL);
    expect_errors(MODEL("    y = dense(x, 2.5)"), 1, "dense() needs a whole number of units, got '2.5'", NULL);
    expect_errors(MODEL("    y = dense(x, 99999999999999999999999)"), 1, "layer too large", "(limit is 16777216)");
}

static void dense_activation_is_known(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, 2, sigmod)"), 1, "unknown activation 'sigmod'; did you mean 'sigmoid'?",
                  NULL);
    expect_errors(MODEL("    y = dense(x, 2, swish)"), 1, "unknown activation 'swish'\n",
                  "note: an activation is one of relu, sigmoid, tanh, gelu, silu, softmax, linear");
    expect_errors(MODEL("    y = dense(x, 2, 3)"), 1, "dense() needs an activation", "got '3'");
    Run r = check(MODEL("    y = dense(x, 2, linear)"));
    assert_true(r.ok);
    assert_int_equal(stmt(r.p, "y")->value->act, ACT_LINEAR);
    done(&r);
}

static void leaky_relu_alpha_is_a_number(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = leaky_relu(x, alpha = x)"), 1, "leaky_relu() needs a number for alpha, got value 'x'",
                  NULL);
}

static void dropout_rate_is_in_zero_one(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dropout(x, 1)"), 1, "dropout rate must be at least 0 and below 1, got '1'", NULL);
    expect_errors(MODEL("    y = dropout(x)"), 1, "dropout() needs a dropout rate", NULL);
    Run r = check(MODEL("    y = dropout(x, 0.999)"));
    assert_true(r.ok);
    done(&r);
}

static void add_needs_equal_sizes(void **state)
{
    (void)state;
    expect_errors(MODEL("    a = dense(x, 3)\n    y = add(a, x)"), 1,
                  "t.nn:4:9: error: add() needs inputs of the same size, got 3 and 8",
                  "note: 'a' (size 3) is defined here");
    expect_errors(MODEL("    y = add(x, dense(x, 3))"), 1, "got 8 and 3", "note: this dense() has size 3");
}

static void concat_sizes_add_up_within_the_limit(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = concat(x)"), 1, "t.nn:3:17: error: concat() needs two values, got 1", NULL);
    expect_errors("model m {\n input x[16777216]\n y = concat(x, x)\n output y\n}\n", 1,
                  "concat() result too large: 33554432 (limit is 16777216)", NULL);
}

static void duplicate_keyword_argument(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, units = 3, units = 4)"), 1, "dense() argument 'units' given twice",
                  "note: 'units' was first given here");
    expect_errors(MODEL("    y = dense(x, 3, units = 4)"), 1, "dense() argument 'units' given twice", NULL);
}

static void positional_after_keyword(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, units = 3, relu)"), 1, "t.nn:3:29: error: positional argument after a keyword",
                  NULL);
}

static void unknown_keyword_suggests(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dense(x, unit = 3)"), 1, "dense() has no argument 'unit'; did you mean 'units'?",
                  NULL);
}

static void unknown_op_suggests(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = sigmod(x)"), 1, "unknown op 'sigmod'; did you mean 'sigmoid'?", NULL);
    /* the arguments of an unknown op are still checked */
    expect_errors(MODEL("    y = sigmod(relu(q))"), 2, "unknown op 'sigmod'", "undeclared value 'q'");
}

static void number_or_string_where_a_value_is_needed(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = relu(3)"), 1, "relu() needs an input value, got '3'", NULL);
    expect_errors(MODEL("    y = add(x, \"x\")"), 1, "add() needs a value, got a string", NULL);
}

static void value_where_a_number_is_needed(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = dropout(x, x)"), 1, "dropout() needs a dropout rate, got value 'x'", NULL);
}

static void too_many_arguments(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = relu(x, x)"), 1, "relu() takes 1 argument, got 2", NULL);
    expect_errors(MODEL("    y = dense(x, 2, relu, 4)"), 1, "dense() takes at most 3 arguments, got 4", NULL);
}

static void ops_and_values_are_not_confused(void **state)
{
    (void)state;
    expect_errors(MODEL("    y = relu"), 1, "'relu' is an op, not a value", NULL);
    expect_errors(MODEL("    y = x(x)"), 1, "'x' is a value, not an op", NULL);
    /* but an op's name is a fine value name */
    Run r = check(MODEL("    relu = relu(x)\n    y = dense(relu, 2, relu)"));
    assert_true(r.ok);
    done(&r);
}

static void input_size_is_a_positive_whole_number(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[0]\n output x\n}\n", 1, "input size must be at least 1, got '0'", NULL);
    expect_errors("model m {\n input x[2.5]\n output x\n}\n", 1, "input size must be a whole number, got '2.5'", NULL);
    expect_errors("model m {\n input x[16777217]\n output x\n}\n", 1, "input too large: 16777217 (limit is 16777216)",
                  NULL);
}

static void parameter_counts_are_limited(void **state)
{
    (void)state;
    expect_errors("model m {\n input x[16000000]\n y = dense(x, 16000000)\n output y\n}\n", 1,
                  "layer too large: 256000016000000 parameters (limit is 2147483648)", NULL);
    expect_errors("model m {\n input x[40000]\n a = dense(x, 40000)\n b = dense(a, 40000)\n output b\n}\n", 1,
                  "t.nn:4:2: error: too many parameters: 3200080000 up to 'b' (limit is 2147483648 in a model)", NULL);
}

/* ---- liveness ------------------------------------------------------------- */

static void unused_values_are_warned_and_not_live(void **state)
{
    (void)state;
    Run r = check(MODEL("    z = relu(x)\n    w = relu(z)\n    v = relu(w)\n    y = relu(x)"));
    assert_true(r.ok);
    assert_int_equal(r.warnings, 3);
    expect_text(&r, "t.nn:3:5: warning: value 'z' does not reach the output");
    expect_text(&r, "t.nn:5:5: warning: value 'v' is never used");
    assert_false(stmt(r.p, "z")->live);
    assert_false(stmt(r.p, "v")->live);
    assert_true(stmt(r.p, "y")->live);
    assert_true(r.p->input->live);
    assert_int_equal(stmt(r.p, "z")->uses, 1);
    assert_int_equal(r.p->input->uses, 2);
    done(&r);
}

static void a_train_block_without_layers_is_warned(void **state)
{
    (void)state;
    Run r = check("model m {\n input x[4]\n y = relu(x)\n output y\n}\ntrain { loss = mse }\n");
    assert_true(r.ok);
    assert_int_equal(r.warnings, 1);
    expect_text(&r, "t.nn:6:1: warning: model 'm' has no dense layer: training has nothing to change");
    done(&r);
}

static void no_unused_warnings_after_an_error(void **state)
{
    (void)state;
    Run r = check(MODEL("    z = relu(x)\n    y = relu(zz)"));
    assert_int_equal(r.errors, 1);
    assert_int_equal(r.warnings, 0);
    done(&r);
}

static void every_error_is_reported_in_one_run(void **state)
{
    (void)state;
    Run r = check("model main {\n input x[4]\n a = dense(x, 3, rleu)\n b = dense(a, relu)\n c = dropout(a, 2)\n"
                  " e = relu(d)\n y = dense(a, 2)\n output y\n}\ntrain { loss = cross_entropy epochs = 0 }\n");
    assert_int_equal(r.errors, 7);
    expect_text(&r, "model name 'main'");
    expect_text(&r, "did you mean 'relu'");
    expect_text(&r, "needs a layer size");
    expect_text(&r, "dropout rate");
    expect_text(&r, "undeclared value 'd'");
    expect_text(&r, "epochs must be at least 1");
    expect_text(&r, "cross_entropy needs a softmax output");
    done(&r);
}

/* ---- the train block ------------------------------------------------------ */

#define TRAIN(keys) MODEL("    y = dense(x, 2)") "train {\n" keys "\n}\n"

static void train_keys_are_known(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse epoch = 3"), 1, "unknown train key 'epoch'; did you mean 'epochs'?", NULL);
    expect_errors(TRAIN("loss = mse lr = 0.1"), 1, "optimizer settings go in its call", NULL);
}

static void train_keys_are_set_once(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse\nepochs = 3\nepochs = 4"), 1, "t.nn:9:1: error: 'epochs' is set twice",
                  "t.nn:8:1: note: 'epochs' was first set here");
}

static void loss_is_required_and_known(void **state)
{
    (void)state;
    expect_errors(TRAIN("epochs = 3"), 1, "t.nn:6:1: error: train block has no loss", NULL);
    expect_errors(TRAIN("loss = mean_squared"), 1, "unknown loss 'mean_squared'; expected one of mse", NULL);
    expect_errors(TRAIN("loss = cross_entropi"), 1, "did you mean 'cross_entropy'", NULL);
    expect_errors(TRAIN("loss = 3"), 1, "loss needs one of", "got '3'");
}

static void cross_entropy_needs_softmax_output(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = cross_entropy"), 1,
                  "t.nn:7:1: error: cross_entropy needs a softmax output, but output 'y' ends in a dense layer "
                  "with no activation",
                  "t.nn:3:9: note: 'y' is computed here");
    const char *ok[] = {
        MODEL("    y = dense(x, 2, softmax)") "train { loss = cross_entropy }",
        MODEL("    y = softmax(dense(x, 2))") "train { loss = cross_entropy }",
        MODEL("    h = softmax(x)\n    y = h") "train { loss = cross_entropy }",
        MODEL("    h = sigmoid(x)\n    g = h\n    y = g") "train { loss = binary_cross_entropy }",
        MODEL("    y = dense(x, 1, sigmoid)") "train { loss = binary_cross_entropy }",
        MODEL("    y = relu(x)") "train { loss = mse }",
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        Run r = check(ok[i]);
        if (!r.ok)
            fail_msg("%s\nshould pass but:\n%s", ok[i], r.out);
        done(&r);
    }
}

static void binary_cross_entropy_needs_sigmoid_output(void **state)
{
    (void)state;
    expect_errors(MODEL("    h = dense(x, 1, softmax)\n    y = h") "train { loss = binary_cross_entropy }", 1,
                  "binary_cross_entropy needs a sigmoid output, but output 'y' ends in dense(..., softmax)",
                  "t.nn:3:9: note: 'y' is computed here");
    expect_errors("model m {\n input x[4]\n output x\n}\ntrain { loss = binary_cross_entropy }", 1,
                  "output 'x' is the input", "note: 'x' is defined here");
}

static void optimizer_is_sgd_or_adam(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse optimizer = adma(lr = 0.1)"), 1, "unknown optimizer 'adma'; did you mean 'adam'?",
                  NULL);
    expect_errors(TRAIN("loss = mse optimizer = 3"), 1, "optimizer needs sgd(...), adam(...), adamw(...) or rmsprop(...), got '3'", NULL);
    expect_errors(TRAIN("loss = mse optimizer = sgd(lr = 0.1, beta1 = 0.9)"), 1, "sgd() has no argument 'beta1'",
                  NULL);
    expect_errors(TRAIN("loss = mse optimizer = sgd(lr = 0.1, momentom = 0.9)"), 1,
                  "sgd() has no argument 'momentom' (did you mean 'momentum'?); its arguments are lr, momentum, weight_decay, nesterov", NULL);
    expect_errors(TRAIN("loss = mse optimizer = sgd(lr = 0.1, lr = 0.2)"), 1, "sgd() argument 'lr' given twice",
                  "note: 'lr' was first given here");
}

static void optimizer_ranges(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse optimizer = sgd(lr = 0)"), 1, "lr must be above 0, got '0'", NULL);
    expect_errors(TRAIN("loss = mse optimizer = sgd(momentum = 1)"), 1, "momentum must be at least 0 and below 1", NULL);
    expect_errors(TRAIN("loss = mse optimizer = adam(beta1 = 1, beta2 = 2)"), 2, "beta1 must be at least 0 and below 1",
                  "beta2 must be");
    expect_errors(TRAIN("loss = mse optimizer = adam(eps = 0)"), 1, "eps must be above 0", NULL);
    expect_errors(TRAIN("loss = mse optimizer = adam(weight_decay = 1e999)"), 1, "number out of range: '1e999'", NULL);
}

static void integer_keys_are_whole_numbers_from_one(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse batch_size = 0"), 1, "batch_size must be at least 1, got '0'", NULL);
    expect_errors(TRAIN("loss = mse epochs = 2.5"), 1, "epochs needs a whole number, got '2.5'", NULL);
    expect_errors(TRAIN("loss = mse batch_size = 2000000"), 1, "batch_size too large: 2000000 (limit is 1048576)", NULL);
    expect_errors(TRAIN("loss = mse validation = 0.1 early_stopping = 0"), 1, "early_stopping must be at least 1",
                  NULL);
}

static void init_is_known(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse init = xavir"), 1, "unknown init 'xavir'; did you mean 'xavier'?", NULL);
}

static void seed_is_a_64_bit_integer(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse seed = 18446744073709551616"), 1,
                  "seed too large: 18446744073709551616 (limit is 18446744073709551615)", NULL);
    expect_errors(TRAIN("loss = mse seed = 1.5"), 1, "seed needs a whole number", NULL);
}

static void validation_is_a_fraction_below_one(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse validation = 1"), 1, "validation must be at least 0 and below 1, got '1'", NULL);
}

static void early_stopping_needs_validation(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse early_stopping = 3"), 1, "early_stopping needs a validation split", NULL);
    expect_errors(TRAIN("loss = mse\nvalidation = 0\nearly_stopping = 3"), 1, "t.nn:9:1: error: early_stopping",
                  "t.nn:8:14: note: validation is 0 here");
    /* a validation value that is itself wrong is reported once */
    expect_errors(TRAIN("loss = mse validation = 2 early_stopping = 3"), 1, "validation must be", NULL);
}

static void data_is_a_string(void **state)
{
    (void)state;
    expect_errors(TRAIN("loss = mse data = mnist"), 1, "data needs a file path in quotes, got 'mnist'", NULL);
}

/* ---- dot_emit ------------------------------------------------------------- */

static char *dot_of(const char *src)
{
    Run r = check(src);
    if (!r.ok)
        fail_msg("does not check:\n%s", r.out);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dot_emit(r.p, f);
    fclose(f);
    done(&r);
    return buf;
}

static void expect_dot(const char *dot, const char *s)
{
    if (!strstr(dot, s))
        fail_msg("expected \"%s\" in:\n%s", s, dot);
}

static void dot_has_a_node_per_live_value_and_edges_along_data(void **state)
{
    (void)state;
    char *g = dot_of("model net {\n input x[784]\n h1 = dense(x, 256, relu)\n z = relu(h1)\n"
                     " y = softmax(dense(add(h1, dense(h1, 256)), 10))\n output y\n}\n");
    expect_dot(g, "digraph \"net\" {\n");
    expect_dot(g, "\"x\" [label=\"x\\ninput\\nf32[784]\", shape=ellipse];\n");
    expect_dot(g, "\"h1\" [label=\"h1\\ndense 784\xe2\x86\x92" "256 relu\\n200,960 params\\nf32[256]\"];\n");
    expect_dot(g, "\"x\" -> \"h1\";\n");
    /* nested calls: y/1 is the dense (layer y_1), y/2 the add, y/3 the inner dense (y_2) */
    expect_dot(g, "\"y/1\" [label=\"y_1\\ndense 256\xe2\x86\x92" "10\\n2,570 params\\nf32[10]\"];\n");
    expect_dot(g, "\"y/2\" [label=\"add\\nf32[256]\"];\n");
    expect_dot(g, "\"y/3\" [label=\"y_2\\ndense 256\xe2\x86\x92" "256\\n65,792 params\\nf32[256]\"];\n");
    expect_dot(g, "\"h1\" -> \"y/2\";\n");
    expect_dot(g, "\"y/3\" -> \"y/2\";\n");
    expect_dot(g, "\"y/1\" -> \"y\";\n");
    expect_dot(g, "\"y\" [label=\"y\\nsoftmax\\nf32[10]\"];\n");
    expect_dot(g, "\"y\" [peripheries=2];\n");
    assert_null(strstr(g, "\"z\""));   /* dead: not drawn */
    char *again = dot_of("model net {\n input x[784]\n h1 = dense(x, 256, relu)\n z = relu(h1)\n"
                         " y = softmax(dense(add(h1, dense(h1, 256)), 10))\n output y\n}\n");
    assert_string_equal(g, again);
    free(again);
    free(g);
}

static void dot_labels_params_of_ops_and_aliases(void **state)
{
    (void)state;
    char *g = dot_of("model m {\n input x[4]\n d = dropout(x, 0.25)\n l = leaky_relu(d)\n c = concat(l, x)\n"
                     " y = c\n output y\n}\n");
    expect_dot(g, "\"d\" [label=\"d\\ndropout(0.25)\\nf32[4]\"];\n");
    expect_dot(g, "\"l\" [label=\"l\\nleaky_relu(0.01)\\nf32[4]\"];\n");
    expect_dot(g, "\"c\" [label=\"c\\nconcat 4+4\xe2\x86\x92" "8\\nf32[8]\"];\n");
    expect_dot(g, "\"y\" [label=\"y\\n= c\\nf32[8]\"];\n  \"c\" -> \"y\";\n");
    free(g);
}

/* LANGUAGE-v2: --emit=dot prints each value's shape (f32[32,14,14]) */
static void dot_labels_show_image_shapes(void **state)
{
    (void)state;
    char *g = dot_of("model m {\n input x[1, 28, 28]\n c = conv2d(x, 32, 3, padding = same, act = relu)\n"
                     " p = max_pool2d(c, 2)\n b = relu(batch_norm(p))\n"
                     " y = dense(global_avg_pool(b), 10, softmax)\n output y\n}\n");
    expect_dot(g, "\"x\" [label=\"x\\ninput\\nf32[1,28,28]\", shape=ellipse];\n");
    expect_dot(g, "\"c\" [label=\"c\\nconv2d 3x3 1\xe2\x86\x92" "32 relu\\n320 params\\nf32[32,28,28]\"];\n");
    expect_dot(g, "\"p\" [label=\"p\\nmax_pool2d\\nf32[32,14,14]\"];\n");
    expect_dot(g, "\"b/1\" [label=\"b_1\\nbatch_norm\\n64 params\\nf32[32,14,14]\"];\n");
    expect_dot(g, "\"y/1\" [label=\"global_avg_pool\\nf32[32]\"];\n");
    free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fashion_example_resolves_fully),
        cmocka_unit_test(keyword_arguments_bind_by_name),
        cmocka_unit_test(every_op_gets_its_size),
        cmocka_unit_test(nested_dense_layers_are_named_in_paren_order),
        cmocka_unit_test(generated_layer_name_clashing_with_a_value_is_an_error),
        cmocka_unit_test(init_defaults_to_he_for_relu_else_xavier),
        cmocka_unit_test(init_is_he_before_batch_norm_then_relu),
        cmocka_unit_test(batch_of_one_is_fine_for_batch_norm_over_pixels),
        cmocka_unit_test(train_init_applies_to_every_layer),
        cmocka_unit_test(train_config_defaults),
        cmocka_unit_test(adam_defaults_follow_pytorch),
        cmocka_unit_test(c_keywords_are_valid_value_names),
        cmocka_unit_test(model_name_must_not_be_reserved_in_c),
        cmocka_unit_test(missing_output_points_at_the_model_line),
        cmocka_unit_test(missing_input_is_an_error),
        cmocka_unit_test(second_input_notes_the_first),
        cmocka_unit_test(second_output_notes_the_first),
        cmocka_unit_test(names_are_assigned_once),
        cmocka_unit_test(use_before_definition_notes_the_definition),
        cmocka_unit_test(a_value_cannot_use_itself),
        cmocka_unit_test(undeclared_value_suggests_a_close_name),
        cmocka_unit_test(output_of_undeclared_value),
        cmocka_unit_test(dense_needs_a_layer_size),
        cmocka_unit_test(dense_units_is_a_whole_number_from_one),
        cmocka_unit_test(dense_activation_is_known),
        cmocka_unit_test(leaky_relu_alpha_is_a_number),
        cmocka_unit_test(dropout_rate_is_in_zero_one),
        cmocka_unit_test(add_needs_equal_sizes),
        cmocka_unit_test(concat_sizes_add_up_within_the_limit),
        cmocka_unit_test(duplicate_keyword_argument),
        cmocka_unit_test(positional_after_keyword),
        cmocka_unit_test(unknown_keyword_suggests),
        cmocka_unit_test(unknown_op_suggests),
        cmocka_unit_test(number_or_string_where_a_value_is_needed),
        cmocka_unit_test(value_where_a_number_is_needed),
        cmocka_unit_test(too_many_arguments),
        cmocka_unit_test(ops_and_values_are_not_confused),
        cmocka_unit_test(input_size_is_a_positive_whole_number),
        cmocka_unit_test(parameter_counts_are_limited),
        cmocka_unit_test(unused_values_are_warned_and_not_live),
        cmocka_unit_test(a_train_block_without_layers_is_warned),
        cmocka_unit_test(no_unused_warnings_after_an_error),
        cmocka_unit_test(every_error_is_reported_in_one_run),
        cmocka_unit_test(train_keys_are_known),
        cmocka_unit_test(train_keys_are_set_once),
        cmocka_unit_test(loss_is_required_and_known),
        cmocka_unit_test(cross_entropy_needs_softmax_output),
        cmocka_unit_test(binary_cross_entropy_needs_sigmoid_output),
        cmocka_unit_test(optimizer_is_sgd_or_adam),
        cmocka_unit_test(optimizer_ranges),
        cmocka_unit_test(integer_keys_are_whole_numbers_from_one),
        cmocka_unit_test(init_is_known),
        cmocka_unit_test(seed_is_a_64_bit_integer),
        cmocka_unit_test(validation_is_a_fraction_below_one),
        cmocka_unit_test(early_stopping_needs_validation),
        cmocka_unit_test(data_is_a_string),
        cmocka_unit_test(dot_has_a_node_per_live_value_and_edges_along_data),
        cmocka_unit_test(dot_labels_params_of_ops_and_aliases),
        cmocka_unit_test(dot_labels_show_image_shapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
