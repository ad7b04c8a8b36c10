"""Starting a year's plan: its first version, an empty draft (P1)."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from bmb_desktop.services.plan import FIRST_YEAR, LAST_YEAR, create_plan
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog


class NewPlanDialog(PlanFormDialog):
    """``saved`` carries the new draft version's id."""

    def __init__(self, context: AppContext, *, year: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = self.add_field("year", QSpinBox(self))
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New plan"))
        self.set_intro(self.tr(
            "The group drafts a monitoring and evaluation plan for one year, discusses it with the aiyl okmotu "
            "and submits it to the aiyl kenesh for approval."
        ))
        self.labels["year"].setText(self.tr("Year of the plan"))
        self.retranslate_buttons(self.tr("Create draft"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            return create_plan(session, self.context.municipality_id, year=self.year.value()).id
