"""The plan screen's tables: the items of a version with their progress, the versions, the proposals,
and the register of monitored objects."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from bmb_desktop.domain.enums import ActStatus, PlanItemStatus
from bmb_desktop.locale.labels import label
from bmb_desktop.services.objects import ObjectRow
from bmb_desktop.services.plan import VersionRow
from bmb_desktop.services.plan_progress import ItemProgress
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.rows import GOOD_COLOUR, QUIET_COLOUR, WARNING_BACKGROUND, WARNING_COLOUR, RowsModel

COL_POSITION, COL_OBJECT, COL_SUBJECT, COL_TIMING, COL_RESPONSIBLE, COL_STATUS, COL_PROGRESS, COL_FLAG = range(8)


class ItemsModel(RowsModel[ItemProgress]):
    """One row per item: what it plans, what was done for it, and whether it needs attention."""

    NUMERIC = frozenset({COL_POSITION})

    def column_titles(self) -> list[str]:
        return [
            self.tr("No."), self.tr("Object"), self.tr("Subject"), self.tr("Timing"), self.tr("Responsible"),
            self.tr("Status"), self.tr("Done so far"), self.tr("Attention"),
        ]

    def row_of(self, item_id: int) -> int:
        return self.row_where(lambda row: row.item_id == item_id)

    def text(self, row: ItemProgress, column: int) -> str:
        if column == COL_POSITION:
            return str(row.position)
        if column == COL_OBJECT:
            return row.object_name
        if column == COL_SUBJECT:
            return row.subject
        if column == COL_TIMING:
            return row.timing
        if column == COL_RESPONSIBLE:
            return ", ".join(row.responsible_names)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_PROGRESS:
            return self.progress_text(row)
        return self.flag_text(row)

    def progress_text(self, row: ItemProgress) -> str:
        parts = []
        if row.acts:
            acts = ", ".join(act.label or label(act.status) for act in row.acts)
            parts.append(self.tr("acts: %1").replace("%1", acts))
        if row.meetings:
            parts.append(self.tr("meetings: %1").replace("%1", str(len(row.meetings))))
        if row.letters:
            parts.append(self.tr("letters: %1").replace("%1", str(len(row.letters))))
        return "\n".join(parts) if parts else self.tr("nothing yet")

    def flag_text(self, row: ItemProgress) -> str:
        parts = []
        if row.overdue:
            parts.append(self.tr("⚠ overdue since %1, no act").replace("%1", display_date(row.due_on)))
        if row.problems:
            parts.append("⚠ " + "; ".join(row.problems))
        return "  ".join(parts)

    def tooltip(self, row: ItemProgress, column: int) -> str:
        if column == COL_PROGRESS:
            return self._progress_details(row)
        if column == COL_STATUS and row.status is PlanItemStatus.CANCELLED and row.cancel_reason:
            return f"{label(row.status)}: {row.cancel_reason}"
        return ""

    def _progress_details(self, row: ItemProgress) -> str:
        lines = []
        for act in row.acts:
            text = self.tr("Act %1").replace("%1", act.label or "—") + f" ({label(act.status)})"
            lines.append(text + (f", {display_date(act.issued_on)}" if act.issued_on else ""))
        for meeting in row.meetings:
            number = f" {meeting.label}" if meeting.label else ""
            lines.append(f"{label(meeting.kind)}{number}, {display_date(meeting.held_on)}: {meeting.title}")
        for letter in row.letters:
            sent = display_date(letter.sent_on) if letter.sent_on else self.tr("not sent yet")
            lines.append(f"{label(letter.kind)} № {letter.number}, {sent}")
        return "\n".join(lines) or self.tr("No meeting, act or letter is linked to this item yet.")

    def foreground(self, row: ItemProgress, column: int) -> QColor | None:
        if column == COL_FLAG:
            return WARNING_COLOUR
        if row.status is PlanItemStatus.CANCELLED:
            return QUIET_COLOUR
        if column == COL_STATUS and row.status is PlanItemStatus.DONE:
            return GOOD_COLOUR
        if column == COL_PROGRESS and any(act.status is ActStatus.ISSUED for act in row.acts):
            return GOOD_COLOUR
        return None

    def background(self, row: ItemProgress, column: int) -> QColor | None:
        return WARNING_BACKGROUND if row.overdue else None

    def sort_value(self, row: ItemProgress, column: int) -> object:
        if column == COL_POSITION:
            return row.position
        if column == COL_TIMING:
            return row.due_on.isoformat()
        return sort_key(self.text(row, column))


COL_V_NUMBER, COL_V_STATUS, COL_V_DISCUSSED, COL_V_SUBMITTED, COL_V_RESOLUTION, COL_V_REASON = range(6)


class VersionsModel(RowsModel[VersionRow]):
    """The plan's versions, oldest first: the original and each amendment with its resolution."""

    NUMERIC = frozenset({COL_V_NUMBER})

    def column_titles(self) -> list[str]:
        return [
            self.tr("Version"), self.tr("Status"), self.tr("Discussed with the aiyl okmotu"),
            self.tr("Submitted to the council"), self.tr("Council resolution"), self.tr("Reason for the amendment"),
        ]

    def text(self, row: VersionRow, column: int) -> str:
        if column == COL_V_NUMBER:
            return str(row.number)
        if column == COL_V_STATUS:
            return label(row.status) + (" — " + self.tr("in force") if row.in_force else "")
        if column == COL_V_DISCUSSED:
            return display_date(row.discussed_on)
        if column == COL_V_SUBMITTED:
            return display_date(row.submitted_on)
        if column == COL_V_RESOLUTION:
            if not row.resolution_number:
                return ""
            return self.tr("No. %1 of %2").replace("%1", row.resolution_number).replace("%2", display_date(row.adopted_on))
        return row.amendment_reason

    def foreground(self, row: VersionRow, column: int) -> QColor | None:
        return GOOD_COLOUR if row.in_force and column == COL_V_STATUS else None

    def sort_value(self, row: VersionRow, column: int) -> object:
        return row.number if column == COL_V_NUMBER else super().sort_value(row, column)


@dataclass(frozen=True)
class ProposalRow:
    """A proposal of the aiyl okmotu on a version and the group's answer (P1)."""

    proposal_id: int
    position: int
    text: str
    accepted: bool | None
    answer: str


COL_P_POSITION, COL_P_TEXT, COL_P_DECISION, COL_P_ANSWER = range(4)


class ProposalsModel(RowsModel[ProposalRow]):
    NUMERIC = frozenset({COL_P_POSITION})

    def column_titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Proposal of the aiyl okmotu"), self.tr("Group's decision"), self.tr("Answer")]

    def text(self, row: ProposalRow, column: int) -> str:
        if column == COL_P_POSITION:
            return str(row.position)
        if column == COL_P_TEXT:
            return row.text
        if column == COL_P_DECISION:
            return self.decision_text(row.accepted)
        return row.answer

    def decision_text(self, accepted: bool | None) -> str:
        if accepted is None:
            return self.tr("not answered yet")
        return self.tr("accepted") if accepted else self.tr("declined")

    def foreground(self, row: ProposalRow, column: int) -> QColor | None:
        if column != COL_P_DECISION:
            return None
        return WARNING_COLOUR if row.accepted is None else (GOOD_COLOUR if row.accepted else None)


COL_O_NAME, COL_O_KIND, COL_O_HEAD, COL_O_CONTACT, COL_O_PHONE, COL_O_ADDRESS, COL_O_ITEMS, COL_O_ACTS = range(8)


class ObjectsModel(RowsModel[ObjectRow]):
    """The register of monitored objects (P4) with how often the plan and the acts name each."""

    NUMERIC = frozenset({COL_O_ITEMS, COL_O_ACTS})

    def column_titles(self) -> list[str]:
        return [
            self.tr("Object"), self.tr("Kind"), self.tr("Head"), self.tr("Contact person"), self.tr("Phone"),
            self.tr("Address"), self.tr("Plan items"), self.tr("Acts"),
        ]

    def row_of(self, object_id: int) -> int:
        return self.row_where(lambda row: row.object_id == object_id)

    def text(self, row: ObjectRow, column: int) -> str:
        values = (
            row.name, label(row.kind), row.head_name, row.contact_person, row.phone, row.address,
            str(row.plan_items), str(row.acts),
        )  # fmt: skip
        return values[column]

    def sort_value(self, row: ObjectRow, column: int) -> object:
        if column == COL_O_ITEMS:
            return row.plan_items
        if column == COL_O_ACTS:
            return row.acts
        return super().sort_value(row, column)
