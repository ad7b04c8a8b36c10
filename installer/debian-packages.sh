#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt (PySide6 wheels) and the tests need; a no-op when present.
#   bash installer/debian-packages.sh          runtime and test packages
#   bash installer/debian-packages.sh runtime  only what the app itself needs
set -euo pipefail

# Qt's xcb and offscreen platforms load these at run time; the wheels do not carry them.
# "a|b": either counts as present (Ubuntu 24.04 renamed glib to ...t64); apt installs b.
runtime_packages=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libdbus-1-3 'libglib2.0-0t64|libglib2.0-0' libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 python3-venv
)
# pdftoppm/pdftotext read the generated PDFs back; Xvfb gives screenshot tests a real X screen.
test_packages=(poppler-utils xvfb xauth)

packages=("${runtime_packages[@]}")
if [ "${1:-all}" != runtime ]; then
    packages+=("${test_packages[@]}")
fi

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "debian-packages: not a Debian/Ubuntu system; install Qt's X11/EGL libraries and poppler yourself." >&2
    exit 0
fi

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}

missing=()
for entry in "${packages[@]}"; do
    IFS='|' read -ra alternatives <<<"$entry"
    found=no
    for package in "${alternatives[@]}"; do
        if is_installed "$package"; then
            found=yes
            break
        fi
    done
    if [ $found = no ]; then
        missing+=("${alternatives[-1]}")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    as_root=(sudo)
else
    echo "debian-packages: not root, skipping apt; missing: ${missing[*]}" >&2
    exit 0
fi

echo "debian-packages: installing ${missing[*]}"
apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get)
# apt's chatter goes to a log that is shown only when something fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${apt_get[@]}" update -qq &&
    "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "debian-packages: apt-get failed" >&2
    exit 1
fi
