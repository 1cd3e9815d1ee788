#!/usr/bin/env bash
# Installs what is missing, builds Release into build/, and starts Aftercare.
# Arguments are passed to the app, e.g.  app/run.sh --demo
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/platform/linux/build.sh" "$root/build" >&2

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$#" -eq 0 ]; then
  echo "No display found. For screenshots instead: xvfb-run -a $root/build/bin/aftercare --demo --screenshots DIR" >&2
  exit 1
fi
exec "$root/build/bin/aftercare" "$@"
