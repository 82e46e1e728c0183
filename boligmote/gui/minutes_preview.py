"""Print preview of a PDF — the very bytes that are saved and signed, not a look-alike.

Pages are rendered by PDFium (pypdfium2) and painted into Qt's own print preview, so
what the committee reads on screen, prints and signs is one document.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from .qt_translations import translate
from .screen_fit import fit_to_screen


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    import pypdfium2 as pdfium  # only when a preview is opened

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_RGB32)
            images.append(image.copy())  # own the pixels: the bitmap's buffer goes away
    finally:
        document.close()
    return images


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a PDF, with «Lagre som PDF …» and optionally «Signer protokollen»."""

    signRequested = Signal()

    def __init__(self, pdf: bytes, title: str, suggested_name: str, *, can_sign: bool = False, parent=None):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        self._printer = printer  # kept alive as long as the dialog (printer() returns it too)
        self.pdf, self.suggested_name = pdf, suggested_name
        self.setWindowTitle(title)
        self._images: list[QImage] | None = None
        self.paintRequested.connect(self._paint)
        # Our actions go first on the toolbar: at the end they fall into its overflow menu.
        toolbar = self.findChild(QToolBar)
        first = toolbar.actions()[0]
        self.saveAction = QAction(translate("PdfPreviewDialog", "Lagre som PDF …"), self)
        self.saveAction.setShortcut("Ctrl+S")
        self.saveAction.triggered.connect(self.save_as)
        toolbar.insertAction(first, self.saveAction)
        self.signAction = QAction(translate("PdfPreviewDialog", "Signer protokollen …"), self)
        self.signAction.setShortcut("Ctrl+G")
        self.signAction.triggered.connect(self.signRequested)
        if can_sign:
            toolbar.insertAction(first, self.signAction)
        toolbar.insertSeparator(first)
        fit_to_screen(self, QSize(980, 900))

    @property
    def page_count(self) -> int:
        return len(self._pages())

    def _pages(self) -> list[QImage]:
        if self._images is None:
            self._images = page_images(self.pdf)
        return self._images

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for number, image in enumerate(self._pages()):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()

    def save_as(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, translate("PdfPreviewDialog", "Lagre som PDF"), self.suggested_name, "PDF (*.pdf)")
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.critical(self, translate("PdfPreviewDialog", "Kunne ikke lagre"),
                                 translate("PdfPreviewDialog", "Kunne ikke lagre {file}: {reason}.").format(
                                     file=target, reason=error.strerror))
            return None
        return target
