#!/usr/bin/env python3
"""The front end on a 10 MB model (issue 2): tests/gen_big.py writes it,
`nnc --check` must accept it, and stay within coarse CPU and memory bounds.

Speed is reported, not asserted tightly: CI machines are shared and
loaded.  The bounds catch a return of quadratic work or of the fat AST.
Measured on the shared 2-core build machine at load 6 to 9: 0.31-0.50 s
user + 0.09-0.47 s sys, 195 MB peak RSS, of which about 51 MB is the
process itself with LLVM loaded (`nnc --check` on xor.nn).  Before the
AST was made compact and names interned: 0.54-0.92 s user + 0.15-0.80 s
sys, 342 MB.  The bounds, 3 s of CPU (3x the worst figure above) and
300 MB, hold on a loaded machine and fail on the old code's memory.

Environment: NNC (the compiler), NNC_SOURCE_DIR (the source tree).
"""
import os
import resource
import subprocess
import sys
import tempfile

CPU_LIMIT_S = 3.0
RSS_LIMIT_MB = 300


def main():
    nnc = os.environ["NNC"]
    src = os.environ["NNC_SOURCE_DIR"]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.nn")
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(src, "tests", "gen_big.py"), "10"],
                           stdout=f, check=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        run = subprocess.run([nnc, "--check", path], capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    sys_ = after.ru_stime - before.ru_stime
    rss_mb = after.ru_maxrss / 1024   # KiB on Linux; the largest child so far
    print(f"nnc --check on 10 MB: {user:.2f} s user, {sys_:.2f} s sys, {rss_mb:.0f} MB peak RSS")
    ok = True
    if run.returncode != 0 or run.stderr:
        print(f"[FAIL] exit {run.returncode}, stderr:\n{run.stderr[:2000]}")
        ok = False
    if user + sys_ > CPU_LIMIT_S:
        print(f"[FAIL] {user + sys_:.2f} s of CPU, limit {CPU_LIMIT_S} s")
        ok = False
    if rss_mb > RSS_LIMIT_MB:
        print(f"[FAIL] {rss_mb:.0f} MB peak RSS, limit {RSS_LIMIT_MB} MB")
        ok = False
    if ok:
        print("[PASS] big_model")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
