"""The meeting's own fields: number, date and time, place, event, chair, secretary, guests, plan item.

Which fields show depends on the kind: a gathering or an observed event names what it was and may
be chaired by someone outside the group; only a gathering counts the residents taking part.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.services.meetings import MeetingDraft
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.ui.dialogs.roster.fields import DateField, TimeField, choose_data, wide_combo
from bmb_desktop.ui.errors import FieldWithError

# Each row of the form and the problem keys of the services it shows.
ROW_KEYS = {
    "number": ("number",), "held_on": ("held_on", "starts_at"), "place": ("place",), "title": ("title",),
    "chair": ("chair",), "secretary": ("secretary",), "participants_count": ("participants_count",),
    "guests": ("guests",), "plan_item": ("plan_item", "kind"),
}  # fmt: skip
MAX_PARTICIPANTS = 100000


class PersonField(QWidget):
    """A member of the group from the list; at gatherings and events also a person outside it, by name."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = QComboBox(self)
        self.member.setMinimumContentsLength(16)
        self.member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.member, 1)
        layout.addWidget(self.name, 1)
        self.member.activated.connect(self._member_chosen)
        self.name.textEdited.connect(self.edited)

    def _member_chosen(self) -> None:
        if self.member.currentData() is not None:
            self.name.clear()  # one person: the member chosen, or the name typed
        self.edited.emit()

    def set_members(self, choices: list[Choice], none_text: str) -> None:
        chosen = self.member.currentData()
        self.member.clear()
        self.member.addItem(none_text, None)
        for choice in choices:
            self.member.addItem(choice.label, choice.id)
        choose_data(self.member, chosen)
        if self.member.currentIndex() < 0:
            self.member.setCurrentIndex(0)

    def set_value(self, membership_id: int | None, name: str) -> None:
        choose_data(self.member, membership_id)
        if self.member.currentIndex() < 0:
            self.member.setCurrentIndex(0)
        self.name.setText(name)

    def membership_id(self) -> int | None:
        return self.member.currentData()

    def set_names_allowed(self, allowed: bool) -> None:
        self.name.setHidden(not allowed)


class MeetingDetailsForm(QWidget):
    """``draft()`` reads the fields; messages show for touched fields until ``reveal_all``."""

    edited = Signal()
    date_changed = Signal()
    participants_changed = Signal(int)

    def __init__(self, kind: MeetingKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.touched: set[str] = set()
        self._none_text = "—"
        self._revealed = False
        self._loading = False
        self.number = QSpinBox(self)
        self.number.setRange(0, 999)
        self.number.setMinimumWidth(170)
        self.held_on = DateField(parent=self)
        self.starts_at = TimeField(self)
        self.time_label = QLabel(self)
        self.place = QLineEdit(self)
        self.place.setMaxLength(300)
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.chair, self.secretary = PersonField(self), PersonField(self)
        for person in (self.chair, self.secretary):
            person.set_names_allowed(kind is not MeetingKind.GROUP_MEETING)
        self.participants = QSpinBox(self)
        self.participants.setRange(0, MAX_PARTICIPANTS)
        self.participants.setMaximumWidth(120)
        self.guests = QPlainTextEdit(self)
        self.guests.setTabChangesFocus(True)
        self.guests.setFixedHeight(58)
        self.plan_item = wide_combo(self, characters=30)
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.held_on)
        when_layout.addSpacing(8)
        when_layout.addWidget(self.time_label)
        when_layout.addWidget(self.starts_at)
        when_layout.addStretch(1)
        self.held_on.setMinimumWidth(150)
        editors = {
            "number": self.number, "held_on": when, "place": self.place, "title": self.title, "chair": self.chair,
            "secretary": self.secretary, "participants_count": self.participants, "guests": self.guests,
            "plan_item": self.plan_item,
        }  # fmt: skip
        self.number_row = QWidget(self)
        number_layout = QHBoxLayout(self.number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number)
        number_layout.addStretch(1)
        editors["number"] = self.number_row
        self.rows = {name: FieldWithError(editor, self) for name, editor in editors.items()}
        self.labels = {name: QLabel(self) for name in editors}
        self.layout_ = QFormLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.layout_)
        outer.addStretch(1)  # the rows keep their height; the spare room stays below them
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, row in self.rows.items():
            self.labels[name].setBuddy(row.editor)
            self.layout_.addRow(self.labels[name], row)
        self.layout_.setRowVisible(self.rows["title"], kind is not MeetingKind.GROUP_MEETING)
        self.layout_.setRowVisible(self.rows["participants_count"], kind is MeetingKind.COMMUNITY_GATHERING)
        self._connect()

    def _connect(self) -> None:
        touch = self._touch
        self.number.valueChanged.connect(lambda _v: touch("number"))
        self.held_on.edited.connect(lambda: touch("held_on"))
        self.held_on.edited.connect(self._date_edited)
        self.starts_at.textEdited.connect(lambda _t: touch("held_on"))
        self.place.textEdited.connect(lambda _t: touch("place"))
        self.title.textEdited.connect(lambda _t: touch("title"))
        self.chair.edited.connect(lambda: touch("chair"))
        self.secretary.edited.connect(lambda: touch("secretary"))
        self.participants.valueChanged.connect(lambda _v: touch("participants_count"))
        self.participants.valueChanged.connect(self._participants_edited)
        self.guests.textChanged.connect(lambda: touch("guests"))
        self.plan_item.activated.connect(lambda _i: touch("plan_item"))

    def _touch(self, name: str) -> None:
        if self._loading:
            return
        self.touched.add(name)
        self.edited.emit()

    def _date_edited(self) -> None:
        self._show_year()
        self.date_changed.emit()

    def _participants_edited(self, value: int) -> None:
        if not self._loading:
            self.participants_changed.emit(value)

    def _show_year(self) -> None:
        day = self.held_on.date()
        self.number.setSuffix(f"/{day.year}" if day else "")

    def retranslate_ui(self) -> None:
        titles = {
            "number": self.tr("Protocol No."), "held_on": self.tr("Date"), "place": self.tr("Place"),
            "title": self.tr("Gathering") if self.kind is MeetingKind.COMMUNITY_GATHERING else self.tr("Event"),
            "chair": self.tr("Chair"), "secretary": self.tr("Secretary"),
            "participants_count": self.tr("Residents taking part"), "guests": self.tr("Invited guests"),
            "plan_item": self.tr("Plan item"),
        }  # fmt: skip
        for name, text in titles.items():
            self.labels[name].setText(text)
        self.time_label.setText(self.tr("at"))
        self.number.setSpecialValueText(self.tr("next free number"))
        self.participants.setSpecialValueText(self.tr("not counted"))
        self.place.setPlaceholderText(self.tr("e.g. assembly hall of the aiyl okmotu, Masy village"))
        self.title.setPlaceholderText(
            self.tr("e.g. Gathering of the residents of Masy and Besh-Jygach villages")
            if self.kind is MeetingKind.COMMUNITY_GATHERING
            else self.tr("e.g. public hearing on the local budget, tender commission meeting, kurultai")
        )
        self.guests.setPlaceholderText(self.tr("Names and posts of the invited, one per line"))
        self.plan_item.setPlaceholderText(self.tr("not about a plan item"))
        self.plan_item.setToolTip(self.tr(
            "The monitoring this meeting is about: members removed for a conflict of interest on its object do not vote"
        ))
        none_text = self.tr("— not a member of the group —") if self.kind is not MeetingKind.GROUP_MEETING else self.tr("— choose —")
        for person in (self.chair, self.secretary):
            person.name.setPlaceholderText(self.tr("or the name of another person"))
            if person.member.count():
                person.member.setItemText(0, none_text)
        self._none_text = none_text

    # --- choices and values ----------------------------------------------------------------------

    def set_members(self, choices: list[Choice]) -> None:
        """The members active on the meeting date, for the chair and the secretary."""
        for person in (self.chair, self.secretary):
            person.set_members(choices, self._none_text)

    def set_plan_items(self, choices: list[Choice]) -> None:
        chosen = self.plan_item.currentData()
        self.plan_item.clear()
        self.plan_item.addItem("—", None)
        for choice in choices:
            self.plan_item.addItem(choice.label, choice.id)
        choose_data(self.plan_item, chosen)

    def set_draft(self, draft: MeetingDraft) -> None:
        self._loading = True
        try:
            self.number.setValue(draft.number or 0)
            self.held_on.set_date(draft.held_on)
            self._show_year()
            self.starts_at.set_value(draft.starts_at)
            self.place.setText(draft.place)
            self.title.setText(draft.title)
            self.chair.set_value(draft.chair_membership_id, draft.chaired_by_name)
            self.secretary.set_value(draft.secretary_membership_id, draft.secretary_name)
            self.participants.setValue(draft.participants_count or 0)
            self.guests.setPlainText(draft.guests)
            choose_data(self.plan_item, draft.plan_item_id)
        finally:
            self._loading = False
        self.touched.clear()
        self._revealed = False

    def meeting_date(self) -> date | None:
        return self.held_on.date()

    def draft(self) -> MeetingDraft:
        try:
            starts_at = self.starts_at.value()
        except ValueError:
            starts_at = None  # reported by ``local_problems``
        group_meeting = self.kind is MeetingKind.GROUP_MEETING
        return MeetingDraft(
            kind=self.kind, held_on=self.held_on.date(), place=self.place.text(), starts_at=starts_at,
            title="" if group_meeting else self.title.text(),
            chair_membership_id=self.chair.membership_id(), secretary_membership_id=self.secretary.membership_id(),
            chaired_by_name="" if group_meeting else self.chair.name.text(),
            secretary_name="" if group_meeting else self.secretary.name.text(),
            guests=self.guests.toPlainText(),
            participants_count=(self.participants.value() or None) if self.kind is MeetingKind.COMMUNITY_GATHERING else None,
            plan_item_id=self.plan_item.currentData(), number=self.number.value() or None,
        )  # fmt: skip

    def local_problems(self) -> dict[str, str]:
        """What the form itself can tell before any service: a time that is no time."""
        try:
            self.starts_at.value()
        except ValueError:
            return {"starts_at": self.tr("Write the time as hours and minutes, e.g. 10:00.")}
        return {}

    # --- messages ---------------------------------------------------------------------------------

    def reveal_all(self) -> None:
        self._revealed = True

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            shown = self._revealed or name in self.touched
            row.set_message("\n".join(problems[key] for key in ROW_KEYS[name] if key in problems) if shown else "")

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}

    def set_read_only(self, read_only: bool) -> None:
        for editor in (self.place, self.title, self.chair.name, self.secretary.name):
            editor.setReadOnly(read_only)
        self.guests.setReadOnly(read_only)
        for editor in (self.number, self.held_on, self.starts_at, self.chair.member, self.secretary.member,
                       self.participants, self.plan_item):  # fmt: skip
            editor.setEnabled(not read_only)
