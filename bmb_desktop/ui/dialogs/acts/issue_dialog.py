"""Issuing an act: the date it is to carry, what is still missing (A1, A2) as a list, then the number.

The list follows the date as it is changed. Issuing an incomplete act changes nothing; a complete
one gets the next number of the year (e.g. 4/2026) and can no longer be changed (A7).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.act_issue import issue_act, issue_problems
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.errors import ERROR_COLOUR, show_error
from bmb_desktop.ui.pages.base import note_label

KEY_ROLE = Qt.ItemDataRole.UserRole
COMPLETE_COLOUR = "#1b6e2d"


class IssueDialog(QDialog):
    problem_chosen = Signal(str)  # the key of the problem double-clicked, to show its place in the editor

    def __init__(self, context: AppContext, act_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.act_id = context, act_id
        self.problems: dict[str, str] = {}
        self.issued_number = ""
        self.note = note_label(self)
        self.issued_on = DateField(parent=self)
        self.issued_on.set_date(context.today())
        self.date_label = QLabel(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.issue_button, self.cancel_button = QPushButton(self), QPushButton(self)
        form = QFormLayout()
        form.addRow(self.date_label, self.issued_on)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.issued_on.edited.connect(self.check)
        self.issue_button.clicked.connect(self.issue)
        self.cancel_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(self._chosen)
        self.setMinimumSize(620, 420)
        self.retranslate_ui()
        self.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.check()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue the act"))
        self.note.setText(self.tr(
            "An issued act gets the next number of the year and its date, and can no longer be changed: it is the "
            "official basis of decisions. A mistake is then corrected by a new act that supersedes it; both remain."
        ))
        self.date_label.setText(self.tr("Date of the act:"))
        self.issue_button.setText(self.tr("Issue"))
        self.cancel_button.setText(self.tr("Cancel"))

    def check(self) -> dict[str, str]:
        """Ask the rules what is missing for the date chosen and list it."""
        with self.context.database.session() as session:
            self.problems = issue_problems(session, self.act_id, issued_on=self.issued_on.date())
        self.show_problems(self.problems)
        return self.problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems = problems
        self.list.clear()
        for key, text in problems.items():
            item = QListWidgetItem(f"• {text}", self.list)
            item.setData(KEY_ROLE, key)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
        self.list.setVisible(bool(problems))
        if problems:
            self.state.setText(self.tr("The act cannot be issued yet. Missing (%1):").replace("%1", str(len(problems))))
            self.state.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        else:
            self.state.setText(self.tr("The act is complete and can be issued."))
            self.state.setStyleSheet(f"color: {COMPLETE_COLOUR}; font-weight: bold;")
        self.issue_button.setEnabled(not problems)

    def missing(self) -> list[str]:
        return [self.list.item(row).text().removeprefix("• ") for row in range(self.list.count())]

    def issue(self) -> bool:
        try:
            with self.context.database.session() as session:
                act = issue_act(session, self.act_id, issued_on=self.issued_on.date())
                self.issued_number = act.display_number
        except ValidationError as error:
            self.show_problems(error.problems)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.accept()
        return True

    def _chosen(self, item: QListWidgetItem) -> None:
        self.problem_chosen.emit(item.data(KEY_ROLE))
        self.reject()
