"""A chart preview: a figure from `export.charts` drawn off the GUI thread, shown as a picture.

The same builders make the PDF's charts; here they are rendered to PNG at the screen's pixel
ratio. Redraws are debounced and stale results dropped, so typing never waits for matplotlib.
Right-click saves the chart on its own as PNG, SVG or PDF (for slides or an e-mail), drawn
again from its builder at the size shown.

A chart takes the width its layout gives it (down to `MIN_WIDTH`; `width_px` is only what it
asks for) and is drawn again, debounced, when that width changes: no page needs a sideways
scroll bar for a chart, and a wide window has no empty band beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QSizePolicy, QWidget

from ui.tasks import TaskRunner

#: A `matplotlib.figure.Figure` (matplotlib is imported only in the worker that draws it).
ChartFigure = Any
#: `builder(width_in, height_in, dpi)`: the chart's figure at that size.
ChartBuilder = Callable[[float, float, int], ChartFigure]
#: File types a chart can be saved as, by extension.
SAVE_FORMATS = ("png", "svg", "pdf")


def choose_chart_file(parent: QWidget, suggested: str) -> str:
    """The file to save a chart into ("" when cancelled); replaced in tests."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ChartPreview", "Save the chart"),
        suggested,
        translate("ChartPreview", "PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
    )
    return path


translate = QCoreApplication.translate

REDRAW_DELAY_MS = 250
#: The narrowest a chart is drawn; below it the page scrolls rather than squeeze labels.
MIN_WIDTH = 300
#: Width changes smaller than this keep the picture shown (no redraw for a pixel or two).
_REDRAW_STEP = 12


class ChartPreview(QLabel):
    def __init__(
        self,
        runner: TaskRunner,
        width_px: int = 480,
        height_px: int = 400,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.width_px, self.height_px = width_px, height_px
        self.setMinimumSize(min(width_px, MIN_WIDTH), height_px)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._drawn_width = 0  # the width the picture shown was drawn for
        self._pending = False  # a chart was given while hidden: draw it when shown
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(translate("ChartPreview", "Drawing the chart…"))
        self._generation = 0
        self._builder: ChartBuilder | None = None
        #: The file a saved chart is named after, without extension ("chart" unless set).
        self.file_stem = "chart"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        self.rendered = 0  # how many results were shown (tests wait on it)

    def show_chart(self, builder: ChartBuilder, *, now: bool = False) -> None:
        """`builder(width_in, height_in, dpi)` returns the chart's figure; it runs in a worker
        thread. A hidden chart is drawn when it is shown, at the width it is shown at."""
        self._builder = builder
        if not self.isVisible():
            self._timer.stop()
            self._pending = True
            return
        if now or self.runner.synchronous:
            self._render()
        else:
            self._timer.start()

    def sizeHint(self) -> QSize:
        return QSize(self.width_px, self.height_px)

    def _target_width(self) -> int:
        """The width to draw at: the laid-out width once shown, else the width asked for."""
        if not self.isVisible() or self.width() < self.minimumWidth():
            return self.width_px
        return self.width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._builder is not None and (
            self._pending or abs(self.width() - self._drawn_width) >= _REDRAW_STEP
        ):
            if self.runner.synchronous:
                self._render()
            else:
                self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            self._builder is not None
            and self.isVisible()
            and abs(self.width() - self._drawn_width) >= _REDRAW_STEP
        ):
            self._timer.start()  # debounced: a window dragged wider redraws once

    def _render(self) -> None:
        builder = self._builder
        if builder is None:
            return
        self._pending = False
        self._generation += 1
        generation = self._generation
        ratio = max(1.0, self.devicePixelRatioF())
        dpi = int(100 * ratio)
        width = self._target_width()
        self._drawn_width = width
        width_in, height_in = width / 100, self.height_px / 100

        def done(png: bytes) -> None:
            if generation != self._generation:
                return  # a newer drawing was asked for meanwhile
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            pixmap.setDevicePixelRatio(ratio)
            self.setPixmap(pixmap)
            self.rendered += 1

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.setText(
                    translate("ChartPreview", "The chart could not be drawn: {error}").format(
                        error=exc
                    )
                )

        def draw() -> bytes:
            from export.charts import figure_to_png

            return figure_to_png(builder(width_in, height_in, dpi), dpi=dpi)

        self.runner.run(draw, done, failed, saves=False)

    # -- saving the chart on its own -------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._builder is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("ChartPreview", "Save Chart As…"), self.save_chart)
        menu.exec(event.globalPos())

    def save_chart(self) -> None:
        """Ask for a file and write the chart into it, as its extension says (PNG by default)."""
        builder = self._builder
        if builder is None:
            return
        chosen = choose_chart_file(self, f"{self.file_stem}.png")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower().lstrip(".") not in SAVE_FORMATS:
            path = path.with_name(path.name + ".png")
        kind = path.suffix.lower().lstrip(".")
        width_in = max(self._drawn_width, self.minimumWidth()) / 100
        height_in = self.height_px / 100

        def write() -> Path:
            from export.chart_files import chart_file_bytes
            from export.pdf_output import write_atomically

            write_atomically(path, chart_file_bytes(builder(width_in, height_in, 100), kind))
            return path

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                translate("ChartPreview", "Save the chart"),
                translate("ChartPreview", "The chart could not be saved in {file}: {error}").format(
                    file=path, error=exc
                ),
            )

        self.runner.run(write, lambda _saved: None, failed, saves=True)
