"""The notice's fields: kind, date, what it announces, the event, the paper, and the title and text.

The left column holds the data the text is written from; the right one the text itself, which is
the secretary's. Which links and event fields show depends on the kind (``links.KIND_LINKS``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.services.notices import PAPER_SIZES, PLACE_LENGTH, TITLE_LENGTH, NoticeDraft
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.ui.dialogs.notices.links import KIND_EVENT, KIND_LINKS, LINKS, LinkChoices
from bmb_desktop.ui.dialogs.roster.fields import DateField, TimeField, choose_data, enum_combo, fill_enum_combo, wide_combo
from bmb_desktop.ui.errors import FieldWithError

DATA_ROWS = (
    "kind", "created_on", "resolution_id", "meeting_id", "plan_item_id", "act_id", "event_on", "event_place", "paper_size",
)
TEXT_ROWS = ("title", "body")
NONE = "—"


class NoticeForm(QWidget):
    edited = Signal()  # any change by the user
    text_edited = Signal()  # a change of what the poster prints: title, text or paper
    kind_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.choices = LinkChoices()
        self.kind = enum_combo(NoticeKind, parent=self)
        self.created_on = DateField(parent=self)
        self.resolution_id, self.meeting_id = wide_combo(self, characters=34), wide_combo(self, characters=34)
        self.plan_item_id, self.act_id = wide_combo(self, characters=34), wide_combo(self, characters=34)
        self.event_on = DateField(optional=True, parent=self)
        self.time_label = QLabel(self)
        self.event_time = TimeField(self, width=64)
        self.event_place = QLineEdit(self)
        self.event_place.setMaxLength(PLACE_LENGTH)
        self.event_hint = QLabel(self)
        self.event_hint.setWordWrap(True)
        self.event_hint.setStyleSheet("color: #5f6b73;")
        self.paper_size = QComboBox(self)
        for paper in PAPER_SIZES:
            self.paper_size.addItem(paper, paper)
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_LENGTH)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        font = QFont(self.body.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.body.setFont(font)
        self.text_note = QLabel(self)
        self.text_note.setWordWrap(True)
        self.text_note.setStyleSheet("color: #5f6b73;")
        self.rows: dict[str, FieldWithError] = {}
        self.labels: dict[str, QLabel] = {}
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.event_on, 1)
        when_layout.addSpacing(8)
        when_layout.addWidget(self.time_label)
        when_layout.addWidget(self.event_time)
        editors = {
            "kind": self.kind, "created_on": self.created_on, "resolution_id": self.resolution_id,
            "meeting_id": self.meeting_id, "plan_item_id": self.plan_item_id, "act_id": self.act_id,
            "event_on": when, "event_place": self.event_place, "paper_size": self.paper_size,
            "title": self.title, "body": self.body,
        }  # fmt: skip
        for name, editor in editors.items():
            self.rows[name] = FieldWithError(editor, self)
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(editor)
        self.data_form = QFormLayout()
        self.data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in DATA_ROWS:
            self.data_form.addRow(self.labels[name], self.rows[name])
            if name == "event_place":
                self.data_form.addRow("", self.event_hint)
        data = QVBoxLayout()
        data.addLayout(self.data_form)
        data.addStretch(1)
        text = QVBoxLayout()
        for name in TEXT_ROWS:
            text.addWidget(self.labels[name])
            text.addWidget(self.rows[name], 1 if name == "body" else 0)
        text.addWidget(self.text_note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(data, 4)
        layout.addSpacing(12)
        layout.addLayout(text, 5)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.created_on.edited.connect(self._edited)
        for combo in (self.resolution_id, self.meeting_id, self.plan_item_id, self.act_id):
            combo.activated.connect(lambda _i: self._edited())
        self.event_on.edited.connect(self._edited)
        self.event_time.textEdited.connect(lambda _t: self._edited())
        self.event_place.textEdited.connect(lambda _t: self._edited())
        self.paper_size.activated.connect(lambda _i: self._edited(text=True))
        self.title.textEdited.connect(lambda _t: self._edited(text=True))
        self.body.textChanged.connect(lambda: self._edited(text=True))

    def _edited(self, *, text: bool = False) -> None:
        if self._loading:
            return
        self.edited.emit()
        if text:
            self.text_edited.emit()

    def _kind_chosen(self, _index: int) -> None:
        self._show_rows()
        self._fill_meetings()
        self._retitle()
        if not self._loading:
            self.kind_changed.emit()
            self.edited.emit()

    def retranslate_ui(self) -> None:
        self.kind.blockSignals(True)  # the same kind, new words
        fill_enum_combo(self.kind, NoticeKind)
        self.kind.blockSignals(False)
        for combo in (self.resolution_id, self.meeting_id, self.plan_item_id, self.act_id):
            combo.setPlaceholderText(self.tr("choose"))
        self.time_label.setText(self.tr("at"))
        self.event_place.setPlaceholderText(self.tr("e.g. assembly hall of the aiyl okmotu, Masy village"))
        self.title.setPlaceholderText(self.tr("The title in large letters"))
        self.body.setPlaceholderText(self.tr(
            "Write the text, or press “Fill from the data” to have it written from the records."
        ))
        self.text_note.setText(self.tr(
            "Each line is a paragraph of the poster. A line “1) …” prints as a list item, a line “Place: …” "
            "with the word before the colon in bold."
        ))
        self._retitle()

    def _retitle(self) -> None:
        """The labels and hint that depend on the kind."""
        kind = self.current_kind()
        titles = {
            "kind": self.tr("Kind of notice"), "created_on": self.tr("Date of the notice"),
            "resolution_id": self.tr("Council resolution"), "plan_item_id": self.tr("Plan item"),
            "act_id": self.tr("Act"), "event_place": self.tr("Place"), "paper_size": self.tr("Paper"),
            "title": self.tr("Title"), "body": self.tr("Text of the notice"),
            "meeting_id": {NoticeKind.GATHERING: self.tr("Gathering"), NoticeKind.COMPOSITION: self.tr("First meeting")}
            .get(kind, self.tr("Meeting")),
            "event_on": {
                NoticeKind.FORMATION_START: self.tr("Applications until"),
                NoticeKind.GATHERING: self.tr("Date of the gathering"),
                NoticeKind.COMPOSITION: self.tr("Date of the first meeting"),
                NoticeKind.MONITORING: self.tr("Monitoring begins on"),
                NoticeKind.REPORT_RESULTS: self.tr("Presented on"),
            }.get(kind, self.tr("Date of the event")),
        }  # fmt: skip
        for name, text in titles.items():
            self.labels[name].setText(text)
        self.event_hint.setText({
            NoticeKind.FORMATION_START: self.tr("The last day candidates' applications are accepted."),
            NoticeKind.COMPOSITION: self.tr(
                "The composition must hang on the boards at least 3 working days before the first meeting."),
            NoticeKind.MONITORING: self.tr("Stakeholders and residents are told before the monitoring begins."),
            NoticeKind.REPORT_RESULTS: self.tr(
                "The day of the public presentation of the summary report: the results must hang on the boards "
                "within one week of it."),
        }.get(kind, ""))  # fmt: skip
        self.data_form.setRowVisible(self.event_hint, bool(self.event_hint.text()) and bool(KIND_EVENT[kind]))

    # --- choices and values ------------------------------------------------------------------------

    def current_kind(self) -> NoticeKind:
        value = self.kind.currentData()  # Qt hands the enum back as a plain string
        return NoticeKind(value) if value else NoticeKind.FREE

    def set_choices(self, choices: LinkChoices) -> None:
        self.choices = choices
        self._fill(self.resolution_id, choices.resolutions)
        self._fill(self.plan_item_id, choices.plan_items)
        self._fill(self.act_id, choices.acts)
        self._fill_meetings()

    def _fill_meetings(self) -> None:
        self._fill(self.meeting_id, self.choices.meetings_for(self.current_kind()))

    @staticmethod
    def _fill(combo: QComboBox, choices: list[Choice]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NONE, None)
        for choice in choices:
            combo.addItem(choice.label, choice.id)
        choose_data(combo, chosen)
        if combo.currentIndex() < 0:
            combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def _show_rows(self) -> None:
        kind = self.current_kind()
        for name in LINKS:
            self.data_form.setRowVisible(self.rows[name], name in KIND_LINKS[kind])
        shown = KIND_EVENT[kind]
        self.data_form.setRowVisible(self.rows["event_on"], "event_on" in shown)
        self.data_form.setRowVisible(self.rows["event_place"], "event_place" in shown)
        self.time_label.setVisible("event_time" in shown)
        self.event_time.setVisible("event_time" in shown)

    def set_draft(self, draft: NoticeDraft) -> None:
        self._loading = True
        try:
            choose_data(self.kind, draft.kind)
            self.created_on.set_date(draft.created_on)
            for name in LINKS:
                combo = getattr(self, name)
                choose_data(combo, getattr(draft, name))
                if combo.currentIndex() < 0:
                    combo.setCurrentIndex(0)
            self.event_on.set_date(draft.event_on)
            self.event_time.set_value(draft.event_time)
            self.event_place.setText(draft.event_place)
            self.event_place.setCursorPosition(0)  # a long place reads from its start
            choose_data(self.paper_size, draft.paper_size)
            self.set_text(draft.title, draft.body)
        finally:
            self._loading = False
        self._show_rows()

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.title.setCursorPosition(0)
        self.body.setPlainText(body)

    def draft(self) -> NoticeDraft:
        """What the form holds; links the kind does not show are left out."""
        try:
            event_time = self.event_time.value()
        except ValueError:
            event_time = None  # reported by ``local_problems``
        kind = self.current_kind()
        links = {name: getattr(self, name).currentData() if name in KIND_LINKS[kind] else None for name in LINKS}
        return NoticeDraft(
            kind=kind, title=self.title.text(), body=self.body.toPlainText(), created_on=self.created_on.date(),
            paper_size=self.paper_size.currentData() or "A4", event_on=self.event_on.date(), event_time=event_time,
            event_place=self.event_place.text(), **links,
        )  # fmt: skip

    def local_problems(self) -> dict[str, str]:
        try:
            self.event_time.value()
        except ValueError:
            return {"event_on": self.tr("Write the time as hours and minutes, e.g. 10:00.")}
        return {}

    def show_problems(self, problems: dict[str, str]) -> list[str]:
        """Each message next to its field; returns the messages no visible field can show."""
        shown = []
        for name, row in self.rows.items():
            text = problems.get(name, "")
            if text and not row.isHidden():
                shown.append(name)
                row.set_message(text)
            else:
                row.set_message("")
        return [text for name, text in problems.items() if name not in shown]

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}
