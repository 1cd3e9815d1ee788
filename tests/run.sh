#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole suite with ctest.
# GUI tests run under xvfb-run, D-Bus tests under dbus-run-session (see tests/CMakeLists.txt).
#   AFTERCARE_FUZZ_SECONDS=60   fuzzing time per target (CI gives 20)
#   AFTERCARE_SANITIZE=1        0 leaves out the sanitizer pass (a quick local run)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${AFTERCARE_TEST_BUILD_DIR:-$root/build}"

# Each step says how long it took, so CI's log shows where the time goes.
phase_start=$SECONDS
phase() {
  echo "== tests/run.sh: $1 took $((SECONDS - phase_start)) s" >&2
  phase_start=$SECONDS
}

# One Release build serves the suite and the benchmarks.
"$root/platform/linux/build.sh" "$build_dir"
phase "install and build"

# qmllint must stay clean: the target fails on any warning.
cmake --build "$build_dir" --target all_qmllint
phase "qmllint"

# Fuzzing: the log reader and the analysis under libFuzzer (clang, ASan+UBSan),
# saved regression inputs first, then about a minute per target.
"$root/tests/fuzz/run.sh" "$build_dir-fuzz" "${AFTERCARE_FUZZ_SECONDS:-60}"
phase "fuzzing"

# Benchmarks (label bench) measure; they are run by tests/bench/run.sh, not gated here,
# because timings on a shared CI machine are not pass/fail facts.
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)" -LE bench
phase "the suite"

# The same suite again under AddressSanitizer + UndefinedBehaviorSanitizer, leaks included,
# in a build of its own without the benchmarks. AFTERCARE_SANITIZE=0 leaves it out of a
# quick local run; CI always runs it.
if [ "${AFTERCARE_SANITIZE:-1}" != 0 ]; then
    "$root/tests/sanitize.sh" "$build_dir-sanitize"
    phase "the sanitizer pass"
fi
