"""What the pages show: the home summary, empty states, and the roster's search and former members."""

from PySide6.QtCore import Qt

from bmb_desktop.ui.pages.home import HomePage
from bmb_desktop.ui.pages.reports import ReportsPage
from bmb_desktop.ui.pages.roster import RosterPage


def open_page(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    return page


def value(page, group, key):
    return getattr(page, group)[key][1].text()


def test_home_names_the_municipality_and_counts_members(qtbot, context, members):
    page = open_page(qtbot, HomePage(context))
    assert page.heading.text() == "Д. Садырбаев айыл аймагы"
    assert value(page, "group_values", "current_members") == "4"
    assert value(page, "group_values", "former_members") == "1"
    assert value(page, "group_values", "basis") == "азырынча катталган эмес"
    assert value(page, "record_values", "acts") == "0"


def test_home_shows_the_groups_resolution_and_term_on_the_demo(qtbot, demo_context):
    page = open_page(qtbot, HomePage(demo_context))
    assert "№ 12/5" in value(page, "group_values", "basis")
    assert "ай" in value(page, "group_values", "term")
    assert any("3/2026" in text for text in page.due_texts())  # the road contractor's answer is overdue


def test_reports_page_of_a_new_municipality_says_what_is_missing_and_draws_nothing(qtbot, context):
    page = open_page(qtbot, ReportsPage(context))
    page.refresh()
    figures = {line.key: line for line in page.summary.lines}
    assert figures["meetings"].value == "бир да жыйналыш өткөрүлгөн жок" and figures["meetings"].attention
    assert not page.summary.chart_widgets and page.summary.no_charts.isVisibleTo(page)


def test_roster_page_searches_and_hides_former_members(qtbot, context, members):
    page = open_page(qtbot, RosterPage(context))
    assert page.proxy.rowCount() == 5
    page.status_filter.setCurrentIndex(page.status_filter.findData("current"))
    assert page.proxy.rowCount() == 4
    assert page.shown.text() == "Көрсөтүлдү: 5 ичинен 4"
    page.search.setText("Жантаева")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Жантаева Урмат"


def test_roster_columns_sort_on_click(qtbot, context, members):
    page = open_page(qtbot, RosterPage(context))
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    assert names == sorted(names)


def test_an_empty_roster_says_so_and_cannot_be_printed(qtbot, context):
    page = open_page(qtbot, RosterPage(context))
    assert page.body.currentWidget() is page.empty
    assert not page.print_button.isEnabled()
