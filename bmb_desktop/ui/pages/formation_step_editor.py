"""The editor of one formation step: when it was done, the document behind it, or why it does not apply."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.formation import record_step
from bmb_desktop.services.formation_status import StepRow
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.profile_form import OptionalDateEdit

FIELDS = ("done_on", "document", "not_applicable", "note")


class StepEditor(QGroupBox):
    """Keeps what the user typed until it is saved or another step is chosen (``dirty``)."""

    saved = Signal(int)  # the step's id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.step_id: int | None = None
        self.dirty = False
        self.done_on = OptionalDateEdit(self)
        self.document = QLineEdit(self)
        self.document.setMaxLength(300)
        self.not_applicable = QCheckBox(self)
        self.note = QLineEdit(self)
        editors = {"done_on": self.done_on, "document": self.document, "not_applicable": self.not_applicable, "note": self.note}
        self.rows = {name: FieldWithError(editor) for name, editor in editors.items()}
        self.labels = {name: QLabel(self) for name in FIELDS}
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        for name in FIELDS:
            form.addRow(self.labels[name], self.rows[name])
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        form.addRow(actions)
        self.done_on.changed.connect(self._edited)
        self.document.textEdited.connect(self._edited)
        self.not_applicable.toggled.connect(self._edited)
        self.note.textEdited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.show_step(None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.labels["done_on"].setText(self.tr("Done on"))
        self.done_on.known.setText(self.tr("done"))
        self.labels["document"].setText(self.tr("Document"))
        self.document.setPlaceholderText(self.tr("e.g. Notice on the start of the group's formation"))
        self.labels["not_applicable"].setText(self.tr("Not applicable"))
        self.not_applicable.setText(self.tr("this step does not apply to this formation"))
        self.labels["note"].setText(self.tr("Note"))
        self.save_button.setText(self.tr("Save step"))
        self._set_title()

    def show_step(self, row: StepRow | None, *, keep_typing: bool = False) -> None:
        """Load ``row``; with ``keep_typing`` unsaved input for that same step stays."""
        if keep_typing and self.dirty and row is not None and row.step_id == self.step_id:
            self.current = row
            self._set_title()
            return
        if row is None or row.step_id != self.step_id:
            self.status.clear()
        self.current = row
        self.step_id = row.step_id if row else None
        self.done_on.set_date(row.done_on if row else None)
        self.document.setText(row.document if row else "")
        self.not_applicable.setChecked(row.not_applicable if row else False)
        self.note.setText(row.note if row else "")
        for field in self.rows.values():
            field.set_message("")
        self.setEnabled(row is not None)
        self.dirty = False
        self._set_title()

    def _set_title(self) -> None:
        row = getattr(self, "current", None)
        self.setTitle(self.tr("Step: %1").replace("%1", row.title) if row else self.tr("Choose a step in the table"))

    def _edited(self, *_args) -> None:
        self.dirty = True
        self.status.clear()

    def save(self) -> bool:
        if self.step_id is None:
            return False
        try:
            with self.context.database.session() as session:
                record_step(
                    session, self.context.municipality_id, self.step_id, done_on=self.done_on.date(),
                    document=self.document.text(), not_applicable=self.not_applicable.isChecked(), note=self.note.text(),
                )
        except ValidationError as error:
            for name, field in self.rows.items():
                field.set_message(error.problems.get(name, ""))
            self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.dirty = False
        for field in self.rows.values():
            field.set_message("")
        self.status.setStyleSheet("color: #1b6e2d;")
        self.status.setText(self.tr("Saved."))
        self.saved.emit(self.step_id)
        return True
