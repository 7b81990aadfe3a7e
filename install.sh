#!/usr/bin/env bash
# Installs Acuchart into ./.venv on Debian/Ubuntu: the system libraries Qt needs, then the app.
#   ./install.sh          the app
#   ./install.sh --test   the app plus the test tools
set -euo pipefail
cd "$(dirname "$0")"

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"

# Qt's xcb platform plugin and the offscreen renderer load these at run time (and need a font).
QT_LIBS="fontconfig fonts-dejavu-core libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xkb1 libx11-xcb1"
if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=""
  for pkg in $QT_LIBS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  python3 -c "import ensurepip" 2>/dev/null || missing="$missing python3-venv"
  if [ -n "$missing" ]; then
    echo "Installing system packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
fi

python3 - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Acuchart needs Python 3.11 or newer; this python3 is {sys.version.split()[0]}.")
PY
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
echo "Acuchart installed in $(pwd)/.venv"
