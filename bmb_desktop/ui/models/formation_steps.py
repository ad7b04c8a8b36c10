"""The steps of one formation as a table: deadline, when done, the document, and the status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.services.formation_status import StepRow, StepStatus
from bmb_desktop.ui.formatting import display_date

COL_STEP, COL_DUE, COL_DONE, COL_DOCUMENT, COL_STATUS = range(5)
COLUMNS = 5
STATUS_COLOURS = {
    StepStatus.DONE_ON_TIME: QColor("#1b6e2d"), StepStatus.DONE: QColor("#1b6e2d"),
    StepStatus.LATE: QColor("#b3261e"), StepStatus.OVERDUE: QColor("#b3261e"), StepStatus.SKIPPED: QColor("#b3261e"),
    StepStatus.NOT_APPLICABLE: QColor("#6b6b6b"),
}
AnyIndex = QModelIndex | QPersistentModelIndex


class FormationStepsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StepRow] = []

    def set_rows(self, rows: list[StepRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, step_id: int) -> int:
        return next((index for index, row in enumerate(self.rows) if row.step_id == step_id), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Step"), self.tr("Legal deadline"), self.tr("Done on"), self.tr("Document"), self.tr("Status"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DUE and row.due_on:
                return document_date(row.due_on, current_language())
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return STATUS_COLOURS.get(row.status)
        return None

    def _text(self, row: StepRow, column: int) -> str:
        if column == COL_STEP:
            return row.title[:1].upper() + row.title[1:]
        if column == COL_DUE:
            return display_date(row.due_on) if row.due_on else "—"
        if column == COL_DONE:
            return display_date(row.done_on)
        if column == COL_DOCUMENT:
            return row.document
        return self.status_text(row)

    def status_text(self, row: StepRow) -> str:
        days = str(row.late_by)
        texts = {
            StepStatus.DONE_ON_TIME: self.tr("done on time"),
            StepStatus.DONE: self.tr("done"),
            StepStatus.LATE: self.tr("done late by %1 working days").replace("%1", days),
            StepStatus.OVERDUE: self.tr("overdue by %1 working days").replace("%1", days),
            StepStatus.SKIPPED: self.tr("not done, though later steps are"),
            StepStatus.NOT_APPLICABLE: self.tr("not applicable"),
        }
        if row.status in texts:
            return texts[row.status]
        if row.days_left is None:
            return self.tr("pending")
        if row.days_left == 0:
            return self.tr("pending, due today")
        return self.tr("pending, %1 working days left").replace("%1", str(row.days_left))
