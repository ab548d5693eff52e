"""export.charts: figures render in all three languages, show caller text literally, fit in the
figure, and can be rendered without pyplot, fonts or a GUI."""

from __future__ import annotations

import itertools
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
from plan.wording import chart_signed

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


# The customers' view (step 1): real translations of the five SERVQUAL dimensions (RATER).
SERVQUAL_DIMENSIONS = {
    "en": ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"],
    "ru": ["Материальность", "Надёжность", "Отзывчивость", "Убедительность", "Сопереживание"],
    "zh": ["有形性", "可靠性", "响应性", "保证性", "移情性"],
}
NPS_GROUPS = {
    "en": ("Detractors", "Passives", "Promoters"),
    "ru": ("Критики", "Нейтралы", "Промоутеры"),
    "zh": ("贬损者", "被动者", "推荐者"),
}
COMPLAINT_CATEGORIES = {
    "en": [
        "Long wait on the phone",
        "Rude staff",
        "Wrong order delivered",
        "Late delivery",
        "Billing errors",
        "No reply to e-mail",
        "Dirty premises",
        "Other",
    ],
    "ru": [
        "Долгое ожидание ответа по телефону",
        "Грубость персонала",
        "Доставлен не тот заказ",
        "Опоздание доставки",
        "Ошибки в счетах",
        "Нет ответа на письма",
        "Грязное помещение",
        "Прочее",
    ],
    "zh": [
        "电话等待时间长",
        "员工态度粗鲁",
        "送错订单",
        "配送延误",
        "账单错误",
        "邮件无回复",
        "场所不清洁",
        "其他",
    ],
}
COMPLAINT_COUNTS = [34, 21, 15, 9, 6, 4, 3, 2]
CUSTOMER_TEXT = {
    "en": {
        "nps": "Likelihood to recommend",
        "responses": "Responses",
        "servqual": "Expectations and perceptions",
        "expectation": "Expectation",
        "perception": "Perception",
        "gap": "Gap P − E",
        "pareto": "Complaints by category",
        "complaints": "Complaints",
        "cumulative": "Cumulative share",
        "views": "Our view and the customers' view",
        "company": "Our self-assessment",
        "customers": "Customers' rating",
        "difference": "Difference",
        "missing": "not enough answers",
    },
    "ru": {
        "nps": "Готовность рекомендовать",
        "responses": "Ответы",
        "servqual": "Ожидания и восприятие",
        "expectation": "Ожидание",
        "perception": "Восприятие",
        "gap": "Разрыв В − О",
        "pareto": "Жалобы по категориям",
        "complaints": "Жалобы",
        "cumulative": "Накопленная доля",
        "views": "Наша оценка и оценка клиентов",
        "company": "Наша самооценка",
        "customers": "Оценка клиентов",
        "difference": "Разница",
        "missing": "недостаточно ответов",
    },
    "zh": {
        "nps": "推荐意愿",
        "responses": "回答数",
        "servqual": "期望与感知",
        "expectation": "期望",
        "perception": "感知",
        "gap": "差距 P − E",
        "pareto": "按类别的投诉",
        "complaints": "投诉数",
        "cumulative": "累计占比",
        "views": "我们的评估与顾客的评价",
        "company": "我们的自我评估",
        "customers": "顾客评价",
        "difference": "差值",
        "missing": "回答不足",
    },
}
# 50 answers: 12 detractors (24%), 15 passives (30%), 23 promoters (46%): NPS = 46 − 24 = 22.
NPS_COUNTS = [1, 0, 1, 2, 1, 3, 4, 6, 9, 12, 11]
EXPECTATIONS: list[float | None] = [6.1, 6.6, 6.0, 5.9, None]
PERCEPTIONS: list[float | None] = [5.3, 5.8, 6.3, 5.9, 5.1]
COMPANY: list[float | None] = [85, 78, 70, None, 66]
CUSTOMERS: list[float | None] = [67, 74, 72, 60, None]


def cumulative(counts: list[int]) -> list[float]:
    total, running, out = sum(counts), 0, []
    for count in counts:
        running += count
        out.append(100 * running / total)
    return out


def nps(lang: str, **kwargs: Any) -> Any:
    text = CUSTOMER_TEXT[lang]
    kwargs.setdefault("nps", 22.0)
    return charts.nps_distribution_figure(
        kwargs.pop("counts", NPS_COUNTS),
        group_labels=NPS_GROUPS[lang],
        title=text["nps"],
        count_label=text["responses"],
        **kwargs,
    )


def servqual(lang: str, **kwargs: Any) -> Any:
    text = CUSTOMER_TEXT[lang]
    return charts.servqual_gaps_figure(
        SERVQUAL_DIMENSIONS[lang],
        kwargs.pop("expectations", EXPECTATIONS),
        kwargs.pop("perceptions", PERCEPTIONS),
        expectation_label=text["expectation"],
        perception_label=text["perception"],
        gap_label=text["gap"],
        title=text["servqual"],
        missing_text=text["missing"],
        **kwargs,
    )


def pareto(lang: str, **kwargs: Any) -> Any:
    text = CUSTOMER_TEXT[lang]
    categories = kwargs.pop("categories", COMPLAINT_CATEGORIES[lang])
    counts = kwargs.pop("counts", COMPLAINT_COUNTS)
    kwargs.setdefault("vital_few", 3)
    return charts.pareto_figure(
        categories,
        counts,
        cumulative(counts) if counts else [],
        count_label=text["complaints"],
        cumulative_label=text["cumulative"],
        title=text["pareto"],
        **kwargs,
    )


def views(lang: str, **kwargs: Any) -> Any:
    text = CUSTOMER_TEXT[lang]
    return charts.views_comparison_figure(
        SERVQUAL_DIMENSIONS[lang],
        kwargs.pop("company", COMPANY),
        kwargs.pop("customers", CUSTOMERS),
        company_label=text["company"],
        customers_label=text["customers"],
        difference_label=text["difference"],
        title=text["views"],
        missing_text=text["missing"],
        **kwargs,
    )


CUSTOMER_BUILDERS: dict[str, Callable[..., Any]] = {
    "nps": nps,
    "servqual": servqual,
    "pareto": pareto,
    "views": views,
}
BUILDERS: dict[str, Callable[..., Any]] = {
    "radar": radar,
    "metrics": metrics,
    "trend": trend,
    **CUSTOMER_BUILDERS,
}


@pytest.fixture
def needs_cjk() -> None:
    if cjk_font() is None:
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")


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
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")
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
    figs = [builder("zh") for builder in BUILDERS.values()] + [radar("ru"), pareto("ru")]
    with (
        matplotlib.rc_context(
            {"font.family": ["serif"], "font.serif": ["DejaVu Serif"], "text.parse_math": True}
        ),
        no_font_problems(caplog),
    ):
        for fig in figs:
            canvas = FigureCanvasAgg(fig)  # a fresh canvas, as a GUI would attach
            canvas.draw()
            for text in visible_texts(fig):
                assert text.get_fontfamily() == families, text.get_text()
                # Tick labels made by the builder are the ones drawn: caller text stays literal.
                assert not text.get_parse_math() or not any(c.isalpha() for c in text.get_text())


def literal_figure(kind: str) -> Any:
    """A figure of *kind* whose caller text contains "$" (and markup-like characters)."""
    if kind == "radar":
        return charts.radar_figure([LITERAL, "b", "c", "$5"], [10, 20, None, 40], title=LITERAL)
    if kind == "metrics":
        return charts.metrics_figure(
            [LITERAL, "$5 and $6"],
            [5, None],
            [4, 3],
            [True, True],
            ["$", "$"],
            title=LITERAL,
            missing_text="$none$",
        )
    if kind == "trend":
        return charts.trend_figure(
            ["2025-01-01", "2025-06-01"],
            {LITERAL: [10, 20], "$5": [30, 40]},
            title=LITERAL,
            y_label=LITERAL,
        )
    if kind == "nps":
        return charts.nps_distribution_figure(
            NPS_COUNTS,
            group_labels=(LITERAL, "$5", "$6$"),
            nps=22.0,
            nps_label="$NPS$",
            title=LITERAL,
            count_label="$n$",
        )
    if kind == "servqual":
        return charts.servqual_gaps_figure(
            [LITERAL, "$5", "c"],
            [6.0, None, 5.0],
            [5.0, 4.0, 5.5],
            expectation_label="$E$",
            perception_label="$P$",
            gap_label="$gap$",
            title=LITERAL,
            missing_text="$none$",
        )
    if kind == "pareto":
        return charts.pareto_figure(
            [LITERAL, "$5 refund", "c"],
            [5, 3, 1],
            cumulative([5, 3, 1]),
            vital_few=1,
            count_label="$n$",
            cumulative_label="$%$",
            title=LITERAL,
        )
    assert kind == "views"
    return charts.views_comparison_figure(
        [LITERAL, "$5", "c"],
        [90.0, None, 50.0],
        [60.0, 40.0, 55.0],
        company_label="$us$",
        customers_label="$them$",
        difference_label="$d$",
        title=LITERAL,
        missing_text="$none$",
    )


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_caller_text_is_shown_literally(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    fig = literal_figure(kind)
    with no_font_problems(caplog):
        charts.figure_to_png(fig)
    texts = [t for t in visible_texts(fig) if t.get_text().startswith(LITERAL)]
    assert len(texts) >= 2  # a label and the title (and the y label for the trend)
    assert all(not t.get_parse_math() for t in visible_texts(fig) if "$" in t.get_text())
    shown = all_text(fig)
    if kind == "metrics":
        assert "$none$" in shown
        assert "5 $" in shown
    if kind in ("servqual", "views"):
        assert "$none$" in shown and "$5" in shown
    if kind == "nps":
        assert "$NPS$\u00a0+22" in shown and "$6$\u00a046%" in shown
        assert LITERAL + "\u00a024%" in shown
    if kind == "pareto":
        assert "$5 refund" in shown and "$%$" in shown


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
    assert "30 h" in texts and "≤ 24 h" in texts  # plan.wording.with_unit

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
    assert len(results) == len(BUILDERS) * 6


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


# ---------------------------------------------------------------------------------------------
# The customers' view: NPS, SERVQUAL gaps, Pareto, company against customers

MINUS = "\u2212"


def hex_colour(colour: Any) -> str:
    from matplotlib.colors import to_hex

    return str(to_hex(colour))


def marker_lines(ax: Any) -> list[Any]:
    """Lines that are only markers (the dots of a paired chart), in drawing order."""
    return [line for line in ax.get_lines() if line.get_linestyle() == "None"]


def notes_by_row(ax: Any) -> dict[int, Any]:
    """The texts of a paired chart's difference column (right of the plot), by row."""
    from matplotlib.text import Annotation

    return {
        round(t.xy[1]): t
        for t in ax.texts
        if isinstance(t, Annotation) and t.xycoords == ("axes fraction", "data")
    }


def texts_overlap(a: Any, b: Any) -> bool:
    return bool(a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5)


@pytest.mark.parametrize("size", [(5.0, 3.5), (4.0, 3.0)])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(CUSTOMER_BUILDERS))
def test_customer_charts_render_at_preview_sizes(
    kind: str, lang: str, size: tuple[float, float], caplog: pytest.LogCaptureFixture
) -> None:
    """On-screen preview (5×3.5) and a smaller one (4×3): PNG and SVG, no tofu, no clipping."""
    if lang == "zh" and cjk_font() is None:
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")
    with no_font_problems(caplog):
        fig = CUSTOMER_BUILDERS[kind](lang, width=size[0], height=size[1])
        png = charts.figure_to_png(fig)
        svg = charts.figure_to_svg(fig)
    assert png_size(png) == (int(size[0] * 100), int(size[1] * 100))
    assert svg.startswith(b"<?xml") and b"<text" not in svg
    charts.figure_to_png(fig)  # measure after a draw on the figure's own Agg canvas
    assert_texts_inside(fig)
    shown = all_text(fig)
    assert CUSTOMER_TEXT[lang][kind] in shown  # the title
    if kind in ("servqual", "views"):
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert labels == SERVQUAL_DIMENSIONS[lang]  # single words: never broken, never cut


def test_format_signed() -> None:
    assert chart_signed(22.0) == "+22"
    assert chart_signed(-83.0) == MINUS + "83"
    assert chart_signed(-0.8, fixed=True) == MINUS + "0.8"
    assert chart_signed(-1.0, fixed=True) == MINUS + "1.0"
    assert chart_signed(0.3, ",", fixed=True) == "+0,3"
    assert chart_signed(0.0) == "0"
    assert chart_signed(-0.04, fixed=True) == "0.0"  # shows as zero: no sign
    assert chart_signed(14.2857) == "+14.3"


def test_nps_bars_groups_shares_and_score(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        fig = nps("en")
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    bars = ax.containers[0].patches
    assert [b.get_height() for b in bars] == NPS_COUNTS
    colours = [hex_colour(b.get_facecolor()) for b in bars]
    red, ochre, green = (c.lower() for c in charts._NPS_COLOURS)
    assert colours == [red] * 7 + [ochre] * 2 + [green] * 2
    assert len({red, ochre, green}) == 3
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(i) for i in range(11)]
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend_texts == ["Detractors\u00a024%", "Passives\u00a030%", "Promoters\u00a046%"]
    (score,) = [t for t in visible_texts(fig) if t.get_text().startswith("NPS")]
    assert score.get_text() == "NPS\u00a0+22"
    assert hex_colour(score.get_color()) == charts._GOOD.lower()
    assert score.get_fontsize() > 10  # prominent: larger than any other text but the title
    # Counts above the bars, none for an answer nobody gave.
    assert sorted(t.get_text() for t in ax.texts) == sorted(str(c) for c in NPS_COUNTS if c)
    assert_texts_inside(fig)


@pytest.mark.parametrize(
    ("value", "shown", "colour"),
    [
        (-83.3, f"NPS\u00a0{MINUS}83.3", "_BAD"),
        (0.0, "NPS\u00a00", "_INK"),
        (None, "NPS\u00a0—", "_MUTED"),
    ],
)
def test_nps_score_sign_and_missing(value: float | None, shown: str, colour: str) -> None:
    fig = nps("en", nps=value)
    (score,) = [t for t in visible_texts(fig) if t.get_text().startswith("NPS")]
    assert score.get_text() == shown
    assert hex_colour(score.get_color()) == getattr(charts, colour).lower()


def test_nps_without_answers_is_an_empty_labelled_chart(
    caplog: pytest.LogCaptureFixture, needs_cjk: None
) -> None:
    with no_font_problems(caplog):
        fig = nps("zh", counts=[0] * 11, nps=None, nps_label="净推荐值")
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    assert all(b.get_height() == 0 for b in ax.containers[0].patches)
    assert not ax.texts  # no count labels, no "0" pretending to be data
    shown = all_text(fig)
    assert "净推荐值\u00a0—" in shown
    assert [t.get_text() for t in fig.legends[0].get_texts()] == list(NPS_GROUPS["zh"])  # no %
    assert "回答数" in shown and "推荐意愿" in shown
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(i) for i in range(11)]
    assert_texts_inside(fig)


def test_nps_rejects_bad_counts() -> None:
    with pytest.raises(ValueError, match="11"):
        charts.nps_distribution_figure([1] * 10, group_labels=("a", "b", "c"), nps=None)
    with pytest.raises(ValueError, match="negative"):
        charts.nps_distribution_figure([-1] + [0] * 10, group_labels=("a", "b", "c"), nps=None)


def test_servqual_gap_labels_signs_and_colours(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        fig = servqual("en")
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    by_row = notes_by_row(ax)
    gaps = [by_row[row].get_text() for row in range(5)]
    # P − E: 5.3 − 6.1, 5.8 − 6.6, 6.3 − 6.0, 5.9 − 5.9, and no expectation for empathy; two
    # decimals, as the SERVQUAL table and the summary print a gap.
    assert gaps == [f"{MINUS}0.80", f"{MINUS}0.80", "+0.30", "0.00", "not enough\nanswers"]
    bad, good = charts._BAD.lower(), charts._GOOD.lower()
    assert [hex_colour(by_row[r].get_color()) for r in range(4)] == [bad, bad, good, good]
    assert by_row[4].get_fontstyle() == "italic"
    assert "Gap P − E" in all_text(fig)
    expectation, perception = marker_lines(ax)
    assert list(expectation.get_xdata()) == [6.1, 6.6, 6.0, 5.9]  # nothing drawn for None
    assert list(perception.get_ydata()) == [0, 1, 2, 3, 4]
    assert expectation.get_marker() != perception.get_marker()  # tells apart in greyscale
    # Joining lines for the four complete rows: red where perception falls short.
    joins = [line for line in ax.get_lines() if line.get_linestyle() == "-"]
    assert [hex_colour(j.get_color()) for j in joins] == [bad, bad, good, good]
    # The part of the 1–7 scale the ratings use (5.3…6.6 → 4…7), not the whole of it, which
    # squeezed every gap into a quarter of the width.
    assert ax.get_xlim()[0] < 4 < 5 < ax.get_xlim()[1] - 2
    assert [t.get_text() for t in ax.get_xticklabels()] == ["4", "5", "6", "7"]
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend_texts == ["Expectation", "Perception"]


def test_servqual_decimal_comma_and_all_missing(needs_cjk: None) -> None:
    fig = servqual("ru", decimal_separator=",")
    assert f"{MINUS}0,80" in all_text(fig) and "+0,30" in all_text(fig)
    fig = servqual("zh", expectations=[None] * 5, perceptions=[None] * 5)
    charts.figure_to_png(fig)
    ax = fig.axes[0]
    assert not marker_lines(ax)
    assert all_text(fig).count("回答不足") == 5
    assert_texts_inside(fig)
    fig = charts.servqual_gaps_figure(
        ["a"], [None], [4.0], expectation_label="E", perception_label="P"
    )
    assert "—" in all_text(fig)  # no missing_text given: a dash, never a made-up gap


def test_servqual_and_views_reject_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="perceptions"):
        charts.servqual_gaps_figure(
            ["a", "b"], [1.0, 2.0], [1.0], expectation_label="E", perception_label="P"
        )
    with pytest.raises(ValueError, match="customers"):
        charts.views_comparison_figure(["a"], [1.0], [], company_label="C", customers_label="K")


def test_views_flags_an_owner_rating_ten_points_above_customers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with no_font_problems(caplog):
        fig = charts.views_comparison_figure(
            SERVQUAL_DIMENSIONS["en"],
            [85, 78, 80, 89.9, None],
            [67, 74, 70, 80, 60],
            company_label="Our self-assessment",
            customers_label="Customers' rating",
            missing_text="not enough answers",
        )
        charts.figure_to_png(fig)
    ax = fig.axes[0]
    by_row = notes_by_row(ax)
    assert [by_row[r].get_text() for r in range(5)] == [
        "+18",
        "+4",
        "+10",  # exactly ten points: flagged
        "+9.9",  # just under: not flagged
        "not enough\nanswers",
    ]
    flagged = [by_row[r].get_fontweight() == "bold" for r in range(4)]
    assert flagged == [True, False, True, False]
    bad = charts._BAD.lower()
    assert [hex_colour(by_row[r].get_color()) == bad for r in range(4)] == flagged
    labels = ax.get_yticklabels()
    assert [t.get_fontweight() == "bold" for t in labels[:4]] == flagged
    assert [hex_colour(t.get_color()) == bad for t in labels] == [*flagged, False]
    company, customers = marker_lines(ax)
    assert list(company.get_xdata()) == [85, 78, 80, 89.9]
    assert list(customers.get_xdata()) == [67, 74, 70, 80, 60]
    assert ax.get_xlim()[0] < 0 and ax.get_xlim()[1] > 100
    assert_texts_inside(fig)


def test_views_flag_survives_drawing_in_a_fresh_canvas() -> None:
    """A Qt canvas draws later: the emphasised label must still be bold and red then."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = views("ru")
    FigureCanvasAgg(fig).draw()
    label = fig.axes[0].get_yticklabels()[0]
    assert label.get_text() == "Материальность"
    assert label.get_fontweight() == "bold"
    assert hex_colour(label.get_color()) == charts._BAD.lower()


def test_pareto_vital_few_cumulative_line_and_80_percent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with no_font_problems(caplog):
        fig = pareto("en", vital_few=3)
        charts.figure_to_png(fig)
    ax, ax2 = fig.axes
    bars = ax.containers[0].patches
    assert [b.get_height() for b in bars] == COMPLAINT_COUNTS  # in the order given
    colours = [hex_colour(b.get_facecolor()) for b in bars]
    vital = charts._VITAL.lower()
    assert colours[:3] == [vital] * 3
    assert vital not in colours[3:] and len(set(colours[3:])) == 1
    assert ax2.get_ylim() == (0, 100)
    assert [t.get_text() for t in ax2.get_yticklabels()] == [
        "0%",
        "20%",
        "40%",
        "60%",
        "80%",
        "100%",
    ]
    (line,) = [ln for ln in ax2.get_lines() if ln.get_marker() == "o"]
    assert list(line.get_ydata()) == pytest.approx(cumulative(COMPLAINT_COUNTS))
    (reference,) = [ln for ln in ax2.get_lines() if ln.get_marker() != "o"]
    assert list(reference.get_ydata()) == [80, 80]
    assert reference.get_linestyle() not in ("-", "None")  # dashed
    assert "Complaints" in all_text(fig) and "Cumulative share" in all_text(fig)
    assert_texts_inside(fig)


@pytest.mark.parametrize(("vital_few", "expected"), [(0, 0), (5, 5), (20, 8), (-1, 0)])
def test_pareto_vital_few_is_clamped(vital_few: int, expected: int) -> None:
    fig = pareto("en", vital_few=vital_few)
    vital = charts._VITAL.lower()
    colours = [hex_colour(b.get_facecolor()) for b in fig.axes[0].containers[0].patches]
    assert colours.count(vital) == expected


LONG_RU_CATEGORIES = [
    *COMPLAINT_CATEGORIES["ru"][:-1],
    "Не перезвонили, как обещали",
    "Отказ принять возврат товара",
    "Нет нужного размера",
    "Непонятные условия гарантии",
    "Прочее",
]
LONG_ZH_CATEGORIES = [
    *COMPLAINT_CATEGORIES["zh"][:-1],
    "承诺回电却没有回电",
    "拒绝退货",
    "没有合适的尺码",
    "保修条款不清楚",
    "其他",
]


@pytest.mark.parametrize("size", [(5.0, 3.5), (4.0, 3.0), (5.0, 3.6)])
@pytest.mark.parametrize(
    "categories",
    [
        LONG_RU_CATEGORIES,
        LONG_ZH_CATEGORIES,
        COMPLAINT_CATEGORIES["ru"],
        COMPLAINT_CATEGORIES["en"],
    ],
    ids=["ru12", "zh12", "ru8", "en8"],
)
def test_pareto_long_labels_fit_without_running_into_each_other(
    categories: list[str], size: tuple[float, float], caplog: pytest.LogCaptureFixture
) -> None:
    if any(ord(c) > 0x3000 for c in "".join(categories)) and cjk_font() is None:
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")
    counts = sorted(range(2, 2 + 3 * len(categories), 3), reverse=True)
    with no_font_problems(caplog):
        fig = pareto("ru", categories=categories, counts=counts, width=size[0], height=size[1])
        charts.figure_to_png(fig)
    assert_texts_inside(fig)
    ax = fig.axes[0]
    labels = ax.get_xticklabels()
    shown = [
        t.get_text().replace("\n", " " if " " in c else "")
        for t, c in zip(labels, categories, strict=True)
    ]
    assert shown == categories  # wrapped, not cut
    for label in labels:
        assert label.get_text().count("\n") <= 2
    renderer = fig.canvas.get_renderer()
    angle = labels[0].get_rotation()
    assert angle in (0, 40, 60, 90)
    if angle in (0, 90):  # boxes of upright text are exact: neighbours must not touch
        boxes = [t.get_window_extent(renderer) for t in labels]
        for a, b in itertools.pairwise(boxes):
            assert not texts_overlap(a, b), (a, b)
    # The plot keeps a usable height: the labels do not eat the chart.
    assert ax.get_window_extent(renderer).height > 0.3 * fig.bbox.height


def test_pareto_short_labels_stay_upright_and_empty_chart_renders(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fig = pareto(
        "en",
        categories=["Rude staff", "Late delivery", "Billing errors", "Other"],
        counts=[5, 3, 2, 1],
        width=4.0,
        height=3.0,
    )
    charts.figure_to_png(fig)
    labels = fig.axes[0].get_xticklabels()
    assert {t.get_rotation() for t in labels} == {0}
    assert "Late\ndelivery" in [t.get_text() for t in labels]
    with no_font_problems(caplog):
        fig = pareto("en", categories=[], counts=[], vital_few=0)
        charts.figure_to_png(fig)
    ax, ax2 = fig.axes
    assert not ax.containers[0].patches
    assert ax2.get_ylim() == (0, 100)
    assert {"Complaints by category", "Complaints", "Cumulative share"} <= set(all_text(fig))
    assert_texts_inside(fig)
    with pytest.raises(ValueError, match="cumulative_percent"):
        charts.pareto_figure(["a", "b"], [2, 1], [100.0], vital_few=1)


def test_customer_charts_in_svg_have_no_text_elements(needs_cjk: None) -> None:
    for builder in CUSTOMER_BUILDERS.values():
        svg = charts.figure_to_svg(builder("zh"))
        assert svg.startswith(b"<?xml") and b"<text" not in svg and b"<dc:date>" not in svg


# -- text no font has ------------------------------------------------------------------------


def test_printable_text_leaves_no_character_the_fonts_lack() -> None:
    assert charts.printable_text("Slow 😀 service ☕ <b>R&D</b> $x$") == (
        "Slow 😀 service ☕ <b>R&D</b> $x$"  # DejaVu Sans draws these: kept
    )
    assert charts.printable_text("𝔉𝔯𝔞𝔨𝔱𝔲𝔯 𝐁𝐨𝐥𝐝") == "Fraktur Bold"  # styled letters folded
    assert charts.printable_text("Launch 🚀!") == "Launch !"  # decoration with no glyph goes
    assert charts.printable_text("a\u200db\x07c\ufe0f\nd") == "ab" + "c\nd"  # invisible, controls
    assert charts.printable_text("x\U0004fc3ay") == "xy"  # unassigned
    if cjk_font() is not None:
        assert charts.printable_text("咖啡 Ж") == "咖啡 Ж"


def test_charts_draw_hostile_labels_without_missing_glyphs() -> None:
    """No tofu box, while a chart is laid out or drawn: matplotlib warns for every glyph it
    has to draw as one."""
    from datetime import date

    bad = "Launch 🚀 𝔯𝔞𝔨 \x07 \u200d \U000efbc3"
    bar = charts.TimelineBar(bad, date(2026, 1, 1), date(2026, 3, 1), "know", False)
    builders: list[Callable[[], Any]] = [
        lambda: charts.goal_progress_figure(
            [bad, "Wait & see <slow> $5 $"],
            [1.0, 2.0],
            [3.0, 4.0],
            ["%", bad],
            baseline_label=bad,
            target_label="Target",
            title=bad,
        ),
        lambda: charts.pareto_figure([bad, "ok"], [5, 3], [62.5, 100.0], vital_few=1, title=bad),
        lambda: charts.radar_figure([bad, "b", "c", "d", "e"], [50, 60, None, 70, 80]),
        lambda: charts.metrics_figure([bad], [1.0], [2.0], [True], [bad], title=bad),
        lambda: charts.trend_figure(["2026-01-01", "2026-02-01"], {bad: [1.0, 2.0]}, y_label=bad),
        lambda: charts.priority_matrix_figure(
            [bad, "ok"], [3, 4], [2, 5], [True, False], frequency_label=bad, impact_label=bad
        ),
        lambda: charts.means_timeline_figure([(bad, [bar])], kind_labels={"know": bad}, title=bad),
        lambda: charts.budget_by_kind_figure({"know": 10.0}, kind_labels={"know": bad}),
    ]
    for build in builders:
        for render in (charts.figure_to_png, charts.figure_to_drawing, charts.figure_to_svg):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                render(build())
            glyphs = [str(w.message) for w in caught if "missing from font" in str(w.message)]
            assert glyphs == [], (render.__name__, glyphs)


def test_long_pareto_labels_are_wrapped_into_two_even_lines() -> None:
    # "Ошибки в заказах и счетах" wrapped at 15 columns gave three lines and was then
    # printed on one long line that ran under its neighbours.
    assert charts._two_lines("Ошибки в заказах и счетах") == "Ошибки в заказах\nи счетах"
    assert charts._two_lines("Waiting") == "Waiting"
    shown, angle, _ = charts._pareto_labels(
        [
            "Время ожидания",
            "Ошибки в заказах и счетах",
            "Отношение персонала",
            "Качество",
            "Информация и связь",
            "Цены",
            "Часы работы и наличие",
            "Чистота и помещение",
        ],
        6.4,
    )
    assert all(label.count("\n") == 1 for label in shown if len(label) > 16)
    assert angle == 60  # two-line labels need more than 40° between 8 bars at 6.4 in


def test_importance_labels_of_close_points_do_not_overlap() -> None:
    # Assurance and Tangibles sat almost on one spot in a real plan and their labels met.
    fig = charts.importance_performance_figure(
        ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"],
        [0.011, -0.012, 0.018, 0.013, 0.031],
        [4.54, 4.53, 4.52, 4.545, 4.56],
        importance_cut=0.012,
        performance_cut=4.55,
        quadrant_names=("Fix first", "Keep it up", "Low priority", "Possibly overdone"),
        importance_label="Importance",
        performance_label="Performance",
    )
    charts.figure_to_png(fig)
    renderer = fig.canvas.get_renderer()
    boxes = [
        t.get_window_extent(renderer)
        for t in fig.axes[0].texts
        if t.get_text() in {"Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"}
    ]
    assert len(boxes) == 5
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
