"""Recording the council's approval of a submitted version: the resolution's number and date."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from bmb_desktop.services.plan import approve_version
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField


class ApprovalDialog(PlanFormDialog):
    def __init__(self, context: AppContext, *, version_id: int, year: int, amendment: bool, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.version_id, self.amendment = version_id, amendment
        self.resolution_number = self.add_field("resolution_number", QLineEdit(self))
        self.resolution_number.setMaxLength(20)
        self.adopted_on = self.add_field("adopted_on", DateField(popup_year=year, parent=self))
        self.adopted_on.set_date(context.today())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Approval by the aiyl kenesh"))
        if self.amendment:
            intro = self.tr("Record the council resolution approving the amendment. The version it amends stays readable "
                            "as it was approved.")
        else:
            intro = self.tr("Record the council resolution approving the plan. Once approved, the plan changes only by "
                            "amendments, each a new version.")
        self.set_intro(intro)
        self.labels["resolution_number"].setText(self.tr("Resolution number"))
        self.resolution_number.setPlaceholderText(self.tr("e.g. 14/3"))
        self.labels["adopted_on"].setText(self.tr("Adopted on"))
        self.retranslate_buttons(self.tr("Record the approval"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            version = approve_version(
                session, self.context.municipality_id, self.version_id,
                resolution_number=self.resolution_number.text(), adopted_on=self.adopted_on.date(),
            )  # fmt: skip
            return version.id
