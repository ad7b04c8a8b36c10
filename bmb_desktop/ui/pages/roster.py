"""The roster page: members current and former, their editing, the live composition check and conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MemberCategory, MemberRole, WithdrawalGround
from bmb_desktop.domain.findings import Severity
from bmb_desktop.locale.labels import choices
from bmb_desktop.services.conflicts import conflict_warnings
from bmb_desktop.services.group import composition_findings
from bmb_desktop.services.meeting_checks import absence_runs
from bmb_desktop.services.roster import MemberRow, list_members
from bmb_desktop.services.roster_editing import DeclarationRow, declaration_rows, replacement_links
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.icons import print_icon
from bmb_desktop.ui.models.roster import COL_NAME, RosterFilter, StatusFilter
from bmb_desktop.ui.models.roster_absences import AbsenceMarkedRosterModel
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_item
from bmb_desktop.ui.widgets.composition_panel import CompositionPanel
from bmb_desktop.ui.widgets.conflicts_panel import ConflictsPanel

MAX_COLUMN_WIDTH = 260
SIDE_WIDTH = 380


class RosterPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AbsenceMarkedRosterModel(parent=self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = heading_label(self)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.withdraw_button, self.replace_button = QPushButton(self), QPushButton(self)
        self.print_button = QPushButton(print_icon(), "", self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status_filter, self.category_filter, self.role_filter = QComboBox(self), QComboBox(self), QComboBox(self)
        self.shown = QLabel(self)
        self.table = self._make_table()
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.composition = CompositionPanel(self)
        self.conflicts = ConflictsPanel(self)
        self.side = QTabWidget(self)
        self.side.addTab(self.composition, "")
        self.side.addTab(self.conflicts, "")
        self._lay_out()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = register_table(self, self.proxy)  # the roster's own order until a click
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.withdraw_button, self.replace_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (self.status_filter, self.category_filter, self.role_filter):
            filters.addWidget(combo)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.shown)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, SIDE_WIDTH])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData() or StatusFilter.ALL))
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_category(self.category_filter.currentData()))
        self.role_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_role(self.role_filter.currentData()))
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._count_shown)
            signal.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_member)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.withdraw_button.clicked.connect(self.withdraw_member)
        self.replace_button.clicked.connect(self.replace_member)
        self.print_button.clicked.connect(self.print_roster)
        self.conflicts.declare_requested.connect(self.declare_conflict)
        self.conflicts.decide_requested.connect(self.decide_conflict)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Group roster"))
        self.add_button.setText(self.tr("Add member…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.replace_button.setText(self.tr("Replace…"))
        self.withdraw_button.setToolTip(self.tr("Record that the chosen member leaves the group, with the date and ground"))
        self.replace_button.setToolTip(self.tr("Appoint a new member in place of the chosen member who has left"))
        self.search.setPlaceholderText(self.tr("Search by name, village, post or phone"))
        self.print_button.setText(self.tr("Print roster…"))
        self.empty.setText(self.tr("No members of the group are recorded in this database yet."))
        self._fill_filter(self.status_filter, [
            (StatusFilter.ALL, self.tr("Current and former")), (StatusFilter.CURRENT, self.tr("Current members")),
            (StatusFilter.FORMER, self.tr("Former members")),
        ])
        self._fill_filter(self.category_filter, [(None, self.tr("All categories")), *choices(MemberCategory)])
        self._fill_filter(self.role_filter, [(None, self.tr("All roles")), *choices(MemberRole)])
        self.side.setTabText(0, self.tr("Composition"))
        self._title_conflicts_tab()
        self._count_shown()

    @staticmethod
    def _fill_filter(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)  # the proxy's filter stays as it is while the texts change
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _title_conflicts_tab(self) -> None:
        count = len(self.conflicts.warnings.lines)
        title = self.tr("Conflicts of interest")
        self.side.setTabText(1, f"{title} ({count})" if count else title)

    def refresh(self) -> None:
        today, municipality_id = self.context.today(), self.context.municipality_id
        chosen = self.selected_member()
        with self.context.database.session() as session:
            rows = list_members(session, municipality_id, as_of=today)
            links = replacement_links(session, municipality_id)
            findings = composition_findings(session, municipality_id, today=today)
            declarations = declaration_rows(session, municipality_id)
            warnings = conflict_warnings(session, municipality_id, today=today)
            absences = absence_runs(session, municipality_id, today=today)
        self.model.set_absences(absences)
        self.model.set_rows(rows, today, links)
        self.composition.set_findings(findings)
        self.conflicts.set_data(declarations, warnings)
        self._title_conflicts_tab()
        self.body.setCurrentWidget(self.table if rows else self.empty)
        self.print_button.setEnabled(bool(rows))
        self._fit_columns()
        if chosen is not None:
            self.select_member(chosen.membership_id)
        self._update_buttons()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != COL_NAME and header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _count_shown(self, *_args) -> None:
        text = self.tr("Shown: %1 of %2").replace("%1", str(self.proxy.rowCount()))
        self.shown.setText(text.replace("%2", str(self.model.rowCount())))

    def broken_rules(self) -> int:
        return sum(1 for severity, _text in self.composition.lines() if severity is Severity.BROKEN)

    # Selection

    def selected_member(self) -> MemberRow | None:
        return selected_item(self.table)

    def select_member(self, membership_id: int) -> None:
        select_source_row(self.table, self.model.row_of(membership_id))

    def _update_buttons(self, *_args) -> None:
        member = self.selected_member()
        self.edit_button.setEnabled(member is not None)
        self.withdraw_button.setEnabled(member is not None and member.withdrawn_on is None)
        replaced = member is not None and bool(self.model.link(member.membership_id).replaced_by)
        self.replace_button.setEnabled(member is not None and not replaced)

    # Actions: each opens a window-modal dialog; the page refreshes once the dialog has saved.

    def add_member(self) -> None:
        self._open_member_dialog()

    def edit_member(self, *_args) -> None:
        member = self.selected_member()
        if member is not None:
            self._open_member_dialog(membership_id=member.membership_id)

    def _open_member_dialog(self, *, membership_id: int | None = None, replaces: MemberRow | None = None) -> None:
        from bmb_desktop.ui.dialogs.roster.member_dialog import MemberDialog

        self.member_dialog = MemberDialog(self.context, membership_id=membership_id, replaces=replaces, parent=self)
        self.member_dialog.saved.connect(self._changed)
        self.member_dialog.open()

    def withdraw_member(self, *, then_replace: bool = False) -> None:
        from bmb_desktop.ui.dialogs.roster.withdrawal_dialog import WithdrawalDialog

        member = self.selected_member()
        if member is None or member.withdrawn_on is not None:
            return
        self.withdrawal_dialog = WithdrawalDialog(self.context, member, parent=self)
        if self.model.absence_ground(member.membership_id) is not None:  # offered, not imposed (G8)
            self.withdrawal_dialog.choose_ground(WithdrawalGround.ABSENCE)
        self.withdrawal_dialog.withdrawn.connect(self._changed)
        if then_replace:
            self.withdrawal_dialog.withdrawn.connect(self._replace_after_withdrawal)
        self.withdrawal_dialog.open()

    def replace_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if member.withdrawn_on is not None:
            self._open_member_dialog(replaces=member)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace a member"), "", parent=self)
        box.setText(self.tr("%1 is still a member of the group. A replacement is appointed once the withdrawal "
                            "is recorded. Record the withdrawal now?").replace("%1", member.short_name))
        self.withdraw_first_button = box.addButton(self.tr("Record the withdrawal…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(self._replace_question_answered)
        self.replace_question = box
        box.open()

    def _replace_question_answered(self, button) -> None:
        if button is self.withdraw_first_button:
            self.withdraw_member(then_replace=True)

    def _replace_after_withdrawal(self, membership_id: int) -> None:
        row = self.model.row_of(membership_id)
        if row >= 0:
            self._open_member_dialog(replaces=self.model.row_at(row))

    def _changed(self, membership_id: int) -> None:
        self.refresh()
        self.select_member(membership_id)

    def declare_conflict(self) -> None:
        from bmb_desktop.ui.dialogs.roster.conflict_dialog import ConflictDialog

        member = self.selected_member()
        self.conflict_dialog = ConflictDialog(self.context, membership_id=member.membership_id if member else None, parent=self)
        self.conflict_dialog.declared.connect(self._declarations_changed)
        self.conflict_dialog.open()

    def decide_conflict(self, declaration: DeclarationRow) -> None:
        from bmb_desktop.ui.dialogs.roster.decision_dialog import DecisionDialog

        self.decision_dialog = DecisionDialog(self.context, declaration, parent=self)
        self.decision_dialog.decided.connect(self._declarations_changed)
        self.decision_dialog.open()

    def _declarations_changed(self, declaration_id: int) -> None:
        self.refresh()
        self.conflicts.select_declaration(declaration_id)

    # Printing

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
