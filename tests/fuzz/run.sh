#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in BUILD_DIR (a folder of their own), replays every
# saved regression input, then fuzzes each target for SECONDS (default 60) from a seed corpus
# made of the tests' valid and invalid logs. Fails when any target crashes, leaks, hits
# undefined behaviour or breaks one of its invariants.
#
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]
#
# A crash leaves its input in BUILD_DIR/artifacts/; keep it as a regression case by copying it
# into tests/fuzz/regressions/TARGET/ (it is then replayed first on every run).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build_dir="${1:?usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]}"
seconds="${2:-60}"
targets=(fuzz_logreader fuzz_jsonreader fuzz_analysis fuzz_session fuzz_sessioncard)

generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
mkdir -p "$build_dir"
cmake -S "$here" -B "$build_dir" "${generator[@]}" \
    -DCMAKE_CXX_COMPILER="${AFTERCARE_FUZZ_CXX:-clang++}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    >"$build_dir/configure.log" 2>&1 || { cat "$build_dir/configure.log"; exit 1; }
cmake --build "$build_dir" --parallel "${AFTERCARE_FUZZ_JOBS:-2}"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

# Seeds: the reader tests' data, the command-line tests' logs, the fault catalogue; a target
# with seeds of its own (seeds/TARGET/, e.g. session-card links) starts from those instead, and
# one with a dictionary of its own (TARGET's name minus "fuzz_", .dict) uses it.
seeds=()
for dir in "$root/tests/core/exchange/log/data" "$root/tests/cli/data" \
           "$root/tests/faults/bad-logs"; do
    [[ -d $dir ]] && seeds+=("$dir")
done
[[ -f $root/tests/faults/seed.json ]] && seeds+=("$root/tests/faults/seed.json")

mkdir -p "$build_dir/artifacts" "$build_dir/logs"
failed=()
for target in "${targets[@]}"; do
    binary="$build_dir/$target"
    log="$build_dir/logs/$target.log"
    regressions="$here/regressions/$target"

    # 1. Every saved crash input, once each.
    if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
        if ! "$binary" -runs=1 "$regressions"/* >"$log.replay" 2>&1; then
            echo "FAIL $target: a regression input crashes again" >&2
            tail -n 60 "$log.replay" >&2
            failed+=("$target (regression)")
            continue
        fi
        echo "$target: $(find "$regressions" -type f | wc -l) regression inputs replayed"
    fi

    # 2. Fuzz for the time given, from the seeds (the corpus grows in the build folder).
    corpus="$build_dir/corpus/$target"
    mkdir -p "$corpus"
    target_seeds=("${seeds[@]}")
    [[ -d $here/seeds/$target ]] && target_seeds=("$here/seeds/$target")
    dict="$here/log.dict"
    [[ -f $here/${target#fuzz_}.dict ]] && dict="$here/${target#fuzz_}.dict"
    for seed in "${target_seeds[@]}"; do
        if [[ -d $seed ]]; then
            find "$seed" -maxdepth 1 -type f ! -name '*.tsv' -exec cp -n {} "$corpus"/ \;
        else
            cp -n "$seed" "$corpus"/
        fi
    done
    [[ -d $regressions ]] && find "$regressions" -type f -exec cp -n {} "$corpus"/ \;
    if "$binary" "$corpus" -dict="$dict" -max_total_time="$seconds" -timeout=30 \
        -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build_dir/artifacts/$target-" >"$log" 2>&1; then
        echo "$target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs in ${seconds} s, corpus $(find "$corpus" -type f | wc -l) inputs"
    else
        echo "FAIL $target (full output: $log)" >&2
        grep -E -A60 '^==[0-9]+==ERROR|invariant broken|runtime error|deadly signal' "$log" \
            | head -n 80 >&2 || tail -n 60 "$log" >&2
        ls "$build_dir/artifacts/$target-"* 2>/dev/null >&2 || true
        failed+=("$target")
    fi
done

if ((${#failed[@]})); then
    echo "fuzzing failed: ${failed[*]}" >&2
    echo "keep each crashing input under tests/fuzz/regressions/TARGET/" >&2
    exit 1
fi
echo "fuzzing passed: ${targets[*]}"
