"""Whether the poster reads from two metres: the type size the text as typed would print in.

The layout is measured off the GUI thread a moment after the typing stops, from the saved notice
with the title, text and paper now in the form; the answer for an older text is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bmb_desktop.errors import UserError
from bmb_desktop.ui.context import AppContext

DELAY_MS = 600


class PosterCheck(QObject):
    measured = Signal(object)  # a PosterLayout
    failed = Signal(str)  # the text does not fit on one sheet at all

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._request: tuple[int, str, str, str] | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_now)

    def schedule(self, notice_id: int, title: str, body: str, paper: str) -> None:
        self._request = (notice_id, title, body, paper)
        self._timer.start()

    def run_now(self) -> None:
        """Measure the last text scheduled (tests call this instead of waiting)."""
        self._timer.stop()
        if self._request is None:
            return
        notice_id, title, body, paper = self._request
        self._generation += 1
        generation = self._generation
        database, municipality_id = self.context.database, self.context.municipality_id
        language = self.context.settings.document_language

        def measure():
            from bmb_desktop.documents.poster import poster_layout
            from bmb_desktop.services.notice_documents import poster_document

            with database.session() as session:
                document = poster_document(session, municipality_id, notice_id, language=language, paper=paper)
            return poster_layout(replace(document, title=title, body=body), language)

        def done(layout) -> None:
            if generation == self._generation:
                self.measured.emit(layout)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, UserError):
                self.failed.emit(str(error))
            else:
                from bmb_desktop.ui.errors import show_error

                parent = self.parent()
                show_error(parent if isinstance(parent, QWidget) else None, error)

        self.context.tasks.run(measure, on_result=done, on_error=failed)
