"""The full check of the database on demand, with what it found in plain words and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.services.safety import full_database_check
from bmb_desktop.storage.integrity import IntegrityFinding
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.tasks import TaskRunner


class CheckDialog(QDialog):
    """Starts the check as it opens; "Check again" repeats it."""

    def __init__(self, db_path: Path, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks
        self.findings: list[IntegrityFinding] | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.advice = note_label(self)
        self.buttons = QDialogButtonBox(self)
        self.again_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self.setMinimumSize(620, 380)
        self.again_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.check()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check the database"))
        self.intro.setText(self.tr("The full check reads the whole database file, the links between records, every attached file, the fingerprints of issued acts and the chain of the audit log. It changes nothing."))
        self.again_button.setText(self.tr("Check again"))
        self.close_button.setText(self.tr("Close"))

    def check(self) -> None:
        self.findings = None
        self.progress.show()
        self.list.clear()
        self.list.hide()
        self.advice.hide()
        self.again_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking the database…"))
        db_path = self.db_path
        self.tasks.run(lambda: full_database_check(db_path), on_result=self._checked, on_error=self._failed)

    def _checked(self, findings: list[IntegrityFinding]) -> None:
        self.findings = findings
        self.progress.hide()
        self.again_button.setEnabled(True)
        if not findings:
            self.summary.setStyleSheet(f"color: {SAVED_COLOUR};")
            self.summary.setText(self.tr("The database is whole: every check passed."))
            return
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setText(self.tr("The check found problems: %1.").replace("%1", str(len(findings))))
        self.list.addItems([finding.message for finding in findings])
        self.list.show()
        if any(finding.damaged for finding in findings):
            advice = self.tr("The database file itself is damaged. Make no more changes: restore the newest backup (\"Restore…\" on this tab) and ask your district's specialist to look at the damaged file.")
        else:
            advice = self.tr("The file itself is whole, but the data above do not agree. Keep the backups, make a backup to a USB stick, and show this list to your district's specialist.")
        self.advice.setText(advice)
        self.advice.show()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.again_button.setEnabled(True)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setText(self.tr("The check could not be finished: %1").replace("%1", str(error)))
