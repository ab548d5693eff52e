"""Where to act first: importance against performance, from the respondents' points or, without
them, from how each dimension's perception goes with NPS (checked against the answers)."""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import pytest

from plan import survey_stats
from plan.importance import importance_performance, quadrant
from plan.imports import SURVEY, prepare_import
from plan.report import build_report
from plan.scoring import SERVQUAL_ITEMS
from plan.store import PlanStore


def test_quadrants_split_at_the_means() -> None:
    assert quadrant(30, 4.0, 20, 5.0) == "fix_first"
    assert quadrant(30, 6.0, 20, 5.0) == "keep_it_up"
    assert quadrant(10, 4.0, 20, 5.0) == "low_priority"
    assert quadrant(10, 6.0, 20, 5.0) == "possibly_overdone"
    assert quadrant(20, 5.0, 20, 5.0) == "keep_it_up"  # on the lines: important, performing


def test_correlation_from_sums_matches_pearson() -> None:
    xs, ys = [1.0, 2.0, 4.0, 7.0, 3.0], [2.0, 1.0, 5.0, 9.0, 4.0]
    sums = (
        len(xs),
        sum(xs),
        sum(x * x for x in xs),
        sum(ys),
        sum(y * y for y in ys),
        sum(x * y for x, y in zip(xs, ys, strict=True)),
    )
    assert survey_stats.correlation(*sums) == pytest.approx(statistics.correlation(xs, ys))
    assert survey_stats.correlation(2, 1, 1, 1, 1, 1) is None  # two pairs
    assert survey_stats.correlation(3, 6, 12, 3, 5, 6) is None  # x has no spread


def _survey(store: PlanStore, tmp_path: Path, weights: bool) -> list[list[float]]:
    rng = random.Random(3)
    headers = ["nps", *(f"E{n}" for n in range(1, 23)), *(f"P{n}" for n in range(1, 23))]
    if weights:
        headers += ["W_tangibles", "W_reliability", "W_responsiveness", "W_assurance", "W_empathy"]
    rows = []
    for _ in range(60):
        lean = rng.randint(-2, 2)
        perceptions = [max(1, min(7, 4 + lean + rng.randint(-1, 1))) for _ in range(22)]
        row = [max(0, min(10, 6 + 2 * lean + rng.randint(-1, 1))), *([5] * 22), *perceptions]
        if weights:
            row += [10, 40, 30, 10, 10]
        rows.append([float(v) for v in row])
    source = tmp_path / "s.csv"
    source.write_text(
        "\n".join([",".join(headers), *(",".join(f"{v:g}" for v in r) for r in rows)])
    )
    store.imports.add(prepare_import(SURVEY, source))
    return rows


def test_importance_without_points_is_the_correlation_with_nps(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    rows = _survey(store, tmp_path, weights=False)
    analysis = build_report(store)["survey"]["importance_performance"]
    assert analysis["basis"] == "nps_correlation"
    for name, items in SERVQUAL_ITEMS.items():
        perception = [sum(r[1 + 22 + i - 1] for i in items) for r in rows]
        expected = statistics.correlation(perception, [r[0] for r in rows])
        assert analysis["dimensions"][name]["importance"] == pytest.approx(expected), name
    quadrants = {d["quadrant"] for d in analysis["dimensions"].values()}
    assert quadrants <= {"fix_first", "keep_it_up", "low_priority", "possibly_overdone"}


def test_importance_from_points_and_none_without_perceptions(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    _survey(store, tmp_path, weights=True)
    analysis = build_report(store)["survey"]["importance_performance"]
    assert analysis["basis"] == "weights"
    assert analysis["dimensions"]["reliability"]["importance"] == pytest.approx(40.0)
    assert analysis["importance_cut"] == pytest.approx(20.0)
    empty = PlanStore.memory("en")
    assert build_report(empty)["survey"]["importance_performance"] is None
    summary = build_report(empty)  # no survey: nothing to place
    assert summary["survey"]["responses"] == 0
    from plan.scoring import summarise_survey

    assert importance_performance(summarise_survey(empty.survey.totals()[0])) is None


def test_each_statement_at_its_own_perception_and_its_dimensions_importance(
    tmp_path: Path,
) -> None:
    store = PlanStore.memory("en")
    rows = _survey(store, tmp_path, weights=True)
    analysis = build_report(store)["survey"]["importance_performance"]
    statements = analysis["statements"]
    assert set(statements["items"]) == {str(n) for n in range(1, 23)}
    perceptions = {n: statistics.fmean(r[1 + 22 + n - 1] for r in rows) for n in range(1, 23)}
    for name, numbers in SERVQUAL_ITEMS.items():
        for n in numbers:
            item = statements["items"][str(n)]
            assert item["dimension"] == name
            assert item["performance"] == pytest.approx(perceptions[n])
            assert item["importance"] == analysis["dimensions"][name]["importance"]
            assert item["quadrant"] == quadrant(
                item["importance"],
                item["performance"],
                statements["importance_cut"],
                statements["performance_cut"],
            )
    # The cross-hairs are the means over the 22 statements (reliability's five count five times).
    weights = {"tangibles": 10, "reliability": 40, "responsiveness": 30, "assurance": 10}
    weights["empathy"] = 10
    expected = sum(weights[name] * len(numbers) for name, numbers in SERVQUAL_ITEMS.items()) / 22
    assert statements["importance_cut"] == pytest.approx(expected)
    assert statements["performance_cut"] == pytest.approx(statistics.fmean(perceptions.values()))
    store.close()


def test_no_statements_analysis_without_the_dimensions(tmp_path: Path) -> None:
    from plan.importance import statements_importance_performance
    from plan.scoring import summarise_survey

    store = PlanStore.memory("en")
    source = tmp_path / "s.csv"
    source.write_text("nps,E1,P1\n9,5,6\n3,6,2\n")  # one statement: no dimension has a place
    store.imports.add(prepare_import(SURVEY, source))
    assert statements_importance_performance(summarise_survey(store.survey.totals()[0])) is None
    assert build_report(store)["survey"]["importance_performance"] is None
    store.close()
