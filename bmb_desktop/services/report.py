"""The summary report's data for one period (S1): plain dataclasses gathered from the database.

Everything is seen as of the period's end (or today while it runs, ``domain.report.Period``):
the group's composition and its changes; the meetings with attendance and quorum; the year's
plan item by item; the monitorings done with their methods; the acts issued; the answers of the
objects and the aiyl okmotu, on time or late; recommendations by status; indicators plan versus
fact; notices posted; residents' messages and survey results. The report document, the
spreadsheet and the report screen all read a ``ReportData``; gathering lives in ``report_parts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bmb_desktop.domain import report as rules
from bmb_desktop.domain.deadlines import DeadlineKind
from bmb_desktop.domain.enums import (
    EvidenceSource, FindingKind, IndicatorKind, MeetingKind, MemberCategory, MemberRole, MonitoringMethod, NoticeKind,
    PlanItemStatus, RecommendationStatus, ResidentChannel, Sex, SocialGroup, SubjectKind, WithdrawalGround,
)  # fmt: skip
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.domain.report import AnswerState, ItemState, Period
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _
from bmb_desktop.services.report_drafts import ReportDraft, load_draft


@dataclass(frozen=True)
class Council:
    """The municipality as the report's title page and signature need it."""

    name: str
    district: str
    region: str
    administrative_centre: str
    aiyl_okmotu_name: str
    aiyl_okmotu_head: str
    council_name: str
    convocation: str
    council_chair: str


@dataclass(frozen=True)
class MemberLine:
    full_name: str
    category: MemberCategory
    role: MemberRole
    sex: Sex


@dataclass(frozen=True)
class ChangeLine:
    on: date
    full_name: str
    joined: bool  # False: left the group
    category: MemberCategory
    role: MemberRole
    ground: WithdrawalGround | None = None
    note: str = ""


@dataclass(frozen=True)
class ConflictLine:
    declared_on: date
    name: str
    subject: str
    removed: bool


@dataclass(frozen=True)
class MeetingLine:
    label: str  # the protocol number "3/2026"; empty for an observed event
    kind: MeetingKind
    held_on: date
    title: str  # the place of a group meeting, the title of a gathering or event
    membership: int
    present: int
    quorum: bool | None  # None: no quorum applies (not a group meeting)
    decisions: int
    participants: int | None  # residents at a gathering


@dataclass(frozen=True)
class PlanLine:
    position: int
    object_name: str
    subject_kind: SubjectKind
    subject: str
    timing: str
    due_on: date
    status: PlanItemStatus
    state: ItemState
    acts: tuple[str, ...]
    methods: tuple[MonitoringMethod, ...]
    responsible: tuple[str, ...]
    cancel_reason: str = ""


@dataclass(frozen=True)
class ActLine:
    number: str
    issued_on: date
    object_name: str
    subject_kind: SubjectKind | None
    subject: str
    period_start: date | None
    period_end: date | None
    findings: tuple[tuple[FindingKind, MonitoringMethod | None, str], ...]
    methods: tuple[MonitoringMethod, ...]
    recommendations: int
    superseded_by: str = ""  # the number of the act that replaced it by the report's day

    @property
    def main_findings(self) -> tuple[str, ...]:
        """The first fact and the first evaluation: what the act mainly found."""
        firsts = {}
        for kind, _method, text in self.findings:
            firsts.setdefault(kind, text)
        return tuple(firsts[kind] for kind in FindingKind if kind in firsts)


@dataclass(frozen=True)
class AnswerLine:
    act_number: str
    party: str
    kind: DeadlineKind
    received_on: date  # the day the party received the act
    due_on: date
    answered_on: date | None  # None: not received by the report's day
    state: AnswerState
    measures: str = ""


@dataclass(frozen=True)
class RecommendationLine:
    act_number: str
    addressee: str
    text: str
    due_on: date | None
    status: RecommendationStatus


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    name: str
    kind: IndicatorKind
    unit: str
    quantitative: bool
    baseline: float | None
    target: float | None
    deadline: date | None
    planned: float | None  # where the plan stood at the latest measurement
    fact: float | None
    fact_on: date | None
    source: EvidenceSource | None
    outlook: Outlook
    key: bool = False  # on the dashboard
    descriptions: tuple[str, ...] = ()  # a qualitative indicator's assessments in the period

    def share_of_target(self, value: float | None) -> float | None:
        if value is None or not self.target:
            return None
        return value / self.target


@dataclass(frozen=True)
class NoticeLine:
    first_posted_on: date
    kind: NoticeKind
    title: str
    boards: int


@dataclass(frozen=True)
class MessageLine:
    received_on: date
    channel: ResidentChannel
    village: str
    social_group: SocialGroup | None
    text: str
    act_number: str  # the act it concerns, "1/2026"
    plan_item: int | None  # else the position of the plan item it concerns
    response: str
    responded_on: date | None


@dataclass(frozen=True)
class SurveyLine:
    surveyed_on: date
    title: str
    social_group: SocialGroup | None  # None: all respondents
    respondents: int
    satisfied: int

    @property
    def share(self) -> float | None:
        return rules.satisfied_share(self.satisfied, self.respondents)


@dataclass(frozen=True)
class PlanFacts:
    year: int
    version: int | None  # None: no plan for the year
    approval: tuple[str, date] | None  # the approving resolution's number and date


@dataclass
class ReportData:
    council: Council
    period: Period
    as_of: date
    chair_name: str
    members: list[MemberLine] = field(default_factory=list)
    changes: list[ChangeLine] = field(default_factory=list)
    conflicts: list[ConflictLine] = field(default_factory=list)
    meetings: list[MeetingLine] = field(default_factory=list)
    plan: PlanFacts | None = None
    plan_lines: list[PlanLine] = field(default_factory=list)
    acts: list[ActLine] = field(default_factory=list)
    answers: list[AnswerLine] = field(default_factory=list)
    recommendations: list[RecommendationLine] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    notices: list[NoticeLine] = field(default_factory=list)
    messages: list[MessageLine] = field(default_factory=list)
    surveys: list[SurveyLine] = field(default_factory=list)
    draft: ReportDraft = field(default_factory=ReportDraft)

    @property
    def interim(self) -> bool:
        """The period is still running: the report shows it as far as it has gone."""
        return self.as_of < self.period.end

    @property
    def group_meetings(self) -> list[MeetingLine]:
        return [m for m in self.meetings if m.kind is MeetingKind.GROUP_MEETING]

    @property
    def quorate_meetings(self) -> int:
        return sum(1 for m in self.group_meetings if m.quorum)

    @property
    def attendance_share(self) -> float | None:
        return rules.attendance_share((m.present, m.membership) for m in self.group_meetings)

    @property
    def current_acts(self) -> list[ActLine]:
        """The acts not replaced by another: the monitorings that count."""
        return [act for act in self.acts if not act.superseded_by]

    @property
    def method_counts(self) -> dict[MonitoringMethod, int]:
        """How many of the period's monitorings used each method, in the vocabulary's order."""
        counts = {method: sum(1 for a in self.current_acts if method in a.methods) for method in MonitoringMethod}
        return {method: count for method, count in counts.items() if count}

    @property
    def status_counts(self) -> dict[RecommendationStatus, int]:
        return rules.status_counts(r.status for r in self.recommendations)

    @property
    def implementation_rate(self) -> float | None:
        return rules.implementation_rate(r.status for r in self.recommendations)

    def answer_counts(self, kind: DeadlineKind | None = None) -> dict[AnswerState, int]:
        return rules.answer_counts(a.state for a in self.answers if kind is None or a.kind is kind)

    @property
    def on_time_share(self) -> float | None:
        return rules.on_time_share(a.state for a in self.answers)

    @property
    def item_states(self) -> dict[ItemState, int]:
        return {state: sum(1 for line in self.plan_lines if line.state is state) for state in ItemState}

    @property
    def carried_out_share(self) -> float | None:
        return rules.carried_out_share([line.state for line in self.plan_lines])


def report_period(year: int | None, half: int | None, *, today: date) -> Period:
    """The period asked for, refused with a reason when it is not one or has not begun."""
    try:
        period = Period(year if year is not None else today.year, half)
    except ValueError:
        raise ValidationError({"period": _("Choose a year from {first} to {last} and, for a half-year, 1 or 2.", first=rules.FIRST_YEAR, last=rules.LAST_YEAR)}) from None
    if not period.has_begun(today):
        raise ValidationError({"period": _("The period has not begun yet: there is nothing to report.")})
    return period


def gather_report(session: Session, municipality_id: int, *, period: Period, today: date) -> ReportData:
    """Everything the summary report of ``period`` shows, as of its end or ``today``."""
    from bmb_desktop.services import report_parts as parts

    as_of = period.as_of(today)
    data = ReportData(
        council=parts.council(session, municipality_id), period=period, as_of=as_of,
        chair_name=parts.chair_name(session, municipality_id, as_of),
    )  # fmt: skip
    data.members, data.changes = parts.composition(session, municipality_id, period, as_of)
    data.conflicts = parts.conflicts(session, municipality_id, period, as_of)
    data.meetings = parts.meetings(session, municipality_id, period, as_of)
    data.plan, data.plan_lines = parts.plan(session, municipality_id, period, as_of)
    data.acts, data.answers, data.recommendations = parts.acts(session, municipality_id, period, as_of)
    data.indicators = parts.indicators(session, municipality_id, period, as_of)
    data.notices = parts.notices(session, municipality_id, period, as_of)
    data.messages, data.surveys = parts.residents(session, municipality_id, period, as_of)
    data.draft = load_draft(session, municipality_id, period)
    return data
