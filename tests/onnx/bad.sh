#!/bin/sh
# bad.sh - bad input to the ONNX export and import (issue 23): each a
# clear message, exit status 1 (bad input) or 2 (usage, a file that
# cannot be read), and no output file written.
#   NNC=build/nnc NNC_PYTHON=/usr/bin/python3 sh tests/onnx/bad.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
nnc=${NNC:?set NNC}
py=${NNC_PYTHON:-/usr/bin/python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/onnx-bad.XXXXXX")
trap 'rm -rf "$work"' EXIT
fails=0 passes=0

# expect STATUS PATTERN OUTPUT -- COMMAND...: the status, a message
# matching PATTERN on stderr, and OUTPUT not created
expect() {
  want=$1 pattern=$2 out=$3
  shift 4
  rm -f "$out"
  "$@" >"$work/stdout" 2>"$work/stderr"
  got=$?
  if [ "$got" != "$want" ] || { [ -n "$pattern" ] && ! grep -q -- "$pattern" "$work/stderr"; } ||
     [ -e "$out" ]; then
    echo "FAIL: $*: exit $got (want $want), output $( [ -e "$out" ] && echo written || echo absent)"
    sed 's/^/  | /' "$work/stderr"
    fails=$((fails + 1))
  else
    echo "ok   exit $got: $(head -1 "$work/stderr")"
    passes=$((passes + 1))
  fi
}

mlp=$src/examples/fashion_mlp.nn
# checkpoints written here (the format of docs/interface.md): a good one of
# fashion_mlp, one of xor, one with a wrong shape, one with a tensor too
# many, a damaged copy (one bit), a truncated one and a file of another kind
"$py" - "$work" <<'PY'
import struct, sys, zlib
def write(path, tensors):
    b = bytearray(b"NNCK" + struct.pack("<II", 1, len(tensors)))
    for name, dims in tensors:
        n = 1
        for d in dims:
            n *= d
        b += struct.pack("<H", len(name)) + name.encode() + struct.pack("<B", len(dims))
        b += struct.pack(f"<{len(dims)}I", *dims) + struct.pack(f"<{n}f", *([0.01] * n))
    b += struct.pack("<I", zlib.crc32(bytes(b)))
    open(path, "wb").write(bytes(b))
w = sys.argv[1]
mlp = [("h1.weight", [256, 784]), ("h1.bias", [256]), ("h2.weight", [128, 256]), ("h2.bias", [128]),
       ("y.weight", [10, 128]), ("y.bias", [10])]
write(f"{w}/mlp.nnck", mlp)
write(f"{w}/xor.nnck", [("h.weight", [8, 2]), ("h.bias", [8]), ("y.weight", [1, 8]), ("y.bias", [1])])
write(f"{w}/shape.nnck", [("h1.weight", [64, 784])] + mlp[1:])
write(f"{w}/extra.nnck", mlp + [("h3.weight", [10, 10])])
d = bytearray(open(f"{w}/mlp.nnck", "rb").read())
d[100] ^= 0x40
open(f"{w}/damaged.nnck", "wb").write(bytes(d))
open(f"{w}/notckpt.nnck", "wb").write(b"PK\x03\x04 this is a zip file, not a checkpoint\n")
open(f"{w}/short.nnck", "wb").write(open(f"{w}/mlp.nnck", "rb").read()[:5000])
PY
grep -q "h1 = dense(x, 256" "$mlp" && grep -q "h2 = dense(d1, 128" "$mlp" || { echo "bad.sh: fashion_mlp.nn changed its layer names"; exit 1; }
out=$work/out.onnx

expect 0 "" "$work/none" -- "$nnc" "$mlp" --emit=onnx --weights "$work/mlp.nnck" -o "$work/good.onnx"
[ -s "$work/good.onnx" ] || { echo "FAIL: the good checkpoint wrote no model"; fails=$((fails + 1)); }
expect 1 "CRC mismatch.*damaged" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/damaged.nnck" -o "$out"
expect 1 "truncated" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/short.nnck" -o "$out"
expect 1 "not a checkpoint" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/notckpt.nnck" -o "$out"
expect 1 "no tensor 'h1.weight'.*another model" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/xor.nnck" -o "$out"
expect 1 "'h1.weight' is \[64,784\].*\[256,784\]" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/shape.nnck" -o "$out"
expect 1 "'h3.weight' is not one of model 'fashion_mlp'" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/extra.nnck" -o "$out"
expect 2 "missing.nnck" "$out" -- "$nnc" "$mlp" --emit=onnx --weights "$work/missing.nnck" -o "$out"
expect 2 "--opset takes 13 or 17" "$out" -- "$nnc" "$mlp" --emit=onnx --opset=11 -o "$out"
expect 2 "are for --emit=onnx" "$work/x.c" -- "$nnc" "$mlp" --weights "$work/mlp.nnck" -o "$work/x.c"

# the import: a file that is not ONNX, one that does not exist, and a graph
# with nodes nnc has not (every one listed, in one message)
if "$py" -c "import onnx" 2>/dev/null; then
  imp="$src/scripts/onnx2nn.py"
  printf 'model xor {\n  input x[2]\n}\n' > "$work/text.onnx"
  head -c 3000 "$work/good.onnx" > "$work/cut.onnx"
  "$py" - "$work" <<'PY'
import sys
import numpy as np
from onnx import TensorProto, helper, numpy_helper
w = sys.argv[1]
f = lambda *s: np.ones(s, np.float32)
inits = [numpy_helper.from_array(f(4, 2, 3, 3), "k"), numpy_helper.from_array(np.array([2, -1], np.int64), "shape"),
         numpy_helper.from_array(f(72, 3), "w")]
nodes = [
    helper.make_node("Conv", ["x", "k"], ["c"], name="dilated", dilations=[2, 2]),
    helper.make_node("Elu", ["x"], ["e"], name="elu"),
    helper.make_node("Reshape", ["x", "shape"], ["r"], name="fixed_batch"),
    helper.make_node("MatMul", ["r", "w"], ["y"], name="mm"),
]
g = helper.make_graph(nodes, "unsupported", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 2, 6, 6])],
                      [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 3])], inits)
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])
open(f"{w}/unsupported.onnx", "wb").write(m.SerializeToString())
PY
  expect 1 "not an ONNX model" "$work/imp.nn" -- "$py" "$imp" "$work/text.onnx" -o "$work/imp.nn"
  expect 1 "not an ONNX model" "$work/imp.nn" -- "$py" "$imp" "$work/cut.onnx" -o "$work/imp.nn"
  expect 2 "cannot read" "$work/imp.nn" -- "$py" "$imp" "$work/missing.onnx" -o "$work/imp.nn"
  expect 1 "3 nodes nnc cannot take" "$work/imp.nn" -- "$py" "$imp" "$work/unsupported.onnx" -o "$work/imp.nn"
  for what in "node 1 Conv 'dilated'.*dilations" "node 2 Elu 'elu'.*no such op" \
              "node 3 Reshape 'fixed_batch'.*not a flatten" "not checked: MatMul 'mm'"; do
    if grep -q -- "$what" "$work/stderr"; then passes=$((passes + 1)); else
      echo "FAIL: the unsupported list lacks '$what'"; fails=$((fails + 1)); fi
  done
  expect 0 "" "$work/none" -- "$py" "$imp" "$work/good.onnx" -o "$work/imp.nn" --weights "$work/imp.nnck"
  "$nnc" --check "$work/imp.nn" || { echo "FAIL: the imported fashion_mlp does not check"; fails=$((fails + 1)); }
else
  echo "skipped: the import's bad input (no python3-onnx)"
fi

echo "$passes passed, $fails failed"
[ "$fails" = 0 ]
