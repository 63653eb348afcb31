#!/usr/bin/python3
"""run.py - the PyTorch reference test: nnc against torch, model by model.

    run.py --backend interp --harness PATH   nnc's reference interpreter (double)
    run.py --backend c                        nnc model.nn -o model.c, compiled
    run.py --backend llvm                     nnc model.nn -o model.o

For every tests/torch/models/*.nn: random weights (rounded to float32,
written as a .nnck checkpoint by nnck.py) and three batches (the last one
short where batch_size allows) go to a C harness that runs the backend;
the same .nn, parsed here by nnref.py, runs in torch.nn in float64 from
the same weights and batches; every number is compared:

    predict, eval_loss      forward from the PyTorch checkpoint, dropout off
    loss<s>, grad<s>/NAME   train steps s = 0, 1, 2 (grad: of the loss alone,
                            before weight decay, like torch's .grad)
    param/NAME              every parameter after the 3 optimizer steps
    predict_after           forward with the trained weights

Dropout: the harness reports the masks nnc drew and torch multiplies by
the same masks.

Tolerance, per element a (nnc) and b (torch, float64):
    |a - b| <= RTOL * max(|a|, |b|) + ATOL
    interp (double):           RTOL = 1e-5, ATOL = 1e-12
    c, llvm (generated, f32):  RTOL = 1e-4, ATOL = 1e-5
Each model's line gives its largest relative difference and its place.
A model must also be able to fail: torch run with lr, momentum, beta1 or
weight_decay slightly off must miss nnc by 4 x the tolerance (MARGIN).

Environment (tests/CMakeLists.txt sets it): NNC, NNC_SOURCE_DIR,
NNC_BINARY_DIR, NNRT_LIB.  Exit status: 0 all passed, 1 a failure,
77 the backend is not built yet (ctest shows it as skipped).
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import zlib

try:
    import numpy as np
    import torch
except ImportError as e:  # fail loudly: scripts/deps.sh installs python3-torch
    sys.exit(f"torch reference test: cannot import {e.name}: install python3-torch "
             f"and python3-numpy (scripts/deps.sh) or point NNC_PYTHON at a python with them")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nnck  # noqa: E402
import nnref  # noqa: E402

SKIP = 77
STEPS = 3


# ---- backends ---------------------------------------------------------------

class Interp:
    name, rtol, atol = "interp", 1e-5, 1e-12

    def __init__(self, args):
        self.harness = os.path.abspath(args.harness or os.path.join(
            os.environ.get("NNC_BINARY_DIR", "."), "tests", "harness_interp"))
        if not os.path.exists(self.harness):
            sys.exit(f"torch_interp: no harness at {self.harness} (build harness_interp)")

    def available(self):
        return None

    def run(self, path, model, work, ckpt, batches, out):
        _run([self.harness, path, ckpt, batches, out, os.path.join(work, "ir.txt")], work)


class Generated:
    """The C backend; the LLVM backend differs only in the object nnc writes."""
    name, rtol, atol, suffix, source = "c", 1e-4, 1e-5, ".c", "emit_c.c"

    def __init__(self, args):
        self.nnc = args.nnc or os.environ.get("NNC")
        self.src = os.environ.get("NNC_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))
        self.nnrt = os.environ.get("NNRT_LIB")
        self.cc = os.environ.get("CC", "cc")
        self.flags = args.nnc_flag or []

    def available(self):
        if not os.path.exists(os.path.join(self.src, "compiler", self.source)):
            return f"compiler/{self.source} does not exist yet"
        if not self.nnc or not self.nnrt:
            sys.exit(f"torch_{self.name}: set NNC and NNRT_LIB (tests/CMakeLists.txt does)")
        return None

    def run(self, path, model, work, ckpt, batches, out):
        gen = os.path.join(work, model.name + self.suffix)
        _run([self.nnc, *self.flags, path, "-o", gen], work)
        exe = os.path.join(work, "harness")
        _run([self.cc, "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror",
              f"-DMODEL={model.name}", f'-DMODEL_HEADER="{model.name}.h"',
              "-I", work, "-I", os.path.join(self.src, "runtime"), "-I", HERE,
              os.path.join(HERE, "harness_gen.c"), gen, self.nnrt, "-lz", "-lm", "-o", exe], work)
        _run([exe, ckpt, batches, out], work)


class Llvm(Generated):
    name, suffix, source = "llvm", ".o", "emit_llvm.c"


class Torch32:
    """Not nnc: the reference itself in float32, with masks drawn here.  A
    check that the float32 tolerance is one a float32 implementation can
    meet, and of this script without any compiler."""
    name, rtol, atol = "torch32", Generated.rtol, Generated.atol

    def __init__(self, args):
        pass

    def available(self):
        return None

    def run(self, path, model, work, ckpt, batches, out):
        ref = nnref.load(path, torch.float32)
        data = read_records(batches)
        weights = {n: a for n, a in nnck.read(ckpt)}
        gen = np.random.default_rng(1)
        got = {}
        for s in range(STEPS):
            n = int(data[f"rows{s}"][0])
            for d in model.dropouts:
                keep = gen.uniform(0, 1, n * d.size) >= d.attr["rate"]
                got[f"mask{s}/{d.loc[0]}:{d.loc[1]}"] = keep / np.float32(1 - d.attr["rate"])
        recs = reference(ref, weights, data, got)
        recs.update(got)
        write_records(out, recs)


BACKENDS = {"interp": Interp, "c": Generated, "llvm": Llvm, "torch32": Torch32}


class HarnessError(Exception):
    pass


def _run(cmd, work):
    p = subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise HarnessError(f"`{' '.join(cmd)}` exited with {p.returncode}\n{p.stdout}{p.stderr}")


# ---- data -------------------------------------------------------------------

def f32(a):
    """Round to float32 and back: every backend then starts from the same numbers."""
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def make_data(ref):
    """Weights and batches, fixed per model name (the same on every run)."""
    m = ref.model
    rng = np.random.default_rng(zlib.crc32(m.name.encode()))
    weights = {}
    for ly in m.layers:
        if ly.kind == "batch_norm":   # running statistics far from their start
            c = ly.wshape[0]
            weights[ly.name + ".weight"] = f32(rng.uniform(0.5, 1.5, c))
            weights[ly.name + ".bias"] = f32(rng.uniform(-0.3, 0.3, c))
            weights[ly.name + ".running_mean"] = f32(rng.normal(0, 0.5, c))
            weights[ly.name + ".running_var"] = f32(rng.uniform(0.5, 2.0, c))
            weights[ly.name + ".num_batches_tracked"] = np.array([3.0])
            continue
        weights[ly.name + ".weight"] = f32(rng.normal(0, 1.2 / np.sqrt(ly.fan_in), ly.wshape))
        if ly.bias:
            weights[ly.name + ".bias"] = f32(rng.uniform(-0.3, 0.3, ly.wshape[0]))
    B = m.train["batch_size"]
    rows = [B, B, max(1, B - 2)]
    data = {"seed": np.array([m.train["seed"]], dtype=np.float64)}
    for s, n in enumerate(rows):
        data[f"rows{s}"] = np.array([n], dtype=np.float64)
        data[f"x{s}"] = f32(rng.normal(0, 1, (n, m.input_size)))
        data[f"t{s}"] = make_targets(rng, m, n)
    data["px"] = f32(rng.normal(0, 1, (2 * B + 1, m.input_size)))
    data["pt"] = make_targets(rng, m, 2 * B + 1)
    if m.dropouts:
        data["dropouts"] = np.array([[d.loc[0], d.loc[1], d.attr["rate"], d.size]
                                     for d in m.dropouts], dtype=np.float64)
    return weights, data


def make_targets(rng, m, n):
    kind, k = m.train["loss"], m.output_size
    if kind == "cross_entropy":
        return rng.integers(0, k, n).astype(np.float64)
    if kind == "binary_cross_entropy":   # hard 0/1 labels and soft ones
        t = rng.uniform(0, 1, (n, k))
        hard = rng.uniform(0, 1, (n, k)) < 0.5
        return f32(np.where(hard, np.round(t), t))
    return f32(rng.normal(0, 1, (n, k)))


def write_records(path, recs):
    with open(path, "w") as f:
        for name, arr in recs.items():
            flat = np.asarray(arr, dtype=np.float64).ravel()
            f.write(f"{name} {flat.size} " + " ".join(repr(float(v)) for v in flat) + "\n")


def read_records(path):
    recs = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts:
                recs[parts[0]] = np.array([float(v) for v in parts[2:]], dtype=np.float64)
                assert recs[parts[0]].size == int(parts[1]), parts[0]
    return recs


# ---- the torch side -------------------------------------------------------------

def masks_for(ref, got, s):
    """The step's dropout masks from nnc, keyed by the dropout's (line, col)."""
    prefix = f"mask{s}/"
    keys = [k for k in got if k.startswith(prefix)]
    by_loc = {tuple(int(v) for v in k[len(prefix):].split(":")): got[k] for k in keys}
    want = [d.loc for d in ref.model.dropouts]
    if set(want) - set(by_loc):
        if len(keys) != len(want):
            raise HarnessError(f"step {s}: nnc drew {len(keys)} dropout masks "
                               f"({', '.join(keys)}), the model has {len(want)} dropouts")
        by_loc = dict(zip(want, (got[k] for k in keys)))   # places differ: go by order
    for d in ref.model.dropouts:
        mask, scale = by_loc[d.loc], 1.0 / (1.0 - d.attr["rate"])
        bad = ~(np.isclose(mask, 0) | np.isclose(mask, scale, rtol=1e-6))
        if bad.any():
            raise HarnessError(f"step {s}: dropout at {d.loc}: mask value {mask[bad][0]} "
                               f"is neither 0 nor 1/(1-rate) = {scale}")
    return {loc: torch.tensor(m, dtype=ref.dtype) for loc, m in by_loc.items()}


def reference(ref, weights, data, got):
    """The same run in torch.nn, float64: the records the harness should write."""
    T = lambda a: torch.tensor(a, dtype=ref.dtype)  # noqa: E731
    m, out = ref.model, {}
    nin, nout = m.input_size, m.output_size
    ref.set_params(weights)
    shape_t = (lambda n: (n,)) if m.train["loss"] == "cross_entropy" else (lambda n: (n, nout))
    px = T(data["px"]).reshape(-1, nin)
    pt = T(data["pt"]).reshape(shape_t(px.shape[0]))
    with torch.no_grad():
        y, logits = ref.forward(px)
        out["predict"] = y.numpy().copy()
        out["eval_loss"] = ref.loss(y, logits, pt).numpy().copy()
    opt = ref.optimizer()
    for s in range(STEPS):
        n = int(data[f"rows{s}"][0])
        x, t = T(data[f"x{s}"]).reshape(n, nin), T(data[f"t{s}"]).reshape(shape_t(n))
        opt.zero_grad()
        y, logits = ref.forward(x, masks_for(ref, got, s), training=True)
        loss = ref.loss(y, logits, t)
        loss.backward()
        if m.train["clip_grad_norm"]:   # grad: the clipped gradient, as nnc reports it
            torch.nn.utils.clip_grad_norm_([p for _, p in ref.params()], m.train["clip_grad_norm"])
        out[f"loss{s}"] = loss.detach().numpy().copy()
        for name, p in ref.params():
            out[f"grad{s}/{name}"] = p.grad.numpy().copy()
        opt.step()
    for name, p in ref.params() + ref.buffers():
        out[f"param/{name}"] = p.detach().numpy().astype(np.float64).copy()
    with torch.no_grad():
        out["predict_after"] = ref.forward(px)[0].numpy().copy()
    return out


# ---- comparing -------------------------------------------------------------

class Worst:
    """The element furthest outside (or least inside) the tolerance."""

    def __init__(self):
        self.ratio, self.rel, self.abs, self.where = -1.0, 0.0, 0.0, None

    def text(self):
        if self.where is None:
            return "nothing compared"
        key, idx, a, b = self.where
        return (f"max rel {self.rel:.2e}, max abs {self.abs:.2e}; nearest the tolerance "
                f"({self.ratio:.2g} of it): {key}{list(idx)} nnc {a:.10g} torch {b:.10g}")


def compare(want, got, rtol, atol):
    """-> (failure lines, Worst)."""
    fails, worst = [], Worst()
    for key, b in want.items():
        if key not in got:
            fails.append(f"  {key}: missing from nnc's output")
            continue
        a = got[key]
        b = np.asarray(b, dtype=np.float64)
        if a.size != b.size:
            fails.append(f"  {key}: nnc gave {a.size} numbers, torch {b.size}")
            continue
        a = a.reshape(b.shape)
        diff, mag = np.abs(a - b), np.maximum(np.abs(a), np.abs(b))
        ratio = diff / (rtol * mag + atol)
        # relative difference where the relative term of the tolerance rules
        rel = np.where(rtol * mag >= atol, diff / np.maximum(mag, 1e-300), 0)
        worst.rel = max(worst.rel, float(rel.max(initial=0)))
        worst.abs = max(worst.abs, float(diff.max(initial=0)))
        i = np.unravel_index(int(np.argmax(ratio)), b.shape) if b.size else ()
        if b.size and ratio[i] > worst.ratio:
            worst.ratio, worst.where = float(ratio[i]), (key, i, float(a[i]), float(b[i]))
        bad = np.argwhere(ratio > 1) if b.ndim else (np.argwhere(ratio.reshape(1) > 1))
        if bad.size:
            idx = tuple(bad[0]) if b.ndim else ()
            fails.append(f"  {key}{list(idx)}: nnc {float(a[idx]):.10g} torch {float(b[idx]):.10g} "
                         f"({len(bad)} of {b.size} out of tolerance)")
    return fails, worst


# ---- main ------------------------------------------------------------------

def run_model(backend, path, work_root):
    ref = nnref.load(path)
    m = ref.model
    work = os.path.join(work_root, m.name)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    weights, data = make_data(ref)
    ckpt, batches, out = (os.path.join(work, f) for f in ("weights.nnck", "batches.txt", "out.txt"))
    nnck.write(ckpt, [(name, weights[name]) for name, _ in ref.params() + ref.buffers()])
    write_records(batches, data)
    backend.run(os.path.abspath(path), m, work, ckpt, batches, out)
    got = read_records(out)
    want = reference(ref, weights, data, got)
    write_records(os.path.join(work, "torch.txt"), want)
    extra = sorted(k for k in got if k.startswith(("grad", "param")) and k not in want)
    fails, worst = compare(want, got, backend.rtol, backend.atol)
    fails += [f"  {k}: nnc has it, the reference model does not" for k in extra]
    if not fails:
        fails = insensitive(path, weights, data, got, backend)
    return fails, worst


# A model must be able to fail: a reference with one optimizer setting a
# little off must disagree with nnc by MARGIN times the tolerance, or the
# model's steps are too small for the test to see that setting.
MARGIN = 4.0


def mutations(t):
    yield "lr", t["lr"] * 1.05
    if t["opt"] in ("sgd", "rmsprop") and t["momentum"]:
        yield "momentum", t["momentum"] * 0.9
    if t["opt"] == "sgd" and t["nesterov"]:
        yield "nesterov", False
    if t["opt"] in ("adam", "adamw"):
        yield "beta1", t["beta1"] * 0.9
    if t["opt"] == "rmsprop":
        yield "alpha", t["alpha"] * 0.9
        if t["centered"]:
            yield "centered", False
    if t["weight_decay"]:
        yield "weight_decay", 0.0
    if t["clip_grad_norm"]:
        yield "clip_grad_norm", t["clip_grad_norm"] * 1.2
    if t["loss_args"].get("label_smoothing"):
        yield "label_smoothing", 0.0
    if t["loss_args"].get("delta"):
        yield "delta", t["loss_args"]["delta"] * 1.3


def insensitive(path, weights, data, got, backend):
    out = []
    for key, value in mutations(nnref.load(path).model.train):
        ref = nnref.load(path)
        if key in ("label_smoothing", "delta"):
            ref.model.train["loss_args"][key] = value
        else:
            ref.model.train[key] = value
        _, worst = compare(reference(ref, weights, data, got), got, backend.rtol, backend.atol)
        if worst.ratio < MARGIN:
            out.append(f"  too weak a test: with {key} = {float(value):g} torch differs from nnc by only "
                       f"{worst.ratio:.2g} x the tolerance (want {MARGIN:g}); make the steps larger")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", choices=sorted(BACKENDS), required=True)
    ap.add_argument("--harness", help="harness_interp executable (interp backend)")
    ap.add_argument("--nnc", help="the nnc executable (default $NNC)")
    ap.add_argument("--nnc-flag", action="append", metavar="FLAG",
                    help="pass FLAG to nnc (c, llvm), e.g. --nnc-flag=--no-fuse; repeatable")
    ap.add_argument("--models", default=os.path.join(HERE, "models"))
    ap.add_argument("--work", help="scratch folder (default $NNC_BINARY_DIR/tests/torch-<backend>)")
    ap.add_argument("only", nargs="*", help="model names to run (default: all)")
    args = ap.parse_args()

    backend = BACKENDS[args.backend](args)
    why = backend.available()
    if why:
        print(f"SKIP torch_{backend.name}: {why}")
        return SKIP
    work_root = os.path.abspath(args.work or os.path.join(
        os.environ.get("NNC_BINARY_DIR", "."), "tests", f"torch-{backend.name}"))
    paths = sorted(glob.glob(os.path.join(args.models, "*.nn")))
    if args.only:
        paths = [p for p in paths if os.path.basename(p)[:-3] in args.only]
    torch.set_num_threads(1)
    print(f"torch_{backend.name}: |nnc - torch| <= {backend.rtol:g} * max(|nnc|, |torch|) "
          f"+ {backend.atol:g}, torch in float64; work files in {work_root}")
    passed, overall = 0, Worst()
    for path in paths:
        name = os.path.basename(path)[:-3]
        try:
            fails, worst = run_model(backend, path, work_root)
        except (HarnessError, subprocess.TimeoutExpired, nnref.NNSyntaxError, KeyError) as e:
            fails, worst = [f"  {e}"], Worst()
        ok = not fails
        passed += ok
        print(f"[{'PASS' if ok else 'FAIL'}] {name}: {worst.text()}")
        for line in fails[:12]:
            print(line)
        overall.rel, overall.abs = max(overall.rel, worst.rel), max(overall.abs, worst.abs)
        if worst.ratio > overall.ratio:
            overall.ratio, overall.where = worst.ratio, worst.where
    print(f"over all models: {overall.text()}")
    print(f"torch_{backend.name}: {passed} passed, {len(paths) - passed} failed")
    return 0 if passed == len(paths) and paths else 1


if __name__ == "__main__":
    sys.exit(main())
