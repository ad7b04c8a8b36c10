"""The layering of style.md: a Qt-free core, storage that never reaches up, and ui/ alone on Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bmb_desktop"

# layer -> imports it must never make
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "reportlab", "bmb_desktop.storage", "bmb_desktop.services", "bmb_desktop.documents", "bmb_desktop.ui"),
    "storage": ("PySide6", "reportlab", "bmb_desktop.services", "bmb_desktop.documents", "bmb_desktop.ui"),
    "documents": ("PySide6", "sqlalchemy", "bmb_desktop.storage", "bmb_desktop.services", "bmb_desktop.ui"),
    "locale": ("PySide6", "sqlalchemy", "bmb_desktop.storage", "bmb_desktop.services", "bmb_desktop.ui"),
    "services": ("PySide6", "bmb_desktop.ui"),
    "": ("PySide6",),  # top-level modules such as cli.py and settings.py
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def layer_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    if len(parts) == 1:
        return ""
    return parts[0] if parts[0] in FORBIDDEN else None


MODULES = sorted(path for path in PACKAGE.rglob("*.py") if layer_of(path) is not None)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_its_layer(path):
    forbidden = FORBIDDEN[layer_of(path)]
    offending = {
        name for name in imported_modules(path) if any(name == f or name.startswith(f + ".") for f in forbidden)
    }
    assert offending == set()


def test_headless_commands_never_load_qt(tmp_path):
    script = (
        "import sys; from bmb_desktop.__main__ import main;"
        f"code = main(['info', '--db', {str(tmp_path / 'none.sqlite3')!r}]);"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; print(code)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
