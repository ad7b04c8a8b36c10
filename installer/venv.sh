# shellcheck shell=bash
# Sourced by demo.sh and test.sh: makes .venv in the repository and installs BMB Desktop into it.
# Set PYTHON=/path/to/python3.x to choose the interpreter; otherwise the first Python >= 3.11 found.

bmb_python_ok() {
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

bmb_find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null && bmb_python_ok "$candidate"; then
            echo "$candidate"
            return 0
        fi
    done
    echo "BMB Desktop needs Python 3.11 or newer (python3 --version says: $(python3 --version 2>&1))." >&2
    return 1
}

# bmb_venv REPO EXTRAS: .venv ready with `pip install -e REPO[EXTRAS]`; EXTRAS may be empty.
bmb_venv() {
    local repo=$1 extras=$2 venv="$1/.venv" python target stamp wanted
    # A venv that was moved or copied here, or whose Python is gone or too old, only half-works
    # (its scripts name the old paths): start it again.
    if [ -e "$venv" ] && { ! bmb_python_ok "$venv/bin/python" || [ "$(cat "$venv/.bmb-location" 2>/dev/null)" != "$venv" ]; }; then
        echo "Recreating $venv"
        rm -rf "$venv"
    fi
    if [ ! -e "$venv" ]; then
        python=$(bmb_find_python)
        echo "Creating $venv with $("$python" --version)"
        if ! "$python" -m venv "$venv"; then
            rm -rf "$venv"
            echo "Could not create a venv: on Debian/Ubuntu install python3-venv (sudo apt-get install python3-venv)." >&2
            return 1
        fi
        echo "$venv" >"$venv/.bmb-location"
    fi

    target=$repo
    if [ -n "$extras" ]; then
        target="${repo}[${extras}]"
    fi
    # pip is skipped while pyproject.toml is what was last installed with these extras.
    stamp="$venv/.bmb-installed-${extras:-base}"
    wanted=$(cksum <"$repo/pyproject.toml")
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        return 0
    fi
    echo "Installing BMB Desktop${extras:+ [$extras]} and its pinned dependencies into $venv"
    "$venv/bin/python" -m pip install --quiet --quiet --disable-pip-version-check -e "$target"
    # Extras add to the base install, so they satisfy a later plain install too.
    echo "$wanted" >"$stamp"
    echo "$wanted" >"$venv/.bmb-installed-base"
}
