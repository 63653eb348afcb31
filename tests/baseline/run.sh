#!/bin/sh
# run.sh - every example's weights after 50 training steps, on both
# backends, against the fingerprints recorded before the version 2
# refactor of the compiler (tests/baseline/weights50.c says what is
# printed).  Every recorded line must appear unchanged; lines the
# recording lacks (a tensor added since, such as train.lr) are listed
# as notes, not failures.
#
#   tests/baseline/run.sh [--record] [NAME...]
#
# --record rewrites tests/baseline/NAME.{c,llvm}.txt from this build.
# The C is compiled with `cc -O2` for the baseline x86-64 (no FMA, so
# nothing is contracted whatever the host), the LLVM object for
# --cpu=x86-64-v3 (AVX2 and FMA, on every machine this runs on), so the
# figures do not depend on which machine recorded them.
# Environment: NNC, NNC_SOURCE_DIR, NNRT_LIB (ctest sets them).
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
lib=${NNRT_LIB:-$src_dir/build/libnnrt.a}
here=$src_dir/tests/baseline
record=0
if [ "${1:-}" = "--record" ]; then record=1; shift; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

models="$*"
if [ -z "$models" ]; then
    for f in "$src_dir"/examples/*.nn "$src_dir"/tests/cgen/models/*.nn; do
        models="$models $(basename "$f" .nn)"
    done
fi

find_model() {
    for d in "$src_dir/examples" "$src_dir/tests/cgen/models"; do
        [ -f "$d/$1.nn" ] && { echo "$d/$1.nn"; return; }
    done
}

backends="c"
if "$nnc" --emit=llvm -o /dev/null "$src_dir/examples/xor.nn" 2>/dev/null; then
    backends="c llvm"
fi

pass=0 fail=0
for name in $models; do
    nn=$(find_model "$name")
    for be in $backends; do
        dir=$tmp/$name.$be
        mkdir -p "$dir"
        if [ $record = 0 ] && [ ! -f "$here/$name.$be.txt" ]; then   # a model added since: there is no before
            echo "[SKIP] $name.$be: no recording (the model is newer than the refactor)"; continue
        fi
        if [ "$be" = c ]; then
            obj=$dir/$name.c
            "$nnc" "$nn" -o "$obj" || { echo "[FAIL] $name.$be: nnc"; fail=$((fail + 1)); continue; }
        else
            obj=$dir/$name.o
            "$nnc" "$nn" --cpu=x86-64-v3 -o "$obj" || { echo "[FAIL] $name.$be: nnc"; fail=$((fail + 1)); continue; }
        fi
        if ! cc -O2 -Wno-psabi -I"$src_dir/runtime" -I"$dir" -DMODEL="$name" -DMODEL_HEADER="\"$name.h\"" \
                "$here/weights50.c" "$obj" "$lib" -lz -lm -lpthread -o "$dir/w50"; then
            echo "[FAIL] $name.$be: cc"; fail=$((fail + 1)); continue
        fi
        if ! "$dir/w50" > "$dir/out.txt"; then
            echo "[FAIL] $name.$be: run"; fail=$((fail + 1)); continue
        fi
        want=$here/$name.$be.txt
        if [ $record = 1 ]; then
            cp "$dir/out.txt" "$want"
            echo "[REC ] $name.$be"
            continue
        fi
        missing=$(grep -Fvx -f "$dir/out.txt" "$want")
        if [ -n "$missing" ]; then
            echo "[FAIL] $name.$be: these recorded lines changed:"
            echo "$missing" | sed 's/^/    want: /'
            grep -Fvx -f "$want" "$dir/out.txt" | sed 's/^/    got:  /'
            fail=$((fail + 1))
        else
            extra=$(grep -Fvx -f "$want" "$dir/out.txt")
            [ -n "$extra" ] && echo "$extra" | sed "s/^/[NOTE] $name.$be new: /"
            echo "[PASS] $name.$be"
            pass=$((pass + 1))
        fi
    done
done
[ $record = 1 ] && exit 0
echo "$pass/$((pass + fail)) passed"
[ $fail = 0 ]
