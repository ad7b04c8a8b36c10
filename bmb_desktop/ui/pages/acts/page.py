"""The acts screen: the register of acts — number, date, status, object, subject, recommendations and the
state of the answers in colour, with filters — and the letters tab. A double-click opens the editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.services.act_register import ActRow, act_register
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.models.acts import COL_OBJECT, COL_SUBJECT, ActsFilter, ActsModel
from bmb_desktop.ui.pages.acts.letters import LettersTab
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label
from bmb_desktop.ui.pages.register_filters import RegisterFilters
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_item

OBJECT_WIDTH = 260


class ActsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = self.dialog = self.preview = None
        self.model = ActsModel(self)
        self.proxy = ActsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = heading_label(self)
        self.tabs = QTabWidget(self)
        self.acts_tab = QWidget(self)
        self.letters = LettersTab(context, self)
        self.new_button, self.open_button = QPushButton(self), QPushButton(self)
        self.print_button, self.verify_button = QPushButton(self), QPushButton(self)
        self.filters = RegisterFilters(self, self.proxy)
        self.year_filter, self.status_filter, self.shown = self.filters.year, self.filters.choice, self.filters.shown
        self.pressing_filter = QCheckBox(self)
        self.table = register_table(self, self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OBJECT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.print_button, self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)
        filters = QHBoxLayout()
        for widget in (self.year_filter, self.status_filter, self.pressing_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.shown)
        acts = QVBoxLayout(self.acts_tab)
        acts.addLayout(actions)
        acts.addLayout(filters)
        acts.addWidget(self.body, 1)
        self.tabs.addTab(self.acts_tab, "")
        self.tabs.addTab(self.letters, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_act)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.verify_button.clicked.connect(self.verify)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.pressing_filter.toggled.connect(self.proxy.set_pressing)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.letters.open_act.connect(self.open_act)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Acts and letters"))
        self.tabs.setTabText(0, self.tr("Acts"))
        self.tabs.setTabText(1, self.tr("Letters"))
        self.new_button.setText(self.tr("New act…"))
        self.open_button.setText(self.tr("Open…"))
        self.print_button.setText(self.tr("Print…"))
        self.verify_button.setText(self.tr("Check a printed act…"))
        self.verify_button.setToolTip(self.tr("Compare a printed act or its PDF file with the act in the database"))
        self.pressing_filter.setText(self.tr("Answers overdue or due this week"))
        self.empty.setText(self.tr(
            "No acts yet. An act records one monitoring: its purpose, object, place and period, the findings, the "
            "recommendations with their addressees and dates, and the members who sign it."
        ))
        self.letters.retranslate_ui()
        self.filters.set_texts(all_years=self.tr("All years"), all_choices=self.tr("Any status"),
                               shown=self.tr("Shown: %1 of %2"))  # fmt: skip

    def refresh(self) -> None:
        chosen = self.selected_act()
        with self.context.database.session() as session:
            rows = act_register(session, self.context.municipality_id, today=self.context.today())
        self.model.set_rows(rows)
        self.filters.fill()
        self.body.setCurrentWidget(self.table if rows else self.empty)
        self.table.horizontalHeader().resizeSection(COL_OBJECT, OBJECT_WIDTH)
        if chosen is not None:
            self.select_act(chosen.act_id)
        self.letters.refresh()
        self._update_buttons()

    # --- selection ------------------------------------------------------------------------------------

    def selected_act(self) -> ActRow | None:
        return selected_item(self.table)

    def select_act(self, act_id: int) -> None:
        select_source_row(self.table, self.model.row_of(act_id))

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_act() is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------------------

    def new_act(self) -> None:
        from bmb_desktop.ui.dialogs.acts.new_act_dialog import NewActDialog

        self.dialog = NewActDialog(self.context, self)
        self.dialog.accepted.connect(lambda: self.open_act(self.dialog.act_id))
        self.dialog.open()

    def open_selected(self) -> None:
        chosen = self.selected_act()
        if chosen is not None:
            self.open_act(chosen.act_id)

    def open_act(self, act_id: int) -> None:
        from bmb_desktop.ui.dialogs.acts.editor import ActEditor

        self.refresh()
        self.select_act(act_id)
        self.editor = ActEditor(self.context, act_id, self)
        self.editor.changed.connect(self._changed)
        self.editor.letter_created.connect(lambda _id: self.letters.refresh())
        self.editor.open()

    def _changed(self, act_id: int) -> None:
        self.refresh()
        self.select_act(act_id)

    def print_selected(self) -> None:
        from bmb_desktop.ui.dialogs.acts.printing import print_act

        chosen = self.selected_act()
        if chosen is not None:
            print_act(self.context, self, chosen.act_id, chosen.number)

    def verify(self) -> None:
        from bmb_desktop.ui.dialogs.acts.verify_dialog import VerifyDialog

        self.dialog = VerifyDialog(self.context, self)
        self.dialog.open_act.connect(self.open_act)
        self.dialog.open()
