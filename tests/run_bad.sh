#!/bin/sh
# run_bad.sh - every tests/bad/NAME.nn must be rejected with exactly the
# diagnostics in NAME.err.
#
# For each input: `nnc --check NAME.nn`, run from tests/bad so the file
# names in the messages are stable, must exit 1 with stderr equal to
# NAME.err; then `nnc NAME.nn -o out.c` must also exit 1 and leave no
# out.c or out.h behind.  `--update` rewrites the .err files from the
# current nnc instead (read every changed one before committing it: a
# golden file that enshrines a bad message is a bug).
#
# NNC names the compiler (ctest sets it); default: build/nnc.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bad="$here/bad"
nnc=${NNC:-"$here/../build/nnc"}
case $nnc in /*) ;; *) nnc="$(pwd)/$nnc" ;; esac
update=0
[ "${1:-}" = "--update" ] && update=1

if [ ! -x "$nnc" ]; then
    echo "run_bad.sh: no nnc at '$nnc' (set NNC)" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0 fail=0
for src in "$bad"/*.nn; do
    name=$(basename "$src" .nn)
    why=""
    (cd "$bad" && "$nnc" --check "$name.nn") >"$tmp/out" 2>"$tmp/err"
    status=$?
    if [ $update = 1 ]; then
        [ $status = 1 ] || echo "warning: $name: nnc --check exited $status, not 1" >&2
        cp "$tmp/err" "$bad/$name.err"
        continue
    fi
    if [ $status != 1 ]; then
        why="nnc --check exited $status, expected 1"
    elif [ ! -f "$bad/$name.err" ]; then
        why="no $name.err (run with --update to create it)"
    elif ! cmp -s "$bad/$name.err" "$tmp/err"; then
        why="stderr differs from $name.err"
    elif [ -s "$tmp/out" ]; then
        why="nnc --check wrote to stdout"
    else
        rm -f "$tmp/gen.c" "$tmp/gen.h"
        (cd "$bad" && "$nnc" "$name.nn" -o "$tmp/gen.c") >/dev/null 2>&1
        status=$?
        if [ $status != 1 ]; then
            why="nnc -o exited $status, expected 1"
        elif [ -e "$tmp/gen.c" ] || [ -e "$tmp/gen.h" ]; then
            why="nnc -o left an output file behind"
        fi
    fi
    if [ -z "$why" ]; then
        echo "[PASS] $name"
        pass=$((pass + 1))
    else
        echo "[FAIL] $name: $why"
        [ -f "$bad/$name.err" ] && diff -u "$bad/$name.err" "$tmp/err" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
if [ $update = 1 ]; then
    echo "updated $(ls "$bad"/*.err | wc -l) .err files in $bad"
    exit 0
fi
echo "$pass passed, $fail failed"
[ $fail = 0 ]
