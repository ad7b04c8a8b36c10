"""How people's names are written in documents: initial and surname ("Г. Кандарова")."""

from __future__ import annotations


def short_name(given_name: str, surname: str) -> str:
    """'Гүлнара', 'Кандарова' -> 'Г. Кандарова'; a missing given name leaves the surname alone."""
    given = given_name.strip()
    surname = surname.strip()
    return f"{given[0].upper()}. {surname}" if given else surname


def full_name(surname: str, given_name: str, patronymic: str = "") -> str:
    """Surname first, as in lists: 'Кандарова Гүлнара Асановна'."""
    return " ".join(part.strip() for part in (surname, given_name, patronymic) if part.strip())
