"""Recording that the draft was discussed with the aiyl okmotu (P1): the date and a summary."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bmb_desktop.services.plan import record_discussion
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import text_box
from bmb_desktop.ui.dialogs.roster.fields import DateField


class DiscussionDialog(PlanFormDialog):
    """The aiyl okmotu's proposals themselves are recorded one by one on the plan screen."""

    def __init__(self, context: AppContext, *, version_id: int, year: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.version_id = version_id
        self.discussed_on = self.add_field("discussed_on", DateField(popup_year=year - 1, parent=self))
        self.discussed_on.set_date(context.today())
        self.note = self.add_field("note", text_box(self, lines=4))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Discussion with the aiyl okmotu"))
        self.set_intro(self.tr(
            "Record the day the draft was discussed with the aiyl okmotu. Its proposals are recorded one by one "
            "on the plan screen, with the group's answer to each, before the plan goes to the council."
        ))
        self.labels["discussed_on"].setText(self.tr("Discussed on"))
        self.labels["note"].setText(self.tr("Summary of the discussion"))
        self.note.setPlaceholderText(self.tr("e.g. The aiyl okmotu proposed to add two items; both were accepted."))
        self.retranslate_buttons(self.tr("Record the discussion"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            version = record_discussion(
                session, self.context.municipality_id, self.version_id,
                discussed_on=self.discussed_on.date(), note=self.note.toPlainText(),
            )  # fmt: skip
            return version.id
