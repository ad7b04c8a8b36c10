"""Which records of a municipality belong to a period's data bundle (``bundle_data``).

The period's own records — meetings held, acts issued, notices created or posted, letters sent,
residents' messages and survey results — and, taken along, every act, meeting and plan they refer
to, so each reference in the bundle can be resolved on import.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bmb_desktop.domain.enums import ActStatus
from bmb_desktop.domain.report import Period
from bmb_desktop.storage import models as m


class PeriodScope:
    """Which records of the municipality belong to the period, with everything they refer to."""

    def __init__(self, session: Session, municipality_id: int, period: Period) -> None:
        self.session, self.mid, self.period = session, municipality_id, period
        start, end = period.start, period.end
        self.meetings = set(self._query(m.Meeting, m.Meeting.held_on.between(start, end)))
        self.acts = set(self._query(m.Act, m.Act.status != ActStatus.DRAFT, m.Act.issued_on.between(start, end)))
        posted = select(m.Posting.notice_id).where(m.Posting.posted_on.between(start, end))
        self.notices = set(self._query(m.Notice, or_(m.Notice.created_on.between(start, end), m.Notice.id.in_(posted))))
        self.plans = set(self._query(m.Plan, m.Plan.year == period.year))
        self._close()

    def _query(self, model, *conditions) -> list:
        return list(self.session.scalars(select(model).where(model.municipality_id == self.mid, *conditions)))

    def all(self, model) -> list:
        return self._query(model)

    def conflicts(self) -> list:
        return list(self.session.scalars(select(m.ConflictDeclaration).join(m.Membership).where(m.Membership.municipality_id == self.mid)))

    def letters(self) -> list:
        return [x for x in self._query(m.Letter, m.Letter.sent_on.between(self.period.start, self.period.end)) if x.number]

    def messages(self) -> list:
        return self._query(m.ResidentMessage, m.ResidentMessage.received_on.between(self.period.start, self.period.end))

    def surveys(self) -> list:
        return self._query(m.SurveyResult, m.SurveyResult.surveyed_on.between(self.period.start, self.period.end))

    def summary_report(self):
        from bmb_desktop.services.report_drafts import find_draft

        return find_draft(self.session, self.mid, self.period)

    def _close(self) -> None:
        """Add the acts, meetings and plans the chosen records refer to, until nothing new appears."""
        get = self.session.get
        while True:
            acts, meetings, items = set(), set(), set()
            for act in self.acts:
                acts.add(act.supersedes_act_id)
                acts |= {n.follow_up_act_id for r in act.recommendations for n in r.notes}
                items.add(act.plan_item_id)
            for meeting in self.meetings:
                items.add(meeting.plan_item_id)
                for agenda in meeting.agenda_items:
                    for decision in agenda.decisions:
                        acts.add(decision.act_id)
                        if decision.plan_version_id is not None:
                            self.plans.add(get(m.PlanVersion, decision.plan_version_id).plan)
            for notice in self.notices:
                acts.add(notice.act_id)
                meetings.add(notice.meeting_id)
                items.add(notice.plan_item_id)
            for record in self.messages() + self.letters():
                acts.add(record.act_id)
                items.add(record.plan_item_id)
            new_acts = {a for a in (get(m.Act, i) for i in acts if i) if a.status is not ActStatus.DRAFT} - self.acts
            new_meetings = {get(m.Meeting, i) for i in meetings if i} - self.meetings
            new_plans = {get(m.PlanItem, i).version.plan for i in items if i} - self.plans
            if not (new_acts or new_meetings or new_plans):
                return
            self.acts |= new_acts
            self.meetings |= new_meetings
            self.plans |= new_plans
