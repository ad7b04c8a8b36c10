"""The acts screen on the demo: the register with the answers' state in colour and its filters, opening
and starting acts, and the letters tab with its ready-made letters and the ten days of a request."""

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor

from bmb_desktop.domain.deadlines import DeadlineState
from bmb_desktop.domain.enums import ActStatus, LetterKind
from bmb_desktop.storage.models import Letter
from bmb_desktop.ui.models.acts import COL_DEADLINE, COL_NUMBER, DEADLINE_COLOURS, L_ANSWER, L_NUMBER
from bmb_desktop.ui.pages.acts import ActsPage

from .act_helpers import OBJECT_NAME, new_object

DEMO_TODAY = date(2026, 11, 21)


def open_page(qtbot, context):
    page = ActsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def numbers(page):
    return [page.proxy.index(row, COL_NUMBER).data() for row in range(page.proxy.rowCount())]


def demo(demo_context):
    return replace(demo_context, today=lambda: DEMO_TODAY)


def test_the_register_lists_the_demos_acts_draft_first_with_the_overdue_answer_in_red(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))

    assert numbers(page) == ["—", "3/2026", "2/2026", "1/2026"]
    overdue = page.proxy.index(1, COL_DEADLINE)
    assert "29.09.2026" in overdue.data()
    assert overdue.data(9).color() == QColor(DEADLINE_COLOURS[DeadlineState.OVERDUE])  # ForegroundRole
    assert page.model.row_at(1).recommendations == 3


def test_the_filters_narrow_the_register(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))
    page.pressing_filter.setChecked(True)
    assert numbers(page) == ["3/2026"]
    assert "1" in page.shown.text() and "4" in page.shown.text()

    page.pressing_filter.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ActStatus.DRAFT))
    assert numbers(page) == ["—"]
    page.status_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert page.year_filter.currentIndex() == -1 or numbers(page) == []


def test_opening_an_act_from_the_register_shows_it_read_only(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))
    page.table.selectRow(1)
    page.open_selected()

    assert page.editor.view.number == "3/2026"
    assert page.editor.header.purpose.isReadOnly()
    page.editor.reject()


def test_a_new_act_for_an_object_of_the_register_opens_its_draft(qtbot, context):
    new_object(context)
    page = open_page(qtbot, context)
    assert page.body.currentWidget() is page.empty
    page.new_act()
    dialog = page.dialog
    assert not dialog.from_plan.isEnabled()  # no plan yet
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.rows["object"].message_text()

    dialog.object.setCurrentIndex(0)
    dialog.ok_button.click()
    assert page.editor is not None and page.editor.view.is_draft
    assert page.editor.view.object_name == OBJECT_NAME
    page.editor.reject()
    assert page.model.rowCount() == 1


def test_a_new_act_from_the_plan_takes_the_items_subject(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))
    page.new_act()
    dialog = page.dialog
    assert dialog.from_plan.isChecked()
    dialog.plan_item.setCurrentIndex(0)
    dialog.ok_button.click()

    assert page.editor.view.plan_item_id == dialog.plan_item.itemData(0)
    assert page.editor.header.subject.toPlainText()
    page.editor.reject()


def test_the_letters_tab_lists_the_demos_letters_with_the_requests_answers(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))
    letters = page.letters
    assert letters.proxy.rowCount() == 9
    assert letters.proxy.index(0, L_NUMBER).data() == "9/2026"
    request = next(r for r in range(letters.model.rowCount()) if letters.model.row_at(r).number == "1/2026")
    assert "25.02.2026" in letters.model.index(request, L_ANSWER).data()


def test_a_new_information_request_is_drafted_and_its_receipt_starts_the_ten_days(qtbot, demo_context):
    context = demo(demo_context)
    page = open_page(qtbot, context)
    letters = page.letters
    letters.new_letter(LetterKind.INFORMATION_REQUEST)
    dialog = letters.dialog
    dialog.object.setCurrentIndex(0)
    dialog.ok_button.click()

    letter = letters.dialog
    assert letter.number == "10/2026"
    assert "он күндүн ичинде" in letter.body.toPlainText()
    letter.received_on.set_date(date(2026, 11, 23))
    letter.received_on.edited.emit()
    assert letter.save()
    row = letters.model.row_at(letters.model.row_of(letter.letter_id))
    assert row.due_on == date(2026, 12, 3)
    assert row.deadline is DeadlineState.UPCOMING
    letter.reject()


def test_a_letter_prints_to_the_preview(qtbot, demo_context):
    page = open_page(qtbot, demo(demo_context))
    page.letters.table.selectRow(0)
    page.letters.print_selected()

    assert page.letters.preview is not None and page.letters.preview.page_count() >= 1
    page.letters.preview.close()


def test_a_cover_letter_is_made_for_an_addressee_of_an_issued_act(qtbot, demo_context):
    context = demo(demo_context)
    page = open_page(qtbot, context)
    page.letters.new_letter(LetterKind.ACT_COVER_LETTER)
    dialog = page.letters.dialog
    assert dialog.act.count() == 3 and dialog.addressee.count() == 3
    dialog.ok_button.click()

    with context.database.session() as session:
        letter = session.get(Letter, page.letters.dialog.letter_id)
        assert letter.kind is LetterKind.ACT_COVER_LETTER and letter.act_id is not None
