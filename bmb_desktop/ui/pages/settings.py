"""The settings page: the municipality profile, languages and user, the regulation profile, the calendar,
data safety and the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.audit_user import set_audit_user
from bmb_desktop.services.municipality import MunicipalityProfile, own_municipality, save_profile, validate_profile
from bmb_desktop.settings import save_settings
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, show_error
from bmb_desktop.ui.pages.audit_log import AuditLogSection
from bmb_desktop.ui.pages.base import Page, heading_label
from bmb_desktop.ui.pages.calendar_section import CalendarSection
from bmb_desktop.ui.pages.regulation_section import RegulationSection
from bmb_desktop.ui.pages.safety_section import SafetySection
from bmb_desktop.ui.profile_form import AIMAK_FIELDS, COUNCIL_FIELDS, OKMOTU_FIELDS, VILLAGE_FIELDS, ProfileFields
from bmb_desktop.ui.translation import LANGUAGE_NAMES



class SettingsPage(Page):
    profile_saved = Signal()
    rules_changed = Signal()  # the regulation profile or the calendar changed: every finding is read again
    database_replaced = Signal(object)  # a backup was restored (the RestoreResult): every view is rebuilt

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = heading_label(self)
        self.fields = ProfileFields(self)
        self.profile_box = QGroupBox(self)
        left, right = QFormLayout(), QFormLayout()
        self.fields.add_rows(left, AIMAK_FIELDS + OKMOTU_FIELDS)
        self.fields.add_rows(right, COUNCIL_FIELDS + VILLAGE_FIELDS)
        self.save_button = QPushButton(self.profile_box)
        self.status = QLabel(self.profile_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addLayout(columns)
        profile_layout.addLayout(actions)

        self.preferences_box = QGroupBox(self)
        self.language = self._language_combo()
        self.document_language = self._language_combo()
        self.user_name = QLineEdit(self.preferences_box)
        self.preferences_note = QLabel(self.preferences_box)
        self.preferences_note.setWordWrap(True)
        self.user_name.setMinimumWidth(360)
        preferences = QFormLayout(self.preferences_box)
        preferences.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label, self.document_label, self.user_label = QLabel(), QLabel(), QLabel()
        preferences.addRow(self.language_label, self.language)
        preferences.addRow(self.document_label, self.document_language)
        preferences.addRow(self.user_label, self.user_name)
        preferences.addRow(self.preferences_note)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.profile_box)
        content_layout.addWidget(self.preferences_box)
        content_layout.addStretch(1)
        self.regulation = RegulationSection(context)
        self.calendar = CalendarSection(context)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrolled(content), "")
        self.tabs.addTab(_scrolled(self.regulation), "")
        self.tabs.addTab(self.calendar, "")
        self.safety = SafetySection(context)
        self.audit_log = AuditLogSection(context)
        self.tabs.addTab(_scrolled(self.safety), "")
        self.tabs.addTab(self.audit_log, "")
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.tabs, 1)
        self.regulation.saved.connect(self.rules_changed)
        self.calendar.changed.connect(self.rules_changed)
        self.safety.database_replaced.connect(self._database_replaced)

        self._load()
        self.save_button.clicked.connect(self.save)
        self.fields.changed.connect(self._clear_status)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.document_language.currentIndexChanged.connect(self._preferences_changed)
        self.user_name.editingFinished.connect(self._preferences_changed)
        self.retranslate_ui()

    def _language_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            combo.addItem(name, code)
        return combo

    def _load(self) -> None:
        settings = self.context.settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.document_language.setCurrentIndex(max(0, self.document_language.findData(settings.document_language)))
        self.user_name.setText(settings.user_name)
        with self.context.database.session() as session:
            municipality = own_municipality(session)
            profile = MunicipalityProfile.of(municipality) if municipality else MunicipalityProfile()
        self.fields.set_profile(profile)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("Municipality"))
        self.tabs.setTabText(1, self.tr("BMjB group regulation"))
        self.tabs.setTabText(2, self.tr("Working-day calendar"))
        self.tabs.setTabText(3, self.tr("Data safety"))
        self.tabs.setTabText(4, self.tr("Audit log"))
        self.safety.retranslate_ui()
        self.audit_log.retranslate_ui()
        self.regulation.retranslate_ui()
        self.calendar.retranslate_ui()
        self.profile_box.setTitle(self.tr("Municipality profile"))
        self.save_button.setText(self.tr("Save profile"))
        self.preferences_box.setTitle(self.tr("Languages and user"))
        self.language_label.setText(self.tr("Interface language:"))
        self.document_label.setText(self.tr("Language of printed documents:"))
        self.user_label.setText(self.tr("Your name (for the change log):"))
        self.preferences_note.setText(self.tr("These settings are applied and kept at once."))
        self.fields.retranslate_ui()
        self._clear_status()

    def refresh(self) -> None:
        # Never reload the forms here: that would throw away what the user is typing.
        if self.fields.messages():
            self.fields.show_problems(validate_profile(self.fields.profile()))
        self.regulation.refresh()
        self.calendar.refresh()  # holiday names follow the language
        self.safety.refresh()
        self.audit_log.refresh()

    def showEvent(self, event) -> None:
        # Lists other pages may have added to (resolutions); what the user typed stays.
        self.regulation.reload_resolutions()
        super().showEvent(event)

    def show_safety(self) -> SafetySection:
        self.tabs.setCurrentIndex(3)
        return self.safety

    def _database_replaced(self, result) -> None:
        """Another database file is in place: the forms show its data (nothing typed is pending
        here, the restore dialog was modal)."""
        self._load()
        self.regulation.load()
        self.refresh()
        self.database_replaced.emit(result)

    def save(self) -> bool:
        profile = self.fields.profile()
        problems = validate_profile(profile)
        self.fields.show_problems(problems)
        if problems:
            self._set_status(self.tr("Not saved: correct the fields marked in red."), ERROR_COLOUR)
            return False
        try:
            with self.context.database.session() as session:
                save_profile(session, profile)
        except ValidationError as error:
            self.fields.show_problems(error.problems)
            self._set_status(self.tr("Not saved: correct the fields marked in red."), ERROR_COLOUR)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self._set_status(self.tr("Saved."), SAVED_COLOUR)
        self.profile_saved.emit()
        return True

    def _set_status(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    def _clear_status(self) -> None:
        self.status.clear()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self.context.translations.apply(code)
        self._preferences_changed()

    def _preferences_changed(self) -> None:
        settings = self.context.settings
        settings.language = self.language.currentData()
        settings.document_language = self.document_language.currentData()
        if settings.user_name != self.user_name.text().strip():
            settings.user_name = self.user_name.text().strip()
            set_audit_user(self.context.database, settings.user_name)
        save_settings(settings)


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
