"""The report's waves: the latest wave's figures, every wave's, the change between the last two
(checked against the published NPS case and hand computations), intervals and Cronbach's alpha
from SQL's sums against the same figures from the answers themselves."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plan import survey_stats
from plan.imports import SURVEY, prepare_import
from plan.report import build_report
from plan.scoring import SERVQUAL_ITEMS
from plan.store import PlanStore
from plan.survey_stats import MeanStats


@pytest.fixture
def store() -> PlanStore:
    store = PlanStore.memory("en")
    store.clock = lambda: datetime(2026, 6, 15, 9, 0, tzinfo=UTC)
    return store


def _import(store: PlanStore, path: Path, headers: list[str], rows: list[list[object]]) -> None:
    lines = [",".join(headers)] + [",".join("" if v is None else str(v) for v in r) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    store.imports.add(prepare_import(SURVEY, path))


def _nps_rows(day: str, promoters: int, passives: int, detractors: int) -> list[list[object]]:
    return [[day, 10]] * promoters + [[day, 8]] * passives + [[day, 3]] * detractors


def test_the_published_nps_case_is_not_a_significant_change(
    store: PlanStore, tmp_path: Path
) -> None:
    _import(store, tmp_path / "a.csv", ["date", "nps"], _nps_rows("2025-03-10", 540, 360, 300))
    _import(store, tmp_path / "b.csv", ["date", "nps"], _nps_rows("2026-03-10", 675, 351, 324))
    survey = build_report(store)["survey"]
    assert survey["wave"] == {"label": "2026-03", "date": "2026-03-10"}
    assert survey["nps"] == 26.0 and survey["responses"] == 1350  # the latest wave only
    assert [(w["label"], w["responses"], w["nps"]) for w in survey["waves"]] == [
        ("2025-03", 1200, 20.0),
        ("2026-03", 1350, 26.0),
    ]
    change = survey["change"]["nps"]
    assert (change["from"], change["to"]) == (20.0, 26.0)
    assert change["diff"] == pytest.approx(6.0)
    assert change["se"] == pytest.approx(3.24, abs=0.005)
    assert change["z"] == pytest.approx(1.85, abs=0.005)
    assert change["p"] == pytest.approx(0.064, abs=0.0005)
    assert change["significant"] is False
    low, high = change["ci"]
    assert low < 0 < high
    assert survey["nps_ci"] == pytest.approx(survey_stats.nps_interval(675, 351, 324).as_list())  # type: ignore[union-attr]
    assert survey["waves"][0]["nps_ci"] == pytest.approx(
        survey_stats.nps_interval(540, 360, 300).as_list()  # type: ignore[union-attr]
    )
    # NPS only: the figures that cannot be computed are null, never 0.
    assert survey["csat"] is None and survey["csat_ci"] is None
    assert survey["change"]["ces"] == {
        "from": None,
        "to": None,
        "diff": None,
        "se": None,
        "t": None,
        "p": None,
        "ci": None,
        "significant": None,
    }


def _servqual_rows(rng: random.Random, shift: int, count: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for _ in range(count):
        base = rng.randint(2, 5)
        row: list[object] = [rng.choice(["A", "B"]), rng.randint(1, 5), rng.randint(1, 7)]
        expectation = [min(7, base + rng.randint(0, 2)) for _ in range(22)]
        perception = [max(1, min(7, base + shift + rng.randint(-1, 1))) for _ in range(22)]
        # Some answers missing, so "complete" respondents matter.
        row += [None if rng.random() < 0.05 else v for v in expectation + perception]
        rows.append(row)
    return rows


def test_csat_ces_servqual_changes_intervals_and_alpha_match_the_answers(
    store: PlanStore, tmp_path: Path
) -> None:
    rng = random.Random(5)
    headers = ["segment", "csat", "ces", *(f"E{n}" for n in range(1, 23))]
    headers += [f"P{n}" for n in range(1, 23)]
    first = _servqual_rows(rng, -1, 80)
    second = _servqual_rows(rng, 0, 90)
    for name, rows, day in (("a.csv", first, "2025-01-05"), ("b.csv", second, "2026-01-05")):
        _import(store, tmp_path / name, ["date", *headers], [[day, *r] for r in rows])
    survey = build_report(store)["survey"]
    change = survey["change"]

    def csat(rows: list[list[object]]) -> tuple[int, int]:
        answers = [int(r[1]) for r in rows]  # type: ignore[call-overload]
        return (sum(a >= 4 for a in answers), len(answers))

    expected = survey_stats.csat_change(csat(first), csat(second))
    assert change["csat"]["z"] == pytest.approx(expected.statistic)
    assert change["csat"]["p"] == pytest.approx(expected.p)
    assert survey["csat_ci"] == pytest.approx(
        survey_stats.wilson_interval(*csat(second)).as_list()  # type: ignore[union-attr]
    )
    ces = [MeanStats.of([float(r[2]) for r in rows]) for rows in (first, second)]  # type: ignore[arg-type]
    assert change["ces"]["t"] == pytest.approx(survey_stats.welch_change(*ces).statistic)
    assert survey["ces_ci"] == pytest.approx(survey_stats.t_interval(ces[1]).as_list())  # type: ignore[union-attr]

    for name, items in SERVQUAL_ITEMS.items():

        def complete(
            rows: list[list[object]], items: tuple[int, ...] = items
        ) -> list[tuple[list[float], list[float]]]:
            pairs = []
            for row in rows:
                e = [row[3 + i - 1] for i in items]
                p = [row[3 + 22 + i - 1] for i in items]
                if None not in e and None not in p:
                    pairs.append(([float(v) for v in e], [float(v) for v in p]))  # type: ignore[arg-type]
            return pairs

        gaps = [
            MeanStats.of([(sum(p) - sum(e)) / len(items) for e, p in complete(rows)])
            for rows in (first, second)
        ]
        welch = survey_stats.welch_change(*gaps)
        assert change["servqual"][name]["t"] == pytest.approx(welch.statistic), name
        assert change["servqual"][name]["p"] == pytest.approx(welch.p), name
        assert change["servqual"][name]["significant"] == welch.significant
        dimension = survey["servqual"]["dimensions"][name]
        latest = complete(second)
        assert dimension["alpha_expectation"] == pytest.approx(
            survey_stats.cronbach_alpha([e for e, _ in latest])
        )
        assert dimension["alpha_perception"] == pytest.approx(
            survey_stats.cronbach_alpha([p for _, p in latest])
        )
    # Segments get the intervals too.
    assert set(survey["segments"]) == {"A", "B"}
    assert all(len(seg["nps_ci"] or [0, 0]) == 2 for seg in survey["segments"].values())
    assert survey["segments"]["A"]["csat_ci"] is not None


def test_one_wave_reads_as_before_and_has_no_change(store: PlanStore, tmp_path: Path) -> None:
    assert build_report(store)["survey"]["waves"] == []
    assert build_report(store)["survey"]["wave"] is None
    _import(store, tmp_path / "a.csv", ["nps", "ces"], [[9, 4]])
    survey = build_report(store)["survey"]
    assert survey["change"] is None
    assert [w["label"] for w in survey["waves"]] == ["2026-06"]  # the import day's month
    # One answer: a figure, but no interval (a spread needs two).
    assert survey["ces"] == 4.0 and survey["ces_ci"] is None
    assert survey["servqual"]["dimensions"]["tangibles"]["alpha_expectation"] is None
