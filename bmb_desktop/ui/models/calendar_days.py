"""The days off of one year and the secretary's corrections, as a table; corrections stand out."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from bmb_desktop.services.calendar import CalendarEntry
from bmb_desktop.ui.formatting import display_date

COL_DATE, COL_WEEKDAY, COL_KIND, COL_NAME, COL_SOURCE = range(5)
COLUMNS = 5
CORRECTION_BACKGROUND = QColor("#fff4d6")
WORKING_COLOUR = QColor("#1b6e2d")
AnyIndex = QModelIndex | QPersistentModelIndex


class CalendarDaysModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, COLUMNS - 1))

    def entry(self, row: int) -> CalendarEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and entry.corrected:
            return CORRECTION_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and entry.corrected:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_KIND and entry.is_working_day:
            return WORKING_COLOUR
        return None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Weekday"), self.tr("The day is"), self.tr("Name"), self.tr("Source"))

    def _text(self, entry: CalendarEntry, column: int) -> str:
        if column == COL_DATE:
            return display_date(entry.day)
        if column == COL_WEEKDAY:
            return QLocale().dayName(entry.day.isoweekday(), QLocale.FormatType.LongFormat)
        if column == COL_KIND:
            return self.tr("working day") if entry.is_working_day else self.tr("day off")
        if column == COL_NAME:
            return entry.name
        return self.tr("secretary's correction") if entry.corrected else self.tr("official calendar")
