#!/usr/bin/python3
"""doctest.py - every example in the docs runs, and prints what the docs say.

    doctest.py [FILE.md ...]      default: docs/tutorial.md README.md docs/language.md

Fenced blocks are read by their tag:

  ```nn         a model: `nnc --check` must accept it without a diagnostic
  ```nn-error   a model nnc must reject; the ```text block right after it is
                the expected stderr (the file name written as model.nn)
  ```console    `$ command` lines (a trailing \\ continues one) run with bash
                from the top of the source tree, one after the other, each
                must exit 0; the other lines are expected output, found in
                order among the command's stdout and stderr (merged)
  ``` (untagged) in language.md: checked as ```nn when it starts with a model
  ```sh, ```text, ```c and the rest are shown, not run (make demo, say)

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
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.abspath(os.path.join(HERE, "..", ".."))
NNC = os.environ.get("NNC", os.path.join(TOP, "build", "nnc"))
DEFAULT = ["docs/tutorial.md", "README.md", "docs/language.md"]
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
    for rel in files:
        path = os.path.join(TOP, rel)
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
            else:
                continue
            if why is None:
                print(f"[PASS] {where}: {what}")
                passed += 1
            else:
                print(f"[FAIL] {where}: {why}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
