#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer in BUILD_DIR (a
# folder of its own) and runs the ctest suite under them, leaks included; benchmarks (label
# bench) are left out.
#
#   tests/sanitize.sh BUILD_DIR [extra cmake arguments...]
#
# tests/faults/asan.supp names the one system library whose string reads ASan misjudges.
# Leaks inside Qt's own plugins and system libraries (fontconfig, D-Bus, Mesa) are suppressed by
# tests/faults/lsan.supp, which names only those libraries; every leak in Aftercare's code fails.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:?usage: tests/sanitize.sh BUILD_DIR [extra cmake arguments...]}"
shift
jobs="${AFTERCARE_SANITIZE_JOBS:-$(nproc)}"

generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$root" -B "$build_dir" "${generator[@]}" -DAFTERCARE_SANITIZE=ON -DAFTERCARE_BUILD_BENCHMARKS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build_dir" --parallel "$jobs"

# Leaks are reported when each process exits; a sanitizer finding makes the process fail.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1:strict_string_checks=1:suppressions=$root/tests/faults/asan.supp:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/faults/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

cd "$build_dir"
# The phone-size GUI walk (label gui-e2e) runs in the normal pass only: it times real X input
# against a window, and under the sanitizers every step is several times slower.
ctest --output-on-failure --timeout 1200 -LE 'bench|gui-e2e' -j "$jobs"
