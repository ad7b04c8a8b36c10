"""Indicator rules: plan versus fact, the deviation, the linear forecast and the outlook."""

from datetime import date

import pytest

from bmb_desktop.domain.enums import EvidenceSource
from bmb_desktop.domain.indicators import (
    IndicatorFacts,
    Measurement,
    Outlook,
    assess,
    chart_of,
    half_year,
    last_ended_half_year,
    linear_forecast,
    main_source,
    planned_value,
    reaches,
)

DATA, SURVEY, STAFF = EvidenceSource.PROGRAMME_DATA, EvidenceSource.RESIDENTS_SURVEY, EvidenceSource.STAFF_ASSESSMENT
H2_2025 = (date(2025, 7, 1), date(2025, 12, 31))
H1_2026 = (date(2026, 1, 1), date(2026, 6, 30))
H2_2026 = (date(2026, 7, 1), date(2026, 12, 31))
BASE_DAY = date(2025, 12, 31)
TODAY = date(2026, 11, 21)


def m(period, value, source=DATA, text=""):
    return Measurement(period[0], period[1], source, value, text)


def indicator(baseline, target, deadline, *measurements, baseline_on=BASE_DAY, quantitative=True):
    return IndicatorFacts(quantitative, baseline, baseline_on, target, deadline, tuple(measurements))


def test_the_main_source_is_the_one_measured_most_often():
    assert main_source([m(H2_2025, 72), m(H1_2026, 76), m(H1_2026, 58, SURVEY)]) is DATA
    assert main_source([m(H2_2025, 54, SURVEY), m(H1_2026, 60, SURVEY), m(H1_2026, 65, STAFF)]) is SURVEY


def test_on_a_tie_programme_data_then_the_survey_is_the_main_source():
    assert main_source([m(H1_2026, 65, STAFF), m(H1_2026, 60, DATA)]) is DATA
    assert main_source([m(H1_2026, 65, STAFF), m(H1_2026, 60, SURVEY)]) is SURVEY


def test_descriptions_in_words_give_no_main_source():
    assert main_source([m(H1_2026, None, SURVEY, "Суу таза")]) is None


def test_the_planned_path_runs_straight_from_baseline_to_target():
    assert planned_value(640, 1100, BASE_DAY, date(2026, 12, 31), date(2026, 7, 2)) == pytest.approx(870, abs=1)
    assert planned_value(640, 1100, BASE_DAY, date(2026, 12, 31), date(2025, 6, 30)) == 640
    assert planned_value(640, 1100, BASE_DAY, date(2026, 12, 31), date(2027, 6, 30)) == 1100


def test_a_forecast_through_two_points_continues_their_line():
    start, middle, end = date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 21)
    assert linear_forecast([(start, 10.0), (middle, 20.0)], end) == pytest.approx(30.0)


def test_a_forecast_through_scattered_points_is_the_least_squares_line():
    days = [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3)]
    # y = 1, 3, 2: slope 0.5 a day through the mean (day 2, 2)
    assert linear_forecast(list(zip(days, [1.0, 3.0, 2.0])), date(2026, 1, 5)) == pytest.approx(3.5)


def test_one_day_of_values_gives_no_forecast():
    day = date(2026, 6, 30)
    assert linear_forecast([(day, 5.0)], date(2026, 12, 31)) is None
    assert linear_forecast([(day, 5.0), (day, 6.0)], date(2026, 12, 31)) is None


def test_an_indicator_whose_trend_reaches_the_target_is_on_track():
    facts = indicator(72, 85, date(2027, 12, 31), m(H2_2025, 72), m(H1_2026, 76), m(H1_2026, 58, SURVEY))
    result = assess(facts, today=TODAY)
    assert result.outlook is Outlook.ON_TRACK
    assert result.main_source is DATA
    assert result.forecast == pytest.approx(88.1, abs=0.1)
    assert result.planned == pytest.approx(75.2, abs=0.1)
    assert result.deviation == pytest.approx(0.8, abs=0.1)


def test_the_other_sources_are_shown_beside_the_fact_and_never_averaged_in():
    facts = indicator(72, 85, date(2027, 12, 31), m(H2_2025, 72), m(H1_2026, 76), m(H1_2026, 58, SURVEY))
    result = assess(facts, today=TODAY)
    assert result.fact == ((BASE_DAY, 72.0), (date(2026, 6, 30), 76.0))
    assert result.others == ((date(2026, 6, 30), 58.0, SURVEY),)
    assert result.latest.value == 76


def test_an_indicator_whose_trend_falls_short_is_behind_with_its_deviation():
    facts = indicator(640, 1100, date(2026, 12, 31), m(H2_2025, 640), m(H1_2026, 760), m(H1_2026, 700, STAFF))
    result = assess(facts, today=TODAY)
    assert result.outlook is Outlook.BEHIND and result.outlook.is_flagged
    assert result.forecast == pytest.approx(882, abs=1)
    assert result.deviation == pytest.approx(760 - 868.1, abs=0.2)
    assert result.deviation_share == pytest.approx(-0.1245, abs=0.001)
    assert result.progress == pytest.approx(120 / 460)


def test_a_target_below_the_baseline_is_reached_from_above():
    assert reaches(8, baseline=40, target=10) and not reaches(12, baseline=40, target=10)
    on_track = indicator(40, 10, date(2026, 12, 31), m(H1_2026, 24))
    behind = indicator(40, 10, date(2026, 12, 31), m(H1_2026, 36))
    assert assess(on_track, today=TODAY).outlook is Outlook.ON_TRACK
    assert assess(behind, today=TODAY).outlook is Outlook.BEHIND


def test_a_value_at_the_target_is_achieved_even_before_the_deadline():
    facts = indicator(95, 250, date(2026, 12, 31), m(H1_2026, 260))
    assert assess(facts, today=TODAY).outlook is Outlook.ACHIEVED


def test_after_the_deadline_an_indicator_short_of_its_target_missed_it():
    facts = indicator(350, 900, date(2026, 12, 31), m(H1_2026, 420), m(H2_2026, 600))
    assert assess(facts, today=date(2027, 2, 1)).outlook is Outlook.MISSED
    assert assess(indicator(350, 900, date(2026, 6, 30), m(H1_2026, 420)), today=TODAY).outlook is Outlook.MISSED


def test_without_measurements_there_is_no_fact_and_no_forecast():
    result = assess(indicator(4, 8, date(2026, 12, 31)), today=TODAY)
    assert result.outlook is Outlook.NO_DATA and result.forecast is None and result.latest is None


def test_a_single_value_on_the_baselines_day_is_too_little_for_a_forecast():
    facts = indicator(54, 70, date(2028, 12, 31), m((date(2025, 1, 1), BASE_DAY), 54, SURVEY), m(H1_2026, 65, STAFF))
    result = assess(facts, today=TODAY)
    assert result.outlook is Outlook.NO_FORECAST
    assert result.main_source is SURVEY and result.others == ((date(2026, 6, 30), 65.0, STAFF),)


def test_without_the_baselines_day_the_baseline_is_taken_at_the_start_of_the_first_period():
    facts = indicator(100, 200, date(2026, 12, 31), m(H2_2025, 110), m(H1_2026, 150), baseline_on=None)
    result = assess(facts, today=TODAY)
    assert result.start == H2_2025[0]
    points = [(H2_2025[0], 100.0), (BASE_DAY, 110.0), (date(2026, 6, 30), 150.0)]
    assert result.forecast == pytest.approx(linear_forecast(points, date(2026, 12, 31)))
    assert result.outlook is Outlook.BEHIND


def test_a_missing_target_makes_the_indicator_incomplete():
    assert assess(indicator(4, None, date(2026, 12, 31), m(H1_2026, 3)), today=TODAY).outlook is Outlook.INCOMPLETE


def test_a_qualitative_indicator_gets_no_numbers_and_no_forecast():
    facts = IndicatorFacts(False, None, None, None, date(2027, 12, 31), (m(H1_2026, None, SURVEY, "Суу лайлуу"),))
    result = assess(facts, today=TODAY)
    assert result.outlook is Outlook.QUALITATIVE and not result.outlook.is_flagged
    assert (result.forecast, result.planned, result.deviation, result.fact) == (None, None, None, ())
    assert chart_of(facts, result) is None


def test_the_chart_runs_from_the_baseline_to_the_deadline_with_the_forecast_after_the_last_fact():
    facts = indicator(640, 1100, date(2026, 12, 31), m(H2_2025, 640), m(H1_2026, 760), m(H1_2026, 700, STAFF))
    chart = chart_of(facts, assess(facts, today=TODAY))
    assert (chart.start, chart.end) == (BASE_DAY, date(2026, 12, 31))
    assert chart.baseline == (BASE_DAY, 640) and chart.target == (date(2026, 12, 31), 1100)
    assert chart.forecast[0] == (date(2026, 6, 30), 760.0)
    assert chart.forecast[1][0] == date(2026, 12, 31)
    assert chart.others == ((date(2026, 6, 30), 700.0, STAFF),)


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2026, 3, 10), ((2026, 1, 1), (2026, 6, 30))), (date(2026, 11, 21), ((2026, 7, 1), (2026, 12, 31)))],
)
def test_measurements_are_by_half_year(day, expected):
    assert half_year(day) == tuple(date(*part) for part in expected)


def test_the_last_ended_half_year_is_the_one_before_the_current():
    assert last_ended_half_year(date(2026, 11, 21)) == (date(2026, 1, 1), date(2026, 6, 30))
    assert last_ended_half_year(date(2026, 3, 10)) == (date(2025, 7, 1), date(2025, 12, 31))
