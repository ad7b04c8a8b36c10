"""The draft council resolution "on hearing the group's report" for the summary report's period.

Laid out like the resolutions of seeds/001 (domain.md §9): session line, "№ ___ ТОКТОМУ", date and
village, bold title ending "… жөнүндө", a preamble ending "… токтом кылат:", numbered points and
"Төрага А. Тешебаев". It is printed before the session, so the session, number and date stay blank
lines to fill in by hand; the points carry the report's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import date_place_line, para, session_line, signature_block
from bmb_desktop.documents.group_resolution import BLANK, LONG_BLANK
from bmb_desktop.documents.name_cases import entrusted_to, keep_initials
from bmb_desktop.locale.i18n import translate


@dataclass(frozen=True)
class ReportResolutionDocument:
    municipality_name: str
    council_name: str
    convocation: str
    place: str  # "Масы айылы"
    period_phrase: str  # "2026-жылдын I жарым жылдыгындагы" / "2026-жылдагы", worded by the caller
    chair_of_group: str  # who presents the report: "Г. Кандарова"
    aiyl_okmotu_head: str
    council_chair: str
    acts_issued: int
    recommendations: int
    implementation_rate: str  # "45%"
    open_recommendations: int  # not implemented yet, neither rejected
    standing_commission: str = ""


def resolution_title(doc: ReportResolutionDocument, language: str) -> str:
    return translate(
        "On hearing the report of the joint monitoring and evaluation group of the {municipality} aiyl aimak on its"
        " work {period}", language, municipality=doc.municipality_name, period=doc.period_phrase,
    )  # fmt: skip


def preamble(doc: ReportResolutionDocument, language: str) -> str:
    heard = (
        translate(
            "Having heard and discussed the summary report of the chair of the joint monitoring and evaluation group"
            " {chair} on the group's work {period}", language, chair=doc.chair_of_group, period=doc.period_phrase,
        )
        if doc.chair_of_group
        else translate("Having heard and discussed the summary report of the joint monitoring and evaluation group on its work {period}", language, period=doc.period_phrase)
    )  # fmt: skip
    law = translate(
        "guided by articles 34 and 39 of the Law \"On local state administration and local self-government bodies\","
        " the session {session} of the {municipality} aiyl council, {convocation} convocation, resolves:",
        language, session=BLANK, municipality=doc.municipality_name, convocation=doc.convocation,
    )  # fmt: skip
    return f"{heard}, {law}"


def resolution_points(doc: ReportResolutionDocument, language: str) -> list[str]:
    points = [
        translate(
            "The summary report of the joint monitoring and evaluation group is taken into account: {acts} acts were"
            " issued in the period with {recommendations} recommendations, of which {rate} have been implemented.",
            language, acts=doc.acts_issued, recommendations=doc.recommendations, rate=doc.implementation_rate,
        ),
    ]  # fmt: skip
    if doc.open_recommendations and doc.aiyl_okmotu_head:
        points.append(translate(
            "The head of the {municipality} aiyl okmotu {head} is to take measures on the {count} recommendations not yet"
            " implemented and to inform the aiyl council of the results.",
            language, municipality=doc.municipality_name, head=entrusted_to(doc.aiyl_okmotu_head, language),
            count=doc.open_recommendations,
        ))  # fmt: skip
    elif doc.open_recommendations:
        points.append(translate(
            "The head of the {municipality} aiyl okmotu is to take measures on the {count} recommendations not yet"
            " implemented and to inform the aiyl council of the results.",
            language, municipality=doc.municipality_name, count=doc.open_recommendations,
        ))  # fmt: skip
    points.append(translate(
        "The summary report is to be posted on the notice boards and published on the official site within one week"
        " of its presentation to the community.", language,
    ))  # fmt: skip
    commission = doc.standing_commission.strip().removesuffix("боюнча").strip() or LONG_BLANK
    points.append(translate(
        "Control over the execution of this resolution is entrusted to the standing commission on {commission}.",
        language, commission=commission,
    ))  # fmt: skip
    return [f"{number}. {text}" for number, text in enumerate(points, start=1)]


def resolution_flowables(doc: ReportResolutionDocument, language: str = "ky") -> list[Flowable]:
    line = session_line(
        municipality_name=doc.municipality_name, convocation=doc.convocation, session=BLANK, extraordinary=False,
        language=language,
    )  # fmt: skip
    parts: list[Flowable] = [
        para(translate("DRAFT", language), "place_line", bold=True), Spacer(1, 4 * mm),
        para(keep_initials(line), "header_line"),
        para(translate("RESOLUTION No. {number}", language, number=BLANK), "number_line"),
        date_place_line(translate("«___» ____________ 20___", language), doc.place),
        Spacer(1, 4 * mm),
        para(keep_initials(resolution_title(doc, language)), "title"),
        Spacer(1, 2 * mm),
        para(keep_initials(preamble(doc, language)), "body"),
        Spacer(1, 1 * mm),
    ]  # fmt: skip
    points = [para(keep_initials(point), "body") for point in resolution_points(doc, language)]
    signature = signature_block([(translate("Chair", language), keep_initials(doc.council_chair))])
    return parts + [*points[:-1], KeepTogether([points[-1], Spacer(1, 8 * mm), signature])]


def render_report_resolution(doc: ReportResolutionDocument, language: str = "ky") -> bytes:
    return render_pdf(
        resolution_flowables(doc, language), title=resolution_title(doc, language), author=doc.council_name,
        subject=translate("Draft resolution", language), language=language,
    )  # fmt: skip
