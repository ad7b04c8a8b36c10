"""The report at a glance on the report screen: the figures of each part, worded in the interface
language, with the parts that need attention marked."""

from datetime import date

import pytest
from sqlalchemy import select

from bmb_desktop.domain.report import Period
from bmb_desktop.locale.i18n import set_language
from bmb_desktop.services.demo import create_demo_database
from bmb_desktop.services.report import gather_report
from bmb_desktop.services.report_drafts import results_posting_due
from bmb_desktop.services.report_overview import report_overview
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Municipality

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(create_demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    session = database.session()
    yield session, session.scalar(select(Municipality.id))
    session.close()
    database.close()


def overview(demo, period: Period, language: str = "ky") -> dict:
    session, municipality_id = demo
    set_language(language)
    try:
        return {line.key: line for line in report_overview(gather_report(session, municipality_id, period=period, today=TODAY))}
    finally:
        set_language("ky")


def test_every_part_of_the_report_has_a_line_in_the_report_order(demo):
    assert list(overview(demo, Period(2026))) == [
        "members", "changes", "meetings", "plan", "acts", "answers", "recommendations", "indicators", "notices", "residents", "draft",
    ]  # fmt: skip


def test_the_year_s_figures_come_from_the_demo(demo):
    lines = overview(demo, Period(2026))
    assert lines["members"].value == "5 мүчө; жарандар — 1, аялдар — 3"
    assert lines["meetings"].value == "өткөрүлдү — 7, кворум менен — 6; катышуу 86%"
    assert lines["acts"].value == "чыгарылды — 3"
    assert lines["answers"].value.startswith("өз убагында — 4, кечигип — 1, мөөнөтү өттү — 1")
    assert lines["recommendations"].value == "берилди — 11; аткарылышы 45%"


def test_what_needs_attention_is_marked(demo):
    lines = overview(demo, Period(2026))
    marked = {key for key, line in lines.items() if line.attention}
    # a meeting without a quorum, an overdue plan item, an overdue answer, indicators behind, no conclusions yet
    assert marked == {"meetings", "plan", "answers", "indicators", "draft"}


def test_the_half_year_with_its_conclusions_written_is_not_marked_for_them(demo):
    lines = overview(demo, Period(2026, 1))
    assert lines["draft"].value == "жазылды" and not lines["draft"].attention
    assert "жокко чыгарылды — 1" in lines["plan"].value


def test_the_lines_follow_the_interface_language(demo):
    lines = overview(demo, Period(2026), language="ru")
    assert lines["members"].label == "Группа на конец периода"
    assert lines["recommendations"].value == "дано — 11; выполнение 45\u00a0%"


def test_the_results_go_on_the_boards_within_a_week_of_the_presentation(demo):
    session, _municipality_id = demo
    assert results_posting_due(session, date(2026, 7, 17)) == date(2026, 7, 24)
    # a week after 26 December 2026 is 2 January 2027, a day off after New Year: the next working day
    assert results_posting_due(session, date(2026, 12, 26)) > date(2027, 1, 2)
