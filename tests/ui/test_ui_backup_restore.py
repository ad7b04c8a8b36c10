"""Backing up from Settings (now, to a stick with a password) and restoring with a preview."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.services.safety import automatic_backup
from bmb_desktop.storage.backup import BackupReason, backups_dir, describe_backup, list_backups
from bmb_desktop.storage.crypto_backup import is_encrypted
from bmb_desktop.ui.dialogs.safety.backup_to_usb_dialog import BackupToUsbDialog
from bmb_desktop.ui.dialogs.safety.check_dialog import CheckDialog
from bmb_desktop.ui.dialogs.safety.restore_dialog import RestoreDialog
from bmb_desktop.ui.main_window import MainWindow
from bmb_desktop.ui.pages.safety_section import SafetySection
from tests.ui.conftest import type_text
from tests.ui.safety_helpers import add_people, answer_dialogs, click_button_with_role, count_people

PASSWORD = "Ала-Тоо 2026"


def protected_backup_on_a_stick(qtbot, context, stick):
    dialog = BackupToUsbDialog(context.database.path, context.tasks)
    qtbot.addWidget(dialog)
    dialog.add_folder(stick)
    dialog.protect.setChecked(True)
    type_text(dialog.password, PASSWORD)
    type_text(dialog.repeat, PASSWORD)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_backup_to_a_stick_with_a_password_is_written_checked_and_encrypted(qtbot, context, members, tmp_path):
    stick = tmp_path / "KINGSTON"
    stick.mkdir()

    dialog = protected_backup_on_a_stick(qtbot, context, stick)

    written = list_backups(stick)
    assert len(written) == 1 and is_encrypted(written[0])
    assert dialog.written.path == written[0] and dialog.written.members == 4
    assert str(written[0]) in dialog.status.text()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""  # not kept after use
    assert not list(stick.glob(".*"))  # no temporary file left behind


def test_two_different_passwords_are_refused_next_to_the_field_and_nothing_is_written(qtbot, context, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupToUsbDialog(context.database.path, context.tasks)
    qtbot.addWidget(dialog)
    dialog.add_folder(stick)
    dialog.protect.setChecked(True)
    type_text(dialog.password, PASSWORD)
    type_text(dialog.repeat, PASSWORD + "!")

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    assert dialog.repeat_row.message_text()
    assert dialog.password.text() == PASSWORD  # what she typed stays
    assert list_backups(stick) == []


def test_a_stick_pulled_out_before_writing_is_told_plainly(qtbot, context, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupToUsbDialog(context.database.path, context.tasks)
    qtbot.addWidget(dialog)
    dialog.add_folder(stick)
    stick.rmdir()

    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    assert str(stick) in dialog.drives_row.message_text()
    assert not stick.exists()  # not created on the computer's disk instead


def test_a_wrong_password_changes_nothing_and_the_right_one_restores_after_the_preview(qtbot, context, members, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    protected_backup_on_a_stick(qtbot, context, stick)
    backup = list_backups(stick)[0]
    add_people(context.database, 3, surname="Кийин")
    people_before = count_people(context.database)
    dialog = RestoreDialog(context.database.path, context.tasks)
    qtbot.addWidget(dialog)
    dialog.add_file(backup)
    assert not dialog.restore_button.isEnabled()  # protected: nothing to restore before the password

    type_text(dialog.password, "туура эмес")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert "Сырсөз туура эмес" in dialog.password_row.message_text()
    assert not dialog.restore_button.isEnabled()
    assert count_people(context.database) == people_before
    assert list_backups(backups_dir(context.database.path)) == []  # not even a safety backup

    dialog.password.clear()
    type_text(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.values["municipality"].text() == "Д. Садырбаев"
    assert (dialog.values["members"].text(), dialog.values["acts"].text(), dialog.values["meetings"].text()) == ("4", "0", "0")
    confirmations = []

    def confirm(box):
        confirmations.append(box.informativeText())
        click_button_with_role(QMessageBox.ButtonRole.AcceptRole)(box)

    answer_dialogs(confirm)
    context.database.close()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert str(backups_dir(context.database.path)) in confirmations[0]  # where the safety backup goes
    assert dialog.restore_result is not None
    assert count_people(context.database) == people_before - 3
    safety = [describe_backup(p) for p in list_backups(backups_dir(context.database.path))]
    assert [info.reason for info in safety] == ["before-restore"]
    assert dialog.password.text() == ""  # the password is forgotten once the dialog closes


def test_back_up_now_writes_a_checked_backup_and_shows_it_as_the_last(qtbot, context):
    section = SafetySection(context)
    qtbot.addWidget(section)
    assert section.last_value.text()  # "none yet", translated

    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)

    [path] = list_backups(backups_dir(context.database.path))
    assert describe_backup(path).reason == "manual"
    assert str(path) in section.status.text()
    assert "—" in section.last_value.text()


def test_the_full_check_reports_a_missing_attached_file_in_plain_words(qtbot, context):
    from bmb_desktop.storage.models import Attachment

    with context.database.session() as session:
        session.add(Attachment(municipality_id=context.municipality_id, file_name="сүрөт.jpg", media_type="image/jpeg", size_bytes=10, sha256="ab" * 32))
        session.commit()
    dialog = CheckDialog(context.database.path, context.tasks)
    qtbot.addWidget(dialog)

    assert dialog.findings is not None and len(dialog.findings) == 1
    assert "сүрөт.jpg" in dialog.list.item(0).text()
    assert not dialog.advice.isHidden()


def test_the_restore_drill_takes_five_clicks_from_settings_to_restored_data(qtbot, demo_context):
    """The drill of the issue: from opening Settings to the newest backup restored."""
    automatic_backup(demo_context.database.path, BackupReason.SESSION)
    add_people(demo_context.database, 2, surname="Кийин")
    before = count_people(demo_context.database)
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    clicks = []

    def click(widget, position=None):
        clicks.append(widget)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position or widget.rect().center())

    started = time.perf_counter()
    navigation = window.navigation
    click(navigation.viewport(), navigation.visualItemRect(navigation.item(list(window.pages).index("settings"))).center())
    settings = window.pages["settings"]
    click(settings.tabs.tabBar(), settings.tabs.tabBar().tabRect(3).center())
    def confirm(box):
        click(next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))

    answer_dialogs(lambda dialog: click(dialog.restore_button), confirm)
    click(settings.safety.restore_button)
    seconds = time.perf_counter() - started

    assert len(clicks) == 5
    assert count_people(demo_context.database) == before - 2
    with demo_context.database.session() as session:
        assert own_municipality(session).name in settings.safety.status.text()
    assert seconds < 120
    print(f"restore drill: {len(clicks)} clicks, {seconds:.2f} s of the program's time")
