"""Everything `bmb-desktop check` and the home screen report: composition, term, formation, conflicts,
meetings, notices on the boards, the plan, the indicators, overdue answers to acts and requests, and
attached files."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.services.attachments import attachment_problems
from bmb_desktop.services.conflicts import conflict_warnings
from bmb_desktop.services.deadlines import overdue_findings
from bmb_desktop.services.formation import formation_warnings
from bmb_desktop.services.group import composition_findings
from bmb_desktop.services.indicators import indicator_warnings
from bmb_desktop.services.meeting_checks import meeting_warnings
from bmb_desktop.services.notice_checks import notice_warnings
from bmb_desktop.services.plan_progress import plan_warnings


def run_checks(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Every rule finding as of ``today``."""
    return (
        composition_findings(session, municipality_id, today=today)
        + formation_warnings(session, municipality_id, today=today)
        + conflict_warnings(session, municipality_id, today=today)
        + meeting_warnings(session, municipality_id, today=today)
        + notice_warnings(session, municipality_id, today=today)
        + plan_warnings(session, municipality_id, today=today)
        + indicator_warnings(session, municipality_id, today=today)
        + overdue_findings(session, municipality_id, today=today)
        + attachment_problems(session, municipality_id)
    )
