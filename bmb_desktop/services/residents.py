"""Residents' voice: the journal of their messages to the group (P6) and survey results by social
group (000 §2.2, I3), recorded, corrected, removed and listed for a period.

A message may be linked to the act or plan item it concerns and carries the group's response. A
survey result gives, for one survey and one social group (or everyone, with no group), how many
respondents answered and how many were satisfied. The screen lists plain rows (``message_rows``,
``survey_rows``) and offers the issued acts and the year's plan items to link (``act_choices``,
``plan_item_choices_of_year``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bmb_desktop.domain.enums import ActStatus, ResidentChannel, SocialGroup
from bmb_desktop.domain.report import satisfied_share
from bmb_desktop.errors import NotFoundError, ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.storage.models import Act, Plan, PlanItem, PlanVersion, ResidentMessage, SurveyResult, Village

TITLE_LENGTH = 300
SUBJECT_LENGTH = 70  # a combo shows the start of a long subject; its tooltip shows it whole


@dataclass(frozen=True)
class MessageDraft:
    received_on: date | None = None
    channel: ResidentChannel | None = None
    text: str = ""
    village_id: int | None = None
    social_group: SocialGroup | None = None
    act_id: int | None = None
    plan_item_id: int | None = None
    response: str = ""
    responded_on: date | None = None


@dataclass(frozen=True)
class SurveyDraft:
    surveyed_on: date | None = None
    title: str = ""
    social_group: SocialGroup | None = None  # None: all respondents
    respondents: int | None = None
    satisfied: int | None = None


def check_message(session: Session, municipality_id: int, draft: MessageDraft) -> dict[str, str]:
    """Problems by field; empty when the message can be saved."""
    problems: dict[str, str] = {}
    if draft.received_on is None:
        problems["received_on"] = _("Enter the date the message was received.")
    if draft.channel is None:
        problems["channel"] = _("Choose how the message was received.")
    if not draft.text.strip():
        problems["text"] = _("Write what the resident reported.")
    if draft.responded_on is not None and draft.received_on is not None and draft.responded_on < draft.received_on:
        problems["responded_on"] = _("The response cannot be earlier than the message.")
    if draft.responded_on is not None and not draft.response.strip():
        problems["response"] = _("Write the group's response.")
    if draft.village_id is not None:
        village = session.get(Village, draft.village_id)
        if village is None or village.municipality_id != municipality_id:
            problems["village_id"] = _("Choose a village of the municipality.")
    if draft.act_id is not None:
        act = session.get(Act, draft.act_id)
        if act is None or act.municipality_id != municipality_id:
            problems["act_id"] = _("The act was not found.")
    if draft.plan_item_id is not None and _plan_item_owner(session, draft.plan_item_id) != municipality_id:
        problems["plan_item_id"] = _("Choose an item of the plan.")
    return problems


def record_message(session: Session, municipality_id: int, *, draft: MessageDraft, message_id: int | None = None) -> ResidentMessage:
    """Save a new message or correct one; refuses a draft with problems."""
    problems = check_message(session, municipality_id, draft)
    if problems:
        raise ValidationError(problems)
    message = get_message(session, municipality_id, message_id) if message_id is not None else None
    if message is None:
        message = ResidentMessage(municipality_id=municipality_id)
        session.add(message)
    message.received_on, message.channel, message.text = draft.received_on, ResidentChannel(draft.channel), draft.text.strip()
    message.village_id, message.social_group = draft.village_id, draft.social_group
    message.act_id, message.plan_item_id = draft.act_id, draft.plan_item_id
    message.response, message.responded_on = draft.response.strip(), draft.responded_on
    session.commit()
    return message


def delete_message(session: Session, municipality_id: int, message_id: int) -> None:
    session.delete(get_message(session, municipality_id, message_id))
    session.commit()


def get_message(session: Session, municipality_id: int, message_id: int) -> ResidentMessage:
    message = session.get(ResidentMessage, message_id)
    if message is None or message.municipality_id != municipality_id:
        raise NotFoundError(_("The resident's message was not found."))
    return message


def messages_between(session: Session, municipality_id: int, start: date, end: date) -> list[ResidentMessage]:
    return list(session.scalars(
        select(ResidentMessage)
        .where(ResidentMessage.municipality_id == municipality_id, ResidentMessage.received_on.between(start, end))
        .order_by(ResidentMessage.received_on, ResidentMessage.id)
    ))  # fmt: skip


def check_survey(draft: SurveyDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.surveyed_on is None:
        problems["surveyed_on"] = _("Enter the date of the survey.")
    if not draft.title.strip():
        problems["title"] = _("Enter what the survey asked about.")
    elif len(draft.title.strip()) > TITLE_LENGTH:
        problems["title"] = _("The title is too long: at most {count} characters.", count=TITLE_LENGTH)
    if draft.respondents is None or draft.respondents < 1:
        problems["respondents"] = _("Enter how many people answered (at least one).")
    if draft.satisfied is None or draft.satisfied < 0:
        problems["satisfied"] = _("Enter how many of them were satisfied.")
    elif draft.respondents is not None and draft.satisfied > draft.respondents:
        problems["satisfied"] = _("More people cannot be satisfied than answered.")
    return problems


def record_survey(session: Session, municipality_id: int, *, draft: SurveyDraft, survey_id: int | None = None) -> SurveyResult:
    """Save one social group's result of a survey, or correct it; one result per survey, date and group."""
    problems = check_survey(draft)
    if not problems:
        same = session.scalar(select(SurveyResult).where(
            SurveyResult.municipality_id == municipality_id, SurveyResult.surveyed_on == draft.surveyed_on,
            SurveyResult.title == draft.title.strip(),
            SurveyResult.social_group.is_(None) if draft.social_group is None else SurveyResult.social_group == draft.social_group,
        ))  # fmt: skip
        if same is not None and same.id != survey_id:
            problems["social_group"] = _("This survey already has a result for this group.")
    if problems:
        raise ValidationError(problems)
    survey = get_survey(session, municipality_id, survey_id) if survey_id is not None else None
    if survey is None:
        survey = SurveyResult(municipality_id=municipality_id)
        session.add(survey)
    survey.surveyed_on, survey.title, survey.social_group = draft.surveyed_on, draft.title.strip(), draft.social_group
    survey.respondents, survey.satisfied = draft.respondents, draft.satisfied
    session.commit()
    return survey


def delete_survey(session: Session, municipality_id: int, survey_id: int) -> None:
    session.delete(get_survey(session, municipality_id, survey_id))
    session.commit()


def get_survey(session: Session, municipality_id: int, survey_id: int) -> SurveyResult:
    survey = session.get(SurveyResult, survey_id)
    if survey is None or survey.municipality_id != municipality_id:
        raise NotFoundError(_("The survey result was not found."))
    return survey


def surveys_between(session: Session, municipality_id: int, start: date, end: date) -> list[SurveyResult]:
    """Results of the surveys held in the period, by date and title, everyone first, then by group."""
    groups = [None, *SocialGroup]
    found = session.scalars(
        select(SurveyResult)
        .where(SurveyResult.municipality_id == municipality_id, SurveyResult.surveyed_on.between(start, end))
    )  # fmt: skip
    return sorted(found, key=lambda s: (s.surveyed_on, s.title, groups.index(s.social_group)))


def _plan_item_owner(session: Session, plan_item_id: int) -> int | None:
    return session.scalar(
        select(Plan.municipality_id).join(PlanVersion, PlanVersion.plan_id == Plan.id)
        .join(PlanItem, PlanItem.version_id == PlanVersion.id).where(PlanItem.id == plan_item_id)
    )  # fmt: skip


# What the screen lists and offers


@dataclass(frozen=True)
class MessageRow:
    """A journal entry as the screen lists it; the linked act by its number, the plan item by its
    plan's year and its position."""

    message_id: int
    received_on: date
    channel: ResidentChannel
    village: str
    social_group: SocialGroup | None
    text: str
    act_number: str  # "1/2026"; empty when not linked or the act is still a draft
    plan_year: int | None
    plan_position: int | None
    response: str
    responded_on: date | None


@dataclass(frozen=True)
class SurveyRow:
    survey_id: int
    surveyed_on: date
    title: str
    social_group: SocialGroup | None  # None: all respondents
    respondents: int
    satisfied: int

    @property
    def share(self) -> float | None:
        return satisfied_share(self.satisfied, self.respondents)


def message_rows(session: Session, municipality_id: int, start: date, end: date) -> list[MessageRow]:
    """The messages received from ``start`` to ``end``, oldest first."""
    rows = []
    for m in messages_between(session, municipality_id, start, end):
        act = session.get(Act, m.act_id) if m.act_id is not None else None
        item = session.get(PlanItem, m.plan_item_id) if m.plan_item_id is not None else None
        rows.append(MessageRow(
            message_id=m.id, received_on=m.received_on, channel=m.channel, village=m.village.name if m.village else "",
            social_group=m.social_group, text=m.text, act_number=act.display_number if act else "",
            plan_year=item.version.plan.year if item else None, plan_position=item.position if item else None,
            response=m.response, responded_on=m.responded_on,
        ))  # fmt: skip
    return rows


def survey_rows(session: Session, municipality_id: int, start: date, end: date) -> list[SurveyRow]:
    """The results of the surveys held from ``start`` to ``end``, in the order of ``surveys_between``."""
    return [
        SurveyRow(s.id, s.surveyed_on, s.title, s.social_group, s.respondents, s.satisfied)
        for s in surveys_between(session, municipality_id, start, end)
    ]


def message_draft(session: Session, municipality_id: int, message_id: int) -> MessageDraft:
    """A stored message as the dialog edits it."""
    m = get_message(session, municipality_id, message_id)
    return MessageDraft(
        received_on=m.received_on, channel=m.channel, text=m.text, village_id=m.village_id, social_group=m.social_group,
        act_id=m.act_id, plan_item_id=m.plan_item_id, response=m.response, responded_on=m.responded_on,
    )  # fmt: skip


def survey_draft(session: Session, municipality_id: int, survey_id: int) -> SurveyDraft:
    s = get_survey(session, municipality_id, survey_id)
    return SurveyDraft(s.surveyed_on, s.title, s.social_group, s.respondents, s.satisfied)


def survey_titles(session: Session, municipality_id: int) -> list[str]:
    """The titles of the surveys recorded so far, the latest survey first: one survey, several groups."""
    found = session.execute(
        select(SurveyResult.title, SurveyResult.surveyed_on).where(SurveyResult.municipality_id == municipality_id)
        .order_by(SurveyResult.surveyed_on.desc(), SurveyResult.id.desc())
    )  # fmt: skip
    return list(dict.fromkeys(title for title, _day in found))


def act_choices(session: Session, municipality_id: int, *, include_id: int | None = None) -> list[Choice]:
    """The issued acts (in force or superseded), the newest first; a message may concern one of them.

    ``include_id`` keeps the act a stored message already names, whatever became of it.
    """
    acts = list(session.scalars(
        select(Act).where(Act.municipality_id == municipality_id, Act.status != ActStatus.DRAFT)
        .order_by(Act.year.desc(), Act.number.desc(), Act.id.desc())
    ))  # fmt: skip
    if include_id is not None and include_id not in {act.id for act in acts}:
        stored = session.get(Act, include_id)
        if stored is not None and stored.municipality_id == municipality_id:
            acts.append(stored)
    return [Choice(act.id, _act_text(act)) for act in acts]


def plan_item_choices_of_year(
    session: Session, municipality_id: int, year: int, *, include_id: int | None = None
) -> list[Choice]:
    """The items of the newest version of the ``year``'s plan, in their order (and ``include_id``'s item)."""
    plan = session.scalar(
        select(Plan).where(Plan.municipality_id == municipality_id, Plan.year == year)
        .options(selectinload(Plan.versions).selectinload(PlanVersion.items).selectinload(PlanItem.monitored_object))
    )  # fmt: skip
    items = sorted(plan.versions[-1].items, key=lambda item: item.position) if plan and plan.versions else []
    if include_id is not None and include_id not in {item.id for item in items}:
        stored = session.get(PlanItem, include_id)
        if stored is not None and _plan_item_owner(session, include_id) == municipality_id:
            items.append(stored)
    return [Choice(item.id, _plan_item_text(item)) for item in items]


def _act_text(act: Act) -> str:
    subject = _shorten(act.subject or (act.monitored_object.name if act.monitored_object else ""))
    if act.number is None:
        return _("Draft act: {subject}", subject=subject)
    return _("Act No. {number}: {subject}", number=act.display_number, subject=subject)


def _plan_item_text(item: PlanItem) -> str:
    subject = item.monitored_object.name if item.monitored_object else ""
    if item.subject:
        subject = f"{subject}: {item.subject}" if subject else item.subject
    return _("Plan {year}, item {position}: {subject}", year=item.version.plan.year, position=item.position,
             subject=_shorten(subject))  # fmt: skip


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUBJECT_LENGTH else text[: SUBJECT_LENGTH - 1].rstrip() + "…"
