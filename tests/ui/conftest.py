"""Fixtures of the interface tests: isolated folders, real SQLite databases and an app context."""

from __future__ import annotations

from datetime import date

import pytest

from bmb_desktop.domain.enums import MemberCategory, MemberRole, MembershipStatus, Sex, WithdrawalGround
from bmb_desktop.locale.i18n import set_language
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.settings import load_settings
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Membership, Person

TODAY = date(2026, 1, 15)


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path, monkeypatch):
    """Settings and data go to the test's folder, never to the real user's."""
    monkeypatch.setenv("BMB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BMB_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def translations(qapp):
    from bmb_desktop.ui.translation import Translations

    translations = Translations(qapp)
    translations.apply("ky")
    yield translations
    translations.clear()
    set_language("ky")


def sample_profile() -> MunicipalityProfile:
    return MunicipalityProfile(
        name="Д. Садырбаев",
        district="Ноокат",
        region="Ош",
        administrative_centre="Масы",
        aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү",
        aiyl_okmotu_head="Н. Абдыкадыров",
        council_name="Д. Садырбаев айылдык кеңеши",
        council_convocation="II",
        council_chair="А. Мамытов",
        responsible_secretary="Ж. Токтосунова",
        phone="+996 555 000 111",
        villages=["Масы", "Кара-Таш"],
    )


@pytest.fixture
def database(tmp_path):
    database = open_database(tmp_path / "bmb.sqlite3")
    with database.session() as session:
        save_profile(session, sample_profile())
    yield database
    database.close()


@pytest.fixture
def municipality_id(database) -> int:
    from bmb_desktop.services.municipality import own_municipality

    with database.session() as session:
        return own_municipality(session).id


MEMBERS = (
    # surname, given name, sex, category, role, appointed, withdrawn, ground
    ("Кандарова", "Гүлнара", Sex.FEMALE, MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.CHAIR, None, None),
    ("Султанова", "Каныкей", Sex.FEMALE, MemberCategory.ASSOCIATION_REPRESENTATIVE, MemberRole.MEMBER, None, None),
    ("Осмоналиев", "Эрлан", Sex.MALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.SECRETARY, None, None),
    ("Жантаева", "Урмат", Sex.FEMALE, MemberCategory.COUNCIL_DEPUTY, MemberRole.MEMBER, None, None),
    ("Ташиев", "Кубат", Sex.MALE, MemberCategory.MUNICIPAL_EMPLOYEE, MemberRole.MEMBER,
     date(2025, 6, 1), WithdrawalGround.OWN_APPLICATION),
)


def add_members(database, municipality_id: int) -> None:
    """Four current members and one who left on 1 June 2025."""
    with database.session() as session:
        for surname, given, sex, category, role, withdrawn_on, ground in MEMBERS:
            person = Person(municipality_id=municipality_id, surname=surname, given_name=given, sex=sex,
                            birth_date=date(1980, 3, 1), position=f"{surname} иштеген жер")
            session.add(person)
            session.flush()
            session.add(Membership(
                municipality_id=municipality_id, person_id=person.id, category=category, role=role,
                basis_text="№ 12/5", appointed_on=date(2025, 1, 10),
                status=MembershipStatus.WITHDRAWN if withdrawn_on else MembershipStatus.ACTIVE,
                withdrawn_on=withdrawn_on, withdrawal_ground=ground,
            ))
        session.commit()


@pytest.fixture
def members(database, municipality_id):
    add_members(database, municipality_id)


@pytest.fixture
def context(database, municipality_id, translations):
    from bmb_desktop.ui.context import AppContext
    from bmb_desktop.ui.tasks import TaskRunner

    return AppContext(
        database=database,
        municipality_id=municipality_id,
        settings=load_settings(),
        translations=translations,
        tasks=TaskRunner(synchronous=True),
        today=lambda: TODAY,
    )


@pytest.fixture
def demo_database(tmp_path):
    from bmb_desktop.services.demo import create_demo_database

    database = open_database(create_demo_database(tmp_path / "demo.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def demo_context(demo_database, translations):
    from bmb_desktop.services.municipality import own_municipality
    from bmb_desktop.ui.context import AppContext
    from bmb_desktop.ui.tasks import TaskRunner

    with demo_database.session() as session:
        municipality_id = own_municipality(session).id
    return AppContext(
        database=demo_database,
        municipality_id=municipality_id,
        settings=load_settings(),
        translations=translations,
        tasks=TaskRunner(synchronous=True),
        demo=True,
    )


def type_text(widget, text: str) -> None:
    """Type ``text`` as key presses; QTest.keyClicks cannot type Cyrillic letters."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character))
