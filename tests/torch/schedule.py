#!/usr/bin/python3
"""schedule.py - the learning rate of every epoch, nnc against PyTorch's schedulers.

    schedule.py            (NNC, NNRT_LIB from ctest; CC optional)

For each schedule of LANGUAGE-v2 "Training v2" (constant, step,
exponential, cosine with t_max = epochs and with t_max past which the
rate rises again, each with adamw or sgd), a small model is compiled with
--main and trained by the standalone trainer for 3 epochs with --save,
then resumed from that checkpoint to 6 epochs; the `lr` column of the
metrics CSV (one row per epoch, both runs appending to one file) must
equal the torch.optim.lr_scheduler's get_last_lr() of each epoch (read
before the scheduler's step at the end of it) within 1e-7 relative.  The
resumed run must continue the schedule: its rows are epochs 4 to 6.

Exit status: 0 all passed, 1 a failure.
"""
import csv
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import nnref  # noqa: E402

NNC = os.environ.get("NNC", os.path.join(TOP, "build", "nnc"))
NNRT = os.environ.get("NNRT_LIB", os.path.join(TOP, "build", "libnnrt.a"))
CC = os.environ.get("CC", "cc")
RTOL = 1e-7
EPOCHS = 6

CASES = {
    "constant": ("sgd(lr = 0.05)", "constant"),
    "step": ("sgd(lr = 0.1, momentum = 0.9)", "step(step_size = 2, gamma = 0.5)"),
    "step_positional": ("adamw(lr = 0.01)", "step(4)"),
    "exponential": ("adamw(lr = 0.003)", "exponential(gamma = 0.7)"),
    "cosine": ("adamw(lr = 0.001)", "cosine(eta_min = 0.00001)"),
    "cosine_past_t_max": ("rmsprop(lr = 0.01)", "cosine(t_max = 4, eta_min = 0.0005)"),
    "cosine_to_zero": ("sgd(lr = 0.2)", "cosine(t_max = 3)"),
}


def source(name, opt, sched):
    return (f"model {name} {{\n    input x[4]\n    h = dense(x, 5, relu)\n    y = dense(h, 3, softmax)\n"
            f"    output y\n}}\ntrain {{\n    loss = cross_entropy\n    optimizer = {opt}\n"
            f"    schedule = {sched}\n    batch_size = 8\n    epochs = {EPOCHS}\n}}\n")


def torch_lrs(path):
    """get_last_lr() during each of EPOCHS epochs."""
    ref = nnref.load(path)
    opt = ref.optimizer()
    sched = ref.scheduler(opt)
    out = []
    for _ in range(EPOCHS):
        out.append(sched.get_last_lr()[0] if sched else opt.param_groups[0]["lr"])
        opt.step()   # no gradients: the weights stay, the order of calls is PyTorch's
        if sched:
            sched.step()
    return out


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f"`{' '.join(cmd)}` exited with {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def nnc_lrs(work, name, path):
    run([NNC, "--main", path, "-o", f"{name}.c"], work)
    run([CC, "-O1", "-I", os.path.join(TOP, "runtime"), f"{name}.c", NNRT, "-lz", "-lm", "-o", name], work)
    rng = np.random.default_rng(7)
    with open(os.path.join(work, "data.csv"), "w") as f:
        for _ in range(40):
            x = rng.normal(0, 1, 4)
            f.write(",".join(f"{v:.5f}" for v in x) + f",{int(rng.integers(0, 3))}\n")
    common = ["--train", "data.csv", "--label-col", "last", "--validation", "0", "--quiet",
              "--save", "ck.nnck", "--metrics", "m.csv"]
    run([f"./{name}", *common, "--epochs", "3"], work)
    run([f"./{name}", *common, "--resume", "ck.nnck", "--epochs", str(EPOCHS)], work)
    with open(os.path.join(work, "m.csv")) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    head, body = rows[0], rows[1:]
    e, lr = head.index("epoch"), head.index("lr")
    return [int(r[e]) for r in body], [float(r[lr]) for r in body]


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case, (opt, sched) in CASES.items():
            work = os.path.join(tmp, case)
            os.makedirs(work)
            name = "s_" + case
            path = os.path.join(work, name + ".nn")
            with open(path, "w") as f:
                f.write(source(name, opt, sched))
            want = torch_lrs(path)
            try:
                epochs, got = nnc_lrs(work, name, path)
            except RuntimeError as err:
                print(f"[FAIL] {case}: {err}")
                failed += 1
                continue
            bad = []
            if epochs != list(range(1, EPOCHS + 1)):
                bad.append(f"metrics rows are epochs {epochs}, want 1..{EPOCHS} (3 then a resume to {EPOCHS})")
            for i, (a, b) in enumerate(zip(got, want)):
                if abs(a - b) > RTOL * abs(b) + 1e-12:
                    bad.append(f"epoch {i + 1}: nnc lr {a!r}, torch {b!r}")
            print(f"[{'FAIL' if bad else 'PASS'}] {case}: {sched}: lr " + " ".join(f"{v:.8g}" for v in got))
            for line in bad:
                print("  " + line)
            failed += bool(bad)
    print(f"schedule: {len(CASES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
