#!/bin/sh
# screenshot-plot.sh - render an SVG (a training chart from --plot, or the
# network from --emit=dot) in a real browser and save a PNG, to look at it.
#
#   scripts/screenshot-plot.sh CHART.svg [OUT.png] [WIDTHxHEIGHT]
#
# Uses Debian's chromium, headless (apt-get install chromium); OUT.png
# defaults to CHART.png, the window to 900x600 (the chart's own size).
# Not part of `make test`: a browser is a big dependency for one picture.
# After `make demo`:
#   scripts/screenshot-plot.sh build/demo/fashion_mlp_training.svg
set -eu
if [ $# -lt 1 ]; then
    sed -n '2,12s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi
svg=$1
png=${2:-"${svg%.svg}.png"}
size=$(echo "${3:-900x600}" | tr x ,)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "screenshot-plot.sh: no chromium (apt-get install chromium)" >&2
    exit 2
fi
[ -r "$svg" ] || { echo "screenshot-plot.sh: cannot read '$svg'" >&2; exit 2; }
abs=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
case $png in /*) ;; *) png="$(pwd)/$png" ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
# a throw-away profile, and nothing that reaches the network
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --screenshot="$png" --window-size="$size" \
    "file://$abs" >/dev/null 2>&1
[ -s "$png" ] || { echo "screenshot-plot.sh: chromium wrote no $png" >&2; exit 1; }
echo "$png"
