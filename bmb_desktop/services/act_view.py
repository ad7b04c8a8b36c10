"""One act as the editor shows it: its content, attachments, addressees with their deadlines and
answers, and each recommendation's follow-up notes — plain values read in one session.

Changing any of it goes through ``acts``, ``act_parts``, ``act_issue``, ``act_responses`` and
``attachments``; this module only reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.acts import short_fingerprint
from bmb_desktop.domain.deadlines import DeadlineKind, DeadlineState, object_must_respond
from bmb_desktop.domain.enums import (
    ActStatus,
    AddresseeKind,
    DeliveryMethod,
    FindingKind,
    MonitoringMethod,
    ObjectKind,
    RecommendationStatus,
    ResponseKind,
    SubjectKind,
)
from bmb_desktop.services.act_issue import fingerprint_holds
from bmb_desktop.services.acts import get_act
from bmb_desktop.services.attachments import act_attachments
from bmb_desktop.services.deadlines import all_deadlines
from bmb_desktop.storage.models import Act, Attachment

# Which answer each addressee owes (A4, A5); the council owes none.
DEADLINE_OF = {AddresseeKind.OBJECT: DeadlineKind.OBJECT_RESPONSE, AddresseeKind.AIYL_OKMOTU: DeadlineKind.AO_REPORT}


@dataclass(frozen=True)
class FindingView:
    finding_id: int
    position: int
    kind: FindingKind
    method: MonitoringMethod | None
    text: str
    evidence_attachment_id: int | None


@dataclass(frozen=True)
class NoteView:
    noted_on: date
    status: RecommendationStatus
    text: str
    follow_up_act_id: int | None
    follow_up_number: str  # "4/2026"


@dataclass(frozen=True)
class RecommendationView:
    recommendation_id: int
    position: int
    addressee: str
    text: str
    due_on: date | None
    status: RecommendationStatus
    status_reason: str
    notes: tuple[NoteView, ...] = ()


@dataclass(frozen=True)
class AttachmentView:
    attachment_id: int
    file_name: str
    description: str
    size_bytes: int
    sha256: str
    media_type: str


@dataclass(frozen=True)
class ResponseView:
    response_id: int
    kind: ResponseKind
    received_on: date
    causes: str
    measures: str
    attachment_id: int | None
    attachment_name: str


@dataclass(frozen=True)
class AddresseeView:
    addressee_id: int
    kind: AddresseeKind
    name: str
    delivery_method: DeliveryMethod | None
    sent_on: date | None
    received_on: date | None
    receiver_name: str
    responses: tuple[ResponseView, ...]
    answers: bool  # whether it owes an answer (A4 or A5)
    due_on: date | None  # the day the answer is due, once the act was received
    deadline: DeadlineState | None
    days_late: int = 0


@dataclass(frozen=True)
class ActView:
    act_id: int
    status: ActStatus
    number: str  # "4/2026"; empty for a draft
    issued_on: date | None
    plan_item_id: int | None
    object_id: int | None
    object_name: str
    object_kind: ObjectKind | None
    subject_kind: SubjectKind | None
    subject: str
    purpose: str
    place: str
    period_start: date | None
    period_end: date | None
    fingerprint: str
    fingerprint_holds: bool
    supersedes_act_id: int | None
    supersedes_number: str
    superseded_by_number: str
    updated_at: datetime | None
    findings: tuple[FindingView, ...]
    recommendations: tuple[RecommendationView, ...]
    participant_ids: tuple[int, ...]
    attachments: tuple[AttachmentView, ...]
    addressees: tuple[AddresseeView, ...]

    @property
    def is_draft(self) -> bool:
        return self.status is ActStatus.DRAFT

    @property
    def short_code(self) -> str:
        return short_fingerprint(self.fingerprint) if self.fingerprint else ""


def act_view(session: Session, act_id: int, municipality_id: int, *, today: date) -> ActView:
    act = get_act(session, act_id, municipality_id)
    numbers = _numbers(session, municipality_id)
    old = session.get(Act, act.supersedes_act_id) if act.supersedes_act_id else None
    newer = session.scalar(select(Act).where(Act.supersedes_act_id == act.id, Act.status != ActStatus.DRAFT))
    monitored = act.monitored_object
    return ActView(
        act_id=act.id, status=act.status, number=act.display_number, issued_on=act.issued_on,
        plan_item_id=act.plan_item_id, object_id=act.object_id, object_name=monitored.name if monitored else "",
        object_kind=monitored.kind if monitored else None, subject_kind=act.subject_kind, subject=act.subject,
        purpose=act.purpose, place=act.place, period_start=act.period_start, period_end=act.period_end,
        fingerprint=act.fingerprint,
        fingerprint_holds=act.status is ActStatus.DRAFT or fingerprint_holds(session, act),
        supersedes_act_id=act.supersedes_act_id, supersedes_number=old.display_number if old else "",
        superseded_by_number=newer.display_number if newer else "", updated_at=act.updated_at,
        findings=tuple(
            FindingView(f.id, f.position, f.kind, f.method, f.text, f.evidence_attachment_id) for f in act.findings
        ),
        recommendations=tuple(_recommendation(r, numbers) for r in act.recommendations),
        participant_ids=tuple(p.membership_id for p in act.participants),
        attachments=tuple(
            AttachmentView(a.id, a.file_name, a.description, a.size_bytes, a.sha256, a.media_type)
            for a in act_attachments(session, act.id)
        ),
        addressees=_addressees(session, act, today),
    )  # fmt: skip


def _numbers(session: Session, municipality_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Act.id, Act.number, Act.year).where(Act.municipality_id == municipality_id, Act.number.is_not(None))
    )
    return {act_id: f"{number}/{year}" for act_id, number, year in rows}


def _recommendation(recommendation, numbers: dict[int, str]) -> RecommendationView:
    notes = tuple(
        NoteView(n.noted_on, n.status, n.text, n.follow_up_act_id, numbers.get(n.follow_up_act_id, ""))
        for n in recommendation.notes
    )
    return RecommendationView(
        recommendation.id, recommendation.position, recommendation.addressee, recommendation.text,
        recommendation.due_on, recommendation.status, recommendation.status_reason, notes,
    )  # fmt: skip


def _addressees(session: Session, act: Act, today: date) -> tuple[AddresseeView, ...]:
    if act.status is ActStatus.DRAFT:
        return ()
    deadlines = {item.kind: item for item in all_deadlines(session, act.municipality_id, today=today) if item.act_id == act.id}
    object_kind = act.monitored_object.kind if act.monitored_object else None
    views = []
    for addressee in act.addressees:
        kind = DEADLINE_OF.get(addressee.kind)
        answers = kind is not None and (addressee.kind is not AddresseeKind.OBJECT or object_must_respond(object_kind))
        item = deadlines.get(kind) if answers else None
        responses = tuple(_response(session, r) for r in sorted(addressee.responses, key=lambda r: (r.received_on, r.id)))
        views.append(AddresseeView(
            addressee.id, addressee.kind, addressee.name, addressee.delivery_method, addressee.sent_on,
            addressee.received_on, addressee.receiver_name, responses, answers,
            item.deadline.due_on if item else None, item.state if item else None,
            item.deadline.days_late(today) if item else 0,
        ))  # fmt: skip
    order = list(AddresseeKind)
    return tuple(sorted(views, key=lambda view: order.index(view.kind)))


def _response(session: Session, response) -> ResponseView:
    scan = session.get(Attachment, response.attachment_id) if response.attachment_id else None
    return ResponseView(
        response.id, response.kind, response.received_on, response.causes, response.measures,
        response.attachment_id, scan.file_name if scan else "",
    )  # fmt: skip
