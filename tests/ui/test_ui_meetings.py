"""The meeting register page and the roster's mark for members absent from three meetings running."""

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingKind, WithdrawalGround
from bmb_desktop.services.meetings import MeetingDraft, create_meeting, set_attendance
from bmb_desktop.storage.models import Membership, Person
from bmb_desktop.ui.dialogs.meetings.editor import MeetingEditor
from bmb_desktop.ui.models.meetings import COL_NUMBER, COL_QUORUM, NO_QUORUM_COLOUR
from bmb_desktop.ui.pages.meetings import MeetingsPage
from bmb_desktop.ui.pages.roster import RosterPage
from bmb_desktop.ui.models.roster import COL_NAME

PRESENT = ("Кандарова", "Осмоналиев", "Жантаева")


def open_page(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    return page


def member_id(database, surname: str) -> int:
    with database.session() as session:
        return session.scalar(select(Membership.id).join(Person).where(Person.surname == surname))


def record_meetings(database, municipality_id, days, present=PRESENT) -> None:
    """Group meetings on ``days`` attended by ``present``; the other current members were absent."""
    with database.session() as session:
        for day in days:
            meeting = create_meeting(session, municipality_id, draft=MeetingDraft(
                kind=MeetingKind.GROUP_MEETING, held_on=day, place="Жыйындар залы",
            ))  # fmt: skip
            set_attendance(session, meeting.id, present=[member_id(database, s) for s in present])


def close_editor(page) -> None:
    if isinstance(page.editor, MeetingEditor):
        page.editor.discard_changes()
        page.editor.done(0)


def test_an_empty_register_says_so_and_offers_the_three_kinds(qtbot, context):
    page = open_page(qtbot, MeetingsPage(context))
    assert page.body.currentWidget() is page.empty
    assert page.model.rowCount() == 0 and not page.open_button.isEnabled()
    assert page.warnings.isHidden()
    page.new_gathering_button.click()
    assert page.editor.kind is MeetingKind.COMMUNITY_GATHERING and page.editor.meeting_id is None
    close_editor(page)


def test_the_demo_register_shows_the_meeting_without_quorum_in_red(qtbot, demo_context):
    page = open_page(qtbot, MeetingsPage(demo_context))
    assert page.model.rowCount() >= 10
    without = next(row for row in range(page.model.rowCount()) if page.model.row_at(row).quorum is False)
    quorum = page.model.index(without, COL_QUORUM)
    assert quorum.data(Qt.ItemDataRole.ForegroundRole).color() == NO_QUORUM_COLOUR
    assert page.model.index(without, 4).data() == "2/5"
    newest = max(page.model.row_at(row).held_on for row in range(page.model.rowCount()))
    assert page.model.row_at(page.proxy.mapToSource(page.proxy.index(0, 0)).row()).held_on == newest


def test_the_register_filters_by_year_and_kind(qtbot, demo_context):
    page = open_page(qtbot, MeetingsPage(demo_context))
    total = page.proxy.rowCount()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(MeetingKind.COMMUNITY_GATHERING))
    assert page.proxy.rowCount() == 1
    page.kind_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert 0 < page.proxy.rowCount() < total
    assert all(page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).year == 2025
               for r in range(page.proxy.rowCount()))  # fmt: skip
    assert str(page.proxy.rowCount()) in page.shown.text()


def test_a_double_click_opens_the_editor_and_a_save_refreshes_the_register(qtbot, context, members, database, municipality_id):
    record_meetings(database, municipality_id, [date(2026, 1, 12)])
    page = open_page(qtbot, MeetingsPage(context))
    index = page.proxy.index(0, COL_NUMBER)
    page.table.selectRow(0)
    page.table.doubleClicked.emit(index)
    editor = page.editor
    assert editor.meeting_id == page.model.row_at(0).meeting_id
    editor.attendance.model.set_present(member_id(database, "Султанова"), True)
    assert editor.save()
    assert page.model.row_at(0).present == 4
    assert page.selected_meeting().meeting_id == editor.meeting_id
    close_editor(page)


def test_the_page_warns_of_a_member_absent_from_three_meetings(qtbot, context, members, database, municipality_id):
    record_meetings(database, municipality_id, [date(2025, 11, 5), date(2025, 12, 3), date(2026, 1, 12)])
    page = open_page(qtbot, MeetingsPage(context))
    assert not page.warnings.isHidden()
    assert "К. Султанова" in page.warnings.text() and "3" in page.warnings.text()


def test_the_roster_marks_a_member_absent_from_three_meetings_and_offers_the_ground(
    qtbot, context, members, database, municipality_id
):
    record_meetings(database, municipality_id, [date(2025, 11, 5), date(2025, 12, 3), date(2026, 1, 12)])
    page = open_page(qtbot, RosterPage(context))
    sultanova = member_id(database, "Султанова")
    marked = {
        page.model.row_at(row).membership_id
        for row in range(page.model.rowCount())
        if page.model.index(row, COL_NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    }
    assert marked == {sultanova}
    row = page.model.row_of(sultanova)
    assert "3" in page.model.index(row, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)

    page.select_member(sultanova)
    page.withdraw_member()
    assert page.withdrawal_dialog.ground.currentData() == WithdrawalGround.ABSENCE
    page.withdrawal_dialog.reject()

    page.select_member(member_id(database, "Жантаева"))
    page.withdraw_member()
    assert page.withdrawal_dialog.ground.currentData() is None
    page.withdrawal_dialog.reject()


def test_two_absences_are_no_ground_yet(qtbot, context, members, database, municipality_id):
    record_meetings(database, municipality_id, [date(2025, 12, 3), date(2026, 1, 12)])
    page = open_page(qtbot, RosterPage(context))
    assert all(
        page.model.index(row, COL_NAME).data(Qt.ItemDataRole.DecorationRole) is None
        for row in range(page.model.rowCount())
    )
