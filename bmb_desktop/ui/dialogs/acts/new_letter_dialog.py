"""Starting a letter from its ready-made text: an information request to an object (P8), the advance
notice of a monitoring (P7), or the cover letter sending an issued act to one of its addressees."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from bmb_desktop.domain.enums import LetterKind
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_register import issued_acts
from bmb_desktop.services.act_view import act_view
from bmb_desktop.services.letter_drafts import draft_cover_letter, draft_information_request, draft_monitoring_notice
from bmb_desktop.services.meeting_links import plan_item_choices
from bmb_desktop.services.objects import list_objects
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.parts_panel import preview
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField, wide_combo


class NewLetterDialog(FormDialog):
    def __init__(self, context: AppContext, kind: LetterKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.letter_id: int | None = None
        self.object = self.plan_item = self.act = self.addressee = None
        with context.database.session() as session:
            if kind is LetterKind.INFORMATION_REQUEST:
                self.object = self.add_field("object", wide_combo(self, characters=50))
                for row in list_objects(session, context.municipality_id):
                    self.object.addItem(row.name, row.object_id)
                self.object.setCurrentIndex(-1)
            if kind in (LetterKind.INFORMATION_REQUEST, LetterKind.MONITORING_NOTICE):
                self.plan_item = self.add_field("plan_item", wide_combo(self, characters=50))
                if kind is LetterKind.INFORMATION_REQUEST:
                    self.plan_item.addItem("", None)
                for choice in plan_item_choices(session, context.municipality_id):
                    self.plan_item.addItem(choice.label, choice.id)
            if kind is LetterKind.ACT_COVER_LETTER:
                self.act = self.add_field("act", wide_combo(self, characters=50))
                self.addressee = self.add_field("addressee", QComboBox(self))
                for row in issued_acts(session, context.municipality_id, today=context.today()):
                    self.act.addItem(f"№ {row.number}: {preview(row.subject)}", row.act_id)
                self.act.currentIndexChanged.connect(self._fill_addressees)
        self.sent_on = self.add_field("sent_on", DateField(parent=self))
        self.sent_on.set_date(context.today())
        self.retranslate_ui()
        self._fill_addressees()
        self.resize(self.sizeHint())  # the minimum width of FormDialog would otherwise cut the labels

    def retranslate_ui(self) -> None:
        titles = {
            LetterKind.INFORMATION_REQUEST: self.tr("New information request"),
            LetterKind.MONITORING_NOTICE: self.tr("New advance notice of a monitoring"),
            LetterKind.ACT_COVER_LETTER: self.tr("New cover letter of an act"),
        }
        intros = {
            LetterKind.INFORMATION_REQUEST: self.tr(
                "The object must provide the information within ten days of receiving the request, except state "
                "secrets and restricted personal data. The ready-made text is then yours to complete."
            ),
            LetterKind.MONITORING_NOTICE: self.tr(
                "Before monitoring, the group tells the object and the stakeholders when, why, how and by whom it "
                "will be done. The text is made from the plan item."
            ),
            LetterKind.ACT_COVER_LETTER: self.tr(
                "The letter sending the act to one addressee, with the answer it asks for: the object's within 10 "
                "working days, the aiyl okmotu's report within 30 days."
            ),
        }
        self.setWindowTitle(titles[self.kind])
        self.set_intro(intros[self.kind])
        texts = {
            "object": self.tr("Object:"), "plan_item": self.tr("Plan item:"), "act": self.tr("Act:"),
            "addressee": self.tr("Addressee:"), "sent_on": self.tr("Date of the letter:"),
        }  # fmt: skip
        for name, text in texts.items():
            if name in self.labels:
                self.labels[name].setText(text)
        if self.object is not None:
            self.object.setPlaceholderText(self.tr("Choose the object"))
        if self.kind is LetterKind.INFORMATION_REQUEST:
            self.plan_item.setItemText(0, self.tr("Not named"))
        self.retranslate_buttons(self.tr("Prepare the letter"))

    def _fill_addressees(self, *_args) -> None:
        if self.addressee is None:
            return
        self.addressee.clear()
        act_id = self.act.currentData()
        if act_id is None:
            return
        with self.context.database.session() as session:
            view = act_view(session, act_id, self.context.municipality_id, today=self.context.today())
        for addressee in view.addressees:
            self.addressee.addItem(f"{addressee.name} ({label(addressee.kind)})", addressee.addressee_id)

    def submit(self) -> None:
        day, municipality_id = self.sent_on.date(), self.context.municipality_id
        if day is None:
            raise ValidationError({"sent_on": self.tr("Enter the date of the letter.")})
        required = {"object": self.object, "plan_item": self.plan_item if self.kind is LetterKind.MONITORING_NOTICE else None,
                    "act": self.act, "addressee": self.addressee}  # fmt: skip
        missing = {name: self.tr("Choose one from the list.") for name, combo in required.items()
                   if combo is not None and combo.currentData() is None}  # fmt: skip
        if missing:
            raise ValidationError(missing)
        with self.context.database.session() as session:
            if self.kind is LetterKind.INFORMATION_REQUEST:
                letter = draft_information_request(
                    session, municipality_id, object_id=self.object.currentData(), sent_on=day,
                    plan_item_id=self.plan_item.currentData(),
                )  # fmt: skip
            elif self.kind is LetterKind.MONITORING_NOTICE:
                letter = draft_monitoring_notice(session, municipality_id, plan_item_id=self.plan_item.currentData(), sent_on=day)
            else:
                letter = draft_cover_letter(session, self.act.currentData(), self.addressee.currentData(), sent_on=day)
            self.letter_id = letter.id
