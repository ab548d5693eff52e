"""A chart preview: a figure from `export.charts` drawn off the GUI thread, shown as a picture.

The same builders make the PDF's charts; here they are rendered to PNG at the screen's pixel
ratio. Redraws are debounced and stale results dropped, so typing never waits for matplotlib.

A chart takes the width its layout gives it (down to `MIN_WIDTH`; `width_px` is only what it
asks for) and is drawn again, debounced, when that width changes: no page needs a sideways
scroll bar for a chart, and a wide window has no empty band beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.tasks import TaskRunner

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
        self._builder: Callable[[float, float, int], bytes] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        self.rendered = 0  # how many results were shown (tests wait on it)

    def show_chart(
        self, builder: Callable[[float, float, int], bytes], *, now: bool = False
    ) -> None:
        """`builder(width_in, height_in, dpi)` returns PNG bytes; it runs in a worker thread.
        A hidden chart is drawn when it is shown, at the width it is shown at."""
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

        self.runner.run(lambda: builder(width_in, height_in, dpi), done, failed, saves=False)
