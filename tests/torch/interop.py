#!/usr/bin/python3
"""interop.py - weights go from nnc to PyTorch and back through scripts/nnck.py.

    interop.py            (NNC, NNC_SOURCE_DIR, NNRT_LIB from ctest)

1. nnc -> torch: interop.nn is compiled with --main and trained by nnc on
   generated data (4 epochs of adam); `nnck.py to-torch` turns the
   checkpoint into a state_dict file; torch.load + load_state_dict(strict)
   put it into the torch.nn model nnref.py builds from the same .nn; its
   predictions match those of NAME_load + NAME_predict on the same inputs.
2. torch -> nnc: that torch model trains itself (adam, 30 steps) from
   another start; torch.save(state_dict) -> `nnck.py from-torch` ->
   NAME_load -> NAME_predict matches torch's predictions.
3. `nnck.py to-torch --keep-train` then `from-torch` gives back the
   byte-identical checkpoint; `nnck.py show` reports it, and a flipped
   byte is a CRC error (exit 1).

Tolerance: |nnc - torch| <= 1e-5 per probability (float32 both sides).
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import nnck  # noqa: E402  (scripts/nnck.py)
import nnref  # noqa: E402

NNC = os.environ.get("NNC", os.path.join(TOP, "build", "nnc"))
NNRT = os.environ.get("NNRT_LIB", os.path.join(TOP, "build", "libnnrt.a"))
NNCK = os.path.join(TOP, "scripts", "nnck.py")
MODEL = os.path.join(HERE, "interop.nn")
TOL = 1e-5
passed = failed = 0


def run(*cmd, cwd):
    p = subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f"`{' '.join(cmd)}` exited {p.returncode}\n{p.stdout}{p.stderr}")
    return p.stdout


def nnck_cli(*args, cwd):
    """scripts/nnck.py's command line, in this process (importing torch once)."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        rc = nnck._mod.main(list(args))
    finally:
        os.chdir(old)
    if rc != 0:
        raise RuntimeError(f"nnck.py {' '.join(args)} exited {rc}")


def report(name, ok, detail=""):
    global passed, failed
    print(f"[{'PASS' if ok else 'FAIL'}] {name}{': ' + detail if detail else ''}")
    passed, failed = passed + ok, failed + (not ok)


def data(n=400, seed=3):
    """Three classes by the sign pattern of two random projections."""
    g = np.random.default_rng(seed)
    x = g.normal(size=(n, 6)).astype(np.float32)
    w = g.normal(size=(6, 2))
    p = x @ w
    y = (p[:, 0] > 0).astype(int) + (p[:, 1] > 0.5).astype(int)
    return x, y


def nnc_predict(exe, ckpt, x, work):
    np.savetxt(os.path.join(work, "x.txt"), x, fmt="%.9g")
    run(exe, ckpt, "x.txt", "y.txt", cwd=work)
    return np.loadtxt(os.path.join(work, "y.txt"), ndmin=2)


def torch_predict(ref, x):
    with torch.no_grad():
        out, _ = ref.forward(torch.as_tensor(x, dtype=ref.dtype))
    return out.numpy().astype(np.float64)


def compare(name, a, b):
    diff = np.abs(a - b)
    i = np.unravel_index(np.argmax(diff), diff.shape)
    report(name, diff.max() <= TOL, f"largest difference {diff.max():.2e} at {i} (tolerance {TOL:g})")


def main():
    work = tempfile.mkdtemp(prefix="interop.")
    x, y = data()
    # the trainer reads CSV: the class first, then the 6 features
    np.savetxt(os.path.join(work, "train.csv"), np.column_stack([y, x]), fmt="%.9g", delimiter=",")
    run(NNC, MODEL, "--main", "-o", "train.c", cwd=work)
    run(NNC, MODEL, "-o", "interop.c", cwd=work)
    cc = ["cc", "-std=c11", "-O2", "-I", work, "-I", os.path.join(TOP, "runtime")]
    run(*cc, "train.c", NNRT, "-lz", "-lm", "-o", "train", cwd=work)
    run(*cc, "-DMODEL=interop", '-DMODEL_HEADER="interop.h"', os.path.join(HERE, "interop_predict.c"),
        "interop.c", NNRT, "-lz", "-lm", "-o", "predict", cwd=work)

    # ---- 1. trained in nnc, predicted by torch
    run("./train", "--train", "train.csv", "--save", "nnc.nnck", "--quiet", cwd=work)
    nnck_cli("to-torch", "nnc.nnck", "nnc.pt", cwd=work)
    sd = torch.load(os.path.join(work, "nnc.pt"))
    ref = nnref.load(MODEL, torch.float32)
    # nnref keeps its layers in a ModuleDict under "l_NAME"; the file's keys are the .nn's names
    ref.module.load_state_dict({"l_" + k: v for k, v in sd.items()}, strict=True)
    report("nnc checkpoint -> state_dict: every layer, no train.* tensor",
           sorted(sd) == sorted(n for n, _ in ref.params()), f"{len(sd)} tensors")
    compare("trained in nnc, same predictions in torch",
            nnc_predict("./predict", "nnc.nnck", x, work), torch_predict(ref, x))

    # ---- 2. trained in torch, predicted by nnc
    torch.manual_seed(7)
    ref = nnref.load(MODEL, torch.float32)
    opt = ref.optimizer()
    xt, yt = torch.as_tensor(x), torch.as_tensor(y, dtype=torch.float32)
    first = last = None
    for step in range(30):
        b = slice(16 * step % 384, 16 * step % 384 + 16)
        out, logits = ref.forward(xt[b], training=True)
        loss = ref.loss(out, logits, yt[b])
        opt.zero_grad()
        loss.backward()
        opt.step()
        first = loss.item() if first is None else first
        last = loss.item()
    report("torch trains (loss goes down)", last < first, f"{first:.3f} -> {last:.3f}")
    torch.save({k[2:]: v for k, v in ref.module.state_dict().items()}, os.path.join(work, "torch.pt"))
    nnck_cli("from-torch", "torch.pt", "torch.nnck", cwd=work)
    compare("trained in torch, same predictions in nnc",
            nnc_predict("./predict", "torch.nnck", x, work), torch_predict(ref, x))

    # ---- 3. the converter itself
    nnck_cli("to-torch", "--keep-train", "nnc.nnck", "all.pt", cwd=work)
    nnck_cli("from-torch", "all.pt", "back.nnck", cwd=work)
    same = open(os.path.join(work, "nnc.nnck"), "rb").read() == open(os.path.join(work, "back.nnck"), "rb").read()
    report("to-torch --keep-train then from-torch gives back the same bytes", same)
    shown = run(NNCK, "show", "nnc.nnck", cwd=work)
    report("nnck.py show: names, shapes, CRC ok", "CRC ok" in shown and "h_1.weight" in shown
           and "12x6" in shown and "epochs completed: 4" in shown, shown.splitlines()[0])
    blob = bytearray(open(os.path.join(work, "nnc.nnck"), "rb").read())
    blob[40] ^= 1
    open(os.path.join(work, "bad.nnck"), "wb").write(bytes(blob))
    p = subprocess.run([NNCK, "show", "bad.nnck"], cwd=work, capture_output=True, text=True)
    report("nnck.py show: a flipped byte is a CRC error (exit 1)",
           p.returncode == 1 and "CRC" in p.stderr, p.stderr.strip())

    print(f"{passed} passed, {failed} failed")
    if failed == 0:
        subprocess.run(["rm", "-rf", work])
    else:
        print(f"interop: files kept in {work}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
