"""Gathering each section of the summary report from the database, as of the report's day.

Each function reads one area for ``period`` up to ``as_of`` and returns the plain lines of
``services.report``; nothing here writes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from bmb_desktop.domain import plan as plan_rules
from bmb_desktop.domain import report as rules
from bmb_desktop.domain.deadlines import DeadlineKind, make_deadline, object_must_respond
from bmb_desktop.domain.enums import (
    ActStatus, AddresseeKind, IndicatorKind, MeetingKind, MemberRole, MonitoringMethod, PlanItemStatus, PlanVersionStatus,
    ResponseKind,
)  # fmt: skip
from bmb_desktop.domain.indicators import assess
from bmb_desktop.domain.meetings import protocol_label
from bmb_desktop.domain.names import full_name, short_name
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.indicators import facts_of
from bmb_desktop.services.meeting_summary import meeting_summary
from bmb_desktop.services.plan import plan_of_year
from bmb_desktop.services.plan_progress import lineages, timing_text
from bmb_desktop.services.report import (
    ActLine, AnswerLine, ChangeLine, ConflictLine, Council, IndicatorLine, MeetingLine, MemberLine, MessageLine, NoticeLine,
    PlanFacts, PlanLine, RecommendationLine, SurveyLine,
)  # fmt: skip
from bmb_desktop.services.residents import messages_between, surveys_between
from bmb_desktop.storage.models import (
    Act, ActAddressee, ConflictDeclaration, Indicator, Meeting, Membership, MonitoredObject, Municipality, Notice, Person,
    Plan, PlanItem, PlanVersion, Posting, Recommendation,
)  # fmt: skip

ROLE_ORDER = {MemberRole.CHAIR: 0, MemberRole.DEPUTY_CHAIR: 1, MemberRole.SECRETARY: 2, MemberRole.MEMBER: 3}
ANSWERED_BY = {DeadlineKind.OBJECT_RESPONSE: ResponseKind.OBJECT_RESPONSE, DeadlineKind.AO_REPORT: ResponseKind.AO_REPORT_TO_COUNCIL}


def council(session: Session, municipality_id: int) -> Council:
    m = session.get(Municipality, municipality_id)
    if m is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    return Council(
        name=m.name, district=m.district, region=m.region, administrative_centre=m.administrative_centre,
        aiyl_okmotu_name=m.aiyl_okmotu_name, aiyl_okmotu_head=m.aiyl_okmotu_head, council_name=m.council_name,
        convocation=m.council_convocation, council_chair=m.council_chair,
    )  # fmt: skip


def chair_name(session: Session, municipality_id: int, as_of: date) -> str:
    chairs = [m for m in active_memberships(session, municipality_id, as_of) if m.role is MemberRole.CHAIR]
    return short_name(chairs[0].person.given_name, chairs[0].person.surname) if chairs else ""


def _full(person: Person) -> str:
    return full_name(person.surname, person.given_name, person.patronymic)


def composition(session: Session, municipality_id: int, period, as_of: date) -> tuple[list[MemberLine], list[ChangeLine]]:
    """The members on the report's day in roster order, and who joined or left during the period."""
    active = sorted(active_memberships(session, municipality_id, as_of), key=lambda m: (ROLE_ORDER[m.role], _full(m.person)))
    members = [MemberLine(_full(m.person), m.category, m.role, m.person.sex) for m in active]
    memberships = session.scalars(
        select(Membership).where(Membership.municipality_id == municipality_id).options(joinedload(Membership.person))
    )  # fmt: skip
    changes = []
    for m in memberships:
        if period.start <= m.appointed_on <= as_of:
            changes.append(ChangeLine(m.appointed_on, _full(m.person), True, m.category, m.role))
        if m.withdrawn_on is not None and period.start <= m.withdrawn_on <= as_of:
            changes.append(ChangeLine(m.withdrawn_on, _full(m.person), False, m.category, m.role, m.withdrawal_ground, m.withdrawal_note))
    return members, sorted(changes, key=lambda c: (c.on, not c.joined, c.full_name))


def conflicts(session: Session, municipality_id: int, period, as_of: date) -> list[ConflictLine]:
    declarations = session.scalars(
        select(ConflictDeclaration).join(Membership)
        .where(Membership.municipality_id == municipality_id, ConflictDeclaration.declared_on.between(period.start, as_of))
        .order_by(ConflictDeclaration.declared_on, ConflictDeclaration.id)
    )  # fmt: skip
    found = []
    for d in declarations:
        person = d.membership.person
        subject = d.subject
        if d.monitored_object_id is not None:
            subject = ", ".join(x for x in (session.get(MonitoredObject, d.monitored_object_id).name, d.subject) if x)
        removed = d.removed_from_monitoring and d.decided_on is not None and d.decided_on <= as_of
        found.append(ConflictLine(d.declared_on, short_name(person.given_name, person.surname), subject, removed))
    return found


def meetings(session: Session, municipality_id: int, period, as_of: date) -> list[MeetingLine]:
    found = session.scalars(
        select(Meeting)
        .where(Meeting.municipality_id == municipality_id, Meeting.held_on.between(period.start, as_of))
        .order_by(Meeting.held_on, Meeting.id)
    )  # fmt: skip
    lines = []
    for meeting in found:
        summary = meeting_summary(session, meeting.id)
        group = meeting.kind is MeetingKind.GROUP_MEETING
        lines.append(MeetingLine(
            label=protocol_label(meeting.number, meeting.year), kind=meeting.kind, held_on=meeting.held_on,
            title=meeting.place if group else meeting.title, membership=summary.membership, present=summary.present,
            quorum=summary.quorum, decisions=len(summary.decisions), participants=meeting.participants_count,
        ))  # fmt: skip
    return lines


def version_as_of(plan: Plan, as_of: date) -> PlanVersion | None:
    """The version the council had approved by ``as_of`` (the latest such), else the newest one."""
    decided = [
        v for v in plan.versions
        if v.status in (PlanVersionStatus.APPROVED, PlanVersionStatus.SUPERSEDED)
        and (v.approval_resolution is None or v.approval_resolution.adopted_on <= as_of)
    ]  # fmt: skip
    return decided[-1] if decided else (plan.versions[-1] if plan.versions else None)


def plan(session: Session, municipality_id: int, period, as_of: date) -> tuple[PlanFacts, list[PlanLine]]:
    """The year's plan item by item: carried out (an act issued), overdue, not due yet, cancelled."""
    found = plan_of_year(session, municipality_id, period.year)
    version = version_as_of(found, as_of) if found is not None else None
    if version is None:
        return PlanFacts(period.year, None, None), []
    resolution = version.approval_resolution
    approved = version.status in (PlanVersionStatus.APPROVED, PlanVersionStatus.SUPERSEDED)
    facts = PlanFacts(period.year, version.number, (resolution.number, resolution.adopted_on) if resolution and approved else None)
    lineage = lineages(found)
    ids = {member for item in version.items for member in lineage[item.id]}
    acts = list(session.scalars(
        select(Act).where(Act.plan_item_id.in_(ids), Act.status != ActStatus.DRAFT, Act.issued_on <= as_of)
        .order_by(Act.issued_on, Act.number)
    )) if ids else []  # fmt: skip
    lines = []
    for item in version.items:
        item_acts = [a for a in acts if a.plan_item_id in lineage[item.id]]
        due = plan_rules.due_date(item.quarter, item.starts_on, item.ends_on, year=period.year)
        state = rules.item_state(
            due, cancelled=item.status is PlanItemStatus.CANCELLED,
            first_act_on=item_acts[0].issued_on if item_acts else None, as_of=as_of,
        )  # fmt: skip
        lines.append(PlanLine(
            position=item.position, object_name=item.monitored_object.name if item.monitored_object else "",
            subject_kind=item.subject_kind, subject=item.subject, timing=timing_text(item.quarter, item.starts_on, item.ends_on),
            due_on=due, status=item.status, state=state, acts=tuple(a.display_number for a in item_acts),
            methods=tuple(m for m in MonitoringMethod if m in {x.method for x in item.methods}),
            responsible=tuple(_member_name(session, r.membership_id) for r in item.responsibles),
            cancel_reason=item.cancel_reason if item.status is PlanItemStatus.CANCELLED else "",
        ))  # fmt: skip
    return facts, lines


def _member_name(session: Session, membership_id: int) -> str:
    membership = session.get(Membership, membership_id)
    return short_name(membership.person.given_name, membership.person.surname) if membership else ""


def acts(session: Session, municipality_id: int, period, as_of: date):
    """The acts issued in the period, the answers they were owed and their recommendations."""
    found = list(session.scalars(
        select(Act)
        .where(Act.municipality_id == municipality_id, Act.status != ActStatus.DRAFT, Act.issued_on.between(period.start, as_of))
        .options(
            selectinload(Act.findings), selectinload(Act.recommendations).selectinload(Recommendation.notes),
            selectinload(Act.addressees).selectinload(ActAddressee.responses), joinedload(Act.monitored_object),
        )
        .order_by(Act.issued_on, Act.year, Act.number)
    ))  # fmt: skip
    replacing = {
        a.supersedes_act_id: a.display_number
        for a in session.scalars(select(Act).where(Act.municipality_id == municipality_id, Act.supersedes_act_id.is_not(None), Act.status != ActStatus.DRAFT, Act.issued_on <= as_of))
    }  # fmt: skip
    calendar = working_calendar(session)
    act_lines, answers, recommendations = [], [], []
    for act in found:
        line = _act_line(session, act, replacing.get(act.id, ""))
        act_lines.append(line)
        if line.superseded_by:
            continue  # the act that replaced it carries the answers and recommendations
        answers += _answers(act, calendar, as_of)
        recommendations += [
            RecommendationLine(act.display_number, r.addressee, r.text, r.due_on, rules.status_on(((n.noted_on, n.status) for n in r.notes), r.status, as_of))
            for r in act.recommendations
        ]  # fmt: skip
    return act_lines, answers, recommendations


def _act_line(session: Session, act: Act, superseded_by: str) -> ActLine:
    used = {f.method for f in act.findings if f.method is not None}
    if act.plan_item_id is not None:
        item = session.get(PlanItem, act.plan_item_id)
        used |= {m.method for m in item.methods}
    return ActLine(
        number=act.display_number, issued_on=act.issued_on, object_name=act.monitored_object.name if act.monitored_object else "",
        subject_kind=act.subject_kind, subject=act.subject, period_start=act.period_start, period_end=act.period_end,
        findings=tuple((f.kind, f.method, f.text) for f in act.findings), methods=tuple(m for m in MonitoringMethod if m in used),
        recommendations=len(act.recommendations), superseded_by=superseded_by,
    )  # fmt: skip


def _answers(act: Act, calendar, as_of: date) -> list[AnswerLine]:
    object_kind = act.monitored_object.kind if act.monitored_object else None
    lines = []
    for addressee in act.addressees:
        if addressee.received_on is None or addressee.received_on > as_of:
            continue
        if addressee.kind is AddresseeKind.OBJECT and object_must_respond(object_kind):
            kind = DeadlineKind.OBJECT_RESPONSE
        elif addressee.kind is AddresseeKind.AIYL_OKMOTU:
            kind = DeadlineKind.AO_REPORT
        else:
            continue
        responses = sorted((r for r in addressee.responses if r.kind is ANSWERED_BY[kind] and r.received_on <= as_of), key=lambda r: r.received_on)
        answered = responses[0].received_on if responses else None
        deadline = make_deadline(kind, addressee.received_on, calendar, answered)
        lines.append(AnswerLine(
            act_number=act.display_number, party=addressee.name, kind=kind, received_on=addressee.received_on,
            due_on=deadline.due_on, answered_on=answered, state=rules.answer_state(deadline.due_on, answered, as_of),
            measures=responses[0].measures if responses else "",
        ))  # fmt: skip
    return lines


def indicators(session: Session, municipality_id: int, period, as_of: date) -> list[IndicatorLine]:
    """Every indicator, assessed only on what was measured by the report's day."""
    kinds = list(IndicatorKind)
    found = session.scalars(
        select(Indicator).where(Indicator.municipality_id == municipality_id).options(selectinload(Indicator.measurements))
    )  # fmt: skip
    lines = []
    for indicator in found:
        facts = facts_of(indicator)
        facts = replace(facts, measurements=tuple(m for m in facts.measurements if m.period_end <= as_of))
        assessment = assess(facts, today=as_of)
        latest = assessment.latest
        descriptions = tuple(
            m.value_text for m in indicator.measurements
            if m.value_text and period.overlaps(m.period_start, m.period_end) and m.period_end <= as_of
        )  # fmt: skip
        lines.append(IndicatorLine(
            code=indicator.code, name=indicator.name, kind=indicator.kind, unit=indicator.unit,
            quantitative=indicator.quantitative, baseline=indicator.baseline, target=indicator.target,
            deadline=indicator.deadline, planned=assessment.planned, fact=float(latest.value) if latest else None,
            fact_on=latest.period_end if latest else None, source=assessment.main_source, outlook=assessment.outlook,
            key=indicator.key, descriptions=descriptions,
        ))  # fmt: skip
    return sorted(lines, key=lambda x: (kinds.index(x.kind), x.code.casefold(), x.name.casefold()))


def notices(session: Session, municipality_id: int, period, as_of: date) -> list[NoticeLine]:
    """Notices first posted in the period, with the number of boards they went up on then."""
    rows = session.execute(
        select(Notice, Posting.posted_on, Posting.board_id).join(Posting, Posting.notice_id == Notice.id)
        .where(Notice.municipality_id == municipality_id, Posting.posted_on.between(period.start, as_of))
    ).all()  # fmt: skip
    by_notice: dict[int, tuple[Notice, date, set[int]]] = {}
    for notice, posted_on, board_id in rows:
        current = by_notice.get(notice.id, (notice, posted_on, set()))
        by_notice[notice.id] = (notice, min(current[1], posted_on), current[2] | {board_id})
    lines = [NoticeLine(first, notice.kind, notice.title, len(boards)) for notice, first, boards in by_notice.values()]
    return sorted(lines, key=lambda n: (n.first_posted_on, n.title))


def residents(session: Session, municipality_id: int, period, as_of: date) -> tuple[list[MessageLine], list[SurveyLine]]:
    messages = []
    for m in messages_between(session, municipality_id, period.start, as_of):
        act = session.get(Act, m.act_id) if m.act_id is not None else None
        act = act if act is not None and act.issued_on is not None and act.issued_on <= as_of else None
        item = session.get(PlanItem, m.plan_item_id) if m.plan_item_id is not None else None
        answered = m.responded_on is not None and m.responded_on <= as_of
        messages.append(MessageLine(
            received_on=m.received_on, channel=m.channel, village=m.village.name if m.village else "",
            social_group=m.social_group, text=m.text, act_number=act.display_number if act else "",
            plan_item=item.position if item else None, response=m.response if answered else "",
            responded_on=m.responded_on if answered else None,
        ))  # fmt: skip
    surveys = [
        SurveyLine(s.surveyed_on, s.title, s.social_group, s.respondents, s.satisfied)
        for s in surveys_between(session, municipality_id, period.start, as_of)
    ]
    return messages, surveys
