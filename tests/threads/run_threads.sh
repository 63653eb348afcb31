#!/bin/sh
# run_threads.sh - predictions from many threads on one model, under
# ThreadSanitizer (issue 21): ctx_threads.c with the C backend's code and
# the runtime's sources all built with -fsanitize=thread, then with the
# LLVM backend's object (not instrumented itself: the runtime around it
# is) when nnc has that backend.  Exit 77 (skipped) when the compiler
# cannot build or run a -fsanitize=thread program here.
#
# Environment: NNC (default build/nnc), NNC_SOURCE_DIR, CC (default cc).
set -u
src_dir=${NNC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
nnc=${NNC:-$src_dir/build/nnc}
cc=${CC:-cc}
here=$src_dir/tests/threads
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
tsan="-fsanitize=thread -g -O1"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"

printf '#include <pthread.h>\nstatic void *f(void *a) { return a; }\nint main(void) { pthread_t t; pthread_create(&t, 0, f, 0); return pthread_join(t, 0); }\n' > "$tmp/probe.c"
if ! $cc $tsan "$tmp/probe.c" -o "$tmp/probe" -lpthread >/dev/null 2>&1 || ! "$tmp/probe" >/dev/null 2>&1; then
    echo "run_threads.sh: $cc cannot build or run a -fsanitize=thread program here: skipped"
    exit 77
fi
runtime=$(ls "$src_dir"/runtime/*.c)
status=0
run() {   # $1: backend, $2...: the model's files
    name=$1; shift
    if ! $cc -std=c11 -D_POSIX_C_SOURCE=200809L $tsan -Wall -Wextra -I"$src_dir/runtime" -I"$tmp" "$here/ctx_threads.c" "$@" \
            $runtime -lz -lm -lpthread -o "$tmp/ctx_$name" > "$tmp/log" 2>&1; then
        echo "[FAIL] $name: the test does not build"; cat "$tmp/log"; status=1; return
    fi
    if "$tmp/ctx_$name" > "$tmp/log" 2>&1; then
        echo "[PASS] $name backend: $(cat "$tmp/log")"
    else
        echo "[FAIL] $name backend"; cat "$tmp/log"; status=1
    fi
}
"$nnc" "$here/ctxnet.nn" -o "$tmp/ctxnet.c" || exit 1
run c "$tmp/ctxnet.c"
if "$nnc" "$here/ctxnet.nn" -o "$tmp/ctxnet.o" 2> "$tmp/llvm.log"; then
    run llvm "$tmp/ctxnet.o"
else
    echo "[SKIP] llvm backend: $(head -n 1 "$tmp/llvm.log")"
fi
exit $status
