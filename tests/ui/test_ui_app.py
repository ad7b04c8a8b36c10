"""Starting the window: database errors end the run, a cancelled wizard quits, demos start fresh."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.settings import demo_database_dir
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import DatabaseFact
from bmb_desktop.ui.app import EXIT_DATABASE_ERROR, fresh_demo_database, run_gui


def when_a_dialog_opens(action, seen):
    """Act on the next modal dialog as soon as it shows (run_gui blocks in exec())."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        action(dialog)

    QTimer.singleShot(20, poll)


def test_a_file_that_is_not_a_database_is_reported_and_the_run_fails(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    foreign = tmp_path / "letter.sqlite3"
    foreign.write_text("Урматтуу катчы!", encoding="utf-8")
    seen = []
    when_a_dialog_opens(lambda dialog: dialog.done(0), seen)

    assert run_gui(db_path=foreign, demo=False, language="ky") == EXIT_DATABASE_ERROR

    assert isinstance(seen[0], QMessageBox)
    assert foreign.name in seen[0].informativeText()
    # Taken for a damaged database: moved aside untouched, never overwritten.
    aside = next(tmp_path.glob("letter.damaged-*.sqlite3"))
    assert aside.read_text(encoding="utf-8") == "Урматтуу катчы!"


def test_cancelling_the_first_run_wizard_quits_without_a_municipality(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "new.sqlite3"
    seen = []
    when_a_dialog_opens(lambda dialog: dialog.reject(), seen)

    assert run_gui(db_path=path, demo=False, language=None) == 0

    database = open_database(path)
    with database.session() as session:
        assert own_municipality(session) is None
    database.close()


def test_each_demo_start_replaces_the_previous_demo_database(tmp_path):
    first = fresh_demo_database()
    assert first.parent == demo_database_dir()
    database = open_database(first)
    with database.session() as session:
        session.add(DatabaseFact(key="left_by_the_previous_demo", value="1"))
        session.commit()
    database.close()

    second = fresh_demo_database()

    database = open_database(second)
    with database.session() as session:
        assert session.get(DatabaseFact, "left_by_the_previous_demo") is None
        assert own_municipality(session) is not None
    database.close()
