"""Saving a draft (an act, the report's conclusions) as the user types: each edit schedules its
save, which runs after a short pause.

The saves are functions that read the widgets when they run, so the last keystrokes are in; each
service call commits at once, so a power cut loses at most what was typed in the last moment.
``flush()`` runs what is pending at once: before issuing, printing, and when the editor closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from bmb_desktop.errors import UserError

DELAY_MS = 400


class Autosaver(QObject):
    saved = Signal(object)  # the local time of the save, after every pending save succeeded
    failed = Signal(str, object)  # the key of the refused save and the UserError (or ValidationError)

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.last_saved: datetime | None = None

    def schedule(self, key: str, save: Callable[[], object]) -> None:
        """Save ``key`` after the pause; a later schedule of the same key replaces this one."""
        self._pending[key] = save
        self._timer.start()

    def save_now(self, key: str, save: Callable[[], object]) -> bool:
        """For a click (a checkbox, a button): save it and anything pending at once."""
        self._pending[key] = save
        return self.flush()

    def pending(self) -> bool:
        return bool(self._pending)

    def discard(self, prefix: str = "") -> None:
        """Forget pending saves (of keys starting with ``prefix``): their record is gone."""
        self._pending = {key: save for key, save in self._pending.items() if prefix and not key.startswith(prefix)}
        if not self._pending:
            self._timer.stop()

    def flush(self) -> bool:
        """Run every pending save; False when one was refused (it is reported through ``failed``)."""
        self._timer.stop()
        if not self._pending:
            return True
        ok = True
        while self._pending:
            key = next(iter(self._pending))
            save = self._pending.pop(key)
            try:
                save()
            except UserError as error:  # ValidationError is one
                ok = False
                self.failed.emit(key, error)
        if ok:
            self.last_saved = datetime.now()
            self.saved.emit(self.last_saved)
        return ok
