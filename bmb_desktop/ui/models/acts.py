"""Tables of the acts area: the act register with its filters, the letters, and the words and colours
of a deadline's state that the register, the editor and the home screen share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_register import ActRow, LetterRow
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.register_filter import RegisterFilter
from bmb_desktop.ui.models.rows import RowsModel

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


class ActsModel(RowsModel[ActRow]):
    """The register: drafts first, then the newest acts."""

    CENTRED = frozenset({COL_NUMBER, COL_RECOMMENDATIONS})
    TEXT_TOOLTIPS = False

    def row_of(self, act_id: int) -> int:
        return self.row_where(lambda row: row.act_id == act_id)

    def column_titles(self) -> list[str]:
        return [self.tr("Act No."), self.tr("Date"), self.tr("Status"), self.tr("Object"), self.tr("Subject"),
                self.tr("Recommendations"), self.tr("Answers")]  # fmt: skip

    def text(self, row: ActRow, column: int) -> str:
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

    def tooltip(self, row: ActRow, column: int) -> str:
        if column == COL_STATUS and row.supersedes:
            return self.tr("Corrects act %1").replace("%1", row.supersedes)
        if column in (COL_OBJECT, COL_SUBJECT):
            return self.text(row, column)
        return ""

    def foreground(self, row: ActRow, column: int) -> QColor | None:
        if column == COL_DEADLINE and row.deadline is not None:
            return QColor(DEADLINE_COLOURS[row.deadline])
        if column == COL_STATUS and row.status is ActStatus.DRAFT:
            return DRAFT_COLOUR
        if row.status is ActStatus.SUPERSEDED:
            return MUTED_COLOUR
        return None

    def sort_value(self, row: ActRow, column: int) -> object:
        number = f"{row.year:04d}{int(row.number.split('/')[0]):05d}" if row.number else ""
        values = (number, row.issued_on, label(row.status), row.object_name, row.subject, row.recommendations,
                  row.due_on)  # fmt: skip
        return sort_key(values[column])


class ActsFilter(RegisterFilter):
    """Filters by year, by status, and to the acts whose answers are overdue or due this week."""

    FIELD, CHOICES = "status", ActStatus

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pressing = False

    def set_pressing(self, pressing: bool) -> None:
        self.change_filter("_pressing", pressing)

    def accepts(self, row: ActRow) -> bool:
        return not self._pressing or row.deadline in (DeadlineState.OVERDUE, DeadlineState.DUE_THIS_WEEK)


L_NUMBER, L_DATE, L_KIND, L_ADDRESSEE, L_SUBJECT, L_RECEIVED, L_ANSWER = range(7)


class LettersModel(RowsModel[LetterRow]):
    CENTRED = frozenset({L_NUMBER})

    def row_of(self, letter_id: int) -> int:
        return self.row_where(lambda row: row.letter_id == letter_id)

    def column_titles(self) -> list[str]:
        return [self.tr("No."), self.tr("Date"), self.tr("Kind"), self.tr("To"), self.tr("Subject"),
                self.tr("Received"), self.tr("Answer")]  # fmt: skip

    def text(self, row: LetterRow, column: int) -> str:
        if column == L_ANSWER:
            if row.deadline is None:
                return display_date(row.answered_on)
            text = deadline_text(row.deadline, row.due_on)
            return f"{text}: {display_date(row.answered_on)}" if row.answered_on else text
        return (row.number, display_date(row.sent_on), label(row.kind), row.addressee, row.subject,
                display_date(row.received_on))[column]  # fmt: skip

    def foreground(self, row: LetterRow, column: int) -> QColor | None:
        if column == L_ANSWER and row.deadline is not None:
            return QColor(DEADLINE_COLOURS[row.deadline])
        return None

    def sort_value(self, row: LetterRow, column: int) -> object:
        values = (row.sent_on, row.sent_on, label(row.kind), row.addressee, row.subject, row.received_on, row.due_on)
        return sort_key(values[column])
