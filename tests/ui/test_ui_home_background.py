"""The home page's rule checks and deadlines run in the background: a calm "checking" state meanwhile, the
first check only after the page's first paint, and a result that arrives late (for an older request, or
after the page is gone) is dropped."""

from dataclasses import replace
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from bmb_desktop.domain.findings import Severity
from bmb_desktop.services.regulation import load_regulation, save_regulation
from bmb_desktop.storage.models import Base
from bmb_desktop.ui.pages.home import HomePage
from bmb_desktop.ui.tasks import TaskRunner


def created_on(context, day):
    with context.database.session() as session:
        draft = load_regulation(session, context.municipality_id)
        save_regulation(session, context.municipality_id, replace(draft, group_created_on=day))


def term_severity(page):
    return next(finding.severity for finding in page.findings if finding.rule == "term")


def painted_page(qtbot, context, *, closed_by_qtbot=True):
    """A shown home page whose first (background) check has arrived."""
    page = HomePage(context)
    if closed_by_qtbot:
        qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10000)
    return page


def test_the_checks_say_they_are_running_until_their_result_arrives(qtbot, context, members):
    threaded = TaskRunner()
    context.tasks = threaded
    page = HomePage(context)
    qtbot.addWidget(page)

    assert page.is_checking()
    assert page.findings_summary.text() == page.tr("Checking the rules and deadlines…")
    assert page.due_texts() == [page.tr("Checking…")]
    assert page.heading.text() == "Д. Садырбаев айыл аймагы"  # the rest of the page is there at once
    assert not threaded.busy()  # nothing runs before the page has painted

    page.show()
    qtbot.waitUntil(lambda: not page.is_checking(), timeout=10000)
    assert page.findings and page.findings_summary.text().count(":") == 3
    assert len(page.due_texts()) == 3
    threaded.wait()


def test_a_result_for_an_older_request_is_dropped(qtbot, context, members):
    created_on(context, date(2021, 12, 1))  # the term ended on 1 December 2025: broken on 15 January 2026
    threaded = TaskRunner()
    context.tasks = threaded
    page = painted_page(qtbot, context)
    assert term_severity(page) is Severity.BROKEN
    page.refresh()
    threaded.wait()  # this check has finished; its result (broken) waits in the event queue

    created_on(context, date(2025, 10, 14))
    context.tasks = TaskRunner(synchronous=True)
    page.refresh()  # the newer check, answered at once
    assert term_severity(page) is Severity.OK

    qtbot.wait(50)  # the older result is delivered now
    assert term_severity(page) is Severity.OK
    assert not page.is_checking()


def test_a_result_arriving_after_the_page_is_gone_is_dropped(qtbot, context, members):
    threaded = TaskRunner()
    context.tasks = threaded
    page = painted_page(qtbot, context, closed_by_qtbot=False)  # deleted here, not closed at the end
    page.refresh()
    threaded.wait()

    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(page)

    with qtbot.captureExceptions() as exceptions:
        qtbot.wait(50)  # the result is delivered to nobody
    assert exceptions == []


def test_no_check_runs_for_a_closed_window_nor_after_its_runner_is_gone(qtbot, context, members):
    threaded = TaskRunner()
    context.tasks = threaded
    page = painted_page(qtbot, context)
    page.close()

    page.refresh()  # e.g. the language switched back as the work session ended

    assert not threaded.busy()
    threaded.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as exceptions:
        page.show()  # painted again: the check starts, but there is no runner any more
        qtbot.wait(50)
    assert exceptions == []
    assert not page.is_checking()


def test_a_failed_check_is_said_in_the_box_reported_and_the_rest_of_the_page_stays(qtbot, context):
    page = HomePage(context)
    qtbot.addWidget(page)
    with context.database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE attachment")  # the checks of attached files read it; the summary does not

    with qtbot.captureExceptions() as exceptions:
        page.refresh()

    assert not page.is_checking()
    assert page.findings_summary.text().startswith(page.tr("The rules and deadlines could not be checked: %1")[:20])
    assert "attachment" in page.findings_summary.text()
    assert [kind.__name__ for kind, *_rest in exceptions] == ["OperationalError"]  # a fault, reported
    assert page.heading.text() == "Д. Садырбаев айыл аймагы"

    Base.metadata.tables["attachment"].create(context.database.engine)  # whole again for what follows
    with qtbot.captureExceptions() as exceptions:
        page.refresh()
    assert exceptions == [] and page.findings_summary.text().count(":") == 3
