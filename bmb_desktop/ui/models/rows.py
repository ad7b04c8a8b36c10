"""A read-only table over a list of rows: subclasses say each column's title, text and colours.

Titles and texts are produced at display time, so a language change only needs a repaint.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bmb_desktop.ui.formatting import sort_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

WARNING_COLOUR = QColor("#b3261e")  # the red of the field messages
WARNING_BACKGROUND = QColor("#fdecea")
GOOD_COLOUR = QColor("#1e7b34")
QUIET_COLOUR = QColor("#6b6b6b")


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind; ``text``, ``tooltip``, ``foreground``, ``background``, ``font`` and
    ``sort_value`` describe a cell; right-aligned columns are listed in ``NUMERIC``, centred ones in
    ``CENTRED``. A cell without a tooltip of its own shows its text as one (long texts are cut short
    in the table) unless ``TEXT_TOOLTIPS`` is off."""

    NUMERIC: frozenset[int] = frozenset()
    CENTRED: frozenset[int] = frozenset()
    TEXT_TOOLTIPS = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._column_count: int | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_where(self, test) -> int:
        """The first row passing ``test``, or -1."""
        return next((i for i, row in enumerate(self._rows) if test(row)), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._column_count is None:
            # Qt asks this for every cell it paints: counting the translated titles each time
            # made a ten-year register take seconds to show. The titles change, their number not.
            self._column_count = len(self.column_titles())
        return self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column) or (self.TEXT_TOOLTIPS and self.text(row, column)) or None
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else CENTRE if column in self.CENTRED else None
        return None

    def refresh_texts(self) -> None:
        """Repaint every cell and title, e.g. after a language change."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    # What subclasses describe

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str:
        return ""

    def foreground(self, row: Row, column: int) -> QColor | None:
        return None

    def background(self, row: Row, column: int) -> QColor | None:
        return None

    def font(self, row: Row, column: int) -> QFont | None:
        return None

    def sort_value(self, row: Row, column: int) -> object:
        return sort_key(self.text(row, column))
