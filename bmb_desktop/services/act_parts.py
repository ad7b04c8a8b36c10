"""The parts of a draft act: findings with their method and evidence, recommendations with their
addressee and due date, and the members who took part and sign (A1, A2).

Each call commits at once, like ``acts.save_draft``; an issued act's parts are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import as_enum
from bmb_desktop.domain.enums import FindingKind, MemberRole, MonitoringMethod
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.acts import commit, draft_act, get_act
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.storage.models import Act, ActParticipant, Attachment, Finding, Membership, Recommendation

FINDING_FIELDS = ("kind", "method", "text", "evidence_attachment_id")
RECOMMENDATION_FIELDS = ("addressee", "text", "due_on")


def add_finding(
    session: Session, act_id: int, *, kind: FindingKind, method: MonitoringMethod | None = None,
    text: str = "", evidence_attachment_id: int | None = None,
) -> Finding:
    act = draft_act(session, act_id)
    kind = as_enum(FindingKind, kind, field="kind", required=True)
    finding = Finding(position=len(act.findings) + 1, kind=kind, text=text)
    act.findings.append(finding)
    _set_finding(session, act, finding, method=method, evidence_attachment_id=evidence_attachment_id)
    commit(session, act)
    return finding


def update_finding(session: Session, finding_id: int, **fields) -> Finding:
    finding = _part(session, Finding, finding_id)
    act = draft_act(session, finding.act_id)
    _known(fields, FINDING_FIELDS)
    if "kind" in fields:
        finding.kind = as_enum(FindingKind, fields.pop("kind"), field="kind", required=True)
    if "text" in fields:
        finding.text = fields.pop("text") or ""
    _set_finding(session, act, finding, **fields)
    commit(session, act)
    return finding


def _set_finding(session: Session, act: Act, finding: Finding, **fields) -> None:
    if "method" in fields:
        finding.method = as_enum(MonitoringMethod, fields["method"], field="method")
    if "evidence_attachment_id" in fields:
        attachment_id = fields["evidence_attachment_id"]
        if attachment_id is not None:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.act_id != act.id:
                raise ValidationError({"evidence": _("The evidence must be one of this act's attachments.")})
        finding.evidence_attachment_id = attachment_id


def remove_finding(session: Session, finding_id: int) -> None:
    finding = _part(session, Finding, finding_id)
    act = draft_act(session, finding.act_id)
    act.findings.remove(finding)
    _renumber(act.findings)
    commit(session, act)


def move_finding(session: Session, finding_id: int, *, position: int) -> None:
    finding = _part(session, Finding, finding_id)
    act = draft_act(session, finding.act_id)
    _move(act.findings, finding, position)
    commit(session, act)
    session.expire(act, ["findings"])  # reloaded in the new order


def add_recommendation(
    session: Session, act_id: int, *, addressee: str = "", text: str = "", due_on: date | None = None
) -> Recommendation:
    act = draft_act(session, act_id)
    recommendation = Recommendation(
        position=len(act.recommendations) + 1, addressee=addressee.strip(), text=text, due_on=due_on
    )
    act.recommendations.append(recommendation)
    commit(session, act)
    return recommendation


def update_recommendation(session: Session, recommendation_id: int, **fields) -> Recommendation:
    """Change what a draft's recommendation says; its status is follow-up (``act_responses``)."""
    recommendation = _part(session, Recommendation, recommendation_id)
    act = draft_act(session, recommendation.act_id)
    _known(fields, RECOMMENDATION_FIELDS)
    for name, value in fields.items():
        if name == "due_on" and value is not None and not isinstance(value, date):
            raise ValidationError({"due_on": _("Enter a date.")})
        setattr(recommendation, name, (value or "") if name != "due_on" else value)
    commit(session, act)
    return recommendation


def remove_recommendation(session: Session, recommendation_id: int) -> None:
    recommendation = _part(session, Recommendation, recommendation_id)
    act = draft_act(session, recommendation.act_id)
    act.recommendations.remove(recommendation)
    _renumber(act.recommendations)
    commit(session, act)


def move_recommendation(session: Session, recommendation_id: int, *, position: int) -> None:
    recommendation = _part(session, Recommendation, recommendation_id)
    act = draft_act(session, recommendation.act_id)
    _move(act.recommendations, recommendation, position)
    commit(session, act)
    session.expire(act, ["recommendations"])


@dataclass(frozen=True)
class ParticipantChoice:
    """A member the editor offers as a participant; ``excluded`` says why one may not sign."""

    membership_id: int
    name: str  # "Г. Кандарова"
    role: MemberRole
    selected: bool
    excluded: str = ""  # translated reason, e.g. removed for a conflict of interest


def participant_choices(session: Session, act_id: int, *, today: date) -> list[ParticipantChoice]:
    """Members in the group during the monitoring; those removed from this object say why (C2)."""
    act = get_act(session, act_id)
    start = act.period_start or act.period_end or today
    end = act.period_end or act.period_start or today
    removed = removed_for_object(session, act.municipality_id, act.object_id, on=act.issued_on or today) if act.object_id else {}
    selected = {p.membership_id for p in act.participants}
    members = session.scalars(
        select(Membership).where(
            Membership.municipality_id == act.municipality_id,
            Membership.appointed_on <= end,
            (Membership.withdrawn_on.is_(None)) | (Membership.withdrawn_on >= start),
        ).order_by(Membership.id)
    ).all()
    return [
        ParticipantChoice(
            m.id, short_name(m.person.given_name, m.person.surname), m.role, m.id in selected,
            removed[m.id].reason if m.id in removed else "",
        )
        for m in members
    ]  # fmt: skip


def set_participants(session: Session, act_id: int, membership_ids: list[int], *, today: date) -> list[int]:
    """Make ``membership_ids`` the act's participants; refuses a member removed for a conflict."""
    act = draft_act(session, act_id)
    choices = {c.membership_id: c for c in participant_choices(session, act_id, today=today)}
    problems = {}
    for membership_id in membership_ids:
        choice = choices.get(membership_id)
        if choice is None:
            problems[f"participants.{membership_id}"] = _("Only members of the group during the monitoring can sign the act.")
        elif choice.excluded:
            problems[f"participants.{membership_id}"] = choice.excluded
    if problems:
        raise ValidationError(problems)
    wanted = list(dict.fromkeys(membership_ids))
    act.participants = [p for p in act.participants if p.membership_id in wanted] + [
        ActParticipant(membership_id=m) for m in wanted if m not in {p.membership_id for p in act.participants}
    ]
    commit(session, act)
    return wanted


def _part(session: Session, model, part_id: int):
    part = session.get(model, part_id)
    if part is None:
        raise NotFoundError(_("The part of the act was not found."))
    return part


def _known(fields: dict, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValueError(f"unknown fields: {unknown}")


def _renumber(items: list) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def _move(items: list, item, position: int) -> None:
    """New positions only: taking the item out of the collection would delete it as an orphan."""
    order = [other for other in items if other is not item]
    order.insert(max(0, min(position - 1, len(order))), item)
    _renumber(order)
