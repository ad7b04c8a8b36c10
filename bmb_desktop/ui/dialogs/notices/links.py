"""What a notice can announce, by kind: which links and event fields its form shows, and the records
each link combo offers (read through the services of each area)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import MeetingKind, NoticeKind
from bmb_desktop.services.act_register import issued_acts
from bmb_desktop.services.meeting_links import plan_item_choices
from bmb_desktop.services.meeting_register import meeting_register
from bmb_desktop.services.roster_editing import Choice, resolution_choices
from bmb_desktop.ui.formatting import display_date

LINKS = ("resolution_id", "meeting_id", "plan_item_id", "act_id")
EVENT = ("event_on", "event_time", "event_place")
# The links each kind shows; a free notice may point at anything.
KIND_LINKS: dict[NoticeKind, tuple[str, ...]] = {
    NoticeKind.FORMATION_START: (),
    NoticeKind.GATHERING: ("meeting_id",),
    NoticeKind.COMPOSITION: ("resolution_id", "meeting_id"),
    NoticeKind.MONITORING: ("plan_item_id",),
    NoticeKind.ACT_SUMMARY: ("act_id",),
    NoticeKind.REPORT_RESULTS: (),
    NoticeKind.FREE: LINKS,
}
# The event fields each kind's text uses: the last day for applications, the gathering, the first
# meeting, the start and place of a monitoring, the public presentation of the summary report.
KIND_EVENT: dict[NoticeKind, tuple[str, ...]] = {
    NoticeKind.FORMATION_START: ("event_on",),
    NoticeKind.GATHERING: EVENT,
    NoticeKind.COMPOSITION: EVENT,
    NoticeKind.MONITORING: ("event_on", "event_place"),
    NoticeKind.ACT_SUMMARY: (),
    NoticeKind.REPORT_RESULTS: ("event_on",),
    NoticeKind.FREE: EVENT,
}
# The meetings a kind may link to (the notice service checks the same).
KIND_MEETINGS: dict[NoticeKind, MeetingKind] = {
    NoticeKind.GATHERING: MeetingKind.COMMUNITY_GATHERING,
    NoticeKind.COMPOSITION: MeetingKind.GROUP_MEETING,
}
SUBJECT_LENGTH = 80


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    kind: MeetingKind
    label: str


@dataclass(frozen=True)
class LinkChoices:
    resolutions: list[Choice] = field(default_factory=list)
    meetings: list[MeetingChoice] = field(default_factory=list)
    plan_items: list[Choice] = field(default_factory=list)
    acts: list[Choice] = field(default_factory=list)

    def meetings_for(self, kind: NoticeKind) -> list[Choice]:
        wanted = KIND_MEETINGS.get(kind)
        return [Choice(m.id, m.label) for m in self.meetings if wanted is None or m.kind is wanted]


def link_choices(session: Session, municipality_id: int, *, today: date, plan_item_id: int | None = None) -> LinkChoices:
    """Every record a notice may announce: resolutions, meetings (newest first), plan items, issued acts."""
    meetings = [
        MeetingChoice(row.meeting_id, row.kind, _meeting_text(row))
        for row in meeting_register(session, municipality_id)
    ]
    acts = [
        Choice(row.act_id, _shorten(f"№ {row.number} — {row.object_name}: {row.subject}" if row.object_name
                                    else f"№ {row.number} — {row.subject}"))
        for row in issued_acts(session, municipality_id, today=today)
    ]  # fmt: skip
    return LinkChoices(
        resolutions=resolution_choices(session, municipality_id),
        meetings=meetings,
        plan_items=plan_item_choices(session, municipality_id, include_id=plan_item_id),
        acts=acts,
    )


def _meeting_text(row) -> str:
    day = display_date(row.held_on)
    if row.kind is MeetingKind.GROUP_MEETING:
        return _shorten(f"№ {row.label}, {day} — {row.title}" if row.title else f"№ {row.label}, {day}")
    return _shorten(f"{day} — {row.title}" if row.title else day)


def _shorten(text: str) -> str:
    return text if len(text) <= SUBJECT_LENGTH else text[: SUBJECT_LENGTH - 1].rstrip() + "…"
