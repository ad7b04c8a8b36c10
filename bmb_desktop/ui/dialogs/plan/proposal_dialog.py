"""One proposal of the aiyl okmotu on a draft (P1) and the group's answer: accepted, or declined
with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from bmb_desktop.services.plan import add_proposal, answer_proposal
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import text_box
from bmb_desktop.ui.models.plan import ProposalRow


class DecisionChoice(QWidget):
    """Not answered yet, accepted or declined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open, self.accepted, self.declined = QRadioButton(self), QRadioButton(self), QRadioButton(self)
        group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.open, self.accepted, self.declined):
            group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.open.setChecked(True)

    def value(self) -> bool | None:
        return True if self.accepted.isChecked() else False if self.declined.isChecked() else None

    def set_value(self, accepted: bool | None) -> None:
        {None: self.open, True: self.accepted, False: self.declined}[accepted].setChecked(True)


class ProposalDialog(PlanFormDialog):
    """A new proposal (``proposal`` None) or the answer to a recorded one; ``saved`` carries its id.

    A new proposal is recorded first and answered second; when the answer is refused, the proposal
    stays recorded (unanswered) and the next attempt only answers it.
    """

    def __init__(
        self, context: AppContext, *, version_id: int, proposal: ProposalRow | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.version_id, self.proposal = version_id, proposal
        self.created_id: int | None = None
        self.text = self.add_field("text", text_box(self, lines=4))
        self.decision = self.add_field("accepted", DecisionChoice(self))
        self.answer = self.add_field("answer", text_box(self, lines=3))
        if proposal is not None:
            self.text.setPlainText(proposal.text)
            self.text.setReadOnly(True)
            self.decision.set_value(proposal.accepted)
            self.answer.setPlainText(proposal.answer)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Proposal of the aiyl okmotu"))
        self.labels["text"].setText(self.tr("Proposal"))
        self.labels["accepted"].setText(self.tr("Group's decision"))
        self.decision.open.setText(self.tr("not answered yet"))
        self.decision.accepted.setText(self.tr("accepted"))
        self.decision.declined.setText(self.tr("declined"))
        self.labels["answer"].setText(self.tr("Answer"))
        self.answer.setPlaceholderText(self.tr("How it was taken into the plan, or why the group declined it"))
        self.retranslate_buttons(self.tr("Save"))

    def submit(self) -> int:
        accepted, answer = self.decision.value(), self.answer.toPlainText()
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            if self.proposal is not None:
                proposal_id = self.proposal.proposal_id
            elif self.created_id is not None:
                proposal_id = self.created_id
            else:
                proposal_id = add_proposal(session, municipality_id, self.version_id, text=self.text.toPlainText()).id
                self.created_id = proposal_id
                self.text.setReadOnly(True)
            if accepted is not None or self.proposal is not None:
                answer_proposal(session, municipality_id, proposal_id, accepted=accepted, answer=answer)
            return proposal_id

    def reject(self) -> None:
        super().reject()
        if self.created_id is not None:  # recorded, though its answer was refused
            self.saved.emit(self.created_id)
