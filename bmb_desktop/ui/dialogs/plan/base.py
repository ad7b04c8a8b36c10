"""What the plan's small dialogs share: messages that belong to no field shown in the dialog itself, and
the id of what was saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.errors import ERROR_COLOUR


def place_problems(problems: dict[str, str], fields, aliases: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The messages for ``fields`` the dialog has, by field (a service's name mapped through ``aliases``,
    several for one field joined), and the messages that belong to none of them."""
    placed: dict[str, str] = {}
    general = []
    for name, text in problems.items():
        field = aliases.get(name, name)
        if field in fields:
            placed[field] = f"{placed[field]} {text}" if field in placed else text
        else:
            general.append(text)
    return placed, general


class PlanFormDialog(FormDialog):
    """A FormDialog whose ``submit()`` returns the id it saved; ``saved`` carries it to the page.

    A service's message for a field the dialog has is shown under that field (``ALIASES`` maps a
    service's field name to the dialog's); any other message, and a refusal, under the form.
    """

    saved = Signal(int)
    ALIASES: dict[str, str] = {}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.hide()
        self.layout().insertWidget(self.layout().count() - 1, self.general)

    def show_problems(self, problems: dict[str, str]) -> None:
        placed, general = place_problems(problems, self.rows, self.ALIASES)
        for name, row in self.rows.items():
            row.set_message(placed.get(name, ""))
        self.show_general("\n".join(general))

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.setHidden(not text)
        self.fit_to_contents()

    def _submit(self) -> None:
        try:
            saved_id = self.submit()
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        except UserError as error:
            self.show_problems({})
            self.show_general(str(error))
            return
        self.saved_id = saved_id
        self.accept()
        if saved_id is not None:
            self.saved.emit(saved_id)
