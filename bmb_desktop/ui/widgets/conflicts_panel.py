"""Conflicts of interest beside the roster: the declarations with their decisions, and the warnings (G5, C3)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.services.roster_editing import DeclarationRow
from bmb_desktop.ui.models.roster import DECL_SUMMARY, DeclarationsModel
from bmb_desktop.ui.widgets.composition_panel import FindingsList
from bmb_desktop.ui.retranslating import Retranslating


class ConflictsPanel(Retranslating, QWidget):
    """Lists declarations; the page opens the dialogs when Declare… or Decide… is pressed."""

    declare_requested = Signal()
    decide_requested = Signal(object)  # the DeclarationRow chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeclarationsModel(self)
        self.declare_button = QPushButton(self)
        self.decide_button = QPushButton(self)
        self.view = QListView(self)  # one three-line entry per declaration: the pane is narrow
        self.view.setModel(self.model)
        self.view.setModelColumn(DECL_SUMMARY)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b73;")
        self.warnings_title = QLabel(self)
        bold = QFont(self.warnings_title.font())
        bold.setBold(True)
        self.warnings_title.setFont(bold)
        self.warnings = FindingsList(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.declare_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.empty)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings, 2)
        self.declare_button.clicked.connect(self.declare_requested)
        self.decide_button.clicked.connect(self._decide)
        self.view.doubleClicked.connect(self._decide)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()

    def set_data(self, rows: list[DeclarationRow], warnings: list[RuleFinding]) -> None:
        self.model.set_rows(rows)
        self.view.setHidden(not rows)
        self.empty.setHidden(bool(rows))
        self.warnings.set_findings(warnings)
        self.warnings.setHidden(not warnings)
        self.warnings_title.setHidden(not warnings)

    def warning_texts(self) -> list[str]:
        return [line.finding.text() for line in self.warnings.lines]

    def selected(self) -> DeclarationRow | None:
        rows = self.view.selectionModel().selectedIndexes()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_declaration(self, declaration_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == declaration_id:
                self.view.setCurrentIndex(self.model.index(row, DECL_SUMMARY))
                return

    def _decide(self, *_args) -> None:
        declaration = self.selected()
        if declaration is not None:
            self.decide_requested.emit(declaration)

    def _update_buttons(self, *_args) -> None:
        self.decide_button.setEnabled(self.selected() is not None)

    def retranslate_ui(self) -> None:
        self.declare_button.setText(self.tr("Declare…"))
        self.decide_button.setText(self.tr("Decide…"))
        self.declare_button.setToolTip(self.tr("Record a member's written declaration of a conflict of interest"))
        self.decide_button.setToolTip(self.tr("Record the council chair's decision on the chosen declaration"))
        self.empty.setText(self.tr("No member has declared a conflict of interest."))
        self.warnings_title.setText(self.tr("Check for conflicts of interest"))
