#!/bin/sh
# tests/plot/run.sh - the training chart (runtime/plot.c) from the
# standalone trainer's --plot: a small model with a validation split is
# trained on generated data; the SVG must parse as XML with both curves
# (training and validation) in both panels (loss and accuracy), be
# byte-identical on a second run, also under another LC_NUMERIC, and
# without validation data have no validation curves.  xmllint checks it
# too when it is there.
#
# NNC (the compiler) and NNRT_LIB (libnnrt.a) come from ctest.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
nnc=${NNC:-"$top/build/nnc"}
lib=${NNRT_LIB:-"$top/build/libnnrt.a"}
py=${NNC_PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
check() { # check NAME COMMAND...
    name=$1; shift
    if "$@" >"$tmp/log" 2>&1; then echo "[PASS] $name"; pass=$((pass + 1))
    else echo "[FAIL] $name"; sed 's/^/    /' "$tmp/log"; fail=$((fail + 1)); fi
}

cat >"$tmp/blobs.nn" <<'NN'
# two noisy blobs in 4 dimensions
model blobs {
    input x[4]
    h = dense(x, 8, relu)
    y = dense(h, 2, softmax)
    output y
}
train { loss = cross_entropy  optimizer = sgd(lr = 0.05)  batch_size = 16  epochs = 12  seed = 5  validation = 0.25 }
NN
# 200 rows: label, then 4 features drawn around -1 or +1 (a fixed LCG: no dependency)
awk 'BEGIN { s = 7; for (i = 0; i < 200; i++) { c = i % 2; line = c;
    for (j = 0; j < 4; j++) { s = (s * 1103515245 + 12345) % 2147483648;
        line = line "," (2 * c - 1) * 0.6 + (s / 2147483648 - 0.5) * 3 }
    print line } }' >"$tmp/data.csv"

"$nnc" "$tmp/blobs.nn" --main -o "$tmp/blobs.c" &&
cc -std=c11 -O1 -I"$top/runtime" "$tmp/blobs.c" "$lib" -lz -lm -o "$tmp/blobs" || { echo "[FAIL] build"; exit 1; }

check "--plot writes an SVG with both curves in both panels" sh -c \
    "'$tmp/blobs' --train '$tmp/data.csv' --plot '$tmp/a.svg' --quiet && '$py' '$here/check_svg.py' '$tmp/a.svg' --epochs 12"
if command -v xmllint >/dev/null 2>&1; then
    check "xmllint parses the chart" xmllint --noout "$tmp/a.svg"
fi
check "the chart is deterministic (a second run, another LC_NUMERIC)" sh -c \
    "LC_ALL=C.UTF-8 LC_NUMERIC=de_DE.UTF-8 '$tmp/blobs' --train '$tmp/data.csv' --plot '$tmp/b.svg' --quiet && cmp '$tmp/a.svg' '$tmp/b.svg'"
check "no .tmp file is left beside the chart" sh -c "! ls '$tmp'/*.svg.tmp 2>/dev/null"
# a resumed run with the same metrics log draws its chart from epoch 1
check "a resumed run's chart starts at epoch 1" sh -c \
    "'$tmp/blobs' --train '$tmp/data.csv' --epochs 5 --save '$tmp/r.nnck' --metrics '$tmp/r.csv' --quiet &&
     '$tmp/blobs' --train '$tmp/data.csv' --epochs 12 --resume '$tmp/r.nnck' --save '$tmp/r.nnck' \
        --metrics '$tmp/r.csv' --plot '$tmp/r.svg' --quiet &&
     '$py' '$here/check_svg.py' '$tmp/r.svg' --epochs 12"
sed 's/validation = 0.25//' "$tmp/blobs.nn" >"$tmp/noval.nn"
"$nnc" "$tmp/noval.nn" --main -o "$tmp/noval.c" &&
cc -std=c11 -O1 -I"$top/runtime" "$tmp/noval.c" "$lib" -lz -lm -o "$tmp/noval"
check "without validation data: training curves only" sh -c \
    "'$tmp/noval' --train '$tmp/data.csv' --plot '$tmp/n.svg' --quiet && '$py' '$here/check_svg.py' '$tmp/n.svg' --epochs 12 --no-validation"
check "an unwritable --plot path is an error naming it (exit 1)" sh -c \
    "'$tmp/blobs' --train '$tmp/data.csv' --plot '$tmp/no/such/dir/c.svg' --quiet 2>'$tmp/err'; rc=\$?; cat '$tmp/err'; [ \$rc = 1 ] && grep -q 'no/such/dir/c.svg' '$tmp/err'"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
