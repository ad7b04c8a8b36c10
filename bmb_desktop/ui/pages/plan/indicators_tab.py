"""The indicators tab (I1–I3): plan versus fact with the deviation, the forecast and the outlook in
colour, and below it the measured values of the chosen indicator with their sources."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from bmb_desktop.services.indicators import IndicatorView, delete_indicator, delete_measurement, indicator_views
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.icons import print_icon
from bmb_desktop.ui.models.indicators import (
    COL_BASELINE,
    COL_DEVIATION,
    COL_FACT,
    COL_KIND,
    COL_M_NOTE,
    COL_NAME,
    COL_OUTLOOK,
    COL_TARGET,
    COL_UNIT,
    IndicatorsModel,
    MeasurementsModel,
)
from bmb_desktop.ui.pages.base import empty_state_label
from bmb_desktop.ui.pages.plan import printing
from bmb_desktop.ui.pages.plan.common import confirm, fit_columns, select_source_row, selected_source_row, table_view
from bmb_desktop.ui.retranslating import Retranslating

# Pixels at most: a qualitative indicator's words wrap into two lines, its tooltip has them all.
INDICATOR_COLUMN_CAPS = {
    COL_KIND: 100, COL_UNIT: 70, COL_BASELINE: 90, COL_TARGET: 90, COL_FACT: 100, COL_DEVIATION: 120, COL_OUTLOOK: 150,
}
FLAGGED_STYLE = "color: #b3261e;"


class IndicatorsTab(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = IndicatorsModel(self)
        self.table = table_view(self, self.model, stretch=COL_NAME, lines=2)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.measurements = MeasurementsModel(self)
        self.measurement_table = table_view(self, self.measurements, stretch=COL_M_NOTE)
        self.buttons = {key: QPushButton(self) for key in ("add", "edit", "delete")}
        self.value_buttons = {key: QPushButton(self) for key in ("add", "edit", "delete")}
        self.print_button = QPushButton(print_icon(), "", self)
        self.flagged = QLabel(self)
        self.flagged.setStyleSheet(FLAGGED_STYLE)
        self.values_title = QLabel(self)
        self.values_title.setWordWrap(True)
        self._lay_out()
        self._connect()
        self.retranslate_ui()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.flagged)
        actions.addWidget(self.print_button)
        values = QWidget(self)
        value_actions = QHBoxLayout()
        value_actions.addWidget(self.values_title, 1)
        for button in self.value_buttons.values():
            value_actions.addWidget(button)
        values_layout = QVBoxLayout(values)
        values_layout.setContentsMargins(0, 4, 0, 0)
        values_layout.addLayout(value_actions)
        values_layout.addWidget(self.measurement_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.body)
        splitter.addWidget(values)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.buttons["add"].clicked.connect(lambda: self._open_indicator(None))
        self.buttons["edit"].clicked.connect(lambda: self._open_indicator(self.selected_id()))
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.value_buttons["add"].clicked.connect(lambda: self._open_measurement(None))
        self.value_buttons["edit"].clicked.connect(self.edit_measurement)
        self.value_buttons["delete"].clicked.connect(self.delete_measurement)
        self.print_button.clicked.connect(lambda: printing.print_indicator_sheet(self.context, self))
        self.table.doubleClicked.connect(lambda _index: self._open_indicator(self.selected_id()))
        self.measurement_table.doubleClicked.connect(lambda _index: self.edit_measurement())
        self.table.selectionModel().selectionChanged.connect(self._show_measurements)
        self.measurement_table.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        chosen = self.selected_id()
        with self.context.database.session() as session:
            views = indicator_views(session, self.context.municipality_id, today=self.context.today())
        self.model.set_rows(views)
        fit_columns(self.table, caps=INDICATOR_COLUMN_CAPS)
        self.body.setCurrentWidget(self.table if views else self.empty)
        self.select_indicator(chosen if chosen is not None else (views[0].indicator_id if views else None))
        self._show_measurements()
        self._show_flagged()

    def selected_view(self) -> IndicatorView | None:
        row = selected_source_row(self.table)
        return self.model.row_at(row) if row >= 0 else None

    def selected_id(self) -> int | None:
        view = self.selected_view()
        return view.indicator_id if view else None

    def select_indicator(self, indicator_id: int | None) -> None:
        if indicator_id is not None:
            select_source_row(self.table, self.model.row_of(indicator_id))

    def _show_measurements(self, *_args) -> None:
        view = self.selected_view()
        self.measurements.set_rows(list(view.measurements) if view else [])
        fit_columns(self.measurement_table)
        self._title_values()
        self._update_buttons()

    def _title_values(self) -> None:
        view = self.selected_view()
        if view is None:
            self.values_title.setText(self.tr("Choose an indicator to see its measured values."))
            return
        name = f"{view.code} {view.name}".strip()
        self.values_title.setText(self.tr("Measured values of %1").replace("%1", name))

    def _show_flagged(self) -> None:
        flagged = sum(1 for view in self.model.rows() if view.assessment.outlook.is_flagged)
        self.flagged.setText(self.tr("⚠ Behind schedule or missed: %1").replace("%1", str(flagged)) if flagged else "")

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected_view() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["delete"].setEnabled(chosen)
        self.value_buttons["add"].setEnabled(chosen)
        value = selected_source_row(self.measurement_table) >= 0
        self.value_buttons["edit"].setEnabled(value)
        self.value_buttons["delete"].setEnabled(value)
        self.print_button.setEnabled(self.model.rowCount() > 0)

    # Dialogs

    def _open_indicator(self, indicator_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.plan.indicator_dialog import IndicatorDialog

        self.dialog = IndicatorDialog(self.context, indicator_id=indicator_id, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _open_measurement(self, measurement_id: int | None) -> None:
        from bmb_desktop.ui.dialogs.plan.measurement_dialog import MeasurementDialog

        indicator_id = self.selected_id()
        if indicator_id is None:
            return
        self.dialog = MeasurementDialog(self.context, indicator_id=indicator_id, measurement_id=measurement_id, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def edit_measurement(self) -> None:
        row = selected_source_row(self.measurement_table)
        if row >= 0:
            self._open_measurement(self.measurements.row_at(row).id)

    def _saved(self, indicator_id: int) -> None:
        self.refresh()
        self.select_indicator(indicator_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        text = self.tr("Delete the indicator %1 with all its measured values?").replace("%1", f"{view.code} {view.name}".strip())
        if confirm(self, self.tr("Delete the indicator"), text, self.tr("Delete")):
            with self.context.database.session() as session:
                delete_indicator(session, self.context.municipality_id, view.indicator_id)
            self.refresh()
            self.changed.emit()

    def delete_measurement(self) -> None:
        row = selected_source_row(self.measurement_table)
        if row < 0:
            return
        measurement = self.measurements.row_at(row)
        text = self.tr("Delete the value measured for %1?").replace("%1", self.measurements.text(measurement, 0))
        if confirm(self, self.tr("Delete the value"), text, self.tr("Delete")):
            with self.context.database.session() as session:
                delete_measurement(session, self.context.municipality_id, measurement.id)
            self.refresh()
            self.changed.emit()

    def retranslate_ui(self) -> None:
        texts = {"add": self.tr("New indicator…"), "edit": self.tr("Edit…"), "delete": self.tr("Delete")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        values = {"add": self.tr("Enter a value…"), "edit": self.tr("Edit value…"), "delete": self.tr("Delete value")}
        for key, text in values.items():
            self.value_buttons[key].setText(text)
        self.value_buttons["add"].setToolTip(self.tr("A value measured for a period (the half-year by default) with its source"))
        self.print_button.setText(self.tr("Print indicator sheet…"))
        self.empty.setText(self.tr(
            "No indicators are recorded yet. Add the indicators of the development programme (СЭӨП) the group "
            "follows: resources, activities, outputs and outcomes, each with its baseline, target and deadline."
        ))
        self._title_values()
        self._show_flagged()
        self.model.refresh_texts()
        self.measurements.refresh_texts()
