"""The formation page: steps with deadlines in working days, the step editor, warnings and the gathering."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from bmb_desktop.domain.enums import FormationKind, FormationStepCode, MeetingKind, Sex
from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.formation_status import StepStatus
from bmb_desktop.services.regulation import add_resolution
from bmb_desktop.services.roster import list_members
from bmb_desktop.storage.models import Meeting
from bmb_desktop.ui.main_window import MainWindow
from bmb_desktop.ui.models.formation_steps import COL_DONE, COL_DUE, COL_STATUS
from bmb_desktop.ui.pages.formation import FormationPage

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)
STARTED = date(2026, 4, 24)  # a Friday before the May holidays


def open_page(qtbot, context):
    page = FormationPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    return page


def row_of(page, code):
    return next(index for index, row in enumerate(page.rows) if row.code is code)


def cell(page, code, column):
    return page.model.index(row_of(page, code), column).data()


def start(qtbot, page, *, kind=FormationKind.NEW_GROUP, on=STARTED):
    page.start_formation()
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.started_on.setDate(QDate(on))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.fixture
def demo(demo_context):
    return replace(demo_context, today=lambda: DEMO_TODAY)


def test_the_demo_formation_of_2025_shows_its_steps_and_the_gathering_gap(qtbot, demo):
    page = open_page(qtbot, demo)

    assert page.processes.count() == 1
    assert [row.code for row in page.rows] == list(FormationStepCode)
    assert cell(page, FormationStepCode.EMPLOYEE_NOMINATION, COL_DUE) == "13.10.2025"
    assert cell(page, FormationStepCode.EMPLOYEE_NOMINATION, COL_DONE) == "06.10.2025"
    statuses = {row.code: row.status for row in page.rows}
    assert statuses[FormationStepCode.FIRST_MEETING] is StepStatus.DONE_ON_TIME
    assert statuses[FormationStepCode.CITIZEN_GATHERING] is StepStatus.SKIPPED
    gap = page.model.index(row_of(page, FormationStepCode.CITIZEN_GATHERING), COL_STATUS)
    assert gap.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert warnings == [finding.text() for finding in page.findings]
    assert [finding.rule for finding in page.findings] == ["gathering"]
    assert "5.4.4" in warnings[0]


def test_the_demo_gathering_of_2026_shows_two_elected_candidates(qtbot, demo):
    page = open_page(qtbot, demo)
    page.tabs.setCurrentWidget(page.gathering)
    panel = page.gathering

    assert panel.current().held_on == date(2026, 2, 20)
    assert panel.participants.value() == 112
    assert panel.table.rowCount() == 3
    assert panel.elected_names() == ["Абдыкалыков Нурбек Токтогулович", "Мамбетова Айзада Руслановна"]
    results = [panel.table.item(row, 3).text() for row in range(3)]
    assert results == [panel.tr("elected"), panel.tr("elected"), panel.tr("not elected")]
    assert not panel.save_button.isEnabled()  # the protocol is signed
    assert panel.members_button.isEnabled()


def test_a_new_group_started_before_the_may_holidays_has_its_deadline_after_them(qtbot, context):
    page = open_page(qtbot, replace(context, today=lambda: date(2026, 4, 27)))
    assert page.rows == []

    start(qtbot, page)

    # 15 working days from Friday 24 April skip 1–10 May (holidays and weekends): 25 May, not 15 May.
    assert cell(page, FormationStepCode.EMPLOYEE_NOMINATION, COL_DUE) == "25.05.2026"
    assert cell(page, FormationStepCode.ANNOUNCEMENT, COL_DONE) == "24.04.2026"
    nomination = page.rows[row_of(page, FormationStepCode.EMPLOYEE_NOMINATION)]
    assert nomination.status is StepStatus.PENDING and nomination.days_left == 14


def test_a_correction_for_a_weekday_moves_the_deadline_on_the_page(qtbot, context):
    context = replace(context, today=lambda: date(2026, 4, 27))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("formation")
    start(qtbot, page)
    assert cell(page, FormationStepCode.DEPUTY_APPROVAL, COL_DUE) == "25.05.2026"

    calendar = window.show_page("settings").calendar
    calendar.add_correction()
    dialog = calendar.dialog
    dialog.day.setDate(QDate(2026, 5, 12))  # a Tuesday made a day off
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))
    type_text(dialog.name, "Өкмөттүн токтому")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert cell(page, FormationStepCode.DEPUTY_APPROVAL, COL_DUE) == "26.05.2026"


def test_recording_a_step_updates_its_status_and_the_deadlines_after_it(qtbot, context):
    page = open_page(qtbot, replace(context, today=lambda: date(2026, 6, 1)))
    start(qtbot, page)
    assert page.rows[row_of(page, FormationStepCode.EMPLOYEE_NOMINATION)].status is StepStatus.OVERDUE

    page.table.selectRow(row_of(page, FormationStepCode.COUNCIL_RESOLUTION))
    page.editor.done_on.set_date(date(2026, 5, 20))
    type_text(page.editor.document, "Айылдык кеңештин №15/2 токтому")
    assert page.editor.save()

    assert cell(page, FormationStepCode.COUNCIL_RESOLUTION, COL_DONE) == "20.05.2026"
    # 10 working days later, without the weekends and Kurman ait (27 May 2026)
    assert cell(page, FormationStepCode.FIRST_MEETING, COL_DUE) == "04.06.2026"
    assert page.editor.step_id == page.rows[row_of(page, FormationStepCode.COUNCIL_RESOLUTION)].step_id
    assert {finding.rule for finding in page.findings} == {"formation", "gathering"}


def test_a_step_done_before_the_start_is_refused_beside_the_date(qtbot, context):
    page = open_page(qtbot, replace(context, today=lambda: date(2026, 6, 1)))
    start(qtbot, page)
    page.table.selectRow(row_of(page, FormationStepCode.EMPLOYEE_NOMINATION))
    page.editor.done_on.set_date(date(2026, 4, 1))
    type_text(page.editor.document, "Сунуш")

    assert page.editor.save() is False

    assert page.editor.rows["done_on"].message_text() == translate("A step cannot be done before the formation started.", "ky")
    assert page.editor.document.text() == "Сунуш"
    assert cell(page, FormationStepCode.EMPLOYEE_NOMINATION, COL_DONE) == ""


def test_the_gathering_elects_by_more_than_half_of_the_participants_as_typed(qtbot, context):
    page = open_page(qtbot, context)
    panel = page.gathering
    panel.new_gathering()
    dialog = panel.dialog
    dialog.held_on.setDate(QDate(2026, 2, 20))
    type_text(dialog.title, "Масы айылынын жыйыны")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert panel.current().title == "Масы айылынын жыйыны"

    panel.participants.setValue(100)
    for name, votes in (("Абдыкалыков Нурбек", 50), ("Мамбетова Айзада", 51)):
        row = panel.add_candidate(name)
        panel.table.item(row, 1).setData(Qt.ItemDataRole.EditRole, votes)  # as the secretary types it
    assert panel.elected_names() == ["Мамбетова Айзада"]
    assert [panel.table.item(row, 3).text() for row in range(2)] == [panel.tr("not elected"), panel.tr("elected")]
    assert not panel.members_button.isEnabled()  # not before the results are saved

    panel.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 51)
    assert panel.elected_names() == ["Абдыкалыков Нурбек", "Мамбетова Айзада"]
    assert panel.save()
    assert [c.elected for c in panel.current().candidates] == [True, True]
    assert panel.members_button.isEnabled()


def test_votes_above_the_participants_are_refused_and_the_rows_stay(qtbot, context):
    page = open_page(qtbot, context)
    panel = page.gathering
    panel.new_gathering()
    type_text(panel.dialog.title, "Жыйын")
    qtbot.mouseClick(panel.dialog.ok_button, Qt.MouseButton.LeftButton)
    panel.participants.setValue(30)
    panel.add_candidate("Жороев Талант", 31)

    assert panel.save() is False

    message = translate("{votes} votes, but only {participants} residents took part.", "ky", votes=31, participants=30)
    assert message in panel.table_messages.message_text()
    assert panel.table.rowCount() == 1 and panel.participants.value() == 30


def test_adding_the_elected_creates_members_based_on_the_councils_resolution(qtbot, demo):
    with demo.database.session() as session:
        add_resolution(session, demo.municipality_id, number="20/3", adopted_on=date(2026, 11, 20),
                       title="БМжБ тобунун курамын жарандардын өкүлдөрү менен толуктоо жөнүндө")
    page = open_page(qtbot, demo)
    panel = page.gathering
    panel.add_elected_members()
    dialog = panel.dialog
    assert [person.surname for person in dialog.people] == ["Абдыкалыков", "Мамбетова"]
    dialog.resolution.setCurrentIndex(dialog.resolution.findText("№ 20/3", Qt.MatchFlag.MatchStartsWith))
    for person, sex, born in ((dialog.people[0], Sex.MALE, date(1986, 5, 4)), (dialog.people[1], Sex.FEMALE, date(1996, 8, 19))):
        editors = dialog.editors[person.candidate_id]
        editors["sex"].setCurrentIndex(editors["sex"].findData(sex.value))
        editors["birth_date"].set_date(born)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert len(dialog.memberships) == 2
    with demo.database.session() as session:
        members = list_members(session, demo.municipality_id, as_of=DEMO_TODAY)
    added = [row for row in members if row.full_name.startswith(("Абдыкалыков", "Мамбетова"))]
    assert len(added) == 2
    assert all(candidate.is_member for candidate in panel.current().elected)
    assert not panel.members_button.isEnabled()


def test_an_elected_person_without_a_birth_date_keeps_the_dialog_open(qtbot, demo):
    with demo.database.session() as session:
        add_resolution(session, demo.municipality_id, number="20/3", adopted_on=date(2026, 11, 20), title="Толуктоо жөнүндө")
        gathering_id = session.query(Meeting.id).filter(Meeting.kind == MeetingKind.COMMUNITY_GATHERING).scalar()
    page = open_page(qtbot, demo)
    panel = page.gathering
    panel.add_elected_members()
    dialog = panel.dialog
    dialog.resolution.setCurrentIndex(1)
    first = dialog.people[0].candidate_id
    dialog.editors[first]["sex"].setCurrentIndex(1)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.rows[f"{first}.birth_date"].message_text() == translate("Enter the date of birth.", "ky")
    assert dialog.editors[first]["sex"].currentIndex() == 1
    assert panel.current().meeting_id == gathering_id
    assert not any(candidate.is_member for candidate in panel.current().candidates)


def test_every_status_has_its_words_and_late_ones_their_count(qapp):
    from bmb_desktop.services.formation_status import StepRow
    from bmb_desktop.ui.models.formation_steps import FormationStepsModel

    model = FormationStepsModel()
    texts = {}
    for status in StepStatus:
        row = StepRow(1, FormationStepCode.PUBLICATION, "title", date(2026, 5, 25), None, "", "", False, status, 3, 2)
        texts[status] = model.status_text(row)
    assert all(texts.values()) and len(set(texts.values())) == len(texts)
    assert "3" in texts[StepStatus.LATE] and "3" in texts[StepStatus.OVERDUE]
    assert "2" in texts[StepStatus.PENDING]
