"""The residents' tables: the journal of messages with the group's response, and survey results by
social group with the share of satisfied respondents."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from bmb_desktop.locale.formatting import format_percent
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.locale.labels import label
from bmb_desktop.services.residents import MessageRow, SurveyRow
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.rows import WARNING_COLOUR, RowsModel

COL_RECEIVED, COL_CHANNEL, COL_VILLAGE, COL_GROUP, COL_TEXT, COL_CONCERNS, COL_RESPONSE = range(7)
COL_S_DATE, COL_S_TITLE, COL_S_GROUP, COL_S_RESPONDENTS, COL_S_SATISFIED, COL_S_SHARE = range(6)


class MessagesModel(RowsModel[MessageRow]):
    """One row per message; one still unanswered says so in red."""

    CENTRED = frozenset({COL_RECEIVED})

    def column_titles(self) -> list[str]:
        return [
            self.tr("Received"), self.tr("Channel"), self.tr("Village"), self.tr("Social group"), self.tr("Message"),
            self.tr("Concerns"), self.tr("Response"),
        ]  # fmt: skip

    def row_of(self, message_id: int) -> int:
        return self.row_where(lambda row: row.message_id == message_id)

    def text(self, row: MessageRow, column: int) -> str:
        if column == COL_RECEIVED:
            return display_date(row.received_on)
        if column == COL_CHANNEL:
            return label(row.channel)
        if column == COL_VILLAGE:
            return row.village
        if column == COL_GROUP:
            return label(row.social_group)
        if column == COL_TEXT:
            return row.text
        if column == COL_CONCERNS:
            return self.concerns_text(row)
        return self.response_text(row)

    def concerns_text(self, row: MessageRow) -> str:
        parts = []
        if row.act_number:
            parts.append(self.tr("act No. %1").replace("%1", row.act_number))
        if row.plan_position is not None and row.plan_year == row.received_on.year:
            parts.append(self.tr("plan item %1").replace("%1", str(row.plan_position)))
        elif row.plan_position is not None:  # an item of another year's plan says which
            parts.append(self.tr("plan %1, item %2").replace("%1", str(row.plan_year)).replace("%2", str(row.plan_position)))
        return "\n".join(parts)

    def response_text(self, row: MessageRow) -> str:
        if row.responded_on is not None:
            return f"{display_date(row.responded_on)}: {row.response}"
        return row.response or self.tr("no response yet")

    def foreground(self, row: MessageRow, column: int) -> QColor | None:
        unanswered = column == COL_RESPONSE and row.responded_on is None and not row.response
        return WARNING_COLOUR if unanswered else None

    def sort_value(self, row: MessageRow, column: int) -> object:
        if column == COL_RECEIVED:
            return sort_key(row.received_on)
        if column == COL_RESPONSE:
            return sort_key(row.responded_on) if row.responded_on else ""
        return super().sort_value(row, column)


class SurveysModel(RowsModel[SurveyRow]):
    """One row per survey and social group; the row of all respondents in bold."""

    NUMERIC = frozenset({COL_S_RESPONDENTS, COL_S_SATISFIED, COL_S_SHARE})
    CENTRED = frozenset({COL_S_DATE})

    def column_titles(self) -> list[str]:
        return [
            self.tr("Date"), self.tr("Survey"), self.tr("Social group"), self.tr("Respondents"), self.tr("Satisfied"),
            self.tr("Share"),
        ]  # fmt: skip

    def row_of(self, survey_id: int) -> int:
        return self.row_where(lambda row: row.survey_id == survey_id)

    def text(self, row: SurveyRow, column: int) -> str:
        if column == COL_S_DATE:
            return display_date(row.surveyed_on)
        if column == COL_S_TITLE:
            return row.title
        if column == COL_S_GROUP:
            return self.group_text(row)
        if column == COL_S_RESPONDENTS:
            return str(row.respondents)
        if column == COL_S_SATISFIED:
            return str(row.satisfied)
        return format_percent(row.share, current_language()) if row.share is not None else ""

    def group_text(self, row: SurveyRow) -> str:
        return label(row.social_group) if row.social_group is not None else self.tr("all respondents")

    def font(self, row: SurveyRow, column: int) -> QFont | None:
        if row.social_group is not None:
            return None
        bold = QFont()
        bold.setBold(True)
        return bold

    def sort_value(self, row: SurveyRow, column: int) -> object:
        if column == COL_S_DATE:
            return sort_key(row.surveyed_on)
        if column == COL_S_RESPONDENTS:
            return row.respondents
        if column == COL_S_SATISFIED:
            return row.satisfied
        if column == COL_S_SHARE:
            return row.share if row.share is not None else -1.0
        return super().sort_value(row, column)
