"""The demo group exactly as resolution 12/5 composed it, its formation steps and a conflict.

Surnames, initials, posts, roles and categories are real (seeds/001, domain.md G9); given names,
patronymics, birth dates, phones and villages are plausible inventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.enums import FormationKind, FormationStepCode, MemberCategory, MemberRole, Sex
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.services.demo.municipality import GROUP_CREATED_ON, GROUP_RESOLUTION
from bmb_desktop.storage.models import (
    ConflictDeclaration,
    FormationProcess,
    FormationStep,
    Membership,
    Person,
)

TERM_ENDS_ON = date(2029, 10, 14)  # four years from creation (G7)


@dataclass(frozen=True)
class MemberSpec:
    surname: str
    given_name: str
    patronymic: str
    sex: Sex
    birth_date: date
    village: str
    phone: str
    position: str
    category: MemberCategory
    role: MemberRole = MemberRole.MEMBER


MEMBERS = (
    MemberSpec(
        "Кандарова", "Гүлнара", "Асановна", Sex.FEMALE, date(1984, 3, 17), "Масы",
        "+996 772 418 305", "Д. Садырбаев айыл өкмөтүнүн социалдык маселелер боюнча адиси",
        MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.CHAIR,
    ),
    MemberSpec(
        "Султанова", "Канышай", "Токтосуновна", Sex.FEMALE, date(1968, 11, 2), "Беш-Жыгач",
        "+996 700 526 114", "Аялдар кеңешинин төрайымы",
        MemberCategory.ASSOCIATION_REPRESENTATIVE,
    ),
    MemberSpec(
        "Осмоналиев", "Эркинбек", "Абдыкадырович", Sex.MALE, date(1975, 6, 23), "Арал",
        "+996 707 307 942",
        "Д. Садырбаев айылдык кеңешинин депутаты, кеңештин төрагасынын орун басары",
        MemberCategory.COUNCIL_DEPUTY,
    ),
    MemberSpec(
        "Жантаева", "Умут", "Маматовна", Sex.FEMALE, date(1987, 9, 8), "Кызыл-Туу",
        "+996 778 650 219", "Д. Садырбаев айылдык кеңешинин депутаты",
        MemberCategory.COUNCIL_DEPUTY,
    ),
    MemberSpec(
        "Ташиев", "Канат", "Жолдошевич", Sex.MALE, date(1992, 1, 30), "Жон-Арык",
        "+996 705 913 476", "Д. Садырбаев айыл өкмөтүнүн кызматкери",
        MemberCategory.MUNICIPAL_EMPLOYEE,
    ),
)

FORMATION_STARTED_ON = date(2025, 9, 22)
FORMATION_NOTE = (
    "Топ айылдык кеңештин 2025-жылдын 14-октябрындагы №12/5 токтому менен түзүлдү. "
    "Жарандардын өкүлдөрүн шайлоо үчүн жыйын өткөрүлгөн эмес: аялдар кеңешинин төрайымы "
    "айыл өкмөтүнүн сунушу менен киргизилди."
)
# (step, done on, document); the citizens' gathering (F3) was never held, one of the gaps the demo shows.
FORMATION_STEPS = (
    (FormationStepCode.ANNOUNCEMENT, date(2025, 9, 22), "Топту түзүү башталгандыгы жөнүндө кулактандыруу"),
    (FormationStepCode.EMPLOYEE_NOMINATION, date(2025, 10, 6),
     "Айыл өкмөтүнүн башчысынын муниципалдык кызматчылардан талапкерлер жөнүндө сунушу"),
    (FormationStepCode.DEPUTY_APPROVAL, date(2025, 10, 6), "Депутаттар кеңештин төрагасы тарабынан бекитилди"),
    (FormationStepCode.CITIZEN_GATHERING, None, ""),
    (FormationStepCode.COUNCIL_RESOLUTION, GROUP_CREATED_ON, "Айылдык кеңештин №12/5 токтому"),
    (FormationStepCode.PUBLICATION, date(2025, 10, 20), "Топтун курамы жана биринчи жыйналышы жөнүндө кулактандыруу"),
    (FormationStepCode.FIRST_MEETING, date(2025, 10, 24), "БМжБ тобунун жыйналышынын №1 протоколу"),
    (FormationStepCode.COMMUNITY_INFORMED, date(2025, 10, 20), "№12/5 токтомдун көчүрмөсү маалымат такталарына илинди"),
)


def add_members(ctx: DemoContext) -> None:
    resolution = ctx.resolutions[GROUP_RESOLUTION]
    for spec in MEMBERS:
        person = Person(
            municipality_id=ctx.municipality_id,
            surname=spec.surname,
            given_name=spec.given_name,
            patronymic=spec.patronymic,
            sex=spec.sex,
            birth_date=spec.birth_date,
            village_id=ctx.villages[spec.village].id,
            phone=spec.phone,
            position=spec.position,
        )
        membership = Membership(
            municipality_id=ctx.municipality_id,
            person=person,
            category=spec.category,
            role=spec.role,
            basis_resolution_id=resolution.id,
            appointed_on=GROUP_CREATED_ON,
            term_ends_on=TERM_ENDS_ON,
        )
        ctx.add(person, membership)
        ctx.members[spec.surname] = membership
    ctx.session.flush()


def add_formation_process(ctx: DemoContext) -> None:
    process = FormationProcess(
        municipality_id=ctx.municipality_id,
        kind=FormationKind.NEW_GROUP,
        started_on=FORMATION_STARTED_ON,
        note=FORMATION_NOTE,
    )
    for position, (code, done_on, document) in enumerate(FORMATION_STEPS, start=1):
        done = ctx.known(done_on)
        process.steps.append(
            FormationStep(
                code=code, position=position, done_on=done, document=document if done else ""
            )
        )
    ctx.add(process)


DECLARED_ON = date(2026, 4, 24)
DECIDED_ON = date(2026, 4, 27)


def add_conflict_declaration(ctx: DemoContext) -> None:
    """К. Ташиев's brother heads the road contractor that won the tender (C1–C3)."""
    if not ctx.happened(DECLARED_ON):
        return
    decided = ctx.happened(DECIDED_ON)
    ctx.add(
        ConflictDeclaration(
            membership_id=ctx.member_id("Ташиев"),
            monitored_object_id=ctx.objects["road"].id,
            subject="Масы айылындагы Жибек Жолу көчөсүн оңдоо жумуштары (сатып алуу келишими)",
            declared_on=DECLARED_ON,
            statement=(
                "Мен, К. Ташиев, «Нур-Жол Курулуш» ЖЧКнын директору Б. Ташиев менин агам экенин "
                "билдирем. Ушул себептен аталган ишкана аткарып жаткан көчө оңдоо жумуштарына "
                "жүргүзүлүүчү мониторингге катыша албайм."
            ),
            removed_from_monitoring=decided,
            decided_on=DECIDED_ON if decided else None,
            decision_note=(
                "Айылдык кеңештин төрагасы А. Тешебаев К. Ташиевди «Нур-Жол Курулуш» ЖЧКнын "
                "жумуштарына мониторинг жүргүзүүдөн убактылуу четтетти (Типтүү жобонун 6.4-пункту)."
            ) if decided else "",
        )
    )
