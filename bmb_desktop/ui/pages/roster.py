"""The roster page: current and former members, searchable and sortable, and the printed roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.services.roster import list_members
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.icons import print_icon
from bmb_desktop.ui.models.roster import COL_NAME, RosterFilter, RosterModel
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label, note_label

MAX_COLUMN_WIDTH = 260


class RosterPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RosterModel(parent=self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = heading_label(self)
        self.note = note_label(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.show_former = QCheckBox(self)
        self.show_former.setChecked(True)
        self.print_button = QPushButton(print_icon(), "", self)
        self.shown = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the roster's own order until a click
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.show_former)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.shown)

        self.search.textChanged.connect(self.proxy.set_search)
        self.show_former.toggled.connect(self.proxy.set_show_former)
        self.proxy.rowsInserted.connect(self._count_shown)
        self.proxy.rowsRemoved.connect(self._count_shown)
        self.proxy.modelReset.connect(self._count_shown)
        self.print_button.clicked.connect(self.print_roster)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Group roster"))
        self.note.setText(
            self.tr("Viewing only: adding members and recording their withdrawal come in a later version.")
        )
        self.search.setPlaceholderText(self.tr("Search by name, village, post or phone"))
        self.show_former.setText(self.tr("Show former members"))
        self.print_button.setText(self.tr("Print roster…"))
        self.empty.setText(self.tr("No members of the group are recorded in this database yet."))
        self._count_shown()

    def refresh(self) -> None:
        today = self.context.today()
        with self.context.database.session() as session:
            rows = list_members(session, self.context.municipality_id, as_of=today)
        self.model.set_rows(rows, today)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        self.print_button.setEnabled(bool(rows))
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != COL_NAME and header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _count_shown(self, *_args) -> None:
        text = self.tr("Shown: %1 of %2").replace("%1", str(self.proxy.rowCount()))
        self.shown.setText(text.replace("%2", str(self.model.rowCount())))

    def print_roster(self) -> None:
        database, municipality_id = self.context.database, self.context.municipality_id
        as_of, language = self.context.today(), self.context.settings.document_language

        def build() -> bytes:
            from bmb_desktop.services.printing import roster_pdf

            with database.session() as session:
                return roster_pdf(session, municipality_id, as_of=as_of, language=language)

        self.context.tasks.run(
            build, on_result=self._preview, busy_parent=self, busy_text=self.tr("Preparing the roster…")
        )

    def _preview(self, pdf: bytes) -> None:
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        self.preview = PrintPreviewDialog(pdf, title=self.tr("Group roster"), file_stem=self.tr("roster"), parent=self)
        self.preview.open()
