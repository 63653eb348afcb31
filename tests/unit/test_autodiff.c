/* The backward pass emits only needed work: no gradient of the input, none
 * through the output's softmax for cross-entropy, no op whose result
 * nobody reads; shares of a value used twice are summed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

static Graph *compile_file(Arena *a, const char *name, char **text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/examples/%s.nn", NNC_SOURCE_DIR, name);
    size_t len;
    const char *err;
    char *src = read_file(path, &len, &err);
    if (!src)
        fail_msg("%s: %s", path, err);
    Diag *d = diag_new(path, src, len, stderr);
    Program *p = parse_program(a, d, src, len);
    assert_non_null(p);
    assert_true(check_program(p, d, a));
    diag_free(d);
    Graph *g = lower_program(p, a);
    autodiff(g);
    optim_append(g);
    assert_int_equal(ir_verify(g, stderr), 0);
    if (text) {
        size_t tl;
        FILE *f = open_memstream(text, &tl);
        ir_print(g, f);
        fclose(f);
    }
    free(src);
    return g;
}

/* Count of lines of the printed IR that contain `needle`. */
static int count_lines(const char *text, const char *needle)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

/* The printed IR of fashion_mlp, inspected line by line. */
static void fashion_mlp_has_no_gradient_of_its_input(void **state)
{
    (void)state;
    Arena *a = arena_new();
    char *text;
    compile_file(a, "fashion_mlp", &text);
    assert_null(strstr(text, "%d.x "));        /* no d loss / d x */
    assert_int_equal(count_lines(text, "= matmul_nn "), 2);   /* into h2 and d1, not x */
    assert_null(strstr(text, "softmax_grad")); /* the loss gives d logits directly */
    assert_int_equal(count_lines(text, "= xent_grad %y.pre, %target"), 1);
    assert_int_equal(count_lines(text, "= matmul_tn "), 3);   /* one per weight */
    assert_int_equal(count_lines(text, "= sum_rows "), 3);    /* one per bias */
    assert_int_equal(count_lines(text, "adam_update "), 6);   /* the example trains with Adam */
    assert_int_equal(count_lines(text, "step_inc %train.step"), 1);
    free(text);
    arena_free(a);
}

/* Every backward op's result is read by a later op or is a parameter's
 * gradient: nothing computed for nobody. */
static void assert_no_dead_backward_op(const Graph *g, const char *name)
{
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_BACKWARD)
            continue;
        bool used = op->result->param && op->result->param->grad == op->result;
        for (int j = i + 1; j < g->ops.len && !used; j++)
            for (int k = 0; k < g->ops.items[j]->nargs; k++)
                used |= g->ops.items[j]->args[k] == op->result;
        if (!used)
            fail_msg("%s: backward op %s %%%s is dead", name, ir_op_name(op->kind), op->result->name);
        for (int k = 0; k < op->nargs; k++)
            if (op->args[k] == g->input && op->kind == OP_MATMUL_NN)
                fail_msg("%s: %%%s is computed from the input", name, op->result->name);
    }
}

static void examples_have_no_dead_backward_op(void **state)
{
    (void)state;
    static const char *const names[] = {"fashion_mlp", "resmlp", "deep_skip", "deep_sigmoid",
                                        "deep_relu", "dropout_early_stop", "tanh_net", "xor",
                                        "shallow", "keywords"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        Arena *a = arena_new();
        Graph *g = compile_file(a, names[i], NULL);
        assert_no_dead_backward_op(g, names[i]);
        for (int k = 0; k < g->values.len; k++) {
            const Value *v = g->values.items[k];
            if (v->kind == VK_PARAM && !v->grad)
                fail_msg("%s: %%%s has no gradient", names[i], v->name);
        }
        arena_free(a);
    }
}

static Graph *compile_text(Arena *a, const char *src)
{
    Diag *d = diag_new("t.nn", src, strlen(src), stderr);
    Program *p = parse_program(a, d, src, strlen(src));
    assert_non_null(p);
    assert_true(check_program(p, d, a));
    diag_free(d);
    Graph *g = lower_program(p, a);
    autodiff(g);
    assert_int_equal(ir_verify(g, stderr), 0);
    return g;
}

/* a feeds both the add and b's matmul: %d.a is the sum of two shares */
static void a_value_used_twice_gets_its_shares_summed(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_text(a,
        "model m { input x[4]  a = dense(x, 4, relu)  b = dense(a, 4)  r = relu(add(a, b))\n"
        "          y = dense(r, 1, sigmoid)  output y }\n"
        "train { loss = binary_cross_entropy }\n");
    Value *da = ir_find_value(g, "d.a");
    assert_non_null(da);
    assert_int_equal(da->def->kind, OP_ADD);
    assert_string_equal(da->def->args[0]->name, "d.r.add");   /* add passes dy on */
    assert_int_equal(da->def->args[1]->def->kind, OP_MATMUL_NN);
    assert_string_equal(ir_find_value(g, "a.weight")->grad->name, "d.a.weight");
    assert_no_dead_backward_op(g, "skip");
    arena_free(a);
}

/* concat(x, ...) with x the input: no slice for x's share */
static void concat_slices_only_the_needed_part(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_text(a,
        "model m { input x[4]  h = dense(x, 3, relu)  c = concat(x, h)  y = dense(c, 2)  output y }\n"
        "train { loss = mse }\n");
    int slices = 0;
    for (int i = 0; i < g->ops.len; i++)
        if (g->ops.items[i]->kind == OP_SLICE) {
            slices++;
            assert_true(g->ops.items[i]->attr[0] == 4 && g->ops.items[i]->attr[1] == 7);
        }
    assert_int_equal(slices, 1);
    assert_no_dead_backward_op(g, "concat");
    arena_free(a);
}

/* an inner softmax (not the output's) is differentiated through */
static void an_inner_softmax_gets_its_own_rule(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile_text(a,
        "model m { input x[4]  h = dense(x, 3, softmax)  y = dense(h, 2, softmax)  output y }\n"
        "train { loss = cross_entropy }\n");
    int n = 0;
    for (int i = 0; i < g->ops.len; i++)
        n += g->ops.items[i]->kind == OP_SOFTMAX_GRAD;
    assert_int_equal(n, 1);
    assert_string_equal(ir_find_value(g, "d.h.pre")->def->args[1]->name, "h");
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fashion_mlp_has_no_gradient_of_its_input),
        cmocka_unit_test(examples_have_no_dead_backward_op),
        cmocka_unit_test(a_value_used_twice_gets_its_shares_summed),
        cmocka_unit_test(concat_slices_only_the_needed_part),
        cmocka_unit_test(an_inner_softmax_gets_its_own_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
