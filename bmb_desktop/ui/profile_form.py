"""The municipality profile's input fields, shared by the first-run wizard and the Settings page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bmb_desktop.services.municipality import MunicipalityProfile
from bmb_desktop.ui.errors import FieldWithError

CONTEXT = "ProfileFields"
LABELS = {
    "name": QT_TRANSLATE_NOOP("ProfileFields", "Aiyl aimak"),
    "district": QT_TRANSLATE_NOOP("ProfileFields", "District"),
    "region": QT_TRANSLATE_NOOP("ProfileFields", "Region"),
    "administrative_centre": QT_TRANSLATE_NOOP("ProfileFields", "Administrative centre (village)"),
    "aiyl_okmotu_name": QT_TRANSLATE_NOOP("ProfileFields", "Aiyl okmotu"),
    "aiyl_okmotu_head": QT_TRANSLATE_NOOP("ProfileFields", "Head of the aiyl okmotu"),
    "responsible_secretary": QT_TRANSLATE_NOOP("ProfileFields", "Responsible secretary"),
    "phone": QT_TRANSLATE_NOOP("ProfileFields", "Phone"),
    "council_name": QT_TRANSLATE_NOOP("ProfileFields", "Aiyl kenesh"),
    "council_convocation": QT_TRANSLATE_NOOP("ProfileFields", "Convocation"),
    "council_chair": QT_TRANSLATE_NOOP("ProfileFields", "Chair of the aiyl kenesh"),
    "council_formed_on": QT_TRANSLATE_NOOP("ProfileFields", "Kenesh formed on"),
    "villages": QT_TRANSLATE_NOOP("ProfileFields", "Villages (one per line)"),
}
AIMAK_FIELDS = ("name", "district", "region", "administrative_centre")
OKMOTU_FIELDS = ("aiyl_okmotu_name", "aiyl_okmotu_head", "responsible_secretary", "phone")
COUNCIL_FIELDS = ("council_name", "council_convocation", "council_chair", "council_formed_on")
VILLAGE_FIELDS = ("villages",)
TEXT_FIELDS = AIMAK_FIELDS + OKMOTU_FIELDS + COUNCIL_FIELDS[:3]


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box switches the date editor on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("dd.MM.yyyy")
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.known.toggled.connect(self.editor.setEnabled)
        self.known.toggled.connect(self.changed)
        self.editor.dateChanged.connect(self.changed)

    def date(self) -> date | None:
        return self.editor.date().toPython() if self.known.isChecked() else None

    def set_date(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))


class ProfileFields(QObject):
    """One editor per profile field, each inside a FieldWithError, plus its label.

    A field counts as touched once the user has edited it; the wizard shows messages only for
    touched fields so that a fresh page is not a wall of red.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.editors["council_formed_on"] = OptionalDateEdit()
        villages = QPlainTextEdit()
        villages.setTabChangesFocus(True)
        villages.setFixedHeight(110)
        self.editors["villages"] = villages
        self.rows = {name: FieldWithError(editor) for name, editor in self.editors.items()}
        self.labels = {name: QLabel() for name in self.editors}
        self.touched: set[str] = set()
        for name, editor in self.editors.items():
            self.labels[name].setBuddy(editor)
            self._watch(name, editor)
        self.editors["council_convocation"].setMaxLength(8)
        self.retranslate_ui()

    def _watch(self, name: str, editor: QWidget) -> None:
        def touch(*_args) -> None:
            self.touched.add(name)
            self.changed.emit()

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(touch)
        elif isinstance(editor, QPlainTextEdit):
            # textChanged also fires on setPlainText; set_profile clears `touched` afterwards.
            editor.textChanged.connect(touch)
        else:
            editor.changed.connect(touch)

    def add_rows(self, form: QFormLayout, names: Iterable[str]) -> None:
        for name in names:
            form.addRow(self.labels[name], self.rows[name])

    def retranslate_ui(self) -> None:
        for name, text in LABELS.items():
            self.labels[name].setText(QCoreApplication.translate(CONTEXT, text))
        self.editors["council_formed_on"].known.setText(QCoreApplication.translate("ProfileFields", "known"))
        self.editors["council_convocation"].setPlaceholderText(QCoreApplication.translate("ProfileFields", "e.g. II"))

    def profile(self) -> MunicipalityProfile:
        values = {name: self.editors[name].text() for name in TEXT_FIELDS}
        lines = self.editors["villages"].toPlainText().splitlines()
        return MunicipalityProfile(
            **values,
            council_formed_on=self.editors["council_formed_on"].date(),
            villages=[line.strip() for line in lines if line.strip()],
        )

    def set_profile(self, profile: MunicipalityProfile) -> None:
        for name in TEXT_FIELDS:
            self.editors[name].setText(getattr(profile, name))
        self.editors["council_formed_on"].set_date(profile.council_formed_on)
        self.editors["villages"].setPlainText("\n".join(profile.villages))
        self.touched.clear()

    def show_problems(self, problems: dict[str, str], *, touched_only: bool = False) -> None:
        for name, row in self.rows.items():
            visible = not touched_only or name in self.touched
            row.set_message(problems.get(name, "") if visible else "")

    def messages(self) -> dict[str, str]:
        """The messages now shown, by field (what the user sees)."""
        return {name: row.message_text() for name, row in self.rows.items() if row.message_text()}
