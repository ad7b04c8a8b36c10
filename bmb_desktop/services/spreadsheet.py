"""The summary report's tables as a spreadsheet (XLSX) for the council's staff: one sheet per table.

Values keep their kind: dates are dates (shown "dd.mm.yyyy"), counts are numbers, shares are
numbers shown as percentages, so the staff can sort, filter and add up. Each sheet has a bold
header row that stays in view, a filter, and columns as wide as their content (long texts wrap).
The first sheet sums up the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.services.report import ReportData
from bmb_desktop.services.report_documents import period_title
from bmb_desktop.services.report_sections import Wording, answer_label, group_label, item_state_text, outlook_text

DATE_FORMAT = "DD.MM.YYYY"
PERCENT_FORMAT = "0%"
MAX_WIDTH = 60  # characters; longer texts wrap
FORBIDDEN_IN_TITLES = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Sheet:
    title: str
    header: tuple[str, ...]
    rows: list[tuple]
    percent_columns: tuple[int, ...] = ()


def report_sheets(data: ReportData, language: str = "ky") -> list[Sheet]:
    """Every table of the report, typed values only; the XLSX and its tests read these."""
    w = Wording(language)
    sheets = [_summary(data, w)]
    sheets.append(Sheet(w.translate("Members"), (w.translate("Name"), w.translate("Category"), w.translate("Role"), w.translate("Sex")),
                        [(m.full_name, w.label(m.category), w.label(m.role), w.label(m.sex)) for m in data.members]))
    sheets.append(Sheet(w.translate("Changes"), (w.translate("Date"), w.translate("Name"), w.translate("Change"), w.translate("Category"), w.translate("Ground"), w.translate("Note")), [
        (c.on, c.full_name, w.translate("joined the group") if c.joined else w.translate("left the group"), w.label(c.category), w.label(c.ground), c.note)
        for c in data.changes
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Meetings"), (w.translate("Protocol"), w.translate("Date"), w.translate("Kind"), w.translate("Place or title"), w.translate("Members"), w.translate("Present"), w.translate("Quorum"), w.translate("Decisions"), w.translate("Participants")), [
        (m.label, m.held_on, w.label(m.kind), m.title, m.membership, m.present, w.yes_no(m.quorum), m.decisions, m.participants)
        for m in data.meetings
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Plan"), (w.translate("No."), w.translate("Object"), w.translate("Subject"), w.translate("Timing"), w.translate("Due"), w.translate("Responsible"), w.translate("Methods"), w.translate("Status"), w.translate("Carried out"), w.translate("Acts")), [
        (p.position, p.object_name, f"{w.label(p.subject_kind)}: {p.subject}", p.timing, p.due_on, ", ".join(p.responsible),
         ", ".join(w.label(m) for m in p.methods), w.label(p.status), item_state_text(p, w), ", ".join(p.acts))
        for p in data.plan_lines
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Acts"), (w.translate("No."), w.translate("Date"), w.translate("Object"), w.translate("Subject"), w.translate("Monitoring period"), w.translate("Methods"), w.translate("Main findings"), w.translate("Recommendations"), w.translate("Superseded by")), [
        (a.number, a.issued_on, a.object_name, a.subject, " – ".join(w.short(d) for d in (a.period_start, a.period_end) if d),
         ", ".join(w.label(m) for m in a.methods), "\n".join(a.main_findings), a.recommendations, a.superseded_by)
        for a in data.acts
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Answers"), (w.translate("Act"), w.translate("Who answers"), w.translate("Act received"), w.translate("Due"), w.translate("Answered"), w.translate("State"), w.translate("Measures reported")), [
        (a.act_number, a.party, a.received_on, a.due_on, a.answered_on, answer_label(a.state, w), a.measures) for a in data.answers
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Recommendations"), (w.translate("Act"), w.translate("Addressee"), w.translate("Recommendation"), w.translate("Due"), w.translate("Status")), [
        (r.act_number, r.addressee, r.text, r.due_on, w.label(r.status)) for r in data.recommendations
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Indicators"), (w.translate("Code"), w.translate("Indicator"), w.translate("Kind"), w.translate("Unit"), w.translate("Baseline"), w.translate("Target"), w.translate("Deadline"), w.translate("Plan"), w.translate("Fact"), w.translate("Measured on"), w.translate("Outlook"), w.translate("Plan, share of the target"), w.translate("Fact, share of the target")), [
        (i.code, i.name, w.label(i.kind), i.unit, i.baseline, i.target, i.deadline, _round(i.planned), i.fact, i.fact_on,
         outlook_text(i.outlook, w) if i.outlook is not Outlook.QUALITATIVE else "; ".join(i.descriptions),
         i.share_of_target(i.planned), i.share_of_target(i.fact))
        for i in data.indicators
    ], percent_columns=(11, 12)))  # fmt: skip
    sheets.append(Sheet(w.translate("Notices"), (w.translate("Posted"), w.translate("Kind"), w.translate("Title"), w.translate("Boards")), [
        (n.first_posted_on, w.label(n.kind), n.title, n.boards) for n in data.notices
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Messages"), (w.translate("Date"), w.translate("Channel"), w.translate("Village"), w.translate("Social group"), w.translate("Message"), w.translate("Act"), w.translate("Plan item"), w.translate("Response"), w.translate("Answered")), [
        (m.received_on, w.label(m.channel), m.village, w.label(m.social_group), m.text, m.act_number, m.plan_item, m.response, m.responded_on)
        for m in data.messages
    ]))  # fmt: skip
    sheets.append(Sheet(w.translate("Surveys"), (w.translate("Date"), w.translate("Survey"), w.translate("Social group"), w.translate("Respondents"), w.translate("Satisfied"), w.translate("Share")), [
        (s.surveyed_on, s.title, group_label(s.social_group, w), s.respondents, s.satisfied, s.share) for s in data.surveys
    ], percent_columns=(5,)))  # fmt: skip
    return sheets


def _summary(data: ReportData, w: Wording) -> Sheet:
    rows = [
        (w.translate("Municipality"), data.council.name), (w.translate("Period"), period_title(data.period, w.language)),
        (w.translate("From"), data.period.start), (w.translate("To"), data.period.end), (w.translate("State as of"), data.as_of),
        (w.translate("Members"), len(data.members)), (w.translate("Group meetings"), len(data.group_meetings)),
        (w.translate("Meetings with a quorum"), data.quorate_meetings), (w.translate("Attendance"), data.attendance_share),
        (w.translate("Plan items"), len(data.plan_lines)), (w.translate("Plan items due that were carried out"), data.carried_out_share),
        (w.translate("Acts issued"), len(data.current_acts)), (w.translate("Answers received on time"), data.on_time_share),
        (w.translate("Recommendations"), len(data.recommendations)), (w.translate("Implementation rate"), data.implementation_rate),
        (w.translate("Residents' messages"), len(data.messages)), (w.translate("Survey results"), len(data.surveys)),
    ]  # fmt: skip
    return Sheet(w.translate("Summary"), (w.translate("Figure"), w.translate("Value")), rows)


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def report_workbook(data: ReportData, language: str = "ky") -> bytes:
    """The XLSX file's bytes."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for index, sheet in enumerate(report_sheets(data, language)):
        _fill(book.create_sheet(_title(sheet.title, book.sheetnames)), sheet, summary=index == 0)
    book.properties.creator = "BMB Desktop"
    book.properties.title = f"{data.council.name}: {period_title(data.period, language)}"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _title(text: str, taken: list[str]) -> str:
    title = text.translate(FORBIDDEN_IN_TITLES).strip()[:31] or "Sheet"
    number = 2
    while title in taken:
        title = f"{title[:28]} {number}"
        number += 1
    return title


def _fill(target, sheet: Sheet, *, summary: bool) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="999999")
    target.append(list(sheet.header))
    for cell in target[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6E6E6")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=thin)
    widths = [len(str(title)) + 2 for title in sheet.header]
    for row in sheet.rows:
        target.append([value for value in row])
        number = target.max_row
        for column, value in enumerate(row, start=1):
            cell = target.cell(row=number, column=column)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif column - 1 in sheet.percent_columns or (summary and isinstance(value, float)):
                cell.number_format = PERCENT_FORMAT
            longest = max((len(line) for line in str(value if value is not None else "").split("\n")), default=0)
            widths[column - 1] = max(widths[column - 1], 11 if isinstance(value, date) else longest + 2)
    for column, width in enumerate(widths, start=1):
        target.column_dimensions[get_column_letter(column)].width = min(width, MAX_WIDTH)
    target.freeze_panes = "A2"
    if sheet.rows and not summary:
        target.auto_filter.ref = target.dimensions
