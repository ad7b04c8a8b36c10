"""The member dialog's fields: a person and a membership, each with its message in red below it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from bmb_desktop.domain.enums import MemberCategory, MemberRole, Sex
from bmb_desktop.domain.members import MemberDraft
from bmb_desktop.services.roster_editing import Choice
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo, wide_combo
from bmb_desktop.ui.errors import FieldWithError

CONTEXT = "MemberForm"
PERSON_FIELDS = {
    "surname": QT_TRANSLATE_NOOP("MemberForm", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("MemberForm", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("MemberForm", "Patronymic"),
    "sex": QT_TRANSLATE_NOOP("MemberForm", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("MemberForm", "Date of birth"),
    "village": QT_TRANSLATE_NOOP("MemberForm", "Village"),
    "phone": QT_TRANSLATE_NOOP("MemberForm", "Phone"),
    "position": QT_TRANSLATE_NOOP("MemberForm", "Workplace and post"),
}
MEMBERSHIP_FIELDS = {
    "category": QT_TRANSLATE_NOOP("MemberForm", "Category"),
    "role": QT_TRANSLATE_NOOP("MemberForm", "Role in the group"),
    "appointed_on": QT_TRANSLATE_NOOP("MemberForm", "Appointed on"),
    "basis": QT_TRANSLATE_NOOP("MemberForm", "Basis"),
    "term_ends_on": QT_TRANSLATE_NOOP("MemberForm", "Term ends on"),
}
TYPICAL_BIRTH_YEAR = 1985  # where the calendar of a blank birth date opens
EDITOR_WIDTH = 270


class BasisField(QWidget):
    """A council resolution from the list, or another document named in words (a gathering protocol)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_resolution = QRadioButton(self)
        self.by_text = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.by_resolution)
        group.addButton(self.by_text)
        self.resolution = wide_combo(self, characters=26)
        self.text = QLineEdit(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.by_resolution, 0, 0)
        layout.addWidget(self.resolution, 0, 1)
        layout.addWidget(self.by_text, 1, 0)
        layout.addWidget(self.text, 1, 1)
        layout.setColumnStretch(1, 1)
        self.by_resolution.setChecked(True)
        self._enable()
        self.by_resolution.toggled.connect(self._enable)
        self.by_resolution.clicked.connect(self.edited)
        self.by_text.clicked.connect(self.edited)
        self.resolution.activated.connect(self.edited)
        self.text.textEdited.connect(self.edited)

    def _enable(self) -> None:
        self.resolution.setEnabled(self.by_resolution.isChecked())
        self.text.setEnabled(self.by_text.isChecked())

    def set_resolutions(self, choices: list[Choice]) -> None:
        for choice in choices:
            self.resolution.addItem(choice.label, choice.id)
        self.resolution.setCurrentIndex(-1)

    def value(self) -> tuple[int | None, str]:
        """(resolution id, text): only the chosen kind of basis counts."""
        if self.by_resolution.isChecked():
            return self.resolution.currentData(), ""
        return None, self.text.text()

    def set_value(self, resolution_id: int | None, text: str) -> None:
        by_text = resolution_id is None and bool(text.strip())
        (self.by_text if by_text else self.by_resolution).setChecked(True)
        choose_data(self.resolution, resolution_id)
        self.text.setText(text)

    def retranslate_ui(self) -> None:
        self.by_resolution.setText(self.tr("Council resolution"))
        self.by_text.setText(self.tr("Other document"))
        self.resolution.setPlaceholderText(self.tr("Choose the resolution"))
        self.text.setPlaceholderText(self.tr("e.g. protocol No. 2 of the community gathering of 28.05.2026"))


class MemberForm(QWidget):
    """Every field of a member; ``draft()`` reads them, ``show_problems`` puts messages under them.

    A field counts as touched once the user has changed it: messages show for touched fields only,
    until ``reveal_all`` (the first attempt to save) shows every one.
    """

    changed = Signal()
    appointment_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {
            "surname": QLineEdit(), "given_name": QLineEdit(), "patronymic": QLineEdit(),
            "sex": enum_combo(Sex), "birth_date": DateField(popup_year=TYPICAL_BIRTH_YEAR), "village": QComboBox(),
            "phone": QLineEdit(), "position": QLineEdit(), "category": enum_combo(MemberCategory),
            "role": enum_combo(MemberRole), "appointed_on": DateField(), "basis": BasisField(),
            "term_ends_on": DateField(optional=True),
        }
        for name in PERSON_FIELDS:
            self.editors[name].setMinimumWidth(EDITOR_WIDTH)  # room for the messages below them too
        self.rows = {name: FieldWithError(editor) for name, editor in self.editors.items()}
        self.labels = {name: QLabel() for name in self.editors}
        self.touched: set[str] = set()
        self.revealed = False
        self.person_box, self.membership_box = QGroupBox(self), QGroupBox(self)
        for box, names in ((self.person_box, PERSON_FIELDS), (self.membership_box, MEMBERSHIP_FIELDS)):
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                self.labels[name].setBuddy(self.editors[name])
                form.addRow(self.labels[name], self.rows[name])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person_box, 1)
        layout.addWidget(self.membership_box, 1)
        for name, editor in self.editors.items():
            self._watch(name, editor)
        self.retranslate_ui()

    def _watch(self, name: str, editor: QWidget) -> None:
        def touch(*_args) -> None:
            self.touched.add(name)
            if name == "appointed_on":
                self.appointment_changed.emit()
            self.changed.emit()

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(touch)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(touch)
        else:
            editor.edited.connect(touch)

    def retranslate_ui(self) -> None:
        self.person_box.setTitle(self.tr("Person"))
        self.membership_box.setTitle(self.tr("Membership in the group"))
        for name, text in {**PERSON_FIELDS, **MEMBERSHIP_FIELDS}.items():
            self.labels[name].setText(QCoreApplication.translate(CONTEXT, text))
        for name, values in (("sex", Sex), ("category", MemberCategory), ("role", MemberRole)):
            fill_enum_combo(self.editors[name], values)
        self.editors["sex"].setPlaceholderText(self.tr("Choose"))
        self.editors["category"].setPlaceholderText(self.tr("Choose"))
        self.editors["phone"].setPlaceholderText(self.tr("e.g. 0700 123 456"))
        if self.editors["village"].count():
            self.editors["village"].setItemText(0, self.tr("not stated"))
        self.editors["basis"].retranslate_ui()

    def set_choices(self, *, villages: list[Choice], resolutions: list[Choice]) -> None:
        village = self.editors["village"]
        village.addItem(self.tr("not stated"), None)
        for choice in villages:
            village.addItem(choice.label, choice.id)
        self.editors["basis"].set_resolutions(resolutions)

    def draft(self) -> MemberDraft:
        e = self.editors
        resolution_id, basis_text = e["basis"].value()
        return MemberDraft(
            surname=e["surname"].text(), given_name=e["given_name"].text(), patronymic=e["patronymic"].text(),
            sex=_enum(Sex, e["sex"].currentData()), birth_date=e["birth_date"].date(),
            village_id=e["village"].currentData(), phone=e["phone"].text(), position=e["position"].text(),
            category=_enum(MemberCategory, e["category"].currentData()),
            role=_enum(MemberRole, e["role"].currentData()) or MemberRole.MEMBER,
            appointed_on=e["appointed_on"].date(), basis_resolution_id=resolution_id, basis_text=basis_text,
            term_ends_on=e["term_ends_on"].date(),
        )

    def set_draft(self, draft: MemberDraft) -> None:
        e = self.editors
        for name in ("surname", "given_name", "patronymic", "phone", "position"):
            e[name].setText(getattr(draft, name))
        for name in ("sex", "category", "role"):
            choose_data(e[name], getattr(draft, name))
        e["village"].setCurrentIndex(max(0, e["village"].findData(draft.village_id)) if draft.village_id else 0)
        for name in ("birth_date", "appointed_on", "term_ends_on"):
            e[name].set_date(getattr(draft, name))
        e["basis"].set_value(draft.basis_resolution_id, draft.basis_text)
        self.touched.clear()

    def set_term_end(self, value: date | None) -> None:
        self.editors["term_ends_on"].set_date(value)

    def reveal_all(self) -> None:
        self.revealed = True

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            shown = self.revealed or name in self.touched
            row.set_message(problems.get(name, "") if shown else "")

    def messages(self) -> dict[str, str]:
        """The messages now shown, by field (what the user sees)."""
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}


def _enum(enum_class, value):
    return enum_class(value) if value else None
