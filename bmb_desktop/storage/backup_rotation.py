"""Thinning the automatic backups: the newest few, then one a day, one a week, one a month.

With the defaults a folder keeps at most 3 + 12 + 10 + 9 backups however long the application is
used, and still reaches back about nine months. The rule is a pure function of the backups'
moments; ``thin_backups`` applies it to a folder and never removes the backup just written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bmb_desktop.storage.backup import backup_stamp, list_backups


@dataclass(frozen=True)
class Rotation:
    newest: int = 3
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


ROTATION = Rotation()


def backups_to_keep(moments: Iterable[datetime], rotation: Rotation = ROTATION) -> set[datetime]:
    """The moments whose backups stay: the newest ones, and the newest of each recent day, week, month."""
    ordered = sorted(set(moments), reverse=True)
    keep = set(ordered[: rotation.newest])
    periods: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (rotation.daily, lambda moment: moment.date()),
        (rotation.weekly, lambda moment: moment.isocalendar()[:2]),
        (rotation.monthly, lambda moment: (moment.year, moment.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for moment in ordered:
            key = period(moment.astimezone())  # the secretary's own days, weeks and months
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(moment)
    return keep


def thin_backups(directory: Path, *, keep_also: Path | None = None, rotation: Rotation = ROTATION) -> list[Path]:
    """Remove the backups of ``directory`` the rotation no longer keeps; returns those removed."""
    paths = list_backups(directory)
    by_moment: dict[datetime, list[Path]] = {}
    for path in paths:
        by_moment.setdefault(backup_stamp(path), []).append(path)
    kept = backups_to_keep(by_moment, rotation)
    removed = []
    for moment, group in by_moment.items():
        if moment in kept:
            continue
        for path in group:
            if keep_also is not None and path == Path(keep_also):
                continue
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
