"""The reports screen on the demo: the period, the report at a glance with its charts, the conclusions
kept as typed, printing, the spreadsheet and the way to the export."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pypdf import PdfReader

from bmb_desktop.domain.report import Period
from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.report_drafts import load_draft
from bmb_desktop.ui.pages.reports import ReportsPage
from tests.ui.conftest import type_text

TODAY = date(2026, 11, 21)
WHOLE_YEAR, FIRST_HALF, SECOND_HALF = range(3)


@pytest.fixture
def reports_context(demo_context):
    demo_context.today = lambda: TODAY
    return demo_context


def open_page(qtbot, context) -> ReportsPage:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()  # what the main window does when the page is shown
    return page


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def draft_of(context, period: Period):
    with context.database.session() as session:
        return load_draft(session, context.municipality_id, period)


def test_the_page_opens_on_the_running_year_with_its_figures_and_charts(qtbot, reports_context):
    page = open_page(qtbot, reports_context)

    assert (page.year.value(), page.half.currentIndex()) == (2026, WHOLE_YEAR)
    assert page.period == Period(2026)
    assert "21.11.2026" in page.as_of_note.text() and page.as_of_note.isVisibleTo(page)
    figures = {line.key: line.value for line in page.summary.lines}
    assert figures["acts"] == "чыгарылды — 3"
    assert figures["recommendations"] == "берилди — 11; аткарылышы 45%"
    assert set(page.summary.chart_widgets) == {"recommendations", "answers", "indicators", "satisfaction"}
    assert all(chart.renderer().isValid() for chart in page.summary.chart_widgets.values())


def test_the_first_half_year_shows_its_own_figures_and_its_kept_conclusions(qtbot, reports_context):
    page = open_page(qtbot, reports_context)

    page.half.setCurrentIndex(FIRST_HALF)

    assert page.period == Period(2026, 1)
    assert not page.as_of_note.isVisibleTo(page)  # the half-year has ended: its figures are final
    assert {line.key: line.value for line in page.summary.lines}["acts"] == "чыгарылды — 2"
    assert "Жарым жылдыкта" in page.conclusions.conclusions.toPlainText()
    assert page.conclusions.presented_on.date() == date(2026, 7, 17)
    assert "24.07.2026" in page.conclusions.posting_hint.text()


def test_a_period_not_begun_is_refused_next_to_the_period_and_nothing_can_be_printed(qtbot, reports_context):
    reports_context.today = lambda: date(2026, 3, 2)
    page = open_page(qtbot, reports_context)

    page.half.setCurrentIndex(SECOND_HALF)

    assert "баштала элек" in page.half_row.message_text()
    assert page.period is None
    assert not any(b.isEnabled() for b in (page.print_button, page.resolution_button, page.spreadsheet_button, page.export_button))
    assert not page.conclusions.isEnabled()
    assert page.year.maximum() == 2026  # a year not begun cannot even be chosen


def test_the_conclusions_are_kept_as_typed_and_come_back(qtbot, reports_context):
    page = open_page(qtbot, reports_context)
    page.tabs.setCurrentIndex(1)

    type_text(page.conclusions.conclusions, "Топ жылдын планын негизинен аткарды.")
    type_text(page.conclusions.proposals, "Айыл өкмөтүнө: жоопторду мөөнөтүндө берүү.")
    qtbot.waitUntil(lambda: "Сакталды" in page.conclusions.status.text(), timeout=3000)

    draft = draft_of(reports_context, Period(2026))
    assert draft.conclusions == "Топ жылдын планын негизинен аткарды."
    assert draft.proposals == "Айыл өкмөтүнө: жоопторду мөөнөтүндө берүү."
    again = open_page(qtbot, reports_context)
    assert again.conclusions.conclusions.toPlainText() == "Топ жылдын планын негизинен аткарды."


def test_typing_then_changing_the_period_saves_the_text_for_the_period_it_was_typed_for(qtbot, reports_context):
    page = open_page(qtbot, reports_context)
    type_text(page.conclusions.conclusions, "Жыл боюнча корутунду")

    page.half.setCurrentIndex(SECOND_HALF)  # before the pause of the autosave has passed

    assert draft_of(reports_context, Period(2026)).conclusions == "Жыл боюнча корутунду"
    assert draft_of(reports_context, Period(2026, 2)).conclusions == ""
    assert page.conclusions.conclusions.toPlainText() == ""


def test_a_presentation_before_the_period_is_refused_next_to_the_day_and_the_text_stays(qtbot, reports_context):
    page = open_page(qtbot, reports_context)
    type_text(page.conclusions.conclusions, "Корутунду")

    page.conclusions.presented_on.editor.setDate(QDate(2025, 12, 1))
    assert not page.conclusions.flush()

    assert "мезгили башталганга чейин" in page.conclusions.fields["presented_on"].message_text()
    assert page.conclusions.conclusions.toPlainText() == "Корутунду"
    assert draft_of(reports_context, Period(2026)).conclusions == ""  # nothing half-saved

    page.conclusions.presented_on.editor.setDate(QDate(2026, 12, 20))
    assert page.conclusions.flush()
    assert page.conclusions.fields["presented_on"].message_text() == ""
    assert draft_of(reports_context, Period(2026)).presented_on == date(2026, 12, 20)


def test_printing_the_report_saves_the_conclusions_first_and_prints_them(qtbot, reports_context):
    page = open_page(qtbot, reports_context)
    type_text(page.conclusions.conclusions, "Басылып чыккан корутунду")

    page.print_button.click()

    assert page.preview is not None and page.preview.document.pageCount() > 3
    text = pdf_text(page.preview.pdf)
    assert "Басылып чыккан корутунду" in text
    assert "2026" in page.preview.windowTitle()
    page.preview.close()


def test_the_resolution_draft_opens_in_the_preview(qtbot, reports_context):
    page = open_page(qtbot, reports_context)

    page.resolution_button.click()

    assert "ТОКТОМ" in pdf_text(page.preview.pdf).upper()
    page.preview.close()


def test_the_spreadsheet_is_saved_where_the_secretary_chooses(qtbot, reports_context, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "отчет"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    page = open_page(qtbot, reports_context)

    page.spreadsheet_button.click()

    saved = tmp_path / "отчет.xlsx"
    assert saved.is_file() and str(saved) in page.status.text()
    assert len(load_workbook(saved).sheetnames) >= 5


def test_export_opens_the_export_dialog_for_the_chosen_period(qtbot, reports_context):
    page = open_page(qtbot, reports_context)
    page.half.setCurrentIndex(FIRST_HALF)

    page.export_button.click()

    assert page.export_dialog is not None and page.export_dialog.isVisible()
    assert page.export_dialog.period == Period(2026, 1)
    page.export_dialog.reject()


class DeferredTasks:
    """Holds the page's background work until the test delivers it, in any order."""

    def __init__(self) -> None:
        self.waiting = []

    def run(self, work, *, on_result, on_error=None, busy_parent=None, busy_text=""):
        self.waiting.append((work, on_result))

    def deliver(self, index: int) -> None:
        work, on_result = self.waiting.pop(index)
        on_result(work())


def test_a_summary_arriving_after_the_period_changed_again_is_dropped(qtbot, reports_context):
    tasks = DeferredTasks()
    reports_context.tasks = tasks
    page = open_page(qtbot, reports_context)
    page.half.setCurrentIndex(FIRST_HALF)  # a second request while the first is still out

    tasks.deliver(1)  # the first half-year's summary
    tasks.deliver(0)  # then the whole year's, late

    assert {line.key: line.value for line in page.summary.lines}["acts"] == "чыгарылды — 2"


def test_the_page_switches_to_russian_and_back(qtbot, reports_context):
    page = open_page(qtbot, reports_context)

    reports_context.translations.apply("ru")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Сводка")
    qtbot.waitUntil(lambda: page.summary.lines and page.summary.lines[0].label == translate("Group at the end of the period", "ru"))
    assert page.print_button.text() == "Печать отчёта…"

    reports_context.translations.apply("ky")
    qtbot.waitUntil(lambda: page.summary.lines and page.summary.lines[0].label == translate("Group at the end of the period", "ky"))
