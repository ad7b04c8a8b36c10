"""Checking a printed act against the database: a PDF file as printed, or the verification code read from
paper (``services.act_verify``). A match names the act and offers to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.services.act_verify import Verification, verify_code, verify_pdf
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.retranslating import Retranslating

MATCH_COLOUR = "#1b6e2d"


class VerifyDialog(Retranslating, QDialog):
    open_act = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: Verification | None = None
        self.note = note_label(self)
        self.file_button = QPushButton(self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(80)
        self.check_button = QPushButton(self)
        self.code_label = QLabel(self)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.open_button, self.close_button = QPushButton(self), QPushButton(self)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(self.file_button)
        form.addRow(self.code_label, code_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        layout.addLayout(buttons)
        self.file_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check_code)
        self.code.returnPressed.connect(self.check_code)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.reject)
        self.open_button.setEnabled(False)
        self.setMinimumWidth(600)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a printed act"))
        self.note.setText(self.tr(
            "A printed act carries its verification code at the foot of every page. Choose the PDF file as it was "
            "printed, or type the code from the paper to compare the paper with the act in the database."
        ))
        self.file_button.setText(self.tr("Check a PDF file…"))
        self.code_label.setText(self.tr("Code from the paper:"))
        self.code.setPlaceholderText("3F2A-91C0-7B4E")
        self.check_button.setText(self.tr("Check"))
        self.open_button.setText(self.tr("Open the act"))
        self.close_button.setText(self.tr("Close"))

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Check a printed act"), folder, self.tr("PDF documents (*.pdf)"))
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> Verification:
        try:
            data = path.read_bytes()
        except OSError as error:
            return self._show(Verification(False, self.tr("The file could not be read: %1").replace("%1", error.strerror or str(error))))
        with self.context.database.session() as session:
            return self._show(verify_pdf(session, self.context.municipality_id, data))

    def check_code(self) -> Verification | None:
        if not self.code.text().strip():
            return None
        with self.context.database.session() as session:
            return self._show(verify_code(session, self.context.municipality_id, self.code.text()))

    def _show(self, result: Verification) -> Verification:
        self.result = result
        mark = "✔ " if result.matches else "✘ "
        self.answer.setText(mark + result.message)
        self.answer.setStyleSheet(f"color: {MATCH_COLOUR if result.matches else ERROR_COLOUR}; font-weight: bold;")
        self.open_button.setEnabled(result.act_id is not None)
        return result

    def _open(self) -> None:
        if self.result is not None and self.result.act_id is not None:
            self.open_act.emit(self.result.act_id)
            self.accept()
