"""Posting deadlines of notices on the notice boards (F1, F5, S2), each in the regulation's own units.

F1 counts a calendar month from the council's formation (000 §5.4.1); F5 counts working days back
from the first meeting (000 §5.3.3); S2 counts a calendar week from the public presentation of the
summary report (001 §7.7). A deadline falling on a day off ends on the next working day, as the
formation tracker's deadlines do. A notice counts as posted on the day of its first posting on any
board. Notices that announce an event without a legal deadline (a gathering, a monitoring) are
only reminded of, and flagged when first posted after the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bmb_desktop.domain.calendar import WorkingCalendar
from bmb_desktop.domain.dates import add_months
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.formation import PUBLICATION_WORKING_DAYS, subtract_working_days
from bmb_desktop.domain.regulation import CUSTOM, LOCAL, MODEL, Regulation
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import _, current_language

FORMATION_NOTICE_MONTHS = 1  # F1
COMPOSITION_LEAD_WORKING_DAYS = PUBLICATION_WORKING_DAYS  # F5: 3 working days before the first meeting
REPORT_POSTING_DAYS = 7  # S2: "бир жумадан кечикпей"
# The model regulation asks the summary report to be posted (8.5); the local one adds the week (7.7).
REPORT_POSTING_CLAUSES = {MODEL: "8.5", LOCAL: "7.7"}


@dataclass(frozen=True)
class PostedNotice:
    """A notice as the posting rules see it."""

    title: str
    event_on: date | None  # the day of what it announces
    first_posted_on: date | None  # its first posting on any board


def formation_notice_due(council_formed_on: date, calendar: WorkingCalendar) -> date:
    """F1: the last day to post the start of the group's formation."""
    return calendar.working_day_on_or_after(add_months(council_formed_on, FORMATION_NOTICE_MONTHS))


def composition_notice_due(first_meeting_on: date, calendar: WorkingCalendar) -> date:
    """F5: the last day to post the composition that still leaves 3 working days before the meeting."""
    return subtract_working_days(calendar, first_meeting_on, COMPOSITION_LEAD_WORKING_DAYS)


def report_notice_due(presented_on: date, calendar: WorkingCalendar) -> date:
    """S2: the last day to post the summary report's results after the public presentation."""
    return calendar.working_day_on_or_after(presented_on + timedelta(days=REPORT_POSTING_DAYS))


def formation_notice_finding(
    notice: PostedNotice | None, council_formed_on: date, calendar: WorkingCalendar, rules: Regulation, *, today: date,
) -> RuleFinding | None:
    """F1 for the formation-start notice (None when none was prepared since the council was formed)."""
    due = formation_notice_due(council_formed_on, calendar)
    source = rules.source("announcement")
    posted = notice.first_posted_on if notice else None
    if posted is None:
        if today > due:
            return _broken("notice_formation", _(
                "The start of the group's formation has not been posted on the notice boards; the deadline was {date}",
                date=_date(due, DateCase.LOCATIVE),
            ), source)  # fmt: skip
        return _reminder("notice_formation", _(
            "Post the start of the group's formation on the notice boards by {date}", date=_date(due, DateCase.DATIVE),
        ), source)  # fmt: skip
    if posted > due:
        return _broken("notice_formation", _(
            "«{title}» was posted on {posted}, {days} days after the deadline of {date}",
            title=notice.title, posted=_date(posted, DateCase.LOCATIVE), days=(posted - due).days,
            date=_date(due, DateCase.ATTRIBUTIVE),
        ), source)  # fmt: skip
    return None


def composition_notice_finding(
    notice: PostedNotice, calendar: WorkingCalendar, rules: Regulation, *, today: date
) -> RuleFinding | None:
    """F5: the composition and first meeting posted at least 3 working days before that meeting."""
    meeting = notice.event_on
    if meeting is None:
        return None  # the rule cannot be applied without the meeting's date; the notice form asks for it
    due = composition_notice_due(meeting, calendar)
    source = rules.source("publication")
    posted = notice.first_posted_on
    if posted is None:
        if today > due:
            return _broken("notice_composition", _(
                "«{title}» has not been posted; it had to be posted by {date}, 3 working days before the first meeting",
                title=notice.title, date=_date(due, DateCase.DATIVE),
            ), source)  # fmt: skip
        return _reminder("notice_composition", _(
            "Post «{title}» on the notice boards by {date}, 3 working days before the first meeting",
            title=notice.title, date=_date(due, DateCase.DATIVE),
        ), source)  # fmt: skip
    lead = calendar.working_days_between(posted, meeting)
    if lead >= COMPOSITION_LEAD_WORKING_DAYS:
        return None
    if posted >= meeting:
        message = _("«{title}» was posted only on {posted}, on or after the day of the first meeting ({date})",
                    title=notice.title, posted=_date(posted, DateCase.LOCATIVE), date=_date(meeting))  # fmt: skip
    else:
        message = _(
            "«{title}» was posted {days} working days before the first meeting; at least 3 are required",
            title=notice.title, days=lead,
        )  # fmt: skip
    return _broken("notice_composition", message, source)


def report_notice_finding(
    notice: PostedNotice, calendar: WorkingCalendar, rules: Regulation, *, today: date
) -> RuleFinding | None:
    """S2: the summary report's results posted within one week of the public presentation."""
    source = report_posting_source(rules)
    presented = notice.event_on
    if presented is None:
        return RuleFinding("notice_report", Severity.WARNING, _(
            "«{title}» has no date of the public presentation, so its one-week posting deadline cannot be checked",
            title=notice.title,
        ), source)  # fmt: skip
    due = report_notice_due(presented, calendar)
    posted = notice.first_posted_on
    if posted is None:
        if today > due:
            return _broken("notice_report", _(
                "«{title}» has not been posted; the deadline was {date}, one week after the public presentation",
                title=notice.title, date=_date(due, DateCase.LOCATIVE),
            ), source)  # fmt: skip
        return _reminder("notice_report", _(
            "Post «{title}» on the notice boards by {date}, one week after the public presentation",
            title=notice.title, date=_date(due, DateCase.DATIVE),
        ), source)  # fmt: skip
    if posted > due:
        return _broken("notice_report", _(
            "«{title}» was posted on {posted}, {days} days after the public presentation; one week is allowed",
            title=notice.title, posted=_date(posted, DateCase.LOCATIVE), days=(posted - presented).days,
        ), source)  # fmt: skip
    return None


def event_notice_finding(notice: PostedNotice, *, today: date, source: str = "") -> RuleFinding | None:
    """A gathering or monitoring notice: remind to post it before the event; flag a posting after it."""
    event, posted = notice.event_on, notice.first_posted_on
    if event is None:
        return None
    if posted is None:
        if today > event:
            return None  # the event is past and the notice was never put up: nothing left to remind of
        return _reminder("notice_event", _(
            "«{title}» has not been posted yet; what it announces begins on {date}",
            title=notice.title, date=_date(event, DateCase.LOCATIVE),
        ), source)  # fmt: skip
    if posted > event:
        return _reminder("notice_event", _(
            "«{title}» was posted on {posted}, after what it announces ({date})",
            title=notice.title, posted=_date(posted, DateCase.LOCATIVE), date=_date(event),
        ), source)  # fmt: skip
    return None


def report_posting_source(rules: Regulation) -> str:
    """Where S2 comes from; an own regulation is cited by its title alone, as elsewhere."""
    if "report_posting" in rules.clauses:
        return rules.source("report_posting")
    clause = REPORT_POSTING_CLAUSES.get(rules.preset, "") if rules.preset != CUSTOM else ""
    return f"{rules.name} {clause}".strip()


def _broken(rule: str, message: str, source: str) -> RuleFinding:
    return RuleFinding(rule, Severity.BROKEN, message, source)


def _reminder(rule: str, message: str, source: str) -> RuleFinding:
    return RuleFinding(rule, Severity.WARNING, message, source)


def _date(day: date, case: DateCase = DateCase.PLAIN) -> str:
    """A date in the form the Kyrgyz sentence needs there ("... чейин" takes the dative)."""
    return document_date(day, current_language(), case=case)
