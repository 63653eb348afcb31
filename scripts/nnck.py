#!/usr/bin/python3
"""nnck.py - nnc checkpoints (.nnck) from Python: print, and convert to and
from a PyTorch state_dict file.

    nnck.py show MODEL.nnck                  names, shapes, statistics, CRC
    nnck.py to-torch MODEL.nnck OUT.pt       a state_dict for torch.load
    nnck.py from-torch IN.pt MODEL.nnck      a checkpoint NAME_load reads
        [--model MODEL.nn | --like REF.nnck] names for an nn.Sequential's 0.weight ...

Installed by `cmake --install` as nnc-ckpt.

`show` needs python3-numpy only; the conversions need python3-torch too.

Names are kept as they are: nnc's `h1.weight` (out x in, as
torch.nn.Linear) is the state_dict key `h1.weight`, so a torch module
whose Linear layers are attributes named like the .nn's layers loads the
converted file with load_state_dict().  --add-prefix P (to-torch) and
--strip-prefix P (from-torch) handle a module that nests them (P =
"model." or "module." for DataParallel).  to-torch leaves out the
`train.*` tensors (optimizer moments, epoch, RNG: not model weights)
unless --keep-train; from-torch writes weights only, which NAME_load
takes as "start the optimizer afresh" (docs/interface.md section 4).
Tensors that are not floating point (a BatchNorm's num_batches_tracked)
are skipped with a note.

Tensors ending in .weight or .bias are parameters; the others outside
train.* are buffers, statistics a model keeps: `z.mean` and `z.std` of
a model that preprocesses its input (`z = standardize(x)`), which the
network takes as (x - z.mean) / z.std.  They travel in the state_dict
as they are; preprocess(state_dict, x) applies them in PyTorch (per
channel for N x C x H x W images).

A plain nn.Sequential names its layers by position (`0.weight`,
`0.bias`, `2.weight`, ...: the activations between have no weights).
from-torch maps such numbered names to the model's own, in order, when
it knows them: `--model MODEL.nn` asks nnc (on PATH, or $NNC) for the
model's parameters (`nnc --emit=ir --stop-after=lower`), `--like
REF.nnck` reads them from a checkpoint of the same model.  Every pair
must have the same shape, and the counts must agree; otherwise nothing
is written and the message lists the first mismatch.

The byte layout is docs/interface.md section 4, written here
independently of libnnrt, so a checkpoint written by this file is a real
test of the C loader:

    "NNCK"  u32 version=1  u32 count
    count x ( u16 name_len, name (UTF-8), u8 ndim, u32 dims[ndim], f32 data )
    u32 crc32 (zlib) of every byte before it

All little-endian.  As a module: encode, decode, read, write (tensors are
(name, numpy float32 array) pairs in file order).  Exit status: 0 done,
1 a damaged or unreadable file, 2 bad usage.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

import numpy as np

MAGIC = b"NNCK"
VERSION = 1


class CheckpointError(Exception):
    pass


def encode(tensors):
    """tensors: list of (name, array) in file order -> the file's bytes."""
    out = bytearray(MAGIC)
    out += struct.pack("<II", VERSION, len(tensors))
    for name, arr in tensors:
        arr = np.asarray(arr)
        raw = name.encode("utf-8")
        if len(raw) > 0xFFFF or arr.ndim > 255:
            raise CheckpointError(f"tensor {name!r} cannot be stored")
        out += struct.pack("<H", len(raw)) + raw
        out += struct.pack("<B", arr.ndim)
        out += struct.pack(f"<{arr.ndim}I", *arr.shape)
        out += np.ascontiguousarray(arr, dtype="<f4").tobytes()
    out += struct.pack("<I", zlib.crc32(bytes(out)) & 0xFFFFFFFF)
    return bytes(out)


def decode(data):
    """The file's bytes -> list of (name, float32 array), checking everything."""
    if len(data) < 16 or data[:4] != MAGIC:
        raise CheckpointError("not an nnck file (bad magic or too short)")
    (crc,) = struct.unpack_from("<I", data, len(data) - 4)
    if zlib.crc32(data[:-4]) & 0xFFFFFFFF != crc:
        raise CheckpointError("CRC mismatch: the file is damaged")
    version, count = struct.unpack_from("<II", data, 4)
    if version != VERSION:
        raise CheckpointError(f"version {version}, expected {VERSION}")
    pos, end, tensors = 12, len(data) - 4, []

    def take(n):
        nonlocal pos
        if pos + n > end:
            raise CheckpointError("truncated tensor table")
        chunk = data[pos:pos + n]
        pos += n
        return chunk

    for _ in range(count):
        (nlen,) = struct.unpack("<H", take(2))
        name = take(nlen).decode("utf-8")
        (ndim,) = struct.unpack("<B", take(1))
        dims = struct.unpack(f"<{ndim}I", take(4 * ndim))
        n = int(np.prod(dims, dtype=np.int64)) if ndim else 1
        arr = np.frombuffer(take(4 * n), dtype="<f4").reshape(dims)
        tensors.append((name, arr.astype(np.float32)))
    if pos != end:
        raise CheckpointError(f"{end - pos} stray bytes before the CRC")
    return tensors


def write(path, tensors):
    """Writes atomically, as libnnrt does: PATH.tmp, then renamed over PATH."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(encode(tensors))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        return decode(data)
    except CheckpointError as e:
        raise CheckpointError(f"{path}: {e}") from None


# ---- the command line ---------------------------------------------------------

def is_param(name):
    """Parameters (trained) end in .weight or .bias; the other tensors
    outside train.* are buffers: statistics the model keeps (z.mean and
    z.std of a `z = standardize(x)`), no gradient."""
    return not name.startswith("train.") and name.endswith((".weight", ".bias"))


def buffers(tensors):
    return [(n, a) for n, a in tensors if not n.startswith("train.") and not is_param(n)]


def show(path, out=sys.stdout):
    tensors = read(path)   # raises on a bad CRC, so reaching here means it is fine
    weights = [(n, a) for n, a in tensors if is_param(n)]
    state = [(n, a) for n, a in tensors if n.startswith("train.")]
    nparams = sum(a.size for _, a in weights)
    bufs = buffers(tensors)
    print(f"{path}: nnck version {VERSION}, {len(tensors)} tensors, CRC ok", file=out)
    print(f"{len(weights)} weight tensors, {nparams:,} parameters; "
          + (f"{len(bufs)} buffers; " if bufs else "") + f"{len(state)} train.* tensors", file=out)
    width = max([len(n) for n, _ in tensors] + [4])
    print(f"  {'name':<{width}}  {'shape':<12} {'min':>10} {'max':>10} {'mean':>10} {'std':>10}", file=out)
    for name, a in tensors:
        shape = "x".join(str(d) for d in a.shape) or "scalar"
        f = a.astype(np.float64).ravel()
        if f.size:
            stats = f"{f.min():10.4g} {f.max():10.4g} {f.mean():10.4g} {f.std():10.4g}"
        else:
            stats = ""
        print(f"  {name:<{width}}  {shape:<12} {stats}", file=out)
    epoch = dict(tensors).get("train.epoch")
    if epoch is not None:
        print(f"epochs completed: {int(epoch.ravel()[0])}", file=out)


def _torch():
    try:
        import torch
    except ImportError:
        sys.exit("nnck.py: converting needs PyTorch (python3-torch)")
    return torch


def to_torch(src, dst, keep_train=False, prefix=""):
    torch = _torch()
    sd = {}
    for name, a in read(src):
        if name.startswith("train.") and not keep_train:
            continue
        sd[prefix + name] = torch.from_numpy(np.array(a, dtype=np.float32))
    torch.save(sd, dst)
    for name, _ in buffers(read(src)):
        if name.endswith(".mean"):
            z = name[:-len(".mean")]
            print(f"nnck.py: note: {z}.mean and {z}.std are the model's preprocessing: the network takes "
                  f"(x - {z}.mean) / {z}.std of a raw input x (preprocess() in this file does it)", file=sys.stderr)
    return sd


def preprocess(state_dict, x, prefix=""):
    """A batch of raw inputs as the network sees them: (x - z.mean) / z.std
    with the buffers of a checkpoint's state_dict (to_torch's, or
    torch.load of its file); per feature for a batch of vectors (N x F),
    per channel for images (N x C x H x W).  x unchanged when the model
    has no preprocessing."""
    for key, mean in state_dict.items():
        if key.startswith(prefix) and key.endswith(".mean") and not is_param(key[len(prefix):]):
            std = state_dict[key[:-len(".mean")] + ".std"]
            if x.dim() == 4:
                mean, std = mean.view(1, -1, 1, 1), std.view(1, -1, 1, 1)
            return (x - mean) / std
    return x


NUMBERED = re.compile(r"^(.*\.)?\d+\.(weight|bias)$")


def model_params(model=None, like=None):
    """-> [(name, shape)] of a model's parameters, in checkpoint order."""
    if like:
        return [(n, tuple(a.shape)) for n, a in read(like) if is_param(n)]
    nnc = os.environ.get("NNC") or shutil.which("nnc")
    if not nnc:
        raise CheckpointError("--model needs nnc on PATH (or NNC=path/to/nnc)")
    p = subprocess.run([nnc, model, "--emit=ir", "--stop-after=lower"], capture_output=True, text=True)
    if p.returncode != 0:
        raise CheckpointError(f"{model}: nnc failed:\n{p.stderr.strip()}")
    params = []
    for line in p.stdout.splitlines():
        m = re.match(r"^param\s+%(\S+)\s+\[([\d,]*)\]", line)
        if m:
            params.append((m.group(1), tuple(int(d) for d in m.group(2).split(",") if d)))
    return params


def rename_by_order(tensors, params, src):
    """An nn.Sequential's numbered tensors -> the model's names, shape by shape."""
    if len(tensors) != len(params):
        raise CheckpointError(f"{src}: {len(tensors)} tensors, the model has {len(params)} parameters "
                              f"({', '.join(n for n, _ in params)})")
    out = []
    for (key, arr), (name, shape) in zip(tensors, params):
        if tuple(arr.shape) != shape:
            got = "x".join(map(str, arr.shape)) or "scalar"
            want = "x".join(map(str, shape)) or "scalar"
            raise CheckpointError(f"{src}: {key} is {got}, but the model's parameter in its place, "
                                  f"{name}, is {want}: the layers do not match in order")
        out.append((name, arr))
    return out


def from_torch(src, dst, strip="", model=None, like=None):
    torch = _torch()
    obj = torch.load(src, map_location="cpu")
    if isinstance(obj, torch.nn.Module):
        obj = obj.state_dict()
    if isinstance(obj, dict) and "state_dict" in obj and isinstance(obj["state_dict"], dict):
        obj = obj["state_dict"]   # a training script's {"state_dict": ..., "epoch": ...}
    if not isinstance(obj, dict):
        raise CheckpointError(f"{src}: not a state_dict (a dict of tensors) but {type(obj).__name__}")
    tensors = []
    for key, t in obj.items():
        if not torch.is_tensor(t):
            continue
        if not t.is_floating_point():
            print(f"nnck.py: note: skipping {key} ({t.dtype}, not a weight)", file=sys.stderr)
            continue
        name = key[len(strip):] if strip and key.startswith(strip) else key
        tensors.append((name, t.detach().to(torch.float32).cpu().numpy()))
    numbered = tensors and all(NUMBERED.match(n) for n, _ in tensors)
    if model or like:
        params = model_params(model, like)
        if numbered and {n for n, _ in tensors} != {n for n, _ in params}:
            tensors = rename_by_order(tensors, params, src)
    elif numbered:
        print(f"nnck.py: note: {tensors[0][0]}, ... are an nn.Sequential's numbered names; give "
              f"--model MODEL.nn to name them as the model does", file=sys.stderr)
    write(dst, tensors)
    return tensors


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="nnck.py", description="Print nnc checkpoints; convert them to and from PyTorch state_dicts.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show", help="print the tensors: names, shapes, min/max/mean/std; check the CRC")
    s.add_argument("nnck")
    s = sub.add_parser("to-torch", help=".nnck -> a state_dict file for torch.load")
    s.add_argument("nnck")
    s.add_argument("pt")
    s.add_argument("--keep-train", action="store_true", help="keep the train.* tensors (optimizer state)")
    s.add_argument("--add-prefix", default="", metavar="P", help="prefix every key with P (e.g. 'model.')")
    s = sub.add_parser("from-torch", help="a state_dict (or a saved Module) -> .nnck")
    s.add_argument("pt")
    s.add_argument("nnck")
    s.add_argument("--strip-prefix", default="", metavar="P", help="remove P from the keys (e.g. 'module.')")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--model", metavar="MODEL.nn", help="name an nn.Sequential's numbered tensors as this model does")
    g.add_argument("--like", metavar="REF.nnck", help="the same, from a checkpoint of the model")
    a = ap.parse_args(argv)
    try:
        if a.cmd == "show":
            show(a.nnck)
        elif a.cmd == "to-torch":
            sd = to_torch(a.nnck, a.pt, a.keep_train, a.add_prefix)
            print(f"{a.pt}: {len(sd)} tensors")
        else:
            t = from_torch(a.pt, a.nnck, a.strip_prefix, a.model, a.like)
            print(f"{a.nnck}: {len(t)} tensors")
        sys.stdout.flush()
    except BrokenPipeError:
        # `nnck.py show big.nnck | head`: the reader has gone, which is no
        # error of ours; keep Python from complaining again at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (OSError, CheckpointError) as e:
        print(f"nnck.py: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
