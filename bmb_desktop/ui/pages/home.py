"""The home page: the municipality, the group's basis and term, what is recorded, and deadlines."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from bmb_desktop.services.overview import Overview, overview
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import Page, heading_label, note_label

MUNICIPALITY_ROWS = ("aiyl_okmotu", "council", "district", "region")
GROUP_ROWS = ("basis", "created_on", "term", "current_members", "former_members")
RECORD_ROWS = ("plans", "meetings", "acts", "notices")


class HomePage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary: Overview | None = None
        self.heading = heading_label(self)
        self.municipality_box, self.municipality_values = self._box(MUNICIPALITY_ROWS)
        self.group_box, self.group_values = self._box(GROUP_ROWS)
        self.records_box, self.record_values = self._box(RECORD_ROWS)
        self.deadlines_box = QGroupBox(self)
        self.deadlines_note = note_label(self.deadlines_box)
        QVBoxLayout(self.deadlines_box).addWidget(self.deadlines_note)
        grid = QGridLayout()
        grid.addWidget(self.municipality_box, 0, 0)
        grid.addWidget(self.records_box, 0, 1)
        grid.addWidget(self.group_box, 1, 0)
        grid.addWidget(self.deadlines_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)
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
        self.deadlines_box.setTitle(self.tr("Deadlines and warnings"))
        self.deadlines_note.setText(
            self.tr(
                "Deadline tracking comes in a later version: the answers to acts within 10 working "
                "days, the aiyl okmotu's report within 30 days, a meeting every quarter. "
                "Nothing is checked yet, so no warning here does not mean that all deadlines are kept."
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

    def refresh(self) -> None:
        with self.context.database.session() as session:
            self.summary = overview(session, self.context.municipality_id, today=self.context.today())
        self._show(self.summary)

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
