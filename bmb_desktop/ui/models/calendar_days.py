"""The days off of one year and the secretary's corrections, as a table; corrections stand out."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont

from bmb_desktop.services.calendar import CalendarEntry
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.rows import RowsModel

COL_DATE, COL_WEEKDAY, COL_KIND, COL_NAME, COL_SOURCE = range(5)
CORRECTION_BACKGROUND = QColor("#fff4d6")
WORKING_COLOUR = QColor("#1b6e2d")


class CalendarDaysModel(RowsModel[CalendarEntry]):
    @property
    def entries(self) -> list[CalendarEntry]:
        return self._rows

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.set_rows(entries)

    def retranslate(self) -> None:
        self.refresh_texts()

    def entry(self, row: int) -> CalendarEntry | None:
        return self.row_at(row) if 0 <= row < self.rowCount() else None

    def column_titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Weekday"), self.tr("The day is"), self.tr("Name"), self.tr("Source")]

    def text(self, entry: CalendarEntry, column: int) -> str:
        if column == COL_DATE:
            return display_date(entry.day)
        if column == COL_WEEKDAY:
            return QLocale().dayName(entry.day.isoweekday(), QLocale.FormatType.LongFormat)
        if column == COL_KIND:
            return self.tr("working day") if entry.is_working_day else self.tr("day off")
        if column == COL_NAME:
            return entry.name
        return self.tr("secretary's correction") if entry.corrected else self.tr("official calendar")

    def background(self, entry: CalendarEntry, column: int) -> QColor | None:
        return CORRECTION_BACKGROUND if entry.corrected else None

    def foreground(self, entry: CalendarEntry, column: int) -> QColor | None:
        return WORKING_COLOUR if column == COL_KIND and entry.is_working_day else None

    def font(self, entry: CalendarEntry, column: int) -> QFont | None:
        if not entry.corrected:
            return None
        font = QFont()
        font.setBold(True)
        return font
