"""The ready text of each notice kind, written from the data: names, dates, places, numbers.

``fill_notice`` completes a draft: the links a composition notice needs (the council resolution
forming the group, the group's first meeting), the event from what the notice links to, then the
title and text in the document language. Each text line is one paragraph of the poster; lines
"Label: value" print with the label in bold, "1) ..." as list items.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import ActStatus, MeetingKind, MemberRole, MonitoringMethod, NoticeKind, RecommendationStatus
from bmb_desktop.domain.names import short_name
from bmb_desktop.errors import NotFoundError, UserError
from bmb_desktop.locale.dates import DateCase, day_month, document_date, short_date, year_phrase
from bmb_desktop.locale.i18n import N_, current_language, normalise_language, translate
from bmb_desktop.locale.labels import label
from bmb_desktop.services.group import active_memberships
from bmb_desktop.services.notices import NoticeDraft, with_event
from bmb_desktop.storage.models import Act, Meeting, Membership, Municipality, PlanItem, Resolution

ROLE_ORDER = {MemberRole.CHAIR: 0, MemberRole.DEPUTY_CHAIR: 1, MemberRole.SECRETARY: 2, MemberRole.MEMBER: 3}
# Done first: residents read the summary for what changed.
REPORTED_STATUSES = (
    RecommendationStatus.IMPLEMENTED, RecommendationStatus.PARTLY_IMPLEMENTED, RecommendationStatus.IN_PROGRESS,
    RecommendationStatus.ACCEPTED, RecommendationStatus.OPEN, RecommendationStatus.NOT_CONSIDERED,
    RecommendationStatus.REJECTED,
)
SURVEYS = {MonitoringMethod.COMMUNITY_SURVEY, MonitoringMethod.QUESTIONNAIRE, MonitoringMethod.CITIZEN_REPORT_CARD}


def fill_notice(
    session: Session, municipality_id: int, draft: NoticeDraft, *,
    period: tuple[date, date] | None = None, language: str | None = None,
) -> NoticeDraft:
    """``draft`` with its links and event completed and its title and text written for its kind.

    ``period`` is what a summary-report notice covers (default: see ``report_period``).
    """
    municipality = session.get(Municipality, municipality_id)
    if municipality is None:
        raise NotFoundError(translate("The municipality was not found in this database.", language))
    writer = _Writer(session, municipality, normalise_language(language or current_language()))
    draft = writer.completed(draft)
    if draft.kind is NoticeKind.FREE:
        return draft
    title, lines = writer.write(draft, period)
    return replace(draft, title=title, body="\n".join(line for line in lines if line))


def report_period(presented_on: date) -> tuple[date, date]:
    """What a summary report presented on ``presented_on`` covers, by default: the quarters of its
    year already closed, or the whole previous year when presented in the first quarter."""
    quarter_start = date(presented_on.year, 3 * ((presented_on.month - 1) // 3) + 1, 1)
    if quarter_start.month == 1:
        return date(presented_on.year - 1, 1, 1), date(presented_on.year - 1, 12, 31)
    return date(presented_on.year, 1, 1), quarter_start - timedelta(days=1)


class _Writer:
    """Writes one notice in one language from one municipality's data."""

    def __init__(self, session: Session, municipality: Municipality, language: str):
        self.session, self.municipality, self.language = session, municipality, language

    def translate(self, msgid: str, **values) -> str:
        # Named like the module function so that the catalog check finds every msgid used here.
        return translate(msgid, self.language, **values)

    def date(self, day: date, case: DateCase = DateCase.PLAIN) -> str:
        return document_date(day, self.language, case=case)

    # Links and event

    def completed(self, draft: NoticeDraft) -> NoticeDraft:
        if draft.kind is NoticeKind.COMPOSITION:
            draft = self._composition_links(draft)
        if draft.meeting_id is not None:
            meeting = self.session.get(Meeting, draft.meeting_id)
            if meeting is not None:
                draft = with_event(draft, on=meeting.held_on, at=meeting.starts_at, place=meeting.place)
        if draft.plan_item_id is not None and draft.kind is NoticeKind.MONITORING:
            item = self.session.get(PlanItem, draft.plan_item_id)
            if item is not None:
                draft = with_event(draft, on=item.starts_on)
        return draft

    def _composition_links(self, draft: NoticeDraft) -> NoticeDraft:
        """The resolution forming the group and the group's first meeting after it, unless chosen."""
        regulation = self.municipality.regulation
        resolution_id = draft.resolution_id or (regulation.basis_resolution_id if regulation else None)
        meeting_id = draft.meeting_id
        resolution = self.session.get(Resolution, resolution_id) if resolution_id else None
        if meeting_id is None and resolution is not None:
            meeting_id = self.session.scalar(
                select(Meeting.id).where(
                    Meeting.municipality_id == self.municipality.id, Meeting.kind == MeetingKind.GROUP_MEETING,
                    Meeting.held_on >= resolution.adopted_on,
                ).order_by(Meeting.held_on, Meeting.id).limit(1)
            )  # fmt: skip
        return replace(draft, resolution_id=resolution_id, meeting_id=meeting_id)

    def event_lines(self, draft: NoticeDraft) -> list[str]:
        lines = []
        if draft.event_on:
            lines.append(self.translate("Date: {date}", date=self.date(draft.event_on)))
        if draft.event_time:
            lines.append(self.translate("Time: {time}", time=draft.event_time.strftime("%H:%M")))
        if draft.event_place.strip():
            lines.append(self.translate("Place: {place}", place=draft.event_place.strip()))
        return lines

    def period(self, start: date, end: date, msgid: str = "from {start} to {end}") -> str:
        """"2026-жылдын 16-февралынан 27-мартына чейин"; the year once when both days share it."""
        if start.year == end.year:
            first = day_month(start, DateCase.ABLATIVE, language=self.language)
            if self.language == "ky":
                first = f"{year_phrase(start.year, DateCase.GENITIVE)} {first}"
            last = day_month(end, DateCase.DATIVE, language=self.language)
            if self.language != "ky":
                last = f"{last} {year_phrase(end.year, DateCase.GENITIVE, language=self.language)}"
        else:
            first, last = self.date(start, DateCase.ABLATIVE), self.date(end, DateCase.DATIVE)
        return self.translate(msgid, start=first, end=last)

    # The kinds

    def write(self, draft: NoticeDraft, period: tuple[date, date] | None) -> tuple[str, list[str]]:
        writers = {
            NoticeKind.FORMATION_START: self.formation_start, NoticeKind.GATHERING: self.gathering,
            NoticeKind.COMPOSITION: self.composition, NoticeKind.MONITORING: self.monitoring,
            NoticeKind.ACT_SUMMARY: self.act_summary,
            NoticeKind.REPORT_RESULTS: lambda draft: self.report_results(draft, period),
        }
        return writers[draft.kind](draft)

    def formation_start(self, draft: NoticeDraft) -> tuple[str, list[str]]:
        m = self.municipality
        secretary = m.responsible_secretary.strip()
        until = self.date(draft.event_on, DateCase.DATIVE) if draft.event_on else ""
        if secretary and until:
            applications = self.translate(
                "Applications and proposals of candidates are accepted by the responsible secretary of the aiyl okmotu,"
                " {secretary}, until {date}.", secretary=secretary, date=until,
            )  # fmt: skip
        elif secretary:
            applications = self.translate(
                "Applications and proposals of candidates are accepted by the responsible secretary of the aiyl okmotu,"
                " {secretary}.", secretary=secretary,
            )  # fmt: skip
        elif until:
            applications = self.translate("Applications and proposals of candidates are accepted at the aiyl okmotu until {date}.", date=until)
        else:
            applications = self.translate("Applications and proposals of candidates are accepted at the aiyl okmotu.")
        return self.translate("The formation of the joint monitoring and evaluation group begins"), [
            self.translate(
                "{aiyl_okmotu} announces the start of the formation of the joint monitoring and evaluation (JME) group.",
                aiyl_okmotu=m.aiyl_okmotu_name or m.name,
            ),
            self.translate(
                "The group of citizens, aiyl council deputies and municipal employees will monitor and evaluate the"
                " work of local self-government and the services provided to residents."
            ),
            self.translate(
                "At least half of the members are citizens and representatives of their associations, elected at a"
                " gathering of the local community. Residents aged 18 or over who live in the aiyl aimak and are"
                " respected in the community may stand as candidates."
            ),
            applications,
        ]

    def gathering(self, draft: NoticeDraft) -> tuple[str, list[str]]:
        meeting = self.session.get(Meeting, draft.meeting_id) if draft.meeting_id else None
        agenda = [item.title.strip() for item in meeting.agenda_items] if meeting else []
        lines = [
            self.translate(
                "{aiyl_okmotu} invites the residents of the aiyl aimak aged 18 or over to a gathering of the local community.",
                aiyl_okmotu=self.municipality.aiyl_okmotu_name,
            ),
            *self.event_lines(draft),
            self.translate("Agenda:"),
        ]
        if agenda:
            lines += [f"{number}) {title}" for number, title in enumerate(agenda, start=1)]
        else:
            lines += [
                "1) " + self.translate(
                    "Election of candidates from citizens and their associations to the joint monitoring and evaluation group"
                ),
                self.translate("Candidates who receive the votes of the majority of the participants are elected."),
            ]
        lines.append(self.translate("Your participation matters!"))
        return self.translate("Invitation to a gathering of the local community"), lines

    def composition(self, draft: NoticeDraft) -> tuple[str, list[str]]:
        resolution = self.session.get(Resolution, draft.resolution_id) if draft.resolution_id else None
        if resolution is not None:
            lines = [self.translate(
                "By resolution No. {number} of the {municipality} aiyl council of {date}, the joint monitoring and"
                " evaluation group has been formed as follows:", number=resolution.number,
                municipality=self.municipality.name, date=self.date(resolution.adopted_on, DateCase.ATTRIBUTIVE),
            )]  # fmt: skip
        else:
            lines = [self.translate("The joint monitoring and evaluation group has been formed as follows:")]
        lines += self.member_lines(self._members(resolution, draft))
        details = self.event_lines(draft)
        if details:
            lines += [self.translate("The first meeting of the group:"), *details]
        if resolution is not None:
            lines.append(self.translate("The full text of the resolution can be read at the aiyl okmotu."))
        return self.translate("On the composition of the joint monitoring and evaluation group and its first meeting"), lines

    def _members(self, resolution: Resolution | None, draft: NoticeDraft) -> list[Membership]:
        members: list[Membership] = []
        if resolution is not None:
            members = list(self.session.scalars(
                select(Membership).where(Membership.basis_resolution_id == resolution.id).order_by(Membership.id)
            ))  # fmt: skip
        if not members:
            day = draft.event_on or (resolution.adopted_on if resolution else None) or draft.created_on or date.today()
            members = active_memberships(self.session, self.municipality.id, day)
        return sorted(members, key=lambda m: (ROLE_ORDER.get(m.role, 9), m.id))

    def member_lines(self, members: list[Membership]) -> list[str]:
        lines = []
        for number, membership in enumerate(members, start=1):
            name = short_name(membership.person.given_name, membership.person.surname)
            category = label(membership.category, self.language)
            if membership.role is MemberRole.MEMBER:
                lines.append(f"{number}. {name} ({category})")
            else:
                lines.append(f"{number}. {name} — {label(membership.role, self.language)} ({category})")
        return lines

    def monitoring(self, draft: NoticeDraft) -> tuple[str, list[str]]:
        item = self.session.get(PlanItem, draft.plan_item_id) if draft.plan_item_id else None
        subject = item.subject.strip() if item else ""
        if item and item.starts_on and item.ends_on:
            when = self.period(item.starts_on, item.ends_on)
        elif item and item.quarter:
            when = self.translate("in quarter {quarter} of {year}", quarter=item.quarter, year=item.version.plan.year)
        else:
            when = ""
        if when and subject:
            first = self.translate("{period}, the joint monitoring and evaluation group will monitor {subject}.", period=when, subject=subject)
        elif subject:
            first = self.translate("The joint monitoring and evaluation group will monitor {subject}.", subject=subject)
        else:
            first = self.translate("The joint monitoring and evaluation group will carry out a monitoring.")
        lines = [first[:1].upper() + first[1:]]
        if item and item.monitored_object:
            lines.append(self.translate("Object of the monitoring: {name}", name=item.monitored_object.name))
        if draft.event_place.strip():
            lines.append(self.translate("Place: {place}", place=draft.event_place.strip()))
        if item and item.purpose.strip():
            lines.append(self.translate("Purpose: {text}.", text=item.purpose.strip().rstrip(".")))
        methods = [entry.method for entry in item.methods] if item else []
        if methods:
            lines.append(self.translate("Methods: {text}.", text=", ".join(label(method, self.language) for method in methods)))
        names = self._responsible_names(item)
        if names:
            lines.append(self.translate("Members responsible: {text}.", text=", ".join(names)))
        if SURVEYS.intersection(methods):
            lines.append(self.translate("Members of the group may visit households and ask residents to answer questions."))
        lines.append(self.translate("Please send your questions, complaints and proposals to the members of the group or to the aiyl okmotu."))
        return self.translate("A monitoring is coming"), lines

    def _responsible_names(self, item: PlanItem | None) -> list[str]:
        if item is None or not item.responsibles:
            return []
        ids = [entry.membership_id for entry in item.responsibles]
        members = self.session.scalars(select(Membership).where(Membership.id.in_(ids)).order_by(Membership.id))
        return [short_name(m.person.given_name, m.person.surname) for m in members]

    def act_summary(self, draft: NoticeDraft) -> tuple[str, list[str]]:
        act = self.session.get(Act, draft.act_id) if draft.act_id else None
        if act is None or act.municipality_id != self.municipality.id:
            raise UserError(self.translate("Choose the act the notice summarises."))
        if act.status is ActStatus.DRAFT:
            raise UserError(self.translate("The act is still a draft: issue it first."))
        number = act.display_number
        lines = [self.translate(
            "On {date}, the joint monitoring and evaluation group issued act No. {number} on the results of the"
            " monitoring of {subject}.", date=self.date(act.issued_on, DateCase.LOCATIVE), number=number,
            subject=act.subject.strip().rstrip("."),
        )]  # fmt: skip
        # Kept short so that it reads from two metres: the findings and the period stay in the act.
        if act.recommendations:
            lines.append(self.translate("Recommendations of the group:"))
            lines += [self._recommendation(n, r) for n, r in enumerate(act.recommendations, start=1)]
        lines.append(self.translate("The full text of the act can be read at the aiyl okmotu."))
        return self.translate("Results of a monitoring: act No. {number}", number=number), lines

    def _recommendation(self, number: int, recommendation) -> str:
        text = recommendation.text.strip()
        if recommendation.due_on:
            text = self.translate("{text} (due {date})", text=text.rstrip("."), date=short_date(recommendation.due_on))
        addressee = recommendation.addressee.strip()
        return f"{number}) {addressee}: {text}" if addressee else f"{number}) {text}"

    def report_results(self, draft: NoticeDraft, period: tuple[date, date] | None) -> tuple[str, list[str]]:
        start, end = period or report_period(draft.event_on or draft.created_on or date.today())
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            case = DateCase.ATTRIBUTIVE if self.language == "ky" else DateCase.PLAIN
            title = self.translate("Results of the work of the joint monitoring and evaluation group in {year}",
                           year=year_phrase(start.year, case, language=self.language))  # fmt: skip
        else:
            span = self.period(start, end, N_("over the period from {start} to {end}"))
            title = self.translate("Results of the work of the joint monitoring and evaluation group {period}", period=span)
        if draft.event_on:
            lines = [self.translate(
                "On {date}, at the aiyl okmotu's annual public report, the summary report of the joint monitoring and"
                " evaluation group was presented to the community.", date=self.date(draft.event_on, DateCase.LOCATIVE),
            )]  # fmt: skip
        else:
            lines = [self.translate(
                "The summary report of the joint monitoring and evaluation group was presented to the community at"
                " the aiyl okmotu's annual public report."
            )]
        chair = next((m for m in active_memberships(self.session, self.municipality.id, draft.event_on or end)
                      if m.role is MemberRole.CHAIR), None)  # fmt: skip
        if chair is not None:
            name = short_name(chair.person.given_name, chair.person.surname)
            lines.append(self.translate("It was presented by the chair of the group, {name}.", name=name))
        lines.append(self.translate("Main results:"))
        lines += self._results(start, end)
        lines.append(self.translate("The full text of the summary report can be read at the aiyl okmotu."))
        return title, lines

    def _results(self, start: date, end: date) -> list[str]:
        acts = list(self.session.scalars(
            select(Act).where(
                Act.municipality_id == self.municipality.id, Act.status != ActStatus.DRAFT,
                Act.issued_on >= start, Act.issued_on <= end,
            ).order_by(Act.issued_on, Act.id)
        ))  # fmt: skip
        if acts:
            numbers = ", ".join(f"№ {act.display_number}" for act in acts)
            lines = [self.translate("Acts issued: {count} ({numbers})", count=len(acts), numbers=numbers)]
        else:
            lines = [self.translate("No acts were issued in this period.")]
        recommendations = [r for act in acts for r in act.recommendations]
        if recommendations:
            counts = {status: sum(1 for r in recommendations if r.status is status) for status in REPORTED_STATUSES}
            parts = ", ".join(f"{label(status, self.language)} — {count}" for status, count in counts.items() if count)
            lines.append(self.translate("Recommendations made: {count}, of which {parts}", count=len(recommendations), parts=parts))
        meetings = self.session.scalar(
            select(func.count(Meeting.id)).where(
                Meeting.municipality_id == self.municipality.id, Meeting.kind == MeetingKind.GROUP_MEETING,
                Meeting.held_on >= start, Meeting.held_on <= end,
            )
        )  # fmt: skip
        lines.append(self.translate("Meetings of the group held: {count}", count=meetings))
        return lines
