"""Facts about an open database: schema version and how many records of each kind it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bmb_desktop.storage.database import Database, current_revision, head_revision
from bmb_desktop.storage.models import (
    Act,
    Attachment,
    AuditEntry,
    Indicator,
    Meeting,
    Membership,
    MonitoredObject,
    Municipality,
    Notice,
    Person,
    Plan,
    Recommendation,
    Resolution,
)

COUNTED = {
    "municipalities": Municipality,
    "resolutions": Resolution,
    "persons": Person,
    "memberships": Membership,
    "objects": MonitoredObject,
    "plans": Plan,
    "indicators": Indicator,
    "meetings": Meeting,
    "acts": Act,
    "recommendations": Recommendation,
    "notices": Notice,
    "attachments": Attachment,
    "audit_entries": AuditEntry,
}


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    schema_version: str
    latest_schema_version: str
    counts: dict[str, int]


def database_info(database: Database) -> DatabaseInfo:
    with database.session() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in COUNTED.items()
        }
    return DatabaseInfo(
        path=str(database.path),
        schema_version=current_revision(database.engine) or "",
        latest_schema_version=head_revision(),
        counts=counts,
    )
