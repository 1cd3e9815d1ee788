#!/usr/bin/env bash
# Every C++ file follows .clang-format.
# Usage: check_format.sh SOURCE_DIR
set -u
cd "$1" || exit 1
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core platform tests -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "not formatted (run clang-format -i): ${bad[*]}"
  exit 1
fi
echo "${#files[@]} C++ files formatted"
