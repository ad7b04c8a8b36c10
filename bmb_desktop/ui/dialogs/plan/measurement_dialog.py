"""A measured value of an indicator for a period (half-year by default) with its source (I3)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from bmb_desktop.domain.enums import EvidenceSource
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.indicators import (
    MeasurementDraft,
    check_measurement,
    default_period,
    find_indicator,
    save_measurement,
)
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import NumberField, enum_value, text_box
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo


class PeriodField(QWidget):
    """The period's first and last day side by side."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = DateField(popup_year=year, parent=self)
        self.end = DateField(popup_year=year, parent=self)
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start, 1)
        layout.addWidget(self.dash)
        layout.addWidget(self.end, 1)


class MeasurementDialog(PlanFormDialog):
    """A new value (``measurement_id`` None) or a recorded one; ``saved`` carries the indicator's id."""

    def __init__(
        self, context: AppContext, *, indicator_id: int, measurement_id: int | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.indicator_id, self.measurement_id = indicator_id, measurement_id
        today = context.today()
        with context.database.session() as session:
            indicator = find_indicator(session, context.municipality_id, indicator_id)
            self.indicator_name, self.unit, self.quantitative = indicator.name, indicator.unit, indicator.quantitative
            stored = next((m for m in indicator.measurements if m.id == measurement_id), None)
        self.period = self.add_field("period", PeriodField(today.year, self))
        self.source = self.add_field("source", enum_combo(EvidenceSource, parent=self))
        self.value = self.add_field("value", NumberField(self))
        self.value_text = self.add_field("value_text", text_box(self, lines=3))
        self.note = self.add_field("note", QLineEdit(self))
        self.form.setRowVisible(self.rows["value"], self.quantitative)
        self.form.setRowVisible(self.rows["value_text"], not self.quantitative)
        if stored is not None:
            self.period.start.set_date(stored.period_start)
            self.period.end.set_date(stored.period_end)
            choose_data(self.source, stored.source)
            self.value.set_number(stored.value)
            self.value_text.setPlainText(stored.value_text)
            self.note.setText(stored.note)
        else:
            start, end = default_period(today)
            self.period.start.set_date(start)
            self.period.end.set_date(end)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Measured value"))
        intro = self.indicator_name + (f" ({self.unit})" if self.unit else "")
        self.set_intro(intro)
        texts = {
            "period": self.tr("Period"), "source": self.tr("Source"), "value": self.tr("Value"),
            "value_text": self.tr("What was found"), "note": self.tr("Note"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        fill_enum_combo(self.source, EvidenceSource)
        self.source.setPlaceholderText(self.tr("Choose the source"))
        self.source.setToolTip(self.tr("residents' survey, programme data or staff assessment"))
        self.value.setPlaceholderText(self.tr("e.g. 76 or 2,3"))
        self.note.setPlaceholderText(self.tr("e.g. the aiyl okmotu's half-year report"))
        self.retranslate_buttons(self.tr("Save"))

    def submit(self) -> int:
        value, readable = self.value.number()
        draft = MeasurementDraft(
            period_start=self.period.start.date(), period_end=self.period.end.date(),
            source=enum_value(EvidenceSource, self.source),
            value=value, value_text=self.value_text.toPlainText(), note=self.note.text(),
        )  # fmt: skip
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            if not readable:
                indicator = find_indicator(session, municipality_id, self.indicator_id)
                problems = check_measurement(indicator, draft, measurement_id=self.measurement_id)
                raise ValidationError(problems | {"value": self.tr("Enter a number, e.g. 72 or 1,5.")})
            save_measurement(session, municipality_id, self.indicator_id, draft, measurement_id=self.measurement_id)
            return self.indicator_id
