"""Indicators: editing them and their values, plan versus fact on the demo, the dashboard and findings."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import EvidenceSource, IndicatorKind
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.errors import ValidationError
from bmb_desktop.services import indicators as service
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.indicators import IndicatorDraft, MeasurementDraft
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)
H1_2026 = (date(2026, 1, 1), date(2026, 6, 30))
COMPLAINTS = IndicatorDraft(
    name="Суу боюнча даттануулардын саны", kind=IndicatorKind.OUTCOMES, code="Ж-9", unit="даттануу",
    baseline=40, baseline_on=date(2025, 12, 31), target=10, deadline=date(2026, 12, 31), key=True,
)  # fmt: skip


@pytest.fixture
def empty(tmp_path):
    database = open_database(tmp_path / "indicators.sqlite3")
    with database.session() as session:
        municipality = save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокен", region="Жалал-Абад", aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
            aiyl_okmotu_head="Ш. Дарманкулов", council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II",
            council_chair="А. Тешебаев", responsible_secretary="А. Саитова", villages=["Масы"],
        ))  # fmt: skip
        yield session, municipality.id
    database.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def test_a_quantitative_indicator_needs_its_baseline_with_its_day_target_and_deadline(empty):
    session, municipality_id = empty
    problems = service.check_indicator(session, municipality_id, IndicatorDraft())
    assert set(problems) == {"name", "kind", "deadline", "baseline", "baseline_on", "target"}
    late = IndicatorDraft(**{**COMPLAINTS.__dict__, "baseline_on": date(2027, 1, 1)})
    assert set(service.check_indicator(session, municipality_id, late)) == {"baseline_on"}


def test_a_qualitative_indicator_is_described_in_words_and_keeps_no_numbers(empty):
    session, municipality_id = empty
    words = IndicatorDraft(name="Суунун сапаты тууралуу пикир", kind=IndicatorKind.OUTCOMES, quantitative=False,
                           deadline=date(2027, 12, 31), baseline=5)  # fmt: skip
    assert set(service.check_indicator(session, municipality_id, words)) == {"baseline_text", "target_text"}
    saved = service.save_indicator(session, municipality_id, IndicatorDraft(**{
        **words.__dict__, "baseline_text": "Суу лайлуу", "target_text": "Суу таза",
    }))  # fmt: skip
    assert (saved.quantitative, saved.baseline, saved.baseline_text) == (False, None, "Суу лайлуу")
    with pytest.raises(ValidationError) as error:
        service.save_measurement(session, municipality_id, saved.id, MeasurementDraft(*H1_2026, source=EvidenceSource.RESIDENTS_SURVEY))
    assert set(error.value.problems) == {"value_text"}


def test_codes_are_unique_within_the_municipality(empty):
    session, municipality_id = empty
    service.save_indicator(session, municipality_id, COMPLAINTS)
    with pytest.raises(ValidationError) as error:
        service.save_indicator(session, municipality_id, IndicatorDraft(**{**COMPLAINTS.__dict__, "code": " ж-9 "}))
    assert error.value.problems == {"code": "ж-9 коду башка индикаторго берилген."}


def test_measured_values_are_recorded_once_per_source_and_period(empty):
    session, municipality_id = empty
    indicator = service.save_indicator(session, municipality_id, COMPLAINTS)
    value = MeasurementDraft(*H1_2026, source=EvidenceSource.PROGRAMME_DATA, value=24, note="Журнал")
    service.save_measurement(session, municipality_id, indicator.id, value)
    with pytest.raises(ValidationError) as error:
        service.save_measurement(session, municipality_id, indicator.id, value)
    assert set(error.value.problems) == {"period"}
    survey = MeasurementDraft(*H1_2026, source=EvidenceSource.RESIDENTS_SURVEY, value=30)
    service.save_measurement(session, municipality_id, indicator.id, survey)
    with pytest.raises(ValidationError) as error:
        service.save_measurement(session, municipality_id, indicator.id, MeasurementDraft(date(2026, 6, 30), date(2026, 1, 1), value=3))
    assert set(error.value.problems) == {"period", "source"}
    assert [(m.source, m.value) for m in indicator.measurements] == [
        (EvidenceSource.PROGRAMME_DATA, 24), (EvidenceSource.RESIDENTS_SURVEY, 30),
    ]


def test_a_falling_target_reached_at_this_pace_is_on_track(empty):
    session, municipality_id = empty
    indicator = service.save_indicator(session, municipality_id, COMPLAINTS)
    service.save_measurement(session, municipality_id, indicator.id, MeasurementDraft(*H1_2026, source=EvidenceSource.PROGRAMME_DATA, value=24))
    view = service.indicator_views(session, municipality_id, today=TODAY)[0]
    assert view.assessment.outlook is Outlook.ON_TRACK
    assert service.indicator_warnings(session, municipality_id, today=TODAY) == []


def test_the_default_period_of_a_new_value_is_the_half_year_just_ended():
    assert service.default_period(TODAY) == H1_2026


def test_the_demo_shows_plan_versus_fact_for_every_kind(demo):
    session, municipality_id = demo
    views = {v.code: v for v in service.indicator_views(session, municipality_id, today=TODAY)}
    assert [v.kind for v in views.values()] == sorted((v.kind for v in views.values()), key=list(IndicatorKind).index)
    assert {code: views[code].assessment.outlook for code in views} == {
        "Р-1": Outlook.BEHIND, "Р-2": Outlook.ON_TRACK, "И-1": Outlook.BEHIND, "И-2": Outlook.BEHIND,
        "П-1": Outlook.ON_TRACK, "П-2": Outlook.BEHIND, "Ж-1": Outlook.NO_FORECAST, "Ж-2": Outlook.QUALITATIVE,
    }
    water = views["П-1"].assessment
    assert water.main_source is EvidenceSource.PROGRAMME_DATA and water.latest.value == 76
    assert [(value, source) for _day, value, source in water.others] == [(58, EvidenceSource.RESIDENTS_SURVEY)]
    assert views["Ж-2"].chart is None and views["П-1"].chart is not None


def test_the_dashboard_shows_the_key_indicators(demo):
    session, municipality_id = demo
    assert [v.code for v in service.dashboard(session, municipality_id, today=TODAY)] == ["И-1", "П-1", "П-2", "Ж-1"]


def test_each_dashboard_chart_comes_as_svg_and_a_qualitative_indicator_has_none(demo):
    session, municipality_id = demo
    views = {v.code: v for v in service.indicator_views(session, municipality_id, today=TODAY)}
    svg = service.chart_svg_of(views["П-2"], width=240, height=120)
    assert "<svg" in svg and "максат 1" in svg
    assert service.chart_svg_of(views["Ж-2"], width=240, height=120) is None


def test_without_key_indicators_the_dashboard_shows_every_one_in_numbers(empty):
    session, municipality_id = empty
    service.save_indicator(session, municipality_id, IndicatorDraft(**{**COMPLAINTS.__dict__, "key": False}))
    assert [v.code for v in service.dashboard(session, municipality_id, today=TODAY)] == ["Ж-9"]


def test_indicators_behind_schedule_are_warnings_in_words(demo):
    session, municipality_id = demo
    findings = service.indicator_warnings(session, municipality_id, today=TODAY)
    assert {f.severity for f in findings} == {Severity.WARNING}
    assert [f.message.split(" индикатору")[0] for f in findings] == [
        "Р-1 «Ичүүчү суу тармагын оңдоого жергиликтүү бюджеттен бөлүнгөн каражат»",
        "И-1 «Шагыл менен оңдолгон ички көчөлөрдүн узундугу»",
        "И-2 «Айыл өкмөтү өткөргөн коомдук угуулардын жана жыйындардын саны»",
        "П-2 «Калдыктарды чыгаруу кызматы менен камтылган үй чарбаларынын саны»",
    ]
    assert findings[-1].message.endswith(
        "пландан артта калууда: ушул темп менен 31.12.2026 карата 882 үй чарба болот, максат — 1\u00a0100 үй чарба"
    )


def test_a_half_year_ended_without_a_value_is_a_warning_and_a_missed_target_too(demo):
    session, municipality_id = demo
    findings = service.indicator_warnings(session, municipality_id, today=date(2027, 3, 1))
    missing = [f for f in findings if f.rule == "indicator_data"]
    assert len(missing) == 8 and "01.07.2026 – 31.12.2026" in missing[0].message
    missed = [f.message for f in findings if f.rule == "indicator" and "максатка жеткен жок" in f.message]
    assert missed and missed[0].startswith("Р-1 «")


def test_the_listing_gives_plan_fact_deviation_and_outlook(demo):
    session, municipality_id = demo
    rows = {row["code"]: row for row in service.indicators_listing(session, municipality_id, today=TODAY).as_json()}
    assert (rows["П-2"]["fact"], rows["П-2"]["plan"], rows["П-2"]["deviation"], rows["П-2"]["forecast"]) == (
        "760", "868,1", "−108,1", "882",
    )
    assert rows["П-2"]["outlook"] == "пландан артта калууда"
    assert rows["Ж-2"]["outlook"] == "сапаттык: сыпаттамалар боюнча бааланат" and rows["Ж-2"]["fact"] == ""
