"""Tables of the meetings area: the register and its filters, a meeting's attendance, an item's decisions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from bmb_desktop.domain.enums import MeetingKind, MemberRole
from bmb_desktop.locale.labels import label
from bmb_desktop.services.meeting_editing import DecisionRow
from bmb_desktop.services.meeting_register import RegisterRow
from bmb_desktop.services.meeting_summary import Attendee
from bmb_desktop.ui.formatting import display_date, sort_key

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
NO_QUORUM_COLOUR = QColor("#b3261e")
DRAFT_COLOUR = QColor("#b26a00")
PASSES_COLOUR = QColor("#1b6e2d")
MUTED_COLOUR = QColor("#6b6b6b")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)

COL_NUMBER, COL_DATE, COL_KIND, COL_TITLE, COL_PRESENT, COL_QUORUM, COL_STATUS = range(7)


class MeetingsModel(QAbstractTableModel):
    """The register: one row per meeting, the newest first until a column is clicked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.meeting_id == meeting_id), -1)

    def years(self) -> list[int]:
        return sorted({row.year for row in self._rows}, reverse=True)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Protocol No."), self.tr("Date"), self.tr("Kind"), self.tr("Event or place"),
                    self.tr("Present"), self.tr("Quorum"), self.tr("Status"))[section]  # fmt: skip
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
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_QUORUM and row.quorum is False:
                return QBrush(NO_QUORUM_COLOUR)
            if column == COL_STATUS and not row.signed:
                return QBrush(DRAFT_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_PRESENT, COL_QUORUM):
            return CENTRE
        return None

    def _text(self, row: RegisterRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.label
        if column == COL_DATE:
            return display_date(row.held_on)
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_TITLE:
            return row.title
        if column == COL_PRESENT:
            return f"{row.present}/{row.membership}" if row.membership is not None else str(row.present)
        if column == COL_QUORUM:
            return "" if row.quorum is None else self.tr("yes") if row.quorum else self.tr("no")
        return label(row.status)

    def _tooltip(self, row: RegisterRow, column: int) -> str:
        if column == COL_QUORUM and row.quorum is False:
            return self.tr("No quorum: the decisions of this meeting are invalid")
        if column == COL_PRESENT and row.membership is None:
            return self.tr("Members of the group who took part")
        return self._text(row, column)

    def _sort_value(self, row: RegisterRow, column: int) -> object:
        if column == COL_NUMBER:
            return (row.year * 1000 + (row.number or 0)) * 10 + list(MeetingKind).index(row.kind)
        if column == COL_DATE:
            return sort_key(row.held_on)
        if column == COL_PRESENT:
            return row.present
        return sort_key(self._text(row, column))


class MeetingsFilter(QSortFilterProxyModel):
    """The register of one year and one kind, or all of them (None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._year: int | None = None
        self._kind: MeetingKind | None = None
        self.setSortRole(SORT_ROLE)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: MeetingKind | str | None) -> None:
        self.beginFilterChange()
        self._kind = MeetingKind(kind) if kind else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row: RegisterRow = self.sourceModel().row_at(source_row)
        return (self._year is None or row.year == self._year) and (self._kind is None or row.kind is self._kind)


ATT_NAME, ATT_ROLE, ATT_NOTE = range(3)


class AttendanceModel(QAbstractTableModel):
    """Who came: a check box by each member active on the meeting date and the reason of an absence.

    ``marks_changed`` fires on every tick, so the quorum line can follow at once.
    """

    marks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._attendees: list[Attendee] = []
        self._present: dict[int, bool] = {}
        self._notes: dict[int, str] = {}
        self.read_only = False
        self.notes_apply = True  # absences are recorded at group meetings only

    def set_attendees(self, attendees: tuple[Attendee, ...] | list[Attendee], *, keep_marks: bool = False) -> None:
        """Show ``attendees``; with ``keep_marks`` the ticks and notes typed so far stay for those still listed."""
        self.beginResetModel()
        present, notes = self._present, self._notes
        self._attendees = list(attendees)
        self._present = {a.membership_id: bool(a.present) for a in attendees}
        self._notes = {a.membership_id: a.note for a in attendees}
        if keep_marks:
            for membership_id in self._present:
                self._present[membership_id] = present.get(membership_id, False)
                self._notes[membership_id] = notes.get(membership_id, "")
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        self.beginResetModel()
        self.read_only = read_only
        self.endResetModel()

    def attendee_at(self, row: int) -> Attendee:
        return self._attendees[row]

    def row_of(self, membership_id: int) -> int:
        return next((i for i, a in enumerate(self._attendees) if a.membership_id == membership_id), -1)

    def membership(self) -> int:
        return len(self._attendees)

    def present_ids(self) -> set[int]:
        return {membership_id for membership_id, present in self._present.items() if present}

    def notes(self) -> dict[int, str]:
        """Reasons typed for the members marked absent."""
        return {mid: note for mid, note in self._notes.items() if note.strip() and not self._present.get(mid)}

    def set_present(self, membership_id: int, present: bool) -> None:
        row = self.row_of(membership_id)
        if row >= 0:
            self.setData(self.index(row, ATT_NAME), Qt.CheckState.Checked if present else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)  # fmt: skip

    def set_all(self, present: bool) -> None:
        self.beginResetModel()
        self._present = {membership_id: present for membership_id in self._present}
        self.endResetModel()
        self.marks_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._attendees)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Member present"), self.tr("Role and category"), self.tr("Reason of absence"))[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == ATT_NAME:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == ATT_NOTE and self.notes_apply and not self._present.get(self._attendees[index.row()].membership_id):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attendee, column = self._attendees[index.row()], index.column()
        present = self._present.get(attendee.membership_id, False)
        if role == Qt.ItemDataRole.CheckStateRole and column == ATT_NAME:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == ATT_NAME:
                return attendee.full_name if role == Qt.ItemDataRole.ToolTipRole else attendee.name
            if column == ATT_ROLE:
                role_text = "" if attendee.role is MemberRole.MEMBER else label(attendee.role) + ", "
                return role_text + label(attendee.category)
            return "" if present else self._notes.get(attendee.membership_id, "")
        if role == Qt.ItemDataRole.ForegroundRole and not present and column != ATT_NOTE:
            return QBrush(MUTED_COLOUR)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        membership_id = self._attendees[index.row()].membership_id
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == ATT_NAME:
            self._present[membership_id] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
            self.marks_changed.emit()
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == ATT_NOTE:
            self._notes[membership_id] = str(value)
            self.dataChanged.emit(index, index)
            self.marks_changed.emit()
            return True
        return False


DEC_TEXT, DEC_VOTES, DEC_RECUSED, DEC_RESULT = range(4)


class DecisionsModel(QAbstractTableModel):
    """The decisions of one agenda item with their vote (for – against – abstained) and outcome."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DecisionRow] = []

    def set_rows(self, rows: tuple[DecisionRow, ...] | list[DecisionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DecisionRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Decision"), self.tr("For – against – abstained"), self.tr("Did not vote"),
                    self.tr("Result"))[section]  # fmt: skip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.problems.values()) if column == DEC_RESULT and row.problems else self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == DEC_RESULT:
            return QBrush(PASSES_COLOUR if row.passes and row.valid and not row.problems else NO_QUORUM_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DEC_VOTES:
            return CENTRE
        return None

    def _text(self, row: DecisionRow, column: int) -> str:
        if column == DEC_TEXT:
            return " ".join(row.text.split())
        if column == DEC_VOTES:
            return f"{row.vote.votes_for} – {row.vote.against} – {row.vote.abstained}"
        if column == DEC_RECUSED:
            return ", ".join(row.recused_names)
        if row.problems:
            return next(iter(row.problems.values()))
        if not row.valid:
            return self.tr("invalid: no quorum")
        return self.tr("adopted") if row.passes else self.tr("not adopted")
