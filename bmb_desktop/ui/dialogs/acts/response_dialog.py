"""Recording an answer to an issued act: the object's response to the group (A4: causes and planned
measures) or the aiyl okmotu's report to the council (A5: measures taken), with its scan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from bmb_desktop.domain.enums import AddresseeKind
from bmb_desktop.errors import UserError
from bmb_desktop.services.act_responses import record_response
from bmb_desktop.services.act_view import AddresseeView
from bmb_desktop.services.attachments import remove_attachment, store_attachment
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.header_form import text_box
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import DateField


class ResponseDialog(FormDialog):
    def __init__(self, context: AppContext, addressee: AddresseeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.addressee = context, addressee
        self.from_object = addressee.kind is AddresseeKind.OBJECT
        self.received_on = self.add_field("received_on", DateField(parent=self))
        self.received_on.set_date(context.today())
        self.causes = self.add_field("causes", text_box(self, 4)) if self.from_object else None
        self.measures = self.add_field("measures", text_box(self, 4))
        scan = QWidget(self)
        self.scan_path = QLineEdit(scan)
        self.scan_path.setReadOnly(True)
        self.choose_button = QPushButton(scan)
        row = QHBoxLayout(scan)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scan_path, 1)
        row.addWidget(self.choose_button)
        self.add_field("attachment", scan)
        self.choose_button.clicked.connect(self.choose_scan)
        self.setMinimumWidth(640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.addressee.name
        if self.from_object:
            self.setWindowTitle(self.tr("Response of %1").replace("%1", name))
            self.set_intro(self.tr("The object informs the aiyl okmotu, with a copy to the group, of the causes of the "
                                   "shortcomings and the measures planned."))
            self.labels["causes"].setText(self.tr("Causes of the shortcomings:"))
            self.labels["measures"].setText(self.tr("Measures planned:"))
        else:
            self.setWindowTitle(self.tr("Report of %1 to the council").replace("%1", name))
            self.set_intro(self.tr("The aiyl okmotu informs the council of the measures taken on the act."))
            self.labels["measures"].setText(self.tr("Measures taken:"))
        self.labels["received_on"].setText(self.tr("Received on:"))
        self.labels["attachment"].setText(self.tr("Scan of the letter:"))
        self.scan_path.setPlaceholderText(self.tr("Optional: a scan or a photo of the letter"))
        self.choose_button.setText(self.tr("Choose…"))
        self.retranslate_buttons(self.tr("Record"))

    def choose_scan(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Scan of the letter"), folder)
        if path:
            self.scan_path.setText(path)

    def submit(self) -> None:
        """The scan is stored first and taken back if the answer is refused, so nothing is left dangling."""
        municipality_id = self.context.municipality_id
        with self.context.database.session() as session:
            scan_id = None
            if self.scan_path.text():
                scan = Path(self.scan_path.text())
                scan_id = store_attachment(session, municipality_id, source=scan, description=self.windowTitle()).id
            try:
                record_response(
                    session, self.addressee.addressee_id, received_on=self.received_on.date(),
                    causes=self.causes.toPlainText() if self.causes else "", measures=self.measures.toPlainText(),
                    attachment_id=scan_id,
                )  # fmt: skip
            except UserError:
                if scan_id is not None:
                    remove_attachment(session, scan_id)
                raise
