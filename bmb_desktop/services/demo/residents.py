"""The demo's residents' voice: messages to the group's WhatsApp number and other channels (P6),
satisfaction surveys by social group (I3), and the written parts of the first half-year report.

The water survey repeats the figures of act 1/2026 (104 households, 41 % satisfied with a steady
supply, women 36 %, the elderly 33 %); the messages of January–March are those the act counts.
"""

from __future__ import annotations

from datetime import date

from bmb_desktop.domain.enums import ResidentChannel as C, SocialGroup as G
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import ResidentMessage, SummaryReport, SurveyResult

# (received on, channel, village, social group, text, linked act or plan item key, response, responded on)
MESSAGES = (
    (date(2026, 1, 22), C.WHATSAPP, "Беш-Жыгач", G.WOMEN,
     "Ала-Тоо көчөсүнө суу үч күндөн бери келбей жатат, балдар менен булактан суу ташып жатабыз.",
     "water", "ИСПАКБнын төрагасына кабарланды; суу 24-январда кайра берилди.", date(2026, 1, 24)),
    (date(2026, 2, 3), C.WHATSAPP, "Беш-Жыгач", G.ELDERLY,
     "Жеңиш көчөсүндө түтүк жарылып, суу жолго агып жатат.",
     "water", "Маалымат ичүүчү суу боюнча мониторингге кошулду, жерине барып сүрөткө тартылды.", date(2026, 3, 4)),
    (date(2026, 2, 18), C.PHONE, "Масы", None,
     "Суу акысын төлөгөнүбүзгө карабай кечкисин суу болбойт. Суу берүү графиги барбы?",
     "water", "Суу берүүнүн графигин бекитүү сунушталды (№1/2026 акт).", date(2026, 4, 6)),
    (date(2026, 3, 11), C.WHATSAPP, "Беш-Жыгач", G.UNEMPLOYED,
     "Суу лайлуу келип жатат, хлордолобу же жокпу белгисиз.",
     "water", "Хлордоо журналы текшерилди: эки ай толтурулган эмес; актыга киргизилди.", date(2026, 4, 6)),
    (date(2026, 3, 25), C.IN_PERSON, "Кызыл-Туу", G.WOMEN,
     "Мектептин башталгыч класстарынын дааратканасы жылуу эмес, кыздар сабакка келбей калып жатат.",
     "school", "Мектептеги мониторингде текшерилди (№2/2026 акт).", date(2026, 5, 20)),
    (date(2026, 4, 14), C.WHATSAPP, "Масы", G.YOUTH,
     "Жибек Жолу көчөсүнө төгүлгөн шагыл өтө жука, жаан жааганда кайра ылай болуп калды.",
     "road", "Жумуштардын сапатын текшерүү мониторингге киргизилди.", date(2026, 4, 22)),
    (date(2026, 5, 6), C.LETTER, "Арал", G.PERSONS_WITH_DISABILITIES,
     "ФАПка кире бериште пандус жок, майыптык арабасы менен кирүү мүмкүн эмес.",
     "fap", "ФАПтын кызматтарынын жеткиликтүүлүгүн текшерүүдө каралат (III квартал).", date(2026, 5, 18)),
    (date(2026, 6, 2), C.WHATSAPP, "Эски Масы", None,
     "Калдыктар эки жумадан бери чыгарылбай, көчөнүн башында үйүлүп жатат.",
     "waste", "«Таза Айыл» МИне кабарланды, калдыктар 4-июнда чыгарылды.", date(2026, 6, 5)),
    (date(2026, 7, 9), C.PHONE, "Арал", G.ELDERLY,
     "ФАПта кан басымын түшүрүүчү дарылар жок, райондук борборго барууга туура келет.",
     "fap", "ФАПтагы мониторингде дары-дармектин жеткиликтүүлүгү текшерилди.", date(2026, 8, 20)),
    (date(2026, 8, 27), C.WHATSAPP, "Масы", G.YOUTH,
     "Көчөнү оңдогон курулуш компаниясы жумушту бүттү деп кетип калды, бирок арыктар көмүлүп калды.",
     "road", "Маалымат №3/2026 актыга кошулду.", date(2026, 9, 14)),
    (date(2026, 10, 12), C.WHATSAPP, "Эски Масы", G.WOMEN,
     "Калдык чыгаруучу унаа биздин көчөгө жумасына бир да жолу келбейт, акысын болсо алышат.",
     "waste", "", None),
    (date(2026, 11, 4), C.IN_PERSON, "Масы", G.ELDERLY,
     "Маданият үйүнүн жылытуусу үчүн салым кошконбуз, иш качан башталат?",
     "culture", "Жумуштар декабрда башталары, мониторинг жүргүзүлөрү айтылды.", date(2026, 11, 6)),
)

WATER_SURVEY = "Ичүүчү суунун үзгүлтүксүз берилишине канааттануу (№1/2026 акт)"
WASTE_SURVEY = "Тиричилик калдыктарын чыгаруу кызматына канааттануу"
# (surveyed on, title, group, respondents, satisfied); a group of None is everyone asked.
SURVEYS = (
    (date(2026, 3, 10), WATER_SURVEY, None, 104, 43),
    (date(2026, 3, 10), WATER_SURVEY, G.WOMEN, 56, 20),
    (date(2026, 3, 10), WATER_SURVEY, G.YOUTH, 18, 9),
    (date(2026, 3, 10), WATER_SURVEY, G.ELDERLY, 24, 8),
    (date(2026, 3, 10), WATER_SURVEY, G.UNEMPLOYED, 15, 6),
    (date(2026, 3, 10), WATER_SURVEY, G.PERSONS_WITH_DISABILITIES, 6, 2),
    (date(2026, 10, 20), WASTE_SURVEY, None, 120, 66),
    (date(2026, 10, 20), WASTE_SURVEY, G.WOMEN, 64, 33),
    (date(2026, 10, 20), WASTE_SURVEY, G.YOUTH, 30, 19),
    (date(2026, 10, 20), WASTE_SURVEY, G.ELDERLY, 28, 12),
    (date(2026, 10, 20), WASTE_SURVEY, G.UNEMPLOYED, 20, 9),
    (date(2026, 10, 20), WASTE_SURVEY, G.PERSONS_WITH_DISABILITIES, 8, 3),
)

FIRST_HALF_WRITTEN_ON = date(2026, 7, 14)
FIRST_HALF_PRESENTED_ON = date(2026, 7, 17)  # at the aiyl okmotu's public report; notice 7 posts it
FIRST_HALF_CONCLUSIONS = (
    "Жарым жылдыкта топ пландын мөөнөтү келген эки пунктун тең аткарды: ичүүчү суу жана мектептеги "
    "кызмат боюнча мониторинг жүргүзүлүп, №1/2026 жана №2/2026 актылар чыгарылды.\n"
    "Тургундардын билдирүүлөрүнүн көбү ичүүчү сууга тиешелүү; суунун үзгүлтүксүз берилишине "
    "аялдардын жана улгайган адамдардын канааттануусу жалпы көрсөткүчтөн төмөн.\n"
    "Топтун бир жыйналышы кворумсуз өттү; мүчөлөрдүн жыйналыштарга катышуусун жакшыртуу зарыл."
)
FIRST_HALF_PROPOSALS = (
    "Айыл өкмөтүнө: Беш-Жыгач айылынын жогорку көчөлөрүндөгү суу түтүгүн алмаштырууну 2027-жылдын "
    "бюджетине киргизүү.\n"
    "«Масы-Суу» ИСПАКБга: суунун сапатын лабораториялык текшерүүнү кварталына бир жолу жүргүзүү.\n"
    "Айылдык кеңешке: сунуштамалардын аткарылышы боюнча айыл өкмөтүнүн башчысынын маалыматын "
    "кезектеги сессияда угуу."
)


def add_residents(ctx: DemoContext) -> None:
    villages = {village.name: village for village in ctx.municipality.villages}
    for received, channel, village, group, text, link, response, responded in MESSAGES:
        if not ctx.happened(received):
            continue
        answered = ctx.happened(responded)
        act = ctx.acts.get(link)
        ctx.add(ResidentMessage(
            municipality_id=ctx.municipality_id, received_on=received, channel=channel,
            village_id=villages[village].id, social_group=group, text=text,
            act_id=act.id if act is not None and act.issued_on is not None else None,
            plan_item_id=ctx.plan_items[link].id if link in ctx.plan_items else None,
            response=response if answered else "", responded_on=responded if answered else None,
        ))  # fmt: skip
    for surveyed, title, group, respondents, satisfied in SURVEYS:
        if ctx.happened(surveyed):
            ctx.add(SurveyResult(
                municipality_id=ctx.municipality_id, surveyed_on=surveyed, title=title, social_group=group,
                respondents=respondents, satisfied=satisfied,
            ))  # fmt: skip
    if ctx.happened(FIRST_HALF_WRITTEN_ON):
        ctx.add(SummaryReport(
            municipality_id=ctx.municipality_id, year=2026, half=1, conclusions=FIRST_HALF_CONCLUSIONS,
            proposals=FIRST_HALF_PROPOSALS, updated_at=ctx.stamp(FIRST_HALF_WRITTEN_ON),
            presented_on=ctx.known(FIRST_HALF_PRESENTED_ON),
        ))  # fmt: skip
    ctx.session.flush()
