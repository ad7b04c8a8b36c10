"""An issued act's addressees (A3): how each received it, when its answer is due (A4, A5), and the
answers recorded with their scans; the cover letter to each addressee."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import AddresseeKind
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_view import ActView, AddresseeView, ResponseView
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.attachments_panel import open_file
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.acts import DEADLINE_COLOURS, deadline_text
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.pages.tables import whole_rows

A_NAME, A_DELIVERED, A_RECEIVED, A_DUE, A_ANSWER = range(5)
R_DATE, R_KIND, R_CAUSES, R_MEASURES, R_SCAN = range(5)


def cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def table(parent: QWidget, columns: int) -> QTableWidget:
    widget = whole_rows(QTableWidget(0, columns, parent))
    widget.setWordWrap(True)
    return widget


class AddresseesPanel(QWidget):
    changed = Signal()
    cover_letter_requested = Signal(int)  # the addressee id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ActView | None = None
        self.note = note_label(self)
        self.addressees = table(self, 5)
        header = self.addressees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(A_NAME, QHeaderView.ResizeMode.Stretch)
        self.addressees.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.addressees.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.addressees.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.responses_label = QLabel(self)
        self.responses = table(self, 5)
        header = self.responses.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(R_CAUSES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(R_MEASURES, QHeaderView.ResizeMode.Stretch)
        self.responses.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.delivery_button, self.response_button = QPushButton(self), QPushButton(self)
        self.cover_button, self.scan_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.delivery_button, self.response_button, self.cover_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.addressees)
        layout.addLayout(buttons)
        layout.addWidget(self.responses_label)
        layout.addWidget(self.responses, 1)
        self.addressees.itemSelectionChanged.connect(self._show_responses)
        self.responses.itemSelectionChanged.connect(self._update_buttons)
        self.delivery_button.clicked.connect(self.record_delivery)
        self.response_button.clicked.connect(self.record_response)
        self.cover_button.clicked.connect(self._cover_letter)
        self.scan_button.clicked.connect(self.open_scan)
        self.dialog = None

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "The act goes to the object, the aiyl okmotu and the council. Record when each received it: the object "
            "answers within 10 working days, the aiyl okmotu reports to the council within 30 days."
        ))
        self.addressees.setHorizontalHeaderLabels(
            [self.tr("Addressee"), self.tr("Delivered"), self.tr("Received"), self.tr("Answer due"), self.tr("Answer")]
        )
        self.responses.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Kind"), self.tr("Causes"), self.tr("Measures"), self.tr("Scan")]
        )
        self.delivery_button.setText(self.tr("Record delivery…"))
        self.cover_button.setText(self.tr("Cover letter…"))
        self.cover_button.setToolTip(self.tr("Prepare the letter sending the act to this addressee"))
        self.scan_button.setText(self.tr("Open the scan"))
        if self.view is not None:
            self.set_view(self.view)
        self._update_buttons()

    def set_view(self, view: ActView) -> None:
        chosen = self.selected()
        self.view = view
        self.addressees.setRowCount(len(view.addressees))
        for row, addressee in enumerate(view.addressees):
            self._fill_row(row, addressee)
        row = next((i for i, a in enumerate(view.addressees) if chosen and a.addressee_id == chosen.addressee_id), 0)
        if view.addressees:
            self.addressees.selectRow(row)
        self._show_responses()

    def _fill_row(self, row: int, addressee: AddresseeView) -> None:
        delivered = ", ".join(p for p in (label(addressee.delivery_method), display_date(addressee.sent_on)) if p)
        received = display_date(addressee.received_on)
        if addressee.receiver_name:
            received += f" ({addressee.receiver_name})"
        self.addressees.setItem(row, A_NAME, cell(f"{addressee.name}\n{label(addressee.kind)}"))
        self.addressees.setItem(row, A_DELIVERED, cell(delivered or self.tr("not recorded")))
        self.addressees.setItem(row, A_RECEIVED, cell(received or self.tr("not recorded")))
        due = answer = ""
        if not addressee.answers:
            due = self.tr("no answer owed")
        elif addressee.due_on is None:
            due = self.tr("once received")
        else:
            due = display_date(addressee.due_on)
            answered = [r.received_on for r in addressee.responses]
            answer = deadline_text(addressee.deadline)
            if answered:
                answer += ": " + display_date(min(answered))
            elif addressee.days_late:
                answer += " " + self.tr("(%1 days late)").replace("%1", str(addressee.days_late))
        self.addressees.setItem(row, A_DUE, cell(due))
        item = cell(answer)
        if addressee.deadline is not None:
            item.setForeground(QBrush(QColor(DEADLINE_COLOURS[addressee.deadline])))
        self.addressees.setItem(row, A_ANSWER, item)

    def selected(self) -> AddresseeView | None:
        if self.view is None:
            return None
        rows = self.addressees.selectionModel().selectedRows()
        return self.view.addressees[rows[0].row()] if rows and rows[0].row() < len(self.view.addressees) else None

    def select(self, kind: AddresseeKind) -> None:
        if self.view is not None:
            row = next((i for i, a in enumerate(self.view.addressees) if a.kind is kind), -1)
            if row >= 0:
                self.addressees.selectRow(row)

    def selected_response(self) -> ResponseView | None:
        chosen = self.selected()
        rows = self.responses.selectionModel().selectedRows()
        if chosen is None or not rows or rows[0].row() >= len(chosen.responses):
            return None
        return chosen.responses[rows[0].row()]

    def _show_responses(self) -> None:
        chosen = self.selected()
        responses = chosen.responses if chosen else ()
        self.responses.setRowCount(len(responses))
        for row, response in enumerate(responses):
            texts = (display_date(response.received_on), label(response.kind), response.causes, response.measures,
                     response.attachment_name)  # fmt: skip
            for column, text in enumerate(texts):
                self.responses.setItem(row, column, cell(text))
        if responses:
            self.responses.selectRow(0)
        name = chosen.name if chosen else ""
        self.responses_label.setText(self.tr("Answers of %1:").replace("%1", name) if chosen else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.delivery_button.setEnabled(chosen is not None)
        self.cover_button.setEnabled(chosen is not None)
        answers = chosen is not None and chosen.answers
        self.response_button.setEnabled(answers)
        if chosen is not None and chosen.kind is AddresseeKind.AIYL_OKMOTU:
            self.response_button.setText(self.tr("Record the report to the council…"))
        else:
            self.response_button.setText(self.tr("Record the response…"))
        self.response_button.setToolTip("" if answers or chosen is None else self.tr("This addressee owes no answer."))
        response = self.selected_response()
        self.scan_button.setEnabled(response is not None and response.attachment_id is not None)

    def record_delivery(self) -> None:
        from bmb_desktop.ui.dialogs.acts.delivery_dialog import DeliveryDialog

        chosen = self.selected()
        if chosen is not None:
            self.dialog = DeliveryDialog(self.context, chosen, self)
            self.dialog.accepted.connect(self.changed)
            self.dialog.open()

    def record_response(self) -> None:
        from bmb_desktop.ui.dialogs.acts.response_dialog import ResponseDialog

        chosen = self.selected()
        if chosen is not None and chosen.answers:
            self.dialog = ResponseDialog(self.context, chosen, self)
            self.dialog.accepted.connect(self.changed)
            self.dialog.open()

    def _cover_letter(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.cover_letter_requested.emit(chosen.addressee_id)

    def open_scan(self):
        response = self.selected_response()
        if response is not None and response.attachment_id is not None:
            return open_file(self.context, self, response.attachment_id, response.attachment_name)
        return None
