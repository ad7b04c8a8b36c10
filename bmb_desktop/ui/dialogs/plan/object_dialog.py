"""A monitored object of the register (P4): its name, kind, head, contact person, phone, address."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from bmb_desktop.domain.enums import ObjectKind
from bmb_desktop.services.objects import ObjectDraft, draft_of, find_object, save_object
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import enum_value
from bmb_desktop.ui.dialogs.roster.fields import choose_data, enum_combo, fill_enum_combo


class ObjectDialog(PlanFormDialog):
    """A new object (``object_id`` None) or an existing one; ``saved`` carries its id."""

    def __init__(self, context: AppContext, *, object_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.object_id = object_id
        self.name = self.add_field("name", QLineEdit(self))
        self.kind = self.add_field("kind", enum_combo(ObjectKind, parent=self))
        self.head_name = self.add_field("head_name", QLineEdit(self))
        self.contact_person = self.add_field("contact_person", QLineEdit(self))
        self.phone = self.add_field("phone", QLineEdit(self))
        self.address = self.add_field("address", QLineEdit(self))
        self.setMinimumWidth(600)
        if object_id is not None:
            with context.database.session() as session:
                self.set_draft(draft_of(find_object(session, context.municipality_id, object_id)))
        self.retranslate_ui()

    def set_draft(self, draft: ObjectDraft) -> None:
        self.name.setText(draft.name)
        choose_data(self.kind, draft.kind)
        self.head_name.setText(draft.head_name)
        self.contact_person.setText(draft.contact_person)
        self.phone.setText(draft.phone)
        self.address.setText(draft.address)

    def draft(self) -> ObjectDraft:
        return ObjectDraft(
            name=self.name.text(), kind=enum_value(ObjectKind, self.kind), head_name=self.head_name.text(),
            contact_person=self.contact_person.text(), phone=self.phone.text(), address=self.address.text(),
        )  # fmt: skip

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Monitored object") if self.object_id else self.tr("New monitored object"))
        fill_enum_combo(self.kind, ObjectKind)
        self.kind.setPlaceholderText(self.tr("Choose the kind"))
        texts = {
            "name": self.tr("Name"), "kind": self.tr("Kind"), "head_name": self.tr("Head"),
            "contact_person": self.tr("Contact person"), "phone": self.tr("Phone"), "address": self.tr("Address"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.name.setPlaceholderText(self.tr("e.g. «Taza Aiyl» municipal enterprise"))
        self.contact_person.setPlaceholderText(self.tr("e.g. M. Sadykov, dispatcher"))
        self.phone.setPlaceholderText(self.tr("e.g. 0700 123 456"))
        self.address.setPlaceholderText(self.tr("e.g. Masy village"))
        self.retranslate_buttons(self.tr("Save"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            return save_object(session, self.context.municipality_id, self.draft(), object_id=self.object_id).id
