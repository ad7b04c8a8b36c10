"""Indicators on the plan screen: plan versus fact with the deviation and the forecast, entering
measured values and indicators, and the dashboard of key indicators."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from bmb_desktop.domain.enums import EvidenceSource, IndicatorKind
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.services.indicators import dashboard, indicator_views, number_text
from bmb_desktop.ui.dialogs.roster.fields import choose_data
from bmb_desktop.ui.models.indicators import COL_DEVIATION, COL_FORECAST, COL_OUTLOOK
from bmb_desktop.ui.models.rows import GOOD_COLOUR, WARNING_COLOUR
from bmb_desktop.ui.pages.plan import PlanPage

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)
DUPLICATE = "Бул мезгил үчүн ушул булактан алынган маани мурда катталган."


@pytest.fixture
def page(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    page = PlanPage(demo_context)
    qtbot.addWidget(page)
    page.resize(1130, 680)
    page.show()
    return page


def open_indicators(page, code: str):
    tab = page.indicators_tab
    page.show_tab(tab)
    view = next(v for v in tab.model.rows() if v.code == code)
    tab.select_indicator(view.indicator_id)
    return tab, view


def row_texts(tab, indicator_id: int) -> dict[int, str]:
    view = tab.model.row_at(tab.model.row_of(indicator_id))
    return {column: tab.model.text(view, column) for column in (COL_DEVIATION, COL_FORECAST, COL_OUTLOOK)}


def test_entering_a_measurement_updates_the_rows_deviation_and_forecast(page):
    tab, view = open_indicators(page, "П-2")
    assert view.assessment.outlook is Outlook.BEHIND
    before = row_texts(tab, view.indicator_id)
    assert tab.model.foreground(view, COL_OUTLOOK) == WARNING_COLOUR
    assert tab.measurements.rowCount() == len(view.measurements)

    tab.value_buttons["add"].click()
    dialog = tab.dialog
    assert (dialog.period.start.date(), dialog.period.end.date()) == (date(2026, 1, 1), date(2026, 6, 30))  # the last half-year
    choose_data(dialog.source, EvidenceSource.PROGRAMME_DATA)
    type_text(dialog.value, "1 100")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.rows["period"].message_text() == DUPLICATE  # recorded already
    assert dialog.value.text() == "1 100"

    dialog.period.start.set_date(date(2026, 7, 1))
    dialog.period.end.set_date(date(2026, 9, 30))
    dialog.ok_button.click()

    assert not dialog.isVisible()
    after = row_texts(tab, view.indicator_id)
    assert after[COL_DEVIATION] != before[COL_DEVIATION] and after[COL_FORECAST] != before[COL_FORECAST]
    with page.context.database.session() as session:
        fresh = next(v for v in indicator_views(session, page.context.municipality_id, today=DEMO_TODAY) if v.code == "П-2")
    assert fresh.assessment.latest.value == 1100 and fresh.assessment.outlook is Outlook.ACHIEVED
    assert after[COL_FORECAST] == number_text(fresh.assessment.forecast)
    assert after[COL_DEVIATION].startswith("+")
    assert tab.model.foreground(tab.model.row_at(tab.model.row_of(view.indicator_id)), COL_OUTLOOK) == GOOD_COLOUR
    assert tab.selected_id() == view.indicator_id and tab.measurements.rowCount() == len(view.measurements) + 1


def test_a_value_that_is_not_a_number_is_said_next_to_it(page):
    tab, _view = open_indicators(page, "И-1")
    tab.value_buttons["add"].click()
    dialog = tab.dialog
    dialog.period.start.set_date(date(2026, 7, 1))
    dialog.period.end.set_date(date(2026, 9, 30))
    type_text(dialog.value, "көп")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.rows["value"].message_text() == QCoreApplication.translate("MeasurementDialog", "Enter a number, e.g. 72 or 1,5.")
    assert dialog.rows["source"].message_text().startswith("Булакты тандаңыз")


def test_a_qualitative_indicator_is_described_in_words(page):
    tab = page.indicators_tab
    page.show_tab(tab)
    tab.buttons["add"].click()
    dialog = tab.dialog
    dialog.measure.words.setChecked(True)
    assert dialog.rows["baseline_text"].isVisibleTo(dialog) and not dialog.rows["baseline"].isVisibleTo(dialog)
    type_text(dialog.name, "Тургундардын ишеними")
    choose_data(dialog.kind, IndicatorKind.OUTCOMES)
    dialog.deadline.set_date(date(2027, 12, 31))
    dialog.ok_button.click()
    assert set(dialog.messages()) == {"baseline_text", "target_text"}
    type_text(dialog.baseline_text, "Төмөн")
    type_text(dialog.target_text, "Жогору")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    saved = tab.model.row_at(tab.model.row_of(tab.selected_id()))
    assert saved.name == "Тургундардын ишеними" and not saved.quantitative and saved.baseline_text == "Төмөн"


def test_the_dashboard_shows_a_chart_per_key_indicator(page):
    tab = page.dashboard_tab
    page.show_tab(tab)
    with page.context.database.session() as session:
        key = dashboard(session, page.context.municipality_id, today=DEMO_TODAY)
    assert [card.view.code for card in tab.cards] == [view.code for view in key] and len(key) >= 4
    for card in tab.cards:
        assert card.chart is not None and card.chart.renderer().isValid()
        assert card.outlook.text() and card.title.text().startswith(card.view.code)
    behind = next(card for card in tab.cards if card.view.assessment.outlook is Outlook.BEHIND)
    assert "#b3261e" in behind.outlook.styleSheet()
    tab.resize(1130, 600)
    assert tab.columns == 3


def test_printing_the_indicator_sheet_opens_the_preview(page):
    tab = page.indicators_tab
    page.show_tab(tab)
    tab.print_button.click()
    assert tab.preview.page_count() >= 1
