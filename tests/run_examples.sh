#!/bin/sh
# run_examples.sh - every examples/*.nn is a valid model: `nnc --check`
# exits 0 without a single diagnostic, and `nnc F --emit=dot` renders
# with Graphviz (`dot -Tsvg`), and so does the graph after fusion
# (`--stop-after=fuse`), which draws at least one fused kernel.
#
# NNC names the compiler (ctest sets it); default: build/nnc.
set -u
here=$(cd "$(dirname "$0")" && pwd)
examples="$here/../examples"
nnc=${NNC:-"$here/../build/nnc"}
if [ ! -x "$nnc" ]; then
    echo "run_examples.sh: no nnc at '$nnc' (set NNC)" >&2
    exit 2
fi
if ! command -v dot >/dev/null 2>&1; then
    echo "run_examples.sh: Graphviz 'dot' not found (scripts/deps.sh installs it)" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0 fail=0
for src in "$examples"/*.nn; do
    name=$(basename "$src")
    why=""
    if ! "$nnc" --check "$src" 2>"$tmp/err"; then
        why="nnc --check failed"
    elif [ -s "$tmp/err" ]; then
        why="nnc --check printed diagnostics"
    elif ! head -n 1 "$src" | grep -q '^#'; then
        why="the first line is not a comment saying what the example shows"
    elif ! "$nnc" "$src" --emit=dot >"$tmp/g.dot" 2>"$tmp/err"; then
        why="nnc --emit=dot failed"
    elif ! dot -Tsvg "$tmp/g.dot" >"$tmp/g.svg" 2>>"$tmp/err"; then
        why="dot -Tsvg rejected the graph"
    elif ! grep -q '<svg' "$tmp/g.svg"; then
        why="dot -Tsvg wrote no SVG"
    elif ! "$nnc" "$src" --emit=dot --stop-after=fuse >"$tmp/f.dot" 2>"$tmp/err" ||
         ! dot -Tsvg "$tmp/f.dot" >"$tmp/f.svg" 2>>"$tmp/err"; then
        why="the fused graph (--stop-after=fuse) does not render"
    elif grep -q 'dense(' "$src" && ! grep -q 'cluster_fused' "$tmp/f.dot"; then
        why="the fused graph shows no fused kernel"
    fi
    if [ -z "$why" ]; then
        echo "[PASS] $name"
        pass=$((pass + 1))
    else
        echo "[FAIL] $name: $why"
        sed 's/^/    /' "$tmp/err"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
