"""Recording meetings: the meeting itself, its protocol number, attendance, signing and finding it.

Group meetings, community gatherings and events the group observed share one record (domain.md
§5, F3). Protocol numbers run per year and kind. A signed protocol is not edited silently: it has
to be reopened first, and the audit log keeps both steps. Agenda items and decisions are in
``meeting_agenda``, the quorum and vote summary in ``meeting_summary``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import EnumFields, as_enum
from bmb_desktop.domain.enums import MeetingKind, MeetingStatus
from bmb_desktop.domain.meetings import next_protocol_number, parse_protocol_label, protocol_label
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, UserError, ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.locale.i18n import N_, _
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.meeting_summary import attendance_problems, meeting_summary
from bmb_desktop.storage.models import Attendance, Meeting, Membership, Municipality, Plan, PlanItem, PlanVersion


@dataclass(frozen=True)
class MeetingDraft(EnumFields):
    """What the meeting form holds; ``number`` None means "the next free number of the year"."""

    kind: MeetingKind
    held_on: date | None
    place: str = ""
    starts_at: time | None = None
    title: str = ""  # gatherings and observed events: what the event was
    chair_membership_id: int | None = None
    secretary_membership_id: int | None = None
    chaired_by_name: str = ""  # a gathering's chair need not be a member
    secretary_name: str = ""  # nor its secretary
    guests: str = ""
    participants_count: int | None = None  # gatherings: residents present
    plan_item_id: int | None = None
    number: int | None = None


def check_meeting(
    session: Session, municipality_id: int, draft: MeetingDraft, *, meeting_id: int | None = None
) -> dict[str, str]:
    """The form's live validation; an empty dict when the draft can be saved."""
    problems = draft.enum_problems()
    if problems:
        return problems
    if draft.held_on is None:
        problems["held_on"] = _("Enter the date of the meeting.")
    if not draft.place.strip():
        problems["place"] = _("Enter where the meeting was held.")
    if draft.kind is not MeetingKind.GROUP_MEETING and not draft.title.strip():
        problems["title"] = _("Write what the gathering or the observed event was.")
    if draft.participants_count is not None and draft.participants_count < 0:
        problems["participants_count"] = _("The number of participants cannot be negative.")
    if draft.number is not None and draft.number < 1:
        problems["number"] = _("The protocol number must be a whole number from 1.")
    if draft.held_on is None:
        return problems
    problems |= _check_roles(session, municipality_id, draft)
    problems |= _check_group_date(session, municipality_id, draft)
    if draft.plan_item_id is not None and not _plan_item_belongs(session, municipality_id, draft.plan_item_id):
        problems["plan_item"] = _("The plan item was not found.")
    if draft.number is not None and draft.number >= 1 and "number" not in problems:
        taken = _meeting_numbered(session, municipality_id, draft.kind, draft.held_on.year, draft.number)
        if taken is not None and taken.id != meeting_id:
            label = protocol_label(draft.number, draft.held_on.year)
            problems["number"] = _("Protocol No. {label} already exists.", label=label)
    if meeting_id is not None:
        problems |= _check_attendance_still_fits(session, meeting_id, draft.held_on)
    return problems


def create_meeting(session: Session, municipality_id: int, *, draft: MeetingDraft) -> Meeting:
    """A new meeting with the next protocol number of its year and kind, unless one is given."""
    problems = check_meeting(session, municipality_id, draft)
    if problems:
        raise ValidationError(problems)
    if session.get(Municipality, municipality_id) is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    meeting = Meeting(municipality_id=municipality_id, kind=draft.kind, status=MeetingStatus.DRAFT)
    _apply(session, meeting, draft)
    session.add(meeting)
    session.commit()
    return meeting


def update_meeting(session: Session, meeting_id: int, *, draft: MeetingDraft) -> Meeting:
    """Change a draft meeting; a new year without a number given takes that year's next number."""
    meeting = editable_meeting(session, meeting_id)
    if draft.kind is not meeting.kind:
        raise ValidationError({"kind": _("The kind of a recorded meeting cannot be changed.")})
    problems = check_meeting(session, meeting.municipality_id, draft, meeting_id=meeting.id)
    if problems:
        raise ValidationError(problems)
    _apply(session, meeting, draft)
    session.commit()
    return meeting


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Remove a draft meeting with its attendance, agenda and decisions."""
    session.delete(editable_meeting(session, meeting_id))
    session.commit()


def _apply(session: Session, meeting: Meeting, draft: MeetingDraft) -> None:
    year = draft.held_on.year
    if draft.number is not None:
        meeting.number = draft.number
    elif meeting.number is None or meeting.year != year:
        query = select(Meeting.number).where(
            Meeting.municipality_id == meeting.municipality_id, Meeting.kind == meeting.kind,
            Meeting.year == year, Meeting.number.is_not(None),
        )
        if meeting.id is not None:
            query = query.where(Meeting.id != meeting.id)
        meeting.number = next_protocol_number(list(session.scalars(query)))
    meeting.year, meeting.held_on, meeting.starts_at = year, draft.held_on, draft.starts_at
    meeting.place, meeting.title, meeting.guests = draft.place.strip(), draft.title.strip(), draft.guests.strip()
    meeting.chair_membership_id = draft.chair_membership_id
    meeting.secretary_membership_id = draft.secretary_membership_id
    meeting.chaired_by_name, meeting.secretary_name = draft.chaired_by_name.strip(), draft.secretary_name.strip()
    meeting.participants_count, meeting.plan_item_id = draft.participants_count, draft.plan_item_id


def set_attendance(
    session: Session, meeting_id: int, *, present: Collection[int], notes: Mapping[int, str] | None = None
) -> Meeting:
    """Who came, from the members active on the meeting date; ``notes`` give reasons of absence.

    At a group meeting every active member gets a row, present or absent, so absences can be
    counted (G8); at a gathering or an observed event only the members who came are recorded.
    Recorded votes must still fit the members present.
    """
    meeting = editable_meeting(session, meeting_id)
    notes = dict(notes or {})
    active = {m.id: m for m in active_memberships(session, meeting.municipality_id, meeting.held_on)}
    strangers = (set(present) | set(notes)) - set(active)
    if strangers:
        raise ValidationError({"attendance": _not_members_text(session, strangers, meeting.held_on)})
    problems = attendance_problems(session, meeting, set(present))
    if problems:
        raise ValidationError(problems)
    if meeting.kind is MeetingKind.GROUP_MEETING:
        marked = {mid: mid in present for mid in active}
    else:
        marked = {mid: True for mid in present}
    rows = {a.membership_id: a for a in meeting.attendance}
    meeting.attendance = [rows.get(mid) or Attendance(membership_id=mid) for mid in marked]
    for row in meeting.attendance:  # rows kept in place: the audit log shows what changed
        row.present, row.note = marked[row.membership_id], notes.get(row.membership_id, "").strip()
    for item in meeting.agenda_items:  # an absent member did not vote, so needs no recusal
        for decision in item.decisions:
            decision.recusals = [r for r in decision.recusals if r.membership_id in present]
    session.commit()
    return meeting


def sign_meeting(session: Session, meeting_id: int) -> Meeting:
    """Mark the protocol signed; the chair and the secretary must be known (and present)."""
    meeting = editable_meeting(session, meeting_id)
    problems: dict[str, str] = {}
    present = {a.membership_id for a in meeting.attendance if a.present}
    group_meeting = meeting.kind is MeetingKind.GROUP_MEETING
    if meeting.chair_membership_id is None and (group_meeting or not meeting.chaired_by_name):
        problems["chair"] = _("Choose who chaired the meeting before signing the protocol.")
    elif group_meeting and meeting.chair_membership_id not in present:
        problems["chair"] = _("The chair of the meeting is marked absent.")
    if meeting.secretary_membership_id is None and (group_meeting or not meeting.secretary_name):
        problems["secretary"] = _("Choose the secretary of the meeting before signing the protocol.")
    elif group_meeting and meeting.secretary_membership_id not in present:
        problems["secretary"] = _("The secretary of the meeting is marked absent.")
    if group_meeting and not meeting.attendance:
        problems["attendance"] = _("Record the attendance before signing the protocol.")
    for decision in meeting_summary(session, meeting.id).decisions:
        if decision.problems:
            problems.setdefault("votes", next(iter(decision.problems.values())))
    if problems:
        raise ValidationError(problems)
    meeting.status = MeetingStatus.SIGNED
    session.commit()
    return meeting


def reopen_meeting(session: Session, meeting_id: int) -> Meeting:
    """Return a signed protocol to draft so that a mistake can be corrected (and signed again)."""
    meeting = find_by_id(session, meeting_id)
    meeting.status = MeetingStatus.DRAFT
    session.commit()
    return meeting


NOT_FOUND = {
    MeetingKind.GROUP_MEETING: N_("There is no group meeting protocol No. {label}."),
    MeetingKind.COMMUNITY_GATHERING: N_("There is no community gathering protocol No. {label}."),
    MeetingKind.OBSERVED_EVENT: N_("There is no observed event No. {label}."),
}


def find_meeting(
    session: Session, municipality_id: int, label: str, *, kind: MeetingKind = MeetingKind.GROUP_MEETING
) -> Meeting:
    """The meeting whose protocol number is printed as ``label`` ("3/2026")."""
    kind = as_enum(MeetingKind, kind, field="kind", required=True)
    parsed = parse_protocol_label(label or "")
    if parsed is None:
        raise UserError(
            _("\"{text}\" is not a protocol number. Write the number and the year, for example 3/2026.", text=(label or "").strip()),
            field="number",
        )
    number, year = parsed
    meeting = _meeting_numbered(session, municipality_id, kind, year, number)
    if meeting is None:
        raise NotFoundError(_(NOT_FOUND[kind], label=protocol_label(number, year)))
    return meeting


def find_by_id(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(_("The meeting was not found."))
    return meeting


def editable_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, refused when its protocol is signed: a signed protocol must not change silently."""
    meeting = find_by_id(session, meeting_id)
    if meeting.status is MeetingStatus.SIGNED:
        label = protocol_label(meeting.number, meeting.year)
        raise UserError(_("Protocol No. {label} is signed. Reopen it to make a correction.", label=label))
    return meeting


def _meeting_numbered(
    session: Session, municipality_id: int, kind: MeetingKind, year: int, number: int
) -> Meeting | None:
    return session.scalar(
        select(Meeting).where(
            Meeting.municipality_id == municipality_id, Meeting.kind == kind,
            Meeting.year == year, Meeting.number == number,
        )
    )


def _check_roles(session: Session, municipality_id: int, draft: MeetingDraft) -> dict[str, str]:
    active = {m.id for m in active_memberships(session, municipality_id, draft.held_on)}
    problems = {}
    for field, membership_id in (("chair", draft.chair_membership_id), ("secretary", draft.secretary_membership_id)):
        if membership_id is not None and membership_id not in active:
            problems[field] = _not_members_text(session, {membership_id}, draft.held_on)
    if draft.chair_membership_id is not None and draft.chair_membership_id == draft.secretary_membership_id:
        problems["secretary"] = _("The chair and the secretary of a meeting must be different members.")
    return problems


def _check_group_date(session: Session, municipality_id: int, draft: MeetingDraft) -> dict[str, str]:
    """A group meeting cannot precede the group; gatherings may (they elect its citizen members)."""
    municipality = session.get(Municipality, municipality_id)
    created_on = municipality.regulation.group_created_on if municipality and municipality.regulation else None
    if draft.kind is MeetingKind.GROUP_MEETING and created_on and draft.held_on < created_on:
        text = _("The group was created on {date}; its meeting cannot be earlier.", date=short_date(created_on))
        return {"held_on": text}
    return {}


def _check_attendance_still_fits(session: Session, meeting_id: int, held_on: date) -> dict[str, str]:
    """Moving a meeting to another date must not leave people who were not members then."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.held_on == held_on:
        return {}
    active = {m.id for m in active_memberships(session, meeting.municipality_id, held_on)}
    outside = {a.membership_id for a in meeting.attendance} - active
    return {"held_on": _not_members_text(session, outside, held_on)} if outside else {}


def _plan_item_belongs(session: Session, municipality_id: int, plan_item_id: int) -> bool:
    return session.scalar(
        select(PlanItem.id).join(PlanVersion).join(Plan)
        .where(PlanItem.id == plan_item_id, Plan.municipality_id == municipality_id)
    ) is not None


def _not_members_text(session: Session, membership_ids: Collection[int], day: date) -> str:
    names = []
    for membership_id in sorted(membership_ids):
        membership = session.get(Membership, membership_id)
        person = membership.person if membership else None
        names.append(short_name(person.given_name, person.surname) if person else f"#{membership_id}")
    return _("Not a member of the group on {date}: {names}.", date=short_date(day), names=", ".join(names))
