"""A widget's slow read in the background (through ``context.tasks``): only the newest result reaches it.

The home page's rule checks read every record of every year; run on the GUI thread they held up the
window. Here the read runs on the task runner while the widget says that it is checking. A result
that arrives for an older request, or after the widget is gone, is dropped. The first read waits
for the widget's first paint, so that the window appears before the work competes with it for the
interpreter; a read asked for while the window is closed (a language change after the work session
ended, say) waits for a paint too, and so never runs. A synchronous runner (tests, scripts) reads at
once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from bmb_desktop.ui.context import AppContext


class BackgroundRead(QObject):
    """``start(work)`` runs ``work()`` off the GUI thread; ``on_result``/``on_error`` get the newest outcome."""

    def __init__(
        self,
        widget: QWidget,
        context: AppContext,
        *,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(widget)  # a child: deleted with the widget, and so are late results
        self._widget = widget
        self._context = context
        self._on_result, self._on_error = on_result, on_error
        self._request = 0
        self._running = False
        self._painted = False
        self._waiting: Callable[[], None] | None = None  # a start held back until the next paint

    def running(self) -> bool:
        """Whether a result is awaited (the widget shows that it is checking)."""
        return self._running

    def start(self, work: Callable[[], Any]) -> None:
        self._request += 1
        request = self._request
        self._running = True

        def run() -> None:
            tasks = self._context.tasks  # the runner of the moment: tests swap it
            if not shiboken6.isValid(tasks):
                self._running = False  # the work session is over: nothing is read any more
                return
            tasks.run(
                work,
                on_result=lambda result: self._deliver(request, self._on_result, result),
                on_error=lambda error: self._deliver(request, self._on_error, error),
            )

        if self._context.tasks.synchronous or (self._painted and self._widget.window().isVisible()):
            self._waiting = None
            run()
        else:  # a newer request replaces one still waiting
            self._waiting = run
            self._widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)  # one paint is all it waits for
            if self._waiting is not None:
                run, self._waiting = self._waiting, None
                QTimer.singleShot(0, self, run)  # after this paint; never, if the widget is gone by then
        return False

    def _deliver(self, request: int, callback: Callable[[Any], None], value: Any) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return  # the widget is gone, or a newer request is under way
        self._running = False
        callback(value)
