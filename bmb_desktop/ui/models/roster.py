"""The roster table: current and former members from ``services.roster.list_members``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from bmb_desktop.locale.labels import label
from bmb_desktop.services.roster import MemberRow, ROLE_ORDER
from bmb_desktop.ui.formatting import display_date, sort_key

COL_NAME, COL_ROLE, COL_CATEGORY, COL_SEX, COL_AGE, COL_VILLAGE, COL_POSITION = range(7)
COL_BASIS, COL_APPOINTED, COL_TERM_ENDS, COL_STATUS = range(7, 11)
COLUMN_COUNT = 11

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
FORMER_COLOUR = QColor("#6b6b6b")
AnyIndex = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    """One row per membership; labels are looked up at display time so they follow the language."""

    def __init__(self, rows: list[MemberRow] | None = None, *, as_of: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = rows or []
        self.as_of = as_of or date.today()

    def set_rows(self, rows: list[MemberRow], as_of: date) -> None:
        self.beginResetModel()
        self._rows, self.as_of = rows, as_of
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def column_titles(self) -> list[str]:
        return [
            self.tr("Full name"), self.tr("Role"), self.tr("Category"), self.tr("Sex"), self.tr("Age"),
            self.tr("Village"), self.tr("Workplace and post"), self.tr("Basis"), self.tr("Member since"),
            self.tr("Term ends"), self.tr("Status"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(member, column)
        if role == SORT_ROLE:
            return self._sort_value(member, column)
        if role == ACTIVE_ROLE:
            return member.is_active_on(self.as_of)
        if role == ROW_ROLE:
            return member
        if role == Qt.ItemDataRole.ForegroundRole and not member.is_active_on(self.as_of):
            return QBrush(FORMER_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, member: MemberRow, column: int) -> str:
        match column:
            case 0:
                return member.full_name
            case 1:
                return label(member.role)
            case 2:
                return label(member.category)
            case 3:
                return label(member.sex)
            case 4:
                return "" if member.age is None else str(member.age)
            case 5:
                return member.village
            case 6:
                return member.position
            case 7:
                return member.basis
            case 8:
                return display_date(member.appointed_on)
            case 9:
                return display_date(member.term_ends_on)
            case _:
                return self._status(member)

    def _status(self, member: MemberRow) -> str:
        if member.is_active_on(self.as_of):
            return label(member.status)
        reason = label(member.withdrawal_ground)
        if member.withdrawal_note:
            reason = f"{reason}: {member.withdrawal_note}" if reason else member.withdrawal_note
        text = self.tr("left on %1").replace("%1", display_date(member.withdrawn_on))
        return f"{text} ({reason})" if reason else text

    def _sort_value(self, member: MemberRow, column: int) -> object:
        match column:
            case 1:
                return ROLE_ORDER[member.role]
            case 4:
                return -1 if member.age is None else member.age
            case 8:
                return sort_key(member.appointed_on)
            case 9:
                return sort_key(member.term_ends_on)
            case 10:
                return "0" if member.is_active_on(self.as_of) else f"1 {sort_key(member.withdrawn_on)}"
            case _:
                return sort_key(self._text(member, column))


class RosterFilter(QSortFilterProxyModel):
    """Search across names, villages, posts and phones; former members only on request."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search = ""
        self._show_former = True
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_former(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_former = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        member: MemberRow = model.row_at(source_row)
        if not self._show_former and not member.is_active_on(model.as_of):
            return False
        if not self._search:
            return True
        haystack = " ".join((member.full_name, member.village, member.position, member.phone)).casefold()
        return all(word in haystack for word in self._search.split())
