"""The plan's printed papers: the plan table, the council resolution approving it, the indicator sheet.

Each pair of functions gathers a plain document from the database (tested directly) and renders it;
every label is worded in the document's language.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MemberRole
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.formatting import format_percent
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.labels import label
from bmb_desktop.locale.places import village_place
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.indicators import IndicatorView, indicator_views, number_text, outlook_label, signed_text
from bmb_desktop.services.plan import find_plan, latest_version, version_in_force
from bmb_desktop.services.plan_progress import timing_text
from bmb_desktop.services.plan_votes import group_votes
from bmb_desktop.storage.models import Municipality, Plan, PlanVersion

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.indicator_sheet import IndicatorSheetDocument
    from bmb_desktop.documents.plan import PlanDocument
    from bmb_desktop.documents.plan_resolution import PlanResolutionDocument

ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def roman(number: int) -> str:
    """A session number as resolutions print it: 14 -> "XIV"."""
    text = ""
    for value, letters in ROMAN:
        while number >= value:
            text, number = text + letters, number - value
    return text


def choose_version(plan: Plan, version_number: int | None, *, prefer_in_force: bool) -> PlanVersion:
    """The version asked for by number; else the one in force (or the newest, for a resolution)."""
    if version_number is not None:
        found = next((v for v in plan.versions if v.number == version_number), None)
        if found is None:
            raise NotFoundError(translate("The plan for {year} has no version {number}.", year=plan.year, number=version_number))
        return found
    return (version_in_force(plan) if prefer_in_force else None) or latest_version(plan)


def plan_document(
    session: Session, municipality_id: int, *, year: int, as_of: date, version_number: int | None = None, language: str = "ky",
) -> PlanDocument:
    """The plan of ``year``: the version in force unless another is asked for."""
    version = choose_version(find_plan(session, municipality_id, year), version_number, prefer_in_force=True)
    return _plan_document(session, _municipality(session, municipality_id), version, as_of, language)


def plan_pdf(
    session: Session, municipality_id: int, *, year: int, as_of: date, version_number: int | None = None, language: str = "ky",
) -> bytes:
    from bmb_desktop.documents.plan import render_plan

    document = plan_document(session, municipality_id, year=year, as_of=as_of, version_number=version_number, language=language)
    return render_plan(document, language)


def _plan_document(session: Session, municipality: Municipality, version: PlanVersion, as_of: date, language: str) -> PlanDocument:
    from bmb_desktop.documents.plan import Approval, PlanDocument, PlanItemLine

    def approval(of: PlanVersion | None) -> Approval | None:
        resolution = of.approval_resolution if of is not None else None
        return Approval(resolution.number, resolution.adopted_on) if resolution is not None else None

    first = next((v for v in version.plan.versions if v.number == 1), None)
    items = [
        PlanItemLine(
            position=item.position, object_name=item.monitored_object.name if item.monitored_object else "",
            subject=f"{label(item.subject_kind, language)}: {item.subject}", purpose=item.purpose,
            methods=", ".join(label(m.method, language) for m in item.methods),
            timing=timing_text(item.quarter, item.starts_on, item.ends_on, language),
            responsibles=tuple(_name(r.membership_id, session) for r in item.responsibles),
            information_sources=item.information_sources, resources_needed=item.resources_needed,
            involvement=item.involvement, analysis_method=item.analysis_method, cancel_reason=item.cancel_reason,
        )
        for item in version.items
    ]  # fmt: skip
    return PlanDocument(
        municipality_name=municipality.name, council_name=municipality.council_name,
        aiyl_okmotu_name=municipality.aiyl_okmotu_name, year=version.plan.year, version_number=version.number,
        approval=approval(version), original_approval=approval(first) if version.number > 1 else None,
        discussed_on=version.discussed_on, items=items, chair_name=_chair(session, municipality.id, as_of),
    )  # fmt: skip


def plan_resolution_document(
    session: Session, municipality_id: int, *, year: int, as_of: date, version_number: int | None = None,
    language: str = "ky", session_number: str = "", extraordinary: bool = False, standing_commission: str = "",
) -> PlanResolutionDocument:
    """The resolution approving the newest version (or the one asked for); an approved version's
    resolution prints with its number, date and session, a version still undecided as a draft."""
    from bmb_desktop.documents.plan_resolution import GroupVote, PlanResolutionDocument

    municipality = _municipality(session, municipality_id)
    plan = find_plan(session, municipality_id, year)
    version = choose_version(plan, version_number, prefer_in_force=False)
    resolution = version.approval_resolution
    council_session = resolution.session if resolution is not None else None
    if council_session is not None:
        session_number, extraordinary = roman(council_session.number), council_session.extraordinary
    passed = [vote for vote in group_votes(session, version.id) if vote.passes]
    return PlanResolutionDocument(
        municipality_name=municipality.name, council_name=municipality.council_name,
        convocation=municipality.council_convocation, session_number=session_number.strip(), extraordinary=extraordinary,
        resolution_number=resolution.number if resolution else "", adopted_on=resolution.adopted_on if resolution else None,
        place=village_place(municipality.administrative_centre, language), aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        aiyl_okmotu_head=municipality.aiyl_okmotu_head, council_chair=municipality.council_chair,
        standing_commission=standing_commission, amendment_reason=version.amendment_reason,
        group_vote=GroupVote(passed[-1].meeting_label, passed[-1].held_on) if passed else None,
        plan=_plan_document(session, municipality, version, as_of, language),
    )  # fmt: skip


def plan_resolution_pdf(
    session: Session, municipality_id: int, *, year: int, as_of: date, version_number: int | None = None,
    language: str = "ky", session_number: str = "", extraordinary: bool = False, standing_commission: str = "",
) -> bytes:
    from bmb_desktop.documents.plan_resolution import render_plan_resolution

    document = plan_resolution_document(
        session, municipality_id, year=year, as_of=as_of, version_number=version_number, language=language,
        session_number=session_number, extraordinary=extraordinary, standing_commission=standing_commission,
    )  # fmt: skip
    return render_plan_resolution(document, language)


def indicator_sheet_document(session: Session, municipality_id: int, *, as_of: date, language: str = "ky") -> IndicatorSheetDocument:
    """Every indicator with plan versus fact as of ``as_of``, and a chart for each measured in numbers."""
    from bmb_desktop.documents.indicator_sheet import ChartPanel, IndicatorSheetDocument, QualitativeLine

    municipality = _municipality(session, municipality_id)
    views = indicator_views(session, municipality_id, today=as_of)
    programmes = list(dict.fromkeys(view.programme for view in views if view.programme))
    charts = [
        ChartPanel(
            caption=f"{v.code}. {v.name}, {v.unit}".lstrip(". ") if v.unit else f"{v.code}. {v.name}".lstrip(". "),
            outlook=outlook_label(v.assessment.outlook, language), flagged=v.assessment.outlook.is_flagged, chart=v.chart,
        )
        for v in views if v.chart is not None
    ]  # fmt: skip
    qualitative = [
        QualitativeLine(
            code=v.code, name=v.name, kind=label(v.kind, language), baseline=v.baseline_text, target=v.target_text,
            deadline=short_date(v.deadline) if v.deadline else "",
            assessments="\n".join(
                f"{period_text(m.period_start, m.period_end, language)}, {label(m.source, language)}: {m.value_text}"
                for m in v.measurements
            ),
        )
        for v in views if not v.quantitative
    ]  # fmt: skip
    return IndicatorSheetDocument(
        municipality_name=municipality.name, aiyl_okmotu_name=municipality.aiyl_okmotu_name,
        administrative_centre=village_place(municipality.administrative_centre, language),
        programme="; ".join(programmes), as_of=as_of,
        quantitative=[_quantitative_line(v, language) for v in views if v.quantitative],
        qualitative=qualitative, charts=charts, chair_name=_chair(session, municipality_id, as_of),
    )  # fmt: skip


def indicator_sheet_pdf(session: Session, municipality_id: int, *, as_of: date, language: str = "ky") -> bytes:
    from bmb_desktop.documents.indicator_sheet import render_indicator_sheet

    return render_indicator_sheet(indicator_sheet_document(session, municipality_id, as_of=as_of, language=language), language)


def _quantitative_line(view: IndicatorView, language: str):
    from bmb_desktop.documents.indicator_sheet import QuantitativeLine

    a = view.assessment
    latest = a.latest
    fact = ""
    if latest is not None:
        period = period_text(latest.period_start, latest.period_end, language)
        fact = "\n".join((number_text(latest.value, language), period, label(latest.source, language)))
    deviation = signed_text(a.deviation, language)
    if a.deviation_share is not None and deviation and round(a.deviation, 1) != 0:
        percent = format_percent(abs(a.deviation_share), language, digits=1)
        deviation += f" ({'+' if a.deviation > 0 else '−'}{percent})"
    others = "\n".join(
        f"{label(source, language)}: {number_text(value, language)} ({short_date(day)})" for day, value, source in a.others
    )
    return QuantitativeLine(
        code=view.code, name=view.name, kind=label(view.kind, language), unit=view.unit,
        baseline=_dated(view.baseline, view.baseline_on, language), target=_dated(view.target, view.deadline, language),
        fact=fact, planned=number_text(a.planned, language), deviation=deviation,
        forecast=number_text(a.forecast, language) if a.outlook in (Outlook.ON_TRACK, Outlook.BEHIND) else "",
        outlook=outlook_label(a.outlook, language), flagged=a.outlook.is_flagged, others=others,
    )  # fmt: skip


def _dated(value: float | None, day: date | None, language: str) -> str:
    text = number_text(value, language)
    return f"{text} ({short_date(day)})" if text and day else text


def period_text(start: date, end: date, language: str | None = None) -> str:
    """"2026-жылдын I жарым жылдыгы", "2025-жыл", or the two dates when the period is neither."""
    if (start.month, start.day, end.year) == (1, 1, start.year) and (end.month, end.day) == (12, 31):
        return translate("year {year}", language, year=start.year)
    if end.year == start.year and (start.month, start.day, end.month, end.day) in ((1, 1, 6, 30), (7, 1, 12, 31)):
        return translate("half-year {half} of {year}", language, half="I" if start.month == 1 else "II", year=start.year)
    return f"{short_date(start)} – {short_date(end)}"


def _chair(session: Session, municipality_id: int, on: date) -> str:
    chairs = [m for m in active_memberships(session, municipality_id, on) if m.role is MemberRole.CHAIR]
    return short_name(chairs[0].person.given_name, chairs[0].person.surname) if chairs else ""


def _name(membership_id: int, session: Session) -> str:
    from bmb_desktop.storage.models import Membership

    membership = session.get(Membership, membership_id)
    return short_name(membership.person.given_name, membership.person.surname) if membership else ""


def _municipality(session: Session, municipality_id: int) -> Municipality:
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database."))
    return municipality
