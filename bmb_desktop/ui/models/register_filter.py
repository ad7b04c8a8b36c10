"""The filter of a register whose rows carry a ``year``: one year and one value of an enum field (a kind,
a status), or all of them, sorted by the rows' sort values."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSortFilterProxyModel

from bmb_desktop.ui.models.rows import SORT_ROLE, AnyIndex


class RegisterFilter(QSortFilterProxyModel):
    """Over a ``RowsModel``; ``FIELD`` names the row attribute that ``set_choice`` filters on, a member of
    ``CHOICES``. Subclasses add tests of their own in ``accepts``."""

    FIELD = ""
    CHOICES: type[StrEnum]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._year: int | None = None
        self._choice: StrEnum | None = None

    def years(self) -> list[int]:
        """The years of the rows, the newest first."""
        return sorted({row.year for row in self.sourceModel().rows()}, reverse=True)

    def set_year(self, year: int | None) -> None:
        self.change_filter("_year", year)

    def set_choice(self, value: StrEnum | str | None) -> None:
        # A combo box hands the enum back as a plain str.
        self.change_filter("_choice", self.CHOICES(value) if value else None)

    def change_filter(self, attribute: str, value: object) -> None:
        self.beginFilterChange()
        setattr(self, attribute, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, row) -> bool:
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row = self.sourceModel().row_at(source_row)
        if self._year is not None and row.year != self._year:
            return False
        if self._choice is not None and getattr(row, self.FIELD) is not self._choice:
            return False
        return self.accepts(row)
