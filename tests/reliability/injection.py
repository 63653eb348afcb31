#!/usr/bin/env python3
"""injection.py - a .nn file cannot steer the C that nnc emits.

Hostile inputs: comments (copied into the generated C's /* */ comments)
holding */, #include, #error, trigraphs and a trailing backslash; a
`data` string with */, quotes, backslashes, ??/ and control bytes (printed
as a C string literal); value names that are C keywords, library names,
the kernels' own locals and the model's generated symbols; model names
that shadow the API's parameters.  Each must give C that compiles with
-Werror (-Wcomment included) and behaves exactly like a clean model of
the same network: same exported symbols, same preprocessor lines, and
bit-identical predictions before and after three training steps.  The
data string must come back byte for byte (the --main trainer opens it).
Model names that would collide with the runtime or stdio must be refused.

Environment (ctest's TEST_ENV): NNC, NNRT_LIB (libnnrt.a),
NNC_SOURCE_DIR; NNC_SANITIZE=ON adds the sanitizers to the link; CC.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

NNC = os.environ["NNC"]
NNRT_LIB = os.environ["NNRT_LIB"]
SRC = os.environ["NNC_SOURCE_DIR"]
CC = os.environ.get("CC") or shutil.which("cc") or "gcc"
SAN = ["-fsanitize=address,undefined"] if os.environ.get("NNC_SANITIZE") == "ON" else []
CFLAGS = ["-std=c11", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-Wcomment", "-O1",
          "-I" + os.path.join(SRC, "runtime")] + SAN

# The network every case has: names and text change, numbers do not.
TEMPLATE = """{pre}model {model} {{{c1}
    input {x}[3]{c2}
    {h} = dense({x}, 5, tanh){c3}
{mid}    {y} = dense({h}, 2, sigmoid){c4}
    output {y}
}}
train {{
    loss = binary_cross_entropy
    optimizer = sgd(lr = 0.5)
    batch_size = 4
    seed = 7{data}
}}
"""
CLEAN = dict(pre="", model="clean", c1="", c2="", c3="", c4="", mid="", x="x", h="h", y="y", data="")

HOSTILE_DATA = 'd*/ #include <stdlib.h> /* \\" \\\\ ??/ ??= \x01\t\r caf\xc3\xa9 */.csv'
# what the string means once the .nn escapes are decoded
HOSTILE_DATA_DECODED = HOSTILE_DATA.replace('\\"', '"').replace("\\\\", "\\")

CASES = {
    "comment_after_statement": dict(
        c3='  # */ #include "/etc/passwd"  int evil = 1; /*',
        c4="  # */\n#error injected"),
    "comment_lines": dict(
        pre="# */ #error from a comment line /*\n#*/\n# ??/\n# ends in a backslash \\\n",
        mid="    # */ } int main(void) { return 1; } /* \\\n    #\t*/\\\n"),
    "trigraphs_and_controls": dict(
        c1=" # ??= ??( ??) ??' ??< ??> ??! ??- \x0c\x0b",
        c2=" # \r*/ #include <x.h>"),
    "data_string": dict(data="\n    data = \"" + HOSTILE_DATA + "\""),
    "keyword_names": dict(x="int", h="return", y="static"),
    "library_names": dict(x="NULL", h="memset", y="FILE"),
    "local_names": dict(x="ws", h="n", y="rng"),
    "api_names": dict(model="m", x="y", h="target", y="x"),
    "generated_names": dict(model="net", x="net_forward", h="net_desc", y="net_tensors"),
    "model_named_x": dict(model="x", x="m", h="loss", y="acc"),
    "model_named_ws": dict(model="ws", x="i", h="j", y="k"),
    "all_at_once": dict(
        model="rng", pre="# */\n", c3=" # */ #define float int", x="float", h="main", y="rng_forward",
        data="\n    data = \"" + HOSTILE_DATA + "\""),
}
REFUSED = {"model_nnrt": "nnrt", "model_FILE": "FILE", "model_int": "int", "model_nnrt_x": "nnrt_x"}

DRIVER = r"""
#include <stdio.h>
#include "model.h"
int main(void)
{
    static const float in_[12] = {0.1f, -0.2f, 0.3f, 1, 0, -1, 0.5f, 0.25f, -0.75f, 2, -2, 0.125f};
    static const float tgt_[8] = {1, 0, 0, 1, 1, 1, 0, 0};
    float out_[8];
    MODELNAME *mdl_ = MODELNAME_create(42);
    if (!mdl_)
        return 3;
    MODELNAME_predict(mdl_, in_, out_, 4);
    for (int i = 0; i < 8; i++)
        printf("%a\n", (double)out_[i]);
    for (int s = 0; s < 3; s++)
        printf("loss %a\n", (double)MODELNAME_train_batch(mdl_, in_, tgt_, 4));
    MODELNAME_predict(mdl_, in_, out_, 4);
    for (int i = 0; i < 8; i++)
        printf("%a\n", (double)out_[i]);
    printf("params %zu\n", MODELNAME_param_count());
    MODELNAME_destroy(mdl_);
    return 0;
}
"""


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def build(tmp, name, fields):
    """Writes NAME.nn from the template, compiles it; returns (dir, model, stdout, err)."""
    d = os.path.join(tmp, name)
    os.makedirs(d)
    f = dict(CLEAN, **fields)
    nn = os.path.join(d, "model.nn")
    with open(nn, "wb") as fh:
        fh.write(TEMPLATE.format(**f).encode("latin-1"))
    r = run([NNC, nn, "-o", os.path.join(d, "model.c")])
    if r.returncode != 0:
        return d, f["model"], None, "nnc: " + r.stderr.decode(errors="replace")
    r = run([NNC, nn, "--main", "-o", os.path.join(d, "train.c")])
    if r.returncode != 0:
        return d, f["model"], None, "nnc --main: " + r.stderr.decode(errors="replace")
    with open(os.path.join(d, "driver.c"), "w") as fh:
        fh.write(DRIVER.replace("MODELNAME", f["model"]))
    for src in ("model.c", "driver.c", "train.c"):
        r = run([CC] + CFLAGS + ["-c", src, "-o", src[:-2] + ".o"], cwd=d)
        if r.returncode != 0:
            return d, f["model"], None, f"cc {src}: " + r.stderr.decode(errors="replace")
    libs = [NNRT_LIB, "-lz", "-lm"] + SAN
    for exe, objs in (("run", ["model.o", "driver.o"]), ("train", ["train.o"])):
        r = run([CC] + objs + ["-o", exe] + libs, cwd=d)
        if r.returncode != 0:
            return d, f["model"], None, "link: " + r.stderr.decode(errors="replace")
    r = run([os.path.join(d, "run")])
    if r.returncode != 0:
        return d, f["model"], None, f"run exited {r.returncode}: " + r.stderr.decode(errors="replace")
    return d, f["model"], r.stdout.decode(), None


def symbols(d, model):
    """Defined global symbols of model.o, the model's prefix made generic."""
    out = run(["nm", "--defined-only", "-g", os.path.join(d, "model.o")]).stdout.decode()
    names = sorted(line.split()[-1] for line in out.splitlines() if line.strip())
    return [re.sub("^" + re.escape(model) + "_", "M_", n) for n in names]


def directives(d, model):
    """The generated files' preprocessor lines, the model's name made generic."""
    lines = []
    for f in ("model.c", "model.h"):
        for line in open(os.path.join(d, f), encoding="latin-1"):
            if line.lstrip().startswith("#"):
                line = line.strip().replace("NNC_GENERATED_" + model.upper() + "_H", "NNC_GENERATED_M_H")
                lines.append(re.sub(r"(?<![A-Za-z0-9_])" + re.escape(model) + "_", "M_", line))
    return lines


def main():
    tmp = tempfile.mkdtemp(prefix="nnc_injection_")
    failures = 0
    try:
        cd, cmodel, want, err = build(tmp, "clean", {})
        if err:
            print("[FAIL] the clean model:", err)
            return 1
        want_syms, want_dirs = symbols(cd, cmodel), directives(cd, cmodel)
        for name, fields in CASES.items():
            d, model, got, err = build(tmp, name, fields)
            why = err
            if not why and got != want:
                why = "predictions or losses differ from the clean model"
            if not why and symbols(d, model) != want_syms:
                why = f"exported symbols differ: {symbols(d, model)} vs {want_syms}"
            if not why and directives(d, model) != want_dirs:
                why = f"preprocessor lines differ: {directives(d, model)}"
            if not why and "data" in fields:
                r = run([os.path.join(d, "train"), "--quiet"], cwd=d)
                msg = r.stderr.decode("latin-1")
                if r.returncode == 0 or HOSTILE_DATA_DECODED not in msg:
                    why = f"the data path did not come back byte for byte: {msg!r}"
            if why:
                failures += 1
                print(f"[FAIL] {name}: {why.strip()[:2000]}")
            else:
                print(f"[PASS] {name}")
        for name, model in REFUSED.items():
            nn = os.path.join(tmp, name + ".nn")
            with open(nn, "w") as fh:
                fh.write(TEMPLATE.format(**dict(CLEAN, model=model)))
            r = run([NNC, "--check", nn])
            if r.returncode == 1 and b"is reserved in C" in r.stderr:
                print(f"[PASS] {name}: refused")
            else:
                failures += 1
                print(f"[FAIL] {name}: model name '{model}' accepted (exit {r.returncode})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = len(CASES) + len(REFUSED)
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
