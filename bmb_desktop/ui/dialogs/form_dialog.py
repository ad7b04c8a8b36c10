"""A small form dialog: labelled fields with their messages beside them, and OK / Cancel.

The subclass's ``submit()`` calls a service; on a ValidationError the messages appear next to their
fields and the dialog stays open with everything the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.ui.errors import FieldWithError, show_error
from bmb_desktop.ui.retranslating import Retranslating


class FormDialog(Retranslating, QDialog):
    """Subclasses add their fields with ``add_field`` and set the texts in ``retranslate_ui``, which also
    runs on every language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, FieldWithError] = {}
        self.labels: dict[str, QLabel] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.buttons = QDialogButtonBox(self)
        # Explicit texts: Qt's own would come from its Russian catalog in a Kyrgyz interface.
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def add_field(self, name: str, editor: QWidget) -> QWidget:
        self.labels[name] = QLabel(self)
        self.labels[name].setBuddy(editor)
        self.rows[name] = FieldWithError(editor, self)
        self.form.addRow(self.labels[name], self.rows[name])
        return editor

    def add_body(self, widget: QWidget) -> None:
        """A widget below the form that takes the dialog's spare height (a scrolled list, a table)."""
        layout = self.layout()
        layout.insertWidget(2, widget, 1)
        layout.setStretch(3, 0)  # the spacer after it

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def retranslate_buttons(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "Cancel"))

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_message(problems.get(name, ""))
        self.fit_to_contents()
        unplaced = [text for name, text in problems.items() if name not in self.rows]
        if unplaced:
            show_error(self, UserError("\n".join(unplaced)))

    def fit_to_contents(self) -> None:
        """Grow to the height the contents need at the dialog's width, within the screen.

        A window's minimum height ignores wrapped labels, so a message appearing under a field
        would otherwise squeeze the fields and cut the message off."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        height = max(self.height(), needed)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}

    def submit(self) -> None:
        """Call the service with the fields' values; raise its ValidationError or UserError."""
        raise NotImplementedError

    def _submit(self) -> None:
        try:
            self.submit()
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.accept()
