#!/usr/bin/python3
"""run.py - every example and test model through --emit=onnx (issue 23).

For each model: the generated C (NAME_create(1), a few training steps when
it has a train block, so batch norm's running statistics, the weights and
a standardize's statistics are not the initial ones) saves a checkpoint
and predicts 64 random samples; `nnc --emit=onnx --weights` exports it;
the file must pass onnx.checker.check_model(full_check=True) and strict
shape inference, re-serialise through the onnx library to the same bytes,
and ONNX Runtime's outputs (its Node binding, one thread) must match
NAME_predict's within 1e-5 + 1e-5 |ref| at batch 1, 3 and 64.  Opset 17
is checked the same way at batch 3, and one model is exported from the
unfused graph too (bias_add as Add).  Round trip: scripts/onnx2nn.py reads
the export back into an .nn file and a checkpoint, which must compile,
load and predict what the original does.

    run.py [--work DIR] [--only NAME] [MODEL.nn ...]

Needs NNC and NNRT_LIB (tests/CMakeLists.txt sets them), python3-onnx and
onnxruntime-node (scripts/deps.sh: under .deps/npm, or NNC_ORT_NODE);
exits 77 with a message when either is missing.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("NNC_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))
ROWS = 64
BATCHES = (1, 3, 64)
ATOL = RTOL = 1e-5


def ort_node_dir():
    """The onnxruntime-node package, or None."""
    for d in (os.environ.get("NNC_ORT_NODE"), os.path.join(SRC, ".deps", "npm", "node_modules", "onnxruntime-node")):
        if d and os.path.exists(os.path.join(d, "package.json")):
            return d
    return None


def skip_reason():
    try:
        import onnx  # noqa: F401
    except ImportError:
        return "python3-onnx is not installed (scripts/deps.sh test installs it)"
    if not shutil.which("node"):
        return "node is not installed (scripts/deps.sh test installs it)"
    if not ort_node_dir():
        return "onnxruntime-node is not installed under .deps/npm (scripts/deps.sh test installs it)"
    return None


def run(cmd, cwd=None, ok=(0,)):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode not in ok:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def check_onnx(path):
    """The checker, strict shape inference, and the same bytes re-serialised."""
    import onnx
    from onnx import checker, shape_inference
    data = open(path, "rb").read()
    model = onnx.load_from_string(data)
    checker.check_model(model, full_check=True)
    inferred = shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
    out = inferred.graph.output[0].type.tensor_type.shape
    if model.SerializeToString() != data:
        raise RuntimeError(f"{path}: the onnx library re-serialises it to other bytes")
    return model, out


class Model:
    def __init__(self, path, work, sub=None):
        self.path = path
        self.text = open(path).read()
        self.name = re.search(r"^\s*model\s+(\w+)", self.text, re.M).group(1)
        self.work = sub or os.path.join(work, os.path.basename(os.path.dirname(path)) + "-" + self.name)
        m = re.search(r"\bloss\s*=\s*(\w+)", self.text)
        self.loss = m.group(1) if m else None

    def build(self, nnc, nnrt, cc):
        os.makedirs(self.work, exist_ok=True)
        gen = os.path.join(self.work, self.name + ".c")
        run([nnc, self.path, "-o", gen])
        header = open(os.path.join(self.work, self.name + ".h")).read()
        self.shape = re.search(self.name + r"_INPUT_SHAPE \{([0-9, ]+)\}", header).group(1).replace(" ", "")
        self.train = f"{self.name}_train_batch(" in header
        self.exe = os.path.join(self.work, "harness")
        run([cc, "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", f"-DMODEL={self.name}",
             f'-DMODEL_HEADER="{self.name}.h"', *(["-DTRAIN"] if self.train else []),
             "-I", self.work, "-I", os.path.join(SRC, "runtime"),
             os.path.join(HERE, "harness.c"), gen, nnrt, "-lz", "-lm", "-lpthread", "-o", self.exe])

    def reference(self):
        """-> (inputs, NAME_predict's outputs, checkpoint path)"""
        size = int(np.prod([int(d) for d in self.shape.split(",")]))
        rng = np.random.default_rng(23)
        x = rng.standard_normal((ROWS, size)).astype(np.float32)
        if re.search(r"\bscale\s*\(", self.text) or re.search(r"\bstandardize\s*\(", self.text):
            x = (x * 40 + 100).astype(np.float32)   # raw data, as pixels would be
        self.inputs = os.path.join(self.work, "in.bin")
        x.tofile(self.inputs)
        ckpt = os.path.join(self.work, "trained.nnck")
        out = os.path.join(self.work, "predict.bin")
        run([self.exe, ckpt, self.inputs, str(ROWS), out, "3" if self.train else "0",
             "classes" if self.loss == "cross_entropy" else "values"])
        return x, np.fromfile(out, dtype=np.float32).reshape(ROWS, -1), ckpt

    def ort(self, onnx_path, x, rows, ort_dir):
        inp = os.path.join(self.work, f"in{rows}.bin")
        out = os.path.join(self.work, f"ort{rows}.bin")
        x[:rows].tofile(inp)
        run(["node", os.path.join(HERE, "ort_run.js"), ort_dir, onnx_path, inp, str(rows), self.shape, out])
        return np.fromfile(out, dtype=np.float32).reshape(rows, -1)


def compare(what, got, ref):
    bad = np.abs(got.astype(np.float64) - ref) > ATOL + RTOL * np.abs(ref)
    if got.shape != ref.shape:
        return f"{what}: shape {got.shape}, NAME_predict's {ref.shape}"
    if bad.any():
        i = np.argwhere(bad)[0]
        err = np.max(np.abs(got.astype(np.float64) - ref))
        return (f"{what}: {int(bad.sum())} outputs differ, first at {tuple(int(k) for k in i)}: "
                f"ONNX Runtime {got[tuple(i)]!r}, NAME_predict {ref[tuple(i)]!r} (largest difference {err:.3g})")
    return None


def round_trip(model, nnc, nnrt, cc, x, ref):
    """The export read back by scripts/onnx2nn.py: an .nn that compiles
    (with the train block the export carries), a checkpoint that loads,
    and the same predictions."""
    onnx_path = os.path.join(model.work, f"{model.name}-13.onnx")
    sub = os.path.join(model.work, "import")
    os.makedirs(sub, exist_ok=True)
    nn, ck = os.path.join(sub, model.name + ".nn"), os.path.join(sub, "imported.nnck")
    run([sys.executable, os.path.join(SRC, "scripts", "onnx2nn.py"), onnx_path, "-o", nn, "--weights", ck])
    back = Model(nn, None, sub)
    back.build(nnc, nnrt, cc)
    if back.train != model.train:
        return [f"round trip: the imported model {'has' if back.train else 'lacks'} a train block"]
    out = os.path.join(sub, "predict.bin")
    run([back.exe, ck, model.inputs, str(ROWS), out, "-1", "values"])
    got = np.fromfile(out, dtype=np.float32).reshape(ROWS, -1)
    # the same graph and weights: the same numbers, but for the order the
    # C compiler keeps (a standardize read back as scale(x, 1/s) divides alike)
    bad = np.abs(got.astype(np.float64) - ref) > 1e-7 + 1e-6 * np.abs(ref)
    if got.shape != ref.shape or bad.any():
        return [f"round trip: predictions differ (largest difference "
                f"{np.max(np.abs(got.astype(np.float64) - ref)) if got.shape == ref.shape else got.shape})"]
    return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(os.environ.get("NNC_BINARY_DIR", "."), "tests", "onnx-work"))
    ap.add_argument("--only")
    ap.add_argument("models", nargs="*")
    args = ap.parse_args()
    why = skip_reason()
    if why:
        print(f"onnx_export: skipped: {why}")
        return 77
    nnc, nnrt = os.environ.get("NNC"), os.environ.get("NNRT_LIB")
    if not nnc or not nnrt:
        sys.exit("onnx_export: set NNC and NNRT_LIB (tests/CMakeLists.txt does)")
    cc = os.environ.get("CC", "cc")
    ort_dir = ort_node_dir()
    paths = args.models or sorted(glob.glob(os.path.join(SRC, "examples", "*.nn")) +
                                  glob.glob(os.path.join(SRC, "tests", "torch", "models", "*.nn")) +
                                  glob.glob(os.path.join(HERE, "models", "*.nn")))
    failed, passed = [], 0
    for path in paths:
        model = Model(path, args.work)
        if args.only and model.name != args.only:
            continue
        try:
            model.build(nnc, nnrt, cc)
            x, ref, ckpt = model.reference()
            problems = []
            variants = [("13", [], BATCHES), ("17", ["--opset=17"], (3,))]
            if model.name == "fashion_mlp":
                variants.append(("13 --no-fuse", ["--no-fuse"], (3,)))
            for label, flags, batches in variants:
                onnx_path = os.path.join(model.work, f"{model.name}-{label.replace(' ', '')}.onnx")
                run([nnc, path, "--emit=onnx", "--weights", ckpt, *flags, "-o", onnx_path])
                onnx_model, _ = check_onnx(onnx_path)
                if onnx_model.opset_import[0].version != int(label.split()[0]):
                    problems.append(f"opset {onnx_model.opset_import[0].version}, asked {label}")
                for rows in batches:
                    p = compare(f"opset {label}, batch {rows}", model.ort(onnx_path, x, rows, ort_dir),
                                ref[:rows].astype(np.float64))
                    if p:
                        problems.append(p)
            problems += round_trip(model, nnc, nnrt, cc, x, ref)
            if problems:
                failed.append(model.name)
                print(f"FAIL {model.name}:\n  " + "\n  ".join(problems))
            else:
                passed += 1
                print(f"ok   {model.name}")
        except Exception as e:  # one model's failure does not hide the others'
            failed.append(model.name)
            print(f"FAIL {model.name}: {e}")
    print(f"{passed} passed, {len(failed)} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
