#!/bin/sh
# run_ccompile.sh - every example's generated C compiles warning-free.
#
# For each examples/*.nn and tests/golden/*.nn: nnc writes NAME.c/NAME.h
# (and a --main trainer when the model has a train block); gcc and clang
# compile each with -std=c11 -Wall -Wextra -Wpedantic -Werror, and again
# with -fopenmp where the file has parallel loops (the `#ifdef _OPENMP`
# regions) and the compiler has OpenMP; a second nnc run must give
# identical bytes (output is deterministic).
# examples/keywords.nn, whose values are named int, return, main and
# float, is among them.
#
# Environment: NNC (default build/nnc), NNC_SOURCE_DIR.
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
flags="-std=c11 -Wall -Wextra -Wpedantic -Werror -O1 -I$src_dir/runtime"
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

ok()  { echo "[PASS] $1"; pass=$((pass + 1)); }
bad() { echo "[FAIL] $1"; sed 's/^/  /' "$tmp/log"; fail=$((fail + 1)); }

compilers="" omp_compilers=""
for cc in gcc clang; do
    command -v $cc >/dev/null || continue
    compilers="$compilers $cc"
    printf '#include <omp.h>\nint main(void) { return omp_get_num_threads() - 1; }\n' > "$tmp/omp.c"
    $cc -fopenmp "$tmp/omp.c" -o "$tmp/omp" >/dev/null 2>&1 && omp_compilers="$omp_compilers $cc"
done

for src in "$src_dir"/examples/*.nn "$src_dir"/tests/golden/*.nn; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .nn)
    d=$tmp/$name
    mkdir -p "$d/a" "$d/b"
    if ! "$nnc" "$src" -o "$d/a/$name.c" >"$tmp/log" 2>&1 ||
       ! "$nnc" "$src" -o "$d/b/$name.c" >>"$tmp/log" 2>&1; then
        bad "$name: nnc failed"; continue
    fi
    if cmp -s "$d/a/$name.c" "$d/b/$name.c" && cmp -s "$d/a/$name.h" "$d/b/$name.h"; then
        ok "$name: deterministic"
    else
        diff "$d/a/$name.c" "$d/b/$name.c" >"$tmp/log" 2>&1; bad "$name: two runs differ"
    fi
    # The --main file holds everything the plain one does plus main(), so
    # compiling it alone covers both (and halves the test's time).
    variants="$name"
    if grep -q '^ *train *{' "$src" || grep -q '^train' "$src"; then
        if "$nnc" "$src" --main -o "$d/a/${name}_main.c" >"$tmp/log" 2>&1; then
            variants="${name}_main"
        else
            bad "$name: nnc --main failed"
        fi
    fi
    for v in $variants; do
        for cc in $compilers; do
            if $cc $flags -c "$d/a/$v.c" -o "$d/a/$v.$cc.o" >"$tmp/log" 2>&1; then
                ok "$v.c with $cc"
            else
                bad "$v.c with $cc"
            fi
        done
        grep -q '^#ifdef _OPENMP' "$d/a/$v.c" || continue
        for cc in $omp_compilers; do
            if $cc $flags -fopenmp -c "$d/a/$v.c" -o "$d/a/$v.$cc.omp.o" >"$tmp/log" 2>&1; then
                ok "$v.c with $cc -fopenmp"
            else
                bad "$v.c with $cc -fopenmp"
            fi
        done
    done
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
