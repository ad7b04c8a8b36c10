"""The summary report's sections worded in the document's language: text, tables and charts.

Each function turns one part of a ``ReportData`` into a ``ReportSection`` of the printed report;
the same tables feed the spreadsheet (``services.spreadsheet``) and the charts the report screen.
"""

from __future__ import annotations

from datetime import date

from bmb_desktop.documents.report_blocks import ChartBlock, ReportSection, TableBlock, TextBlock
from bmb_desktop.domain.deadlines import DeadlineKind
from bmb_desktop.domain.enums import MeetingKind, MemberCategory, RecommendationStatus, Sex, SocialGroup
from bmb_desktop.domain.indicators import Outlook
from bmb_desktop.domain.report import AnswerState, ItemState
from bmb_desktop.locale.dates import DateCase, document_date, short_date
from bmb_desktop.locale.formatting import format_number, format_percent
from bmb_desktop.locale.i18n import translate as translate_text
from bmb_desktop.locale.labels import label
from bmb_desktop.services.report import ReportData

STATUS_COLOURS = {
    RecommendationStatus.IMPLEMENTED: "good", RecommendationStatus.PARTLY_IMPLEMENTED: "partly",
    RecommendationStatus.ACCEPTED: "accepted", RecommendationStatus.IN_PROGRESS: "progress",
    RecommendationStatus.OPEN: "open", RecommendationStatus.REJECTED: "bad", RecommendationStatus.NOT_CONSIDERED: "dark",
}  # fmt: skip
ANSWER_COLOURS = {AnswerState.ON_TIME: "good", AnswerState.LATE: "late", AnswerState.OVERDUE: "bad", AnswerState.PENDING: "open"}
SURVEY_COLOURS = ("fact", "late", "good", "accepted", "bad", "dark")


class Wording:
    """The document's language and the formats every section shares."""

    def __init__(self, language: str) -> None:
        self.language = language

    def translate(self, msgid: str, **values: object) -> str:
        return translate_text(msgid, self.language, **values)

    def date(self, day: date, case: DateCase = DateCase.PLAIN) -> str:
        return document_date(day, self.language, case=case)

    def short(self, day: date | None) -> str:
        return short_date(day) if day else ""

    def percent(self, share: float | None) -> str:
        return format_percent(share, self.language) if share is not None else "—"

    def number(self, value: float | None) -> str:
        return format_number(round(value, 1), self.language) if value is not None else ""

    def label(self, value) -> str:
        return label(value, self.language)

    def yes_no(self, value: bool | None) -> str:
        return "—" if value is None else self.translate("yes" if value else "no")


def composition(data: ReportData, w: Wording) -> ReportSection:
    members = data.members
    count = {c: sum(1 for m in members if m.category is c) for c in MemberCategory}
    citizens = count[MemberCategory.CITIZEN] + count[MemberCategory.ASSOCIATION_REPRESENTATIVE]
    women = sum(1 for m in members if m.sex is Sex.FEMALE)
    blocks: list = [TextBlock(w.translate(
        "As of {date} the group has {count} members: {employees} municipal employees, {deputies} council deputies and"
        " {citizens} citizens or representatives of citizens' associations; {women} women and {men} men.",
        date=w.date(data.as_of, DateCase.DATIVE), count=len(members), employees=count[MemberCategory.MUNICIPAL_EMPLOYEE],
        deputies=count[MemberCategory.COUNCIL_DEPUTY], citizens=citizens, women=women, men=len(members) - women,
    ))]  # fmt: skip
    blocks.append(TableBlock(
        (w.translate("No."), w.translate("Name"), w.translate("Category"), w.translate("Role"), w.translate("Sex")),
        tuple((str(n), m.full_name, w.label(m.category), w.label(m.role), w.label(m.sex)) for n, m in enumerate(members, start=1)),
        (7, 50, 45, 25, 18), centred=(0,),
    ))  # fmt: skip
    if not data.changes:
        blocks.append(TextBlock(w.translate("The composition of the group did not change during the period.")))
    else:
        blocks.append(TextBlock(w.translate("Changes in the composition during the period:")))
        rows = tuple(
            (w.short(c.on), c.full_name, w.translate("joined the group") if c.joined else _left(c, w), w.label(c.category))
            for c in data.changes
        )  # fmt: skip
        blocks.append(TableBlock((w.translate("Date"), w.translate("Name"), w.translate("Change"), w.translate("Category")), rows, (21, 50, 45, 40), centred=(0,)))
    if data.conflicts:
        blocks.append(TextBlock(w.translate("Conflicts of interest declared during the period:")))
        rows = tuple((w.short(c.declared_on), c.name, c.subject, w.yes_no(c.removed)) for c in data.conflicts)
        header = (w.translate("Date"), w.translate("Member"), w.translate("Object or subject"), w.translate("Removed from the monitoring"))
        blocks.append(TableBlock(header, rows, (21, 35, 70, 30), centred=(0, 3)))
    return ReportSection(w.translate("Composition of the group and its changes"), tuple(blocks))


def _left(change, w: Wording) -> str:
    ground = w.label(change.ground) if change.ground else ""
    return w.translate("left the group: {ground}", ground=ground) if ground else w.translate("left the group")


def meetings(data: ReportData, w: Wording) -> ReportSection:
    group = data.group_meetings
    blocks: list = []
    if group:
        blocks.append(TextBlock(w.translate(
            "{count} group meetings were held in the period; {quorate} of them had a quorum. On average {share} of the"
            " members attended.", count=len(group), quorate=data.quorate_meetings, share=w.percent(data.attendance_share),
        )))  # fmt: skip
        without = [m.label or w.short(m.held_on) for m in group if m.quorum is False]
        if without:
            blocks.append(TextBlock(w.translate("Without a quorum: protocol No. {numbers}; its decisions are not valid.", numbers=", ".join(without))))
    else:
        blocks.append(TextBlock(w.translate("The group held no meetings in the period.")))
    others = {kind: sum(1 for m in data.meetings if m.kind is kind) for kind in (MeetingKind.COMMUNITY_GATHERING, MeetingKind.OBSERVED_EVENT)}
    if any(others.values()):
        blocks.append(TextBlock(w.translate(
            "Besides, the group held or took part in {gatherings} community gatherings and observed {events} events.",
            gatherings=others[MeetingKind.COMMUNITY_GATHERING], events=others[MeetingKind.OBSERVED_EVENT],
        )))  # fmt: skip
    if data.meetings:
        rows = tuple(
            (
                m.label, w.short(m.held_on), w.label(m.kind), m.title,
                f"{m.present}/{m.membership}" if m.kind is MeetingKind.GROUP_MEETING else (str(m.participants) if m.participants is not None else ""),
                w.yes_no(m.quorum), str(m.decisions),
            )
            for m in data.meetings
        )  # fmt: skip
        strong = tuple((row, 5) for row, m in enumerate(data.meetings) if m.quorum is False)
        header = (w.translate("Protocol"), w.translate("Date"), w.translate("Kind"), w.translate("Place or title"),
                  w.translate("Present"), w.translate("Quorum"), w.translate("Decisions"))  # fmt: skip
        blocks.append(TableBlock(header, rows, (18, 21, 28, 46, 22, 15, 18), centred=(0, 1, 4, 5, 6), strong=strong))
    return ReportSection(w.translate("Meetings, attendance and quorum"), tuple(blocks))


def plan(data: ReportData, w: Wording) -> ReportSection:
    title = w.translate("The plan and how far it was carried out")
    facts = data.plan
    if facts is None or facts.version is None:
        return ReportSection(title, (TextBlock(w.translate("There is no plan for {year}.", year=data.period.year)),))
    states = data.item_states
    if facts.approval:
        intro = w.translate(
            "The plan for {year} (version {version}, approved by resolution No. {number} of {date}) has {count} items.",
            year=data.period.year, version=facts.version, number=facts.approval[0],
            date=w.date(facts.approval[1], DateCase.ATTRIBUTIVE), count=len(data.plan_lines),
        )  # fmt: skip
    else:
        intro = w.translate("The plan for {year} (version {version}, not yet approved) has {count} items.", year=data.period.year, version=facts.version, count=len(data.plan_lines))
    state_text = w.translate(
        "By {date}: {done} carried out, {overdue} overdue, {not_due} not yet due, {cancelled} cancelled. Of the items"
        " due, {share} were carried out.",
        date=w.date(data.as_of, DateCase.DATIVE), done=states[ItemState.DONE], overdue=states[ItemState.OVERDUE],
        not_due=states[ItemState.NOT_DUE], cancelled=states[ItemState.CANCELLED], share=w.percent(data.carried_out_share),
    )  # fmt: skip
    rows = tuple(
        (str(p.position), p.object_name, p.subject, p.timing, ", ".join(p.responsible), item_state_text(p, w))
        for p in data.plan_lines
    )  # fmt: skip
    strong = tuple((row, 5) for row, p in enumerate(data.plan_lines) if p.state is ItemState.OVERDUE)
    header = (w.translate("No."), w.translate("Object"), w.translate("Subject"), w.translate("Timing"), w.translate("Responsible"), w.translate("Carried out"))
    return ReportSection(title, (TextBlock(intro), TextBlock(state_text), TableBlock(header, rows, (7, 34, 52, 26, 24, 25), centred=(0,), strong=strong)))


def item_state_text(line, w: Wording) -> str:
    if line.state is ItemState.DONE:
        return w.translate("carried out: act No. {numbers}", numbers=", ".join(line.acts))
    if line.state is ItemState.CANCELLED:
        reason = f": {line.cancel_reason}" if line.cancel_reason else ""
        return w.translate("cancelled") + reason
    return w.translate("overdue") if line.state is ItemState.OVERDUE else w.translate("not yet due")


def monitorings(data: ReportData, w: Wording) -> ReportSection:
    acts = data.current_acts
    title = w.translate("Monitorings carried out and their methods")
    if not acts:
        return ReportSection(title, (TextBlock(w.translate("No monitoring was completed with an act in the period.")),))
    counts = ", ".join(f"{w.label(method)} — {count}" for method, count in data.method_counts.items())
    blocks = [
        TextBlock(w.translate("{count} monitorings were carried out in the period, each recorded in an act.", count=len(acts))),
        TextBlock(w.translate("Methods used (number of monitorings): {methods}.", methods=counts or "—")),
    ]
    rows = tuple(
        (a.number, a.object_name, w.label(a.subject_kind), " – ".join(w.short(d) for d in (a.period_start, a.period_end) if d), ", ".join(w.label(m) for m in a.methods))
        for a in acts
    )  # fmt: skip
    header = (w.translate("Act"), w.translate("Object"), w.translate("Subject"), w.translate("Monitoring period"), w.translate("Methods"))
    blocks.append(TableBlock(header, rows, (17, 42, 30, 27, 52), centred=(0,)))
    return ReportSection(title, tuple(blocks))


def acts(data: ReportData, w: Wording) -> ReportSection:
    title = w.translate("Acts issued")
    if not data.acts:
        return ReportSection(title, (TextBlock(w.translate("No acts were issued in the period.")),))
    rows = []
    for a in data.acts:
        number = a.number + (f"\n({w.translate('superseded by act No. {number}', number=a.superseded_by)})" if a.superseded_by else "")
        rows.append((number, w.short(a.issued_on), a.object_name, "\n".join(a.main_findings), str(a.recommendations)))
    header = (w.translate("No."), w.translate("Date"), w.translate("Object"), w.translate("Main findings"), w.translate("Recommendations"))
    intro = TextBlock(w.translate("{count} acts were issued in the period; each went to the object, the aiyl okmotu and the council.", count=len(data.current_acts)))
    return ReportSection(title, (intro, TableBlock(header, tuple(rows), (17, 21, 36, 72, 27), centred=(0, 1, 4))))


def answers(data: ReportData, w: Wording, chart: ChartBlock | None) -> ReportSection:
    title = w.translate("Answers of the objects and the aiyl okmotu")
    if not data.answers:
        return ReportSection(title, (TextBlock(w.translate("No answer to an act was due in the period.")),))
    c = data.answer_counts()
    blocks: list = [TextBlock(w.translate(
        "The objects answer an act within 10 working days of receiving it, the aiyl okmotu reports to the council within"
        " 30 days. Of the {due} answers due by {date}, {on_time} came on time, {late} late and {overdue} did not come;"
        " {pending} were not yet due.",
        due=c[AnswerState.ON_TIME] + c[AnswerState.LATE] + c[AnswerState.OVERDUE], date=w.date(data.as_of, DateCase.DATIVE),
        on_time=c[AnswerState.ON_TIME], late=c[AnswerState.LATE], overdue=c[AnswerState.OVERDUE], pending=c[AnswerState.PENDING],
    ))]  # fmt: skip
    if chart is not None:
        blocks.append(chart)
    rows = tuple(
        (a.act_number, a.party, w.short(a.received_on), w.short(a.due_on), w.short(a.answered_on), answer_label(a.state, w), a.measures)
        for a in data.answers
    )  # fmt: skip
    strong = tuple((row, 5) for row, a in enumerate(data.answers) if a.state in (AnswerState.LATE, AnswerState.OVERDUE))
    header = (w.translate("Act"), w.translate("Who answers"), w.translate("Act received"), w.translate("Due"),
              w.translate("Answered"), w.translate("State"), w.translate("Measures reported"))  # fmt: skip
    blocks.append(TableBlock(header, rows, (17, 30, 21, 21, 21, 19, 43), centred=(0, 2, 3, 4), strong=strong))
    return ReportSection(title, tuple(blocks))


def answer_label(state: AnswerState, w: Wording) -> str:
    return {
        AnswerState.ON_TIME: w.translate("on time"), AnswerState.LATE: w.translate("late"),
        AnswerState.OVERDUE: w.translate("not received"), AnswerState.PENDING: w.translate("not yet due"),
    }[state]  # fmt: skip


def recommendations(data: ReportData, w: Wording, chart: ChartBlock | None) -> ReportSection:
    title = w.translate("Recommendations and their implementation")
    if not data.recommendations:
        return ReportSection(title, (TextBlock(w.translate("The acts of the period made no recommendations.")),))
    counts = ", ".join(f"{w.label(status)} — {count}" for status, count in data.status_counts.items())
    blocks: list = [
        TextBlock(w.translate(
            "The acts of the period made {count} recommendations. Their status on {date}: {counts}.",
            count=len(data.recommendations), date=w.date(data.as_of, DateCase.LOCATIVE), counts=counts,
        )),
        TextBlock(w.translate(
            "Implementation rate: {rate} (a partly implemented recommendation counts as half).", rate=w.percent(data.implementation_rate),
        )),
    ]  # fmt: skip
    if chart is not None:
        blocks.append(chart)
    rows = tuple((r.act_number, r.addressee, r.text, w.short(r.due_on), w.label(r.status)) for r in data.recommendations)
    strong = tuple((row, 4) for row, r in enumerate(data.recommendations) if r.status in (RecommendationStatus.REJECTED, RecommendationStatus.NOT_CONSIDERED))
    header = (w.translate("Act"), w.translate("Addressee"), w.translate("Recommendation"), w.translate("Due"), w.translate("Status"))
    blocks.append(TableBlock(header, rows, (17, 33, 75, 21, 26), centred=(0, 3), strong=strong))
    return ReportSection(title, tuple(blocks))


def indicators(data: ReportData, w: Wording, chart: ChartBlock | None) -> ReportSection:
    title = w.translate("Development programme indicators: plan and fact")
    if not data.indicators:
        return ReportSection(title, (TextBlock(w.translate("No development programme indicators are recorded.")),))
    behind = [i.code or i.name for i in data.indicators if i.outlook.is_flagged]
    blocks: list = [TextBlock(w.translate("The latest measured value of each indicator by {date}, against where the plan stood on the same day.", date=w.date(data.as_of, DateCase.DATIVE)))]
    if behind:
        blocks.append(TextBlock(w.translate("Behind the plan or missed: {codes}.", codes=", ".join(behind))))
    if chart is not None:
        blocks.append(chart)
    quantitative = [i for i in data.indicators if i.quantitative]
    rows = tuple(
        (i.code, i.name, i.unit, w.number(i.baseline), f"{w.number(i.target)}\n{w.short(i.deadline)}".strip(),
         w.number(i.planned), f"{w.number(i.fact)}\n{w.short(i.fact_on)}".strip(), outlook_text(i.outlook, w))
        for i in quantitative
    )  # fmt: skip
    strong = tuple((row, 7) for row, i in enumerate(quantitative) if i.outlook.is_flagged)
    header = (w.translate("Code"), w.translate("Indicator"), w.translate("Unit"), w.translate("Baseline"), w.translate("Target"),
              w.translate("Plan"), w.translate("Fact"), w.translate("Outlook"))  # fmt: skip
    if rows:
        blocks.append(TableBlock(header, rows, (11, 55, 15, 15, 19, 15, 19, 24), centred=(0, 3, 4, 5, 6), strong=strong))
    for i in data.indicators:
        if not i.quantitative and i.descriptions:
            blocks.append(TextBlock(f"{i.code} {i.name}: " + " ".join(i.descriptions), "body_left"))
    return ReportSection(title, tuple(blocks))


def outlook_text(outlook: Outlook, w: Wording) -> str:
    from bmb_desktop.services.indicators import outlook_label

    return outlook_label(outlook, w.language)


def notices(data: ReportData, w: Wording) -> ReportSection:
    title = w.translate("Notices posted")
    if not data.notices:
        return ReportSection(title, (TextBlock(w.translate("No notices were posted in the period.")),))
    rows = tuple((w.short(n.first_posted_on), w.label(n.kind), n.title, str(n.boards)) for n in data.notices)
    header = (w.translate("Posted"), w.translate("Kind"), w.translate("Title"), w.translate("Boards"))
    intro = TextBlock(w.translate("{count} notices were posted on the notice boards in the period.", count=len(data.notices)))
    return ReportSection(title, (intro, TableBlock(header, rows, (21, 45, 88, 17), centred=(0, 3))))


def residents(data: ReportData, w: Wording, chart: ChartBlock | None) -> ReportSection | None:
    """Residents' messages and survey results; None when the period has neither."""
    if not data.messages and not data.surveys:
        return None
    blocks: list = []
    if data.messages:
        answered = sum(1 for m in data.messages if m.responded_on is not None)
        channels = ", ".join(f"{w.label(c)} — {n}" for c, n in _counts(m.channel for m in data.messages).items())
        blocks.append(TextBlock(w.translate(
            "{count} messages from residents were received ({channels}); the group responded to {answered}.",
            count=len(data.messages), channels=channels, answered=answered,
        )))  # fmt: skip
        rows = tuple(
            (w.short(m.received_on), w.label(m.channel), m.village, w.label(m.social_group), m.text, _concerns(m, w), m.response)
            for m in data.messages
        )  # fmt: skip
        header = (w.translate("Date"), w.translate("Channel"), w.translate("Village"), w.translate("Social group"),
                  w.translate("Message"), w.translate("Concerns"), w.translate("Response"))  # fmt: skip
        blocks.append(TableBlock(header, rows, (21, 20, 17, 25, 43, 21, 41), centred=(0,)))
    if data.surveys:
        blocks.append(TextBlock(w.translate("Satisfaction surveys of the period, by social group:")))
        rows = tuple(
            (w.short(s.surveyed_on), s.title, group_label(s.social_group, w), str(s.respondents), str(s.satisfied), w.percent(s.share))
            for s in data.surveys
        )  # fmt: skip
        header = (w.translate("Date"), w.translate("Survey"), w.translate("Social group"), w.translate("Respondents"),
                  w.translate("Satisfied"), w.translate("Share"))  # fmt: skip
        blocks.append(TableBlock(header, rows, (21, 45, 30, 24, 29, 16), centred=(0, 3, 4, 5)))
        if chart is not None:
            blocks.append(chart)
    return ReportSection(w.translate("Residents' messages and survey results"), tuple(blocks))


def group_label(group: SocialGroup | None, w: Wording) -> str:
    return w.label(group) if group is not None else w.translate("all respondents")


def _concerns(message, w: Wording) -> str:
    if message.act_number:
        return w.translate("act No. {number}", number=message.act_number)
    if message.plan_item is not None:
        return w.translate("plan item {position}", position=message.plan_item)
    return ""


def _counts(values) -> dict:
    found: dict = {}
    for value in values:
        found[value] = found.get(value, 0) + 1
    return found


def charts(data: ReportData, w: Wording) -> dict[str, ChartBlock]:
    """The four charts, keyed "recommendations", "answers", "indicators", "satisfaction"; absent without data."""
    found: dict[str, ChartBlock] = {}
    if data.recommendations:
        counts = data.status_counts
        found["recommendations"] = ChartBlock(
            "recommendations", w.translate("Recommendations by status"), "pie", tuple(w.label(s) for s in counts),
            (("", tuple(float(n) for n in counts.values()), ""),), slice_colours=tuple(STATUS_COLOURS[s] for s in counts),
        )  # fmt: skip
    if data.answers:
        kinds = [k for k in (DeadlineKind.OBJECT_RESPONSE, DeadlineKind.AO_REPORT) if any(a.kind is k for a in data.answers)]
        by_kind = {k: data.answer_counts(k) for k in kinds}
        found["answers"] = ChartBlock(
            "answers", w.translate("Answers on time and late"), "stacked",
            tuple(w.translate("objects' answers") if k is DeadlineKind.OBJECT_RESPONSE else w.translate("aiyl okmotu's reports") for k in kinds),
            tuple((answer_label(state, w), tuple(float(by_kind[k][state]) for k in kinds), ANSWER_COLOURS[state]) for state in AnswerState),
        )  # fmt: skip
    drawn = [i for i in data.indicators if i.quantitative and i.share_of_target(i.fact) is not None and i.share_of_target(i.planned) is not None]
    drawn = [i for i in drawn if i.key] or drawn  # the key indicators of the dashboard, when some are marked
    if drawn:
        caption = (
            w.translate("Key indicators: plan and fact as a share of the target, %") if drawn[0].key
            else w.translate("Indicators: plan and fact as a share of the target, %")
        )  # fmt: skip
        found["indicators"] = ChartBlock(
            "indicators", caption, "bars",
            tuple(i.code or i.name for i in drawn),
            (
                (w.translate("plan"), tuple(100 * i.share_of_target(i.planned) for i in drawn), "plan"),
                (w.translate("fact"), tuple(100 * i.share_of_target(i.fact) for i in drawn), "fact"),
            ),
            percent=True,
        )  # fmt: skip
    if data.surveys:
        titles = list(dict.fromkeys(s.title for s in data.surveys))
        groups = [g for g in (None, *SocialGroup) if any(s.social_group == g for s in data.surveys)]
        series = []
        for index, title in enumerate(titles):
            shares = {s.social_group: s.share for s in data.surveys if s.title == title}
            series.append((title, tuple(100 * (shares.get(g) or 0) for g in groups), SURVEY_COLOURS[index % len(SURVEY_COLOURS)]))
        found["satisfaction"] = ChartBlock(
            "satisfaction", w.translate("Satisfied residents by social group, %"), "bars",
            tuple(group_label(g, w) for g in groups), tuple(series), percent=True,
        )  # fmt: skip
    return found
