"""The plan tab: a year's plan and its versions, the lifecycle bar, the items with their progress and
overdue marks, the aiyl okmotu's proposals and the version history; printing the plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import PlanVersionStatus
from bmb_desktop.errors import UserError
from bmb_desktop.locale.labels import label
from bmb_desktop.services import plan as plans
from bmb_desktop.services.plan_items import delete_item, move_item
from bmb_desktop.services.plan_progress import ItemProgress, item_progress
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.icons import print_icon
from bmb_desktop.ui.models.plan import (
    COL_FLAG,
    COL_OBJECT,
    COL_PROGRESS,
    COL_RESPONSIBLE,
    COL_STATUS,
    COL_SUBJECT,
    COL_TIMING,
    ItemsModel,
    ProposalRow,
)
from bmb_desktop.ui.pages.base import empty_state_label
from bmb_desktop.ui.pages.plan import printing
from bmb_desktop.ui.pages.plan.common import confirm, fit_columns, select_source_row, selected_source_row, table_view
from bmb_desktop.ui.pages.plan.lifecycle import LifecycleBar, version_state
from bmb_desktop.ui.pages.plan.proposals_panel import ProposalsPanel, VersionsPanel
from bmb_desktop.ui.retranslating import Retranslating

S = PlanVersionStatus
# Widths in pixels at most; the subject takes what is left, and texts wrap into two lines.
ITEM_COLUMN_CAPS = {COL_OBJECT: 160, COL_TIMING: 165, COL_RESPONSIBLE: 120, COL_STATUS: 105, COL_PROGRESS: 120, COL_FLAG: 165}


@dataclass(frozen=True)
class Shown:
    """The plan and version on screen."""

    plan_id: int
    year: int
    version_id: int
    version_number: int
    status: PlanVersionStatus
    editable: bool


class PlanTab(Retranslating, QWidget):
    changed = Signal()  # something the other tabs show may have changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.shown: Shown | None = None
        self.year_label, self.version_label = QLabel(self), QLabel(self)
        self.year_combo, self.version_combo = QComboBox(self), QComboBox(self)
        self.version_combo.setMinimumContentsLength(30)
        self.new_plan_button = QPushButton(self)
        self.print_button = QPushButton(print_icon(), "", self)
        self.print_resolution_button = QPushButton(print_icon(), "", self)
        self.lifecycle = LifecycleBar(self)
        self.model = ItemsModel(self)
        self.table = table_view(self, self.model, stretch=COL_SUBJECT, lines=2)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.item_buttons = {key: QPushButton(self) for key in ("add", "open", "progress", "up", "down", "delete")}
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet("color: #b3261e;")
        self.proposals = ProposalsPanel(context, self)
        self.versions = VersionsPanel(self)
        self.tabs = QTabWidget(self)
        self._lay_out()
        self._connect()
        self.retranslate_ui()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.year_label, self.year_combo, self.version_label, self.version_combo, self.new_plan_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.print_resolution_button)
        items = QWidget(self)
        actions = QHBoxLayout()
        for button in self.item_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.overdue_label)
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 4, 0, 0)
        items_layout.addLayout(actions)
        items_layout.addWidget(self.body, 1)
        self.tabs.addTab(items, "")
        self.tabs.addTab(self.proposals, "")
        self.tabs.addTab(self.versions, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.year_combo.activated.connect(lambda _i: self.refresh(year=self.year_combo.currentData()))
        self.version_combo.activated.connect(lambda _i: self.refresh(version_id=self.version_combo.currentData()))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.print_button.clicked.connect(self.print_plan)
        self.print_resolution_button.clicked.connect(self.print_resolution)
        self.lifecycle.action.connect(self.lifecycle_action)
        b = self.item_buttons
        b["add"].clicked.connect(self.add_item)
        b["open"].clicked.connect(self.open_item)
        b["progress"].clicked.connect(self.record_progress)
        b["up"].clicked.connect(lambda: self.move_selected(-1))
        b["down"].clicked.connect(lambda: self.move_selected(1))
        b["delete"].clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_item())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proposals.changed.connect(lambda: self.refresh())
        self.versions.open_requested.connect(lambda version_id: self.refresh(version_id=version_id))

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("Year:"))
        self.version_label.setText(self.tr("Version:"))
        self.new_plan_button.setText(self.tr("New plan…"))
        self.print_button.setText(self.tr("Print plan…"))
        self.print_resolution_button.setText(self.tr("Print resolution…"))
        self.print_resolution_button.setToolTip(self.tr("The council resolution approving this version, with the plan as its appendix"))
        texts = {
            "add": self.tr("Add item…"), "open": self.tr("Open…"), "progress": self.tr("Record progress…"),
            "up": self.tr("Move up"), "down": self.tr("Move down"), "delete": self.tr("Delete"),
        }  # fmt: skip
        for key, text in texts.items():
            self.item_buttons[key].setText(text)
        self.item_buttons["progress"].setToolTip(self.tr("Planned, in progress or done: progress on the version in force"))
        self._title_tabs()
        self._show_empty_text()
        self._show_overdue()
        self._fill_versions_combo()
        self.model.refresh_texts()

    # Loading

    def refresh(self, *, year: int | None = None, version_id: int | None = None) -> None:
        """Show ``year`` (else the year shown, else this year or the latest) at ``version_id`` (else the newest)."""
        chosen = self.selected_item()
        today, municipality_id = self.context.today(), self.context.municipality_id
        if year is None and version_id is None and self.shown is not None:
            year, version_id = self.shown.year, self.shown.version_id
        with self.context.database.session() as session:
            all_plans = plans.plans_of(session, municipality_id)
            self.years = [plan.year for plan in all_plans if plan.versions]
            plan = self._choose_plan(all_plans, year, version_id, today.year)
            if plan is None:
                self._show_nothing()
                return
            self.version_rows = plans.version_rows(plan)
            version = next((v for v in plan.versions if v.id == version_id), None) or plans.latest_version(plan)
            progress = item_progress(session, municipality_id, version.id, today=today)
            state = version_state(session, plan, version, today=today)
            proposals = [ProposalRow(p.id, p.position, p.text, p.accepted, p.answer) for p in version.proposals]
            note = version.aiyl_okmotu_proposals
            editable = rules.edit_refusal(version.status) is None
            self.shown = Shown(plan.id, plan.year, version.id, version.number, version.status, editable)
        self._fill_years_combo()
        self._fill_versions_combo()
        self.lifecycle.set_state(state)
        self.lifecycle.show()
        self.model.set_rows(progress)
        fit_columns(self.table, caps=ITEM_COLUMN_CAPS)
        self.body.setCurrentWidget(self.table if progress else self.empty)
        self.proposals.set_proposals(proposals, version_id=self.shown.version_id, note=note, editable=editable)
        self.versions.set_versions(self.version_rows)
        self._finish_refresh(chosen)

    def _choose_plan(self, all_plans, year, version_id, this_year):
        with_versions = [plan for plan in all_plans if plan.versions]
        if version_id is not None:
            found = next((p for p in with_versions if any(v.id == version_id for v in p.versions)), None)
            if found is not None:
                return found
        by_year = {plan.year: plan for plan in with_versions}
        for wanted in (year, this_year):
            if wanted in by_year:
                return by_year[wanted]
        return with_versions[-1] if with_versions else None

    def _show_nothing(self) -> None:
        self.shown, self.version_rows = None, []
        self._fill_years_combo()
        self._fill_versions_combo()
        self.lifecycle.set_state(None)
        self.lifecycle.hide()
        self.model.set_rows([])
        self.body.setCurrentWidget(self.empty)
        self.proposals.set_proposals([], version_id=None, note="", editable=False)
        self.versions.set_versions([])
        self._finish_refresh(None)

    def _finish_refresh(self, chosen: ItemProgress | None) -> None:
        self._title_tabs()
        self._show_empty_text()
        self._show_overdue()
        for button in (self.print_button, self.print_resolution_button):
            button.setEnabled(self.shown is not None)
        if chosen is not None:
            self.select_item(chosen.item_id)
        self._update_buttons()

    def _fill_years_combo(self) -> None:
        self.year_combo.clear()
        for year in self.years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.shown.year) if self.shown else -1)
        self.year_combo.setEnabled(bool(self.years))

    def _fill_versions_combo(self) -> None:
        self.version_combo.clear()
        for row in getattr(self, "version_rows", []):
            text = self.tr("%1 — %2").replace("%1", str(row.number)).replace("%2", label(row.status))
            if row.in_force:
                text += " · " + self.tr("in force")
            self.version_combo.addItem(text, row.version_id)
        self.version_combo.setCurrentIndex(self.version_combo.findData(self.shown.version_id) if self.shown else -1)
        self.version_combo.setEnabled(self.version_combo.count() > 0)

    def _title_tabs(self) -> None:
        counts = (self.model.rowCount(), self.proposals.model.rowCount(), self.versions.model.rowCount())
        titles = (self.tr("Items"), self.tr("Proposals of the aiyl okmotu"), self.tr("Versions"))
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def _show_empty_text(self) -> None:
        if self.shown is None:
            self.empty.setText(self.tr(
                "No plan is recorded yet. Start the group's monitoring and evaluation plan for the year with "
                "“New plan…”: the items, the discussion with the aiyl okmotu and the council's approval follow."
            ))
        else:
            self.empty.setText(self.tr("This version has no items yet. Add the monitorings the group plans for the year."))

    def _show_overdue(self) -> None:
        overdue = sum(1 for row in self.model.rows() if row.overdue)
        self.overdue_label.setText(self.tr("⚠ Overdue without an act: %1").replace("%1", str(overdue)) if overdue else "")

    # Selection

    def selected_item(self) -> ItemProgress | None:
        row = selected_source_row(self.table)
        return self.model.row_at(row) if row >= 0 else None

    def select_item(self, item_id: int) -> None:
        select_source_row(self.table, self.model.row_of(item_id))

    def _update_buttons(self, *_args) -> None:
        editable = self.shown is not None and self.shown.editable
        item = self.selected_item()
        b = self.item_buttons
        b["add"].setEnabled(editable)
        b["open"].setEnabled(item is not None)
        b["progress"].setEnabled(item is not None and self.shown is not None and self.shown.status is S.APPROVED)
        b["up"].setEnabled(editable and item is not None and item.position > 1)
        b["down"].setEnabled(editable and item is not None and item.position < self.model.rowCount())
        b["delete"].setEnabled(editable and item is not None)

    # Items

    def add_item(self) -> None:
        self._open_item_dialog(None)

    def open_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open_item_dialog(item.item_id)

    def _open_item_dialog(self, item_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.plan.item_dialog import ItemDialog

        if self.shown is None:
            return
        self.item_dialog = ItemDialog(self.context, version_id=self.shown.version_id, item_id=item_id, parent=self)
        self.item_dialog.saved.connect(self._item_saved)
        self.item_dialog.open()

    def _item_saved(self, item_id: int) -> None:
        self.refresh()
        self.select_item(item_id)
        self.changed.emit()

    def record_progress(self) -> None:
        from bmb_desktop.ui.dialogs.plan.item_status_dialog import ItemStatusDialog

        item = self.selected_item()
        if item is None:
            return
        self.status_dialog = ItemStatusDialog(
            self.context, item_id=item.item_id, position=item.position, status=item.status,
            cancel_reason=item.cancel_reason, parent=self,
        )  # fmt: skip
        self.status_dialog.saved.connect(self._item_saved)
        self.status_dialog.open()

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is not None:
            self._run(lambda session: move_item(session, self.context.municipality_id, item.item_id, position=item.position + step))
            self.select_item(item.item_id)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        text = self.tr("Delete item %1 (%2) from this version of the plan?").replace("%1", str(item.position))
        if confirm(self, self.tr("Delete the item"), text.replace("%2", item.object_name), self.tr("Delete")):
            self._run(lambda session: delete_item(session, self.context.municipality_id, item.item_id))

    def _run(self, work) -> None:
        """Call a service with a session; a refusal is told, and the tab shows the result either way."""
        try:
            with self.context.database.session() as session:
                work(session)
        except UserError as error:
            show_error(self, error)
        self.refresh()
        self.changed.emit()

    # The lifecycle

    def new_plan(self) -> None:
        from bmb_desktop.ui.dialogs.plan.new_plan_dialog import NewPlanDialog

        today = self.context.today()
        year = max([today.year, *self.years]) + (1 if today.year in self.years else 0)
        self.step_dialog = NewPlanDialog(self.context, year=year, parent=self)
        self.step_dialog.saved.connect(self._version_changed)
        self.step_dialog.open()

    def lifecycle_action(self, action: str) -> None:
        from bmb_desktop.ui.dialogs.plan.amendment_dialog import AmendmentDialog
        from bmb_desktop.ui.dialogs.plan.approval_dialog import ApprovalDialog
        from bmb_desktop.ui.dialogs.plan.discussion_dialog import DiscussionDialog
        from bmb_desktop.ui.dialogs.plan.submission_dialog import SubmissionDialog

        shown, municipality_id = self.shown, self.context.municipality_id
        if shown is None:
            return
        if action == "step_back":
            self._run(lambda session: plans.step_back(session, municipality_id, shown.version_id))
            return
        if action == "discard":
            self.discard_version()
            return
        if action == "discuss":
            dialog = DiscussionDialog(self.context, version_id=shown.version_id, year=shown.year, parent=self)
        elif action == "submit":
            dialog = SubmissionDialog(self.context, version_id=shown.version_id, parent=self)
        elif action == "approve":
            dialog = ApprovalDialog(
                self.context, version_id=shown.version_id, year=shown.year, amendment=shown.version_number > 1, parent=self,
            )  # fmt: skip
        elif action == "amend":
            dialog = AmendmentDialog(self.context, plan_id=shown.plan_id, parent=self)
        else:  # the reason of an amendment being prepared
            reason = next((row.amendment_reason for row in self.version_rows if row.version_id == shown.version_id), "")
            dialog = AmendmentDialog(self.context, version_id=shown.version_id, reason=reason, parent=self)
        self.step_dialog = dialog
        dialog.saved.connect(self._version_changed)
        dialog.open()

    def _version_changed(self, version_id: int) -> None:
        self.refresh(version_id=version_id)
        self.changed.emit()

    def discard_version(self) -> None:
        shown = self.shown
        text = self.tr("Discard version %1 of the plan for %2 with its items? This cannot be undone.")
        text = text.replace("%1", str(shown.version_number)).replace("%2", str(shown.year))
        if confirm(self, self.tr("Discard the draft"), text, self.tr("Discard")):
            self._run(lambda session: plans.discard_version(session, self.context.municipality_id, shown.version_id))

    # Printing

    def print_plan(self) -> None:
        if self.shown is not None:
            printing.print_plan(self.context, self, year=self.shown.year, version_number=self.shown.version_number)

    def print_resolution(self) -> None:
        if self.shown is not None:
            printing.print_plan_resolution(self.context, self, year=self.shown.year, version_number=self.shown.version_number)
