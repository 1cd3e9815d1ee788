#!/usr/bin/env bash
# Times `aftercare analyze FILE` against Python's json.load of the same 100k check-in log
# (best of RUNS each) and fails when aftercare takes more than MAX_RATIO times as long.
# usage: analyze_vs_python.sh AFTERCARE LOGGEN [WORK_DIR]
set -euo pipefail
aftercare="$1"
loggen="$2"
work_dir="${3:-$(mktemp -d)}"
runs="${RUNS:-5}"
max_ratio="${MAX_RATIO:-1.5}"
check_ins="${CHECK_INS:-100000}"

mkdir -p "$work_dir"
log="$work_dir/bench-${check_ins}.json"
"$loggen" "$check_ins" "$log"

# Best wall time of `runs` runs, in milliseconds.
best_ms() {
  local best="" start end elapsed
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    elapsed=$(( (end - start) / 1000 ))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }'
}

# A valid file must analyse cleanly before its time means anything.
"$aftercare" analyze "$log" >/dev/null

aftercare_ms=$(best_ms "$aftercare" analyze "$log")
python_ms=$(best_ms python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$log")
ratio=$(awk -v a="$aftercare_ms" -v p="$python_ms" 'BEGIN { printf "%.2f", a / p }')

echo "log: $log ($(stat -c %s "$log") bytes, $check_ins check-ins)"
echo "aftercare analyze: ${aftercare_ms} ms (best of $runs)"
echo "python3 json.load: ${python_ms} ms (best of $runs)"
echo "ratio: $ratio (limit $max_ratio)"
awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r <= m) }' || {
  echo "aftercare analyze is more than $max_ratio times slower than json.load" >&2
  exit 1
}
