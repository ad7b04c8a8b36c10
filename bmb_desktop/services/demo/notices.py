"""Notice boards of the municipality and the group's notices posted on them.

A notice linked to a meeting announces that meeting's day, hour and place; the others carry the
day of what they announce (the last day for applications, a monitoring's start, the public
presentation of the summary report, from which S2 counts a week).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import Notice, NoticeBoard, Posting

# key: (name, location, taken out of use on)
BOARDS = {
    "ao": ("Айыл өкмөтүнүн маалымат тактасы",
           "Масы айылы, Д. Садырбаев айыл өкмөтүнүн имараты, кире бериш", None),
    "culture": ("Маданият үйүнүн стенди", "Масы айылдык маданият үйү, фойе", None),
    "school": ("Мектептин стенди", "Кызыл-Туу айылы, №25 Кызыл-Туу орто мектеби", None),
    "fap": ("ФАПтын тактасы", "Арал айылы, фельдшердик-акушердик пункттун имараты", None),
    # Blown down in a spring storm and not put back; kept for the postings it carried.
    "besh_jygach": ("Беш-Жыгач айылындагы такта", "Беш-Жыгач айылы, борбордук дүкөндүн жаны",
                    date(2026, 4, 10)),
}
SAITOVA, TASHIEV = "А. Саитова", "К. Ташиев"


@dataclass(frozen=True)
class NoticeSpec:
    kind: NoticeKind
    title: str
    body: str
    created_on: date
    postings: tuple[tuple[str, date, str, date | None], ...]  # board, posted, by, removed
    resolution: str | None = None
    meeting: str | None = None
    act: str | None = None
    plan_item: str | None = None
    event_on: date | None = None  # of notices not linked to a meeting


NOTICES = (
    NoticeSpec(
        NoticeKind.FORMATION_START, "Биргелешкен мониторинг жана баалоо тобун түзүү башталды",
        "Д. Садырбаев айыл өкмөтү биргелешкен мониторинг жана баалоо (БМжБ) тобун түзүү "
        "башталганын жарыялайт. Топко 18 жашка толгон, айыл аймагында жашаган, коомчулуктун "
        "арасында кадыр-баркка ээ жарандар жана алардын бирикмелеринин өкүлдөрү кире алат. "
        "Арыздар 2025-жылдын 6-октябрына чейин айыл өкмөтүнүн жооптуу катчысы А. Саитовага "
        "кабыл алынат.",
        date(2025, 9, 22), (
            ("ao", date(2025, 9, 22), SAITOVA, date(2025, 10, 14)),
            ("besh_jygach", date(2025, 9, 23), SAITOVA, date(2025, 10, 14)),
        ),
        event_on=date(2025, 10, 6),
    ),
    NoticeSpec(
        NoticeKind.COMPOSITION, "БМжБ тобунун курамы жана биринчи жыйналышы жөнүндө",
        "Д. Садырбаев айылдык кеңешинин 2025-жылдын 14-октябрындагы №12/5 токтому менен "
        "биргелешкен мониторинг жана баалоо тобу төмөнкү курамда бекитилди: Г. Кандарова "
        "(төрайым), К. Султанова, Э. Осмоналиев, У. Жантаева, К. Ташиев. Топтун биринчи "
        "жыйналышы 2025-жылдын 24-октябрында саат 10:00дө айыл өкмөтүнүн жыйындар залында өтөт.",
        date(2025, 10, 20), (
            ("ao", date(2025, 10, 20), SAITOVA, date(2025, 11, 20)),
            ("culture", date(2025, 10, 20), SAITOVA, date(2025, 11, 20)),
            ("besh_jygach", date(2025, 10, 21), SAITOVA, date(2025, 11, 20)),
        ),
        resolution="12/5", meeting="2025-1",
    ),
    NoticeSpec(
        NoticeKind.FREE, "БМжБ тобунун WhatsApp номери",
        "Ичүүчү суу, таштанды чыгаруу, көчөлөр, мектеп жана ФАПтын иши боюнча сунуштарыңызды "
        "жана даттанууларыңызды биргелешкен мониторинг жана баалоо тобунун WhatsApp номерине "
        "жөнөтүңүз: +996 709 251 604. Ар бир билдирүү журналга катталат жана каралат.",
        date(2026, 1, 19), (
            ("ao", date(2026, 1, 19), TASHIEV, None),
            ("culture", date(2026, 1, 19), TASHIEV, None),
            ("school", date(2026, 1, 20), TASHIEV, None),
            ("fap", date(2026, 1, 20), TASHIEV, None),
        ),
    ),
    NoticeSpec(
        NoticeKind.MONITORING, "Ичүүчү суу боюнча мониторинг жүргүзүлөт",
        "2026-жылдын 16-февралынан 27-мартына чейин БМжБ тобу Масы жана Беш-Жыгач айылдарында "
        "ичүүчү суу менен камсыз кылуу кызматына мониторинг жүргүзөт. Топтун мүчөлөрү үй "
        "чарбаларына анкета менен кайрылат. Суроолоруңузду топтун WhatsApp номерине жөнөтсөңүз "
        "болот.",
        date(2026, 2, 12), (
            ("ao", date(2026, 2, 12), TASHIEV, date(2026, 3, 30)),
            ("culture", date(2026, 2, 12), TASHIEV, date(2026, 3, 30)),
        ),
        plan_item="water", event_on=date(2026, 2, 16),
    ),
    NoticeSpec(
        NoticeKind.GATHERING, "Масы жана Беш-Жыгач айылдарынын жыйынына чакыруу",
        "2026-жылдын 20-февралында саат 10:00дө Масы айылдык маданият үйүндө жыйын өтөт. Күн "
        "тартиби: 1) БМжБ тобунун 2026-жылга карата планы; 2) БМжБ тобунун курамына жарандардын "
        "атынан талапкерлерди шайлоо. Бардык тургундарды катышууга чакырабыз.",
        date(2026, 2, 12), (
            ("ao", date(2026, 2, 12), SAITOVA, date(2026, 2, 21)),
            ("culture", date(2026, 2, 12), SAITOVA, date(2026, 2, 21)),
        ),
        meeting="gathering",
    ),
    NoticeSpec(
        NoticeKind.ACT_SUMMARY, "№1/2026 акт: ичүүчү суу боюнча мониторингдин жыйынтыктары",
        "Беш-Жыгач айылынын жогорку көчөлөрүнө суу суткасына 2–3 саат гана берилери, түтүктүн "
        "үч жеринен суу агып жатканы жана хлордоо журналы эки ай толтурулбаганы аныкталды. "
        "Сурамжылоого катышкандардын 41 %ы гана суунун үзгүлтүксүз берилишине канааттанат. "
        "Акт ИСПАКБга, айыл өкмөтүнө жана айылдык кеңешке жиберилди.",
        date(2026, 4, 8), (
            ("ao", date(2026, 4, 8), TASHIEV, date(2026, 5, 8)),
            ("culture", date(2026, 4, 8), TASHIEV, date(2026, 5, 8)),
        ),
        act="water",
    ),
    NoticeSpec(
        NoticeKind.REPORT_RESULTS,
        "БМжБ тобунун 2026-жылдын биринчи жарым жылдыгындагы ишинин жыйынтыктары",
        "2026-жылдын 17-июлунда айыл өкмөтүнүн коомдук отчетунда топтун төрайымы Г. Кандарова "
        "жарым жылдыктын жыйынтыктарын тааныштырды: эки мониторинг жүргүзүлүп, №1/2026 жана "
        "№2/2026 актылар чыгарылды; 8 сунуштаманын 2си толук аткарылды, 5и аткарылуу жүрүшүндө, "
        "1и четке кагылды. Толук отчет менен айыл өкмөтүнөн таанышсаңыз болот.",
        date(2026, 7, 20), (
            ("ao", date(2026, 7, 20), TASHIEV, None),
            ("culture", date(2026, 7, 20), TASHIEV, None),
            ("school", date(2026, 7, 21), TASHIEV, None),
        ),
        event_on=date(2026, 7, 17),
    ),
    NoticeSpec(
        NoticeKind.ACT_SUMMARY, "№3/2026 акт: Жибек Жолу көчөсүн оңдоо жумуштары",
        "Көчөнүн 400 метр бөлүгүндө шагылдын калыңдыгы сметада каралган 15 смдин ордуна 8–10 см "
        "экени, жумуштар 20 күнгө кечиккени жана арыктар тазаланбаганы аныкталды. БМжБ тобу "
        "кемчиликтер четтетилгенге чейин жумуштарды кабыл албоону сунуштады.",
        date(2026, 9, 16), (
            ("ao", date(2026, 9, 16), TASHIEV, None),
            ("culture", date(2026, 9, 16), TASHIEV, None),
        ),
        act="road",
    ),
    NoticeSpec(
        NoticeKind.MONITORING, "Калдыктарды чыгаруу боюнча мониторинг",
        "2026-жылдын 1-октябрынан 15-декабрына чейин Масы жана Эски Масы айылдарында тиричилик "
        "калдыктарын чыгаруу графигинин аткарылышына мониторинг жүргүзүлөт. Таштанды өз "
        "убагында чыгарылбаса, сүрөтү менен топтун WhatsApp номерине билдириңиз.",
        date(2026, 9, 28), (
            ("ao", date(2026, 9, 28), TASHIEV, None),
            ("culture", date(2026, 9, 28), TASHIEV, None),
        ),
        plan_item="waste", event_on=date(2026, 10, 1),
    ),
    # Prepared the day before the demo's today and not put up yet: the home screen reminds of it.
    NoticeSpec(
        NoticeKind.MONITORING, "Маданият үйүнүн жылытуу системасын оңдоо боюнча мониторинг",
        "2026-жылдын 1-декабрынан 25-декабрына чейин БМжБ тобу Масы айылдык маданият үйүнүн "
        "жылытуу системасын оңдоо боюнча жергиликтүү демилгеге мониторинг жүргүзөт: тургундардын "
        "салымдары жана бюджеттик каражат кандай жумшалганы, жумуштардын сапаты текшерилет. "
        "Салым кошкон тургундар пикирин топтун WhatsApp номерине жөнөтө алышат.",
        date(2026, 11, 20), (), plan_item="culture", event_on=date(2026, 12, 1),
    ),
)


def add_notices(ctx: DemoContext) -> None:
    boards = _add_boards(ctx)
    for spec in NOTICES:
        if not ctx.happened(spec.created_on):
            continue
        resolution = ctx.resolutions.get(spec.resolution) if spec.resolution else None
        meeting = ctx.meetings.get(spec.meeting) if spec.meeting else None
        act = ctx.acts.get(spec.act) if spec.act else None
        plan_item = ctx.plan_items.get(spec.plan_item) if spec.plan_item else None
        notice = Notice(
            municipality_id=ctx.municipality_id,
            kind=spec.kind,
            title=spec.title,
            body=spec.body,
            created_on=spec.created_on,
            event_on=meeting.held_on if meeting else spec.event_on,
            event_time=meeting.starts_at if meeting else None,
            event_place=meeting.place if meeting else "",
            resolution_id=resolution.id if resolution else None,
            meeting_id=meeting.id if meeting else None,
            act_id=act.id if act else None,
            plan_item_id=plan_item.id if plan_item else None,
            postings=[
                Posting(
                    board_id=boards[board].id,
                    posted_on=posted_on,
                    posted_by=posted_by,
                    removed_on=ctx.known(removed_on),
                )
                for board, posted_on, posted_by, removed_on in spec.postings
                if ctx.happened(posted_on)
            ],
        )
        ctx.add(notice)


def _add_boards(ctx: DemoContext) -> dict[str, NoticeBoard]:
    boards = {
        key: NoticeBoard(
            municipality_id=ctx.municipality_id,
            name=name,
            location=location,
            position=position,
            in_use=not ctx.happened(retired_on),
        )
        for position, (key, (name, location, retired_on)) in enumerate(BOARDS.items(), start=1)
    }
    ctx.add(*boards.values())
    ctx.session.flush()
    return boards
