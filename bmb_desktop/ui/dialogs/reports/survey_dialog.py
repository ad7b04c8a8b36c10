"""One social group's result of a satisfaction survey (000 §2.2, I3): how many answered and how many
were satisfied; a new survey's groups are entered one after another without closing the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from bmb_desktop.domain.enums import SocialGroup
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.formatting import format_percent
from bmb_desktop.locale.i18n import current_language
from bmb_desktop.services.residents import TITLE_LENGTH, SurveyDraft, record_survey, survey_draft, survey_titles
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import enum_value
from bmb_desktop.ui.dialogs.reports.common import choose_optional, fill_optional_enum
from bmb_desktop.ui.dialogs.roster.fields import DateField

MOST_RESPONDENTS = 1_000_000
GROUPS = (None, *SocialGroup)  # the order a survey's results are entered in: everyone, then each group
SAVED_STYLE = "color: #1e7b34;"
MINIMUM_WIDTH = 600


class CountField(QWidget):
    """A number of people, with a remark beside it (the share of the satisfied)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox(self)
        self.count.setRange(0, MOST_RESPONDENTS)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.setMinimumWidth(110)
        self.remark = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.remark, 1)


class SurveyDialog(PlanFormDialog):
    """A new result (``survey_id`` None) or a recorded one; ``saved`` carries the result's id."""

    def __init__(
        self, context: AppContext, *, survey_id: int | None = None, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.survey_id = survey_id
        today = context.today()
        year = year or today.year
        with context.database.session() as session:
            stored = survey_draft(session, context.municipality_id, survey_id) if survey_id is not None else None
            titles = survey_titles(session, context.municipality_id)
        self.surveyed_on = self.add_field("surveyed_on", DateField(popup_year=year, parent=self))
        self.title = self.add_field("title", QLineEdit(self))
        self.title.setMaxLength(TITLE_LENGTH)
        completer = QCompleter(titles, self.title)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.title.setCompleter(completer)
        self.social_group = self.add_field("social_group", QComboBox(self))
        fill_optional_enum(self.social_group, SocialGroup, "")
        self.respondents = self.add_field("respondents", CountField(self)).count
        self.satisfied_field = self.add_field("satisfied", CountField(self))
        self.satisfied = self.satisfied_field.count
        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.saved_note.hide()
        self.layout().insertWidget(self.layout().count() - 1, self.saved_note)
        self.next_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setVisible(stored is None)  # a correction is one group's result alone
        self.next_button.clicked.connect(self.save_and_next)
        if stored is not None:
            self.surveyed_on.set_date(stored.surveyed_on)
            self.title.setText(stored.title)
            self.title.setCursorPosition(0)  # the start of a long question, not its end
            choose_optional(self.social_group, stored.social_group)
            self.respondents.setValue(stored.respondents)
            self.satisfied.setValue(stored.satisfied)
        else:
            self.surveyed_on.set_date(today if today.year == year else None)
        self.respondents.valueChanged.connect(self._show_share)
        self.satisfied.valueChanged.connect(self._show_share)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.retranslate_ui()
        self.resize(self.minimumSizeHint())
        self.fit_to_contents()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Survey result") if self.survey_id is None else self.tr("Edit the survey result"))
        self.set_intro(self.tr(
            "Satisfaction is studied for the whole population and for social groups. Enter one line per group: "
            "first all respondents, then women, youth, elderly people, unemployed people and persons with disabilities."
        ))
        texts = {
            "surveyed_on": self.tr("Surveyed on"), "title": self.tr("What was asked"),
            "social_group": self.tr("Social group"), "respondents": self.tr("Respondents"),
            "satisfied": self.tr("Of them satisfied"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.title.setPlaceholderText(self.tr("e.g. satisfaction with the drinking water supply"))
        fill_optional_enum(self.social_group, SocialGroup, self.tr("all respondents"))
        self.next_button.setText(self.tr("Save and enter the next group"))
        self.next_button.setToolTip(self.tr("Keeps the date and the question and moves on to the next social group"))
        self.retranslate_buttons(self.tr("Save"))
        self._show_share()

    def _show_share(self, *_args) -> None:
        respondents, satisfied = self.respondents.value(), self.satisfied.value()
        if respondents < 1 or satisfied > respondents:
            self.satisfied_field.remark.clear()
            return
        share = format_percent(satisfied / respondents, current_language())
        self.satisfied_field.remark.setText(self.tr("%1 of the respondents").replace("%1", share))

    def draft(self) -> SurveyDraft:
        return SurveyDraft(
            surveyed_on=self.surveyed_on.date(), title=self.title.text(),
            social_group=enum_value(SocialGroup, self.social_group),
            respondents=self.respondents.value(), satisfied=self.satisfied.value(),
        )  # fmt: skip

    def submit(self) -> int:
        with self.context.database.session() as session:
            return record_survey(session, self.context.municipality_id, draft=self.draft(), survey_id=self.survey_id).id

    def save_and_next(self) -> None:
        """Save this group's result and start the next group's, keeping the date and the question."""
        group = enum_value(SocialGroup, self.social_group)
        self.saved_note.hide()
        try:
            saved_id = self.submit()
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            self.show_problems({})
            self.show_general(str(error))
            return
        self.show_problems({})
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        saved_text = self.social_group.currentText()
        following = GROUPS[(GROUPS.index(group) + 1) % len(GROUPS)]
        choose_optional(self.social_group, following)
        self.respondents.setValue(0)
        self.satisfied.setValue(0)
        self.saved_note.setText(self.tr("Saved: %1. Now the next group.").replace("%1", saved_text))
        self.saved_note.show()
        self.fit_to_contents()
        self.respondents.setFocus()
