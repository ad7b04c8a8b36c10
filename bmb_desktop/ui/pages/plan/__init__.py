"""The plan screen: the year's plan with its lifecycle and items, the dashboard of key indicators,
the indicators with plan versus fact, and the register of monitored objects — one tab each.

A tab reads its data when it is shown; a change in one tab marks the others to be read again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.pages.base import Page, heading_label
from bmb_desktop.ui.pages.plan.dashboard_tab import DashboardTab
from bmb_desktop.ui.pages.plan.indicators_tab import IndicatorsTab
from bmb_desktop.ui.pages.plan.objects_tab import ObjectsTab
from bmb_desktop.ui.pages.plan.plan_tab import PlanTab

__all__ = ["PlanPage"]


class PlanPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = heading_label(self)
        self.plan_tab = PlanTab(context, self)
        self.dashboard_tab = DashboardTab(context, self)
        self.indicators_tab = IndicatorsTab(context, self)
        self.objects_tab = ObjectsTab(context, self)
        self.tabs = QTabWidget(self)
        for tab in (self.plan_tab, self.dashboard_tab, self.indicators_tab, self.objects_tab):
            self.tabs.addTab(tab, "")
        self.stale = {tab: True for tab in self.all_tabs()}
        # The items of the version shown, as the other pages name their main table.
        self.model, self.table, self.body, self.empty = (
            self.plan_tab.model, self.plan_tab.table, self.plan_tab.body, self.plan_tab.empty,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        for tab in (self.plan_tab, self.indicators_tab, self.objects_tab):
            tab.changed.connect(self._changed)
        self.retranslate_ui()
        self.refresh()

    def all_tabs(self) -> list[QWidget]:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Monitoring and evaluation plan"))
        titles = (self.tr("Plan"), self.tr("Dashboard"), self.tr("Indicators"), self.tr("Monitored objects"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def refresh(self) -> None:
        """Read the shown tab again now and the others when they are shown."""
        for tab in self.stale:
            self.stale[tab] = True
        self._tab_shown(self.tabs.currentIndex())

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is not None and self.stale.get(tab):
            self.stale[tab] = False
            tab.refresh()

    def _changed(self) -> None:
        current = self.tabs.currentWidget()
        for tab in self.stale:
            if tab is not current:
                self.stale[tab] = True
