"""A member's written declaration of a conflict of interest (C1): who, about what, when, and the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.conflicts import declare_conflict
from bmb_desktop.services.roster_editing import member_choices, object_choices
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, wide_combo
from bmb_desktop.ui.errors import FieldWithError, show_error
from bmb_desktop.ui.pages.base import note_label


class ConflictDialog(QDialog):
    """Records the declaration; the council chair's decision is recorded later (DecisionDialog)."""

    declared = Signal(int)  # the declaration id

    def __init__(self, context, *, membership_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.intro = note_label(self)
        self.member = QComboBox(self)
        self.object = wide_combo(self, characters=40)
        self.subject = QLineEdit(self)
        self.declared_on = DateField(parent=self)
        self.declared_on.set_date(context.today())
        self.statement = QPlainTextEdit(self)
        self.statement.setTabChangesFocus(True)
        self.statement.setMinimumHeight(110)
        self.rows = {
            "membership": FieldWithError(self.member), "object": FieldWithError(self.object),
            "subject": FieldWithError(self.subject), "declared_on": FieldWithError(self.declared_on),
            "statement": FieldWithError(self.statement),
        }
        self.labels = {name: QLabel(self) for name in self.rows}
        form = QFormLayout()
        for name, row in self.rows.items():
            self.labels[name].setBuddy(row.editor)
            form.addRow(self.labels[name], row)
        self.ok_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.ok_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._load(membership_id)
        self.ok_button.clicked.connect(self.declare)
        self.cancel_button.clicked.connect(self.reject)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Declaration of a conflict of interest"))
        self.intro.setText(self.tr(
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
        self.ok_button.setText(self.tr("Record the declaration"))
        self.cancel_button.setText(self.tr("Cancel"))

    def declare(self) -> None:
        try:
            with self.context.database.session() as session:
                declaration = declare_conflict(
                    session, self.context.municipality_id, membership_id=self.member.currentData(),
                    object_id=self.object.currentData(), subject=self.subject.text(),
                    declared_on=self.declared_on.date(), statement=self.statement.toPlainText(),
                )
                declaration_id = declaration.id
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.declared.emit(declaration_id)
        self.accept()

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_message(problems.get(name, ""))

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}
