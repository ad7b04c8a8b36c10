"""Every command, printable document and listing of the CLI, gathered from the area modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from bmb_desktop.commands.base import Command


@dataclass(frozen=True)
class Printable:
    """A document ``print KIND [NUMBER]`` writes: ``build(session, municipality_id, options, language)``."""

    kind: str
    needs_number: bool
    build: Callable[..., bytes]


@dataclass(frozen=True)
class Listable:
    """A listing ``list KIND`` prints: ``build(session, municipality_id, options) -> Listing``."""

    kind: str
    build: Callable


NOT_AREAS = {"base", "registry"}


def _areas():
    """Every module of this package but the shared ones, in name order (core first)."""
    import importlib
    import pkgutil

    import bmb_desktop.commands as package

    names = sorted(
        (info.name for info in pkgutil.iter_modules(package.__path__) if info.name not in NOT_AREAS),
        key=lambda name: (name != "core", name),
    )
    return tuple(importlib.import_module(f"bmb_desktop.commands.{name}") for name in names)


def commands() -> list[Command]:
    return [command for area in _areas() for command in getattr(area, "COMMANDS", ())]


def command_names() -> tuple[str, ...]:
    return tuple(command.name for command in commands())


def handler(name: str):
    return next(command.run for command in commands() if command.name == name)


def printables() -> dict[str, Printable]:
    return {p.kind: p for area in _areas() for p in getattr(area, "PRINTABLES", ())}


def listables() -> dict[str, Listable]:
    return {item.kind: item for area in _areas() for item in getattr(area, "LISTABLES", ())}
