"""The reports screen: the summary report of a half-year or year, its conclusions, and the export."""

from bmb_desktop.ui.pages.reports.page import ReportsPage

__all__ = ["ReportsPage"]
