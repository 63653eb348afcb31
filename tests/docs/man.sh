#!/bin/sh
# tests/docs/man.sh - the man page: `man -l docs/nnc.1` renders without
# warnings and with its sections, and every option it documents (each
# .TP entry's \-\-name or \-X) is in `nnc --help`, and the other way round.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
nnc=${NNC:-"$top/build/nnc"}
page="$top/docs/nnc.1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
verdict() { if [ "$1" = 0 ]; then echo "[PASS] $2"; pass=$((pass + 1)); else echo "[FAIL] $2"; fail=$((fail + 1)); fi; }

if ! command -v man >/dev/null 2>&1; then
    echo "man.sh: no man (scripts/deps.sh test installs man-db)"; exit 2
fi
MANWIDTH=80 MAN_KEEP_FORMATTING=0 man -l "$page" 2>"$tmp/err" | col -b >"$tmp/page"
ok=0
for s in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES; do
    grep -q "^$s" "$tmp/page" || { echo "    no section $s"; ok=1; }
done
[ -s "$tmp/err" ] && { sed 's/^/    /' "$tmp/err"; ok=1; }
verdict $ok "man -l docs/nnc.1 renders its sections without warnings"

# options: the first word of each line after .TP, troff escapes removed
awk '/^\.TP/ { getline; print }' "$page" | sed 's/\\-/-/g; s/\\f[BIR]//g; s/^\.B[IR]* //; s/"//g' |
    tr ' ' '\n' | grep -E '^-' | sed 's/=.*//' | sort -u >"$tmp/man_opts"
"$nnc" --help >"$tmp/help"
grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' "$tmp/help" | tr -d ' ,' | sort -u >"$tmp/help_opts"
missing=$(comm -23 "$tmp/man_opts" "$tmp/help_opts" | tr '\n' ' ')
verdict "$([ -z "$missing" ] && echo 0 || echo 1)" "nnc --help lists every option of the man page ($(wc -l <"$tmp/man_opts") options)${missing:+; missing: $missing}"
extra=$(comm -13 "$tmp/man_opts" "$tmp/help_opts" | tr '\n' ' ')
verdict "$([ -z "$extra" ] && echo 0 || echo 1)" "the man page documents every option of nnc --help${extra:+; undocumented: $extra}"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
