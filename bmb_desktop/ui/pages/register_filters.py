"""The filters above a register — a year and a kind or status — and its "Shown: n of m" line.

The combo boxes keep their choice while their texts change, on a language change or with new rows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from bmb_desktop.locale.labels import choices
from bmb_desktop.ui.models.register_filter import RegisterFilter


def refill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """Put ``items`` (value, text) into ``combo``, keeping the value chosen, else the first item."""
    chosen = combo.currentData()
    combo.blockSignals(True)  # the filter stays as it is while the texts change
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class RegisterFilters:
    """The ``year`` and ``choice`` combo boxes driving ``proxy``, and the ``shown`` count under it.

    The page lays the widgets out and gives the texts in its own words (``set_texts``).
    """

    def __init__(self, parent: QWidget, proxy: RegisterFilter) -> None:
        self.proxy = proxy
        self.year, self.choice = QComboBox(parent), QComboBox(parent)
        self.shown = QLabel(parent)
        self._texts = ("", "", "%1 / %2")
        self.year.currentIndexChanged.connect(lambda _i: proxy.set_year(self.year.currentData()))
        self.choice.currentIndexChanged.connect(lambda _i: proxy.set_choice(self.choice.currentData()))
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
            signal.connect(self.count_shown)

    def set_texts(self, *, all_years: str, all_choices: str, shown: str) -> None:
        """The first item of each combo box, and the count with %1 shown and %2 in all."""
        self._texts = (all_years, all_choices, shown)
        self.fill()

    def fill(self) -> None:
        """Offer the years of the rows as they are now; a year no longer there falls back to all."""
        all_years, all_choices, _shown = self._texts
        refill(self.year, [(None, all_years)] + [(year, str(year)) for year in self.proxy.years()])
        refill(self.choice, [(None, all_choices), *choices(self.proxy.CHOICES)])
        self.proxy.set_year(self.year.currentData())
        self.count_shown()

    def count_shown(self, *_args) -> None:
        text = self._texts[2].replace("%1", str(self.proxy.rowCount()))
        self.shown.setText(text.replace("%2", str(self.proxy.sourceModel().rowCount())))
