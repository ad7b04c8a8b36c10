"""Everything `bmb-desktop check` and the home screen report: composition, term, formation, conflicts."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.findings import RuleFinding
from bmb_desktop.services.conflicts import conflict_warnings
from bmb_desktop.services.formation import formation_warnings
from bmb_desktop.services.group import composition_findings


def run_checks(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Every rule finding as of ``today``; later areas (meetings, plan, acts) add theirs here."""
    return (
        composition_findings(session, municipality_id, today=today)
        + formation_warnings(session, municipality_id, today=today)
        + conflict_warnings(session, municipality_id, today=today)
    )
