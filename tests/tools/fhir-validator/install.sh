#!/usr/bin/env bash
# Installs the FHIR validator's npm packages, exactly as pinned in package-lock.json,
# into DEST/node_modules (never into the source tree). Skips the download when DEST
# already holds this lock file's packages. Needs node and npm (platform/linux/install-deps.sh).
# Usage: tests/tools/fhir-validator/install.sh DEST
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:?usage: install.sh DEST}"
mkdir -p "$dest"
stamp="$dest/.installed-package-lock.json"
if [ -f "$stamp" ] && cmp -s "$stamp" "$here/package-lock.json" && [ -d "$dest/node_modules" ]; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dest/"
npm ci --prefix "$dest" --no-audit --no-fund --ignore-scripts --loglevel=error
cp "$here/package-lock.json" "$stamp"
echo "FHIR validator installed in $dest"
