"""The Service Plan's survey waves: intervals beside the figures, "What changed since the last
survey" with each change's verdict and the trend chart with two or more waves, nothing of it
with one; the alpha notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_checks import pdf_text, squash

from export import charts
from export.service_plan import ExportOptions, write_service_plan
from plan import LANGUAGES
from plan.imports import SURVEY, prepare_import
from plan.store import PlanStore

_HEADINGS = {
    "en": "What changed since the last survey",
    "ru": "Что изменилось с прошлого опроса",
    "zh": "与上次调查相比有何变化",
}
_NOT_SIGNIFICANT = {
    "en": "not a significant change",
    "ru": "изменение не значимо",
    "zh": "变化不显著",
}


def _plan(path: Path, language: str, waves: list[tuple[str, int, int, int]]) -> PlanStore:
    store = PlanStore.create(path.with_suffix(".svcplan"), language=language)
    for n, (day, promoters, passives, detractors) in enumerate(waves):
        rows = [9] * promoters + [7] * passives + [2] * detractors
        source = path.with_name(f"wave{n}.csv")
        source.write_text("date,nps\n" + "".join(f"{day},{a}\n" for a in rows))
        store.imports.add(prepare_import(SURVEY, source))
    return store


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_waves_print_what_changed(tmp_path: Path, language: str) -> None:
    # The published case: NPS 20 then 26, +6.0 points, p 0.064, not significant.
    store = _plan(
        tmp_path / "p", language, [("2025-03-01", 540, 360, 300), ("2026-03-01", 675, 351, 324)]
    )
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    assert squash(_HEADINGS[language]) in text
    decimal = "," if language == "ru" else "."
    assert f"+6{decimal}0" in text
    assert squash(_NOT_SIGNIFICANT[language]) in text and f"0{decimal}064" in text
    assert "2025-03" in text and "2026-03" in text
    # The interval beside NPS 26: its adjusted-Wald ends.
    assert f"+21{decimal}6" in text and f"+30{decimal}3" in text
    store.close()


def test_one_wave_prints_intervals_but_no_change(tmp_path: Path) -> None:
    store = _plan(tmp_path / "p", "en", [("2026-03-01", 675, 351, 324)])
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    assert squash("95% interval") in text
    assert squash(_HEADINGS["en"]) not in text
    store.close()


def test_trend_chart_draws_error_bars_and_refuses_ragged_series() -> None:
    figure = charts.waves_trend_figure(
        ["Autumn 2024", "Autumn 2025", "2026-10"],
        {"NPS": [-57.5, None, -7.5], "CSAT": [60.0, 62.0, 65.0]},
        {"NPS": [(-70.0, -45.0), None, (-21.0, 6.4)], "CSAT": [None, (55.0, 69.0), (56.1, 72.9)]},
        title="NPS and CSAT",
    )
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == [
        "Autumn 2024",
        "Autumn 2025",
        "2026-10",
    ]
    low, high = axes.get_ylim()
    assert low < -70 and high > 72.9  # every interval fits
    assert "\u221257.5" in [t.get_text() for t in axes.texts]
    with pytest.raises(ValueError, match="one value per wave"):
        charts.waves_trend_figure(["a", "b"], {"NPS": [1.0]}, {"NPS": [None]})


def test_customer_groups_get_their_servqual_gaps_and_a_small_sample_mark(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "p.svcplan")
    items = ",".join(f"E{n}" for n in range(1, 23)) + "," + ",".join(f"P{n}" for n in range(1, 23))
    rows = []
    for i in range(45):
        group = "Office" if i < 35 else "Families"
        rows.append(f"{group}," + ",".join(["5"] * 22) + "," + ",".join([str(3 + i % 3)] * 22))
    source = tmp_path / "s.csv"
    source.write_text(f"segment,{items}\n" + "\n".join(rows))
    store.imports.add(prepare_import(SURVEY, source))
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    assert squash("Customer groups side by side") in text
    assert squash("SERVQUAL gaps by customer group") in text
    table = text.split("gapsbycustomergroup")[-1]
    assert table.startswith("DimensionOfficeFamiliesTangibles−1.03−0.90")
    assert "Answers3510*" in table
    assert squash("* fewer than 30 answers: read with care.") in text
    store.close()


def test_where_to_act_first_names_the_quadrants(tmp_path: Path) -> None:
    from plan.demo import create_demo

    store = create_demo(tmp_path / "demo.svcplan", "ru")
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    # The demo's points put reliability and responsiveness first (important, performing worse).
    assert squash("С чего начать") in text
    assert squash("Исправить в первую очередь: Надёжность, Отзывчивость.") in text
    store.close()


def test_importance_chart_places_the_points_and_names_the_quadrants() -> None:
    figure = charts.importance_performance_figure(
        ["A", "B"],
        [30.0, 10.0],
        [4.0, 6.0],
        importance_cut=20.0,
        performance_cut=5.0,
        quadrant_names=("Fix first", "Keep it up", "Low priority", "Possibly overdone"),
        importance_label="Importance",
        performance_label="Performance",
    )
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert {"Fix first", "Keep it up", "Low priority", "Possibly overdone", "A", "B"} <= set(texts)
    with pytest.raises(ValueError, match="one importance"):
        charts.importance_performance_figure(
            ["A"],
            [1.0, 2.0],
            [3.0],
            importance_cut=1,
            performance_cut=1,
            quadrant_names=("a", "b", "c", "d"),
            importance_label="",
            performance_label="",
        )


def test_complaints_by_branch(tmp_path: Path) -> None:
    from plan.complaints import Complaint

    store = PlanStore.create(tmp_path / "p.svcplan", language="ru")
    for segment, category, times in (
        ("Север", "Цены", 3),
        ("Север", "Очереди", 1),
        ("Юг", "Очереди", 2),
    ):
        for _ in range(times):
            store.complaints.add(Complaint(None, category, "", segment=segment))
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    assert squash("Жалобы по филиалам и группам клиентов") in text
    assert "Север4Цены,Очереди" in text and "Юг2Очереди" in text
    store.close()


def test_a_goal_for_one_group_is_named_with_it(tmp_path: Path) -> None:
    from plan.goals import Goal

    store = _plan(tmp_path / "p", "en", [("2026-03-01", 10, 5, 5)])
    store.goals.add(Goal("Walk-ins recommend us", measure="nps", target=40, segment="Walk-in"))
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"goals"}), invariant=True))
    assert squash("Net Promoter Score (NPS) — Walk-in") in pdf_text(out)
    store.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_changed_names_every_figure_without_placeholders(
    tmp_path: Path, language: str
) -> None:
    store = PlanStore.create(tmp_path / "p.svcplan", language=language)
    for n, (day, ces) in enumerate((("2025-03-01", 4), ("2025-10-01", 6))):
        source = tmp_path / f"wave{n}.csv"
        rows = "".join(f"{day},{9 - k % 4},{4 + k % 2},{ces - k % 2}\n" for k in range(40))
        source.write_text("date,nps,csat,ces\n" + rows)
        store.imports.add(prepare_import(SURVEY, source))
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True))
    text = pdf_text(out)
    store.close()
    assert squash(_HEADINGS[language]) in text
    assert "{" not in text and "}" not in text


_ALPHA = {"en": "hang together", "ru": "не согласуются", "zh": "彼此不一致"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_prints_no_alpha_warning(tmp_path: Path, language: str) -> None:
    """The demo's customers answer each dimension coherently: every scale's alpha is at least
    0.7, so its survey section has no "read with care" note."""
    from plan.demo import create_demo
    from plan.report import build_report

    store = create_demo(tmp_path / "demo.svcplan", language)
    try:
        dimensions = build_report(store)["survey"]["servqual"]["dimensions"]
        alphas = [
            d[f"alpha_{side}"]
            for d in dimensions.values()
            for side in ("expectation", "perception")
        ]
        assert len(alphas) == 10 and min(alphas) >= 0.7
        out = tmp_path / "plan.pdf"
        write_service_plan(
            store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True)
        )
        text = pdf_text(out)
        assert squash("SERVQUAL") in text and squash(_ALPHA[language]) not in text
    finally:
        store.close()


def test_statements_chart_numbers_every_statement_and_names_the_dimensions() -> None:
    figure = charts.statements_importance_figure(
        [1, 2, 5, 6],
        [0, 0, 1, 1],
        [10.0, 10.0, 30.0, 30.0],
        [6.0, 6.01, 4.0, 4.02],
        group_names=["Tangibles", "Reliability"],
        importance_cut=20.0,
        performance_cut=5.0,
        quadrant_names=("Fix first", "Keep it up", "Low priority", "Possibly overdone"),
        importance_label="Importance",
        performance_label="Performance",
        decimal_separator=",",
    )
    ax = figure.axes[0]
    texts = {t.get_text(): t for t in ax.texts}
    assert {"1", "2", "5", "6", "Fix first", "Possibly overdone"} <= set(texts)
    # Two dots nearly on top of each other: their numbers go on opposite sides.
    assert texts["5"].xyann[1] * texts["6"].xyann[1] < 0  # type: ignore[attr-defined]
    legend = figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Tangibles", "Reliability"]
    with pytest.raises(ValueError, match="one group"):
        charts.statements_importance_figure(
            [1],
            [0, 0],
            [1.0],
            [1.0],
            group_names=["A"],
            importance_cut=1,
            performance_cut=1,
            quadrant_names=("a", "b", "c", "d"),
            importance_label="",
            performance_label="",
        )
    with pytest.raises(ValueError, match="not one of group_names"):
        charts.statements_importance_figure(
            [1],
            [3],
            [1.0],
            [1.0],
            group_names=["A"],
            importance_cut=1,
            performance_cut=1,
            quadrant_names=("a", "b", "c", "d"),
            importance_label="",
            performance_label="",
        )


_STATEMENTS = {
    "en": ("customers weigh the dimensions, not single statements", "Fix first: statements 6, 7,"),
    "ru": ("а не отдельных утверждений", "Исправить в первую очередь: утверждения 6, 7,"),
    "zh": ("而非单项陈述", "优先改进：第6、7、"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_statements_chart_and_its_fix_first_list_are_printed(
    tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chart is drawn (its numbers from the demo's statements) and the statements to fix
    first are listed: the demo's reliability and responsiveness items, 6 to 13."""
    from plan.demo import create_demo

    drawn: list[list[int]] = []
    original = charts.statements_importance_figure

    def spy(numbers: list[int], *args: object, **kwargs: object) -> object:
        drawn.append(list(numbers))
        return original(numbers, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(charts, "statements_importance_figure", spy)
    store = create_demo(tmp_path / "demo.svcplan", language)
    try:
        out = tmp_path / "plan.pdf"
        write_service_plan(
            store, out, ExportOptions(sections=frozenset({"customers"}), invariant=True)
        )
        text = pdf_text(out)
    finally:
        store.close()
    assert drawn and sorted(drawn[0]) == list(range(1, 23))
    intro, first = _STATEMENTS[language]
    assert squash(intro) in text and squash(first) in text
