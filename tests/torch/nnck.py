"""nnck.py - read and write nnc checkpoints (.nnck) from Python.

The byte layout is INTERFACE.md section 4, written here independently of
libnnrt so that a checkpoint PyTorch writes is a real test of the C loader:

    "NNCK"  u32 version=1  u32 count
    count x ( u16 name_len, name (UTF-8), u8 ndim, u32 dims[ndim], f32 data )
    u32 crc32 (zlib) of every byte before it

All little-endian.  Tensors are numpy arrays; data is stored as float32.
"""
import struct
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
        raise CheckpointError("CRC mismatch")
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
    with open(path, "wb") as f:
        f.write(encode(tensors))


def read(path):
    with open(path, "rb") as f:
        return decode(f.read())


if __name__ == "__main__":
    # Self-check: a round trip, and the CRC catching a flipped byte.
    t = [("h1.weight", np.arange(6, dtype=np.float32).reshape(2, 3)),
         ("h1.bias", np.array([0.5, -1.0], dtype=np.float32)),
         ("train.step", np.array(3.0, dtype=np.float32))]
    blob = encode(t)
    back = decode(blob)
    assert [n for n, _ in back] == [n for n, _ in t]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(t, back))
    bad = bytearray(blob)
    bad[20] ^= 1
    try:
        decode(bytes(bad))
        raise SystemExit("flipped byte not detected")
    except CheckpointError:
        pass
    print("nnck.py: ok")
