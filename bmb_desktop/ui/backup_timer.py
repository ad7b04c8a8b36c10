"""The open database's automatic backups while the window runs, and its writer lock kept fresh.

Every tick the lock's time stamp is renewed and ``BackupScheduler`` decides whether a backup is
due (once per working session, every 30 minutes while there are changes). The backup runs through
the ``TaskRunner``, so the window never waits for it. When the watched window is closed, the
close is held back while one last backup is written (if anything changed), then let through.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bmb_desktop.services.safety import BackupScheduler
from bmb_desktop.storage.lock import WriterLock
from bmb_desktop.ui.tasks import TaskRunner

TICK_MS = 5 * 60 * 1000  # the scheduler decides; this only says how often it is asked
FIRST_TICK_MS = 30 * 1000  # the session's backup, once the window has settled


class BackupTimer(QObject):
    """``automatic`` False (the demo database): the lock is kept fresh, no backups are made."""

    backed_up = Signal(object)  # the BackupInfo of a backup just written
    failed = Signal(object)  # the error of an automatic backup

    def __init__(
        self, db_path: Path, tasks: TaskRunner, *, lock: WriterLock | None = None, automatic: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.lock = lock
        self.scheduler = BackupScheduler(Path(db_path)) if automatic else None
        self.every_ms = TICK_MS
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.window: QWidget | None = None
        self._running = False
        self._close_requested = False
        self._may_close = False

    def start(self, *, first_ms: int = FIRST_TICK_MS, every_ms: int = TICK_MS) -> None:
        self.every_ms = every_ms
        self.timer.start(first_ms)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        self.timer.setInterval(self.every_ms)
        self.refresh_lock()
        # Other work (a restore, an import) may be replacing the file: ask again next time.
        if self.scheduler is None or self._running or self.tasks.busy():
            return
        self._run(closing=False)

    def refresh_lock(self) -> None:
        if self.lock is None:
            return
        try:
            self.lock.refresh()
        except OSError:
            pass  # a network folder gone for a moment: the lock stays ours until it is stale

    def watch(self, window: QWidget) -> None:
        """Hold back the close of ``window`` until the closing backup is written."""
        if self.window is not None:
            self.window.removeEventFilter(self)
        self.window = window
        window.installEventFilter(self)

    def unwatch(self) -> None:
        if self.window is not None:
            self.window.removeEventFilter(self)
        self.window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window or event.type() != QEvent.Type.Close or self._may_close:
            return False
        if self.scheduler is None:
            self._may_close = True
            return False
        event.ignore()
        if not self._close_requested:
            self._close_requested = True
            self.timer.stop()
            if not self._running:
                self._run(closing=True)
            # else: the backup under way finishes first, then the closing one starts (_finished)
        return True

    def _run(self, *, closing: bool) -> None:
        self._running = True
        scheduler = self.scheduler
        busy_parent = self.window if closing else None
        self.tasks.run(
            lambda: scheduler.run_if_due(closing=closing),
            on_result=lambda info: self._finished(info, None, closing),
            on_error=lambda error: self._finished(None, error, closing),
            busy_parent=busy_parent,
            busy_text=self.tr("Saving a backup of the database before closing…"),
        )

    def _finished(self, info, error: BaseException | None, closing: bool) -> None:
        self._running = False
        if error is not None and closing:
            from bmb_desktop.ui.errors import show_error

            show_error(self.window, error)  # said before the window goes; the data itself is saved
        elif error is not None:
            self.failed.emit(error)
        elif info is not None:
            self.backed_up.emit(info)
        if closing:
            self._let_close()
        elif self._close_requested:
            self._run(closing=True)

    def _let_close(self) -> None:
        self._may_close = True
        if self.window is not None:
            # Later, not from inside the close event being held back: Qt ignores a nested close.
            QTimer.singleShot(0, self.window.close)
