#!/usr/bin/env bash
# Installs BMB Desktop into .venv (with the Debian libraries Qt needs) and opens it on demo data.
#   bash installer/demo.sh [more bmb-desktop arguments...]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bash "$repo/installer/debian-packages.sh" runtime
source "$repo/installer/venv.sh"
bmb_venv "$repo" ""

exec "$repo/.venv/bin/bmb-desktop" --demo "$@"
