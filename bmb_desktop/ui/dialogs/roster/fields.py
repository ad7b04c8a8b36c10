"""Input widgets the dialogs share: a date that can be blank, a time of day, combos of choices and enums."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from bmb_desktop.locale.labels import label

BLANK_DAY = QDate(1800, 1, 1)  # the editor's minimum, shown as blank: "not entered yet"
EARLIEST_DAY = QDate(1800, 1, 2)


class DateField(QWidget):
    """A day-month-year editor that starts blank when there is no date; optional ones can be cleared.

    A blank QDateEdit cannot be typed into, so on focus it shows a provisional day (1 January of
    ``popup_year``) to type over; left untouched, it turns blank again when the focus leaves.
    ``edited`` fires only for the user's own changes, never for ``set_date``.
    """

    edited = Signal()

    def __init__(self, *, optional: bool = False, popup_year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("dd.MM.yyyy")
        self.editor.setMinimumDate(BLANK_DAY)
        self.editor.setSpecialValueText(" ")  # any text: Qt then shows the minimum as that text
        self.popup_year = popup_year
        self._setting = False
        self._provisional = False
        self.clear_button = QToolButton(self) if optional else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        if self.clear_button is not None:
            self.clear_button.setText("×")
            self.clear_button.setToolTip(self.tr("Clear the date"))
            self.clear_button.clicked.connect(self._clear)
            layout.addWidget(self.clear_button)
        self.editor.dateChanged.connect(self._changed)
        self.editor.calendarWidget().installEventFilter(self)
        self.editor.installEventFilter(self)
        self.set_date(None)

    def date(self) -> date | None:
        value = self.editor.date()
        return None if value <= BLANK_DAY else value.toPython()

    def set_date(self, value: date | None) -> None:
        self._setting = True
        try:
            self.editor.setDate(QDate(value.year, value.month, value.day) if value else BLANK_DAY)
        finally:
            self._setting = False
        self._provisional = False

    def _changed(self, _value: QDate) -> None:
        if not self._setting:
            self._provisional = False
            self.edited.emit()

    def _clear(self) -> None:
        self.editor.setDate(BLANK_DAY)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.clear_button is not None:
            self.clear_button.setToolTip(self.tr("Clear the date"))
        super().changeEvent(event)

    def _sensible_day(self) -> QDate:
        today = QDate.currentDate()
        return QDate(self.popup_year, 1, 1) if self.popup_year else today

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.editor and kind == QEvent.Type.FocusIn and self.date() is None:
            self.set_date(self._sensible_day().toPython())
            self._provisional = True
            self.editor.setSelectedSection(QDateEdit.Section.DaySection)
        elif watched is self.editor and kind == QEvent.Type.FocusOut and self._provisional:
            if not self.editor.calendarWidget().isVisible():
                self.set_date(None)
                self._provisional = False
        elif kind == QEvent.Type.Show and watched is self.editor.calendarWidget() and self.date() is None:
            # A blank date would open the calendar in 1800: show a sensible month instead.
            day = self._sensible_day()
            watched.setCurrentPage(day.year(), day.month())
        return super().eventFilter(watched, event)



class TimeField(QLineEdit):
    """Hours and minutes typed as "10:00"; blank is no time."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 70) -> None:
        super().__init__(parent)
        self.setInputMask("99:99")
        self.setMaximumWidth(width)

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")

    def value(self) -> time | None:
        """The time typed; None when blank. Raises ValueError for a time that does not exist."""
        text = self.text().strip()
        if text in ("", ":"):
            return None
        hours, _sep, minutes = text.partition(":")
        return time(int(hours or 0), int(minutes or 0))

def enum_combo(values: Iterable, *, parent: QWidget | None = None) -> QComboBox:
    """A combo of vocabulary values, labelled in the current language, with nothing chosen."""
    combo = QComboBox(parent)
    fill_enum_combo(combo, values)
    return combo


def fill_enum_combo(combo: QComboBox, values: Iterable) -> None:
    """(Re)fill with translated labels, keeping the chosen value."""
    chosen = combo.currentData()
    combo.clear()
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)


def choose_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value``; nothing chosen (the placeholder) when it is absent."""
    combo.setCurrentIndex(combo.findData(value) if value is not None else -1)


def wide_combo(parent: QWidget | None = None, *, characters: int = 28) -> QComboBox:
    """A combo for long texts (resolution titles, object names) that does not stretch the dialog."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
    return combo
