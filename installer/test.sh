#!/usr/bin/env bash
# Installs everything BMB Desktop's tests need (Debian packages, .venv with [test]) and runs them all.
#   bash installer/test.sh [pytest arguments...]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

bash installer/debian-packages.sh
source installer/venv.sh
bmb_venv "$repo" test

# Qt must never need a display for the tests; conftest.py sets the same as a fallback.
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ $status -eq 5 ]; then
    # pytest's "no tests collected" is a broken test tree, never a pass.
    echo "test.sh: pytest collected no tests; counting that as a failure" >&2
fi
exit $status
