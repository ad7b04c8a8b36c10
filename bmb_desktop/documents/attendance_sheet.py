"""The attendance sheet of a group meeting: every member of that day with room to sign.

A table № / аты-жөнү / категориясы / колу with tall rows, so each member present signs in the
last column. Printed before the meeting it is blank; printed after, the members recorded absent
have "катышкан жок" and the reason in place of a signature. The secretary certifies the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from bmb_desktop.documents.builder import render_pdf
from bmb_desktop.documents.flowables import data_table, group_header, para, signature_block, table_style
from bmb_desktop.documents.name_cases import keep_initials
from bmb_desktop.documents.section import kept_sections
from bmb_desktop.documents.styles import frame_width
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.formatting import format_time
from bmb_desktop.locale.i18n import N_, translate

COLUMNS = ((N_("No."), 9), (N_("Full name"), 66), (N_("Category"), 55), (N_("Signature"), 45))
SIGNING_ROOM = 4.5 * mm  # above and below the name: a signature needs about a centimetre


@dataclass(frozen=True)
class SheetLine:
    full_name: str  # "Кандарова Гүлнара Асановна"
    category: str  # translated: "муниципалдык кызматчы"
    role: str  # translated: "төрага"; empty for an ordinary member
    present: bool | None  # None: attendance not recorded yet, every row is left to sign
    absence_reason: str


@dataclass(frozen=True)
class AttendanceSheetDocument:
    municipality_name: str
    aiyl_okmotu_name: str
    number: int | None
    year: int
    held_on: date
    starts_at: time | None
    place: str
    lines: list[SheetLine]
    secretary: str  # "К. Ташиев"


def sheet_title(language: str) -> str:
    return translate("ATTENDANCE SHEET\nof the members of the JME group at the meeting", language)


def meeting_line(doc: AttendanceSheetDocument, language: str) -> str:
    """"Протокол № 3, 2026-жылдын 12-майы, саат 14:00"."""
    number = "____" if doc.number is None else str(doc.number)
    text = translate("Minutes No. {number}, {date}", language, number=number, date=document_date(doc.held_on, language))
    if doc.starts_at is not None:
        text = translate("{text}, at {time}", language, text=text, time=format_time(doc.starts_at, language))
    return text


def sheet_rows(lines: list[SheetLine], language: str) -> list[list[str]]:
    """№, name (with the role), category, and the signature cell: empty, or the absence."""
    rows = []
    for number, line in enumerate(lines, start=1):
        name = f"{line.full_name}\n({line.role})" if line.role else line.full_name
        if line.present is False:
            absent = translate("absent", language)
            signature = f"{absent} ({line.absence_reason})" if line.absence_reason else absent
        else:
            signature = ""
        rows.append([str(number), name, line.category, signature])
    return rows


def totals_line(doc: AttendanceSheetDocument, language: str) -> str:
    present = sum(1 for line in doc.lines if line.present)
    return translate(
        "Members of the group: {members}; present: {present}.", language, members=len(doc.lines), present=present
    )


def attendance_sheet_flowables(doc: AttendanceSheetDocument, language: str = "ky") -> list[Flowable]:
    parts: list[Flowable] = group_header(municipality_name=doc.municipality_name, language=language)
    parts += [para(sheet_title(language), "title"), para(meeting_line(doc, language), "subtitle")]
    if doc.place:
        parts.append(para(doc.place, "subtitle"))
    parts.append(Spacer(1, 4 * mm))
    after: list[Flowable] = []
    if any(line.present is not None for line in doc.lines):
        after += [Spacer(1, 2 * mm), para(totals_line(doc, language), "body_left")]
    role = translate("Secretary of the meeting", language)
    after += [Spacer(1, 4 * mm), signature_block([(role, keep_initials(doc.secretary) or "____")])]
    return parts + kept_sections([(None, _table(doc, language))], after=after)


def _table(doc: AttendanceSheetDocument, language: str):
    header = [translate(label, language) for label, _width in COLUMNS]
    scale = frame_width() / sum(width for _label, width in COLUMNS)
    table = data_table(header, sheet_rows(doc.lines, language), [w * scale for _l, w in COLUMNS], centred=(0, 3))
    table.setStyle(table_style(
        ("TOPPADDING", (0, 1), (-1, -1), SIGNING_ROOM),
        ("BOTTOMPADDING", (0, 1), (-1, -1), SIGNING_ROOM),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ))  # fmt: skip
    return table


def render_attendance_sheet(doc: AttendanceSheetDocument, language: str = "ky") -> bytes:
    label = f"{doc.number}/{doc.year}" if doc.number else "____"
    return render_pdf(
        attendance_sheet_flowables(doc, language),
        title=translate("Attendance sheet of the JME group meeting No. {label}", language, label=label),
        author=doc.aiyl_okmotu_name,
        language=language,
    )
