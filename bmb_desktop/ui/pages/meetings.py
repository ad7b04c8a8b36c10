"""The meeting register: group meetings, community gatherings and observed events, with their warnings.

Each row shows the protocol number, the date, the kind, what or where, who came, the quorum (red
when missing) and whether the protocol is signed; a double-click opens the meeting editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.services.meeting_checks import meeting_warnings
from bmb_desktop.services.meeting_register import RegisterRow, meeting_register
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.models.meetings import COL_TITLE, MeetingsFilter, MeetingsModel
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label
from bmb_desktop.ui.pages.register_filters import RegisterFilters
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_item

WARNING_STYLE = "color: #7a4a00; background: #fff4e0; border: 1px solid #f0d3a0; border-radius: 4px; padding: 6px;"


class MeetingsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = None
        self.findings: list[RuleFinding] = []
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = heading_label(self)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.new_meeting_button, self.new_gathering_button = QPushButton(self), QPushButton(self)
        self.new_event_button, self.open_button = QPushButton(self), QPushButton(self)
        self.filters = RegisterFilters(self, self.proxy)
        self.year_filter, self.kind_filter, self.shown = self.filters.year, self.filters.choice, self.filters.shown
        self.table = self._make_table()
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = register_table(self, self.proxy)  # the newest first until a click
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)  # the long one gives way
        return table

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_meeting_button, self.new_gathering_button, self.new_event_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.year_filter)
        actions.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.shown)

    def _connect(self) -> None:
        self.new_meeting_button.clicked.connect(lambda: self.new_meeting(MeetingKind.GROUP_MEETING))
        self.new_gathering_button.clicked.connect(lambda: self.new_meeting(MeetingKind.COMMUNITY_GATHERING))
        self.new_event_button.clicked.connect(lambda: self.new_meeting(MeetingKind.OBSERVED_EVENT))
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Meetings"))
        self.new_meeting_button.setText(self.tr("New group meeting…"))
        self.new_gathering_button.setText(self.tr("New gathering…"))
        self.new_gathering_button.setToolTip(self.tr("A community gathering, e.g. one electing the citizen members"))
        self.new_event_button.setText(self.tr("New observed event…"))
        self.new_event_button.setToolTip(self.tr(
            "An event the group attended as observers: a public hearing, a tender, a budget hearing, a kurultai"
        ))
        self.open_button.setText(self.tr("Open…"))
        self.empty.setText(self.tr(
            "No meetings are recorded yet. Record the group's meetings with their attendance, agenda and decisions: "
            "at least one meeting with a quorum is expected every quarter."
        ))
        self.filters.set_texts(all_years=self.tr("All years"), all_choices=self.tr("All kinds"),
                               shown=self.tr("Shown: %1 of %2"))  # fmt: skip

    def refresh(self) -> None:
        chosen = self.selected_meeting()
        with self.context.database.session() as session:
            rows = meeting_register(session, self.context.municipality_id)
            self.findings = meeting_warnings(session, self.context.municipality_id, today=self.context.today())
        self.model.set_rows(rows)
        self.filters.fill()
        self.warnings.setText("\n".join(f"⚠ {finding.message} ({finding.source})" for finding in self.findings))
        self.warnings.setVisible(bool(self.findings))
        self.body.setCurrentWidget(self.table if rows else self.empty)
        if chosen is not None:
            self.select_meeting(chosen.meeting_id)
        self._update_buttons()

    # Selection

    def selected_meeting(self) -> RegisterRow | None:
        return selected_item(self.table)

    def select_meeting(self, meeting_id: int) -> None:
        select_source_row(self.table, self.model.row_of(meeting_id))

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.selected_meeting() is not None)

    # Editing

    def new_meeting(self, kind: MeetingKind) -> None:
        self._open_editor(kind=kind)

    def open_selected(self) -> None:
        chosen = self.selected_meeting()
        if chosen is not None:
            self._open_editor(meeting_id=chosen.meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self._open_editor(meeting_id=meeting_id)

    def _open_editor(self, *, meeting_id: int | None = None, kind: MeetingKind = MeetingKind.GROUP_MEETING) -> None:
        from bmb_desktop.ui.dialogs.meetings.editor import MeetingEditor

        self.editor = MeetingEditor(self.context, meeting_id=meeting_id, kind=kind, parent=self)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self.refresh())
        self.editor.open()

    def _saved(self, meeting_id: int) -> None:
        self.refresh()
        self.select_meeting(meeting_id)
