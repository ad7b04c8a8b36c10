"""The council resolution approving the group's plan, or its amendment, with the plan as appendix.

Laid out like the resolutions of seeds/001 (domain.md §9): session line, "№ 14/3 ТОКТОМУ", date
and village, bold title "… планын бекитүү жөнүндө", a preamble ending "… токтом кылат:", numbered
points and "Төрага А. Тешебаев". The appendix — the plan itself, a landscape table — follows on
landscape pages under "… №14/3 токтомуна тиркеме". Printed before the session it is a draft with
blank lines for the number, the session and the date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bmb_desktop.documents.flowables import appendix_header, date_place_line, para, session_line, signature_block
from bmb_desktop.documents.group_resolution import BLANK, LONG_BLANK
from bmb_desktop.documents.name_cases import entrusted_to, keep_initials
from bmb_desktop.documents.orientations import render_parts_pdf
from bmb_desktop.documents.plan import PlanDocument, plan_table, plan_title
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import N_, translate


@dataclass(frozen=True)
class GroupVote:
    protocol: str  # "5/2026"
    held_on: date


@dataclass(frozen=True)
class PlanResolutionDocument:
    municipality_name: str
    council_name: str
    convocation: str  # "II"
    session_number: str  # "XIV"; empty leaves a blank
    extraordinary: bool
    resolution_number: str  # empty for a draft
    adopted_on: date | None
    place: str  # "Масы айылы"
    aiyl_okmotu_name: str
    aiyl_okmotu_head: str
    council_chair: str
    standing_commission: str  # empty leaves a blank
    amendment_reason: str  # set for an amendment: what changes and why
    group_vote: GroupVote | None  # the group's meeting that agreed the plan or the amendment
    plan: PlanDocument  # printed as the appendix

    @property
    def is_amendment(self) -> bool:
        return self.plan.version_number > 1

    @property
    def is_draft(self) -> bool:
        return not self.resolution_number


def resolution_title(doc: PlanResolutionDocument, language: str) -> str:
    msgid = (
        N_("On amending the monitoring and evaluation plan of the joint monitoring and evaluation group"
           " of the {municipality} aiyl aimak for {year}")
        if doc.is_amendment
        else N_("On approving the monitoring and evaluation plan of the joint monitoring and evaluation group"
                " of the {municipality} aiyl aimak for {year}")
    )  # fmt: skip
    return translate(msgid, language, municipality=doc.municipality_name, year=doc.plan.year)


def preamble(doc: PlanResolutionDocument, language: str) -> str:
    """What was heard, the group's vote and the law, ending "… сессиясы токтом кылат:"."""
    msgid = (
        N_("Having heard and discussed the information of the joint monitoring and evaluation group on amending"
           " its monitoring and evaluation plan for {year}")
        if doc.is_amendment
        else N_("Having heard and discussed the information of the joint monitoring and evaluation group on its"
                " monitoring and evaluation plan for {year}")
    )  # fmt: skip
    parts = [translate(msgid, language, year=doc.plan.year)]
    if doc.group_vote is not None:
        held_on = document_date(doc.group_vote.held_on, language, case=DateCase.ATTRIBUTIVE)
        parts.append(translate(
            "taking into account the decision of the group's meeting of {date} (protocol No. {protocol})",
            language, date=held_on, protocol=doc.group_vote.protocol,
        ))  # fmt: skip
    if doc.plan.discussed_on is not None:
        parts.append(translate(
            "taking into account the discussion of the plan with the {aiyl_okmotu}", language,
            aiyl_okmotu=doc.aiyl_okmotu_name,
        ))  # fmt: skip
    msgid = (
        N_("guided by articles 34 and 39 of the Law \"On local state administration and local self-government"
           " bodies\", the extraordinary session {session} of the {municipality} aiyl council, {convocation}"
           " convocation, resolves:")
        if doc.extraordinary
        else N_("guided by articles 34 and 39 of the Law \"On local state administration and local"
                " self-government bodies\", the regular session {session} of the {municipality} aiyl council,"
                " {convocation} convocation, resolves:")
    )  # fmt: skip
    law = translate(
        msgid, language, session=doc.session_number or BLANK, municipality=doc.municipality_name,
        convocation=doc.convocation,
    )  # fmt: skip
    return ", ".join(parts) + ", " + law


def resolution_points(doc: PlanResolutionDocument, language: str) -> list[str]:
    """Approve (or amend) the plan, support from the aiyl okmotu, reporting, and control."""
    values = {"municipality": doc.municipality_name, "year": doc.plan.year}
    if doc.is_amendment:
        points = [
            translate(
                "The following amendments are made to the monitoring and evaluation plan of the joint monitoring"
                " and evaluation group of the {municipality} aiyl aimak for {year}: {changes}",
                language, changes=doc.amendment_reason.strip() or LONG_BLANK, **values,
            ),
            translate("The plan as amended is approved according to the appendix.", language),
        ]  # fmt: skip
    else:
        points = [translate(
            "The monitoring and evaluation plan of the joint monitoring and evaluation group of the {municipality}"
            " aiyl aimak for {year} is approved according to the appendix.",
            language, **values,
        )]  # fmt: skip
    if doc.aiyl_okmotu_head:
        points.append(translate(
            "The head of the {municipality} aiyl okmotu {head} is to provide the group with the information and"
            " conditions needed to carry out the plan.",
            language, municipality=doc.municipality_name, head=entrusted_to(doc.aiyl_okmotu_head, language),
        ))  # fmt: skip
    else:
        points.append(translate(
            "The head of the {municipality} aiyl okmotu is to provide the group with the information and"
            " conditions needed to carry out the plan.",
            language, municipality=doc.municipality_name,
        ))  # fmt: skip
    points.append(translate(
        "The joint monitoring and evaluation group is to report to the aiyl council on carrying out the plan at"
        " the end of the half-year and of the year.",
        language,
    ))  # fmt: skip
    commission = doc.standing_commission.strip().removesuffix("боюнча").strip() or LONG_BLANK
    points.append(translate(
        "Control over the execution of this resolution is entrusted to the standing commission on {commission}.",
        language, commission=commission,
    ))  # fmt: skip
    return [f"{number}. {text}" for number, text in enumerate(points, start=1)]


def dated(doc: PlanResolutionDocument, language: str) -> str:
    if doc.adopted_on is None:
        return translate("«___» ____________ 20___", language)
    return document_date(doc.adopted_on, language)


def resolution_flowables(doc: PlanResolutionDocument, language: str = "ky") -> list[Flowable]:
    """The resolution's portrait page(s)."""
    parts: list[Flowable] = []
    if doc.is_draft:
        parts += [para(translate("DRAFT", language), "place_line", bold=True), Spacer(1, 4 * mm)]
    line = session_line(
        municipality_name=doc.municipality_name, convocation=doc.convocation,
        session=doc.session_number or BLANK, extraordinary=doc.extraordinary, language=language,
    )  # fmt: skip
    number = translate("RESOLUTION No. {number}", language, number=doc.resolution_number or BLANK)
    parts += [
        para(keep_initials(line), "header_line"),
        para(number, "number_line"),
        date_place_line(dated(doc, language), doc.place),
        Spacer(1, 4 * mm),
        para(keep_initials(resolution_title(doc, language)), "title"),
        Spacer(1, 2 * mm),
        para(keep_initials(preamble(doc, language)), "body"),
        Spacer(1, 1 * mm),
    ]
    points = [para(keep_initials(point), "body") for point in resolution_points(doc, language)]
    signature = signature_block([(translate("Chair", language), keep_initials(doc.council_chair))])
    return parts + [*points[:-1], KeepTogether([points[-1], Spacer(1, 8 * mm), signature])]


def appendix_flowables(doc: PlanResolutionDocument, language: str = "ky") -> list[Flowable]:
    """The plan under the appendix header, on landscape pages."""
    header = appendix_header(
        municipality_name=doc.municipality_name, convocation=doc.convocation, session=doc.session_number or BLANK,
        extraordinary=doc.extraordinary, resolution_number=doc.resolution_number or BLANK, appendix_number=1,
        language=language,
    )  # fmt: skip
    title = para(keep_initials(plan_title(doc.municipality_name, doc.plan.year, language)), "title")
    if not doc.plan.items:
        return [header, title, para(translate("The plan has no items yet.", language), "body_left")]
    return [header, title, Spacer(1, 2 * mm), *kept_sections([(None, plan_table(doc.plan.items, language))])]


def render_plan_resolution(doc: PlanResolutionDocument, language: str = "ky") -> bytes:
    """The resolution (portrait) and the plan as its appendix (landscape) in one PDF."""
    return render_parts_pdf(
        [(False, resolution_flowables(doc, language)), (True, appendix_flowables(doc, language))],
        title=resolution_title(doc, language),
        author=doc.council_name,
        subject=translate("RESOLUTION No. {number}", language, number=doc.resolution_number or BLANK),
        language=language,
    )
