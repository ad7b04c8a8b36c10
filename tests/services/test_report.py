"""The summary report's data gathered from the demo, as of the period's end; residents' messages,
survey results and the report's written parts."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.deadlines import DeadlineKind
from bmb_desktop.domain.enums import MeetingKind, RecommendationStatus as R, ResidentChannel, SocialGroup
from bmb_desktop.domain.report import AnswerState, ItemState, Period
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.report import gather_report, report_period
from bmb_desktop.services.report_documents import report_screen_charts
from bmb_desktop.services.report_drafts import ReportDraft, load_draft, save_draft
from bmb_desktop.services.residents import (
    MessageDraft,
    SurveyDraft,
    check_message,
    delete_message,
    messages_between,
    record_message,
    record_survey,
    surveys_between,
)
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality, Village

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


@pytest.fixture(scope="module")
def first_half(demo):
    session, municipality_id = demo
    return gather_report(session, municipality_id, period=Period(2026, 1), today=TODAY)


@pytest.fixture(scope="module")
def year(demo):
    session, municipality_id = demo
    return gather_report(session, municipality_id, period=Period(2026), today=TODAY)


@pytest.fixture
def fresh(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def test_a_closed_half_year_is_seen_from_its_last_day(first_half, year):
    assert first_half.as_of == date(2026, 6, 30) and not first_half.interim
    assert year.as_of == TODAY and year.interim
    assert first_half.chair_name == "Г. Кандарова" and first_half.council.council_chair == "А. Тешебаев"


def test_composition_shows_the_members_and_the_conflict_declared(first_half):
    assert [m.full_name.split()[0] for m in first_half.members] == ["Кандарова", "Жантаева", "Осмоналиев", "Султанова", "Ташиев"]
    assert first_half.changes == []
    assert [(c.name, c.removed) for c in first_half.conflicts] == [("К. Ташиев", True)]


def test_the_group_formed_in_the_second_half_of_2025_shows_every_member_joining(demo):
    session, municipality_id = demo
    data = gather_report(session, municipality_id, period=Period(2025, 2), today=TODAY)
    assert len(data.changes) == 5 and all(c.joined and c.on == date(2025, 10, 14) for c in data.changes)
    assert data.plan.version is None and data.plan_lines == []


def test_meetings_count_quorum_and_attendance(first_half):
    assert len(first_half.meetings) == 7 and len(first_half.group_meetings) == 5
    assert first_half.quorate_meetings == 4
    assert [m.label for m in first_half.group_meetings if m.quorum is False] == ["3/2026"]
    assert first_half.attendance_share == pytest.approx(21 / 25)
    gathering = next(m for m in first_half.meetings if m.kind is MeetingKind.COMMUNITY_GATHERING)
    assert gathering.participants == 112 and gathering.quorum is None


def test_the_plan_item_by_item_as_of_the_half_year(first_half, year):
    assert (first_half.plan.version, first_half.plan.approval[0]) == (2, "16/2")
    states = {line.position: line.state for line in first_half.plan_lines}
    assert states == {1: ItemState.DONE, 2: ItemState.DONE, 3: ItemState.NOT_DUE, 4: ItemState.NOT_DUE, 5: ItemState.NOT_DUE,
                      6: ItemState.CANCELLED, 7: ItemState.NOT_DUE, 8: ItemState.NOT_DUE}  # fmt: skip
    assert first_half.plan_lines[0].acts == ("1/2026",) and first_half.carried_out_share == 1
    assert {line.position: line.state for line in year.plan_lines}[4] is ItemState.OVERDUE  # the FAP: act still a draft
    assert year.carried_out_share == pytest.approx(0.75)


def test_monitorings_and_their_methods(first_half):
    assert [a.number for a in first_half.acts] == ["1/2026", "2/2026"]
    counts = {method.value: count for method, count in first_half.method_counts.items()}
    assert counts["document_review"] == 2 and counts["questionnaire"] == 1 and "event_observation" not in counts
    assert first_half.acts[0].main_findings[0].startswith("ИСПАКБнын 2025-жылдагы отчетуна ылайык")
    assert first_half.acts[0].main_findings[1].startswith("Сурамжылоого 104 үй чарбасы катышты")


def test_answers_on_time_and_late(first_half, year):
    states = [(a.act_number, a.kind, a.state) for a in first_half.answers]
    assert states == [
        ("1/2026", DeadlineKind.OBJECT_RESPONSE, AnswerState.ON_TIME), ("1/2026", DeadlineKind.AO_REPORT, AnswerState.ON_TIME),
        ("2/2026", DeadlineKind.OBJECT_RESPONSE, AnswerState.LATE), ("2/2026", DeadlineKind.AO_REPORT, AnswerState.ON_TIME),
    ]  # fmt: skip
    assert first_half.on_time_share == pytest.approx(0.75)
    assert year.answer_counts()[AnswerState.OVERDUE] == 1  # the contractor never answered act 3/2026
    assert year.answer_counts(DeadlineKind.AO_REPORT)[AnswerState.ON_TIME] == 3


def test_recommendation_statuses_are_those_of_the_report_day(first_half, year):
    assert first_half.status_counts == {R.ACCEPTED: 3, R.IN_PROGRESS: 2, R.IMPLEMENTED: 2, R.REJECTED: 1}
    assert first_half.implementation_rate == pytest.approx(0.25)
    assert len(year.recommendations) == 11 and year.implementation_rate == pytest.approx(5 / 11)
    chlorination = [r for r in first_half.recommendations if r.text.startswith("Хлордоо")][0]
    assert chlorination.status is R.ACCEPTED  # it became partly implemented on 10.07.2026


def test_indicators_use_only_what_was_measured_by_then(first_half):
    water = next(i for i in first_half.indicators if i.code == "П-1")
    assert (water.fact, water.fact_on, water.target) == (76.0, date(2026, 6, 30), 85)
    assert water.share_of_target(water.fact) == pytest.approx(76 / 85)
    opinion = next(i for i in first_half.indicators if i.code == "Ж-2")
    assert not opinion.quantitative and len(opinion.descriptions) == 2


def test_notices_posted_in_the_period(first_half):
    assert [(n.first_posted_on, n.boards) for n in first_half.notices] == [
        (date(2026, 1, 19), 4), (date(2026, 2, 12), 2), (date(2026, 2, 12), 2), (date(2026, 4, 8), 2),
    ]  # fmt: skip


def test_residents_messages_link_only_acts_issued_by_then(first_half, year):
    assert len(first_half.messages) == 8 and len(year.messages) == 12
    road = next(m for m in first_half.messages if m.received_on == date(2026, 4, 14))
    assert (road.act_number, road.plan_item) == ("", 3)  # act 3/2026 came in September
    assert next(m for m in year.messages if m.received_on == date(2026, 4, 14)).act_number == "3/2026"
    assert next(m for m in year.messages if m.received_on == date(2026, 10, 12)).responded_on is None


def test_survey_results_give_satisfaction_by_social_group(first_half):
    shares = {s.social_group: round(s.share, 2) for s in first_half.surveys}
    assert shares == {None: 0.41, SocialGroup.WOMEN: 0.36, SocialGroup.YOUTH: 0.5, SocialGroup.ELDERLY: 0.33,
                      SocialGroup.UNEMPLOYED: 0.4, SocialGroup.PERSONS_WITH_DISABILITIES: 0.33}  # fmt: skip


def test_the_draft_written_for_the_half_year_comes_with_it(first_half, year):
    assert first_half.draft.presented_on == date(2026, 7, 17) and "Жарым жылдыкта" in first_half.draft.conclusions
    assert year.draft == ReportDraft()


def test_the_charts_for_the_screen_are_svg(first_half):
    charts = report_screen_charts(first_half, language="ru")
    assert set(charts) == {"recommendations", "answers", "indicators", "satisfaction"}
    assert all(svg.lstrip().startswith("<?xml") and "<svg" in svg for _caption, svg in charts.values())
    assert charts["recommendations"][0] == "Рекомендации по состоянию"
    assert "женщины" in charts["satisfaction"][1]


def test_a_period_not_begun_or_not_existing_is_refused():
    with pytest.raises(ValidationError, match="баштала элек"):
        report_period(2027, 1, today=TODAY)
    with pytest.raises(ValidationError):
        report_period(2026, 3, today=TODAY)
    assert report_period(None, 2, today=TODAY) == Period(2026, 2)


def test_a_draft_is_kept_and_saving_it_unchanged_changes_nothing(fresh):
    session, municipality_id = fresh
    period = Period(2026)
    assert save_draft(session, municipality_id, period, ReportDraft("Жыл ийгиликтүү өттү.", "", None))
    assert not save_draft(session, municipality_id, period, ReportDraft("Жыл ийгиликтүү өттү.", "", None))
    saved = load_draft(session, municipality_id, period)
    assert saved.conclusions == "Жыл ийгиликтүү өттү." and saved.updated_at is not None
    assert load_draft(session, municipality_id, Period(2026, 2)) == ReportDraft()
    with pytest.raises(ValidationError) as refused:
        save_draft(session, municipality_id, period, ReportDraft(presented_on=date(2025, 12, 1)))
    assert "presented_on" in refused.value.problems


def test_a_message_needs_its_date_channel_and_text_and_a_response_needs_its_words(fresh):
    session, municipality_id = fresh
    problems = check_message(session, municipality_id, MessageDraft(responded_on=date(2026, 1, 1)))
    assert set(problems) == {"received_on", "channel", "text", "response"}
    early = MessageDraft(received_on=date(2026, 3, 1), channel=ResidentChannel.PHONE, text="Жарык жок", response="Жооп", responded_on=date(2026, 2, 1))
    assert set(check_message(session, municipality_id, early)) == {"responded_on"}
    assert set(check_message(session, municipality_id, MessageDraft(date(2026, 3, 1), ResidentChannel.PHONE, "Жарык жок", village_id=10_000))) == {"village_id"}


def test_a_message_is_recorded_corrected_and_removed(fresh):
    session, municipality_id = fresh
    village = session.scalar(select(Village).where(Village.name == "Арал"))
    draft = MessageDraft(date(2026, 11, 20), ResidentChannel.LETTER, "Көчө жарыгы күйбөйт", village.id, SocialGroup.ELDERLY)
    message = record_message(session, municipality_id, draft=draft)
    record_message(session, municipality_id, draft=MessageDraft(**{**draft.__dict__, "response": "АӨгө жеткирилди", "responded_on": date(2026, 11, 21)}), message_id=message.id)
    found = [m for m in messages_between(session, municipality_id, date(2026, 11, 20), date(2026, 11, 20))]
    assert [(m.text, m.response, m.village.name) for m in found] == [("Көчө жарыгы күйбөйт", "АӨгө жеткирилди", "Арал")]
    delete_message(session, municipality_id, message.id)
    assert messages_between(session, municipality_id, date(2026, 11, 20), date(2026, 11, 20)) == []


def test_survey_results_are_checked_and_one_per_group(fresh):
    session, municipality_id = fresh
    with pytest.raises(ValidationError) as refused:
        record_survey(session, municipality_id, draft=SurveyDraft(date(2026, 11, 1), "Жарык", None, 10, 11))
    assert "satisfied" in refused.value.problems
    record_survey(session, municipality_id, draft=SurveyDraft(date(2026, 11, 1), "Жарык", SocialGroup.YOUTH, 10, 7))
    with pytest.raises(ValidationError) as duplicate:
        record_survey(session, municipality_id, draft=SurveyDraft(date(2026, 11, 1), "Жарык", SocialGroup.YOUTH, 12, 7))
    assert "social_group" in duplicate.value.problems
    assert [(s.respondents, s.satisfied) for s in surveys_between(session, municipality_id, date(2026, 11, 1), date(2026, 11, 1))] == [(10, 7)]
