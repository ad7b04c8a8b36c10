"""What the meeting editor reads beyond the meeting services: the stored draft, the agenda as rows,
who may be recused from a decision and why, and the outcome of a decision as it is being typed.

The rules stay where they are: votes and recusals in ``meeting_summary`` and ``meeting_agenda``,
the majority in ``domain.meetings``; this module only puts their answers together for a form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import MeetingKind, MeetingStatus, MemberRole
from bmb_desktop.domain.meetings import Vote, decision_passes, protocol_label
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.meeting_agenda import DecisionDraft, check_decision
from bmb_desktop.services.meeting_links import Link, link_fields, link_of
from bmb_desktop.services.meeting_summary import decision_object_id, meeting_summary, recused_members
from bmb_desktop.services.meetings import MeetingDraft, find_by_id
from bmb_desktop.storage.models import AgendaItem


@dataclass(frozen=True)
class StoredMeeting:
    """A meeting as the editor loads it."""

    meeting_id: int
    kind: MeetingKind
    label: str  # "3/2026"
    status: MeetingStatus
    draft: MeetingDraft

    @property
    def signed(self) -> bool:
        return self.status is MeetingStatus.SIGNED


@dataclass(frozen=True)
class DecisionRow:
    decision_id: int
    text: str
    vote: Vote
    recorded_recusals: tuple[int, ...]  # as stored; members removed for a conflict are added anyway
    recused_names: tuple[str, ...]  # everyone who did not vote, conflicts included
    link: Link | None
    passes: bool
    valid: bool  # False when the meeting had no quorum
    problems: dict[str, str] = field(default_factory=dict)

    def draft(self) -> DecisionDraft:
        return DecisionDraft(
            text=self.text, votes_for=self.vote.votes_for, against=self.vote.against, abstained=self.vote.abstained,
            recused=self.recorded_recusals, **link_fields(self.link),
        )  # fmt: skip


@dataclass(frozen=True)
class AgendaRow:
    item_id: int
    position: int
    title: str
    heard: str  # УГУЛДУ
    spoke: str  # СҮЙЛӨДҮ
    decisions: tuple[DecisionRow, ...]


@dataclass(frozen=True)
class RecusalChoice:
    membership_id: int
    name: str
    forced_reason: str = ""  # why the member may not vote at all (a conflict removal); "" when she may

    @property
    def forced(self) -> bool:
        return bool(self.forced_reason)


@dataclass(frozen=True)
class DecisionOutcome:
    """A typed decision's vote against the saved attendance."""

    problems: dict[str, str]
    present: int  # members present; residents taking part at a gathering
    recused: int
    eligible: int  # who may vote
    passes: bool
    valid: bool  # False when the meeting has no quorum


def stored_meeting(session: Session, meeting_id: int) -> StoredMeeting:
    meeting = find_by_id(session, meeting_id)
    draft = MeetingDraft(
        kind=meeting.kind, held_on=meeting.held_on, place=meeting.place, starts_at=meeting.starts_at,
        title=meeting.title, chair_membership_id=meeting.chair_membership_id,
        secretary_membership_id=meeting.secretary_membership_id, chaired_by_name=meeting.chaired_by_name,
        secretary_name=meeting.secretary_name, guests=meeting.guests, participants_count=meeting.participants_count,
        plan_item_id=meeting.plan_item_id, number=meeting.number,
    )  # fmt: skip
    label = protocol_label(meeting.number, meeting.year)
    return StoredMeeting(meeting.id, meeting.kind, label, meeting.status, draft)


def new_meeting_draft(session: Session, municipality_id: int, kind: MeetingKind, *, on: date) -> MeetingDraft:
    """A new meeting on ``on``; a group meeting is chaired and minuted by the group's chair and secretary."""
    kind = as_enum(MeetingKind, kind, field="kind", required=True)
    chair = secretary = None
    if kind is MeetingKind.GROUP_MEETING:
        for membership in active_memberships(session, municipality_id, on):
            if membership.role is MemberRole.CHAIR and chair is None:
                chair = membership.id
            elif membership.role is MemberRole.SECRETARY and secretary is None:
                secretary = membership.id
    return MeetingDraft(kind=kind, held_on=on, chair_membership_id=chair, secretary_membership_id=secretary)


def agenda_rows(session: Session, meeting_id: int) -> list[AgendaRow]:
    """The agenda in order, each decision with its vote, recusals, outcome and link."""
    meeting = find_by_id(session, meeting_id)
    summaries = {d.decision_id: d for d in meeting_summary(session, meeting_id).decisions}
    rows = []
    for item in meeting.agenda_items:
        decisions = []
        for decision in item.decisions:
            summary = summaries[decision.id]
            decisions.append(DecisionRow(
                decision_id=decision.id, text=decision.text, vote=summary.vote,
                recorded_recusals=tuple(sorted(r.membership_id for r in decision.recusals)),
                recused_names=summary.recused_names,
                link=link_of(plan_version_id=decision.plan_version_id, act_id=decision.act_id,
                             membership_id=decision.membership_id),
                passes=summary.passes, valid=summary.valid, problems=dict(summary.problems),
            ))  # fmt: skip
        rows.append(AgendaRow(item.id, item.position, item.title, item.heard, item.spoke, tuple(decisions)))
    return rows


def recusal_choices(session: Session, agenda_item_id: int, *, act_id: int | None) -> list[RecusalChoice]:
    """The members present, in roster order; those removed for a conflict on the decision's object
    (the act's object, else the meeting's plan item's) carry the reason they cannot vote (C2)."""
    meeting = _item(session, agenda_item_id).meeting
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        return []  # residents vote at a gathering, not the group's members
    object_id = decision_object_id(session, meeting, act_id)
    removed = removed_for_object(session, meeting.municipality_id, object_id, on=meeting.held_on) if object_id else {}
    return [
        RecusalChoice(a.membership_id, a.name, removed[a.membership_id].reason if a.membership_id in removed else "")
        for a in meeting_summary(session, meeting.id).attendees
        if a.present
    ]


def decision_outcome(session: Session, agenda_item_id: int, draft: DecisionDraft) -> DecisionOutcome:
    """The services' problems with ``draft`` and whether it would pass, as the dialog shows them live."""
    meeting = _item(session, agenda_item_id).meeting
    problems = check_decision(session, agenda_item_id, draft)
    summary = meeting_summary(session, meeting.id)
    present_ids = {a.membership_id for a in summary.attendees if a.present}
    act_id = draft.act_id if "act" not in problems else None
    recused = len(recused_members(session, meeting, present_ids, stored=set(draft.recused) & present_ids, act_id=act_id))
    vote = draft.vote
    if meeting.kind is MeetingKind.COMMUNITY_GATHERING:
        # residents vote: the majority is counted of those taking part (F3)
        present = meeting.participants_count if meeting.participants_count is not None else vote.cast
        eligible, members = present, present
    else:
        present = len(present_ids)
        eligible, members = present - recused, summary.membership - recused
    passes = decision_passes(vote, present=eligible, membership=members, majority=summary.majority)
    return DecisionOutcome(problems, present, recused, max(eligible, 0), passes, summary.quorum is not False)


def _item(session: Session, agenda_item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, agenda_item_id)
    if item is None:
        raise NotFoundError(_("The agenda item was not found."))
    return item

