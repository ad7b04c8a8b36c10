"""The demo's acts: three issued in 2026 with findings, recommendations and follow-up, one draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.acts import fingerprint
from bmb_desktop.domain.enums import (
    ActStatus,
    AddresseeKind,
    DeliveryMethod,
    FindingKind,
    MonitoringMethod as M,
    RecommendationStatus as R,
    ResponseKind,
)
from bmb_desktop.services.act_issue import act_content
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.services.demo.plan import ITEMS
from bmb_desktop.storage.models import (
    Act,
    ActAddressee,
    ActParticipant,
    ActResponse,
    Finding,
    Recommendation,
    RecommendationNote,
)

AO = "Д. Садырбаев айыл өкмөтү"
COUNCIL = "Д. Садырбаев айылдык кеңеши"
FACT, EVALUATION = FindingKind.FACT, FindingKind.EVALUATION


@dataclass(frozen=True)
class Advice:
    """A recommendation with its dated follow-up notes; its status is the latest note's."""

    addressee: str
    text: str
    due_on: date | None
    notes: tuple[tuple[date, R, str], ...] = ()


@dataclass(frozen=True)
class Sent:
    """One addressee of an issued act (A3) and the answers it gave (A4, A5)."""

    kind: AddresseeKind
    name: str
    received_on: date
    receiver: str
    responses: tuple[tuple[ResponseKind, date, str, str], ...] = ()  # kind, on, causes, measures
    method: DeliveryMethod = DeliveryMethod.BY_HAND


@dataclass(frozen=True)
class ActSpec:
    key: str  # the plan item it reports on
    number: int | None
    drafted_on: date
    issued_on: date | None
    place: str
    period: tuple[date, date]
    participants: tuple[str, ...]
    findings: tuple[tuple[FindingKind, M, str], ...]
    advice: tuple[Advice, ...]
    sent: tuple[Sent, ...] = ()


WATER_ACT = ActSpec(
    "water", 1, date(2026, 3, 30), date(2026, 4, 6),
    "Масы жана Беш-Жыгач айылдары; «Масы-Суу» ИСПАКБнын кеңсеси (Масы айылы)",
    (date(2026, 2, 16), date(2026, 3, 27)),
    ("Султанова", "Жантаева", "Кандарова"),
    (
        (FACT, M.DOCUMENT_REVIEW,
         "ИСПАКБнын 2025-жылдагы отчетуна ылайык, бирикмеде 1 140 үй чарбасы абонент катары "
         "катталган, алардын 912си (80 %) суу акысын толук төлөгөн. Суу сактагычты хлордоо "
         "журналы 2026-жылдын 10-январынан 2-мартына чейин толтурулган эмес."),
        (FACT, M.OBSERVATION,
         "2026-жылдын 3–5-мартында жүргүзүлгөн байкоодо Беш-Жыгач айылынын жогорку бөлүгүндөгү "
         "(Ала-Тоо жана Жеңиш көчөлөрү) 46 үйгө суу суткасына 2–3 саат гана берилери аныкталды. "
         "Түтүктүн үч жеринен суу агып жатканы сүрөткө тартылды."),
        (EVALUATION, M.QUESTIONNAIRE,
         "Сурамжылоого 104 үй чарбасы катышты. Суунун сапатына 58 %, суунун үзгүлтүксүз "
         "берилишине 41 % канааттанат. Аялдардын арасында канааттануу 36 %, 60 жаштан "
         "өткөндөрдүн арасында 33 % түздү."),
        (FACT, M.COMPLAINT_VERIFICATION,
         "2026-жылдын январь–март айларында топтун WhatsApp номерине тургундардан 17 билдирүү "
         "келди, алардын 11и суунун үзгүлтүгүнө тиешелүү. ИСПАКБ бул 11 арыздын 6сына жооп "
         "берген эмес."),
    ),
    (
        Advice("«Масы-Суу» ИСПАКБ",
               "Беш-Жыгач айылындагы түтүктүн суу агып жаткан үч жерин оңдоо.",
               date(2026, 5, 15), (
                   (date(2026, 4, 17), R.ACCEPTED,
                    "ИСПАКБ жазуу жүзүндөгү жообунда оңдоо иштерин апрель айында бүтүрөрүн "
                    "билдирди."),
                   (date(2026, 5, 20), R.IMPLEMENTED,
                    "У. Жантаева жана К. Султанова жерине барып текшерди: үч жер тең оңдолгон."),
               )),
        Advice("«Масы-Суу» ИСПАКБ",
               "Хлордоо журналын күн сайын жүргүзүү жана суунун сапатын райондук санэпидемиология "
               "борборунда кварталына бир жолудан кем эмес текшертүү.",
               date(2026, 6, 30), (
                   (date(2026, 4, 17), R.ACCEPTED, ""),
                   (date(2026, 7, 10), R.PARTLY_IMPLEMENTED,
                    "Журнал үзгүлтүксүз жүргүзүлүүдө; лабораториялык текшерүү бир гана жолу "
                    "(2026-жылдын майында) жүргүзүлгөн."),
               )),
        Advice(AO,
               "Беш-Жыгач айылынын жогорку көчөлөрүнө суу берүүнүн графигин ИСПАКБ менен бирге "
               "бекитип, маалымат такталарына илүү.",
               date(2026, 5, 1), (
                   (date(2026, 4, 28), R.IMPLEMENTED,
                    "График бекитилип, айыл өкмөтүнүн жана маданият үйүнүн такталарына илинди."),
               )),
        Advice(COUNCIL,
               "2027-жылдын жергиликтүү бюджетинде Беш-Жыгач айылынын жогорку бөлүгү үчүн кошумча "
               "суу сактагыч курууга каражат кароо.",
               date(2026, 12, 1), (
                   (date(2026, 4, 30), R.IN_PROGRESS,
                    "Айыл өкмөтү маселени 2027-жылдын бюджетинин долбооруна киргизерин билдирди."),
               )),
    ),
    (
        Sent(AddresseeKind.OBJECT, "«Масы-Суу» ИСПАКБ", date(2026, 4, 6), "Ж. Мамытов", (
            (ResponseKind.OBJECT_RESPONSE, date(2026, 4, 17),
             "Суу агып кеткен жерлер 1978-жылы төшөлгөн эски түтүктө жайгашкан. Хлордоочу "
             "оператор январь–февраль айларында ооруп, анын орду толтурулган эмес.",
             "Үч жерди оңдоо үчүн түтүк жана муфталар сатылып алынды, жумуштар 2026-жылдын "
             "30-апрелине чейин бүтөт. Хлордоо үчүн кошумча оператор дайындалды."),
        )),
        Sent(AddresseeKind.AIYL_OKMOTU, AO, date(2026, 4, 7), "А. Саитова", (
            (ResponseKind.AO_REPORT_TO_COUNCIL, date(2026, 4, 30), "",
             "Суу берүүнүн графиги бекитилип, 2026-жылдын 28-апрелинде маалымат такталарына "
             "илинди. ИСПАКБ түтүктүн үч жерин оңдоо иштерин баштады. Кошумча суу сактагыч куруу "
             "маселеси 2027-жылдын бюджетинин долбооруна киргизилет."),
        )),
        Sent(AddresseeKind.COUNCIL, COUNCIL, date(2026, 4, 8), "Г. Акматова"),
    ),
)

SCHOOL_ACT = ActSpec(
    "school", 2, date(2026, 5, 11), date(2026, 5, 20),
    "Кызыл-Туу айылы, №25 Кызыл-Туу орто мектебинин ашканасы",
    (date(2026, 3, 2), date(2026, 4, 30)),
    ("Жантаева", "Кандарова", "Султанова"),
    (
        (FACT, M.OBSERVATION,
         "2026-жылдын 2-мартынан 24-апрелине чейин 8 жолу күтүүсүз байкоо жүргүзүлдү. 1–4-"
         "класстардын 212 окуучусу ысык тамак менен камсыз болууда; 5 күндө тамак бекитилген "
         "менюга ылайык келген эмес (эттүү тамактын ордуна нан жана чай берилген)."),
        (FACT, M.DOCUMENT_REVIEW,
         "Азык-түлүк жеткирүүчү менен келишимге ылайык эт жумасына эки жолу жеткирилиши керек; "
         "накладнойлор боюнча март айында эт бир гана жолу жеткирилген."),
        (FACT, M.OBSERVATION,
         "Ашканада ысык суу жок, идиштер муздак сууда жуулат; колду жуу үчүн бир гана кран "
         "иштейт."),
        (EVALUATION, M.FOCUS_GROUP,
         "Ата-энелер менен өткөрүлгөн фокус-топко (10 киши) катышкандардын көпчүлүгү тамактын "
         "даамына канааттанарын, бирок порциянын аздыгын жана менюнун ата-энелерге "
         "жарыяланбаганын белгилешти."),
        (EVALUATION, M.KEY_INFORMANT_INTERVIEW,
         "Мектептин директору жана ашпозчулар менен маекте кечигүүлөрдүн негизги себеби "
         "жеткирүүчүгө акча которуунун кечигиши экени айтылды."),
    ),
    (
        Advice("№25 Кызыл-Туу орто мектеби",
               "Бекитилген менюну ар жуманын башында мектептин стендине жана ата-энелердин "
               "WhatsApp тайпасына жарыялоо.",
               date(2026, 9, 15), (
                   (date(2026, 6, 10), R.ACCEPTED,
                    "Мектеп 2026–2027-окуу жылынын башынан менюну жарыялоону милдетине алды."),
                   (date(2026, 9, 15), R.IMPLEMENTED,
                    "У. Жантаева текшерди: меню стендде жана ата-энелердин тайпасында "
                    "жарыяланууда."),
               )),
        Advice("№25 Кызыл-Туу орто мектеби",
               "Азык-түлүк жеткирүүчүнүн келишимдин шарттарын аткарышын ай сайын текшерип, "
               "бузууларды актыга түшүрүү.",
               date(2026, 9, 30), (
                   (date(2026, 6, 10), R.ACCEPTED, ""),
               )),
        Advice(AO,
               "Мектептин ашканасына суу жылыткыч орнотуу жана кошумча кол жуугуч куруу үчүн "
               "каражат бөлүү.",
               date(2026, 8, 25), (
                   (date(2026, 6, 17), R.IN_PROGRESS,
                    "Айыл өкмөтү суу жылыткычты сатып алууну III кварталга пландады."),
                   (date(2026, 9, 2), R.PARTLY_IMPLEMENTED,
                    "Суу жылыткыч орнотулду; кол жуугучтар али курула элек."),
               )),
        Advice("№25 Кызыл-Туу орто мектеби",
               "Ашкананы кеңейтип, окуучуларды эки нөөмөт менен тамактандыруудан баш тартуу.",
               date(2026, 8, 31), (
                   (date(2026, 6, 10), R.REJECTED,
                    "Мектептин жообу боюнча ашкананы кеңейтүүгө каражат жок; маселе 2027-жылы "
                    "мамлекеттик программага киргизүү үчүн сунушталат."),
               )),
    ),
    (
        # The school answered after its ten working days (due 5 June): a late response.
        Sent(AddresseeKind.OBJECT, "№25 Кызыл-Туу орто мектеби", date(2026, 5, 21),
             "Н. Абдыразакова", (
                 (ResponseKind.OBJECT_RESPONSE, date(2026, 6, 10),
                  "Эттин жеткирилишинин кечигиши каражаттын кечиктирилип которулушуна байланыштуу. "
                  "Ашканадагы суу жылыткыч 2024-жылы бузулган.",
                  "Меню 2026–2027-окуу жылынын башынан тартып жарыяланат. Жеткирүүчүгө келишимдин "
                  "шарттарын бузгандыгы үчүн расмий эскертүү берилди. Ашкананы кеңейтүү мүмкүн "
                  "эмес — каражат жок."),
             )),
        Sent(AddresseeKind.AIYL_OKMOTU, AO, date(2026, 5, 20), "А. Саитова", (
            (ResponseKind.AO_REPORT_TO_COUNCIL, date(2026, 6, 17), "",
             "Ашканага суу жылыткыч сатып алууга 38 000 сом каралды, III кварталда орнотулат. "
             "Жеткирүүчү менен келишимдин аткарылышын көзөмөлдөө айыл өкмөтүнүн социалдык "
             "адисине тапшырылды."),
        )),
        Sent(AddresseeKind.COUNCIL, COUNCIL, date(2026, 5, 22), "Г. Акматова",
             method=DeliveryMethod.EMAIL),
    ),
)

ROAD_ACT = ActSpec(
    "road", 3, date(2026, 9, 4), date(2026, 9, 14),
    "Масы айылы, Жибек Жолу көчөсү (1,2 км)",
    (date(2026, 4, 22), date(2026, 8, 28)),
    # К. Ташиев was removed from this monitoring for a conflict of interest and does not sign.
    ("Осмоналиев", "Султанова", "Кандарова"),
    (
        (FACT, M.EVENT_OBSERVATION,
         "2026-жылдын 22-апрелинде айыл өкмөтүнүн тендердик комиссиясынын отурумуна топтун "
         "мүчөлөрү байкоочу катары катышты. Үч сунуштун ичинен эң арзан баа сунуштаган "
         "«Нур-Жол Курулуш» ЖЧК жеңүүчү деп табылды; жол-жобо бузулган эмес."),
        (FACT, M.DOCUMENT_REVIEW,
         "Келишимге ылайык жумуштар 2026-жылдын 31-июлуна чейин бүтүшү керек болчу; курулуш "
         "журналы боюнча жумуштар 2026-жылдын 20-августунда бүткөн (20 күнгө кечиккен). "
         "Келишимде кечиктиргени үчүн айып пул каралган, бирок ал колдонулган эмес."),
        (FACT, M.OBSERVATION,
         "2026-жылдын 25-августунда 12 чекитте өлчөө жүргүзүлдү: көчөнүн 400 метр бөлүгүндө "
         "шагылдын калыңдыгы 8–10 см түздү, сметада 15 см каралган. Көчөнүн эки тарабындагы "
         "арыктар тазаланган эмес."),
        (EVALUATION, M.COMMUNITY_SURVEY,
         "Көчөнүн 30 тургуну менен жолугушууда 22си жол мурункуга караганда жакшырганын, бирок "
         "жамгырдан кийин чуңкурлар кайра пайда болгонун айтышты."),
    ),
    (
        Advice("«Нур-Жол Курулуш» ЖЧК",
               "Көчөнүн 400 метр бөлүгүндө шагыл катмарын сметага ылайык 15 смге чейин толуктоо "
               "жана арыктарды тазалоо.",
               date(2026, 10, 15), (
                   (date(2026, 10, 20), R.NOT_CONSIDERED,
                    "Мөөнөт өттү; ишкана актыга жооп берген жок, жумуштар аткарылган жок."),
               )),
        Advice(AO,
               "Кемчиликтер четтетилгенге чейин жумуштарды кабыл алуу актысына кол койбоо жана "
               "келишимге ылайык кечиктиргени үчүн айып пул колдонуу.",
               date(2026, 10, 1), (
                   (date(2026, 10, 12), R.ACCEPTED,
                    "Айыл өкмөтүнүн маалыматы боюнча акыркы төлөм токтотулду, айып пул "
                    "эсептелүүдө."),
                   (date(2026, 10, 16), R.IN_PROGRESS,
                    "Айылдык кеңештин №18/1 токтому менен айыл өкмөтүнүн башчысына ишканага "
                    "доо-талап коюу тапшырылды."),
               )),
        Advice(COUNCIL,
               "Айыл өкмөтүнүн башчысынын актынын сунуштамаларын аткаруу боюнча маалыматын "
               "кезексиз сессияда угуу.",
               date(2026, 10, 31), (
                   (date(2026, 10, 16), R.IMPLEMENTED,
                    "Маселе айылдык кеңештин кезексиз XVIII сессиясында каралды (№18/1 токтом)."),
               )),
    ),
    (
        # No answer from the contractor: its ten working days ended on 29 September.
        Sent(AddresseeKind.OBJECT, "«Нур-Жол Курулуш» ЖЧК", date(2026, 9, 15), "Б. Ташиев"),
        Sent(AddresseeKind.AIYL_OKMOTU, AO, date(2026, 9, 14), "А. Саитова", (
            (ResponseKind.AO_REPORT_TO_COUNCIL, date(2026, 10, 12), "",
             "Жумуштарды кабыл алуу актысына кол коюлган жок, акыркы төлөм (380 000 сом) "
             "токтотулду. Ишканага кечиктиргени үчүн айып пул эсептелип, кемчиликтерди четтетүү "
             "талабы менен кат жөнөтүлдү."),
        )),
        Sent(AddresseeKind.COUNCIL, COUNCIL, date(2026, 9, 15), "Г. Акматова"),
    ),
)

FAP_DRAFT = ActSpec(
    "fap", None, date(2026, 10, 19), None,
    "Арал айылы, фельдшердик-акушердик пункттун имараты",
    (date(2026, 7, 1), date(2026, 9, 30)),
    ("Кандарова", "Жантаева"),
    (
        (FACT, M.OBSERVATION,
         "ФАП дүйшөмбүдөн жумага чейин саат 8:00–16:00 иштейт деп жарыяланган, бирок 6 "
         "байкоонун 2синде саат 11:00гө чейин жабык болгон."),
        (EVALUATION, M.CITIZEN_REPORT_CARD,
         "Жарандык отчеттук карточканы 74 тургун толтурду. Медициналык кызматкерлердин "
         "мамилесине орточо баа 4,1 балл, дары-дармектин жеткиликтүүлүгүнө 2,6 балл (5 баллдык "
         "шкала боюнча)."),
        (FACT, M.KEY_INFORMANT_INTERVIEW,
         "Фельдшер менен маекте акысыз берилүүчү дарылардын тизмесиндеги 14 дарынын 5и июль–"
         "август айларында болбогону аныкталды."),
    ),
    (
        Advice("Арал ФАПы",
               "Иш убактысын так сактоо жана фельдшер чакырылып кеткен учурда эшикке байланыш "
               "телефонун илүү.", None),
        Advice(AO,
               "Райондук үй-бүлөлүк медицина борборуна дары-дармектердин үзгүлтүксүз жеткирилиши "
               "боюнча расмий кайрылуу жөнөтүү.", None),
    ),
)

ACTS = (WATER_ACT, SCHOOL_ACT, ROAD_ACT, FAP_DRAFT)


def add_acts(ctx: DemoContext) -> None:
    for spec in ACTS:
        if ctx.happened(spec.drafted_on):
            ctx.acts[spec.key] = _add_act(ctx, spec)
    ctx.session.flush()


def _add_act(ctx: DemoContext, spec: ActSpec) -> Act:
    item = ITEMS[spec.key]
    issued = ctx.happened(spec.issued_on)
    plan_item = ctx.plan_items.get(spec.key)
    # Written as a draft first: the database accepts an act's content only while it is a draft.
    act = Act(
        municipality_id=ctx.municipality_id,
        status=ActStatus.DRAFT,
        plan_item_id=plan_item.id if plan_item else None,
        object_id=ctx.objects[item.object_key].id,
        subject_kind=item.subject_kind,
        subject=item.subject,
        purpose=item.purpose,
        place=spec.place,
        period_start=spec.period[0],
        period_end=spec.period[1],
        updated_at=ctx.stamp(spec.issued_on if issued else spec.drafted_on),
        participants=[ActParticipant(membership_id=ctx.member_id(s)) for s in spec.participants],
        findings=[
            Finding(position=position, kind=kind, method=method, text=text)
            for position, (kind, method, text) in enumerate(spec.findings, start=1)
        ],
        recommendations=[
            _recommendation(ctx, position, advice)
            for position, advice in enumerate(spec.advice, start=1)
        ],
    )
    ctx.add(act)
    if issued:
        ctx.session.flush()
        act.number, act.year, act.issued_on = spec.number, spec.issued_on.year, spec.issued_on
        act.fingerprint = fingerprint(act_content(ctx.session, act))
        act.status = ActStatus.ISSUED
        act.addressees = [_addressee(ctx, spec.issued_on, sent) for sent in spec.sent]
    return act


def _recommendation(ctx: DemoContext, position: int, advice: Advice) -> Recommendation:
    notes = [note for note in advice.notes if ctx.happened(note[0])]
    status = notes[-1][1] if notes else R.OPEN
    closed_with_reason = status in (R.REJECTED, R.NOT_CONSIDERED)
    return Recommendation(
        position=position,
        addressee=advice.addressee,
        text=advice.text,
        due_on=advice.due_on,
        status=status,
        status_reason=notes[-1][2] if closed_with_reason else "",
        notes=[RecommendationNote(noted_on=on, status=s, text=text) for on, s, text in notes],
    )


def _addressee(ctx: DemoContext, sent_on: date, sent: Sent) -> ActAddressee:
    received = ctx.known(sent.received_on)
    return ActAddressee(
        kind=sent.kind,
        name=sent.name,
        delivery_method=sent.method,
        sent_on=sent_on,
        received_on=received,
        receiver_name=sent.receiver if received else "",
        responses=[
            ActResponse(kind=kind, received_on=on, causes=causes, measures=measures)
            for kind, on, causes, measures in sent.responses
            if ctx.happened(on)
        ],
    )
