"""The notices screen: the notices with their posting checks, the selected notice's posting log, and
the notice boards. A double-click opens the notice editor; "New notice" offers the kinds with a
ready text."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.errors import UserError
from bmb_desktop.locale.labels import label
from bmb_desktop.services.notice_checks import notice_warnings
from bmb_desktop.services.notices import delete_notice, notices
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.notices import COL_DATE, COL_KIND, COL_TITLE, NoticeRow, NoticesModel, notice_rows
from bmb_desktop.ui.models.rows import SORT_ROLE
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label
from bmb_desktop.ui.pages.notices.boards_tab import BoardsTab
from bmb_desktop.ui.pages.notices.postings_panel import PostingsPanel
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_item

WARNING_STYLE = "color: #7a4a00; background: #fff4e0; border: 1px solid #f0d3a0; border-radius: 4px; padding: 6px;"
KIND_WIDTH = 250


class NoticesPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = self.preview = None
        self.findings: list[RuleFinding] = []
        self._reloading = False
        self.model = NoticesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.heading = heading_label(self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.tabs = QTabWidget(self)
        self.notices_tab = QWidget(self)
        self.boards = BoardsTab(context, self)
        self.new_button, self.open_button = QPushButton(self), QPushButton(self)
        self.print_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.table = self._make_table()
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.postings = PostingsPanel(context, self)
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = register_table(self, self.proxy)
        table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)  # the newest notice first
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.print_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.body)
        splitter.addWidget(self.postings)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        notices_layout = QVBoxLayout(self.notices_tab)
        notices_layout.addLayout(actions)
        notices_layout.addWidget(splitter, 1)
        self.tabs.addTab(self.notices_tab, "")
        self.tabs.addTab(self.boards, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.postings.changed.connect(self._postings_changed)
        self.boards.changed.connect(self._boards_changed)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Notices"))
        self.tabs.setTabText(0, self.tr("Notices"))
        self.tabs.setTabText(1, self.tr("Notice boards"))
        self.new_button.setText(self.tr("New notice"))
        self.open_button.setText(self.tr("Open…"))
        self.print_button.setText(self.tr("Print…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.empty.setText(self.tr(
            "No notices yet. Prepare a notice from a ready text: the start of the group's formation, the community "
            "gathering, the group's composition and first meeting, a monitoring, the results of an act or of the "
            "summary report. Print it as a poster and record where it was posted."
        ))
        self._fill_new_menu()
        self.model.refresh_texts()
        self.postings.retranslate_ui()
        self.boards.retranslate_ui()

    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        for kind in NoticeKind:
            action = self.new_menu.addAction(label(kind))
            action.triggered.connect(lambda _checked=False, kind=kind: self.new_notice(kind))

    def refresh(self) -> None:
        chosen = self.selected_notice()
        with self.context.database.session() as session:
            self.findings = notice_warnings(session, self.context.municipality_id, today=self.context.today())
            rows = notice_rows(notices(session, self.context.municipality_id), self.findings)
        self._reloading = True  # the selection is gone only until it is restored below
        try:
            self.model.set_rows(rows)
            if chosen is not None:
                self.select_notice(chosen.notice_id)
            if self.selected_notice() is None and rows:
                self.table.selectRow(0)
        finally:
            self._reloading = False
        self.warnings.setText("\n".join(f"⚠ {finding.text()}" for finding in self.findings))
        self.warnings.setVisible(bool(self.findings))
        self.body.setCurrentWidget(self.table if rows else self.empty)
        self.table.horizontalHeader().resizeSection(COL_KIND, KIND_WIDTH)
        self.boards.refresh()
        self._selection_changed()

    # --- selection -----------------------------------------------------------------------------------

    def selected_notice(self) -> NoticeRow | None:
        return selected_item(self.table)

    def select_notice(self, notice_id: int) -> None:
        select_source_row(self.table, self.model.row_of(notice_id))

    def _selection_changed(self, *_args) -> None:
        if self._reloading:
            return
        chosen = self.selected_notice()
        for button in (self.open_button, self.print_button, self.delete_button):
            button.setEnabled(chosen is not None)
        shown = (chosen.notice_id, chosen.title) if chosen else (None, "")
        if (self.postings.notice_id, self.postings.title) != shown:
            self.postings.set_notice(*shown)

    def _postings_changed(self, notice_id: int) -> None:
        self.refresh()  # the counts, the first posting and the checks change with the log
        self.select_notice(notice_id)

    def _boards_changed(self) -> None:
        self.postings.refresh()  # a board renamed or taken out of use reads so in the log

    # --- actions -------------------------------------------------------------------------------------

    def new_notice(self, kind: NoticeKind) -> None:
        self._open_editor(kind=kind)

    def open_selected(self) -> None:
        chosen = self.selected_notice()
        if chosen is not None:
            self.open_notice(chosen.notice_id)

    def open_notice(self, notice_id: int) -> None:
        self._open_editor(notice_id=notice_id)

    def _open_editor(self, *, notice_id: int | None = None, kind: NoticeKind = NoticeKind.FREE) -> None:
        from bmb_desktop.ui.dialogs.notices.editor import NoticeEditor

        self.editor = NoticeEditor(self.context, notice_id=notice_id, kind=kind, parent=self)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self.refresh())
        self.editor.open()

    def _saved(self, notice_id: int) -> None:
        self.refresh()
        self.select_notice(notice_id)

    def print_selected(self) -> None:
        from bmb_desktop.ui.dialogs.notices.printing import print_notice

        chosen = self.selected_notice()
        if chosen is not None:
            print_notice(self.context, self, chosen.notice_id, chosen.title)

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected_notice()
        if chosen is None:
            return
        if confirm:
            question = self.tr("Delete the notice «%1» with its posting log and photos?").replace("%1", chosen.title)
            box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(), question, parent=self)
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return
        try:
            with self.context.database.session() as session:
                delete_notice(session, self.context.municipality_id, chosen.notice_id)
        except UserError as error:
            show_error(self, error)
            return
        self.refresh()
