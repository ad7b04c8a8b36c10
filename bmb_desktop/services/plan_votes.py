"""The group's votes on a plan version (P3): the decisions of group meetings linked to the version.

A decision is linked to a version from the meeting's agenda (``meeting_agenda.link_decision``);
whether it passed is judged as the protocol judges it, with quorum, majority and recusals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.storage.models import AgendaItem, Decision, Meeting


@dataclass(frozen=True)
class GroupVote:
    decision_id: int
    meeting_id: int
    meeting_label: str  # the protocol's number, "5/2026"
    held_on: date
    text: str
    votes_for: int
    against: int
    abstained: int
    passes: bool  # carried by the required majority at a meeting with a quorum


def group_votes(session: Session, version_id: int) -> list[GroupVote]:
    """Every decision linked to the version, oldest meeting first."""
    from bmb_desktop.services.meeting_summary import meeting_summary

    rows = session.execute(
        select(Decision.id, Meeting.id)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Decision.plan_version_id == version_id)
        .order_by(Meeting.held_on, Meeting.id, AgendaItem.position, Decision.position)
    ).all()
    summaries = {}
    votes = []
    for decision_id, meeting_id in rows:
        if meeting_id not in summaries:
            summaries[meeting_id] = meeting_summary(session, meeting_id)
        summary = summaries[meeting_id]
        decision = next(d for d in summary.decisions if d.decision_id == decision_id)
        votes.append(GroupVote(
            decision_id=decision_id, meeting_id=meeting_id, meeting_label=summary.label, held_on=summary.held_on,
            text=decision.text, votes_for=decision.vote.votes_for, against=decision.vote.against,
            abstained=decision.vote.abstained, passes=decision.passes and decision.valid,
        ))  # fmt: skip
    return votes
