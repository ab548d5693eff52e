"""export.charts: figures render in all three languages, show caller text literally, fit in the
figure, and can be rendered without pyplot, fonts or a GUI."""

from __future__ import annotations

import logging
import struct
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from export import charts
from export.fonts import cjk_font, configure_matplotlib_fonts

ROOT = Path(__file__).resolve().parents[2]

RADAR_LABELS = {
    "en": [
        "Employee attitudes",
        "Readiness: know, want, can",
        "Touchpoints",
        "Management and HR support",
        "Seven sins of service (absence)",
        "Service process",
        "Complaint handling",
    ],
    "ru": [
        "Отношение сотрудников к клиентам",
        "Готовность: знать, хотеть, мочь",
        "Точки контакта",
        "Поддержка руководства и HR",
        "Семь грехов сервиса (их отсутствие)",
        "Процесс обслуживания",
        "Работа с жалобами",
    ],
    "zh": [
        "员工态度",
        "准备度：知道、愿意、能够",
        "接触点",
        "管理层与人力资源支持",
        "七宗服务罪（未出现）",
        "服务流程",
        "投诉处理",
    ],
}
METRIC_LABELS = {
    "en": [
        "Repeat customers' share of revenue",
        "Customer retention",
        "Complaints per 100 customers",
        "First response time",
        "First-contact resolution",
    ],
    "ru": [
        "Доля выручки от постоянных клиентов",
        "Удержание клиентов",
        "Жалоб на 100 клиентов",
        "Время первого ответа",
        "Решение с первого обращения",
    ],
    "zh": ["回头客收入占比", "客户保留率", "每100位客户投诉数", "首次响应时间", "首次接触解决率"],
}
UNITS = {
    "en": ["%", "%", "", "h", "%"],
    "ru": ["%", "%", "", "ч", "%"],
    "zh": ["%", "%", "", "小时", "%"],
}
TITLES = {"en": "Service assessment", "ru": "Оценка уровня сервиса", "zh": "服务水平评估"}
MISSING = {"en": "no value", "ru": "нет значения", "zh": "无数据"}
LANGS = ["en", "ru", "zh"]
LITERAL = "$x$ & <b>"


def radar(lang: str, **kwargs: Any) -> Any:
    return charts.radar_figure(
        RADAR_LABELS[lang], [72, 55, None, 38, 90, 64, 47], title=TITLES[lang], **kwargs
    )


def metrics(lang: str, **kwargs: Any) -> Any:
    return charts.metrics_figure(
        METRIC_LABELS[lang],
        [24, 71, 3.2, 30, None],
        [30, 75, 5, 24, 70],
        [True, True, False, False, True],
        UNITS[lang],
        title=TITLES[lang],
        missing_text=MISSING[lang],
        **kwargs,
    )


def trend(lang: str, **kwargs: Any) -> Any:
    labels = RADAR_LABELS[lang]
    return charts.trend_figure(
        ["2024-03-01", "2024-09-15", "2025-03-01"],
        {
            TITLES[lang]: [52, 61, 70],
            labels[1]: [30, 45, 58],
            labels[2]: [40, None, 66],
            labels[4]: [70, 72, 80],
        },
        title=TITLES[lang],
        y_label=labels[0],
        **kwargs,
    )


BUILDERS: dict[str, Callable[..., Any]] = {"radar": radar, "metrics": metrics, "trend": trend}


@pytest.fixture
def needs_cjk() -> None:
    if cjk_font() is None:
        pytest.skip("no CJK font installed on this machine")


@contextmanager
def no_font_problems(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail on matplotlib's missing-glyph warnings (3.11: a UserWarning "Glyph N (...) missing
    from font(s) ..." via _api.warn_external) and on its font-lookup log warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with caplog.at_level(logging.WARNING, logger="matplotlib"):
            yield
    glyphs = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not glyphs, glyphs[:5]
    logged = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("matplotlib") and r.levelno >= logging.WARNING
    ]
    assert not logged, logged[:5]


def visible_texts(fig: Any) -> list[Any]:
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def assert_texts_inside(fig: Any) -> None:
    """After a draw, every shown text lies within the figure: nothing is clipped."""
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    texts = visible_texts(fig)
    assert texts
    for text in texts:
        ext = text.get_window_extent(renderer)
        assert ext.x0 >= box.x0 - 0.5 and ext.x1 <= box.x1 + 0.5, (text.get_text(), ext, box)
        assert ext.y0 >= box.y0 - 0.5 and ext.y1 <= box.y1 + 0.5, (text.get_text(), ext, box)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def all_text(fig: Any) -> list[str]:
    return [t.get_text() for t in visible_texts(fig)]


# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_renders_without_missing_glyphs_or_clipping(
    kind: str, lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    if lang == "zh" and cjk_font() is None:
        pytest.skip("no CJK font installed on this machine")
    with no_font_problems(caplog):
        fig = BUILDERS[kind](lang)
        data = charts.figure_to_png(fig)
    assert png_size(data) == (int(fig.get_figwidth() * 100), int(fig.get_figheight() * 100))
    assert_texts_inside(fig)
    from matplotlib.figure import Figure

    assert isinstance(fig, Figure)


@pytest.mark.parametrize("size", [(5.0, 4.2), (4.0, 3.4), (6.5, 5.0), (3.6, 3.2)])
@pytest.mark.parametrize("count", [6, 7, 8])
def test_radar_long_labels_fit_at_preview_sizes(
    size: tuple[float, float], count: int, needs_cjk: None
) -> None:
    labels = (RADAR_LABELS["ru"] + ["Стандарты обслуживания клиентов"])[:count]
    fig = charts.radar_figure(labels, [50.0] * count, width=size[0], height=size[1], title="Т")
    charts.figure_to_png(fig)
    assert_texts_inside(fig)
    zh = (RADAR_LABELS["zh"] + ["客户服务标准"])[:count]
    fig = charts.radar_figure(zh, [95.0] * count, width=size[0], height=size[1])
    charts.figure_to_png(fig)
    assert_texts_inside(fig)


def test_radar_labels_are_wrapped() -> None:
    fig = charts.radar_figure(RADAR_LABELS["ru"], [50.0] * 7)
    texts = all_text(fig)
    assert "Готовность:\nзнать,\nхотеть, мочь" in texts or any(
        t.replace("\n", " ") == "Готовность: знать, хотеть, мочь" and "\n" in t for t in texts
    )
    for label in RADAR_LABELS["ru"]:
        shown = next(t for t in texts if t.replace("\n", " ") == label)
        assert all(len(line) <= 18 for line in shown.split("\n")), shown


def test_fonts_apply_at_draw_time_outside_our_rc_context(
    caplog: pytest.LogCaptureFixture, needs_cjk: None
) -> None:
    """A Qt canvas draws later, outside the builder's rc_context: the fonts must stick."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    families = configure_matplotlib_fonts()
    figs = [radar("zh"), metrics("zh"), trend("zh"), radar("ru")]
    with (
        matplotlib.rc_context({"font.family": ["serif"], "font.serif": ["DejaVu Serif"]}),
        no_font_problems(caplog),
    ):
        for fig in figs:
            canvas = FigureCanvasAgg(fig)  # a fresh canvas, as a GUI would attach
            canvas.draw()
            for text in visible_texts(fig):
                assert text.get_fontfamily() == families, text.get_text()


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_caller_text_is_shown_literally(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    if kind == "radar":
        fig = charts.radar_figure([LITERAL, "b", "c", "$5"], [10, 20, None, 40], title=LITERAL)
    elif kind == "metrics":
        fig = charts.metrics_figure(
            [LITERAL, "$5 and $6"],
            [5, None],
            [4, 3],
            [True, True],
            ["$", "$"],
            title=LITERAL,
            missing_text="$none$",
        )
    else:
        fig = charts.trend_figure(
            ["2025-01-01", "2025-06-01"],
            {LITERAL: [10, 20], "$5": [30, 40]},
            title=LITERAL,
            y_label=LITERAL,
        )
    with no_font_problems(caplog):
        charts.figure_to_png(fig)
    texts = [t for t in visible_texts(fig) if t.get_text() == LITERAL]
    assert len(texts) >= 2  # the label and the title (and the y label for the trend)
    assert all(not t.get_parse_math() for t in visible_texts(fig) if "$" in t.get_text())
    if kind == "metrics":
        assert "$none$" in all_text(fig)
        assert "5\u00a0$" in all_text(fig)


def test_radar_with_missing_scores(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        fig = charts.radar_figure(
            RADAR_LABELS["en"],
            [72, None, 55, None, 90, 64, 47],
            missing_text="not enough answers",
        )
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    hollow = [
        line
        for line in ax.get_lines()
        if line.get_markerfacecolor() == "white" and line.get_linestyle() == "None"
    ]
    assert len(hollow) == 1
    assert len(hollow[0].get_xdata()) == 2
    assert list(hollow[0].get_ydata()) == [0.0, 0.0]
    grey = [t for t in ax.texts if t.get_text().replace("\n", " ") == "Readiness: know, want, can"]
    assert grey and grey[0].get_color() == "#777777"
    assert "○ not enough answers" in all_text(fig)
    assert_texts_inside(fig)


@pytest.mark.parametrize(
    "scores", [[None] * 7, [80, None, None, None, None, None, None], [0, 100, None, 50, 50, 0, 1]]
)
def test_radar_edge_cases_render(scores: list[float | None]) -> None:
    fig = charts.radar_figure(RADAR_LABELS["en"], scores)
    assert charts.figure_to_png(fig)


def test_radar_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="labels"):
        charts.radar_figure(["a", "b"], [1.0])


def test_radar_gridlines_at_twenty_steps() -> None:
    fig = charts.radar_figure(RADAR_LABELS["en"], [50.0] * 7)
    ax = fig.axes[0]
    assert list(ax.get_yticks()) == [20, 40, 60, 80, 100]
    assert ax.get_ylim() == (0, 100)


def test_metrics_missing_value_and_colours(caplog: pytest.LogCaptureFixture) -> None:
    from matplotlib.colors import to_hex
    from matplotlib.patches import Rectangle

    with no_font_problems(caplog):
        fig = metrics("en")
        charts.figure_to_png(fig)
    assert len(fig.axes) == 5
    texts = all_text(fig)
    assert "no value" in texts
    assert "24%" in texts and "≥ 30%" in texts
    assert "3.2" in texts and "≤ 5" in texts
    assert "30\u00a0h" in texts and "≤ 24\u00a0h" in texts

    def bar_colour(ax: Any) -> str | None:
        bars = [p for p in ax.patches if isinstance(p, Rectangle)]
        return to_hex(bars[0].get_facecolor()) if bars else None

    colours = [bar_colour(ax) for ax in fig.axes]
    good, bad = charts._GOOD.lower(), charts._BAD.lower()
    # 24 < 30 (higher better): red; 71 < 75: red; 3.2 <= 5 (lower better): green;
    # 30 h > 24 h (lower better): red; missing: no bar.
    assert colours == [bad, bad, good, bad, None]
    for ax, value, threshold in zip(
        fig.axes, [24, 71, 3.2, 30, 70], [30, 75, 5, 24, 70], strict=True
    ):
        assert ax.get_xlim() == pytest.approx((0, max(value, threshold) * 1.25))


def test_metrics_translated_missing_text_and_decimal_comma() -> None:
    fig = metrics("ru", decimal_separator=",")
    texts = all_text(fig)
    assert "нет значения" in texts
    assert "3,2" in texts
    assert "no value" not in texts


def test_metrics_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="thresholds"):
        charts.metrics_figure(["a"], [1.0], [], [True], ["%"])


def test_metrics_empty_and_zero_render() -> None:
    assert charts.figure_to_png(charts.metrics_figure([], [], [], [], [], title="t"))
    fig = charts.metrics_figure(["zero"], [0.0], [0.0], [False], [""])
    assert charts.figure_to_png(fig)


def test_trend_with_two_points(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        fig = charts.trend_figure(
            ["2024-03-01", "2025-03-01"], {"Service index": [52, 70]}, y_label="Score"
        )
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    assert ax.get_ylim() == (0, 100)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024-03-01", "2025-03-01"]
    (line,) = ax.get_lines()
    assert list(line.get_ydata()) == [52, 70]
    assert_texts_inside(fig)


def test_trend_legend_is_below_the_axes(needs_cjk: None) -> None:
    for lang in LANGS:
        fig = trend(lang)
        charts.figure_to_png(fig)
        renderer = fig.canvas.get_renderer()
        (legend,) = fig.legends
        ax_box = fig.axes[0].get_tightbbox(renderer)
        legend_box = legend.get_window_extent(renderer)
        assert legend_box.y1 <= ax_box.y0 + 0.5, lang  # never covers the lines
        assert_texts_inside(fig)


def test_trend_single_point_gaps_and_many_dates() -> None:
    assert charts.figure_to_png(charts.trend_figure(["2025-01-01"], {"a": [50]}))
    dates = [f"2020-{m:02d}-01" for m in range(1, 13)]
    series = {"a": [float(m * 8) for m in range(12)], "b": [None] * 6 + [50.0] * 6}
    fig = charts.trend_figure(dates, series)
    charts.figure_to_png(fig)
    assert_texts_inside(fig)
    assert charts.figure_to_png(charts.trend_figure(["2025-01-01", "2025-02-01"], {}))


def test_trend_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="not an ISO date"):
        charts.trend_figure(["01/02/2025"], {"a": [1.0]})
    with pytest.raises(ValueError, match="values"):
        charts.trend_figure(["2025-01-01", "2025-02-01"], {"a": [1.0]})


def test_svg_has_text_as_paths(needs_cjk: None) -> None:
    fig = radar("zh")
    svg = charts.figure_to_svg(fig)
    assert svg.startswith(b"<?xml")
    assert b"<text" not in svg
    assert b"<svg" in svg
    assert b"<dc:date>" not in svg
    assert charts.figure_to_svg(fig).startswith(b"<?xml")  # again: the canvas was restored
    # Rendering SVG does not steal the figure's canvas (a Qt canvas would stay attached).
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    assert isinstance(fig.canvas, FigureCanvasAgg)


def test_png_dpi() -> None:
    fig = charts.radar_figure(RADAR_LABELS["en"], [50.0] * 7)
    assert png_size(charts.figure_to_png(fig, dpi=200)) == (1000, 840)
    assert png_size(charts.figure_to_png(fig)) == (500, 420)
    assert fig.dpi == 100


def test_rendering_from_several_threads(needs_cjk: None) -> None:
    results: list[bytes] = []
    errors: list[BaseException] = []

    def work(lang: str) -> None:
        try:
            for builder in BUILDERS.values():
                results.append(charts.figure_to_png(builder(lang)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(lang,)) for lang in LANGS * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 18


def test_render_lock_is_reentrant() -> None:
    with charts.RENDER_LOCK:
        fig = charts.trend_figure(["2025-01-01", "2025-02-01"], {"a": [1.0, 2.0]})
        assert charts.figure_to_png(fig)


def test_import_is_cheap_and_pyplot_is_never_used() -> None:
    code = (
        "import sys, export.charts\n"
        "print('matplotlib' in sys.modules)\n"
        "f = export.charts.radar_figure(['a', 'b', 'c'], [1, 2, 3])\n"
        "export.charts.figure_to_png(f); export.charts.figure_to_svg(f)\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Touchpoints", 16, "Touchpoints"),
        ("Readiness: know, want, can", 16, "Readiness:\nknow, want, can"),
        ("七宗服务罪（未出现）", 16, "七宗服务罪\n（未出现）"),
        ("准备度：知道、愿意、能够", 16, "准备度：知道、\n愿意、能够"),
        ("Семь грехов сервиса (их отсутствие)", 16, "Семь грехов\nсервиса\n(их отсутствие)"),
        ("Supercalifragilisticexpialidocious", 10, "Supercalifragilisticexpialidocious"),
        ("two\nparagraphs here", 40, "two\nparagraphs here"),
        ("", 16, ""),
    ],
)
def test_wrap_label(text: str, width: int, expected: str) -> None:
    assert charts.wrap_label(text, width) == expected


@pytest.mark.parametrize("text", [*RADAR_LABELS["ru"], *RADAR_LABELS["zh"], *METRIC_LABELS["en"]])
def test_wrap_label_keeps_every_character_and_width(text: str) -> None:
    wrapped = charts.wrap_label(text, 16)
    assert wrapped.replace("\n", " " if " " in text else "") == text
    for line in wrapped.split("\n"):
        assert charts._display_width(line) <= 16 or " " not in line
        assert not line.startswith(("，", "、", "）", "：", ",", ")"))
        assert not line.endswith(" к")
