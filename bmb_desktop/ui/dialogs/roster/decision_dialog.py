"""The council chair's decision on a declared conflict of interest (C2): temporary removal and its date."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from bmb_desktop.services.conflicts import decide_conflict
from bmb_desktop.services.roster_editing import DeclarationRow
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import NOTE_STYLE


class DecisionDialog(FormDialog):
    """Shows the declaration and records the decision; a decision already taken can be corrected."""

    decided = Signal(int)  # the declaration id

    def __init__(self, context, declaration: DeclarationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.declaration = context, declaration
        self.summary = self.intro
        self.summary.setStyleSheet(NOTE_STYLE)
        self.statement = self.add_field("statement", QLabel(declaration.statement, self))
        self.statement.setWordWrap(True)
        self.removed = QCheckBox(self)
        self.removed.setChecked(declaration.removed or declaration.decided_on is None)
        self.form.addRow("", self.removed)
        self.decided_on = self.add_field("decided_on", DateField(parent=self))
        self.decided_on.set_date(declaration.decided_on or context.today())
        self.note = self.add_field("note", QPlainTextEdit(declaration.decision_note, self))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        d = self.declaration
        self.setWindowTitle(self.tr("Decision of the council chair"))
        text = self.tr("%1 declared a conflict of interest on %2: %3")
        self.set_intro(text.replace("%1", d.member).replace("%2", display_date(d.declared_on)).replace("%3", d.concerns))
        self.labels["statement"].setText(self.tr("Statement"))
        self.removed.setText(self.tr("Temporarily remove the member from this monitoring"))
        self.labels["decided_on"].setText(self.tr("Decided on"))
        self.labels["note"].setText(self.tr("Decision"))
        self.note.setPlaceholderText(self.tr("e.g. the council chair's order and what it says"))
        self.retranslate_buttons(self.tr("Record the decision"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            decide_conflict(session, self.declaration.id, removed=self.removed.isChecked(),
                            decided_on=self.decided_on.date(), note=self.note.toPlainText())
        self.decided.emit(self.declaration.id)
