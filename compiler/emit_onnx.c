/*
 * emit_onnx.c - the inference graph as an ONNX model (--emit=onnx).
 *
 * The forward IR, fused (a dense layer is one matmul with its bias and
 * activation: one Gemm and the activation's node), is walked in order and
 * each op's OpDef.onnx rule, in its family's file next to its other
 * rules, writes its ONNX nodes through the helpers below.  What predicting
 * skips is skipped (dropout's mask, OPF_TRAIN_ONLY), what predicting
 * passes through is passed through (dropout, OPF_PREDICT_ALIAS), and batch
 * norm writes its inference form (the running statistics).  A fused
 * activation is the rule of the activation's own op, applied to the
 * rule's result.  The model's preprocessing (standardize, scale) comes
 * first as Sub and Div, so the ONNX model takes raw inputs as NAME_predict
 * does.
 *
 * The weights are a checkpoint's (--weights), checked against the model
 * (every parameter and buffer by name and shape, nothing of another
 * model), or NAME_create(seed)'s, the seed from the train block.
 *
 * The file is written by a protobuf encoder of our own: ONNX needs only
 * varints, fixed32 floats and length-delimited fields.  Every field is
 * written in field-number order, as protobuf's own serialisers do, so the
 * onnx library re-serialises our bytes to the same bytes.
 */
#include "ir.h"
#include "nnrt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- onnx.proto's field numbers (proto2; onnx 1.12's onnx.proto) ---------- */

enum {
    /* ModelProto */
    MODEL_IR_VERSION = 1, MODEL_PRODUCER_NAME = 2, MODEL_PRODUCER_VERSION = 3,
    MODEL_DOC_STRING = 6, MODEL_GRAPH = 7, MODEL_OPSET_IMPORT = 8, MODEL_METADATA_PROPS = 14,
    /* OperatorSetIdProto */
    OPSET_DOMAIN = 1, OPSET_VERSION = 2,
    /* StringStringEntryProto */
    ENTRY_KEY = 1, ENTRY_VALUE = 2,
    /* GraphProto */
    GRAPH_NODE = 1, GRAPH_NAME = 2, GRAPH_INITIALIZER = 5, GRAPH_DOC_STRING = 10,
    GRAPH_INPUT = 11, GRAPH_OUTPUT = 12,
    /* NodeProto */
    NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP_TYPE = 4, NODE_ATTRIBUTE = 5,
    /* AttributeProto */
    ATTR_NAME = 1, ATTR_F = 2, ATTR_I = 3, ATTR_INTS = 8, ATTR_TYPE = 20,
    /* AttributeProto.AttributeType */
    ATTR_TYPE_FLOAT = 1, ATTR_TYPE_INT = 2, ATTR_TYPE_INTS = 7,
    /* TensorProto */
    TENSOR_DIMS = 1, TENSOR_DATA_TYPE = 2, TENSOR_NAME = 8, TENSOR_RAW_DATA = 9,
    /* TensorProto.DataType */
    DT_FLOAT = 1, DT_INT64 = 7,
    /* ValueInfoProto */
    VALUE_INFO_NAME = 1, VALUE_INFO_TYPE = 2,
    /* TypeProto, TypeProto.Tensor, TensorShapeProto, its Dimension */
    TYPE_TENSOR_TYPE = 1, TENSOR_TYPE_ELEM_TYPE = 1, TENSOR_TYPE_SHAPE = 2,
    SHAPE_DIM = 1, DIM_VALUE = 1, DIM_PARAM = 2,
};

/* Wire types */
enum { WT_VARINT = 0, WT_FIXED32 = 5, WT_LEN = 2 };

/* ---- the encoder --------------------------------------------------------------- */

typedef struct Buf {
    unsigned char *b;
    size_t len, cap;
} Buf;

static void buf_put(Buf *w, const void *p, size_t n)
{
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 256;
        while (cap < w->len + n)
            cap *= 2;
        w->b = xrealloc(w->b, cap);
        w->cap = cap;
    }
    memcpy(w->b + w->len, p, n);
    w->len += n;
}

static void pb_varint(Buf *w, uint64_t v)
{
    unsigned char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (unsigned char)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
        v >>= 7;
    } while (v);
    buf_put(w, tmp, (size_t)n);
}

static void pb_tag(Buf *w, int field, int wt) { pb_varint(w, (uint64_t)field << 3 | (uint64_t)wt); }

/* int64 and int32 fields: a negative number as its 64-bit two's complement */
static void pb_int(Buf *w, int field, long v)
{
    pb_tag(w, field, WT_VARINT);
    pb_varint(w, (uint64_t)(int64_t)v);
}

static void pb_float(Buf *w, int field, float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    unsigned char b[4] = {(unsigned char)u, (unsigned char)(u >> 8), (unsigned char)(u >> 16),
                          (unsigned char)(u >> 24)};
    pb_tag(w, field, WT_FIXED32);
    buf_put(w, b, 4);
}

static void pb_bytes(Buf *w, int field, const void *p, size_t n)
{
    pb_tag(w, field, WT_LEN);
    pb_varint(w, n);
    buf_put(w, p, n);
}

static void pb_str(Buf *w, int field, const char *s) { pb_bytes(w, field, s, strlen(s)); }

/* A submessage: its bytes, then freed. */
static void pb_msg(Buf *w, int field, Buf *m)
{
    pb_bytes(w, field, m->b, m->len);
    free(m->b);
    *m = (Buf){0};
}

/* ---- the model being built ------------------------------------------------------ */

typedef struct Attr {
    const char *name;
    int type;            /* ATTR_TYPE_* */
    double f;
    long ints[8];
    int n;               /* ATTR_TYPE_INTS: how many; INT: ints[0] */
} Attr;

struct OnnxNode {
    const char *op_type, *name;
    const char *in[IR_MAX_ARGS], *out;
    int nin;
    Attr attrs[8];
    int nattrs;
};

typedef struct Init {     /* an initializer */
    const char *name;
    long dims[4];
    int rank;
    int type;             /* DT_FLOAT or DT_INT64 */
    const void *data;     /* rank's product of floats or int64s */
} Init;

struct OnnxCtx {
    Arena *a;
    const Graph *g;
    int opset;
    const char **name;            /* by value id: its ONNX name, NULL until defined */
    bool *used;                   /* by value id: a parameter or buffer some node reads */
    const float **data;           /* by value id: a parameter's or buffer's floats */
    struct { OnnxNode *items; int len, cap; } nodes;
    struct { Init *items; int len, cap; } inits;
    StrMap *names;                /* every name given so far */
};

static const char *fresh(OnnxCtx *X, const char *base)
{
    const char *n = base;
    for (int i = 2; strmap_get(X->names, n); i++)
        n = arena_printf(X->a, "%s_%d", base, i);
    strmap_put(X->names, n, (void *)1);
    return n;
}

OnnxNode *onnx_node(OnnxCtx *X, const char *op_type, int nin, const char *const *in, const char *out)
{
    nnc_assert(nin <= IR_MAX_ARGS);
    vec_push(X->a, X->nodes, ((OnnxNode){.op_type = op_type, .out = out, .nin = nin}));
    OnnxNode *n = &X->nodes.items[X->nodes.len - 1];
    for (int i = 0; i < nin; i++)
        n->in[i] = in[i];
    n->name = fresh(X, arena_printf(X->a, "%s/%s", out, op_type));
    return n;
}

static Attr *new_attr(OnnxNode *n, const char *name, int type)
{
    nnc_assert(n->nattrs < 8);
    Attr *at = &n->attrs[n->nattrs++];
    *at = (Attr){.name = name, .type = type};
    return at;
}

void onnx_attr_int(OnnxNode *n, const char *name, long v)
{
    Attr *at = new_attr(n, name, ATTR_TYPE_INT);
    at->ints[0] = v;
    at->n = 1;
}

void onnx_attr_ints(OnnxNode *n, const char *name, int count, const long *v)
{
    nnc_assert(count <= 8);
    Attr *at = new_attr(n, name, ATTR_TYPE_INTS);
    memcpy(at->ints, v, sizeof *v * (size_t)count);
    at->n = count;
}

void onnx_attr_float(OnnxNode *n, const char *name, double v)
{
    new_attr(n, name, ATTR_TYPE_FLOAT)->f = v;
}

int onnx_opset(const OnnxCtx *X) { return X->opset; }

const char *onnx_tmp(OnnxCtx *X, const char *out, const char *what)
{
    return fresh(X, arena_printf(X->a, "%s/%s", out, what));
}

static void add_init(OnnxCtx *X, Init in)
{
    vec_push(X->a, X->inits, in);
}

const char *onnx_const(OnnxCtx *X, const char *name, int rank, const long *dims, const float *v)
{
    Init in = {.name = fresh(X, name), .rank = rank, .type = DT_FLOAT};
    long n = 1;
    for (int i = 0; i < rank; i++)
        n *= in.dims[i] = dims[i];
    float *copy = arena_alloc(X->a, sizeof *copy * (size_t)(n ? n : 1));
    memcpy(copy, v, sizeof *copy * (size_t)n);
    in.data = copy;
    add_init(X, in);
    return in.name;
}

const char *onnx_scalar(OnnxCtx *X, const char *name, double v)
{
    float f = (float)v;
    return onnx_const(X, name, 0, NULL, &f);
}

const char *onnx_name(OnnxCtx *X, const Value *v)
{
    if (v->kind == VK_PARAM || v->kind == VK_BUFFER)
        X->used[v->id] = true;
    nnc_assert(X->name[v->id]);
    return X->name[v->id];
}

/* ---- the checkpoint --------------------------------------------------------------- */

static int ckpt_fail(const char *path, const char *msg)
{
    fprintf(stderr, "nnc: error: %s: %s\n", path, msg);
    return 1;
}

/* The parameters and buffers from the checkpoint at path, checked
 * against the model; the preprocessing's statistics into prep[0..1].
 * 0, or the exit status with the message printed. */
static int load_weights(OnnxCtx *X, const char *path, nnrt_ckpt *ck, const float *prep[2])
{
    int err = nnrt_ckpt_read(path, ck);
    if (err)
        return fprintf(stderr, "nnc: error: %s\n", nnrt_last_error()), err == NNRT_EIO ? 2 : 1;
    const Graph *g = X->g;
    char msg[512];
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM && v->kind != VK_BUFFER)
            continue;
        const nnrt_ckpt_tensor *t = nnrt_ckpt_find(ck, v->name);
        if (!t) {
            snprintf(msg, sizeof msg, "no tensor '%s': a checkpoint of another model than '%s'?",
                     v->name, g->name);
            return ckpt_fail(path, msg);
        }
        bool same = (int)t->ndim == v->shape.rank;
        for (int d = 0; same && d < v->shape.rank; d++)
            same = t->dims[d] == (uint32_t)v->shape.dims[d];
        if (!same) {
            char sh[64], mine[64];
            size_t o = 0;
            sh[0] = '\0';
            for (uint32_t d = 0; d < t->ndim && o < sizeof sh; d++)
                o += (size_t)snprintf(sh + o, sizeof sh - o, "%s%u", d ? "," : "", t->dims[d]);
            snprintf(msg, sizeof msg, "tensor '%s' is [%s] here, the model '%s' has %s: a checkpoint "
                     "of another model", v->name, sh, g->name, ir_shape_str(v->shape, mine, sizeof mine));
            return ckpt_fail(path, msg);
        }
        X->data[v->id] = t->data;
    }
    for (int k = 0; k < 2 && g->prep.name; k++) {
        const char *n = arena_printf(X->a, "%s.%s", g->prep.name, k ? "std" : "mean");
        const nnrt_ckpt_tensor *t = nnrt_ckpt_find(ck, n);
        if (!t || t->ndim != 1 || t->dims[0] != (uint32_t)g->prep.groups) {
            snprintf(msg, sizeof msg, t ? "tensor '%s' is not of %ld floats: a checkpoint of another model"
                                        : "no tensor '%s' (the preprocessing's %ld statistics): a checkpoint "
                                          "of another model?", n, g->prep.groups);
            return ckpt_fail(path, msg);
        }
        prep[k] = t->data;
    }
    for (size_t i = 0; i < ck->count; i++) {
        const char *n = ck->tensors[i].name;
        if (strncmp(n, "train.", 6) == 0)
            continue;
        const Value *v = ir_find_value(g, n);
        bool prepbuf = g->prep.name && strncmp(n, g->prep.name, strlen(g->prep.name)) == 0 &&
                       (strcmp(n + strlen(g->prep.name), ".mean") == 0 ||
                        strcmp(n + strlen(g->prep.name), ".std") == 0);
        if (!prepbuf && (!v || (v->kind != VK_PARAM && v->kind != VK_BUFFER))) {
            snprintf(msg, sizeof msg, "tensor '%s' is not one of model '%s': a checkpoint of another model",
                     n, g->name);
            return ckpt_fail(path, msg);
        }
    }
    return 0;
}

/* NAME_create(seed)'s weights: the runtime's initialiser, through the
 * interpreter (which uses it), float -> double -> float exactly. */
static void create_weights(OnnxCtx *X, Interp *in)
{
    const Graph *g = X->g;
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind != VK_PARAM && v->kind != VK_BUFFER)
            continue;
        size_t n = 0;
        const double *d = interp_value(in, v, &n);
        float *f = arena_alloc(X->a, sizeof *f * (n ? n : 1));
        for (size_t k = 0; k < n; k++)
            f[k] = (float)d[k];
        X->data[v->id] = f;
    }
}

/* ---- the train block as metadata ---------------------------------------------------- */

typedef struct Meta {
    const char *key, *value;
} Meta;

/* The text of line `line` (1-based) of src from column col on. */
static const char *line_from(Arena *a, const char *src, size_t len, int line, int col, int upto)
{
    size_t p = 0;
    for (int l = 1; l < line && p < len; p++)
        if (src[p] == '\n')
            l++;
    p += (size_t)(col > 0 ? col - 1 : 0);
    if (p > len)
        p = len;
    size_t e = p;
    while (e < len && src[e] != '\n' && src[e] != '#' && src[e] != '}' &&
           (upto <= 0 || (int)(e - p) < upto - col))
        e++;
    while (p < e && (src[p] == ' ' || src[p] == '\t'))
        p++;
    while (e > p && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r'))
        e--;
    return arena_printf(a, "%.*s", (int)(e - p), src + p);
}

/* Each train block entry as written: "nnc.train.optimizer" -> "adam(lr = 0.001)". */
static int train_meta(Arena *a, const Program *p, const char *src, size_t len, Meta *out, int max)
{
    int n = 0;
    for (int i = 0; i < p->train.len && n < max; i++) {
        const TrainEntry *e = &p->train.items[i];
        const TrainEntry *next = i + 1 < p->train.len ? &p->train.items[i + 1] : NULL;
        int upto = next && next->key_loc.line == e->key_loc.line ? next->key_loc.col : 0;
        const char *text = line_from(a, src, len, e->key_loc.line, e->key_loc.col + e->key_loc.len, upto);
        if (text[0] == '=')
            text++;
        while (*text == ' ' || *text == '\t')
            text++;
        out[n++] = (Meta){arena_printf(a, "nnc.train.%s", e->key), text};
    }
    return n;
}

/* ---- writing --------------------------------------------------------------------- */

static void write_dims(Buf *w, int field, const Shape *s)
{
    /* ValueInfoProto.type: a float tensor, the batch symbolic */
    Buf type = {0}, tensor = {0}, shape = {0};
    for (int d = 0; d < s->rank; d++) {
        Buf dim = {0};
        if (s->dims[d] == IR_BATCH)
            pb_str(&dim, DIM_PARAM, "batch");
        else
            pb_int(&dim, DIM_VALUE, s->dims[d]);
        pb_msg(&shape, SHAPE_DIM, &dim);
    }
    pb_int(&tensor, TENSOR_TYPE_ELEM_TYPE, DT_FLOAT);
    pb_msg(&tensor, TENSOR_TYPE_SHAPE, &shape);
    pb_msg(&type, TYPE_TENSOR_TYPE, &tensor);
    pb_msg(w, field, &type);
}

static void write_value_info(Buf *w, int field, const char *name, const Shape *s)
{
    Buf vi = {0};
    pb_str(&vi, VALUE_INFO_NAME, name);
    write_dims(&vi, VALUE_INFO_TYPE, s);
    pb_msg(w, field, &vi);
}

static void write_init(Buf *w, const Init *in)
{
    Buf t = {0};
    long n = 1;
    for (int d = 0; d < in->rank; d++) {
        pb_int(&t, TENSOR_DIMS, in->dims[d]);
        n *= in->dims[d];
    }
    pb_int(&t, TENSOR_DATA_TYPE, in->type);
    pb_str(&t, TENSOR_NAME, in->name);
    /* raw_data: little-endian, as TensorProto says */
    size_t size = (size_t)n * (in->type == DT_FLOAT ? 4 : 8);
    unsigned char *raw = xcalloc(size + 1, 1);
    const unsigned char *src = in->data;
    size_t el = in->type == DT_FLOAT ? 4 : 8;
    for (long i = 0; i < n; i++) {
        uint64_t u = 0;
        if (el == 4) {
            uint32_t v;
            memcpy(&v, src + 4 * i, 4);
            u = v;
        } else {
            memcpy(&u, src + 8 * i, 8);
        }
        for (size_t b = 0; b < el; b++)
            raw[(size_t)i * el + b] = (unsigned char)(u >> (8 * b));
    }
    pb_bytes(&t, TENSOR_RAW_DATA, raw, size);
    free(raw);
    pb_msg(w, GRAPH_INITIALIZER, &t);
}

static void write_node(Buf *w, const OnnxNode *n)
{
    Buf m = {0};
    for (int i = 0; i < n->nin; i++)
        pb_str(&m, NODE_INPUT, n->in[i]);
    pb_str(&m, NODE_OUTPUT, n->out);
    pb_str(&m, NODE_NAME, n->name);
    pb_str(&m, NODE_OP_TYPE, n->op_type);
    for (int i = 0; i < n->nattrs; i++) {
        const Attr *at = &n->attrs[i];
        Buf am = {0};
        pb_str(&am, ATTR_NAME, at->name);
        if (at->type == ATTR_TYPE_FLOAT)
            pb_float(&am, ATTR_F, (float)at->f);
        else if (at->type == ATTR_TYPE_INT)
            pb_int(&am, ATTR_I, at->ints[0]);
        else
            for (int k = 0; k < at->n; k++)
                pb_int(&am, ATTR_INTS, at->ints[k]);
        pb_int(&am, ATTR_TYPE, at->type);
        pb_msg(&m, NODE_ATTRIBUTE, &am);
    }
    pb_msg(w, GRAPH_NODE, &m);
}

/* ---- the graph ---------------------------------------------------------------------- */

/* The preprocessing: x -> (x - mean) / std, per feature or per channel. */
static void emit_prep(OnnxCtx *X, const float *stats[2])
{
    const Graph *g = X->g;
    const Value *x = g->input;
    const char *raw = X->name[x->id];
    long dims[4] = {g->prep.groups, 1, 1, 0};
    int rank = x->shape.rank == 4 ? 3 : 1;   /* [C,1,1] broadcasts over H and W */
    const char *mean = onnx_const(X, arena_printf(X->a, "%s.mean", g->prep.name), rank, dims, stats[0]);
    const char *std = onnx_const(X, arena_printf(X->a, "%s.std", g->prep.name), rank, dims, stats[1]);
    const char *centred = onnx_tmp(X, g->prep.name, "centred");
    onnx_node(X, "Sub", 2, (const char *[]){raw, mean}, centred);
    const char *z = fresh(X, g->prep.name);
    onnx_node(X, "Div", 2, (const char *[]){centred, std}, z);
    X->name[x->id] = z;
}

/* One forward op: its rule, then its fused activation's. */
static bool emit_op(OnnxCtx *X, const Op *op)
{
    const OpDef *def = op_def(op->kind);
    if (op_has(op, OPF_TRAIN_ONLY))
        return true;
    if (op_has(op, OPF_PREDICT_ALIAS)) {
        X->name[op->result->id] = onnx_name(X, op->args[0]);
        return true;
    }
    if (!def->onnx) {
        fprintf(stderr, "nnc: error: the graph op '%s' has no ONNX form\n", def->name);
        return false;
    }
    const char *in[IR_MAX_ARGS];
    for (int i = 0; i < op->nargs; i++)
        in[i] = X->name[op->args[i]->id] ? onnx_name(X, op->args[i]) : NULL;
    const char *out = fresh(X, op->result->name);
    if (op->act == ACT_LINEAR) {
        def->onnx(X, op, in, out);
    } else {
        const char *pre = onnx_tmp(X, out, "pre");
        def->onnx(X, op, in, pre);
        Op a = {.kind = act_op(op->act), .phase = op->phase, .loc = op->loc, .result = op->result,
                .args = {op->result}, .nargs = 1, .act = ACT_LINEAR};
        op_def(a.kind)->onnx(X, &a, (const char *[]){pre}, out);
    }
    X->name[op->result->id] = out;
    return true;
}

int onnx_emit(const Program *p, Graph *g, const OnnxOptions *o, Arena *a, FILE *out)
{
    OnnxCtx X = {.a = a, .g = g, .opset = o->opset, .names = strmap_new(a)};
    X.name = arena_alloc(a, sizeof *X.name * (size_t)(g->values.len + 1));
    X.used = arena_alloc(a, sizeof *X.used * (size_t)(g->values.len + 1));
    X.data = arena_alloc(a, sizeof *X.data * (size_t)(g->values.len + 1));

    nnrt_ckpt ck = {0};
    Interp *in = NULL;
    const float *prep[2] = {NULL, NULL};
    float *prep_created = NULL;
    int rc = 0;
    if (o->weights) {
        if ((rc = load_weights(&X, o->weights, &ck, prep)) != 0)
            goto done;
    } else {
        in = interp_new(g, g->has_train ? g->cfg.seed : 0);
        create_weights(&X, in);
        if (g->prep.name) {   /* NAME_create's statistics: mean 0, std as written */
            prep_created = xcalloc((size_t)(2 * g->prep.groups), sizeof *prep_created);
            for (long k = 0; k < g->prep.groups; k++)
                prep_created[g->prep.groups + k] = (float)g->prep.std;
            prep[0] = prep_created;
            prep[1] = prep_created + g->prep.groups;
        }
    }

    /* names: parameters and buffers by checkpoint name, the input by its own */
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (v->kind == VK_PARAM || v->kind == VK_BUFFER || v == g->input)
            X.name[v->id] = fresh(&X, v->ckpt ? v->ckpt : v->name);
    }
    const char *input_name = X.name[g->input->id];
    if (g->prep.name)
        emit_prep(&X, prep);
    for (int i = 0; i < g->ops.len; i++) {
        const Op *op = g->ops.items[i];
        if (op->phase != PH_FORWARD)
            continue;
        if (!emit_op(&X, op)) {
            rc = 1;
            goto done;
        }
    }
    const char *out_name = X.name[g->output->id];
    if (strcmp(out_name, g->output->name) != 0 && !strmap_get(X.names, g->output->name)) {
        /* the output passed through (dropout last): an Identity names it */
        onnx_node(&X, "Identity", 1, (const char *[]){out_name}, fresh(&X, g->output->name));
        out_name = g->output->name;
    }

    /* the model */
    Buf graph = {0}, model = {0};
    for (int i = 0; i < X.nodes.len; i++)
        write_node(&graph, &X.nodes.items[i]);
    pb_str(&graph, GRAPH_NAME, g->name);
    int consts = X.inits.len;   /* onnx_const's, written after the weights */
    for (int i = 0; i < g->values.len; i++) {
        const Value *v = g->values.items[i];
        if (!X.used[v->id])
            continue;
        Init w = {.name = X.name[v->id], .rank = v->shape.rank, .type = DT_FLOAT, .data = X.data[v->id]};
        for (int d = 0; d < v->shape.rank; d++)
            w.dims[d] = v->shape.dims[d];
        write_init(&graph, &w);
    }
    for (int i = 0; i < consts; i++)
        write_init(&graph, &X.inits.items[i]);
    pb_str(&graph, GRAPH_DOC_STRING,
           o->weights ? arena_printf(a, "model %s, weights from %s", g->name, o->weights)
                      : arena_printf(a, "model %s, weights of %s_create(%llu)", g->name, g->name,
                                     (unsigned long long)(g->has_train ? g->cfg.seed : 0)));
    write_value_info(&graph, GRAPH_INPUT, input_name, &g->input->shape);
    write_value_info(&graph, GRAPH_OUTPUT, out_name, &g->output->shape);

    pb_int(&model, MODEL_IR_VERSION, o->opset >= 15 ? 8 : 7);
    pb_str(&model, MODEL_PRODUCER_NAME, "nnc");
    pb_str(&model, MODEL_PRODUCER_VERSION, NNC_VERSION);
    pb_msg(&model, MODEL_GRAPH, &graph);
    Buf opset = {0};
    pb_str(&opset, OPSET_DOMAIN, "");
    pb_int(&opset, OPSET_VERSION, o->opset);
    pb_msg(&model, MODEL_OPSET_IMPORT, &opset);
    Meta meta[64];
    int nmeta = 0;
    meta[nmeta++] = (Meta){"nnc.model", g->name};
    if (p->has_train)
        nmeta += train_meta(a, p, o->source, o->source_len, meta + nmeta, 63);
    for (int i = 0; i < nmeta; i++) {
        Buf e = {0};
        pb_str(&e, ENTRY_KEY, meta[i].key);
        pb_str(&e, ENTRY_VALUE, meta[i].value);
        pb_msg(&model, MODEL_METADATA_PROPS, &e);
    }
    fwrite(model.b, 1, model.len, out);
    free(model.b);
done:
    if (in)
        interp_free(in);
    free(prep_created);
    nnrt_ckpt_free(&ck);
    return rc;
}
