"""A chart preview: a figure from `export.charts` drawn off the GUI thread, shown as a picture.

The same builders make the PDF's charts; here they are rendered to PNG at the screen's pixel
ratio. Redraws are debounced and stale results dropped, so typing never waits for matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.tasks import TaskRunner

translate = QCoreApplication.translate

REDRAW_DELAY_MS = 250


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
        self.setMinimumSize(width_px, height_px)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
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
        """`builder(width_in, height_in, dpi)` returns PNG bytes; it runs in a worker thread."""
        self._builder = builder
        if now or self.runner.synchronous:
            self._render()
        else:
            self._timer.start()

    def _render(self) -> None:
        builder = self._builder
        if builder is None:
            return
        self._generation += 1
        generation = self._generation
        ratio = max(1.0, self.devicePixelRatioF())
        dpi = int(100 * ratio)
        width_in, height_in = self.width_px / 100, self.height_px / 100

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

        self.runner.run(lambda: builder(width_in, height_in, dpi), done, failed)
