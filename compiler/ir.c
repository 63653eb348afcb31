/*
 * ir.c - the graph IR: builders, shape inference, the verifier and the
 * printer.
 *
 * Every pass builds through ir_emit, which infers the result's shape
 * from the operands (and, for slice, from its bounds), so a pass cannot
 * make a value of the wrong size without tripping an assertion at the
 * place it did so.  The verifier repeats the same inference over a whole
 * graph: it is the check the driver runs between passes, and it reports
 * rather than aborts so that tests can hand it broken graphs.
 *
 * Shapes: rank 0 [] (a scalar: the loss, the step), rank 1 [n] (a bias,
 * or the labels [B]), rank 2 [r,c] (a batch [B,n] or a weight [o,i]).
 * IR_BATCH in dims[0] stands for the batch size B, which is only known at
 * run time (1 <= B <= Graph.batch); it matches only itself.
 *
 * The text format (ir_print) is stable: it depends on nothing but the
 * graph, numbers print in the shortest form that reads back exactly, and
 * golden tests compare it byte for byte.
 *
 *   graph fashion_mlp batch=64
 *   input  %x [B,784]
 *   param  %h1.weight [256,784] init=he fan_in=784 fan_out=256 grad=%d.h1.weight
 *   ...
 *   forward:
 *     %h1.mm [B,256] = matmul %x, %h1.weight            ; 4:10
 */
#include "ir.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *text;
    int nargs;
} op_table[] = {
#define OP(e, text, nargs) {text, nargs},
#include "ops.def"
#undef OP
};

const char *ir_op_name(OpKind k)
{
    nnc_assert(k >= 0 && k < OP_COUNT);
    return op_table[k].text;
}

int ir_op_nargs(OpKind k)
{
    nnc_assert(k >= 0 && k < OP_COUNT);
    return op_table[k].nargs;
}

/* The names of Op.attr[] as the printer shows them; NULL past the last. */
const char *ir_attr_name(OpKind k, int i)
{
    static const char *const alpha[] = {"alpha", NULL};
    static const char *const rate[] = {"rate", NULL};
    static const char *const slice[] = {"begin", "end", NULL};
    static const char *const sgd[] = {"lr", "momentum", "weight_decay", NULL};
    static const char *const adam[] = {"lr", "beta1", "beta2", "eps", "weight_decay", NULL};
    const char *const *names = NULL;
    switch (k) {
    case OP_LEAKY_RELU: case OP_LEAKY_RELU_GRAD: names = alpha; break;
    case OP_DROPOUT_MASK: names = rate; break;
    case OP_SLICE: names = slice; break;
    case OP_SGD_UPDATE: names = sgd; break;
    case OP_ADAM_UPDATE: names = adam; break;
    default: return NULL;
    }
    for (int j = 0; j <= i; j++)
        if (!names[j])
            return NULL;
    return names[i];
}

bool ir_is_update(OpKind k)
{
    return k == OP_SGD_UPDATE || k == OP_ADAM_UPDATE || k == OP_STEP_INC;
}

/* ---- shapes ---------------------------------------------------------------- */

Shape ir_shape(int rank, long d0, long d1)
{
    Shape s = {rank, {rank > 0 ? d0 : 0, rank > 1 ? d1 : 0}};
    return s;
}

bool ir_shape_eq(Shape a, Shape b)
{
    if (a.rank != b.rank)
        return false;
    for (int i = 0; i < a.rank; i++)
        if (a.dims[i] != b.dims[i])
            return false;
    return true;
}

long ir_shape_elems(Shape s, long batch)
{
    long n = 1;
    for (int i = 0; i < s.rank; i++)
        n *= s.dims[i] == IR_BATCH ? batch : s.dims[i];
    return n;
}

/* "[B,784]", "[256]", "[]" into buf. */
static const char *shape_str(Shape s, char *buf, size_t n)
{
    size_t k = (size_t)snprintf(buf, n, "[");
    for (int i = 0; i < s.rank && k < n; i++) {
        const char *sep = i ? "," : "";
        if (s.dims[i] == IR_BATCH)
            k += (size_t)snprintf(buf + k, n - k, "%sB", sep);
        else
            k += (size_t)snprintf(buf + k, n - k, "%s%ld", sep, s.dims[i]);
    }
    if (k < n)
        snprintf(buf + k, n - k, "]");
    return buf;
}

typedef struct ShapeErr {
    char msg[160];
} ShapeErr;

static bool shape_fail(ShapeErr *e, const char *what, Shape a, Shape b)
{
    char sa[48], sb[48];
    snprintf(e->msg, sizeof e->msg, "%s: %s vs %s", what, shape_str(a, sa, sizeof sa),
             shape_str(b, sb, sizeof sb));
    return false;
}

/* Both operands the same shape; the result has it too. */
static bool same2(Shape a, Shape b, Shape *out, ShapeErr *e)
{
    if (!ir_shape_eq(a, b))
        return shape_fail(e, "operands differ in shape", a, b);
    *out = a;
    return true;
}

static bool need_rank(Shape a, int rank, ShapeErr *e)
{
    if (a.rank == rank)
        return true;
    snprintf(e->msg, sizeof e->msg, "operand of rank %d where rank %d is needed", a.rank, rank);
    return false;
}

/* The slice [attr0, attr1) of x's columns: whole numbers within x. */
static bool infer_slice(const Op *op, Shape x, Shape *out, ShapeErr *e)
{
    double b = op->attr[0], en = op->attr[1];
    if (!need_rank(x, 2, e))
        return false;
    if (b != floor(b) || en != floor(en) || b < 0 || en <= b || en > (double)x.dims[1]) {
        snprintf(e->msg, sizeof e->msg, "slice [%g, %g) outside %ld columns", b, en, x.dims[1]);
        return false;
    }
    *out = ir_shape(2, x.dims[0], (long)en - (long)b);
    return true;
}

/* Losses: two operands of one shape (mse, bce) -> a scalar. */
static bool infer_loss2(Shape a, Shape b, Shape *out, ShapeErr *e)
{
    Shape tmp;
    if (!same2(a, b, &tmp, e))
        return false;
    *out = ir_shape(0, 0, 0);
    return true;
}

/* (logits [r,n], labels [r]) -> result of `res` shape. */
static bool infer_labels(Shape z, Shape l, Shape res, Shape *out, ShapeErr *e)
{
    if (!need_rank(z, 2, e) || !need_rank(l, 1, e))
        return false;
    if (z.dims[0] != l.dims[0])
        return shape_fail(e, "one label per row", z, l);
    *out = res;
    return true;
}

/* The matrix products: dims must line up as the op's comment says. */
static bool infer_matmul(OpKind k, Shape a, Shape b, Shape *out, ShapeErr *e)
{
    if (!need_rank(a, 2, e) || !need_rank(b, 2, e))
        return false;
    switch (k) {
    case OP_MATMUL:      /* x[r,i] W[o,i] -> [r,o] */
        if (a.dims[1] != b.dims[1])
            return shape_fail(e, "matmul inner sizes differ", a, b);
        *out = ir_shape(2, a.dims[0], b.dims[0]);
        return true;
    case OP_MATMUL_NN:   /* dy[r,o] W[o,i] -> [r,i] */
        if (a.dims[1] != b.dims[0])
            return shape_fail(e, "matmul_nn inner sizes differ", a, b);
        *out = ir_shape(2, a.dims[0], b.dims[1]);
        return true;
    default:             /* MATMUL_TN: dy[r,o] x[r,i] -> [o,i] */
        if (a.dims[0] != b.dims[0])
            return shape_fail(e, "matmul_tn row counts differ", a, b);
        *out = ir_shape(2, a.dims[1], b.dims[1]);
        return true;
    }
}

/* The y operand fuse.c gives matmul_nn, matmul_tn (operand 3) and
 * sum_rows (operand 2): dy's shape, its act' scaling dy as it is read. */
static bool infer_fused(const Op *op, ShapeErr *e)
{
    int extra = op->kind == OP_SUM_ROWS ? 1 : 2;
    Shape tmp;
    return op->nargs <= extra || same2(op->args[0]->shape, op->args[extra]->shape, &tmp, e);
}

/* Updates: w, g and every state tensor one shape; the step a scalar. */
static bool infer_update(const Op *op, ShapeErr *e)
{
    int ntensors = op->kind == OP_ADAM_UPDATE ? 4 : op->nargs;
    Shape tmp;
    for (int i = 1; i < ntensors; i++)
        if (!same2(op->args[0]->shape, op->args[i]->shape, &tmp, e))
            return false;
    if (op->kind == OP_ADAM_UPDATE && !need_rank(op->args[4]->shape, 0, e))
        return false;
    return true;
}

/* The result shape of `op` from its operands and attributes.  Ops that
 * have no operand to take it from (dropout_mask) keep `*out` as given. */
static bool infer_shape(const Op *op, Shape *out, ShapeErr *e)
{
    Shape a = op->nargs > 0 ? op->args[0]->shape : ir_shape(0, 0, 0);
    Shape b = op->nargs > 1 ? op->args[1]->shape : ir_shape(0, 0, 0);
    switch (op->kind) {
    case OP_MATMUL: case OP_MATMUL_NN: case OP_MATMUL_TN:
        if (!infer_matmul(op->kind, a, b, out, e))
            return false;
        if (op->kind == OP_MATMUL && op->nargs > 2)
            return need_rank(op->args[2]->shape, 1, e) &&
                   (op->args[2]->shape.dims[0] == out->dims[1] ||
                    shape_fail(e, "bias size differs from the columns", *out, op->args[2]->shape));
        return infer_fused(op, e);
    case OP_BIAS_ADD:
        if (!need_rank(a, 2, e) || !need_rank(b, 1, e))
            return false;
        if (a.dims[1] != b.dims[0])
            return shape_fail(e, "bias size differs from the columns", a, b);
        *out = a;
        return true;
    case OP_RELU: case OP_SIGMOID: case OP_TANH: case OP_LEAKY_RELU:
        *out = a;
        return true;
    case OP_SOFTMAX:
        *out = a;
        return need_rank(a, 2, e);
    case OP_ADD: case OP_MUL: case OP_DROPOUT:
    case OP_RELU_GRAD: case OP_SIGMOID_GRAD: case OP_TANH_GRAD: case OP_LEAKY_RELU_GRAD:
    case OP_MSE_GRAD: case OP_BCE_GRAD:
        return same2(a, b, out, e);
    case OP_SOFTMAX_GRAD:
        return need_rank(a, 2, e) && same2(a, b, out, e);
    case OP_CONCAT:
        if (!need_rank(a, 2, e) || !need_rank(b, 2, e))
            return false;
        if (a.dims[0] != b.dims[0])
            return shape_fail(e, "concat row counts differ", a, b);
        *out = ir_shape(2, a.dims[0], a.dims[1] + b.dims[1]);
        return true;
    case OP_DROPOUT_MASK:
        return need_rank(*out, 2, e);
    case OP_MSE_LOSS: case OP_BCE_LOSS:
        return infer_loss2(a, b, out, e);
    case OP_XENT_LOSS:
        return infer_labels(a, b, ir_shape(0, 0, 0), out, e);
    case OP_XENT_GRAD:
        return infer_labels(a, b, a, out, e);
    case OP_SUM_ROWS:
        *out = ir_shape(1, a.dims[1], 0);
        return need_rank(a, 2, e) && infer_fused(op, e);
    case OP_SLICE:
        return infer_slice(op, a, out, e);
    case OP_SGD_UPDATE: case OP_ADAM_UPDATE:
        return infer_update(op, e);
    case OP_STEP_INC:
        return need_rank(a, 0, e);
    case OP_COUNT:
        break;
    }
    nnc_unreachable();
}

/* ---- building ------------------------------------------------------------- */

Graph *ir_new_graph(Arena *a, const char *name)
{
    Graph *g = arena_alloc(a, sizeof *g);
    g->arena = a;
    g->name = arena_strdup(a, name);
    g->batch = IR_DEFAULT_BATCH;
    return g;
}

Value *ir_find_value(const Graph *g, const char *name)
{
    for (int i = 0; i < g->values.len; i++)
        if (strcmp(g->values.items[i]->name, name) == 0)
            return g->values.items[i];
    return NULL;
}

/* `name` if no value has it yet, else name.2, name.3, ... */
static const char *fresh_name(Graph *g, const char *name)
{
    if (!name)
        name = "t";
    if (!ir_find_value(g, name))
        return arena_strdup(g->arena, name);
    for (int k = 2;; k++) {
        char *s = arena_printf(g->arena, "%s.%d", name, k);
        if (!ir_find_value(g, s))
            return s;
    }
}

Value *ir_new_value(Graph *g, ValueKind kind, const char *name, Shape s, Loc loc)
{
    Value *v = arena_alloc(g->arena, sizeof *v);
    v->id = g->values.len;
    v->name = fresh_name(g, name);
    v->kind = kind;
    v->shape = s;
    v->loc = loc;
    vec_push(g->arena, g->values, v);
    return v;
}

static Op *new_op(Graph *g, OpKind k, Phase ph, Loc loc, int nargs, Value **args)
{
    int want = ir_op_nargs(k);
    nnc_assert(nargs >= 0 && nargs <= IR_MAX_ARGS && (want < 0 || want == nargs));
    Op *op = arena_alloc(g->arena, sizeof *op);
    op->kind = k;
    op->phase = ph;
    op->loc = loc;
    op->nargs = nargs;
    op->act = ACT_LINEAR;
    for (int i = 0; i < nargs; i++) {
        nnc_assert(args[i] != NULL);
        op->args[i] = args[i];
    }
    return op;
}

Value *ir_emit_ex(Graph *g, OpKind k, Phase ph, Loc loc, const char *name, int nargs,
                  Value **args, int nattr, const double *attr, Shape shape)
{
    Op *op = new_op(g, k, ph, loc, nargs, args);
    nnc_assert(nattr >= 0 && nattr <= 5 && !ir_is_update(k));
    for (int i = 0; i < nattr; i++)
        op->attr[i] = attr[i];
    ShapeErr e;
    if (!infer_shape(op, &shape, &e))
        nnc_panic(__FILE__, __LINE__, "%s for '%s': %s", ir_op_name(k), name ? name : "?", e.msg);
    Value *v = ir_new_value(g, VK_TEMP, name, shape, loc);
    v->def = op;
    op->result = v;
    vec_push(g->arena, g->ops, op);
    return v;
}

Value *ir_emit(Graph *g, OpKind k, Phase ph, Loc loc, const char *name, int nargs, Value **args)
{
    return ir_emit_ex(g, k, ph, loc, name, nargs, args, 0, NULL, ir_shape(0, 0, 0));
}

Op *ir_emit_update(Graph *g, OpKind k, Loc loc, int nargs, Value **args)
{
    nnc_assert(ir_is_update(k));
    Op *op = new_op(g, k, PH_UPDATE, loc, nargs, args);
    ShapeErr e;
    Shape none = ir_shape(0, 0, 0);
    nnc_assert(k != OP_SGD_UPDATE || nargs == 2 || nargs == 3);
    if (!infer_shape(op, &none, &e))
        nnc_panic(__FILE__, __LINE__, "%s: %s", ir_op_name(k), e.msg);
    vec_push(g->arena, g->ops, op);
    return op;
}

/* ---- the verifier ---------------------------------------------------------- */

typedef struct Verifier {
    const Graph *g;
    FILE *err;
    int errors;
    bool *defined;     /* by value id: defined by an op seen so far */
} Verifier;

static void verr(Verifier *v, int opi, const Op *op, const char *fmt, ...) NNC_PRINTF(4, 5);
static void verr(Verifier *v, int opi, const Op *op, const char *fmt, ...)
{
    va_list ap;
    v->errors++;
    if (!v->err)
        return;
    if (op)
        fprintf(v->err, "ir: op %d (%s%s%s): ", opi, ir_op_name(op->kind),
                op->result ? " %" : "", op->result ? op->result->name : "");
    else
        fprintf(v->err, "ir: ");
    va_start(ap, fmt);
    vfprintf(v->err, fmt, ap);
    va_end(ap);
    fputc('\n', v->err);
}

/* A value that belongs to this graph. */
static bool in_graph(const Graph *g, const Value *x)
{
    return x && x->id >= 0 && x->id < g->values.len && g->values.items[x->id] == x;
}

static void verify_operand(Verifier *v, int opi, const Op *op, int i)
{
    const Value *x = op->args[i];
    if (!in_graph(v->g, x)) {
        verr(v, opi, op, "operand %d is not a value of the graph (undefined)", i + 1);
        return;
    }
    if (x->kind == VK_TEMP && !v->defined[x->id])
        verr(v, opi, op, "operand %d %%%s is used before it is defined", i + 1, x->name);
}

/* Operand kinds an update needs: a parameter, then its gradient, then state. */
static void verify_update(Verifier *v, int opi, const Op *op)
{
    if (op->result)
        verr(v, opi, op, "an update op has a result");
    if (op->kind == OP_SGD_UPDATE && op->nargs != 2 && op->nargs != 3)
        verr(v, opi, op, "sgd_update takes 2 or 3 operands, has %d", op->nargs);
    int first_state = op->kind == OP_STEP_INC ? 0 : 2;
    if (op->kind != OP_STEP_INC && in_graph(v->g, op->args[0]) && op->args[0]->kind != VK_PARAM)
        verr(v, opi, op, "updates %%%s, which is not a parameter", op->args[0]->name);
    for (int i = first_state; i < op->nargs; i++)
        if (in_graph(v->g, op->args[i]) && op->args[i]->kind != VK_STATE)
            verr(v, opi, op, "operand %d %%%s is not optimizer state", i + 1, op->args[i]->name);
}

static void verify_result(Verifier *v, int opi, const Op *op, Shape *shape)
{
    const Value *r = op->result;
    if (!in_graph(v->g, r)) {
        verr(v, opi, op, "its result is not a value of the graph");
        return;
    }
    if (r->kind != VK_TEMP || r->def != op)
        verr(v, opi, op, "its result %%%s is not a temporary defined by it", r->name);
    if (v->defined[r->id])
        verr(v, opi, op, "%%%s is defined twice", r->name);
    v->defined[r->id] = true;
    *shape = r->shape;
}

/* The operands agree with each other, and give the result's shape. */
static void verify_shape(Verifier *v, int opi, const Op *op, Shape shape)
{
    Shape want = shape;
    ShapeErr e;
    if (!infer_shape(op, &want, &e)) {
        verr(v, opi, op, "shape mismatch: %s", e.msg);
    } else if (!ir_is_update(op->kind) && !ir_shape_eq(want, shape)) {
        char a[48], b[48];
        verr(v, opi, op, "shape mismatch: result is %s, operands give %s",
             shape_str(shape, a, sizeof a), shape_str(want, b, sizeof b));
    }
}

/* Operand counts of the ops ops.def lists as variable (-1). */
static bool arity_ok(OpKind k, int nargs)
{
    switch (k) {
    case OP_MATMUL: case OP_MATMUL_NN: case OP_MATMUL_TN:
        return nargs == 2 || nargs == 3;
    case OP_SUM_ROWS:
        return nargs == 1 || nargs == 2;
    default:   /* sgd_update: verify_update says what it takes */
        return ir_op_nargs(k) < 0 || nargs == ir_op_nargs(k);
    }
}

/* Op.act: an epilogue on forward ops; on matmul_nn, matmul_tn and
 * sum_rows the derivative applied to dy, present with its y operand. */
static void verify_act(Verifier *v, int opi, const Op *op)
{
    if (op->act < ACT_LINEAR || op->act > ACT_SOFTMAX) {
        verr(v, opi, op, "has no valid act");
        return;
    }
    bool has_y = (op->kind == OP_SUM_ROWS && op->nargs == 2) ||
                 ((op->kind == OP_MATMUL_NN || op->kind == OP_MATMUL_TN) && op->nargs == 3);
    bool backward = op->kind == OP_SUM_ROWS || op->kind == OP_MATMUL_NN || op->kind == OP_MATMUL_TN;
    if (backward && has_y != (op->act != ACT_LINEAR))
        verr(v, opi, op, "has a y operand exactly when it has an act");
    if (backward && op->act == ACT_SOFTMAX)
        verr(v, opi, op, "softmax's derivative is not elementwise");
    if (op->act != ACT_LINEAR && (ir_is_update(op->kind) || (!backward && op->phase != PH_FORWARD)))
        verr(v, opi, op, "an act on an op that has no epilogue");
}

static void verify_op(Verifier *v, int opi, const Op *op, Phase *phase)
{
    if (op->kind < 0 || op->kind >= OP_COUNT) {
        verr(v, opi, NULL, "op %d has no valid kind", opi);
        return;
    }
    int want = ir_op_nargs(op->kind);
    bool count_ok = op->nargs >= 0 && op->nargs <= IR_MAX_ARGS && arity_ok(op->kind, op->nargs);
    bool operands_ok = count_ok;
    if (!count_ok && want >= 0)
        verr(v, opi, op, "has %d operands, needs %d", op->nargs, want);
    else if (!count_ok)
        verr(v, opi, op, "has %d operands, a number it does not take", op->nargs);
    if (op->phase < *phase)
        verr(v, opi, op, "phase %d after phase %d", (int)op->phase, (int)*phase);
    *phase = op->phase;
    for (int i = 0; count_ok && i < op->nargs; i++) {
        int before = v->errors;
        verify_operand(v, opi, op, i);
        operands_ok &= before == v->errors;
    }
    Shape shape = ir_shape(0, 0, 0);
    if (ir_is_update(op->kind))
        verify_update(v, opi, op);
    else
        verify_result(v, opi, op, &shape);
    if (operands_ok)
        verify_shape(v, opi, op, shape);
    verify_act(v, opi, op);
}

static void verify_values(Verifier *v)
{
    const Graph *g = v->g;
    for (int i = 0; i < g->values.len; i++) {
        const Value *x = g->values.items[i];
        if (x->id != i)
            verr(v, 0, NULL, "value %%%s has id %d at index %d", x->name, x->id, i);
        if (x->kind != VK_TEMP && x->def)
            verr(v, 0, NULL, "%%%s comes from outside but has a defining op", x->name);
        if (x->kind == VK_TEMP && !v->defined[i])
            verr(v, 0, NULL, "temporary %%%s is never defined", x->name);
        if (x->kind == VK_PARAM && x->grad && !in_graph(g, x->grad))
            verr(v, 0, NULL, "the gradient of %%%s is not a value of the graph", x->name);
    }
    const Value *ends[] = {g->input, g->target, g->output, g->loss, g->logits};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
        if (ends[i] && !in_graph(g, ends[i]))
            verr(v, 0, NULL, "the graph's input, target, output, loss or logits is not its value");
    if (g->loss && in_graph(g, g->loss) && g->loss->shape.rank != 0)
        verr(v, 0, NULL, "the loss %%%s is not a scalar", g->loss->name);
}

int ir_verify(const Graph *g, FILE *err)
{
    Verifier v = {g, err, 0, xcalloc((size_t)g->values.len + 1, sizeof(bool))};
    Phase phase = PH_FORWARD;
    for (int i = 0; i < g->ops.len; i++)
        verify_op(&v, i, g->ops.items[i], &phase);
    verify_values(&v);
    free(v.defined);
    return v.errors;
}

/* ---- the printer ------------------------------------------------------------ */

/* The shortest %g form that reads back as the same double. */
const char *ir_number(double x, char *buf, size_t n)
{
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    return buf;
}

static const char *init_text(const Value *p)
{
    if (p->is_bias && p->init != INIT_UNIFORM)
        return "zero";
    switch (p->init) {
    case INIT_HE: return "he";
    case INIT_XAVIER: return "xavier";
    case INIT_UNIFORM: return "uniform";
    case INIT_DEFAULT: break;
    }
    return "default";
}

static void print_decl(const Value *x, FILE *out)
{
    static const char *const kinds[] = {"input ", "target", "param ", "state "};
    char s[48];
    fprintf(out, "%s %%%s %s", kinds[x->kind], x->name, shape_str(x->shape, s, sizeof s));
    if (x->kind == VK_PARAM) {
        fprintf(out, " init=%s fan_in=%ld fan_out=%ld", init_text(x), x->fan_in, x->fan_out);
        if (x->grad)
            fprintf(out, " grad=%%%s", x->grad->name);
    }
    if (x->kind == VK_STATE && x->param)
        fprintf(out, " of=%%%s", x->param->name);
    fputc('\n', out);
}

static const char *const act_text[] = {"linear", "relu", "sigmoid", "tanh", "softmax"};

/* "  %h1.mm [B,256] = matmul %x, %h1.weight" then attributes, then the
 * source place in a column of its own. */
static void print_op(const Op *op, FILE *out)
{
    StrBuf sb = {0};
    char s[48];
    sb_puts(&sb, "  ");
    if (op->result)
        sb_printf(&sb, "%%%s %s = ", op->result->name, shape_str(op->result->shape, s, sizeof s));
    sb_puts(&sb, ir_op_name(op->kind));
    for (int i = 0; i < op->nargs; i++)
        sb_printf(&sb, "%s%%%s", i ? ", " : " ", op->args[i]->name);
    for (int i = 0; ir_attr_name(op->kind, i); i++)
        sb_printf(&sb, " %s=%s", ir_attr_name(op->kind, i), ir_number(op->attr[i], s, sizeof s));
    if (op->act != ACT_LINEAR)
        sb_printf(&sb, " act=%s", act_text[op->act]);
    while (sb.len < 60)
        sb_putc(&sb, ' ');
    sb_printf(&sb, " ; %d:%d\n", op->loc.line, op->loc.col);
    fputs(sb.data, out);
    sb_free(&sb);
}

void ir_print(const Graph *g, FILE *out)
{
    static const char *const phases[] = {"forward:", "loss:", "backward:", "update:"};
    fprintf(out, "graph %s batch=%ld\n", g->name, g->batch);
    for (int i = 0; i < g->values.len; i++)
        if (g->values.items[i]->kind != VK_TEMP)
            print_decl(g->values.items[i], out);
    int phase = -1;
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if ((int)op->phase != phase) {
            phase = (int)op->phase;
            fprintf(out, "%s\n", phases[phase]);
        }
        print_op(op, out);
    }
    if (g->output)
        fprintf(out, "output %%%s\n", g->output->name);
    if (g->logits)
        fprintf(out, "logits %%%s\n", g->logits->name);
    if (g->loss)
        fprintf(out, "loss %%%s\n", g->loss->name);
}
