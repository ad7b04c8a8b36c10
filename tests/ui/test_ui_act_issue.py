"""Issuing an act from the editor: what is missing is listed and nothing changes; a complete act gets its
number and becomes read-only; then delivery, answers, follow-up, correction, printing and checking."""

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from bmb_desktop.domain.enums import ActStatus, AddresseeKind, DeliveryMethod, RecommendationStatus
from bmb_desktop.services.act_parts import update_recommendation
from bmb_desktop.storage.models import Act, ActResponse, RecommendationNote

from .act_helpers import complete_draft, demo_draft_id, new_draft, open_editor, stored
from .conftest import TODAY, type_text

DEMO_TODAY = date(2026, 11, 21)


def issue(editor):
    editor.issue()
    return editor.dialog


def issued_editor(qtbot, context):
    editor = open_editor(qtbot, context, complete_draft(context))
    assert issue(editor).issue()
    return editor


def test_issuing_an_incomplete_act_lists_what_is_missing_and_changes_nothing(qtbot, context):
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    dialog = issue(editor)

    missing = dialog.missing()
    assert "Мониторингдин максатын жазыңыз." in missing  # the purpose
    assert any("жыйынтык" in text for text in missing)  # at least one finding
    assert any("сунуштама" in text for text in missing)  # at least one recommendation
    assert not dialog.issue_button.isEnabled()
    assert not dialog.issue()
    dialog.reject()

    act = stored(context, act_id)
    assert (act.status, act.number, act.issued_on) == (ActStatus.DRAFT, None, None)
    assert editor.header.rows["purpose"].message_text() == "Мониторингдин максатын жазыңыз."
    assert editor.findings.problem.text()
    assert not editor.header.purpose.isReadOnly()


def test_a_missing_field_clears_its_mark_once_it_is_typed(qtbot, context):
    editor = open_editor(qtbot, context, new_draft(context))
    issue(editor).reject()
    assert editor.header.rows["place"].message_text()

    type_text(editor.header.place, "Масы айылы")
    editor.flush()
    assert editor.header.rows["place"].message_text() == ""
    assert editor.header.rows["purpose"].message_text()


def test_issuing_a_complete_act_gives_the_number_and_makes_the_editor_read_only(qtbot, context, members):
    editor = open_editor(qtbot, context, complete_draft(context))
    dialog = issue(editor)
    assert dialog.missing() == []
    assert dialog.issue_button.isEnabled()
    assert dialog.issue()

    act = stored(context, editor.act_id)
    assert (act.status, act.display_number, act.issued_on) == (ActStatus.ISSUED, "1/2026", TODAY)
    assert "1/2026" in editor.heading.text() and "15.01.2026" in editor.heading.text()
    assert editor.header.purpose.isReadOnly() and editor.header.place.isReadOnly()
    assert not editor.header.object.isEnabled()
    assert editor.findings.text.isReadOnly()
    assert not editor.findings.add_fact_button.isVisibleTo(editor.findings)
    assert not editor.attachments.add_button.isVisibleTo(editor.attachments)
    assert not editor.issue_button.isVisibleTo(editor)
    assert editor.correct_button.isVisibleTo(editor)
    assert editor.tabs.isTabVisible(5) and editor.tabs.isTabVisible(6)
    assert editor.view.short_code in editor.state_note.text()


def test_the_next_act_of_the_year_gets_the_next_number(qtbot, demo_context):
    context = replace(demo_context, today=lambda: DEMO_TODAY)
    act_id = demo_draft_id(context)
    with context.database.session() as session:  # the demo draft still lacks its due dates
        for recommendation in session.get(Act, act_id).recommendations:
            update_recommendation(session, recommendation.id, due_on=date(2026, 12, 31))
    editor = open_editor(qtbot, context, act_id)
    assert issue(editor).issue()
    assert stored(context, act_id).display_number == "4/2026"


def test_recording_the_receipt_shows_the_objects_answer_due_ten_working_days_later(qtbot, context, members):
    editor = issued_editor(qtbot, context)
    panel = editor.addressees
    panel.select(AddresseeKind.OBJECT)
    panel.record_delivery()
    dialog = panel.dialog
    dialog.method.setCurrentIndex(dialog.method.findData(DeliveryMethod.BY_HAND))
    dialog.sent_on.set_date(date(2026, 2, 2))
    dialog.received_on.set_date(date(2026, 2, 2))  # a Monday
    type_text(dialog.receiver_name, "Ж. Мамытов")
    dialog.ok_button.click()

    row = next(i for i, a in enumerate(editor.view.addressees) if a.kind is AddresseeKind.OBJECT)
    assert panel.addressees.item(row, 3).text() == "16.02.2026"  # ten working days, weekends skipped
    assert "Ж. Мамытов" in panel.addressees.item(row, 2).text()


def test_a_receipt_without_the_receivers_name_is_refused_beside_the_field(qtbot, context, members):
    editor = issued_editor(qtbot, context)
    editor.addressees.select(AddresseeKind.OBJECT)
    editor.addressees.record_delivery()
    dialog = editor.addressees.dialog
    dialog.received_on.set_date(date(2026, 2, 2))
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert dialog.rows["receiver_name"].message_text()


def test_recording_the_objects_response_with_a_scan(qtbot, context, members, tmp_path):
    editor = issued_editor(qtbot, context)
    panel = editor.addressees
    panel.select(AddresseeKind.OBJECT)
    panel.record_delivery()
    panel.dialog.received_on.set_date(date(2026, 1, 16))
    type_text(panel.dialog.receiver_name, "Ж. Мамытов")
    panel.dialog.ok_button.click()
    scan = tmp_path / "жооп.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    panel.select(AddresseeKind.OBJECT)
    panel.record_response()
    dialog = panel.dialog
    dialog.received_on.set_date(date(2026, 1, 23))
    type_text(dialog.causes, "Насос бузулган.")
    type_text(dialog.measures, "Жаңы насос сатылып алынат.")
    dialog.scan_path.setText(str(scan))
    dialog.ok_button.click()

    with context.database.session() as session:
        response = session.scalars(select(ActResponse)).one()
        assert (response.received_on, response.causes) == (date(2026, 1, 23), "Насос бузулган.")
        assert response.attachment_id is not None
    panel.select(AddresseeKind.OBJECT)
    assert panel.responses.rowCount() == 1
    assert panel.responses.item(0, 4).text() == "жооп.pdf"
    panel.responses.selectRow(0)
    assert panel.open_scan().read_bytes() == b"%PDF-1.4 scan"


def test_a_follow_up_note_sets_the_recommendations_status(qtbot, context, members):
    editor = issued_editor(qtbot, context)
    editor.tabs.setCurrentIndex(6)
    editor.follow_up.add_note()
    dialog = editor.follow_up.dialog
    dialog.status.setCurrentIndex(dialog.status.findData(RecommendationStatus.REJECTED))
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.rows["reason"].message_text()  # a rejection needs its reason

    type_text(dialog.reason, "Каражат жок.")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    with context.database.session() as session:
        note = session.scalars(select(RecommendationNote)).one()
        assert note.status is RecommendationStatus.REJECTED
    assert editor.follow_up.notes.rowCount() == 1
    assert editor.follow_up.recommendations.item(0, 4).toolTip() == "Каражат жок."


def test_correcting_an_issued_act_opens_a_new_draft_and_both_remain(qtbot, context, members):
    editor = issued_editor(qtbot, context)
    old_id = editor.act_id
    editor.correct()

    assert editor.act_id != old_id
    assert editor.view.is_draft and editor.view.supersedes_number == "1/2026"
    assert not editor.header.purpose.isReadOnly()
    assert "1/2026" in editor.state_note.text()
    type_text(editor.header.place, ", №3 үй")
    assert issue(editor).issue()
    assert stored(context, old_id).status is ActStatus.SUPERSEDED
    assert stored(context, editor.act_id).display_number == "2/2026"


def test_printing_an_act_opens_the_preview(qtbot, context, members):
    editor = issued_editor(qtbot, context)
    editor.print_act()

    assert editor.preview is not None
    assert editor.preview.page_count() >= 1
    assert "1/2026" in editor.preview.windowTitle()
    editor.preview.close()


def test_a_printed_act_is_checked_by_its_file_or_its_code(qtbot, context, members, tmp_path):
    from bmb_desktop.ui.dialogs.acts.verify_dialog import VerifyDialog

    editor = issued_editor(qtbot, context)
    editor.print_act()
    printed = tmp_path / "act.pdf"
    printed.write_bytes(editor.preview.pdf)
    editor.preview.close()
    dialog = VerifyDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.check_file(printed).matches
    assert "1/2026" in dialog.answer.text()
    printed.write_bytes(b"not a pdf")
    assert not dialog.check_file(printed).matches
    dialog.code.setText(editor.view.short_code.lower())
    result = dialog.check_code()

    assert result.matches and result.act_id == editor.act_id
    assert dialog.open_button.isEnabled()
    dialog.code.setText("0000-0000-0000")
    assert not dialog.check_code().matches
    assert not dialog.open_button.isEnabled()
