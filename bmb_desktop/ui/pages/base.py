"""What every page shares: re-translation on a language change, a heading, an honest empty state."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from bmb_desktop.ui.context import AppContext

NOTE_STYLE = "color: #4a4a4a; background: #eef4f7; border: 1px solid #c9dde6; border-radius: 4px; padding: 6px;"


class Page(QWidget):
    """A page re-translates its fixed texts at once and reloads its data once per language change.

    Swapping translators sends several LanguageChange events in a row; the reload is coalesced
    into one, after the event loop has installed every new translator.

    Every ``refresh`` a page defines is noted (``has_read_data``), so that the main window, which
    reads a page's data when it is shown, does not read it a second time for a page that has just
    read it while being built.
    """

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "refresh" in cls.__dict__:
            cls.refresh = _noting_the_read(cls.__dict__["refresh"])

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._data_read = False
        # A child timer, so that a refresh still pending when the page is deleted dies with it.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.schedule_refresh()
        super().changeEvent(event)

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()  # restarting a pending timer coalesces the requests

    def retranslate_ui(self) -> None:
        """Set every fixed text again through tr(); called on a language change."""

    def refresh(self) -> None:
        """Read the page's data again from the database."""

    def has_read_data(self) -> bool:
        """Whether ``refresh`` has run (or started, for data read in the background) since the page was built."""
        return self._data_read


def _noting_the_read(refresh: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(refresh)
    def noted(self: Page, *args, **kwargs) -> object:
        result = refresh(self, *args, **kwargs)
        self._data_read = True
        return result

    return noted


def heading_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note_label(parent: QWidget | None = None) -> QLabel:
    """A calm information strip, e.g. what this version does not do yet."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def empty_state_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #5f6b73; font-size: 12pt; padding: 40px;")
    return label
