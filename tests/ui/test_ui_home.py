"""The home page: today's rule checks, broken first, each with its source; the group's term in colour."""

from dataclasses import replace
from datetime import date

import pytest

from bmb_desktop.domain.findings import Severity
from bmb_desktop.services.regulation import load_regulation, save_regulation
from bmb_desktop.ui.pages.home import COLOURS, HomePage

ORDER = [Severity.BROKEN, Severity.WARNING, Severity.OK]


def open_page(qtbot, context):
    page = HomePage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def created_on(context, day):
    with context.database.session() as session:
        draft = load_regulation(session, context.municipality_id)
        save_regulation(session, context.municipality_id, replace(draft, group_created_on=day))


def listed(page):
    return [page.findings_list.item(row).text() for row in range(page.findings_list.count())]


def test_home_lists_the_demos_broken_rules_first_with_their_sources(qtbot, demo_context):
    page = open_page(qtbot, replace(demo_context, today=lambda: date(2026, 11, 21)))

    broken = page.broken_texts()
    assert any(text.startswith("Жарандар жана алардын бирикмелеринин өкүлдөрү") and "(Типтүү жобо 5.2.3)" in text for text in broken)
    assert any(text.startswith("Төрага Г. Кандарова") and text.endswith("(Типтүү жобо 5.4.6)") for text in broken)
    assert any("(Типтүү жобо 5.4.4)" in text for text in broken)  # the council formed the group without a gathering
    assert listed(page)[: len(broken)] == broken
    ranks = [ORDER.index(finding.severity) for finding in page.findings]
    assert ranks == sorted(ranks)
    assert listed(page) == [finding.text() for finding in page.findings]
    colour = page.findings_list.item(0).foreground().color().name()
    assert colour == COLOURS[Severity.BROKEN]


def test_home_says_what_is_not_tracked_yet(qtbot, context):
    page = open_page(qtbot, context)
    assert page.deadlines_note.text()
    assert not page.deadlines_note.isHidden()


@pytest.mark.parametrize(
    ("created", "severity"),
    [
        (date(2025, 10, 14), Severity.OK),  # ends in 2029
        (date(2022, 3, 1), Severity.WARNING),  # ends 1 March 2026, 45 days after 15 January
        (date(2021, 12, 1), Severity.BROKEN),  # ended 1 December 2025
    ],
)
def test_the_groups_term_is_coloured_as_its_end_nears(qtbot, context, created, severity):
    created_on(context, created)
    page = open_page(qtbot, context)

    term = page.group_values["term"][1]
    finding = next(finding for finding in page.findings if finding.rule == "term")
    assert finding.severity is severity
    if severity is Severity.OK:
        assert term.styleSheet() == ""
    else:
        assert COLOURS[severity] in term.styleSheet()
        assert finding.text() in page.broken_texts() or finding.severity is Severity.WARNING
    assert term.toolTip() == finding.text()


def test_findings_follow_the_interface_language(qtbot, context, members):
    page = open_page(qtbot, context)
    assert any("Типтүү жобо" in text for text in listed(page))

    context.translations.apply("ru")
    qtbot.waitUntil(lambda: any("Типовое положение" in text for text in listed(page)))
