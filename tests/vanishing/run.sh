#!/bin/sh
# tests/vanishing/run.sh - the vanishing-gradient claim of docs/tutorial.md:
# eight sigmoid layers (examples/deep_sigmoid.nn) learn slower than the
# same depth with relu (deep_relu.nn) or with skip connections
# (deep_skip.nn).  Two measures, on Fashion-MNIST:
#   1. test loss after 3 epochs on the first 2000 images: deep_sigmoid
#      must stay near chance (above 2.0) and both others at least 0.8 lower;
#   2. the first layer's gradient norm over the first 10 steps
#      (gradnorm.c, through NAME_grad): deep_sigmoid's must be 1000 times
#      smaller than either other's.
# Prints the table the tutorial quotes.  Exit 77 (skipped) without the data.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
nnc=${NNC:-"$top/build/nnc"}
lib=${NNRT_LIB:-"$top/build/libnnrt.a"}
fm=${FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
if [ ! -r "$fm/train-images-idx3-ubyte.gz" ]; then
    echo "vanishing: no Fashion-MNIST in $fm (scripts/deps.sh test installs dataset-fashion-mnist)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
set -e
printf '%-13s %-10s %-22s %s\n' model "test loss" "first-layer grad norm" "last-layer grad norm"
for m in deep_sigmoid deep_relu deep_skip; do
    "$nnc" "$top/examples/$m.nn" --main -o "$tmp/train_$m.c"
    "$nnc" "$top/examples/$m.nn" -o "$tmp/$m.c"
    cc -std=c11 -O2 -I"$top/runtime" "$tmp/train_$m.c" "$lib" -lz -lm -o "$tmp/train_$m"
    cc -std=c11 -O2 -DMODEL=$m -DMODEL_HEADER="\"$m.h\"" -I"$tmp" -I"$top/runtime" \
       "$here/gradnorm.c" "$tmp/$m.c" "$lib" -lz -lm -o "$tmp/grad_$m"
    "$tmp/train_$m" --train "$fm/train-images-idx3-ubyte.gz" "$fm/train-labels-idx1-ubyte.gz" \
        --test "$fm/t10k-images-idx3-ubyte.gz" "$fm/t10k-labels-idx1-ubyte.gz" \
        --limit 2000 --epochs 3 --quiet >"$tmp/loss_$m"
    "$tmp/grad_$m" "$fm/train-images-idx3-ubyte.gz" "$fm/train-labels-idx1-ubyte.gz" >"$tmp/grad_$m.txt"
    loss=$(awk '{print $3}' "$tmp/loss_$m")
    first=$(head -n 1 "$tmp/grad_$m.txt" | awk '{print $2}')
    last=$(tail -n 1 "$tmp/grad_$m.txt" | awk '{print $2}')
    printf '%-13s %-10s %-22s %s\n' "$m" "$loss" "$first" "$last"
    eval "loss_$m=$loss first_$m=$first"
done
set +e
pass=0 fail=0
verdict() { if [ "$1" = 1 ]; then echo "[PASS] $2"; pass=$((pass + 1)); else echo "[FAIL] $2"; fail=$((fail + 1)); fi; }
verdict "$(awk "BEGIN { print ($loss_deep_sigmoid > 2.0) }")" "deep_sigmoid stays near chance (loss $loss_deep_sigmoid > 2.0)"
for o in deep_relu deep_skip; do
    eval "l=\$loss_$o f=\$first_$o"
    verdict "$(awk "BEGIN { print ($l < $loss_deep_sigmoid - 0.8) }")" "$o learns: loss $l, 0.8 below deep_sigmoid's"
    verdict "$(awk "BEGIN { print ($first_deep_sigmoid * 1000 < $f) }")" \
        "$o's first-layer gradient ($f) is over 1000x deep_sigmoid's ($first_deep_sigmoid)"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
