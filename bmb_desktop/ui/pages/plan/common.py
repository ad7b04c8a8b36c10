"""What the plan screen's tabs share: a sortable read-only table, the selected row, a question box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from bmb_desktop.ui.models.rows import SORT_ROLE, RowsModel

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
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(wrap or lines > 1)
    table.verticalHeader().setVisible(False)
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


def selected_source_row(table: QTableView) -> int:
    """The model row of the selected table row, or -1."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection else []
    return table.model().mapToSource(rows[0]).row() if rows else -1


def select_source_row(table: QTableView, row: int) -> None:
    if row < 0:
        return
    proxy = table.model()
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
    if index.isValid():
        table.selectRow(index.row())
        table.scrollTo(index)


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask before something that cannot be undone; explicit button texts in the interface language."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("PlanPage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes
