"""Loading a period's data (``bundle_data`` JSON) into a database, matched by natural keys.

The municipality is found by name, district and region (or created); every record by its key
(``bundle_data.*_key``). A record that already holds what the bundle says is left untouched, so
importing the same bundle twice changes nothing. Records the database freezes stay frozen: an
issued act or an approved plan version that differs from the bundle's is a conflict and stops
the import; a signed protocol that differs is reopened, brought in line and signed again. New
frozen records are written the way the application writes them: as drafts first, then issued,
approved or signed. The caller runs everything in one transaction and rolls back on any error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, Enum, Time, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import PlanVersionStatus
from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _
from bmb_desktop.storage import models as m

FROZEN_VERSION = (PlanVersionStatus.APPROVED, PlanVersionStatus.SUPERSEDED)


class ImportConflict(UserError):
    """The database holds a frozen record that the bundle contradicts."""


def convert(model, field: str, raw):
    """A JSON value as the column ``model.field`` holds it (enums, dates, times, moments)."""
    if raw is None:
        return None
    kind = model.__table__.c[field].type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(raw)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(raw)
    if isinstance(kind, Date):
        return date.fromisoformat(raw)
    if isinstance(kind, Time):
        return time.fromisoformat(raw)
    return raw


class Importer:
    """One import: the session, the data and where attached files come from."""

    def __init__(self, session: Session, data: dict, store_blob: Callable[[str], None]) -> None:
        self.session, self.data, self.store_blob = session, data, store_blob
        self.changes = 0
        self.villages: dict[str, m.Village] = {}
        self.resolutions: dict[str, m.Resolution] = {}
        self.persons: dict[str, m.Person] = {}
        self.memberships: dict[str, m.Membership] = {}
        self.objects: dict[str, m.MonitoredObject] = {}
        self.items: dict[str, m.PlanItem] = {}
        self.versions: dict[str, m.PlanVersion] = {}
        self.acts: dict[str, m.Act] = {}
        self.meetings: dict[str, m.Meeting] = {}
        self.boards: dict[str, m.NoticeBoard] = {}

    # helpers
    def set(self, record, values: dict) -> None:
        """Assign only what differs, so an unchanged record is never written."""
        for field, raw in values.items():
            value = convert(type(record), field, raw)
            if getattr(record, field) != value:
                setattr(record, field, value)
                self.changes += 1

    def add(self, record):
        self.session.add(record)
        self.changes += 1
        return record

    def one(self, model, *conditions):
        return self.session.scalars(select(model).where(*conditions).order_by(model.id)).first()

    def flush(self) -> None:
        self.session.flush()

    def ref(self, table: dict, key: str | None):
        return table[key] if key is not None else None

    def ref_id(self, table: dict, key: str | None) -> int | None:
        found = self.ref(table, key)
        return found.id if found is not None else None

    # the run
    def run(self) -> m.Municipality:
        from bmb_desktop.services import bundle_import_records as records

        self.municipality = records.municipality(self)
        records.council(self)
        records.people(self)
        records.objects_and_conflicts(self)
        for plan in self.data["plans"]:
            records.plan(self, plan)
        records.acts(self)
        records.letters(self)
        for meeting in self.data["meetings"]:
            records.meeting(self, meeting)
        records.indicators(self)
        records.notices(self)
        records.residents(self)
        self.flush()
        return self.municipality

    @property
    def mid(self) -> int:
        return self.municipality.id

    def attachment(self, record: dict, *, act_id: int | None = None, meeting_id: int | None = None) -> m.Attachment:
        """The attachment row for ``record``: an existing one with the same file and owner, or a new one."""
        self.store_blob(record["sha256"])
        found = self.one(
            m.Attachment, m.Attachment.municipality_id == self.mid, m.Attachment.sha256 == record["sha256"],
            m.Attachment.file_name == record["file_name"], m.Attachment.act_id.is_(None) if act_id is None else m.Attachment.act_id == act_id,
            m.Attachment.meeting_id.is_(None) if meeting_id is None else m.Attachment.meeting_id == meeting_id,
        )  # fmt: skip
        if found is None:
            found = self.add(m.Attachment(municipality_id=self.mid, sha256=record["sha256"], file_name=record["file_name"], act_id=act_id, meeting_id=meeting_id, size_bytes=record["size"]))
        self.set(found, {"media_type": record["media_type"], "size_bytes": record["size"], "description": record["description"], "added_at": record["added_at"]})
        self.flush()  # its id is what the referring record stores
        return found

    def conflict(self, message: str) -> ImportConflict:
        return ImportConflict(_("{what} The bundle was not imported; the database was not changed.", what=message))


def frozen_act_view(act: dict) -> dict:
    """What an issued act may never change: everything but its status and follow-up."""
    view = {k: v for k, v in act.items() if k not in ("status", "addressees")}
    view["recommendations"] = [{k: v for k, v in r.items() if k not in ("status", "status_reason", "notes")} for r in act["recommendations"]]
    return view


def frozen_version_view(version: dict) -> dict:
    view = {k: v for k, v in version.items() if k != "status"}
    view["items"] = [{k: v for k, v in i.items() if k not in ("status", "cancel_reason")} for i in version["items"]]
    return view
