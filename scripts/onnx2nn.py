#!/usr/bin/python3
"""onnx2nn.py - an ONNX model as an nnc model: a .nn file and its weights.

    onnx2nn.py MODEL.onnx -o MODEL.nn [--weights OUT.nnck] [--name NAME]
        [--loss LOSS] [--optimizer 'adam(lr = 0.001)'] [--batch-size N]
        [--epochs N] [--seed N]

Reads the graph with python3-onnx (Debian's), maps each node to the .nn
language's calls (docs/onnx.md has the table) and writes the .nn file
and, with --weights, a checkpoint (docs/interface.md section 4) that
NAME_load and the standalone trainer's --load take.  With --loss a train
block is added (the other keys default as the language says); without
it, a model nnc exported gets its own train block back (the exporter
writes it as metadata_props, nnc.train.KEY), and any other is
inference-only, with a comment that says how to add one.

What exporters write around the ops is folded: Identity; Dropout (kept
as dropout(x, rate) when its rate is not 0, so the model trains as it
did); the Shape/Gather/Unsqueeze/Concat/Reshape chain of a flatten
(x.view(x.size(0), -1)); Gemm, or MatMul followed by an Add of the bias,
as dense; an activation after a dense layer or a convolution as its
act=; x * sigmoid(x) as silu; Sub and Div (or Mul) of constants on the
input as standardize (or scale); GlobalAveragePool then Flatten as
global_avg_pool.  Batch norm exported in training mode (torch.onnx's
TrainingMode.TRAINING, which keeps it) or in inference mode is
batch_norm with its running statistics; ONNX's momentum m is nnc's and
PyTorch's 1 - m.

Anything else is refused with one message that lists every node nnc
cannot take, each with its place in the graph and why, and nothing is
written.  Exit status: 0 done, 1 a file that is not ONNX or a graph nnc
cannot take, 2 bad usage or a file that cannot be read or written.
"""
import argparse
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nnck  # noqa: E402  (scripts/nnck.py: the checkpoint format)

# the language's calls and keywords: not names for values
RESERVED = {"model", "input", "output", "train", "dense", "relu", "sigmoid", "tanh", "leaky_relu",
            "softmax", "gelu", "silu", "add", "concat", "dropout", "conv2d", "max_pool2d", "avg_pool2d",
            "global_avg_pool", "flatten", "batch_norm", "standardize", "scale", "linear", "same",
            "true", "false", "none"}
# activations a dense layer or a convolution takes as act= (softmax: dense only)
FOLDABLE = {"relu", "sigmoid", "tanh", "gelu", "silu", "softmax"}


class Refused(Exception):
    """A node nnc cannot take; the message says why."""


class Downstream(Refused):
    """A node that reads the result of one nnc could not take."""


class Val:
    """What an ONNX tensor is on nnc's side.
    kind: 'nn' a value of the network (stmt: the statement that makes it,
    or None for the input); 'const' a constant (arr); 'shape' an integer
    tensor computed from a shape at run time (only a Reshape may take it);
    shape: the sample's shape (no batch) of an 'nn' value."""

    def __init__(self, kind, shape=None, stmt=None, arr=None, gap=False, centred=None, chain=None):
        self.kind, self.shape, self.stmt, self.arr, self.chain = kind, shape, stmt, arr, chain
        self.gap = gap            # global_avg_pool's [C] standing for ONNX's [C, 1, 1]
        self.centred = centred    # Sub(input, mean): the mean, waiting for its Div


class Chain:
    """Elementwise nodes on one value x with scalar constants (an
    exporter's activation written out: x * 0.5 * (1 + erf(x / sqrt 2))):
    f computes them in numpy.  When something reads the result, f is
    compared with nnc's activations on a grid of points."""

    def __init__(self, x, f, nodes, out, how=None):
        self.x, self.f, self.nodes, self.out = x, f, nodes, out
        self.how = how            # the last node: ("relu", inner) or ("add", a, b), when it is one nnc has
        self.val = None           # the statement's value, once made


# nnc's activations as formulas, for Chain: name -> f(x) in double
def _erf(x):
    import math
    return np.vectorize(math.erf)(x)


ACTS = {
    "relu": lambda x: np.maximum(x, 0),
    "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "tanh": np.tanh,
    "gelu": lambda x: 0.5 * x * (1 + _erf(x / np.sqrt(2))),
    "gelu_tanh": lambda x: 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3))),
    "silu": lambda x: x / (1 + np.exp(-x)),
}
GRID = np.linspace(-6, 6, 481)


class Stmt:
    """One statement: NAME = call(args...); params and buffers are
    (suffix, array) pairs that become NAME.suffix in the checkpoint."""

    def __init__(self, call, args, shape, hint, node):
        self.call, self.args, self.shape, self.hint, self.node = call, list(args), shape, hint, node
        self.kw = []              # (key, text) keyword arguments
        self.act = None
        self.tensors = []
        self.name = None


def fmt(x):
    """A number as the .nn file takes it: the shortest text that reads back
    as the same float32 (ONNX's attributes and weights are float32)."""
    if float(x).is_integer() and abs(x) < 1e15:
        return str(int(x))
    return np.format_float_positional(np.float32(x), unique=True, trim="-") if 1e-4 <= abs(x) < 1e6 \
        else np.format_float_scientific(np.float32(x), unique=True, trim="-")


class Importer:
    def __init__(self, model, path):
        import onnx
        from onnx import numpy_helper, shape_inference
        self.path = path
        self.g = model.graph
        self.opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 13)
        try:
            inferred = shape_inference.infer_shapes(model)
        except Exception:  # shapes are a help here, not a need
            inferred = model
        self.dims = {}
        for vi in list(inferred.graph.value_info) + list(inferred.graph.output) + list(inferred.graph.input):
            t = vi.type.tensor_type
            if t.HasField("shape"):
                self.dims[vi.name] = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
        self.vals = {}
        self.stmts = []
        self.problems = []
        self.downstream = []      # nodes after a refused one: not checked
        self.prep = None
        for t in self.g.initializer:
            self.vals[t.name] = Val("const", arr=numpy_helper.to_array(t))
        self.consumers = {}
        for i, n in enumerate(self.g.node):
            for name in n.input:
                if name:
                    self.consumers.setdefault(name, []).append(i)
        self.numpy_helper = numpy_helper
        self.onnx = onnx

    # ---- helpers ----------------------------------------------------------------
    def attr(self, node, name, default=None):
        for a in node.attribute:
            if a.name == name:
                return self.onnx.helper.get_attribute_value(a)
        return default

    def nn(self, node, i):
        v = self.vals.get(node.input[i])
        if v is None:
            raise Downstream(node.input[i])
        if v.kind == "chain":
            return self.materialise(v.chain)
        if v.kind != "nn":
            raise Refused(f"input {i + 1} ('{node.input[i]}') is a {'constant' if v.kind == 'const' else 'shape'}, "
                          "where nnc takes a value of the network")
        if v.centred is not None:
            raise Refused("a Sub of a constant that no Div follows")
        return v

    def const(self, node, i, what):
        if i >= len(node.input) or not node.input[i]:
            return None
        v = self.vals.get(node.input[i])
        if v is None or v.kind != "const":
            raise Refused(f"{what} ('{node.input[i]}') must be a constant (an initializer)")
        return v.arr.astype(np.float32) if v.arr.dtype.kind == "f" else v.arr

    def emit(self, node, call, args, shape, hint=None):
        s = Stmt(call, args, shape, hint or node.output[0], node)
        self.stmts.append(s)
        self.vals[node.output[0]] = Val("nn", shape=shape, stmt=s)
        return s

    def alias(self, node, v):
        self.vals[node.output[0]] = v

    def only_consumer(self, name):
        c = self.consumers.get(name, [])
        outputs = {o.name for o in self.g.output}
        return self.g.node[c[0]] if len(c) == 1 and name not in outputs else None

    def unused_outputs(self, node, first):
        for o in node.output[first:]:
            if o and self.consumers.get(o):
                raise Refused(f"its output '{o}' (training statistics) is read by another node")

    # ---- the nodes --------------------------------------------------------------
    def run(self):
        inputs = [i for i in self.g.input if i.name not in self.vals]
        if len(inputs) != 1:
            raise SystemExit(self.fail_all(f"the graph has {len(inputs)} inputs besides its weights; nnc takes one"))
        inp = inputs[0]
        dims = [d.dim_value if d.HasField("dim_value") else None for d in inp.type.tensor_type.shape.dim]
        if len(dims) not in (2, 4) or any(d is None or d <= 0 for d in dims[1:]):
            raise SystemExit(self.fail_all(f"input '{inp.name}' has shape {dims}: nnc takes [batch, features] "
                                           "or [batch, C, H, W] with known sizes"))
        self.input_name = ident(inp.name, "x")
        self.input_shape = tuple(dims[1:])
        self.vals[inp.name] = Val("nn", shape=self.input_shape, stmt=None)
        self.input_onnx = inp.name
        for i, node in enumerate(self.g.node):
            try:
                handler = getattr(self, "op_" + node.op_type, None)
                if node.domain not in ("", "ai.onnx") or handler is None:
                    raise Refused("no such op in nnc" if node.domain in ("", "ai.onnx")
                                  else f"an op of domain '{node.domain}'")
                handler(node)
            except Downstream:
                self.downstream.append(f"{node.op_type} '{node.name or node.output[0]}'")
            except Refused as e:
                self.problems.append(f"node {i + 1} {node.op_type} '{node.name or node.output[0]}' "
                                     f"(output '{node.output[0] if node.output else ''}'): {e}")
        if len(self.g.output) != 1:
            self.problems.append(f"the graph has {len(self.g.output)} outputs; nnc models have one")
        elif not self.problems:
            out = self.vals.get(self.g.output[0].name)
            try:
                out = self.materialise(out.chain) if out is not None and out.kind == "chain" else out
            except Downstream:
                self.downstream.append(f"{node.op_type} '{node.name or node.output[0]}'")
            except Refused as e:
                self.problems.append(f"output '{self.g.output[0].name}': {e}")
            if self.problems:
                pass
            elif out is None or out.kind != "nn" or out.stmt is None:
                self.problems.append(f"output '{self.g.output[0].name}' is not computed by the network")
            else:
                self.output = out
        if self.problems:
            after = (f"\n({len(self.downstream)} node{'s' if len(self.downstream) > 1 else ''} reading their "
                     f"results not checked: {', '.join(self.downstream)})" if self.downstream else "")
            raise SystemExit(self.fail_all(f"{len(self.problems)} node{'s' if len(self.problems) > 1 else ''} "
                                           "nnc cannot take:\n  " + "\n  ".join(self.problems) + after))

    def fail_all(self, msg):
        print(f"onnx2nn: error: {self.path}: {msg}", file=sys.stderr)
        return 1

    def op_Identity(self, node):
        self.alias(node, self.vals[node.input[0]] if node.input[0] in self.vals else self.nn(node, 0))

    def op_Dropout(self, node):
        x = self.nn(node, 0)
        rate = self.attr(node, "ratio", 0.5)
        if len(node.input) > 1 and node.input[1]:
            rate = float(self.const(node, 1, "the ratio"))
        self.unused_outputs(node, 1)
        if rate == 0:
            self.alias(node, x)
        else:
            self.emit(node, "dropout", [x, fmt(rate)], x.shape)

    def op_Constant(self, node):
        a = node.attribute[0]
        if a.name != "value":
            raise Refused(f"a Constant of '{a.name}'")
        self.vals[node.output[0]] = Val("const", arr=self.numpy_helper.to_array(a.t))

    def op_Shape(self, node):
        self.vals[node.output[0]] = Val("shape")

    def shape_op(self, node):
        """Gather, Unsqueeze, Concat, Cast, Slice, Squeeze on shapes: a shape"""
        kinds = [self.vals.get(i).kind if i in self.vals else None for i in node.input if i]
        if "nn" in kinds or "chain" in kinds or None in kinds:
            return False
        self.vals[node.output[0]] = Val("shape")
        return True

    def op_Gather(self, node):
        if not self.shape_op(node):
            raise Refused("a Gather of the network's values")

    def op_Unsqueeze(self, node):
        if not self.shape_op(node):
            raise Refused("an Unsqueeze of the network's values")

    op_Squeeze = op_Unsqueeze
    op_Cast = op_Gather
    op_Slice = op_Gather

    def op_Concat(self, node):
        if self.shape_op(node):
            return
        xs = [self.nn(node, i) for i in range(len(node.input))]
        axis = self.attr(node, "axis")
        rank = len(xs[0].shape) + 1
        if axis not in (1, 1 - rank):
            raise Refused(f"a Concat on axis {axis}; nnc joins features or channels (axis 1)")
        if any(len(x.shape) != len(xs[0].shape) or x.shape[1:] != xs[0].shape[1:] for x in xs):
            raise Refused("a Concat of values of other shapes: " + ", ".join(str(list(x.shape)) for x in xs))
        v = xs[0]
        for k, x in enumerate(xs[1:]):
            shape = (v.shape[0] + x.shape[0],) + v.shape[1:]
            if k == len(xs) - 2:
                self.emit(node, "concat", [v, x], shape)
            else:
                s = Stmt("concat", [v, x], shape, node.output[0] + "_part", node)
                self.stmts.append(s)
                v = Val("nn", shape=shape, stmt=s)

    def flatten_of(self, node, x):
        if x.gap or len(x.shape) == 1:
            self.alias(node, Val("nn", shape=(int(np.prod(x.shape)),), stmt=x.stmt))
        else:
            self.emit(node, "flatten", [x], (int(np.prod(x.shape)),))

    def op_Flatten(self, node):
        x = self.nn(node, 0)
        if self.attr(node, "axis", 1) != 1:
            raise Refused(f"a Flatten from axis {self.attr(node, 'axis')}; nnc flattens a sample (axis 1)")
        self.flatten_of(node, x)

    def op_Reshape(self, node):
        x = self.nn(node, 0)
        target = self.vals.get(node.input[1])
        out = self.dims.get(node.output[0])
        size = int(np.prod(x.shape))
        if target is not None and target.kind == "const":
            t = [int(d) for d in target.arr.reshape(-1)]
            # [-1 or 0 (the batch), -1 or the size], or [-1, the size]; a fixed
            # batch ([64, -1]) is refused: nnc's batch varies
            ok = len(t) == 2 and t[0] in (-1, 0) and t[1] in (-1, size) and t != [-1, -1]
        else:  # the exporter's Shape/Gather/Unsqueeze/Concat chain of x.view(x.size(0), -1)
            ok = target is not None and target.kind == "shape" and (out is None or len(out) == 2)
            if ok and out is not None and out[1] not in (None, size):
                ok = False
        if not ok:
            raise Refused(f"a Reshape that is not a flatten of [{', '.join(map(str, x.shape))}] "
                          "(nnc reshapes nothing else)")
        self.flatten_of(node, x)

    def op_Gemm(self, node):
        x = self.nn(node, 0)
        w = self.const(node, 1, "the weight")
        b = self.const(node, 2, "the bias")
        if self.attr(node, "transA", 0) or self.attr(node, "alpha", 1.0) != 1.0 or \
                (b is not None and self.attr(node, "beta", 1.0) != 1.0):
            raise Refused("a Gemm with transA, alpha or beta; nnc's dense is x W^T + b")
        if len(x.shape) != 1:
            raise Refused(f"a Gemm of a [{', '.join(map(str, x.shape))}] value: flatten it first")
        if not self.attr(node, "transB", 0):
            w = w.T
        self.dense(node, x, w, b)

    def dense(self, node, x, w, b):
        if w.ndim != 2 or w.shape[1] != x.shape[0]:
            raise Refused(f"a weight of shape {list(w.shape)} for {x.shape[0]} inputs")
        o = w.shape[0]
        if b is None:
            b = np.zeros(o, np.float32)
        b = np.broadcast_to(b.astype(np.float32), (o,)).copy() if b.size in (1, o) else None
        if b is None:
            raise Refused(f"a bias that is not of {o} values")
        s = self.emit(node, "dense", [x, str(o)], (o,))
        s.tensors = [("weight", np.ascontiguousarray(w, np.float32)), ("bias", b)]
        return s

    def op_MatMul(self, node):
        x = self.nn(node, 0)
        w = self.const(node, 1, "the weight")
        if len(x.shape) != 1 or w.ndim != 2:
            raise Refused("a MatMul that is not a dense layer (x [batch, in] times a constant [in, out])")
        s = self.dense(node, x, w.T, None)
        s.bias_free = True   # an Add of a constant may still give it one

    # ---- elementwise: chains -----------------------------------------------------
    def operand(self, node, i):
        """('chain', Chain) or ('scalar', float) or ('nn', Val) or ('const', array)"""
        v = self.vals.get(node.input[i])
        if v is None:
            raise Downstream(node.input[i])
        if v.kind == "chain":
            return "chain", v.chain
        if v.kind == "const":
            return ("scalar", float(v.arr.reshape(-1)[0])) if v.arr.size == 1 else ("const", v.arr)
        if v.kind == "nn" and v.centred is None:
            return "nn", v
        return "other", v

    def chain_of(self, kind, v):
        return v if kind == "chain" else Chain(v, lambda t: t, [], None)

    def unary(self, node, fn, call=None):
        kind, v = self.operand(node, 0)
        if kind not in ("chain", "nn"):
            raise Refused(f"a {node.op_type} of a constant")
        c = self.chain_of(kind, v)
        f = c.f
        self.vals[node.output[0]] = Val("chain", shape=c.x.shape,
                                        chain=Chain(c.x, lambda t: fn(f(t)), c.nodes + [node], node.output[0],
                                                    (call, c) if call else None))

    def binary(self, node, fn, name):
        """Both operands functions of one value x, or one a scalar: a chain.
        -> False when it is none of those (the caller tries its other forms)."""
        (ka, a), (kb, b) = self.operand(node, 0), self.operand(node, 1)
        if ka in ("chain", "nn") and kb in ("chain", "nn"):
            ca, cb = self.chain_of(ka, a), self.chain_of(kb, b)
            if ca.x is not cb.x:
                return False
            fa, fb = ca.f, cb.f
            f = lambda t: fn(fa(t), fb(t))   # noqa: E731
            nodes = ca.nodes + [n for n in cb.nodes if n not in ca.nodes] + [node]
            how = ("add", ca, cb) if name == "Add" else None
        elif ka in ("chain", "nn") and kb == "scalar":
            ca = self.chain_of(ka, a)
            fa = ca.f
            f = lambda t: fn(fa(t), b)   # noqa: E731
            nodes = ca.nodes + [node]
            how = None
        elif kb in ("chain", "nn") and ka == "scalar":
            ca = self.chain_of(kb, b)
            fb = ca.f
            f = lambda t: fn(a, fb(t))   # noqa: E731
            nodes = ca.nodes + [node]
            how = None
        else:
            return False
        self.vals[node.output[0]] = Val("chain", shape=ca.x.shape, chain=Chain(ca.x, f, nodes, node.output[0], how))
        return True

    def materialise(self, c):
        """A chain read by an op or the output: nnc's activation it computes."""
        if c.val is not None:
            return c.val
        if not c.nodes:
            return c.x
        with np.errstate(all="ignore"):
            got = c.f(GRID)
        if np.allclose(got, GRID, rtol=1e-6, atol=1e-6):
            c.val = c.x
            return c.val
        for name, ref in ACTS.items():
            want = ref(GRID)
            if np.all(np.abs(got - want) <= 1e-5 * (1 + np.abs(want))):
                call, kw = ("gelu", [("approximate", "tanh")]) if name == "gelu_tanh" else (name, [])
                s = Stmt(call, [c.x], c.x.shape, c.out, c.nodes[-1])
                s.kw = kw
                self.stmts.append(s)
                c.val = Val("nn", shape=c.x.shape, stmt=s)
                return c.val
        b0 = float(c.f(np.zeros(1))[0])
        a1 = float(c.f(np.ones(1))[0]) - b0
        if c.x.stmt is None and a1 > 0 and np.allclose(got, a1 * GRID + b0, rtol=1e-6, atol=1e-6):
            c.val = self.prep_stmt(c.nodes[-1], -b0 / a1, 1.0 / a1, c.out)   # (x - mean) / std
            return c.val
        if c.how and c.how[0] == "add":   # add(h, h), add(relu(x), x): the parts, then an add
            a, b = self.materialise(c.how[1]), self.materialise(c.how[2])
            return self.made(c, Stmt("add", [a, b], c.x.shape, c.out, c.nodes[-1]))
        if c.how:                         # relu(add(h, h)): the inner formula, then the activation
            return self.made(c, Stmt(c.how[0], [self.materialise(c.how[1])], c.x.shape, c.out, c.nodes[-1]))
        raise Refused("its input is an elementwise formula that is none of nnc's activations (nodes " +
                      ", ".join(f"{n.op_type} '{n.name or n.output[0]}'" for n in c.nodes) + ")")

    def made(self, c, s):
        self.stmts.append(s)
        c.val = Val("nn", shape=c.x.shape, stmt=s)
        return c.val

    def op_Relu(self, node):
        self.unary(node, lambda t: np.maximum(t, 0), "relu")

    def op_Sigmoid(self, node):
        self.unary(node, lambda t: 1 / (1 + np.exp(-t)), "sigmoid")

    def op_Tanh(self, node):
        self.unary(node, np.tanh, "tanh")

    def op_Erf(self, node):
        self.unary(node, _erf)

    def op_Pow(self, node):
        if not self.binary(node, lambda a, b: a ** b, "Pow"):
            raise Refused("a Pow that is not part of an activation")

    def op_Add(self, node):
        if self.binary(node, lambda a, b: a + b, "Add"):
            return
        (ka, a), (kb, b) = self.operand(node, 0), self.operand(node, 1)
        if ka in ("chain", "nn") and kb in ("chain", "nn"):
            a, b = self.nn(node, 0), self.nn(node, 1)
            if a.shape != b.shape:
                raise Refused(f"an Add of [{', '.join(map(str, a.shape))}] and [{', '.join(map(str, b.shape))}]")
            self.emit(node, "add", [a, b], a.shape)
            return
        k = 0 if ka == "const" else 1
        x = self.nn(node, 1 - k)
        c = self.const(node, k, "the other operand")
        s = x.stmt
        if s is not None and getattr(s, "bias_free", False) and self.only_consumer(node.input[1 - k]) is node \
                and c.size == x.shape[0]:
            s.tensors[1] = ("bias", c.reshape(-1).astype(np.float32))
            s.bias_free = False
            self.alias(node, x)
            return
        raise Refused("an Add of a constant that is not a dense layer's bias")

    def prep_stmt(self, node, mean, std, out=None):
        """standardize or scale of the input, from its constants"""
        if self.prep is not None:
            raise Refused("a second preprocessing of the input")
        x = self.vals[self.input_onnx]
        groups = x.shape[0] if len(x.shape) == 3 else int(np.prod(x.shape))
        mean = np.broadcast_to(np.asarray(mean, np.float32).reshape(-1) if np.size(mean) > 1 else
                               np.float32(mean), (groups,)).astype(np.float32)
        std = np.broadcast_to(np.asarray(std, np.float32).reshape(-1) if np.size(std) > 1 else
                              np.float32(std), (groups,)).astype(np.float32)
        if np.all(mean == 0) and np.all(std == std[0]) and std[0] > 0:
            s = Stmt("scale", [x, "1/" + fmt(np.float32(std[0]))], x.shape, out or node.output[0], node)
        else:
            s = Stmt("standardize", [x], x.shape, out or node.output[0], node)
        self.stmts.append(s)
        s.tensors = [("mean", mean), ("std", std)]
        self.prep = s
        return Val("nn", shape=x.shape, stmt=s)

    def prep_const(self, node, k, x):
        c = self.const(node, k, "the constant")
        groups = x.shape[0] if len(x.shape) == 3 else int(np.prod(x.shape))
        if c.size not in (1, groups):
            raise Refused(f"a constant of {c.size} values on an input of {groups} "
                          f"{'channels' if len(x.shape) == 3 else 'features'}")
        return c

    def op_Sub(self, node):
        if self.binary(node, lambda a, b: a - b, "Sub"):
            return
        if node.input[0] != self.input_onnx:
            raise Refused("a Sub other than the input's centring (x - mean) or part of an activation")
        x = self.nn(node, 0)
        self.vals[node.output[0]] = Val("nn", shape=x.shape, centred=self.prep_const(node, 1, x))

    def op_Div(self, node):
        if self.binary(node, lambda a, b: a / b, "Div"):
            return
        v = self.vals.get(node.input[0])
        if v is not None and v.centred is not None:
            mean = v.centred
        elif node.input[0] == self.input_onnx:
            mean = 0.0
        else:
            raise Refused("a Div other than the input's scaling ((x - mean) / std) or part of an activation")
        x = self.vals[self.input_onnx]
        self.vals[node.output[0]] = self.prep_stmt(node, mean, self.prep_const(node, 1, x))

    def op_Mul(self, node):
        if self.binary(node, lambda a, b: a * b, "Mul"):
            return
        (ka, a), (kb, b) = self.operand(node, 0), self.operand(node, 1)
        k = 1 if kb == "const" else 0
        if node.input[1 - k] != self.input_onnx or (ka != "const" and kb != "const"):
            raise Refused("a Mul that is neither part of an activation nor the input's scale")
        x = self.nn(node, 1 - k)
        c = self.prep_const(node, k, x)
        self.vals[node.output[0]] = self.prep_stmt(node, 0.0, 1.0 / c.astype(np.float64))

    def op_Gelu(self, node):   # opset 20
        x = self.nn(node, 0)
        s = self.emit(node, "gelu", [x], x.shape)
        if self.attr(node, "approximate", b"none") in (b"tanh", "tanh"):
            s.kw.append(("approximate", "tanh"))

    def op_LeakyRelu(self, node):
        x = self.nn(node, 0)
        s = self.emit(node, "leaky_relu", [x], x.shape)
        s.kw.append(("alpha", fmt(np.float32(self.attr(node, "alpha", 0.01)))))

    def op_Softmax(self, node):
        x = self.nn(node, 0)
        axis = self.attr(node, "axis", -1 if self.opset >= 13 else 1)
        if len(x.shape) != 1 or axis not in (1, -1):
            raise Refused(f"a Softmax on axis {axis} of [{', '.join(map(str, x.shape))}]: "
                          "nnc's is over a vector's features")
        self.emit(node, "softmax", [x], x.shape)

    def square(self, node, name, values, n=2):
        if values is None or len(values) != n or len(set(values)) != 1:
            raise Refused(f"{name} {list(values) if values is not None else None}: nnc's are the same "
                          "for height and width")
        return int(values[0])

    def window(self, node, x, k, pool):
        """-> (stride, padding text) of a Conv or a pool"""
        if len(x.shape) != 3:
            raise Refused(f"an image op on a [{', '.join(map(str, x.shape))}] value")
        strides = self.attr(node, "strides", [1, 1])
        s = self.square(node, "strides", strides)
        if any(d != 1 for d in self.attr(node, "dilations", [1, 1])):
            raise Refused("dilations: nnc has none")
        auto = self.attr(node, "auto_pad", b"NOTSET")
        auto = auto.decode() if isinstance(auto, bytes) else auto
        pads = self.attr(node, "pads", [0, 0, 0, 0])
        if auto in ("SAME_UPPER", "SAME_LOWER") and s == 1 and not pool:
            return s, "same" if auto == "SAME_UPPER" or k % 2 else None
        if auto == "VALID":
            pads = [0, 0, 0, 0]
        elif auto != "NOTSET":
            raise Refused(f"auto_pad {auto} with stride {s}")
        if len(pads) != 4 or pads[0] != pads[1] or pads[2] != pads[3]:
            raise Refused(f"pads {list(pads)}: nnc pads height and width alike")
        if pads[0] == pads[2]:
            return s, str(int(pads[0]))
        if not pool and s == 1 and pads[0] == (k - 1) // 2 and pads[2] == k // 2:
            return s, "same"   # an even kernel: one more after, as PyTorch's padding='same'
        raise Refused(f"pads {list(pads)}: more padding after than before is only `same`")

    def op_Conv(self, node):
        x = self.nn(node, 0)
        w = self.const(node, 1, "the weight")
        b = self.const(node, 2, "the bias")
        if w.ndim != 4 or w.shape[2] != w.shape[3]:
            raise Refused(f"a weight of shape {list(w.shape)}: nnc's kernels are square")
        g = int(self.attr(node, "group", 1))
        if w.shape[1] * g != x.shape[0]:
            raise Refused(f"a weight of shape {list(w.shape)} with {g} groups for {x.shape[0]} channels")
        k = int(w.shape[2])
        s, pad = self.window(node, x, k, False)
        if pad is None:
            raise Refused("auto_pad SAME_LOWER with an even kernel: padding before")
        pt, pb = ((k - 1) // 2, k // 2) if pad == "same" else (int(pad), int(pad))
        h = (x.shape[1] + pt + pb - k) // s + 1
        wd = (x.shape[2] + pt + pb - k) // s + 1
        st = self.emit(node, "conv2d", [x, str(w.shape[0]), str(k)], (int(w.shape[0]), h, wd))
        if s != 1:
            st.kw.append(("stride", str(s)))
        if pad != "0":
            st.kw.append(("padding", pad))
        if g != 1:
            st.kw.append(("groups", str(g)))
        st.tensors = [("weight", np.ascontiguousarray(w, np.float32))]
        if b is None:
            st.kw.append(("bias", "false"))
        else:
            st.tensors.append(("bias", b.astype(np.float32)))

    def pool(self, node, call):
        x = self.nn(node, 0)
        k = self.square(node, "kernel_shape", self.attr(node, "kernel_shape"))
        if self.attr(node, "ceil_mode", 0):
            raise Refused("ceil_mode 1: nnc's pools round down")
        s, pad = self.window(node, x, k, True)
        if call == "avg_pool2d" and pad != "0" and not self.attr(node, "count_include_pad", 0):
            raise Refused("count_include_pad 0 with padding: nnc's average counts the padding "
                          "(PyTorch's default)")
        if int(pad) * 2 > k:
            raise Refused(f"padding {pad} of a {k} x {k} window: at most half the window")
        h = (x.shape[1] + 2 * int(pad) - k) // s + 1
        w = (x.shape[2] + 2 * int(pad) - k) // s + 1
        st = self.emit(node, call, [x, str(k)], (x.shape[0], h, w))
        if s != k:
            st.kw.append(("stride", str(s)))
        if pad != "0":
            st.kw.append(("padding", pad))
        self.unused_outputs(node, 1)

    def op_MaxPool(self, node):
        self.pool(node, "max_pool2d")

    def op_AveragePool(self, node):
        self.pool(node, "avg_pool2d")

    def op_GlobalAveragePool(self, node):
        x = self.nn(node, 0)
        if len(x.shape) != 3:
            raise Refused("a GlobalAveragePool of a vector")
        self.emit(node, "global_avg_pool", [x], (x.shape[0],))
        self.vals[node.output[0]].gap = True

    def op_BatchNormalization(self, node):
        x = self.nn(node, 0)
        c = x.shape[0]
        ws = [self.const(node, i, n) for i, n in ((1, "the scale"), (2, "the bias"), (3, "the mean"), (4, "the variance"))]
        if any(w is None or w.size != c for w in ws):
            raise Refused(f"statistics that are not of {c} values")
        self.unused_outputs(node, 1)
        st = self.emit(node, "batch_norm", [x], x.shape)
        momentum = 1.0 - float(np.float32(self.attr(node, "momentum", 0.9)))
        momentum = float(f"{momentum:.6g}")
        if momentum != 0.1:
            st.kw.append(("momentum", fmt(momentum)))
        eps = float(np.float32(self.attr(node, "epsilon", 1e-5)))
        eps = float(f"{eps:.6g}")
        if eps != 1e-5:
            st.kw.append(("eps", fmt(eps)))
        st.tensors = [("weight", ws[0]), ("bias", ws[1]), ("running_mean", ws[2]), ("running_var", ws[3]),
                      ("num_batches_tracked", np.zeros(1, np.float32))]

    # ---- the .nn text -------------------------------------------------------------
    def fold_and_name(self):
        """Activations into their layer's act=, unused statements out, names."""
        out_stmt = self.output.stmt
        live = self.live(self.stmts, out_stmt)
        uses = {}
        for s in self.stmts:
            for a in s.args:
                if id(s) in live and isinstance(a, Val) and a.stmt is not None:
                    uses[id(a.stmt)] = uses.get(id(a.stmt), 0) + 1
        keep = []
        for s in self.stmts:
            if id(s) not in live:
                continue
            if s.call in FOLDABLE and isinstance(s.args[0], Val) and s.args[0].stmt is not None:
                layer = s.args[0].stmt
                ok = layer.call == "dense" or (layer.call == "conv2d" and s.call != "softmax")
                if ok and layer.act is None and uses.get(id(layer)) == 1 and layer is not out_stmt and not s.kw:
                    layer.act = s.call
                    layer.hint = s.hint      # the layer takes the activation's name
                    s.folded_into = layer
                    continue
            keep.append(s)
        for s in keep:   # references to a folded activation are its layer's
            s.args = [Val("nn", shape=a.shape, stmt=getattr(a.stmt, "folded_into", a.stmt))
                      if isinstance(a, Val) and a.stmt is not None else a for a in s.args]
        if getattr(out_stmt, "folded_into", None):
            out_stmt = out_stmt.folded_into
        if ident(self.g.output[0].name, None):   # the output keeps the graph's name for it
            out_stmt.hint = self.g.output[0].name
        live = self.live(keep, out_stmt)
        self.body = [s for s in keep if id(s) in live]
        self.out_stmt = out_stmt
        taken = {self.input_name}
        counters = {}
        for s in self.body:
            base = ident(s.hint, None)
            if base is None or base in taken:
                short = {"conv2d": "conv", "max_pool2d": "pool", "avg_pool2d": "pool", "batch_norm": "bn",
                         "global_avg_pool": "gap", "standardize": "z", "scale": "s"}.get(s.call, s.call)
                while True:
                    counters[short] = counters.get(short, 0) + 1
                    base = f"{short}{counters[short]}"
                    if base not in taken:
                        break
            taken.add(base)
            s.name = base

    @staticmethod
    def live(stmts, out):
        """ids of the statements the output needs"""
        live, want = set(), [out]
        while want:
            s = want.pop()
            if id(s) in live:
                continue
            live.add(id(s))
            want += [a.stmt for a in s.args if isinstance(a, Val) and a.stmt is not None]
        return live

    def text(self, name, source, opts):
        def arg(a):
            if isinstance(a, Val):
                return a.stmt.name if a.stmt is not None else self.input_name
            return a
        shape = ", ".join(map(str, self.input_shape))
        lines = [f"# {os.path.basename(source)}, imported by scripts/onnx2nn.py", f"model {name} {{",
                 f"    input {self.input_name}[{shape}]"]
        for s in self.body:
            args = [arg(a) for a in s.args]
            if s.act and s.call == "dense":
                args.append(s.act)
            kw = list(s.kw) + ([("act", s.act)] if s.act and s.call != "dense" else [])
            args += [f"{k} = {v}" for k, v in kw]
            lines.append(f"    {s.name} = {s.call}({', '.join(args)})")
        lines += [f"    output {self.out_stmt.name}", "}"]
        if not opts.loss and self.train_meta:
            lines.append("train {")
            lines += [f"    {k} = {v}" for k, v in self.train_meta]
            lines.append("}")
        elif opts.loss:
            lines.append("train {")
            lines.append(f"    loss = {opts.loss}")
            for key in ("optimizer", "batch_size", "epochs", "seed"):
                v = getattr(opts, key)
                if v is not None:
                    lines.append(f"    {key} = {v}")
            lines.append("}")
        else:
            lines += ["# Inference only: to train it, add a train block (docs/language.md), or run",
                      "# onnx2nn.py again with --loss (and --optimizer, --batch-size, --epochs)."]
        return "\n".join(lines) + "\n"

    def weights(self):
        tensors = []
        for s in self.body:
            for suffix, arr in s.tensors:
                tensors.append((f"{s.name}.{suffix}", np.ascontiguousarray(arr, np.float32)))
        return tensors


def ident(name, default):
    """An ONNX name as a .nn identifier, or default when it is not one."""
    if name and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) and name not in RESERVED and len(name) <= 64:
        return name
    return default


def main(argv=None):
    ap = argparse.ArgumentParser(prog="onnx2nn.py", description="An ONNX model as an nnc model and checkpoint.")
    ap.add_argument("model", help="the .onnx file")
    ap.add_argument("-o", "--output", required=True, help="the .nn file to write")
    ap.add_argument("--weights", help="the checkpoint to write (.nnck)")
    ap.add_argument("--name", help="the model's name (default: the graph's, else the file's)")
    ap.add_argument("--loss", help="add a train block with this loss (cross_entropy, mse, ...)")
    ap.add_argument("--optimizer", help="its optimizer, as the train block writes it: 'adam(lr = 0.001)'")
    ap.add_argument("--batch-size", dest="batch_size", type=int)
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--seed", type=int)
    try:
        opts = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    if not opts.loss and (opts.optimizer or opts.batch_size or opts.epochs or opts.seed is not None):
        print("onnx2nn: error: --optimizer, --batch-size, --epochs and --seed go in a train block: "
              "give --loss too", file=sys.stderr)
        return 2
    try:
        import onnx
    except ImportError:
        print("onnx2nn: error: needs python3-onnx (apt-get install python3-onnx)", file=sys.stderr)
        return 2
    try:
        data = open(opts.model, "rb").read()
    except OSError as e:
        print(f"onnx2nn: error: cannot read '{opts.model}': {e.strerror}", file=sys.stderr)
        return 2
    try:
        model = onnx.load_from_string(data)
        if not model.HasField("graph") or not model.graph.node or not model.opset_import:
            raise ValueError("no graph" if not model.HasField("graph") or not model.graph.node else "no opset")
        onnx.checker.check_model(model)
    except Exception as e:  # DecodeError, the checker's ValidationError, ...
        why = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print(f"onnx2nn: error: {opts.model}: not an ONNX model ({why})", file=sys.stderr)
        return 1
    imp = Importer(model, opts.model)
    # nnc's exports carry their train block (metadata_props nnc.train.KEY)
    imp.train_meta = [(p.key[len("nnc.train."):], p.value) for p in model.metadata_props
                      if p.key.startswith("nnc.train.") and re.fullmatch(r"\w+", p.key[len("nnc.train."):])]
    try:
        imp.run()
    except SystemExit as e:
        return int(e.code)
    imp.fold_and_name()
    stem = os.path.splitext(os.path.basename(opts.model))[0]
    name = opts.name or ident(model.graph.name, None) or ident(re.sub(r"\W", "_", stem), "imported")
    text = imp.text(name, opts.model, opts)
    try:
        if opts.weights:
            nnck.write(opts.weights, imp.weights())
        with open(opts.output, "w") as f:
            f.write(text)
    except OSError as e:
        print(f"onnx2nn: error: cannot write: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
