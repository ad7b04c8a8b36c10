"""A meeting's agenda: items with what was heard and said, decisions with votes, recusals and links.

A decision may record what it decided: a plan version approved or amended, an act and its
recommendations, a member's withdrawal. Votes are checked against the members present; members
removed for a conflict of interest on the decision's object are recorded as recused (C2).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.meetings import Vote
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.meeting_summary import check_vote
from bmb_desktop.services.meetings import editable_meeting
from bmb_desktop.storage.models import Act, AgendaItem, Decision, Meeting, Membership, Plan, PlanVersion, Recusal


@dataclass(frozen=True)
class DecisionDraft:
    text: str
    votes_for: int = 0
    against: int = 0
    abstained: int = 0
    recused: tuple[int, ...] = ()  # members present who did not vote; conflicts are added anyway
    plan_version_id: int | None = None
    act_id: int | None = None
    membership_id: int | None = None  # the member whose withdrawal (or duty) was decided

    @property
    def vote(self) -> Vote:
        return Vote(self.votes_for, self.against, self.abstained)


def add_agenda_item(session: Session, meeting_id: int, *, title: str, heard: str = "", spoke: str = "") -> AgendaItem:
    """A new item at the end of the agenda."""
    meeting = editable_meeting(session, meeting_id)
    _require_title(title)
    item = AgendaItem(
        position=len(meeting.agenda_items) + 1, title=title.strip(), heard=heard.strip(), spoke=spoke.strip()
    )
    meeting.agenda_items.append(item)
    session.commit()
    return item


def update_agenda_item(session: Session, item_id: int, *, title: str, heard: str = "", spoke: str = "") -> AgendaItem:
    item = _item(session, item_id)
    editable_meeting(session, item.meeting_id)
    _require_title(title)
    item.title, item.heard, item.spoke = title.strip(), heard.strip(), spoke.strip()
    session.commit()
    return item


def move_agenda_item(session: Session, item_id: int, *, position: int) -> AgendaItem:
    """Put the item at ``position`` (from 1) and renumber the others."""
    item = _item(session, item_id)
    meeting = editable_meeting(session, item.meeting_id)
    items = [other for other in meeting.agenda_items if other.id != item.id]
    items.insert(min(max(position, 1), len(items) + 1) - 1, item)
    meeting.agenda_items = items  # the loaded list keeps the new order too
    _renumber(items)
    session.commit()
    return item


def remove_agenda_item(session: Session, item_id: int) -> None:
    """Remove the item with its decisions; the items after it move up."""
    item = _item(session, item_id)
    meeting = editable_meeting(session, item.meeting_id)
    meeting.agenda_items.remove(item)
    _renumber(meeting.agenda_items)
    session.commit()


def check_decision(session: Session, agenda_item_id: int, draft: DecisionDraft) -> dict[str, str]:
    """The decision form's live validation: text, votes against attendance, recusals and links."""
    item = _item(session, agenda_item_id)
    return _problems(session, item.meeting, draft)[0]


def add_decision(session: Session, agenda_item_id: int, *, draft: DecisionDraft) -> Decision:
    item = _item(session, agenda_item_id)
    meeting = editable_meeting(session, item.meeting_id)
    decision = Decision(position=len(item.decisions) + 1)
    _save(session, meeting, decision, draft)
    item.decisions.append(decision)
    session.commit()
    return decision


def update_decision(session: Session, decision_id: int, *, draft: DecisionDraft) -> Decision:
    decision = _decision(session, decision_id)
    meeting = editable_meeting(session, decision.agenda_item.meeting_id)
    _save(session, meeting, decision, draft)
    session.commit()
    return decision


def link_decision(
    session: Session, decision_id: int, *,
    plan_version_id: int | None = None, act_id: int | None = None, membership_id: int | None = None,
) -> Decision:
    """Record what the decision decided; the vote is checked again, as an act may bring recusals."""
    decision = _decision(session, decision_id)
    draft = DecisionDraft(
        text=decision.text, votes_for=decision.votes_for, against=decision.votes_against,
        abstained=decision.votes_abstained, recused=tuple(r.membership_id for r in decision.recusals),
        plan_version_id=plan_version_id, act_id=act_id, membership_id=membership_id,
    )  # fmt: skip
    return update_decision(session, decision_id, draft=draft)


def remove_decision(session: Session, decision_id: int) -> None:
    decision = _decision(session, decision_id)
    editable_meeting(session, decision.agenda_item.meeting_id)
    item = decision.agenda_item
    item.decisions.remove(decision)
    _renumber(item.decisions)
    session.commit()


def _save(session: Session, meeting: Meeting, decision: Decision, draft: DecisionDraft) -> None:
    problems, recused = _problems(session, meeting, draft)
    if problems:
        raise ValidationError(problems)
    decision.text = draft.text.strip()
    decision.votes_for, decision.votes_against = draft.votes_for, draft.against
    decision.votes_abstained = draft.abstained
    decision.plan_version_id, decision.act_id = draft.plan_version_id, draft.act_id
    decision.membership_id = draft.membership_id
    kept = {r.membership_id: r for r in decision.recusals}
    decision.recusals = [kept.get(mid) or Recusal(membership_id=mid) for mid in sorted(recused)]


def _problems(session: Session, meeting: Meeting, draft: DecisionDraft) -> tuple[dict[str, str], set[int]]:
    problems: dict[str, str] = {}
    if not draft.text.strip():
        problems["text"] = _("Write the text of the decision.")
    present = {a.membership_id for a in meeting.attendance if a.present}
    absent = set(draft.recused) - present
    if absent:
        problems["recused"] = _(
            "Only members present can be recorded as not voting; absent: {names}.", names=_names(session, absent)
        )
    problems |= _link_problems(session, meeting.municipality_id, draft)
    vote_problems, recused = check_vote(
        session, meeting, present, draft.vote, stored_recusals=set(draft.recused) & present,
        act_id=draft.act_id if "act" not in problems else None,
    )  # fmt: skip
    return problems | vote_problems, recused


def _link_problems(session: Session, municipality_id: int, draft: DecisionDraft) -> dict[str, str]:
    problems = {}
    if draft.plan_version_id is not None and session.scalar(
        select(PlanVersion.id).join(Plan)
        .where(PlanVersion.id == draft.plan_version_id, Plan.municipality_id == municipality_id)
    ) is None:
        problems["plan_version"] = _("The plan version was not found.")
    if draft.act_id is not None:
        act = session.get(Act, draft.act_id)
        if act is None or act.municipality_id != municipality_id:
            problems["act"] = _("The act was not found.")
    if draft.membership_id is not None:
        membership = session.get(Membership, draft.membership_id)
        if membership is None or membership.municipality_id != municipality_id:
            problems["membership"] = _("The member was not found.")
    return problems


def _names(session: Session, membership_ids: set[int]) -> str:
    names = []
    for membership_id in sorted(membership_ids):
        m = session.get(Membership, membership_id)
        names.append(short_name(m.person.given_name, m.person.surname) if m else f"#{membership_id}")
    return ", ".join(names)


def _require_title(title: str) -> None:
    if not title.strip():
        raise ValidationError({"title": _("Write the agenda item.")})


def _renumber(rows) -> None:
    for position, row in enumerate(rows, start=1):
        row.position = position


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(_("The agenda item was not found."))
    return item


def _decision(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFoundError(_("The decision was not found."))
    return decision
