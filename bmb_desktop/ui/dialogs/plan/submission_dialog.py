"""Submitting a discussed version to the aiyl kenesh: the date, and for an amendment its reason and
the group's vote on it (P3), with what is still missing shown beside each."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from bmb_desktop.services.plan import find_version, set_amendment_reason, submit_version
from bmb_desktop.services.plan_votes import GroupVote, group_votes
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import text_box
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.formatting import display_date


class SubmissionDialog(PlanFormDialog):
    def __init__(self, context: AppContext, *, version_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.version_id = version_id
        with context.database.session() as session:
            version = find_version(session, context.municipality_id, version_id)
            self.amendment, year, reason = version.number > 1, version.plan.year, version.amendment_reason
            self.unanswered = sum(1 for p in version.proposals if p.accepted is None)
            self.proposal_count = len(version.proposals)
            self.votes = group_votes(session, version_id)
        self.submitted_on = self.add_field("submitted_on", DateField(popup_year=year, parent=self))
        self.submitted_on.set_date(context.today())
        self.proposals = self.add_field("proposals", QLabel(self))
        self.proposals.setWordWrap(True)
        self.reason = self.group_vote = None
        if self.amendment:
            self.reason = self.add_field("amendment_reason", text_box(self, lines=4))
            self.reason.setPlainText(reason)
            self.group_vote = self.add_field("group_vote", QLabel(self))
            self.group_vote.setWordWrap(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Submission to the aiyl kenesh"))
        self.set_intro(self.tr("The plan goes to the aiyl kenesh once the group has answered every proposal of the aiyl okmotu."))
        self.labels["submitted_on"].setText(self.tr("Submitted on"))
        self.labels["proposals"].setText(self.tr("Proposals of the aiyl okmotu"))
        if not self.proposal_count:
            text = self.tr("none recorded")
        elif self.unanswered:
            text = self.tr("%1 of %2 without the group's answer").replace("%1", str(self.unanswered))
            text = text.replace("%2", str(self.proposal_count))
        else:
            text = self.tr("all %1 answered").replace("%1", str(self.proposal_count))
        self.proposals.setText(text)
        if self.amendment:
            self.labels["amendment_reason"].setText(self.tr("Reason for the amendment"))
            self.labels["group_vote"].setText(self.tr("Group's decision"))
            lines = [self.vote_text(vote) for vote in self.votes]
            self.group_vote.setText("\n".join(lines) or self.tr(
                "No decision of a group meeting is linked to this version yet. Link it in the meeting's decision."
            ))
        self.retranslate_buttons(self.tr("Record the submission"))

    def vote_text(self, vote: GroupVote) -> str:
        text = self.tr("protocol No. %1 of %2: for %3, against %4, abstained %5 — %6")
        outcome = self.tr("passed") if vote.passes else self.tr("did not pass")
        values = (vote.meeting_label, display_date(vote.held_on), vote.votes_for, vote.against, vote.abstained, outcome)
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text

    def submit(self) -> int:
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            if self.reason is not None:
                set_amendment_reason(session, municipality_id, self.version_id, reason=self.reason.toPlainText())
            return submit_version(session, municipality_id, self.version_id, submitted_on=self.submitted_on.date()).id
