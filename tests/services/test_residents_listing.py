"""What the residents' screen lists and offers: the journal's rows with the act's number and the plan
item, survey results with their share, the issued acts and the year's plan items to link."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, ResidentChannel, SocialGroup
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.residents import (
    MessageDraft,
    SurveyDraft,
    act_choices,
    message_draft,
    message_rows,
    plan_item_choices_of_year,
    record_message,
    record_survey,
    survey_draft,
    survey_rows,
    survey_titles,
)
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Act, Municipality, Plan

WATER_SURVEY = "Ичүүчү суунун үзгүлтүксүз берилишине канааттануу (№1/2026 акт)"


@pytest.fixture
def demo(tmp_path):
    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def test_journal_rows_name_the_act_and_the_plan_item_a_message_concerns(demo):
    session, municipality_id = demo
    rows = message_rows(session, municipality_id, date(2026, 1, 1), date(2026, 6, 30))
    assert [row.received_on for row in rows] == sorted(row.received_on for row in rows)
    assert all(date(2026, 1, 1) <= row.received_on <= date(2026, 6, 30) for row in rows)
    first = rows[0]
    assert (first.received_on, first.channel, first.village) == (date(2026, 1, 22), ResidentChannel.WHATSAPP, "Беш-Жыгач")
    assert (first.act_number, first.plan_year, first.plan_position) == ("1/2026", 2026, 1)
    assert first.social_group is SocialGroup.WOMEN and first.responded_on == date(2026, 1, 24)
    unlinked = record_message(session, municipality_id, draft=MessageDraft(
        received_on=date(2026, 6, 30), channel=ResidentChannel.PHONE, text="Көпүрө бузулду"))  # fmt: skip
    last = message_rows(session, municipality_id, date(2026, 1, 1), date(2026, 6, 30))[-1]
    assert last.message_id == unlinked.id
    assert (last.village, last.act_number, last.plan_year, last.plan_position, last.response) == ("", "", None, None, "")


def test_survey_rows_give_the_share_of_satisfied_respondents_everyone_first(demo):
    session, municipality_id = demo
    rows = survey_rows(session, municipality_id, date(2026, 1, 1), date(2026, 6, 30))
    assert {row.title for row in rows} == {WATER_SURVEY}
    assert rows[0].social_group is None and (rows[0].respondents, rows[0].satisfied) == (104, 43)
    assert rows[0].share == pytest.approx(43 / 104)
    assert [row.social_group for row in rows[1:]] == list(SocialGroup)
    assert survey_rows(session, municipality_id, date(2025, 1, 1), date(2025, 12, 31)) == []


def test_the_latest_survey_title_is_offered_first_and_once(demo):
    session, municipality_id = demo
    titles = survey_titles(session, municipality_id)
    assert titles[-1] == WATER_SURVEY and len(titles) == len(set(titles)) == 2


def test_a_stored_message_and_survey_come_back_as_drafts_to_edit(demo):
    session, municipality_id = demo
    draft = MessageDraft(received_on=date(2026, 2, 1), channel=ResidentChannel.LETTER, text="Жол", social_group=SocialGroup.YOUTH,
                         response="Каралды", responded_on=date(2026, 2, 3))  # fmt: skip
    message = record_message(session, municipality_id, draft=draft)
    assert message_draft(session, municipality_id, message.id) == draft
    survey = record_survey(session, municipality_id, draft=SurveyDraft(date(2026, 5, 5), "Жол", SocialGroup.ELDERLY, 20, 5))
    assert survey_draft(session, municipality_id, survey.id) == SurveyDraft(date(2026, 5, 5), "Жол", SocialGroup.ELDERLY, 20, 5)


def test_only_issued_acts_are_offered_newest_first_unless_a_message_names_a_draft(demo):
    session, municipality_id = demo
    issued = session.scalars(select(Act).where(Act.status != ActStatus.DRAFT)).all()
    choices = act_choices(session, municipality_id)
    assert [c.id for c in choices] == [a.id for a in sorted(issued, key=lambda a: (a.year, a.number), reverse=True)]
    assert choices[0].label.startswith("№ 3/2026")
    draft = session.scalars(select(Act).where(Act.status == ActStatus.DRAFT)).one()  # the demo's act 4
    assert draft.id not in {c.id for c in choices}
    kept = act_choices(session, municipality_id, include_id=draft.id)[-1]
    assert kept.id == draft.id and kept.label.startswith("Акттын долбоору")


def test_plan_items_are_those_of_the_year_asked(demo):
    session, municipality_id = demo
    items = plan_item_choices_of_year(session, municipality_id, 2026)
    plan = session.scalar(select(Plan).where(Plan.year == 2026))
    assert [c.id for c in items] == [item.id for item in sorted(plan.versions[-1].items, key=lambda i: i.position)]
    assert items[0].label.startswith("2026-жылдын планы, 1-пункт")
    assert plan_item_choices_of_year(session, municipality_id, 2025) == []
    kept = plan_item_choices_of_year(session, municipality_id, 2025, include_id=items[2].id)
    assert [c.id for c in kept] == [items[2].id]
