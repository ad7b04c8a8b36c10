"""The lifecycle bar of a plan version (P1, P3): where it stands, what is still missing for the next
step, and the button for that step.

    draft → discussed with the aiyl okmotu → submitted to the council → approved (→ amended)

The bar shows a ``VersionState`` (``version_state`` gathers it from the services); the plan tab
carries out the actions the bar asks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import PlanVersionStatus
from bmb_desktop.locale.labels import label
from bmb_desktop.services.plan import VersionRow, version_facts, version_rows
from bmb_desktop.services.plan_votes import GroupVote, group_votes
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.retranslating import Retranslating

S = PlanVersionStatus
STEPS = (S.DRAFT, S.DISCUSSED, S.SUBMITTED, S.APPROVED)
DATE_FIELDS = frozenset({"discussed_on", "submitted_on", "resolution_number", "adopted_on"})  # asked in the step's dialog
DONE_STYLE = "color: #1e7b34;"
CURRENT_STYLE = "color: white; background: #1f6f8b; border-radius: 8px; padding: 2px 8px; font-weight: bold;"
LATER_STYLE = "color: #8a8a8a;"
HINT_STYLE = "color: #7a4a00;"
QUIET_STYLE = "color: #4a4a4a;"
REASON_SHOWN = 110  # characters of an amendment's reason in the bar; all of it in the tooltip
BAR_STYLE = "QFrame#LifecycleBar { background: #f4f8fa; border: 1px solid #c9dde6; border-radius: 4px; }"


@dataclass(frozen=True)
class VersionState:
    """What the bar shows about one version."""

    row: VersionRow
    year: int
    missing: tuple[str, ...]  # what the next step still needs, in the services' words
    votes: tuple[GroupVote, ...]  # the group's decisions linked to the version
    superseded_by: int | None  # the number of the version that replaced it
    amendment_open: bool  # a newer version is being prepared


def version_state(session, plan, version, *, today: date) -> VersionState:
    """What the bar shows about ``version``: what the next step still needs comes from the plan
    rules, less the dates and numbers that the step's own dialog asks for."""
    facts = version_facts(session, version)
    missing = {}
    if version.status is S.DRAFT:
        missing = rules.discussion_problems(facts, today)
    elif version.status is S.DISCUSSED:
        missing = rules.submission_problems(facts, today)
    rows = version_rows(plan)
    later = [row for row in rows if row.number > version.number]
    return VersionState(
        row=next(row for row in rows if row.version_id == version.id), year=plan.year,
        missing=tuple(text for key, text in missing.items() if key not in DATE_FIELDS),
        votes=tuple(group_votes(session, version.id)),
        superseded_by=next((row.number for row in later if row.status in (S.APPROVED, S.SUPERSEDED)), None),
        amendment_open=any(row.status in rules.UNDECIDED for row in rows),
    )  # fmt: skip


class LifecycleBar(Retranslating, QFrame):
    """Emits ``action`` with one of: discuss, submit, approve, amend, reason, step_back, discard."""

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LifecycleBar")
        self.setStyleSheet(BAR_STYLE)
        self.state: VersionState | None = None
        self.steps = [QLabel(self) for _step in STEPS]
        self.arrows = [QLabel("→", self) for _step in STEPS[1:]]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.buttons = {key: QPushButton(self) for key in ("discuss", "submit", "approve", "amend", "reason", "step_back", "discard")}
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, key=key: self.action.emit(key))
        steps = QHBoxLayout()
        for index, step in enumerate(self.steps):
            if index:
                steps.addWidget(self.arrows[index - 1])
            steps.addWidget(step)
        steps.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.hint, 1)
        for key in ("reason", "step_back", "discard", "discuss", "submit", "approve", "amend"):
            actions.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(steps)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        self.retranslate_ui()

    def set_state(self, state: VersionState | None) -> None:
        self.state = state
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        b = self.buttons
        b["discuss"].setText(self.tr("Record the discussion with the aiyl okmotu…"))
        b["submit"].setText(self.tr("Submit to the council…"))
        b["approve"].setText(self.tr("Record the council's approval…"))
        b["amend"].setText(self.tr("Amend the plan…"))
        b["reason"].setText(self.tr("Reason for the amendment…"))
        b["discard"].setText(self.tr("Discard this draft…"))
        b["amend"].setToolTip(self.tr("Every amendment is a new version, passed by the group and approved by the council"))
        self._show_steps()
        self._show_buttons()
        self._show_texts()

    def _show_steps(self) -> None:
        status = self.state.row.status if self.state else None
        reached = STEPS.index(S.APPROVED) if status is S.SUPERSEDED else (STEPS.index(status) if status in STEPS else -1)
        for index, (step, widget) in enumerate(zip(STEPS, self.steps)):
            text = label(step)
            if index < reached or status is S.SUPERSEDED:
                widget.setText("✓ " + text)
                widget.setStyleSheet(DONE_STYLE)
            elif index == reached:
                widget.setText(text)
                widget.setStyleSheet(CURRENT_STYLE)
            else:
                widget.setText(text)
                widget.setStyleSheet(LATER_STYLE)

    def _show_buttons(self) -> None:
        state = self.state
        status = state.row.status if state else None
        amendment = state is not None and state.row.number > 1
        shown = {
            "discuss": status is S.DRAFT, "submit": status is S.DISCUSSED, "approve": status is S.SUBMITTED,
            "amend": status is S.APPROVED, "reason": amendment and status in (S.DRAFT, S.DISCUSSED),
            "step_back": status in (S.DISCUSSED, S.SUBMITTED), "discard": status is S.DRAFT,
        }  # fmt: skip
        for key, button in self.buttons.items():
            button.setVisible(shown[key])
        self.buttons["amend"].setEnabled(state is not None and not state.amendment_open)
        self.buttons["step_back"].setText(
            self.tr("Withdraw from the council") if status is S.SUBMITTED else self.tr("Back to draft")
        )

    def _show_texts(self) -> None:
        state = self.state
        if state is None:
            self.summary.clear()
            self.hint.clear()
            return
        self.summary.setText(" · ".join(self._facts(state)))
        self.summary.setToolTip(state.row.amendment_reason)
        status, warning = state.row.status, False
        if status is S.SUPERSEDED:
            hints = [self.tr("Read only: replaced by version %1; kept as it was approved.").replace("%1", str(state.superseded_by or ""))]
        elif status is S.APPROVED and state.amendment_open:
            hints = [self.tr("An amendment of this plan is being prepared; choose its version above to work on it.")]
        elif status is S.APPROVED:
            hints = [self.tr("The plan is in force. Record progress on its items; any change of the plan is an amendment.")]
        else:
            hints, warning = ["⚠ " + text for text in state.missing], True
        self.hint.setStyleSheet(HINT_STYLE if warning else QUIET_STYLE)
        self.hint.setText("\n".join(hints))

    def _facts(self, state: VersionState) -> list[str]:
        row = state.row
        title = self.tr("Plan for %1, version %2").replace("%1", str(state.year)).replace("%2", str(row.number))
        facts = [title + (" — " + self.tr("in force") if row.in_force else "")]
        if row.discussed_on:
            facts.append(self.tr("discussed with the aiyl okmotu on %1").replace("%1", display_date(row.discussed_on)))
        if row.submitted_on:
            facts.append(self.tr("submitted on %1").replace("%1", display_date(row.submitted_on)))
        if row.resolution_number:
            text = self.tr("approved by resolution No. %1 of %2").replace("%1", row.resolution_number)
            facts.append(text.replace("%2", display_date(row.adopted_on)))
        if row.number > 1:
            reason = " ".join(row.amendment_reason.split())
            short = reason if len(reason) <= REASON_SHOWN else reason[:REASON_SHOWN].rsplit(" ", 1)[0] + "…"
            facts.append(self.tr("reason: %1").replace("%1", short or "—"))
            facts.append(self._votes_text(state.votes))
        return facts

    def _votes_text(self, votes: tuple[GroupVote, ...]) -> str:
        if not votes:
            return self.tr("no decision of the group linked yet")
        vote = votes[-1]
        text = self.tr("group's decision: protocol No. %1 of %2, %3").replace("%1", vote.meeting_label)
        outcome = self.tr("passed") if vote.passes else self.tr("did not pass")
        return text.replace("%2", display_date(vote.held_on)).replace("%3", outcome)
