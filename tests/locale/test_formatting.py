"""Numbers, money, shares and times through Babel, as printed in Kyrgyz and Russian documents."""

from datetime import time
from decimal import Decimal

import pytest

from bmb_desktop.locale.formatting import (
    format_money_kgs,
    format_number,
    format_percent,
    format_time,
)

NBSP = "\u00a0"


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_numbers_group_thousands_with_no_break_spaces_and_use_a_decimal_comma(language):
    assert format_number(1234567.5, language) == f"1{NBSP}234{NBSP}567,5"
    assert format_number(Decimal("12.5"), language, digits=2) == "12,50"
    assert format_number(7, language, digits=0) == "7"


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_money_is_in_soms_with_two_decimals_in_both_languages(language):
    assert format_money_kgs(Decimal("1234567.5"), language) == f"1{NBSP}234{NBSP}567,50{NBSP}сом"
    assert format_money_kgs(5000, language) == f"5{NBSP}000,00{NBSP}сом"


def test_percent_follows_each_locale():
    assert format_percent(0.256, "ky") == "26%"
    assert format_percent(0.256, "ru") == f"26{NBSP}%"
    assert format_percent(Decimal("0.7"), "ky", digits=1) == "70,0%"
    assert format_percent(0.256, "ru", digits=1) == f"25,6{NBSP}%"


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_time_is_on_the_24_hour_clock(language):
    assert format_time(time(10, 0), language) == "10:00"
    assert format_time(time(15, 5)) == "15:05"


def test_villages_are_printed_with_the_word_for_village():
    from bmb_desktop.locale.places import village_place

    assert village_place("Масы") == "Масы айылы"
    assert village_place("Масы айылы") == "Масы айылы"
    assert village_place("Масы", "ru") == "с. Масы"
    assert village_place("Масы айылы", "ru") == "с. Масы"
    assert village_place("  ") == ""
