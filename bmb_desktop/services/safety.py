"""Keeping the secretary's data safe: when to back up, opening with checks, restoring, full checks.

``backup_due`` is the pure rule for automatic backups: once per working session, every 30 minutes
while there are changes, and at close. ``BackupScheduler`` applies it for the running window.
``open_safely`` takes the writer lock, runs the quick check (setting a damaged file aside and
finding the newest good backup) and backs up before a migration. ``restore_backup`` checks the
backup whole before it touches anything, then keeps the current state in a safety backup.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _
from bmb_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    BackupReason,
    backups_dir,
    create_backup,
    describe_backup,
    list_backups,
    verify_backup,
)
from bmb_desktop.storage.backup_rotation import thin_backups
from bmb_desktop.storage.database import Database, head_revision, open_database
from bmb_desktop.storage.drives import on_removable_drive
from bmb_desktop.storage.integrity import IntegrityFinding, full_check, move_aside, quick_check
from bmb_desktop.storage.lock import WriterLock
from bmb_desktop.storage.restore import install_unpacked, unpack_backup

BACKUP_INTERVAL = timedelta(minutes=30)
REASON_LABELS = {
    BackupReason.SESSION: N_("at the start of work"),
    BackupReason.PERIODIC: N_("during work, every 30 minutes"),
    BackupReason.CLOSE: N_("at closing"),
    BackupReason.MIGRATION: N_("before the database was updated"),
    BackupReason.IMPORT: N_("before an import"),
    BackupReason.RESTORE: N_("before a restore"),
    BackupReason.MANUAL: N_("made on request"),
}


def reason_label(reason: str) -> str:
    """Why a backup was made, in words (a reason of a newer version is shown as it is)."""
    try:
        return _(REASON_LABELS[BackupReason(reason)])
    except ValueError:
        return reason


def backup_due(
    *, now: datetime, last_backup_at: datetime | None, changes: int, backed_up_this_session: bool, closing: bool = False,
) -> BackupReason | None:
    """Why an automatic backup is due now, or None. ``changes``: audit entries since the last one."""
    if last_backup_at is None:
        return BackupReason.CLOSE if closing else BackupReason.SESSION
    if changes <= 0:
        return None  # the newest backup already holds this state
    if closing:
        return BackupReason.CLOSE
    if not backed_up_this_session:
        return BackupReason.SESSION
    if now - last_backup_at >= BACKUP_INTERVAL:
        return BackupReason.PERIODIC
    return None


def automatic_backup(db_path: Path, reason: BackupReason, *, now: datetime | None = None) -> BackupInfo:
    """A checked backup into the database's backups folder; older ones are thinned only after it."""
    info = create_backup(db_path, backups_dir(db_path), reason=reason, now=now)
    thin_backups(backups_dir(db_path), keep_also=info.path)
    return info


class BackupScheduler:
    """The automatic backups of one open database; the window calls ``run_if_due`` on a timer."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.backed_up_this_session = False

    def reason_now(self, *, now: datetime | None = None, closing: bool = False) -> BackupReason | None:
        newest = newest_backup(self.db_path)
        return backup_due(
            now=now or datetime.now(timezone.utc), last_backup_at=newest.created_at if newest else None,
            changes=changes_since(self.db_path, newest),
            backed_up_this_session=self.backed_up_this_session, closing=closing,
        )

    def run_if_due(self, *, now: datetime | None = None, closing: bool = False) -> BackupInfo | None:
        reason = self.reason_now(now=now, closing=closing)
        if reason is None:
            return None
        info = automatic_backup(self.db_path, reason, now=now)
        self.backed_up_this_session = True
        return info


def newest_backup(db_path: Path) -> BackupInfo | None:
    """The newest readable backup in the database's backups folder (from its manifest)."""
    for path in list_backups(backups_dir(db_path)):
        info = describe_backup(path)
        if info is not None:
            return info
    return None


def changes_since(db_path: Path, backup: BackupInfo | None) -> int:
    """Audit entries written since ``backup``; a log that no longer continues it counts as changed
    (after a restore of an older backup, say)."""
    connection = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        last_id = backup.audit_last_id if backup else 0
        later = connection.execute("SELECT count(*) FROM audit_entry WHERE id > ?", (last_id,)).fetchone()[0]
        if backup is None or not backup.audit_last_hash:
            return later
        row = connection.execute("SELECT entry_hash FROM audit_entry WHERE id = ?", (last_id,)).fetchone()
        return later + (row is None or row[0] != backup.audit_last_hash)
    except sqlite3.DatabaseError:
        return 1  # cannot tell: better one backup too many
    finally:
        connection.close()


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of the database that opens and passes every check (unprotected ones)."""
    for path in list_backups(backups_dir(db_path)):
        try:
            return verify_backup(path, work_dir=Path(db_path).parent)
        except BackupError:
            continue
    return None


@dataclass(frozen=True)
class StartupCheck:
    findings: tuple[IntegrityFinding, ...] = ()
    set_aside: Path | None = None  # where the damaged file now is
    newest_good_backup: BackupInfo | None = None
    message: str = ""

    @property
    def damaged(self) -> bool:
        return self.set_aside is not None


def check_at_startup(db_path: Path) -> StartupCheck:
    """The quick check; a damaged file is moved aside untouched and the newest good backup found."""
    findings = tuple(quick_check(db_path))
    if not any(finding.damaged for finding in findings):
        return StartupCheck(findings)
    aside = move_aside(db_path)
    good = newest_good_backup(db_path)
    if good is None:
        message = _("The database file is damaged. It was moved aside unchanged as {name}. There is no good backup to restore; ask your district's specialist for help, and do not delete that file.", name=aside.name)
    else:
        message = _("The database file is damaged. It was moved aside unchanged as {name}. The newest good backup is from {date}: restore it to continue working.", name=aside.name, date=good.created_at.astimezone().strftime("%d.%m.%Y %H:%M"))
    return StartupCheck(findings, aside, good, message)


@dataclass
class SafeOpening:
    """An opened database (or the reason it was not opened) with the lock this process holds."""

    lock: WriterLock
    check: StartupCheck
    database: Database | None = None
    migration_backup: BackupInfo | None = None

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
        self.lock.release()


def open_safely(db_path: Path, *, user_name: str = "") -> SafeOpening:
    """Lock (DatabaseLockedError if another copy writes it), check, back up before migrating, open.

    A damaged file leaves ``database`` None and ``check`` says what to offer; the lock stays held
    so that the restore can run.
    """
    db_path = Path(db_path)
    refuse_removable(db_path)
    lock = WriterLock(db_path)
    lock.acquire()
    try:
        opening = SafeOpening(lock, check_at_startup(db_path))
        if opening.check.damaged:
            return opening
        if _needs_migration(db_path):
            opening.migration_backup = automatic_backup(db_path, BackupReason.MIGRATION)
        opening.database = open_database(db_path, user_name=user_name)
    except BaseException:
        lock.release()
        raise
    return opening


def refuse_removable(db_path: Path) -> None:
    """The database is never opened on a USB stick: one pulled out mid-write can ruin it."""
    if on_removable_drive(db_path):
        raise UserError(_("The database {path} is on a removable drive (a USB stick). BMB Desktop keeps its database on the computer itself: restore the backup from the stick, or copy the file to the computer first.", path=db_path))


def _needs_migration(db_path: Path) -> bool:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return row is not None and row[0] != head_revision()


def preview_backup(path: Path, *, password: str | None = None, work_dir: Path | None = None) -> BackupInfo:
    """The backup's date, municipality and counts, after checking it whole."""
    return verify_backup(path, password=password, work_dir=work_dir)


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None  # the state before the restore, kept in the backups folder
    set_aside: Path | None  # a damaged current file, moved aside instead of backed up


def restore_backup(backup: Path, db_path: Path, *, password: str | None = None, lock_held: bool = False) -> RestoreResult:
    """Replace the database at ``db_path`` (closed) by ``backup``; nothing changes if the backup
    or the password is wrong. ``lock_held``: the caller already holds the writer lock."""
    db_path = Path(db_path)
    refuse_removable(db_path)
    lock = None if lock_held else WriterLock(db_path)
    if lock is not None:
        lock.acquire()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".bmb-restore-", dir=db_path.parent, ignore_cleanup_errors=True) as work:
            unpacked = unpack_backup(backup, Path(work), password=password)
            safety, aside = None, None
            if db_path.exists() and db_path.stat().st_size > 0:
                if any(finding.damaged for finding in quick_check(db_path)):
                    aside = move_aside(db_path)
                else:
                    safety = create_backup(db_path, backups_dir(db_path), reason=BackupReason.RESTORE)
            install_unpacked(unpacked, db_path)
    finally:
        if lock is not None:
            lock.release()
    return RestoreResult(replace(unpacked.info, path=Path(backup)), safety, aside)


def full_database_check(db_path: Path) -> list[IntegrityFinding]:
    """Every check of ``verify-db`` and the settings' "Check the database" button."""
    return full_check(db_path, extra_checks=(fingerprint_findings,))


def fingerprint_findings(session) -> list[IntegrityFinding]:
    """Issued acts whose content no longer gives the fingerprint printed on them."""
    from sqlalchemy import select
    from sqlalchemy.exc import OperationalError

    from bmb_desktop.domain.enums import ActStatus
    from bmb_desktop.services.act_issue import fingerprint_holds
    from bmb_desktop.storage.models import Act

    try:
        acts = session.scalars(select(Act).where(Act.status != ActStatus.DRAFT).order_by(Act.id)).all()
        changed = [act for act in acts if not fingerprint_holds(session, act)]
    except OperationalError:
        return [IntegrityFinding("fingerprints", _("The fingerprints of issued acts could not be checked: the database is from an older version. Open it in BMB Desktop once and check again."))]
    return [
        IntegrityFinding("fingerprints", _("Act {number} in the database no longer gives its fingerprint: the database was changed after the act was issued.", number=act.display_number))
        for act in changed
    ]
