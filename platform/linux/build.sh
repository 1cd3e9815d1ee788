#!/usr/bin/env bash
# Shared by app/run.sh and tests/run.sh: install what is missing, configure, build.
# Usage: platform/linux/build.sh BUILD_DIR [extra cmake arguments…]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="$1"; shift

"$root/platform/linux/install-deps.sh"

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
else
  cmake "$build_dir" "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
