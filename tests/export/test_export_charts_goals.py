"""export.charts, step 4: the means' timeline, the budget by kind and the goals' progress render
in all three languages without tofu or clipping, show what they are given (bars, rows, markers,
amounts) and say so when given nothing."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from test_export_charts import (
    LITERAL,
    all_text,
    assert_texts_inside,
    hex_colour,
    no_font_problems,
    png_size,
)

from export import charts
from export.charts import TimelineBar
from export.fonts import cjk_font

LANGS = ["en", "ru", "zh"]
KINDS = {
    "en": {"know": "Know (training)", "want": "Want (motivation)", "can": "Can (systems)"},
    "ru": {"know": "Знать (обучение)", "want": "Хотеть (мотивация)", "can": "Мочь (системы)"},
    "zh": {"know": "知道（培训）", "want": "愿意（激励）", "can": "能够（制度）"},
}
DONE = {"en": "Done", "ru": "Выполнено", "zh": "已完成"}
GOALS = {
    "en": ["Raise NPS from +5 to +25 by the end of the year", "Answer every complaint in 24 h"],
    "ru": ["Поднять NPS с +5 до +25 к концу года", "Отвечать на каждую жалобу за 24 часа"],
    "zh": ["到年底将NPS从+5提高到+25", "24小时内回复每一条投诉"],
}
MEANS = {
    "en": [
        "Train all front-desk staff in greeting and complaint handling",
        "Monthly service bonus",
        "Self-service kiosk",
        "Complaint log and escalation rule",
        "Role-play workshop",
    ],
    "ru": [
        "Обучить весь персонал ресепшена приветствию и работе с жалобами",
        "Ежемесячная премия за сервис",
        "Терминал самообслуживания",
        "Журнал жалоб и правило эскалации",
        "Тренинг в ролях",
    ],
    "zh": [
        "培训所有前台员工的问候和投诉处理技巧",
        "每月服务奖金",
        "自助服务终端",
        "投诉登记和升级规则",
        "角色扮演工作坊",
    ],
}
PROGRESS = {
    "en": ["Net Promoter Score", "Complaints answered within 24 hours", "First response time"],
    "ru": ["Индекс лояльности (NPS)", "Жалобы с ответом за 24 часа", "Время первого ответа"],
    "zh": ["净推荐值（NPS）", "24小时内回复的投诉", "首次响应时间"],
}
UNITS = {"en": ["pts", "%", "h"], "ru": ["балла", "%", "ч"], "zh": ["分", "%", "小时"]}
MARKS = {"en": ("Baseline", "Target"), "ru": ("Исходное", "Целевое"), "zh": ("基线", "目标值")}
TODAY = date(2026, 5, 4)


def groups(lang: str) -> list[tuple[str, list[TimelineBar]]]:
    m = MEANS[lang]
    return [
        (
            GOALS[lang][0],
            [
                TimelineBar(m[0], date(2026, 3, 1), date(2026, 4, 15), "know", True),
                TimelineBar(m[1], date(2026, 4, 1), date(2026, 12, 31), "want", False),
                TimelineBar(m[2], date(2026, 6, 1), date(2026, 9, 30), "can", False),
            ],
        ),
        (
            GOALS[lang][1],
            [
                TimelineBar(m[3], date(2026, 2, 15), date(2026, 3, 15), "can", True),
                TimelineBar(m[4], date(2026, 5, 10), date(2026, 5, 10), "know", False),
            ],
        ),
    ]


def timeline(lang: str, **kwargs: Any) -> Any:
    return charts.means_timeline_figure(
        groups(lang),
        kind_labels={**KINDS[lang], "done": DONE[lang]},
        today=TODAY,
        title=GOALS[lang][0],
        **kwargs,
    )


def budget(lang: str, **kwargs: Any) -> Any:
    return charts.budget_by_kind_figure(
        {"know": 12500.0, "want": 36000.0, "can": 1250.5},
        kind_labels=KINDS[lang],
        currency={"en": "$", "ru": "₽", "zh": "元"}[lang],
        decimal_separator="," if lang == "ru" else ".",
        title=GOALS[lang][1],
        **kwargs,
    )


def progress(lang: str, **kwargs: Any) -> Any:
    baseline, target = MARKS[lang]
    return charts.goal_progress_figure(
        PROGRESS[lang],
        [-7.5, None, 30.0],
        [25.0, 90.0, 12.0],
        UNITS[lang],
        baseline_label=baseline,
        target_label=target,
        decimal_separator="," if lang == "ru" else ".",
        title=GOALS[lang][0],
        **kwargs,
    )


BUILDERS = {"timeline": timeline, "budget": budget, "progress": progress}


def bars_of(ax: Any) -> list[Any]:
    return [patch for container in ax.containers for patch in container]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize("width", [6.5, 4.0])
def test_renders_without_missing_glyphs_or_clipping(
    kind: str, lang: str, width: float, caplog: pytest.LogCaptureFixture
) -> None:
    if lang == "zh" and cjk_font() is None:
        pytest.fail("no CJK font, yet the program ships one (assets/fonts)")
    with no_font_problems(caplog):
        fig = BUILDERS[kind](lang, width=width)
        data = charts.figure_to_png(fig)
    assert fig.get_figwidth() == width
    assert png_size(data) == (round(fig.get_figwidth() * 100), round(fig.get_figheight() * 100))
    assert_texts_inside(fig)
    drawing = charts.figure_to_drawing(fig)  # the PDF's vector path
    assert drawing.width == pytest.approx(width * 72)
    assert drawing.height == pytest.approx(fig.get_figheight() * 72)


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_requested_height_is_kept(kind: str) -> None:
    fig = BUILDERS[kind]("en", width=5.0, height=3.3)
    assert tuple(fig.get_size_inches()) == (5.0, 3.3)


def test_timeline_has_a_bar_per_means_under_its_goal_coloured_by_kind() -> None:
    fig = timeline("en")
    ax = fig.axes[0]
    bars = bars_of(ax)
    assert len(bars) == 5
    texts = all_text(fig)
    for goal in GOALS["en"]:
        assert any(t.replace("\n", " ") == goal for t in texts), goal
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert [label for label in labels if label] == MEANS["en"]  # in order, under their goals
    # Goals are rows of their own, first on top: a heading row before each group of bars.
    assert labels[0] == "" and labels[4] == ""
    colours = [hex_colour(bar.get_facecolor()) for bar in bars]
    know_done, want, can, can_done, know = colours
    assert want == hex_colour(charts.PALETTE[1]) and can == hex_colour(charts.PALETTE[2])
    assert know == hex_colour(charts.PALETTE[0])
    # Done means are drawn lighter than the open ones of their kind, and outlined.
    assert know_done != know and can_done != can
    assert hex_colour(bars[0].get_edgecolor()) == know
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [*KINDS["en"].values(), "Done"]


def test_timeline_marks_today_only_inside_its_dates() -> None:
    from matplotlib import dates as mdates

    def vertical_lines(fig: Any) -> list[Any]:
        found: list[Any] = []
        for line in fig.axes[0].get_lines():
            xs: Any = line.get_xdata()
            if len(set(xs)) == 1:
                found.append(line)
        return found

    inside = timeline("en")
    lines = vertical_lines(inside)
    assert [float(line.get_xdata()[0]) for line in lines] == [mdates.date2num(TODAY)]
    assert "2026-05-04" in all_text(inside)
    outside = charts.means_timeline_figure(
        groups("en"), kind_labels=KINDS["en"], today=date(2030, 1, 1)
    )
    assert not vertical_lines(outside)
    assert not any(re.fullmatch(r"\d{4}-\d\d-\d\d", t) for t in all_text(outside))


def test_timeline_ticks_are_numeric_months_and_height_follows_rows() -> None:
    fig = timeline("zh")
    charts.figure_to_png(fig)
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert ticks and all(re.fullmatch(r"\d{4}-\d\d", t) for t in ticks), ticks
    small = charts.means_timeline_figure(groups("en")[1:], kind_labels=KINDS["en"])
    assert small.get_figheight() < timeline("en").get_figheight()
    # A short plan gets weekly ticks with the day, so the axis is not a single tick.
    short = charts.means_timeline_figure(
        [("G", [TimelineBar("a", date(2026, 1, 1), date(2026, 1, 20), "know", False)])],
        kind_labels=KINDS["en"],
    )
    charts.figure_to_png(short)
    days = [t.get_text() for t in short.axes[0].get_xticklabels() if t.get_text()]
    assert len(days) >= 2 and all(re.fullmatch(r"\d{4}-\d\d-\d\d", t) for t in days), days


def test_timeline_wraps_long_labels_and_refuses_reversed_dates() -> None:
    fig = timeline("ru", width=4.0)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert "\n" in labels[0]  # the long Russian means is wrapped, not clipped
    with pytest.raises(ValueError, match="before it starts"):
        charts.means_timeline_figure(
            [("G", [TimelineBar("x", date(2026, 5, 2), date(2026, 5, 1), "can", False)])],
            kind_labels={},
        )


def test_budget_bars_in_kind_order_with_grouped_amounts() -> None:
    fig = budget("ru")
    ax = fig.axes[0]
    assert len(bars_of(ax)) == 3
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert labels == list(KINDS["ru"].values())  # know, want, can: top to bottom
    widths = [bar.get_width() for bar in bars_of(ax)]
    assert widths == [12500.0, 36000.0, 1250.5]
    texts = all_text(fig)
    assert "12\u00a0500\u00a0₽" in texts and "36\u00a0000\u00a0₽" in texts
    assert "1\u00a0251\u00a0₽" in texts  # whole units (rounded half up) from a thousand
    en = all_text(budget("en"))
    assert "$12,500" in en and "$36,000" in en


def test_budget_always_shows_the_three_kinds_and_an_empty_budget_says_so() -> None:
    fig = charts.budget_by_kind_figure(
        {"can": 300.0}, kind_labels=KINDS["en"], empty_text="No budget yet"
    )
    assert [bar.get_width() for bar in bars_of(fig.axes[0])] == [0.0, 0.0, 300.0]
    assert "No budget yet" not in all_text(fig)
    empty = charts.budget_by_kind_figure({}, kind_labels=KINDS["en"], empty_text="No budget yet")
    assert "No budget yet" in all_text(empty)
    with pytest.raises(ValueError, match="positive"):
        charts.budget_by_kind_figure({"know": -5.0}, kind_labels=KINDS["en"])


@pytest.mark.parametrize(
    ("value", "separator", "currency", "shown"),
    [
        (12500.0, ".", "$", "$12,500"),
        (12500.0, ",", "₽", "12\u00a0500\u00a0₽"),
        (99.5, ",", "", "99,50"),
        (1234567.89, ".", "USD", "1,234,568\u00a0USD"),
        (0.0, ".", "€", "€0"),
        (40.0, ",", "€", "40\u00a0€"),
        (1234.5, ",", "₽", "1\u00a0235\u00a0₽"),  # half up, as money is rounded
        (0.125, ".", "", "0.13"),
        (float("nan"), ".", "$", "—"),
        (1e30, ".", "", "1,000,000,000,000,000,000,000,000,000,000"),  # no precision error
    ],
)
def test_format_amount(value: float, separator: str, currency: str, shown: str) -> None:
    assert charts.format_amount(value, separator, currency) == shown


def test_progress_has_a_row_per_goal_each_on_its_own_scale() -> None:
    fig = progress("ru")
    axes = fig.axes
    assert len(axes) == 3
    markers = [
        [line.get_marker() for line in ax.get_lines() if line.get_marker() not in ("None", "")]
        for ax in axes
    ]
    assert markers == [["o", "D"], ["D"], ["o", "D"]]  # the second has no baseline
    texts = all_text(fig)
    assert "−7,5 балла" in texts and "25 балла" in texts  # decimal comma, minus
    assert "Целевое\u00a090%" in texts  # the lone target says what it is
    assert "30 ч" in texts and "12 ч" in texts
    # Own scales: the NPS row spans its −7.5…25, the hours row its 12…30.
    assert axes[0].get_xlim()[0] < -7.5 < 25 < axes[0].get_xlim()[1]
    assert axes[2].get_xlim()[0] > 0 and axes[2].get_xlim()[1] < 50
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == list(MARKS["ru"])


def test_progress_row_without_any_value_and_mismatched_lengths() -> None:
    fig = charts.goal_progress_figure(
        ["A goal"], [None], [None], [""], baseline_label="B", target_label="T"
    )
    assert "—" in all_text(fig)
    with pytest.raises(ValueError, match="2 labels but 1 targets"):
        charts.goal_progress_figure(
            ["a", "b"], [1.0, 2.0], [3.0], ["", ""], baseline_label="B", target_label="T"
        )


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_nothing_to_show_is_a_readable_figure(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        if kind == "timeline":
            fig = charts.means_timeline_figure(
                [("A goal with no means", [])],
                kind_labels=KINDS["ru"],
                title="Меры",
                empty_text="Пока нет мер с датами",
            )
            said = "Пока нет мер с датами"
        elif kind == "progress":
            fig = charts.goal_progress_figure(
                [], [], [], [], baseline_label="B", target_label="T", empty_text="No goals yet"
            )
            said = "No goals yet"
        else:
            fig = charts.budget_by_kind_figure(
                {}, kind_labels=KINDS["en"], empty_text="Nothing budgeted yet"
            )
            said = "Nothing budgeted yet"
        charts.figure_to_png(fig)
    assert said in [t.replace("\n", " ") for t in all_text(fig)]
    assert_texts_inside(fig)
    charts.figure_to_drawing(fig)


def test_caller_text_is_shown_literally(caplog: pytest.LogCaptureFixture) -> None:
    with no_font_problems(caplog):
        figs = [
            charts.means_timeline_figure(
                [
                    (
                        LITERAL,
                        [
                            TimelineBar(
                                "$5 kiosk$", date(2026, 1, 1), date(2026, 3, 1), "can", False
                            )
                        ],
                    )
                ],
                kind_labels={"can": "$can$"},
                title=LITERAL,
            ),
            charts.budget_by_kind_figure(
                {"know": 5.0}, kind_labels={"know": "$k$"}, currency="$", title=LITERAL
            ),
            charts.goal_progress_figure(
                [LITERAL], [1.0], [2.0], ["$"], baseline_label="$b$", target_label="$t$"
            ),
        ]
        for fig in figs:
            charts.figure_to_png(fig)
    for fig in figs:
        texts = all_text(fig)
        assert any(LITERAL in t for t in texts), texts
        found: list[Any] = fig.findobj(lambda a: hasattr(a, "get_parse_math"))
        for text in found:
            if "$" in text.get_text():
                assert not text.get_parse_math(), text.get_text()
