"""Plain listings of plans, meetings, acts and notices for the CLI and simple views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.locale.labels import label
from bmb_desktop.storage.models import (
    Act,
    Attendance,
    Meeting,
    Plan,
    PlanItem,
    PlanVersion,
)


@dataclass(frozen=True)
class Listing:
    """A table: column titles (translated) and rows of plain values."""

    columns: tuple[str, ...]
    keys: tuple[str, ...]
    rows: list[tuple]

    def as_json(self) -> list[dict]:
        return [
            {key: (value.isoformat() if isinstance(value, date) else value) for key, value in zip(self.keys, row)}
            for row in self.rows
        ]


def list_plans(session: Session, municipality_id: int) -> Listing:
    """Every plan item of the newest version of each year's plan, with its status."""
    from bmb_desktop.locale.i18n import _

    plans = session.scalars(
        select(Plan)
        .where(Plan.municipality_id == municipality_id)
        .order_by(Plan.year)
        .options(selectinload(Plan.versions).selectinload(PlanVersion.items).selectinload(PlanItem.monitored_object))
    ).all()
    rows = []
    for plan in plans:
        if not plan.versions:
            continue
        version = plan.versions[-1]
        for item in version.items:
            rows.append(
                (
                    plan.year,
                    version.number,
                    label(version.status),
                    item.position,
                    item.monitored_object.name if item.monitored_object else "",
                    item.subject,
                    f"Q{item.quarter}" if item.quarter else _period(item.starts_on, item.ends_on),
                    label(item.status),
                )
            )
    return Listing(
        columns=(_("Year"), _("Version"), _("Plan status"), _("No."), _("Object"), _("Subject"), _("Timing"), _("Status")),
        keys=("year", "version", "plan_status", "position", "object", "subject", "timing", "status"),
        rows=rows,
    )


def _period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    return (start or end).isoformat() if (start or end) else ""


def list_meetings(session: Session, municipality_id: int) -> Listing:
    """Every meeting with its protocol number; group meetings show present of members and the quorum."""
    from bmb_desktop.domain.enums import MeetingKind
    from bmb_desktop.domain.meetings import protocol_label, quorum_reached
    from bmb_desktop.locale.i18n import _
    from bmb_desktop.services.meeting_checks import members_on
    from bmb_desktop.storage.models import Membership

    present = (
        select(Attendance.meeting_id, func.count().label("present"))
        .where(Attendance.present.is_(True))
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    result = session.execute(
        select(Meeting, present.c.present)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .where(Meeting.municipality_id == municipality_id)
        .order_by(Meeting.held_on, Meeting.id)
    ).all()
    terms = session.execute(
        select(Membership.appointed_on, Membership.withdrawn_on).where(Membership.municipality_id == municipality_id)
    ).all()
    rows = []
    for meeting, count in result:
        count = count or 0
        if meeting.kind is MeetingKind.GROUP_MEETING:
            members = members_on(terms, meeting.held_on)
            attendance = f"{count}/{members}"
            quorum = _("yes") if quorum_reached(count, members) else _("no")
        else:
            attendance, quorum = str(count), ""
        rows.append((
            protocol_label(meeting.number, meeting.year), meeting.held_on, label(meeting.kind),
            meeting.title or meeting.place, attendance, quorum, label(meeting.status),
        ))  # fmt: skip
    return Listing(
        columns=(_("Protocol"), _("Date"), _("Kind"), _("Title or place"), _("Present"), _("Quorum"), _("Status")),
        keys=("protocol", "date", "kind", "title", "present", "quorum", "status"),
        rows=rows,
    )


def list_acts(session: Session, municipality_id: int) -> Listing:
    from bmb_desktop.locale.i18n import _

    acts = session.scalars(
        select(Act)
        .where(Act.municipality_id == municipality_id)
        .order_by(Act.year.is_(None), Act.year, Act.number, Act.id)
        .options(selectinload(Act.monitored_object), selectinload(Act.recommendations))
    ).all()
    rows = [
        (
            act.display_number,
            act.issued_on,
            label(act.status),
            act.monitored_object.name if act.monitored_object else "",
            act.subject,
            len(act.recommendations),
        )
        for act in acts
    ]
    return Listing(
        columns=(_("Number"), _("Issued"), _("Status"), _("Object"), _("Subject"), _("Recommendations")),
        keys=("number", "issued_on", "status", "object", "subject", "recommendations"),
        rows=rows,
    )


def list_notices(session: Session, municipality_id: int) -> Listing:
    """Every notice with its event and postings; the listing itself belongs to ``services.notices``."""
    from bmb_desktop.services.notices import notice_listing

    return notice_listing(session, municipality_id)
