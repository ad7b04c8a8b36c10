"""A meeting as the screens and the protocol see it: attendance, quorum and each decision's vote.

The quorum is counted live from the members active on the meeting date (M2). Members removed
for a conflict of interest on the object a decision concerns (the act's object, else the
meeting's plan item's) are recused from that vote automatically, whether or not the secretary
ticked them (C2); recorded recusals of other members count too.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import DecisionMajority, MeetingKind, MemberCategory, MemberRole
from bmb_desktop.domain.meetings import Vote, decision_passes, protocol_label, quorum_reached, vote_problems
from bmb_desktop.domain.names import full_name, short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.services.group import active_memberships, regulation_of
from bmb_desktop.services.roster import ROLE_ORDER
from bmb_desktop.storage.models import Act, Meeting, Municipality, PlanItem


@dataclass(frozen=True)
class Attendee:
    membership_id: int
    name: str  # "Г. Кандарова"
    full_name: str  # "Кандарова Гүлнара Асановна"
    category: MemberCategory
    role: MemberRole
    present: bool | None  # None: not marked yet
    note: str  # the reason of an absence


@dataclass(frozen=True)
class DecisionSummary:
    decision_id: int
    agenda_item_id: int
    text: str
    vote: Vote
    recused_names: tuple[str, ...]
    passes: bool
    valid: bool  # False when the meeting had no quorum
    problems: dict[str, str] = field(default_factory=dict)  # votes that do not fit the attendance

    @property
    def voted(self) -> bool:
        return self.vote.cast > 0


@dataclass(frozen=True)
class MeetingSummary:
    meeting_id: int
    kind: MeetingKind
    label: str  # "3/2026"
    held_on: date
    membership: int  # members active on the meeting date
    present: int
    attendees: tuple[Attendee, ...]  # every member active that day, in roster order
    quorum: bool | None  # None: not a group meeting, no quorum applies
    majority: DecisionMajority
    decisions: tuple[DecisionSummary, ...]

    @property
    def present_names(self) -> list[str]:
        return [a.name for a in self.attendees if a.present]

    @property
    def absent_names(self) -> list[str]:
        return [a.name for a in self.attendees if not a.present]

    @property
    def attendance_recorded(self) -> bool:
        return any(a.present is not None for a in self.attendees)

    @property
    def needed_for_quorum(self) -> int:
        return self.membership // 2 + 1


def meeting_summary(session: Session, meeting_id: int) -> MeetingSummary:
    """Attendance, quorum and every decision's vote, recusals and outcome, as of the meeting date."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(_("The meeting was not found."))
    marks = {a.membership_id: a for a in meeting.attendance}
    attendees = tuple(
        Attendee(
            membership_id=m.id, name=short_name(m.person.given_name, m.person.surname),
            full_name=full_name(m.person.surname, m.person.given_name, m.person.patronymic),
            category=m.category, role=m.role,
            present=marks[m.id].present if m.id in marks else (False if marks else None),
            note=marks[m.id].note if m.id in marks else "",
        )
        for m in sorted(
            active_memberships(session, meeting.municipality_id, meeting.held_on),
            key=lambda m: (ROLE_ORDER[m.role], m.id),
        )
    )  # fmt: skip
    present_ids = {a.membership_id for a in attendees if a.present}
    quorum = quorum_reached(len(present_ids), len(attendees)) if meeting.kind is MeetingKind.GROUP_MEETING else None
    majority = _majority(session, meeting)
    names = {a.membership_id: a.name for a in attendees}
    decisions = []
    for item in meeting.agenda_items:
        for decision in item.decisions:
            vote = Vote(decision.votes_for, decision.votes_against, decision.votes_abstained)
            stored = [r.membership_id for r in decision.recusals]
            recused = recused_members(session, meeting, present_ids, stored=stored, act_id=decision.act_id)
            eligible, members = _voters(meeting, present_ids, len(attendees), len(recused), vote)
            decisions.append(DecisionSummary(
                decision_id=decision.id, agenda_item_id=item.id, text=decision.text, vote=vote,
                recused_names=tuple(names[mid] for mid in sorted(recused, key=list(names).index)),
                passes=decision_passes(vote, present=eligible, membership=members, majority=majority),
                valid=quorum is not False,
                problems=_vote_problems(meeting, vote, present_ids, len(recused)),
            ))  # fmt: skip
    return MeetingSummary(
        meeting_id=meeting.id, kind=meeting.kind, label=protocol_label(meeting.number, meeting.year),
        held_on=meeting.held_on, membership=len(attendees), present=len(present_ids), attendees=attendees,
        quorum=quorum, majority=majority, decisions=tuple(decisions),
    )  # fmt: skip


def recused_members(
    session: Session, meeting: Meeting, present_ids: Collection[int], *, stored: Collection[int], act_id: int | None
) -> set[int]:
    """Members present who may not vote on a decision: those recorded and those removed (C2)."""
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        return set()  # residents vote at a gathering, not the group's members
    object_id = decision_object_id(session, meeting, act_id)
    removed = removed_for_object(session, meeting.municipality_id, object_id, on=meeting.held_on) if object_id else {}
    return (set(stored) | set(removed)) & set(present_ids)


def decision_object_id(session: Session, meeting: Meeting, act_id: int | None) -> int | None:
    """The monitored object a decision concerns: its act's object, else the meeting's plan item's."""
    act = session.get(Act, act_id) if act_id is not None else None
    if act is not None and act.object_id is not None:
        return act.object_id
    item = session.get(PlanItem, meeting.plan_item_id) if meeting.plan_item_id is not None else None
    return item.object_id if item is not None else None


def check_vote(
    session: Session, meeting: Meeting, present_ids: Collection[int], vote: Vote, *,
    stored_recusals: Collection[int], act_id: int | None,
) -> tuple[dict[str, str], set[int]]:
    """Problems of a decision's vote at ``meeting`` and the members recused from it."""
    recused = recused_members(session, meeting, present_ids, stored=stored_recusals, act_id=act_id)
    return _vote_problems(meeting, vote, present_ids, len(recused)), recused


def attendance_problems(session: Session, meeting: Meeting, present_ids: set[int]) -> dict[str, str]:
    """Recorded votes that would no longer fit if only ``present_ids`` came."""
    for position, item in enumerate(meeting.agenda_items, start=1):
        for decision in item.decisions:
            vote = Vote(decision.votes_for, decision.votes_against, decision.votes_abstained)
            problems, _recused = check_vote(
                session, meeting, present_ids, vote,
                stored_recusals=[r.membership_id for r in decision.recusals], act_id=decision.act_id,
            )  # fmt: skip
            if problems:
                text = next(iter(problems.values()))
                return {"attendance": _("Agenda item {item}: {problem}", item=position, problem=text)}
    return {}


def _vote_problems(meeting: Meeting, vote: Vote, present_ids: Collection[int], recused: int) -> dict[str, str]:
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        # residents vote; with their number unknown only the sign of the counts can be checked
        problems = vote_problems(vote, present=max(vote.cast, 0), recused=0)
        participants = meeting.participants_count
        if participants is not None and vote.cast > participants:
            problems["votes"] = _(
                "{cast} votes recorded, but only {participants} residents took part in the gathering.",
                cast=vote.cast, participants=participants,
            )
        return problems
    return vote_problems(vote, present=len(present_ids), recused=recused)


def _voters(
    meeting: Meeting, present_ids: Collection[int], membership: int, recused: int, vote: Vote
) -> tuple[int, int]:
    """(present who may vote, members who may vote): a recused member is outside every base."""
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        participants = meeting.participants_count if meeting.participants_count is not None else vote.cast
        return participants, participants
    return len(present_ids) - recused, membership - recused


def _majority(session: Session, meeting: Meeting) -> DecisionMajority:
    """The regulation's majority for the group; a gathering elects by a majority of participants (F3)."""
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        return DecisionMajority.OF_PRESENT
    municipality = session.get(Municipality, meeting.municipality_id)
    return regulation_of(municipality.regulation if municipality else None).decision_majority
