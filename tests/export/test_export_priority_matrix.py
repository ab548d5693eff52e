"""export.charts.priority_matrix_figure: bubbles on the frequency × impact grid, labelled in full
in en/ru/zh without clipping or overlaps, or numbered with a key when labels cannot fit."""

from __future__ import annotations

import itertools
import logging
from typing import Any

import pytest

from export import charts
from export.fonts import cjk_font
from tests.export.test_export_charts import (
    assert_texts_inside,
    no_font_problems,
    png_size,
    texts_overlap,
    visible_texts,
)

# The demo plan's problems in each language, as the Problems page passes them (by priority).
TITLES = {
    "en": [
        "Responsiveness below customers' expectations",
        "Reliability below customers' expectations",
        "Many customers would not recommend us",
        "Frequent complaints: Errors in orders or bills",
        "Frequent complaints: Waiting time",
        "Too little revenue from repeat customers",
        "Complaints are not recorded",
        "Rules come before the customer",
        "Only one cashier in the morning rush",
        "Assurance: the owner's rating above the customers'",
    ],
    "ru": [
        "Отзывчивость: ниже ожиданий клиентов",
        "Надёжность: ниже ожиданий клиентов",
        "Многие клиенты не стали бы нас рекомендовать",
        "Частые жалобы: Ошибки в заказах и счетах",
        "Частые жалобы: Время ожидания",
        "Мала выручка от постоянных клиентов",
        "Жалобы не записываются",
        "Правила важнее клиента",
        "Одна касса в утренний час пик",
        "«Уверенность»: самооценка выше оценки клиентов",
    ],
    "zh": [
        "响应性低于顾客期望",
        "可靠性低于顾客期望",
        "许多顾客不愿推荐我们",
        "投诉集中：订单或账单错误",
        "投诉集中：等待时间",
        "回头客带来的收入太少",
        "投诉没有记录",
        "规定比顾客更重要",
        "早高峰只有一个收银台",
        "“保证性”自评高于顾客评价",
    ],
}
FREQUENCIES = [4, 4, 4, 4, 5, 3, 4, 4, 4, 3]
IMPACTS = [5, 5, 5, 4, 3, 4, 3, 3, 3, 3]
FOCUS = [True, True, True] + [False] * 7
AXES = {
    "en": ("How often (frequency)", "Impact on customers", "Priority matrix", "Focus", "Other"),
    "ru": ("Как часто (частота)", "Влияние на клиентов", "Матрица приоритетов", "Фокус", "Другие"),
    "zh": ("发生频率", "对顾客的影响", "优先级矩阵", "重点问题", "其他问题"),
}


def matrix(lang: str, count: int = 10, **kwargs: Any) -> Any:
    frequency_label, impact_label, title, focus_label, other_label = AXES[lang]
    options: dict[str, Any] = {
        "frequency_label": frequency_label,
        "impact_label": impact_label,
        "title": title,
        "focus_label": focus_label,
        "other_label": other_label,
        **kwargs,
    }
    return charts.priority_matrix_figure(
        TITLES[lang][:count], FREQUENCIES[:count], IMPACTS[:count], FOCUS[:count], **options
    )


def needs_font(lang: str) -> None:
    if lang == "zh" and cjk_font() is None:
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")


def bubble_labels(fig: Any) -> list[Any]:
    """The labels drawn in the plot (annotations), not ticks, axis labels or legends."""
    from matplotlib.text import Annotation

    return [t for t in fig.axes[0].texts if isinstance(t, Annotation) and t.get_visible()]


def joined(text: str, original: str) -> str:
    return text.replace("\n", " " if " " in original else "")


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
@pytest.mark.parametrize("size", [(6.4, 4.6), (5.0, 4.2), (4.0, 3.4)])
def test_renders_in_every_language_without_tofu_or_clipping(
    lang: str, size: tuple[float, float], caplog: pytest.LogCaptureFixture
) -> None:
    needs_font(lang)
    with no_font_problems(caplog):
        fig = matrix(lang, width=size[0], height=size[1])
        data = charts.figure_to_png(fig)
    assert png_size(data) == (round(size[0] * 100), round(size[1] * 100))
    assert_texts_inside(fig)
    from matplotlib.figure import Figure

    assert isinstance(fig, Figure)
    shown = [joined(t.get_text(), "") for t in visible_texts(fig)]
    # every title is on the chart in full, as a label or in the key (never cut short)
    for title in TITLES[lang]:
        flat = title.replace(" ", "")
        assert any(flat in s.replace(" ", "") for s in shown), title


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_a_wide_chart_labels_each_bubble_directly_without_overlaps(
    lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    needs_font(lang)
    with no_font_problems(caplog):
        fig = matrix(lang, width=6.4, height=4.6)
        charts.figure_to_png(fig)
    labels = bubble_labels(fig)
    assert [joined(t.get_text(), o) for t, o in zip(labels, TITLES[lang], strict=True)] == TITLES[
        lang
    ]
    assert not fig.legends or len(fig.legends) == 1  # only the colour legend, no key
    renderer = fig.canvas.get_renderer()
    from matplotlib.text import Text

    boxes = [Text.get_window_extent(t, renderer) for t in labels]
    area = fig.axes[0].get_window_extent(renderer)
    for box in boxes:
        assert area.x0 <= box.x0 and box.x1 <= area.x1, box
        assert area.y0 <= box.y0 and box.y1 <= area.y1, box
    for a, b in itertools.combinations(boxes, 2):
        assert not texts_overlap(a, b), (a, b)
    # and no label covers a bubble
    for line in fig.axes[0].get_lines():
        for x, y in zip(*line.get_data(), strict=True):
            cx, cy = line.get_transform().transform((x, y))
            for box in boxes:
                assert not (box.x0 < cx < box.x1 and box.y0 < cy < box.y1)


def test_focus_bubbles_stand_out() -> None:
    fig = matrix("en", count=4, width=6.4, height=4.6)
    colours = [line.get_color() for line in fig.axes[0].get_lines()]
    assert colours == [charts.PALETTE[3]] * 3 + [charts.PALETTE[0]]
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Focus", "Other"]


def test_crowded_chart_numbers_bubbles_and_lists_a_key(caplog: pytest.LogCaptureFixture) -> None:
    titles = [f"Problem number {k} with a rather long title to wrap" for k in range(1, 15)]
    with no_font_problems(caplog):
        fig = charts.priority_matrix_figure(
            titles,
            [4] * 14,
            [4] * 14,
            [k < 3 for k in range(14)],
            frequency_label="Frequency",
            impact_label="Impact",
            width=6.4,
            height=4.6,
        )
        charts.figure_to_png(fig)
    assert_texts_inside(fig)
    numbers = sorted(int(t.get_text()) for t in bubble_labels(fig))
    assert numbers == list(range(1, 15))
    key = fig.legends[-1]
    entries = [t.get_text() for t in key.get_texts()]
    assert entries[0].startswith("1. Problem number 1")
    assert [e.split(".")[0] for e in entries] == [str(k) for k in range(1, 15)]
    assert [t.get_fontweight() for t in key.get_texts()][:4] == ["bold"] * 3 + ["normal"]
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in key.get_texts()]
    for a, b in itertools.combinations(boxes, 2):
        assert not texts_overlap(a, b)


def test_caller_text_is_shown_literally(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog), caplog.at_level(logging.WARNING):
        fig = charts.priority_matrix_figure(
            ["$x$ & <b>"],
            [2],
            [3],
            [True],
            frequency_label="$f$",
            impact_label="Impact",
            width=5.0,
            height=4.0,
        )
        charts.figure_to_png(fig)
    texts = [t.get_text() for t in visible_texts(fig)]
    assert "$x$ & <b>" in texts and "$f$" in texts


def test_no_problems_is_an_empty_labelled_grid(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        fig = charts.priority_matrix_figure(
            [], [], [], [], frequency_label="Frequency", impact_label="Impact", title="Matrix"
        )
        charts.figure_to_png(fig)
    assert_texts_inside(fig)
    assert bubble_labels(fig) == [] and fig.legends == []
    texts = [t.get_text() for t in visible_texts(fig)]
    assert {"Frequency", "Impact", "Matrix"} <= set(texts)


def test_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="1 labels but 2 frequencies"):
        charts.priority_matrix_figure(
            ["a"], [1, 2], [1], [False], frequency_label="", impact_label=""
        )
    with pytest.raises(ValueError, match="impact 6"):
        charts.priority_matrix_figure(["a"], [1], [6], [False], frequency_label="", impact_label="")
    with pytest.raises(ValueError, match="frequency 0"):
        charts.priority_matrix_figure(["a"], [0], [1], [False], frequency_label="", impact_label="")


def test_is_exported() -> None:
    assert "priority_matrix_figure" in charts.__all__
