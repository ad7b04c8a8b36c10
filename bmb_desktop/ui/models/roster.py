"""The roster table (``services.roster.list_members``), its filters, and the conflict declarations table."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from bmb_desktop.domain.enums import MemberCategory, MemberRole
from bmb_desktop.locale.labels import label
from bmb_desktop.services.roster import MemberRow, ROLE_ORDER
from bmb_desktop.services.roster_editing import DeclarationRow, ReplacementLink
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.rows import SORT_ROLE, AnyIndex, RowsModel

COL_NAME, COL_ROLE, COL_CATEGORY, COL_SEX, COL_AGE, COL_VILLAGE, COL_PHONE, COL_POSITION = range(8)
COL_BASIS, COL_APPOINTED, COL_TERM_ENDS, COL_STATUS = range(8, 12)
COLUMN_COUNT = 12

ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
FORMER_COLOUR = QColor("#6b6b6b")
AWAITING_COLOUR = QColor("#b26a00")


class RosterModel(RowsModel[MemberRow]):
    """One row per membership; labels are looked up at display time so they follow the language."""

    NUMERIC = frozenset({COL_AGE})

    def __init__(self, rows: list[MemberRow] | None = None, *, as_of: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = list(rows or [])
        self._links: dict[int, ReplacementLink] = {}
        self.as_of = as_of or date.today()

    def set_rows(self, rows: list[MemberRow], as_of: date, links: dict[int, ReplacementLink] | None = None) -> None:
        self.beginResetModel()
        self._rows, self.as_of, self._links = list(rows), as_of, links or {}
        self.endResetModel()

    def row_of(self, membership_id: int) -> int:
        """The row of a membership, or -1."""
        return self.row_where(lambda member: member.membership_id == membership_id)

    def link(self, membership_id: int) -> ReplacementLink:
        return self._links.get(membership_id, ReplacementLink())

    def column_titles(self) -> list[str]:
        return [
            self.tr("Full name"), self.tr("Role"), self.tr("Category"), self.tr("Sex"), self.tr("Age"),
            self.tr("Village"), self.tr("Phone"), self.tr("Workplace and post"), self.tr("Basis"),
            self.tr("Member since"), self.tr("Term ends"), self.tr("Status"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == ACTIVE_ROLE:
            return self.row_at(index.row()).is_active_on(self.as_of)
        if index.isValid() and role == ROW_ROLE:
            return self.row_at(index.row())
        return super().data(index, role)

    def foreground(self, member: MemberRow, column: int) -> QColor | None:
        return None if member.is_active_on(self.as_of) else FORMER_COLOUR

    def text(self, member: MemberRow, column: int) -> str:
        texts = {
            COL_NAME: lambda: member.full_name,
            COL_ROLE: lambda: label(member.role),
            COL_CATEGORY: lambda: label(member.category),
            COL_SEX: lambda: label(member.sex),
            COL_AGE: lambda: "" if member.age is None else str(member.age),
            COL_VILLAGE: lambda: member.village,
            COL_PHONE: lambda: member.phone,
            COL_POSITION: lambda: member.position,
            COL_BASIS: lambda: member.basis,
            COL_APPOINTED: lambda: display_date(member.appointed_on),
            COL_TERM_ENDS: lambda: display_date(member.term_ends_on),
        }
        return texts.get(column, lambda: self._status(member))()

    def _status(self, member: MemberRow) -> str:
        link = self.link(member.membership_id)
        if member.is_active_on(self.as_of):
            text = label(member.status)
            return text + "; " + self.tr("in place of %1").replace("%1", link.replaces) if link.replaces else text
        reason = label(member.withdrawal_ground)
        if member.withdrawal_note:
            reason = f"{reason}: {member.withdrawal_note}" if reason else member.withdrawal_note
        text = self.tr("left on %1").replace("%1", display_date(member.withdrawn_on))
        text = f"{text} ({reason})" if reason else text
        return text + "; " + self.tr("replaced by %1").replace("%1", link.replaced_by) if link.replaced_by else text

    def sort_value(self, member: MemberRow, column: int) -> object:
        if column == COL_ROLE:
            return ROLE_ORDER[member.role]
        if column == COL_AGE:
            return -1 if member.age is None else member.age
        if column == COL_APPOINTED:
            return sort_key(member.appointed_on)
        if column == COL_TERM_ENDS:
            return sort_key(member.term_ends_on)
        if column == COL_STATUS:
            return "0" if member.is_active_on(self.as_of) else f"1 {sort_key(member.withdrawn_on)}"
        return sort_key(self.text(member, column))


class StatusFilter(StrEnum):
    ALL = "all"
    CURRENT = "current"
    FORMER = "former"


class RosterFilter(QSortFilterProxyModel):
    """Search across names, villages, posts and phones; by current or former, category and role."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search = ""
        self._status = StatusFilter.ALL
        self._category: MemberCategory | None = None
        self._role: MemberRole | None = None
        self.setSortRole(SORT_ROLE)

    def _change(self, name: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._change("_search", text.strip().casefold())

    def set_status(self, status: StatusFilter | str) -> None:
        self._change("_status", StatusFilter(status))

    def set_show_former(self, show: bool) -> None:
        self.set_status(StatusFilter.ALL if show else StatusFilter.CURRENT)

    def set_category(self, category: MemberCategory | str | None) -> None:
        self._change("_category", MemberCategory(category) if category else None)

    def set_role(self, role: MemberRole | str | None) -> None:
        self._change("_role", MemberRole(role) if role else None)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        member: MemberRow = model.row_at(source_row)
        active = member.is_active_on(model.as_of)
        if (self._status is StatusFilter.CURRENT and not active) or (self._status is StatusFilter.FORMER and active):
            return False
        if (self._category and member.category is not self._category) or (self._role and member.role is not self._role):
            return False
        if not self._search:
            return True
        haystack = " ".join((member.full_name, member.village, member.position, member.phone)).casefold()
        return all(word in haystack for word in self._search.split())


DECL_MEMBER, DECL_CONCERNS, DECL_DECLARED, DECL_DECISION, DECL_SUMMARY = range(5)


class DeclarationsModel(RowsModel[DeclarationRow]):
    """Conflict-of-interest declarations: who, about what, when, and the council chair's decision.

    The last column sums a declaration up in three lines, for a narrow list beside the roster.
    """

    def column_titles(self) -> list[str]:
        return [self.tr("Member"), self.tr("Object or subject"), self.tr("Declared"), self.tr("Decision"),
                self.tr("Declaration")]  # fmt: skip

    def tooltip(self, row: DeclarationRow, column: int) -> str:
        return row.statement if column != DECL_DECISION else (row.decision_note or self._decision(row))

    def foreground(self, row: DeclarationRow, column: int) -> QColor | None:
        return AWAITING_COLOUR if row.decided_on is None and column in (DECL_DECISION, DECL_SUMMARY) else None

    def text(self, row: DeclarationRow, column: int) -> str:
        if column == DECL_MEMBER:
            return row.member
        if column == DECL_CONCERNS:
            return row.concerns
        if column == DECL_DECLARED:
            return display_date(row.declared_on)
        if column == DECL_DECISION:
            return self._decision(row)
        return f"{row.member}, {display_date(row.declared_on)}\n{row.concerns}\n{self._decision(row)}"

    def _decision(self, row: DeclarationRow) -> str:
        if row.decided_on is None:
            return self.tr("awaits the council chair's decision")
        if row.removed:
            return self.tr("removed from this monitoring on %1").replace("%1", display_date(row.decided_on))
        return self.tr("not removed (%1)").replace("%1", display_date(row.decided_on))
