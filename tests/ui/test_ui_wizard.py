"""The first-run wizard checks the profile as it is typed and creates the municipality at the end."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from bmb_desktop.locale.i18n import translate
from bmb_desktop.services.municipality import own_municipality
from bmb_desktop.storage.database import open_database
from bmb_desktop.ui.app import ensure_municipality
from bmb_desktop.ui.wizard import FirstRunWizard

from .conftest import type_text

PAGE_VALUES = (
    {"name": "Д. Садырбаев", "district": "Ноокат", "region": "Ош", "administrative_centre": "Масы"},
    {"aiyl_okmotu_name": "Д. Садырбаев айыл өкмөтү", "aiyl_okmotu_head": "Н. Абдыкадыров",
     "responsible_secretary": "Ж. Токтосунова", "phone": "0555 000 111"},
    {"council_name": "Д. Садырбаев айылдык кеңеши", "council_convocation": "II", "council_chair": "А. Мамытов"},
)


def new_wizard(qtbot, tmp_path):
    database = open_database(tmp_path / "new.sqlite3")
    wizard = FirstRunWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, database


def type_into(qtbot, wizard, values):
    for name, text in values.items():
        type_text(wizard.fields.editors[name], text)


def test_empty_name_shows_its_message_and_disables_next(qtbot, tmp_path, translations):
    wizard, database = new_wizard(qtbot, tmp_path)
    name = wizard.fields.editors["name"]
    type_text(name, "Д")
    qtbot.keyClick(name, Qt.Key.Key_Backspace)

    assert wizard.fields.rows["name"].message_text() == translate("Enter the name of the aiyl aimak.", "ky")
    assert wizard.fields.rows["district"].message_text() == ""  # not touched yet: no red wall
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    database.close()


def test_completing_every_page_creates_the_municipality(qtbot, tmp_path, translations):
    wizard, database = new_wizard(qtbot, tmp_path)
    for values in PAGE_VALUES:
        type_into(qtbot, wizard, values)
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
    villages = wizard.fields.editors["villages"]
    assert villages.toPlainText().strip() == "Масы"  # the administrative centre is offered
    type_text(villages, "Кара-Таш")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    wizard.button(QWizard.WizardButton.FinishButton).click()

    with database.session() as session:
        municipality = own_municipality(session)
        assert municipality.id == wizard.municipality_id
        assert municipality.name == "Д. Садырбаев"
        assert municipality.responsible_secretary == "Ж. Токтосунова"
        assert [village.name for village in municipality.villages] == ["Масы", "Кара-Таш"]
    database.close()


def test_cancelling_the_first_run_wizard_creates_no_municipality(qtbot, tmp_path, translations):
    database = open_database(tmp_path / "new.sqlite3")

    def cancel():
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(50, cancel)
    assert ensure_municipality(database) is None
    with database.session() as session:
        assert own_municipality(session) is None
    database.close()


def test_wizard_buttons_are_in_kyrgyz_by_default(qtbot, tmp_path, translations):
    wizard, database = new_wizard(qtbot, tmp_path)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Жокко чыгаруу"
    database.close()
