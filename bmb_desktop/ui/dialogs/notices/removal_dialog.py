"""Recording the day a posted notice was taken down from its board."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from bmb_desktop.services.notice_boards import get_posting, record_removal
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField


class RemovalDialog(FormDialog):
    """The day a posted notice was taken down from its board (blank: it hangs again)."""

    def __init__(self, context: AppContext, posting_id: int, *, board: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.posting_id, self.board = context, posting_id, board
        self.removed_on = self.add_field("removed_on", DateField(optional=True, parent=self))
        self.setMinimumWidth(420)
        with context.database.session() as session:
            stored = get_posting(session, context.municipality_id, posting_id).removed_on
        self.removed_on.set_date(stored or context.today())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Taken down"))
        self.set_intro(self.tr("The notice was taken down from «%1» on:").replace("%1", self.board))
        self.labels["removed_on"].setText(self.tr("Taken down on"))
        self.retranslate_buttons(self.tr("Save"))

    def removed(self) -> date | None:
        return self.removed_on.date()

    def submit(self) -> None:
        with self.context.database.session() as session:
            record_removal(session, self.context.municipality_id, self.posting_id, removed_on=self.removed())
