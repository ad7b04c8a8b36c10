"""Each area of the bundle's data brought into the database by ``bundle_import.Importer``.

Functions take the importer (session, data, key tables) and bring one area in line with the
bundle: find by natural key, create what is missing, change only what differs, keep frozen
records frozen. The order matters: what others refer to comes first.
"""

from __future__ import annotations

from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, MeetingStatus, PlanVersionStatus
from bmb_desktop.locale.i18n import _
from bmb_desktop.services import bundle_data as out
from bmb_desktop.services.bundle_import import FROZEN_VERSION, Importer, convert, frozen_act_view, frozen_version_view
from bmb_desktop.storage import models as m

ROW = {"villages"}  # municipality keys that are not columns


def _fields(record: dict, *names: str) -> dict:
    return {name: record[name] for name in names}


def municipality(imp: Importer) -> m.Municipality:
    d = imp.data["municipality"]
    found = imp.one(m.Municipality, m.Municipality.name == d["name"], m.Municipality.district == d["district"], m.Municipality.region == d["region"])
    if found is None:
        found = imp.add(m.Municipality(name=d["name"], district=d["district"], region=d["region"]))
        imp.flush()
    imp.set(found, {k: v for k, v in d.items() if k not in ROW})
    existing = {v.name: v for v in found.villages}
    for position, name in enumerate(d["villages"], start=1):
        village = existing.get(name) or imp.add(m.Village(municipality_id=found.id, name=name, position=position))
        imp.set(village, {"position": position})
        imp.villages[name] = village
    imp.flush()
    return found


def council(imp: Importer) -> None:
    sessions = {}
    for s in imp.data["council_sessions"]:
        found = imp.one(m.CouncilSession, m.CouncilSession.municipality_id == imp.mid, m.CouncilSession.convocation == s["convocation"], m.CouncilSession.number == s["number"])
        found = found or imp.add(m.CouncilSession(municipality_id=imp.mid, convocation=s["convocation"], number=s["number"]))
        imp.set(found, _fields(s, "extraordinary", "held_on"))
        sessions[(s["convocation"], s["number"])] = found
    imp.flush()
    for r in imp.data["resolutions"]:
        adopted = convert(m.Resolution, "adopted_on", r["adopted_on"])
        found = imp.one(m.Resolution, m.Resolution.municipality_id == imp.mid, m.Resolution.number == r["number"], m.Resolution.adopted_on == adopted)
        found = found or imp.add(m.Resolution(municipality_id=imp.mid, number=r["number"], adopted_on=adopted))
        session = sessions[(r["session"]["convocation"], r["session"]["number"])] if r["session"] else None
        imp.flush()
        imp.set(found, {"title": r["title"], "session_id": session.id if session else None})
        imp.resolutions[r["key"]] = found
    regulation = imp.data["regulation"]
    if regulation is not None:
        profile = imp.municipality.regulation or imp.add(m.RegulationProfile(municipality_id=imp.mid))
        imp.flush()
        imp.set(profile, {**_fields(regulation, *out.REGULATION_FIELDS), "basis_resolution_id": imp.ref_id(imp.resolutions, regulation["basis_resolution"])})
    imp.flush()


def people(imp: Importer) -> None:
    for p in imp.data["persons"]:
        birth = convert(m.Person, "birth_date", p["birth_date"])
        found = imp.one(
            m.Person, m.Person.municipality_id == imp.mid, m.Person.surname == p["surname"], m.Person.given_name == p["given_name"],
            m.Person.patronymic == p["patronymic"], m.Person.birth_date.is_(None) if birth is None else m.Person.birth_date == birth,
        )  # fmt: skip
        found = found or imp.add(m.Person(municipality_id=imp.mid, surname=p["surname"], given_name=p["given_name"], patronymic=p["patronymic"], birth_date=birth, sex=convert(m.Person, "sex", p["sex"])))
        village = imp.villages[p["village"]].id if p["village"] else None
        imp.set(found, {**_fields(p, "sex", "phone", "position"), "village_id": village})
        imp.persons[p["key"]] = found
    imp.flush()
    for x in imp.data["memberships"]:
        person = imp.persons[x["person"]]
        appointed, category = convert(m.Membership, "appointed_on", x["appointed_on"]), convert(m.Membership, "category", x["category"])
        found = imp.one(m.Membership, m.Membership.person_id == person.id, m.Membership.appointed_on == appointed, m.Membership.category == category)
        found = found or imp.add(m.Membership(municipality_id=imp.mid, person_id=person.id, appointed_on=appointed, category=category, role=convert(m.Membership, "role", x["role"])))
        imp.set(found, {
            **_fields(x, "role", "basis_text", "term_ends_on", "status", "withdrawn_on", "withdrawal_ground", "withdrawal_note"),
            "basis_resolution_id": imp.ref_id(imp.resolutions, x["basis_resolution"]),
        })  # fmt: skip
        imp.memberships[x["key"]] = found
    imp.flush()
    for x in imp.data["memberships"]:
        imp.set(imp.memberships[x["key"]], {"replaces_membership_id": imp.ref_id(imp.memberships, x["replaces"])})


def objects_and_conflicts(imp: Importer) -> None:
    for o in imp.data["objects"]:
        kind = convert(m.MonitoredObject, "kind", o["kind"])
        found = imp.one(m.MonitoredObject, m.MonitoredObject.municipality_id == imp.mid, m.MonitoredObject.name == o["name"], m.MonitoredObject.kind == kind)
        found = found or imp.add(m.MonitoredObject(municipality_id=imp.mid, name=o["name"], kind=kind))
        imp.set(found, _fields(o, "head_name", "contact_person", "phone", "address"))
        imp.objects[o["key"]] = found
    imp.flush()
    for c in imp.data["conflicts"]:
        membership, obj = imp.memberships[c["membership"]], imp.ref(imp.objects, c["object"])
        declared = convert(m.ConflictDeclaration, "declared_on", c["declared_on"])
        found = imp.one(
            m.ConflictDeclaration, m.ConflictDeclaration.membership_id == membership.id, m.ConflictDeclaration.declared_on == declared,
            m.ConflictDeclaration.subject == c["subject"],
            m.ConflictDeclaration.monitored_object_id.is_(None) if obj is None else m.ConflictDeclaration.monitored_object_id == obj.id,
        )  # fmt: skip
        found = found or imp.add(m.ConflictDeclaration(membership_id=membership.id, monitored_object_id=obj.id if obj else None, subject=c["subject"], declared_on=declared))
        imp.set(found, _fields(c, "statement", "removed_from_monitoring", "decided_on", "decision_note"))
    imp.flush()


def plan(imp: Importer, d: dict) -> None:
    year = d["year"]
    found = imp.one(m.Plan, m.Plan.municipality_id == imp.mid, m.Plan.year == year) or imp.add(m.Plan(municipality_id=imp.mid, year=year))
    imp.flush()
    for v in d["versions"]:
        version = imp.one(m.PlanVersion, m.PlanVersion.plan_id == found.id, m.PlanVersion.number == v["number"])
        if version is not None and version.status in FROZEN_VERSION:
            if frozen_version_view(out.version_json(version)) != frozen_version_view(v):
                raise imp.conflict(_("The plan for {year}, version {number}, approved in this database, differs from the bundle's.", year=year, number=v["number"]))
            for item, bundled in zip(version.items, v["items"]):
                imp.set(item, _fields(bundled, "status", "cancel_reason"))
        else:
            version = version or imp.add(m.PlanVersion(plan_id=found.id, number=v["number"], status=PlanVersionStatus.DRAFT))
            imp.flush()
            _version_content(imp, version, year, v)
        if not (version.status is PlanVersionStatus.SUPERSEDED and v["status"] == PlanVersionStatus.APPROVED.value):
            imp.set(version, {"status": v["status"]})  # a version superseded here stays so
        imp.flush()
        imp.versions[f"{year}|{v['number']}"] = version
        for item in version.items:
            imp.items[f"{year}|{v['number']}|{item.position}"] = item


def _version_content(imp: Importer, version: m.PlanVersion, year: int, v: dict) -> None:
    imp.set(version, {
        **_fields(v, "discussed_on", "aiyl_okmotu_proposals", "submitted_on", "amendment_reason"),
        "approval_resolution_id": imp.ref_id(imp.resolutions, v["approval_resolution"]),
    })  # fmt: skip
    if out.version_json(version)["proposals"] != v["proposals"]:
        version.proposals = [m.PlanProposal(**_fields(p, "position", "text", "accepted", "answer")) for p in v["proposals"]]
        imp.changes += 1
    existing = {item.position: item for item in version.items}
    for i in v["items"]:
        item = existing.pop(i["position"], None) or imp.add(m.PlanItem(version=version, position=i["position"], subject_kind=convert(m.PlanItem, "subject_kind", i["subject_kind"])))
        imp.set(item, {
            **_fields(i, "subject_kind", *out.ITEM_TEXTS, "quarter", "starts_on", "ends_on", "status"),
            "object_id": imp.ref_id(imp.objects, i["object"]), "source_item_id": imp.ref_id(imp.items, i["source_item"]),
        })  # fmt: skip
        if sorted(x.method.value for x in item.methods) != i["methods"]:
            item.methods = [m.PlanItemMethod(method=convert(m.PlanItemMethod, "method", x)) for x in i["methods"]]
            imp.changes += 1
        wanted = sorted(imp.memberships[k].id for k in i["responsibles"])
        if sorted(r.membership_id for r in item.responsibles) != wanted:
            item.responsibles = [m.PlanItemResponsible(membership_id=x) for x in wanted]
            imp.changes += 1
    for item in existing.values():
        imp.session.delete(item)
        imp.changes += 1
    imp.flush()


def acts(imp: Importer) -> None:
    ordered = sorted(imp.data["acts"], key=lambda a: (a["issued_on"] or "", a["year"], a["number"]))
    for a in ordered:
        found = imp.one(m.Act, m.Act.municipality_id == imp.mid, m.Act.year == a["year"], m.Act.number == a["number"])
        if found is None:
            found = _new_act(imp, a)
        elif frozen_act_view(out.act_json(imp.session, found)) != frozen_act_view(a):
            raise imp.conflict(_("Act {number} in this database differs from the bundle's.", number=a["key"]))
        for r, bundled in zip(found.recommendations, a["recommendations"]):
            imp.set(r, _fields(bundled, "status", "status_reason"))
        if found.status is ActStatus.ISSUED and a["status"] == ActStatus.SUPERSEDED.value:
            imp.set(found, {"status": a["status"]})
        imp.acts[a["key"]] = found
    imp.flush()
    for a in ordered:
        _follow_up(imp, imp.acts[a["key"]], a)
    imp.flush()


def _new_act(imp: Importer, a: dict) -> m.Act:
    """Written as the application writes it: a draft with its content, then issued (then superseded)."""
    act = imp.add(m.Act(municipality_id=imp.mid, status=ActStatus.DRAFT))
    imp.set(act, {
        **_fields(a, "subject_kind", "subject", "purpose", "place", "period_start", "period_end"),
        "plan_item_id": imp.ref_id(imp.items, a["plan_item"]), "object_id": imp.ref_id(imp.objects, a["object"]),
        "supersedes_act_id": imp.ref_id(imp.acts, a["supersedes"]),
    })  # fmt: skip
    act.participants = [m.ActParticipant(membership_id=imp.memberships[k].id) for k in a["participants"]]
    imp.flush()
    files = {(x["sha256"], x["file_name"]): imp.attachment(x, act_id=act.id) for x in a["attachments"]}
    imp.flush()
    for f in a["findings"]:
        evidence = files[(f["evidence"]["sha256"], f["evidence"]["file_name"])].id if f["evidence"] else None
        finding = m.Finding(position=f["position"], kind=convert(m.Finding, "kind", f["kind"]), method=convert(m.Finding, "method", f["method"]), text=f["text"], evidence_attachment_id=evidence)
        act.findings.append(finding)
    for r in a["recommendations"]:
        act.recommendations.append(m.Recommendation(
            position=r["position"], addressee=r["addressee"], text=r["text"], due_on=convert(m.Recommendation, "due_on", r["due_on"]),
            status=convert(m.Recommendation, "status", r["status"]), status_reason=r["status_reason"],
        ))  # fmt: skip
    imp.flush()
    imp.set(act, {**_fields(a, "year", "number", "issued_on", "fingerprint", "updated_at"), "status": ActStatus.ISSUED.value})
    imp.flush()
    return act


def _follow_up(imp: Importer, act: m.Act, a: dict) -> None:
    """Recommendation notes and the act's deliveries and answers: these may change after issue."""
    current = out.act_json(imp.session, act)
    for r, bundled, now in zip(act.recommendations, a["recommendations"], current["recommendations"]):
        if now["notes"] != bundled["notes"]:
            r.notes = [
                m.RecommendationNote(
                    noted_on=convert(m.RecommendationNote, "noted_on", n["noted_on"]), status=convert(m.RecommendationNote, "status", n["status"]),
                    text=n["text"], follow_up_act_id=imp.ref_id(imp.acts, n["follow_up_act"]),
                )
                for n in bundled["notes"]
            ]  # fmt: skip
            imp.changes += 1
    if current["addressees"] == a["addressees"]:
        return
    existing = {(x.kind.value, x.name): x for x in act.addressees}
    for x in a["addressees"]:
        addressee = existing.pop((x["kind"], x["name"]), None)
        if addressee is None:
            addressee = m.ActAddressee(kind=convert(m.ActAddressee, "kind", x["kind"]), name=x["name"])
            act.addressees.append(addressee)
            imp.changes += 1
        imp.set(addressee, _fields(x, "delivery_method", "sent_on", "received_on", "receiver_name"))
        now = out.addressee_json(imp.session.get, addressee)["responses"] if addressee.id else []
        if now != x["responses"]:
            addressee.responses = [
                m.ActResponse(
                    kind=convert(m.ActResponse, "kind", r["kind"]), received_on=convert(m.ActResponse, "received_on", r["received_on"]),
                    causes=r["causes"], measures=r["measures"], attachment_id=imp.attachment(r["attachment"]).id if r["attachment"] else None,
                )
                for r in x["responses"]
            ]  # fmt: skip
            imp.changes += 1
    for addressee in existing.values():
        act.addressees.remove(addressee)
        imp.changes += 1


def letters(imp: Importer) -> None:
    for x in imp.data["letters"]:
        kind, sent = convert(m.Letter, "kind", x["kind"]), convert(m.Letter, "sent_on", x["sent_on"])
        found = imp.one(m.Letter, m.Letter.municipality_id == imp.mid, m.Letter.kind == kind, m.Letter.number == x["number"], m.Letter.sent_on == sent)
        found = found or imp.add(m.Letter(municipality_id=imp.mid, kind=kind, number=x["number"], sent_on=sent))
        imp.set(found, {
            **_fields(x, "addressee", "subject", "body", "received_on", "answered_on"), "object_id": imp.ref_id(imp.objects, x["object"]),
            "act_id": imp.ref_id(imp.acts, x["act"]), "plan_item_id": imp.ref_id(imp.items, x["plan_item"]),
        })  # fmt: skip
    imp.flush()


MEETING_ROW = ("kind", "year", "number", "held_on", "starts_at", *out.MEETING_TEXTS, "participants_count")


def meeting(imp: Importer, d: dict) -> None:
    kind = convert(m.Meeting, "kind", d["kind"])
    candidates = imp.session.scalars(select(m.Meeting).where(m.Meeting.municipality_id == imp.mid, m.Meeting.kind == kind, m.Meeting.year == d["year"]))
    found = next((x for x in candidates if out.meeting_key(x) == d["key"]), None)
    if found is not None and out.meeting_json(imp.session, found) == d:
        imp.meetings[d["key"]] = found
        return
    if found is None:
        found = imp.add(m.Meeting(municipality_id=imp.mid, status=MeetingStatus.DRAFT, kind=kind, year=d["year"], held_on=convert(m.Meeting, "held_on", d["held_on"])))
    elif found.status is MeetingStatus.SIGNED:
        imp.set(found, {"status": MeetingStatus.DRAFT.value})  # reopened, as the secretary would, to bring it in line
    imp.flush()
    imp.set(found, {
        **_fields(d, *MEETING_ROW), "chair_membership_id": imp.ref_id(imp.memberships, d["chair"]),
        "secretary_membership_id": imp.ref_id(imp.memberships, d["secretary"]), "plan_item_id": imp.ref_id(imp.items, d["plan_item"]),
    })  # fmt: skip
    found.attendance, found.agenda_items, found.candidates = [], [], []
    imp.flush()
    found.attendance = [m.Attendance(membership_id=imp.memberships[a["membership"]].id, present=a["present"], note=a["note"]) for a in d["attendance"]]
    found.agenda_items = [
        m.AgendaItem(position=i["position"], title=i["title"], heard=i["heard"], spoke=i["spoke"], decisions=[
            m.Decision(
                position=x["position"], text=x["text"], votes_for=x["votes_for"], votes_against=x["votes_against"],
                votes_abstained=x["votes_abstained"], plan_version_id=imp.ref_id(imp.versions, x["plan_version"]),
                act_id=imp.ref_id(imp.acts, x["act"]), membership_id=imp.ref_id(imp.memberships, x["membership"]),
                recusals=[m.Recusal(membership_id=imp.memberships[k].id) for k in x["recusals"]],
            )
            for x in i["decisions"]
        ])
        for i in d["agenda"]
    ]  # fmt: skip
    found.candidates = [
        m.GatheringCandidate(position=c["position"], person_id=imp.ref_id(imp.persons, c["person"]), full_name=c["full_name"], votes_for=c["votes_for"])
        for c in d["candidates"]
    ]  # fmt: skip
    imp.flush()
    wanted = {(x["sha256"], x["file_name"]) for x in d["attachments"]}
    for x in d["attachments"]:
        imp.attachment(x, meeting_id=found.id)
    for old in imp.session.scalars(select(m.Attachment).where(m.Attachment.meeting_id == found.id)):
        if (old.sha256, old.file_name) not in wanted:
            imp.session.delete(old)
    imp.flush()
    imp.set(found, {"status": d["status"]})
    imp.flush()
    imp.meetings[d["key"]] = found


def indicators(imp: Importer) -> None:
    for i in imp.data["indicators"]:
        found = imp.one(m.Indicator, m.Indicator.municipality_id == imp.mid, m.Indicator.programme == i["programme"], m.Indicator.code == i["code"], m.Indicator.name == i["name"])
        found = found or imp.add(m.Indicator(municipality_id=imp.mid, programme=i["programme"], code=i["code"], name=i["name"], kind=convert(m.Indicator, "kind", i["kind"])))
        imp.set(found, {**_fields(i, *out.INDICATOR_FIELDS), "key": i["dashboard"]})
        if found.id is None or out.indicator_json(found)["measurements"] != i["measurements"]:
            found.measurements = [m.IndicatorMeasurement(**{k: convert(m.IndicatorMeasurement, k, v) for k, v in x.items()}) for x in i["measurements"]]
            imp.changes += 1
    imp.flush()


def notices(imp: Importer) -> None:
    for b in imp.data["notice_boards"]:
        found = imp.one(m.NoticeBoard, m.NoticeBoard.municipality_id == imp.mid, m.NoticeBoard.name == b["name"])
        found = found or imp.add(m.NoticeBoard(municipality_id=imp.mid, name=b["name"]))
        imp.set(found, _fields(b, "location", "position", "in_use"))
        imp.boards[b["name"]] = found
    imp.flush()
    for n in imp.data["notices"]:
        kind, created = convert(m.Notice, "kind", n["kind"]), convert(m.Notice, "created_on", n["created_on"])
        found = imp.one(m.Notice, m.Notice.municipality_id == imp.mid, m.Notice.kind == kind, m.Notice.created_on == created, m.Notice.title == n["title"])
        found = found or imp.add(m.Notice(municipality_id=imp.mid, kind=kind, created_on=created, title=n["title"]))
        imp.set(found, {
            **_fields(n, "body", "paper_size", "event_on", "event_time", "event_place"), "meeting_id": imp.ref_id(imp.meetings, n["meeting"]),
            "act_id": imp.ref_id(imp.acts, n["act"]), "resolution_id": imp.ref_id(imp.resolutions, n["resolution"]),
            "plan_item_id": imp.ref_id(imp.items, n["plan_item"]),
        })  # fmt: skip
        imp.flush()
        if out.notice_json(imp.session, found)["postings"] != n["postings"]:
            found.postings = [
                m.Posting(
                    board_id=imp.boards[p["board"]].id, posted_on=convert(m.Posting, "posted_on", p["posted_on"]), posted_by=p["posted_by"],
                    removed_on=convert(m.Posting, "removed_on", p["removed_on"]), photo_attachment_id=imp.attachment(p["photo"]).id if p["photo"] else None,
                )
                for p in n["postings"]
            ]  # fmt: skip
            imp.changes += 1
    imp.flush()


def residents(imp: Importer) -> None:
    for x in imp.data["resident_messages"]:
        received, channel = convert(m.ResidentMessage, "received_on", x["received_on"]), convert(m.ResidentMessage, "channel", x["channel"])
        found = imp.one(m.ResidentMessage, m.ResidentMessage.municipality_id == imp.mid, m.ResidentMessage.received_on == received, m.ResidentMessage.channel == channel, m.ResidentMessage.text == x["text"])
        found = found or imp.add(m.ResidentMessage(municipality_id=imp.mid, received_on=received, channel=channel, text=x["text"]))
        imp.set(found, {
            **_fields(x, "social_group", "response", "responded_on"), "village_id": imp.villages[x["village"]].id if x["village"] else None,
            "act_id": imp.ref_id(imp.acts, x["act"]), "plan_item_id": imp.ref_id(imp.items, x["plan_item"]),
        })  # fmt: skip
    for s in imp.data["survey_results"]:
        surveyed, group = convert(m.SurveyResult, "surveyed_on", s["surveyed_on"]), convert(m.SurveyResult, "social_group", s["social_group"])
        found = imp.one(
            m.SurveyResult, m.SurveyResult.municipality_id == imp.mid, m.SurveyResult.surveyed_on == surveyed, m.SurveyResult.title == s["title"],
            m.SurveyResult.social_group.is_(None) if group is None else m.SurveyResult.social_group == group,
        )  # fmt: skip
        found = found or imp.add(m.SurveyResult(municipality_id=imp.mid, surveyed_on=surveyed, title=s["title"], social_group=group, respondents=s["respondents"], satisfied=s["satisfied"]))
        imp.set(found, _fields(s, "respondents", "satisfied"))
    report = imp.data["summary_report"]
    if report is not None:
        period = imp.data["period"]
        half = m.SummaryReport.half.is_(None) if period["half"] is None else m.SummaryReport.half == period["half"]
        found = imp.one(m.SummaryReport, m.SummaryReport.municipality_id == imp.mid, m.SummaryReport.year == period["year"], half)
        found = found or imp.add(m.SummaryReport(municipality_id=imp.mid, year=period["year"], half=period["half"]))
        imp.set(found, _fields(report, "conclusions", "proposals", "presented_on", "updated_at"))
    imp.flush()
