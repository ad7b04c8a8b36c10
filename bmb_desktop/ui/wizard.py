"""The first-run wizard: the municipality profile, entered page by page and checked as it is typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget, QWizard, QWizardPage

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.municipality import save_profile, validate_profile
from bmb_desktop.storage.database import Database
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.icons import app_icon
from bmb_desktop.ui.profile_form import (
    AIMAK_FIELDS,
    COUNCIL_FIELDS,
    OKMOTU_FIELDS,
    VILLAGE_FIELDS,
    ProfileFields,
)
from bmb_desktop.ui.retranslating import Retranslating

CONTEXT = "FirstRunWizard"
PAGES = (
    (AIMAK_FIELDS, QT_TRANSLATE_NOOP("FirstRunWizard", "Aiyl aimak"),
     QT_TRANSLATE_NOOP("FirstRunWizard", "Welcome! Enter your municipality once; everything can be "
                       "changed later in Settings.")),
    (OKMOTU_FIELDS, QT_TRANSLATE_NOOP("FirstRunWizard", "Aiyl okmotu"),
     QT_TRANSLATE_NOOP("FirstRunWizard", "The executive body, its head and the responsible secretary. "
                       "The phone may be left empty.")),
    (COUNCIL_FIELDS, QT_TRANSLATE_NOOP("FirstRunWizard", "Aiyl kenesh"),
     QT_TRANSLATE_NOOP("FirstRunWizard", "The local council that approves the group and its plan. "
                       "Tick the date only if you know it.")),
    (VILLAGE_FIELDS, QT_TRANSLATE_NOOP("FirstRunWizard", "Villages"),
     QT_TRANSLATE_NOOP("FirstRunWizard", "Every village of the aiyl aimak, one per line.")),
)


class ProfilePage(QWizardPage):
    """Some of the profile's fields; Next stays disabled while any of them has a problem."""

    def __init__(self, fields: ProfileFields, names: Sequence[str], title: str, subtitle: str) -> None:
        super().__init__()
        self.fields, self.names = fields, tuple(names)
        self._title, self._subtitle = title, subtitle
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.add_rows(form, self.names)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # fields stay at the top of a page with few of them
        fields.changed.connect(self.completeChanged)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate(CONTEXT, self._title))
        self.setSubTitle(QCoreApplication.translate(CONTEXT, self._subtitle))

    def initializePage(self) -> None:
        villages = self.fields.editors["villages"]
        # The administrative centre is always one of the villages: offer it, the user adds the rest.
        if "villages" in self.names and not villages.toPlainText().strip():
            centre = self.fields.editors["administrative_centre"].text().strip()
            if centre:
                villages.setPlainText(centre + "\n")
                villages.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on the next line
                self.fields.touched.discard("villages")

    def problems(self) -> dict[str, str]:
        found = validate_profile(self.fields.profile())
        return {name: message for name, message in found.items() if name in self.names}

    def isComplete(self) -> bool:
        return not self.problems()


class FirstRunWizard(Retranslating, QWizard):
    """Creates the database's own municipality; cancelling leaves the database without one."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.municipality_id: int | None = None
        self.fields = ProfileFields(self)
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.profile_pages = [ProfilePage(self.fields, *page) for page in PAGES]
        for page in self.profile_pages:
            self.addPage(page)
        self.fields.changed.connect(self._show_messages)
        self.resize(720, 520)
        self.retranslate_ui()

    def _show_messages(self) -> None:
        self.fields.show_problems(validate_profile(self.fields.profile()), touched_only=True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("BMB Desktop: first start"))
        # Our own texts: Qt's catalog has no Kyrgyz and would show the Russian fallback.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.fields.retranslate_ui()
        for page in self.profile_pages:
            page.retranslate_ui()
        self._show_messages()

    def accept(self) -> None:
        try:
            with self.database.session() as session:
                municipality = save_profile(session, self.fields.profile())
                self.municipality_id = municipality.id
        except ValidationError as error:
            self.fields.touched.update(error.problems)
            self.fields.show_problems(error.problems)
            show_error(self, error)
            return
        except UserError as error:
            show_error(self, error)
            return
        super().accept()
