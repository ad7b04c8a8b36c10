"""The roster table with a mark by each member who missed three group meetings in a row (G8).

Such absence is a ground for early withdrawal: the roster shows it by the name and in the status,
and the withdrawal dialog offers it; the secretary and the council decide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from bmb_desktop.domain.meetings import ABSENCES_FOR_WITHDRAWAL
from bmb_desktop.services.meeting_checks import AbsenceRun
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.roster import COL_NAME, COL_STATUS, AnyIndex, RosterModel

ABSENCE_COLOUR = QColor("#b26a00")


class AbsenceMarkedRosterModel(RosterModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._runs: dict[int, AbsenceRun] = {}

    def set_absences(self, runs: dict[int, AbsenceRun]) -> None:
        """The absence runs of ``meeting_checks.absence_runs``; shown from the next ``set_rows``."""
        self._runs = {mid: run for mid, run in runs.items() if run.count >= ABSENCES_FOR_WITHDRAWAL}

    def absence_ground(self, membership_id: int) -> AbsenceRun | None:
        """The run of absences that is a ground for withdrawal, if the member has one."""
        return self._runs.get(membership_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        value = super().data(index, role)
        if not index.isValid() or index.column() not in (COL_NAME, COL_STATUS):
            return value
        run = self._runs.get(self.row_at(index.row()).membership_id)
        if run is None:
            return value
        if index.column() == COL_NAME:
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{value}\n{self._explanation(run)}"
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value}; " + self.tr("missed %1 meetings in a row").replace("%1", str(run.count))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explanation(run)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ABSENCE_COLOUR)
        return value

    def _explanation(self, run: AbsenceRun) -> str:
        text = self.tr("Missed %1 group meetings in a row, the last on %2: a ground for early withdrawal.")
        return text.replace("%1", str(run.count)).replace("%2", display_date(run.last_absent_on))
