"""Recording a council resolution that is not in the database yet: number, date and title."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from bmb_desktop.services.regulation import add_resolution
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog


class ResolutionDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.resolution_id: int | None = None
        self.number = self.add_field("number", QLineEdit(self))
        self.number.setMaxLength(20)
        self.adopted_on = self.add_field("adopted_on", QDateEdit(self))
        self.adopted_on.setCalendarPopup(True)
        self.adopted_on.setDisplayFormat("dd.MM.yyyy")
        self.adopted_on.setDate(QDate(context.today()))
        self.title = self.add_field("title", QPlainTextEdit(self))
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(70)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Council resolution"))
        self.set_intro(self.tr("Record a resolution of the aiyl kenesh as it is numbered and titled in the document."))
        self.labels["number"].setText(self.tr("Number"))
        self.number.setPlaceholderText(self.tr("e.g. 12/5"))
        self.labels["adopted_on"].setText(self.tr("Adopted on"))
        self.labels["title"].setText(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("… approving the composition and regulation of the group"))
        self.retranslate_buttons(self.tr("Add resolution"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            resolution = add_resolution(
                session, self.context.municipality_id, number=self.number.text(),
                adopted_on=self.adopted_on.date().toPython(), title=self.title.toPlainText(),
            )
            self.resolution_id = resolution.id
