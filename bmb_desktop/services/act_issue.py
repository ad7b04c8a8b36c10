"""Issuing an act: the completeness check, the number and date, the fingerprint, the addressees,
and correcting a mistake by a new act that supersedes the old one (A1, A3, A7).

Once issued, the database refuses any change to the act's content (migration 0006). A mistake is
fixed by ``start_correction``: a new draft with the same content that, when issued, marks the old
act superseded. Both remain.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.acts import (
    ActContent,
    AttachmentContent,
    FindingContent,
    RecommendationContent,
    completeness_problems,
    fingerprint,
    fingerprint_code,
    next_number,
)
from bmb_desktop.domain.enums import ActStatus, AddresseeKind, ObjectKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.dates import document_date
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.services.acts import commit, draft_act, get_act
from bmb_desktop.services.conflicts import removed_for_object
from bmb_desktop.storage.models import (
    Act,
    ActAddressee,
    ActParticipant,
    Attachment,
    Finding,
    Municipality,
    Recommendation,
)


def act_content(session: Session, act: Act, **overrides) -> ActContent:
    """The act as the fingerprint and the completeness rules see it; ``overrides`` for issuing."""
    attachments = session.scalars(select(Attachment).where(Attachment.act_id == act.id).order_by(Attachment.id)).all()
    checksums = {a.id: a.sha256 for a in attachments}
    superseded = session.get(Act, act.supersedes_act_id) if act.supersedes_act_id else None
    values = dict(
        number=act.number, year=act.year, issued_on=act.issued_on, object_id=act.object_id,
        plan_item_id=act.plan_item_id, subject_kind=act.subject_kind, subject=act.subject,
        purpose=act.purpose, place=act.place, period_start=act.period_start, period_end=act.period_end,
        findings=tuple(
            FindingContent(f.kind, f.method, f.text, checksums.get(f.evidence_attachment_id))
            for f in act.findings
        ),
        recommendations=tuple(RecommendationContent(r.addressee, r.text, r.due_on) for r in act.recommendations),
        participant_ids=tuple(p.membership_id for p in act.participants),
        attachments=tuple(AttachmentContent(a.file_name, a.sha256) for a in attachments),
        supersedes_fingerprint=superseded.fingerprint if superseded else "",
    )  # fmt: skip
    values.update(overrides)
    return ActContent(**values)


def issue_problems(session: Session, act_id: int, *, issued_on: date | None) -> dict[str, str]:
    """What is missing before the act can be issued on ``issued_on``, one message per field."""
    act = get_act(session, act_id)
    content = act_content(session, act, issued_on=issued_on)
    removed = {}
    if act.object_id is not None:
        day = issued_on or act.period_end or date.today()
        removals = removed_for_object(session, act.municipality_id, act.object_id, on=day)
        removed = {membership_id: removal.reason for membership_id, removal in removals.items()}
    problems = completeness_problems(content, removed=removed)
    if issued_on is not None and "issued_on" not in problems:
        later = _latest_issued(session, act.municipality_id, issued_on.year)
        if later is not None and later.issued_on > issued_on:
            problems["issued_on"] = _(
                "Act {number} is dated {date}; a later number cannot carry an earlier date.",
                number=later.display_number, date=document_date(later.issued_on, current_language()),
            )
    return problems


def issue_act(session: Session, act_id: int, *, issued_on: date) -> Act:
    """Number, date and freeze a complete draft; the act it corrects becomes superseded.

    Raises ValidationError listing everything that is missing. Creates the addressees of A3.
    """
    act = draft_act(session, act_id)
    problems = issue_problems(session, act_id, issued_on=issued_on)
    if problems:
        raise ValidationError(problems)
    year = issued_on.year
    numbers = session.scalars(select(Act.number).where(Act.municipality_id == act.municipality_id, Act.year == year))
    number = next_number(numbers)
    content = act_content(session, act, number=number, year=year, issued_on=issued_on)
    act.number, act.year, act.issued_on = number, year, issued_on
    act.fingerprint = fingerprint(content)
    act.status = ActStatus.ISSUED
    act.updated_at = datetime.now(timezone.utc)
    if act.supersedes_act_id is not None:
        old = session.get(Act, act.supersedes_act_id)
        old.status, old.updated_at = ActStatus.SUPERSEDED, act.updated_at
    if not act.addressees:
        act.addressees = default_addressees(session, act)
    commit(session, act)
    return act


def default_addressees(session: Session, act: Act) -> list[ActAddressee]:
    """The object, the aiyl okmotu and the council (A3); the object only when it is not the AO."""
    municipality = session.get(Municipality, act.municipality_id)
    addressees = []
    monitored = act.monitored_object
    if monitored is not None and monitored.kind is not ObjectKind.AIYL_OKMOTU:
        addressees.append(ActAddressee(kind=AddresseeKind.OBJECT, name=monitored.name))
    addressees.append(ActAddressee(kind=AddresseeKind.AIYL_OKMOTU, name=municipality.aiyl_okmotu_name))
    addressees.append(ActAddressee(kind=AddresseeKind.COUNCIL, name=municipality.council_name))
    return addressees


def start_correction(session: Session, act_id: int) -> Act:
    """A new draft with the content of issued act ``act_id``, to be corrected and issued in its place."""
    old = get_act(session, act_id)
    if old.status is not ActStatus.ISSUED:
        raise UserError(_("Only an issued act in force can be corrected by a new act."))
    pending = session.scalar(select(Act).where(Act.supersedes_act_id == old.id, Act.status == ActStatus.DRAFT))
    if pending is not None:
        return pending
    new = Act(
        municipality_id=old.municipality_id, status=ActStatus.DRAFT, plan_item_id=old.plan_item_id,
        object_id=old.object_id, subject_kind=old.subject_kind, subject=old.subject, purpose=old.purpose,
        place=old.place, period_start=old.period_start, period_end=old.period_end, supersedes_act_id=old.id,
        participants=[ActParticipant(membership_id=p.membership_id) for p in old.participants],
        recommendations=[
            Recommendation(position=r.position, addressee=r.addressee, text=r.text, due_on=r.due_on,
                           status=r.status, status_reason=r.status_reason)
            for r in old.recommendations
        ],
    )  # fmt: skip
    session.add(new)
    session.flush()
    copies = {}
    for attachment in session.scalars(select(Attachment).where(Attachment.act_id == old.id).order_by(Attachment.id)):
        copy = Attachment(
            municipality_id=attachment.municipality_id, file_name=attachment.file_name, media_type=attachment.media_type,
            size_bytes=attachment.size_bytes, sha256=attachment.sha256, description=attachment.description, act_id=new.id,
        )  # fmt: skip
        session.add(copy)
        copies[attachment.id] = copy
    session.flush()
    new.findings = [
        Finding(position=f.position, kind=f.kind, method=f.method, text=f.text,
                evidence_attachment_id=copies[f.evidence_attachment_id].id if f.evidence_attachment_id in copies else None)
        for f in old.findings
    ]  # fmt: skip
    commit(session, new)
    return new


def fingerprint_holds(session: Session, act: Act) -> bool:
    """Whether an issued act's content still gives the fingerprint stored when it was issued."""
    return bool(act.fingerprint) and fingerprint(act_content(session, act)) == act.fingerprint


def find_by_fingerprint(session: Session, municipality_id: int, code: str) -> Act | None:
    """The issued (or superseded) act whose fingerprint starts with ``code`` (12 to 64 hex digits)."""
    digits = fingerprint_code(code)
    if digits is None:
        return None
    return session.scalar(
        select(Act).where(
            Act.municipality_id == municipality_id, Act.status != ActStatus.DRAFT, Act.fingerprint.startswith(digits)
        )
    )


def _latest_issued(session: Session, municipality_id: int, year: int) -> Act | None:
    return session.scalar(
        select(Act).where(Act.municipality_id == municipality_id, Act.year == year, Act.number.is_not(None))
        .order_by(Act.number.desc()).limit(1)
    )  # fmt: skip
