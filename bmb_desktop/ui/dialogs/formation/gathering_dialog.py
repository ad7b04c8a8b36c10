"""A new community gathering: when and where, and how many residents took part."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QSpinBox, QWidget

from bmb_desktop.services.gathering import create_gathering
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog


class GatheringDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.held_on = self.add_field("held_on", QDateEdit(self))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.held_on.setDate(QDate(context.today()))
        self.title = self.add_field("title", QLineEdit(self))
        self.title.setMaxLength(300)
        self.place = self.add_field("place", QLineEdit(self))
        self.place.setMaxLength(300)
        self.participants = self.add_field("participants_count", QSpinBox(self))
        self.participants.setRange(0, 100000)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New community gathering"))
        self.set_intro(self.tr("The candidates and their votes are entered on the page after the gathering is recorded."))
        self.labels["held_on"].setText(self.tr("Held on"))
        self.labels["title"].setText(self.tr("Gathering"))
        self.title.setPlaceholderText(self.tr("e.g. Gathering of the residents of Masy and Besh-Jygach villages"))
        self.labels["place"].setText(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. Masy village house of culture"))
        self.labels["participants_count"].setText(self.tr("Residents taking part"))
        self.retranslate_buttons(self.tr("Record gathering"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            summary = create_gathering(
                session, self.context.municipality_id, held_on=self.held_on.date().toPython(), title=self.title.text(),
                place=self.place.text(), participants_count=self.participants.value() or None,
            )
        self.meeting_id = summary.meeting_id
