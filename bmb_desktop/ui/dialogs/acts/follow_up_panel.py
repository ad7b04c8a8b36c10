"""What became of an issued act's recommendations: each one's status with its dated follow-up notes and
the later monitoring that checked it (A6: voluntary, but they must be considered)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import RecommendationStatus
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_register import issued_acts
from bmb_desktop.services.act_view import ActView, RecommendationView
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.addressees_panel import cell, table
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label

STATUS_COLOURS = {
    RecommendationStatus.OPEN: "#2b5d8a",
    RecommendationStatus.ACCEPTED: "#2b5d8a",
    RecommendationStatus.IN_PROGRESS: "#b26a00",
    RecommendationStatus.IMPLEMENTED: "#1b6e2d",
    RecommendationStatus.PARTLY_IMPLEMENTED: "#6b4e16",
    RecommendationStatus.REJECTED: "#b3261e",
    RecommendationStatus.NOT_CONSIDERED: "#b3261e",
}
C_NUMBER, C_ADDRESSEE, C_TEXT, C_DUE, C_STATUS = range(5)
N_DATE, N_STATUS, N_TEXT, N_ACT = range(4)


class FollowUpPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ActView | None = None
        self.note = note_label(self)
        self.recommendations = table(self, 5)
        header = self.recommendations.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(C_TEXT, QHeaderView.ResizeMode.Stretch)
        self.recommendations.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes_label = QLabel(self)
        self.notes = table(self, 4)
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(N_TEXT, QHeaderView.ResizeMode.Stretch)
        self.notes.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.recommendations, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 2)
        self.recommendations.itemSelectionChanged.connect(self._show_notes)
        self.recommendations.doubleClicked.connect(lambda _index: self.add_note())
        self.add_button.clicked.connect(self.add_note)
        self.dialog = None

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Recommendations are voluntary but must be considered. Record what became of each one with a dated note; "
            "where the group checked it at a later monitoring, name that act."
        ))
        self.recommendations.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("To whom"), self.tr("What is to be done"), self.tr("By when"), self.tr("Status")]
        )
        self.notes.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Note"), self.tr("Checked by act")])
        self.add_button.setText(self.tr("Add a follow-up note…"))
        if self.view is not None:
            self.set_view(self.view)

    def set_view(self, view: ActView) -> None:
        chosen = self.selected()
        self.view = view
        self.recommendations.setRowCount(len(view.recommendations))
        for row, recommendation in enumerate(view.recommendations):
            items = (cell(str(recommendation.position)), cell(recommendation.addressee), cell(recommendation.text),
                     cell(display_date(recommendation.due_on)),
                     cell(label(recommendation.status), recommendation.status_reason))  # fmt: skip
            items[C_STATUS].setForeground(QBrush(QColor(STATUS_COLOURS[recommendation.status])))
            for column, item in enumerate(items):
                self.recommendations.setItem(row, column, item)
        ids = [r.recommendation_id for r in view.recommendations]
        if ids:
            self.recommendations.selectRow(ids.index(chosen.recommendation_id) if chosen and chosen.recommendation_id in ids else 0)
        self._show_notes()

    def selected(self) -> RecommendationView | None:
        if self.view is None:
            return None
        rows = self.recommendations.selectionModel().selectedRows()
        return self.view.recommendations[rows[0].row()] if rows and rows[0].row() < len(self.view.recommendations) else None

    def _show_notes(self) -> None:
        chosen = self.selected()
        notes = chosen.notes if chosen else ()
        self.notes.setRowCount(len(notes))
        for row, note in enumerate(notes):
            act = self.tr("No. %1").replace("%1", note.follow_up_number) if note.follow_up_number else ""
            for column, text in enumerate((display_date(note.noted_on), label(note.status), note.text, act)):
                self.notes.setItem(row, column, cell(text))
        self.notes_label.setText(
            self.tr("Follow-up notes on recommendation %1:").replace("%1", str(chosen.position)) if chosen else ""
        )
        self.add_button.setEnabled(chosen is not None)

    def add_note(self) -> None:
        from bmb_desktop.ui.dialogs.acts.status_dialog import StatusDialog

        chosen = self.selected()
        if chosen is None or self.view is None:
            return
        with self.context.database.session() as session:
            acts = [row for row in issued_acts(session, self.context.municipality_id, today=self.context.today())
                    if row.act_id != self.view.act_id]  # fmt: skip
        self.dialog = StatusDialog(self.context, chosen, acts, self)
        self.dialog.accepted.connect(self.changed)
        self.dialog.open()
