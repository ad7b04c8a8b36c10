"""The posting log and the notice boards: postings checked next to their fields, photos kept and shown,
boards added, reordered and taken out of use."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.notice_boards import boards, get_posting, posting_photo
from bmb_desktop.ui.dialogs.notices.board_dialog import BoardDialog
from bmb_desktop.ui.dialogs.notices.posting_dialog import PostingDialog
from bmb_desktop.ui.dialogs.notices.removal_dialog import RemovalDialog
from bmb_desktop.ui.models.notices import COL_FIRST_POSTED, COL_NAME, COL_PHOTO, COL_POSTINGS, COL_WARNING
from bmb_desktop.ui.pages.notices import NoticesPage
from tests.ui.conftest import type_text
from tests.ui.notice_helpers import DEMO_TODAY, demo_file, notice_id_of, notices_context  # noqa: F401 - fixtures

UNPOSTED = "Маданият үйүнүн жылытуу системасын оңдоо боюнча мониторинг"


def open_page(qtbot, context) -> NoticesPage:
    page = NoticesPage(context)
    qtbot.addWidget(page)
    page.resize(1156, 700)
    page.show()
    return page


def close_next_dialog(seen: list) -> None:
    """Close the next modal dialog (a message box) once it shows, keeping it in ``seen``."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog)
        dialog.done(0)

    QTimer.singleShot(20, poll)


def newest_row(page) -> int:
    """The proxy row of the newest notice: the one not posted yet."""
    return next(row for row in range(page.proxy.rowCount()) if page.proxy.index(row, 2).data() == UNPOSTED)


def photo_file(tmp_path):
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f8f"))
    path = tmp_path / "тактадагы кулактандыруу.png"
    assert image.save(str(path))
    return path


# Postings


def test_a_posting_taken_down_before_it_was_posted_is_refused_next_to_the_field(qtbot, notices_context):
    notice_id = notice_id_of(notices_context, NoticeKind.MONITORING)
    dialog = PostingDialog(notices_context, notice_id, posted_by="", parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.posted_on.set_date(date(2026, 11, 10))
    dialog.removed_on.set_date(date(2026, 11, 5))
    type_text(dialog.posted_by, "К. Ташиев")

    dialog.ok_button.click()

    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.rows["removed_on"].message_text() == _("A notice cannot be taken down before it was posted.")
    assert dialog.rows["posted_on"].message_text() == ""
    assert (dialog.posted_on.date(), dialog.removed_on.date()) == (date(2026, 11, 10), date(2026, 11, 5))
    assert dialog.posted_by.text() == "К. Ташиев"
    assert dialog.board.currentData() is not None


def test_recording_a_posting_updates_the_list_and_clears_the_reminder(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    page.table.selectRow(newest_row(page))
    assert page.postings.body.currentWidget() is page.postings.empty
    assert page.proxy.index(newest_row(page), COL_WARNING).data()

    page.postings.add_posting()
    dialog = page.postings.dialog
    assert dialog.posted_on.date() == DEMO_TODAY
    assert dialog.posted_by.text() == ""  # nobody posted this notice yet and no user name is set
    type_text(dialog.posted_by, "А. Саитова")
    dialog.ok_button.click()

    row = newest_row(page)
    assert page.proxy.index(row, COL_POSTINGS).data() == "1"
    assert page.proxy.index(row, COL_FIRST_POSTED).data() == "21.11.2026"
    assert page.proxy.index(row, COL_WARNING).data() == ""
    assert UNPOSTED not in page.warnings.text()
    assert page.postings.model.rowCount() == 1
    assert page.postings.model.row_at(0).posted_by == "А. Саитова"

    page.postings.add_posting()  # the next one offers the next board and the same person
    assert page.postings.dialog.board.currentIndex() == 1
    assert page.postings.dialog.posted_by.text() == "А. Саитова"
    page.postings.dialog.reject()


def test_taking_a_notice_down_is_recorded(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    page.select_notice(notice_id_of(notices_context, NoticeKind.FREE))
    page.postings.table.selectRow(0)
    posting_id = page.postings.selected().posting_id

    page.postings.record_removal()
    dialog = page.postings.dialog
    assert isinstance(dialog, RemovalDialog) and dialog.removed() == DEMO_TODAY
    dialog.removed_on.set_date(date(2026, 11, 20))
    dialog.ok_button.click()

    with notices_context.database.session() as session:
        assert get_posting(session, notices_context.municipality_id, posting_id).removed_on == date(2026, 11, 20)
    assert page.postings.model.row_at(page.postings.model.row_of(posting_id)).removed_on == date(2026, 11, 20)


def test_adding_a_photo_stores_it_and_shows_it(qtbot, notices_context, tmp_path):
    page = open_page(qtbot, notices_context)
    page.select_notice(notice_id_of(notices_context, NoticeKind.FREE))
    page.postings.table.selectRow(0)
    posting_id = page.postings.selected().posting_id
    assert not page.postings.open_photo_button.isEnabled()
    path = photo_file(tmp_path)

    page.postings.add_photo(path)

    with notices_context.database.session() as session:
        assert posting_photo(session, notices_context.municipality_id, posting_id) == path.read_bytes()
    row = page.postings.model.row_of(posting_id)
    shown = page.postings.model.index(row, COL_PHOTO).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(shown, QPixmap) and not shown.isNull()
    assert shown.width() <= 80 and shown.height() <= 60
    assert page.postings.model.index(row, COL_PHOTO).data(Qt.ItemDataRole.ToolTipRole) == path.name
    assert page.postings.selected().posting_id == posting_id
    assert page.postings.open_photo_button.isEnabled()

    page.postings.remove_photo(confirm=False)

    with notices_context.database.session() as session:
        assert posting_photo(session, notices_context.municipality_id, posting_id) is None
    assert page.postings.model.index(row, COL_PHOTO).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_file_that_is_not_a_photo_is_refused(qtbot, notices_context, tmp_path):
    page = open_page(qtbot, notices_context)
    page.select_notice(notice_id_of(notices_context, NoticeKind.FREE))
    page.postings.table.selectRow(0)
    text = tmp_path / "эскертүү.txt"
    text.write_text("сүрөт эмес", encoding="utf-8")
    seen = []
    close_next_dialog(seen)

    page.postings.add_photo(text)

    assert seen == [_("Choose a photo (a JPEG or PNG picture).")]
    assert page.postings.selected().photo_id is None


# Notice boards


def test_a_new_board_is_offered_for_postings_and_can_be_moved_up(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    tab = page.boards
    tab.add_board()
    dialog = tab.dialog
    type_text(dialog.name, "Кара-Таш айылындагы такта")
    type_text(dialog.location, "Кара-Таш айылы, клубдун жаны")
    dialog.ok_button.click()

    assert tab.model.rowCount() == 6
    assert tab.selected().name == "Кара-Таш айылындагы такта"
    tab.move_selected(-1)
    names = [tab.model.index(row, COL_NAME).data() for row in range(tab.model.rowCount())]
    assert names[4] == "Кара-Таш айылындагы такта"
    assert tab.selected().name == "Кара-Таш айылындагы такта"

    posting = PostingDialog(notices_context, notice_id_of(notices_context, NoticeKind.FREE))
    qtbot.addWidget(posting)
    offered = [posting.board.itemText(i) for i in range(posting.board.count())]
    assert "Кара-Таш айылындагы такта" in offered
    assert "Беш-Жыгач айылындагы такта" not in offered  # taken out of use in the spring


def test_a_board_taken_out_of_use_is_no_longer_offered(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    tab = page.boards
    with notices_context.database.session() as session:
        tab.select(boards(session, notices_context.municipality_id)[3].id)  # the FAP's
    name = tab.selected().name

    tab.toggle_use()

    assert not tab.selected().in_use
    posting = PostingDialog(notices_context, notice_id_of(notices_context, NoticeKind.FREE))
    qtbot.addWidget(posting)
    assert name not in [posting.board.itemText(i) for i in range(posting.board.count())]


def test_a_board_that_carried_notices_cannot_be_deleted(qtbot, notices_context):
    page = open_page(qtbot, notices_context)
    tab = page.boards
    tab.table.selectRow(0)
    seen = []
    close_next_dialog(seen)

    tab.delete_selected(confirm=False)

    assert len(seen) == 1 and "колдонуудан чыгарыңыз" in seen[0]
    assert tab.model.rowCount() == 5


def test_a_board_name_taken_already_is_refused_next_to_the_field(qtbot, notices_context):
    dialog = BoardDialog(notices_context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Мектептин стенди")

    dialog.ok_button.click()

    assert dialog.isVisible()
    assert "Мектептин стенди" in dialog.rows["name"].message_text()
    assert dialog.name.text() == "Мектептин стенди"
