"""The formation tracker: each formation's steps with legal deadlines in working days, and the gathering."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.locale.labels import label
from bmb_desktop.services.formation_status import (
    ProcessSummary,
    StepRow,
    get_process,
    process_findings,
    process_summaries,
    step_rows,
)
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.formation_steps import COL_DOCUMENT, COL_STATUS, COL_STEP, FormationStepsModel
from bmb_desktop.ui.pages.base import Page, heading_label, note_label
from bmb_desktop.ui.pages.formation_step_editor import StepEditor
from bmb_desktop.ui.pages.gathering_panel import GatheringPanel

BROKEN_COLOUR = QColor("#b3261e")
DOCUMENT_WIDTH, STATUS_WIDTH = 250, 230  # wider texts wrap, leaving the step's name its room
WARNINGS_HEIGHT = 130


class FormationPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog = None
        self.summaries: list[ProcessSummary] = []
        self.rows: list[StepRow] = []
        self.findings: list[RuleFinding] = []
        self.heading = heading_label(self)
        self.note = note_label(self)
        self.process_label = QLabel(self)
        self.processes = QComboBox(self)
        self.processes.setMinimumContentsLength(50)
        self.processes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.start_button = QPushButton(self)
        self.process_note = QLabel(self)
        self.process_note.setWordWrap(True)
        self.model = FormationStepsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DOCUMENT, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet("QTableView::item { padding: 3px; }")
        self.editor = StepEditor(context, self)
        self.warnings_box = QGroupBox(self)
        self.warnings = QListWidget(self.warnings_box)
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(WARNINGS_HEIGHT)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        self.gathering = GatheringPanel(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._steps_tab(), "")
        self.tabs.addTab(self.gathering, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

        self.processes.currentIndexChanged.connect(self._process_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._step_chosen)
        self.editor.saved.connect(self._step_saved)
        self.start_button.clicked.connect(self.start_formation)
        self.retranslate_ui()
        self.refresh()

    def _steps_tab(self) -> QWidget:
        tab = QWidget(self)
        choose = QHBoxLayout()
        choose.addWidget(self.process_label)
        choose.addWidget(self.processes, 1)
        choose.addWidget(self.start_button)
        lower = QHBoxLayout()
        lower.addWidget(self.editor, 3)
        lower.addWidget(self.warnings_box, 2)
        layout = QVBoxLayout(tab)
        layout.addLayout(choose)
        layout.addWidget(self.process_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower, 0)
        return tab

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Group formation"))
        self.note.setText(self.tr(
            "Each step of forming the group or replacing a member, with its legal deadline counted in working "
            "days (weekends, public holidays and the corrections in Settings are skipped)."
        ))
        self.process_label.setText(self.tr("Formation:"))
        self.start_button.setText(self.tr("Start a formation…"))
        self.tabs.setTabText(0, self.tr("Steps and deadlines"))
        self.tabs.setTabText(1, self.tr("Community gathering"))
        self.warnings_box.setTitle(self.tr("Warnings"))
        self.model.retranslate()
        self.editor.retranslate_ui()
        self.gathering.retranslate_ui()

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.context.today()
        with self.context.database.session() as session:
            self.summaries = process_summaries(session, self.context.municipality_id, today=today)
        self._fill_processes(self.current_process_id())
        self._show_process()
        self.gathering.refresh()

    def _fill_processes(self, selected: int | None) -> None:
        self.processes.blockSignals(True)
        self.processes.clear()
        for summary in self.summaries:
            self.processes.addItem(self._process_text(summary), summary.id)
            if summary.problems:
                self.processes.setItemData(self.processes.count() - 1, BROKEN_COLOUR, Qt.ItemDataRole.ForegroundRole)
        ids = [summary.id for summary in self.summaries]
        self.processes.setCurrentIndex(ids.index(selected) if selected in ids else 0 if ids else -1)
        self.processes.setEnabled(bool(ids))
        self.processes.blockSignals(False)

    def _process_text(self, summary: ProcessSummary) -> str:
        kind = label(summary.kind)
        text = self.tr("%1, started %2").replace("%1", kind[:1].upper() + kind[1:]).replace("%2", display_date(summary.started_on))
        if summary.problems:
            text += " — " + self.tr("steps needing attention: %1").replace("%1", str(summary.problems))
        return text

    def current_process_id(self) -> int | None:
        return self.processes.currentData()

    def _process_chosen(self, *_args) -> None:
        self._show_process()

    def _show_process(self, *, select_step: int | None = None) -> None:
        process_id = self.current_process_id()
        today = self.context.today()
        selected = select_step or self.editor.step_id
        if process_id is None:
            self.rows, self.findings, note = [], [], self.tr("No formation is recorded yet. Start one with the button above.")
        else:
            with self.context.database.session() as session:
                process = get_process(session, self.context.municipality_id, process_id)
                self.rows = step_rows(session, process, today=today)
                self.findings = process_findings(session, process, today=today)
                note = process.note
        self.process_note.setText(note)
        self.process_note.setVisible(bool(note))
        self.model.set_rows(self.rows)
        for column, widest in ((COL_DOCUMENT, DOCUMENT_WIDTH), (COL_STATUS, STATUS_WIDTH)):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        row = self.model.row_of(selected) if selected is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._step_chosen()
        self._show_findings()

    def _show_findings(self) -> None:
        self.warnings.clear()
        for finding in self.findings:
            item = QListWidgetItem(finding.text(), self.warnings)
            item.setForeground(BROKEN_COLOUR)
        if not self.findings:
            QListWidgetItem(self.tr("No warnings: every step so far is within its deadline."), self.warnings)

    def _step_chosen(self, *_args) -> None:
        index = self.table.currentIndex()
        row = self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
        self.editor.show_step(row, keep_typing=True)

    def _step_saved(self, step_id: int) -> None:
        self.refresh_after_change(select_step=step_id)

    def refresh_after_change(self, *, select_step: int | None = None) -> None:
        """A step changed: the deadlines after it, the list's counts and the warnings follow."""
        with self.context.database.session() as session:
            self.summaries = process_summaries(session, self.context.municipality_id, today=self.context.today())
        self._fill_processes(self.current_process_id())
        self._show_process(select_step=select_step)

    def start_formation(self) -> None:
        from bmb_desktop.ui.dialogs.formation.start_dialog import StartFormationDialog

        self.dialog = StartFormationDialog(self.context, parent=self)
        self.dialog.accepted.connect(self._started)
        self.dialog.open()

    def _started(self) -> None:
        self.refresh()
        self._fill_processes(self.dialog.process_id)
        self._show_process()
