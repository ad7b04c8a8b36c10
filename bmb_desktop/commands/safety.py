"""Safety commands: backup, restore, verify-db, and audit (browse the log, or --verify its chain).

``backup`` works while the window is open (SQLite's online backup API); ``restore`` needs the
database closed and says so when another copy of BMB Desktop has it open.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bmb_desktop.commands import base
from bmb_desktop.commands.base import EXIT_ERROR, EXIT_OK, Command
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import N_, _


def _database_path(options) -> Path:
    from bmb_desktop.settings import load_settings

    return Path(options.db or load_settings().database)


def _password(options) -> str | None:
    if not options.password_file:
        return None
    try:
        text = Path(options.password_file).read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(_("Could not read {path}: {reason}.", path=options.password_file, reason=error.strerror or str(error))) from error
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise UserError(_("The password file {path} is empty.", path=options.password_file))
    return password


def _add_password(parser) -> None:
    parser.add_argument("--password-file", type=Path, help=_("a file whose first line is the backup's password"))


def _preview_lines(info) -> list[str]:
    from bmb_desktop.services.safety import reason_label

    when = info.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
    return [
        _("Backup of {date} ({reason}): {municipality}", date=when, reason=reason_label(info.reason), municipality=info.municipality or "—"),
        _("Members: {members}, acts: {acts}, meetings: {meetings}, attached files: {attachments}", members=info.members, acts=info.acts, meetings=info.meetings, attachments=info.attachments),
    ]


def _backup_arguments(parser) -> None:
    base.add_db(parser)
    parser.add_argument("--to", type=Path, required=True, help=_("the folder to write the backup into, e.g. a USB stick"))
    _add_password(parser)


def _backup(options) -> int:
    from bmb_desktop.storage.backup import BackupReason, create_backup

    db_path = _database_path(options)
    if not db_path.is_file():
        raise UserError(_("The database file {path} does not exist.", path=db_path))
    info = create_backup(db_path, options.to, reason=BackupReason.MANUAL, password=_password(options))
    print(_("Backup written and checked: {path}", path=info.path))
    for line in _preview_lines(info):
        print(f"  {line}")
    return EXIT_OK


def _restore_arguments(parser) -> None:
    parser.add_argument("backup", type=Path, help=_("the backup file to restore"))
    base.add_db(parser)
    _add_password(parser)


def _restore(options) -> int:
    from bmb_desktop.services.safety import restore_backup

    result = restore_backup(options.backup, _database_path(options), password=_password(options))
    print(_("Restored: {path}", path=_database_path(options)))
    for line in _preview_lines(result.restored):
        print(f"  {line}")
    if result.safety_backup is not None:
        print(_("The state before the restore was kept in {path}", path=result.safety_backup.path))
    if result.set_aside is not None:
        print(_("The damaged database was moved aside unchanged: {path}", path=result.set_aside))
    return EXIT_OK


def _verify_arguments(parser) -> None:
    base.add_db(parser)


def _verify(options) -> int:
    from bmb_desktop.services.safety import full_database_check

    db_path = _database_path(options)
    if not db_path.is_file():
        raise UserError(_("The database file {path} does not exist.", path=db_path))
    findings = full_database_check(db_path)
    if not findings:
        print(_("The database is whole: every check passed."))
        return EXIT_OK
    for finding in findings:
        print(finding.message)
    return EXIT_ERROR


def _audit_arguments(parser) -> None:
    from bmb_desktop.domain.enums import AuditAction

    base.add_db(parser)
    parser.add_argument("--verify", action="store_true", help=_("check that no entry was changed outside BMB Desktop"))
    parser.add_argument("--user", default="", help=_("only the entries of this user"))
    parser.add_argument("--table", default="", help=_("only the entries about this table"))
    parser.add_argument("--action", choices=[action.value for action in AuditAction], help=_("only this kind of entry"))
    parser.add_argument("--since", type=date.fromisoformat, help=_("from this day (YYYY-MM-DD)"))
    parser.add_argument("--until", type=date.fromisoformat, help=_("to this day (YYYY-MM-DD)"))
    parser.add_argument("--page", type=int, default=1, help=_("the page to show, 100 entries each"))
    base.add_json(parser)


def _audit(options) -> int:
    from bmb_desktop.domain.enums import AuditAction
    from bmb_desktop.services.audit_log import AuditFilter, browse, verify_chain

    database = base.open_database(options)
    try:
        with database.session() as session:
            if options.verify:
                report = verify_chain(session)
                print(report.message())
                return EXIT_OK if report.intact else EXIT_ERROR
            where = AuditFilter(
                since=options.since, until=options.until, user_name=options.user, table_name=options.table,
                actions=(AuditAction(options.action),) if options.action else (),
            )
            page = browse(session, where=where, page=options.page)
    finally:
        database.close()
    if options.json:
        rows = [
            {"id": r.id, "at": r.at.isoformat(), "user": r.user_name, "action": r.action.value, "table": r.table_name, "record": r.record_id, "changes": r.changes}
            for r in page.rows
        ]
        print(json.dumps({"total": page.total, "page": page.page, "pages": page.pages, "entries": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in page.rows:
        at = row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
        print(f"{row.id:>6}  {at}  {row.user_name or '—'}  {row.action_label}  {row.table_name} {row.record_id}  {_changed_fields(row.changes)}")
    print(_("Page {page} of {pages}; {total} entries.", page=page.page, pages=page.pages, total=page.total))
    return EXIT_OK


def _changed_fields(changes: dict) -> str:
    fields = changes.get("fields", changes) if isinstance(changes, dict) else {}
    return ", ".join(sorted(fields)) if isinstance(fields, dict) else ""


COMMANDS = (
    Command("backup", N_("write a checked backup of the database, optionally protected by a password"), _backup_arguments, _backup),
    Command("restore", N_("replace the database by a backup, keeping the current state in a safety backup"), _restore_arguments, _restore),
    Command("verify-db", N_("check the database whole: SQLite, links, attached files, fingerprints, audit log"), _verify_arguments, _verify),
    Command("audit", N_("show the audit log, or check its chain with --verify"), _audit_arguments, _audit),
)
