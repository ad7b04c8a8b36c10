"""Tables of the meetings area: the register and its filters, a meeting's attendance, an item's decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from bmb_desktop.domain.enums import MeetingKind, MemberRole
from bmb_desktop.locale.labels import label
from bmb_desktop.services.meeting_editing import DecisionRow
from bmb_desktop.services.meeting_register import RegisterRow
from bmb_desktop.services.meeting_summary import Attendee
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.register_filter import RegisterFilter
from bmb_desktop.ui.models.rows import AnyIndex, RowsModel

NO_QUORUM_COLOUR = QColor("#b3261e")
DRAFT_COLOUR = QColor("#b26a00")
PASSES_COLOUR = QColor("#1b6e2d")
MUTED_COLOUR = QColor("#6b6b6b")

COL_NUMBER, COL_DATE, COL_KIND, COL_TITLE, COL_PRESENT, COL_QUORUM, COL_STATUS = range(7)


class MeetingsModel(RowsModel[RegisterRow]):
    """The register: one row per meeting, the newest first until a column is clicked."""

    CENTRED = frozenset({COL_NUMBER, COL_PRESENT, COL_QUORUM})

    def row_of(self, meeting_id: int) -> int:
        return self.row_where(lambda row: row.meeting_id == meeting_id)

    def column_titles(self) -> list[str]:
        return [self.tr("Protocol No."), self.tr("Date"), self.tr("Kind"), self.tr("Event or place"),
                self.tr("Present"), self.tr("Quorum"), self.tr("Status")]  # fmt: skip

    def text(self, row: RegisterRow, column: int) -> str:
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

    def tooltip(self, row: RegisterRow, column: int) -> str:
        if column == COL_QUORUM and row.quorum is False:
            return self.tr("No quorum: the decisions of this meeting are invalid")
        if column == COL_PRESENT and row.membership is None:
            return self.tr("Members of the group who took part")
        return ""

    def foreground(self, row: RegisterRow, column: int) -> QColor | None:
        if column == COL_QUORUM and row.quorum is False:
            return NO_QUORUM_COLOUR
        if column == COL_STATUS and not row.signed:
            return DRAFT_COLOUR
        return None

    def sort_value(self, row: RegisterRow, column: int) -> object:
        if column == COL_NUMBER:
            return (row.year * 1000 + (row.number or 0)) * 10 + list(MeetingKind).index(row.kind)
        if column == COL_DATE:
            return sort_key(row.held_on)
        if column == COL_PRESENT:
            return row.present
        return sort_key(self.text(row, column))


class MeetingsFilter(RegisterFilter):
    """The register of one year and one kind, or all of them (None)."""

    FIELD, CHOICES = "kind", MeetingKind


ATT_NAME, ATT_ROLE, ATT_NOTE = range(3)


class AttendanceModel(RowsModel[Attendee]):
    """Who came: a check box by each member active on the meeting date and the reason of an absence.

    ``marks_changed`` fires on every tick, so the quorum line can follow at once.
    """

    marks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._present: dict[int, bool] = {}
        self._notes: dict[int, str] = {}
        self.read_only = False
        self.notes_apply = True  # absences are recorded at group meetings only

    def set_attendees(self, attendees: tuple[Attendee, ...] | list[Attendee], *, keep_marks: bool = False) -> None:
        """Show ``attendees``; with ``keep_marks`` the ticks and notes typed so far stay for those still listed."""
        self.beginResetModel()
        present, notes = self._present, self._notes
        self._rows = list(attendees)
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
        return self.row_at(row)

    def row_of(self, membership_id: int) -> int:
        return self.row_where(lambda attendee: attendee.membership_id == membership_id)

    def membership(self) -> int:
        return self.rowCount()

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

    def column_titles(self) -> list[str]:
        return [self.tr("Member present"), self.tr("Role and category"), self.tr("Reason of absence")]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == ATT_NAME:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == ATT_NOTE and self.notes_apply and not self._is_present(self.row_at(index.row())):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and index.column() == ATT_NAME:
            return Qt.CheckState.Checked if self._is_present(self.row_at(index.row())) else Qt.CheckState.Unchecked
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            return self.text(self.row_at(index.row()), index.column())
        return super().data(index, role)

    def text(self, attendee: Attendee, column: int) -> str:
        if column == ATT_NAME:
            return attendee.name
        if column == ATT_ROLE:
            role_text = "" if attendee.role is MemberRole.MEMBER else label(attendee.role) + ", "
            return role_text + label(attendee.category)
        return "" if self._is_present(attendee) else self._notes.get(attendee.membership_id, "")

    def tooltip(self, attendee: Attendee, column: int) -> str:
        return attendee.full_name if column == ATT_NAME else ""

    def foreground(self, attendee: Attendee, column: int) -> QColor | None:
        return MUTED_COLOUR if not self._is_present(attendee) and column != ATT_NOTE else None

    def _is_present(self, attendee: Attendee) -> bool:
        return self._present.get(attendee.membership_id, False)

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        membership_id = self.row_at(index.row()).membership_id
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


class DecisionsModel(RowsModel[DecisionRow]):
    """The decisions of one agenda item with their vote (for – against – abstained) and outcome."""

    CENTRED = frozenset({DEC_VOTES})

    def column_titles(self) -> list[str]:
        return [self.tr("Decision"), self.tr("For – against – abstained"), self.tr("Did not vote"),
                self.tr("Result")]  # fmt: skip

    def text(self, row: DecisionRow, column: int) -> str:
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

    def tooltip(self, row: DecisionRow, column: int) -> str:
        return "\n".join(row.problems.values()) if column == DEC_RESULT and row.problems else ""

    def foreground(self, row: DecisionRow, column: int) -> QColor | None:
        if column != DEC_RESULT:
            return None
        return PASSES_COLOUR if row.passes and row.valid and not row.problems else NO_QUORUM_COLOUR
