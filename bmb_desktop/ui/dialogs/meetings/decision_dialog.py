"""One decision of an agenda item: its text, the vote, who did not vote, and what it decided.

Every change asks the services again (``meeting_editing.decision_outcome``): the message about the
votes appears beside the spin boxes as they change, and a refused save keeps everything typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.meeting_agenda import DecisionDraft, add_decision, update_decision
from bmb_desktop.services.meeting_editing import DecisionOutcome, DecisionRow, decision_outcome, recusal_choices
from bmb_desktop.services.meeting_links import Link, LinkKind, decision_link_choices, link_fields
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.roster.fields import wide_combo
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError, show_error

ROW_KEYS = {"text": ("text",), "votes": ("votes",), "recused": ("recused",),
            "link": ("plan_version", "act", "membership")}  # fmt: skip
MAX_VOTES = 999  # no cap at the members present: a larger number must be seen and explained, not clipped
PASSES_COLOUR = "#1b6e2d"


def _key(link: Link) -> str:
    """A combo's data: Qt compares strings reliably, Python tuples not."""
    return f"{link.kind.value}:{link.id}"


class MeetingDecisionDialog(QDialog):
    saved = Signal(int)  # the decision id

    def __init__(
        self, context: AppContext, *, agenda_item_id: int, kind: MeetingKind, meeting_date: date,
        decision: DecisionRow | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.agenda_item_id, self.kind = context, agenda_item_id, kind
        self.decision = decision
        self.saved_id: int | None = None
        self.touched: set[str] = set()
        self._revealed = False
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.votes_for, self.against, self.abstained = (QSpinBox(self) for _ in range(3))
        self.vote_labels = [QLabel(self) for _ in range(3)]
        votes = QWidget(self)
        votes_layout = QHBoxLayout(votes)
        votes_layout.setContentsMargins(0, 0, 0, 0)
        for caption, spin in zip(self.vote_labels, (self.votes_for, self.against, self.abstained)):
            spin.setRange(0, MAX_VOTES)
            spin.setMinimumWidth(70)
            caption.setBuddy(spin)
            votes_layout.addWidget(caption)
            votes_layout.addWidget(spin)
            votes_layout.addSpacing(12)
        votes_layout.addStretch(1)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.recusals_box = QWidget(self)
        self.recusals_grid = QGridLayout(self.recusals_box)
        self.recusals_grid.setContentsMargins(0, 0, 0, 0)
        self.recusal_checks: dict[int, QCheckBox] = {}
        self.forced_reasons: list[str] = []
        self.link = wide_combo(self, characters=40)
        self.rows = {
            "text": FieldWithError(self.text, self), "votes": FieldWithError(votes, self),
            "recused": FieldWithError(self.recusals_box, self), "link": FieldWithError(self.link, self),
        }  # fmt: skip
        self.labels = {name: QLabel(self) for name in self.rows}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, row in self.rows.items():
            self.labels[name].setBuddy(row.editor)
            form.addRow(self.labels[name], row)
            if name == "votes":
                form.addRow("", self.outcome)
        form.setRowVisible(self.rows["recused"], kind is not MeetingKind.COMMUNITY_GATHERING)
        self.save_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)
        self._load(meeting_date)
        self._connect()
        self.retranslate_ui()
        self.validate()

    def _load(self, meeting_date: date) -> None:
        stored = self.decision.draft() if self.decision else DecisionDraft(text="")
        with self.context.database.session() as session:
            links = decision_link_choices(session, self.context.municipality_id, on=meeting_date,
                                          include_membership_id=stored.membership_id)  # fmt: skip
        self.link.addItem("", None)
        for link in links:
            self.link.addItem(link.label, _key(link))
        chosen = self.decision.link if self.decision else None
        self.link.setCurrentIndex(max(0, self.link.findData(_key(chosen))) if chosen else 0)
        self.text.setPlainText(stored.text)
        self.votes_for.setValue(stored.votes_for)
        self.against.setValue(stored.against)
        self.abstained.setValue(stored.abstained)
        self._fill_recusals(set(stored.recused))

    def _connect(self) -> None:
        self.text.textChanged.connect(lambda: self._edited("text"))
        for spin in (self.votes_for, self.against, self.abstained):
            spin.valueChanged.connect(lambda _v: self._edited("votes"))
        self.link.currentIndexChanged.connect(self._link_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.validate()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decision") if self.decision else self.tr("New decision"))
        texts = {"text": self.tr("Decided"), "votes": self.tr("Votes"), "recused": self.tr("Did not vote"),
                 "link": self.tr("What it decided")}  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        for caption, text in zip(self.vote_labels, (self.tr("for"), self.tr("against"), self.tr("abstained"))):
            caption.setText(text)
        self.text.setPlaceholderText(self.tr("e.g. Approve the act and send it to the object within three working days."))
        self.link.setItemText(0, self.tr("— nothing recorded —"))
        self.link.setToolTip(self.tr("A plan version approved or amended, an act and its recommendations, or a member's withdrawal"))
        self.recusals_box.setToolTip(self.tr("Members present who did not vote because of a conflict of interest"))
        self.save_button.setText(self.tr("Save decision"))
        self.cancel_button.setText(self.tr("Close") if self.save_button.isHidden() else self.tr("Cancel"))

    # --- recusals -----------------------------------------------------------------------------------

    def _fill_recusals(self, ticked: set[int]) -> None:
        """One box per member present; a member removed for the decision's object is ticked and locked."""
        with self.context.database.session() as session:
            choices = recusal_choices(session, self.agenda_item_id, act_id=self.link_fields()["act_id"])
        while self.recusals_grid.count():
            widget = self.recusals_grid.takeAt(0).widget()
            widget.deleteLater()
        self.recusal_checks = {}
        for position, choice in enumerate(choices):
            box = QCheckBox(choice.name, self.recusals_box)
            box.setChecked(choice.forced or choice.membership_id in ticked)
            box.setEnabled(not choice.forced)
            box.setToolTip(choice.forced_reason)
            box.toggled.connect(lambda _checked: self._edited("recused"))
            self.recusal_checks[choice.membership_id] = box
            self.recusals_grid.addWidget(box, position // 3, position % 3)
        self.forced_reasons = [choice.forced_reason for choice in choices if choice.forced]
        if not choices:
            self.recusals_grid.addWidget(QLabel("—", self.recusals_box), 0, 0)

    def _link_changed(self) -> None:
        ticked = {mid for mid, box in self.recusal_checks.items() if box.isChecked() and box.isEnabled()}
        self._fill_recusals(ticked)  # an act brings its object's conflicts
        self._edited("link")

    # --- values and messages ------------------------------------------------------------------------

    def link_fields(self) -> dict[str, int | None]:
        key = self.link.currentData()
        kind, _sep, link_id = (key or "").partition(":")
        return link_fields(Link(LinkKind(kind), int(link_id)) if key else None)

    def choose_link(self, link: Link | None) -> None:
        self.link.setCurrentIndex(max(0, self.link.findData(_key(link))) if link else 0)

    def draft(self) -> DecisionDraft:
        recused = tuple(sorted(mid for mid, box in self.recusal_checks.items() if box.isChecked() and box.isEnabled()))
        return DecisionDraft(
            text=self.text.toPlainText(), votes_for=self.votes_for.value(), against=self.against.value(),
            abstained=self.abstained.value(), recused=recused, **self.link_fields(),
        )  # fmt: skip

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self.validate()

    def outcome_of_draft(self) -> DecisionOutcome:
        with self.context.database.session() as session:
            return decision_outcome(session, self.agenda_item_id, self.draft())

    def validate(self) -> None:
        outcome = self.outcome_of_draft()
        self._show(outcome.problems)
        self.outcome.setText(self._outcome_text(outcome))
        good = outcome.valid and outcome.passes and not outcome.problems
        self.outcome.setStyleSheet(f"color: {PASSES_COLOUR if good else ERROR_COLOUR if outcome.problems else '#4a4a4a'};")

    def _outcome_text(self, outcome: DecisionOutcome) -> str:
        if self.kind is MeetingKind.COMMUNITY_GATHERING:
            text = self.tr("Residents taking part: %1.").replace("%1", str(outcome.present))
        elif outcome.recused:
            text = self.tr("Present: %1; may vote: %2 (%3 did not vote).").replace("%1", str(outcome.present))
            text = text.replace("%2", str(outcome.eligible)).replace("%3", str(outcome.recused))
        else:
            text = self.tr("Present: %1; all of them may vote.").replace("%1", str(outcome.present))
        if outcome.problems.get("votes"):
            return text
        if not outcome.valid:
            return text + " " + self.tr("The meeting has no quorum: the decision is invalid.")
        return text + " " + (self.tr("The decision is adopted.") if outcome.passes else self.tr("The decision is not adopted."))

    def _show(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            live = name != "text"  # a blank text is no news until the secretary has typed or saved
            shown = live or self._revealed or name in self.touched
            row.set_message("\n".join(problems[key] for key in ROW_KEYS[name] if key in problems) if shown else "")
        if not self.rows["recused"].message_text() and self.forced_reasons:
            self.rows["recused"].message.setStyleSheet("color: #5f6b73;")
            self.rows["recused"].set_message("\n".join(self.forced_reasons))
        else:
            self.rows["recused"].message.setStyleSheet(f"color: {ERROR_COLOUR};")

    def set_read_only(self) -> None:
        """A decision of a signed protocol: shown, not changed."""
        self.text.setReadOnly(True)
        for widget in (self.votes_for, self.against, self.abstained, self.link, *self.recusal_checks.values()):
            widget.setEnabled(False)
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Close"))

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}

    def save(self) -> None:
        draft = self.draft()
        try:
            with self.context.database.session() as session:
                if self.decision is None:
                    decision = add_decision(session, self.agenda_item_id, draft=draft)
                else:
                    decision = update_decision(session, self.decision.decision_id, draft=draft)
                saved_id = decision.id
        except ValidationError as error:
            self._revealed = True
            self._show(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
