"""The summary report's written parts: the conclusions and proposals the secretary drafts before
printing, and the day it was presented to the community (S2). One draft per period, kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage.models import SummaryReport

TEXT_LENGTH = 20_000


@dataclass(frozen=True)
class ReportDraft:
    conclusions: str = ""
    proposals: str = ""
    presented_on: date | None = None
    updated_at: datetime | None = None  # None: nothing saved yet


def find_draft(session: Session, municipality_id: int, period: Period) -> SummaryReport | None:
    half = SummaryReport.half.is_(None) if period.half is None else SummaryReport.half == period.half
    return session.scalar(
        select(SummaryReport)
        .where(SummaryReport.municipality_id == municipality_id, SummaryReport.year == period.year, half)
        .order_by(SummaryReport.id).limit(1)
    )  # fmt: skip


def load_draft(session: Session, municipality_id: int, period: Period) -> ReportDraft:
    """What was written for the period so far; empty texts when nothing was."""
    found = find_draft(session, municipality_id, period)
    if found is None:
        return ReportDraft()
    return ReportDraft(found.conclusions, found.proposals, found.presented_on, found.updated_at)


def check_draft(period: Period, draft: ReportDraft) -> dict[str, str]:
    problems = {}
    for field, text in (("conclusions", draft.conclusions), ("proposals", draft.proposals)):
        if len(text) > TEXT_LENGTH:
            problems[field] = _("The text is too long: at most {count} characters.", count=TEXT_LENGTH)
    if draft.presented_on is not None and draft.presented_on < period.start:
        problems["presented_on"] = _("The report cannot be presented before its period begins.")
    return problems


def save_draft(session: Session, municipality_id: int, period: Period, draft: ReportDraft) -> bool:
    """Keep the texts and the presentation day; returns whether anything changed."""
    problems = check_draft(period, draft)
    if problems:
        raise ValidationError(problems)
    found = find_draft(session, municipality_id, period)
    values = {"conclusions": draft.conclusions.strip(), "proposals": draft.proposals.strip(), "presented_on": draft.presented_on}
    if found is None:
        if not any(values.values()):
            return False
        found = SummaryReport(municipality_id=municipality_id, year=period.year, half=period.half)
        session.add(found)
    elif all(getattr(found, name) == value for name, value in values.items()):
        return False
    for name, value in values.items():
        setattr(found, name, value)
    found.updated_at = datetime.now(timezone.utc)
    session.commit()
    return True


def results_posting_due(session: Session, presented_on: date) -> date:
    """S2: the last day to post the report's results on the boards after its public presentation."""
    from bmb_desktop.domain.notices import report_notice_due
    from bmb_desktop.services.calendar import working_calendar

    return report_notice_due(presented_on, working_calendar(session))
