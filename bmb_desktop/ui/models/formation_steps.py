"""The steps of one formation as a table: deadline, when done, the document, and the status."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.services.formation_status import StepRow, StepStatus
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.rows import RowsModel

COL_STEP, COL_DUE, COL_DONE, COL_DOCUMENT, COL_STATUS = range(5)
STATUS_COLOURS = {
    StepStatus.DONE_ON_TIME: QColor("#1b6e2d"), StepStatus.DONE: QColor("#1b6e2d"),
    StepStatus.LATE: QColor("#b3261e"), StepStatus.OVERDUE: QColor("#b3261e"), StepStatus.SKIPPED: QColor("#b3261e"),
    StepStatus.NOT_APPLICABLE: QColor("#6b6b6b"),
}


class FormationStepsModel(RowsModel[StepRow]):
    def row_of(self, step_id: int) -> int:
        return self.row_where(lambda row: row.step_id == step_id)

    def retranslate(self) -> None:
        self.refresh_texts()

    def column_titles(self) -> list[str]:
        return [self.tr("Step"), self.tr("Legal deadline"), self.tr("Done on"), self.tr("Document"), self.tr("Status")]

    def text(self, row: StepRow, column: int) -> str:
        if column == COL_STEP:
            return row.title[:1].upper() + row.title[1:]
        if column == COL_DUE:
            return display_date(row.due_on) if row.due_on else "—"
        if column == COL_DONE:
            return display_date(row.done_on)
        if column == COL_DOCUMENT:
            return row.document
        return self.status_text(row)

    def tooltip(self, row: StepRow, column: int) -> str:
        return document_date(row.due_on, current_language()) if column == COL_DUE and row.due_on else ""

    def foreground(self, row: StepRow, column: int) -> QColor | None:
        return STATUS_COLOURS.get(row.status) if column == COL_STATUS else None

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
