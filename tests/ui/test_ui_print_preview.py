"""The print preview shows a real roster PDF, saves the same bytes, and prints every page."""

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pypdf import PdfReader

from bmb_desktop.services.printing import roster_pdf
from bmb_desktop.ui.pages.roster import RosterPage
from bmb_desktop.ui.print_preview import PrintPreviewDialog, print_pdf, printer_for

from .conftest import TODAY


def build_roster(database, municipality_id) -> bytes:
    with database.session() as session:
        return roster_pdf(session, municipality_id, as_of=TODAY, language="ky")


def open_preview(qtbot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, title="Roster", file_stem="roster")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_preview_loads_the_roster_and_reports_its_pages(qtbot, database, municipality_id, members, translations):
    pdf = build_roster(database, municipality_id)
    dialog = open_preview(qtbot, pdf)

    expected = len(PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert dialog.page_count() == expected >= 1
    assert dialog.pages_label.text().endswith(str(expected))


def test_print_roster_button_opens_the_preview(qtbot, context, members):
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()

    page.print_button.click()

    qtbot.waitUntil(lambda: page.preview.document.status() == QPdfDocument.Status.Ready)
    assert page.preview.page_count() >= 1
    assert page.preview.pdf.startswith(b"%PDF")
    page.preview.close()


def test_save_as_pdf_writes_the_same_bytes(qtbot, tmp_path, monkeypatch, database, municipality_id, members, translations):
    pdf = build_roster(database, municipality_id)
    dialog = open_preview(qtbot, pdf)
    target = tmp_path / "out" / "курам"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))

    saved = dialog.save_as()

    assert saved == target.with_name("курам.pdf")
    assert saved.read_bytes() == pdf


def test_cancelled_save_writes_nothing(qtbot, tmp_path, monkeypatch, database, municipality_id, members, translations):
    dialog = open_preview(qtbot, build_roster(database, municipality_id))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert dialog.save_as() is None
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_printing_renders_every_page_onto_the_printer(qtbot, tmp_path, database, municipality_id, members, translations):
    pdf = build_roster(database, municipality_id)
    dialog = open_preview(qtbot, pdf)
    printer = printer_for(dialog.document)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)

    print_pdf(dialog.document, printer)

    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == dialog.page_count()
    first = printed.pages[0].mediabox
    assert float(first.width) > float(first.height)  # the landscape roster stays landscape


def test_zoom_buttons_change_the_scale_and_fit_width_restores_it(qtbot, database, municipality_id, members, translations):
    dialog = open_preview(qtbot, build_roster(database, municipality_id))
    dialog.zoom_in_button.click()
    larger = dialog.view.zoomFactor()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() < larger
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_the_roster_is_built_in_the_background_and_then_previewed(qtbot, context, members):
    from bmb_desktop.ui.tasks import TaskRunner

    context.tasks = TaskRunner()
    page = RosterPage(context)
    qtbot.addWidget(page)
    page.show()

    page.print_button.click()

    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=15000)
    qtbot.waitUntil(lambda: page.preview.document.status() == QPdfDocument.Status.Ready)
    assert page.preview.page_count() >= 1
    page.preview.close()
