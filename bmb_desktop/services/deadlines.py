"""Who owes an answer by when: the objects' responses to acts (A4), the aiyl okmotu's reports to the
council (A5) and answers to information requests (P8), for the home screen, `bmb-desktop
deadlines` and `bmb-desktop check`.

Due dates are computed on every call from the working-day calendar, so a calendar correction moves
open deadlines at once. Superseded acts are left out: the act that replaced them runs its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineState,
    make_deadline,
    object_must_respond,
)
from bmb_desktop.domain.enums import ActStatus, AddresseeKind, LetterKind, ResponseKind
from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.domain.regulation import preset
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.services.calendar import working_calendar
from bmb_desktop.storage.models import Act, ActAddressee, Letter, MonitoredObject

# The model regulation sets A4 and A5 (000 §4.3); the local regulation of 12/5 the ten days of P8.
SOURCES = {
    DeadlineKind.OBJECT_RESPONSE: ("model", "4.3"),
    DeadlineKind.AO_REPORT: ("model", "4.3"),
    DeadlineKind.INFORMATION_REQUEST: ("local", "6.1"),
}


@dataclass(frozen=True)
class DeadlineItem:
    """One deadline with what it belongs to, ready to list."""

    deadline: Deadline
    state: DeadlineState
    party: str  # who owes the answer: the object, the aiyl okmotu
    act_id: int | None = None
    act_number: str = ""  # "3/2026"
    letter_id: int | None = None
    letter_number: str = ""

    @property
    def kind(self) -> DeadlineKind:
        return self.deadline.kind

    def source(self) -> str:
        name, clause = SOURCES[self.kind]
        return f"{preset(name).name} {clause}"

    def description(self) -> str:
        """"«Нур-Жол Курулуш» ЖЧК — № 3/2026 актыга жооп", translated."""
        if self.kind is DeadlineKind.OBJECT_RESPONSE:
            return _("{party}: response to act No. {number}", number=self.act_number, party=self.party)
        if self.kind is DeadlineKind.AO_REPORT:
            return _("{party}: report to the council on act No. {number}", number=self.act_number, party=self.party)
        return _("{party}: answer to information request No. {number}", number=self.letter_number, party=self.party)

    def as_json(self, today: date) -> dict:
        deadline = self.deadline
        return {
            "kind": self.kind.value, "state": self.state.value, "act": self.act_number or None,
            "letter": self.letter_number or None, "party": self.party, "description": self.description(),
            "received_on": deadline.received_on.isoformat(), "due_on": deadline.due_on.isoformat(),
            "answered_on": deadline.answered_on.isoformat() if deadline.answered_on else None,
            "days_left": deadline.days_left(today), "days_late": deadline.days_late(today),
        }  # fmt: skip


@dataclass
class DeadlineOverview:
    """What the home screen shows: due this week, overdue, and recently answered."""

    today: date
    due_this_week: list[DeadlineItem] = field(default_factory=list)
    overdue: list[DeadlineItem] = field(default_factory=list)
    recently_answered: list[DeadlineItem] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "due_this_week": [item.as_json(self.today) for item in self.due_this_week],
            "overdue": [item.as_json(self.today) for item in self.overdue],
            "recently_answered": [item.as_json(self.today) for item in self.recently_answered],
        }


def all_deadlines(session: Session, municipality_id: int, *, today: date) -> list[DeadlineItem]:
    """Every deadline started by a recorded receipt, by due date."""
    calendar = working_calendar(session)
    items = []
    acts = session.scalars(
        select(Act).where(Act.municipality_id == municipality_id, Act.status == ActStatus.ISSUED)
        .options(selectinload(Act.addressees).selectinload(ActAddressee.responses), selectinload(Act.monitored_object))
    )  # fmt: skip
    for act in acts:
        object_kind = act.monitored_object.kind if act.monitored_object else None
        for addressee in act.addressees:
            if addressee.received_on is None:
                continue
            if addressee.kind is AddresseeKind.OBJECT and object_must_respond(object_kind):
                kind, response_kind = DeadlineKind.OBJECT_RESPONSE, ResponseKind.OBJECT_RESPONSE
            elif addressee.kind is AddresseeKind.AIYL_OKMOTU:
                kind, response_kind = DeadlineKind.AO_REPORT, ResponseKind.AO_REPORT_TO_COUNCIL
            else:
                continue
            answered = min((r.received_on for r in addressee.responses if r.kind is response_kind), default=None)
            deadline = make_deadline(kind, addressee.received_on, calendar, answered)
            items.append(DeadlineItem(deadline, deadline.state(today), addressee.name, act_id=act.id, act_number=act.display_number))
    letters = session.execute(
        select(Letter, MonitoredObject.name).outerjoin(MonitoredObject, MonitoredObject.id == Letter.object_id).where(
            Letter.municipality_id == municipality_id, Letter.kind == LetterKind.INFORMATION_REQUEST,
            Letter.received_on.is_not(None),
        )
    )  # fmt: skip
    for letter, object_name in letters:
        deadline = make_deadline(DeadlineKind.INFORMATION_REQUEST, letter.received_on, calendar, letter.answered_on)
        label = f"{letter.number}/{letter.sent_on.year}" if letter.sent_on else letter.number
        party = object_name or letter.addressee.splitlines()[0]
        items.append(DeadlineItem(deadline, deadline.state(today), party, letter_id=letter.id, letter_number=label))
    return sorted(items, key=lambda item: (item.deadline.due_on, item.act_number, item.letter_number))


def deadline_overview(session: Session, municipality_id: int, *, today: date) -> DeadlineOverview:
    overview = DeadlineOverview(today)
    for item in all_deadlines(session, municipality_id, today=today):
        if item.state is DeadlineState.DUE_THIS_WEEK:
            overview.due_this_week.append(item)
        elif item.state is DeadlineState.OVERDUE:
            overview.overdue.append(item)
        elif item.deadline.answered_recently(today):
            overview.recently_answered.append(item)
    overview.recently_answered.sort(key=lambda item: item.deadline.answered_on, reverse=True)
    return overview


def overdue_findings(session: Session, municipality_id: int, *, today: date) -> list[RuleFinding]:
    """Each answer not received by its due day, as a warning for `bmb-desktop check`."""
    return [
        RuleFinding(
            "overdue_response", Severity.WARNING,
            _("{what}: not received; it was due on {date}, {days} days ago", what=item.description(),
              date=document_date(item.deadline.due_on, current_language(), case=DateCase.LOCATIVE),
              days=item.deadline.days_late(today)),
            item.source(),
        )
        for item in all_deadlines(session, municipality_id, today=today)
        if item.state is DeadlineState.OVERDUE
    ]  # fmt: skip
