"""Dates written the way official Kyrgyz and Russian documents write them (domain.md §9).

Kyrgyz documents put the year first in the genitive and the month in its possessive form after the
ordinal day: "2025-жылдын 14-октябры". Case suffixes follow the possessive with the pronominal "н"
and vowel harmony (ы, у -> а; и -> е; genitive ы -> ы, у -> у, и -> и). The forms are written out
in tables rather than derived, because usage has exceptions: the councils cite Cabinet
resolutions as "2024-жылдын 29-апрелдеги" where the rule would give "апрелиндеги".

Only inflection lives here: postpositions and prepositions ("чейин", "баштап", "от", "до") belong
to the sentence that uses the date, so translators keep control of word order. In Russian the
day and year after such prepositions are always genitive, so every case gives "14 октября".
Babel is not used: its ``ky`` long format ("2025-ж., 14-октябрь") is not the document style.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from bmb_desktop.locale.i18n import normalise_language


class DateCase(StrEnum):
    """The grammatical form a date takes in a Kyrgyz sentence."""

    PLAIN = "plain"  # 14-октябры: a date standing alone, a document's date line
    GENITIVE = "genitive"  # 21-ноябрынын абалы боюнча (as of)
    ATTRIBUTIVE = "attributive"  # 22-сентябрындагы № 270 Жарлыгы (of)
    LOCATIVE = "locative"  # 1-ноябрында өткөрүлсүн (on)
    ABLATIVE = "ablative"  # 1-январынан баштап (from)
    DATIVE = "dative"  # 28-октябрына чейин (until, by)


# Nominative month names, as in "28-март 2019-жыл" and in calendars; Russian spells them the same.
MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip

RU_MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip

# Month forms after the day, by case; index 0 is January.
KY_MONTH_FORMS: dict[DateCase, tuple[str, ...]] = {
    DateCase.PLAIN: (
        "январы", "февралы", "марты", "апрели", "майы", "июну",
        "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры",
    ),
    DateCase.GENITIVE: (
        "январынын", "февралынын", "мартынын", "апрелинин", "майынын", "июнунун",
        "июлунун", "августунун", "сентябрынын", "октябрынын", "ноябрынын", "декабрынын",
    ),
    DateCase.ATTRIBUTIVE: (
        "январындагы", "февралындагы", "мартындагы", "апрелдеги", "майындагы", "июнундагы",
        "июлундагы", "августундагы", "сентябрындагы", "октябрындагы", "ноябрындагы",
        "декабрындагы",
    ),
    DateCase.LOCATIVE: (
        "январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
        "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында",
    ),
    DateCase.ABLATIVE: (
        "январынан", "февралынан", "мартынан", "апрелинен", "майынан", "июнунан",
        "июлунан", "августунан", "сентябрынан", "октябрынан", "ноябрынан", "декабрынан",
    ),
    DateCase.DATIVE: (
        "январына", "февралына", "мартына", "апрелине", "майына", "июнуна",
        "июлуна", "августуна", "сентябрына", "октябрына", "ноябрына", "декабрына",
    ),
}  # fmt: skip

# "2026-жыл" in each case: "жыл" has a back vowel, so the suffixes are all back-vowel ones;
# the locative of a year is the possessive "2026-жылы" (in 2026), as documents write it.
KY_YEAR_FORMS: dict[DateCase, str] = {
    DateCase.PLAIN: "жыл",
    DateCase.GENITIVE: "жылдын",
    DateCase.ATTRIBUTIVE: "жылдагы",
    DateCase.LOCATIVE: "жылы",
    DateCase.ABLATIVE: "жылдан",
    DateCase.DATIVE: "жылга",
}

# Russian year after a number: "2026 год", "в 2026 году", otherwise genitive "2026 года".
# Accusative "на 2026 год" equals the plain form.
_RU_YEAR_FORMS: dict[DateCase, str] = {DateCase.PLAIN: "год", DateCase.LOCATIVE: "году"}


def month_name(month: int) -> str:
    """The nominative name of ``month`` (1-12) in Kyrgyz and Russian alike: "октябрь"."""
    return MONTHS[month - 1]


def day_month(d: date, case: DateCase | str = DateCase.PLAIN, *, language: str = "ky") -> str:
    """Day and month: "14-октябры", "22-сентябрындагы", "1-ноябрында"; Russian "14 октября"."""
    case = DateCase(case)
    if normalise_language(language) == "ru":
        return f"{d.day} {RU_MONTHS_GENITIVE[d.month - 1]}"
    return f"{d.day}-{KY_MONTH_FORMS[case][d.month - 1]}"


def document_date(d: date, language: str = "ky", *, case: DateCase | str = DateCase.PLAIN) -> str:
    """The full date of a document: "2025-жылдын 14-октябры"; Russian "14 октября 2025 года".

    ``case`` inflects the Kyrgyz month: "2025-жылдын 14-октябрындагы № 12/5 токтому".
    """
    if normalise_language(language) == "ru":
        return f"{day_month(d, case, language='ru')} {d.year} года"
    return f"{year_phrase(d.year, DateCase.GENITIVE)} {day_month(d, case)}"


def alternative_date(d: date, language: str = "ky") -> str:
    """The other accepted style, day first: "28-март 2019-жыл"; Russian "28 марта 2019 г."."""
    if normalise_language(language) == "ru":
        return f"{d.day} {RU_MONTHS_GENITIVE[d.month - 1]} {d.year} г."
    return f"{d.day}-{MONTHS[d.month - 1]} {year_phrase(d.year)}"


def short_date(d: date) -> str:
    """Digits only, the same in both languages: "14.10.2025"."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def year_phrase(year: int, case: DateCase | str = DateCase.PLAIN, *, language: str = "ky") -> str:
    """A year: "2026-жыл", "2025-жылдын", "2026-жылы", "2026-жылга"; Russian "2026 год"."""
    case = DateCase(case)
    if normalise_language(language) == "ru":
        return f"{year} {_RU_YEAR_FORMS.get(case, 'года')}"
    return f"{year}-{KY_YEAR_FORMS[case]}"
