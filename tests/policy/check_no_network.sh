#!/usr/bin/env bash
# Health data stays on the device: no network code in the sources, no target
# linking QtNetwork, and the headless executable never loads it.
# Usage: check_no_network.sh SOURCE_DIR BINARY_DIR
set -u
src="$1"; bin="$2"
fail=0

hits=$(grep -rEn --include='*.cpp' --include='*.h' --include='*.qml' --include='CMakeLists.txt' \
  -e 'QtNetwork|QNetwork[A-Za-z]*|QTcpSocket|QUdpSocket|QSslSocket|QLocalSocket|Qt6::Network|XMLHttpRequest|WebSocket' \
  "$src/app" "$src/core" "$src/platform" "$src/qml" 2>/dev/null \
  | grep -vE ':[0-9]+:[[:space:]]*(#|//)')
if [ -n "$hits" ]; then
  echo "network code found:"; echo "$hits"; fail=1
fi

# Our own binaries must not ask for QtNetwork themselves (--as-needed drops
# what Qt's link interfaces drag in); QtQml itself depends on it on Debian.
while IFS= read -r f; do
  if readelf -d "$f" 2>/dev/null | grep -q 'NEEDED.*libQt6Network'; then
    echo "$f links QtNetwork"; fail=1
  fi
done < <(find "$bin/bin" -maxdepth 1 -type f \( -name 'aftercare' -o -name '*.so' \))

if [ ! -x "$bin/bin/aftercare" ]; then
  echo "missing $bin/bin/aftercare"; fail=1
elif ldd "$bin/bin/aftercare" | grep -Eq 'libQt6(Network|Gui|Quick|Qml)'; then
  echo "the headless executable loads GUI or network libraries:"; ldd "$bin/bin/aftercare" | grep libQt6; fail=1
fi

[ $fail -eq 0 ] && echo "no network code, no QtNetwork linked"
exit $fail
