"""The main window's pages by key, each built the first time it is asked for.

Building every page at start-up imported every screen's code and read every screen's data before
the window could appear; the secretary looks at one page at a time. The navigation still lists all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from bmb_desktop.ui.pages.base import Page

PAGES_PACKAGE = "bmb_desktop.ui.pages"


class PageEntry(NamedTuple):
    """One navigation entry: its page's module is imported only when the page is first built."""

    key: str
    text: str  # the navigation text, marked for translation in the "MainWindow" context
    icon: QStyle.StandardPixmap
    page: str  # "module:Class", the module under bmb_desktop.ui.pages

    def page_class(self) -> type[Page]:
        module, _colon, name = self.page.partition(":")
        return getattr(importlib.import_module(f"{PAGES_PACKAGE}.{module}"), name)


class PageSet(Mapping[str, "Page"]):
    """Every page of the navigation by key, in its order; ``set[key]`` builds the page if need be.

    Iterating lists every key without building anything; ``built()`` gives only the pages that
    exist. A callback registered with ``when_built`` runs once for the page, as soon as it exists.
    """

    def __init__(self, entries: tuple[PageEntry, ...], build: Callable[[PageEntry], Page]) -> None:
        self._entries = {entry.key: entry for entry in entries}
        self._build = build
        self._pages: dict[str, Page] = {}
        self._waiting: dict[str, list[Callable[[Page], None]]] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            page = self._build(self._entries[key])  # KeyError for a key not in the navigation
            self._pages[key] = page
            for callback in self._waiting.pop(key, []):
                callback(page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._entries  # without building, unlike Mapping's default

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built(self) -> dict[str, Page]:
        """The pages built so far, in the navigation's order."""
        return {key: self._pages[key] for key in self._entries if key in self._pages}

    def when_built(self, key: str, callback: Callable[[Page], None]) -> None:
        """Call ``callback(page)`` now if the page exists, else right after it is built."""
        if key not in self._entries:
            raise KeyError(key)
        if key in self._pages:
            callback(self._pages[key])
        else:
            self._waiting.setdefault(key, []).append(callback)
