"""Editing the roster on the demo: the member dialog's live messages, saving, withdrawing and replacing."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex, WithdrawalGround
from bmb_desktop.locale.labels import label
from bmb_desktop.ui.dialogs.roster.member_dialog import MemberDialog
from bmb_desktop.ui.models.roster import COL_NAME, COL_PHONE, COL_STATUS
from bmb_desktop.ui.pages.roster import RosterPage

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)
PHONE_MESSAGE = "Кыргызстандын телефон номерин жазыңыз, мисалы: 0700 123 456 же +996 700 123 456."


@pytest.fixture
def page(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    page = RosterPage(demo_context)
    qtbot.addWidget(page)
    page.resize(1130, 680)
    page.show()
    return page


def names(page):
    return [page.proxy.index(row, COL_NAME).data() for row in range(page.proxy.rowCount())]


def select(page, surname):
    membership_id = next(page.model.row_at(r).membership_id for r in range(page.model.rowCount())
                         if page.model.row_at(r).full_name.startswith(surname))
    page.select_member(membership_id)
    return membership_id


def choose(combo, value):
    """Choose as the user does: the item, then the activated signal the form listens to."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def set_date(field, day: date):
    field.editor.setDate(QDate(day.year, day.month, day.day))


def fill_citizen(dialog, *, surname="Абдыкадырова", given="Айгүл", birth=date(1990, 4, 5)):
    editors = dialog.form.editors
    type_text(editors["surname"], surname)
    type_text(editors["given_name"], given)
    choose(editors["sex"], Sex.FEMALE)
    set_date(editors["birth_date"], birth)
    type_text(editors["phone"], "0555 123 456")
    choose(editors["category"], MemberCategory.CITIZEN)
    editors["basis"].by_text.click()
    type_text(editors["basis"].text, "Жыйындын №2 протоколу")


def open_new_member(page) -> MemberDialog:
    page.add_member()
    return page.member_dialog


def test_an_invalid_phone_shows_the_kyrgyz_message_under_the_phone_and_disables_save(page):
    dialog = open_new_member(page)
    assert dialog.save_button.isEnabled()  # nothing touched yet: no wall of red
    assert dialog.form.messages() == {}

    type_text(dialog.form.editors["phone"], "12345")

    assert dialog.form.messages() == {"phone": PHONE_MESSAGE}
    assert not dialog.save_button.isEnabled()
    dialog.form.editors["phone"].selectAll()
    type_text(dialog.form.editors["phone"], "0700 123 456")
    assert "phone" not in dialog.form.messages()


def test_a_seventeen_year_old_on_the_day_of_appointment_is_refused_with_the_age_message(page):
    dialog = open_new_member(page)
    fill_citizen(dialog, birth=date(2009, 6, 1))
    set_date(dialog.form.editors["appointed_on"], date(2026, 11, 21))

    assert dialog.form.messages()["birth_date"] == (
        "Дайындалган күнү мүчө 17 жашта болот; мүчөлөр 18 жаштан кем болбошу керек."
    )
    assert not dialog.save_button.isEnabled()
    set_date(dialog.form.editors["birth_date"], date(2008, 6, 1))
    assert "birth_date" not in dialog.form.messages()
    assert dialog.save_button.isEnabled()


def test_choosing_the_chair_while_kandarova_chairs_names_her(page):
    dialog = open_new_member(page)
    choose(dialog.form.editors["role"], MemberRole.CHAIR)
    message = dialog.form.messages()["role"]
    assert "Г. Кандарова" in message and "төрага" in message
    choose(dialog.form.editors["role"], MemberRole.SECRETARY)  # nobody is secretary in 12/5
    assert "role" not in dialog.form.messages()


def test_saving_a_citizen_adds_a_row_and_updates_the_composition_panel(qtbot, page):
    assert any("5 мүчөнүн 1 (20%)" in text for _severity, text in page.composition.lines())
    dialog = open_new_member(page)
    fill_citizen(dialog)
    assert dialog.save_button.isEnabled()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert page.model.rowCount() == 6
    assert "Абдыкадырова Айгүл" in names(page)
    assert page.selected_member().full_name == "Абдыкадырова Айгүл"
    texts = [text for _severity, text in page.composition.lines()]
    assert any("6 мүчөнүн 2 (33%)" in text for text in texts)
    assert any("Мүчөлөрдүн саны 6 — жуп сан" in text for text in texts)


def test_saving_with_empty_fields_shows_every_message_and_keeps_what_was_typed(qtbot, page):
    dialog = open_new_member(page)
    type_text(dialog.form.editors["surname"], "Абдыкадырова")
    type_text(dialog.form.editors["position"], "мугалим")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert set(dialog.form.messages()) == {"given_name", "sex", "birth_date", "category"}
    assert dialog.form.messages()["given_name"] == "Атын жазыңыз."
    assert not dialog.save_button.isEnabled()
    assert dialog.form.editors["surname"].text() == "Абдыкадырова"
    assert dialog.form.editors["position"].text() == "мугалим"
    assert page.model.rowCount() == 5


def test_a_new_members_term_follows_the_appointment_until_set_by_hand(page):
    dialog = open_new_member(page)
    form = dialog.form
    assert form.editors["term_ends_on"].date() == date(2029, 10, 14)  # the group's term (4 years from 12/5)
    assert form.editors["basis"].value()[0] is not None  # resolution 12/5 by default
    set_date(form.editors["term_ends_on"], date(2027, 12, 31))
    set_date(form.editors["appointed_on"], date(2026, 12, 1))
    assert form.editors["term_ends_on"].date() == date(2027, 12, 31)


def test_editing_on_double_click_changes_the_member(qtbot, page):
    select(page, "Султанова")
    page.table.doubleClicked.emit(page.table.currentIndex())
    dialog = page.member_dialog
    assert dialog.form.editors["surname"].text() == "Султанова"
    assert dialog.form.messages() == {}
    phone = dialog.form.editors["phone"]
    phone.selectAll()
    type_text(phone, "0700 111 222")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    row = page.model.row_of(page.selected_member().membership_id)
    assert page.model.index(row, COL_PHONE).data() == "+996 700 111 222"
    assert page.model.rowCount() == 5


def test_withdrawing_moves_the_member_to_the_former_ones_with_the_ground(qtbot, page):
    membership_id = select(page, "Ташиев")
    page.withdraw_member()
    dialog = page.withdrawal_dialog
    assert "Ташиев Канат Жолдошевич" in dialog.intro.text()
    set_date(dialog.date, date(2026, 11, 20))
    dialog.choose_ground(WithdrawalGround.HEALTH)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert names(page) == ["Ташиев Канат Жолдошевич"]
    status = page.model.index(page.model.row_of(membership_id), COL_STATUS).data()
    assert "20.11.2026" in status and label(WithdrawalGround.HEALTH) in status
    assert any("Мүчөлөрдүн саны: 4" in text for _severity, text in page.composition.lines())
    assert not page.withdraw_button.isEnabled()


def test_another_ground_needs_a_note_and_the_dialog_stays_open(qtbot, page):
    select(page, "Ташиев")
    page.withdraw_member()
    dialog = page.withdrawal_dialog
    dialog.choose_ground(WithdrawalGround.OTHER)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.messages() == {"note": "Башка негизди жазыңыз."}
    assert page.model.rowCount() == 5 and page.selected_member().withdrawn_on is None


def test_every_ground_of_withdrawal_can_be_chosen(page):
    select(page, "Ташиев")
    page.withdraw_member()
    combo = page.withdrawal_dialog.ground
    offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    early = [ground for ground in WithdrawalGround if ground is not WithdrawalGround.TERM_ENDED]
    assert [WithdrawalGround(value) for value in offered] == [*early, WithdrawalGround.TERM_ENDED]
    assert combo.currentIndex() == -1  # the secretary chooses; nothing is preselected


def test_replacing_a_current_member_withdraws_first_then_records_the_successor(qtbot, page):
    tashiev = select(page, "Ташиев")
    page.replace_member()
    page.replace_question.hide()
    page.withdraw_first_button.click()
    withdrawal = page.withdrawal_dialog
    set_date(withdrawal.date, date(2026, 11, 2))
    withdrawal.choose_ground(WithdrawalGround.OWN_APPLICATION)
    qtbot.mouseClick(withdrawal.ok_button, Qt.MouseButton.LeftButton)

    successor = page.member_dialog
    assert successor.replaces.membership_id == tashiev
    assert "К. Ташиев" in successor.intro.text() and "02.11.2026" in successor.intro.text()
    assert successor.form.draft().category is MemberCategory.MUNICIPAL_EMPLOYEE
    set_date(successor.form.editors["appointed_on"], date(2026, 10, 1))
    assert "02.11.2026" in successor.form.messages()["appointed_on"]  # not before the predecessor left
    set_date(successor.form.editors["appointed_on"], date(2026, 11, 10))
    fill_citizen(successor, surname="Мамытов", given="Бакыт")
    choose(successor.form.editors["sex"], Sex.MALE)
    qtbot.mouseClick(successor.save_button, Qt.MouseButton.LeftButton)

    assert not successor.isVisible()
    new = page.selected_member()
    assert new.full_name == "Мамытов Бакыт"
    assert page.model.link(new.membership_id).replaces == "К. Ташиев"
    assert "Б. Мамытов" in page.model.index(page.model.row_of(tashiev), COL_STATUS).data()
    select(page, "Ташиев")
    assert not page.replace_button.isEnabled()  # replaced once


def test_filters_by_category_and_role(page):
    page.category_filter.setCurrentIndex(page.category_filter.findData(MemberCategory.COUNCIL_DEPUTY))
    assert sorted(names(page)) == ["Жантаева Умут Маматовна", "Осмоналиев Эркинбек Абдыкадырович"]
    page.category_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(page.role_filter.findData(MemberRole.CHAIR))
    assert names(page) == ["Кандарова Гүлнара Асановна"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert names(page) == []


def test_the_messages_follow_a_change_of_language_and_keep_the_typed_text(qtbot, page, translations):
    dialog = open_new_member(page)
    type_text(dialog.form.editors["phone"], "12345")
    translations.apply("ru")
    qtbot.waitUntil(lambda: dialog.form.messages() == {
        "phone": "Укажите кыргызстанский номер телефона, например 0700 123 456 или +996 700 123 456."
    })
    assert dialog.form.editors["phone"].text() == "12345"
    assert dialog.form.editors["role"].currentText() == label(MemberRole.MEMBER, "ru")
