"""What the demo builders share: the session, the as-of date and the records built so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlalchemy.orm import Session

from bmb_desktop.storage.models import (
    Act,
    Meeting,
    Membership,
    MonitoredObject,
    Municipality,
    PlanItem,
    PlanVersion,
    Resolution,
    Village,
)


@dataclass
class DemoContext:
    """The demo is a fixed story; ``today`` says how much of it has happened.

    Builders skip what is dated after ``today`` and derive statuses from the dates, so a demo
    built "as of" an earlier day is a consistent picture of that day.
    """

    session: Session
    today: date
    municipality: Municipality | None = None
    villages: dict[str, Village] = field(default_factory=dict)
    resolutions: dict[str, Resolution] = field(default_factory=dict)
    members: dict[str, Membership] = field(default_factory=dict)  # by surname
    objects: dict[str, MonitoredObject] = field(default_factory=dict)
    plan_versions: dict[int, PlanVersion] = field(default_factory=dict)
    plan_items: dict[str, PlanItem] = field(default_factory=dict)  # items of the version in force
    acts: dict[str, Act] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)

    @property
    def municipality_id(self) -> int:
        assert self.municipality is not None, "the municipality is built first"
        return self.municipality.id

    def happened(self, day: date | None) -> bool:
        return day is not None and day <= self.today

    def known(self, day: date | None) -> date | None:
        """``day`` if it has already come, else None (a future receipt is not yet known)."""
        return day if self.happened(day) else None

    def stamp(self, day: date) -> datetime:
        """A record timestamp on ``day``: morning of that day, never later than now."""
        morning = datetime.combine(day, time(9, 0), tzinfo=timezone.utc)
        return min(morning, datetime.now(timezone.utc))

    def member_id(self, surname: str) -> int:
        return self.members[surname].id

    def add(self, *records: object) -> None:
        self.session.add_all(records)
