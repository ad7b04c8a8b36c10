"""The indicator tables: plan versus fact with the deviation and the forecast, and the measured values."""

from __future__ import annotations

from PySide6.QtGui import QColor

from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.locale.labels import label
from bmb_desktop.services.indicators import IndicatorView, number_text, outlook_label, signed_text
from bmb_desktop.storage.models import IndicatorMeasurement
from bmb_desktop.ui.formatting import display_date, sort_key
from bmb_desktop.ui.models.rows import GOOD_COLOUR, QUIET_COLOUR, WARNING_BACKGROUND, WARNING_COLOUR, RowsModel

(COL_CODE, COL_NAME, COL_KIND, COL_UNIT, COL_BASELINE, COL_TARGET, COL_DEADLINE, COL_FACT, COL_PLAN,
 COL_DEVIATION, COL_FORECAST, COL_OUTLOOK) = range(12)  # fmt: skip
GOOD_OUTLOOKS = frozenset({Outlook.ACHIEVED, Outlook.ON_TRACK})


def latest_description(view: IndicatorView) -> IndicatorMeasurement | None:
    """A qualitative indicator's latest description (its measurements are ordered by period)."""
    described = [m for m in view.measurements if m.value_text.strip()]
    return described[-1] if described else None


class IndicatorsModel(RowsModel[IndicatorView]):
    """One row per indicator: baseline, target, the latest fact, plan, deviation, forecast, outlook."""

    NUMERIC = frozenset({COL_FACT, COL_PLAN, COL_DEVIATION, COL_FORECAST})

    def column_titles(self) -> list[str]:
        return [
            self.tr("Code"), self.tr("Indicator"), self.tr("Kind"), self.tr("Unit"), self.tr("Baseline"),
            self.tr("Target"), self.tr("Deadline"), self.tr("Fact"), self.tr("Plan"), self.tr("Deviation"),
            self.tr("Forecast"), self.tr("Outlook"),
        ]

    def row_of(self, indicator_id: int) -> int:
        return self.row_where(lambda view: view.indicator_id == indicator_id)

    def text(self, view: IndicatorView, column: int) -> str:
        a = view.assessment
        words = not view.quantitative
        texts = {
            COL_CODE: lambda: view.code,
            COL_NAME: lambda: view.name + ("  ★" if view.key else ""),
            COL_KIND: lambda: label(view.kind),
            COL_UNIT: lambda: view.unit,
            COL_BASELINE: lambda: view.baseline_text if words else number_text(view.baseline),
            COL_TARGET: lambda: view.target_text if words else number_text(view.target),
            COL_DEADLINE: lambda: display_date(view.deadline),
            COL_FACT: lambda: self._fact(view),
            COL_PLAN: lambda: number_text(a.planned),
            COL_DEVIATION: lambda: self._deviation(view),
            COL_FORECAST: lambda: number_text(a.forecast),
        }
        return texts.get(column, lambda: outlook_label(a.outlook))()

    @staticmethod
    def _fact(view: IndicatorView) -> str:
        if not view.quantitative:
            described = latest_description(view)
            return described.value_text if described else ""
        latest = view.assessment.latest
        return number_text(latest.value) if latest else ""

    @staticmethod
    def _deviation(view: IndicatorView) -> str:
        a = view.assessment
        share = a.deviation_share
        text = signed_text(a.deviation)
        return f"{text} ({signed_text(share * 100)} %)" if text and share is not None and round(share * 100) else text

    def tooltip(self, view: IndicatorView, column: int) -> str:
        a = view.assessment
        if column == COL_FACT and a.latest is not None:
            period = f"{display_date(a.latest.period_start)} – {display_date(a.latest.period_end)}"
            return self.tr("%1 for %2, source: %3").replace("%1", number_text(a.latest.value)).replace(
                "%2", period).replace("%3", label(a.latest.source))
        if column == COL_PLAN and a.planned is not None:
            return self.tr("Where the straight path from the baseline to the target stands at the end of the latest period")
        if column == COL_FORECAST and a.forecast is not None:
            return self.tr("The value expected by the deadline if the trend of the measured values goes on")
        if column == COL_BASELINE and view.baseline_on:
            return self.tr("as of %1").replace("%1", display_date(view.baseline_on))
        return ""

    def foreground(self, view: IndicatorView, column: int) -> QColor | None:
        outlook = view.assessment.outlook
        if column in (COL_OUTLOOK, COL_DEVIATION, COL_FORECAST):
            if outlook.is_flagged:
                return WARNING_COLOUR
            if outlook in GOOD_OUTLOOKS:
                return GOOD_COLOUR
            return QUIET_COLOUR if column == COL_OUTLOOK else None
        return None

    def background(self, view: IndicatorView, column: int) -> QColor | None:
        return WARNING_BACKGROUND if view.assessment.outlook.is_flagged and column == COL_OUTLOOK else None

    def sort_value(self, view: IndicatorView, column: int) -> object:
        a = view.assessment
        numbers = {COL_PLAN: a.planned, COL_DEVIATION: a.deviation_share, COL_FORECAST: a.forecast}
        if column in numbers:
            return numbers[column] if numbers[column] is not None else float("-inf")
        if column == COL_DEADLINE:
            return sort_key(view.deadline)
        return super().sort_value(view, column)


COL_M_PERIOD, COL_M_SOURCE, COL_M_VALUE, COL_M_NOTE = range(4)


class MeasurementsModel(RowsModel[IndicatorMeasurement]):
    """The measured values of one indicator, by period, with their source (I3)."""

    NUMERIC = frozenset({COL_M_VALUE})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.quantitative = True

    def column_titles(self) -> list[str]:
        return [self.tr("Period"), self.tr("Source"), self.tr("Value"), self.tr("Note")]

    def row_of(self, measurement_id: int) -> int:
        return self.row_where(lambda m: m.id == measurement_id)

    def text(self, m: IndicatorMeasurement, column: int) -> str:
        if column == COL_M_PERIOD:
            return f"{display_date(m.period_start)} – {display_date(m.period_end)}"
        if column == COL_M_SOURCE:
            return label(m.source)
        if column == COL_M_VALUE:
            return number_text(m.value) if m.value is not None else m.value_text
        return m.note

    def sort_value(self, m: IndicatorMeasurement, column: int) -> object:
        if column == COL_M_PERIOD:
            return m.period_end.isoformat()
        if column == COL_M_VALUE and m.value is not None:
            return m.value
        return super().sort_value(m, column)
