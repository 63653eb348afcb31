#!/usr/bin/python3
"""compare.py - are two checkpoints the same weights?

    compare.py exact A.nnck B.nnck      every tensor bit for bit
    compare.py close A.nnck REF.nnck    every value within 1e-5 + 1e-4*|ref|

train.processes (how many processes trained it, for information only)
is left out; the optimizer state, the epoch count and the generator are
compared.  Reading checks each file's CRC (scripts/nnck.py).  Exit 0 when
they agree, 1 otherwise, with the first difference.  tests/mpi/run.py
uses the same functions.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import nnck  # noqa: E402


def tensors(path):
    return {n: a for n, a in nnck.read(path) if n != "train.processes"}


def same_bits(a, b):
    """'' when checkpoints a and b hold the same bits, else the first difference"""
    ta, tb = tensors(a), tensors(b)
    if sorted(ta) != sorted(tb):
        return f"other tensors: {sorted(ta)} vs {sorted(tb)}"
    for name in ta:
        if ta[name].tobytes() != tb[name].tobytes():
            i = int(np.argmax(ta[name].reshape(-1) != tb[name].reshape(-1)))
            return f"{name}[{i}]: {ta[name].flat[i]!r} vs {tb[name].flat[i]!r}"
    return ""


def close(a, ref):
    """(True, the largest difference) when every value of a is within
    1e-5 + 1e-4|ref| of ref's, else (False, the first that is not)"""
    ta, tr = tensors(a), tensors(ref)
    worst = 0.0
    for name in tr:
        x, r = ta[name].astype(np.float64).reshape(-1), tr[name].astype(np.float64).reshape(-1)
        d = np.abs(x - r) - (1e-5 + 1e-4 * np.abs(r))
        if d.size and np.max(d) > 0:
            i = int(np.argmax(d))
            return False, f"{name}[{i}]: {x[i]!r} vs {r[i]!r}"
        worst = max(worst, float(np.max(np.abs(x - r))) if x.size else 0.0)
    return True, f"largest difference {worst:.3g}"


def main(argv):
    if len(argv) != 4 or argv[1] not in ("exact", "close"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, a, b = argv[1:]
    try:
        if mode == "exact":
            diff = same_bits(a, b)
            good, say = not diff, diff or "the same bits"
        else:
            good, say = close(a, b)
    except (OSError, nnck.CheckpointError) as e:
        print(f"compare.py: {e}", file=sys.stderr)
        return 1
    print(f"{os.path.basename(a)} vs {os.path.basename(b)}: {say}")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
