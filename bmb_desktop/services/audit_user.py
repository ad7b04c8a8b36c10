"""Who the audit log names: the user's name from Settings, changeable while a database is open."""

from __future__ import annotations

from bmb_desktop.storage.audit import USER_NAME_KEY
from bmb_desktop.storage.database import Database


def set_audit_user(database: Database, user_name: str) -> None:
    """Sessions opened from now on write ``user_name`` into the audit entries of their changes."""
    info = dict(database.session_factory.kw.get("info", {}))  # keeps the audit switch beside it
    info[USER_NAME_KEY] = user_name.strip()
    database.session_factory.configure(info=info)
