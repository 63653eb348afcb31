#!/usr/bin/env bash
# make bench: nnc's generated trainers against PyTorch on this machine (issue 7).
#
# Usage: bench/run.sh BUILD_DIR        (BUILD_DIR holds nnc and libnnrt.a)
# Environment:
#   BENCH_QUICK=1          a one-minute smoke run: few steps, one run each, small sweeps
#   BENCH_RUNS=N           runs per case, nnc and PyTorch alternating (default 3)
#   BENCH_FASHION_RUNS=N   seeds for the accuracy case (default twice BENCH_RUNS)
#   BENCH_CASES="a b"      only these cases (names as in the table below;
#                          fashion_cnn_acc, the CNN's 10-epoch accuracy
#                          over several seeds, runs only when named here)
#   BENCH_SCALING=0        skip the scaling sweeps
#   BENCH_CASES=onnx       only nnc's predict beside ONNX Runtime's (issue 23,
#                          bench/onnx_bench.py: fashion_mlp and fashion_cnn,
#                          latency of 1 sample, throughput at batch 256)
#   BENCH_CASES=mpi        only the data-parallel case (bench/mpi_bench.py:
#                          allreduce time against size, samples/s at N = 1,
#                          2, 4, the cluster prediction; docs/distributed.md)
#   BENCH_CPU=N            one-thread cases (nnc and PyTorch alike), the
#                          compile times and the sweeps run pinned to CPU N
#                          with taskset (default 0; "none": not pinned).
#                          The two vCPUs of these VMs differ by up to 40%
#                          in speed: without pinning a ratio can move by
#                          that much depending on where each side ran
#   BENCH_TORCH_MALLOC=keep
#                          run PyTorch with glibc's malloc keeping freed memory
#                          (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_,
#                          MALLOC_TOP_PAD_ set high): stock PyTorch maps and
#                          unmaps its big tensors every step, and the page
#                          faults are a third of its CNN steps on this VM
#                          (bench/RESULTS.md); the default is stock PyTorch
#   BENCH_OPENBLAS_CORETYPE=Haswell
#                          pin OpenBLAS's kernels for PyTorch; by default they
#                          are the ones OpenBLAS detects (see bench/RESULTS.md)
# Everything goes to BUILD_DIR/bench: the generated code, the binaries, the
# JSON lines of every measurement (results.jsonl) and the printed tables.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
bench=$top/bench
out=$build/bench
nnc=$build/nnc
py=/usr/bin/python3              # Debian's, with python3-torch and numpy
data=/usr/share/datasets/fashion-mnist
results=$out/results.jsonl
quick=${BENCH_QUICK:-0}
runs=${BENCH_RUNS:-3}
[ "$quick" = 1 ] && runs=${BENCH_RUNS:-1}
mkdir -p "$out"
: > "$results"

need_pkg() {   # package, why: installs it with apt-get when it is missing
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' && return 0
  echo "bench: installing $1 ($2)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$1" >/dev/null ||
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$1" >/dev/null; }
}
# Without OpenBLAS, Debian's torch runs its products through the reference
# BLAS at ~3 GFLOP/s: a baseline 30 times too weak to mean anything.
need_pkg libopenblas0-pthread "PyTorch's matrix products, as issue 7 measures them"
[ -f "$data/train-images-idx3-ubyte.gz" ] || need_pkg dataset-fashion-mnist "the accuracy case"
if ! [ -x "$nnc" ] || ! [ -f "$build/libnnrt.a" ]; then
  echo "bench: no $nnc or $build/libnnrt.a; build first" >&2; exit 1
fi

if [ -n "${BENCH_OPENBLAS_CORETYPE:-}" ]; then
  export OPENBLAS_CORETYPE=$BENCH_OPENBLAS_CORETYPE
else
  unset OPENBLAS_CORETYPE
fi
blas_core=$(OPENBLAS_VERBOSE=2 $py -c 'import torch; torch.mm(torch.ones(8, 8), torch.ones(8, 8))' 2>&1 |
            sed -n 's/^Core: //p' | head -1)

# PyTorch's malloc (see BENCH_TORCH_MALLOC above)
torch_env=()
case ${BENCH_TORCH_MALLOC:-stock} in
stock) ;;
keep) torch_env=(env MALLOC_MMAP_THRESHOLD_=1000000000 MALLOC_TRIM_THRESHOLD_=100000000000
                 MALLOC_TOP_PAD_=1000000000) ;;
*) echo "bench: BENCH_TORCH_MALLOC is stock or keep, not '$BENCH_TORCH_MALLOC'" >&2; exit 2 ;;
esac

# taskset for work on one thread (see BENCH_CPU above)
pin1=()
cpu=${BENCH_CPU:-0}
if [ "$cpu" != none ] && command -v taskset > /dev/null && taskset -c "$cpu" true 2> /dev/null; then
  pin1=(taskset -c "$cpu")
fi

# nnc's thread option, where this nnc has one (issue 7: --threads N)
nnc_threads_flag() {
  local help
  help=$("$nnc" --help 2>&1 || true)
  if grep -q -- '--threads=' <<< "$help"; then echo "--threads=$1"
  elif grep -q -- '--threads' <<< "$help"; then echo "--threads $1"
  fi
}

# ---- building one case: BACKEND(c|llvm) MODEL.nn THREADS DIR -> DIR/bench --
# Prints nothing and returns 0 on success; on failure returns 1 with the
# reason in DIR/why (the table shows the column as n/a).
build_case() {
  local backend=$1 model=$2 threads=$3 dir=$4 name omp="" prof=()
  [ "$backend" = profile ] && { backend=c; prof=(--profile); }
  name=$($py "$bench/torch_bench.py" describe "$model" | sed -n 's/^NAME=//p')
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$threads" -gt 1 ] && omp=-fopenmp
  local cflags=(-std=c11 -O3 -march=native -fno-math-errno -DBENCH_MODEL="$name" "-DBENCH_HEADER=\"$name.h\"" -I"$dir" -I"$top/runtime")
  [ -n "$omp" ] && cflags+=("$omp")
  local ext=c
  [ "$backend" = llvm ] && ext=o
  # shellcheck disable=SC2046
  [ ${#prof[@]} -gt 0 ] && cflags+=(-DBENCH_PROFILE)
  if ! "$nnc" "$model" "${prof[@]}" $(nnc_threads_flag "$threads") -o "$dir/$name.$ext" 2> "$dir/nnc.err"; then
    head -c 300 "$dir/nnc.err" | tr '\n' ' ' > "$dir/why"
    return 1
  fi
  if ! cc "${cflags[@]}" "$bench/bench_gen.c" "$dir/$name.$ext" "$build/libnnrt.a" -lz -lm -lpthread \
       -o "$dir/bench" 2> "$dir/cc.err"; then
    echo "cc failed: $(head -c 300 "$dir/cc.err" | tr '\n' ' ')" > "$dir/why"
    return 1
  fi
}

na() {   # case impl reason: records why a column is empty
  $py -c 'import json,sys; print(json.dumps({"case": sys.argv[1], "impl": sys.argv[2], "metric": "na", "reason": sys.argv[3]}))' \
    "$1" "$2" "$3" >> "$results"
}

# ---- the cases ---------------------------------------------------------------
# name        model           mode     steps  warmup threads torch-settings
cases_table="
mlp_sgd      mlp_sgd.nn      train    3000   100    1       1x1
mlp_adam     mlp_adam.nn     train    3000   100    1       1x1
mlp_nesterov mlp_nesterov.nn train    3000   100    1       1x1
mlp_adamw    mlp_adamw.nn    train    3000   100    1       1x1
mlp_rmsprop  mlp_rmsprop.nn  train    3000   100    1       1x1
mlp_adam_clip mlp_adam_clip.nn train  3000   100    1       1x1
wide_sgd     wide_sgd.nn     train    150    10     1       1x1
tiny_mse     tiny_mse.nn     train    20000  500    1       1x1
predict      mlp_sgd.nn      predict  20000  0      1       1x1
mlp_sgd_2t   mlp_sgd.nn      train    3000   100    2       1x2,2x2,1x1
wide_sgd_2t  wide_sgd.nn     train    150    10     2       1x2
fashion      fashion_mlp.nn  fashion  5      0      1       1x1
lenet        lenet.nn        train    400    20     1       1x1
fashion_cnn  fashion_cnn.nn  train    60     5      1       1x1
depthwise    depthwise.nn    train    150    10     1       1x1
fashion_cnn_2t fashion_cnn.nn train   60     5      2       1x2
fashion_cnn_acc fashion_cnn.nn fashion 10    0      1       1x1
"
# Cases run only when BENCH_CASES names them: the CNN's 10-epoch accuracy
# takes about an hour (several seeds, nnc and PyTorch)
on_request=" fashion_cnn_acc "
# Cases also run once built with --profile (per-op times, the products' GFLOP/s)
profiled=" lenet fashion_cnn depthwise "
selected=${BENCH_CASES:-}

run_case() {
  local case=$1 model=$bench/models/$2 mode=$3 steps=$4 warmup=$5 threads=$6 settings=$7
  # shellcheck disable=SC2034   # set by describe; not all are used here
  local NAME INPUT OUTPUT BATCH EPOCHS LOSS OPTIMIZER PARAMS STATE_PER_PARAM ACT_FLOATS TRAIN_FLOPS PREDICT_FLOPS
  eval "$($py "$bench/torch_bench.py" describe "$model")"
  if [ "$quick" = 1 ]; then
    case $mode in
      fashion) steps=1 ;;
      *) steps=$(( steps / 10 )); warmup=$(( warmup / 10 + 1 )) ;;
    esac
  fi
  local loss=mse
  [ "$LOSS" = cross_entropy ] && loss=ce
  [ "$LOSS" = binary_cross_entropy ] && loss=bce
  local impls=""
  for backend in c llvm; do
    if build_case $backend "$model" "$threads" "$out/$case-$backend"; then
      impls="$impls $backend"
    else
      na "$case" "nnc-$backend" "$(cat "$out/$case-$backend/why")"
      echo "  nnc-$backend: n/a: $(cut -c1-150 "$out/$case-$backend/why")"
    fi
  done
  local args="--case $case --batch $BATCH --loss $loss --state-per-param $STATE_PER_PARAM"
  args="$args --act-floats $ACT_FLOATS --train-flops $TRAIN_FLOPS --threads omp=$threads"
  local nncmode tmode
  case $mode in
    train)   nncmode="train $steps $warmup"; tmode="train $model --steps $steps --warmup $warmup" ;;
    predict) nncmode="predict $steps";       tmode="predict $model --calls $steps" ;;
    fashion) nncmode="fashion $steps SEED $data"; tmode="fashion $model --epochs $steps --data $data --seed SEED" ;;
  esac
  # Accuracy varies by half a point from seed to seed: more seeds for it
  local nruns=$runs
  [ "$mode" = fashion ] && nruns=${BENCH_FASHION_RUNS:-$(( 2 * runs ))}
  local pin=()
  [ "$threads" = 1 ] && pin=("${pin1[@]}")
  for run in $(seq 1 "$nruns"); do
    local seed=$(( 41 + run ))
    for backend in $impls; do
      # shellcheck disable=SC2086
      OMP_NUM_THREADS=$threads NNC_THREADS=$threads \
        "${pin[@]}" "$out/$case-$backend/bench" ${nncmode/SEED/$seed} $args --impl "nnc-$backend" --run "$run" \
        >> "$results" || { echo "bench: $case nnc-$backend run $run failed" >&2; na "$case" "nnc-$backend" "run failed"; }
    done
    if [ "$case" != wide_sgd_2t ] || [ "$quick" != 1 ]; then
      # shellcheck disable=SC2086
      "${torch_env[@]}" "${pin[@]}" $py "$bench/torch_bench.py" ${tmode/SEED/$seed} --case "$case" --run "$run" \
        --settings "$settings" >> "$results" || echo "bench: $case torch run $run failed" >&2
      # Several thread settings: run 1 tries them all (the JSON keeps the
      # losers' figures); later runs use run 1's best, saving the minute a
      # bad setting can cost.
      if [[ $settings == *,* ]]; then
        # (the record's own "threads", not one of the "others" after it)
        settings=$(tail -1 "$results" | $py -c 'import json, sys
t = json.loads(sys.stdin.read())["threads"]
print("x".join(kv.split("=")[1] for kv in t.split(",")))' 2>/dev/null || true)
        [ -n "$settings" ] || settings=1x$threads
      fi
    fi
  done
  # The CNN cases once more, built with nnc --profile: each op's time and
  # GFLOP/s (case NAME_profile; the timed runs above are not instrumented)
  if [[ "$profiled" == *" $case "* ]] && build_case profile "$model" 1 "$out/$case-profile"; then
    OMP_NUM_THREADS=1 "${pin1[@]}" "$out/$case-profile/bench" $nncmode $args --impl nnc-c --case "${case}_profile" \
      >> "$results" || echo "bench: $case profile run failed" >&2
  fi
  # Predict's one-thread target is below this VM's memory floor (bench/
  # RESULTS.md); what two cores give is printed as a note: the LLVM build
  # on the runtime's pool (OpenMP's fork costs more than the call here).
  if [ "$mode" = predict ] && [[ " $impls " == *" llvm "* ]] && [ "$(nproc)" -ge 2 ]; then
    for run in $(seq 1 "$runs"); do
      # shellcheck disable=SC2086
      NNC_THREADS=2 "$out/$case-llvm/bench" $nncmode $args --case "${case}_2t" --impl nnc-llvm \
        --threads pool=2 --run "$run" >> "$results" || echo "bench: ${case}_2t run $run failed" >&2
    done
  fi
}

compile_times() {   # issue 7, target 7: nnc's own time, median of N
  local n=10 model=$bench/models/fashion_mlp.nn dir=$out/compile
  [ "$quick" = 1 ] && n=3
  mkdir -p "$dir"
  for kind in c obj; do
    local ext=c
    [ $kind = obj ] && ext=o
    local ms=() ok=1
    for _ in $(seq 1 $n); do
      local t0 t1
      t0=${EPOCHREALTIME/[.,]/}       # microseconds, without forking date
      if ! "${pin1[@]}" "$nnc" "$model" -o "$dir/x.$ext" 2> "$dir/err"; then ok=0; break; fi
      t1=${EPOCHREALTIME/[.,]/}
      ms+=("$(( t1 - t0 ))")
    done
    if [ $ok = 1 ]; then
      local med
      med=$(printf '%s\n' "${ms[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
      echo "{\"case\": \"compile_$kind\", \"impl\": \"nnc\", \"metric\": \"ms\", \"value\": $med.0e-3, \"runs\": $n}" >> "$results"
    else
      na "compile_$kind" nnc "$(head -c 200 "$dir/err" | tr '\n' ' ')"
    fi
  done
}

big_models() {   # issue 18: compile time on tests/gen_big.py models, and cc -O1 on the 0.25 MB one's C
  local sizes=0.125,0.25,0.5,1 runs=3
  [ "$quick" = 1 ] && { sizes=0.125,0.25; runs=1; }
  "${pin1[@]}" $py "$bench/compile_big.py" "$nnc" --sizes $sizes --runs $runs --cc 0.25 --json "$results" ||
    na big_c nnc "bench/compile_big.py failed"
}

# ---- scaling: 784-W-W-10 as W grows, 784-256-128-10 as the batch grows ------
scaling() {
  local widths="64 128 256 512 1024 2048 4096" batches="1 2 4 8 16 32 64 128 256 512 1024"
  [ "$quick" = 1 ] && { widths="64 1024"; batches="1 64"; }
  local points=""
  for w in $widths; do points="$points width:$w:64:784,$w,$w,10"; done
  for b in $batches; do points="$points batch:256:$b:784,256,128,10"; done
  for p in $points; do
    IFS=: read -r sweep w b layers <<< "$p"
    local case=scale_${sweep}_w$w
    [ "$sweep" = batch ] && case=scale_${sweep}_b$b
    local model=$out/$case.nn
    IFS=, read -r l0 l1 l2 l3 <<< "$layers"
    cat > "$model" <<EOF
model scale {
    input x[$l0]
    h1 = dense(x, $l1, relu)
    h2 = dense(h1, $l2, relu)
    y  = dense(h2, $l3, softmax)
    output y
}
train { loss = cross_entropy  optimizer = sgd(lr = 0.01, momentum = 0.9)  batch_size = $b  epochs = 1 }
EOF
    local flops
    flops=$($py "$bench/torch_bench.py" describe "$model" | sed -n 's/^TRAIN_FLOPS=//p')
    # about 20 GFLOP of work a point: 0.2-0.5 s at the speeds that matter
    local budget=20000000000
    [ "$quick" = 1 ] && budget=2000000000
    local steps=$(( budget / (flops * b) ))
    [ $steps -lt 5 ] && steps=5
    [ $steps -gt 20000 ] && steps=20000
    local warm=$(( steps / 10 + 1 ))
    echo "  $case: $layers batch $b, $steps steps"
    for backend in c llvm; do
      build_case $backend "$model" 1 "$out/$case-$backend" || continue
      OMP_NUM_THREADS=1 "${pin1[@]}" "$out/$case-$backend/bench" train $steps $warm --case "$case" --impl "nnc-$backend" \
        --batch "$b" --loss ce --train-flops "$flops" --threads omp=1 |
        sed "s/^{/{\"sweep\": \"$sweep\", \"layers\": \"$layers\", /" >> "$results" || true
    done
    "${pin1[@]}" $py "$bench/torch_bench.py" gemm --layers "$layers" --batch "$b" --seconds 0.3 --case "$case" |
      sed "s/^{/{\"sweep\": \"$sweep\", /; s/\"impl\": \"torch\"/\"impl\": \"torch-sgemm\"/" >> "$results"
  done
}

start=$(date +%s)
echo "== nnc bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo "   PyTorch: $($py -c 'import torch; print(torch.__version__)'), OpenBLAS core: ${blas_core:-unknown}, $runs run(s) a case, quick=$quick, malloc: ${BENCH_TORCH_MALLOC:-stock}"
echo "   load average at start: $(cut -d' ' -f1-3 /proc/loadavg); one-thread work pinned: ${pin1[*]:-no}"
# One core's FMA peak, beside which report.py puts the products' GFLOP/s
if cc -std=c11 -O2 -march=native "$bench/fma_peak.c" -o "$out/fma_peak" 2> "$out/fma_peak.err"; then
  "${pin1[@]}" "$out/fma_peak" 1 >> "$results" || echo "bench: fma_peak failed" >&2
fi
echo "$cases_table" | while read -r case model mode steps warmup threads settings; do
  [ -n "$case" ] || continue
  if [ -n "$selected" ] && ! [[ " $selected " == *" $case "* ]]; then continue; fi
  if [ -z "$selected" ] && [[ "$on_request" == *" $case "* ]]; then continue; fi
  echo "== $case"
  run_case "$case" "$model" "$mode" "$steps" "$warmup" "$threads" "$settings" < /dev/null
done
if [ -z "$selected" ] || [[ " $selected " == *" compile "* ]]; then
  echo "== compile time"
  compile_times
fi
if [ -z "$selected" ] || [[ " $selected " == *" big "* ]]; then
  echo "== compile time, big models"
  big_models
fi
if [ "${BENCH_SCALING:-1}" != 0 ] && { [ -z "$selected" ] || [[ " $selected " == *" scaling "* ]]; }; then
  echo "== scaling"
  scaling
fi
if [ -z "$selected" ] || [[ " $selected " == *" mpi "* ]]; then
  # issue 22: the allreduce against message size, data-parallel samples/s,
  # the scaling prediction (bench/mpi_bench.py, docs/distributed.md)
  echo "== mpi"
  quick_flag=()
  [ "$quick" = 1 ] && quick_flag=(--quick)
  $py "$bench/mpi_bench.py" "$build" --json "$out/mpi.jsonl" "${quick_flag[@]}" | tee "$out/mpi.txt" ||
    echo "   mpi bench failed"
fi
if [ -z "$selected" ] || [[ " $selected " == *" onnx "* ]]; then
  # issue 23: NAME_predict's latency and throughput beside ONNX Runtime's
  # on the model nnc exports (bench/onnx_bench.py)
  echo "== onnx"
  quick_flag=()
  [ "$quick" = 1 ] && quick_flag=(--quick)
  $py "$bench/onnx_bench.py" "$build" --cpu "$cpu" --json "$out/onnx.jsonl" "${quick_flag[@]}" |
    tee "$out/onnx.txt" || echo "   onnx bench failed"
fi
echo "   load average at end: $(cut -d' ' -f1-3 /proc/loadavg), $(( $(date +%s) - start )) s"
$py "$bench/report.py" "$results" | tee "$out/report.txt"
