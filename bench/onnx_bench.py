#!/usr/bin/python3
"""onnx_bench.py - nnc's NAME_predict beside ONNX Runtime (issue 23).

    onnx_bench.py BUILD_DIR [--json OUT.jsonl] [--quick] [--cpu N]

For fashion_mlp and fashion_cnn: the latency of one sample and the
throughput at batch 256, one thread each, of nnc's generated C (the C
backend, -O3 -march=native -fno-math-errno) and of ONNX Runtime on the
model nnc exports (--emit=onnx, the same weights), run through the npm
package onnxruntime-node (intra- and inter-op threads 1, sequential
execution, all graph optimisations), the package scripts/deps.sh puts in
.deps/npm.  The binding's own cost per call (tensors in and out, the
call) is measured on a model with the same input and output that does
next to nothing (Flatten, then Slice) and printed beside it: "ORT net" is
ONNX Runtime's time less that.  Both sides run pinned to one CPU (taskset,
--cpu, default 0) and alternate, the median of each.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
MODELS = ("fashion_mlp", "fashion_cnn")


def run(cmd, cwd=None):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
    return p.stdout


def empty_model(path, shape, outputs):
    """The binding's cost: the same input, an output of the same size, and
    next to no work between (Flatten, then Slice of the first columns)."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    consts = [numpy_helper.from_array(np.array(v, np.int64), n)
              for n, v in (("starts", [0]), ("ends", [outputs]), ("axes", [1]))]
    nodes = [helper.make_node("Flatten", ["x"], ["flat"], axis=1),
             helper.make_node("Slice", ["flat", "starts", "ends", "axes"], ["y"])]
    g = helper.make_graph(nodes, "empty", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch"] + shape)],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", outputs])], consts)
    open(path, "wb").write(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)]).SerializeToString())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--json")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--cpu", default=os.environ.get("BENCH_CPU", "0"))
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    nnc, nnrt = os.path.join(build, "nnc"), os.path.join(build, "libnnrt.a")
    ort = os.path.join(SRC, ".deps", "npm", "node_modules", "onnxruntime-node")
    if not os.path.exists(os.path.join(ort, "package.json")) or not shutil.which("node"):
        print("onnx bench: skipped: no onnxruntime-node under .deps/npm (scripts/deps.sh bench installs it)")
        return 0
    pin = ["taskset", "-c", args.cpu] if args.cpu != "none" and shutil.which("taskset") else []
    work = tempfile.mkdtemp(prefix="onnx-bench.", dir=os.path.join(build, "bench") if
                            os.path.isdir(os.path.join(build, "bench")) else None)
    lat_calls, thr_calls, rounds = (200, 10, 1) if args.quick else (3000, 60, 3)
    ort_js = os.path.join(SRC, "tests", "onnx", "ort_run.js")
    version = json.load(open(os.path.join(ort, "package.json")))["version"]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"== nnc NAME_predict beside ONNX Runtime {version} (onnxruntime-node), one thread, pinned: "
          f"{' '.join(pin) or 'no'}; {cpu}; load average {open('/proc/loadavg').read().split()[0]}")
    rows_out = []
    for name in MODELS:
        d = os.path.join(work, name)
        os.makedirs(d)
        src = os.path.join(SRC, "examples", name + ".nn")
        run([nnc, src, "-o", os.path.join(d, name + ".c")])
        header = open(os.path.join(d, name + ".h")).read()
        shape = header.split(f"{name}_INPUT_SHAPE {{")[1].split("}")[0].replace(" ", "")
        size = 1
        for s in shape.split(","):
            size *= int(s)
        exe = os.path.join(d, "predict_bench")
        run(["cc", "-std=c11", "-O3", "-march=native", "-fno-math-errno", f"-DBENCH_MODEL={name}",
             f'-DBENCH_HEADER="{name}.h"', "-I", d, "-I", os.path.join(SRC, "runtime"),
             os.path.join(HERE, "predict_bench.c"), os.path.join(d, name + ".c"), nnrt, "-lz", "-lm", "-lpthread",
             "-o", exe])
        model = os.path.join(d, name + ".onnx")
        run([nnc, src, "--emit=onnx", "-o", model])
        empty = os.path.join(d, "empty.onnx")
        outputs = int(header.split(f"{name}_OUTPUT_SIZE ")[1].split()[0])
        empty_model(empty, [int(s) for s in shape.split(",")], outputs)
        res = {}
        for rows, calls in ((1, lat_calls), (256, thr_calls)):
            import numpy as np
            inp = os.path.join(d, f"in{rows}.bin")
            np.random.default_rng(1).random((rows, size), dtype=np.float32).tofile(inp)
            nn_t, ort_t, empty_t = [], [], []
            for _ in range(rounds):   # alternating, so a busy moment hits both
                nn_t.append(float(run(pin + [exe, str(rows), str(calls)])))
                ort_t.append(float(run(pin + ["node", ort_js, ort, model, inp, str(rows), shape,
                                              os.path.join(d, "out.bin"), str(calls)])))
                empty_t.append(float(run(pin + ["node", ort_js, ort, empty, inp, str(rows), shape,
                                                os.path.join(d, "out.bin"), str(calls)])))
            res[rows] = tuple(sorted(t)[len(t) // 2] for t in (nn_t, ort_t, empty_t))
        for rows, what in ((1, "latency_us"), (256, "samples_per_s")):
            nn_s, ort_s, empty_s = res[rows]
            net = max(ort_s - empty_s, 1e-9)   # the binding's cost is not ONNX Runtime's
            if rows == 1:
                vals = (nn_s * 1e6, ort_s * 1e6, empty_s * 1e6, net * 1e6)
                ratio = net / nn_s
            else:
                vals = (rows / nn_s, rows / ort_s, empty_s * 1e6, rows / net)
                ratio = net / nn_s
            row = {"case": f"onnx_{name}", "metric": what, "rows": rows, "nnc": vals[0], "ort": vals[1],
                   "binding_us": vals[2], "ort_net": vals[3], "nnc_speedup_vs_ort_net": ratio,
                   "ort_version": version, "cpu": cpu, "shared_machine": True}
            rows_out.append(row)
    print(f"{'model':<12} {'metric':<26} {'nnc':>10} {'ORT':>10} {'binding':>9} {'ORT net':>10} {'nnc/ORT':>8}")
    for r in rows_out:
        unit = "latency, 1 sample (us)" if r["metric"] == "latency_us" else "throughput, 256 (samples/s)"
        print(f"{r['case'][5:]:<12} {unit:<26} {r['nnc']:>10.1f} {r['ort']:>10.1f} {r['binding_us']:>8.1f}u "
              f"{r['ort_net']:>10.1f} {r['nnc_speedup_vs_ort_net']:>7.2f}x")
    print("   (binding: the Node binding's time per call on a model of the same input and output that\n"
          "    does next to nothing (Flatten, Slice), in us;\n"
          "    ORT net: ONNX Runtime less it; nnc/ORT: how many times faster nnc is than ORT net)")
    if args.json:
        with open(args.json, "a") as f:
            for r in rows_out:
                f.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
