"""PDF preview (QtPdf) and printing (QPrintDialog) of invoices, kwitansi and letters.

The PDF bytes come from the billing services (``billing_export``), exactly as
``bizcare invoice pdf`` writes them, so what is previewed and
printed is what is exported. Printing renders each page to an image at the printer's
resolution and paints it onto the ``QPrinter`` page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.storage.db import Database

MAX_PRINT_DPI = 300


def invoice_pdf(db: Database, invoice_id: int) -> bytes:
    """The invoice as printed (a draft carries a DRAF watermark)."""
    from bizcare.services.billing import invoice_pdf as make

    return db.run(lambda session: make(session, invoice_id), write=False)


def receipt_pdf(db: Database, receipt_id: int) -> bytes:
    """The kwitansi exactly as issued (its frozen words and text)."""
    from bizcare.services.billing import receipt_pdf as make

    return db.run(lambda session: make(session, receipt_id), write=False)


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A ``QPdfDocument`` over ``data``; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, parent: QWidget | None = None,
              printer: QPrinter | None = None) -> int:
    """Ask for a printer and print every page of ``data``; returns the pages printed.

    With ``printer`` given, no dialog is shown (used for PDF output in tests).
    """
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
    document, buffer = load_pdf(data)
    try:
        return paint_pages(document, printer)
    finally:
        document.close()
        buffer.close()


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        # 300 dpi is sharp on paper; a 1200 dpi A4 bitmap would take half a gigabyte.
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        scale = printer.resolution() / dpi
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            target = painter.viewport()
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            size = size.scaled((target.size().toSizeF() / scale).toSize(),
                               Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, size)
            painter.drawImage(QRect(target.topLeft(), (size.toSizeF() * scale).toSize()), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QDialog):
    """Shows a PDF as it will print, with Print and Save buttons."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.title = data, title
        self.setWindowTitle(self.tr("Preview – {title}").format(title=title))
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        print_button = QPushButton(self.tr("&Print…"))
        save_button = QPushButton(self.tr("&Save PDF…"))
        print_button.clicked.connect(lambda: print_pdf(self.data, self))
        save_button.clicked.connect(self.save_as)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> None:
        name = self.title.replace("/", "-") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), name,
                                              self.tr("PDF document (*.pdf)"))
        if path:
            with open(path, "wb") as handle:
                handle.write(self.data)
