#!/usr/bin/python3
"""doctest.py - every example in the docs runs, and prints what the docs say.

    doctest.py [FILE ...]      default: docs/tutorial.md README.md docs/language.md
                                        docs/interface.md docs/nnc.1

Fenced blocks are read by their tag:

  ```nn         a model: `nnc --check` must accept it without a diagnostic
  ```nn-error   a model nnc must reject; the ```text block right after it is
                the expected stderr (the file name written as model.nn)
  ```console    `$ command` lines (a trailing \\ continues one) run with bash
                from the top of the source tree, one after the other, each
                must exit 0; the other lines are expected output, found in
                order among the command's stdout and stderr (merged)
  ``` (untagged) in language.md: checked as ```nn when it starts with a model
  ```sh         commands a reader types (`# ...` ends them): each line runs
                with bash in a sandbox folder holding the files the docs name
                (model.nn and app.c of examples/app, xor.nn, fashion_mlp.nn)
                and an install of the build under test on PATH and
                PKG_CONFIG_PATH, and must exit 0; `make ...` lines are the
                build itself and are skipped
  ```text, ```c and the rest are shown, not run (make demo, say)

A man page (FILE.1) has its EXAMPLES section run the way ```sh blocks are.

A path starting `build/` in a command names the build folder under test
(NNC_BUILD), as the docs are written for `make`'s build/.

Expected output lines are compared word by word; numbers within
0.02 + 5% of the documented value (the figures in the docs are real runs,
and a change of the C backend's summation order may move the last digit).
Timings ("0.4s", "1973 samples/s") are not compared.

Environment (ctest sets it): NNC, the compiler: its folder goes first on
PATH, so `nnc` in the docs is the one under test, and NNC_BUILD for
scripts/nntrain.  Commands write under /tmp/nnc-tutorial.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))
NNC = os.environ.get("NNC", os.path.join(TOP, "build", "nnc"))
DEFAULT = ["docs/tutorial.md", "README.md", "docs/language.md", "docs/interface.md", "docs/nnc.1"]
NUM = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?$")
TIMING = re.compile(r"(\s\d+(\.\d+)?s\b)|(\s\d+ samples/s)|(ETA \S+)")


def blocks(path):
    """-> [(tag, first line number, text)] of the fenced blocks of a markdown file."""
    out, tag, start, buf = [], None, 0, []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("```"):
            if tag is None:
                tag, start, buf = line[3:].strip(), i + 1, []
            else:
                out.append((tag, start, "".join(buf)))
                tag = None
        elif tag is not None:
            buf.append(line)
    return out


def env():
    e = dict(os.environ)
    e["PATH"] = os.path.dirname(os.path.abspath(NNC)) + os.pathsep + e.get("PATH", "")
    e.setdefault("NNC_BUILD", os.path.dirname(os.path.abspath(NNC)))
    e["LC_ALL"] = "C"
    return e


def words_match(want, got):
    w, g = TIMING.sub("", want).split(), TIMING.sub("", got).split()
    if len(w) != len(g):
        return False
    for a, b in zip(w, g):
        if a == b:
            continue
        if NUM.match(a) and NUM.match(b) and a.endswith("%") == b.endswith("%"):
            x, y = float(a.rstrip("%")), float(b.rstrip("%"))
            scale = 100 if a.endswith("%") else 1
            if abs(x - y) <= 0.02 * scale + 0.05 * abs(x):
                continue
        return False
    return True


def check_output(expected, got):
    """Every expected line, in order, matches a line of the output; -> missing line or None."""
    lines = got.splitlines()
    pos = 0
    for want in expected:
        if not want.strip():
            continue
        while pos < len(lines) and not words_match(want, lines[pos]):
            pos += 1
        if pos == len(lines):
            return want
        pos += 1
    return None


def run_console(text):
    """-> None, or what went wrong."""
    cmds, cur = [], None
    for line in text.splitlines():
        if cur is not None:
            cur[0] += "\n" + line
            if not line.endswith("\\"):
                cur = None
            continue
        if line.startswith("$ "):
            cmds.append([line[2:], []])
            if line.endswith("\\"):
                cur = cmds[-1]
        elif cmds:
            cmds[-1][1].append(line)
    build = env()["NNC_BUILD"]
    for cmd, expected in cmds:
        cmd = re.sub(r"(?<![\w/.-])build/", build.rstrip("/") + "/", cmd)
        p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=TOP, env=env(),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
        got = p.stdout
        if p.returncode != 0:
            return f"`{cmd}` exited {p.returncode}:\n{got}"
        missing = check_output(expected, got)
        if missing is not None:
            return f"`{cmd}`: no line like\n    {missing}\nin its output:\n{got}"
    return None


class Sandbox:
    """A folder with the files the docs' commands name, and nnc installed."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="nnc-doctest-")
        ex = os.path.join(TOP, "examples")
        for src, name in [("app/model.nn", "model.nn"), ("app/app.c", "app.c"), ("xor.nn", "xor.nn"),
                          ("fashion_mlp.nn", "fashion_mlp.nn")]:
            shutil.copy(os.path.join(ex, src), os.path.join(self.dir, name))
        self.prefix = os.path.join(self.dir, "prefix")
        p = subprocess.run(["cmake", "--install", env()["NNC_BUILD"], "--prefix", self.prefix],
                           capture_output=True, text=True)
        self.error = None if p.returncode == 0 else f"cmake --install failed:\n{p.stdout}{p.stderr}"
        pcs = [os.path.join(self.prefix, d, "pkgconfig") for d in ("lib", "lib64")
               if os.path.isdir(os.path.join(self.prefix, d, "pkgconfig"))]
        self.env = env()
        self.env["PATH"] = os.path.join(self.prefix, "bin") + os.pathsep + self.env["PATH"]
        self.env["PKG_CONFIG_PATH"] = os.pathsep.join(pcs + glob.glob(os.path.join(self.prefix, "lib", "*", "pkgconfig")))
        self.env["TMPDIR"] = self.dir

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run_shell(lines, box):
    """Each command line in the sandbox; -> None, or what went wrong."""
    if box.error:
        return box.error
    ran = 0
    for line in lines:
        cmd = line.strip()
        if not cmd or cmd.startswith("#") or re.match(r"make\b", cmd):
            continue
        p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=box.dir, env=box.env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
        if p.returncode != 0:
            return f"`{cmd}` exited {p.returncode}:\n{p.stdout}"
        ran += 1
    return None


def man_examples(path):
    """The command lines of a man page's EXAMPLES section, troff removed."""
    out, inside, section = [], False, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith(".SH"):
            section = line[3:].strip().strip('"')
        elif section == "EXAMPLES" and line.startswith(".nf"):
            inside = True
        elif line.startswith(".fi"):
            inside = False
        elif inside and section == "EXAMPLES":
            out.append(re.sub(r"\\f[BIRP]", "", line).replace("\\-", "-").replace("\\e", "\\"))
    return out


def check_model(text, want_error=None):
    tmp = tempfile.mkdtemp()
    try:
        path = os.path.join(tmp, "model.nn")
        with open(path, "w") as f:
            f.write(text)
        p = subprocess.run([NNC, "--check", "model.nn"], cwd=tmp, capture_output=True, text=True)
    finally:
        shutil.rmtree(tmp)
    if want_error is None:
        if p.returncode != 0 or p.stderr:
            return f"nnc --check: exit {p.returncode}\n{p.stderr}"
        return None
    if p.returncode != 1:
        return f"nnc --check accepted a model the docs show as an error (exit {p.returncode})"
    if p.stderr.strip() != want_error.strip():
        return f"nnc's message differs from the docs:\n--- docs\n{want_error}--- nnc\n{p.stderr}"
    return None


def main():
    files = sys.argv[1:] or DEFAULT
    os.makedirs("/tmp/nnc-tutorial", exist_ok=True)
    passed = failed = 0
    box = Sandbox()
    for rel in files:
        path = os.path.join(TOP, rel)
        if rel.endswith(".1"):
            why = run_shell(man_examples(path), box)
            print(f"[{'PASS' if why is None else 'FAIL'}] {rel}: EXAMPLES run" + (f": {why}" if why else ""))
            passed, failed = passed + (why is None), failed + (why is not None)
            continue
        bl = blocks(path)
        for k, (tag, line, text) in enumerate(bl):
            where = f"{rel}:{line}"
            if tag == "" and rel.endswith("language.md") and re.match(r"(#[^\n]*\n)*model ", text):
                tag = "nn"
            if tag == "nn":
                why, what = check_model(text), "model checks"
            elif tag == "nn-error":
                nxt = bl[k + 1] if k + 1 < len(bl) and bl[k + 1][0] == "text" else None
                why = "no ```text block after it" if nxt is None else check_model(text, nxt[2])
                what = "model is rejected with the message shown"
            elif tag == "console":
                why, what = run_console(text), "commands run, output as shown"
            elif tag == "sh":
                why, what = run_shell(text.splitlines(), box), "commands run in a sandbox"
            else:
                continue
            if why is None:
                print(f"[PASS] {where}: {what}")
                passed += 1
            else:
                print(f"[FAIL] {where}: {why}")
                failed += 1
    box.close()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
