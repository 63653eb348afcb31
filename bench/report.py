#!/usr/bin/python3
"""Prints the tables of `make bench` from the JSON lines run.sh collected.

usage: report.py RESULTS.jsonl

Each case's figure is the median over its runs; its ratio is the median of
the per-run ratios, each run pairing nnc with the PyTorch run beside it
(they alternate, so a machine that slows down for a while slows both).
Exit status 0 whatever the targets say: this is a measurement, not a test.
"""
import json
import statistics
import sys

IMPLS = ("nnc-c", "nnc-llvm")

# case: (issue 7 target number, kind, threshold, label)
#   ratio   nnc samples/s over PyTorch's, at least threshold
#   latency PyTorch's latency over nnc's, at least threshold
#   self    nnc over its own figure for another case (threshold, other case)
#   acc     nnc's mean accuracy minus PyTorch's, within +-threshold points
TARGETS = [
    ("mlp_sgd", 1, "ratio", 1.5, "784-256-128-10 b64 SGD momentum, 1 thread"),
    ("mlp_adam", 1, "ratio", 1.8, "784-256-128-10 b64 Adam, 1 thread"),
    ("mlp_nesterov", 20, "ratio", 1.5, "784-256-128-10 b64 SGD Nesterov, 1 thread"),
    ("mlp_adamw", 20, "ratio", 1.5, "784-256-128-10 b64 AdamW, 1 thread"),
    ("mlp_rmsprop", 20, "ratio", 1.5, "784-256-128-10 b64 RMSprop momentum, 1 thread"),
    ("mlp_adam_clip", 20, "ratio", 1.5, "784-256-128-10 b64 Adam + clip_grad_norm, 1 thread"),
    ("wide_sgd", 2, "ratio", 1.1, "784-1024-1024-10 b256 SGD momentum, 1 thread"),
    ("tiny_mse", 3, "ratio", 50.0, "2-16-1 tanh/sigmoid MSE b32, 1 thread"),
    ("predict", 4, "latency", 5.0, "784-256-128-10 predict one sample (us)"),
    ("mlp_sgd_2t", 5, "ratio", 1.3, "784-256-128-10 b64 momentum, 2 cores"),
    ("wide_sgd_2t", 5, "self", (1.8, "wide_sgd"), "784-1024-1024-10 b256, 2 cores vs own 1 thread"),
    ("fashion", 6, "acc", 0.5, "Fashion-MNIST test accuracy (%)"),
    ("lenet", 19, "ratio", 2.5, "LeNet-5 1x28x28 b64 SGD momentum, 1 thread"),
    ("fashion_cnn", 19, "ratio", 5.0, "conv32-conv64+BN-128 1x28x28 b64 Adam, 1 thread"),
    ("depthwise", 19, "ratio", 5.0, "depthwise-separable 1x28x28 b64 Adam, 1 thread"),
    ("fashion_cnn_2t", 19, "self", (1.7, "fashion_cnn"), "fashion_cnn, 2 cores vs own 1 thread"),
    ("fashion_cnn_acc", 19, "acc", 0.5, "fashion_cnn 10 epochs test accuracy (%)"),
]
# accuracy cases with a floor besides the gap to PyTorch: (case, points)
ACC_FLOORS = {"fashion_cnn_acc": 91.5}


def load(path):
    recs = []
    for line in open(path):
        line = line.strip()
        if line.startswith("{"):
            recs.append(json.loads(line))
    return recs


def by(recs, case, impl):
    return [r for r in recs if r["case"] == case and r["impl"] == impl and r.get("metric") != "na"]


def na_reason(recs, case, impl):
    for r in recs:
        if r["case"] == case and r["impl"] == impl and r.get("metric") == "na":
            return r.get("reason", "n/a")
    return None


def med(vals):
    return statistics.median(vals) if vals else None


def fmt(v, metric):
    if v is None:
        return "-"
    if metric == "samples_per_s":
        return "{:,.0f}".format(v)
    if metric in ("latency_us", "ms"):
        return "{:.2f}".format(v) if v < 100 else "{:.0f}".format(v)
    if metric == "accuracy":
        return "{:.2f}".format(v)
    return "{:.3g}".format(v)


def accuracy_gap(nnc, torch):
    """Mean accuracy of nnc's runs minus PyTorch's, and the standard error of
    that difference.  One run's accuracy varies by about half a point with
    the seed (shuffle, dropout masks, initial weights), as much as the
    target's threshold, so the case runs more seeds and compares means: a
    median of three single-run differences would pass or fail by chance."""
    a, b = [r["value"] for r in nnc], [r["value"] for r in torch]
    if not a or not b:
        return None, None
    se = None
    if len(a) > 1 and len(b) > 1:
        se = (statistics.variance(a) / len(a) + statistics.variance(b) / len(b)) ** 0.5
    return statistics.mean(a) - statistics.mean(b), se


def paired_ratio(nnc, torch, kind):
    """Median over runs of the ratio of run k's nnc figure to run k's PyTorch figure."""
    if kind == "acc":
        return accuracy_gap(nnc, torch)[0]
    t = {r["run"]: r["value"] for r in torch}
    ratios = []
    for r in nnc:
        if r["run"] in t and r["value"] > 0 and t[r["run"]] > 0:
            if kind == "latency":
                ratios.append(t[r["run"]] / r["value"])
            elif kind == "acc":
                ratios.append(r["value"] - t[r["run"]])
            else:
                ratios.append(r["value"] / t[r["run"]])
    return med(ratios)


def verdict(x, kind, thr):
    if x is None:
        return "n/a"
    if kind == "acc":
        return "PASS" if abs(x) <= thr else "FAIL"
    return "PASS" if x >= thr else "FAIL"


def fmt_ratio(x, kind):
    if x is None:
        return "-"
    return "{:+.2f} pt".format(x) if kind == "acc" else "{:.2f}x".format(x)


def table(rows, head):
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def main_table(recs):
    rows, notes, tally = [], [], []
    for case, num, kind, thr, label in TARGETS:
        torch = by(recs, case, "torch")
        metric = (torch or by(recs, case, "nnc-c") or [{"metric": ""}])[0]["metric"]
        cells, ratios, verdicts = [], [], []
        for impl in IMPLS:
            nnc = by(recs, case, impl)
            cells.append(fmt(med([r["value"] for r in nnc]), metric) if nnc
                         else ("n/a" if na_reason(recs, case, impl) else "-"))
            if kind == "self":
                own = by(recs, thr[1], impl)
                x = (med([r["value"] for r in nnc]) / med([r["value"] for r in own])) if nnc and own else None
                t = thr[0]
            else:
                x = paired_ratio(nnc, torch, kind) if nnc and torch else None
                t = thr
            ratios.append(fmt_ratio(x, kind))
            verdicts.append(verdict(x, kind, t))
            if x is not None:
                tally.append(verdicts[-1] == "PASS")
        tv = med([r["value"] for r in torch])
        tcell = fmt(tv, metric)
        if any(r.get("others") for r in torch):
            best = statistics.mode([r["threads"] for r in torch])
            tcell += " (%s)" % best
            others = {}
            for r in torch:
                for o in r.get("others", []):
                    others.setdefault(o["threads"], []).append(o["value"])
            for setting, vals in sorted(others.items()):
                notes.append("%s: PyTorch with %s: %s (not its best; %d run(s))"
                             % (case, setting, fmt(med(vals), metric), len(vals)))
        if kind == "self":
            tcell = "(vs nnc %s)" % thr[1] if not torch else tcell
            tgt = ">= %.1fx own" % thr[0]
        elif kind == "acc":
            tgt = "within %.1f pt" % thr
            for impl in IMPLS:
                gap, se = accuracy_gap(by(recs, case, impl), torch)
                if gap is not None:
                    notes.append("%s %s: mean of %d runs minus PyTorch's mean of %d: %+.2f points%s"
                                 % (case, impl, len(by(recs, case, impl)), len(torch), gap,
                                    " (standard error %.2f)" % se if se is not None else ""))
            floor = ACC_FLOORS.get(case)
            for impl in IMPLS:
                vals = [r["value"] for r in by(recs, case, impl)]
                if floor is not None and vals:
                    mean = statistics.mean(vals)
                    notes.append("%s %s: mean accuracy %.2f%% over %d seeds, target >= %.1f%%: %s"
                                 % (case, impl, mean, len(vals), floor, "PASS" if mean >= floor else "FAIL"))
                    tally.append(mean >= floor)
        elif kind == "latency":
            tgt = "<= 1/%g latency" % thr
        else:
            tgt = ">= %gx" % thr
        rows.append(["%d %s" % (num, case), label, cells[0], cells[1], tcell,
                     ratios[0], ratios[1], tgt, "/".join(verdicts)])
    two, torch = by(recs, "predict_2t", "nnc-llvm"), by(recs, "predict", "torch")
    if two and torch:
        lat, tlat = med([r["value"] for r in two]), med([r["value"] for r in torch])
        notes.append("predict on two cores (nnc-llvm, NNC_THREADS=2, the runtime's pool): "
                     "%.2f us, 1/%.1f of PyTorch's one-thread latency (target 4 is one thread)"
                     % (lat, tlat / lat))
    for impl in IMPLS:
        for case in [t[0] for t in TARGETS]:
            reason = na_reason(recs, case, impl)
            if reason:
                notes.append("%s %s: n/a: %s" % (impl, case, reason))
                break
    table(rows, ["target/case", "what", "nnc C", "nnc LLVM", "PyTorch", "ratio C", "ratio LLVM",
                 "target", "C/LLVM"])
    return notes, tally


def compile_table(recs):
    rows, tally = [], []
    for case, num, thr, label in [("compile_c", 7, 20.0, "nnc fashion_mlp.nn -o x.c"),
                                  ("compile_obj", 7, 500.0, "nnc fashion_mlp.nn -o x.o (LLVM -O3)")]:
        rs = [r for r in recs if r["case"] == case]
        ok = [r for r in rs if r.get("metric") == "ms"]
        if ok:
            v = med([r["value"] for r in ok])
            ver = "PASS" if v < thr else "FAIL"
            tally.append(ver == "PASS")
            rows.append(["%d %s" % (num, case), label, "%.1f ms" % v, "< %g ms" % thr, ver])
        else:
            rows.append(["%d %s" % (num, case), label, "n/a", "< %g ms" % thr,
                         rs[0].get("reason", "n/a") if rs else "not run"])
    for impl in IMPLS:
        fr = by(recs, "fashion", impl)
        if not fr:
            rows.append(["8 memory", "fashion training peak RSS, " + impl, "n/a", "", ""])
            continue
        peak = med([r["peak_rss_kb"] for r in fr]) / 1024
        bound = fr[0]["mem_bound_kb"] / 1024
        ver = "PASS" if peak <= bound else "FAIL"
        tally.append(ver == "PASS")
        rows.append(["8 memory", "fashion training peak RSS, " + impl, "%.1f MB" % peak,
                     "<= %.1f MB" % bound, ver])
    tf = by(recs, "fashion", "torch")
    if tf:
        rows.append(["  (PyTorch)", "fashion training peak RSS, torch", "%.1f MB" % (med([r["peak_rss_kb"] for r in tf]) / 1024), "", ""])
    table(rows, ["target/case", "what", "measured", "target", "verdict"])
    return tally


def big_table(recs):
    """Issue 18's compile-time targets on tests/gen_big.py models."""
    big = [r for r in recs if r["case"].startswith("big_") and r.get("metric") == "s"]
    if not big:
        return []
    print()
    print("Compile time on tests/gen_big.py models (best of the runs; bench/compile_big.py):")
    rows = []
    sizes = sorted({r["mb"] for r in big})
    get = lambda case, mb: next((r for r in big if r["case"] == case and r["mb"] == mb), None)
    for mb in sizes:
        row = ["%g MB" % mb]
        for stage in ("check", "ir", "c"):
            r, half = get("big_" + stage, mb), get("big_" + stage, mb / 2)
            cell = "%.3f s" % r["value"] if r else "-"
            if r and half and half["value"] > 0:
                cell += " (%.2fx)" % (r["value"] / half["value"])
            row.append(cell)
        c = get("big_c", mb)
        row += ["%.1f MB" % (c["c_bytes"] / 1e6) if c else "-", "%.0f MB" % c["rss_mb"] if c else "-"]
        rows.append(row)
    table(rows, ["model", "--check (x the half size)", "--emit=ir", "-o x.c", "C size", "peak RSS"])
    print()
    checks = []
    c1 = get("big_c", 1.0)
    if c1:
        checks.append(("1 MB model to C", "%.2f s" % c1["value"], "< 5 s", c1["value"] < 5))
    for stage in ("check", "ir", "c"):
        worst = None
        for mb in sizes:
            r, half = get("big_" + stage, mb), get("big_" + stage, mb / 2)
            if r and half and half["value"] >= 0.05:   # shorter runs: timer noise
                x = r["value"] / half["value"]
                worst = x if worst is None or x > worst else worst
        if worst is not None:
            checks.append(("doubling the model, %s" % stage, "%.2fx" % worst, "<= 2.3x", worst <= 2.3))
    q = get("big_c", 0.25)
    if q:
        checks.append(("C of the 0.25 MB model", "%.1f MB" % (q["c_bytes"] / 1e6), "< 10 MB", q["c_bytes"] < 10e6))
    cc = get("big_cc_O1", 0.25)
    if cc:
        checks.append(("cc -O1 on that C", "%.1f s" % cc["value"], "< 60 s", cc["value"] < 60))
    tally = [ok for _, _, _, ok in checks]
    table([["18 " + w, g, t, "PASS" if ok else "FAIL"] for w, g, t, ok in checks],
          ["target", "measured", "target", "verdict"])
    return tally


def scaling_table(recs):
    cases = []
    for r in recs:
        if r.get("sweep") and r["case"] not in cases:
            cases.append(r["case"])
    if not cases:
        return
    print()
    print("Scaling: training samples/s and GFLOP/s of the matrix products (6 FLOPs a")
    print("multiply-add, less the first layer's d-input), beside torch.mm's GFLOP/s")
    print("on the same products (one thread, OpenBLAS):")
    rows = []
    for case in cases:
        first = next(r for r in recs if r["case"] == case and r.get("sweep"))
        row = [first["sweep"], first["layers"], str(first["batch"])]
        for impl in IMPLS:
            rs = by(recs, case, impl)
            if rs:
                row += [fmt(med([r["value"] for r in rs]), "samples_per_s"),
                        "%.1f" % med([r["gflops"] for r in rs])]
            else:
                row += ["n/a", "n/a"]
        g = by(recs, case, "torch-sgemm")
        gv = med([r["value"] for r in g])
        row.append("%.1f" % gv if gv else "-")
        c = by(recs, case, "nnc-c")
        row.append("%.0f%%" % (100 * med([r["gflops"] for r in c]) / gv) if c and gv else "-")
        rows.append(row)
    table(rows, ["sweep", "layers", "batch", "nnc C samples/s", "C GFLOP/s", "nnc LLVM samples/s",
                 "LLVM GFLOP/s", "torch.mm GFLOP/s", "C / torch.mm"])


# Issue 19's per-product targets: (case, the op's text, kind, share of the peak)
PRODUCT_TARGETS = [
    ("fashion_cnn_profile", "c2 = conv2d(p1, c2.weight)", "forward", 0.50),
    ("fashion_cnn_profile", "d.p1 = conv2d_dx(d.c2, c2.weight)", "d-input", 0.35),
    ("fashion_cnn_profile", "d.c2.weight = conv2d_dw(d.c2, p1)", "d-weight", 0.35),
]


def product_table(recs):
    """The convolutions' products in the --profile runs: GFLOP/s beside
    one core's measured FMA peak (bench/fma_peak.c), and each case's ops
    by time (what a profile of the step says)."""
    peak = med([r["value"] for r in recs if r["case"] == "fma_peak"])
    cases = []
    for r in recs:
        if r["case"].endswith("_profile") and r["case"] not in cases and r.get("metric") in ("op_gflops", "op_ms"):
            cases.append(r["case"])
    if not cases:
        return []
    tally = []
    print()
    print("Convolution products (nnc --profile, C, one thread; training step): GFLOP/s")
    print("beside one core's FMA peak, %s" % ("%.0f GFLOP/s (bench/fma_peak.c)" % peak if peak else "not measured"))
    rows = []
    for case in cases:
        for r in recs:
            if r["case"] != case or r.get("metric") != "op_gflops":
                continue
            kind = ("d-input" if "conv2d_dx(" in r["op"] else "d-weight" if "conv2d_dw(" in r["op"]
                    else "forward" if "conv2d(" in r["op"] else None)
            if not kind:
                continue
            share = r["value"] / peak if peak else None
            tgt = next((t for t in PRODUCT_TARGETS if t[0] == case and t[1] == r["op"]), None)
            verdict = ""
            if tgt and share is not None:
                verdict = ">= %.0f%%: %s" % (100 * tgt[3], "PASS" if share >= tgt[3] else "FAIL")
                tally.append(share >= tgt[3])
            rows.append([case[:-len("_profile")], kind, r["op"], "%.3f" % r["ms_per_call"], "%.1f" % r["value"],
                         "%.0f%%" % (100 * share) if share is not None else "-", verdict])
    if rows:
        table(rows, ["case", "product", "op", "ms/call", "GFLOP/s", "of peak", "target"])
    for case in cases:
        ops = [r for r in recs if r["case"] == case and r.get("metric") in ("op_gflops", "op_ms")]
        total = sum(r["ms_per_call"] * r["calls"] for r in ops)
        if not total:
            continue
        ops.sort(key=lambda r: -r["ms_per_call"] * r["calls"])
        print()
        print("%s: where a training step's time goes (top ops of %d; --profile)" % (case[:-len("_profile")], len(ops)))
        rows = [["%.1f%%" % (100 * r["ms_per_call"] * r["calls"] / total), "%.3f" % r["ms_per_call"],
                 "%.1f" % r["value"] if r["metric"] == "op_gflops" else "", r["where"], r["op"][:70]]
                for r in ops[:12]]
        table(rows, ["share", "ms/call", "GFLOP/s", "where", "op"])
    return tally


def main():
    recs = load(sys.argv[1])
    print()
    notes, tally = main_table(recs)
    print()
    tally += compile_table(recs)
    tally += big_table(recs)
    tally += product_table(recs)
    for n in notes:
        print("note: " + n)
    scaling_table(recs)
    print()
    print("%d of %d measured target checks met (n/a columns not counted)" % (sum(tally), len(tally)))


if __name__ == "__main__":
    main()
