"""The presets of the model and local regulations, and where each rule is cited from."""

import pytest

from bmb_desktop.domain.enums import ChairRule
from bmb_desktop.domain.regulation import LOCAL, MODEL, customised, is_preset_title, preset
from bmb_desktop.locale.i18n import set_language


def test_the_model_preset_carries_the_numbers_of_the_model_regulation():
    rules = preset(MODEL)
    assert (rules.min_size, rules.max_size, rules.odd_size_required) == (5, 15, True)
    assert (rules.min_employee_percent, rules.min_deputy_percent, rules.min_citizen_percent) == (25, 25, 50)
    assert rules.max_one_sex_percent == 70
    assert rules.chair_rule is ChairRule.CITIZEN_MEMBER
    assert rules.term_months == 48


def test_the_local_preset_is_the_looser_variant_of_resolution_12_5():
    rules = preset(LOCAL)
    assert (rules.min_size, rules.max_size, rules.odd_size_required) == (5, 11, False)
    assert (rules.min_employee_percent, rules.min_deputy_percent, rules.min_citizen_percent) == (0, 0, 0)
    assert rules.max_one_sex_percent == 100
    assert rules.chair_rule is ChairRule.ELECTED_BY_GROUP
    assert rules.term_months == 12


@pytest.mark.parametrize(
    ("name", "rule", "source"),
    [
        (MODEL, "citizens", "Типтүү жобо 5.2.3"),
        (MODEL, "size", "Типтүү жобо 5.2.1"),
        (MODEL, "chair", "Типтүү жобо 5.4.6"),
        (MODEL, "term", "Типтүү жобо 5.3.1"),
        (MODEL, "conflict", "Типтүү жобо 6"),
        (LOCAL, "size", "Жергиликтүү жобо 3.4"),
        (LOCAL, "chair", "Жергиликтүү жобо 3.5"),
        (LOCAL, "conflict", "Жергиликтүү жобо 3.2.1"),
    ],
)
def test_a_rule_is_cited_with_the_regulation_title_and_clause(name, rule, source):
    assert preset(name).source(rule) == source


def test_a_rule_the_regulation_has_no_clause_for_is_cited_by_title_alone():
    assert preset(LOCAL).source("first_meeting") == "Жергиликтүү жобо"


def test_the_preset_title_follows_the_current_language():
    set_language("ru")
    assert preset(MODEL).source("citizens") == "Типовое положение 5.2.3"


def test_an_unknown_preset_falls_back_to_the_model_regulation():
    rules = preset("no-such-preset")
    assert rules.preset == MODEL and rules.min_citizen_percent == 50


@pytest.mark.parametrize(
    ("title", "is_preset"),
    [("", True), ("  ", True), ("Типтүү жобо", True), ("Типовое положение", True),
     ("Жергиликтүү жобо", True), ("Масы айылынын БМжБ тобу жөнүндө жобо", False)],
)
def test_preset_titles_are_recognised_in_every_language(title, is_preset):
    assert is_preset_title(title) is is_preset


def test_own_values_keep_the_clause_numbers_of_the_base_for_citations():
    rules = customised(preset(MODEL), min_size=7, name="Өз жобо")
    assert rules.min_size == 7
    assert rules.source("size") == "Өз жобо 5.2.1"
