"""People's names as documents print them: in the case a point needs, never split from initials.

Kyrgyz puts the dative on the last word ("Ш. Дарманкуловго милдеттендирилсин"), Russian the
accusative after "на" ("возложить на … Ш. Дарманкулова"). The suffixes follow fixed rules, so
they are derived here rather than typed by the secretary; a name the rules do not recognise (an
unknown ending in Russian, a name with no vowel) is left as written, which reads as a citation.
"""

from __future__ import annotations

import re

from bmb_desktop.locale.i18n import normalise_language

_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\. (?=[^\W\d_])")

# The low vowel of a Kyrgyz suffix follows the word's last vowel; "у" takes "а" ("уулга").
_KY_LOW_VOWEL = {
    "а": "а", "ы": "а", "я": "а", "у": "а", "ю": "а",
    "е": "е", "и": "е", "э": "е",
    "о": "о", "ё": "о",
    "ө": "ө", "ү": "ө",
}  # fmt: skip
_KY_VOICELESS = set("кпстфхцчшщ")

# Russian surname endings: (ending, accusative ending), longest first.
_RU_ACCUSATIVE = (
    ("ская", "скую"), ("цкая", "цкую"), ("ский", "ского"), ("цкий", "цкого"),
    ("ова", "ову"), ("ева", "еву"), ("ёва", "ёву"), ("ина", "ину"), ("ына", "ыну"),
    ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"),
)  # fmt: skip


def kyrgyz_dative(name: str) -> str:
    """"Ш. Дарманкулов" -> "Ш. Дарманкуловго"; "А. Саитова" -> "А. Саитовага"."""
    name = name.strip()
    word = name.split()[-1] if name else ""
    vowels = [letter for letter in word.lower() if letter in _KY_LOW_VOWEL]
    if not vowels:
        return name
    consonant = "к" if word[-1].lower() in _KY_VOICELESS else "г"
    return name + consonant + _KY_LOW_VOWEL[vowels[-1]]


def russian_accusative(name: str) -> str:
    """"Ш. Дарманкулов" -> "Ш. Дарманкулова"; "А. Саитова" -> "А. Саитову"; others unchanged."""
    name = name.strip()
    if not name:
        return name
    head, _space, word = name.rpartition(" ")
    lower = word.lower()
    for ending, replacement in _RU_ACCUSATIVE:
        if lower.endswith(ending) and len(word) > len(ending) + 1:
            inflected = word[: -len(ending)] + replacement
            return f"{head} {inflected}" if head else inflected
    return name


def entrusted_to(name: str, language: str) -> str:
    """The name as the object of "entrusted to": dative in Kyrgyz, accusative in Russian."""
    if normalise_language(language) == "ru":
        return russian_accusative(name)
    return kyrgyz_dative(name)


def keep_initials(text: str) -> str:
    """"У. Жантаева" with a no-break space, so a line never ends on the initial alone."""
    def joined(match: re.Match[str]) -> str:
        initial = match.group(1)
        return f"{initial}.\u00a0" if initial.isupper() else match.group(0)

    return _INITIAL.sub(joined, text)
