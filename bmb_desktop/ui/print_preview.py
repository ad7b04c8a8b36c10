"""The print preview of a finished PDF: zoom, print on a real printer, or save the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.errors import UserError
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.icons import print_icon

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
# A page rendered at 600 dpi takes about 140 MB; 300 dpi is sharp on paper at a quarter of that.
MAX_PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered onto the whole sheet, on white: QtPdf renders a transparent background."""
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate("PrintPreviewDialog", "The printer could not be started."))
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(sheet.center())
            painter.fillRect(sheet, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()


def page_layout_of(document: QPdfDocument) -> QPageLayout:
    """The paper of the document's first page (A4 portrait or landscape), for the printer dialog."""
    points = document.pagePointSize(0)
    short, long = sorted((round(points.width()), round(points.height())))
    size = QPageSize(QSize(short, long), "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    landscape = points.width() > points.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def printer_for(document: QPdfDocument) -> QPrinter:
    """A printer set to the document's paper and orientation, as the print dialog should offer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if document.pageCount():
        printer.setPageLayout(page_layout_of(document))
    return printer


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, *, title: str, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_stem = file_stem
        self.setWindowTitle(title)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.zoom_out_button = QPushButton(self)
        self.zoom_in_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.pages_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(print_icon(), "", self)
        self.close_button = QPushButton(self)
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.pages_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.save_button, self.print_button, self.close_button):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.document.statusChanged.connect(self._update_pages)
        self.resize(self._default_size(parent))
        self.view.setFocus()  # arrows and Page Down scroll the pages at once
        self.retranslate_ui()

    @staticmethod
    def _default_size(parent: QWidget | None) -> QSize:
        if parent is not None:
            window = parent.window().size()
            return QSize(max(700, window.width() - 120), max(500, window.height() - 60))
        return QSize(960, 660)

    def retranslate_ui(self) -> None:
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        self._update_pages()

    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_pages(self, *_args) -> None:
        self.pages_label.setText(self.tr("Pages: %1").replace("%1", str(self.page_count())))

    def zoom_by(self, step: float) -> None:
        factor = self._effective_zoom() * step
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        # In fit-to-width mode the view computes its scale itself; derive it to zoom from there.
        page_pixels = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(MIN_ZOOM, usable / page_pixels) if page_pixels else 1.0

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self.file_stem}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            reason = error.strerror or str(error)
            show_error(self, UserError(self.tr("The file could not be saved: %1").replace("%1", reason)))
            return None
        return path

    def print_document(self) -> None:
        printer = printer_for(self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.document, printer)
        except UserError as error:
            show_error(self, error)
