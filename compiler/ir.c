/*
 * ir.c - the graph IR: the op table, builders, shapes, the verifier and
 * the printer.
 *
 * Every pass builds through ir_emit, which infers the result's shape
 * from the operands (and, for slice, from its bounds) by the op's own
 * shape rule (its OpDef), so a pass cannot make a value of the wrong size
 * without tripping an assertion at the place it did so.  The verifier
 * repeats the same inference over a whole graph: it is the check the
 * driver runs between passes, and it reports rather than aborts so that
 * tests can hand it broken graphs.
 *
 * Shapes: rank 0 [] (a scalar: the loss, the step), rank 1 [n] (a bias,
 * or the labels [B]), rank 2 [r,c] (a batch [B,n] or a weight [o,i]), up
 * to rank 4 ([B,C,H,W], a filter bank [F,C,k,k]).  IR_BATCH in dims[0]
 * stands for the batch size B, which is only known at run time (1 <= B
 * <= Graph.batch); it matches only itself.
 *
 * Values are found by name through a hash map, so building a graph of
 * 100,000 values stays linear.
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

/* ---- the op table --------------------------------------------------------- */

#define ACT(e, name, from, named) extern const OpDef op_##name, op_##name##_grad;
#define OP(e, name, family) extern const OpDef op_##name;
#include "ops.def"

static const OpDef *const op_defs[OP_COUNT] = {
#define ACT(e, name, from, named) [OP_##e] = &op_##name, [OP_##e##_GRAD] = &op_##name##_grad,
#define OP(e, name, family) [OP_##e] = &op_##name,
#include "ops.def"
};

const OpDef *op_def(OpKind k)
{
    nnc_assert(k >= 0 && k < OP_COUNT && op_defs[k]);
    return op_defs[k];
}

bool op_has(const Op *op, unsigned flag)
{
    return (op_def(op->kind)->flags & flag) != 0;
}

const char *ir_op_name(OpKind k)
{
    return op_def(k)->name;
}

int ir_op_nargs(OpKind k)
{
    const OpDef *d = op_def(k);
    return d->min_args == d->max_args ? d->min_args : -1;
}

const char *ir_attr_name(OpKind k, int i)
{
    const OpDef *d = op_def(k);
    for (int j = 0; j <= i; j++)
        if (j > IR_MAX_ATTRS || !d->attrs[j])
            return NULL;
    return d->attrs[i];
}

/* The op that applies activation a (OPF_ACT), or its derivative
 * (OPF_ACT_GRAD), found in the table by its flags. */
static OpKind act_op_with(Act a, unsigned flag)
{
    for (int k = 0; k < OP_COUNT; k++)
        if ((op_defs[k]->flags & flag) && op_defs[k]->act == a)
            return (OpKind)k;
    nnc_panic(__FILE__, __LINE__, "no op for activation %s", act_name(a));
}

OpKind act_op(Act a)
{
    return act_op_with(a, OPF_ACT);
}

OpKind act_grad_op(Act a)
{
    return act_op_with(a, OPF_ACT_GRAD);
}

bool ir_is_update(OpKind k)
{
    return (op_def(k)->flags & OPF_UPDATE) != 0;
}

/* ---- shapes ---------------------------------------------------------------- */

Shape ir_shape(int rank, long d0, long d1)
{
    Shape s = {rank, {rank > 0 ? d0 : 0, rank > 1 ? d1 : 0, 0, 0}};
    return s;
}

Shape ir_batch_of(Shape sample)
{
    nnc_assert(sample.rank >= 1 && sample.rank < NNC_MAX_RANK);
    Shape s = {sample.rank + 1, {IR_BATCH, 0, 0, 0}};
    for (int i = 0; i < sample.rank; i++)
        s.dims[i + 1] = sample.dims[i];
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

bool ir_batched(Shape s)
{
    return s.rank >= 1 && s.dims[0] == IR_BATCH;
}

long ir_row_size(Shape s)
{
    if (s.rank == 0)
        return 1;
    if (s.rank == 1)
        return s.dims[0] == IR_BATCH ? 1 : s.dims[0];
    long n = 1;
    for (int i = 1; i < s.rank; i++)
        n *= s.dims[i];
    return n;
}

long ir_shape_elems(Shape s, long batch)
{
    long n = 1;
    for (int i = 0; i < s.rank; i++)
        n *= s.dims[i] == IR_BATCH ? batch : s.dims[i];
    return n;
}

/* "[B,784]", "[256]", "[]" into buf. */
const char *ir_shape_str(Shape s, char *buf, size_t n)
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

bool ir_shape_fail(ShapeErr *e, const char *what, Shape a, Shape b)
{
    char sa[64], sb[64];
    snprintf(e->msg, sizeof e->msg, "%s: %s vs %s", what, ir_shape_str(a, sa, sizeof sa),
             ir_shape_str(b, sb, sizeof sb));
    return false;
}

bool ir_need_rank(Shape a, int rank, ShapeErr *e)
{
    if (a.rank == rank)
        return true;
    snprintf(e->msg, sizeof e->msg, "operand of rank %d where rank %d is needed", a.rank, rank);
    return false;
}

bool ir_same_shape(Shape a, Shape b, Shape *out, ShapeErr *e)
{
    if (!ir_shape_eq(a, b))
        return ir_shape_fail(e, "operands differ in shape", a, b);
    *out = a;
    return true;
}

/* The result shape of `op` from its operands and attributes, by its rule. */
static bool infer_shape(const Op *op, Shape *out, ShapeErr *e)
{
    return op_def(op->kind)->shape(op, out, e);
}

/* Floating-point operations of an elementwise op for one row of the
 * batch (an op on unbatched values counts all its elements): 1 per
 * element it writes or reduces, 2 more for a fused act. */
double ir_flops_elementwise(const Graph *g, const Op *op)
{
    (void)g;
    const Value *a = op->nargs > 0 ? op->args[0] : NULL;
    const Value *r = op->result;
    double extra = op->act != ACT_LINEAR ? 2 : 0;
    const Value *v = r ? r : a;
    double n = (double)ir_shape_elems(v->shape.rank ? v->shape : a->shape, 1);
    if (v->shape.rank == 0 && a)   /* a loss: one pass over its input */
        n = (double)ir_shape_elems(a->shape, 1);
    return (1 + extra) * n;
}

/* ---- building ------------------------------------------------------------- */

struct ValueIndex {
    StrMap *by_name;
};

Graph *ir_new_graph(Arena *a, const char *name)
{
    Graph *g = arena_alloc(a, sizeof *g);
    g->arena = a;
    g->name = arena_strdup(a, name);
    g->batch = IR_DEFAULT_BATCH;
    g->index = arena_alloc(a, sizeof *g->index);
    g->index->by_name = strmap_new(a);
    return g;
}

/* A value fusion dropped stays in the map: only one still in the graph counts. */
Value *ir_find_value(const Graph *g, const char *name)
{
    Value *v = strmap_get(g->index->by_name, name);
    if (v && v->id < g->values.len && g->values.items[v->id] == v)
        return v;
    return NULL;
}

/* `name` if no value has had it, else name.2, name.3, ... */
static const char *fresh_name(Graph *g, const char *name)
{
    if (!name)
        name = "t";
    if (!strmap_get(g->index->by_name, name))
        return arena_strdup(g->arena, name);
    for (int k = 2;; k++) {
        char *s = arena_printf(g->arena, "%s.%d", name, k);
        if (!strmap_get(g->index->by_name, s))
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
    strmap_put(g->index->by_name, v->name, v);
    return v;
}

static bool arity_ok(OpKind k, int nargs)
{
    const OpDef *d = op_def(k);
    return nargs >= d->min_args && nargs <= d->max_args;
}

static Op *new_op(Graph *g, OpKind k, Phase ph, Loc loc, int nargs, Value **args)
{
    nnc_assert(nargs >= 0 && nargs <= IR_MAX_ARGS && arity_ok(k, nargs));
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
    nnc_assert(nattr >= 0 && nattr <= IR_MAX_ATTRS && !ir_is_update(k));
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

/* Operand kinds an update needs: a parameter, then its gradient, then
 * state (or state alone: OPF_UPDATE_STATE); the graph's clip
 * coefficient may come last. */
static void verify_update(Verifier *v, int opi, const Op *op)
{
    if (op->result)
        verr(v, opi, op, "an update op has a result");
    bool state_only = op_has(op, OPF_UPDATE_STATE);
    int first_state = state_only ? 0 : 2;
    if (!state_only && in_graph(v->g, op->args[0]) && op->args[0]->kind != VK_PARAM)
        verr(v, opi, op, "updates %%%s, which is not a parameter", op->args[0]->name);
    for (int i = first_state; i < op->nargs; i++)
        if (in_graph(v->g, op->args[i]) && op->args[i]->kind != VK_STATE &&
            !(op->args[i] == v->g->clip && i == op->nargs - 1))
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
        char a[64], b[64];
        verr(v, opi, op, "shape mismatch: result is %s, operands give %s",
             ir_shape_str(shape, a, sizeof a), ir_shape_str(want, b, sizeof b));
    }
}

/* Op.act: an epilogue on forward ops that take one; on the readers of
 * dy that take a prologue (OPF_PROLOGUE) the derivative applied to dy,
 * present exactly with its extra operand (the activation's output or
 * input); on a gradient that takes relu' of its x (OPF_GRAD_EPILOGUE). */
static void verify_act(Verifier *v, int opi, const Op *op)
{
    if (op->act < ACT_LINEAR || op->act >= ACT_COUNT) {
        verr(v, opi, op, "has no valid act");
        return;
    }
    const OpDef *d = op_def(op->kind);
    bool backward = op_has(op, OPF_PROLOGUE);
    bool has_v = backward && op->nargs == d->max_args;
    if (backward && has_v != (op->act != ACT_LINEAR))
        verr(v, opi, op, "has a y operand exactly when it has an act");
    if (backward && op->act == ACT_SOFTMAX)
        verr(v, opi, op, "softmax's derivative is not elementwise");
    bool epilogue = op->phase == PH_FORWARD && op_has(op, OPF_EPILOGUE) &&
                    (op->act != ACT_SOFTMAX || op_has(op, OPF_ROW_EPILOGUE));
    if (op_has(op, OPF_GRAD_EPILOGUE) && op->act != ACT_LINEAR && op->act != ACT_RELU)
        verr(v, opi, op, "a gradient epilogue other than relu's");
    epilogue = epilogue || op_has(op, OPF_GRAD_EPILOGUE);
    if (op->act != ACT_LINEAR && !backward && !epilogue)
        verr(v, opi, op, "an act on an op that has no epilogue");
}

static void verify_op(Verifier *v, int opi, const Op *op, Phase *phase)
{
    if (op->kind < 0 || op->kind >= OP_COUNT || !op_defs[op->kind]) {
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
    if (p->ones)
        return "ones";
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

static void print_decl(const Graph *g, const Value *x, FILE *out)
{
    static const char *const kinds[] = {"input ", "target", "param ", "state ", "temp  ", "buffer"};
    char s[64];
    fprintf(out, "%s %%%s %s", kinds[x->kind], x->name, ir_shape_str(x->shape, s, sizeof s));
    if (x->kind == VK_PARAM) {
        fprintf(out, " init=%s fan_in=%ld fan_out=%ld", init_text(x), x->fan_in, x->fan_out);
        if (x->grad)
            fprintf(out, " grad=%%%s", x->grad->name);
    }
    if (x->kind == VK_BUFFER)
        fprintf(out, " init=%s", x->ones ? "ones" : "zero");
    if (x->kind == VK_STATE && x->param)
        fprintf(out, " of=%%%s", x->param->name);
    if (x->kind == VK_STATE && x->lr)
        fprintf(out, " lr=%s", ir_number(g->cfg.lr, s, sizeof s));
    fputc('\n', out);
}

/* "  %h1.mm [B,256] = matmul %x, %h1.weight" then attributes, then the
 * source place in a column of its own. */
static void print_op(const Op *op, FILE *out)
{
    StrBuf sb = {0};
    char s[64];
    sb_puts(&sb, "  ");
    if (op->result)
        sb_printf(&sb, "%%%s %s = ", op->result->name, ir_shape_str(op->result->shape, s, sizeof s));
    sb_puts(&sb, ir_op_name(op->kind));
    for (int i = 0; i < op->nargs; i++)
        sb_printf(&sb, "%s%%%s", i ? ", " : " ", op->args[i]->name);
    for (int i = 0; ir_attr_name(op->kind, i); i++)
        sb_printf(&sb, " %s=%s", ir_attr_name(op->kind, i), ir_number(op->attr[i], s, sizeof s));
    if (op->act != ACT_LINEAR)
        sb_printf(&sb, " act=%s", act_name(op->act));
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
            print_decl(g, g->values.items[i], out);
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
