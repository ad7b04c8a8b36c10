"""The notices screen: the list with its posting checks, the editor with ready texts that stay the
secretary's once edited, the readability hint, and printing the poster on A4 or A3."""

from __future__ import annotations

import io
from datetime import date, time

import pytest

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import select

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.locale.i18n import _, translate
from bmb_desktop.services.notices import get_notice
from bmb_desktop.storage.models import Meeting, Notice, Resolution
from bmb_desktop.ui.dialogs.notices.editor import NoticeEditor
from bmb_desktop.ui.dialogs.roster.fields import choose_data
from bmb_desktop.ui.models.notices import COL_FIRST_POSTED, COL_TITLE, COL_WARNING, WARNING_MARK
from bmb_desktop.ui.pages.notices import NoticesPage
from tests.ui.conftest import type_text
from tests.ui.notice_helpers import demo_file, notice_id_of, notices_context  # noqa: F401 - fixtures

A3_POINTS = (842, 1191)
A4_POINTS = (595, 842)


def open_page(qtbot, context) -> NoticesPage:
    page = NoticesPage(context)
    qtbot.addWidget(page)
    page.resize(1156, 700)
    page.show()
    return page


@pytest.fixture
def open_editor(qtbot):
    """Opens editors and closes them at the end dropping unsaved changes (closing would ask to save)."""
    editors = []

    def open_one(context, **kwargs) -> NoticeEditor:
        editor = NoticeEditor(context, **kwargs)
        editor.show()
        editors.append(editor)
        return editor

    yield open_one
    for editor in editors:
        editor.dirty = False
        editor.close()
        editor.deleteLater()


def stored(context, notice_id: int) -> Notice:
    with context.database.session() as session:
        notice = get_notice(session, context.municipality_id, notice_id)
        session.expunge(notice)
        return notice


def row_texts(page, column: int) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


# The list


def test_the_demo_notices_are_listed_newest_first_with_the_unposted_one_marked(qtbot, notices_context):
    page = open_page(qtbot, notices_context)

    assert page.body.currentWidget() is page.table
    titles = row_texts(page, COL_TITLE)
    assert len(titles) == 10
    unposted = "Маданият үйүнүн жылытуу системасын оңдоо боюнча мониторинг"
    assert titles[0] == unposted  # prepared the day before the demo's today
    assert page.proxy.index(0, COL_WARNING).data() == WARNING_MARK
    assert "азырынча илинген жок" in page.proxy.index(0, COL_WARNING).data(Qt.ItemDataRole.ToolTipRole)
    assert row_texts(page, COL_WARNING).count(WARNING_MARK) == 1
    assert page.proxy.index(1, COL_FIRST_POSTED).data() == "28.09.2026"
    assert not page.warnings.isHidden() and unposted in page.warnings.text()


def test_choosing_a_notice_shows_its_posting_log(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    page.select_notice(notice_id_of(notices_context, NoticeKind.COMPOSITION))

    assert page.postings.model.rowCount() == 3
    assert "БМжБ тобунун курамы" in page.postings.heading.text()


def test_deleting_a_notice_removes_it_with_its_postings(qtbot, notices_context):
    from bmb_desktop.storage.models import Posting

    page = open_page(qtbot, notices_context)
    notice_id = notice_id_of(notices_context, NoticeKind.GATHERING)
    page.select_notice(notice_id)

    page.delete_selected(confirm=False)

    assert page.model.row_of(notice_id) == -1 and page.model.rowCount() == 9
    with notices_context.database.session() as session:
        assert session.scalar(select(Posting.id).where(Posting.notice_id == notice_id)) is None
    assert page.selected_notice() is not None and page.postings.notice_id == page.selected_notice().notice_id


def test_a_database_without_notices_says_so(qtbot, context):
    page = open_page(qtbot, context)
    assert page.model.rowCount() == 0
    assert page.body.currentWidget() is page.empty
    assert not page.open_button.isEnabled() and not page.postings.add_button.isEnabled()


# Ready texts


def test_a_new_composition_notice_names_the_12_5_group_and_the_first_meeting(qtbot, open_editor, notices_context):
    editor = open_editor(notices_context, kind=NoticeKind.COMPOSITION)

    body = editor.form.body.toPlainText()
    assert "№ 12/5 токтому менен" in body
    for name in ("Г. Кандарова — төрага", "К. Султанова", "Э. Осмоналиев", "У. Жантаева", "К. Ташиев"):
        assert name in body
    assert "Күнү: 2025-жылдын 24-октябры" in body and "Убактысы: саат 10:00" in body
    assert "Өтүүчү жери: Д. Садырбаев айыл өкмөтүнүн жыйындар залы, Масы айылы" in body
    with notices_context.database.session() as session:
        resolution = session.scalar(select(Resolution.id).where(Resolution.number == "12/5"))
        first_meeting = session.scalar(select(Meeting).where(Meeting.held_on == date(2025, 10, 24)))
        meeting_id = first_meeting.id
    assert editor.form.resolution_id.currentData() == resolution
    assert editor.form.meeting_id.currentData() == meeting_id
    assert editor.form.event_on.date() == date(2025, 10, 24) and editor.form.event_time.text() == "10:00"

    assert editor.save()

    notice = stored(notices_context, editor.notice_id)
    assert (notice.kind, notice.resolution_id, notice.meeting_id) == (NoticeKind.COMPOSITION, resolution, meeting_id)
    assert (notice.event_on, notice.event_time) == (date(2025, 10, 24), time(10, 0))
    assert notice.body == body.strip()


def test_the_secretarys_edited_text_survives_saving_and_reopening(qtbot, open_editor, notices_context):
    notice_id = notice_id_of(notices_context, NoticeKind.REPORT_RESULTS)
    editor = open_editor(notices_context, notice_id=notice_id)
    editor.form.body.moveCursor(editor.form.body.textCursor().MoveOperation.End)
    type_text(editor.form.body, "\nСуроолор болсо, айыл өкмөтүнө кайрылыңыз.")
    editor.form.title.selectAll()
    type_text(editor.form.title, "Жарым жылдын жыйынтыктары")
    assert editor.dirty

    assert editor.save()
    editor.close()

    again = open_editor(notices_context, notice_id=notice_id)
    assert again.form.title.text() == "Жарым жылдын жыйынтыктары"
    assert again.form.body.toPlainText().endswith("\nСуроолор болсо, айыл өкмөтүнө кайрылыңыз.")
    assert again.form.body.toPlainText().startswith("2026-жылдын 17-июлунда")  # the rest untouched
    assert not again.dirty


def test_a_fresh_text_replaces_the_secretarys_only_when_asked(qtbot, open_editor, notices_context):
    notice_id = notice_id_of(notices_context, NoticeKind.GATHERING)
    editor = open_editor(notices_context, notice_id=notice_id)
    written = editor.form.body.toPlainText()

    assert editor.fill_from_data(confirm=False)

    assert editor.form.body.toPlainText() != written and "Күн тартиби:" in editor.form.body.toPlainText()
    assert editor.dirty
    assert stored(notices_context, notice_id).body == written  # nothing is saved until she saves


def test_an_act_summary_without_an_act_says_so_next_to_the_act(qtbot, open_editor, notices_context):
    editor = open_editor(notices_context, kind=NoticeKind.ACT_SUMMARY)
    assert editor.form.body.toPlainText() == ""  # nothing to write from yet

    assert not editor.fill_from_data(confirm=False)
    assert editor.form.rows["act_id"].message_text() == _("Choose the act the notice summarises.")

    editor.form.act_id.setCurrentIndex(1)  # the newest issued act
    assert editor.fill_from_data(confirm=False)
    assert editor.form.rows["act_id"].message_text() == ""
    assert "акт" in editor.form.title.text()


def test_a_free_notice_needs_its_own_title_and_text_and_keeps_what_was_typed(qtbot, open_editor, notices_context):
    editor = open_editor(notices_context, kind=NoticeKind.FREE)
    assert not editor.fill_button.isEnabled()
    type_text(editor.form.body, "Эртең суу берилбейт.")

    assert not editor.save()

    assert editor.form.rows["title"].message_text() == _("Enter the title of the notice.")
    assert editor.form.body.toPlainText() == "Эртең суу берилбейт."
    assert editor.notice_id is None


def test_a_time_that_is_no_time_is_reported_before_saving(qtbot, open_editor, notices_context):
    editor = open_editor(notices_context, kind=NoticeKind.GATHERING)
    editor.form.event_time.setText("25:70")

    assert not editor.save()
    assert editor.form.rows["event_on"].message_text() != ""
    assert editor.form.event_time.text() == "25:70"


# Paper and printing


def test_a_long_text_on_a4_suggests_a3(qtbot, open_editor, notices_context):
    notice_id = notice_id_of(notices_context, NoticeKind.FREE)
    editor = open_editor(notices_context, notice_id=notice_id)
    editor.check.run_now()
    assert editor.readable is True

    items = (f"{n}) Көчөдөгү жарыктандыруу шамын алмаштыруу жана оңдоо" for n in range(1, 16))
    editor.form.body.setPlainText("\n".join(items))
    editor.check.run_now()

    assert editor.readable is False
    assert "A3" in editor.paper_hint.text()


def test_printing_on_a3_opens_the_preview_with_an_a3_page(qtbot, open_editor, notices_context):
    notice_id = notice_id_of(notices_context, NoticeKind.COMPOSITION)
    editor = open_editor(notices_context, notice_id=notice_id)
    choose_data(editor.form.paper_size, "A3")
    editor.form.paper_size.activated.emit(editor.form.paper_size.currentIndex())

    editor.print_button.click()

    preview = editor.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    size = preview.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == A3_POINTS
    assert preview.page_count() == 1
    assert stored(notices_context, notice_id).paper_size == "A3"  # saved before printing
    text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    assert "КУЛАКТАНДЫРУУ" in text and "Д. Садырбаев айыл өкмөтү" in text
    preview.close()


def test_the_page_prints_the_selected_notice_on_its_own_paper(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    page.select_notice(notice_id_of(notices_context, NoticeKind.GATHERING))

    page.print_button.click()

    size = page.preview.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == A4_POINTS
    page.preview.close()


def test_the_page_switches_to_russian_and_back(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    kyrgyz_kind = page.proxy.index(0, 1).data()

    notices_context.translations.apply("ru")
    qtbot.waitUntil(lambda: page.proxy.index(0, 1).data() != kyrgyz_kind)
    assert page.proxy.index(0, 1).data() == translate("advance notice of monitoring", "ru")

    notices_context.translations.apply("ky")
    qtbot.waitUntil(lambda: page.proxy.index(0, 1).data() == kyrgyz_kind)
