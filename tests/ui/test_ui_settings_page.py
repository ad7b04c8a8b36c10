"""The settings page: field messages beside their fields, saving, languages and the user's name."""

from PySide6.QtCore import Qt

from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.settings import load_settings
from bmb_desktop.storage.models import AuditEntry
from bmb_desktop.ui.pages.settings import SettingsPage

from .conftest import type_text


def open_page(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_error_appears_next_to_its_field_and_the_typed_text_stays(qtbot, context):
    page = open_page(qtbot, context)
    district = page.fields.editors["district"]
    district.clear()
    convocation = page.fields.editors["council_convocation"]
    convocation.clear()
    type_text(convocation, "экинчи")

    assert page.save() is False

    assert page.fields.rows["district"].message_text() == translate("Enter the district.", "ky")
    assert page.fields.rows["council_convocation"].message_text() == translate(
        "Write the convocation in Roman numerals, e.g. II.", "ky"
    )
    assert page.fields.rows["name"].message_text() == ""
    assert convocation.text() == "экинчи"
    with context.database.session() as session:
        assert own_municipality(session).district == "Ноокат"


def test_saving_a_corrected_profile_updates_the_municipality(qtbot, context):
    page = open_page(qtbot, context)
    head = page.fields.editors["aiyl_okmotu_head"]
    head.clear()
    type_text(head, "Б. Жумабеков")

    with qtbot.waitSignal(page.profile_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.status.text() == "Сакталды."
    with context.database.session() as session:
        assert own_municipality(session).aiyl_okmotu_head == "Б. Жумабеков"


def test_field_messages_follow_a_language_change_without_losing_input(qtbot, context):
    page = open_page(qtbot, context)
    page.fields.editors["district"].clear()
    page.save()

    context.translations.apply("ru")
    qtbot.waitUntil(lambda: page.fields.rows["district"].message_text() == translate("Enter the district.", "ru"))
    assert page.fields.editors["district"].text() == ""
    assert page.fields.editors["name"].text() == "Д. Садырбаев"


def test_choosing_russian_applies_it_at_once_and_keeps_it(qtbot, context):
    page = open_page(qtbot, context)

    page.language.setCurrentIndex(page.language.findData("ru"))

    assert context.translations.language == "ru"
    qtbot.waitUntil(lambda: page.heading.text() == "Настройки")
    assert load_settings().language == "ru"


def test_the_users_name_is_kept_and_written_into_the_audit_log(qtbot, context):
    page = open_page(qtbot, context)
    type_text(page.user_name, "Жыпар Токтосунова")
    page.user_name.editingFinished.emit()
    assert load_settings().user_name == "Жыпар Токтосунова"

    page.fields.editors["phone"].clear()
    assert page.save()

    with context.database.session() as session:
        newest = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert newest.user_name == "Жыпар Токтосунова"
