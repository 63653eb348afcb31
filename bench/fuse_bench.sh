#!/bin/bash
# fuse_bench.sh - training throughput with op fusion against --no-fuse
# (issue 5, Done-when 5).
#
#   bench/fuse_bench.sh [RUNS]          (default 5 runs per variant)
#
# For bench/models/fashion_mlp.nn (784-256-128-10, dropout, batch 64) and
# bench/models/wide_sgd.nn (784-1024-1024-10, batch 256): nnc writes the
# model twice, fused and with --no-fuse (the unfused graph, and the plan
# without buffer sharing, as the backends plan it then); each is compiled
# with bench_gen.c (cc -O3 -march=native, one thread) and timed with
# `bench_gen train STEPS WARMUP`, samples per second of NAME_train_batch
# over a pool of random batches.  The runs alternate fused / unfused so
# drift on the machine hits both alike.  Printed: the median of each and
# their ratio (fused / unfused: above 1 is a gain), as a Markdown table
# for bench/RESULTS.md.
#
# Environment: BUILD (the build folder with nnc and libnnrt.a; default
# build), CC (default cc), FUSE_STEPS_FASHION, FUSE_STEPS_WIDE.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$top/build}
case $build in /*) ;; *) build=$PWD/$build ;; esac
runs=${1:-5}
cc=${CC:-cc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# build NAME VARIANT FLAGS...: the bench binary for one model and variant
build_one() {
  local name=$1 variant=$2; shift 2
  local dir=$work/$name-$variant
  mkdir -p "$dir"
  "$build/nnc" "$top/bench/models/$name.nn" "$@" -o "$dir/$name.c"
  "$cc" -std=c11 -O3 -march=native -fno-math-errno -DBENCH_MODEL="$name" "-DBENCH_HEADER=\"$name.h\"" \
    -I"$dir" -I"$top/runtime" "$top/bench/bench_gen.c" "$dir/$name.c" "$build/libnnrt.a" \
    -lz -lm -lpthread -o "$dir/bench"
}

# samples/s of one run
run_one() {
  local name=$1 variant=$2 steps=$3 batch=$4
  "$work/$name-$variant/bench" train "$steps" $((steps / 10 + 2)) --batch "$batch" --case "$name" \
    --impl "$variant" | sed -n 's/.*"value": *\([0-9.e+]*\).*/\1/p'
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "| model | batch | fused samples/s | --no-fuse samples/s | fused / unfused | workspace fused / unfused |"
echo "|---|---|---|---|---|---|"
for spec in "fashion_mlp 64 ${FUSE_STEPS_FASHION:-3000}" "wide_sgd 256 ${FUSE_STEPS_WIDE:-60}"; do
  set -- $spec
  name=$1 batch=$2 steps=$3
  build_one "$name" fused
  build_one "$name" nofuse --no-fuse
  : > "$work/fused.txt"
  : > "$work/nofuse.txt"
  for r in $(seq "$runs"); do
    run_one "$name" fused "$steps" "$batch" >> "$work/fused.txt"
    run_one "$name" nofuse "$steps" "$batch" >> "$work/nofuse.txt"
  done
  f=$(median < "$work/fused.txt")
  u=$(median < "$work/nofuse.txt")
  wf=$(sed -n 's/.*\.workspace_floats = \([0-9]*\).*/\1/p' "$work/$name-fused/$name.c")
  wu=$(sed -n 's/.*\.workspace_floats = \([0-9]*\).*/\1/p' "$work/$name-nofuse/$name.c")
  awk -v n="$name" -v b="$batch" -v f="$f" -v u="$u" -v wf="$wf" -v wu="$wu" -v r="$runs" \
    'BEGIN { printf "| %s | %d | %.0f | %.0f | **%.3f** (median of %d) | %.2f / %.2f MiB |\n",
             n, b, f, u, f / u, r, wf * 4 / 1048576, wu * 4 / 1048576 }'
  echo "  runs fused: $(tr '\n' ' ' < "$work/fused.txt")" >&2
  echo "  runs --no-fuse: $(tr '\n' ' ' < "$work/nofuse.txt")" >&2
done
