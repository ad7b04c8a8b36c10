"""The home page: the municipality, the group's basis and term, what is recorded, the answers due (A4, A5,
P8) and the rule checks.

The rule checks and the deadlines read every record of every year (a second or more on ten busy
years), so they run in the background once per refresh (``BackgroundRead``) while the boxes say that
they are being checked; the summary above them is read at once.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.errors import UserError
from bmb_desktop.services.overview import Overview, overview
from bmb_desktop.ui.background_read import BackgroundRead
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.icons import standard_icon
from bmb_desktop.ui.models.rows import QUIET_COLOUR
from bmb_desktop.ui.pages.base import Page, heading_label, note_label

if TYPE_CHECKING:
    from datetime import date

    from bmb_desktop.services.deadlines import DeadlineItem, DeadlineOverview

MUNICIPALITY_ROWS = ("aiyl_okmotu", "council", "district", "region")
GROUP_ROWS = ("basis", "created_on", "term", "current_members", "former_members")
RECORD_ROWS = ("plans", "meetings", "acts", "notices")
# Broken rules first, then warnings, then the rules that hold.
ORDER = {Severity.BROKEN: 0, Severity.WARNING: 1, Severity.OK: 2}
COLOURS = {Severity.BROKEN: "#b3261e", Severity.WARNING: "#8a5a00", Severity.OK: "#1b6e2d"}
ICONS = {Severity.BROKEN: QStyle.StandardPixmap.SP_MessageBoxCritical,
         Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
         Severity.OK: QStyle.StandardPixmap.SP_DialogApplyButton}


class HomePage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary: Overview | None = None
        self.findings: list[RuleFinding] = []
        self.due: DeadlineOverview | None = None
        self._check_error = ""
        self.checks = BackgroundRead(self, context, on_result=self._checked, on_error=self._check_failed)
        self.heading = heading_label(self)
        self.municipality_box, self.municipality_values = self._box(MUNICIPALITY_ROWS)
        self.group_box, self.group_values = self._box(GROUP_ROWS)
        self.records_box, self.record_values = self._box(RECORD_ROWS)
        self.due_box = QGroupBox(self)
        self.due_list = QListWidget(self.due_box)
        self.due_list.setWordWrap(True)
        self.due_list.setResizeMode(QListView.ResizeMode.Adjust)
        QVBoxLayout(self.due_box).addWidget(self.due_list)
        self.deadlines_box = QGroupBox(self)
        self.findings_summary = QLabel(self.deadlines_box)
        self.findings_summary.setWordWrap(True)
        self.findings_list = QListWidget(self.deadlines_box)
        self.findings_list.setWordWrap(True)
        self.findings_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings_list.setSpacing(2)
        self.deadlines_note = note_label(self.deadlines_box)
        checks = QVBoxLayout(self.deadlines_box)
        checks.addWidget(self.findings_summary)
        checks.addWidget(self.findings_list, 1)
        checks.addWidget(self.deadlines_note)
        grid = QGridLayout()
        grid.addWidget(self.municipality_box, 0, 0)
        grid.addWidget(self.group_box, 1, 0)
        grid.addWidget(self.records_box, 2, 0)
        grid.addWidget(self.due_box, 3, 0)
        grid.addWidget(self.deadlines_box, 0, 1, 4, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.retranslate_ui()
        self.refresh()

    def _box(self, keys: tuple[str, ...]) -> tuple[QGroupBox, dict[str, tuple[QLabel, QLabel]]]:
        box = QGroupBox(self)
        form = QFormLayout(box)
        rows = {}
        for key in keys:
            title, value = QLabel(box), QLabel(box)
            value.setWordWrap(True)
            form.addRow(title, value)
            rows[key] = (title, value)
        return box, rows

    def retranslate_ui(self) -> None:
        self.municipality_box.setTitle(self.tr("Municipality"))
        self.group_box.setTitle(self.tr("Monitoring and evaluation group"))
        self.records_box.setTitle(self.tr("Recorded in this database"))
        self.deadlines_box.setTitle(self.tr("Rules and warnings today"))
        self.due_box.setTitle(self.tr("Deadlines"))
        self.deadlines_note.setText(
            self.tr(
                "The list above shows every rule checked today, with its source. The answers awaited on acts and "
                "information requests are under Deadlines: the object answers an act within 10 working days, the "
                "aiyl okmotu reports to the council within 30 days."
            )
        )
        titles = {
            "aiyl_okmotu": self.tr("Aiyl okmotu:"), "council": self.tr("Aiyl kenesh:"),
            "district": self.tr("District:"), "region": self.tr("Region:"),
            "basis": self.tr("Created by:"), "created_on": self.tr("Created on:"), "term": self.tr("Term:"),
            "current_members": self.tr("Current members:"), "former_members": self.tr("Former members:"),
            "plans": self.tr("Yearly plans:"), "meetings": self.tr("Meetings:"),
            "acts": self.tr("Acts:"), "notices": self.tr("Notices:"),
        }
        for rows in (self.municipality_values, self.group_values, self.record_values):
            for key, (title, _value) in rows.items():
                title.setText(titles[key])
        if self.summary is not None:
            self._show(self.summary)
        self._show_findings()
        self._show_deadlines()

    def refresh(self) -> None:
        today = self.context.today()
        with self.context.database.session() as session:
            self.summary = overview(session, self.context.municipality_id, today=today)
        self._show(self.summary)
        self._start_checks(today)

    def _start_checks(self, today: date) -> None:
        database, municipality_id = self.context.database, self.context.municipality_id

        def check() -> tuple[list[RuleFinding], DeadlineOverview]:
            from bmb_desktop.services.checks import run_checks
            from bmb_desktop.services.deadlines import deadline_overview

            with database.session() as session:
                findings = run_checks(session, municipality_id, today=today)
                due = deadline_overview(session, municipality_id, today=today)
            return sorted(findings, key=lambda finding: ORDER[finding.severity]), due

        self._check_error = ""
        self.checks.start(check)
        self._show_summary()  # the previous check's lists stay until the new one arrives
        if self.due is None:
            self._show_deadlines()

    def is_checking(self) -> bool:
        return self.checks.running()

    def _checked(self, result: tuple[list[RuleFinding], DeadlineOverview]) -> None:
        self.findings, self.due = result
        self._show_findings()
        self._show_deadlines()

    def _check_failed(self, error: BaseException) -> None:
        self._check_error = str(error)
        self._show_findings()
        self._show_deadlines()
        if not isinstance(error, UserError):  # a fault in the program: reported like any other
            sys.excepthook(type(error), error, error.__traceback__)

    def _show_deadlines(self) -> None:
        """Overdue first, then due this week, then what was answered in the last two weeks."""
        self.due_list.clear()
        if self.due is None:  # nothing checked yet: say what is happening instead of an empty box
            if self.is_checking() or self._check_error:
                text = self.tr("Checking…") if self.is_checking() else self._failure_text()
                waiting = QListWidgetItem(text, self.due_list)
                waiting.setForeground(QUIET_COLOUR)
                waiting.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        # Here, not at the top: the acts' models bring the act services, which the window needs only later.
        from bmb_desktop.ui.models.acts import DEADLINE_COLOURS, MUTED_COLOUR

        sections = (
            (self.tr("Overdue: %1"), self.due.overdue),
            (self.tr("Due this week: %1"), self.due.due_this_week),
            (self.tr("Recently answered: %1"), self.due.recently_answered),
        )
        for title, items in sections:
            header = QListWidgetItem(title.replace("%1", str(len(items))), self.due_list)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if not items:
                header.setForeground(MUTED_COLOUR)
            for item in items:
                line = QListWidgetItem(f"{item.description()}: {self._when(item)}", self.due_list)
                line.setForeground(QColor(DEADLINE_COLOURS[item.state]))
                line.setToolTip(f"{line.text()} ({item.source()})")

    def due_texts(self) -> list[str]:
        return [self.due_list.item(row).text() for row in range(self.due_list.count())]

    def _when(self, item: DeadlineItem) -> str:
        deadline, today = item.deadline, self.due.today
        if deadline.answered_on is not None:
            return self.tr("answered on %1").replace("%1", display_date(deadline.answered_on))
        if deadline.days_late(today):
            text = self.tr("was due on %1, %2 days late").replace("%1", display_date(deadline.due_on))
            return text.replace("%2", str(deadline.days_late(today)))
        return self.tr("due on %1").replace("%1", display_date(deadline.due_on))

    def _show_findings(self) -> None:
        self.findings_list.clear()
        for finding in self.findings:
            item = QListWidgetItem(standard_icon(ICONS[finding.severity]), finding.text(), self.findings_list)
            item.setForeground(QColor(COLOURS[finding.severity]))
            item.setToolTip(finding.text())
        self._show_summary()
        term = self.group_values["term"][1]
        severity = next((f.severity for f in self.findings if f.rule == "term"), Severity.OK)
        term.setStyleSheet("" if severity is Severity.OK else f"color: {COLOURS[severity]}; font-weight: bold;")
        term.setToolTip(next((f.text() for f in self.findings if f.rule == "term"), ""))

    def _show_summary(self) -> None:
        self.findings_summary.setText(self._summary_text())
        failed = bool(self._check_error) and not self.is_checking()
        self.findings_summary.setStyleSheet(f"color: {COLOURS[Severity.BROKEN]};" if failed else "")

    def _summary_text(self) -> str:
        if self.is_checking():  # the list below, if any, is the previous check's until the new one arrives
            return self.tr("Checking the rules and deadlines…")
        if self._check_error:
            return self._failure_text()
        counts = {severity: sum(1 for f in self.findings if f.severity is severity) for severity in Severity}
        return (
            self.tr("Broken: %1 · warnings: %2 · holding: %3").replace("%1", str(counts[Severity.BROKEN]))
            .replace("%2", str(counts[Severity.WARNING])).replace("%3", str(counts[Severity.OK]))
        )

    def _failure_text(self) -> str:
        return self.tr("The rules and deadlines could not be checked: %1").replace("%1", self._check_error)

    def broken_texts(self) -> list[str]:
        return [finding.text() for finding in self.findings if finding.severity is Severity.BROKEN]

    def _show(self, summary: Overview) -> None:
        self.heading.setText(self.tr("%1 aiyl aimak").replace("%1", summary.municipality_name))
        council = summary.council_name
        if summary.council_convocation:
            council += " " + self.tr("(%1 convocation)").replace("%1", summary.council_convocation)
        values = {
            "aiyl_okmotu": summary.aiyl_okmotu_name, "council": council,
            "district": summary.district, "region": summary.region,
            "basis": self._basis(summary), "created_on": display_date(summary.group_created_on) or self._unknown(),
            "term": self._term(summary),
            "current_members": str(summary.current_members), "former_members": str(summary.former_members),
            "plans": str(summary.plans), "meetings": str(summary.meetings),
            "acts": str(summary.acts), "notices": str(summary.notices),
        }
        for rows in (self.municipality_values, self.group_values, self.record_values):
            for key, (_title, value) in rows.items():
                value.setText(values[key])

    def _unknown(self) -> str:
        return self.tr("not recorded yet")

    def _basis(self, summary: Overview) -> str:
        if not summary.basis_number:
            return self._unknown()
        text = self.tr("resolution No. %1 of %2").replace("%1", summary.basis_number)
        text = text.replace("%2", display_date(summary.basis_adopted_on))
        return f"{text}\n{summary.basis_title}" if summary.basis_title else text

    def _term(self, summary: Overview) -> str:
        if summary.term_months is None:
            return self._unknown()
        months = self.tr("%1 months").replace("%1", str(summary.term_months))
        if summary.term_ends_on is None:
            return months
        return self.tr("%1, until %2").replace("%1", months).replace("%2", display_date(summary.term_ends_on))
