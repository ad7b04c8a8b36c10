"""The first size of a large editor window: its preferred size, kept inside the main window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitting_size(parent: QWidget | None, preferred: QSize, *, margin: QSize = QSize(30, 20),
                 smallest: QSize = QSize(0, 0)) -> QSize:  # fmt: skip
    """``preferred``, or less by ``margin`` than the window of ``parent`` where that is smaller, but never
    below ``smallest`` (a small screen then scrolls rather than squeezing the editor unreadable)."""
    if parent is None:
        return preferred
    window = parent.window().size()
    return preferred.boundedTo(window - margin).expandedTo(smallest)
