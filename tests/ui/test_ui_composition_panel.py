"""The composition panel: every rule with its mark, numbers and source; the real gaps of resolution 12/5."""

from datetime import date

import pytest

from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.ui.pages.roster import RosterPage
from bmb_desktop.ui.widgets.composition_panel import COLOURS, CompositionPanel, mark_pixmap

DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture
def page(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    page = RosterPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    return page


def broken(panel):
    return [text for severity, text in panel.lines() if severity is Severity.BROKEN]


def test_the_demo_group_shows_its_two_real_gaps_first(page):
    gaps = broken(page.composition)
    assert len(gaps) == 2
    citizens, chair = gaps
    assert citizens.startswith("Жарандар жана алардын бирикмелеринин өкүлдөрү: 5 мүчөнүн 1 (20%)")
    assert "50%" in citizens
    assert citizens.endswith("(Типтүү жобо 5.2.3)")
    assert "Төрага Г. Кандарова — муниципалдык кызматчы" in chair and chair.endswith("(Типтүү жобо 5.4.6)")
    assert page.composition.lines()[0][0] is Severity.BROKEN and page.composition.lines()[1][0] is Severity.BROKEN
    assert page.broken_rules() == 2


def test_rules_that_hold_are_listed_with_numbers_and_sources(page):
    holding = [text for severity, text in page.composition.lines() if severity is Severity.OK]
    assert "Мүчөлөрдүн саны: 5 (талап: 5–15 адам) (Типтүү жобо 5.2.1)" in holding
    assert any(text.startswith("Аялдар: 3 (60%), эркектер: 2 (40%)") for text in holding)
    assert any("2029-жылдын 14-октябрына чейин" in text for text in holding)


def test_each_line_shows_its_message_and_source_in_its_own_colour(page):
    line = page.composition.list.lines[0]
    assert line.message.text().startswith("Жарандар")
    assert line.source.text() == "Типтүү жобо 5.2.3"
    assert COLOURS[Severity.BROKEN][0] in line.styleSheet()
    assert not line.mark.pixmap().isNull()
    assert COLOURS[Severity.BROKEN][0] in page.composition.summary.styleSheet()


def test_the_three_marks_differ_in_shape_not_only_in_colour(qapp):
    images = [mark_pixmap(severity).toImage().convertToFormat(mark_pixmap(Severity.OK).toImage().format())
              for severity in Severity]
    grey = [image.convertToFormat(image.Format.Format_Grayscale8) for image in images]
    assert grey[0] != grey[1] and grey[1] != grey[2] and grey[0] != grey[2]


def test_a_panel_without_findings_says_there_is_nothing_to_check(qtbot):
    panel = CompositionPanel()
    qtbot.addWidget(panel)
    assert panel.lines() == []
    panel.set_findings([RuleFinding("size", Severity.OK, "ok", "")])
    assert panel.lines() == [(Severity.OK, "ok")]
    assert panel.list.lines[0].source.isHidden()
    panel.set_findings([])
    assert panel.lines() == [] and panel.list.lines == []


def test_the_findings_follow_the_language(qtbot, page, translations):
    translations.apply("ru")
    qtbot.waitUntil(lambda: any("Граждане и представители их объединений" in text for text in broken(page.composition)))
    assert any("5.2.3" in text for text in broken(page.composition))
    translations.apply("ky")
    qtbot.waitUntil(lambda: any("5 мүчөнүн 1" in text for text in broken(page.composition)))
