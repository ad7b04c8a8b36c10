"""Community gatherings that elect citizen candidates (F3), and making the elected members (F4).

A candidate is elected by more than half of the participants (``domain.gathering``); the elected
become members only through the council's resolution, which is their basis in the roster.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.enum_inputs import EnumFields
from bmb_desktop.domain.enums import MeetingKind, MeetingStatus, MemberCategory, MemberRole, Sex
from bmb_desktop.domain.gathering import is_elected, vote_share, votes_needed
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.dates import DateCase, document_date
from bmb_desktop.locale.i18n import _, current_language
from bmb_desktop.services.group import check_member, save_member
from bmb_desktop.storage.models import GatheringCandidate, Meeting, Membership, Resolution, Village


@dataclass(frozen=True)
class CandidateDraft:
    full_name: str
    votes_for: int
    id: int | None = None  # an existing candidate row; None for one added now


@dataclass(frozen=True)
class CandidateResult:
    id: int
    full_name: str
    votes_for: int
    elected: bool
    share: float | None  # of the participants
    person_id: int | None  # set once the candidate has been made a member

    @property
    def is_member(self) -> bool:
        return self.person_id is not None


@dataclass(frozen=True)
class GatheringSummary:
    meeting_id: int
    held_on: date
    title: str
    place: str
    participants_count: int | None
    signed: bool  # a signed protocol is not changed any more
    votes_needed: int | None
    candidates: tuple[CandidateResult, ...]

    @property
    def elected(self) -> tuple[CandidateResult, ...]:
        return tuple(candidate for candidate in self.candidates if candidate.elected)


@dataclass(frozen=True)
class ElectedPerson(EnumFields):
    """What the roster needs about an elected candidate beyond the name on the protocol."""

    candidate_id: int
    surname: str
    given_name: str
    patronymic: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    village_id: int | None = None
    phone: str = ""
    position: str = ""


def summary_of(meeting: Meeting) -> GatheringSummary:
    participants = meeting.participants_count
    return GatheringSummary(
        meeting_id=meeting.id, held_on=meeting.held_on, title=meeting.title, place=meeting.place,
        participants_count=participants, signed=meeting.status is MeetingStatus.SIGNED,
        votes_needed=votes_needed(participants),
        candidates=tuple(
            CandidateResult(
                candidate.id, candidate.full_name, candidate.votes_for, is_elected(candidate.votes_for, participants),
                vote_share(candidate.votes_for, participants), candidate.person_id,
            )
            for candidate in meeting.candidates
        ),
    )


def gatherings(session: Session, municipality_id: int) -> list[GatheringSummary]:
    """Every community gathering of the municipality, newest first."""
    meetings = session.scalars(
        select(Meeting).where(Meeting.municipality_id == municipality_id, Meeting.kind == MeetingKind.COMMUNITY_GATHERING)
        .options(selectinload(Meeting.candidates)).order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    return [summary_of(meeting) for meeting in meetings]


def gathering_summary(session: Session, municipality_id: int, meeting_id: int) -> GatheringSummary:
    return summary_of(_gathering(session, municipality_id, meeting_id))


def create_gathering(
    session: Session, municipality_id: int, *, held_on: date | None, title: str, place: str = "",
    participants_count: int | None = None,
) -> GatheringSummary:
    """A new gathering with the next protocol number of its year; its results are recorded afterwards."""
    problems = {}
    if held_on is None:
        problems["held_on"] = _("Enter the day of the gathering.")
    if not title.strip():
        problems["title"] = _("Name the gathering, e.g. \"Gathering of the residents of Masy village\".")
    if participants_count is not None and participants_count < 0:
        problems["participants_count"] = _("The number of participants cannot be negative.")
    if problems:
        raise ValidationError(problems)
    last = session.scalar(select(func.max(Meeting.number)).where(
        Meeting.municipality_id == municipality_id, Meeting.kind == MeetingKind.COMMUNITY_GATHERING,
        Meeting.year == held_on.year,
    ))
    meeting = Meeting(
        municipality_id=municipality_id, kind=MeetingKind.COMMUNITY_GATHERING, year=held_on.year,
        number=(last or 0) + 1, held_on=held_on, title=title.strip(), place=place.strip(),
        participants_count=participants_count, status=MeetingStatus.DRAFT,
    )
    session.add(meeting)
    session.commit()
    return summary_of(meeting)


def save_results(
    session: Session, municipality_id: int, meeting_id: int, *,
    participants_count: int | None, candidates: list[CandidateDraft],
) -> GatheringSummary:
    """Record the participants and each candidate's votes; who is elected follows from them.

    Problems are keyed "participants_count", or "candidate.<row>.full_name" / ".votes_for" by row.
    """
    meeting = _gathering(session, municipality_id, meeting_id)
    if meeting.status is MeetingStatus.SIGNED:
        raise ValidationError({"meeting": _("The gathering's protocol is signed; its results cannot be changed.")})
    problems = _result_problems(participants_count, candidates)
    kept = {draft.id for draft in candidates if draft.id is not None}
    for candidate in meeting.candidates:
        if candidate.id not in kept and candidate.person_id is not None:
            problems["candidates"] = _("{name} is already a member of the group and cannot be removed from the results.",
                                       name=candidate.full_name)
    if problems:
        raise ValidationError(problems)
    existing = {candidate.id: candidate for candidate in meeting.candidates}
    rows = []
    for position, draft in enumerate(candidates, start=1):
        row = existing.get(draft.id) if draft.id is not None else None
        row = row or GatheringCandidate()
        row.position, row.full_name, row.votes_for = position, " ".join(draft.full_name.split()), draft.votes_for
        rows.append(row)
    meeting.candidates = rows  # rows left out are deleted (delete-orphan)
    meeting.participants_count = participants_count
    session.commit()
    return summary_of(meeting)


def _result_problems(participants_count: int | None, candidates: list[CandidateDraft]) -> dict[str, str]:
    problems = {}
    if participants_count is not None and participants_count < 0:
        problems["participants_count"] = _("The number of participants cannot be negative.")
    elif candidates and not participants_count:
        problems["participants_count"] = _("Enter how many residents took part: the majority is counted of them.")
    for row, draft in enumerate(candidates):
        if not draft.full_name.strip():
            problems[f"candidate.{row}.full_name"] = _("Enter the candidate's full name.")
        if draft.votes_for < 0:
            problems[f"candidate.{row}.votes_for"] = _("Votes cannot be negative.")
        elif participants_count and draft.votes_for > participants_count:
            problems[f"candidate.{row}.votes_for"] = _(
                "{votes} votes, but only {participants} residents took part.",
                votes=draft.votes_for, participants=participants_count,
            )
    return problems


def split_full_name(full_name: str) -> tuple[str, str, str]:
    """"Абдыкалыков Нурбек Токтогулович" -> surname, given name, patronymic (as the protocol lists them)."""
    parts = full_name.split()
    return (parts[0] if parts else "", parts[1] if len(parts) > 1 else "", " ".join(parts[2:]))


def elected_people(summary: GatheringSummary) -> list[ElectedPerson]:
    """The elected candidates not yet in the group, with their names split for the member form."""
    people = []
    for candidate in summary.elected:
        if not candidate.is_member:
            surname, given_name, patronymic = split_full_name(candidate.full_name)
            people.append(ElectedPerson(candidate.id, surname, given_name, patronymic))
    return people


def add_elected_members(
    session: Session, municipality_id: int, meeting_id: int, *, resolution_id: int | None, people: list[ElectedPerson],
) -> list[Membership]:
    """Make the elected candidates citizen members from the day of the council's resolution.

    Every person is checked before anyone is added; problems are keyed "<candidate id>.<field>",
    or "resolution" for the resolution.
    """
    meeting = _gathering(session, municipality_id, meeting_id)
    resolution = session.get(Resolution, resolution_id) if resolution_id is not None else None
    if resolution is None or resolution.municipality_id != municipality_id:
        raise ValidationError({"resolution": _("Choose the council resolution that includes them in the group.")})
    if resolution.adopted_on < meeting.held_on:
        raise ValidationError({"resolution": _("The resolution was adopted before the gathering elected the candidates.")})
    summary = summary_of(meeting)
    electable = {candidate.id: candidate for candidate in summary.elected if not candidate.is_member}
    basis = _("Protocol of the community gathering of {date}",
              date=document_date(meeting.held_on, current_language(), case=DateCase.ATTRIBUTIVE))
    drafts, problems = [], {}
    for person in people:
        if person.candidate_id not in electable:
            raise ValidationError({"resolution": _("Only elected candidates who are not members yet can be added.")})
        draft = MemberDraft(
            surname=person.surname, given_name=person.given_name, patronymic=person.patronymic, sex=person.sex,
            birth_date=person.birth_date, village_id=person.village_id, phone=person.phone, position=person.position,
            category=MemberCategory.CITIZEN, role=MemberRole.MEMBER, appointed_on=resolution.adopted_on,
            basis_resolution_id=resolution.id, basis_text=basis,
        )
        problems.update({f"{person.candidate_id}.{field}": text for field, text in check_member(session, municipality_id, draft).items()})
        drafts.append((person.candidate_id, draft))
    if problems:
        raise ValidationError(problems)
    memberships = []
    for candidate_id, draft in drafts:
        membership = save_member(session, municipality_id, draft)
        session.get(GatheringCandidate, candidate_id).person_id = membership.person_id
        session.commit()
        memberships.append(membership)
    return memberships


def villages(session: Session, municipality_id: int) -> list[tuple[int, str]]:
    """(id, name) of the municipality's villages in their order, for the elected members' form."""
    rows = session.execute(
        select(Village.id, Village.name).where(Village.municipality_id == municipality_id).order_by(Village.position, Village.id)
    )
    return [(row.id, row.name) for row in rows]


def _gathering(session: Session, municipality_id: int, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.municipality_id != municipality_id or meeting.kind is not MeetingKind.COMMUNITY_GATHERING:
        raise NotFoundError(_("The community gathering was not found."))
    return meeting
