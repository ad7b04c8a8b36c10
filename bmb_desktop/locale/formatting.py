"""Numbers, money, shares and times in Kyrgyz or Russian, through Babel's locale data.

Babel's patterns put a no-break space (U+00A0) between digit groups, which keeps "1 234 567,50"
on one line in a printed table; these functions keep it. Babel is imported inside the functions
because the desktop start-up does not need it.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal

from bmb_desktop.locale.i18n import normalise_language, translate

Number = int | float | Decimal


def format_number(value: Number, language: str = "ky", *, digits: int | None = None) -> str:
    """"1 234 567,5"; with ``digits`` exactly that many decimals ("12,50" for digits=2)."""
    from babel.numbers import format_decimal

    locale = normalise_language(language)
    if digits is None:
        return format_decimal(value, locale=locale)
    pattern = "#,##0." + "0" * digits if digits > 0 else "#,##0"
    return format_decimal(value, format=pattern, locale=locale)


def format_money_kgs(amount: Number, language: str = "ky") -> str:
    """An amount in soms with two decimals: "1 234 567,50 сом" in both languages.

    Babel's ``ru`` data writes the ISO code ("KGS") instead of "сом", so the unit comes from
    the catalog rather than from ``format_currency``.
    """
    number = format_number(amount, language, digits=2)
    text = translate("{amount} som", normalise_language(language), amount=number)
    return text.replace(" ", "\u00a0")  # the unit never wraps away from its number


def format_percent(share: Number, language: str = "ky", *, digits: int = 0) -> str:
    """A share (0.256) as a percentage in the locale's style: ky "26%", ru "26 %"."""
    from babel import Locale
    from babel.numbers import format_percent as babel_percent
    from babel.numbers import parse_pattern

    locale = Locale.parse(normalise_language(language))
    pattern = parse_pattern(locale.percent_formats[None].pattern)
    pattern.frac_prec = (digits, digits)
    return babel_percent(share, format=pattern, locale=locale)


def format_time(t: time, language: str = "ky") -> str:
    """Hours and minutes on the 24-hour clock: "10:00" (the same in both languages)."""
    from babel.dates import format_time as babel_time

    return babel_time(t, format="HH:mm", locale=normalise_language(language))
