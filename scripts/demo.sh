#!/usr/bin/env bash
# make demo: compile examples/fashion_mlp.nn into a standalone trainer,
# train it on Fashion-MNIST's 60,000 images and report test accuracy.
# Usage: scripts/demo.sh BUILD_DIR [c|llvm]
set -euo pipefail
build=${1:-build}
backend=${2:-c}
top=$(cd "$(dirname "$0")/.." && pwd)
data=/usr/share/datasets/fashion-mnist
out=$build/demo
mkdir -p "$out"
nnc=$build/nnc

case $backend in
  c)
    "$nnc" "$top/examples/fashion_mlp.nn" --main -o "$out/fashion_mlp.c"
    # docs/interface.md's flags for speed; nothing else is needed for a
    # quiet build (the generated code passes no 64-byte vector to a
    # function, which gcc would note a psABI change for)
    cc -std=c11 -O3 -march=native -fno-math-errno -I"$top/runtime" "$out/fashion_mlp.c" \
       "$build/libnnrt.a" -lz -lm -o "$out/fashion_mlp" ;;
  llvm)
    "$nnc" "$top/examples/fashion_mlp.nn" --main -o "$out/fashion_mlp.o"
    cc "$out/fashion_mlp.o" "$build/libnnrt.a" -lz -lm -o "$out/fashion_mlp" ;;
  *) echo "demo.sh: BACKEND must be c or llvm" >&2; exit 2 ;;
esac

if command -v dot >/dev/null; then
  "$nnc" "$top/examples/fashion_mlp.nn" --emit=dot | dot -Tsvg -o "$out/fashion_mlp.svg"
fi

echo "== training fashion_mlp ($backend backend) on $data"
time "$out/fashion_mlp" \
  --train "$data/train-images-idx3-ubyte.gz" "$data/train-labels-idx1-ubyte.gz" \
  --test  "$data/t10k-images-idx3-ubyte.gz"  "$data/t10k-labels-idx1-ubyte.gz" \
  --metrics "$out/metrics.csv" --plot "$out/fashion_mlp_training.svg" \
  --save "$out/fashion_mlp.nnck"
echo "== metrics: $out/metrics.csv (chart: $out/fashion_mlp_training.svg," \
     "confusion matrix: $out/fashion_mlp_training-confusion.svg)"
echo "== checkpoint: $out/fashion_mlp.nnck, network: $out/fashion_mlp.svg"
