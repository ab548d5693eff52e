"""A chart on a page is saved on its own, from its right-click menu, as PNG, SVG or PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import chart_view
from ui.chart_view import ChartPreview
from ui.tasks import TaskRunner


def _pareto(width: float, height: float, dpi: int) -> object:
    from export.charts import pareto_figure

    return pareto_figure(
        ["Waiting time & queues", "Ошибки в счетах", "服务态度"],
        [9, 5, 2],
        [56.25, 87.5, 100.0],
        vital_few=2,
        title="Complaints <by> category",
        width=width,
        height=height,
    )


@pytest.mark.parametrize(
    ("kind", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")]
)
def test_a_chart_is_saved_as_the_extension_says(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, magic: bytes
) -> None:
    chart = ChartPreview(TaskRunner(synchronous=True), 520, 300)
    qtbot.addWidget(chart)
    chart.show()
    chart.show_chart(_pareto)
    assert chart.rendered >= 1  # the preview itself is drawn from the figure
    target = tmp_path / f"pareto.{kind}"
    monkeypatch.setattr(chart_view, "choose_chart_file", lambda _parent, _name: str(target))
    chart.save_chart()
    assert target.read_bytes().startswith(magic)
    if kind == "pdf" and shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Complaints <by> category" in text  # real text, not outlines
        assert "服务态度" in text and "Ошибки" in text


def test_a_name_without_a_known_extension_is_saved_as_png(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = ChartPreview(TaskRunner(synchronous=True), 520, 300)
    qtbot.addWidget(chart)
    chart.show_chart(_pareto)
    monkeypatch.setattr(chart_view, "choose_chart_file", lambda *_: str(tmp_path / "chart"))
    chart.save_chart()
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = ChartPreview(TaskRunner(synchronous=True), 520, 300)
    qtbot.addWidget(chart)
    chart.show_chart(_pareto)
    monkeypatch.setattr(chart_view, "choose_chart_file", lambda *_: "")
    chart.save_chart()
    assert list(tmp_path.iterdir()) == []
