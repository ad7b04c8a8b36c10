"""The group's 2026 plan: version 1 approved by resolution 14/3, version 2 amended by 16/2."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bmb_desktop.domain.enums import (
    MonitoringMethod as M,
    PlanItemStatus,
    PlanVersionStatus,
    SubjectKind,
)
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import (
    Plan,
    PlanItem,
    PlanItemMethod,
    PlanItemResponsible,
    PlanProposal,
    PlanVersion,
)

PLAN_YEAR = 2026


@dataclass(frozen=True)
class ItemSpec:
    key: str
    object_key: str
    subject_kind: SubjectKind
    subject: str
    purpose: str
    starts_on: date
    ends_on: date
    quarter: int | None
    methods: tuple[M, ...]
    responsibles: tuple[str, ...]  # member surnames; never one with a conflict on the object
    information_sources: str
    resources_needed: str
    involvement: str
    analysis_method: str
    done_on: date | None = None  # the day its act was issued
    cancel_reason: str = ""


ITEMS = {
    spec.key: spec
    for spec in (
        ItemSpec(
            "water", "water", SubjectKind.MUNICIPAL_SERVICE,
            "Масы жана Беш-Жыгач айылдарын ичүүчү суу менен камсыз кылуу кызматынын сапаты "
            "жана жеткиликтүүлүгү",
            "Суунун үзгүлтүксүз берилишин, сапатын жана тургундардын даттанууларынын каралышын "
            "баалоо, кемчиликтерди четтетүү боюнча сунуштамаларды берүү",
            date(2026, 2, 16), date(2026, 3, 27), 1,
            (M.DOCUMENT_REVIEW, M.OBSERVATION, M.QUESTIONNAIRE, M.COMPLAINT_VERIFICATION),
            ("Султанова", "Жантаева"),
            "ИСПАКБнын 2025-жылдагы отчету, абоненттердин тизмеси жана төлөмдөр журналы, "
            "хлордоо журналы, тургундардын арыздары жана WhatsApp билдирүүлөрү",
            "120 анкета басып чыгаруу, суунун сапатын текшерүүчү тест-тилкелер, айыл өкмөтүнүн "
            "унаасы (2 күн)",
            "Даярдоодо — ИСПАКБнын төрагасы жана бухгалтери; талаа иштеринде — көчө "
            "активисттери; жыйынтыктарды талкуулоодо — айыл өкмөтүнүн социалдык адиси",
            "Анкеталардын жыйынтыгын пайыз менен эсептөө (аялдар жана улгайгандар боюнча "
            "өзүнчө), байкоо маалыматтарын ИСПАКБнын отчету менен салыштыруу",
            done_on=date(2026, 4, 6),
        ),
        ItemSpec(
            "school", "school", SubjectKind.DELEGATED_STATE_SERVICE,
            "№25 Кызыл-Туу орто мектебинде башталгыч класстардын окуучуларын ысык тамак менен "
            "камсыз кылуу",
            "Тамактануунун менюга жана санитардык талаптарга ылайык келишин, азык-түлүктүн өз "
            "убагында жеткирилишин жана ата-энелердин канааттануусун аныктоо",
            date(2026, 3, 2), date(2026, 4, 30), None,
            (M.OBSERVATION, M.FOCUS_GROUP, M.KEY_INFORMANT_INTERVIEW, M.DOCUMENT_REVIEW),
            ("Жантаева", "Кандарова"),
            "Мектептин тамактануу журналы, меню, азык-түлүк жеткирүүчү менен келишим жана "
            "накладнойлор; ата-энелер, ашпозчулар, мектептин директору",
            "Фокус-топ үчүн бөлмө (мектептен), үн жазгыч, 20 байкоо баракчасы",
            "Мектептин директору жана ата-энелер комитети — даярдоодо жана фокус-топто; "
            "райондук санэпидемиология борборунун адиси — зарыл болсо эксперт катары",
            "Байкоо баракчаларын бекитилген меню менен салыштыруу, фокус-топтун жоопторун "
            "темалар боюнча топтоо",
            done_on=date(2026, 5, 20),
        ),
        ItemSpec(
            "road", "road", SubjectKind.PROCUREMENT_DELIVERY,
            "Жергиликтүү бюджеттин эсебинен Масы айылындагы Жибек Жолу көчөсүн (1,2 км) шагыл "
            "менен оңдоо жумуштары",
            "Аткарылган жумуштардын көлөмүн, сапатын жана мөөнөтүн сатып алуу келишимине жана "
            "сметага ылайыктыгын текшерүү",
            date(2026, 4, 20), date(2026, 8, 28), None,
            (M.EVENT_OBSERVATION, M.DOCUMENT_REVIEW, M.OBSERVATION, M.COMMUNITY_SURVEY),
            ("Осмоналиев", "Султанова"),
            "Тендердик документтер, сатып алуу келишими жана сметасы, аткарылган жумуштардын "
            "актылары, курулуш журналы, көчөнүн тургундары",
            "Рулетка жана өлчөөчү таякча, фотоаппарат, айыл өкмөтүнүн инженеринин кеңеши",
            "Тендерде — байкоочу катары (добуш укугусуз); жумуштардын жүрүшүндө — айыл "
            "өкмөтүнүн инженери жана көчө комитети; кабыл алууда — айыл өкмөтүнүн комиссиясы",
            "Сметадагы көлөмдөрдү жеринде өлчөнгөн көрсөткүчтөр менен, мөөнөттөрдү келишим "
            "менен салыштыруу",
            done_on=date(2026, 9, 14),
        ),
        ItemSpec(
            "fap", "fap", SubjectKind.DELEGATED_STATE_SERVICE,
            "Арал ФАПында баштапкы медициналык жардамдын жеткиликтүүлүгү: иш убактысы, "
            "дары-дармек менен камсыздоо, кош бойлуу аялдарды каттоо",
            "Тургундардын, өзгөчө аялдардын, улгайгандардын жана ден соолугунун мүмкүнчүлүгү "
            "чектелген адамдардын ФАПтын кызматына канааттануусун баалоо",
            date(2026, 7, 1), date(2026, 9, 30), 3,
            (M.CITIZEN_REPORT_CARD, M.KEY_INFORMANT_INTERVIEW, M.OBSERVATION),
            ("Кандарова", "Жантаева"),
            "ФАПтын кабыл алуу журналы, дары-дармектин калдыгы боюнча эсеп, райондук үй-бүлөлүк "
            "медицина борборунун маалыматы, тургундардын жарандык отчеттук карточкалары",
            "80 жарандык отчеттук карточка, маектер үчүн суроолордун тизмеси",
            "ФАПтын фельдшери — маалымат берүүдө; Арал айылынын айыл башчысы А. Надырбеков — "
            "тургундарды чогултууда",
            "Карточкалардагы баалардын орточо баллын эсептөө, социалдык топтор боюнча "
            "салыштыруу",
        ),
        ItemSpec(
            "waste", "waste", SubjectKind.MUNICIPAL_SERVICE,
            "Масы жана Эски Масы айылдарында тиричилик калдыктарын чыгаруу графигинин "
            "аткарылышы",
            "Калдыктарды графикке ылайык үзгүлтүксүз чыгарылышын жана стихиялуу таштанды "
            "төгүлүүчү жерлердин абалын аныктоо",
            date(2026, 7, 1), date(2026, 9, 30), 3,
            (M.RESIDENT_MESSAGES, M.OBSERVATION, M.COMMUNITY_SURVEY),
            ("Ташиев", "Султанова"),
            "Ишкананын чыгаруу графиги жана рейстер журналы, тургундардын WhatsApp "
            "билдирүүлөрү, көчө комитеттери",
            "Тургундардын билдирүүлөрүн каттоо журналы, фотоаппарат",
            "Көчө комитеттеринин төрагалары — билдирүүлөрдү чогултууда; ишкананын директору — "
            "графикти тактоодо",
            "Графиктеги жана иш жүзүндөгү чыгаруу күндөрүн салыштыруу, билдирүүлөрдү көчөлөр "
            "боюнча топтоо",
        ),
        ItemSpec(
            "pasture", "pasture", SubjectKind.MUNICIPAL_SERVICE,
            "Жайыт билеттерин берүүнүн жана жайыт акысын чогултуунун ачыктыгы",
            "Жайыт акысынын туура эсептелишин жана чогулган каражаттын жайыттарды жакшыртууга "
            "жумшалышын текшерүү",
            date(2026, 7, 1), date(2026, 9, 30), 3,
            (M.DOCUMENT_REVIEW, M.KEY_INFORMANT_INTERVIEW, M.FOCUS_GROUP),
            ("Осмоналиев", "Ташиев"),
            "Жайыт комитетинин 2025-жылдагы отчету, жайыт билеттеринин реестри, мал ээлери",
            "Фокус-топ үчүн бөлмө",
            "Жайыт комитетинин төрагасы жана бухгалтери, мал ээлеринин өкүлдөрү",
            "Берилген билеттердин санын мал башынын эсеби менен салыштыруу",
        ),
        ItemSpec(
            "sedp", "ao", SubjectKind.DEVELOPMENT_PROGRAMME,
            "Д. Садырбаев айыл аймагынын СЭӨПүнүн 2026-жылга карата негизги индикаторлорунун "
            "аткарылышы",
            "Пландагы жана иш жүзүндөгү көрсөткүчтөрдү салыштыруу, максаттуу маанилерге жетүү "
            "божомолун баалоо жана айылдык кеңешке сунуштарды даярдоо",
            date(2026, 7, 1), date(2026, 12, 25), None,
            (M.DOCUMENT_REVIEW, M.KEY_INFORMANT_INTERVIEW, M.COMMUNITY_SURVEY),
            ("Султанова", "Осмоналиев"),
            "Айыл өкмөтүнүн жарым жылдык жана жылдык отчеттору, СЭӨПтүн индикаторлорунун "
            "тизмеси (№14/2 токтом), тургундардын жылдык сурамжылоосу, айыл өкмөтүнүн "
            "кызматкерлеринин баасы",
            "Сурамжылоо үчүн 150 анкета, маалымат тактасына илинүүчү дашборд (А3 форматта)",
            "Айыл өкмөтүнүн экономисти — маалымат берүүдө; айылдык кеңештин финансы, экономика "
            "жана бюджет боюнча туруктуу комиссиясы — жыйынтыктарды талкуулоодо",
            "План менен фактыны пайыз менен салыштыруу, максатка жетүү божомолу, үч булактын "
            "маалыматын салыштыруу",
        ),
        ItemSpec(
            "culture", "culture", SubjectKind.LOCAL_INITIATIVE,
            "Масы айылдык маданият үйүнүн жылытуу системасын оңдоо боюнча жергиликтүү демилге "
            "(коомчулуктун салымы жана жергиликтүү бюджет)",
            "Чогулган салымдардын жана бюджеттик каражаттын максаттуу жумшалышын, жумуштардын "
            "кышка чейин бүтүшүн текшерүү",
            date(2026, 12, 1), date(2026, 12, 25), 4,
            (M.DOCUMENT_REVIEW, M.OBSERVATION, M.EVENT_OBSERVATION),
            ("Ташиев", "Осмоналиев"),
            "Демилгелүү топтун салымдарды каттоо китеби, айылдык кеңештин №16/1 токтому, смета, "
            "аткарылган жумуштардын актылары",
            "Фотоаппарат, айыл өкмөтүнүн инженеринин кеңеши",
            "Демилгелүү топ жана маданият үйүнүн директору — маалымат берүүдө; тургундар — "
            "жумуштарды кабыл алууда",
            "Чогулган жана жумшалган каражаттарды салыштыруу, жумуштарды сметага ылайык текшерүү",
        ),
    )
}


@dataclass(frozen=True)
class VersionSpec:
    number: int
    drafted_on: date  # the group meeting that agreed the draft
    discussed_on: date
    submitted_on: date
    approved_on: date
    resolution: str
    proposals: str  # the discussion with the aiyl okmotu, summed up
    amendment_reason: str
    items: tuple[ItemSpec, ...]
    answered_on: date  # the day the group answered each proposal of the aiyl okmotu
    proposal_answers: tuple[tuple[str, str], ...]  # (proposal, the group's answer); all accepted


PASTURE_CANCELLED = (
    "Жайыт комитетинин курамы 2026-жылдын июнунда жаңыланып, 2025-жылдагы отчету райондук "
    "деңгээлде текшерилүүдө. Мониторинг 2027-жылдын планына которулду."
)

VERSIONS = (
    VersionSpec(
        1, date(2025, 12, 12), date(2026, 1, 12), date(2026, 1, 19), date(2026, 1, 28), "14/3",
        "Айыл өкмөтү планга №25 Кызыл-Туу орто мектебиндеги ысык тамактанууну жана жайыт "
        "комитетинин ишин кошууну сунуштады; эки сунуш тең кабыл алынды.",
        "",
        tuple(ITEMS[key] for key in ("water", "school", "road", "fap", "waste", "pasture", "sedp")),
        date(2026, 1, 15),
        (
            ("№25 Кызыл-Туу орто мектебинде башталгыч класстардын окуучуларын ысык тамак менен "
             "камсыз кылууну мониторингге алуу",
             "Кабыл алынды: пландын 2-пункту, мониторинг жазгы мезгилде (март–апрель) жүргүзүлөт."),
            ("Жайыт комитетинин жайыт билеттерин берүү жана жайыт акысын чогултуу ишин "
             "мониторингге алуу",
             "Кабыл алынды: пландын 6-пункту, мал жайытка чыккандан кийин III кварталда."),
        ),
    ),
    VersionSpec(
        2, date(2026, 6, 19), date(2026, 6, 22), date(2026, 6, 23), date(2026, 6, 26), "16/2",
        "Айыл өкмөтү маданият үйүнүн жылытуу системасын оңдоо демилгесин мониторингге алууну "
        "колдоду.",
        "1) Масы айылдык маданият үйүнүн жылытуу системасын оңдоо боюнча жергиликтүү демилге "
        "планга кошулду. 2) «Таза Айыл» МИнин калдыктарды чыгаруу кызматына мониторинг "
        "ишкананын жаңы графиги сентябрда күчүнө кирерине байланыштуу IV кварталга жылдырылды. "
        "3) Жайыт комитетине мониторинг жокко чыгарылды: комитеттин курамы жаңыланып, 2025-жылдагы "
        "отчету райондук деңгээлде текшерилүүдө.",
        (
            ITEMS["water"], ITEMS["school"], ITEMS["road"], ITEMS["fap"],
            replace(
                ITEMS["waste"], quarter=4, starts_on=date(2026, 10, 1), ends_on=date(2026, 12, 15)
            ),
            replace(ITEMS["pasture"], cancel_reason=PASTURE_CANCELLED),
            ITEMS["sedp"], ITEMS["culture"],
        ),
        date(2026, 6, 22),
        (
            ("Масы айылдык маданият үйүнүн жылытуу системасын оңдоо демилгесине мониторинг "
             "жүргүзүү",
             "Кабыл алынды: топтун 2026-жылдын 19-июнундагы чечими менен пландын 8-пункту "
             "катары кошулган, IV квартал."),
        ),
    ),
)


def item_status(spec: ItemSpec, as_of: date) -> PlanItemStatus:
    if spec.cancel_reason:
        return PlanItemStatus.CANCELLED
    if spec.done_on is not None and spec.done_on <= as_of:
        return PlanItemStatus.DONE
    if spec.starts_on <= as_of:
        return PlanItemStatus.IN_PROGRESS
    return PlanItemStatus.PLANNED


def _version_status(spec: VersionSpec, ctx: DemoContext, superseded: bool) -> PlanVersionStatus:
    if superseded:
        return PlanVersionStatus.SUPERSEDED
    if ctx.happened(spec.approved_on):
        return PlanVersionStatus.APPROVED
    if ctx.happened(spec.submitted_on):
        return PlanVersionStatus.SUBMITTED
    if ctx.happened(spec.discussed_on):
        return PlanVersionStatus.DISCUSSED
    return PlanVersionStatus.DRAFT


def add_plan(ctx: DemoContext) -> None:
    versions = [spec for spec in VERSIONS if ctx.happened(spec.drafted_on)]
    if not versions:
        return
    plan = Plan(municipality_id=ctx.municipality_id, year=PLAN_YEAR)
    ctx.add(plan)
    decided = []
    for index, spec in enumerate(versions):
        successor = versions[index + 1] if index + 1 < len(versions) else None
        superseded = successor is not None and ctx.happened(successor.approved_on)
        # A superseded version keeps the item statuses it had on the day it was replaced.
        as_of = successor.approved_on if superseded else ctx.today
        version = _add_version(ctx, plan, spec, superseded, as_of)
        decided.append((version, _version_status(spec, ctx, superseded)))
        ctx.plan_versions[spec.number] = version
        if ctx.happened(spec.approved_on) or not ctx.plan_items:
            ctx.plan_items = {
                item_spec.key: item for item_spec, item in zip(spec.items, version.items)
            }
    ctx.session.flush()
    _link_amended_items(versions, [version for version, _status in decided])
    ctx.session.flush()
    # A version is approved once its content exists: the database refuses content added later (0007).
    for version, status in decided:
        version.status = status
    ctx.session.flush()


def _link_amended_items(specs: list[VersionSpec], versions: list[PlanVersion]) -> None:
    """An amendment's items continue those of the version it amends, so their acts stay theirs."""
    previous: dict[str, PlanItem] = {}
    for spec, version in zip(specs, versions):
        for item_spec, item in zip(spec.items, version.items):
            if item_spec.key in previous:
                item.source_item_id = previous[item_spec.key].id
        previous = {item_spec.key: item for item_spec, item in zip(spec.items, version.items)}


def _add_version(
    ctx: DemoContext, plan: Plan, spec: VersionSpec, superseded: bool, as_of: date
) -> PlanVersion:
    resolution = ctx.resolutions.get(spec.resolution) if ctx.happened(spec.approved_on) else None
    version = PlanVersion(
        number=spec.number,
        status=PlanVersionStatus.DRAFT,
        discussed_on=ctx.known(spec.discussed_on),
        aiyl_okmotu_proposals=spec.proposals if ctx.happened(spec.discussed_on) else "",
        submitted_on=ctx.known(spec.submitted_on),
        approval_resolution_id=resolution.id if resolution else None,
        amendment_reason=spec.amendment_reason,
    )
    plan.versions.append(version)
    if ctx.happened(spec.discussed_on):
        answered = ctx.happened(spec.answered_on)
        version.proposals = [
            PlanProposal(
                position=position, text=text, accepted=True if answered else None,
                answer=answer if answered else "",
            )
            for position, (text, answer) in enumerate(spec.proposal_answers, start=1)
        ]
    for position, item_spec in enumerate(spec.items, start=1):
        version.items.append(
            PlanItem(
                position=position,
                object_id=ctx.objects[item_spec.object_key].id,
                subject_kind=item_spec.subject_kind,
                subject=item_spec.subject,
                purpose=item_spec.purpose,
                quarter=item_spec.quarter,
                starts_on=item_spec.starts_on,
                ends_on=item_spec.ends_on,
                information_sources=item_spec.information_sources,
                resources_needed=item_spec.resources_needed,
                involvement=item_spec.involvement,
                analysis_method=item_spec.analysis_method,
                status=item_status(item_spec, as_of),
                cancel_reason=item_spec.cancel_reason,
                methods=[PlanItemMethod(method=method) for method in item_spec.methods],
                responsibles=[
                    PlanItemResponsible(membership_id=ctx.member_id(surname))
                    for surname in item_spec.responsibles
                ],
            )
        )
    return version

