"""The report's papers from the reports screen: the report and the resolution draft in the print
preview, and the spreadsheet saved where the secretary chooses. Each is built off the GUI thread
from the database as it is now, in the language chosen for documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog

from bmb_desktop.domain.report import Period
from bmb_desktop.ui.errors import SAVED_COLOUR, show_error

CONTEXT = "ReportOutputs"
TEXTS = {
    "report": QT_TRANSLATE_NOOP("ReportOutputs", "Summary report, %1"),
    "report_stem": QT_TRANSLATE_NOOP("ReportOutputs", "summary-report"),
    "report_busy": QT_TRANSLATE_NOOP("ReportOutputs", "Preparing the summary report…"),
    "resolution": QT_TRANSLATE_NOOP("ReportOutputs", "Resolution draft on the report, %1"),
    "resolution_stem": QT_TRANSLATE_NOOP("ReportOutputs", "resolution-draft"),
    "resolution_busy": QT_TRANSLATE_NOOP("ReportOutputs", "Preparing the resolution draft…"),
    "spreadsheet_title": QT_TRANSLATE_NOOP("ReportOutputs", "Save the report's tables"),
    "spreadsheet_filter": QT_TRANSLATE_NOOP("ReportOutputs", "Excel workbooks (*.xlsx)"),
    "spreadsheet_busy": QT_TRANSLATE_NOOP("ReportOutputs", "Preparing the spreadsheet…"),
    "spreadsheet_saved": QT_TRANSLATE_NOOP("ReportOutputs", "The spreadsheet was saved: %1"),
}


def text(key: str, value: str = "") -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[key]).replace("%1", value)


def print_report(page, period: Period) -> None:
    from bmb_desktop.services.report_documents import summary_report_pdf

    _preview(page, period, lambda data, language: summary_report_pdf(data, language, printed_on=page.context.today()), "report")


def print_resolution(page, period: Period) -> None:
    from bmb_desktop.services.report_documents import report_resolution_pdf

    _preview(page, period, report_resolution_pdf, "resolution")


def save_spreadsheet(page, period: Period) -> None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / f"{text('report_stem')}-{period.slug}.xlsx")
    chosen, _filter = QFileDialog.getSaveFileName(page, text("spreadsheet_title"), suggested, text("spreadsheet_filter"))
    if not chosen:
        return
    path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")

    def render(data, language: str) -> Path:
        from bmb_desktop.services.spreadsheet import report_workbook
        from bmb_desktop.storage.files import write_file_safely

        write_file_safely(path, report_workbook(data, language))  # a failure is a UserError in plain words
        return path

    _build(page, period, render, "spreadsheet_busy", lambda saved: page.say(text("spreadsheet_saved", str(saved)), SAVED_COLOUR))


def _preview(page, period: Period, render: Callable, key: str) -> None:
    from bmb_desktop.services.report_documents import period_title

    def show(pdf: bytes) -> None:
        from bmb_desktop.locale.i18n import current_language
        from bmb_desktop.ui.print_preview import PrintPreviewDialog

        title = text(key, period_title(period, current_language()))
        page.preview = PrintPreviewDialog(pdf, title=title, file_stem=f"{text(key + '_stem')}-{period.slug}", parent=page)
        page.preview.open()

    _build(page, period, render, key + "_busy", show)


def _build(page, period: Period, render: Callable, busy: str, done: Callable) -> None:
    """Gather the report's data and ``render(data, language)`` off the GUI thread, then ``done(result)``."""
    context = page.context
    database, municipality_id, today, language = context.database, context.municipality_id, context.today(), context.settings.document_language

    def work():
        from bmb_desktop.services.report import gather_report

        with database.session() as session:
            data = gather_report(session, municipality_id, period=period, today=today)
        return render(data, language)

    context.tasks.run(work, on_result=done, on_error=lambda error: show_error(page, error), busy_parent=page, busy_text=text(busy))

