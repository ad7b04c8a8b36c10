"""The demo municipality database, built from the real documents of Д. Садырбаев айыл аймагы.

The municipality, its council session of 14 October 2025, resolutions 12/1–12/6 and the group
composed by 12/5 are real (seeds/001); the group's 2026 work is a plausible invention so that every
screen has something to show. The regulation profile is the model regulation's, under which the
real group shows its gaps (domain.md G9).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.demo.acts import add_acts
from bmb_desktop.services.demo.context import DemoContext
from bmb_desktop.services.demo.group import (
    add_conflict_declaration,
    add_formation_process,
    add_members,
)
from bmb_desktop.services.demo.indicators import add_indicators
from bmb_desktop.services.demo.letters import add_letters
from bmb_desktop.services.demo.meetings import add_meetings
from bmb_desktop.services.demo.municipality import (
    GROUP_CREATED_ON,
    add_council_sessions,
    add_municipality,
    add_regulation_profile,
)
from bmb_desktop.services.demo.notices import add_notices
from bmb_desktop.services.demo.objects import add_monitored_objects
from bmb_desktop.services.demo.plan import add_plan
from bmb_desktop.services.demo.residents import add_residents
from bmb_desktop.storage.models import DatabaseFact, Municipality

DEFAULT_TODAY = date(2026, 11, 21)
OWN_MUNICIPALITY_KEY = "own_municipality_id"

__all__ = ["DEFAULT_TODAY", "OWN_MUNICIPALITY_KEY", "build_demo", "create_demo_database"]


def build_demo(session: Session, *, today: date | None = None) -> int:
    """Fill an empty database with the demo municipality; returns its municipality id.

    ``today`` is the day the demo is seen from (default 21 November 2026): nothing that happens
    later in the demo's story is added. The caller commits.
    """
    today = _checked_today(today)
    if session.scalar(select(Municipality.id).limit(1)) is not None:
        raise UserError(
            _(
                "The database already holds a municipality. "
                "The demo can only be built in an empty database."
            )
        )
    ctx = DemoContext(session=session, today=today)
    municipality = add_municipality(ctx)
    add_council_sessions(ctx)
    add_regulation_profile(ctx)
    add_members(ctx)
    add_formation_process(ctx)
    add_monitored_objects(ctx)
    add_conflict_declaration(ctx)
    add_plan(ctx)
    add_acts(ctx)
    add_letters(ctx)
    add_meetings(ctx)
    add_indicators(ctx)
    add_notices(ctx)
    add_residents(ctx)
    session.merge(DatabaseFact(key=OWN_MUNICIPALITY_KEY, value=str(municipality.id)))
    session.flush()
    return municipality.id


def create_demo_database(path: Path, *, today: date | None = None) -> Path:
    """Create a new database at ``path`` holding the demo, committed; refuses to overwrite.

    An existing file that is not empty is left untouched and a UserError raised.
    """
    from bmb_desktop.storage.database import open_database  # Alembic loads only when needed

    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise UserError(
            _(
                "The file {path} already exists and is not empty. "
                "Choose a new file for the demo database.",
                path=path,
            ),
            field="path",
        )
    _checked_today(today)
    existed = path.exists()
    database = open_database(path)
    try:
        with database.session() as session:
            build_demo(session, today=today)
            session.commit()
    except BaseException:
        database.close()
        if not existed:
            _remove_database_files(path)
        raise
    database.close()
    return path


def _checked_today(today: date | None) -> date:
    today = today or DEFAULT_TODAY
    if today < GROUP_CREATED_ON:
        raise UserError(
            _(
                "The demo shows the group created on {date}; choose a day on or after it.",
                date=GROUP_CREATED_ON.strftime("%d.%m.%Y"),
            ),
            field="today",
        )
    return today


def _remove_database_files(path: Path) -> None:
    """Remove a half-built demo database that this call created, with its WAL files."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)
