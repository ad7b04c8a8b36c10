"""Reading the audit log: entries filtered and in pages for the log screen, and the chain's check.

Each entry says when, who (the user's name from Settings), what was done to which record and
what changed. ``verify_chain`` recomputes every entry's hash from the one before it, so a row
edited, inserted or deleted outside the application is found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.locale.labels import label
from bmb_desktop.storage.audit import broken_links
from bmb_desktop.storage.models import AuditEntry

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class AuditFilter(EnumFields):
    """What the log screen narrows the entries by; empty fields do not narrow."""

    since: date | None = None  # from this day (local), inclusive
    until: date | None = None  # to this day (local), inclusive
    user_name: str = ""
    actions: tuple[AuditAction, ...] = ()
    table_name: str = ""
    record_id: str = ""
    text: str = ""  # found in the changed values


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user_name: str
    action: AuditAction
    action_label: str
    table_name: str
    record_id: str
    changes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int  # entries matching the filter
    page: int  # from 1
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def browse(session: Session, *, where: AuditFilter = AuditFilter(), page: int = 1, page_size: int = DEFAULT_PAGE_SIZE) -> AuditPage:
    """One page of the entries matching ``where``, newest first."""
    problems = where.enum_problems()
    if page < 1:
        problems["page"] = _("The page number starts at 1.")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        problems["page_size"] = _("A page holds from 1 to {most} entries.", most=MAX_PAGE_SIZE)
    if where.since and where.until and where.since > where.until:
        problems["until"] = _("The end of the period is before its beginning.")
    if problems:
        raise ValidationError(problems)
    conditions = _conditions(where)
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
    entries = session.scalars(
        select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).offset((page - 1) * page_size).limit(page_size)
    )
    return AuditPage([_row(entry) for entry in entries], total, page, page_size)


def _conditions(where: AuditFilter) -> list:
    conditions = []
    if where.since:
        conditions.append(AuditEntry.at >= _utc_start(where.since))
    if where.until:
        conditions.append(AuditEntry.at < _utc_start(where.until + timedelta(days=1)))
    if where.user_name.strip():
        conditions.append(AuditEntry.user_name == where.user_name.strip())
    if where.actions:
        conditions.append(AuditEntry.action.in_(where.actions))
    if where.table_name:
        conditions.append(AuditEntry.table_name == where.table_name)
    if where.record_id:
        conditions.append(AuditEntry.record_id == where.record_id)
    if where.text.strip():
        # The changes are JSON with non-ASCII kept as it is, so a plain substring search finds words.
        conditions.append(AuditEntry.changes.contains(where.text.strip()))
    return conditions


def _utc_start(day: date) -> datetime:
    """Midnight of a local day as the naive UTC time the log stores (SQLite keeps no zone)."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def _row(entry: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        changes = {}
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=timezone.utc)
    return AuditRow(entry.id, at, entry.user_name, entry.action, label(entry.action), entry.table_name, entry.record_id, changes)


def user_names(session: Session) -> list[str]:
    """Everyone named in the log, for the filter's list."""
    return sorted(session.scalars(select(AuditEntry.user_name).distinct()))


def table_names(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEntry.table_name).distinct()))


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken: list[int]  # ids of the entries that do not follow from the one before

    @property
    def intact(self) -> bool:
        return not self.broken

    def message(self) -> str:
        if self.intact:
            return _("The audit log is intact: {count} entries, each following from the one before.", count=self.entries)
        listed = ", ".join(str(entry_id) for entry_id in self.broken[:10])
        return _("The audit log was changed outside BMB Desktop: {count} entries do not follow from the ones before them (first: {entries}).", count=len(self.broken), entries=listed)


def verify_chain(session: Session) -> ChainReport:
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return ChainReport(total, broken_links(session))
