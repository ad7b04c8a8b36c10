"""The dialog for an unexpected error, with details the user can copy for whoever supports her."""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import bmb_desktop


def error_details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The traceback with the versions a developer needs first."""
    from PySide6 import __version__ as pyside_version

    header = (
        f"BMB Desktop {bmb_desktop.__version__}; Python {platform.python_version()}; "
        f"PySide6 {pyside_version}; {platform.platform()}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(kind, error, tb))


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Something went wrong that BMB Desktop did not expect. Your saved data is safe: "
                "every change is written to the database as soon as you save it.\n"
                "Copy the details below and send them to whoever supports the program."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(self)
        copy = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        copy.clicked.connect(self.copy_details)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


_showing = False


def show_unexpected_error(
    parent: QWidget | None, kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    details = error_details(kind, error, tb)
    print(details, file=sys.stderr)
    # No dialog without an application, and never a second one from an error inside the first.
    if QApplication.instance() is None or _showing:
        return
    _showing = True
    try:
        CrashDialog(details, parent or QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    """Unexpected errors in slots and event handlers open the dialog instead of passing silently."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected_error(None, kind, error, tb)

    sys.excepthook = hook
