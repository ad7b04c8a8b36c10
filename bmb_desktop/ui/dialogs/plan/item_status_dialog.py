"""Recording how an item of the version in force is going: planned, in progress, done."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from bmb_desktop.domain.enums import PlanItemStatus
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.plan_items import set_item_status
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import enum_value
from bmb_desktop.ui.dialogs.roster.fields import choose_data, enum_combo, fill_enum_combo


class ItemStatusDialog(PlanFormDialog):
    """Carrying out the plan is not changing it; cancelling an approved item needs an amendment,
    which the service says next to the status."""

    def __init__(
        self, context: AppContext, *, item_id: int, position: int, status: PlanItemStatus, cancel_reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.item_id, self.position = item_id, position
        self.status = self.add_field("status", enum_combo(PlanItemStatus, parent=self))
        choose_data(self.status, status)
        self.cancel_reason = self.add_field("cancel_reason", QLineEdit(self))
        self.cancel_reason.setText(cancel_reason)
        self.status.currentIndexChanged.connect(self._follow_status)
        self._follow_status()
        self.retranslate_ui()

    def _follow_status(self, *_args) -> None:
        self.cancel_reason.setEnabled(enum_value(PlanItemStatus, self.status) is PlanItemStatus.CANCELLED)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Progress of item %1").replace("%1", str(self.position)))
        fill_enum_combo(self.status, PlanItemStatus)
        self.labels["status"].setText(self.tr("Status"))
        self.labels["cancel_reason"].setText(self.tr("Reason for cancelling"))
        self.retranslate_buttons(self.tr("Save"))

    def submit(self) -> int:
        with self.context.database.session() as session:
            try:
                item = set_item_status(
                    session, self.context.municipality_id, self.item_id,
                    status=enum_value(PlanItemStatus, self.status), cancel_reason=self.cancel_reason.text(),
                )  # fmt: skip
            except ValidationError:
                raise
            except UserError as error:  # a refusal about the status belongs next to it
                raise ValidationError({"status": str(error)}) from error
            return item.id
