"""The "Export for the council" dialog: choosing the stick, progress with cancel, and plain messages."""

import shutil
import threading
from collections import namedtuple
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from bmb_desktop.domain.report import Period
from bmb_desktop.locale.i18n import translate
from bmb_desktop.services import export as export_service
from bmb_desktop.services.bundle import bundle_name
from bmb_desktop.services.removable_drives import Drive
from bmb_desktop.services.report_documents import period_title
from bmb_desktop.ui.dialogs.reports.export_dialog import ExportDialog
from bmb_desktop.ui.tasks import TaskRunner
from bmb_desktop.ui.widgets import drive_chooser
from tests.ui.safety_helpers import answer_dialogs, click_button_with_role

PERIOD = Period(2026, 1)
FOLDER = "Д_Садырбаев_2026_H1"
CANCELLED = "The export was cancelled; nothing was left on the drive."


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    return folder


def make_dialog(qtbot, context, stick=None) -> tuple[ExportDialog, list]:
    context.today = lambda: date(2026, 7, 20)
    dialog = ExportDialog(context, PERIOD)
    qtbot.addWidget(dialog)
    steps: list[tuple[int, int, str]] = []
    dialog.step_reported.connect(lambda done, total, what: steps.append((done, total, what)))
    if stick is not None:
        dialog.drives_row.add_folder(stick)
    return dialog, steps


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_exporting_to_a_chosen_folder_writes_the_period_folder_and_shows_success(qtbot, demo_context, stick, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog, steps = make_dialog(qtbot, demo_context, stick)
    assert FOLDER in dialog.contents.text() and period_title(PERIOD, "ky") in dialog.heading.text()

    click(qtbot, dialog.export_button)

    folder = stick / FOLDER
    names = {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    assert {"summary_report.pdf", "summary_report.xlsx", "resolution_draft.pdf", "checksums.sha256"} <= names
    assert bundle_name("Д. Садырбаев", PERIOD) in names and any(name.startswith("acts/act_") for name in names)
    assert [path.name for path in stick.iterdir()] == [FOLDER]  # nothing temporary beside it
    assert dialog.result_folder == folder and len(dialog.written.files) == len(names)
    total = steps[0][1]
    assert [done for done, _total, _what in steps] == list(range(total + 1))
    assert dialog.progress.maximum() == total and dialog.progress.value() == total
    assert translate("Summary report", "ky") in [what for _d, _t, what in steps]
    assert str(folder) in dialog.status.text() and not dialog.status.isHidden()
    assert not dialog.open_button.isHidden() and dialog.export_button.isEnabled()
    click(qtbot, dialog.open_button)
    assert opened == [str(folder)]


@pytest.mark.parametrize("at_step", [1, -3], ids=["while making the documents", "while writing the files"])
def test_cancelling_from_the_progress_leaves_nothing_and_says_cancelled(qtbot, demo_context, stick, at_step):
    dialog, steps = make_dialog(qtbot, demo_context, stick)
    total = []

    def cancel_at(done: int, of: int, _what: str) -> None:
        total.append(of)
        if done == at_step % of:
            click(qtbot, dialog.cancel_button)

    dialog.step_reported.connect(cancel_at)

    click(qtbot, dialog.export_button)

    assert steps and steps[-1][0] == at_step % total[0]  # it stopped at the next step
    assert list(stick.iterdir()) == []
    assert dialog.status.text() == translate(CANCELLED, "ky")
    assert dialog.result_folder is None and dialog.open_button.isHidden()
    assert dialog.export_button.isEnabled() and dialog.drives_row.target() == stick  # ready for another try


def test_a_full_stick_is_told_below_the_list_and_nothing_complete_looking_is_left(qtbot, demo_context, stick, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(export_service.shutil, "disk_usage", lambda path: usage(8_000_000, 7_900_000, 100_000))
    dialog, _steps = make_dialog(qtbot, demo_context, stick)

    click(qtbot, dialog.export_button)

    message = dialog.drives_row.message_text()
    assert str(stick) in message and "0.1" in message  # how much is free, in the core's words
    assert list(stick.iterdir()) == []
    assert dialog.result_folder is None and dialog.open_button.isHidden() and dialog.status.isHidden()
    assert dialog.drives_row.target() == stick and dialog.export_button.isEnabled()


def test_a_stick_pulled_out_while_writing_is_told_plainly(qtbot, demo_context, stick):
    dialog, _steps = make_dialog(qtbot, demo_context, stick)
    writing = translate("Writing {name}", "ky", name="summary_report.xlsx")
    dialog.step_reported.connect(lambda _done, _total, what: shutil.rmtree(stick) if what == writing else None)

    click(qtbot, dialog.export_button)

    assert not stick.exists()  # nothing was made on the computer's disk instead
    message = dialog.drives_row.message_text()
    assert message == QCoreApplication.translate("ExportDialog", (
        "The stick was removed while the export was being written. Nothing on it looks complete and the database"
        " was not changed: insert it again and export once more."))  # fmt: skip
    assert dialog.result_folder is None and dialog.export_button.isEnabled()


def test_exporting_without_a_chosen_stick_says_so_next_to_the_list(qtbot, demo_context, monkeypatch):
    monkeypatch.setattr(drive_chooser, "removable_drives", lambda: [])
    dialog, steps = make_dialog(qtbot, demo_context)
    assert dialog.drives_row.message_text()  # no stick found: said at once

    click(qtbot, dialog.export_button)

    assert dialog.drives_row.message_text() == QCoreApplication.translate("DriveChooser", "Choose a USB stick or a folder.")
    assert steps == [] and dialog.result_folder is None


def test_a_stick_that_vanished_is_missed_next_to_the_list_and_a_stick_may_then_be_removed(qtbot, demo_context, tmp_path, monkeypatch):
    sticks = [Drive(tmp_path / "KINGSTON", "KINGSTON", 12_300_000_000, 15_500_000_000), Drive(tmp_path / "SANDISK", "SANDISK", 7_000_000_000, 8_000_000_000)]
    for drive in sticks:
        drive.path.mkdir()
    monkeypatch.setattr(drive_chooser, "removable_drives", lambda: list(sticks))
    dialog, _steps = make_dialog(qtbot, demo_context)
    chooser = dialog.drives_row
    assert chooser.list.count() == 2 and chooser.list.item(0).text() == sticks[0].describe()
    chooser.list.setCurrentRow(1)
    gone = sticks.pop()
    gone.path.rmdir()

    click(qtbot, chooser.refresh_button)

    assert str(gone.path) in chooser.message_text() and chooser.list.count() == 1
    click(qtbot, dialog.export_button)
    assert (sticks[0].path / FOLDER).is_dir()
    assert QCoreApplication.translate("ExportDialog", "You can remove the stick now.") in dialog.status.text()


def test_the_dialog_is_translated_again_when_the_language_changes(qtbot, demo_context, stick, monkeypatch):
    drive = Drive(stick, "KINGSTON", 12_300_000_000, 15_500_000_000)
    monkeypatch.setattr(drive_chooser, "removable_drives", lambda: [drive])
    dialog, _steps = make_dialog(qtbot, demo_context)
    click(qtbot, dialog.export_button)
    kyrgyz_status = dialog.status.text()

    demo_context.translations.apply("ru")
    QApplication.processEvents()

    assert period_title(PERIOD, "ru") in dialog.heading.text() and period_title(PERIOD, "ky") not in dialog.heading.text()
    assert dialog.windowTitle() == QCoreApplication.translate("ExportDialog", "Export for the council")
    assert dialog.drives_row.list.item(0).text() == drive.describe()  # the free space, in Russian words now
    assert dialog.export_button.text() == QCoreApplication.translate("ExportDialog", "Export")
    assert str(stick / FOLDER) in dialog.status.text() and dialog.status.text().split(":")[0] == (
        QCoreApplication.translate("ExportDialog", "The export is written and checked: %1\nFiles: %2, size: %3 MB.").split(":")[0])
    assert kyrgyz_status  # it was shown before the switch as well


def test_the_export_runs_off_the_gui_thread_and_shows_its_progress_on_it(qtbot, demo_context, stick):
    demo_context.tasks = TaskRunner()
    dialog, steps = make_dialog(qtbot, demo_context, stick)
    shown_on_gui_thread = []
    dialog.progress.valueChanged.connect(lambda _value: shown_on_gui_thread.append(threading.current_thread() is threading.main_thread()))

    click(qtbot, dialog.export_button)
    assert not dialog.export_button.isEnabled() and not dialog.cancel_button.isHidden()  # busy at once, the window answers
    qtbot.waitUntil(lambda: dialog.result_folder is not None, timeout=60_000)
    demo_context.tasks.wait()

    assert (stick / FOLDER / "checksums.sha256").is_file()
    assert dialog.progress.value() == dialog.progress.maximum() == steps[-1][1]
    assert shown_on_gui_thread and all(shown_on_gui_thread)
    assert not dialog.open_button.isHidden() and dialog.cancel_button.isHidden()


def test_closing_while_writing_asks_and_stopping_leaves_nothing(qtbot, demo_context, stick):
    demo_context.tasks = TaskRunner()
    dialog, _steps = make_dialog(qtbot, demo_context, stick)
    dialog.show()
    click(qtbot, dialog.export_button)

    seen = answer_dialogs(click_button_with_role(QMessageBox.ButtonRole.DestructiveRole))
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    demo_context.tasks.wait()

    assert len(seen) == 1 and isinstance(seen[0], QMessageBox)
    assert list(stick.iterdir()) == [] and dialog.result_folder is None


def test_the_documents_are_written_in_the_document_language_of_the_settings(qtbot, demo_context, stick):
    from pypdf import PdfReader

    from bmb_desktop.services.report_documents import period_phrase

    demo_context.settings.document_language = "ru"
    dialog, _steps = make_dialog(qtbot, demo_context, stick)
    assert "Русский" in dialog.contents.text() and period_title(PERIOD, "ky") in dialog.heading.text()

    click(qtbot, dialog.export_button)

    title_page = PdfReader(stick / FOLDER / "summary_report.pdf").pages[0].extract_text()
    assert period_phrase(PERIOD, "ru") in title_page and period_phrase(PERIOD, "ky") not in title_page
