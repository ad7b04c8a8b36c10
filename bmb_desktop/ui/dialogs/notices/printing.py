"""Printing a notice as a poster: the PDF is built off the GUI thread, then shown in the print preview
(kept as ``parent.preview``), in the language chosen for documents in the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from bmb_desktop.ui.context import AppContext

CONTEXT = "NoticeDocuments"
TITLE = QT_TRANSLATE_NOOP("NoticeDocuments", "Notice: %1 (%2)")
STEM = QT_TRANSLATE_NOOP("NoticeDocuments", "notice")
BUSY = QT_TRANSLATE_NOOP("NoticeDocuments", "Preparing the poster…")


def print_notice(context: AppContext, parent: QWidget, notice_id: int, title: str, *, paper: str | None = None) -> None:
    """The poster of ``notice_id`` on ``paper`` (default: the notice's own) in the print preview."""
    database, municipality_id = context.database, context.municipality_id
    language = context.settings.document_language

    def build() -> tuple[bytes, str]:
        from bmb_desktop.services.notice_documents import notice_pdf
        from bmb_desktop.services.notices import get_notice

        with database.session() as session:
            sheet = paper or get_notice(session, municipality_id, notice_id).paper_size
            return notice_pdf(session, municipality_id, notice_id, language=language, paper=sheet), sheet

    def show(result: tuple[bytes, str]) -> None:
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        pdf, sheet = result
        heading = QCoreApplication.translate(CONTEXT, TITLE).replace("%2", sheet).replace("%1", title)
        stem = f"{QCoreApplication.translate(CONTEXT, STEM)}-{notice_id}-{sheet}"
        parent.preview = PrintPreviewDialog(pdf, title=heading, file_stem=stem, parent=parent)
        parent.preview.open()

    context.tasks.run(build, on_result=show, busy_parent=parent, busy_text=QCoreApplication.translate(CONTEXT, BUSY))
