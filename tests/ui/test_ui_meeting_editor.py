"""The meeting editor: the live quorum, votes checked as they change, recusals, signing and printing."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bmb_desktop.domain.enums import MeetingKind, MeetingStatus, MemberCategory, MemberRole, MembershipStatus, Sex
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.meeting_agenda import DecisionDraft, add_agenda_item, add_decision
from bmb_desktop.services.meetings import MeetingDraft, create_meeting, set_attendance
from bmb_desktop.storage.models import Act, ConflictDeclaration, Decision, Meeting, Membership, Person
from bmb_desktop.ui.dialogs.meetings.decision_dialog import MeetingDecisionDialog
from bmb_desktop.ui.dialogs.meetings.editor import TAB_AGENDA, MeetingEditor
from bmb_desktop.ui.dialogs.meetings.printing import MeetingDocument
from bmb_desktop.ui.errors import ERROR_COLOUR
from tests.ui.conftest import TODAY, type_text

HALL = "Айыл өкмөтүнүн жыйындар залы"
EXTRA = ("Асанова", "Бекова", "Дооронова")


def add_extra_members(database, municipality_id, count: int) -> None:
    """Members appointed with the others, beyond the four current ones of the fixture."""
    with database.session() as session:
        for surname in EXTRA[:count]:
            person = Person(municipality_id=municipality_id, surname=surname, given_name="Айгүл", sex=Sex.FEMALE)
            session.add(person)
            session.flush()
            session.add(Membership(
                municipality_id=municipality_id, person_id=person.id, category=MemberCategory.CITIZEN,
                role=MemberRole.MEMBER, basis_text="№ 12/5", appointed_on=date(2025, 1, 10),
                status=MembershipStatus.ACTIVE,
            ))  # fmt: skip
        session.commit()


def member_id(database, surname: str) -> int:
    with database.session() as session:
        return session.scalar(select(Membership.id).join(Person).where(Person.surname == surname))


def open_editor(qtbot, context, **kwargs) -> MeetingEditor:
    editor = MeetingEditor(context, **kwargs)
    qtbot.addWidget(editor, before_close_func=lambda editor: editor.discard_changes())
    editor.show()
    return editor


def tick(editor, surnames) -> None:
    for surname in surnames:
        editor.attendance.model.set_present(member_id(editor.context.database, surname), True)


def recorded_meeting(context, present, *, kind=MeetingKind.GROUP_MEETING, **changes) -> int:
    database = context.database
    values = dict(
        kind=kind, held_on=TODAY, place=HALL, chair_membership_id=member_id(database, "Кандарова"),
        secretary_membership_id=member_id(database, "Осмоналиев"),
    )  # fmt: skip
    with database.session() as session:
        meeting = create_meeting(session, context.municipality_id, draft=MeetingDraft(**(values | changes)))
        set_attendance(session, meeting.id, present=[member_id(database, s) for s in present])
        return meeting.id


def agenda_item(context, meeting_id: int, title: str = "Пландын аткарылышы жөнүндө") -> int:
    with context.database.session() as session:
        return add_agenda_item(session, meeting_id, title=title).id


def open_decision(qtbot, context, item_id: int, **kwargs) -> MeetingDecisionDialog:
    dialog = MeetingDecisionDialog(context, agenda_item_id=item_id, kind=MeetingKind.GROUP_MEETING, meeting_date=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# The live quorum


def test_two_of_five_ticked_is_no_quorum_and_the_third_tick_brings_it(qtbot, context, members, database, municipality_id):
    add_extra_members(database, municipality_id, 1)
    editor = open_editor(qtbot, context)
    assert editor.attendance.model.membership() == 5

    tick(editor, ["Кандарова", "Султанова"])
    assert editor.attendance.quorum() is False
    assert "2" in editor.attendance.quorum_line.text() and "5" in editor.attendance.quorum_line.text()
    assert ERROR_COLOUR in editor.attendance.quorum_line.styleSheet()

    tick(editor, ["Жантаева"])
    assert editor.attendance.quorum() is True
    assert "3" in editor.attendance.quorum_line.text()
    assert ERROR_COLOUR not in editor.attendance.quorum_line.styleSheet()


def test_exactly_half_of_six_is_no_quorum(qtbot, context, members, database, municipality_id):
    add_extra_members(database, municipality_id, 2)
    editor = open_editor(qtbot, context)
    tick(editor, ["Кандарова", "Султанова", "Жантаева"])
    assert editor.attendance.model.membership() == 6
    assert editor.attendance.quorum() is False
    tick(editor, ["Асанова"])
    assert editor.attendance.quorum() is True


def test_a_new_meeting_says_nothing_about_quorum_before_any_tick(qtbot, context, members):
    editor = open_editor(qtbot, context)
    assert not editor.attendance.marked
    assert ERROR_COLOUR not in editor.attendance.quorum_line.styleSheet()


# Saving the meeting


def test_a_new_group_meeting_is_saved_with_its_number_and_attendance(qtbot, context, members):
    editor = open_editor(qtbot, context)
    assert editor.details.chair.membership_id() == member_id(context.database, "Кандарова")  # the group's chair
    type_text(editor.details.place, HALL)
    tick(editor, ["Кандарова", "Осмоналиев", "Жантаева"])
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    with context.database.session() as session:
        meeting = session.get(Meeting, editor.meeting_id)
        assert (meeting.number, meeting.year, meeting.place) == (1, 2026, HALL)
        assert sum(1 for a in meeting.attendance if a.present) == 3 and len(meeting.attendance) == 4
    assert "1/2026" in editor.heading.text()


def test_a_meeting_without_a_place_is_refused_and_keeps_the_marks(qtbot, context, members):
    editor = open_editor(qtbot, context)
    tick(editor, ["Кандарова", "Осмоналиев"])
    assert not editor.save()
    assert editor.details.rows["place"].message_text() == _("Enter where the meeting was held.")
    assert editor.meeting_id is None
    assert len(editor.attendance.model.present_ids()) == 2


def test_a_time_that_does_not_exist_is_refused_next_to_the_date(qtbot, context, members):
    editor = open_editor(qtbot, context)
    type_text(editor.details.place, HALL)
    editor.details.starts_at.setText("25:70")
    assert not editor.save()
    assert editor.details.rows["held_on"].message_text() != ""
    assert editor.meeting_id is None and editor.details.place.text() == HALL
    editor.details.starts_at.setText("10:30")
    assert editor.save()
    with context.database.session() as session:
        assert session.get(Meeting, editor.meeting_id).starts_at.strftime("%H:%M") == "10:30"


def test_moving_the_date_back_lists_the_members_of_that_day_keeping_the_ticks(qtbot, context, members):
    editor = open_editor(qtbot, context)
    tick(editor, ["Кандарова"])
    editor.details.held_on.editor.setDate(date(2025, 5, 20))  # Ташиев was still a member then
    names = [editor.attendance.model.attendee_at(row).name for row in range(editor.attendance.model.rowCount())]
    assert "К. Ташиев" in names and len(names) == 5
    assert editor.attendance.model.present_ids() == {member_id(context.database, "Кандарова")}


def test_the_first_agenda_item_records_a_new_meeting_first(qtbot, context, members):
    editor = open_editor(qtbot, context)
    type_text(editor.details.place, HALL)
    tick(editor, ["Кандарова", "Осмоналиев", "Жантаева"])
    editor.tabs.setCurrentIndex(TAB_AGENDA)
    editor.agenda.add_item()
    assert editor.meeting_id is not None
    type_text(editor.agenda.title, "Мониторинг планы жөнүндө")
    type_text(editor.agenda.heard, "Г. Кандарова планды баяндады.")
    assert editor.agenda.save_item()
    assert [row.title for row in editor.agenda.rows] == ["Мониторинг планы жөнүндө"]
    assert editor.agenda.rows[0].heard == "Г. Кандарова планды баяндады."


def test_an_item_without_a_title_is_refused_and_its_account_stays(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"])
    editor = open_editor(qtbot, context, meeting_id=meeting_id)
    editor.agenda.add_item()
    type_text(editor.agenda.spoke, "К. Султанова сунуш киргизди.")
    assert not editor.agenda.save_item()
    assert editor.agenda.title_row.message_text() == _("Write the agenda item.")
    assert editor.agenda.spoke.toPlainText() == "К. Султанова сунуш киргизди."


# Votes


def test_a_vote_beyond_the_members_present_is_shown_and_refused_keeping_what_was_typed(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"])
    dialog = open_decision(qtbot, context, agenda_item(context, meeting_id))
    type_text(dialog.text, "План жактырылсын.")
    dialog.votes_for.setValue(4)
    expected = _("{cast} votes recorded, but only {eligible} members are present.", cast=4, eligible=3)
    assert dialog.rows["votes"].message_text() == expected

    dialog.save()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.text.toPlainText() == "План жактырылсын." and dialog.votes_for.value() == 4
    with context.database.session() as session:
        assert session.scalar(select(Decision.id)) is None

    dialog.votes_for.setValue(3)
    assert dialog.rows["votes"].message_text() == ""


def test_a_member_not_voting_lowers_the_votes_allowed(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"])
    dialog = open_decision(qtbot, context, agenda_item(context, meeting_id))
    type_text(dialog.text, "Акт бекитилсин.")
    dialog.votes_for.setValue(3)
    assert dialog.rows["votes"].message_text() == ""
    dialog.recusal_checks[member_id(context.database, "Жантаева")].setChecked(True)
    assert "2" in dialog.rows["votes"].message_text()
    assert dialog.outcome_of_draft().eligible == 2


def test_a_tie_does_not_pass(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева", "Султанова"])
    item_id = agenda_item(context, meeting_id)
    dialog = open_decision(qtbot, context, item_id)
    type_text(dialog.text, "Сунуш кабыл алынсын.")
    dialog.votes_for.setValue(2)
    dialog.against.setValue(2)
    assert not dialog.outcome_of_draft().passes
    dialog.save()
    assert dialog.saved_id is not None
    editor = open_editor(qtbot, context, meeting_id=meeting_id)
    decision = editor.agenda.decisions.model.row_at(0)
    assert (decision.vote.votes_for, decision.vote.against, decision.passes) == (2, 2, False)


def test_a_member_removed_for_the_acts_object_is_ticked_and_locked_with_the_reason(qtbot, demo_context):
    database, municipality_id = demo_context.database, demo_context.municipality_id
    with database.session() as session:
        road = session.scalar(select(ConflictDeclaration.monitored_object_id))
        act_id = session.scalar(select(Act.id).where(Act.object_id == road))
        everyone = list(session.scalars(select(Membership.id).where(Membership.withdrawn_on.is_(None))))
        held_on = date.today()
        meeting = create_meeting(session, municipality_id, draft=MeetingDraft(
            kind=MeetingKind.GROUP_MEETING, held_on=held_on, place=HALL,
        ))  # fmt: skip
        set_attendance(session, meeting.id, present=everyone)
        item_id = add_agenda_item(session, meeting.id, title="Акт жөнүндө").id
    tashiev = member_id(database, "Ташиев")
    dialog = MeetingDecisionDialog(demo_context, agenda_item_id=item_id, kind=MeetingKind.GROUP_MEETING, meeting_date=held_on)
    qtbot.addWidget(dialog)
    assert dialog.recusal_checks[tashiev].isEnabled()

    dialog.link.setCurrentIndex(dialog.link.findData(f"act:{act_id}"))
    box = dialog.recusal_checks[tashiev]
    assert box.isChecked() and not box.isEnabled()
    assert "кызыкчылыктардын кагылышуусу" in box.toolTip()
    dialog.votes_for.setValue(len(everyone))  # one of them may not vote
    assert dialog.rows["votes"].message_text() != ""


# Signing, reopening, printing


def test_signing_refuses_without_a_chair(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"], chair_membership_id=None)
    editor = open_editor(qtbot, context, meeting_id=meeting_id)
    assert not editor.sign()
    assert editor.details.rows["chair"].message_text() == _("Choose who chaired the meeting before signing the protocol.")
    with context.database.session() as session:
        assert session.get(Meeting, meeting_id).status is MeetingStatus.DRAFT


def test_a_signed_protocol_is_read_only_until_reopened(qtbot, context, members):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"])
    editor = open_editor(qtbot, context, meeting_id=meeting_id)
    assert editor.sign()
    assert editor.signed and editor.reopen_button.isVisible() and not editor.save_button.isVisible()
    assert editor.details.place.isReadOnly() and editor.attendance.model.read_only
    assert not editor.agenda.add_button.isEnabled()

    editor.reopen()
    assert not editor.signed and editor.save_button.isVisible()
    assert not editor.details.place.isReadOnly()
    with context.database.session() as session:
        assert session.get(Meeting, meeting_id).status is MeetingStatus.DRAFT


def test_printing_the_protocol_opens_the_preview_with_the_real_pdf(qtbot, context, members, tmp_path):
    meeting_id = recorded_meeting(context, ["Кандарова", "Осмоналиев", "Жантаева"])
    with context.database.session() as session:
        add_decision(session, agenda_item(context, meeting_id), draft=DecisionDraft("План жактырылсын.", 3, 0, 0))
    editor = open_editor(qtbot, context, meeting_id=meeting_id)
    editor.print_document(MeetingDocument.PROTOCOL)
    preview = editor.preview
    qtbot.addWidget(preview)
    assert preview.pdf.startswith(b"%PDF") and preview.page_count() >= 1
    path = tmp_path / "protocol.pdf"
    path.write_bytes(preview.pdf)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "План жактырылсын." in text and HALL in text
    assert "1/2026" in preview.windowTitle()


@pytest.mark.parametrize("kind", [MeetingKind.COMMUNITY_GATHERING, MeetingKind.OBSERVED_EVENT])
def test_gatherings_and_events_name_what_they_were_and_need_no_quorum(qtbot, context, members, kind):
    editor = open_editor(qtbot, context, kind=kind)
    assert not editor.details.rows["title"].isHidden()
    assert editor.attendance.quorum() is None
    type_text(editor.details.place, "Масы айылдык маданият үйү")
    assert not editor.save()
    assert editor.details.rows["title"].message_text() == _("Write what the gathering or the observed event was.")
    type_text(editor.details.title, "Жергиликтүү бюджет боюнча коомдук угуу")
    tick(editor, ["Султанова"])
    assert editor.save()
    with context.database.session() as session:
        meeting = session.get(Meeting, editor.meeting_id)
        assert meeting.kind is kind and [a.present for a in meeting.attendance] == [True]


def test_a_gathering_counts_its_residents_and_shows_the_candidates(qtbot, context, members):
    editor = open_editor(qtbot, context, kind=MeetingKind.COMMUNITY_GATHERING)
    assert editor.gathering is not None and not editor.tabs.isTabEnabled(2)
    type_text(editor.details.place, "Масы айылдык маданият үйү")
    type_text(editor.details.title, "Масы айылынын жыйыны")
    editor.details.participants.setValue(60)
    assert editor.save(), editor.message.text()
    assert editor.tabs.isTabEnabled(2)
    assert editor.gathering.current_id() == editor.meeting_id
    assert editor.gathering.participants.value() == 60
    editor.gathering.add_candidate("Абдыкалыков Нурбек", 31)
    assert editor.gathering.elected_names() == ["Абдыкалыков Нурбек"]
    saved = editor.save()
    assert saved, (editor.message.text(), editor.gathering.table_messages.message_text())
    with context.database.session() as session:
        assert [c.votes_for for c in session.get(Meeting, editor.meeting_id).candidates] == [31]
