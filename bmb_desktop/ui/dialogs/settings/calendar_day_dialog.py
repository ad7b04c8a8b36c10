"""A correction of the official calendar: a decreed holiday or a moved working day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from bmb_desktop.services.calendar import set_correction
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog

DAY_OFF, WORKING_DAY = False, True


class CalendarDayDialog(FormDialog):
    def __init__(self, context: AppContext, day: date, *, is_working_day: bool = DAY_OFF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_day: date | None = None
        self.day = self.add_field("day", QDateEdit(self))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDate(QDate(day))
        self.kind = self.add_field("is_working_day", QComboBox(self))
        self.kind.addItem("", DAY_OFF)
        self.kind.addItem("", WORKING_DAY)
        self.kind.setCurrentIndex(self.kind.findData(is_working_day))
        self.name = self.add_field("name", QLineEdit(self))
        self.name.setMaxLength(200)
        self.note = self.add_field("note", QLineEdit(self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Calendar correction"))
        self.set_intro(self.tr(
            "Orozo ait and Kurman ait are fixed by decree every year, and the government moves days off. "
            "A correction replaces the official calendar on that day."
        ))
        self.labels["day"].setText(self.tr("Date"))
        self.labels["is_working_day"].setText(self.tr("The day is"))
        self.kind.setItemText(0, self.tr("a day off"))
        self.kind.setItemText(1, self.tr("a working day"))
        self.labels["name"].setText(self.tr("Name or decree"))
        self.name.setPlaceholderText(self.tr("e.g. Kurman ait, Cabinet decree No. 270"))
        self.labels["note"].setText(self.tr("Note"))
        self.retranslate_buttons(self.tr("Save correction"))

    def submit(self) -> None:
        day = self.day.date().toPython()
        with self.context.database.session() as session:
            set_correction(session, day=day, is_working_day=self.kind.currentData(), name=self.name.text(), note=self.note.text())
        self.saved_day = day
