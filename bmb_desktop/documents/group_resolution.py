"""The council resolution forming the group, with its composition as appendix No. 1 (F4, G9).

Laid out like resolution 12/5 of seeds/001 (domain.md §9): session line, "№ 12/5 ТОКТОМУ", date
and village, bold title, a preamble ending "… токтом кылат:", numbered points and "Төрага
А. Тешебаев"; the appendix starts a new page. The secretary prints it as a draft for the session,
so a number, session or date not yet known is left as a blank line to fill in by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import (
    appendix_header,
    data_table,
    date_place_line,
    para,
    session_line,
    signature_block,
)
from bmb_desktop.documents.name_cases import entrusted_to, keep_initials
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import N_, translate

BLANK = "______"  # a number or session written in by hand once the session has met
LONG_BLANK = "_" * 36  # a standing commission's name, if the secretary does not know it yet

# Column label and width in mm of the 165 mm portrait frame.
COMPOSITION_COLUMNS = (
    (N_("No."), 9), (N_("Full name"), 44), (N_("Position, place of work"), 56),
    (N_("Category"), 32), (N_("Role in the group"), 24),
)  # fmt: skip


@dataclass(frozen=True)
class CompositionLine:
    full_name: str  # "Кандарова Гүлнара Асановна"
    position: str  # "Д. Садырбаев айыл өкмөтүнүн социалдык маселелер боюнча адиси"
    category: str  # already translated: "муниципалдык кызматчы"
    role: str  # already translated: "төрага"


@dataclass(frozen=True)
class GroupResolutionDocument:
    municipality_name: str  # "Д. Садырбаев"
    council_name: str  # "Д. Садырбаев айылдык кеңеши", the PDF's author
    convocation: str  # "II"
    session_number: str  # "XII"; empty leaves a blank
    extraordinary: bool
    resolution_number: str  # "12/5"; empty for a draft not yet numbered
    adopted_on: date | None  # None leaves the date blank
    place: str  # "Масы айылы"
    aiyl_okmotu_head: str  # "Ш. Дарманкулов"; empty names the post only
    standing_commission: str  # "мыйзамдуулук, укук тартиби, … жана мандат"; empty leaves a blank
    approves_regulation: bool  # point 2: the regulation as appendix No. 2
    council_chair: str  # "А. Тешебаев"
    members: list[CompositionLine]

    @property
    def is_draft(self) -> bool:
        return not self.resolution_number


def resolution_title(doc: GroupResolutionDocument, language: str) -> str:
    msgid = (
        N_("On approving the composition and the regulation of the joint monitoring and"
           " evaluation group of the {municipality} aiyl aimak")
        if doc.approves_regulation
        else N_("On approving the composition of the joint monitoring and evaluation group of"
                " the {municipality} aiyl aimak")
    )  # fmt: skip
    return translate(msgid, language, municipality=doc.municipality_name)


def preamble(doc: GroupResolutionDocument, language: str) -> str:
    """The reasons and the law relied on, ending "… сессиясы токтом кылат:" as in seeds/001."""
    msgid = (
        N_("Having heard and discussed the proposal of the {municipality} aiyl okmotu and guided"
           " by articles 34 and 39 of the Law \"On local state administration and local"
           " self-government bodies\", the extraordinary session {session} of the {municipality}"
           " aiyl council, {convocation} convocation, resolves:")
        if doc.extraordinary
        else N_("Having heard and discussed the proposal of the {municipality} aiyl okmotu and"
                " guided by articles 34 and 39 of the Law \"On local state administration and"
                " local self-government bodies\", the regular session {session} of the"
                " {municipality} aiyl council, {convocation} convocation, resolves:")
    )  # fmt: skip
    return translate(
        msgid,
        language,
        municipality=doc.municipality_name,
        session=doc.session_number or BLANK,
        convocation=doc.convocation,
    )


def resolution_points(doc: GroupResolutionDocument, language: str) -> list[str]:
    """The numbered points: composition, regulation (if any), execution and control."""
    municipality = doc.municipality_name
    points = [translate(
        "The joint monitoring and evaluation group of the {municipality} aiyl aimak is approved"
        " in the composition of appendix No. 1.", language, municipality=municipality,
    )]  # fmt: skip
    if doc.approves_regulation:
        points.append(translate(
            "The regulation of the joint monitoring and evaluation group of the {municipality}"
            " aiyl aimak is approved according to appendix No. 2.", language,
            municipality=municipality,
        ))  # fmt: skip
    if doc.aiyl_okmotu_head:
        points.append(translate(
            "Ensuring the execution of this resolution is entrusted to the head of the"
            " {municipality} aiyl okmotu {head}.", language,
            municipality=municipality, head=entrusted_to(doc.aiyl_okmotu_head, language),
        ))  # fmt: skip
    else:
        points.append(translate(
            "Ensuring the execution of this resolution is entrusted to the head of the"
            " {municipality} aiyl okmotu.", language, municipality=municipality,
        ))  # fmt: skip
    commission = doc.standing_commission.strip().removesuffix("боюнча").strip() or LONG_BLANK
    points.append(translate(
        "Control over the execution of this resolution is entrusted to the standing commission"
        " on {commission}.", language, commission=commission,
    ))  # fmt: skip
    return [f"{number}. {text}" for number, text in enumerate(points, start=1)]


def composition_rows(members: Sequence[CompositionLine]) -> list[list[str]]:
    return [
        [str(number), m.full_name, m.position, m.category, m.role]
        for number, m in enumerate(members, start=1)
    ]


def dated(doc: GroupResolutionDocument, language: str) -> str:
    """"2025-жылдын 14-октябры", or a line to write the date on once the session has met."""
    if doc.adopted_on is None:
        return translate("«___» ____________ 20___", language)
    return document_date(doc.adopted_on, language)


def group_resolution_flowables(
    doc: GroupResolutionDocument, language: str = "ky"
) -> list[Flowable]:
    """The resolution page(s), then the composition appendix on a new page."""
    parts: list[Flowable] = []
    if doc.is_draft:
        parts += [para(translate("DRAFT", language), "place_line", bold=True), Spacer(1, 4 * mm)]
    line = session_line(
        municipality_name=doc.municipality_name,
        convocation=doc.convocation,
        session=doc.session_number or BLANK,
        extraordinary=doc.extraordinary,
        language=language,
    )
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
    # the chair's signature never stands alone on a page: the last point goes over with it
    parts += [*points[:-1], KeepTogether([points[-1], Spacer(1, 8 * mm), signature])]
    return parts + [PageBreak(), *appendix_flowables(doc, language)]


def appendix_flowables(doc: GroupResolutionDocument, language: str) -> list[Flowable]:
    header = appendix_header(
        municipality_name=doc.municipality_name,
        convocation=doc.convocation,
        session=doc.session_number or BLANK,
        extraordinary=doc.extraordinary,
        resolution_number=doc.resolution_number or BLANK,
        appendix_number=1,
        language=language,
    )
    title = translate("Composition of the joint monitoring and evaluation group", language)
    parts: list[Flowable] = [header, Spacer(1, 4 * mm), para(title, "title"), Spacer(1, 2 * mm)]
    if not doc.members:
        nobody = translate("The group has no members on this date.", language)
        return parts + [para(nobody, "body_left")]
    labels = [translate(label, language) for label, _width in COMPOSITION_COLUMNS]
    scale = frame_width() / sum(width for _label, width in COMPOSITION_COLUMNS)
    widths = [width * scale for _label, width in COMPOSITION_COLUMNS]
    return parts + [data_table(labels, composition_rows(doc.members), widths, centred=(0,))]


def render_group_resolution(doc: GroupResolutionDocument, language: str = "ky") -> bytes:
    """The resolution and its appendix as PDF bytes: portrait A4, numbered pages."""
    number = doc.resolution_number or BLANK
    return render_pdf(
        group_resolution_flowables(doc, language),
        title=resolution_title(doc, language),
        author=doc.council_name,
        subject=translate("RESOLUTION No. {number}", language, number=number),
        language=language,
    )
