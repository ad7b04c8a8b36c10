"""Printing an act or a letter: the PDF is built off the GUI thread, then shown in the print preview
(kept as ``parent.preview``). Documents are in the language chosen for documents in the settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from bmb_desktop.ui.context import AppContext

CONTEXT = "ActDocuments"
TEXTS = {
    "act": QT_TRANSLATE_NOOP("ActDocuments", "Act No. %1"),
    "draft": QT_TRANSLATE_NOOP("ActDocuments", "Draft act"),
    "act_stem": QT_TRANSLATE_NOOP("ActDocuments", "act"),
    "draft_stem": QT_TRANSLATE_NOOP("ActDocuments", "draft-act"),
    "act_busy": QT_TRANSLATE_NOOP("ActDocuments", "Preparing the act…"),
    "letter": QT_TRANSLATE_NOOP("ActDocuments", "Letter No. %1"),
    "letter_stem": QT_TRANSLATE_NOOP("ActDocuments", "letter"),
    "letter_busy": QT_TRANSLATE_NOOP("ActDocuments", "Preparing the letter…"),
}


def text(key: str, number: str = "") -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key]).replace("%1", number)


def print_act(context: AppContext, parent: QWidget, act_id: int, number: str) -> None:
    from bmb_desktop.services.act_documents import act_pdf

    def render(session, language: str) -> bytes:
        return act_pdf(session, context.municipality_id, act_id, language=language)

    if number:
        title, stem = text("act", number), text("act_stem") + "-" + number.replace("/", "-")
    else:
        title, stem = text("draft"), text("draft_stem")
    _preview(context, parent, render, title, stem, text("act_busy"))


def print_letter(context: AppContext, parent: QWidget, letter_id: int, number: str) -> None:
    from bmb_desktop.services.letter_drafts import letter_pdf

    def render(session, language: str) -> bytes:
        return letter_pdf(session, context.municipality_id, letter_id, language=language)

    stem = text("letter_stem") + "-" + number.replace("/", "-")
    _preview(context, parent, render, text("letter", number), stem, text("letter_busy"))


def _preview(context: AppContext, parent: QWidget, render: Callable, title: str, stem: str, busy: str) -> None:
    database, language = context.database, context.settings.document_language

    def build() -> bytes:
        with database.session() as session:
            return render(session, language)

    def show(pdf: bytes) -> None:
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        parent.preview = PrintPreviewDialog(pdf, title=title, file_stem=stem, parent=parent)
        parent.preview.open()

    context.tasks.run(build, on_result=show, busy_parent=parent, busy_text=busy)
