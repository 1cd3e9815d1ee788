#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite with ctest.
# GUI tests run under xvfb-run, D-Bus tests under dbus-run-session (see tests/CMakeLists.txt).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${AFTERCARE_TEST_BUILD_DIR:-$root/build}"
"$root/platform/linux/build.sh" "$build_dir"

# qmllint must stay clean: the target fails on any warning.
cmake --build "$build_dir" --target all_qmllint

# Fuzzing: the log reader and the analysis under libFuzzer (clang, ASan+UBSan),
# saved regression inputs first, then about a minute per target.
"$root/tests/fuzz/run.sh" "$build_dir-fuzz" "${AFTERCARE_FUZZ_SECONDS:-60}"

# Benchmarks (label bench) measure; they are run by tests/bench/run.sh, not gated here,
# because timings on a shared CI machine are not pass/fail facts.
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)" -LE bench

# The same suite again under AddressSanitizer + UndefinedBehaviorSanitizer, leaks included,
# in a build of its own (about 20 minutes on 2 cores). AFTERCARE_SANITIZE=0 leaves it out
# of a quick local run; CI always runs it.
if [ "${AFTERCARE_SANITIZE:-1}" != 0 ]; then
    "$root/tests/sanitize.sh" "$build_dir-sanitize"
fi
