"""The reports page: honest about the summary report that a later version will prepare."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.pages.base import Page, empty_state_label, heading_label


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = heading_label(self)
        self.empty = empty_state_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.empty.setText(
            self.tr(
                "The half-year and yearly summary report of the group (events held, results, the acts "
                "issued and what was done about their recommendations) comes in a later version.\n\n"
                "Nothing is prepared here yet."
            )
        )
