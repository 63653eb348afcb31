#!/bin/sh
# tests/llvm/run.sh - the LLVM backend's command line: targets, CPUs,
# output kinds, debug info.  (tests/bad compares diagnostics for exit
# status 1; these are usage errors, exit status 2.)
#
#   an unknown target triple, an unknown CPU (LLVM only warns about one:
#   nnc must refuse it), an empty --target or --cpu: exit 2, a message
#   naming the bad value, and no output file (not even model.h)
#   --target=aarch64-linux-gnu and i686 objects are ELF for that machine
#   --emit=asm is assembly, --emit=llvm is IR text, -o x.o an object
#   -g: the object's line table points at the .nn file's own lines
#   two runs give identical bytes
#
# Environment: NNC (default build/nnc), NNC_SOURCE_DIR.
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
model=$src_dir/examples/xor.nn
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

ok()  { echo "[PASS] $1"; pass=$((pass + 1)); }
bad() { echo "[FAIL] $1"; [ -s "$tmp/err" ] && sed 's/^/  /' "$tmp/err"; fail=$((fail + 1)); }

# refuses WHAT MESSAGE ARGS...: exit status 2, MESSAGE on stderr, no files
refuses() {
    what=$1 msg=$2; shift 2
    rm -rf "$tmp/out"; mkdir "$tmp/out"
    "$nnc" "$model" "$@" -o "$tmp/out/m.o" >/dev/null 2>"$tmp/err"
    st=$?
    if [ $st != 2 ]; then bad "$what: exit status $st, want 2"; return; fi
    if ! grep -q -e "$msg" "$tmp/err"; then bad "$what: no '$msg' in the message"; return; fi
    if [ -n "$(ls "$tmp/out")" ]; then bad "$what: left $(ls "$tmp/out")"; return; fi
    ok "$what: exit 2, '$(head -n 1 "$tmp/err")'"
}

refuses "unknown triple" "unknown target triple 'pdp11-dec-rsx11'" --target=pdp11-dec-rsx11
refuses "nonsense triple" "unknown target triple 'foo'" --target=foo
refuses "unknown CPU" "unknown CPU 'pentium9'" --cpu=pentium9
refuses "CPU of another target" "unknown CPU 'skylake' for target 'aarch64" \
    --target=aarch64-linux-gnu --cpu=skylake
refuses "empty --target" "--target needs a triple" --target=
refuses "empty --cpu" "--cpu needs a CPU name" --cpu=
refuses "bad target with --emit=llvm" "unknown target triple" --target=foo --emit=llvm

# elf_machine FILE: e_machine of an ELF file (62 x86-64, 183 AArch64, 3 i386)
elf_machine() { od -An -t u2 -j 18 -N 2 "$1" | tr -d ' '; }

# builds NAME WANT ARGS...: nnc succeeds and the object is for machine WANT
builds() {
    what=$1 want=$2; shift 2
    if ! "$nnc" "$model" "$@" -o "$tmp/m.o" 2>"$tmp/err"; then bad "$what: nnc failed"; return; fi
    got=$(elf_machine "$tmp/m.o")
    if [ "$got" = "$want" ]; then ok "$what: ELF machine $got"; else bad "$what: ELF machine $got, want $want"; fi
}
builds "cross to aarch64" 183 --target=aarch64-linux-gnu
builds "cross to aarch64, neoverse-n1" 183 --target=aarch64-linux-gnu --cpu=neoverse-n1
builds "i686 (32-bit size_t)" 3 --target=i686-linux-gnu
case $(uname -m) in
x86_64) builds "host, -O0" 62 -O0; builds "host, --cpu=native -O2" 62 --cpu=native -O2 ;;
esac

# output kinds by suffix and by --emit
if "$nnc" "$model" -o "$tmp/m.s" 2>"$tmp/err" && grep -q "xor_train_batch" "$tmp/m.s" &&
   ! grep -q "^define" "$tmp/m.s"; then ok ".s is assembly"; else bad ".s is assembly"; fi
if "$nnc" "$model" --emit=llvm -o "$tmp/m.txt" 2>"$tmp/err" && grep -q "^define float @xor_train_batch" "$tmp/m.txt" &&
   [ -e "$tmp/m.h" ]; then ok "--emit=llvm is IR, with m.h beside it"; else bad "--emit=llvm is IR, with m.h beside it"; fi

# -g: the line table names xor.nn and its dense lines (4 and 5)
if "$nnc" "$model" -g -o "$tmp/g.o" 2>"$tmp/err" && command -v objdump >/dev/null; then
    lines=$(objdump --dwarf=decodedline "$tmp/g.o" | awk '$1 == "xor.nn" && $2 > 0 {print $2}' | sort -un | tr '\n' ' ')
    if echo " $lines" | grep -q " 4 " && echo " $lines" | grep -q " 5 "; then
        ok "-g: line table for xor.nn, lines $lines"
    else
        bad "-g: line table has lines '$lines', want 4 and 5"
    fi
else
    bad "-g: nnc failed or no objdump"
fi

# deterministic: two runs, the same bytes, for each kind
for kind in o ll s; do
    "$nnc" "$model" --main -o "$tmp/a.$kind" 2>"$tmp/err" && "$nnc" "$model" --main -o "$tmp/b.$kind" 2>>"$tmp/err"
    if cmp -s "$tmp/a.$kind" "$tmp/b.$kind"; then ok ".$kind: two runs identical"; else bad ".$kind: two runs differ"; fi
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
