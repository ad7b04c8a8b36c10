"""A member's written declaration of a conflict of interest (C1): who, about what, when, and the text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from bmb_desktop.services.conflicts import declare_conflict
from bmb_desktop.services.roster_editing import member_choices, object_choices
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, wide_combo
from bmb_desktop.ui.pages.base import NOTE_STYLE


class ConflictDialog(FormDialog):
    """Records the declaration; the council chair's decision is recorded later (DecisionDialog)."""

    declared = Signal(int)  # the declaration id

    def __init__(self, context, *, membership_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.intro.setStyleSheet(NOTE_STYLE)
        self.member = self.add_field("membership", QComboBox(self))
        self.object = self.add_field("object", wide_combo(self, characters=40))
        self.subject = self.add_field("subject", QLineEdit(self))
        self.declared_on = self.add_field("declared_on", DateField(parent=self))
        self.declared_on.set_date(context.today())
        self.statement = self.add_field("statement", QPlainTextEdit(self))
        self.statement.setTabChangesFocus(True)
        self.statement.setMinimumHeight(110)
        self._load(membership_id)
        self.setMinimumWidth(620)
        self.retranslate_ui()

    def _load(self, membership_id: int | None) -> None:
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            members = member_choices(session, municipality_id, on=self.context.today())
            objects = object_choices(session, municipality_id)
        for choice in members:
            self.member.addItem(choice.label, choice.id)
        choose_data(self.member, membership_id)
        self.object.addItem("", None)
        for choice in objects:
            self.object.addItem(choice.label, choice.id)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Declaration of a conflict of interest"))
        self.set_intro(self.tr(
            "A member with a personal interest in a monitored object or subject informs the group's chair "
            "and the council in writing. The council chair then decides on a temporary removal."
        ))
        self.labels["membership"].setText(self.tr("Member"))
        self.labels["object"].setText(self.tr("Monitored object"))
        self.labels["subject"].setText(self.tr("Subject"))
        self.labels["declared_on"].setText(self.tr("Declared on"))
        self.labels["statement"].setText(self.tr("Written statement"))
        self.member.setPlaceholderText(self.tr("Choose the member"))
        self.object.setItemText(0, self.tr("no object: the subject only"))
        self.subject.setPlaceholderText(self.tr("e.g. the repair of the street under a procurement contract"))
        self.retranslate_buttons(self.tr("Record the declaration"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            declaration = declare_conflict(
                session, self.context.municipality_id, membership_id=self.member.currentData(),
                object_id=self.object.currentData(), subject=self.subject.text(),
                declared_on=self.declared_on.date(), statement=self.statement.toPlainText(),
            )
            declaration_id = declaration.id
        self.declared.emit(declaration_id)
