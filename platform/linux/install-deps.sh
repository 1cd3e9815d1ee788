#!/usr/bin/env bash
# Installs the Debian packages Aftercare needs to build, run and test.
# Idempotent: installs only what is missing; uses sudo when not root.
#   platform/linux/install-deps.sh           install what is missing
#   platform/linux/install-deps.sh --list    print the package list and exit
#     (tests/install/check_install_list.py holds the build and the tests to it)
set -euo pipefail

packages=(
  # toolchain (pkgconf: CMake's pkg_check_modules)
  cmake ninja-build g++ clang clang-format libclang-rt-14-dev pkgconf
  # QR codes for session cards (`aftercare card`)
  libqrencode-dev
  # JSON: one ordered writer for every output, a SAX reader with byte positions
  nlohmann-json3-dev
  # Qt 6.4 (Debian bookworm)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libvulkan-dev
  # SQLite's own library: the storage benchmark compares against raw sqlite3 commits
  libsqlite3-dev
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-shapes
  qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qt-labs-platform
  qml6-module-qt-labs-folderlistmodel
  qt6-qpa-plugins
  # test tooling: virtual display, session bus, notification server, PDF tools,
  # an independent QR decoder (zbarimg) for the session cards the app writes, and the
  # accessibility bus (at-spi2-core) through which tests read the real app's window, and
  # xdotool, whose X input drives that window as a person would (the gui-e2e test)
  xvfb xauth dbus dbus-x11 dunst libnotify-bin poppler-utils sqlite3 python3 zbar-tools
  at-spi2-core xdotool
  mesa-utils libgl1-mesa-dri strace util-linux e2fsprogs
  # xdg-open, through which Qt opens a tel: link (the emergency page's call button); the
  # dialer test calls a fake phone app through it
  xdg-utils
  # packaging checks
  desktop-file-utils appstream
  # CI's fresh-machine check (tests/fresh-root.sh)
  debootstrap git
  # FHIR validator comes from npm (nodejs ships npm on some images)
  nodejs
)

if [ "${1:-}" = --list ]; then
  printf '%s\n' "${packages[@]}" npm
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# npm: a separate Debian package unless nodejs already bundles it
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

echo "Installing missing packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
