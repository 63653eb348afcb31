#!/bin/sh
# run.sh - nnc --profile: the generated C with the counters compiles
# warning-free with gcc and clang, counts every op of the step, prints
# the table, and trains to the same weights as without them
# (prof_check.c); --profile for anything but C is a usage error.
#
# Environment: NNC (default build/nnc), NNC_SOURCE_DIR, NNRT_LIB (libnnrt.a).
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
lib=${NNRT_LIB:-$src_dir/build/libnnrt.a}
here=$src_dir/tests/profile
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
fail() { echo "[FAIL] $*"; exit 1; }

for variant in plain profiled; do
    mkdir -p "$tmp/$variant"
    flag=""
    [ $variant = profiled ] && flag=--profile
    "$nnc" "$here/profnet.nn" $flag -o "$tmp/$variant/profnet.c" || fail "nnc $flag"
    # warning-free with both compilers (objects only: under SANITIZE the
    # library needs the sanitizers' runtime, which `cc` in PATH adds)
    for cc in gcc clang; do
        command -v $cc > /dev/null || continue
        $cc -std=c11 -O2 -Wall -Wextra -Werror -I"$src_dir/runtime" -I"$tmp/$variant" \
            -c "$tmp/$variant/profnet.c" -o "$tmp/$variant/profnet_$cc.o" \
            2> "$tmp/$variant/cc.log" || { cat "$tmp/$variant/cc.log"; fail "$cc, $variant"; }
    done
    cc -std=c11 -O2 -Wall -Wextra -I"$src_dir/runtime" -I"$tmp/$variant" "$here/prof_check.c" \
        "$tmp/$variant/profnet.c" "$lib" -lz -lm -lpthread -o "$tmp/$variant/check" \
        2> "$tmp/$variant/cc.log" || { cat "$tmp/$variant/cc.log"; fail "cc, $variant"; }
    "$tmp/$variant/check" > "$tmp/$variant/out" 2> "$tmp/$variant/err" ||
        { cat "$tmp/$variant/err"; fail "$variant run"; }
done
cmp -s "$tmp/plain/out" "$tmp/profiled/out" ||
    fail "the weights differ with --profile: $(cat "$tmp/plain/out") / $(cat "$tmp/profiled/out")"
grep -q "^profile: " "$tmp/profiled/err" || fail "no table on stderr"
grep -q "grad_step, profnet.nn:5 *c = conv2d(x, c.weight)" "$tmp/profiled/err" ||
    { cat "$tmp/profiled/err"; fail "no row for the convolution in the table"; }
if "$nnc" "$here/profnet.nn" --profile -o "$tmp/x.o" 2> "$tmp/o.err"; then
    fail "--profile -o x.o was accepted"
fi
grep -q "profile instruments the generated C" "$tmp/o.err" || fail "--profile -o x.o: $(cat "$tmp/o.err")"
[ -e "$tmp/x.o" ] && fail "--profile -o x.o wrote x.o"
echo "[PASS] --profile: counts, table, same weights as without, C only"
head -8 "$tmp/profiled/err"
