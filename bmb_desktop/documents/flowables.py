"""Pieces shared by printed documents: headers, corner blocks, signatures and tables (domain.md §9).

Each function returns ReportLab flowables built from plain text; the text is escaped here, so
names with "&" or "<" print as written. Wording comes from the catalogs (``documents.po``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, LongTable, Paragraph, Spacer, Table, TableStyle

from bmb_desktop.documents.fonts import SERIF
from bmb_desktop.documents.styles import stylesheet
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import N_, translate

CORNER_WIDTH = 95 * mm  # appendix headers and approval stamps sit in the top right corner
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose plain-string cells use the document font, never base-14 Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


def para(text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
    """A paragraph of plain text in a named style; line breaks in ``text`` are kept."""
    markup = escape(text).replace("\n", "<br/>")
    return Paragraph(f"<b>{markup}</b>" if bold else markup, stylesheet()[style])


def session_line(
    *, municipality_name: str, convocation: str, session: str, extraordinary: bool, language: str
) -> str:
    """The session line: "Д. Садырбаев айылдык кеңешинин II чакырылышынын кезексиз XII сессиясы"."""
    msgid = (
        N_(
            "{municipality} aiyl council, {convocation} convocation, extraordinary session"
            " {session}"
        )
        if extraordinary
        else N_("{municipality} aiyl council, {convocation} convocation, regular session {session}")
    )
    return translate(
        msgid, language, municipality=municipality_name, convocation=convocation, session=session
    )


def resolution_header(
    *,
    municipality_name: str,
    convocation: str,
    session: str,
    extraordinary: bool,
    number: str,
    adopted_on: date,
    place: str,
    title: str,
    language: str = "ky",
) -> list[Flowable]:
    """The council resolution's head: session line, "№ 12/5 ТОКТОМУ", date and village, title."""
    line = session_line(
        municipality_name=municipality_name,
        convocation=convocation,
        session=session,
        extraordinary=extraordinary,
        language=language,
    )
    return [
        para(line, "header_line"),
        para(translate("RESOLUTION No. {number}", language, number=number), "number_line"),
        date_place_line(document_date(adopted_on, language), place),
        Spacer(1, 4 * mm),
        para(title, "title"),
    ]


def date_place_line(left: str, right: str) -> Table:
    """One line with the date at the left margin and the place at the right margin."""
    table = Table(
        [[para(left, "date_line"), para(right, "place_line")]], colWidths=["50%", "50%"]
    )
    table.setStyle(
        table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0))
    )
    return table


def group_header(
    *, municipality_name: str, administrative_centre: str = "", language: str = "ky"
) -> list[Flowable]:
    """The group's letterhead: municipality and group name, a rule, the village underneath."""
    text = translate(
        "{municipality} aiyl aimak\nJoint monitoring and evaluation group",
        language,
        municipality=municipality_name,
    )
    parts: list[Flowable] = [para(line, "letterhead_name") for line in text.split("\n")]
    parts.append(HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=3))
    if administrative_centre:
        parts.append(para(administrative_centre, "letterhead"))
    parts.append(Spacer(1, 4 * mm))
    return parts


def appendix_header(
    *,
    municipality_name: str,
    convocation: str,
    session: str,
    extraordinary: bool,
    resolution_number: str,
    appendix_number: int,
    language: str = "ky",
) -> Table:
    """The appendix header "… сессиясынын №12/5 токтомуна №1 тиркеме", in the top right corner."""
    msgid = (
        N_(
            "Appendix No. {appendix} to resolution No. {number} of the extraordinary session"
            " {session} of the {municipality} aiyl council, {convocation} convocation"
        )
        if extraordinary
        else N_(
            "Appendix No. {appendix} to resolution No. {number} of the regular session"
            " {session} of the {municipality} aiyl council, {convocation} convocation"
        )
    )
    text = translate(
        msgid,
        language,
        appendix=appendix_number,
        number=resolution_number,
        session=session,
        municipality=municipality_name,
        convocation=convocation,
    )
    return corner_block(text)


def approval_stamp(
    *, municipality_name: str, approved_on: date, resolution_number: str, language: str = "ky"
) -> Table:
    """The approval stamp "… 2025-жылдын 14-октябрындагы № 12/5 токтому менен бекитилди"."""
    text = translate(
        "Approved by resolution No. {number} of the {municipality} aiyl council of {date}",
        language,
        number=resolution_number,
        municipality=municipality_name,
        date=document_date(approved_on, language, case=DateCase.ATTRIBUTIVE),
    )
    return corner_block(text)


def corner_block(text: str) -> Table:
    """A narrow block of text pushed to the right margin, as appendix headers are printed."""
    table = Table([[para(text, "corner")]], colWidths=[CORNER_WIDTH], hAlign="RIGHT")
    table.setStyle(
        table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
        )
    )
    return table


def signature_block(signers: Sequence[tuple[str, str]]) -> Table:
    """Role at the left, a line to sign on, the name ("Г. Кандарова") at the right; one row each."""
    rows = [
        [para(role, "signature_role"), "", para(name, "signature_name")] for role, name in signers
    ]
    table = Table(rows, colWidths=["45%", "27%", "28%"], hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 7 * mm),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    commands += [("LINEBELOW", (1, row), (1, row), 0.6, colors.black) for row in range(len(rows))]
    table.setStyle(table_style(*commands))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    col_widths: Sequence[float],
    *,
    centred: Collection[int] = (),
    strong: Collection[tuple[int, int]] = (),
    column_numbers: bool = False,
) -> LongTable:
    """A ruled table whose header rows repeat on every page; every cell wraps its text.

    ``centred`` lists the columns printed centred (numbers, dates); ``strong`` the body cells
    (row, column) printed bold, such as an unmet requirement; ``column_numbers`` adds the row
    "1 2 3 …" under the header that official forms use to refer to columns.
    """
    head_rows = [[para(label, "cell_head") for label in header]]
    if column_numbers:
        head_rows.append([para(str(index), "cell_head") for index in range(1, len(header) + 1)])
    body = [
        [
            para(text, "cell_center" if column in centred else "cell", bold=(row, column) in strong)
            for column, text in enumerate(cells)
        ]
        for row, cells in enumerate(rows)
    ]
    table = LongTable(
        head_rows + body, colWidths=list(col_widths), repeatRows=len(head_rows), hAlign="LEFT"
    )
    table.spaceBefore, table.spaceAfter = 3, 3  # apart from paragraphs written right next to it
    last_head = len(head_rows) - 1
    table.setStyle(
        table_style(
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, last_head), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, last_head), "MIDDLE"),
            ("VALIGN", (0, last_head + 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table
