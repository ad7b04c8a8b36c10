"""Composition root of the window: settings, language, the database opened safely, first-run wizard,
the main window, and the work session that keeps the lock and the automatic backups."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
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
EXIT_DATABASE_LOCKED = 3  # another running copy writes the database


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
    from bmb_desktop.storage.lock import DatabaseLockedError

    try:
        path, opening = open_start_database(settings, db_path=db_path, demo=demo)
    except DatabaseLockedError as error:  # another copy writes it: this one must not
        show_error(None, error)
        return EXIT_DATABASE_LOCKED
    except UserError as error:
        show_error(None, error)
        return EXIT_DATABASE_ERROR
    from bmb_desktop.ui.tasks import TaskRunner

    session, tasks = None, TaskRunner(app)
    try:
        if opening.database is None:  # damaged: moved aside, the newest good backup offered
            from bmb_desktop.ui.safe_start import recover_damaged

            opening.database = recover_damaged(opening, path, user_name=settings.user_name, tasks=tasks)
            if opening.database is None:
                return EXIT_DATABASE_ERROR
        municipality_id = ensure_municipality(opening.database)
        if municipality_id is None:
            return 0  # the user cancelled the first-run wizard: nothing was created
        context = build_context(opening.database, municipality_id, settings, translations, tasks=tasks, demo=demo)
        session = WorkSession(opening, context)
        session.show_window()
        _report_ready_for_benchmark(app)
        return app.exec()
    finally:
        if session is not None:
            session.close()
        opening.close()  # the database it opened, and the lock
        tasks.deleteLater()
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
        moment = time.time()
        try:
            import resource  # not on Windows

            peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        except ImportError:
            peak_kib = 0
        # The peak memory so far, too: work still running in the background goes on after this.
        Path(ready_file).write_text(f"{moment!r} {peak_kib}", encoding="utf-8")
        app.quit()

    QTimer.singleShot(0, ready)


def open_start_database(settings: Settings, *, db_path: Path | None, demo: bool):
    """The database to work on, opened safely: (its path, the ``SafeOpening`` holding its lock).

    A fresh demo copy, the one named on the command line, or the usual one. DatabaseLockedError
    when another running copy writes it; a damaged file comes back set aside, without a database.
    """
    from bmb_desktop.services.safety import open_safely  # SQLAlchemy and Alembic load here

    path = fresh_demo_database() if demo else Path(db_path) if db_path else settings.database
    return path, open_safely(path, user_name=settings.user_name)


def fresh_demo_database() -> Path:
    """A new demo database each time, replacing the previous one, so the demo always starts clean."""
    from bmb_desktop.services.demo import create_demo_database
    from bmb_desktop.storage.lock import WriterLock

    folder = demo_database_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DEMO_FILE_NAME
    try:
        with WriterLock(path):  # DatabaseLockedError while another window works on the demo
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

    with database.session() as session:
        municipality = own_municipality(session)
        if municipality is not None:
            return municipality.id
    from bmb_desktop.ui.wizard import FirstRunWizard  # the first run only

    wizard = FirstRunWizard(database, parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.municipality_id


def build_context(database, municipality_id: int, settings: Settings, translations: Translations, *, tasks=None, demo: bool):
    from bmb_desktop.ui.context import AppContext
    from bmb_desktop.ui.tasks import TaskRunner

    return AppContext(
        database=database,
        municipality_id=municipality_id,
        settings=settings,
        translations=translations,
        tasks=tasks or TaskRunner(QApplication.instance()),
        demo=demo,
    )


def build_main_window(database, municipality_id: int, settings: Settings, translations: Translations, *, demo: bool):
    from bmb_desktop.ui.main_window import MainWindow

    return MainWindow(build_context(database, municipality_id, settings, translations, demo=demo))


class WorkSession(QObject):
    """One run's window over a safely opened database: the lock held and kept fresh, automatic
    backups (none for the demo), the closing backup, and a new window after a restore."""

    def __init__(self, opening, context) -> None:
        super().__init__()
        from bmb_desktop.ui.backup_timer import BackupTimer

        self.opening = opening
        self.context = context
        self.window = None
        self.backups = BackupTimer(context.database.path, context.tasks, lock=opening.lock, automatic=not context.demo, parent=self)
        self.backups.backed_up.connect(self._backed_up)
        self.backups.failed.connect(self._backup_failed)
        self._failure_told = False

    def show_window(self) -> None:
        self.window = self._new_window()
        self.window.show()
        if self.opening.migration_backup is not None:
            text = self.tr("The database was updated for this version; a backup was made before: %1")
            self.window.statusBar().showMessage(text.replace("%1", str(self.opening.migration_backup.path)), 30000)
        self.backups.start()

    def _new_window(self):
        from bmb_desktop.ui.main_window import MainWindow

        window = MainWindow(self.context)
        # The settings page is built when first shown; the connection is made then.
        window.pages.when_built("settings", lambda page: page.database_replaced.connect(self._database_replaced))
        self.backups.watch(window)
        return window

    def _database_replaced(self, result) -> None:
        """A backup was restored: every page is built anew over the restored database."""
        old = self.window
        self.backups.unwatch()
        municipality_id = ensure_municipality(self.context.database, old)
        if municipality_id is None:  # a backup without a municipality, and the wizard cancelled
            old.close()
            return
        self.context.municipality_id = municipality_id
        self.window = self._new_window()
        self.window.setGeometry(old.geometry())
        self.window.show_page("settings").show_safety().show_restored(result)
        self.window.setWindowState(old.windowState())
        self.window.show()
        old.close()
        old.deleteLater()

    def _backed_up(self, info) -> None:
        if self.window is not None:
            moment = info.created_at.astimezone().strftime("%H:%M")
            self.window.statusBar().showMessage(self.tr("Backup made at %1.").replace("%1", moment), 10000)

    def _backup_failed(self, error: BaseException) -> None:
        if self.window is None:
            return
        self.window.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", str(error)))
        if not self._failure_told:  # once a session: the timer would repeat it every few minutes
            self._failure_told = True
            show_error(self.window, error)

    def close(self) -> None:
        self.backups.stop()
        self.backups.unwatch()
        self.context.tasks.wait()
        self.context.database.close()
