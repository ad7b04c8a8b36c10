"""Small helpers the safety dialogs share: moments in local time, and whose the writer lock is."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from bmb_desktop.storage.lock import lock_path, read_owner, this_host


def local_moment(moment: datetime | None) -> str:
    """A stored UTC moment as the secretary's clock showed it: 15.01.2026 14:30."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def held_by_this_process(db_path: Path) -> bool:
    """Whether the writer lock of ``db_path`` is this running copy's own (the window holds it
    for the whole session), so that a restore must not try to take it a second time."""
    owner = read_owner(lock_path(db_path))
    return owner is not None and owner.pid == os.getpid() and owner.host == this_host()
