"""Development-programme indicators (I1–I3): editing them and their measured values, plan versus
fact with the forecast for each, the dashboard of key indicators, and their check findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain import indicators as rules
from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import EvidenceSource, IndicatorKind
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.indicators import Assessment, Chart, IndicatorFacts, Measurement, Outlook
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.formatting import format_number
from bmb_desktop.locale.i18n import N_, _, current_language, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.services.listing import Listing
from bmb_desktop.storage.models import Indicator, IndicatorMeasurement

OUTLOOK_LABELS = {
    Outlook.ACHIEVED: N_("target reached"),
    Outlook.ON_TRACK: N_("on track"),
    Outlook.BEHIND: N_("behind schedule"),
    Outlook.MISSED: N_("target missed"),
    Outlook.NO_DATA: N_("not measured yet"),
    Outlook.NO_FORECAST: N_("too few measurements for a forecast"),
    Outlook.INCOMPLETE: N_("baseline, target or deadline missing"),
    Outlook.QUALITATIVE: N_("qualitative: judged from the descriptions"),
}


def outlook_label(outlook: Outlook, language: str | None = None) -> str:
    return translate(OUTLOOK_LABELS[outlook], language)


def number_text(value: float | None, language: str | None = None) -> str:
    """A measured or planned value as people write it: at most one decimal, "76", "1,5"."""
    if value is None:
        return ""
    rounded = round(value, 1)
    return format_number(int(rounded) if rounded == int(rounded) else rounded, language or current_language())


@dataclass(frozen=True)
class IndicatorDraft(EnumFields):
    name: str = ""
    kind: IndicatorKind | None = None
    quantitative: bool = True
    programme: str = ""
    code: str = ""
    unit: str = ""
    baseline: float | None = None
    baseline_on: date | None = None
    target: float | None = None
    deadline: date | None = None
    baseline_text: str = ""
    target_text: str = ""
    key: bool = False


@dataclass(frozen=True)
class MeasurementDraft(EnumFields):
    period_start: date | None = None
    period_end: date | None = None
    source: EvidenceSource | None = None
    value: float | None = None
    value_text: str = ""
    note: str = ""


def check_indicator(session: Session, municipality_id: int, draft: IndicatorDraft, *, indicator_id: int | None = None) -> dict[str, str]:
    problems = draft.enum_problems()
    if problems:
        return problems
    if not draft.name.strip():
        problems["name"] = _("Enter the name of the indicator.")
    if draft.kind is None:
        problems["kind"] = _("Choose the kind of indicator: resources, activities, outputs or outcomes.")
    if draft.deadline is None:
        problems["deadline"] = _("Enter the deadline for reaching the target.")
    if draft.quantitative:
        if draft.baseline is None:
            problems["baseline"] = _("Enter the baseline value.")
        if draft.baseline_on is None:
            problems["baseline_on"] = _("Enter the date the baseline value describes.")
        elif draft.deadline and draft.baseline_on >= draft.deadline:
            problems["baseline_on"] = _("The baseline must describe a day before the deadline.")
        if draft.target is None:
            problems["target"] = _("Enter the target value.")
    else:
        if not draft.baseline_text.strip():
            problems["baseline_text"] = _("Describe the situation at the start.")
        if not draft.target_text.strip():
            problems["target_text"] = _("Describe the situation the programme aims for.")
    code = draft.code.strip()
    if code and any(
        other.code.strip().casefold() == code.casefold() and other.id != indicator_id
        for other in session.scalars(select(Indicator).where(Indicator.municipality_id == municipality_id))
    ):
        problems["code"] = _("Another indicator already has the code {code}.", code=code)
    return problems


def save_indicator(session: Session, municipality_id: int, draft: IndicatorDraft, *, indicator_id: int | None = None) -> Indicator:
    problems = check_indicator(session, municipality_id, draft, indicator_id=indicator_id)
    if problems:
        raise ValidationError(problems)
    if indicator_id is None:
        indicator = Indicator(municipality_id=municipality_id)
        session.add(indicator)
    else:
        indicator = find_indicator(session, municipality_id, indicator_id)
        if indicator.quantitative != draft.quantitative and indicator.measurements:
            raise ValidationError({"quantitative": _(
                "Measured values are recorded; the indicator cannot change between numbers and words."
            )})  # fmt: skip
    indicator.name, indicator.kind, indicator.quantitative = draft.name.strip(), draft.kind, draft.quantitative
    indicator.programme, indicator.code, indicator.unit = draft.programme.strip(), draft.code.strip(), draft.unit.strip()
    indicator.deadline, indicator.key = draft.deadline, draft.key
    numbers = draft.quantitative
    indicator.baseline = draft.baseline if numbers else None
    indicator.baseline_on = draft.baseline_on if numbers else None
    indicator.target = draft.target if numbers else None
    indicator.baseline_text, indicator.target_text = draft.baseline_text.strip(), draft.target_text.strip()
    session.commit()
    return indicator


def delete_indicator(session: Session, municipality_id: int, indicator_id: int) -> None:
    session.delete(find_indicator(session, municipality_id, indicator_id))
    session.commit()


def find_indicator(session: Session, municipality_id: int, indicator_id: int) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None or indicator.municipality_id != municipality_id:
        raise NotFoundError(_("The indicator was not found."))
    return indicator


def default_period(today: date) -> tuple[date, date]:
    """The period a new measurement is for unless told otherwise: the half-year just ended."""
    return rules.last_ended_half_year(today)


def check_measurement(indicator: Indicator, draft: MeasurementDraft, *, measurement_id: int | None = None) -> dict[str, str]:
    problems = draft.enum_problems()
    if problems:
        return problems
    problems = rules.period_problems(draft.period_start, draft.period_end)
    if draft.source is None:
        problems["source"] = _("Choose the source: residents' survey, programme data or staff assessment.")
    if indicator.quantitative and draft.value is None:
        problems["value"] = _("Enter the measured value.")
    if not indicator.quantitative and not draft.value_text.strip():
        problems["value_text"] = _("Describe what was found.")
    if not problems and any(
        m.source is draft.source and (m.period_start, m.period_end) == (draft.period_start, draft.period_end)
        and m.id != measurement_id
        for m in indicator.measurements
    ):
        problems["period"] = _("A value from this source is already recorded for this period.")
    return problems


def save_measurement(
    session: Session, municipality_id: int, indicator_id: int, draft: MeasurementDraft, *, measurement_id: int | None = None,
) -> IndicatorMeasurement:
    """Record a measured value (or a description, for a qualitative indicator) with its source (I3)."""
    indicator = find_indicator(session, municipality_id, indicator_id)
    problems = check_measurement(indicator, draft, measurement_id=measurement_id)
    if problems:
        raise ValidationError(problems)
    if measurement_id is None:
        measurement = IndicatorMeasurement()
        indicator.measurements.append(measurement)
    else:
        measurement = next((m for m in indicator.measurements if m.id == measurement_id), None)
        if measurement is None:
            raise NotFoundError(_("The measured value was not found."))
    measurement.period_start, measurement.period_end = draft.period_start, draft.period_end
    measurement.source, measurement.note = draft.source, draft.note.strip()
    measurement.value = draft.value if indicator.quantitative else None
    measurement.value_text = draft.value_text.strip()
    session.commit()
    indicator.measurements.sort(key=lambda m: m.period_end)
    return measurement


def delete_measurement(session: Session, municipality_id: int, measurement_id: int) -> None:
    measurement = session.get(IndicatorMeasurement, measurement_id)
    if measurement is None or measurement.indicator.municipality_id != municipality_id:
        raise NotFoundError(_("The measured value was not found."))
    session.delete(measurement)
    session.commit()


@dataclass(frozen=True)
class IndicatorView:
    """One indicator with plan versus fact, as the dashboard, the sheet and the CLI show it."""

    indicator_id: int
    code: str
    name: str
    programme: str
    kind: IndicatorKind
    quantitative: bool
    unit: str
    key: bool
    baseline: float | None
    baseline_on: date | None
    baseline_text: str
    target: float | None
    target_text: str
    deadline: date | None
    measurements: tuple[IndicatorMeasurement, ...]
    assessment: Assessment
    chart: Chart | None


def facts_of(indicator: Indicator) -> IndicatorFacts:
    return IndicatorFacts(
        quantitative=indicator.quantitative, baseline=indicator.baseline, baseline_on=indicator.baseline_on,
        target=indicator.target, deadline=indicator.deadline,
        measurements=tuple(
            Measurement(m.period_start, m.period_end, m.source, m.value, m.value_text) for m in indicator.measurements
        ),
    )  # fmt: skip


def indicator_views(session: Session, municipality_id: int, *, today: date, key_only: bool = False) -> list[IndicatorView]:
    """Every indicator (or only the key ones) in the order of the kinds of I1, then by code."""
    query = (
        select(Indicator).where(Indicator.municipality_id == municipality_id)
        .options(selectinload(Indicator.measurements))
    )  # fmt: skip
    if key_only:
        query = query.where(Indicator.key.is_(True))
    kinds = list(IndicatorKind)
    views = []
    for indicator in session.scalars(query):
        facts = facts_of(indicator)
        assessment = rules.assess(facts, today=today)
        views.append(IndicatorView(
            indicator_id=indicator.id, code=indicator.code, name=indicator.name, programme=indicator.programme,
            kind=indicator.kind, quantitative=indicator.quantitative, unit=indicator.unit, key=indicator.key,
            baseline=indicator.baseline, baseline_on=indicator.baseline_on, baseline_text=indicator.baseline_text,
            target=indicator.target, target_text=indicator.target_text, deadline=indicator.deadline,
            measurements=tuple(indicator.measurements), assessment=assessment, chart=rules.chart_of(facts, assessment),
        ))  # fmt: skip
    return sorted(views, key=lambda v: (kinds.index(v.kind), v.code.casefold(), v.name.casefold()))


def dashboard(session: Session, municipality_id: int, *, today: date) -> list[IndicatorView]:
    """The key indicators for the plan screen; every quantitative one when none is marked key."""
    views = indicator_views(session, municipality_id, today=today, key_only=True)
    if views:
        return views
    return [v for v in indicator_views(session, municipality_id, today=today) if v.quantitative]


def chart_svg_of(view: IndicatorView, *, width: float, height: float, language: str | None = None) -> str | None:
    """The indicator's small chart as SVG, for the dashboard on the plan screen; None without one."""
    if view.chart is None:
        return None
    from bmb_desktop.documents.charts import chart_svg

    return chart_svg(
        view.chart, width=width, height=height, behind=view.assessment.outlook.is_flagged,
        target_label=translate("target", language),
    )  # fmt: skip


def indicator_warnings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Indicators behind schedule or past their deadline, and a half-year ended with nothing measured."""
    findings = []
    period_start, period_end = rules.last_ended_half_year(today)
    for view in indicator_views(session, municipality_id, today=today):
        name = _indicator_name(view)
        outlook = view.assessment.outlook
        if outlook is Outlook.BEHIND:
            message = _(
                "Indicator {name} is behind schedule: at this pace {forecast} {unit} by {deadline}, the target is {target} {unit}",
                name=name, forecast=number_text(view.assessment.forecast), target=number_text(view.target),
                unit=view.unit, deadline=short_date(view.deadline),
            )  # fmt: skip
            findings.append(RuleFinding("indicator", Severity.WARNING, _tidy(message)))
        elif outlook is Outlook.MISSED:
            message = _(
                "Indicator {name} missed its target: {value} {unit} against {target} {unit} due by {deadline}",
                name=name, value=number_text(view.assessment.latest.value), target=number_text(view.target),
                unit=view.unit, deadline=short_date(view.deadline),
            )  # fmt: skip
            findings.append(RuleFinding("indicator", Severity.WARNING, _tidy(message)))
        started = view.baseline_on is None or view.baseline_on < period_end
        running = view.deadline is None or view.deadline >= period_start
        measured = any(m.period_end >= period_end and m.period_start <= period_end for m in view.measurements)
        if started and running and not measured:
            findings.append(RuleFinding("indicator_data", Severity.WARNING, _(
                "Indicator {name} has no value for the period {start} – {end}",
                name=name, start=short_date(period_start), end=short_date(period_end),
            )))  # fmt: skip
    return findings


def _tidy(message: str) -> str:
    """Single spaces where an empty unit left two; the no-break spaces inside numbers stay."""
    return re.sub(r" {2,}", " ", message).replace(" ,", ",").strip()


def _indicator_name(view: IndicatorView) -> str:
    return f"{view.code} «{view.name}»" if view.code else f"«{view.name}»"


def indicators_listing(session: Session, municipality_id: int, *, today: date) -> Listing:
    rows = []
    for v in indicator_views(session, municipality_id, today=today):
        a = v.assessment
        latest = a.latest
        rows.append((
            v.code, v.name, label(v.kind), v.unit,
            number_text(v.baseline) if v.quantitative else v.baseline_text,
            number_text(v.target) if v.quantitative else v.target_text,
            v.deadline, number_text(latest.value) if latest else "",
            label(latest.source) if latest else "", number_text(a.planned), signed_text(a.deviation),
            number_text(a.forecast), outlook_label(a.outlook),
        ))  # fmt: skip
    return Listing(
        columns=(
            _("Code"), _("Indicator"), _("Kind"), _("Unit"), _("Baseline"), _("Target"), _("Deadline"), _("Fact"),
            _("Source"), _("Plan"), _("Deviation"), _("Forecast"), _("Outlook"),
        ),
        keys=(
            "code", "name", "kind", "unit", "baseline", "target", "deadline", "fact", "source", "plan", "deviation",
            "forecast", "outlook",
        ),
        rows=rows,
    )  # fmt: skip


def signed_text(value: float | None, language: str | None = None) -> str:
    if value is None:
        return ""
    text = number_text(abs(value), language)
    return text if round(value, 1) == 0 else ("+" if value > 0 else "−") + text
