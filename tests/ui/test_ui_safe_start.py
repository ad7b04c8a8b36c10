"""Starting safely: one writer per database, stale locks taken over, a damaged file set aside and
the newest backup restored, automatic backups at close and a new window after a restore."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication, QMessageBox

from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.services.safety import automatic_backup, open_safely
from bmb_desktop.storage.backup import BackupReason, backups_dir, describe_backup, list_backups
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.lock import lock_path, read_owner
from bmb_desktop.ui.app import EXIT_DATABASE_LOCKED, WorkSession, build_context, run_gui
from bmb_desktop.ui.backup_timer import BackupTimer
from bmb_desktop.ui.dialogs.safety.restore_dialog import RestoreDialog
from bmb_desktop.ui.main_window import MainWindow
from bmb_desktop.ui.tasks import TaskRunner
from tests.ui.safety_helpers import add_people, answer_dialogs, click_button_with_role, count_people, make_database

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from bmb_desktop.storage.lock import WriterLock
    lock = WriterLock(sys.argv[1])
    lock.acquire()
    print("locked", flush=True)
    if sys.argv[2] == "crash":
        import os
        os._exit(0)  # no release: the lock is left behind as after a power cut
    time.sleep(60)
""")


def hold_lock(path, mode: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), mode], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    return child


def close_main_window_when_shown(seen_owner: list) -> bool:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        return False
    seen_owner.append(read_owner(lock_path(windows[0].context.database.path)))
    windows[0].close()
    return True


def test_a_database_open_in_another_copy_is_refused_and_the_run_fails(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = make_database(tmp_path / "bmb.sqlite3")
    other = hold_lock(path, "keep")
    try:
        seen = answer_dialogs(lambda box: box.done(0))

        assert run_gui(db_path=path, demo=False, language="ky") == EXIT_DATABASE_LOCKED

        assert isinstance(seen[0], QMessageBox)
        assert "башка терезесинде ачык турат" in seen[0].text()  # "open in another window"
        assert read_owner(lock_path(path)).pid == other.pid  # the other copy keeps its lock
    finally:
        other.kill()
        other.wait()


def test_a_lock_left_by_a_crash_is_taken_over_and_released_at_close(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = make_database(tmp_path / "bmb.sqlite3")
    crashed = hold_lock(path, "crash")
    crashed.wait()
    assert read_owner(lock_path(path)).pid == crashed.pid
    owners = []
    answer_dialogs(then=lambda: close_main_window_when_shown(owners))

    assert run_gui(db_path=path, demo=False, language="ky") == 0

    assert owners[0].pid == os.getpid()  # ours while the window was open
    assert not lock_path(path).exists()
    assert [describe_backup(p).reason for p in list_backups(backups_dir(path))] == ["close"]


def test_a_damaged_database_is_set_aside_and_the_newest_backup_restored(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = make_database(tmp_path / "bmb.sqlite3", people=4)
    good = automatic_backup(path, BackupReason.SESSION)
    damaged = b"\x00garbage\x00" * 64 + path.read_bytes()[640:]
    path.write_bytes(damaged)
    previews, messages = [], []

    def restore_the_newest(box: QMessageBox) -> None:
        messages.append(box.text())
        click_button_with_role(QMessageBox.ButtonRole.AcceptRole)(box)  # "Restore the newest backup…"

    def restore_the_previewed(dialog: RestoreDialog) -> None:
        previews.append({name: label.text() for name, label in dialog.values.items()})
        dialog.restore_button.click()

    answer_dialogs(restore_the_newest, restore_the_previewed, then=lambda: close_main_window_when_shown([]))

    assert run_gui(db_path=path, demo=False, language="ky") == 0

    assert "бузулган" in messages[0]  # "damaged", in Kyrgyz
    assert previews[0]["municipality"] == "Д. Садырбаев" and previews[0]["file"] == good.path.name
    aside = next(tmp_path.glob("bmb.damaged-*.sqlite3"))
    assert aside.read_bytes() == damaged  # untouched, for the specialist
    database = open_database(path)
    with database.session() as session:
        assert own_municipality(session).name == "Д. Садырбаев"
    assert count_people(database) == 4
    database.close()


def test_closing_the_window_waits_for_the_closing_backup(qtbot, tmp_path):
    path = make_database(tmp_path / "bmb.sqlite3")
    opening = open_safely(path)
    add_people(opening.database, 2)
    window = MainWindow(build_context(opening.database, 1, _settings(), _translations(), tasks=TaskRunner(synchronous=True), demo=False))
    qtbot.addWidget(window)
    timer = BackupTimer(path, window.context.tasks, lock=opening.lock)
    timer.watch(window)
    window.show()

    window.close()

    qtbot.waitUntil(lambda: not window.isVisible())
    assert [describe_backup(p).reason for p in list_backups(backups_dir(path))] == ["close"]
    opening.close()


def test_after_a_restore_the_session_builds_a_new_window_on_the_restored_data(qtbot, tmp_path):
    path = make_database(tmp_path / "bmb.sqlite3", people=2)
    opening = open_safely(path)
    with opening.database.session() as session:
        municipality_id = own_municipality(session).id
    automatic_backup(path, BackupReason.SESSION)
    add_people(opening.database, 5, surname="Кийин")
    context = build_context(opening.database, municipality_id, _settings(), _translations(), tasks=TaskRunner(synchronous=True), demo=False)
    session = WorkSession(opening, context)
    session.show_window()
    old = session.window
    qtbot.addWidget(old)
    section = old.show_page("settings").show_safety()
    answer_dialogs(lambda dialog: dialog.restore_button.click(), click_button_with_role(QMessageBox.ButtonRole.AcceptRole))

    section.restore()

    assert session.window is not old and session.window.isVisible() and not old.isVisible()
    qtbot.addWidget(session.window)
    assert session.window.current_page_key() == "settings"
    assert "Д. Садырбаев" in session.window.pages["settings"].safety.status.text()
    assert count_people(context.database) == 2
    session.close()
    opening.close()


def _settings():
    from bmb_desktop.settings import load_settings

    return load_settings()


def _translations():
    from bmb_desktop.ui.translation import Translations

    translations = Translations(QApplication.instance())
    translations.apply("ky")
    return translations
