#!/bin/sh
# limits.sh - the limits that are not a .nn file's contents (tests/bad has
# those, with golden diagnostics): the size of the file itself, a stream
# that never ends, the --max-workspace option, and the exact workspace
# check at code generation that follows the checker's lower bound.
#   NNC names the compiler (ctest sets it); NNC_SOURCE_DIR the source tree.
set -u
nnc=${NNC:?set NNC}
src=${NNC_SOURCE_DIR:?set NNC_SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

# expect NAME STATUS PATTERN CMD...: CMD exits STATUS and stderr matches PATTERN
expect() {
    name=$1 want=$2 pattern=$3
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" = "$want" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$tmp/err"; }; then
        echo "[PASS] $name"
        pass=$((pass + 1))
    else
        echo "[FAIL] $name: exit $got (want $want), stderr:"
        sed 's/^/    /' "$tmp/err" | head -5
        fail=$((fail + 1))
    fi
}

# a 65 MiB file (sparse: nothing is written) and an endless stream
truncate -s 65M "$tmp/big.nn"
expect file_too_large 2 "cannot read '$tmp/big.nn': the file is too large (the limit is 64 MiB)" \
    "$nnc" --check "$tmp/big.nn"
expect endless_stream 2 "the file is too large" timeout 20 "$nnc" --check /dev/zero
# just under the limit is read (and then fails to parse, as zero bytes do)
truncate -s 64M "$tmp/edge.nn"
expect file_at_limit 1 "error" "$nnc" --check "$tmp/edge.nn"

# --max-workspace: bad values are usage errors
expect max_ws_bad_suffix 2 "needs a size in bytes" "$nnc" --max-workspace=4X "$src/examples/xor.nn"
expect max_ws_zero 2 "needs a size in bytes" "$nnc" --max-workspace=0 "$src/examples/xor.nn"
expect max_ws_overflow 2 "needs a size in bytes" "$nnc" --max-workspace=99999999999T "$src/examples/xor.nn"
# the checker's lower bound (parameters, gradients, Adam's moments, the largest value)
expect ws_lower_bound 1 "workspace too large: at least 3.8 MiB for a batch of 64 (limit is 1.0 MiB)" \
    "$nnc" --check --max-workspace=1M "$src/examples/fashion_mlp.nn"
# between the lower bound and the plan: eight layers whose activations the
# backward pass keeps (about 8 MiB for a batch of 1024) while the checker's
# lower bound counts one (1 MiB) beside the weights and gradients (4 MiB);
# caught when the code is generated, and no file is left behind
{
    echo "model deep {"
    echo "    input x[256]"
    echo "    h1 = dense(x, 256, relu)"
    for i in 2 3 4 5 6 7 8; do echo "    h$i = dense(h$((i - 1)), 256, relu)"; done
    echo "    output h8"
    echo "}"
    echo "train { loss = mse  optimizer = sgd(lr = 0.01)  batch_size = 1024 }"
} >"$tmp/deep.nn"
expect ws_lower_bound_fits 0 "" "$nnc" --check --max-workspace=8M "$tmp/deep.nn"
expect ws_exact 1 "workspace too large: model 'deep' needs .* bytes) for a batch of 1024 (limit is 8.0 MiB)" \
    "$nnc" --max-workspace=8M "$tmp/deep.nn" -o "$tmp/deep.c"
if [ -e "$tmp/deep.c" ] || [ -e "$tmp/deep.h" ]; then
    echo "[FAIL] ws_exact left an output file"; fail=$((fail + 1))
fi
# and a bound it fits in
"$nnc" --max-workspace=64M "$tmp/deep.nn" -o "$tmp/deep.c" 2>"$tmp/err" &&
    [ -s "$tmp/deep.c" ] && { echo "[PASS] ws_fits"; pass=$((pass + 1)); } ||
    { echo "[FAIL] ws_fits"; cat "$tmp/err"; fail=$((fail + 1)); }

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
