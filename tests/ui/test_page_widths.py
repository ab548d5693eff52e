"""Pages fit the window: no page needs a sideways scroll bar at 1280×800 or at the default
size, in any language; charts take the width they are given and redraw when it changes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.steps import Step
from tests.ui.conftest import FakeDialogs
from ui.chart_view import ChartPreview
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner


def _settle(seconds: float = 0.35) -> None:
    """Let debounced redraws and layouts run."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    language: str = request.param
    translators = install_translators(language)
    yield language
    app = QCoreApplication.instance()
    assert app is not None
    for translator in translators:
        app.removeTranslator(translator)
    install_translators("en")


@pytest.mark.parametrize(
    ("translated", "size"),
    [("en", (1280, 800)), ("ru", (1280, 800)), ("zh", (1280, 800)), ("ru", (1100, 720))],
    indirect=["translated"],
)
def test_no_page_needs_a_sideways_scroll_bar(
    qtbot: QtBot,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
    translated: str,
    size: tuple[int, int],
) -> None:
    window = MainWindow(
        settings, dialogs=dialogs, language=translated, runner=TaskRunner(synchronous=True)
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    path = tmp_path / "demo.svcplan"
    create_demo(path, translated).close()
    assert window.open_plan(path)
    wide: list[str] = []
    for step in Step:
        window.show_step(step)
        _settle(0.05)
        page = window.stack.currentWidget()
        assert isinstance(page, QAbstractScrollArea)
        if page.horizontalScrollBar().maximum() > 0:
            wide.append(f"{step.value}: {page.horizontalScrollBar().maximum()} px too wide")
        # Lists and tables inside a page wrap or cut (with a tooltip) rather than scroll.
        for area in page.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                wide.append(f"{step.value}: {area.objectName()} scrolls sideways")
    window.close()
    assert not wide, f"{translated} {size}: {wide}"


def test_a_chart_takes_the_width_it_is_given_and_redraws_on_resize(qtbot: QtBot) -> None:
    holder = QWidget()
    QVBoxLayout(holder).addWidget(chart := ChartPreview(TaskRunner(synchronous=True), 520, 300))
    qtbot.addWidget(holder)
    widths: list[float] = []

    def draw(width: float, height: float, dpi: int) -> object:
        from matplotlib.figure import Figure

        widths.append(width)
        return Figure(figsize=(width, height))

    holder.resize(1000, 400)
    holder.show()
    chart.show_chart(draw)
    assert widths and widths[-1] * 100 == pytest.approx(chart.width(), abs=2)
    assert chart.width() > 900  # not the 520 it asked for: no empty band beside it
    holder.resize(700, 400)
    qtbot.waitUntil(lambda: abs(widths[-1] * 100 - chart.width()) <= 2, timeout=3000)
    assert chart.width() < 700
    holder.resize(250, 400)  # narrower than a chart can be drawn: it keeps its minimum
    _settle()
    assert chart.width() >= chart.minimumWidth() >= 250
