"""The printed papers of a meeting: built off the GUI thread, then shown in the print preview."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMenu, QWidget

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.ui.context import AppContext

CONTEXT = "MeetingDocuments"


class MeetingDocument(StrEnum):
    PROTOCOL = "protocol"
    ATTENDANCE_SHEET = "attendance_sheet"
    GATHERING_PROTOCOL = "gathering_protocol"


# (menu text, preview title, file name stem, busy text) of each paper.
TEXTS = {
    MeetingDocument.PROTOCOL: (
        QT_TRANSLATE_NOOP("MeetingDocuments", "Protocol of the meeting…"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Protocol of the group meeting No. %1"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "protocol"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Preparing the protocol…"),
    ),
    MeetingDocument.ATTENDANCE_SHEET: (
        QT_TRANSLATE_NOOP("MeetingDocuments", "Attendance sheet…"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Attendance sheet of the meeting No. %1"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "attendance-sheet"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Preparing the attendance sheet…"),
    ),
    MeetingDocument.GATHERING_PROTOCOL: (
        QT_TRANSLATE_NOOP("MeetingDocuments", "Protocol of the gathering…"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Protocol of the community gathering No. %1"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "gathering-protocol"),
        QT_TRANSLATE_NOOP("MeetingDocuments", "Preparing the protocol…"),
    ),
}


def documents_for(kind: MeetingKind) -> tuple[MeetingDocument, ...]:
    """What can be printed for a meeting of ``kind``: an observed event keeps no protocol of its own."""
    if kind is MeetingKind.GROUP_MEETING:
        return (MeetingDocument.PROTOCOL, MeetingDocument.ATTENDANCE_SHEET)
    if kind is MeetingKind.COMMUNITY_GATHERING:
        return (MeetingDocument.GATHERING_PROTOCOL,)
    return ()


def fill_print_menu(menu: QMenu, kind: MeetingKind, chosen: Callable[[MeetingDocument], None]) -> bool:
    """One entry per paper of ``kind``; False when there is nothing to print."""
    menu.clear()
    for document in documents_for(kind):
        action = menu.addAction(QCoreApplication.translate(CONTEXT, TEXTS[document][0]))
        action.triggered.connect(lambda _checked=False, d=document: chosen(d))
    return bool(documents_for(kind))


def print_meeting_document(
    context: AppContext, parent: QWidget, meeting_id: int, label: str, document: MeetingDocument
) -> None:
    """Build the PDF through the task runner and open the preview on ``parent`` (kept as ``parent.preview``)."""
    database, municipality_id = context.database, context.municipality_id
    language = context.settings.document_language

    def build() -> bytes:
        from bmb_desktop.services.group_documents import gathering_protocol_pdf
        from bmb_desktop.services.meeting_documents import attendance_sheet_pdf, protocol_pdf

        render = {
            MeetingDocument.PROTOCOL: protocol_pdf,
            MeetingDocument.ATTENDANCE_SHEET: attendance_sheet_pdf,
            MeetingDocument.GATHERING_PROTOCOL: gathering_protocol_pdf,
        }[document]
        with database.session() as session:
            return render(session, municipality_id, meeting_id, language=language)

    _menu, title, stem, busy = TEXTS[document]

    def preview(pdf: bytes) -> None:
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        file_stem = QCoreApplication.translate(CONTEXT, stem) + "-" + label.replace("/", "-")
        parent.preview = PrintPreviewDialog(
            pdf, title=QCoreApplication.translate(CONTEXT, title).replace("%1", label), file_stem=file_stem, parent=parent
        )
        parent.preview.open()

    context.tasks.run(build, on_result=preview, busy_parent=parent, busy_text=QCoreApplication.translate(CONTEXT, busy))
