"""The audit log: every create, change and delete, each entry chained to the previous by its hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time, timezone
from enum import Enum

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, object_session, sessionmaker

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.storage.models import AuditEntry, Base, DatabaseFact

GENESIS_HASH = "0" * 64
NOT_AUDITED = (AuditEntry, DatabaseFact)
USER_NAME_KEY = "user_name"
PENDING_KEY = "_audit_pending"


def install_audit(factory: sessionmaker[Session]) -> None:
    """Record every flush of sessions made by ``factory`` in the audit log."""
    factory.kw.setdefault("info", {})["audited"] = True
    event.listen(factory, "after_flush", _record_flush)
    event.listen(factory, "after_soft_rollback", _forget_pending)


def _forget_pending(session: Session, _transaction) -> None:
    # Rows collected by a flush that then failed were never written; they must not be logged later.
    session.info.pop(PENDING_KEY, None)


# Row-level mapper events also see rows deleted as orphans during the flush, which
# session.deleted does not list; entries are collected per row and written after the flush.
@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(_mapper, _connection, target) -> None:
    _collect(target, AuditAction.CREATE)


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(_mapper, _connection, target) -> None:
    _collect(target, AuditAction.UPDATE)


@event.listens_for(Base, "after_delete", propagate=True)
def _after_delete(_mapper, _connection, target) -> None:
    _collect(target, AuditAction.DELETE)


def _collect(target, action: AuditAction) -> None:
    session = object_session(target)
    if session is None or not session.info.get("audited"):
        return
    entry = _entry(target, action)
    if entry is not None:
        session.info.setdefault(PENDING_KEY, []).append(entry)


def entry_hash(previous_hash: str, at: str, user_name: str, action: str, table: str, record_id: str, changes: str) -> str:
    payload = json.dumps([previous_hash, at, user_name, action, table, record_id, changes], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _record_flush(session: Session, _context) -> None:
    entries = session.info.pop(PENDING_KEY, [])
    if entries:
        append_entries(session.connection(), str(session.info.get(USER_NAME_KEY, "")), entries)


def append_entries(connection, user_name: str, entries) -> None:
    """Chain ``entries`` ((action, table, record_id, changes) each) onto the log through ``connection``."""
    previous = connection.scalar(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ) or GENESIS_HASH
    at = datetime.now(timezone.utc)
    rows = []
    for action, table, record_id, changes in entries:
        changes_json = json.dumps(changes, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(previous, at.isoformat(), user_name, action.value, table, record_id, changes_json)
        rows.append(
            {
                "at": at,
                "user_name": user_name,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "changes": changes_json,
                "previous_hash": previous,
                "entry_hash": digest,
            }
        )
        previous = digest
    connection.execute(insert(AuditEntry), rows)


def _entry(obj, action: AuditAction):
    if isinstance(obj, NOT_AUDITED):
        return None
    state = inspect(obj)
    mapper = state.mapper
    record_id = "/".join(str(value) for value in mapper.primary_key_from_instance(obj))
    changes: dict[str, list] = {}
    for column_attr in mapper.column_attrs:
        history = state.attrs[column_attr.key].history
        if action is AuditAction.UPDATE:
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                changes[column_attr.key] = [_plain(old), _plain(new)]
        elif action is AuditAction.CREATE:
            changes[column_attr.key] = [None, _plain(getattr(obj, column_attr.key))]
        else:
            value = history.unchanged[0] if history.unchanged else (history.deleted[0] if history.deleted else None)
            changes[column_attr.key] = [_plain(value), None]
    if action is AuditAction.UPDATE and not changes:
        return None
    return action, mapper.persist_selectable.name, record_id, changes


def _plain(value):
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def broken_links(session: Session) -> list[int]:
    """Ids of audit entries whose hash does not follow from their content and the previous entry."""
    broken = []
    previous = GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=timezone.utc)
        expected = entry_hash(
            previous, at.isoformat(), entry.user_name, entry.action.value,
            entry.table_name, entry.record_id, entry.changes,
        )
        if entry.previous_hash != previous or entry.entry_hash != expected:
            broken.append(entry.id)
        previous = entry.entry_hash
    return broken
