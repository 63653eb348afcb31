#!/bin/sh
# run_golden.sh - golden tests: nnc's output compared byte for byte with
# the expected files in tests/golden/.
#
#   tests/run_golden.sh [--update] [--only EXT | --except EXT] [NAME...]
#
# Sources are tests/golden/*.nn and every examples/*.nn (so a new example
# is tested as soon as it exists: it fails until it has an expected file).
# The mode is chosen by which expected files exist beside the name, in
# tests/golden/: NAME.ir, NAME.lower.ir, ... (see produce() below); an
# example always has NAME.ir and NAME.fuse.ir (--update writes them when
# missing).  NAME.ir is every graph pass but fusion (--no-fuse), and
# NAME.fuse.ir the same after fuse.c, so their diff is what fusion did.  --update rewrites the
# expected files instead of comparing (scripts/update-golden calls this).
# --only EXT checks that mode alone, --except EXT every mode but that one
# (ctest runs the .ll files as golden_ll, apart).  An nnc built without
# LLVM cannot write .ll: those checks are [SKIP], not failures, and when
# nothing ran but skips the exit status is 77 (ctest's SKIP_RETURN_CODE).
#
# Environment: NNC (the compiler; default build/nnc), NNC_SOURCE_DIR.
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
case $nnc in /*) ;; *) nnc=$PWD/$nnc ;; esac   # produce() changes folder
golden=$src_dir/tests/golden
update=0 only= except=
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
case ${1:-} in
--only) only=$2; shift 2 ;;
--except) except=$2; shift 2 ;;
esac

# produce EXT SRC: nnc's output for mode EXT on SRC, on stdout.  Runs in
# the source's folder with the bare file name, so no path shows up in
# the output.  Adding a mode is adding a case.
produce() {
    ext=$1 dir=$(dirname "$2") file=$(basename "$2")
    case $ext in
    ir)          (cd "$dir" && "$nnc" "$file" --emit=ir --no-fuse -o -) ;;
    fuse.ir)     (cd "$dir" && "$nnc" "$file" --emit=ir --stop-after=fuse -o -) ;;
    lower.ir)    (cd "$dir" && "$nnc" "$file" --emit=ir --stop-after=lower -o -) ;;
    autodiff.ir) (cd "$dir" && "$nnc" "$file" --emit=ir --stop-after=autodiff -o -) ;;
    err)         (cd "$dir" && "$nnc" --check "$file" 2>&1 >/dev/null; echo "exit status $?") ;;
    c|h)         base=${file%.nn}; mkdir -p "$tmp/gen" &&
                 (cd "$dir" && "$nnc" "$file" -o "$tmp/gen/$base.c") && cat "$tmp/gen/$base.$ext" ;;
    ll)          # LLVM IR at the default -O3, for a fixed target, so the host's
                 # triple, CPU and features do not show up in the expected file
                 base=${file%.nn}; mkdir -p "$tmp/gen" &&
                 (cd "$dir" && "$nnc" "$file" --emit=llvm --target=x86_64-unknown-linux-gnu \
                     --cpu=x86-64-v3 -o "$tmp/gen/$base.ll") && cat "$tmp/gen/$base.ll" ;;
    *)           echo "run_golden.sh: no mode for expected file '.$ext'" >&2; return 2 ;;
    esac
}

# The expected-file extensions that exist for NAME ("ir", "lower.ir", ...).
modes_of() {
    for f in "$golden/$1".*; do
        [ -e "$f" ] || continue
        ext=${f#"$golden/$1".}
        [ "$ext" = nn ] || echo "$ext"
    done
}

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0

check() {   # check NAME EXT SRC
    name=$1 ext=$2 src=$3 want=$golden/$1.$2
    if [ -n "$only" ] && [ "$ext" != "$only" ]; then return; fi
    if [ -n "$except" ] && [ "$ext" = "$except" ]; then return; fi
    if ! produce "$ext" "$src" >"$tmp/out" 2>"$tmp/err"; then
        if grep -q "needs an nnc built with LLVM" "$tmp/err"; then
            echo "[SKIP] $name.$ext: this nnc has no LLVM backend"; skip=$((skip + 1)); return
        fi
        echo "[FAIL] $name.$ext: nnc failed"; sed 's/^/  /' "$tmp/err"; fail=$((fail + 1)); return
    fi
    if [ $update = 0 ] && [ ! -e "$want" ]; then
        echo "[FAIL] $name.$ext: no expected file (run scripts/update-golden $name)"; fail=$((fail + 1)); return
    fi
    if [ $update = 1 ]; then
        if ! cmp -s "$tmp/out" "$want"; then cp "$tmp/out" "$want"; echo "[UPDATED] $name.$ext"; fi
        pass=$((pass + 1)); return
    fi
    if cmp -s "$tmp/out" "$want"; then
        echo "[PASS] $name.$ext"; pass=$((pass + 1))
    else
        echo "[FAIL] $name.$ext"; diff -u "$want" "$tmp/out" | sed 's/^/  /'; fail=$((fail + 1))
    fi
}

sources=$(ls "$golden"/*.nn "$src_dir"/examples/*.nn 2>/dev/null)
for src in $sources; do
    name=$(basename "$src" .nn)
    if [ $# -gt 0 ]; then
        case " $* " in *" $name "*) ;; *) continue ;; esac
    fi
    case $src in
    "$src_dir"/examples/*)
        if [ -e "$golden/$name.nn" ]; then
            echo "[FAIL] $name: both examples/$name.nn and tests/golden/$name.nn exist"
            fail=$((fail + 1)); continue
        fi ;;
    esac
    modes=$(modes_of "$name")
    case $src in   # an example always has its IR goldens, whatever else it has
    "$src_dir"/examples/*)
        case " $(echo $modes) " in *" fuse.ir "*) ;; *) modes="fuse.ir $modes" ;; esac
        case " $(echo $modes) " in *" ir "*) ;; *) modes="ir $modes" ;; esac ;;
    esac
    if [ -z "$modes" ]; then
        echo "[FAIL] $name: no expected file (run scripts/update-golden $name)"
        fail=$((fail + 1)); continue
    fi
    for ext in $modes; do check "$name" "$ext" "$src"; done
done

echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ] || exit 1
if [ $pass = 0 ] && [ $skip -gt 0 ]; then exit 77; fi
exit 0
