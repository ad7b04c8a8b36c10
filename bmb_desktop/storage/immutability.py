"""Records frozen in the database itself: recognising the triggers' refusals and logging each attempt.

Issued acts (migration 0006), signed protocols and approved plan versions (0007) are guarded by
triggers whose messages start with a known prefix. ``commit_or_refuse`` commits a session; when a
trigger refuses, it rolls the change back, records the attempt in the audit log in a transaction of
its own, and raises a ``FrozenRecordError`` with a message the secretary understands.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _
from bmb_desktop.storage.audit import NOT_AUDITED, USER_NAME_KEY, append_entries
from bmb_desktop.storage.models import Base

ATTEMPTS_KEY = "_frozen_attempts"


@dataclass(frozen=True)
class FrozenKind:
    tables: tuple[str, ...]
    message: str  # untranslated msgid


FROZEN_KINDS = {
    "BMB_ACT_LOCKED": FrozenKind(
        ("act", "finding", "recommendation", "act_participant", "attachment"),
        N_("An issued act cannot be changed. If it has a mistake, issue a new act that supersedes it."),
    ),
    "BMB_PROTOCOL_LOCKED": FrozenKind(
        ("meeting", "attendance", "agenda_item", "decision", "recusal", "gathering_candidate"),
        N_("A signed protocol cannot be changed. To correct it, reopen the protocol first."),
    ),
    "BMB_PLAN_LOCKED": FrozenKind(
        ("plan", "plan_version", "plan_item", "plan_item_method", "plan_item_responsible", "plan_proposal"),
        N_("An approved plan version cannot be changed. To change the plan, make an amendment (a new version)."),
    ),
}


class FrozenRecordError(UserError):
    """A change to an issued act, a signed protocol or an approved plan, refused by the database."""

    def __init__(self, message: str, *, prefix: str, detail: str) -> None:
        super().__init__(message)
        self.prefix = prefix
        self.detail = detail  # the trigger's own English words, kept in the audit log

    @property
    def tables(self) -> tuple[str, ...]:
        return FROZEN_KINDS[self.prefix].tables


def frozen_refusal(error: BaseException) -> FrozenRecordError | None:
    """The refusal carried by ``error`` if a freeze trigger raised it, else None."""
    text = str(getattr(error, "orig", None) or error)
    for prefix, kind in FROZEN_KINDS.items():
        if text.startswith(prefix):
            return FrozenRecordError(_(kind.message), prefix=prefix, detail=text[len(prefix):].lstrip(": "))
    return None


def commit_or_refuse(session: Session) -> None:
    """Commit; a change the freeze triggers refuse is rolled back, logged as refused, and raised."""
    session.info[ATTEMPTS_KEY] = []
    try:
        session.commit()
    except IntegrityError as error:
        refusal = frozen_refusal(error)
        if refusal is None:
            raise
        attempts = session.info.pop(ATTEMPTS_KEY, [])
        session.rollback()
        concerned = [attempt for attempt in attempts if attempt[1] in refusal.tables] or attempts
        record_refusal(session, concerned, reason=refusal.detail)
        raise refusal from error
    finally:
        session.info.pop(ATTEMPTS_KEY, None)


def record_refusal(session: Session, attempts, *, reason: str) -> None:
    """Write one "refused" audit entry per attempted (action, table, record_id, fields), committed."""
    entries = [
        (AuditAction.REFUSED, table, record_id, {"attempt": action.value, "reason": reason, "fields": fields})
        for action, table, record_id, fields in attempts
    ] or [(AuditAction.REFUSED, "", "", {"attempt": "", "reason": reason, "fields": {}})]
    append_entries(session.connection(), str(session.info.get(USER_NAME_KEY, "")), entries)
    session.commit()


# Each row the flush is about to write, noted while ``commit_or_refuse`` watches: the one a trigger
# refuses is among them (rows removed from a collection become deletes only inside the flush).
@event.listens_for(Base, "before_insert", propagate=True)
def _before_insert(_mapper, _connection, target) -> None:
    _note(target, AuditAction.CREATE)


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(_mapper, _connection, target) -> None:
    _note(target, AuditAction.UPDATE)


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(_mapper, _connection, target) -> None:
    _note(target, AuditAction.DELETE)


def _note(target, action: AuditAction) -> None:
    session = object_session(target)
    if session is None or ATTEMPTS_KEY not in session.info or isinstance(target, NOT_AUDITED):
        return
    state = inspect(target)
    mapper = state.mapper
    record_id = "/".join(str(value) for value in mapper.primary_key_from_instance(target) if value is not None)
    fields = {}
    if action is AuditAction.UPDATE:
        for attribute in mapper.column_attrs:
            history = state.attrs[attribute.key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                fields[attribute.key] = [_plain(old), _plain(new)]
    session.info[ATTEMPTS_KEY].append((action, mapper.persist_selectable.name, record_id, fields))


def _plain(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(getattr(value, "value", value))


def expected_triggers(revision: str | None = None) -> set[str]:
    """Names of the freeze triggers the migrations up to ``revision`` (default: head) create.

    A migration that creates triggers lists them in a module-level ``TRIGGERS`` mapping.
    """
    from bmb_desktop.storage.database import script_directory

    names: set[str] = set()
    for script in script_directory().walk_revisions(base="base", head=revision or "heads"):
        names.update(getattr(script.module, "TRIGGERS", {}))
    return names
