"""The one helper for slow work (building documents, exports): runs it off the GUI thread.

Results and errors are delivered on the GUI thread, so callbacks may touch widgets; the work
itself must not. It runs in a copy of the caller's context so that the current language of core
texts (a context variable) is the same in the worker.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Delivery(QObject):
    """Lives on the GUI thread; signals emitted by the worker reach its slots there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_result: ResultCallback, on_error: ErrorCallback, done: Callable[[], None]) -> None:
        super().__init__()
        self._on_result, self._on_error, self._done = on_result, on_error, done
        self.succeeded.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        callback = self._on_result
        self._finish()
        callback(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        callback = self._on_error
        self._finish()
        callback(error)

    def _finish(self) -> None:
        self._done()
        # Drop the callbacks: they hold widgets, which must not outlive their window through us.
        self._on_result = self._on_error = self._done = None
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._work = work
        self._context = contextvars.copy_context()
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._context.run(self._work)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            self._delivery.failed.emit(error)
        else:
            self._delivery.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs ``work()`` in a thread pool, or at once when ``synchronous`` (tests, scripts)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pending: set[_Delivery] = set()

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_result: ResultCallback,
        on_error: ErrorCallback | None = None,
        busy_parent: QWidget | None = None,
        busy_text: str = "",
    ) -> None:
        if on_error is None:
            from bmb_desktop.ui.errors import show_error

            def on_error(error: BaseException) -> None:
                show_error(busy_parent, error)

        if self.synchronous:
            try:
                result = work()
            except Exception as error:  # noqa: BLE001 - delivered like the threaded mode does
                on_error(error)
            else:
                on_result(result)
            return
        busy = self._busy_indicator(busy_parent, busy_text)

        def done() -> None:
            self._pending.discard(delivery)
            if busy is not None:
                busy.close()
                busy.deleteLater()

        delivery = _Delivery(on_result, on_error, done)
        self._pending.add(delivery)
        self._pool.start(_Job(work, delivery))

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the workers finish (the callbacks still arrive through the event loop)."""
        return self._pool.waitForDone(timeout_ms)

    @staticmethod
    def _busy_indicator(parent: QWidget | None, text: str) -> QProgressDialog | None:
        if parent is None:
            return None
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)  # the work cannot be interrupted halfway safely
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work finishes without a flash of a dialog
        dialog.setValue(0)  # starts the clock of the minimum duration
        dialog.setWindowTitle(parent.window().windowTitle())
        return dialog
