"""A dated follow-up note on one recommendation that sets its status; a rejection needs its reason, and
a note may name the later monitoring (an issued act) where the group checked it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from bmb_desktop.domain.enums import RecommendationStatus
from bmb_desktop.services.act_register import ActRow
from bmb_desktop.services.act_responses import set_recommendation_status
from bmb_desktop.services.act_view import RecommendationView
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.header_form import text_box
from bmb_desktop.ui.dialogs.acts.parts_panel import preview
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, fill_enum_combo, wide_combo
from bmb_desktop.ui.formatting import display_date


class StatusDialog(FormDialog):
    def __init__(
        self, context: AppContext, recommendation: RecommendationView, follow_up_acts: list[ActRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.recommendation, self.follow_up_acts = context, recommendation, follow_up_acts
        self.status = self.add_field("status", QComboBox(self))
        self.noted_on = self.add_field("noted_on", DateField(parent=self))
        self.noted_on.set_date(context.today())
        self.note = self.add_field("note", text_box(self, 3))
        self.reason = self.add_field("reason", text_box(self, 2))
        self.follow_up = self.add_field("follow_up_act", wide_combo(self, characters=40))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.setMinimumWidth(640)
        self.retranslate_ui()
        choose_data(self.status, recommendation.status)

    def retranslate_ui(self) -> None:
        number = str(self.recommendation.position)
        self.setWindowTitle(self.tr("Follow-up of recommendation %1").replace("%1", number))
        self.set_intro(f"{number}. {self.recommendation.addressee}: {preview(self.recommendation.text)}")
        fill_enum_combo(self.status, RecommendationStatus)
        chosen = self.follow_up.currentData()
        self.follow_up.clear()
        self.follow_up.addItem(self.tr("None"), None)
        for act in self.follow_up_acts:
            text = self.tr("Act No. %1 of %2: %3").replace("%1", act.number).replace("%2", display_date(act.issued_on))
            self.follow_up.addItem(text.replace("%3", preview(act.subject)), act.act_id)
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(chosen)))
        self.labels["status"].setText(self.tr("Status:"))
        self.labels["noted_on"].setText(self.tr("Date:"))
        self.labels["note"].setText(self.tr("Note:"))
        self.labels["reason"].setText(self.tr("Reason of the rejection:"))
        self.labels["follow_up_act"].setText(self.tr("Checked by the monitoring:"))
        self.note.setPlaceholderText(self.tr("What was done, who reported it, what the group saw"))
        self.follow_up.setToolTip(self.tr("The act of a later monitoring in which the group checked this recommendation"))
        self.retranslate_buttons(self.tr("Record"))
        self._status_changed()

    def _status_changed(self, *_args) -> None:
        rejected = self.status.currentData() == RecommendationStatus.REJECTED
        self.reason.setEnabled(rejected)
        self.labels["reason"].setEnabled(rejected)

    def submit(self) -> None:
        rejected = self.status.currentData() == RecommendationStatus.REJECTED
        with self.context.database.session() as session:
            set_recommendation_status(
                session, self.recommendation.recommendation_id, status=self.status.currentData(),
                noted_on=self.noted_on.date(), note=self.note.toPlainText(),
                reason=self.reason.toPlainText() if rejected else "", follow_up_act_id=self.follow_up.currentData(),
            )  # fmt: skip
