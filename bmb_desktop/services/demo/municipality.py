"""The demo municipality: Д. Садырбаев айыл аймагы, its villages, council sessions and resolutions.

Names, villages, the XII session and resolutions 12/1–12/6 are those of the real resolutions of
14 October 2025 (seeds/001). The later sessions (XIV, XVI, XVIII) are plausible inventions that
approve and amend the group's 2026 plan.
"""

from __future__ import annotations

from datetime import date

from bmb_desktop.domain.enums import ChairRule, ProtocolSigners
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import (
    CouncilSession,
    Municipality,
    RegulationProfile,
    Resolution,
    Village,
)

GROUP_CREATED_ON = date(2025, 10, 14)
GROUP_RESOLUTION = "12/5"

# The villages where the local kurultai gatherings of resolution 12/1 (appendix 2) were held,
# and Арал and Шайдан whose village heads sit on its organising committee (appendix 1).
VILLAGES = (
    "Масы",
    "Беш-Жыгач",
    "Эски Масы",
    "Жон-Арык",
    "Кызыл-Туу",
    "Богот",
    "Апыртан",
    "Алма",
    "Жаңы-Арык",
    "Тоскоол",
    "Бирдик",
    "Көк-Айдар",
    "Рассвет",
    "Арал",
    "Шайдан",
)

# (session number, extraordinary, held on, [(resolution number, title)])
SESSIONS = (
    (12, True, GROUP_CREATED_ON, (
        ("12/1", "Элдик курултайды уюштуруу жана өткөрүү жөнүндө"),
        ("12/2", "Д.Садырбаев айыл аймагынын Кен-Сай участкасындагы суу насостук станцияны "
                 "өткөрүп берүү жөнүндө"),
        ("12/3", "Д.Садырбаев айыл аймагындагы кайракы жердин аренда акысын бекитүү жөнүндө"),
        ("12/4", "Д.Садырбаев айыл аймагындагы жолдорду ДЭП өткөрүү жөнүндө"),
        ("12/5", "Д.Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобун курамын "
                 "жана жобосун бекитүү жөнүндө"),
        ("12/6", "Д.Садырбаев айыл аймагындагы ат майдандын тарифин бекитүү жөнүндө"),
    )),
    (14, False, date(2026, 1, 28), (
        ("14/1", "Д.Садырбаев айыл өкмөтүнүн 2025-жылдагы ишинин жыйынтыктары жөнүндө"),
        ("14/2", "Д.Садырбаев айыл аймагынын социалдык-экономикалык өнүгүү программасынын "
                 "2026-жылга карата индикаторлорунун тизмесин бекитүү жөнүндө"),
        ("14/3", "Д.Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобунун "
                 "2026-жылга карата мониторинг жана баалоо планын бекитүү жөнүндө"),
    )),
    (16, True, date(2026, 6, 26), (
        ("16/1", "Масы айылдык маданият үйүнүн жылытуу системасын оңдоо боюнча жергиликтүү "
                 "демилгени колдоо жөнүндө"),
        ("16/2", "Д.Садырбаев айыл аймагындагы биргелешкен мониторинг жана баалоо тобунун "
                 "2026-жылга карата мониторинг жана баалоо планына өзгөртүүлөрдү киргизүү жөнүндө"),
    )),
    (18, True, date(2026, 10, 16), (
        ("18/1", "Масы айылындагы Жибек Жолу көчөсүн оңдоо жумуштарынын сапаты боюнча "
                 "биргелешкен мониторинг жана баалоо тобунун №3/2026 актысы жана айыл өкмөтүнүн "
                 "башчысынын маалыматы жөнүндө"),
    )),
)


def add_municipality(ctx: DemoContext) -> Municipality:
    municipality = Municipality(
        name="Д. Садырбаев",
        # The seed names no district; Масы lies in Ноокен району, and resolution 12/2 hands the
        # pumping station to the Жалал-Абад water authority.
        district="Ноокен району",
        region="Жалал-Абад облусу",
        administrative_centre="Масы",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Ш. Дарманкулов",  # acting head (resolution 12/1, point 6)
        council_name="Д. Садырбаев айылдык кеңеши",
        council_convocation="II",
        council_chair="А. Тешебаев",
        responsible_secretary="А. Саитова",
        phone="+996 772 300 415",
        created_at=ctx.stamp(ctx.today),
    )
    municipality.villages = [
        Village(name=name, position=position) for position, name in enumerate(VILLAGES, start=1)
    ]
    ctx.add(municipality)
    ctx.session.flush()
    ctx.municipality = municipality
    ctx.villages = {village.name: village for village in municipality.villages}
    return municipality


def add_council_sessions(ctx: DemoContext) -> None:
    for number, extraordinary, held_on, resolutions in SESSIONS:
        if not ctx.happened(held_on):
            continue
        session = CouncilSession(
            municipality_id=ctx.municipality_id,
            convocation="II",
            number=number,
            extraordinary=extraordinary,
            held_on=held_on,
        )
        for resolution_number, title in resolutions:
            resolution = Resolution(
                municipality_id=ctx.municipality_id,
                number=resolution_number,
                adopted_on=held_on,
                title=title,
            )
            session.resolutions.append(resolution)
            ctx.resolutions[resolution_number] = resolution
        ctx.add(session)
    ctx.session.flush()


def add_regulation_profile(ctx: DemoContext) -> RegulationProfile:
    """The model regulation's rules: under them the real group of 12/5 shows its gaps (G9)."""
    profile = RegulationProfile(
        municipality_id=ctx.municipality_id,
        name="",  # the preset's title, printed in the document's language
        preset="model",
        min_size=5,
        max_size=15,
        odd_size_required=True,
        min_employee_percent=25,
        min_deputy_percent=25,
        min_citizen_percent=50,
        max_one_sex_percent=70,
        chair_rule=ChairRule.CITIZEN_MEMBER,
        term_months=48,
        min_meetings_per_quarter=1,
        protocol_signers=ProtocolSigners.CHAIR_AND_SECRETARY,
        basis_resolution_id=ctx.resolutions[GROUP_RESOLUTION].id,
        group_created_on=GROUP_CREATED_ON,
    )
    ctx.add(profile)
    ctx.session.flush()
    return profile
