#!/usr/bin/env bash
# bench/smpi_check.sh - the real trainers, data-parallel, on a simulated
# cluster: SimGrid's SMPI (libsimgrid-dev, smpirun) runs every rank of a
# --main --mpi trainer in one process on this machine and charges their
# messages to a simulated network; the trainer's epoch line then gives
# the simulated cluster's samples/s and the allreduce's share
# (docs/distributed.md, "The SimGrid check").
#
# Usage: bench/smpi_check.sh BUILD_DIR [HOSTS...]     (default hosts: 16 64)
# Environment: SMPI_MODELS="wide_sgd fashion_mlp", SMPI_NETS="10gbe ib"
#
# The computation between MPI calls is timed on this machine's CPU and
# charged as is (smpi/host-speed equal to the hosts' speed), so its
# figures carry this machine's speed and load; the network is a cluster
# of HOSTS hosts on a private link each (10 GbE: 1.25 GB/s, 15 us; IB:
# 12.5 GB/s, 1 us) to a non-blocking switch, and the collectives are
# chosen as Open MPI chooses them (smpi/coll-selector:ompi).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [HOSTS...]" >&2; exit 2; }
build=$(cd "$1" && pwd); shift
if [ $# -ge 1 ]; then hosts=("$@"); else hosts=(16 64); fi
top=$(cd "$(dirname "$0")/.." && pwd)
data=/usr/share/datasets/fashion-mnist
command -v smpicc > /dev/null || { echo "smpi: no smpicc (apt-get install libsimgrid-dev)"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

smpicc -O2 -c "$top/runtime/mpi/nnrt_mpi.c" -I"$top/runtime" -o "$work/nnrt_mpi.o" 2> "$work/cc.err" ||
  { cat "$work/cc.err"; exit 1; }
# The first 2,560 images as plain IDX files: every simulated rank reads
# its data in this one process, and the whole gzipped set is 190 MB a rank
/usr/bin/python3 - "$data" "$work" <<'PY'
import gzip, sys
src, dst = sys.argv[1], sys.argv[2]
for name, head, row in (("train-images-idx3-ubyte", 16, 784), ("train-labels-idx1-ubyte", 8, 1)):
    with gzip.open(f"{src}/{name}.gz", "rb") as f:
        h = bytearray(f.read(head))
        h[4:8] = (2560).to_bytes(4, "big")
        body = f.read(2560 * row)
    with open(f"{dst}/{name}", "wb") as f:
        f.write(bytes(h) + body)
PY
data=$work
declare -A file=([wide_sgd]=$top/bench/models/wide_sgd.nn [fashion_mlp]=$top/examples/fashion_mlp.nn)
declare -A batch=([wide_sgd]=256 [fashion_mlp]=64)
declare -A net_bw=([10gbe]=1.25GBps [ib]=12.5GBps) net_lat=([10gbe]=15us [ib]=1us)

echo "| model | hosts | network | per-rank batch | samples/s (simulated) | allreduce share | simulation took |"
echo "|---|---:|---|---:|---:|---:|---:|"
for model in ${SMPI_MODELS:-wide_sgd fashion_mlp}; do
  "$build/nnc" "${file[$model]}" --main --mpi -o "$work/$model.c"
  smpicc -O3 -march=native -fno-math-errno -Wno-psabi "$work/$model.c" "$work/nnrt_mpi.o" -I"$top/runtime" \
    -I"$top/runtime/mpi" "$build/libnnrt.a" -lz -lm -lpthread -o "$work/$model" 2> "$work/cc.err" ||
    { cat "$work/cc.err"; exit 1; }
  for n in "${hosts[@]}"; do
    for net in ${SMPI_NETS:-10gbe}; do
      cat > "$work/p.xml" <<EOF
<?xml version='1.0'?>
<!DOCTYPE platform SYSTEM "https://simgrid.org/simgrid.dtd">
<platform version="4.1">
  <cluster id="c" prefix="node-" suffix="" radical="0-$((n - 1))" speed="1Gf"
           bw="${net_bw[$net]}" lat="${net_lat[$net]}" bb_bw="10000GBps" bb_lat="0us"/>
</platform>
EOF
      seq 0 $((n - 1)) | sed 's/^/node-/' > "$work/hosts"
      b=${batch[$model]}
      # 10 steps an epoch, two epochs: the second is the one reported
      rows=$((b * 10))
      t0=$(date +%s)
      out=$(smpirun -np "$n" -platform "$work/p.xml" -hostfile "$work/hosts" --cfg=smpi/host-speed:1Gf \
              --cfg=smpi/privatization:dlopen --cfg=smpi/coll-selector:ompi "$work/$model" \
              --train "$data/train-images-idx3-ubyte" "$data/train-labels-idx1-ubyte" --limit "$rows" \
              --scale 0.00392156862745098 --validation 0 --epochs 2 2>&1 | grep '^epoch 2/2' || true)
      sps=$(sed -n 's/.*  \([0-9]*\) samples\/s.*/\1/p' <<< "$out")
      share=$(sed -n 's/.*allreduce \([0-9]*%\).*/\1/p' <<< "$out")
      echo "| $model | $n | $net | $(awk "BEGIN { print $b / $n }") | ${sps:-failed} | ${share:-} | $(( $(date +%s) - t0 )) s |"
    done
  done
done
