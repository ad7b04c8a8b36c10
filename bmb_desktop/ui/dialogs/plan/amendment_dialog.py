"""Starting an amendment of the approved plan (P3), or changing the reason of one being prepared."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bmb_desktop.services.plan import amend_plan, set_amendment_reason
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import text_box


class AmendmentDialog(PlanFormDialog):
    """With ``plan_id``: a new draft version copying the version in force; ``saved`` carries its id.
    With ``version_id``: the amendment's reason, changed while it is still a draft."""

    def __init__(
        self, context: AppContext, *, plan_id: int | None = None, version_id: int | None = None, reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.plan_id, self.version_id = plan_id, version_id
        self.reason = self.add_field("amendment_reason", text_box(self, lines=5))
        self.reason.setPlainText(reason)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Amendment of the plan"))
        if self.version_id is None:
            self.set_intro(self.tr(
                "An amendment starts as a copy of the version in force. Change its items, have the group pass it "
                "by majority at a meeting, then submit it to the aiyl kenesh. The version in force stays in force "
                "until the council approves the amendment."
            ))
        self.labels["amendment_reason"].setText(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("e.g. A local initiative is added; the monitoring of waste collection moves to the fourth quarter."))
        self.retranslate_buttons(self.tr("Start the amendment") if self.version_id is None else self.tr("Save"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            municipality_id, text = self.context.municipality_id, self.reason.toPlainText()
            if self.version_id is None:
                return amend_plan(session, municipality_id, self.plan_id, reason=text).id
            return set_amendment_reason(session, municipality_id, self.version_id, reason=text).id
