"""Starting a formation: a new group, or the replacement of a member by the same procedure (G8)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from bmb_desktop.domain.enums import FormationKind
from bmb_desktop.locale.labels import label
from bmb_desktop.services.formation import start_formation
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog


class StartFormationDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.process_id: int | None = None
        self.kind = self.add_field("kind", QComboBox(self))
        for kind in FormationKind:
            self.kind.addItem("", kind.value)
        self.started_on = self.add_field("started_on", QDateEdit(self))
        self.started_on.setCalendarPopup(True)
        self.started_on.setDisplayFormat("dd.MM.yyyy")
        self.started_on.setDate(QDate(context.today()))
        self.note = self.add_field("note", QLineEdit(self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Start a formation"))
        self.set_intro(self.tr(
            "A new group starts with the aiyl okmotu's announcement; a replacement of a member goes through "
            "the same procedure without it. Deadlines are counted from the start in working days."
        ))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(FormationKind(self.kind.itemData(index))))
        self.labels["kind"].setText(self.tr("Formation of"))
        self.labels["started_on"].setText(self.tr("Started on"))
        self.labels["note"].setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. replacing a member who left on her own application"))
        self.retranslate_buttons(self.tr("Start"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            process = start_formation(
                session, self.context.municipality_id, kind=FormationKind(self.kind.currentData()),
                started_on=self.started_on.date().toPython(), note=self.note.text(),
            )
            self.process_id = process.id
