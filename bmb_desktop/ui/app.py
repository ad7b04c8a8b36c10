"""Composition root of the window: settings, language, database, first-run wizard, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

import bmb_desktop
from bmb_desktop.errors import DatabaseError, UserError
from bmb_desktop.settings import APP_AUTHOR, APP_NAME, Settings, demo_database_dir, load_settings
from bmb_desktop.ui.crash_dialog import install_excepthook
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.icons import app_icon
from bmb_desktop.ui.translation import Translations

DEMO_FILE_NAME = "bmb-demo.sqlite3"
EXIT_DATABASE_ERROR = 2


def run_gui(*, db_path: Path | None, demo: bool, language: str | None) -> int:
    """Run the window until it closes; the exit code of the application."""
    settings = load_settings()
    if language:
        settings.language = language  # this run only; Settings saves it only if the user changes it
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(bmb_desktop.__version__)
    app.setWindowIcon(app_icon())
    translations = Translations(app)
    settings.language = translations.apply(settings.language)
    install_excepthook()
    try:
        database = open_start_database(settings, db_path=db_path, demo=demo)
    except UserError as error:
        show_error(None, error)
        return EXIT_DATABASE_ERROR
    try:
        municipality_id = ensure_municipality(database)
        if municipality_id is None:
            return 0  # the user cancelled the first-run wizard: nothing was created
        window = build_main_window(database, municipality_id, settings, translations, demo=demo)
        window.show()
        _report_ready_for_benchmark(app)
        return app.exec()
    finally:
        database.close()
        translations.clear()


def _report_ready_for_benchmark(app: QApplication) -> None:
    """For tests/benchmark: note when the window is shown and idle, then quit."""
    import os

    ready_file = os.environ.get("BMB_BENCHMARK_READY_FILE")
    if not ready_file:
        return
    from PySide6.QtCore import QTimer

    def ready() -> None:
        import time

        app.processEvents()  # the first paint has happened: the window answers input now
        Path(ready_file).write_text(repr(time.time()), encoding="utf-8")
        app.quit()

    QTimer.singleShot(0, ready)


def open_start_database(settings: Settings, *, db_path: Path | None, demo: bool):
    """The database to work on: a fresh demo copy, the one named on the command line, or the usual one."""
    from bmb_desktop.storage.database import open_database  # SQLAlchemy and Alembic load here

    path = fresh_demo_database() if demo else Path(db_path) if db_path else settings.database
    return open_database(path, user_name=settings.user_name)


def fresh_demo_database() -> Path:
    """A new demo database each time, replacing the previous one, so the demo always starts clean."""
    from bmb_desktop.services.demo import create_demo_database

    folder = demo_database_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DEMO_FILE_NAME
    try:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    except OSError as error:
        # Another window still has the previous demo open (Windows locks open files).
        raise DatabaseError(
            QCoreApplication.translate("App", "The previous demo database is still open in another window: %1")
            .replace("%1", str(error))
        ) from error
    return create_demo_database(path)


def ensure_municipality(database, parent=None) -> int | None:
    """The database's own municipality; on first run the wizard creates it (None if cancelled)."""
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.ui.wizard import FirstRunWizard

    with database.session() as session:
        municipality = own_municipality(session)
        if municipality is not None:
            return municipality.id
    wizard = FirstRunWizard(database, parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.municipality_id


def build_main_window(database, municipality_id: int, settings: Settings, translations: Translations, *, demo: bool):
    from bmb_desktop.ui.context import AppContext
    from bmb_desktop.ui.main_window import MainWindow
    from bmb_desktop.ui.tasks import TaskRunner

    context = AppContext(
        database=database,
        municipality_id=municipality_id,
        settings=settings,
        translations=translations,
        tasks=TaskRunner(QApplication.instance()),
        demo=demo,
    )
    return MainWindow(context)
