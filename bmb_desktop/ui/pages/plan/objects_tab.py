"""The register of monitored objects (P4): the aiyl okmotu, municipal enterprises and institutions,
suppliers and contractors, consultants and community organisations, with whom to contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError
from bmb_desktop.services.objects import delete_object, list_objects
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.plan import (
    COL_O_ADDRESS,
    COL_O_CONTACT,
    COL_O_HEAD,
    COL_O_KIND,
    COL_O_NAME,
    ObjectsModel,
)
from bmb_desktop.ui.pages.base import empty_state_label
from bmb_desktop.ui.pages.plan.common import confirm, fit_columns, select_source_row, selected_source_row, table_view
from bmb_desktop.ui.retranslating import Retranslating

# Pixels at most, so that the object's name keeps most of the width.
OBJECT_COLUMN_CAPS = {COL_O_KIND: 150, COL_O_HEAD: 130, COL_O_CONTACT: 160, COL_O_ADDRESS: 110}


class ObjectsTab(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ObjectsModel(self)
        self.table = table_view(self, self.model, stretch=COL_O_NAME, lines=2)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.add_button, self.edit_button, self.delete_button = QPushButton(self), QPushButton(self), QPushButton(self)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def refresh(self) -> None:
        chosen = self.selected_id()
        with self.context.database.session() as session:
            rows = list_objects(session, self.context.municipality_id)
        self.model.set_rows(rows)
        fit_columns(self.table, caps=OBJECT_COLUMN_CAPS)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        if chosen is not None:
            select_source_row(self.table, self.model.row_of(chosen))
        self._update_buttons()

    def selected_id(self) -> int | None:
        row = selected_source_row(self.table)
        return self.model.row_at(row).object_id if row >= 0 else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        object_id = self.selected_id()
        if object_id is not None:
            self._open(object_id)

    def _open(self, object_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.plan.object_dialog import ObjectDialog

        self.dialog = ObjectDialog(self.context, object_id=object_id, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, object_id: int) -> None:
        self.refresh()
        select_source_row(self.table, self.model.row_of(object_id))
        self.changed.emit()

    def delete_selected(self) -> None:
        row = selected_source_row(self.table)
        if row < 0:
            return
        chosen = self.model.row_at(row)
        text = self.tr("Delete %1 from the register of monitored objects?").replace("%1", chosen.name)
        if not confirm(self, self.tr("Delete the object"), text, self.tr("Delete")):
            return
        try:
            with self.context.database.session() as session:
                delete_object(session, self.context.municipality_id, chosen.object_id)
        except UserError as error:
            show_error(self, error)
        self.refresh()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("New object…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Only an object that no plan, act or declaration names can be deleted"))
        self.empty.setText(self.tr(
            "No monitored objects are recorded yet: the aiyl okmotu, municipal enterprises and institutions, "
            "suppliers and contractors, consultants and community organisations such as water users' associations."
        ))
        self.model.refresh_texts()
