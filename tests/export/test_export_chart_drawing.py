"""export.chart_drawing: matplotlib figures as reportlab vector drawings for the printed plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from reportlab.graphics.shapes import Group, Path

from export import charts
from export.chart_drawing import UnsupportedChart

BUILDERS: dict[str, Callable[[], Any]] = {
    "radar": lambda: charts.radar_figure(["A", "B", "C 服务", "D", "E"], [50, 60, None, 80, 40]),
    "metrics": lambda: charts.metrics_figure(
        ["Repeat share", "Retention"], [24.0, None], [30, 75], [True, True], ["%", "%"]
    ),
    "trend": lambda: charts.trend_figure(["2026-01-01", "2026-06-01"], {"Index": [40.0, 55.0]}),
    "nps": lambda: charts.nps_distribution_figure(
        [1, 0, 2, 3, 5, 8, 10, 12, 20, 15, 9], group_labels=("D", "P", "Pr"), nps=-7.5
    ),
    "servqual": lambda: charts.servqual_gaps_figure(
        ["T", "R"], [6.0, 6.5], [5.5, 4.0], expectation_label="E", perception_label="P"
    ),
    "views": lambda: charts.views_comparison_figure(
        ["T", "R"], [60.0, 90.0], [50.0, 60.0], company_label="Owner", customers_label="Them"
    ),
    "pareto": lambda: charts.pareto_figure(
        ["Время ожидания", "$5 coffee $"], [3, 1], [75.0, 100.0], vital_few=1
    ),
    "matrix": lambda: charts.priority_matrix_figure(
        ["Slow replies", "Rude staff"],
        [4, 2],
        [5, 3],
        [True, False],
        frequency_label="How often",
        impact_label="Impact",
    ),
}


def _shapes(node: Any) -> list[Path]:
    found: list[Path] = []
    for child in getattr(node, "contents", []):
        if isinstance(child, Group):
            found.extend(_shapes(child))
        elif isinstance(child, Path):
            found.append(child)
    return found


@pytest.mark.parametrize("name", BUILDERS)
def test_every_chart_becomes_a_drawing_of_its_size(name: str) -> None:
    figure = BUILDERS[name]()
    width, height = (v * 72 for v in figure.get_size_inches())
    drawing = charts.figure_to_drawing(figure)
    assert (drawing.width, drawing.height) == pytest.approx((width, height))
    shapes = [s for s in _shapes(drawing) if not s.isClipPath]
    assert len(shapes) > 10  # axes, bars or markers, and each label's outline
    for shape in shapes:  # everything inside the page of the figure
        x0, y0, x1, y1 = shape.getBounds()
        assert x0 >= -1 and x1 <= width + 1 and y0 >= -1 and y1 <= height + 1, (name, x0, y0)
    assert figure.dpi == 100  # left as it was for the on-screen preview


def test_alpha_and_clipping_are_kept() -> None:
    drawing = charts.figure_to_drawing(BUILDERS["radar"]())
    shapes = _shapes(drawing)
    assert any(s.fillColor is not None and s.fillOpacity == pytest.approx(0.18) for s in shapes)
    assert any(s.isClipPath for s in shapes)


def test_text_is_outlines_so_no_font_is_needed() -> None:
    drawing = charts.figure_to_drawing(BUILDERS["pareto"]())
    assert not [n for n in drawing.getContents() if type(n).__name__ == "String"]
    # The glyphs of "Время ожидания" are drawn: far more shapes than the bars and lines alone.
    bare = charts.pareto_figure(["", ""], [3, 1], [75.0, 100.0], vital_few=1)

    def segments(node: Any) -> int:
        return sum(len(shape.operators) for shape in _shapes(node))

    assert segments(drawing) > segments(charts.figure_to_drawing(bare)) + 100


def test_a_raster_image_is_refused_rather_than_dropped() -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 2))
    figure.add_subplot().imshow([[0.0, 1.0], [1.0, 0.0]])
    with pytest.raises(UnsupportedChart):
        charts.figure_to_drawing(figure)


def test_text_measures_are_shared_between_figures_and_follow_the_font() -> None:
    from matplotlib.backend_bases import RendererBase
    from matplotlib.font_manager import FontProperties

    from export import chart_drawing

    prop = FontProperties(family="DejaVu Sans", size=9)
    first = chart_drawing._text_size("Waiting 42 Время", prop, False)
    assert first == RendererBase().get_text_width_height_descent("Waiting 42 Время", prop, False)
    hits = chart_drawing._measured.cache_info().hits
    assert chart_drawing._text_size("Waiting 42 Время", prop, False) == first
    assert chart_drawing._measured.cache_info().hits == hits + 1
    prop.set_size(18)  # the same object, changed after it was measured: measured anew
    assert chart_drawing._text_size("Waiting 42 Время", prop, False)[0] > first[0] * 1.9
    prop.set_weight("bold")
    bold = RendererBase().get_text_width_height_descent("Waiting 42 Время", prop, False)
    assert chart_drawing._text_size("Waiting 42 Время", prop, False) == bold


@pytest.mark.parametrize("text", ["Waiting\ntime", "等待\n时间 42", "one line"])
def test_line_metrics_lay_text_out_as_matplotlib_does_without_them(text: str) -> None:
    from matplotlib.figure import Figure

    from export import chart_drawing

    fig = Figure(figsize=(3, 2), dpi=72)  # as render_figure draws: one unit per point
    label = fig.text(0.1, 0.5, text, fontsize=11, fontfamily=charts.configure_matplotlib_fonts())
    with_metrics = chart_drawing._renderer(216, 144)
    without = chart_drawing._renderer(216, 144)
    del type(without)._get_font_height_metrics  # its own class: matplotlib reads the tables
    assert hasattr(with_metrics, "_get_font_height_metrics")
    laid_out, plain = label._get_layout(with_metrics), label._get_layout(without)
    assert laid_out[0].bounds == plain[0].bounds  # the text's box
    assert laid_out[1:] == plain[1:]  # each line's size and place, the descent


@pytest.mark.parametrize("name", ["radar", "pareto", "matrix", "servqual"])
def test_layout_with_shared_measures_is_the_layout_without(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from export import chart_drawing

    def layout(figure: Any) -> list[tuple[float, ...]]:
        charts.figure_to_drawing(figure)
        return [tuple(ax.get_position().bounds) for ax in figure.axes]

    layout(BUILDERS[name]())  # the measures are remembered now
    assert chart_drawing._AGG_MEASURES
    shared = layout(BUILDERS[name]())
    with monkeypatch.context() as patched:
        patched.setattr(chart_drawing, "_share_layout_measures", lambda renderer: None)
        assert layout(BUILDERS[name]()) == shared
