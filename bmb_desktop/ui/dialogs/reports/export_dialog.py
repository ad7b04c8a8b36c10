"""Export for the council: one period's folder written to a USB stick or another folder.

The writing itself (``services.export.export_period``) runs off the GUI thread with its own
session; its steps come back through ``step_reported``, a signal of this dialog, which lives on
the GUI thread, so the worker never touches a widget. Cancel is asked between steps through a
threading.Event; the core then removes whatever it wrote.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.services.export import CHECKSUMS, ExportCancelled, ExportResult, export_folder_name, export_period
from bmb_desktop.services.report_documents import period_title
from bmb_desktop.storage.models import Municipality
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import SAVED_COLOUR, show_error
from bmb_desktop.ui.pages.base import heading_label, note_label
from bmb_desktop.ui.translation import LANGUAGE_NAMES
from bmb_desktop.ui.widgets.drive_chooser import DriveChooser
from bmb_desktop.ui.retranslating import Retranslating


class ExportDialog(Retranslating, QDialog):
    step_reported = Signal(int, int, str)  # done, total, what: emitted by the worker, shown here

    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.period = context, period
        self.result_folder: Path | None = None
        self.written: ExportResult | None = None
        self._cancel = threading.Event()
        self._busy = self._close_when_cancelled = False
        self._target: Path | None = None
        self._status: Callable[[], str] = lambda: ""
        with context.database.session() as session:
            self.folder_name = export_folder_name(session.get(Municipality, context.municipality_id).name, period)
        self.heading = heading_label(self)
        self.contents = note_label(self)
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.where = QLabel(self)
        self.drives_row = DriveChooser(self)
        self.progress = QProgressBar(self)
        self.step = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.contents, self.where):
            layout.addWidget(widget)
        layout.addWidget(self.drives_row, 1)
        for widget in (self.progress, self.step, self.status, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(640)
        self.step_reported.connect(self._show_step)  # queued from the worker, direct when synchronous
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        self.open_button.hide()
        self._set_busy(False)
        self.retranslate_ui()
        self.resize(self.minimumWidth(), 0)
        self._fit()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export for the council"))
        self.heading.setText(self.tr("Export for the council: %1").replace("%1", period_title(self.period, current_language())))
        items = (
            self.tr("the summary report (PDF);"), self.tr("its tables as a spreadsheet (XLSX);"),
            self.tr("the draft council resolution on hearing the report (PDF);"),
            self.tr("every act issued in the period (PDF), in the folder \"acts\";"),
            self.tr("the data bundle for the district (one file);"),
            self.tr("%1: the checksums of every file.").replace("%1", CHECKSUMS),
        )  # fmt: skip
        language = LANGUAGE_NAMES.get(self.context.settings.document_language, "")
        self.contents.setText(
            self.tr("The folder %1 will be written to the chosen drive. It holds:").replace("%1", f"<b>{escape(self.folder_name)}</b>")
            + "<ul style=\"margin: 0px;\">" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
            + escape(self.tr("Language of the documents: %1. An earlier export of this period on the drive is replaced only once the new one is written and checked.").replace("%1", language))
        )  # fmt: skip
        self.where.setText(self.tr("Where to write it: a USB stick or another folder."))
        self.drives_row.folder_title = self.tr("Choose the folder for the export")
        self.open_button.setText(self.tr("Open the folder"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel the export"))
        self.close_button.setText(self.tr("Close"))
        self.status.setText(self._status())
        self.status.setHidden(not self.status.text())
        self._fit()

    def export(self) -> None:
        target = self.drives_row.checked_target()
        if target is None or self._busy:
            return
        self._target, self._close_when_cancelled = target, False
        self._cancel.clear()
        self.open_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.step.clear()
        self._set_busy(True)
        self._set_status(lambda: self.tr("Writing the export to %1… Do not remove the stick.").replace("%1", str(target)), "")
        database, municipality_id, period = self.context.database, self.context.municipality_id, self.period
        today, language = self.context.today(), self.context.settings.document_language
        report, cancelled = self.step_reported.emit, self._cancel.is_set

        def work() -> ExportResult:
            with database.session() as session:
                return export_period(
                    session, municipality_id, period, target, today=today, language=language,
                    progress=report, cancelled=cancelled,
                )  # fmt: skip

        self.context.tasks.run(work, on_result=self._written, on_error=self._failed)

    def cancel(self) -> None:
        """Ask the worker to stop at the next step; it removes what it wrote."""
        if self._busy:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self._set_status(lambda: self.tr("Cancelling: removing what was written…"), "")

    def _show_step(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.step.setText(what)

    def _written(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.written, self.result_folder = result, result.folder
        self.open_button.show()
        on_stick = self.drives_row.target_is_drive()

        def text() -> str:
            done = self.tr("The export is written and checked: %1\nFiles: %2, size: %3 MB.")
            for number, value in enumerate((result.folder, len(result.files), QLocale().toString(result.size / 1e6, "f", 1)), start=1):
                done = done.replace(f"%{number}", str(value))
            return done + (" " + self.tr("You can remove the stick now.") if on_stick else "")

        self._set_status(text, SAVED_COLOUR)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        cancelled = isinstance(error, ExportCancelled)
        if isinstance(error, UserError) and not cancelled:  # about the drive: said just below its list
            gone = self._target is not None and not self._target.is_dir()
            self.drives_row.set_message(self.tr(
                "The stick was removed while the export was being written. Nothing on it looks complete and the database"
                " was not changed: insert it again and export once more.") if gone else str(error))  # fmt: skip
        self._set_status((lambda: str(error)) if cancelled else (lambda: ""), "")
        if cancelled and self._close_when_cancelled:
            super().reject()
        elif not isinstance(error, UserError):
            show_error(self, error)

    def open_folder(self) -> None:
        if self.result_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_folder)))

    def reject(self) -> None:
        if not self._busy:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("The export is still being written. Stop it? What was written so far will be removed."), parent=self)
        stop = box.addButton(self.tr("Stop the export"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Go on writing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is stop and self._busy:  # it may have finished meanwhile: then it stays shown
            self._close_when_cancelled = True
            self.cancel()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.step.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.drives_row, self.export_button):
            widget.setEnabled(not busy)
        if busy:
            self.drives_row.set_message("")

    def _set_status(self, text: Callable[[], str], colour: str) -> None:
        self._status = text
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.retranslate_ui()

    def _fit(self) -> None:
        """Grow to show every line: wrapped texts would rather be cut than ask for more height."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
