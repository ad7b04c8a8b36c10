"""Enum values as they reach a service: Qt's combo boxes and the command line hand back the plain value.

A StrEnum member equals its value, but ``kind is MeetingKind.GROUP_MEETING`` is false for the string
"group_meeting" and ``label()`` cannot name it, so every entry point turns the plain value into the
member first: ``as_enum`` for an argument, ``EnumFields`` for a draft dataclass.
"""

from __future__ import annotations

import types
import typing
from enum import Enum
from functools import cache
from typing import TypeVar

from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.i18n import _

E = TypeVar("E", bound=Enum)


def as_enum(enum_class: type[E], value: E | str | None, *, field: str, required: bool = False) -> E | None:
    """``value`` as a member of ``enum_class``; None and "" (an empty choice) give None unless ``required``.

    Anything else is refused with a ValidationError naming ``field``, as a form's message.
    """
    try:
        member = _member(enum_class, value)
    except ValueError:
        raise ValidationError({field: not_a_choice(value)}) from None
    if member is None and required:
        raise ValidationError({field: _("Choose one of the choices offered.")})
    return member


def not_a_choice(value: object) -> str:
    return _("“{value}” is not one of the choices offered; choose one of them.", value=value)


class EnumFields:
    """Mixed into a draft dataclass: its fields typed with an enum (also optional, or a tuple of them)
    take plain values on construction. A value that is no member stays as given, for ``enum_problems``
    to name; the draft's validation asks it first."""

    def __post_init__(self) -> None:
        self.enum_problems()

    def enum_problems(self) -> dict[str, str]:
        """Turn the plain values of the enum fields into members (also of values set after construction);
        a message by each field whose value is none of them."""
        problems = {}
        for name, (enum_class, many) in _enum_fields(type(self)).items():
            value = getattr(self, name)
            try:
                member = tuple(_member(enum_class, v) for v in value) if many else _member(enum_class, value)
            except (TypeError, ValueError):
                problems[name] = not_a_choice(value)
                continue
            object.__setattr__(self, name, member)  # frozen drafts too: the same value, as its member
        return problems


def _member(enum_class: type[E], value: E | str | None) -> E | None:
    if value is None or value == "":
        return None
    return enum_class(value)


@cache
def _enum_fields(draft_class: type) -> dict[str, tuple[type[Enum], bool]]:
    """name -> (enum class, whether a tuple of them) for each enum field of the dataclass."""
    found = {}
    for name, hint in typing.get_type_hints(draft_class).items():
        many = typing.get_origin(hint) is tuple
        if many:
            hint = typing.get_args(hint)[0]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next((arg for arg in typing.get_args(hint) if arg is not type(None)), None)
        if isinstance(hint, type) and issubclass(hint, Enum):
            found[name] = (hint, many)
    return found
