#!/bin/sh
# fashion_v2.sh - examples/fashion_mlp_adamw_cosine.nn (AdamW, cosine
# schedule, label smoothing) against examples/fashion_mlp.nn (Adam) on
# all of Fashion-MNIST, the same number of epochs each (EPOCHS, default
# 10, early stopping off for both), the same seed: its test accuracy must
# be at least fashion_mlp's, and its metrics CSV and chart must show the
# learning rate falling (every epoch's lr below the one before, an lr
# panel in the SVG).  Slow (minutes): ctest label `slow`.
#
# Environment: NNC, NNRT_LIB (ctest sets them), DATA (default
# /usr/share/datasets/fashion-mnist), EPOCHS.  Exit 77 without the data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
nnc=${NNC:-"$here/../build/nnc"}
nnrt=${NNRT_LIB:-"$here/../build/libnnrt.a"}
data=${DATA:-/usr/share/datasets/fashion-mnist}
epochs=${EPOCHS:-10}
if [ ! -f "$data/train-images-idx3-ubyte.gz" ]; then
    echo "SKIP fashion_v2: no Fashion-MNIST in $data"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
acc() {   # model -> its test accuracy in percent, from the trainer's last line
    "$nnc" --main "$here/../examples/$1.nn" -o "$work/$1.c"
    ${CC:-cc} -O2 -I "$here/../runtime" "$work/$1.c" "$nnrt" -lz -lm -lpthread -o "$work/$1"
    (cd "$work" && "./$1" --train "$data/train-images-idx3-ubyte.gz" "$data/train-labels-idx1-ubyte.gz" \
        --test "$data/t10k-images-idx3-ubyte.gz" "$data/t10k-labels-idx1-ubyte.gz" \
        --epochs "$epochs" --patience 0 --metrics "$1.csv" --plot "$1.svg" --quiet 2>&1) > "$work/$1.out"
    cat "$work/$1.out" >&2
    sed -n 's/^test .*accuracy \([0-9][0-9.]*\)%.*/\1/p' "$work/$1.out" | tail -n 1
}
base=$(acc fashion_mlp)
v2=$(acc fashion_mlp_adamw_cosine)
echo "fashion_mlp: $base%  fashion_mlp_adamw_cosine: $v2%  ($epochs epochs each)"
fail=0
if ! awk -v a="$v2" -v b="$base" 'BEGIN { exit !(a != "" && b != "" && a + 0 >= b + 0) }'; then
    echo "FAIL: AdamW + cosine + label smoothing ($v2%) is below fashion_mlp ($base%)"
    fail=1
fi
# the lr column (the last) falls every epoch
if ! awk -F, '/^[0-9]/ { if (n++ && $NF + 0 >= prev) bad = 1; prev = $NF + 0 } END { exit bad || n < 2 }' \
        "$work/fashion_mlp_adamw_cosine.csv"; then
    echo "FAIL: the metrics CSV's lr does not fall every epoch:"
    cat "$work/fashion_mlp_adamw_cosine.csv"
    fail=1
fi
if ! grep -q 'id="lr"' "$work/fashion_mlp_adamw_cosine.svg"; then
    echo "FAIL: the chart has no learning-rate panel"
    fail=1
fi
exit $fail
