#!/usr/bin/env python3
"""make_seeds.py TARGET DIR [MODEL_C] - small valid inputs for a runtime fuzz target.

Writes seed files for fuzz_ckpt, fuzz_idx or fuzz_csv into DIR: valid files
of each kind the reader takes (so the fuzzer starts from the interesting
paths, not from the magic checks) and a few damaged ones.  For ckpt,
MODEL_C is the generated C of the model fuzz_ckpt loads into: its tensor
table gives the names and shapes of a checkpoint that loads.
Standard library only (no numpy), so scripts/fuzz can run it anywhere.
"""
import gzip
import os
import re
import struct
import sys
import zlib


def nnck(tensors):
    """tensors: [(name, dims, values)] -> a .nnck image (INTERFACE.md 4)."""
    out = bytearray(b"NNCK") + struct.pack("<II", 1, len(tensors))
    for name, dims, vals in tensors:
        raw = name.encode()
        out += struct.pack("<H", len(raw)) + raw + struct.pack("<B", len(dims))
        out += struct.pack(f"<{len(dims)}I", *dims)
        out += struct.pack(f"<{len(vals)}f", *vals)
    return bytes(out + struct.pack("<I", zlib.crc32(bytes(out))))


def prod(dims):
    n = 1
    for d in dims:
        n *= d
    return n


def ckpt_seeds(model_c):
    seeds = {
        "empty.nnck": nnck([]),
        "two.nnck": nnck([("a.weight", [2, 3], [0.5] * 6), ("a.bias", [2], [1, -1])]),
        "scalar.nnck": nnck([("train.step", [], [3.0])]),
        "wide.nnck": nnck([("w", [1] * 8, [2.0])]),
    }
    if model_c:
        table = re.findall(r'\{"([^"]+)", (\d), \{(\d+), (\d+)\}, \d+, NNRT_(PARAM|STATE)',
                           open(model_c).read())
        params, state = [], []
        for name, ndim, d0, d1, kind in table:
            dims = [int(d0), int(d1)][: int(ndim)]
            vals = [0.01 * (i % 7) for i in range(prod(dims))]
            (params if kind == "PARAM" else state).append((name, dims, vals))
        rng = [0x1234, 0x5678, 0x9abc, 0xdef0, 0x0001, 0, 0, 0]   # inc odd
        full = params + state + [("train.epoch", [1], [3.0]), ("train.rng", [8], rng)]
        seeds["model_full.nnck"] = nnck(full)
        seeds["model_params.nnck"] = nnck(params)       # a PyTorch export
        seeds["model_reversed.nnck"] = nnck(full[::-1])
        bad = bytearray(seeds["model_full.nnck"])
        bad[20] ^= 1
        seeds["model_badcrc.nnck"] = bytes(bad)
    return seeds


def idx(type_code, dims, payload):
    return bytes([0, 0, type_code, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + payload


def idx_seeds():
    # input prefix (fuzz_idx.c): flags, classes, images length (u16 LE)
    def pair(images, labels, classes):
        flags = 1 | (2 if classes else 0)
        return bytes([flags, classes]) + struct.pack("<H", len(images)) + images + labels

    img = idx(0x08, [3, 2, 2], bytes(range(0, 240, 20)))
    lab = idx(0x08, [3], bytes([0, 1, 2]))
    f32 = idx(0x0D, [2, 3], struct.pack(">6f", 0.5, -1, 2, 3, 4, 1e-3))
    i16 = idx(0x0B, [2, 2], struct.pack(">4h", -300, 0, 7, 32767))
    f64 = idx(0x0E, [2], struct.pack(">2d", 1.5, -2.25))
    i32lab = idx(0x0C, [2], struct.pack(">2i", 1, 0))
    return {
        "u8_labels.idx": pair(img, lab, 10),
        "u8_only.idx": b"\0\0\0\0" + img,
        "f32_i32labels.idx": pair(f32, i32lab, 2),
        "i16.idx": b"\0\0\0\0" + i16,
        "f64_s8labels.idx": pair(f64, idx(0x09, [2], bytes([1, 0])), 3),
        "gzip.idx": pair(gzip.compress(img, mtime=0), gzip.compress(lab, mtime=0), 10),
    }


def csv_seeds():
    # input prefix (fuzz_csv.c): options byte, input_size byte
    return {
        "mnist_like.csv": b"\x40\x00label,p1,p2,p3\n3,0,128,255\n7,1,2,3\n",
        "no_header.csv": b"\x00\x02" + b"1,0.5,-2\n0,1e-3,4\n",
        "crlf_quoted.csv": b"\x20\x00\"x\",\"label\",\"y\"\r\n1,2,3\r\n\r\n4,5,6\r\n",
        "two_targets.csv": b"\x06\x00a,b,c,d\n1,2,3,4\n5,6,7,8\n",
        "inputs_only.csv": b"\x10\x00" + b"1,2\n3,4\n",
        "gzip.csv": b"\x00\x00" + gzip.compress(b"y,a,b\n1,2,3\n0,4,5\n", mtime=0),
    }


def main():
    target, out = sys.argv[1], sys.argv[2]
    model_c = sys.argv[3] if len(sys.argv) > 3 else None
    seeds = {"ckpt": lambda: ckpt_seeds(model_c), "idx": idx_seeds, "csv": csv_seeds}[target]()
    os.makedirs(out, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(out, "seed_" + name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
