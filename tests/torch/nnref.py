"""nnref.py - a .nn file as a torch.nn.Module: the reference nnc is held to.

The model is built from the .nn source itself, by a parser written here
from LANGUAGE.md alone, not from nnc's IR: so the test checks the whole
compiler (naming of nested layers, liveness, lowering, the backward pass,
the optimizer), and a mistake in nnc cannot be copied into its reference.

    ref = nnref.load("model.nn")
    ref.module          a torch.nn.Module with one torch.nn.Linear per dense
    ref.params()        [(checkpoint name, tensor)] in source order
    ref.forward(x, masks, training) -> (output, logits)
    ref.loss(output, logits, target)
    ref.optimizer()     the torch.optim optimizer of the train block

Dropout cannot draw its own mask and still be compared, so forward() takes
the masks nnc drew, keyed by the (line, col) of each dropout call.
"""
import re
import warnings

warnings.filterwarnings("ignore", message="Using padding=.same. with even kernel")

import torch
import torch.nn.functional as F

# ---- lexer: LANGUAGE.md "Lexical rules" ----------------------------------

_TOKEN = re.compile(r"""
    (?P<ws>[ \t\r\n;]+) | (?P<comment>\#[^\n]*)
  | (?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<punct>[{}()\[\]=,])
""", re.X)


class NNSyntaxError(Exception):
    pass


def tokenize(text):
    toks, pos, line, linestart = [], 0, 1, 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise NNSyntaxError(f"{line}:{pos - linestart + 1}: bad character {text[pos]!r}")
        kind, val = m.lastgroup, m.group()
        if kind not in ("ws", "comment"):
            toks.append((kind, val, line, pos - linestart + 1))
        for i, ch in enumerate(val):
            if ch == "\n":
                line, linestart = line + 1, pos + i + 1
        pos = m.end()
    toks.append(("eof", "", line, pos - linestart + 1))
    return toks


# ---- parser: LANGUAGE.md "Grammar" ----------------------------------------

class Expr:
    """kind: 'name', 'call', 'num' or 'str'; loc: (line, col) of its first token."""

    def __init__(self, kind, value, loc, args=None):
        self.kind, self.value, self.loc, self.args = kind, value, loc, args or []


class _Parser:
    def __init__(self, text):
        self.toks, self.i = tokenize(text), 0

    def peek(self, k=0):
        return self.toks[self.i + k]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise NNSyntaxError(f"{t[2]}:{t[3]}: expected {val or kind}, saw {t[1]!r}")
        return t

    def file(self):
        self.expect("name", "model")
        name = self.expect("name")[1]
        self.expect("punct", "{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.stmt())
        self.expect("punct", "}")
        train = None
        if self.peek()[1] == "train":
            self.next()
            self.expect("punct", "{")
            train = {}
            while self.peek()[1] != "}":
                key = self.expect("name")[1]
                self.expect("punct", "=")
                train[key] = self.value()
            self.expect("punct", "}")
        self.expect("eof")
        return name, stmts, train

    def stmt(self):
        t = self.expect("name")
        if t[1] == "input":
            name = self.expect("name")[1]
            self.expect("punct", "[")
            sizes = [int(self.expect("num")[1])]
            while self.peek()[1] == ",":
                self.next()
                sizes.append(int(self.expect("num")[1]))
            self.expect("punct", "]")
            return ("input", name, tuple(sizes))
        if t[1] == "output":
            return ("output", self.expect("name")[1], None)
        self.expect("punct", "=")
        return ("assign", t[1], self.expr())

    def expr(self):
        t = self.expect("name")
        if self.peek()[1] != "(":
            return Expr("name", t[1], (t[2], t[3]))
        self.next()
        call = Expr("call", t[1], (t[2], t[3]))
        while self.peek()[1] != ")":
            key = None
            if self.peek()[0] == "name" and self.peek(1)[1] == "=":
                key = self.next()[1]
                self.next()
            call.args.append((key, self.arg()))
            if self.peek()[1] == ",":
                self.next()
        self.expect("punct", ")")
        return call

    def arg(self):
        t = self.peek()
        if t[0] == "num":
            self.next()
            return Expr("num", float(t[1]), (t[2], t[3]))
        if t[0] == "str":
            self.next()
            return Expr("str", t[1][1:-1], (t[2], t[3]))
        return self.expr()

    def value(self):
        t = self.next()
        if t[0] == "num":
            return float(t[1])
        if t[0] == "str":
            return t[1][1:-1]
        if self.peek()[1] != "(":
            return t[1]
        self.next()
        kw, pos = {}, []
        while self.peek()[1] != ")":
            if self.peek()[0] == "name" and self.peek(1)[1] == "=":
                k = self.next()[1]
                self.next()
                kw[k] = self._scalar()
            else:
                pos.append(self._scalar())
            if self.peek()[1] == ",":
                self.next()
        self.next()
        return (t[1], kw, pos)

    def _scalar(self):
        """A number, or true/false (LANGUAGE-v2: boolean arguments)."""
        t = self.next()
        if t[0] == "num":
            return float(t[1])
        if t[0] == "name" and t[1] in ("true", "false"):
            return t[1] == "true"
        raise NNSyntaxError(f"{t[2]}:{t[3]}: expected a number, true or false, saw {t[1]!r}")


# ---- resolution: sizes, layer names, liveness -----------------------------

LAYERS = ("dense", "conv2d", "batch_norm")
ACTS = ("relu", "sigmoid", "tanh", "gelu", "silu", "softmax", "linear")
UNARY = ("relu", "sigmoid", "tanh", "silu", "softmax")


def _args(call, names, defaults):
    """Positional and keyword arguments of `call` sorted into `names`."""
    out = dict(defaults)
    for i, (key, e) in enumerate(call.args):
        k = key if key is not None else names[i]
        out[k] = e.value if e.kind in ("num", "str") else e
    missing = [n for n in names if n not in out]
    if missing:
        raise NNSyntaxError(f"{call.loc}: {call.value}() lacks {missing}")
    return out


class Node:
    """One op of the reference network, after resolution: shape is a
    sample's ((n,) a vector, (C, H, W) an image), size its floats."""

    def __init__(self, op, ins, shape, loc, **attr):
        if isinstance(shape, int):
            shape = (shape,)
        self.op, self.ins, self.shape, self.loc, self.attr = op, ins, tuple(shape), loc, attr
        self.size = 1
        for d in self.shape:
            self.size *= d


class Layer:
    """A call with parameters: name, kind ('dense' or 'conv2d'), the weight's
    shape, whether it has a bias, and its fan_in."""

    def __init__(self, name, kind, wshape, bias, fan_in, **attr):
        self.name, self.kind, self.wshape, self.bias, self.fan_in = name, kind, wshape, bias, fan_in
        self.attr = attr


def _out(n, k, s, pt, pb):
    return (n + pt + pb - k) // s + 1


class Model:
    def __init__(self, text):
        self.name, stmts, train = _Parser(text).file()
        self.values = {}        # value name -> Node (or 'input')
        self.layers = []        # (layer name, in, out) in source order
        self.dropouts = []      # Node, in evaluation order
        self.input_size = None
        defs = {}
        for kind, name, rest in stmts:
            if kind == "input":
                self.input_name = name
                self.values[name] = Node("input", [], rest, None)
                self.input_shape, self.input_size = rest, self.values[name].size
            elif kind == "assign":
                defs[name] = rest
            else:
                self.output_name = name
        # Liveness first: dense layers of dead statements get no parameters.
        live, todo = set(), [self.output_name]
        while todo:
            n = todo.pop()
            if n in live or n not in defs:
                continue
            live.add(n)
            todo.extend(_names_in(defs[n]))
        for name, expr in defs.items():
            if name in live:
                self._resolve_stmt(name, expr)
        self.output = self.values[self.output_name]
        self.train = _train_config(train) if train is not None else None

    def _resolve_stmt(self, name, expr):
        # Layer naming: an outermost dense takes the statement's name; every
        # other dense gets name_1, name_2, ... in order of its '('.
        denses = [e for e in _preorder(expr) if e.kind == "call" and e.value in LAYERS]
        names = {}
        rest = denses
        if expr.kind == "call" and expr.value in LAYERS:
            names[id(expr)] = name
            rest = denses[1:]
        for i, e in enumerate(rest):
            names[id(e)] = f"{name}_{i + 1}"
        self.values[name] = self._resolve(expr, names)

    def _resolve(self, e, names):
        if e.kind == "name":
            return self.values[e.value]
        op = e.value
        if op == "dense":
            a = _args(e, ["x", "units", "act"], {"act": "linear"})
            x = self._resolve(a["x"], names)
            act = a["act"].value if isinstance(a["act"], Expr) else a["act"]
            assert act in ACTS, act
            layer = names[id(e)]
            self.layers.append(Layer(layer, "dense", (int(a["units"]), x.size), True, x.size))
            return Node("dense", [x], int(a["units"]), e.loc, layer=layer, act=act)
        if op == "conv2d":
            a = _args(e, ["x", "filters", "kernel", "stride", "padding", "groups", "act", "bias"],
                      {"stride": 1, "padding": 0, "groups": 1, "act": "linear", "bias": "true"})
            x = self._resolve(a["x"], names)
            act = a["act"].value if isinstance(a["act"], Expr) else a["act"]
            pad = a["padding"].value if isinstance(a["padding"], Expr) else a["padding"]
            bias = a["bias"].value if isinstance(a["bias"], Expr) else a["bias"]
            F_, k, s, g = int(a["filters"]), int(a["kernel"]), int(a["stride"]), int(a["groups"])
            C, H, W = x.shape
            if pad == "same":
                pt, pb = (k - 1) // 2, k - 1 - (k - 1) // 2
            else:
                pt = pb = int(pad)
            layer = names[id(e)]
            self.layers.append(Layer(layer, "conv2d", (F_, C // g, k, k), bias == "true", C // g * k * k,
                                     stride=s, padding="same" if pad == "same" else int(pad), groups=g))
            return Node("conv2d", [x], (F_, _out(H, k, s, pt, pb), _out(W, k, s, pt, pb)), e.loc,
                        layer=layer, act=act)
        if op in ("max_pool2d", "avg_pool2d"):
            a = _args(e, ["x", "kernel", "stride", "padding"], {"stride": 0, "padding": 0})
            x = self._resolve(a["x"], names)
            k, p = int(a["kernel"]), int(a["padding"])
            s = int(a["stride"]) or k
            C, H, W = x.shape
            return Node(op, [x], (C, _out(H, k, s, p, p), _out(W, k, s, p, p)), e.loc, kernel=k, stride=s,
                        padding=p)
        if op == "batch_norm":
            a = _args(e, ["x", "momentum", "eps"], {"momentum": 0.1, "eps": 1e-5})
            layer = names[id(e)]
            # the outer call's parameters come first (LANGUAGE.md: '(' order)
            ly = Layer(layer, "batch_norm", None, True, 1, momentum=float(a["momentum"]), eps=float(a["eps"]))
            self.layers.append(ly)
            x = self._resolve(a["x"], names)
            ly.wshape = (x.shape[0],)
            ly.attr["image"] = len(x.shape) == 3
            return Node(op, [x], x.shape, e.loc, layer=layer)
        if op == "global_avg_pool":
            x = self._resolve(_args(e, ["x"], {})["x"], names)
            return Node(op, [x], x.shape[0], e.loc)
        if op == "flatten":
            x = self._resolve(_args(e, ["x"], {})["x"], names)
            return Node(op, [x], x.size, e.loc)
        if op in UNARY:
            x = self._resolve(_args(e, ["x"], {})["x"], names)
            return Node(op, [x], x.shape, e.loc)
        if op == "gelu":
            a = _args(e, ["x", "approximate"], {"approximate": "none"})
            x = self._resolve(a["x"], names)
            form = a["approximate"].value if isinstance(a["approximate"], Expr) else a["approximate"]
            assert form in ("none", "tanh"), form
            return Node("gelu_tanh" if form == "tanh" else "gelu", [x], x.shape, e.loc)
        if op == "leaky_relu":
            a = _args(e, ["x", "alpha"], {"alpha": 0.01})
            x = self._resolve(a["x"], names)
            return Node(op, [x], x.shape, e.loc, alpha=float(a["alpha"]))
        if op == "dropout":
            a = _args(e, ["x", "rate"], {})
            x = self._resolve(a["x"], names)
            node = Node(op, [x], x.shape, e.loc, rate=float(a["rate"]))
            self.dropouts.append(node)
            return node
        if op in ("add", "concat"):
            a = _args(e, ["a", "b"], {})
            l, r = self._resolve(a["a"], names), self._resolve(a["b"], names)
            if op == "add":
                shape = l.shape
            elif len(l.shape) == 3:
                shape = (l.shape[0] + r.shape[0],) + l.shape[1:]
            else:
                shape = (l.size + r.size,)
            return Node(op, [l, r], shape, e.loc)
        raise NNSyntaxError(f"{e.loc}: unknown op {op}")

    @property
    def output_size(self):
        return self.output.size


def _preorder(e):
    yield e
    if e.kind == "call":
        for _, a in e.args:
            yield from _preorder(a)


def _names_in(e):
    return [x.value for x in _preorder(e) if x.kind == "name"]


def _call(v, names=()):
    """A train value as (name, keyword arguments): a bare name has none;
    positional arguments take `names` in order (LANGUAGE-v2's signatures)."""
    if isinstance(v, tuple):
        name, kw, pos = v
        kw = dict(kw)
        kw.update(zip(names, pos))
        return name, kw
    return v, {}


# LANGUAGE-v2 "Training v2": the defaults of each call's keys
OPT_DEFAULTS = {
    "sgd": dict(lr=0.01, momentum=0.0, weight_decay=0.0, nesterov=False),
    "adam": dict(lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0),
    "adamw": dict(lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01),
    "rmsprop": dict(lr=0.01, alpha=0.99, eps=1e-8, momentum=0.0, weight_decay=0.0, centered=False),
}
LOSS_ARGS = {"huber": ("delta",), "cross_entropy": ("label_smoothing",)}
SCHED_ARGS = {"constant": (), "step": ("step_size", "gamma"), "exponential": ("gamma",),
              "cosine": ("t_max", "eta_min")}


def _train_config(t):
    opt_name, kw = _call(t.get("optimizer", "sgd"))
    loss, loss_kw = _call(t["loss"], LOSS_ARGS.get(_call(t["loss"])[0], ()))
    sched, sched_kw = _call(t.get("schedule", "constant"), SCHED_ARGS.get(_call(t.get("schedule", "constant"))[0], ()))
    cfg = {"loss": loss, "loss_args": loss_kw, "opt": opt_name, "batch_size": int(t.get("batch_size", 32)),
           "seed": int(t.get("seed", 0)), "epochs": int(t.get("epochs", 10)),
           "clip_grad_norm": float(t.get("clip_grad_norm", 0)), "schedule": sched, "schedule_args": sched_kw}
    cfg.update(OPT_DEFAULTS[opt_name])
    cfg.update(kw)
    return cfg


# ---- the torch side -----------------------------------------------------

class Reference:
    """The torch.nn model equivalent to one .nn file."""

    def __init__(self, model, dtype=torch.float64):
        self.model = model
        # keys prefixed: a layer may be named like a Module attribute ("float")
        mods = {}
        for ly in model.layers:
            if ly.kind == "dense":
                mods["l_" + ly.name] = torch.nn.Linear(ly.wshape[1], ly.wshape[0])
            elif ly.kind == "batch_norm":
                cls = torch.nn.BatchNorm2d if ly.attr["image"] else torch.nn.BatchNorm1d
                mods["l_" + ly.name] = cls(ly.wshape[0], eps=ly.attr["eps"], momentum=ly.attr["momentum"])
            else:
                F_, cg, k, _ = ly.wshape
                mods["l_" + ly.name] = torch.nn.Conv2d(cg * ly.attr["groups"], F_, k, ly.attr["stride"],
                                                       ly.attr["padding"], groups=ly.attr["groups"],
                                                       bias=ly.bias)
        self.module = torch.nn.ModuleDict(mods).to(dtype)
        self.dtype = dtype

    def params(self):
        out = []
        for ly in self.model.layers:
            mod = self.module["l_" + ly.name]
            out.append((ly.name + ".weight", mod.weight))
            if ly.bias:
                out.append((ly.name + ".bias", mod.bias))
        return out

    def buffers(self):
        """batch norm's running statistics: [(checkpoint name, tensor)]"""
        out = []
        for ly in self.model.layers:
            if ly.kind == "batch_norm":
                mod = self.module["l_" + ly.name]
                out += [(ly.name + ".running_mean", mod.running_mean), (ly.name + ".running_var", mod.running_var),
                        (ly.name + ".num_batches_tracked", mod.num_batches_tracked)]
        return out

    def set_params(self, arrays):
        with torch.no_grad():
            for name, p in self.params() + self.buffers():
                p.copy_(torch.as_tensor(arrays[name]).to(p.dtype).reshape(p.shape))

    def forward(self, x, masks=None, training=False):
        """-> (output, logits): logits is the pre-softmax/sigmoid value of the output."""
        memo = {}
        self.module.train(training)

        def ev(node):
            if id(node) in memo:
                return memo[id(node)]
            memo[id(node)] = r = self._op(node, ev, x, masks, training)
            return r

        out, logits = ev(self.model.output)
        return out, logits

    def _op(self, n, ev, x, masks, training):
        if n.op == "input":
            return x.reshape((x.shape[0],) + n.shape), None
        ins = [ev(i)[0] for i in n.ins]
        if n.op == "batch_norm":
            return self.module["l_" + n.attr["layer"]](ins[0]), None
        if n.op in LAYERS:
            z = self.module["l_" + n.attr["layer"]](ins[0])
            return _act(n.attr["act"], z), z
        if n.op == "max_pool2d":
            return F.max_pool2d(ins[0], n.attr["kernel"], n.attr["stride"], n.attr["padding"]), None
        if n.op == "avg_pool2d":
            return F.avg_pool2d(ins[0], n.attr["kernel"], n.attr["stride"], n.attr["padding"],
                                count_include_pad=True), None
        if n.op == "global_avg_pool":
            return ins[0].mean(dim=(2, 3)), None
        if n.op == "flatten":
            return torch.flatten(ins[0], 1), None
        if n.op in UNARY or n.op in ("gelu", "gelu_tanh"):
            return _act(n.op, ins[0]), ins[0]
        if n.op == "leaky_relu":
            return F.leaky_relu(ins[0], n.attr["alpha"]), None
        if n.op == "add":
            return ins[0] + ins[1], None
        if n.op == "concat":
            return torch.cat(ins, dim=1), None
        if n.op == "dropout":
            if not training:
                return ins[0], None
            mask = masks.get(n.loc) if masks else None
            if mask is None:
                if n.attr["rate"] == 0:
                    return ins[0], None
                raise KeyError(f"no dropout mask from nnc for the dropout at {n.loc}")
            return ins[0] * mask.reshape(ins[0].shape), None
        raise AssertionError(n.op)

    def loss(self, out, logits, target):
        kind, kw = self.model.train["loss"], self.model.train["loss_args"]
        if kind == "mse":
            return F.mse_loss(out, target)
        if kind == "l1":
            return F.l1_loss(out, target)
        if kind == "huber":
            return F.huber_loss(out, target, delta=kw.get("delta", 1.0))
        if kind == "cross_entropy":
            return F.cross_entropy(logits, target.long(), label_smoothing=kw.get("label_smoothing", 0.0))
        if kind == "binary_cross_entropy":
            return F.binary_cross_entropy_with_logits(logits, target)
        raise AssertionError(kind)

    def optimizer(self):
        t = self.model.train
        ps = [p for _, p in self.params()]
        if t["opt"] == "sgd":
            return torch.optim.SGD(ps, lr=t["lr"], momentum=t["momentum"],
                                   weight_decay=t["weight_decay"], nesterov=bool(t["nesterov"]))
        if t["opt"] == "rmsprop":
            return torch.optim.RMSprop(ps, lr=t["lr"], alpha=t["alpha"], eps=t["eps"],
                                       weight_decay=t["weight_decay"], momentum=t["momentum"],
                                       centered=bool(t["centered"]))
        cls = torch.optim.AdamW if t["opt"] == "adamw" else torch.optim.Adam
        return cls(ps, lr=t["lr"], betas=(t["beta1"], t["beta2"]), eps=t["eps"],
                   weight_decay=t["weight_decay"])

    def scheduler(self, opt):
        """The torch.optim.lr_scheduler of the train block's schedule, or None."""
        t = self.model.train
        kind, kw = t["schedule"], t["schedule_args"]
        S = torch.optim.lr_scheduler
        if kind == "step":
            return S.StepLR(opt, step_size=int(kw["step_size"]), gamma=kw.get("gamma", 0.1))
        if kind == "exponential":
            return S.ExponentialLR(opt, gamma=kw["gamma"])
        if kind == "cosine":
            return S.CosineAnnealingLR(opt, T_max=int(kw.get("t_max", t["epochs"])),
                                       eta_min=kw.get("eta_min", 0.0))
        return None


def _act(act, z):
    if act == "relu":
        return torch.relu(z)
    if act == "sigmoid":
        return torch.sigmoid(z)
    if act == "tanh":
        return torch.tanh(z)
    if act == "gelu":
        return F.gelu(z)
    if act == "gelu_tanh":
        return F.gelu(z, approximate="tanh")
    if act == "silu":
        return F.silu(z)
    if act == "softmax":
        return torch.softmax(z, dim=1)
    return z


def load(path, dtype=torch.float64):
    with open(path) as f:
        return Reference(Model(f.read()), dtype)
