#!/usr/bin/python3
"""torch_import.py - PyTorch models through ONNX into nnc's trainer (issue 23).

An MLP and a small CNN (conv, batch norm, relu, max pool, the
x.view(x.size(0), -1) flatten whose Shape/Gather/Concat/Reshape chain the
importer folds, a dense layer) are exported by torch.onnx.export in
training mode (so batch norm is kept as BatchNormalization), read by
scripts/onnx2nn.py with --loss, --optimizer and --batch-size, compiled with
`nnc --main` and trained by the standalone trainer for 3 steps (3 epochs
of one batch: the rows are the whole batch, so the shuffle only reorders
a sum) from the exported weights.  The loss of each step (--metrics) and
every weight and running statistic after the third step must match
PyTorch's, float32, within 1e-5 + 1e-4 |ref|.

Needs NNC and NNRT_LIB (tests/CMakeLists.txt), python3-torch and
python3-onnx; exits 77 without python3-onnx.
"""
import csv
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, "scripts"))
ROWS, STEPS, LR, MOMENTUM = 8, 3, 0.1, 0.9


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def models(torch):
    nn = torch.nn

    class Mlp(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = nn.Linear(6, 16)
            self.fc2 = nn.Linear(16, 12)
            self.out = nn.Linear(12, 3)

        def forward(self, x):
            return self.out(torch.tanh(self.fc2(torch.relu(self.fc1(x)))))

    class Cnn(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(2, 4, 3, padding=1)
            self.bn = nn.BatchNorm2d(4)
            self.conv2 = nn.Conv2d(4, 6, 2, stride=2, bias=False)
            self.fc = nn.Linear(6 * 2 * 2, 3)

        def forward(self, x):
            h = torch.max_pool2d(torch.relu(self.bn(self.conv(x))), 2)
            h = torch.relu(self.conv2(h))
            return self.fc(h.view(h.size(0), -1))

    return [("mlp", Mlp(), (6,)), ("cnn", Cnn(), (2, 8, 8))]



def main():
    try:
        import onnx
    except ImportError:
        print("torch_import: skipped: python3-onnx is not installed (scripts/deps.sh test installs it)")
        return 77
    import torch
    import nnck
    nnc, nnrt = os.environ.get("NNC"), os.environ.get("NNRT_LIB")
    if not nnc or not nnrt:
        sys.exit("torch_import: set NNC and NNRT_LIB (tests/CMakeLists.txt does)")
    cc = os.environ.get("CC", "cc")
    torch.manual_seed(23)
    failed = passed = 0
    for name, net, shape in models(torch):
        work = tempfile.mkdtemp(prefix=f"onnx-torch-{name}.", dir=os.environ.get("TMPDIR"))
        problems = []
        wrapped = torch.nn.Sequential(net, torch.nn.Softmax(dim=1))
        rng = np.random.default_rng(5)
        x = rng.standard_normal((ROWS, *shape)).astype(np.float32)
        labels = np.arange(ROWS) % 3
        path = os.path.join(work, f"{name}.onnx")
        torch.onnx.export(wrapped, torch.from_numpy(x[:2]), path, training=torch.onnx.TrainingMode.TRAINING,
                          do_constant_folding=False, opset_version=13, input_names=["x"],
                          output_names=["y"], dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}})
        ops = sorted({n.op_type for n in onnx.load(path).graph.node})
        nn_path, ck = os.path.join(work, f"{name}.nn"), os.path.join(work, "start.nnck")
        run([sys.executable, os.path.join(SRC, "scripts", "onnx2nn.py"), path, "-o", nn_path, "--weights", ck,
             "--name", name, "--loss", "cross_entropy",
             "--optimizer", f"sgd(lr = {LR}, momentum = {MOMENTUM})", "--batch-size", str(ROWS)], work)
        run([nnc, nn_path, "--main", "-o", os.path.join(work, "train.c")], work)
        run([cc, "-O2", "-std=c11", "-I", os.path.join(SRC, "runtime"), "train.c", nnrt, "-lz", "-lm",
             "-lpthread", "-o", "train"], work)
        with open(os.path.join(work, "data.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["label"] + [f"f{i}" for i in range(x[0].size)])
            for r in range(ROWS):
                w.writerow([int(labels[r])] + [repr(float(v)) for v in x[r].reshape(-1)])
        run(["./train", "--train", "data.csv", "--load", "start.nnck", "--save", "end.nnck",
             "--epochs", str(STEPS), "--validation", "0", "--metrics", "metrics.csv", "--quiet"], work)
        with open(os.path.join(work, "metrics.csv")) as f:
            rows = [r for r in f if not r.startswith("#")]
        got_loss = [float(r["train_loss"]) for r in csv.DictReader(rows)]

        # PyTorch: the same weights, the same steps
        net.train()
        opt = torch.optim.SGD(net.parameters(), lr=LR, momentum=MOMENTUM)
        xt, yt = torch.from_numpy(x), torch.from_numpy(labels)
        ref_loss = []
        for _ in range(STEPS):
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(net(xt), yt)
            loss.backward()
            opt.step()
            ref_loss.append(float(loss))
        for s, (g, r) in enumerate(zip(got_loss, ref_loss)):
            if abs(g - r) > 1e-5 + 1e-4 * abs(r):
                problems.append(f"step {s + 1}: loss {g!r}, PyTorch's {r!r}")
        if len(got_loss) != STEPS:
            problems.append(f"{len(got_loss)} epochs in the metrics, not {STEPS}")
        ref = [(k, v.detach().numpy()) for k, v in net.state_dict().items() if not k.endswith("num_batches_tracked")]
        got = [(k, v) for k, v in nnck.read(os.path.join(work, "end.nnck"))
               if not k.startswith("train.") and not k.endswith("num_batches_tracked")]
        if len(got) != len(ref):
            problems.append(f"{len(got)} tensors in nnc's checkpoint, PyTorch has {len(ref)}")
        for (gk, gv), (rk, rv) in zip(got, ref):
            gv = gv.reshape(rv.shape) if gv.size == rv.size else gv
            if gv.shape != rv.shape:
                problems.append(f"{gk} {gv.shape} against {rk} {rv.shape}")
                continue
            err = np.abs(gv.astype(np.float64) - rv) - (1e-5 + 1e-4 * np.abs(rv))
            if (err > 0).any():
                problems.append(f"{gk} (PyTorch's {rk}) after {STEPS} steps: largest difference "
                                f"{np.max(np.abs(gv - rv)):.3g}")
        if problems:
            failed += 1
            print(f"FAIL {name} ({', '.join(ops)}):\n  " + "\n  ".join(problems))
            print(f"  (files in {work})")
        else:
            passed += 1
            print(f"ok   {name}: ONNX ops {', '.join(ops)}; losses {', '.join(f'{v:.6f}' for v in got_loss)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
