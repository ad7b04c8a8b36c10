"""The council chair's decision on a declared conflict of interest (C2): temporary removal and its date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.conflicts import decide_conflict
from bmb_desktop.services.roster_editing import DeclarationRow
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.errors import FieldWithError, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label


class DecisionDialog(QDialog):
    """Shows the declaration and records the decision; a decision already taken can be corrected."""

    decided = Signal(int)  # the declaration id

    def __init__(self, context, declaration: DeclarationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.declaration = context, declaration
        self.summary = note_label(self)
        self.statement = QLabel(declaration.statement, self)
        self.statement.setWordWrap(True)
        self.removed = QCheckBox(self)
        self.removed.setChecked(declaration.removed or declaration.decided_on is None)
        self.decided_on = DateField(parent=self)
        self.decided_on.set_date(declaration.decided_on or context.today())
        self.note = QPlainTextEdit(declaration.decision_note, self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.rows = {"decided_on": FieldWithError(self.decided_on), "note": FieldWithError(self.note)}
        self.statement_label, self.decided_label, self.decision_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.statement_label, self.statement)
        form.addRow("", self.removed)
        form.addRow(self.decided_label, self.rows["decided_on"])
        form.addRow(self.decision_label, self.rows["note"])
        self.ok_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.ok_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.decide)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        d = self.declaration
        self.setWindowTitle(self.tr("Decision of the council chair"))
        text = self.tr("%1 declared a conflict of interest on %2: %3")
        self.summary.setText(text.replace("%1", d.member).replace("%2", display_date(d.declared_on)).replace("%3", d.concerns))
        self.statement_label.setText(self.tr("Statement"))
        self.removed.setText(self.tr("Temporarily remove the member from this monitoring"))
        self.decided_label.setText(self.tr("Decided on"))
        self.decision_label.setText(self.tr("Decision"))
        self.note.setPlaceholderText(self.tr("e.g. the council chair's order and what it says"))
        self.ok_button.setText(self.tr("Record the decision"))
        self.cancel_button.setText(self.tr("Cancel"))

    def decide(self) -> None:
        try:
            with self.context.database.session() as session:
                decide_conflict(session, self.declaration.id, removed=self.removed.isChecked(),
                                decided_on=self.decided_on.date(), note=self.note.toPlainText())
        except ValidationError as error:
            for name, row in self.rows.items():
                row.set_message(error.problems.get(name, ""))
            return
        except UserError as error:
            show_error(self, error)
            return
        self.decided.emit(self.declaration.id)
        self.accept()
