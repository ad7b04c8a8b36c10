"""The home screen's deadlines: the answers overdue, due this week and recently received (A4, A5, P8)."""

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.services.act_responses import record_delivery, record_response
from bmb_desktop.services.act_view import act_view
from bmb_desktop.ui.models.acts import DEADLINE_COLOURS
from bmb_desktop.ui.pages.home import HomePage

from .act_helpers import complete_draft


def open_home(qtbot, context):
    page = HomePage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def line_of(page, needle):
    return next(page.due_list.item(row) for row in range(page.due_list.count()) if needle in page.due_list.item(row).text())


def test_home_lists_the_demos_overdue_response_in_red(qtbot, demo_context):
    page = open_home(qtbot, replace(demo_context, today=lambda: date(2026, 11, 21)))

    assert [item.act_number for item in page.due.overdue] == ["3/2026"]
    line = line_of(page, "3/2026")
    assert "«Нур-Жол Курулуш» ЖЧК" in line.text()
    assert "29.09.2026" in line.text() and "53" in line.text()
    assert line.foreground().color() == QColor(DEADLINE_COLOURS[DeadlineState.OVERDUE])
    assert "4.3" in line.toolTip()  # the clause of the model regulation


def test_home_shows_what_is_due_this_week_and_what_was_answered(qtbot, context, members):
    from bmb_desktop.services.act_issue import issue_act

    act_id = complete_draft(context)
    with context.database.session() as session:
        issue_act(session, act_id, issued_on=date(2026, 1, 15))
        view = act_view(session, act_id, context.municipality_id, today=date(2026, 1, 15))
        by_kind = {a.kind.value: a.addressee_id for a in view.addressees}
        record_delivery(session, by_kind["object"], method=None, sent_on=None, received_on=date(2026, 1, 19), receiver_name="Ж. Мамытов")
        record_delivery(session, by_kind["aiyl_okmotu"], method=None, sent_on=None, received_on=date(2026, 1, 15), receiver_name="А. Саитова")
        record_response(session, by_kind["aiyl_okmotu"], received_on=date(2026, 1, 28), measures="График илинди.")
    # The object's ten working days from Monday 19 January end on 2 February.
    page = open_home(qtbot, replace(context, today=lambda: date(2026, 1, 29)))

    assert [item.act_number for item in page.due.due_this_week] == ["1/2026"]
    assert [item.act_number for item in page.due.recently_answered] == ["1/2026"]
    assert any("актыга жооп" in text and "02.02.2026" in text for text in page.due_texts())
    answered = next(text for text in page.due_texts() if "28.01.2026" in text)
    assert "кеңешке маалымат" in answered
    assert page.due.overdue == []


def test_nothing_awaited_shows_the_three_headings_with_zero(qtbot, context):
    page = open_home(qtbot, context)
    texts = page.due_texts()
    assert len(texts) == 3
    assert all(text.endswith(": 0") for text in texts)
