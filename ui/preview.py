"""A document's preview inside the program, and printing it through the system's print dialog.

The document (the Service Plan, the customer questionnaire) is written as a PDF in a worker,
into a temporary folder; its pages are rendered with pypdfium2 (QtPdf is not part of
PySide6-Essentials; pypdfium2 is a maintained binding of the PDF engine Chromium uses, BSD/
Apache-licensed, a few MB) and shown as pictures. Printing renders each page at the printer's
resolution (at most 300 dpi) and paints it on a QPrinter page, so what is printed is exactly
what was previewed and what "Save as PDF" writes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import Dialogs
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

#: Preview pages are drawn at this many dots per inch (an A4 page is 744 px wide).
PREVIEW_DPI = 90
#: Printing draws at the printer's resolution, but never finer than this.
MAX_PRINT_DPI = 300


def page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: Path, dpi: float, pages: range | None = None) -> list[QImage]:
    """The PDF's pages (all, or `pages`, 0-based) as images at `dpi`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    images: list[QImage] = []
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()  # the bytes belong to pdfium's bitmap: keep a copy of our own
            bitmap.close()
            page.close()
            images.append(image)
    finally:
        document.close()
    return images


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint the PDF's pages on `printer` (its page range if one was chosen); the number of
    pages printed."""
    count = page_count(pdf)
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    first, last = max(1, first), min(count, last)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("DocumentPreview", "The printer could not be started."))
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            (image,) = render_pages(pdf, dpi, range(number - 1, number))
            target = QRectF(painter.viewport())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


class DocumentPreview(QDialog):
    """The pages of a document written by `produce(path)` (in a worker), with Print and Save.

    `save` is the page's own "save as PDF" (which asks where); None leaves the button out.
    """

    def __init__(
        self,
        title: str,
        produce: Callable[[Path], None],
        runner: TaskRunner,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        save: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        self.resize(860, 900)
        self.dialogs = dialogs
        self.folder = Path(tempfile.mkdtemp(prefix="serviceplan-preview-"))
        self.pdf: Path | None = None
        self.pages: list[QLabel] = []
        layout = QVBoxLayout(self)
        self.status = QLabel(translate("DocumentPreview", "Preparing the document…"))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body = QWidget()
        body.setStyleSheet("background: #7f8489;")
        self.column = QVBoxLayout(body)
        self.column.setSpacing(12)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_area.setWidget(body)
        layout.addWidget(self.page_area, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(translate("DocumentPreview", "Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        buttons.addWidget(self.print_button)
        self.save_button: QPushButton | None = None
        if save is not None:
            self.save_button = QPushButton(translate("DocumentPreview", "Save as PDF…"))
            self.save_button.setObjectName("saveDocument")
            self.save_button.clicked.connect(save)
            buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        close = QPushButton(translate("DocumentPreview", "Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.finished.connect(self._clean_up)

        target = self.folder / "document.pdf"

        def work() -> Path:
            produce(target)
            return target

        runner.run(work, self._ready, self._failed, saves=False)  # a scratch file

    def _ready(self, pdf: Path) -> None:
        self.pdf = pdf
        images = render_pages(pdf, PREVIEW_DPI * max(1.0, self.devicePixelRatioF()))
        for image in images:
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
            label.setPixmap(pixmap)
            label.setObjectName("previewPage")
            self.column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self.status.setText(
            translate("DocumentPreview", "{count} page(s). Print it, or save it as a PDF.").format(
                count=len(images)
            )
        )
        self.print_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        from plan.errors import PlanError
        from ui.i18n import plan_error_message

        text = plan_error_message(error) if isinstance(error, PlanError) else str(error)
        self.status.setText(
            translate("DocumentPreview", "The document could not be prepared: {error}").format(
                error=text
            )
        )

    def print_document(self) -> None:
        """The system's print dialog, then the pages on the chosen printer."""
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, len(self.pages))
        if not self.dialogs.choose_printer(self, printer):
            return
        try:
            printed = print_pdf(self.pdf, printer)
        except OSError as exc:
            self.dialogs.error(self, self.windowTitle(), str(exc))
            return
        self.status.setText(
            translate("DocumentPreview", "{count} page(s) sent to the printer.").format(
                count=printed
            )
        )

    def _clean_up(self, _result: int = 0) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
