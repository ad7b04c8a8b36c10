"""Residents' voice for the period on screen (P6, I3): the journal of their messages with the group's
responses, and the results of satisfaction surveys by social group, each added, corrected and deleted
here. They feed the summary report, so the panel says ``changed`` after every save and deletion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import UserError
from bmb_desktop.services.residents import delete_message, delete_survey, message_rows, survey_rows
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.residents import (
    COL_CHANNEL,
    COL_CONCERNS,
    COL_GROUP,
    COL_RESPONSE,
    COL_S_GROUP,
    COL_S_TITLE,
    COL_TEXT,
    COL_VILLAGE,
    MessagesModel,
    SurveysModel,
)
from bmb_desktop.ui.pages.base import empty_state_label
from bmb_desktop.ui.pages.plan.common import fit_columns, table_view
from bmb_desktop.ui.pages.tables import select_source_row, selected_item
from bmb_desktop.ui.retranslating import Retranslating

# Pixels at most, so that the message and the survey's question keep most of the width.
MESSAGE_CAPS = {COL_CHANNEL: 110, COL_VILLAGE: 110, COL_GROUP: 150, COL_CONCERNS: 130, COL_RESPONSE: 230}
SURVEY_CAPS = {COL_S_GROUP: 190}
QUIET_STYLE = "color: #5f6b73;"
NOTE_STYLE = "color: #a05a00;"
KEYS = ("add", "edit", "delete")


class Section(QWidget):
    """A titled table with its Add / Edit / Delete buttons and an empty state."""

    def __init__(self, model, *, stretch: int, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(QUIET_STYLE)
        self.buttons = {key: QPushButton(self) for key in KEYS}
        self.table: QTableView = table_view(self, model, stretch=stretch, lines=lines)
        self.empty = empty_state_label(self)
        self.empty.setStyleSheet(self.empty.styleSheet().replace("padding: 40px", "padding: 12px"))
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.summary, 1)
        for key in KEYS:
            head.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)

    def set_rows(self, rows: list, caps: dict[int, int]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table, caps=caps)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        self.update_buttons()

    def selected(self):
        return selected_item(self.table)

    def select(self, row: int) -> None:
        select_source_row(self.table, row)

    def update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)


class ResidentsPanel(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period = Period(context.today().year)
        self.dialog = None
        self.messages = Section(MessagesModel(self), stretch=COL_TEXT, lines=2, parent=self)
        self.surveys = Section(SurveysModel(self), stretch=COL_S_TITLE, lines=1, parent=self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.messages)
        splitter.addWidget(self.surveys)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self._connect()
        self.retranslate_ui()

    def _connect(self) -> None:
        self.messages.buttons["add"].clicked.connect(lambda: self.open_message(None))
        self.messages.buttons["edit"].clicked.connect(self.edit_message)
        self.messages.buttons["delete"].clicked.connect(self.delete_message)
        self.messages.table.doubleClicked.connect(lambda _index: self.edit_message())
        self.surveys.buttons["add"].clicked.connect(lambda: self.open_survey(None))
        self.surveys.buttons["edit"].clicked.connect(self.edit_survey)
        self.surveys.buttons["delete"].clicked.connect(self.delete_survey)
        self.surveys.table.doubleClicked.connect(lambda _index: self.edit_survey())

    def set_period(self, period: Period) -> None:
        self.period = period
        self.note.hide()
        self.refresh()

    def refresh(self) -> None:
        chosen_message, chosen_survey = self.messages.selected(), self.surveys.selected()
        start, end = self.period.start, self.period.end
        with self.context.database.session() as session:
            messages = message_rows(session, self.context.municipality_id, start, end)
            surveys = survey_rows(session, self.context.municipality_id, start, end)
        self.messages.set_rows(messages, MESSAGE_CAPS)
        self.surveys.set_rows(surveys, SURVEY_CAPS)
        if chosen_message is not None:
            self.messages.select(self.messages.model.row_of(chosen_message.message_id))
        if chosen_survey is not None:
            self.surveys.select(self.surveys.model.row_of(chosen_survey.survey_id))
        self._summarise()

    # Messages

    def open_message(self, message_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.reports.message_dialog import MessageDialog

        self.dialog = MessageDialog(self.context, message_id=message_id, year=self.period.year, parent=self)
        self.dialog.saved.connect(lambda saved_id: self._message_saved(saved_id, self.dialog.received_on.date()))
        self.dialog.open()

    def edit_message(self) -> None:
        chosen = self.messages.selected()
        if chosen is not None:
            self.open_message(chosen.message_id)

    def _message_saved(self, message_id: int, day: date | None) -> None:
        self.refresh()
        self.messages.select(self.messages.model.row_of(message_id))
        self._tell_if_outside(day)
        self.changed.emit()

    def delete_message(self) -> None:
        chosen = self.messages.selected()
        if chosen is None:
            return
        question = self.tr("Delete the message of %1 from the journal?").replace("%1", display_date(chosen.received_on))
        if self._confirm(self.tr("Delete the message"), question):
            self._delete(delete_message, chosen.message_id)

    # Surveys

    def open_survey(self, survey_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.reports.survey_dialog import SurveyDialog

        self.dialog = SurveyDialog(self.context, survey_id=survey_id, year=self.period.year, parent=self)
        self.dialog.saved.connect(lambda saved_id: self._survey_saved(saved_id, self.dialog.surveyed_on.date()))
        self.dialog.open()

    def edit_survey(self) -> None:
        chosen = self.surveys.selected()
        if chosen is not None:
            self.open_survey(chosen.survey_id)

    def _survey_saved(self, survey_id: int, day: date | None) -> None:
        self.refresh()
        self.surveys.select(self.surveys.model.row_of(survey_id))
        self._tell_if_outside(day)
        self.changed.emit()

    def delete_survey(self) -> None:
        chosen = self.surveys.selected()
        if chosen is None:
            return
        group = self.surveys.model.group_text(chosen)
        question = self.tr("Delete the result of %1 for %2?").replace("%1", chosen.title).replace("%2", group)
        if self._confirm(self.tr("Delete the survey result"), question):
            self._delete(delete_survey, chosen.survey_id)

    # Shared

    def _delete(self, delete, record_id: int) -> None:
        try:
            with self.context.database.session() as session:
                delete(session, self.context.municipality_id, record_id)
        except UserError as error:  # deleted meanwhile, e.g. by a restored backup
            show_error(self, error)
        self.note.hide()
        self.refresh()
        self.changed.emit()

    def _confirm(self, title: str, question: str) -> bool:
        """Explicit button texts: Qt's own would come from its Russian catalog in a Kyrgyz interface."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def _tell_if_outside(self, day: date | None) -> None:
        """A record saved outside the period on screen vanishes from the list: say where it went."""
        outside = day is not None and not self.period.contains(day)
        if outside:
            self.note.setText(self.tr("Saved. Its date, %1, is outside the period shown, so it is not in this list.")
                              .replace("%1", display_date(day)))  # fmt: skip
        self.note.setVisible(outside)

    def _summarise(self) -> None:
        messages = self.messages.model.rows()
        waiting = sum(1 for m in messages if m.responded_on is None and not m.response)
        text = self.tr("in the period: %1").replace("%1", str(len(messages)))
        if waiting:
            text += ", " + self.tr("without a response: %1").replace("%1", str(waiting))
        self.messages.summary.setText(text)
        surveys = {(s.surveyed_on, s.title) for s in self.surveys.model.rows()}
        self.surveys.summary.setText(self.tr("surveys in the period: %1").replace("%1", str(len(surveys))))

    def retranslate_ui(self) -> None:
        self.messages.title.setText(self.tr("Residents' messages"))
        self.surveys.title.setText(self.tr("Satisfaction surveys"))
        self.messages.buttons["add"].setText(self.tr("Add message…"))
        self.surveys.buttons["add"].setText(self.tr("Add result…"))
        self.messages.buttons["add"].setToolTip(self.tr(
            "A message to the group's WhatsApp number, a call, a visit or a letter, to record in the journal"))
        self.surveys.buttons["add"].setToolTip(self.tr(
            "How many residents answered a survey and how many were satisfied, for all and for each social group"))
        for section in (self.messages, self.surveys):
            section.buttons["edit"].setText(self.tr("Edit…"))
            section.buttons["delete"].setText(self.tr("Delete"))
        self.messages.empty.setText(self.tr(
            "No messages from residents in this period. Record here what residents send to the group's WhatsApp "
            "number, say by phone or in person, or write: they go into the summary report."
        ))
        self.surveys.empty.setText(self.tr(
            "No survey results in this period. Satisfaction is studied for the whole population and for women, "
            "youth, elderly people, unemployed people and persons with disabilities."
        ))
        self.messages.model.refresh_texts()
        self.surveys.model.refresh_texts()
        self._summarise()
