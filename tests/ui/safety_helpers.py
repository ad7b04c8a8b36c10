"""Helpers of the data-safety interface tests: databases with data, and answering modal dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from bmb_desktop.domain.enums import Sex
from bmb_desktop.services.municipality import MunicipalityProfile, save_profile
from bmb_desktop.storage.database import open_database
from bmb_desktop.storage.models import Person


def make_database(path: Path, *, people: int = 3) -> Path:
    """A closed database file with the municipality and ``people`` persons."""
    database = open_database(path)
    with database.session() as session:
        save_profile(session, MunicipalityProfile(
            name="Д. Садырбаев", district="Ноокат", region="Ош", administrative_centre="Масы",
            aiyl_okmotu_name="Д. Садырбаев айыл өкмөтү", aiyl_okmotu_head="Н. Абдыкадыров",
            council_name="Д. Садырбаев айылдык кеңеши", council_convocation="II", council_chair="А. Мамытов",
            responsible_secretary="Ж. Токтосунова", villages=["Масы"],
        ))
    add_people(database, people)
    database.close()
    return path


def add_people(database, count: int, *, surname: str = "Асанова") -> None:
    from bmb_desktop.services.municipality import own_municipality

    with database.session() as session:
        municipality_id = own_municipality(session).id
        for number in range(count):
            session.add(Person(municipality_id=municipality_id, surname=f"{surname}{number}", given_name="Айгүл", sex=Sex.FEMALE))
        session.commit()


def count_people(database) -> int:
    from sqlalchemy import func, select

    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def answer_dialogs(*actions: Callable[[QWidget], None], then: Callable[[], bool] | None = None) -> list[QWidget]:
    """Answer the next modal dialogs in turn (their exec() blocks the test), skipping busy
    indicators; afterwards call ``then`` until it returns True. Returns the dialogs seen."""
    seen: list[QWidget] = []
    pending = list(actions)
    deadline = time.monotonic() + 60  # a test that failed early must not answer the next test's dialogs

    def poll() -> None:
        if time.monotonic() > deadline:
            return
        dialog = QApplication.activeModalWidget()
        if pending and dialog is not None and not isinstance(dialog, QProgressDialog) and dialog not in seen:
            seen.append(dialog)
            action = pending.pop(0)
            QTimer.singleShot(20, poll)  # first: the action may open the next dialog and block in it
            action(dialog)
            return
        if not pending and (then is None or then()):
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def click_button_with_role(role: QMessageBox.ButtonRole) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()

    return click
