"""How an issued act went to one addressee (A3): the way it was delivered, when it was sent, and the
day and the person who received it — the day from which the answer's time runs (A4, A5)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from bmb_desktop.domain.enums import DeliveryMethod
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_responses import record_delivery
from bmb_desktop.services.act_view import AddresseeView
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField


class DeliveryDialog(FormDialog):
    def __init__(self, context: AppContext, addressee: AddresseeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.addressee = context, addressee
        self.method = self.add_field("method", QComboBox(self))
        self.sent_on = self.add_field("sent_on", DateField(optional=True, parent=self))
        self.received_on = self.add_field("received_on", DateField(optional=True, parent=self))
        self.receiver_name = self.add_field("receiver_name", QLineEdit(self))
        self.receiver_name.setMaxLength(200)
        self.sent_on.set_date(addressee.sent_on)
        self.received_on.set_date(addressee.received_on)
        self.receiver_name.setText(addressee.receiver_name)
        self.retranslate_ui()
        self.method.setCurrentIndex(max(0, self.method.findData(addressee.delivery_method)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Delivery of the act: %1").replace("%1", self.addressee.name))
        self.set_intro(self.tr(
            "The answer's time runs from the day the addressee received the act: the object answers within 10 working "
            "days, the aiyl okmotu reports to the council within 30 days."
        ))
        chosen = self.method.currentData()
        self.method.clear()
        self.method.addItem(self.tr("Not recorded"), None)
        for method in DeliveryMethod:
            self.method.addItem(label(method), method)
        self.method.setCurrentIndex(max(0, self.method.findData(chosen)))
        self.labels["method"].setText(self.tr("Delivered:"))
        self.labels["sent_on"].setText(self.tr("Sent on:"))
        self.labels["received_on"].setText(self.tr("Received on:"))
        self.labels["receiver_name"].setText(self.tr("Received by:"))
        self.receiver_name.setPlaceholderText(self.tr("Name of the person who received it"))
        self.retranslate_buttons(self.tr("Save"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            record_delivery(
                session, self.addressee.addressee_id, method=self.method.currentData(), sent_on=self.sent_on.date(),
                received_on=self.received_on.date(), receiver_name=self.receiver_name.text(),
            )  # fmt: skip
