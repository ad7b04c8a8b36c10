"""Kyrgyz and Russian document dates: every month in every case, and the styles of domain.md §9."""

from datetime import date

import pytest

from bmb_desktop.locale.dates import (
    DateCase,
    alternative_date,
    day_month,
    document_date,
    month_name,
    short_date,
    year_phrase,
)

# Written out by hand from the documents (not derived from the module's tables):
# plain, genitive, attributive (of), locative (on), ablative (from), dative (until, with "чейин").
EXPECTED = {
    1: ("январы", "январынын", "январындагы", "январында", "январынан", "январына"),
    2: ("февралы", "февралынын", "февралындагы", "февралында", "февралынан", "февралына"),
    3: ("марты", "мартынын", "мартындагы", "мартында", "мартынан", "мартына"),
    4: ("апрели", "апрелинин", "апрелдеги", "апрелинде", "апрелинен", "апрелине"),
    5: ("майы", "майынын", "майындагы", "майында", "майынан", "майына"),
    6: ("июну", "июнунун", "июнундагы", "июнунда", "июнунан", "июнуна"),
    7: ("июлу", "июлунун", "июлундагы", "июлунда", "июлунан", "июлуна"),
    8: ("августу", "августунун", "августундагы", "августунда", "августунан", "августуна"),
    9: ("сентябры", "сентябрынын", "сентябрындагы", "сентябрында", "сентябрынан", "сентябрына"),
    10: ("октябры", "октябрынын", "октябрындагы", "октябрында", "октябрынан", "октябрына"),
    11: ("ноябры", "ноябрынын", "ноябрындагы", "ноябрында", "ноябрынан", "ноябрына"),
    12: ("декабры", "декабрынын", "декабрындагы", "декабрында", "декабрынан", "декабрына"),
}
CASES = (
    DateCase.PLAIN,
    DateCase.GENITIVE,
    DateCase.ATTRIBUTIVE,
    DateCase.LOCATIVE,
    DateCase.ABLATIVE,
    DateCase.DATIVE,
)
RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("case", CASES, ids=str)
def test_kyrgyz_month_takes_the_documented_form_in_every_case(month, case):
    expected = EXPECTED[month][CASES.index(case)]
    assert day_month(date(2025, month, 14), case) == f"14-{expected}"


# Vowel harmony checked independently of the table: after the possessive vowel ы or у the
# low-vowel suffixes take "а", after и they take "е"; the genitive repeats the possessive vowel.
SUFFIXES = {
    DateCase.LOCATIVE: {"ы": "нда", "у": "нда", "и": "нде"},
    DateCase.ABLATIVE: {"ы": "нан", "у": "нан", "и": "нен"},
    DateCase.DATIVE: {"ы": "на", "у": "на", "и": "не"},
    DateCase.GENITIVE: {"ы": "нын", "у": "нун", "и": "нин"},
    DateCase.ATTRIBUTIVE: {"ы": "ндагы", "у": "ндагы", "и": "ндеги"},
}


# April's attributive is the documents' "апрелдеги" (seed 001), checked on its own below.
HARMONY_CASES = [
    (month, case)
    for case in SUFFIXES
    for month in range(1, 13)
    if (month, case) != (4, DateCase.ATTRIBUTIVE)
]


@pytest.mark.parametrize(("month", "case"), HARMONY_CASES, ids=str)
def test_case_suffix_follows_vowel_harmony_of_the_possessive(month, case):
    possessive = day_month(date(2025, month, 1))
    assert day_month(date(2025, month, 1), case) == possessive + SUFFIXES[case][possessive[-1]]


def test_april_attributive_is_written_as_in_the_cabinet_resolution_cited_by_the_council():
    assert document_date(date(2024, 4, 29), case="attributive") == "2024-жылдын 29-апрелдеги"


@pytest.mark.parametrize(
    ("d", "case", "expected"),
    [
        (date(2025, 10, 14), DateCase.PLAIN, "2025-жылдын 14-октябры"),
        (date(2025, 9, 22), DateCase.ATTRIBUTIVE, "2025-жылдын 22-сентябрындагы"),
        (date(2025, 11, 1), DateCase.LOCATIVE, "2025-жылдын 1-ноябрында"),
        (date(2026, 1, 1), DateCase.ABLATIVE, "2026-жылдын 1-январынан"),
        (date(2024, 12, 21), DateCase.ATTRIBUTIVE, "2024-жылдын 21-декабрындагы"),
        (date(2025, 10, 28), DateCase.DATIVE, "2025-жылдын 28-октябрына"),
    ],
)
def test_document_date_reproduces_the_dates_of_the_council_resolutions(d, case, expected):
    assert document_date(d, "ky", case=case) == expected


def test_kyrgyz_is_the_default_language_and_cases_may_be_given_by_name():
    assert document_date(date(2025, 10, 14)) == "2025-жылдын 14-октябры"
    assert day_month(date(2025, 11, 1), case="locative") == "1-ноябрында"


def test_unknown_case_is_refused():
    with pytest.raises(ValueError):
        day_month(date(2025, 11, 1), case="instrumental")


@pytest.mark.parametrize("month", range(1, 13))
def test_russian_document_date_puts_the_month_in_the_genitive(month):
    assert document_date(date(2025, month, 14), "ru") == f"14 {RU_GENITIVE[month - 1]} 2025 года"


@pytest.mark.parametrize("case", CASES, ids=str)
def test_russian_dates_stay_genitive_because_prepositions_carry_the_case(case):
    assert document_date(date(2025, 10, 14), "ru", case=case) == "14 октября 2025 года"
    assert day_month(date(2025, 10, 14), case, language="ru") == "14 октября"


def test_alternative_style_puts_the_day_first():
    assert alternative_date(date(2019, 3, 28)) == "28-март 2019-жыл"
    assert alternative_date(date(2025, 10, 14)) == "14-октябрь 2025-жыл"
    assert alternative_date(date(2019, 3, 28), "ru") == "28 марта 2019 г."


def test_short_date_pads_day_and_month():
    assert short_date(date(2025, 10, 14)) == "14.10.2025"
    assert short_date(date(2026, 1, 5)) == "05.01.2026"


@pytest.mark.parametrize(
    ("case", "kyrgyz", "russian"),
    [
        (DateCase.PLAIN, "2026-жыл", "2026 год"),
        (DateCase.GENITIVE, "2026-жылдын", "2026 года"),
        (DateCase.ATTRIBUTIVE, "2026-жылдагы", "2026 года"),
        (DateCase.LOCATIVE, "2026-жылы", "2026 году"),
        (DateCase.ABLATIVE, "2026-жылдан", "2026 года"),
        (DateCase.DATIVE, "2026-жылга", "2026 года"),
    ],
)
def test_year_phrase_in_every_case(case, kyrgyz, russian):
    assert year_phrase(2026, case) == kyrgyz
    assert year_phrase(2026, case, language="ru") == russian


def test_year_phrase_defaults_to_the_plain_kyrgyz_form():
    assert year_phrase(2026) == "2026-жыл"


def test_month_names_are_nominative():
    assert [month_name(m) for m in (1, 4, 10)] == ["январь", "апрель", "октябрь"]
