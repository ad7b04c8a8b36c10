"""The summary report at a glance, for the report screen: one line per part of the report, with the
figures a council member asks first and a mark where something needs attention.

The lines are worded in the interface language (``_``); the printed report words the same facts in
the document's language (``report_sections``).
"""

from __future__ import annotations

from dataclasses import dataclass

from bmb_desktop.domain.enums import MemberCategory, Sex
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.domain.report import AnswerState, ItemState
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.services.report import ReportData
from bmb_desktop.services.report_sections import Wording

BEHIND = (Outlook.BEHIND, Outlook.MISSED)


@dataclass(frozen=True)
class OverviewLine:
    key: str
    label: str
    value: str
    attention: bool = False  # something here needs the secretary's or the council's attention


def report_overview(data: ReportData) -> list[OverviewLine]:
    return [
        _members(data), _changes(data), _meetings(data), _plan(data), _acts(data), _answers(data),
        _recommendations(data), _indicators(data), _notices(data), _residents(data), _draft(data),
    ]  # fmt: skip


def _percent(share: float | None) -> str:
    return Wording(current_language()).percent(share)


def _members(data: ReportData) -> OverviewLine:
    members = data.members
    citizens = sum(1 for m in members if m.category in (MemberCategory.CITIZEN, MemberCategory.ASSOCIATION_REPRESENTATIVE))
    women = sum(1 for m in members if m.sex is Sex.FEMALE)
    value = _("{count}; citizens {citizens}, women {women}", count=len(members), citizens=citizens, women=women)
    return OverviewLine("members", _("Group at the end of the period"), value, attention=not members)


def _changes(data: ReportData) -> OverviewLine:
    joined = sum(1 for c in data.changes if c.joined)
    value = _("joined {joined}, left {left}", joined=joined, left=len(data.changes) - joined) if data.changes else _("no changes")
    return OverviewLine("changes", _("Changes in the composition"), value)


def _meetings(data: ReportData) -> OverviewLine:
    group = data.group_meetings
    if not group:
        return OverviewLine("meetings", _("Group meetings"), _("none held"), attention=True)
    value = _(
        "held {count}, with a quorum {quorate}; attendance {share}",
        count=len(group), quorate=data.quorate_meetings, share=_percent(data.attendance_share),
    )  # fmt: skip
    return OverviewLine("meetings", _("Group meetings"), value, attention=data.quorate_meetings < len(group))


def _plan(data: ReportData) -> OverviewLine:
    if data.plan is None or data.plan.version is None:
        return OverviewLine("plan", _("Plan"), _("no plan for {year}", year=data.period.year), attention=True)
    states = data.item_states
    value = _(
        "items {count}: carried out {done}, overdue {overdue}, not due yet {waiting}",
        count=len(data.plan_lines), done=states[ItemState.DONE], overdue=states[ItemState.OVERDUE], waiting=states[ItemState.NOT_DUE],
    )  # fmt: skip
    if states[ItemState.CANCELLED]:
        value += ", " + _("cancelled {count}", count=states[ItemState.CANCELLED])
    value += "; " + _("carried out {share} of the items due", share=_percent(data.carried_out_share))
    return OverviewLine("plan", _("Plan"), value, attention=states[ItemState.OVERDUE] > 0)


def _acts(data: ReportData) -> OverviewLine:
    current = data.current_acts
    value = _("issued {count}", count=len(current))
    replaced = len(data.acts) - len(current)
    if replaced:
        value += "; " + _("replaced by corrections {count}", count=replaced)
    return OverviewLine("acts", _("Monitoring acts"), value)


def _answers(data: ReportData) -> OverviewLine:
    if not data.answers:
        return OverviewLine("answers", _("Answers to the acts"), _("none due"))
    counts = data.answer_counts()
    value = _(
        "on time {on_time}, late {late}, overdue {overdue}, not due yet {pending}; on time {share}",
        on_time=counts[AnswerState.ON_TIME], late=counts[AnswerState.LATE], overdue=counts[AnswerState.OVERDUE],
        pending=counts[AnswerState.PENDING], share=_percent(data.on_time_share),
    )  # fmt: skip
    return OverviewLine("answers", _("Answers to the acts"), value, attention=counts[AnswerState.OVERDUE] > 0)


def _recommendations(data: ReportData) -> OverviewLine:
    if not data.recommendations:
        return OverviewLine("recommendations", _("Recommendations"), _("none made"))
    value = _("made {count}; implementation rate {share}", count=len(data.recommendations), share=_percent(data.implementation_rate))
    return OverviewLine("recommendations", _("Recommendations"), value)


def _indicators(data: ReportData) -> OverviewLine:
    if not data.indicators:
        return OverviewLine("indicators", _("Indicators"), _("none followed"))
    behind = sum(1 for i in data.indicators if i.outlook in BEHIND)
    achieved = sum(1 for i in data.indicators if i.outlook is Outlook.ACHIEVED)
    value = _("followed {count}: achieved {achieved}, behind {behind}", count=len(data.indicators), achieved=achieved, behind=behind)
    return OverviewLine("indicators", _("Indicators"), value, attention=behind > 0)


def _notices(data: ReportData) -> OverviewLine:
    return OverviewLine("notices", _("Notices posted"), str(len(data.notices)))


def _residents(data: ReportData) -> OverviewLine:
    answered = sum(1 for m in data.messages if m.responded_on is not None)
    value = _(
        "messages {messages} (answered {answered}), survey results {surveys}",
        messages=len(data.messages), answered=answered, surveys=len(data.surveys),
    )  # fmt: skip
    return OverviewLine("residents", _("Residents"), value)


def _draft(data: ReportData) -> OverviewLine:
    written = bool(data.draft.conclusions.strip() or data.draft.proposals.strip())
    value = _("written") if written else _("not written yet: write them before printing")
    return OverviewLine("draft", _("Conclusions and proposals"), value, attention=not written)
