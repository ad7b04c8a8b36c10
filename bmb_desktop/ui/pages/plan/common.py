"""What the plan screen's tabs share: a sortable read-only table sized to its texts, a question box.

The selected row is found with ``selected_source_row`` and ``select_source_row`` of ``ui.pages.tables``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from bmb_desktop.ui.dialogs.questions import confirm as ask
from bmb_desktop.ui.models.rows import SORT_ROLE, RowsModel
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_source_row

__all__ = ["confirm", "fit_columns", "select_source_row", "selected_source_row", "table_view"]

MAX_COLUMN_WIDTH = 300


def table_view(
    parent: QWidget, model: RowsModel, *, stretch: int | None = None, wrap: bool = False, lines: int = 0,
) -> QTableView:
    """A table over ``model`` through a sorting proxy, in the model's own order until a click.

    With ``lines``, every row is that many lines high and long texts wrap into them (the tooltip
    has the whole text); with ``wrap`` alone, each row grows to its text.
    """
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = register_table(parent, proxy)
    table.setWordWrap(wrap or lines > 1)
    if lines > 1:
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 8)
    table.fixed_lines = lines > 1
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    table.stretch_column = stretch
    return table


def fit_columns(table: QTableView, *, widest: int = MAX_COLUMN_WIDTH, caps: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, none wider than ``widest`` (or its own cap in ``caps``);
    the stretching one takes the rest."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    caps = caps or {}
    for column in range(header.count()):
        cap = caps.get(column, widest)
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    stretch = getattr(table, "stretch_column", None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if table.wordWrap() and not getattr(table, "fixed_lines", False):
        table.resizeRowsToContents()


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask before something that cannot be undone; explicit button texts in the interface language."""
    cancel = QCoreApplication.translate("PlanPage", "Cancel")
    return ask(parent, text, yes_text, cancel, title=title, role=QMessageBox.ButtonRole.AcceptRole)
