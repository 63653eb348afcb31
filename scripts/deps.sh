#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages nnc needs that are missing.
# Called by `make demo`, `make test` and `make bench`; safe to run again.
# Usage: scripts/deps.sh [build|demo|test|bench]   (default: test)
set -eu
what=${1:-test}

build_pkgs="cmake make gcc flex bison libcmocka-dev llvm-19-dev zlib1g-dev graphviz"
test_pkgs="clang libclang-rt-14-dev python3 python3-numpy python3-torch libxml2-utils pkg-config man-db python3-onnx nodejs"
# data-parallel training (docs/distributed.md): Open MPI, and SimGrid's
# SMPI for the simulated-cluster check of the scaling prediction
mpi_pkgs="openmpi-bin libopenmpi-dev libsimgrid-dev"
demo_pkgs="dataset-fashion-mnist"

case $what in
  build) want="$build_pkgs" ;;
  demo)  want="$build_pkgs $demo_pkgs" ;;
  test)  want="$build_pkgs $test_pkgs $demo_pkgs $mpi_pkgs" ;;
  # PyTorch at its best: Debian's torch falls back to the slow reference BLAS without OpenBLAS
  bench) want="$build_pkgs $test_pkgs $demo_pkgs $mpi_pkgs libopenblas0-pthread time" ;;
  *) echo "usage: $0 [build|demo|test|bench]" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done
# npm: Debian's package, unless the nodejs installed brings its own
case $what in test|bench) command -v npm >/dev/null 2>&1 || missing="$missing npm" ;; esac

# ONNX Runtime for the ONNX tests and bench (docs/onnx.md): the npm package
# onnxruntime-node into .deps/npm of this tree, not globally.  Its install
# script downloads GPU libraries and fails without them, so it is skipped:
# the CPU library is in the package.
ort_version=1.31.1
install_ort() {
  case $what in test|bench) ;; *) return 0 ;; esac
  root=$(cd "$(dirname "$0")/.." && pwd)
  pkg="$root/.deps/npm/node_modules/onnxruntime-node/package.json"
  if [ -f "$pkg" ] && grep -q "\"version\": \"$ort_version\"" "$pkg"; then
    return 0
  fi
  echo "deps.sh: installing onnxruntime-node $ort_version into .deps/npm"
  mkdir -p "$root/.deps/npm"
  npm install --ignore-scripts --no-audit --no-fund --prefix "$root/.deps/npm" \
    "onnxruntime-node@$ort_version" >/dev/null ||
    echo "deps.sh: onnxruntime-node could not be installed: the ONNX tests will skip" >&2
}

if [ -z "$missing" ]; then
  install_ort
  exit 0
fi

echo "deps.sh: installing:$missing"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
install_ort
