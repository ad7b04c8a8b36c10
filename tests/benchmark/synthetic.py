"""A large synthetic database: ten years of a busy municipality, for the benchmark script."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from bmb_desktop.domain.dates import add_months
from bmb_desktop.domain.enums import (
    ActStatus, AddresseeKind, EvidenceSource, FindingKind, IndicatorKind, MeetingKind, MeetingStatus,
    MemberCategory, MemberRole, MonitoringMethod, NoticeKind, ObjectKind, PlanItemStatus,
    PlanVersionStatus, RecommendationStatus, Sex, SubjectKind, WithdrawalGround, MembershipStatus,
)
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage import models as m

SURNAMES_F = ["Асанова", "Бакирова", "Жумабаева", "Касымова", "Мамытова", "Токтосунова", "Эргешова"]
SURNAMES_M = ["Алиев", "Бекмуратов", "Жолдошев", "Калыков", "Осмонов", "Сыдыков", "Үсөнов"]
GIVEN_F = ["Айгүл", "Гүлнара", "Жылдыз", "Нургүл", "Чолпон"]
GIVEN_M = ["Азамат", "Бакыт", "Нурлан", "Талант", "Өмүр"]
CATEGORIES = [MemberCategory.CITIZEN] * 4 + [MemberCategory.MUNICIPAL_EMPLOYEE] * 2 + [MemberCategory.COUNCIL_DEPUTY] * 2 + [MemberCategory.ASSOCIATION_REPRESENTATIVE]


def build_synthetic(session: Session, *, first_year: int = 2016, years: int = 10, seed: int = 7) -> int:
    """Fill an empty database; returns the municipality id. Deterministic for a given seed."""
    rng = random.Random(seed)
    municipality = save_profile(session, MunicipalityProfile(
        name="Синтетика", district="Ноокен району", region="Жалал-Абад облусу",
        administrative_centre="Масы айылы", aiyl_okmotu_name="Синтетика айыл өкмөтү",
        aiyl_okmotu_head="Б. Бакиров", council_name="Синтетика айылдык кеңеши",
        council_convocation="III", council_chair="А. Алиев", responsible_secretary="Ж. Жумабаева",
        villages=[f"Айыл {n}" for n in range(1, 13)],
    ))
    mid = municipality.id
    objects = [
        m.MonitoredObject(municipality_id=mid, name=f"Объект {n}", kind=rng.choice(list(ObjectKind)), address=f"Масы, {n}-көчө")
        for n in range(1, 41)
    ]
    boards = [m.NoticeBoard(municipality_id=mid, name=f"Такта {n}", position=n) for n in range(1, 9)]
    session.add_all(objects + boards)
    members = _memberships(session, rng, municipality, first_year, years)
    for year in range(first_year, first_year + years):
        _year(session, rng, mid, year, objects, boards, [ms for ms in members if ms.appointed_on.year <= year])
        session.commit()
    _indicators(session, rng, mid, first_year, years)
    session.commit()
    return mid


def _memberships(session, rng, municipality, first_year, years):
    memberships = []
    for term_start in range(first_year, first_year + years, 4):
        appointed = date(term_start, 2, 1)
        for index in range(15):
            sex = Sex.FEMALE if index % 2 else Sex.MALE
            person = m.Person(
                municipality_id=municipality.id, sex=sex,
                surname=rng.choice(SURNAMES_F if sex is Sex.FEMALE else SURNAMES_M),
                given_name=rng.choice(GIVEN_F if sex is Sex.FEMALE else GIVEN_M),
                birth_date=date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28)),
                village=rng.choice(municipality.villages), phone=f"+996 700 {rng.randint(100000, 999999)}",
            )
            role = [MemberRole.CHAIR, MemberRole.DEPUTY_CHAIR, MemberRole.SECRETARY][index] if index < 3 else MemberRole.MEMBER
            ends = add_months(appointed, 48)
            withdrawn = ends if ends.year < first_year + years else None
            membership = m.Membership(
                municipality_id=municipality.id, person=person, role=role,
                category=CATEGORIES[index % len(CATEGORIES)], appointed_on=appointed, term_ends_on=ends,
                basis_text=f"Токтом № {term_start - first_year + 1}/3",
                status=MembershipStatus.WITHDRAWN if withdrawn else MembershipStatus.ACTIVE,
                withdrawn_on=withdrawn, withdrawal_ground=WithdrawalGround.TERM_ENDED if withdrawn else None,
            )
            session.add(membership)
            memberships.append(membership)
    session.flush()
    return memberships


def _year(session, rng, mid, year, objects, boards, members):
    plan = m.Plan(municipality_id=mid, year=year)
    version = m.PlanVersion(plan=plan, number=1, status=PlanVersionStatus.DRAFT)
    session.add(plan)
    items = []
    for position in range(1, 21):
        item = m.PlanItem(
            position=position, object_id=rng.choice(objects).id,
            subject_kind=rng.choice(list(SubjectKind)), subject=f"Мониторинг {position}",
            purpose="Кызматтын сапатын баалоо", quarter=(position - 1) % 4 + 1,
            status=rng.choice(list(PlanItemStatus)),
        )
        item.methods = [m.PlanItemMethod(method=method) for method in rng.sample(list(MonitoringMethod), 2)]
        version.items.append(item)
        items.append(item)
    session.flush()
    version.status = PlanVersionStatus.APPROVED  # approved once its items exist, as the database demands
    meetings = []
    for number in range(1, 41):
        held = date(year, 1, 10) + timedelta(days=number * 8)
        meeting = m.Meeting(
            municipality_id=mid, kind=MeetingKind.GROUP_MEETING, year=year, number=number, held_on=held,
            starts_at=time(10), place="Айыл өкмөтүнүн имараты", status=MeetingStatus.DRAFT,
        )
        active = [ms for ms in members if ms.appointed_on <= held and (ms.withdrawn_on is None or ms.withdrawn_on > held)]
        meeting.attendance = [m.Attendance(membership_id=ms.id, present=rng.random() < 0.8) for ms in active]
        for position in range(1, 4):
            agenda = m.AgendaItem(position=position, title=f"Маселе {position}", heard="Угулду", spoke="Сүйлөдү")
            agenda.decisions = [m.Decision(text="Кабыл алынсын", votes_for=len(active) - 1, votes_against=1)]
            meeting.agenda_items.append(agenda)
        session.add(meeting)
        meetings.append(meeting)
    session.flush()
    for meeting in meetings:  # signed once the protocol's content exists
        meeting.status = MeetingStatus.SIGNED
    for number in range(1, 31):
        issued = date(year, 1, 15) + timedelta(days=number * 11)
        act = m.Act(
            municipality_id=mid, status=ActStatus.DRAFT,
            plan_item_id=rng.choice(items).id, object_id=rng.choice(objects).id, subject="Кызмат көрсөтүү",
            purpose="Баалоо", place="Масы айылы", period_start=issued - timedelta(days=14), period_end=issued,
        )
        act.findings = [m.Finding(position=n, kind=FindingKind.FACT, text=f"Факт {n}") for n in range(1, 6)]
        act.recommendations = [
            m.Recommendation(position=n, addressee="Айыл өкмөтү", text=f"Сунуштама {n}", due_on=issued + timedelta(days=60),
                             status=rng.choice(list(RecommendationStatus)))
            for n in range(1, 6)
        ]
        session.add(act)
        session.flush()  # the database takes an act's content only while it is a draft
        act.year, act.number, act.issued_on, act.status = year, number, issued, ActStatus.ISSUED
        act.fingerprint = f"{number:064x}"
        act.addressees = [m.ActAddressee(kind=kind, name=kind.value, received_on=issued + timedelta(days=2)) for kind in AddresseeKind]
    for number in range(1, 51):
        notice = m.Notice(municipality_id=mid, kind=rng.choice(list(NoticeKind)), title=f"Кулактандыруу {number}",
                          body="Текст", created_on=date(year, 1, 1) + timedelta(days=number * 7))
        notice.postings = [m.Posting(board=board, posted_on=notice.created_on) for board in rng.sample(boards, 3)]
        session.add(notice)


def _indicators(session, rng, mid, first_year, years):
    for number in range(1, 101):
        indicator = m.Indicator(
            municipality_id=mid, code=f"И-{number}", name=f"Индикатор {number}", kind=rng.choice(list(IndicatorKind)),
            unit="%", baseline=rng.uniform(0, 50), target=rng.uniform(50, 100), deadline=date(first_year + years, 12, 31),
        )
        for year in range(first_year, first_year + years):
            for start, end in ((date(year, 1, 1), date(year, 6, 30)), (date(year, 7, 1), date(year, 12, 31))):
                indicator.measurements.append(m.IndicatorMeasurement(
                    period_start=start, period_end=end, value=rng.uniform(0, 100), source=rng.choice(list(EvidenceSource))))
        session.add(indicator)
