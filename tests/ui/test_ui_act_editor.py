"""The act editor: a draft saves itself as it is typed and when the editor closes; findings,
recommendations, participants (a removed member cannot sign, and says why) and attachments."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from bmb_desktop.domain.enums import FindingKind
from bmb_desktop.services.act_parts import participant_choices
from bmb_desktop.services.acts import create_act
from bmb_desktop.storage.models import Act, Finding, MonitoredObject, Recommendation

from .act_helpers import demo_draft_id, new_draft, open_editor, stored
from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)


def test_typing_the_purpose_saves_it_without_pressing_anything(qtbot, context):
    editor = open_editor(qtbot, context, new_draft(context))
    type_text(editor.header.purpose, "Суунун сапатын баалоо")

    qtbot.waitUntil(lambda: stored(context, editor.act_id).purpose == "Суунун сапатын баалоо", timeout=3000)
    assert editor.autosaver.last_saved is not None
    assert editor.autosaver.last_saved.strftime("%H:%M:%S") in editor.saved_label.text()


def test_closing_the_editor_saves_the_last_keystrokes(qtbot, context):
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    type_text(editor.header.place, "Масы айылы")
    editor.reject()  # before the pause is over

    assert stored(context, act_id).place == "Масы айылы"
    assert not editor.isVisible()


def test_a_finding_is_saved_as_typed_and_shown_again_on_reopening(qtbot, context):
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    editor.findings.add(FindingKind.EVALUATION)
    type_text(editor.findings.text, "Тургундардын 41 % канааттанат.")
    editor.findings.method.setCurrentIndex(2)
    editor.findings.method.activated.emit(2)
    editor.reject()

    with context.database.session() as session:
        finding = session.scalars(select(Finding).where(Finding.act_id == act_id)).one()
        assert (finding.kind, finding.text) == (FindingKind.EVALUATION, "Тургундардын 41 % канааттанат.")
        assert finding.method is not None
    again = open_editor(qtbot, context, act_id)
    assert again.findings.text.toPlainText() == "Тургундардын 41 % канааттанат."
    assert "41 %" in again.findings.list.item(0).text()


def test_switching_between_recommendations_keeps_each_ones_text(qtbot, context):
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    panel = editor.recommendations
    panel.add()
    type_text(panel.text, "Биринчи")
    panel.add()  # saves the first before the second is made
    type_text(panel.text, "Экинчи")
    panel.list.setCurrentRow(0)
    assert panel.text.toPlainText() == "Биринчи"
    editor.reject()

    with context.database.session() as session:
        texts = session.scalars(select(Recommendation.text).where(Recommendation.act_id == act_id).order_by(Recommendation.position)).all()
    assert texts == ["Биринчи", "Экинчи"]


def test_choosing_another_object_is_saved_and_named_in_the_heading(qtbot, context):
    act_id = new_draft(context)
    with context.database.session() as session:
        session.add(MonitoredObject(municipality_id=context.municipality_id, name="Масы мектеби", kind="municipal_institution"))
        session.commit()
    editor = open_editor(qtbot, context, act_id)
    row = editor.header.object.findText("Масы мектеби")
    editor.header.object.setCurrentIndex(row)
    editor.header.object.activated.emit(row)
    editor.flush()

    assert stored(context, act_id).object_id == editor.header.object.itemData(row)
    assert "Масы мектеби" in editor.heading.text()


def test_a_member_removed_for_a_conflict_cannot_be_ticked_and_the_editor_says_why(qtbot, demo_context):
    context = replace(demo_context, today=lambda: DEMO_TODAY)
    with context.database.session() as session:
        road = session.scalar(select(MonitoredObject).where(MonitoredObject.name.contains("Нур-Жол")))
        act_id = create_act(session, context.municipality_id, today=DEMO_TODAY, object_id=road.id).id
        excluded = [c for c in participant_choices(session, act_id, today=DEMO_TODAY) if c.excluded]
    assert [c.name for c in excluded] == ["К. Ташиев"]
    editor = open_editor(qtbot, context, act_id)

    item = editor.participants.item_of(excluded[0].membership_id)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert excluded[0].excluded in item.text()
    assert item.toolTip() == excluded[0].excluded
    others = [c for c in participant_choices_of(context, act_id) if not c.excluded]
    assert all(editor.participants.item_of(c.membership_id).flags() & Qt.ItemFlag.ItemIsUserCheckable for c in others)


def participant_choices_of(context, act_id):
    with context.database.session() as session:
        return participant_choices(session, act_id, today=DEMO_TODAY)


def test_ticking_a_participant_saves_it_at_once(qtbot, context, members):
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    item = editor.participants.list.item(0)
    item.setCheckState(Qt.CheckState.Checked)

    with context.database.session() as session:
        assert [p.membership_id for p in session.get(Act, act_id).participants] == [item.data(Qt.ItemDataRole.UserRole)]
    assert "(1)" in editor.tabs.tabText(3)


def test_an_attached_file_shows_its_size_and_checksum_and_can_back_a_finding(qtbot, context, tmp_path):
    photo = tmp_path / "түтүк.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 2046)
    act_id = new_draft(context)
    editor = open_editor(qtbot, context, act_id)
    editor.attachments.add_files([photo])

    table = editor.attachments.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "түтүк.jpg"
    assert table.item(0, 2).text().startswith("2.0")
    import hashlib

    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert table.item(0, 3).text() == digest[:12] + "…"
    assert table.item(0, 3).toolTip() == digest
    assert editor.findings.evidence.findText("1. түтүк.jpg") >= 0
    opened = editor.attachments.open_selected()
    assert opened.read_bytes() == photo.read_bytes()


def test_the_demo_draft_opens_with_its_parts_and_can_be_edited(qtbot, demo_context):
    context = replace(demo_context, today=lambda: DEMO_TODAY)
    editor = open_editor(qtbot, context, demo_draft_id(context))

    assert editor.findings.list.count() == 3
    assert editor.recommendations.list.count() == 2
    assert not editor.header.purpose.isReadOnly()
    assert editor.issue_button.isVisibleTo(editor)
    assert not editor.tabs.isTabVisible(5)  # delivery comes after issuing
