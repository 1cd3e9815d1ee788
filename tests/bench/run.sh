#!/usr/bin/env bash
# The performance budgets, each measured side by side with its baseline in one run
# (interleaved, median of RUNS), printed as a table of ratios; exits 1 when a budget
# is missed. Nothing is built here: build the tree first (Release), e.g.
#   cmake --build BUILD_DIR --target aftercare aftercare-gui aftercare_bench_loggen \
#         bench_bare_window bench_storage bench_pdfreport
# usage: tests/bench/run.sh BUILD_DIR [WORK_DIR]
#   RUNS=31        startup runs per variant (medians; this VM varies ±30 % run to run,
#                  and with 15 runs the ratio of two identical first screens moved by
#                  ±0.05 from one run of this script to the next)
#   SAVE_N=1000    check-ins saved by each side for the save budget (medians; one save
#                  is an fsync, whose time varies with the disk's other work)
#   SKIP_SLOW=1    leave out analyze_vs_python.sh and bench_pdfreport
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILD_DIR [WORK_DIR]" >&2
  exit 2
fi
build="$(cd "$1" && pwd)"
work="${2:-$(mktemp -d)}"
runs="${RUNS:-31}"
save_n="${SAVE_N:-1000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export QT_QPA_PLATFORM=offscreen
# No animations or transitions interfere with the first frame.
export QT_QUICK_BACKEND="${QT_QUICK_BACKEND:-software}"

aftercare="$build/bin/aftercare"
bare="$build/tests/bench/bench_bare_window"
storage="$build/tests/bench/bench_storage"
loggen="$build/tests/bench/aftercare_bench_loggen"
pdfbench="$build/tests/core/exchange/exports/bench_pdfreport"
for tool in "$aftercare" "$bare" "$storage" "$loggen"; do
  [ -x "$tool" ] || { echo "missing $tool: build it first" >&2; exit 2; }
done
gnu_time=/usr/bin/time
[ -x "$gnu_time" ] || gnu_time=""

mkdir -p "$work"
rm -rf "$work/demo" "$work/empty" "$work/big" "$work/small" "$work/screen" "$work/save" \
  "$work/page10" "$work/page1000"
results="$work/results.txt"
: >"$results"
failed=0

# ---- data: demo, empty, one session of 100 check-ins, 1,000 x 100 check-ins ----
"$aftercare" --data-dir "$work/demo" --demo --quit-after-first-frame >/dev/null 2>&1
"$aftercare" --data-dir "$work/empty" --quit-after-first-frame >/dev/null 2>&1
# The bench generator's sessions, weekly, moved so that the newest started two days
# ago (its own dates run decades into the future, where every session would still be
# due reminders); stored with Repository::importLog as `aftercare import` does.
"$storage" fill "$work/small" 100 100 >/dev/null
# A screenful of sessions (10 × 100): the same first screen as 1,000 × 100, a
# hundredth of the history.
"$storage" fill "$work/screen" 1000 100 >/dev/null
"$storage" fill "$work/big" 100000 100 >"$work/fill.out"
# One session of 10 and one of 1,000 check-ins, opened on its page (under the check-in
# page, as a reminder's "Log now" does): the page must not grow with the check-ins.
"$storage" fill "$work/page10" 10 10 >/dev/null
"$storage" fill "$work/page1000" 1000 1000 >/dev/null
big_import_ms=$(awk '$1 == "fill_ms" { print $2 }' "$work/fill.out")

# One run of a command to its first frame: "<ms to exit> <peak KiB> <CPU ms> <ms to first
# frame>"; the first frame's time is the "first-frame-ns" line both programs print when it
# is swapped (peak and CPU are 0 without GNU time).
run_once() {
  local start end kb=0 user sys cpu=0 first
  start=$(date +%s%N)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -f '%M %U %S' -o "$work/time.out" "$@" >"$work/run.out" 2>/dev/null
    read -r kb user sys <"$work/time.out"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (u + s) * 1000 }')
  else
    "$@" >"$work/run.out" 2>/dev/null
  fi
  end=$(date +%s%N)
  first=$(awk '$1 == "first-frame-ns" { print $2 }' "$work/run.out")
  [ -n "$first" ] || { echo "no first frame from: $*" >&2; exit 1; }
  awk -v ns=$((end - start)) -v kb="$kb" -v cpu="$cpu" -v ff=$((first - start)) \
    'BEGIN { printf "%.1f %d %d %.1f\n", ns / 1e6, kb, cpu, ff / 1e6 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---- 1 and 3: startup to first frame, interleaved ----
variants=(bare demo nowarmup empty screen big page10 page1000)
for v in "${variants[@]}"; do : >"$work/startup-$v"; done
# One unmeasured round warms the page cache for every variant.
for round in $(seq 0 "$runs"); do
  for v in "${variants[@]}"; do
    if [ "$v" = bare ]; then
      line=$(run_once "$bare")
    elif [ "$v" = nowarmup ]; then
      line=$(run_once env AFTERCARE_BENCH_NO_FONT_WARMUP=1 "$aftercare" --data-dir "$work/demo" \
        --quit-after-first-frame)
    elif [ "$v" = page10 ] || [ "$v" = page1000 ]; then
      line=$(run_once "$aftercare" --data-dir "$work/$v" --check-in bench-0 --quit-after-first-frame)
    else
      line=$(run_once "$aftercare" --data-dir "$work/$v" --quit-after-first-frame)
    fi
    [ "$round" -gt 0 ] && echo "$line" >>"$work/startup-$v"
  done
done
for v in "${variants[@]}"; do
  declare "ms_$v=$(cut -d' ' -f1 "$work/startup-$v" | median)"
  declare "kb_$v=$(cut -d' ' -f2 "$work/startup-$v" | median)"
  declare "cpu_$v=$(cut -d' ' -f3 "$work/startup-$v" | median)"
  declare "ff_$v=$(cut -d' ' -f4 "$work/startup-$v" | median)"
done

# ---- 2: saving a check-in ----
"$storage" save "$work/save" "$save_n" >"$work/save.out"
save_repo=$(awk '$1 == "save_repository_ms" { print $2 }' "$work/save.out")
save_raw=$(awk '$1 == "save_raw_ms" { print $2 }' "$work/save.out")
save_repo_cpu=$(awk '$1 == "save_repository_cpu_ms" { print $2 }' "$work/save.out")
save_raw_cpu=$(awk '$1 == "save_raw_cpu_ms" { print $2 }' "$work/save.out")

# ---- 3: opening a session, and every session's summary (exports read them all) ----
"$storage" open "$work/small" "$work/big" "${OPEN_N:-200}" >"$work/open.out"
open_small=$(awk '$1 == "open_small_ms" { print $2 }' "$work/open.out")
open_big=$(awk '$1 == "open_big_ms" { print $2 }' "$work/open.out")
"$storage" summaries "$work/big" 30 >"$work/summaries.out"

# ---- 3b: exporting 1,000 × 100 check-ins as FHIR (about 400 MB) vs as a log (30 MB):
# FHIR is streamed, so its peak memory is the sessions', not its text's ----
export_peak() {
  "$gnu_time" -f '%M' -o "$work/export-time.out" "$aftercare" --data-dir "$work/big" export \
    --format "$1" -o "$work/export.$1" >/dev/null 2>&1
  rm -f "$work/export.$1"
  cat "$work/export-time.out"
}
if [ -n "$gnu_time" ]; then
  kb_fhir=$(export_peak fhir)
  kb_json=$(export_peak json)
fi
summaries_big=$(awk '$1 == "summaries_ms" { print $2 }' "$work/summaries.out")

# "| what | measured | baseline | ratio | budget | ok |"; a budget of "-" is informational.
row() {
  local what="$1" value="$2" base="$3" unit="$4" budget="$5" ratio verdict
  ratio=$(awk -v a="$value" -v b="$base" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
  if [ "$budget" = "-" ] || [ "$ratio" = "n/a" ]; then
    verdict="-"
  elif awk -v r="$ratio" -v m="$budget" 'BEGIN { exit !(r <= m) }'; then
    verdict="ok"
  else
    verdict="MISSED"
    failed=1
  fi
  printf '| %s | %s %s | %s %s | %s | %s | %s |\n' "$what" "$value" "$unit" "$base" "$unit" \
    "$ratio" "${budget/#-/–}" "$verdict" | tee -a "$results"
}

echo
echo "Aftercare budgets ($(date -u +%Y-%m-%d), $(nproc) cores, medians of $runs interleaved runs;"
echo "startup offscreen, QT_QUICK_BACKEND=$QT_QUICK_BACKEND; peak = max RSS via GNU time;
wall times move with the machine's load, CPU times much less)"
echo
echo "| measure | Aftercare | baseline | ratio | budget | |"
echo "|---|---|---|---|---|---|"
row "startup to first frame, demo data (vs bare Material window)" "$ff_demo" "$ff_bare" ms 1.5
row "  start to exit after the first frame (teardown included)" "$ms_demo" "$ms_bare" ms -
if [ -n "$gnu_time" ]; then
  row "  the same, CPU time (user+sys, 10 ms steps)" "$cpu_demo" "$cpu_bare" ms -
  row "peak memory at first frame, demo data (vs bare window)" "$kb_demo" "$kb_bare" KiB 1.3
fi
# A startup trick stays only while it gains at least 3 %.
row "startup trick: fonts prepared while QML loads (vs demo data without)" "$ff_demo" \
  "$ff_nowarmup" ms 0.97
row "save a check-in, Repository::addCheckIn (vs raw sqlite3, WAL+FULL)" "$save_repo" "$save_raw" ms 1.2
row "  the same, CPU time only (fsync waits left out)" "$save_repo_cpu" "$save_raw_cpu" ms -
# The history budget compares the same first screen: 1,000 × 100 against 10 × 100. An
# empty database shows another screen (the empty state), so that row only informs.
row "startup to first frame, 1,000 × 100 check-ins (vs 10 × 100, the same first screen)" \
  "$ff_big" "$ff_screen" ms 1.1
row "  the same vs an empty database (another first screen)" "$ff_big" "$ff_empty" ms -
if [ -n "$gnu_time" ]; then
  row "  the same, CPU time vs 10 × 100 (user+sys, 10 ms steps)" "$cpu_big" "$cpu_screen" ms -
  row "peak memory at first frame, 1,000 × 100 (vs 10 × 100)" "$kb_big" "$kb_screen" KiB -
fi
row "start on a session of 1,000 check-ins (vs one of 10), to the first frame" \
  "$ff_page1000" "$ff_page10" ms 1.2
if [ -n "$gnu_time" ]; then
  row "  the same, peak memory" "$kb_page1000" "$kb_page10" KiB 1.2
fi
if [ -n "$gnu_time" ]; then
  row "peak memory, export 1,000 × 100 as FHIR (vs as a JSON log)" "$kb_fhir" "$kb_json" KiB 1.2
fi
row "open a session (100 check-ins) among 1,000 × 100 (vs alone)" "$open_big" "$open_small" ms 1.1
row "every session's summary, 1,000 sessions (vs 1,000 × open a session)" "$summaries_big" \
  "$(awk -v o="$open_big" 'BEGIN { printf "%.1f", o * 1000 }')" ms -
echo
echo "(storing the 1,000 × 100 history: $big_import_ms ms in one import, once; data in $work)"

# ---- 4: the analysis and export budgets, measured by their own benchmarks ----
if [ "${SKIP_SLOW:-0}" != 1 ]; then
  echo
  echo "== aftercare analyze vs python json.load (tests/bench/analyze_vs_python.sh, RUNS=3)"
  if ! RUNS=3 "$here/analyze_vs_python.sh" "$aftercare" "$loggen" "$work/analyze"; then
    failed=1
  fi
  echo
  echo "== PDF report (bench_pdfreport; budget 300 ms for the 7-day report)"
  if [ -x "$pdfbench" ]; then
    if ! "$pdfbench" -o "$work/pdf.txt,txt" >/dev/null 2>&1; then
      failed=1
    fi
    grep -E "^RESULT|msecs|^FAIL" "$work/pdf.txt" || true
  else
    echo "missing $pdfbench: build bench_pdfreport"
    failed=1
  fi
fi

if [ "$failed" != 0 ]; then
  echo "run.sh: at least one budget was missed" >&2
  exit 1
fi
