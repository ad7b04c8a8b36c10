"""The plan's printed papers — the plan, the council resolution approving it, the indicator sheet —
built off the GUI thread and shown in the print preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from bmb_desktop.ui.context import AppContext

CONTEXT = "PlanDocuments"
PLAN_TITLE = QT_TRANSLATE_NOOP("PlanDocuments", "Plan for %1, version %2")
PLAN_STEM = QT_TRANSLATE_NOOP("PlanDocuments", "plan")
PLAN_BUSY = QT_TRANSLATE_NOOP("PlanDocuments", "Preparing the plan…")
RESOLUTION_TITLE = QT_TRANSLATE_NOOP("PlanDocuments", "Council resolution on the plan for %1, version %2")
RESOLUTION_STEM = QT_TRANSLATE_NOOP("PlanDocuments", "plan-resolution")
RESOLUTION_BUSY = QT_TRANSLATE_NOOP("PlanDocuments", "Preparing the resolution…")
SHEET_STEM = QT_TRANSLATE_NOOP("PlanDocuments", "indicators")
SHEET_TITLE = QT_TRANSLATE_NOOP("PlanDocuments", "Indicators: plan and fact")
SHEET_BUSY = QT_TRANSLATE_NOOP("PlanDocuments", "Preparing the indicator sheet…")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _run(context: AppContext, parent: QWidget, build: Callable[[], bytes], *, title: str, stem: str, busy: str) -> None:
    """Build the PDF through the task runner and open the preview, kept as ``parent.preview``."""

    def preview(pdf: bytes) -> None:
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        parent.preview = PrintPreviewDialog(pdf, title=title, file_stem=stem, parent=parent)
        parent.preview.open()

    context.tasks.run(build, on_result=preview, busy_parent=parent, busy_text=busy)


def print_plan(context: AppContext, parent: QWidget, *, year: int, version_number: int) -> None:
    database, municipality_id = context.database, context.municipality_id
    as_of, language = context.today(), context.settings.document_language

    def build() -> bytes:
        from bmb_desktop.services.plan_documents import plan_pdf

        with database.session() as session:
            return plan_pdf(session, municipality_id, year=year, as_of=as_of, version_number=version_number, language=language)

    title = _tr(PLAN_TITLE).replace("%1", str(year)).replace("%2", str(version_number))
    stem = _tr(PLAN_STEM) + f"-{year}-{version_number}"
    _run(context, parent, build, title=title, stem=stem, busy=_tr(PLAN_BUSY))


def print_plan_resolution(context: AppContext, parent: QWidget, *, year: int, version_number: int) -> None:
    """The resolution approving the version: with its number and date once approved, else a draft."""
    database, municipality_id = context.database, context.municipality_id
    as_of, language = context.today(), context.settings.document_language

    def build() -> bytes:
        from bmb_desktop.services.plan_documents import plan_resolution_pdf

        with database.session() as session:
            return plan_resolution_pdf(
                session, municipality_id, year=year, as_of=as_of, version_number=version_number, language=language,
            )  # fmt: skip

    title = _tr(RESOLUTION_TITLE).replace("%1", str(year)).replace("%2", str(version_number))
    stem = _tr(RESOLUTION_STEM) + f"-{year}-{version_number}"
    _run(context, parent, build, title=title, stem=stem, busy=_tr(RESOLUTION_BUSY))


def print_indicator_sheet(context: AppContext, parent: QWidget) -> None:
    database, municipality_id = context.database, context.municipality_id
    as_of, language = context.today(), context.settings.document_language

    def build() -> bytes:
        from bmb_desktop.services.plan_documents import indicator_sheet_pdf

        with database.session() as session:
            return indicator_sheet_pdf(session, municipality_id, as_of=as_of, language=language)

    stem = _tr(SHEET_STEM) + f"-{as_of.isoformat()}"
    _run(context, parent, build, title=_tr(SHEET_TITLE), stem=stem, busy=_tr(SHEET_BUSY))
