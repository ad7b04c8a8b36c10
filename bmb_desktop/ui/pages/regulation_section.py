"""Settings: the group's regulation profile — a preset or own values, and the group's basis."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import ChairRule, DecisionMajority, ProtocolSigners
from bmb_desktop.domain.regulation import CUSTOM, LOCAL, MODEL, PRESET_TITLES
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.locale.i18n import translate
from bmb_desktop.locale.labels import label
from bmb_desktop.services.regulation import (
    RegulationDraft,
    apply_preset,
    council_resolutions,
    load_regulation,
    matching_preset,
    save_regulation,
    validate_regulation,
)
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.profile_form import OptionalDateEdit

COMPOSITION = ("min_size", "max_size", "odd_size_required", "min_employee_percent", "min_deputy_percent",
               "min_citizen_percent", "max_one_sex_percent")
WORK = ("chair_rule", "protocol_signers", "decision_majority", "term_months", "min_meetings_per_quarter")
BASIS = ("basis_resolution_id", "group_created_on")
SPIN_RANGES = {"min_size": (0, 99), "max_size": (0, 99), "min_employee_percent": (0, 100), "min_deputy_percent": (0, 100),
               "min_citizen_percent": (0, 100), "max_one_sex_percent": (0, 100), "term_months": (0, 600),
               "min_meetings_per_quarter": (0, 13)}
SPIN_WIDTH = 100
TOP_WIDTH = 900  # the preset and title rows; their messages wrap within it
CHOICES = {"chair_rule": ChairRule, "protocol_signers": ProtocolSigners, "decision_majority": DecisionMajority}


class RegulationSection(QWidget):
    """Edits the profile; ``saved`` tells the window that every finding must be read again."""

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.note = note_label(self)
        self.preset = QComboBox(self)
        for name in (MODEL, LOCAL, CUSTOM):
            self.preset.addItem("", name)
        self.editors: dict[str, QWidget] = {"preset": self.preset, "name": QLineEdit(self)}
        self.editors["name"].setMaxLength(200)
        for name, (low, high) in SPIN_RANGES.items():
            self.editors[name] = QSpinBox(self)
            self.editors[name].setRange(low, high)
            self.editors[name].setFixedWidth(SPIN_WIDTH)
        self.editors["odd_size_required"] = QCheckBox(self)
        for name, vocabulary in CHOICES.items():
            self.editors[name] = QComboBox(self)
            self.editors[name].setMinimumContentsLength(24)  # long choices are elided, not the page widened
            self.editors[name].setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            for value in vocabulary:
                self.editors[name].addItem("", value.value)  # Qt keeps the plain string
        self.editors["basis_resolution_id"] = QComboBox(self)
        self.editors["basis_resolution_id"].setMinimumContentsLength(30)
        self.editors["basis_resolution_id"].setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editors["group_created_on"] = OptionalDateEdit(self)
        self.add_resolution_button = QPushButton(self)
        self.rows = {name: FieldWithError(editor) for name, editor in self.editors.items()}
        self.labels = {name: QLabel(self) for name in self.editors}
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.adopted_on = {}
        self._build()
        self._loading = False
        self.load()
        self._connect()
        self.retranslate_ui()

    def _build(self) -> None:
        top_widget = QWidget(self)
        top_widget.setMaximumWidth(TOP_WIDTH)
        top = QFormLayout(top_widget)
        top.setContentsMargins(0, 0, 0, 0)
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preset.setMaximumWidth(320)
        for name in ("preset", "name"):
            top.addRow(self.labels[name], self.rows[name])
        self.composition_box, self.work_box, self.basis_box = QGroupBox(self), QGroupBox(self), QGroupBox(self)
        for box, names in ((self.composition_box, COMPOSITION), (self.work_box, WORK), (self.basis_box, BASIS)):
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(
                QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint if box is self.composition_box
                else QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
            )
            for name in names:
                form.addRow(self.labels[name], self.rows[name])
        basis_row = self.rows["basis_resolution_id"].layout()
        resolution_line = QHBoxLayout()
        basis_row.removeWidget(self.editors["basis_resolution_id"])
        resolution_line.addWidget(self.editors["basis_resolution_id"], 1)
        resolution_line.addWidget(self.add_resolution_button)
        basis_row.insertLayout(0, resolution_line)
        columns = QHBoxLayout()
        columns.addWidget(self.composition_box, 1)
        columns.addWidget(self.work_box, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(top_widget)
        layout.addLayout(columns)
        layout.addWidget(self.basis_box)
        layout.addLayout(actions)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.preset.activated.connect(self._preset_chosen)
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                editor.valueChanged.connect(self._rule_edited)
            elif isinstance(editor, QCheckBox):
                editor.toggled.connect(self._rule_edited)
            elif name in CHOICES:
                editor.currentIndexChanged.connect(self._rule_edited)
        self.editors["name"].textEdited.connect(self._edited)
        self.editors["basis_resolution_id"].currentIndexChanged.connect(self._resolution_chosen)
        self.editors["group_created_on"].changed.connect(self._edited)
        self.add_resolution_button.clicked.connect(self.add_resolution)
        self.save_button.clicked.connect(self.save)

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "The rules the group is checked against. The model regulation is the default; the local "
            "variant is the looser regulation approved by some councils (5 to 11 members, no quotas, the "
            "group elects its chair, a term set by the council). Change any value to keep your own."
        ))
        for index in range(self.preset.count()):
            self.preset.setItemText(index, translate(PRESET_TITLES[self.preset.itemData(index)]))
        for name in CHOICES:
            combo = self.editors[name]
            for index in range(combo.count()):
                combo.setItemText(index, label(CHOICES[name](combo.itemData(index))))
        self.composition_box.setTitle(self.tr("Composition"))
        self.work_box.setTitle(self.tr("Roles, term and meetings"))
        self.basis_box.setTitle(self.tr("The group's basis"))
        texts = {
            "preset": self.tr("Regulation"), "name": self.tr("Title cited in findings"),
            "min_size": self.tr("Smallest number of members"), "max_size": self.tr("Largest number of members"),
            "odd_size_required": self.tr("Odd number of members"), "min_employee_percent": self.tr("Municipal employees, at least"),
            "min_deputy_percent": self.tr("Council deputies, at least"),
            "min_citizen_percent": self.tr("Citizens and their associations, at least"),
            "max_one_sex_percent": self.tr("Members of one sex, at most"), "chair_rule": self.tr("The chair is"),
            "protocol_signers": self.tr("Protocols are signed by"), "decision_majority": self.tr("Decisions pass by"),
            "term_months": self.tr("Term of the group"), "min_meetings_per_quarter": self.tr("Meetings per quarter, at least"),
            "basis_resolution_id": self.tr("Council resolution"), "group_created_on": self.tr("Group created on"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.editors["name"].setPlaceholderText(self.tr("e.g. Regulation approved by resolution No. 2/1"))
        self.editors["odd_size_required"].setText(self.tr("required"))
        for name in ("min_employee_percent", "min_deputy_percent", "min_citizen_percent", "max_one_sex_percent"):
            self.editors[name].setSuffix(" %")
        self.editors["term_months"].setSuffix(" " + self.tr("months"))
        self.editors["group_created_on"].known.setText(self.tr("known"))
        self.add_resolution_button.setText(self.tr("Add resolution…"))
        self.save_button.setText(self.tr("Save regulation"))
        self._fill_resolutions(self.editors["basis_resolution_id"].currentData())
        self.status.clear()

    def refresh(self) -> None:
        """Called after a language change: messages follow it, typed values stay."""
        if self.messages():
            self.show_problems(validate_regulation(self.draft()))

    # --- reading and writing the form -------------------------------------------------------

    def load(self) -> None:
        with self.context.database.session() as session:
            draft = load_regulation(session, self.context.municipality_id)
        self._fill_resolutions(draft.basis_resolution_id)
        self.set_draft(draft)

    def set_draft(self, draft: RegulationDraft) -> None:
        self._loading = True
        try:
            for name, editor in self.editors.items():
                value = getattr(draft, name)
                if isinstance(editor, QSpinBox):
                    editor.setValue(value)
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(value)
                elif isinstance(editor, QComboBox):
                    data = value.value if name in CHOICES else value
                    editor.setCurrentIndex(max(0, editor.findData(data)) if data is not None else 0)
                elif isinstance(editor, QLineEdit):
                    editor.setText(value)
                else:
                    editor.set_date(value)
        finally:
            self._loading = False
        self.editors["name"].setEnabled(draft.preset == CUSTOM)

    def draft(self) -> RegulationDraft:
        values = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                values[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif name in CHOICES:
                values[name] = CHOICES[name](editor.currentData())
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text()
            else:
                values[name] = editor.date()
        return RegulationDraft(**values)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_message(problems.get(name, ""))

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}

    def save(self) -> bool:
        draft = self.draft()
        try:
            with self.context.database.session() as session:
                save_regulation(session, self.context.municipality_id, draft)
        except ValidationError as error:
            self.show_problems(error.problems)
            self._set_status(self.tr("Not saved: correct the fields marked in red."), ERROR_COLOUR)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.show_problems({})
        self._set_status(self.tr("Saved. Every check now uses these rules."), SAVED_COLOUR)
        self.saved.emit()
        return True

    # --- reactions -----------------------------------------------------------------------------

    def _preset_chosen(self) -> None:
        self.set_draft(apply_preset(self.draft(), self.preset.currentData()))
        self._edited()

    def _rule_edited(self) -> None:
        if self._loading:
            return
        draft = self.draft()
        if draft.preset != CUSTOM and matching_preset(draft) != draft.preset:
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))  # the values are now the municipality's own
            self.editors["name"].setEnabled(True)
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.status.clear()
        if self.messages():
            self.show_problems(validate_regulation(self.draft()))

    def _resolution_chosen(self) -> None:
        if self._loading:
            return
        created = self.editors["group_created_on"]
        adopted = self.adopted_on.get(self.editors["basis_resolution_id"].currentData())
        if adopted and created.date() is None:
            created.set_date(adopted)  # a group is created the day the council adopts its resolution
        self._edited()

    def _fill_resolutions(self, selected: int | None) -> None:
        combo = self.editors["basis_resolution_id"]
        loading, self._loading = getattr(self, "_loading", False), True
        combo.clear()
        combo.addItem(self.tr("not recorded"), None)
        with self.context.database.session() as session:
            for resolution in council_resolutions(session, self.context.municipality_id):
                text = f"№ {resolution.number}, {display_date(resolution.adopted_on)} — {resolution.title}"
                combo.addItem(text, resolution.id)
                combo.setItemData(combo.count() - 1, resolution.title, Qt.ItemDataRole.ToolTipRole)
                self.adopted_on[resolution.id] = resolution.adopted_on
        combo.setCurrentIndex(max(0, combo.findData(selected)) if selected is not None else 0)
        self._loading = loading

    def reload_resolutions(self) -> None:
        self._fill_resolutions(self.editors["basis_resolution_id"].currentData())

    def add_resolution(self) -> None:
        from bmb_desktop.ui.dialogs.settings.resolution_dialog import ResolutionDialog

        self.dialog = ResolutionDialog(self.context, parent=self)
        self.dialog.accepted.connect(self._resolution_added)
        self.dialog.open()

    def _resolution_added(self) -> None:
        self._fill_resolutions(self.dialog.resolution_id)
        self._resolution_chosen()

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)
