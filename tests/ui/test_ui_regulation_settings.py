"""Settings, the group's regulation: presets fill the form, errors stay beside their fields, saving rechecks."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from bmb_desktop.domain.enums import ChairRule
from bmb_desktop.domain.findings import Severity
from bmb_desktop.domain.regulation import CUSTOM, LOCAL, MODEL
from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.ui.main_window import MainWindow
from bmb_desktop.ui.pages.settings import SettingsPage

from .conftest import type_text


def open_page(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.tabs.widget(1))
    return page


def choose_preset(section, name):
    index = section.preset.findData(name)
    section.preset.setCurrentIndex(index)
    section.preset.activated.emit(index)  # what a click on the item sends


def values(section, *names):
    return tuple(section.draft().__getattribute__(name) for name in names)


def stored_regulation(context):
    with context.database.session() as session:
        profile = own_municipality(session).regulation
        return profile.preset, profile.max_size, profile.term_months


def test_the_presets_fill_every_field(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    assert section.preset.currentData() == MODEL
    assert values(section, "min_size", "max_size", "odd_size_required", "min_citizen_percent") == (5, 15, True, 50)

    choose_preset(section, LOCAL)
    assert section.editors["max_size"].value() == 11
    assert not section.editors["odd_size_required"].isChecked()
    assert [section.editors[name].value() for name in ("min_employee_percent", "min_deputy_percent", "min_citizen_percent")] == [0, 0, 0]
    assert section.editors["max_one_sex_percent"].value() == 100
    assert section.draft().chair_rule is ChairRule.ELECTED_BY_GROUP
    assert section.editors["term_months"].value() == 12

    choose_preset(section, MODEL)
    assert values(section, "max_size", "odd_size_required", "max_one_sex_percent", "term_months") == (15, True, 70, 48)


def test_changing_a_value_turns_the_preset_into_own_values_with_a_title(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    assert not section.editors["name"].isEnabled()

    section.editors["max_size"].setValue(9)

    assert section.preset.currentData() == CUSTOM
    assert section.editors["name"].isEnabled()
    assert section.save() is False
    assert section.rows["name"].message_text().startswith("Бул маанилер алынган жобонун аталышын жазыңыз")
    type_text(section.editors["name"], "Мин-Булак жобосу")
    assert section.save()
    assert stored_regulation(context) == (CUSTOM, 9, 48)


def test_an_invalid_profile_shows_the_message_beside_the_field_and_keeps_the_input(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    section.editors["min_size"].setValue(9)
    section.editors["max_size"].setValue(7)
    section.editors["term_months"].setValue(0)

    assert section.save() is False

    assert section.rows["max_size"].message_text() == translate("The largest size cannot be smaller than the smallest, {minimum}.", "ky", minimum=9)
    assert section.rows["term_months"].message_text() == translate("The term is at least one month.", "ky")
    assert section.rows["min_size"].message_text() == ""
    assert values(section, "min_size", "max_size", "term_months") == (9, 7, 0)
    assert stored_regulation(context) == (MODEL, 15, 48)

    section.editors["max_size"].setValue(11)  # corrected: its message goes at once, the other stays
    assert section.rows["max_size"].message_text() == ""
    assert section.rows["term_months"].message_text() != ""


def test_quota_shares_over_100_are_refused_beside_the_citizens_share(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    section.editors["min_employee_percent"].setValue(40)
    section.editors["min_deputy_percent"].setValue(40)
    assert section.save() is False
    assert "130%" in section.rows["min_citizen_percent"].message_text()


def test_saving_the_local_preset_turns_the_chair_finding_on_the_home_page_to_holding(qtbot, context, members):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.pages["home"]

    def chair():
        return next(finding for finding in home.findings if finding.rule == "chair")

    assert chair().severity is Severity.BROKEN
    assert chair().text() in home.broken_texts()

    section = window.show_page("settings").regulation
    choose_preset(section, LOCAL)
    with qtbot.waitSignal(window.pages["settings"].rules_changed):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)

    assert chair().severity is Severity.OK
    assert chair().text() not in home.broken_texts()
    assert stored_regulation(context) == (LOCAL, 11, 12)


def test_a_new_basis_resolution_is_chosen_and_dates_the_group(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    section.add_resolution()
    dialog = section.dialog
    type_text(dialog.number, "12/5")
    dialog.adopted_on.setDate(QDate(2025, 10, 14))
    type_text(dialog.title, "БМжБ тобунун курамын жана жобосун бекитүү жөнүндө")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert section.editors["basis_resolution_id"].currentText().startswith("№ 12/5, 14.10.2025")
    assert section.editors["group_created_on"].date() == date(2025, 10, 14)
    assert section.save()
    with context.database.session() as session:
        profile = own_municipality(session).regulation
        assert (profile.basis_resolution.number, profile.group_created_on) == ("12/5", date(2025, 10, 14))


def test_a_resolution_with_a_wrong_number_keeps_the_dialog_open(qtbot, context):
    page = open_page(qtbot, context)
    section = page.regulation
    section.add_resolution()
    dialog = section.dialog
    type_text(dialog.number, "12-5")
    type_text(dialog.title, "Жөнүндө")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.rows["number"].message_text() == translate("Write the number as session/item, e.g. 12/5.", "ky")
    assert dialog.number.text() == "12-5"
