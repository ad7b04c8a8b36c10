"""СЭӨП indicators of the four kinds (I1) with half-yearly measurements from three sources (I3)."""

from __future__ import annotations

from datetime import date

from bmb_desktop.domain.enums import EvidenceSource, IndicatorKind
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.storage.models import Indicator, IndicatorMeasurement

PROGRAMME = (
    "Д. Садырбаев айыл аймагынын 2026–2030-жылдарга социалдык-экономикалык өнүгүү программасы"
)
DATA, SURVEY, STAFF = (
    EvidenceSource.PROGRAMME_DATA,
    EvidenceSource.RESIDENTS_SURVEY,
    EvidenceSource.STAFF_ASSESSMENT,
)
H2_2025 = (date(2025, 7, 1), date(2025, 12, 31))
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
H1_2026 = (date(2026, 1, 1), date(2026, 6, 30))
END_2026, END_2027, END_2028 = date(2026, 12, 31), date(2027, 12, 31), date(2028, 12, 31)
BASELINE_ON = date(2025, 12, 31)  # the programme's baselines describe the end of 2025
LIST_APPROVED_ON = date(2026, 1, 28)  # resolution 14/2 approved the list of indicators (I2)

# (code, name, kind, unit, baseline, target, deadline, key, [(period, value, source, note)]);
# a value is the indicator's level at the end of its period.
QUANTITATIVE = (
    ("Р-1", "Ичүүчү суу тармагын оңдоого жергиликтүү бюджеттен бөлүнгөн каражат",
     IndicatorKind.RESOURCES, "миң сом", 350, 900, END_2026, False, (
         (H2_2025, 350, DATA, "2025-жылдын жергиликтүү бюджетинин аткарылышы боюнча отчет"),
         (H1_2026, 420, DATA, "Айыл өкмөтүнүн жарым жылдык отчету"),
     )),
    ("Р-2", "Жергиликтүү демилгелерге коомчулуктун салымы",
     IndicatorKind.RESOURCES, "миң сом", 95, 250, END_2026, False, (
         (H1_2026, 184, DATA, "Маданият үйүнүн жылытуу системасы үчүн салымдарды каттоо китеби"),
     )),
    ("И-1", "Шагыл менен оңдолгон ички көчөлөрдүн узундугу",
     IndicatorKind.ACTIVITIES, "км", 1.5, 4.0, END_2026, True, (
         (H2_2025, 1.5, DATA, "Айыл өкмөтүнүн 2025-жылдагы отчету"),
         (H1_2026, 1.5, DATA, "Жибек Жолу көчөсүндөгү жумуштар бүтө элек"),
     )),
    ("И-2", "Айыл өкмөтү өткөргөн коомдук угуулардын жана жыйындардын саны",
     IndicatorKind.ACTIVITIES, "иш-чара", 4, 8, END_2026, False, (
         (H1_2026, 3, DATA, "Жыйындардын протоколдору"),
     )),
    ("П-1", "Ичүүчү суу менен туруктуу (суткасына 12 сааттан кем эмес) камсыз болгон үй "
            "чарбаларынын үлүшү",
     IndicatorKind.OUTPUTS, "%", 72, 85, END_2027, True, (
         (H2_2025, 72, DATA, "ИСПАКБнын маалыматы"),
         (H1_2026, 76, DATA, "ИСПАКБнын маалыматы"),
         (H1_2026, 58, SURVEY, "БМжБ тобунун сурамжылоосу, 104 үй чарба (№1/2026 акт)"),
     )),
    ("П-2", "Калдыктарды чыгаруу кызматы менен камтылган үй чарбаларынын саны",
     IndicatorKind.OUTPUTS, "үй чарба", 640, 1100, END_2026, True, (
         (H2_2025, 640, DATA, "«Таза Айыл» МИнин келишимдеринин реестри"),
         (H1_2026, 760, DATA, "«Таза Айыл» МИнин келишимдеринин реестри"),
         (H1_2026, 700, STAFF, "Айыл өкмөтүнүн адистеринин баасы: келишим түзгөндөрдүн бир "
                               "бөлүгү кызматты иш жүзүндө албайт"),
     )),
    ("Ж-1", "Айыл өкмөтүнүн кызматтарына канааттанган тургундардын үлүшү",
     IndicatorKind.OUTCOMES, "%", 54, 70, END_2028, True, (
         (YEAR_2025, 54, SURVEY, "Жылдык сурамжылоо, 2025-жылдын декабры, 310 респондент"),
         (H1_2026, 65, STAFF, "Айыл өкмөтүнүн кызматкерлеринин өз баасы"),
     )),
)

WATER_OPINION = (
    "Ж-2", "Тургундардын ичүүчү суунун сапаты тууралуу пикири",
    "Тургундардын көпчүлүгү сууну кайнатып ичет; жазында суу лайлуу келет, хлордоо үзгүлтүктүү.",
    "Суу жыл бою таза жана хлордолгон; тургундар суунун сапатына даттанбайт.",
    END_2027, (
        (H1_2026, SURVEY, "Сурамжылоого катышкандардын 58 %ы суунун сапатына канааттанат; "
                          "Беш-Жыгачта жазында суу лайлуу келери сакталууда."),
        (H1_2026, STAFF, "Айыл өкмөтүнүн адистеринин баасы боюнча апрелден тартып хлордоо "
                         "үзгүлтүксүз жүрөт, суунун сапаты жакшырды."),
    ),
)


def add_indicators(ctx: DemoContext) -> None:
    if not ctx.happened(LIST_APPROVED_ON):
        return
    for code, name, kind, unit, baseline, target, deadline, key, measured in QUANTITATIVE:
        indicator = _indicator(ctx, code, name, kind, deadline, key)
        indicator.unit, indicator.baseline, indicator.target = unit, baseline, target
        indicator.baseline_on = BASELINE_ON
        indicator.measurements = [
            IndicatorMeasurement(
                period_start=start, period_end=end, value=value, source=source, note=note
            )
            for (start, end), value, source, note in measured
            if ctx.happened(end)
        ]
        ctx.add(indicator)
    code, name, baseline_text, target_text, deadline, measured = WATER_OPINION
    indicator = _indicator(ctx, code, name, IndicatorKind.OUTCOMES, deadline, key=False)
    indicator.quantitative = False
    indicator.baseline_text, indicator.target_text = baseline_text, target_text
    indicator.measurements = [
        IndicatorMeasurement(period_start=start, period_end=end, value_text=text, source=source)
        for (start, end), source, text in measured
        if ctx.happened(end)
    ]
    ctx.add(indicator)


def _indicator(
    ctx: DemoContext, code: str, name: str, kind: IndicatorKind, deadline: date, key: bool
) -> Indicator:
    return Indicator(
        municipality_id=ctx.municipality_id,
        programme=PROGRAMME,
        code=code,
        name=name,
        kind=kind,
        quantitative=True,
        deadline=deadline,
        key=key,
    )
