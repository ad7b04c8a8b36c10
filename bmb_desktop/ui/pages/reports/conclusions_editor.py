"""The report's conclusions and proposals, and the day it was presented to the community (S2).

What the secretary types is saved a moment after each keystroke and before printing, exporting or
changing the period (``Autosaver``); a refusal is shown next to the field and the text stays.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from bmb_desktop.domain.report import Period
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.dates import short_date
from bmb_desktop.services.report_drafts import ReportDraft, load_draft, results_posting_due, save_draft
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError
from bmb_desktop.ui.retranslating import Retranslating
from bmb_desktop.ui.pages.base import note_label



class ConclusionsEditor(Retranslating, QWidget):
    saved = Signal()  # a change was committed: the summary's "written" line may differ now

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period: Period | None = None
        self._loading = False
        self.autosaver = Autosaver(self)
        self.intro = note_label(self)
        self.conclusions = QPlainTextEdit(self)
        self.proposals = QPlainTextEdit(self)
        self.presented_on = DateField(optional=True, parent=self)
        self.presented_on.setMaximumWidth(200)
        self.fields = {
            "conclusions": FieldWithError(self.conclusions, self),
            "proposals": FieldWithError(self.proposals, self),
            "presented_on": FieldWithError(self.presented_on, self),
        }
        self.labels = {name: QLabel(self) for name in self.fields}
        self.posting_hint = QLabel(self)
        self.posting_hint.setWordWrap(True)
        self.status = QLabel(self)
        form = QFormLayout()
        for name, row in self.fields.items():
            form.addRow(self.labels[name], row)
        form.addRow("", self.posting_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        self.conclusions.textChanged.connect(self._edited)
        self.proposals.textChanged.connect(self._edited)
        self.presented_on.edited.connect(self._edited)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._failed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Write what the group concludes from the period and what it proposes to the aiyl okmotu and the council. "
            "The texts are printed in the report as typed and are kept as you type."
        ))  # fmt: skip
        self.labels["conclusions"].setText(self.tr("Conclusions:"))
        self.labels["proposals"].setText(self.tr("Proposals:"))
        self.labels["presented_on"].setText(self.tr("Presented to the community on:"))
        self._show_posting_hint()

    # --- loading and saving ---------------------------------------------------------------------------

    def load(self, period: Period | None) -> None:
        """Show the draft of ``period`` after saving what was typed for the previous one."""
        self.flush()
        self.period = period
        draft = ReportDraft()
        if period is not None:
            with self.context.database.session() as session:
                draft = load_draft(session, self.context.municipality_id, period)
        self._loading = True
        try:
            self.conclusions.setPlainText(draft.conclusions)
            self.proposals.setPlainText(draft.proposals)
            self.presented_on.set_date(draft.presented_on)
        finally:
            self._loading = False
        for row in self.fields.values():
            row.set_message("")
        self.setEnabled(period is not None)
        self._say("", "")
        self._show_posting_hint()

    def draft(self) -> ReportDraft:
        return ReportDraft(self.conclusions.toPlainText(), self.proposals.toPlainText(), self.presented_on.date())

    def flush(self) -> bool:
        """Save what is pending now; False when it was refused (the message is next to the field)."""
        return self.autosaver.flush()

    def _edited(self) -> None:
        if self._loading or self.period is None:
            return
        period = self.period  # the save belongs to the period being typed for, whatever is shown later
        self.autosaver.schedule("draft", lambda: self._save(period))

    def _save(self, period: Period) -> None:
        with self.context.database.session() as session:
            changed = save_draft(session, self.context.municipality_id, period, self.draft())
        if changed:
            self.saved.emit()

    def _saved(self, when) -> None:
        for row in self.fields.values():
            row.set_message("")
        self._say(self.tr("Saved %1").replace("%1", when.strftime("%H:%M:%S")), SAVED_COLOUR)
        self._show_posting_hint()

    def _failed(self, _key: str, error: UserError) -> None:
        problems = error.problems if isinstance(error, ValidationError) else {}
        for name, row in self.fields.items():
            row.set_message(problems.get(name, ""))
        self._say(self.tr("Not saved: %1").replace("%1", str(error)), ERROR_COLOUR)

    def _say(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
        self.status.setText(text)

    def _show_posting_hint(self) -> None:
        """S2: the results go on the notice boards within a week of the public presentation."""
        presented = self.presented_on.date()
        if presented is None:
            self.posting_hint.setText(self.tr("After the public presentation, post the report's results on the notice boards within a week."))
            return
        with self.context.database.session() as session:
            due = results_posting_due(session, presented)
        self.posting_hint.setText(self.tr("Post the report's results on the notice boards by %1 (within a week of the presentation).").replace("%1", short_date(due)))

