"""Setting a widget's fixed texts again when the interface language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before the Qt widget class (``class Editor(Retranslating, QDialog)``): installing a
    translator sends ``QEvent.LanguageChange`` to every widget, and ``retranslate_ui`` answers it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every fixed text again through tr()."""
