"""The plan item editor: every field of P2, checked by ``services.plan_items`` when saved.

Messages appear under their fields and everything typed stays; after a refused save the fields are
checked again as they change, so each message goes away once its field is right. A version the
group may no longer change opens read-only, saying why.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain import plan as rules
from bmb_desktop.domain.enums import PlanItemStatus, SubjectKind
from bmb_desktop.domain.plan import ItemDraft
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.objects import list_objects
from bmb_desktop.services.plan import find_version
from bmb_desktop.services.plan_items import check_item, draft_of, find_item, responsible_candidates, save_item
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import place_problems
from bmb_desktop.ui.dialogs.plan.fields import MethodsField, ResponsibleList, enum_value, text_box
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo, wide_combo
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.pages.base import note_label
from bmb_desktop.ui.retranslating import Retranslating

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MAIN_FIELDS = ("object", "subject_kind", "subject", "purpose", "quarter", "starts_on", "ends_on", "status", "cancel_reason")
SIDE_FIELDS = ("methods", "responsibles")
DETAIL_FIELDS = ("information_sources", "resources_needed", "involvement", "analysis_method")
ALIASES = {"timing": "quarter"}
DIALOG_SIZE = (1200, 660)  # "no dates and no quarter" is said next to the quarter


class ItemDialog(Retranslating, QDialog):
    """A new item of an editable version (``item_id`` None), an item to edit, or one to read."""

    saved = Signal(int)  # the item id

    def __init__(self, context: AppContext, *, version_id: int, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.version_id, self.item_id = context, version_id, item_id
        self.tried = False  # after a refused save, every change is checked again
        with context.database.session() as session:
            version = find_version(session, context.municipality_id, version_id)
            self.year, self.version_number = version.plan.year, version.number
            self.refusal = rules.edit_refusal(version.status)
            item = find_item(session, context.municipality_id, item_id) if item_id else None
            stored = draft_of(item) if item else ItemDraft()
            self.position = item.position if item else len(version.items) + 1
        self.editors = self._make_editors()
        self.rows = {name: FieldWithError(editor, self) for name, editor in self.editors.items()}
        self.labels = {name: QLabel(self) for name in self.editors}
        for name, label in self.labels.items():
            label.setBuddy(self.editors[name])
        self.note = note_label(self)
        self.note.setVisible(self.refusal is not None)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.hide()
        self.new_object_button = QPushButton(self)
        self.save_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.save_button.setDefault(True)
        self._lay_out()
        self._load_objects()
        self.set_draft(stored)
        self._set_read_only(self.refusal is not None)
        self._connect()
        self.retranslate_ui()
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = DIALOG_SIZE
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    def _make_editors(self) -> dict[str, QWidget]:
        quarter = QComboBox(self)
        for number in (None, 1, 2, 3, 4):
            quarter.addItem("", number)
        return {
            "object": wide_combo(self, characters=24), "subject_kind": enum_combo(SubjectKind, parent=self),
            "subject": text_box(self, lines=3), "purpose": text_box(self, lines=3), "quarter": quarter,
            "starts_on": DateField(optional=True, popup_year=self.year, parent=self),
            "ends_on": DateField(optional=True, popup_year=self.year, parent=self),
            "status": enum_combo(PlanItemStatus, parent=self), "cancel_reason": QLineEdit(self),
            "methods": MethodsField(self), "responsibles": ResponsibleList(self),
            "information_sources": text_box(self, lines=3), "resources_needed": text_box(self, lines=3),
            "involvement": text_box(self, lines=3), "analysis_method": text_box(self, lines=3),
        }  # fmt: skip

    def _lay_out(self) -> None:
        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in MAIN_FIELDS:
            if name == "object":
                row = QHBoxLayout()
                row.addWidget(self.rows[name], 1)
                row.addWidget(self.new_object_button)
                main.addRow(self.labels[name], row)
            else:
                main.addRow(self.labels[name], self.rows[name])
        side = QVBoxLayout()
        for name in SIDE_FIELDS:
            side.addWidget(self.labels[name])
            side.addWidget(self.rows[name], 1 if name == "responsibles" else 0)
        details = QGridLayout()
        for index, name in enumerate(DETAIL_FIELDS):
            details.addWidget(self.labels[name], (index // 2) * 2, index % 2)
            details.addWidget(self.rows[name], (index // 2) * 2 + 1, index % 2)
        grid = QGridLayout()
        grid.addLayout(main, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.addLayout(details, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)  # spare height below the fields, not between a label and its field
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget(self)
        content.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        e = self.editors
        e["object"].currentIndexChanged.connect(self._object_changed)
        e["status"].currentIndexChanged.connect(self._follow_status)
        for name in ("subject_kind", "quarter"):
            e[name].currentIndexChanged.connect(self._changed)
        for name in ("subject", "purpose", *DETAIL_FIELDS):
            e[name].textChanged.connect(self._changed)
        e["cancel_reason"].textEdited.connect(self._changed)
        for name in ("starts_on", "ends_on", "methods", "responsibles"):
            e[name].edited.connect(self._changed)
        self.new_object_button.clicked.connect(self.new_object)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    # Values

    def _load_objects(self, select_id: int | None = None) -> None:
        combo = self.editors["object"]
        chosen = select_id if select_id is not None else combo.currentData()
        with self.context.database.session() as session:
            objects = list_objects(session, self.context.municipality_id)
        combo.blockSignals(True)
        combo.clear()
        for row in objects:
            combo.addItem(row.name, row.object_id)
        choose_data(combo, chosen)
        combo.blockSignals(False)

    def set_draft(self, draft: ItemDraft) -> None:
        e = self.editors
        choose_data(e["object"], draft.object_id)
        choose_data(e["subject_kind"], draft.subject_kind)
        e["subject"].setPlainText(draft.subject)
        e["purpose"].setPlainText(draft.purpose)
        e["quarter"].setCurrentIndex(max(0, e["quarter"].findData(draft.quarter)))
        e["starts_on"].set_date(draft.starts_on)
        e["ends_on"].set_date(draft.ends_on)
        choose_data(e["status"], draft.status)
        e["cancel_reason"].setText(draft.cancel_reason)
        e["methods"].set_methods(draft.methods)
        for name in DETAIL_FIELDS:
            e[name].setPlainText(getattr(draft, name))
        self._load_candidates(draft.object_id, draft.responsible_ids)
        self._follow_status()

    def draft(self) -> ItemDraft:
        e = self.editors
        return ItemDraft(
            object_id=e["object"].currentData(), subject_kind=enum_value(SubjectKind, e["subject_kind"]),
            subject=e["subject"].toPlainText(), purpose=e["purpose"].toPlainText(),
            methods=e["methods"].methods(), responsible_ids=e["responsibles"].checked_ids(),
            quarter=e["quarter"].currentData(), starts_on=e["starts_on"].date(), ends_on=e["ends_on"].date(),
            information_sources=e["information_sources"].toPlainText(),
            resources_needed=e["resources_needed"].toPlainText(), involvement=e["involvement"].toPlainText(),
            analysis_method=e["analysis_method"].toPlainText(), status=enum_value(PlanItemStatus, e["status"]),
            cancel_reason=e["cancel_reason"].text(),
        )  # fmt: skip

    def _load_candidates(self, object_id: int | None, checked) -> None:
        with self.context.database.session() as session:
            candidates = responsible_candidates(session, self.context.municipality_id, object_id=object_id, on=self.context.today())
        self.editors["responsibles"].set_candidates(candidates, checked)

    def _object_changed(self, *_args) -> None:
        """Who may be responsible depends on the object (C2): the list is drawn again, ticks kept."""
        self._load_candidates(self.editors["object"].currentData(), self.editors["responsibles"].checked_ids())
        self._changed()

    def _follow_status(self, *_args) -> None:
        cancelled = enum_value(PlanItemStatus, self.editors["status"]) is PlanItemStatus.CANCELLED
        self.editors["cancel_reason"].setEnabled(cancelled and self.refusal is None)
        self._changed()

    def _set_read_only(self, read_only: bool) -> None:
        e = self.editors
        for name in ("subject", "purpose", *DETAIL_FIELDS):
            e[name].setReadOnly(read_only)
        for name in ("object", "subject_kind", "quarter", "status", "starts_on", "ends_on", "cancel_reason"):
            e[name].setEnabled(not read_only)
        e["methods"].set_read_only(read_only)
        e["responsibles"].read_only = read_only
        if read_only:
            self._load_candidates(e["object"].currentData(), e["responsibles"].checked_ids())
        self.new_object_button.setVisible(not read_only)
        self.save_button.setVisible(not read_only)

    # Checking and saving

    def show_problems(self, problems: dict[str, str]) -> None:
        placed, general = place_problems(problems, self.rows, ALIASES)
        for name, row in self.rows.items():
            row.set_message(placed.get(name, ""))
        self.general.setText("\n".join(general))
        self.general.setHidden(not general)

    def messages(self) -> dict[str, str]:
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}

    def _changed(self, *_args) -> None:
        if self.tried and self.refusal is None:
            with self.context.database.session() as session:
                problems = check_item(session, self.context.municipality_id, self.version_id, self.draft(), on=self.context.today())
            self.show_problems(problems)

    def save(self) -> None:
        try:
            with self.context.database.session() as session:
                item = save_item(
                    session, self.context.municipality_id, self.version_id, self.draft(), on=self.context.today(),
                    item_id=self.item_id,
                )  # fmt: skip
                item_id = item.id
        except ValidationError as error:
            self.tried = True
            self.show_problems(error.problems)
            return
        except UserError as error:
            show_error(self, error)
            return
        self.item_id = item_id
        self.accept()
        self.saved.emit(item_id)

    def new_object(self) -> None:
        from bmb_desktop.ui.dialogs.plan.object_dialog import ObjectDialog

        self.object_dialog = ObjectDialog(self.context, parent=self)
        self.object_dialog.saved.connect(self._object_added)
        self.object_dialog.open()

    def _object_added(self, object_id: int) -> None:
        self._load_objects(select_id=object_id)
        self._object_changed()

    # Texts

    def retranslate_ui(self) -> None:
        if self.item_id is None:
            self.setWindowTitle(self.tr("New item of the plan for %1").replace("%1", str(self.year)))
        else:
            title = self.tr("Item %1 of the plan for %2, version %3").replace("%1", str(self.position))
            self.setWindowTitle(title.replace("%2", str(self.year)).replace("%3", str(self.version_number)))
        self.note.setText(self.refusal or "")
        texts = {
            "object": self.tr("Monitored object"), "subject_kind": self.tr("Kind of subject"),
            "subject": self.tr("Subject or direction"), "purpose": self.tr("Purpose"), "quarter": self.tr("Quarter"),
            "starts_on": self.tr("Starts on"), "ends_on": self.tr("Ends on"), "status": self.tr("Status"),
            "cancel_reason": self.tr("Reason for cancelling"), "methods": self.tr("Methods"),
            "responsibles": self.tr("Responsible members"), "information_sources": self.tr("Sources of information"),
            "resources_needed": self.tr("Resources needed"),
            "involvement": self.tr("Who takes part, at which stage"), "analysis_method": self.tr("Analysis method"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        e = self.editors
        e["object"].setPlaceholderText(self.tr("Choose the object"))
        fill_enum_combo(e["subject_kind"], SubjectKind)
        e["subject_kind"].setPlaceholderText(self.tr("Choose the kind"))
        fill_enum_combo(e["status"], PlanItemStatus)
        quarter = e["quarter"]
        quarter.setItemText(0, self.tr("dates only"))
        for index in range(1, 5):
            quarter.setItemText(index, self.tr("quarter %1").replace("%1", ROMAN[index]))
        e["responsibles"].setToolTip(self.tr(
            "Active members of the group. A member removed from monitoring this object for a conflict of interest "
            "cannot be chosen; the reason is shown beside the name."
        ))
        e["involvement"].setPlaceholderText(self.tr("e.g. in preparing — the director; in the field — street activists"))
        self.new_object_button.setText(self.tr("New object…"))
        self.save_button.setText(self.tr("Save item"))
        self.cancel_button.setText(self.tr("Close") if self.refusal else self.tr("Cancel"))
