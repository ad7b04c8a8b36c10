"""The read-only tables the pages and editors share, and finding a model's row in one through its sorting proxy."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Table = TypeVar("Table", bound=QTableView)


def whole_rows(table: Table) -> Table:
    """One whole row chosen at a time, nothing edited in place, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def register_table(parent: QWidget, proxy: QAbstractItemModel) -> QTableView:
    """A sortable read-only table of whole rows, in the service's order until a column is clicked."""
    table = whole_rows(QTableView(parent))
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def selected_source_row(table: QTableView) -> int:
    """The model row of the selected table row, or -1."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection else []
    return table.model().mapToSource(rows[0]).row() if rows else -1


def selected_item(table: QTableView):
    """The row object (of a ``RowsModel`` behind the proxy) the selected table row shows, or None."""
    row = selected_source_row(table)
    return table.model().sourceModel().row_at(row) if row >= 0 else None


def select_source_row(table: QTableView, row: int) -> None:
    """Select and show the table row of model row ``row``; nothing when it is -1 or filtered out."""
    if row < 0:
        return
    proxy = table.model()
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
    if index.isValid():
        table.selectRow(index.row())
        table.scrollTo(index)
