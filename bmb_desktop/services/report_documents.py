"""The summary report's printed papers: the report itself and the council's draft resolution on
hearing it, worded in the document's language from a ``ReportData``; and the report's charts as
SVG for the report screen, drawn by the same code as the printed ones.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import RecommendationStatus
from bmb_desktop.domain.report import Period
from bmb_desktop.locale.dates import DateCase, year_phrase
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.places import village_place
from bmb_desktop.services import report_sections as sections
from bmb_desktop.services.report import ReportData, gather_report

if TYPE_CHECKING:  # the documents import ReportLab, which only printing needs
    from bmb_desktop.documents.report_resolution import ReportResolutionDocument
    from bmb_desktop.documents.summary_report import SummaryReportDocument

ROMAN_HALF = {1: "I", 2: "II"}
NOT_DONE = (RecommendationStatus.OPEN, RecommendationStatus.ACCEPTED, RecommendationStatus.IN_PROGRESS, RecommendationStatus.PARTLY_IMPLEMENTED)
SCREEN_CHART_WIDTH = 440.0


def period_title(period: Period, language: str) -> str:
    """"2026-жылдын I жарым жылдыгы" or "2026-жыл"."""
    if period.half:
        return translate("half-year {half} of {year}", language, half=ROMAN_HALF[period.half], year=period.year)
    return translate("year {year}", language, year=period.year)


def period_phrase(period: Period, language: str) -> str:
    """The period as the report's subject qualifies it: "2026-жылдын I жарым жылдыгындагы"."""
    if period.half:
        return translate("in half-year {half} of {year}", language, half=ROMAN_HALF[period.half], year=period.year)
    return translate("in the year {year}", language, year=period.year)


def report_sections(data: ReportData, language: str) -> list:
    w = sections.Wording(language)
    charts = sections.charts(data, w)
    found = [
        sections.composition(data, w), sections.meetings(data, w), sections.plan(data, w), sections.monitorings(data, w),
        sections.acts(data, w), sections.answers(data, w, charts.get("answers")),
        sections.recommendations(data, w, charts.get("recommendations")), sections.indicators(data, w, charts.get("indicators")),
        sections.notices(data, w), sections.residents(data, w, charts.get("satisfaction")),
    ]  # fmt: skip
    return [section for section in found if section is not None]


def summary_report_document(data: ReportData, language: str = "ky", *, printed_on: date | None = None) -> SummaryReportDocument:
    from bmb_desktop.documents.summary_report import SummaryReportDocument

    council, period = data.council, data.period
    place = village_place(council.administrative_centre, language)
    subtitle = translate(
        "On the work of the joint monitoring and evaluation group of the {municipality} aiyl aimak {period}",
        language, municipality=council.name, period=period_phrase(period, language),
    )  # fmt: skip
    presented = data.draft.presented_on
    return SummaryReportDocument(
        municipality_name=council.name, letterhead_place=place, title=translate("SUMMARY REPORT", language), subtitle=subtitle,
        period_line=f"({period.start:%d.%m.%Y} – {period.end:%d.%m.%Y})",
        state_line=translate("state as of {date}", language, date=sections.Wording(language).date(data.as_of, DateCase.DATIVE)) if data.interim else "",
        addressed_line=translate("For the aiyl council, the aiyl okmotu and the local community of {municipality}", language, municipality=council.name),
        presented_line=translate("Presented to the community on {date}", language, date=sections.Wording(language).date(presented, DateCase.LOCATIVE)) if presented else "",
        place_year=", ".join(x for x in (place, year_phrase((printed_on or data.as_of).year, language=language)) if x),
        contents_title=translate("Contents", language), sections=tuple(report_sections(data, language)),
        conclusions_title=translate("Conclusions and proposals", language), conclusions_heading=translate("Conclusions", language),
        conclusions=data.draft.conclusions, proposals_heading=translate("Proposals", language), proposals=data.draft.proposals,
        signer_role=translate("Chair of the joint monitoring and evaluation group", language), signer_name=data.chair_name,
        document_title=translate("Summary report, {period}", language, period=period_title(period, language)),
        author=council.council_name or council.name,
        footer=translate("Summary report, {period}", language, period=period_title(period, language)),
    )  # fmt: skip


def summary_report_pdf(data: ReportData, language: str = "ky", *, printed_on: date | None = None) -> bytes:
    from bmb_desktop.documents.summary_report import render_summary_report

    return render_summary_report(summary_report_document(data, language, printed_on=printed_on), language)


def report_pdf(session: Session, municipality_id: int, *, period: Period, today: date, language: str = "ky") -> bytes:
    return summary_report_pdf(gather_report(session, municipality_id, period=period, today=today), language, printed_on=today)


def report_screen_charts(data: ReportData, *, language: str = "ky", width: float = SCREEN_CHART_WIDTH) -> dict[str, tuple[str, str]]:
    """The charts as (caption, SVG) pairs, worded in ``language``, for the report screen."""
    from bmb_desktop.documents.summary_charts import chart_svg

    blocks = sections.charts(data, sections.Wording(language))
    return {key: (block.caption, chart_svg(block, width=width)) for key, block in blocks.items()}


def report_resolution_document(data: ReportData, language: str = "ky", *, standing_commission: str = "") -> ReportResolutionDocument:
    from bmb_desktop.documents.report_resolution import ReportResolutionDocument

    council = data.council
    return ReportResolutionDocument(
        municipality_name=council.name, council_name=council.council_name, convocation=council.convocation,
        place=village_place(council.administrative_centre, language), period_phrase=period_phrase(data.period, language),
        chair_of_group=data.chair_name, aiyl_okmotu_head=council.aiyl_okmotu_head, council_chair=council.council_chair,
        acts_issued=len(data.current_acts), recommendations=len(data.recommendations),
        implementation_rate=sections.Wording(language).percent(data.implementation_rate),
        open_recommendations=sum(1 for r in data.recommendations if r.status in NOT_DONE),
        standing_commission=standing_commission,
    )  # fmt: skip


def report_resolution_pdf(data: ReportData, language: str = "ky", *, standing_commission: str = "") -> bytes:
    from bmb_desktop.documents.report_resolution import render_report_resolution

    return render_report_resolution(report_resolution_document(data, language, standing_commission=standing_commission), language)
