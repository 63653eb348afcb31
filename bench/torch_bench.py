#!/usr/bin/python3
"""PyTorch's side of nnc's benchmarks (issue 7), and the helpers run.sh needs.

Run with /usr/bin/python3 (Debian's python3-torch and python3-numpy).

The network, loss, optimizer and batch size come from the same .nn file that
nnc compiles, read by a small parser for the chain-of-dense subset the
benchmark models use, so the two sides cannot drift apart.

Thread counts only take effect if they are in the environment before torch
is imported (OpenMP and OpenBLAS read them once, when they load), so every
measuring command re-runs this script in a child process with
OMP_NUM_THREADS, MKL_NUM_THREADS and OPENBLAS_NUM_THREADS set, and the
child also calls torch.set_num_threads.  The parent never imports torch.

Commands (each prints one JSON line per measurement on stdout):
  describe MODEL.nn                      shell variables: sizes, flops, memory bound terms
  train    MODEL.nn --steps N [--warmup W] [--threads T] [--blas-threads B]
                    [--settings T1xB1,T2xB2]   best of several thread settings
  predict  MODEL.nn --calls N            one-sample latency, median in microseconds
  fashion  MODEL.nn --epochs E [--seed S] [--data DIR]   test accuracy
  gemm     --layers 784,W,W,10 --batch B [--seconds S]   torch.mm GFLOP/s of one
                                         training step's products
Common options: --case NAME (label in the JSON), --run K (run index).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

DATA_DIR = "/usr/share/datasets/fashion-mnist"


# ---- the .nn subset: input, dense, dropout, output, and the train block ----

def parse_nn(path):
    """Returns a dict: name, input, layers [(kind, size_or_rate, act)], train keys."""
    text = open(path).read()
    text = re.sub(r"#[^\n]*", "", text)
    m = re.search(r"model\s+(\w+)\s*\{(.*?)\}", text, re.S)
    if not m:
        sys.exit("%s: no model block" % path)
    name, body = m.group(1), m.group(2)
    net = {"name": name, "layers": [], "train": {}}
    sizes = {}
    last = None
    for stmt in re.split(r"[\n;]+", body):
        stmt = stmt.strip()
        if not stmt:
            continue
        mi = re.match(r"input\s+(\w+)\s*\[\s*(\d+)\s*\]$", stmt)
        md = re.match(r"(\w+)\s*=\s*dense\(\s*(\w+)\s*,\s*(\d+)\s*(?:,\s*(\w+)\s*)?\)$", stmt)
        mo = re.match(r"(\w+)\s*=\s*dropout\(\s*(\w+)\s*,\s*([0-9.eE+-]+)\s*\)$", stmt)
        mout = re.match(r"output\s+(\w+)$", stmt)
        if mi:
            net["input"] = int(mi.group(2))
            sizes[mi.group(1)] = net["input"]
            last = mi.group(1)
        elif md:
            if md.group(2) != last:
                sys.exit("%s: only a chain of layers is supported: %s" % (path, stmt))
            net["layers"].append(("dense", int(md.group(3)), md.group(4) or "linear"))
            sizes[md.group(1)] = int(md.group(3))
            last = md.group(1)
        elif mo:
            if mo.group(2) != last:
                sys.exit("%s: only a chain of layers is supported: %s" % (path, stmt))
            net["layers"].append(("dropout", float(mo.group(3)), None))
            sizes[mo.group(1)] = sizes[last]
            last = mo.group(1)
        elif mout:
            if mout.group(1) != last:
                sys.exit("%s: output must be the last value" % path)
        else:
            sys.exit("%s: the benchmark parser does not know: %s" % (path, stmt))
    mt = re.search(r"train\s*\{(.*)\}", text[m.end():], re.S)
    if mt:
        for km in re.finditer(r"(\w+)\s*=\s*(\w+\s*\([^)]*\)|\"[^\"]*\"|[^\s;]+)", mt.group(1)):
            net["train"][km.group(1)] = km.group(2)
    opt = net["train"].get("optimizer", "sgd(lr = 0.01)")
    mopt = re.match(r"(\w+)\s*(?:\((.*)\))?", opt)
    args = {}
    for a in re.finditer(r"(\w+)\s*=\s*([0-9.eE+-]+|true|false)", mopt.group(2) or ""):
        v = a.group(2)
        args[a.group(1)] = v == "true" if v in ("true", "false") else float(v)
    net["optimizer"] = (mopt.group(1), args)
    net["loss"] = net["train"].get("loss", "mse")
    net["clip"] = float(net["train"].get("clip_grad_norm", 0))
    net["batch"] = int(net["train"].get("batch_size", 32))
    net["epochs"] = int(net["train"].get("epochs", 10))
    net["init"] = net["train"].get("init")
    dense = [l[1] for l in net["layers"] if l[0] == "dense"]
    net["output"] = dense[-1]
    net["widths"] = [net["input"]] + dense
    return net


def layer_shapes(widths):
    return list(zip(widths[:-1], widths[1:]))


def train_flops(widths):
    """Matrix-product FLOPs of one training sample: forward, d-weight, and
    d-input for every layer but the first (the input needs no gradient)."""
    macs = [i * o for i, o in layer_shapes(widths)]
    return 2 * sum(macs) + 2 * sum(macs) + 2 * sum(macs[1:])


def describe(net):
    widths = net["widths"]
    params = sum(i * o + o for i, o in layer_shapes(widths))
    a = net["optimizer"][1]
    state = {"sgd": 1 if a.get("momentum", 0) else 0, "adam": 2, "adamw": 2,
             "rmsprop": 1 + bool(a.get("momentum", 0)) + bool(a.get("centered", False))}[net["optimizer"][0]]
    # Activations of one batch, as issue 7's memory target counts them: the
    # input, each dense layer's pre- and post-activation, each dropout's
    # mask and output, and a gradient beside every one of them.
    per_sample = net["input"]
    width = net["input"]
    for kind, arg, _ in net["layers"]:
        width = arg if kind == "dense" else width
        per_sample += 2 * width
    print("NAME=%s" % net["name"])
    print("INPUT=%d" % net["input"])
    print("OUTPUT=%d" % net["output"])
    print("BATCH=%d" % net["batch"])
    print("EPOCHS=%d" % net["epochs"])
    print("LOSS=%s" % net["loss"])
    print("OPTIMIZER=%s" % net["optimizer"][0])
    print("PARAMS=%d" % params)
    print("STATE_PER_PARAM=%d" % state)
    print("ACT_FLOATS=%d" % (per_sample * 2 * net["batch"]))
    print("TRAIN_FLOPS=%d" % train_flops(widths))
    print("PREDICT_FLOPS=%d" % (2 * sum(i * o for i, o in layer_shapes(widths))))


# ---- the child: everything below imports torch -----------------------------

def build_model(net, torch, seed):
    """nn.Sequential mirroring the .nn file, initialised as LANGUAGE.md says
    (he for a relu layer, xavier otherwise, zero biases), returning logits for
    cross_entropy and binary_cross_entropy (the loss applies the last act)."""
    nn = torch.nn
    torch.manual_seed(seed)
    mods = []
    fan_in = net["input"]
    for idx, (kind, arg, act) in enumerate(net["layers"]):
        if kind == "dropout":
            mods.append(nn.Dropout(arg))
            continue
        lin = nn.Linear(fan_in, arg)
        init = net["init"] or ("he" if act == "relu" else "xavier")
        with torch.no_grad():
            if init == "he":
                lin.weight.normal_(0.0, (2.0 / fan_in) ** 0.5)
                lin.bias.zero_()
            elif init == "xavier":
                nn.init.xavier_uniform_(lin.weight)
                lin.bias.zero_()
            # "uniform" is nn.Linear's own default
        mods.append(lin)
        last = idx == len(net["layers"]) - 1
        if last and net["loss"] in ("cross_entropy", "binary_cross_entropy"):
            pass
        elif act == "relu":
            mods.append(nn.ReLU())
        elif act == "tanh":
            mods.append(nn.Tanh())
        elif act == "sigmoid":
            mods.append(nn.Sigmoid())
        elif act == "softmax":
            mods.append(nn.Softmax(dim=1))
        fan_in = arg
    model = nn.Sequential(*mods)
    loss = {"cross_entropy": nn.CrossEntropyLoss(), "mse": nn.MSELoss(),
            "binary_cross_entropy": nn.BCEWithLogitsLoss()}[net["loss"]]
    kind, a = net["optimizer"]
    if kind == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=a.get("lr", 0.01),
                              momentum=a.get("momentum", 0.0),
                              weight_decay=a.get("weight_decay", 0.0), nesterov=bool(a.get("nesterov", False)))
    elif kind == "adamw":   # foreach: PyTorch at its best, as for Adam below
        opt = torch.optim.AdamW(model.parameters(), lr=a.get("lr", 0.001),
                                betas=(a.get("beta1", 0.9), a.get("beta2", 0.999)),
                                eps=a.get("eps", 1e-8), weight_decay=a.get("weight_decay", 0.01),
                                foreach=True)
    elif kind == "rmsprop":
        opt = torch.optim.RMSprop(model.parameters(), lr=a.get("lr", 0.01), alpha=a.get("alpha", 0.99),
                                  eps=a.get("eps", 1e-8), weight_decay=a.get("weight_decay", 0.0),
                                  momentum=a.get("momentum", 0.0), centered=bool(a.get("centered", False)),
                                  foreach=True)
    else:
        # foreach=True: torch 1.13's default single-tensor Adam allocates
        # temporaries every step and runs ~4x slower on this machine (page
        # faults); the multi-tensor form is PyTorch at its best.
        opt = torch.optim.Adam(model.parameters(), lr=a.get("lr", 0.001),
                               betas=(a.get("beta1", 0.9), a.get("beta2", 0.999)),
                               eps=a.get("eps", 1e-8), weight_decay=a.get("weight_decay", 0.0),
                               foreach=True)
    return model, loss, opt


def synthetic_pool(net, torch, n_batches, seed):
    """Random batches of the model's shapes, cycled through while timing; the
    C driver uses a pool of the same size and kind."""
    g = torch.Generator().manual_seed(seed)
    B = net["batch"]
    xs = [torch.rand(B, net["input"], generator=g) for _ in range(n_batches)]
    if net["loss"] == "cross_entropy":
        ts = [torch.randint(0, net["output"], (B,), generator=g) for _ in range(n_batches)]
    else:
        ts = [torch.rand(B, net["output"], generator=g) for _ in range(n_batches)]
    return xs, ts


def peak_rss_kb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def thread_label(args):
    return "torch=%d,blas=%d" % (args.threads, args.blas_threads)


def emit(args, net, **kv):
    rec = {"case": args.case or (net["name"] if net else "gemm"), "impl": "torch",
           "run": args.run, "threads": thread_label(args),
           "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", "auto")}
    if net:
        rec["optimizer"] = net["optimizer"][0] + (" foreach" if net["optimizer"][0] in ("adam", "adamw", "rmsprop") else "")
        if net.get("clip"):
            rec["clip_grad_norm"] = net["clip"]
    rec.update(kv)
    rec["peak_rss_kb"] = peak_rss_kb()
    print(json.dumps(rec), flush=True)


def child_train(args, torch):
    net = parse_nn(args.model)
    model, lossf, opt = build_model(net, torch, args.seed)
    model.train()
    xs, ts = synthetic_pool(net, torch, 16, args.seed + 1)

    params = list(model.parameters())

    def step(i):
        opt.zero_grad(set_to_none=True)
        loss = lossf(model(xs[i % 16]), ts[i % 16])
        loss.backward()
        if net["clip"]:
            torch.nn.utils.clip_grad_norm_(params, net["clip"])
        opt.step()
        return loss

    for i in range(args.warmup):
        step(i)
    t0 = time.perf_counter()
    for i in range(args.steps):
        loss = step(i)
    dt = time.perf_counter() - t0
    emit(args, net, metric="samples_per_s", value=args.steps * net["batch"] / dt,
         steps=args.steps, warmup=args.warmup, batch=net["batch"], seconds=dt,
         us_per_step=dt / args.steps * 1e6, loss=float(loss),
         gflops=train_flops(net["widths"]) * net["batch"] * args.steps / dt / 1e9)


def child_predict(args, torch):
    net = parse_nn(args.model)
    model, _, _ = build_model(net, torch, args.seed)
    model.eval()
    x = torch.rand(1, net["input"])
    times = []
    with torch.inference_mode():
        for _ in range(max(args.calls // 10, 10)):
            model(x)
        for _ in range(args.calls):
            t0 = time.perf_counter_ns()
            model(x)
            times.append(time.perf_counter_ns() - t0)
    times.sort()
    emit(args, net, metric="latency_us", value=times[len(times) // 2] / 1e3,
         calls=args.calls, p10_us=times[len(times) // 10] / 1e3,
         p90_us=times[len(times) * 9 // 10] / 1e3)


def read_idx_gz(path, np):
    import gzip
    with gzip.open(path, "rb") as f:
        raw = f.read()
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def child_fashion(args, torch):
    import numpy as np
    net = parse_nn(args.model)
    d = args.data
    load = lambda f: read_idx_gz(os.path.join(d, f), np)
    xtr = torch.from_numpy(load("train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255.0)
    ytr = torch.from_numpy(load("train-labels-idx1-ubyte.gz").astype(np.int64))
    xte = torch.from_numpy(load("t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255.0)
    yte = torch.from_numpy(load("t10k-labels-idx1-ubyte.gz").astype(np.int64))
    model, lossf, opt = build_model(net, torch, args.seed)
    B, n = net["batch"], xtr.shape[0]
    epochs = args.epochs or net["epochs"]
    g = torch.Generator().manual_seed(args.seed)
    t0 = time.perf_counter()
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(n, generator=g)
        for s in range(0, n, B):
            idx = perm[s:s + B]
            opt.zero_grad(set_to_none=True)
            loss = lossf(model(xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
    train_s = time.perf_counter() - t0
    model.eval()
    with torch.inference_mode():
        out = model(xte)
        acc = (out.argmax(1) == yte).float().mean().item()
        test_loss = lossf(out, yte).item()
    emit(args, net, metric="accuracy", value=100.0 * acc, epochs=epochs, seed=args.seed,
         test_loss=test_loss, train_seconds=train_s)


def child_gemm(args, torch):
    """The matrix products of one training step of a dense chain, as
    PyTorch's Linear issues them: forward x W^T, d-weight g^T x, d-input g W
    (not for the first layer).  Reports their combined GFLOP/s: what the
    BLAS alone achieves on the shapes the generated code must compute."""
    widths = [int(w) for w in args.layers.split(",")]
    B = args.batch
    ops = []
    for li, (i, o) in enumerate(layer_shapes(widths)):
        x, w, g = torch.rand(B, i), torch.rand(o, i), torch.rand(B, o)
        ops.append((x, w.t()))          # (B, i) @ (i, o)
        ops.append((g.t(), x))          # (o, B) @ (B, i)
        if li > 0:
            ops.append((g, w))          # (B, o) @ (o, i)
    flops = train_flops(widths) * B

    def once():
        for a, b in ops:
            torch.mm(a, b)

    for _ in range(3):
        once()
    reps, dt = 0, 0.0
    t0 = time.perf_counter()
    while dt < args.seconds:
        once()
        reps += 1
        dt = time.perf_counter() - t0
    emit(args, None, case=args.case or "gemm", metric="gflops", value=flops * reps / dt / 1e9,
         layers=args.layers, batch=B, reps=reps, seconds=dt)


# ---- the parent: sets the thread environment and runs a child per setting --

def child_env(threads, blas):
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = str(threads)
    env["MKL_NUM_THREADS"] = str(threads)
    env["OPENBLAS_NUM_THREADS"] = str(blas)
    return env


def run_child(argv, threads, blas):
    cmd = [sys.executable, os.path.abspath(__file__)] + argv + [
        "--child", "--threads", str(threads), "--blas-threads", str(blas)]
    p = subprocess.run(cmd, env=child_env(threads, blas), stdout=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(p.returncode)
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith("{")]


def strip_thread_args(argv):
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("--threads", "--blas-threads", "--settings"):
            skip = True
            continue
        if a.startswith(("--threads=", "--blas-threads=", "--settings=")):
            continue
        out.append(a)
    return out


def parent(args, argv):
    base = strip_thread_args(argv)
    if not args.settings:
        blas = args.blas_threads if args.blas_threads is not None else args.threads
        for rec in run_child(base, args.threads, blas):
            print(json.dumps(rec), flush=True)
        return
    # Several thread settings: report the best (highest value, or lowest
    # latency), and keep the others' figures beside it.
    recs = []
    for s in args.settings.split(","):
        t, b = (int(v) for v in s.split("x"))
        recs += run_child(base, t, b)
    lower_better = recs[0]["metric"] == "latency_us"
    best = (min if lower_better else max)(recs, key=lambda r: r["value"])
    best["others"] = [{"threads": r["threads"], "value": r["value"]} for r in recs if r is not best]
    print(json.dumps(best), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["describe", "train", "predict", "fashion", "gemm"])
    ap.add_argument("model", nargs="?")
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--calls", type=int, default=10000)
    ap.add_argument("--epochs", type=int, default=0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--data", default=DATA_DIR)
    ap.add_argument("--layers", default="784,256,128,10")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--blas-threads", type=int, default=None)
    ap.add_argument("--settings", default="")
    ap.add_argument("--case", default="")
    ap.add_argument("--run", type=int, default=0)
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.command != "gemm" and not args.model:
        ap.error("%s needs a MODEL.nn" % args.command)
    if args.command == "describe":
        describe(parse_nn(args.model))
        return
    if not args.child:
        parent(args, sys.argv[1:])
        return
    import torch
    torch.set_num_threads(args.threads)
    {"train": child_train, "predict": child_predict, "fashion": child_fashion,
     "gemm": child_gemm}[args.command](args, torch)


if __name__ == "__main__":
    main()
