#!/bin/sh
# tests/install/run.sh - nnc as a user gets it: `cmake --install` of the
# build tree into a temporary prefix, then examples/app built against
# that prefix twice and run each time:
#   1. CMake: find_package(nnc) + nnc_add_model (CMAKE_PREFIX_PATH=prefix),
#      then touching model.nn must make the build run nnc again, and a
#      build with nothing changed must not;
#   2. pkg-config: examples/app/Makefile (PKG_CONFIG_PATH=prefix/lib/pkgconfig),
#      linked against the shared libnnrt, which it finds without
#      LD_LIBRARY_PATH (nnc.pc's rpath);
# and the tools installed beside nnc: nnc-ckpt and nnc-train run from
# the prefix alone.
#
# NNC_BINARY_DIR names the build tree (ctest sets it); default: build.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${NNC_BINARY_DIR:-"$top/build"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
prefix="$tmp/prefix"
pass=0 fail=0

ok()  { echo "[PASS] $1"; pass=$((pass + 1)); }
bad() { echo "[FAIL] $1"; fail=$((fail + 1)); [ -f "$tmp/log" ] && sed 's/^/    /' "$tmp/log" | tail -n 30; }
step() { # step NAME COMMAND...: runs it with its output in $tmp/log
    name=$1; shift
    if "$@" >"$tmp/log" 2>&1; then ok "$name"; return 0; else bad "$name"; return 1; fi
}
finish() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit $?; }

step "cmake --install into a temporary prefix" cmake --install "$build" --prefix "$prefix" || finish

# What the install must hold (lib may be lib64 or a multiarch folder on other systems)
libdir=$(dirname "$(find "$prefix" -name nnc.pc | head -n 1)")
libdir=${libdir%/pkgconfig}
missing=""
for f in bin/nnc bin/nnc-ckpt bin/nnc-train include/nnrt.h share/man/man1/nnc.1; do
    [ -e "$prefix/$f" ] || missing="$missing $f"
done
for f in libnnrt.a libnnrt.so pkgconfig/nnc.pc cmake/nnc/nncConfig.cmake \
         cmake/nnc/nncConfigVersion.cmake cmake/nnc/nncTargets.cmake cmake/nnc/nncFunctions.cmake; do
    [ -e "$libdir/$f" ] || missing="$missing ${libdir#$prefix/}/$f"
done
rm -f "$tmp/log"
if [ -z "$missing" ]; then ok "the prefix holds nnc, nnc-ckpt, nnc-train, libnnrt (static, shared), nnrt.h, the CMake package, nnc.pc, nnc.1"
else echo "    missing:$missing" >"$tmp/log"; bad "installed files"; fi

# ---- 1. CMake: find_package(nnc) and nnc_add_model ----------------------------
cp -R "$top/examples/app" "$tmp/cm"
rm -f "$tmp/cm/model.c" "$tmp/cm/model.h"
mkdir -p "$tmp/out1"
step "cmake configure with find_package(nnc)" \
    cmake -S "$tmp/cm" -B "$tmp/cm/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release &&
step "cmake build (nnc_add_model compiles model.nn)" cmake --build "$tmp/cm/build" &&
step "the CMake-built app trains, saves, reloads, predicts" "$tmp/cm/build/app" "$tmp/out1"
cat "$tmp/log"

gen="$tmp/cm/build/nnc_app/model.c"
if [ -f "$gen" ]; then
    # rebuild on change: nothing changed, nnc does not run; model.nn touched, it does
    cmake --build "$tmp/cm/build" >"$tmp/log" 2>&1
    if grep -q "nnc: compiling" "$tmp/log"; then bad "a build with nothing changed ran nnc again"
    else ok "a build with nothing changed leaves the generated code alone"; fi
    touch "$tmp/marker"
    sleep 1
    touch "$tmp/cm/model.nn"
    cmake --build "$tmp/cm/build" >"$tmp/log" 2>&1
    if grep -q "nnc: compiling" "$tmp/log" && [ "$gen" -nt "$tmp/marker" ]; then
        ok "touching model.nn regenerates model.c"
    else
        bad "touching model.nn did not regenerate $gen"
    fi
else
    rm -f "$tmp/log"; bad "no generated $gen"
fi

# ---- 2. pkg-config: examples/app/Makefile --------------------------------------
if command -v pkg-config >/dev/null 2>&1; then
    cp -R "$top/examples/app" "$tmp/pc"
    rm -rf "$tmp/pc/build"
    mkdir -p "$tmp/out2"
    export PKG_CONFIG_PATH="$libdir/pkgconfig"
    want=$(sed -n 's/^project(nnc VERSION \([0-9.]*\).*/\1/p' "$top/CMakeLists.txt")
    got=$(pkg-config --modversion nnc 2>&1)
    if [ "$got" = "$want" ]; then ok "pkg-config --modversion nnc is $want"
    else echo "    got '$got'" >"$tmp/log"; bad "pkg-config --modversion nnc"; fi
    step "make with pkg-config (cc app.c model.c \$(pkg-config --cflags --libs nnc))" \
        make -C "$tmp/pc" NNC="$prefix/bin/nnc" &&
    step "the pkg-config-built app starts without LD_LIBRARY_PATH" \
        env -u LD_LIBRARY_PATH "$tmp/pc/app" "$tmp/out2"
    cat "$tmp/log"
    real_libdir=$(cd "$libdir" && pwd -P)
    if [ -x "$tmp/pc/app" ] && env -u LD_LIBRARY_PATH ldd "$tmp/pc/app" |
           grep -Eq "libnnrt.so.0 => ($libdir|$real_libdir)"; then
        ok "the pkg-config app links the installed shared libnnrt.so.0"
    else
        rm -f "$tmp/log"; bad "the pkg-config app is not linked to $libdir/libnnrt.so.0"
    fi
    # --static honoured: libnnrt.a and zlib, a program that needs no library
    step "cc -static with pkg-config --static" sh -c "cd '$tmp/pc' && \${CC:-cc} -std=c11 -O2 -static \
        app.c model.c \$(pkg-config --cflags --static --libs nnc) -o app_static" &&
    mkdir -p "$tmp/out3"
    step "the static app runs" "$tmp/pc/app_static" "$tmp/out3" &&
    if env -u LD_LIBRARY_PATH ldd "$tmp/pc/app_static" 2>&1 | grep -q "not a dynamic executable"; then
        ok "the static app is statically linked"
    else
        rm -f "$tmp/log"; bad "the -static app still needs shared libraries"
    fi
    # libnnrt_mpi, when the build found MPI: a --main --mpi trainer from
    # pkg-config's nnrt_mpi alone, run by mpirun on 2 processes
    if [ -f "$libdir/pkgconfig/nnrt_mpi.pc" ] && command -v mpirun >/dev/null 2>&1; then
        printf 'label,a,b\n0,0,0\n1,0,1\n1,1,0\n0,1,1\n' >"$tmp/xor_mpi.csv"
        root=""
        [ "$(id -u)" = 0 ] && root="--allow-run-as-root"
        step "a --main --mpi trainer built with pkg-config nnrt_mpi" sh -c "cd '$tmp' && \
            '$prefix/bin/nnc' '$top/examples/xor.nn' --main --mpi -o xor_mpi.c && \
            \${CC:-cc} -O2 -Wno-psabi xor_mpi.c \$(pkg-config --cflags --libs nnrt_mpi) -o xor_mpi" &&
        step "it trains under mpirun -np 2" env -u LD_LIBRARY_PATH mpirun $root --oversubscribe \
            --mca btl_vader_single_copy_mechanism none -np 2 "$tmp/xor_mpi" --train "$tmp/xor_mpi.csv" \
            --epochs 3 --quiet
    fi
else
    rm -f "$tmp/log"; bad "pkg-config not found (scripts/deps.sh test installs it)"
fi

# ---- 3. the tools, from the prefix alone ------------------------------------
# a PATH of the prefix and the system, nothing of the build tree
export PATH="$prefix/bin:/usr/bin:/bin"
export TMPDIR="$tmp"
printf '0,0,0\n1,0,1\n1,1,0\n0,1,1\n' >"$tmp/xor.csv"
step "nnc-train compiles and trains a model from the prefix" \
    nnc-train "$top/examples/xor.nn" --train "$tmp/xor.csv" --save "$tmp/xor.nnck" --quiet &&
grep -q "^train loss .* accuracy 100.00%" "$tmp/log" && ok "nnc-train's XOR reaches 100%" || bad "nnc-train's XOR"
step "nnc-ckpt shows the checkpoint" nnc-ckpt show "$tmp/xor.nnck" &&
grep -Eq "^ +h.weight +8x2 " "$tmp/log" && ok "nnc-ckpt lists h.weight as 8x2" || bad "nnc-ckpt show"
if MANPATH="$prefix/share/man" man -w nnc 2>/dev/null | grep -q "^$prefix"; then ok "man nnc finds the installed page"
else rm -f "$tmp/log"; bad "man nnc (MANPATH=prefix/share/man) does not find the installed page"; fi

# both builds train the same model on the same data: the same checkpoint
if cmp -s "$tmp/out1/circles.nnck" "$tmp/out2/circles.nnck"; then
    ok "the CMake and pkg-config apps write the same checkpoint"
else
    rm -f "$tmp/log"; bad "the two apps' checkpoints differ"
fi
finish
