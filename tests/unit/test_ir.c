/* The graph IR: the verifier catches broken graphs, the printer is stable,
 * lowering names values and parameters as LANGUAGE.md says. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* ---- helpers ------------------------------------------------------------- */

static const Loc here = {1, 1, 1};

/* x [B,4] -> matmul W [3,4] -> bias_add b [3] -> relu: a small good graph. */
typedef struct Small {
    Arena *a;
    Graph *g;
    Value *x, *w, *b, *mm, *pre, *y;
} Small;

static void small_build(Small *s)
{
    s->a = arena_new();
    Graph *g = s->g = ir_new_graph(s->a, "small");
    s->x = g->input = ir_new_value(g, VK_INPUT, "x", ir_shape(2, IR_BATCH, 4), here);
    s->w = ir_new_value(g, VK_PARAM, "h.weight", ir_shape(2, 3, 4), here);
    s->b = ir_new_value(g, VK_PARAM, "h.bias", ir_shape(1, 3, 0), here);
    s->w->init = s->b->init = INIT_HE;
    s->w->fan_in = s->b->fan_in = 4;
    s->w->fan_out = s->b->fan_out = 3;
    s->b->is_bias = true;
    s->mm = ir_emit(g, OP_MATMUL, PH_FORWARD, here, "h.mm", 2, (Value *[]){s->x, s->w});
    s->pre = ir_emit(g, OP_BIAS_ADD, PH_FORWARD, here, "h.pre", 2, (Value *[]){s->mm, s->b});
    s->y = g->output = ir_emit(g, OP_RELU, PH_FORWARD, here, "h", 1, &s->pre);
}

/* ir_verify's messages, in a string the caller frees. */
static char *verify_text(const Graph *g, int *errors)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    *errors = ir_verify(g, f);
    fclose(f);
    return buf;
}

static char *print_text(const Graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ir_print(g, f);
    fclose(f);
    return buf;
}

/* parse, check, lower (and differentiate and update when trained) */
static Graph *compile(Arena *a, const char *src, bool backward)
{
    Diag *d = diag_new("t.nn", src, strlen(src), stderr);
    Program *p = parse_program(a, d, src, strlen(src));
    assert_non_null(p);
    assert_true(check_program(p, d, a));
    diag_free(d);
    Graph *g = lower_program(p, a);
    assert_int_equal(ir_verify(g, stderr), 0);
    if (backward && g->has_train) {
        autodiff(g);
        assert_int_equal(ir_verify(g, stderr), 0);
        optim_append(g);
        assert_int_equal(ir_verify(g, stderr), 0);
    }
    return g;
}

static void assert_has_value(const Graph *g, const char *name)
{
    if (!ir_find_value(g, name))
        fail_msg("no value %%%s", name);
}

/* ---- the verifier ------------------------------------------------------------ */

static void verifier_accepts_a_well_formed_graph(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    int n;
    char *msg = verify_text(s.g, &n);
    assert_int_equal(n, 0);
    assert_string_equal(msg, "");
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_an_operand_from_outside_the_graph(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    Value *stray = arena_alloc(s.a, sizeof *stray);
    *stray = *s.b;
    stray->id = 99;
    s.pre->def->args[1] = stray;
    int n;
    char *msg = verify_text(s.g, &n);
    assert_int_equal(n, 1);
    assert_non_null(strstr(msg, "op 1 (bias_add %h.pre): operand 2 is not a value of the graph"));
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_a_use_before_the_definition(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    Op **ops = s.g->ops.items;   /* swap matmul and bias_add */
    Op *t = ops[0];
    ops[0] = ops[1];
    ops[1] = t;
    int n;
    char *msg = verify_text(s.g, &n);
    assert_true(n >= 1);
    assert_non_null(strstr(msg, "operand 1 %h.mm is used before it is defined"));
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_mismatched_operand_shapes(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    s.b->shape = ir_shape(1, 5, 0);   /* bias [5] for 3 columns */
    int n;
    char *msg = verify_text(s.g, &n);
    assert_int_equal(n, 1);
    assert_non_null(strstr(msg, "shape mismatch: bias size differs from the columns: [B,3] vs [5]"));
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_a_result_of_the_wrong_shape(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    s.mm->shape = ir_shape(2, IR_BATCH, 4);
    s.pre->shape = ir_shape(2, IR_BATCH, 4);
    s.y->shape = ir_shape(2, IR_BATCH, 4);
    int n;
    char *msg = verify_text(s.g, &n);
    assert_true(n >= 1);
    assert_non_null(strstr(msg, "op 0 (matmul %h.mm): shape mismatch: result is [B,4], operands give [B,3]"));
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_an_update_of_a_non_parameter(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    Value *lr = ir_new_value(s.g, VK_STATE, "train.lr", ir_shape(0, 0, 0), here);
    lr->lr = true;
    Op *op = arena_alloc(s.a, sizeof *op);
    *op = (Op){.kind = OP_SGD_UPDATE, .phase = PH_UPDATE, .nargs = 3, .args = {s.mm, s.mm, lr}};
    vec_push(s.a, s.g->ops, op);
    int n;
    char *msg = verify_text(s.g, &n);
    assert_int_equal(n, 1);
    assert_non_null(strstr(msg, "updates %h.mm, which is not a parameter"));
    free(msg);
    arena_free(s.a);
}

static void verifier_rejects_a_wrong_operand_count(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    s.y->def->nargs = 2;
    s.y->def->args[1] = s.x;
    int n;
    char *msg = verify_text(s.g, &n);
    assert_int_equal(n, 1);
    assert_non_null(strstr(msg, "has 2 operands, needs 1"));
    free(msg);
    arena_free(s.a);
}

/* ---- building and printing --------------------------------------------------- */

static void emit_gives_a_taken_name_a_suffix(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    Value *r2 = ir_emit(s.g, OP_RELU, PH_FORWARD, here, "h", 1, &s.y);
    Value *r3 = ir_emit(s.g, OP_RELU, PH_FORWARD, here, "h", 1, &r2);
    assert_string_equal(r2->name, "h.2");
    assert_string_equal(r3->name, "h.3");
    arena_free(s.a);
}

static void printer_shows_values_shapes_ops_and_places(void **state)
{
    (void)state;
    Small s;
    small_build(&s);
    char *text = print_text(s.g);
    assert_string_equal(text,
        "graph small batch=32\n"
        "input  %x [B,4]\n"
        "param  %h.weight [3,4] init=he fan_in=4 fan_out=3\n"
        "param  %h.bias [3] init=zero fan_in=4 fan_out=3\n"
        "forward:\n"
        "  %h.mm [B,3] = matmul %x, %h.weight                         ; 1:1\n"
        "  %h.pre [B,3] = bias_add %h.mm, %h.bias                     ; 1:1\n"
        "  %h [B,3] = relu %h.pre                                     ; 1:1\n"
        "output %h\n");
    free(text);
    arena_free(s.a);
}

static const char resmlp[] =
    "model resmlp {\n"
    "    input x[8]\n"
    "    a = dense(x, 8, relu)\n"
    "    b = dense(a, 8)\n"
    "    r = relu(add(a, b))\n"
    "    y = dense(r, 1, sigmoid)\n"
    "    output y\n"
    "}\n"
    "train { loss = binary_cross_entropy  optimizer = adam(lr = 0.001, eps = 1e-7) }\n";

static void printer_gives_the_same_bytes_for_the_same_graph(void **state)
{
    (void)state;
    Arena *a1 = arena_new(), *a2 = arena_new();
    char *t1 = print_text(compile(a1, resmlp, true));
    char *t2 = print_text(compile(a2, resmlp, true));
    assert_string_equal(t1, t2);
    assert_non_null(strstr(t1, " eps=1e-07 "));
    assert_non_null(strstr(t1, "%train.lr [] lr=0.001"));
    free(t1);
    free(t2);
    arena_free(a1);
    arena_free(a2);
}

static void numbers_print_in_the_shortest_exact_form(void **state)
{
    (void)state;
    char buf[40];
    assert_string_equal(ir_number(0.05, buf, sizeof buf), "0.05");
    assert_string_equal(ir_number(0.999, buf, sizeof buf), "0.999");
    assert_string_equal(ir_number(1.0 / 3, buf, sizeof buf), "0.3333333333333333");
    assert_string_equal(ir_number(0, buf, sizeof buf), "0");
}

/* ---- lowering ----------------------------------------------------------------- */

static void nested_calls_take_the_layer_names_of_the_language(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a,
        "model m { input x[4]  y = dense(relu(dense(x, 3)), 2)  output y }\n", false);
    const char *names[] = {"y.weight", "y.bias", "y_1.weight", "y_1.bias",
                           "y_1.mm", "y_1", "y.relu", "y.mm", "y"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        assert_string_equal(g->values.items[i + 1]->name, names[i]);
    assert_string_equal(g->output->name, "y");
    Value *w = ir_find_value(g, "y_1.weight");
    assert_int_equal(w->shape.dims[0], 3);   /* out x in, as torch.nn.Linear */
    assert_int_equal(w->shape.dims[1], 4);
    assert_int_equal(w->fan_in, 4);
    assert_int_equal(w->fan_out, 3);
    arena_free(a);
}

static void dense_is_matmul_bias_add_and_activation(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a, "model m { input x[4]  h = dense(x, 3, tanh)  output h }\n", false);
    assert_int_equal(g->ops.len, 3);
    assert_int_equal(g->ops.items[0]->kind, OP_MATMUL);
    assert_int_equal(g->ops.items[1]->kind, OP_BIAS_ADD);
    assert_int_equal(g->ops.items[2]->kind, OP_TANH);
    assert_string_equal(g->ops.items[1]->result->name, "h.pre");
    assert_int_equal(ir_find_value(g, "h.weight")->init, INIT_XAVIER);
    assert_true(ir_find_value(g, "h.bias")->is_bias);
    arena_free(a);
}

static void an_inference_only_model_has_no_loss(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a, "model m { input x[4]  y = dense(x, 3, softmax)  output y }\n", true);
    assert_null(g->loss);
    assert_null(g->target);
    assert_false(g->has_train);
    assert_int_equal(g->batch, IR_DEFAULT_BATCH);
    for (int i = 0; i < g->ops.len; i++)
        assert_int_equal(g->ops.items[i]->phase, PH_FORWARD);
    arena_free(a);
}

static void a_dropped_statement_produces_nothing(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a,
        "model m { input x[4]  unused = dense(x, 7)  y = dense(x, 2)  output y }\n"
        "train { loss = mse }\n", true);
    for (int i = 0; i < g->values.len; i++)
        assert_null(strstr(g->values.items[i]->name, "unused"));
    arena_free(a);
}

static void cross_entropy_reads_the_logits(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a,
        "model m { input x[4]  y = dense(x, 3, softmax)  output y }\n"
        "train { loss = cross_entropy }\n", false);
    assert_string_equal(g->logits->name, "y.pre");
    assert_int_equal(g->loss->def->kind, OP_XENT_LOSS);
    assert_ptr_equal(g->loss->def->args[0], g->logits);
    assert_int_equal(g->target->shape.rank, 1);   /* labels [B] */
    arena_free(a);
}

static void mse_reads_the_output(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a,
        "model m { input x[4]  y = dense(x, 3, sigmoid)  output y }\n"
        "train { loss = mse }\n", false);
    assert_null(g->logits);
    assert_ptr_equal(g->loss->def->args[0], g->output);
    arena_free(a);
}

/* ---- the optimizer's state ----------------------------------------------------- */

static void sgd_without_momentum_keeps_no_state(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a,
        "model m { input x[4]  y = dense(x, 2)  output y }\n"
        "train { loss = mse  optimizer = sgd(lr = 0.1, weight_decay = 0.01) }\n", true);
    int states = 0;   /* the learning rate only: no velocity */
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind == VK_STATE) {
            assert_true(g->values.items[i]->lr);
            states++;
        }
    assert_int_equal(states, 1);
    Op *last = g->ops.items[g->ops.len - 1];
    assert_int_equal(last->kind, OP_SGD_UPDATE);
    assert_int_equal(last->nargs, 3);
    assert_true(last->args[2]->lr);
    assert_true(last->attr[1] == 0.01);
    arena_free(a);
}

static void adam_keeps_two_moments_per_parameter_and_one_step(void **state)
{
    (void)state;
    Arena *a = arena_new();
    Graph *g = compile(a, resmlp, true);
    assert_has_value(g, "train.step");
    assert_has_value(g, "train.a.weight.exp_avg");
    assert_has_value(g, "train.a.weight.exp_avg_sq");
    assert_has_value(g, "train.y.bias.exp_avg_sq");
    int first_update = 0;
    while (g->ops.items[first_update]->phase != PH_UPDATE)
        first_update++;
    assert_int_equal(g->ops.items[first_update]->kind, OP_STEP_INC);
    assert_int_equal(g->ops.len - first_update, 1 + 6);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verifier_accepts_a_well_formed_graph),
        cmocka_unit_test(verifier_rejects_an_operand_from_outside_the_graph),
        cmocka_unit_test(verifier_rejects_a_use_before_the_definition),
        cmocka_unit_test(verifier_rejects_mismatched_operand_shapes),
        cmocka_unit_test(verifier_rejects_a_result_of_the_wrong_shape),
        cmocka_unit_test(verifier_rejects_an_update_of_a_non_parameter),
        cmocka_unit_test(verifier_rejects_a_wrong_operand_count),
        cmocka_unit_test(emit_gives_a_taken_name_a_suffix),
        cmocka_unit_test(printer_shows_values_shapes_ops_and_places),
        cmocka_unit_test(printer_gives_the_same_bytes_for_the_same_graph),
        cmocka_unit_test(numbers_print_in_the_shortest_exact_form),
        cmocka_unit_test(nested_calls_take_the_layer_names_of_the_language),
        cmocka_unit_test(dense_is_matmul_bias_add_and_activation),
        cmocka_unit_test(an_inference_only_model_has_no_loss),
        cmocka_unit_test(a_dropped_statement_produces_nothing),
        cmocka_unit_test(cross_entropy_reads_the_logits),
        cmocka_unit_test(mse_reads_the_output),
        cmocka_unit_test(sgd_without_momentum_keeps_no_state),
        cmocka_unit_test(adam_keeps_two_moments_per_parameter_and_one_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
