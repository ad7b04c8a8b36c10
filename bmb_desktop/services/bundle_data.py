"""The period's data as JSON (``data.json`` of the bundle, format described in BUNDLE_FORMAT.md).

Records carry no database ids: each has a natural key (an act "3/2026", a person's name and birth
date, a meeting's kind, year and protocol number …) and refers to others by their keys, so the
same data reads the same from any database that holds it. Lists are sorted by key, so exporting
the same period twice, or from a database the bundle was imported into, gives identical JSON.

What a period holds: the municipality with its villages, regulation profile, council sessions
and resolutions, people and memberships, conflict declarations, monitored objects, notice boards
and indicators (all of them: they are few and every part refers to them); the plan of the
period's year; the meetings held, the acts issued and the letters sent in the period; the
notices created or posted in it; residents' messages and survey results of the period; the
summary report draft. Acts, meetings and plans that these refer to are taken along, so every
reference can be resolved on import. Drafts of acts have no number and are not exported.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import NotFoundError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage import models as m

FORMAT = "bmb-desktop-period-data"
VERSION = 1


def iso(value):
    """Dates "2026-04-06", times "10:00:00", moments in UTC without a zone; enums by value."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


# Natural keys, shared with the import.
def person_key(p: m.Person) -> str:
    return "|".join((p.surname, p.given_name, p.patronymic, iso(p.birth_date) or ""))


def membership_key(ms: m.Membership | None) -> str | None:
    return None if ms is None else "|".join((person_key(ms.person), iso(ms.appointed_on), ms.category.value))


def resolution_key(r: m.Resolution | None) -> str | None:
    return None if r is None else f"{r.number}|{iso(r.adopted_on)}"


def object_key(o: m.MonitoredObject | None) -> str | None:
    return None if o is None else f"{o.name}|{o.kind.value}"


def act_key(a: m.Act | None) -> str | None:
    return a.display_number or None if a is not None else None


def meeting_key(mt: m.Meeting | None) -> str | None:
    if mt is None:
        return None
    if mt.number is not None:
        return f"{mt.kind.value}|{mt.year}|{mt.number}"
    return f"{mt.kind.value}|{iso(mt.held_on)}|{mt.title or mt.place}"


def item_key(item: m.PlanItem | None) -> str | None:
    return None if item is None else f"{item.version.plan.year}|{item.version.number}|{item.position}"


def version_key(v: m.PlanVersion | None) -> str | None:
    return None if v is None else f"{v.plan.year}|{v.number}"


def notice_key(n: m.Notice) -> str:
    return f"{n.kind.value}|{iso(n.created_on)}|{n.title}"


def indicator_key(i: m.Indicator) -> str:
    return f"{i.programme}|{i.code}|{i.name}"


def letter_key(x: m.Letter) -> str:
    return f"{x.kind.value}|{x.number}|{iso(x.sent_on)}"


def period_data(session: Session, municipality_id: int, period: Period) -> dict:
    """The JSON document of ``period``: plain dicts, lists, strings and numbers."""
    municipality = session.get(m.Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(_("The municipality was not found in this database."))
    from bmb_desktop.services.bundle_scope import PeriodScope

    scope = PeriodScope(session, municipality_id, period)
    get = session.get
    return {
        "format": FORMAT, "version": VERSION,
        "period": {"year": period.year, "half": period.half, "start": iso(period.start), "end": iso(period.end)},
        "municipality": municipality_json(municipality),
        "regulation": regulation_json(municipality.regulation),
        "council_sessions": sorted((session_json(s) for s in scope.all(m.CouncilSession)), key=lambda s: (s["convocation"], s["number"])),
        "resolutions": sorted((resolution_json(r) for r in scope.all(m.Resolution)), key=lambda r: r["key"]),
        "persons": sorted((person_json(p) for p in scope.all(m.Person)), key=lambda p: p["key"]),
        "memberships": sorted((membership_json(x) for x in scope.all(m.Membership)), key=lambda x: x["key"]),
        "objects": sorted((object_json(o) for o in scope.all(m.MonitoredObject)), key=lambda o: o["key"]),
        "conflicts": sorted((conflict_json(get, c) for c in scope.conflicts()), key=_conflict_order),
        "plans": [plan_json(p) for p in sorted(scope.plans, key=lambda p: p.year)],
        "acts": [act_json(session, a) for a in sorted(scope.acts, key=lambda a: (a.year, a.number))],
        "meetings": sorted((meeting_json(session, x) for x in scope.meetings), key=lambda x: (x["held_on"], x["key"])),
        "letters": sorted((letter_json(get, x) for x in scope.letters()), key=lambda x: x["key"]),
        "indicators": sorted((indicator_json(i) for i in scope.all(m.Indicator)), key=lambda i: i["key"]),
        "notice_boards": sorted((board_json(b) for b in scope.all(m.NoticeBoard)), key=lambda b: b["name"]),
        "notices": sorted((notice_json(session, n) for n in scope.notices), key=lambda n: n["key"]),
        "resident_messages": sorted((message_json(get, x) for x in scope.messages()), key=lambda x: (x["received_on"], x["channel"], x["text"])),
        "survey_results": sorted((survey_json(s) for s in scope.surveys()), key=lambda s: (s["surveyed_on"], s["title"], s["social_group"] or "")),
        "summary_report": report_json(scope.summary_report()),
    }  # fmt: skip


def municipality_json(x: m.Municipality) -> dict:
    fields = ("name", "district", "region", "administrative_centre", "aiyl_okmotu_name", "aiyl_okmotu_head", "council_name",
              "council_convocation", "council_formed_on", "council_chair", "responsible_secretary", "phone")  # fmt: skip
    return {**{f: iso(getattr(x, f)) for f in fields}, "villages": [v.name for v in sorted(x.villages, key=lambda v: (v.position, v.name))]}


REGULATION_FIELDS = (
    "name", "preset", "min_size", "max_size", "odd_size_required", "min_employee_percent", "min_deputy_percent",
    "min_citizen_percent", "max_one_sex_percent", "chair_rule", "term_months", "min_meetings_per_quarter",
    "protocol_signers", "decision_majority", "group_created_on",
)  # fmt: skip


def regulation_json(x: m.RegulationProfile | None) -> dict | None:
    if x is None:
        return None
    return {**{f: iso(getattr(x, f)) for f in REGULATION_FIELDS}, "basis_resolution": resolution_key(x.basis_resolution)}


def session_json(s: m.CouncilSession) -> dict:
    return {"convocation": s.convocation, "number": s.number, "extraordinary": s.extraordinary, "held_on": iso(s.held_on)}


def resolution_json(r: m.Resolution) -> dict:
    session = {"convocation": r.session.convocation, "number": r.session.number} if r.session else None
    return {"key": resolution_key(r), "number": r.number, "adopted_on": iso(r.adopted_on), "title": r.title, "session": session}


def person_json(p: m.Person) -> dict:
    return {
        "key": person_key(p), "surname": p.surname, "given_name": p.given_name, "patronymic": p.patronymic,
        "sex": iso(p.sex), "birth_date": iso(p.birth_date), "village": p.village.name if p.village else None,
        "phone": p.phone, "position": p.position,
    }  # fmt: skip


def membership_json(x: m.Membership) -> dict:
    return {
        "key": membership_key(x), "person": person_key(x.person), "category": iso(x.category), "role": iso(x.role),
        "basis_resolution": resolution_key(x.basis_resolution), "basis_text": x.basis_text, "appointed_on": iso(x.appointed_on),
        "term_ends_on": iso(x.term_ends_on), "status": iso(x.status), "withdrawn_on": iso(x.withdrawn_on),
        "withdrawal_ground": iso(x.withdrawal_ground), "withdrawal_note": x.withdrawal_note, "replaces": membership_key(x.replaces),
    }  # fmt: skip


def object_json(o: m.MonitoredObject) -> dict:
    return {"key": object_key(o), "name": o.name, "kind": iso(o.kind), "head_name": o.head_name,
            "contact_person": o.contact_person, "phone": o.phone, "address": o.address}  # fmt: skip


def conflict_json(get, c: m.ConflictDeclaration) -> dict:
    obj = get(m.MonitoredObject, c.monitored_object_id) if c.monitored_object_id else None
    return {
        "membership": membership_key(c.membership), "object": object_key(obj), "subject": c.subject,
        "declared_on": iso(c.declared_on), "statement": c.statement, "removed_from_monitoring": c.removed_from_monitoring,
        "decided_on": iso(c.decided_on), "decision_note": c.decision_note,
    }  # fmt: skip


def _conflict_order(c: dict) -> tuple:
    return (c["declared_on"], c["membership"], c["object"] or "", c["subject"])


def plan_json(plan: m.Plan) -> dict:
    return {"year": plan.year, "versions": [version_json(v) for v in plan.versions]}


def version_json(v: m.PlanVersion) -> dict:
    return {
        "number": v.number, "status": iso(v.status), "discussed_on": iso(v.discussed_on),
        "aiyl_okmotu_proposals": v.aiyl_okmotu_proposals, "submitted_on": iso(v.submitted_on),
        "approval_resolution": resolution_key(v.approval_resolution), "amendment_reason": v.amendment_reason,
        "proposals": [{"position": p.position, "text": p.text, "accepted": p.accepted, "answer": p.answer} for p in v.proposals],
        "items": [item_json(i) for i in v.items],
    }  # fmt: skip


ITEM_TEXTS = ("subject", "purpose", "information_sources", "resources_needed", "involvement", "analysis_method", "cancel_reason")


def item_json(i: m.PlanItem) -> dict:
    source = object_session_get(i, m.PlanItem, i.source_item_id)
    return {
        "position": i.position, "object": object_key(i.monitored_object), "subject_kind": iso(i.subject_kind),
        **{f: getattr(i, f) for f in ITEM_TEXTS}, "quarter": i.quarter, "starts_on": iso(i.starts_on),
        "ends_on": iso(i.ends_on), "status": iso(i.status), "source_item": item_key(source),
        "methods": sorted(iso(x.method) for x in i.methods),
        "responsibles": sorted(membership_key(object_session_get(i, m.Membership, r.membership_id)) for r in i.responsibles),
    }  # fmt: skip


def object_session_get(record, model, record_id):
    from sqlalchemy.orm import object_session

    return object_session(record).get(model, record_id) if record_id is not None else None


def attachment_json(a: m.Attachment | None) -> dict | None:
    if a is None:
        return None
    return {"sha256": a.sha256, "file_name": a.file_name, "media_type": a.media_type, "size": a.size_bytes,
            "description": a.description, "added_at": iso(a.added_at)}  # fmt: skip


def _attachments_of(session: Session, **owner) -> list[m.Attachment]:
    column, value = next(iter(owner.items()))
    return list(session.scalars(select(m.Attachment).where(getattr(m.Attachment, column) == value).order_by(m.Attachment.sha256, m.Attachment.file_name, m.Attachment.id)))


def act_json(session: Session, a: m.Act) -> dict:
    get = session.get
    evidence = {x.id: x for x in _attachments_of(session, act_id=a.id)}
    return {
        "key": act_key(a), "year": a.year, "number": a.number, "status": iso(a.status), "issued_on": iso(a.issued_on),
        "plan_item": item_key(get(m.PlanItem, a.plan_item_id) if a.plan_item_id else None), "object": object_key(a.monitored_object),
        "subject_kind": iso(a.subject_kind), "subject": a.subject, "purpose": a.purpose, "place": a.place,
        "period_start": iso(a.period_start), "period_end": iso(a.period_end), "fingerprint": a.fingerprint,
        "supersedes": act_key(get(m.Act, a.supersedes_act_id) if a.supersedes_act_id else None), "updated_at": iso(a.updated_at),
        "participants": sorted(membership_key(p.membership) for p in a.participants),
        "attachments": [attachment_json(x) for x in evidence.values()],
        "findings": [
            {"position": f.position, "kind": iso(f.kind), "method": iso(f.method), "text": f.text,
             "evidence": _evidence_ref(evidence.get(f.evidence_attachment_id))}
            for f in a.findings
        ],
        "recommendations": [
            {"position": r.position, "addressee": r.addressee, "text": r.text, "due_on": iso(r.due_on), "status": iso(r.status),
             "status_reason": r.status_reason,
             "notes": [{"noted_on": iso(n.noted_on), "status": iso(n.status), "text": n.text,
                        "follow_up_act": act_key(get(m.Act, n.follow_up_act_id) if n.follow_up_act_id else None)} for n in r.notes]}
            for r in a.recommendations
        ],
        "addressees": sorted((addressee_json(get, x) for x in a.addressees), key=lambda x: (x["kind"], x["name"])),
    }  # fmt: skip


def _evidence_ref(a: m.Attachment | None) -> dict | None:
    return None if a is None else {"sha256": a.sha256, "file_name": a.file_name}


def addressee_json(get, x: m.ActAddressee) -> dict:
    return {
        "kind": iso(x.kind), "name": x.name, "delivery_method": iso(x.delivery_method), "sent_on": iso(x.sent_on),
        "received_on": iso(x.received_on), "receiver_name": x.receiver_name,
        "responses": sorted((
            {"kind": iso(r.kind), "received_on": iso(r.received_on), "causes": r.causes, "measures": r.measures,
             "attachment": attachment_json(get(m.Attachment, r.attachment_id) if r.attachment_id else None)}
            for r in x.responses), key=lambda r: (r["received_on"], r["kind"], r["measures"])),
    }  # fmt: skip


MEETING_TEXTS = ("place", "title", "chaired_by_name", "secretary_name", "guests")


def meeting_json(session: Session, x: m.Meeting) -> dict:
    get = session.get
    return {
        "key": meeting_key(x), "kind": iso(x.kind), "year": x.year, "number": x.number, "held_on": iso(x.held_on),
        "starts_at": iso(x.starts_at), **{f: getattr(x, f) for f in MEETING_TEXTS},
        "chair": membership_key(get(m.Membership, x.chair_membership_id) if x.chair_membership_id else None),
        "secretary": membership_key(get(m.Membership, x.secretary_membership_id) if x.secretary_membership_id else None),
        "participants_count": x.participants_count,
        "plan_item": item_key(get(m.PlanItem, x.plan_item_id) if x.plan_item_id else None), "status": iso(x.status),
        "attendance": sorted(({"membership": membership_key(a.membership), "present": a.present, "note": a.note} for a in x.attendance), key=lambda a: a["membership"]),
        "agenda": [
            {"position": i.position, "title": i.title, "heard": i.heard, "spoke": i.spoke, "decisions": [
                {"position": d.position, "text": d.text, "votes_for": d.votes_for, "votes_against": d.votes_against,
                 "votes_abstained": d.votes_abstained,
                 "plan_version": version_key(get(m.PlanVersion, d.plan_version_id) if d.plan_version_id else None),
                 "act": act_key(get(m.Act, d.act_id) if d.act_id else None),
                 "membership": membership_key(get(m.Membership, d.membership_id) if d.membership_id else None),
                 "recusals": sorted(membership_key(get(m.Membership, r.membership_id)) for r in d.recusals)}
                for d in i.decisions]}
            for i in x.agenda_items
        ],
        "candidates": [
            {"position": c.position, "person": person_key(get(m.Person, c.person_id)) if c.person_id else None,
             "full_name": c.full_name, "votes_for": c.votes_for}
            for c in x.candidates
        ],
        "attachments": [attachment_json(a) for a in _attachments_of(session, meeting_id=x.id)],
    }  # fmt: skip


def letter_json(get, x: m.Letter) -> dict:
    return {
        "key": letter_key(x), "kind": iso(x.kind), "number": x.number, "sent_on": iso(x.sent_on),
        "object": object_key(get(m.MonitoredObject, x.object_id) if x.object_id else None),
        "act": act_key(get(m.Act, x.act_id) if x.act_id else None),
        "plan_item": item_key(get(m.PlanItem, x.plan_item_id) if x.plan_item_id else None),
        "addressee": x.addressee, "subject": x.subject, "body": x.body, "received_on": iso(x.received_on),
        "answered_on": iso(x.answered_on),
    }  # fmt: skip


INDICATOR_FIELDS = ("programme", "code", "name", "kind", "quantitative", "unit", "baseline", "baseline_text", "baseline_on",
                    "target", "target_text", "deadline")  # fmt: skip


def indicator_json(i: m.Indicator) -> dict:
    return {
        "key": indicator_key(i), **{f: iso(getattr(i, f)) for f in INDICATOR_FIELDS}, "dashboard": i.key,
        "measurements": sorted((
            {"period_start": iso(x.period_start), "period_end": iso(x.period_end), "value": x.value, "value_text": x.value_text,
             "source": iso(x.source), "note": x.note}
            for x in i.measurements), key=lambda x: (x["period_end"], x["period_start"], x["source"], x["note"])),
    }  # fmt: skip


def board_json(b: m.NoticeBoard) -> dict:
    return {"name": b.name, "location": b.location, "position": b.position, "in_use": b.in_use}


def notice_json(session: Session, n: m.Notice) -> dict:
    get = session.get
    return {
        "key": notice_key(n), "kind": iso(n.kind), "title": n.title, "body": n.body, "created_on": iso(n.created_on),
        "paper_size": n.paper_size, "event_on": iso(n.event_on), "event_time": iso(n.event_time), "event_place": n.event_place,
        "meeting": meeting_key(get(m.Meeting, n.meeting_id) if n.meeting_id else None),
        "act": act_key(get(m.Act, n.act_id) if n.act_id else None),
        "resolution": resolution_key(get(m.Resolution, n.resolution_id) if n.resolution_id else None),
        "plan_item": item_key(get(m.PlanItem, n.plan_item_id) if n.plan_item_id else None),
        "postings": sorted((
            {"board": p.board.name, "posted_on": iso(p.posted_on), "posted_by": p.posted_by, "removed_on": iso(p.removed_on),
             "photo": attachment_json(get(m.Attachment, p.photo_attachment_id) if p.photo_attachment_id else None)}
            for p in n.postings), key=lambda p: (p["posted_on"], p["board"])),
    }  # fmt: skip


def message_json(get, x: m.ResidentMessage) -> dict:
    return {
        "received_on": iso(x.received_on), "channel": iso(x.channel), "village": x.village.name if x.village else None,
        "social_group": iso(x.social_group), "text": x.text, "act": act_key(get(m.Act, x.act_id) if x.act_id else None),
        "plan_item": item_key(get(m.PlanItem, x.plan_item_id) if x.plan_item_id else None),
        "response": x.response, "responded_on": iso(x.responded_on),
    }  # fmt: skip


def survey_json(s: m.SurveyResult) -> dict:
    return {"surveyed_on": iso(s.surveyed_on), "title": s.title, "social_group": iso(s.social_group),
            "respondents": s.respondents, "satisfied": s.satisfied}  # fmt: skip


def report_json(r: m.SummaryReport | None) -> dict | None:
    if r is None:
        return None
    return {"conclusions": r.conclusions, "proposals": r.proposals, "presented_on": iso(r.presented_on), "updated_at": iso(r.updated_at)}


def attachment_hashes(data: dict) -> set[str]:
    """Every file the data refers to, by its SHA-256."""
    found = set()
    for act in data["acts"]:
        found |= {a["sha256"] for a in act["attachments"]}
        found |= {r["attachment"]["sha256"] for x in act["addressees"] for r in x["responses"] if r["attachment"]}
    for meeting in data["meetings"]:
        found |= {a["sha256"] for a in meeting["attachments"]}
    for notice in data["notices"]:
        found |= {p["photo"]["sha256"] for p in notice["postings"] if p["photo"]}
    return found
