"""What the residents' dialogs share: combos whose first entry means "none" (no village, act or plan
item; a social group or all respondents)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from bmb_desktop.locale.labels import label
from bmb_desktop.services.roster_editing import Choice


def fill_choices(combo: QComboBox, choices: Iterable[Choice], none_text: str) -> None:
    """``none_text`` (data None) first, then the records; a long label shows whole as a tooltip."""
    combo.clear()
    combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.label, choice.id)
        combo.setItemData(combo.count() - 1, choice.label, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(0)


def fill_optional_enum(combo: QComboBox, values: Iterable, none_text: str) -> None:
    """(Re)fill with ``none_text`` first and the values' translated labels, keeping the one chosen."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(none_text, None)
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)


def choose_optional(combo: QComboBox, value: object) -> None:
    """Select the entry holding ``value``; the "none" entry when it is None or not offered."""
    combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
