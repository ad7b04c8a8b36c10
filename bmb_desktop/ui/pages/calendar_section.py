"""Settings: the working-day calendar of a year, official days off and the secretary's corrections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.services.calendar import calendar_entries, remove_correction
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.models.calendar_days import COL_NAME, CalendarDaysModel
from bmb_desktop.ui.pages.base import note_label

FIRST_YEAR, LAST_YEAR = 2000, 2100


class CalendarSection(QWidget):
    """Every correction changes the deadlines computed afterwards: ``changed`` tells the window."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.note = note_label(self)
        self.year_label = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(context.today().year)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.status = QLabel(self)
        self.model = CalendarDaysModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

        tools = QHBoxLayout()
        tools.addWidget(self.year_label)
        tools.addWidget(self.year)
        tools.addSpacing(16)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.year.valueChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add_correction)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Deadlines in working days skip weekends and the official days off below. Orozo ait and "
            "Kurman ait are fixed by decree every year, and the government moves days off: record such "
            "changes as corrections. Every open deadline is recomputed with them at once."
        ))
        self.year_label.setText(self.tr("Year:"))
        self.add_button.setText(self.tr("Add correction…"))
        self.remove_button.setText(self.tr("Remove correction"))
        self.model.retranslate()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            self.model.set_entries(calendar_entries(session, self.year.value()))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self, *_args) -> None:
        entry = self.model.entry(self.selected_row())
        self.remove_button.setEnabled(entry is not None and entry.corrected)

    def add_correction(self) -> None:
        """Open the correction form; a selected official day off is offered for moving."""
        from bmb_desktop.ui.dialogs.settings.calendar_day_dialog import CalendarDayDialog

        entry = self.model.entry(self.selected_row())
        today = self.context.today()
        day = entry.day if entry else (today if today.year == self.year.value() else date(self.year.value(), 1, 1))
        working = not entry.is_working_day if entry and not entry.corrected else False
        self.dialog = CalendarDayDialog(self.context, day, is_working_day=working, parent=self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def _saved(self) -> None:
        day = self.dialog.saved_day
        self.year.setValue(day.year)  # refreshes when the year changes
        self.refresh()
        self.status.setText(self.tr("The correction of %1 is saved; deadlines are recomputed.").replace("%1", display_date(day)))
        self.changed.emit()

    def remove_selected(self) -> None:
        entry = self.model.entry(self.selected_row())
        if entry is None or not entry.corrected:
            return
        with self.context.database.session() as session:
            remove_correction(session, entry.day)
        self.refresh()
        self.status.setText(self.tr("The correction of %1 is removed; the official calendar applies.").replace("%1", display_date(entry.day)))
        self.changed.emit()
