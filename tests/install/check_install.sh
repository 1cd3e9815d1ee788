#!/usr/bin/env bash
# Installs into a temporary prefix, validates the desktop integration files and
# starts the installed app (not the build tree).
# Usage: check_install.sh BINARY_DIR APP_ID
set -euo pipefail
bin="$1"; app_id="$2"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$bin" --prefix "$prefix" >/dev/null

expect() { [ -e "$prefix/$1" ] || { echo "missing after install: $1"; exit 1; }; }
expect bin/aftercare
expect "share/applications/$app_id.desktop"
expect "share/metainfo/$app_id.metainfo.xml"
expect "share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 32 48 64 128 256 512; do expect "share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
expect "etc/xdg/autostart/$app_id.Reminders.desktop"
expect lib/systemd/user/aftercare-reminders.service
# The unit names the configured prefix (systemd needs an absolute path).
grep -Eq "^ExecStart=/.*/bin/aftercare reminders run$" "$prefix/lib/systemd/user/aftercare-reminders.service" \
  || { echo "the user unit does not start the agent"; exit 1; }
find "$prefix" -name 'aftercare-gui.so' | grep -q . || { echo "GUI module not installed"; exit 1; }

desktop-file-validate "$prefix/share/applications/$app_id.desktop"
# Session-card links (aftercare:session?v=1&…) open the app, which gets the link as LINK.
grep -qx 'MimeType=x-scheme-handler/aftercare;' "$prefix/share/applications/$app_id.desktop" \
  || { echo "the desktop entry does not handle aftercare: links"; exit 1; }
grep -qx 'Exec=aftercare %u' "$prefix/share/applications/$app_id.desktop" \
  || { echo "the desktop entry does not pass the link to the app"; exit 1; }
desktop-file-validate "$prefix/etc/xdg/autostart/$app_id.Reminders.desktop"
# --pedantic would only add "cid-contains-uppercase-letter": the id keeps the
# reverse-DNS capitalisation used for the desktop file and D-Bus names.
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml"

# The installed app runs from the prefix, with the build tree out of reach.
data=$(mktemp -d)
trap 'rm -rf "$prefix" "$data"' EXIT
"$prefix/bin/aftercare" --version
QT_QPA_PLATFORM=offscreen timeout 60 "$prefix/bin/aftercare" --data-dir "$data" --quit-after-first-frame
# ... also when the desktop entry hands it a session-card link.
QT_QPA_PLATFORM=offscreen timeout 60 "$prefix/bin/aftercare" --data-dir "$data" --quit-after-first-frame \
  "aftercare:session?v=1&duration=60"
expect share/aftercare/translations/aftercare_de.qm
LANGUAGE=de LC_ALL=de_DE.UTF-8 "$prefix/bin/aftercare" analyze "$(dirname "$0")/../i18n/data/flagged.json" | grep -q Notaufnahme \
  || { echo "the installed app does not find its translations"; exit 1; }
# The installed command writes a session card's QR code with its installed interface module,
# and an independent decoder reads the link back.
"$prefix/bin/aftercare" card --duration 60 --therapist "Zoë" -o "$data/card.png"
[ "$(zbarimg --raw -q "$data/card.png" 2>/dev/null)" = "aftercare:session?v=1&duration=60&therapist=Zo%C3%AB" ] \
  || { echo "the installed app's session card does not scan"; exit 1; }
echo "installed app started from $prefix"
