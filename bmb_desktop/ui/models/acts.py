"""Tables of the acts area: the act register with its filters, the letters, and the words and colours
of a deadline's state that the register, the editor and the home screen share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_register import ActRow, LetterRow
from bmb_desktop.ui.formatting import display_date, sort_key

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CENTRE = int(Qt.AlignmentFlag.AlignCenter)

DEADLINE_COLOURS = {
    DeadlineState.OVERDUE: "#b3261e",
    DeadlineState.DUE_THIS_WEEK: "#b26a00",
    DeadlineState.UPCOMING: "#2b5d8a",
    DeadlineState.ANSWERED_LATE: "#6b4e16",
    DeadlineState.ANSWERED_ON_TIME: "#1b6e2d",
}
DEADLINE_TEXTS = {
    DeadlineState.OVERDUE: QT_TRANSLATE_NOOP("Deadlines", "overdue"),
    DeadlineState.DUE_THIS_WEEK: QT_TRANSLATE_NOOP("Deadlines", "due this week"),
    DeadlineState.UPCOMING: QT_TRANSLATE_NOOP("Deadlines", "awaited"),
    DeadlineState.ANSWERED_LATE: QT_TRANSLATE_NOOP("Deadlines", "answered late"),
    DeadlineState.ANSWERED_ON_TIME: QT_TRANSLATE_NOOP("Deadlines", "answered on time"),
}
DRAFT_COLOUR = QColor("#b26a00")
MUTED_COLOUR = QColor("#6b6b6b")


def deadline_text(state: DeadlineState | None, due_on: date | None = None) -> str:
    """"overdue (29.09.2026)"; empty when nothing is awaited."""
    if state is None:
        return ""
    text = QCoreApplication.translate("Deadlines", DEADLINE_TEXTS[state])
    if due_on is not None and state in (DeadlineState.OVERDUE, DeadlineState.DUE_THIS_WEEK, DeadlineState.UPCOMING):
        text += " " + QCoreApplication.translate("Deadlines", "(due %1)").replace("%1", display_date(due_on))
    return text


COL_NUMBER, COL_DATE, COL_STATUS, COL_OBJECT, COL_SUBJECT, COL_RECOMMENDATIONS, COL_DEADLINE = range(7)


class ActsModel(QAbstractTableModel):
    """The register: drafts first, then the newest acts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ActRow] = []

    def set_rows(self, rows: list[ActRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ActRow:
        return self._rows[row]

    def row_of(self, act_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.act_id == act_id), -1)

    def years(self) -> list[int]:
        return sorted({row.year for row in self._rows}, reverse=True)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Act No."), self.tr("Date"), self.tr("Status"), self.tr("Object"), self.tr("Subject"),
                    self.tr("Recommendations"), self.tr("Answers"))[section]  # fmt: skip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            number = f"{row.year:04d}{int(row.number.split('/')[0]):05d}" if row.number else ""
            values = (number, row.issued_on, label(row.status), row.object_name, row.subject, row.recommendations,
                      row.due_on)  # fmt: skip
            return sort_key(values[column])
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DEADLINE and row.deadline is not None:
                return QBrush(QColor(DEADLINE_COLOURS[row.deadline]))
            if column == COL_STATUS and row.status is ActStatus.DRAFT:
                return QBrush(DRAFT_COLOUR)
            if row.status is ActStatus.SUPERSEDED:
                return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_RECOMMENDATIONS):
            return CENTRE
        return None

    def _text(self, row: ActRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or "—"
        if column == COL_DATE:
            return display_date(row.issued_on)
        if column == COL_STATUS:
            if row.superseded_by:
                return self.tr("superseded by act %1").replace("%1", row.superseded_by)
            return label(row.status)
        if column == COL_OBJECT:
            return row.object_name
        if column == COL_SUBJECT:
            return " ".join(row.subject.split())
        if column == COL_RECOMMENDATIONS:
            if not row.recommendations:
                return "0"
            return self.tr("%1 (open %2)").replace("%1", str(row.recommendations)).replace("%2", str(row.open_recommendations))
        return deadline_text(row.deadline, row.due_on)

    def _tooltip(self, row: ActRow, column: int) -> str:
        if column == COL_STATUS and row.supersedes:
            return self.tr("Corrects act %1").replace("%1", row.supersedes)
        if column in (COL_OBJECT, COL_SUBJECT):
            return self._text(row, column)
        return ""


class ActsFilter(QSortFilterProxyModel):
    """Filters by year, by status, and to the acts whose answers are overdue or due this week."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._year: int | None = None
        self._status: ActStatus | None = None
        self._pressing = False

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: ActStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pressing(self, pressing: bool) -> None:
        self.beginFilterChange()
        self._pressing = pressing
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row = self.sourceModel().row_at(source_row)
        if self._year is not None and row.year != self._year:
            return False
        if self._status is not None and row.status != self._status:
            return False
        return not self._pressing or row.deadline in (DeadlineState.OVERDUE, DeadlineState.DUE_THIS_WEEK)


L_NUMBER, L_DATE, L_KIND, L_ADDRESSEE, L_SUBJECT, L_RECEIVED, L_ANSWER = range(7)


class LettersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LetterRow] = []

    def set_rows(self, rows: list[LetterRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> LetterRow:
        return self._rows[row]

    def row_of(self, letter_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.letter_id == letter_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Date"), self.tr("Kind"), self.tr("To"), self.tr("Subject"),
                    self.tr("Received"), self.tr("Answer"))[section]  # fmt: skip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            values = (row.sent_on, row.sent_on, label(row.kind), row.addressee, row.subject, row.received_on, row.due_on)
            return sort_key(values[column])
        if role == Qt.ItemDataRole.ForegroundRole and column == L_ANSWER and row.deadline is not None:
            return QBrush(QColor(DEADLINE_COLOURS[row.deadline]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == L_NUMBER:
            return CENTRE
        return None

    def _text(self, row: LetterRow, column: int) -> str:
        if column == L_ANSWER:
            if row.deadline is None:
                return display_date(row.answered_on)
            text = deadline_text(row.deadline, row.due_on)
            return f"{text}: {display_date(row.answered_on)}" if row.answered_on else text
        return (row.number, display_date(row.sent_on), label(row.kind), row.addressee, row.subject,
                display_date(row.received_on))[column]  # fmt: skip
