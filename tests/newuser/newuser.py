#!/usr/bin/python3
"""newuser.py - the flows a new user of nnc goes through, run as they would.

    newuser.py install PREFIX          cmake --install the build under test (the fixture)
    newuser.py FLOW PREFIX             one flow, with PREFIX/bin first on PATH

Every flow works from the installed prefix: `nnc`, `nnc-train` and
`nnc-ckpt` on PATH, libnnrt and nnrt.h where `cmake --install` put them,
nothing from the build tree.  Each checks what a user would look at (the
lines printed, the files written, the exit status) and prints [PASS] or
[FAIL] per check; exit 0 when all pass, 1 otherwise, 77 when the flow
cannot run here (no PyTorch, no Fashion-MNIST, no train.lr in the
generated code yet: the message says which).

Flows (issue 21):
  evaluate_torch  a PyTorch nn.Sequential -> nnc-ckpt from-torch --model ->
                  --evaluate and --predict without training, against torch's numbers
  overrides       --epochs --seed --validation --patience obeyed, in --help and
                  in the metrics file's comment; --lr refused plainly without train.lr
  lr              --lr changes training (skipped until the code keeps train.lr)
  validation      a class-sorted CSV: validation accuracy tracks training accuracy
  regression      MSE, MAE and R^2, not a NaN accuracy
  confusion       the confusion matrix on test data, adding up, and its heatmap
  csv             header names, column numbers, 'last', ';' files, hints
  data_messages   each data-file fault its own message
  progress        an 80-column terminal: no line longer than 80
  apps            a C app through pkg-config and through CMake predicts what
                  --predict does, and starts without LD_LIBRARY_PATH
  ckpt_pipe       nnc-ckpt show | head: no traceback
  preprocess      `z = standardize(x)` on a CSV of raw features far apart in scale:
                  the statistics in the checkpoint, and a C app and PyTorch (through
                  nnc-ckpt to-torch) predicting raw inputs as the trainer's test pass does
"""
import fcntl
import glob
import gzip
import math
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))
FASHION = os.environ.get("FASHION_MNIST", "/usr/share/datasets/fashion-mnist")
SKIP = 77

BLOBS = """# three noisy blobs in 4 dimensions
model blobs {
    input x[4]
    h = dense(x, 16, relu)
    y = dense(h, 3, softmax)
    output y
}
train { loss = cross_entropy  optimizer = sgd(lr = 0.05, momentum = 0.9)  batch_size = 16
        epochs = 12  seed = 5  validation = 0.2 }
"""

REGRESS = """# y = sin(a) + b * c, from three inputs
model regress {
    input x[3]
    h = dense(x, 32, tanh)
    y = dense(h, 1)
    output y
}
train { loss = mse  optimizer = adam(lr = 0.01)  batch_size = 16  epochs = 60  seed = 3 }
"""


class Flow:
    """A work folder, the environment of a user with PREFIX installed, and the verdicts."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.dir = tempfile.mkdtemp(prefix="nnc-newuser-")
        self.env = dict(os.environ)
        self.env["PATH"] = os.path.join(prefix, "bin") + os.pathsep + self.env.get("PATH", "")
        self.env["TMPDIR"] = self.dir          # nnc-train's cache of trainers
        self.env["LC_ALL"] = "C"
        self.env.pop("LD_LIBRARY_PATH", None)
        self.env.pop("NNC", None)
        pcs = glob.glob(os.path.join(prefix, "lib*", "pkgconfig")) + glob.glob(os.path.join(prefix, "lib", "*", "pkgconfig"))
        self.env["PKG_CONFIG_PATH"] = os.pathsep.join(pcs)
        self.passed = self.failed = 0

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, text):
        with open(self.path(name), "w") as f:
            f.write(text)
        return self.path(name)

    def run(self, *args, stdin=None):
        """-> (exit status, stdout, stderr) of a command in the work folder."""
        p = subprocess.run(list(args), cwd=self.dir, env=self.env, input=stdin, capture_output=True,
                           text=True, timeout=300)
        return p.returncode, p.stdout, p.stderr

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"[PASS] {name}")
        else:
            self.failed += 1
            print(f"[FAIL] {name}")
            for line in str(detail).strip().splitlines()[-25:]:
                print(f"    {line}")
        return ok

    def finish(self):
        shutil.rmtree(self.dir, ignore_errors=True)
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def blob_rows(n_per_class, seed, sort=True):
    """Rows (features..., label) of three blobs; sorted by class, or interleaved."""
    s, rows = seed, []
    for c in range(3):
        for _ in range(n_per_class):
            feats = []
            for j in range(4):
                s = (s * 1103515245 + 12345) % 2147483648
                centre = (c - 1) * (1.5 if j == c else 0.3)
                feats.append(centre + (s / 2147483648 - 0.5) * 2)
            rows.append(feats + [c])
    if not sort:
        rows = [rows[(i % 3) * n_per_class + i // 3] for i in range(len(rows))]
    return rows


def write_csv(f, name, rows, header=None, sep=","):
    lines = [sep.join(header)] if header else []
    lines += [sep.join(f"{v:.6g}" if isinstance(v, float) else str(v) for v in r) for r in rows]
    return f.write(name, "\n".join(lines) + "\n")


def last_epoch(stderr):
    """(acc, val_acc) of the last epoch line, in percent."""
    lines = [l for l in stderr.splitlines() if l.startswith("epoch ") and "val_acc" in l]
    m = re.search(r"acc ([\d.]+)%.*val_acc ([\d.]+)%", lines[-1]) if lines else None
    return (float(m.group(1)), float(m.group(2))) if m else (None, None)


# ---- the fixture ----------------------------------------------------------------

def install(prefix, build):
    shutil.rmtree(prefix, ignore_errors=True)
    p = subprocess.run(["cmake", "--install", build, "--prefix", prefix], capture_output=True, text=True)
    print(p.stdout[-2000:], p.stderr[-2000:])
    ok = p.returncode == 0 and all(os.path.exists(os.path.join(prefix, "bin", t))
                                   for t in ("nnc", "nnc-train", "nnc-ckpt"))
    print(f"[{'PASS' if ok else 'FAIL'}] cmake --install into {prefix}: nnc, nnc-train, nnc-ckpt on PATH")
    return 0 if ok else 1


# ---- the flows ------------------------------------------------------------------

def flow_evaluate_torch(f):
    try:
        import numpy as np
        import torch
    except ImportError as e:
        print(f"newuser: no PyTorch here ({e}); python3-torch is in scripts/deps.sh test")
        return SKIP
    torch.manual_seed(0)
    seq = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3), torch.nn.Softmax(dim=1))
    rows = blob_rows(40, 11, sort=False)
    x = torch.tensor([r[:4] for r in rows], dtype=torch.float32)
    t = torch.tensor([r[4] for r in rows])
    opt = torch.optim.SGD(seq.parameters(), lr=0.1)
    for _ in range(50):   # trained in PyTorch, not by nnc
        opt.zero_grad()
        loss = torch.nn.functional.nll_loss(torch.log(seq(x)), t)
        loss.backward()
        opt.step()
    torch.save(seq.state_dict(), f.path("seq.pt"))
    with torch.no_grad():
        probs = seq(x).numpy()
    want_loss = float(-np.mean(np.log(probs[np.arange(len(rows)), [r[4] for r in rows]])))
    want_acc = 100.0 * float(np.mean(probs.argmax(1) == np.array([r[4] for r in rows])))
    f.write("blobs.nn", BLOBS)
    csv = write_csv(f, "test.csv", [r[:4] + [r[4]] for r in rows], ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-ckpt", "from-torch", "seq.pt", "torch.nnck")
    f.check("from-torch without --model notes that 0.weight ... need naming", "--model MODEL.nn" in err, err)
    rc, out, err = f.run("nnc-ckpt", "from-torch", "seq.pt", "torch.nnck", "--model", "blobs.nn")
    f.check("nnc-ckpt from-torch --model names the Sequential's layers h and y", rc == 0, out + err)
    rc, out, _ = f.run("nnc-ckpt", "show", "torch.nnck")
    f.check("the checkpoint holds h.weight 16x4 and y.weight 3x16, no train.*",
            re.search(r"h\.weight +16x4", out) and re.search(r"y\.weight +3x16", out)
            and not re.search(r"^ +train\.", out, re.M), out)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--evaluate", csv, "--load", "torch.nnck")
    f.check("--evaluate on the PyTorch checkpoint: exit 0, no training epoch", rc == 0 and "epoch" not in err, out + err)
    m = re.search(r"^loss ([\d.]+)  accuracy ([\d.]+)%$", out, re.M)
    f.check(f"--evaluate's loss and accuracy are PyTorch's ({want_loss:.4f}, {want_acc:.2f}%)",
            m and abs(float(m.group(1)) - want_loss) < 1e-3 and abs(float(m.group(2)) - want_acc) < 0.01, out)
    f.check("--evaluate prints the confusion matrix", "confusion matrix (120 rows" in out, out)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--predict", csv, "--load", "torch.nnck", "-o", "preds.csv")
    lines = open(f.path("preds.csv")).read().split("\n") if rc == 0 else []
    f.check("--predict writes a header and one row per sample", rc == 0 and lines[0] == "class,p0,p1,p2"
            and len([l for l in lines[1:] if l]) == len(rows), out + err)
    worst = 0.0
    for i, line in enumerate(l for l in lines[1:] if l):
        vals = [float(v) for v in line.split(",")]
        worst = max([worst, abs(vals[0] - probs[i].argmax())] + [abs(a - b) for a, b in zip(vals[1:], probs[i])])
    f.check(f"--predict's classes and probabilities are PyTorch's (largest difference {worst:.2g} <= 1e-5)",
            lines and worst <= 1e-5)
    rc, _, err = f.run("nnc-ckpt", "from-torch", "seq.pt", "bad.nnck", "--model", f.write("wide.nn", BLOBS.replace("16, relu", "17, relu")))
    f.check("a model whose layers do not match is refused, naming the pair", rc == 1 and "0.weight is 16x4" in err
            and "h.weight, is 17x4" in err and not os.path.exists(f.path("bad.nnck")), err)
    return f.finish()


def flow_overrides(f):
    f.write("blobs.nn", BLOBS)
    write_csv(f, "train.csv", blob_rows(60, 3, sort=False), ["a", "b", "c", "d", "label"])
    rc, out, _ = f.run("nnc-train", "blobs.nn", "--help")
    f.check("--help shows --lr, --epochs, --seed, --validation, --patience",
            rc == 0 and all(o in out for o in ("--lr", "--epochs", "--seed", "--validation", "--patience")), out)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "3", "--seed", "9",
                         "--validation", "0.3", "--patience", "2", "--metrics", "m.csv")
    f.check("the run obeys --epochs 3", rc == 0 and "epoch 3/3" in err and "epoch 4/" not in err, err)
    f.check("--validation 0.3: 126 rows train, 54 validate", "on the 126 training rows" in out, out)
    text = open(f.path("m.csv")).read() if rc == 0 else ""
    f.check("the metrics file's first line records every setting and override", text.startswith(
        "# model blobs: epochs 3 (--epochs), lr 0.05, seed 9 (--seed), validation 0.3 of the rows, "
        "seeded (--validation), patience 2 (--patience); data train.csv\nepoch,train_loss,"), text)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "40", "--patience", "1",
                         "--validation", "0.3", "--seed", "9")
    f.check("--patience 1 stops early and says which epoch's weights it kept",
            rc == 0 and re.search(r"early stopping after epoch (\d+)", err) and "epoch 40/40" not in err, err)
    rc, _, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "0")
    f.check("--epochs 0 is a usage error that says what it needs", rc == 2 and "--epochs needs a whole number" in err, err)
    return f.finish()


def flow_lr(f):
    f.write("blobs.nn", BLOBS)
    write_csv(f, "train.csv", blob_rows(60, 3, sort=False), ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "1", "--lr", "0.01", "--quiet")
    f.check("--lr 0.01 trains", rc == 0, out + err)
    saved = {}
    for lr in ("1e-9", "0.05"):
        rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "1", "--lr", lr,
                             "--save", f"lr{lr}.nnck", "--metrics", f"m{lr}.csv", "--quiet")
        f.check(f"--lr {lr} trains", rc == 0, out + err)
        saved[lr] = f.run("nnc-ckpt", "show", f"lr{lr}.nnck")[1]
        f.check(f"--lr {lr} is recorded in the metrics file", f"(--lr)" in open(f.path(f"m{lr}.csv")).read())
    rc, init, _ = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "1", "--lr", "1e-30",
                        "--save", "init.nnck", "--quiet")
    weights = lambda text: [l for l in text.splitlines() if "weight " in l and "train." not in l]
    f.check("a rate of 1e-9 leaves the weights as they started, 0.05 moves them",
            weights(saved["1e-9"]) == weights(f.run("nnc-ckpt", "show", "init.nnck")[1]) != weights(saved["0.05"]))
    return f.finish()


def flow_validation(f):
    f.write("blobs.nn", BLOBS)
    write_csv(f, "sorted.csv", blob_rows(100, 7, sort=True), ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "sorted.csv")
    acc, val = last_epoch(err)
    f.check(f"a class-sorted file: validation accuracy {val}% tracks training accuracy {acc}% (within 10 points)",
            rc == 0 and acc is not None and abs(acc - val) <= 10 and val >= 70, err)
    data = f.write("val.csv", open(f.path("sorted.csv")).read())
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "sorted.csv", "--validation-data", data, "--epochs", "2")
    f.check("--validation-data validates on the file, holding no rows out",
            rc == 0 and "val_loss" in err and "on the 300 training rows" in out, out + err)
    return f.finish()


def flow_regression(f):
    f.write("regress.nn", REGRESS)
    s, rows = 1, []
    for _ in range(400):
        v = []
        for _ in range(3):
            s = (s * 1103515245 + 12345) % 2147483648
            v.append(s / 2147483648 * 2 - 1)
        rows.append(v + [math.sin(2 * v[0]) + v[1] * v[2]])
    write_csv(f, "train.csv", rows[:300], ["a", "b", "c", "y"])
    write_csv(f, "test.csv", rows[300:], ["a", "b", "c", "y"])
    rc, out, err = f.run("nnc-train", "regress.nn", "--train", "train.csv", "--test", "test.csv", "--save", "r.nnck")
    m = re.search(r"^test mse ([\d.]+)  mae ([\d.]+)  r2 (-?[\d.]+)$", out, re.M)
    f.check("the final line gives test MSE, MAE and R^2", rc == 0 and m, out + err)
    f.check("no NaN, no accuracy for a regression", "nan" not in (out + err).lower() and "acc" not in out + err, out + err)
    if m:
        mse, mae, r2 = map(float, m.groups())
        f.check(f"the model explains the data: R^2 {r2} > 0.9, MAE {mae} <= sqrt(MSE)", r2 > 0.9 and mae <= math.sqrt(mse) + 1e-4)
    rc, out2, _ = f.run("nnc-train", "regress.nn", "--evaluate", "test.csv", "--load", "r.nnck")
    f.check("--evaluate prints the same scores", rc == 0 and m and out2.strip() == m.group(0)[len("test "):], out2)
    return f.finish()


def parse_confusion(out):
    """-> (matrix rows, printed accuracies) of the trainer's table."""
    lines = out.splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith("true ")), None)
    if start is None:
        return None, None
    k = len(lines[start].split()) - 2
    matrix, accs = [], []
    for line in lines[start + 1:start + 1 + k]:
        words = line.split()
        matrix.append([int(w) for w in words[1:1 + k]])
        accs.append(float(words[-1].rstrip("%")))
    return matrix, accs


def flow_confusion(f):
    f.write("blobs.nn", BLOBS)
    write_csv(f, "train.csv", blob_rows(100, 3, sort=False), ["a", "b", "c", "d", "label"])
    write_csv(f, "test.csv", blob_rows(50, 4, sort=False), ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--test", "test.csv", "--plot", "run.svg")
    matrix, accs = parse_confusion(out)
    f.check("with --test the confusion matrix comes before the final line",
            rc == 0 and matrix and out.splitlines()[-1].startswith("test loss"), out + err)
    if matrix:
        total = sum(map(sum, matrix))
        diag = sum(matrix[i][i] for i in range(3))
        final = float(re.search(r"accuracy ([\d.]+)%", out.splitlines()[-1]).group(1))
        f.check(f"its 3x3 counts add up to the 150 test rows, 50 per class", total == 150 and all(sum(r) == 50 for r in matrix))
        f.check("each class's accuracy is its diagonal share, and the diagonal gives the final accuracy",
                all(abs(a - 100.0 * matrix[i][i] / 50) < 0.006 for i, a in enumerate(accs))
                and abs(final - 100.0 * diag / total) < 0.006, out)
    svg = f.path("run-confusion.svg")
    text = open(svg).read() if os.path.exists(svg) else ""
    f.check("--plot draws the heatmap beside the chart (run-confusion.svg, 9 cells)",
            text.count('class="cell"') == 9 and os.path.exists(f.path("run.svg")), text[:300])
    if shutil.which("xmllint") and text:
        f.check("xmllint parses the heatmap", f.run("xmllint", "--noout", svg)[0] == 0)
    chart = open(f.path("run.svg")).read() if os.path.exists(f.path("run.svg")) else ""
    rc, _, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--epochs", "40", "--patience", "2",
                       "--plot", "stop.svg", "--quiet")
    stop = open(f.path("stop.svg")).read() if rc == 0 else ""
    f.check("with early stopping the chart marks the best epoch", 'id="best-epoch"' in stop and "best: epoch" in stop, err)
    f.check("without it, no mark", chart and 'id="best-epoch"' not in chart)
    return f.finish()


def flow_csv(f):
    f.write("blobs.nn", BLOBS)
    rows = blob_rows(40, 5, sort=False)
    write_csv(f, "last.csv", rows, ["sepal", "petal", "width", "height", "species"])
    write_csv(f, "semi.csv", rows, ["a", "b", "c", "d", "Label"], sep=";")
    write_csv(f, "first.csv", [[r[4]] + r[:4] for r in rows])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "last.csv", "--epochs", "1")
    f.check("a header naming no target column: an error that asks for --label-col, no training",
            rc == 1 and "which column holds the targets?" in err and "--label-col" in err and "epoch" not in err, err)
    for col in ("species", "5", "last"):
        rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "last.csv", "--epochs", "2", "--label-col", col)
        f.check(f"--label-col {col} reads the last column", rc == 0 and "on the 96 training rows" in out, out + err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "last.csv", "--label-col", "2")
    f.check("--label-col 2 (a feature): the message names column 2, and column 5 as holding labels",
            rc == 1 and "column 2 ('petal'): label" in err and "read from column 2 ('petal')" in err
            and "column 5 ('species') holds valid class indices" in err, err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "last.csv", "--label-col", "7")
    f.check("--label-col 7 of 5 columns says column 7, as the option counts",
            rc == 1 and "the file has 5 columns, so there is no column 7" in err, err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "semi.csv", "--epochs", "2")
    f.check("a ';' file with a 'Label' header column reads", rc == 0, out + err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "first.csv", "--epochs", "2")
    f.check("no header: the first column, as in MNIST's CSV files", rc == 0, out + err)
    f.write("comma.csv", "a;b;c;d;label\n0,5;1;2;3;0\n")
    rc, _, err = f.run("nnc-train", "blobs.nn", "--train", "comma.csv")
    f.check("a decimal comma is named as such", rc == 1 and "'0,5' is not a number (a decimal comma?" in err, err)
    f.write("spaces.csv", "1 2 3 4 0\n")
    rc, _, err = f.run("nnc-train", "blobs.nn", "--train", "spaces.csv")
    f.check("space-separated values are named as such", rc == 1 and "values must be separated by ',', ';' or a tab" in err, err)
    return f.finish()


def flow_data_messages(f):
    f.write("blobs.nn", BLOBS)
    write_csv(f, "ok.csv", blob_rows(10, 5), ["a", "b", "c", "d", "label"])
    labels = os.path.join(FASHION, "t10k-labels-idx1-ubyte.gz")
    images = os.path.join(FASHION, "t10k-images-idx3-ubyte.gz")
    cases = [
        ("a missing file: the system's reason", ["--train", "nope.csv"], "nope.csv: cannot open it: No such file or directory"),
        ("a CSV file given a labels file: not IDX, the bytes read and expected, and why",
         ["--train", "ok.csv", "ok.csv"], "ok.csv: not an IDX file: it starts 61 2c 62 2c, an IDX file starts 00 00"),
    ]
    with open(f.path("cut.gz"), "wb") as out:
        out.write(gzip.compress(b"0,1,2,3,4\n" * 1000)[:-10])
    cases.append(("a truncated gzip file", ["--train", "cut.gz"], "cut.gz: truncated: the gzip data ends early"))
    data = bytearray(gzip.compress(b"0,1,2,3,4\n" * 1000))
    data[20] ^= 0xff
    open(f.path("bad.gz"), "wb").write(bytes(data))
    cases.append(("damaged gzip data", ["--train", "bad.gz"], "bad.gz: damaged gzip data (zlib: "))
    f.write("wide.csv", "label," + ",".join(f"p{i}" for i in range(784)) + "\n" + "0," + ",".join("0" for _ in range(784)) + "\n")
    cases.append(("data of the wrong width, from CSV", ["--train", "wide.csv"],
                  "wide.csv:1: the file has 784 inputs (785 columns less 1 target column), model 'blobs' takes x[4] (4 values)"))
    if os.path.exists(images):
        cases.append(("data of the wrong width, from IDX", ["--train", images, labels],
                      "t10k-images-idx3-ubyte.gz: images are 28x28 (784 values), model 'blobs' takes x[4] (4 values)"))
    for what, args, want in cases:
        rc, out, err = f.run("nnc-train", "blobs.nn", *args)
        f.check(f"{what}: exit 1, '{want[:60]}...'", rc == 1 and want in err and out == "", err)
    if os.path.exists(images):   # a CNN for colour 32x32 images given Fashion-MNIST's 28x28
        f.write("cifar.nn", "model cifar {\n input x[3, 32, 32]\n c = conv2d(x, 4, 5, act = relu)\n"
                " y = dense(flatten(max_pool2d(c, 4)), 10, softmax)\n output y\n}\n"
                "train { loss = cross_entropy  batch_size = 16  epochs = 1 }\n")
        want = "t10k-images-idx3-ubyte.gz: images are 28x28 (784 values), model 'cifar' takes x[3, 32, 32] (3072 values)"
        rc, out, err = f.run("nnc-train", "cifar.nn", "--train", images, labels, "--save", "never.nnck")
        f.check(f"images of another shape than the model's input: exit 1, '{want[:60]}...', nothing written",
                rc == 1 and want in err and out == "" and not os.path.exists(f.path("never.nnck")), err)
    return f.finish()


def visible_widths(raw):
    """The widest run of columns a terminal shows between line starts (\\r, \\n), escapes left out."""
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", raw.decode("utf-8", "replace"))
    widest, col = 0, 0
    for ch in text:
        if ch in "\r\n":
            col = 0
        else:
            col += 1
            widest = max(widest, col)
    return widest


def in_pty(f, args, cols=80):
    """Runs a command with stdout and stderr on a pseudo-terminal of `cols` columns; -> (status, bytes)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, cols, 0, 0))
    p = subprocess.Popen(args, cwd=f.dir, env=f.env, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        r, _, _ = select.select([master], [], [], 300)
        if not r:
            break
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO: the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return p.wait(), b"".join(chunks)


def flow_progress(f):
    if not os.path.exists(os.path.join(FASHION, "train-images-idx3-ubyte.gz")):
        print(f"newuser: no Fashion-MNIST in {FASHION} (dataset-fashion-mnist)")
        return SKIP
    f.write("fashion.nn", open(os.path.join(TOP, "examples", "overfit_dropout.nn")).read())
    fm = lambda n: os.path.join(FASHION, n)
    # build the trainer first, so the run below is the trainer alone
    f.run("nnc-train", "fashion.nn", "--help")
    rc, raw = in_pty(f, ["nnc-train", "fashion.nn", "--train", fm("train-images-idx3-ubyte.gz"),
                         fm("train-labels-idx1-ubyte.gz"), "--test", fm("t10k-images-idx3-ubyte.gz"),
                         fm("t10k-labels-idx1-ubyte.gz"), "--limit", "3000", "--epochs", "120", "--patience", "2"])
    text = raw.decode("utf-8", "replace")
    f.check("the run ends with the test line", rc == 0 and "test loss" in text, text[-2000:])
    f.check("the live bar was drawn (batch a/b) and cleared its line (ESC [K)", "batch " in text and "\x1b[K" in text, text[-1500:])
    widest = visible_widths(raw)
    f.check(f"no line wider than 80 columns on an 80-column terminal (widest {widest})", 0 < widest <= 80,
            "\n".join(l for l in text.replace("\r", "\n").splitlines() if len(l) > 80)[:2000])
    f.check("early stopping names the epoch whose weights it kept",
            re.search(r"keeping the weights of epoch \d+, the best val_loss", text), text[-1500:])
    f.check("accuracies are percentages everywhere (no '0.xxxx' accuracy)",
            not re.search(r"acc(uracy)? 0\.\d{4}\b", text) and re.search(r"accuracy \d+\.\d\d%", text), text[-1500:])
    rc, raw = in_pty(f, ["nnc-train", "fashion.nn", "--help"])
    widest = visible_widths(raw)
    f.check(f"--help fits in 80 columns (widest {widest})", rc == 0 and 0 < widest <= 80, raw.decode()[:3000])
    return f.finish()


APP = r"""/* a user's app: the model trained by nnc-train, predicting from its checkpoint */
#include <stdio.h>
#include <stdlib.h>
#include "blobs.h"

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    blobs *m = blobs_create(1);
    if (!m || blobs_load(m, argv[1]) != 0) {
        fprintf(stderr, "app: %s\n", nnrt_last_error());
        return 1;
    }
    FILE *in = fopen(argv[2], "r");
    float x[4], y[3];
    while (in && fgetc(in) != '\n' && !feof(in))
        ;   /* the header */
    while (in && fscanf(in, "%f,%f,%f,%f,%*f", &x[0], &x[1], &x[2], &x[3]) == 4) {
        blobs_predict(m, x, y, 1);
        printf("%.6g,%.6g,%.6g\n", y[0], y[1], y[2]);
    }
    blobs_destroy(m);
    return in ? 0 : 1;
}
"""

CMAKELISTS = """cmake_minimum_required(VERSION 3.25)
project(app C)
find_package(nnc REQUIRED)
add_executable(app app.c)
nnc_add_model(app blobs.nn)
"""


def flow_apps(f):
    f.write("blobs.nn", BLOBS)
    f.write("app.c", APP)
    csv = write_csv(f, "data.csv", blob_rows(30, 8, sort=False), ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "data.csv", "--save", "b.nnck", "--quiet")
    f.check("nnc-train trains and saves", rc == 0, out + err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--predict", "data.csv", "--load", "b.nnck")
    want = ["," .join(l.split(",")[1:]) for l in out.splitlines()[1:]]
    rc, out, err = f.run("nnc", "blobs.nn", "-o", "blobs.c")
    rc, out, err = f.run("sh", "-c", "${CC:-cc} -std=c11 -O2 app.c blobs.c $(pkg-config --cflags --libs nnc) -o app")
    f.check("the pkg-config line builds the app, and the compiler says nothing (no psABI note)",
            rc == 0 and "note:" not in err and "warning:" not in err, out + err)
    for name, exe in (("pkg-config", "./app"), ("CMake", "cm/build/app")):
        if name == "CMake":
            os.makedirs(f.path("cm"))
            for n in ("app.c", "blobs.nn"):
                shutil.copy(f.path(n), f.path(f"cm/{n}"))
            f.write("cm/CMakeLists.txt", CMAKELISTS)
            rc, out, err = f.run("cmake", "-S", "cm", "-B", "cm/build", f"-DCMAKE_PREFIX_PATH={f.prefix}")
            rc2, out2, err2 = f.run("cmake", "--build", "cm/build")
            f.check("find_package(nnc) and nnc_add_model build the app", rc == 0 and rc2 == 0, out + err + out2 + err2)
        rc, out, err = f.run(exe, "b.nnck", csv)
        got = out.splitlines()
        f.check(f"the {name} app starts without LD_LIBRARY_PATH and predicts what --predict wrote",
                rc == 0 and len(got) == len(want) and all(
                    all(abs(float(a) - float(b)) <= 1e-5 for a, b in zip(g.split(","), w.split(",")))
                    for g, w in zip(got, want)), out + err)
    return f.finish()


STANDARDIZE = BLOBS.replace("    h = dense(x, 16, relu)", "    z = standardize(x)\n    h = dense(z, 16, relu)") \
                   .replace("validation = 0.2", "validation = 0")


def raw_rows(rows):
    """Blob rows with features as a user's data has them: far apart in scale and offset."""
    return [[r[0] * 1000 + 5000, r[1] * 0.01, r[2], r[3] * 50 - 7, r[4]] for r in rows]


def flow_preprocess(f):
    import numpy as np
    f.write("blobs.nn", STANDARDIZE)
    f.write("app.c", APP)
    train = raw_rows(blob_rows(60, 3, sort=False))
    write_csv(f, "train.csv", train, ["a", "b", "c", "d", "label"])
    test = write_csv(f, "test.csv", raw_rows(blob_rows(20, 17, sort=False)), ["a", "b", "c", "d", "label"])
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--test", "test.csv", "--save", "s.nnck")
    m = re.search(r"^test loss ([\d.]+)  accuracy ([\d.]+)%$", out, re.M)
    f.check("nnc-train standardizes raw features itself and learns (test accuracy above 75%)",
            rc == 0 and m and float(m.group(2)) > 75, out + err)
    rc, shown, err = f.run("nnc-ckpt", "show", "s.nnck")
    f.check("the checkpoint keeps z.mean and z.std as buffers", rc == 0 and "2 buffers" in shown
            and re.search(r"^  z\.mean +4 ", shown, re.M) and re.search(r"^  z\.std +4 ", shown, re.M), shown)
    tool = os.path.join(f.prefix, "bin", "nnc-ckpt")
    import importlib.machinery
    nnck = importlib.machinery.SourceFileLoader("nnck", tool).load_module()
    ck = dict(nnck.read(f.path("s.nnck")))
    feats = np.array([r[:4] for r in train], dtype=np.float64)
    want_mean, want_std = feats.mean(0), feats.std(0)
    f.check("they are the training data's mean and (population) standard deviation, per feature",
            np.allclose(ck["z.mean"], want_mean, rtol=1e-5, atol=1e-6) and
            np.allclose(ck["z.std"], want_std, rtol=1e-5, atol=1e-6), f"{ck['z.mean']} {ck['z.std']}\n"
            f"{want_mean} {want_std}")
    rc, out2, err = f.run("nnc-train", "blobs.nn", "--evaluate", "test.csv", "--load", "s.nnck")
    m2 = re.search(r"^loss ([\d.]+)  accuracy ([\d.]+)%$", out2, re.M)
    f.check("--evaluate on the raw test data scores what the test pass did", m and m2 and
            m.group(1) == m2.group(1) and m.group(2) == m2.group(2), out + out2 + err)
    f.write("plain.nn", BLOBS)
    rc, out, err = f.run("nnc-train", "plain.nn", "--train", "train.csv", "--epochs", "1", "--save", "plain.nnck")
    rc, out, err = f.run("nnc-train", "blobs.nn", "--evaluate", "test.csv", "--load", "plain.nnck")
    f.check("a checkpoint without the statistics is refused, naming the buffer it lacks",
            rc == 1 and "lacks 'z.mean'" in err, out + err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--train", "train.csv", "--standardize")
    f.check("--standardize on such a model is refused, saying why", rc == 2 and "preprocesses its input itself" in err, err)
    rc, out, err = f.run("nnc-train", "blobs.nn", "--predict", "test.csv", "--load", "s.nnck", "-o", "preds.csv")
    lines = [l for l in open(f.path("preds.csv")).read().splitlines()[1:] if l] if rc == 0 else []
    want = np.array([[float(v) for v in l.split(",")[1:]] for l in lines])
    f.check("--predict writes a row per raw test row", rc == 0 and len(lines) == 60, out + err)
    rc, out, err = f.run("nnc", "blobs.nn", "-o", "blobs.c")
    rc, out, err = f.run("sh", "-c", "${CC:-cc} -std=c11 -O2 app.c blobs.c $(pkg-config --cflags --libs nnc) -o app")
    rc, out, err = f.run("./app", "s.nnck", test)
    got = np.array([[float(v) for v in l.split(",")] for l in out.splitlines()]) if rc == 0 else np.zeros(0)
    f.check("a C app's blobs_predict on raw inputs gives the trainer's predictions",
            got.shape == want.shape and np.abs(got - want).max() <= 1e-5, out + err)
    try:
        import torch
    except ImportError as e:
        print(f"newuser: no PyTorch here ({e}): the PyTorch half is skipped")
        return f.finish()
    rc, out, err = f.run("nnc-ckpt", "to-torch", "s.nnck", "s.pt")
    f.check("to-torch says how to apply the preprocessing", rc == 0 and "(x - z.mean) / z.std" in err, out + err)
    sd = torch.load(f.path("s.pt"))
    x = torch.tensor([r[:4] for r in raw_rows(blob_rows(20, 17, sort=False))], dtype=torch.float32)
    with torch.no_grad():
        z = nnck.preprocess(sd, x)
        h = torch.relu(z @ sd["h.weight"].T + sd["h.bias"])
        y = torch.softmax(h @ sd["y.weight"].T + sd["y.bias"], dim=1).numpy()
    f.check("PyTorch, with the state_dict's z.mean and z.std, predicts what the trainer does",
            y.shape == want.shape and np.abs(y - want).max() <= 1e-5, f"{y[:3]}\n{want[:3]}")
    return f.finish()


def flow_ckpt_pipe(f):
    import importlib.machinery
    import numpy as np
    tool = os.path.join(f.prefix, "bin", "nnc-ckpt")
    nnck = importlib.machinery.SourceFileLoader("nnck", tool).load_module()
    nnck.write(f.path("many.nnck"), [(f"layer{i}.weight", np.zeros((2, 2), np.float32)) for i in range(5000)])
    rc, out, err = f.run("bash", "-c", "nnc-ckpt show many.nnck | head -n 1; echo \"status ${PIPESTATUS[0]}\"")
    f.check("nnc-ckpt show into a pipe that closes early: exit 0, no traceback, no 'Broken pipe'",
            "status 0" in out and "Traceback" not in err and "Broken pipe" not in err and
            out.startswith("many.nnck: nnck version 1, 5000 tensors, CRC ok"), out + err)
    return f.finish()


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "install":
        return install(os.path.abspath(sys.argv[2]), sys.argv[3])
    if len(sys.argv) != 3 or f"flow_{sys.argv[1]}" not in globals():
        print(__doc__)
        return 2
    prefix = os.path.abspath(sys.argv[2])
    if not os.path.exists(os.path.join(prefix, "bin", "nnc-train")):
        print(f"newuser: no installed nnc in {prefix} (the newuser_install fixture makes it)")
        return 1
    return globals()[f"flow_{sys.argv[1]}"](Flow(prefix))


if __name__ == "__main__":
    sys.exit(main())
