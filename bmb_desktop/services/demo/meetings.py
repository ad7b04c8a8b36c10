"""The group's meetings since its creation, a community gathering and an observed tender.

Protocols follow the УГУЛДУ / СҮЙЛӨДҮ / ТОКТОМ КЫЛЫНДЫ layout; one meeting lacks a quorum.
"""

from __future__ import annotations

from datetime import timedelta

from bmb_desktop.domain.enums import MeetingKind, MeetingStatus
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.services.demo.meeting_texts import MEETINGS, MeetingSpec, Vote
from bmb_desktop.storage.models import (
    AgendaItem,
    Attendance,
    Decision,
    GatheringCandidate,
    Meeting,
    Recusal,
)

CHAIR, SECRETARY = "Кандарова", "Ташиев"
SIGNING_DAYS = timedelta(days=14)  # protocols get signed within two weeks; the latest may be a draft


def add_meetings(ctx: DemoContext) -> None:
    for spec in MEETINGS:
        if ctx.happened(spec.held_on):
            ctx.meetings[spec.key] = _add_meeting(ctx, spec)
    ctx.session.flush()
    # A protocol is signed once its content exists: the database refuses content added later (0007).
    for spec in MEETINGS:
        if spec.key in ctx.meetings and ctx.happened(spec.held_on + SIGNING_DAYS):
            ctx.meetings[spec.key].status = MeetingStatus.SIGNED
    ctx.session.flush()


def _add_meeting(ctx: DemoContext, spec: MeetingSpec) -> Meeting:
    group_meeting = spec.kind is MeetingKind.GROUP_MEETING
    plan_item = ctx.plan_items.get(spec.plan_item) if spec.plan_item else None
    keeps_protocol = spec.kind is not MeetingKind.OBSERVED_EVENT
    meeting = Meeting(
        municipality_id=ctx.municipality_id,
        kind=spec.kind,
        year=spec.held_on.year,
        number=spec.number,
        held_on=spec.held_on,
        starts_at=spec.starts_at,
        place=spec.place,
        title=spec.title,
        chair_membership_id=ctx.member_id(CHAIR) if group_meeting else None,
        secretary_membership_id=ctx.member_id(SECRETARY) if keeps_protocol else None,
        chaired_by_name=spec.chaired_by,
        guests=spec.guests,
        participants_count=spec.participants_count,
        plan_item_id=plan_item.id if plan_item else None,
        status=MeetingStatus.DRAFT,
        attendance=_attendance(ctx, spec),
        agenda_items=[
            AgendaItem(
                position=position,
                title=item.title,
                heard=item.heard,
                spoke=item.spoke,
                decisions=[
                    _decision(ctx, index, vote)
                    for index, vote in enumerate(item.decisions, start=1)
                ],
            )
            for position, item in enumerate(spec.agenda, start=1)
        ],
        candidates=[
            GatheringCandidate(position=position, full_name=name, votes_for=votes)
            for position, (name, votes) in enumerate(spec.candidates, start=1)
        ],
    )
    ctx.add(meeting)
    return meeting


def _attendance(ctx: DemoContext, spec: MeetingSpec) -> list[Attendance]:
    """Every member at a group meeting; at other events only the members who came."""
    if spec.kind is not MeetingKind.GROUP_MEETING:
        return [Attendance(membership_id=ctx.member_id(s), present=True) for s in spec.present]
    absent = dict(spec.absent)
    return [
        Attendance(
            membership_id=membership.id,
            present=surname not in absent,
            note=absent.get(surname, ""),
        )
        for surname, membership in ctx.members.items()
    ]


def _decision(ctx: DemoContext, position: int, vote: Vote) -> Decision:
    act = ctx.acts.get(vote.act) if vote.act else None
    version = ctx.plan_versions.get(vote.plan_version) if vote.plan_version else None
    votes_for, against, abstained = vote.votes
    return Decision(
        position=position,
        text=vote.text,
        votes_for=votes_for,
        votes_against=against,
        votes_abstained=abstained,
        act_id=act.id if act else None,
        plan_version_id=version.id if version else None,
        membership_id=ctx.member_id(vote.member) if vote.member else None,
        recusals=[Recusal(membership_id=ctx.member_id(s)) for s in vote.recused],
    )
