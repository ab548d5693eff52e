"""build_report: every key of the `report --json` contract; unknown values null, counts 0."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plan.demo import create_demo
from plan.migrations import SCHEMA_VERSION
from plan.report import build_report
from plan.self_audit import SERVQUAL_DIMENSIONS
from plan.steps import Step
from plan.store import PlanStore

SERVQUAL_NAMES = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")

TOP_LEVEL_KEYS = {
    "service_index",
    "assessment",
    "metrics",
    "survey",
    "complaints",
    "problems",
    "problem_list",
    "standards",
    "goals",
    "means",
    "budget_total",
    "cost_of_poor_service",
    "projected_gain",
}
SURVEY_KEYS = {
    "responses",
    "nps",
    "promoters",
    "passives",
    "detractors",
    "csat",
    "ces",
    "servqual",
}


def check_contract(report: dict[str, Any]) -> None:
    """The shape docs/design.md §6.4 promises for `report --json`."""
    assert set(report) >= TOP_LEVEL_KEYS
    service_index = report["service_index"]
    assert service_index is None or 0 <= service_index <= 100
    assert isinstance(report["assessment"]["dimensions"], dict)
    for score in report["assessment"]["dimensions"].values():
        assert score is None or 0 <= score <= 100
    assert "repeat_revenue_share" in report["metrics"]

    survey = report["survey"]
    assert set(survey) >= SURVEY_KEYS
    servqual = survey["servqual"]
    assert {"dimensions", "unweighted", "weighted"} <= set(servqual)
    assert tuple(servqual["dimensions"]) == SERVQUAL_NAMES
    for dimension in servqual["dimensions"].values():
        assert set(dimension) >= {"expectation", "perception", "gap"}

    complaints = report["complaints"]
    assert {"total", "pareto"} <= set(complaints)
    assert isinstance(complaints["pareto"], list)
    for row in complaints["pareto"]:
        assert set(row) >= {"category", "count", "percent", "cumulative_percent"}
    for key in ("problems", "standards", "goals", "means"):
        assert isinstance(report[key], int)
    assert isinstance(report["problem_list"], list)
    for row in report["problem_list"]:
        assert {"title", "priority", "root_cause"} <= set(row)
        assert row["root_cause"] in ("know", "want", "can")
    assert isinstance(report["budget_total"], int | float)
    # The whole report is JSON as the command line prints it.
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report


def check_empty_values(report: dict[str, Any]) -> None:
    """A plan without records: nothing computable is invented, counts are zero."""
    assert report["service_index"] is None
    dimensions = report["assessment"]["dimensions"]
    assert len(dimensions) == 7 and all(score is None for score in dimensions.values())
    assert all(value is None for value in report["metrics"].values())
    survey = report["survey"]
    assert survey["responses"] == 0
    assert (survey["promoters"], survey["passives"], survey["detractors"]) == (0, 0, 0)
    for key in ("nps", "csat", "ces"):
        assert survey[key] is None, key
    for name, dimension in survey["servqual"]["dimensions"].items():
        assert (dimension["expectation"], dimension["perception"], dimension["gap"]) == (
            None,
            None,
            None,
        ), name
    assert survey["servqual"]["unweighted"] is None
    assert survey["servqual"]["weighted"] is None
    assert (report["complaints"]["total"], report["complaints"]["pareto"]) == (0, [])
    assert report["problems"] == 0
    assert report["problem_list"] == []
    assert (report["standards"], report["goals"], report["means"]) == (0, 0, 0)
    assert report["budget_total"] == 0
    assert report["cost_of_poor_service"] is None
    assert report["projected_gain"] is None


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[PlanStore]:
    store = create_demo(tmp_path / "demo.svcplan", "en")
    yield store
    store.close()


def test_servqual_dimension_names() -> None:
    assert SERVQUAL_DIMENSIONS == SERVQUAL_NAMES


def test_empty_memory_plan() -> None:
    store = PlanStore.memory("ru")
    try:
        report = build_report(store)
    finally:
        store.close()
    check_contract(report)
    check_empty_values(report)
    plan = report["plan"]
    assert plan["name"] == ""
    assert plan["language"] == "ru"
    assert plan["schema_version"] == SCHEMA_VERSION
    assert plan["steps"][Step.PROFILE.value] == "empty"
    assert set(plan["steps"]) == {step.value for step in Step}


def test_demo_plan(demo_store: PlanStore) -> None:
    report = build_report(demo_store)
    check_contract(report)
    plan = report["plan"]
    assert plan["name"] == "Rosemary & Rye Bakery-Café"
    assert plan["language"] == "en"
    assert plan["steps"]["profile"] == "complete"
    assert plan["created"] and plan["modified"]


def test_report_follows_edits() -> None:
    store = PlanStore.memory()
    try:
        store.profile.set_field("business_name", "First")
        assert build_report(store)["plan"]["name"] == "First"
        store.profile.set_field("industry", "Bakery")
        report = build_report(store)
        assert report["plan"]["steps"]["profile"] == "partial"
    finally:
        store.close()


def test_read_only_demo_report_matches(demo_store: PlanStore) -> None:
    assert demo_store.path is not None
    readonly = PlanStore.open(demo_store.path, readonly=True)
    try:
        assert build_report(readonly) == build_report(demo_store)
    finally:
        readonly.close()


def test_demo_report_fills_the_assessment(tmp_path: Path) -> None:
    from statistics import fmean

    from plan.demo import create_demo

    store = create_demo(tmp_path / "demo.svcplan", "en")
    report = build_report(store)
    store.close()
    dimensions = report["assessment"]["dimensions"]
    assert len(dimensions) == 7 and all(v is not None for v in dimensions.values())
    assert report["service_index"] == fmean(dimensions.values())
    # complaints: 3, 2, 1, 2 -> 50, 25, 0, 25 (returns N/A) -> 25
    assert dimensions["complaints"] == 25
    assert report["assessment"]["answered"] == report["assessment"]["statements"] == 44
    assert report["metrics"]["repeat_revenue_share"] == 24
    assert report["metric_checks"]["repeat_revenue_share"]["meets_threshold"] is False
    assert report["metric_checks"]["complaints_per_100"]["meets_threshold"] is True
    assert [s["taken_on"] for s in report["assessment"]["snapshots"]] == ["2026-05-04"]
    assert report["assessment"]["snapshots"][0]["service_index"] < report["service_index"]


def test_problem_list_is_sorted_by_priority_with_its_contract_keys() -> None:
    from plan.problems import Problem

    store = PlanStore.memory()
    try:
        store.problems.add(Problem("Rare and mild", 1, 2, "know"))
        store.problems.add(Problem("Slow replies", 4, 5, "can", touchpoint="Phone"))
        store.problems.add(Problem("Cold welcome", 3, 4, "want", status="solved"))
        store.problems.set_sin_observation("apathy", "often")
        report = build_report(store)
    finally:
        store.close()
    check_contract(report)
    assert report["problems"] == 3
    rows = report["problem_list"]
    assert [(r["title"], r["priority"], r["root_cause"]) for r in rows] == [
        ("Slow replies", 20, "can"),
        ("Cold welcome", 12, "want"),
        ("Rare and mild", 2, "know"),
    ]
    assert [r["focus"] for r in rows] == [True, False, True]  # a solved problem leaves the focus
    assert rows[0]["touchpoint"] == "Phone" and rows[1]["status"] == "solved"
    assert report["sins"]["apathy"] == "often" and report["sins"]["coldness"] is None
    pending = report["problem_suggestions"]["pending"]
    assert [s["key"] for s in pending] == ["sin:apathy"]
    assert pending[0]["priority"] == pending[0]["frequency"] * pending[0]["impact"]


def test_demo_report_lists_its_problems(demo_store: PlanStore) -> None:
    report = build_report(demo_store)
    rows = report["problem_list"]
    assert 6 <= report["problems"] == len(rows) <= 10
    assert [r["priority"] for r in rows] == sorted((r["priority"] for r in rows), reverse=True)
    assert 3 <= sum(r["focus"] for r in rows) <= 5
    assert all(r["focus"] for r in rows[:3])
    assert report["plan"]["steps"]["problems"] == "complete"
    dismissed = set(report["problem_suggestions"]["dismissed"])
    pending = {s["key"] for s in report["problem_suggestions"]["pending"]}
    accepted = {r["suggestion_key"] for r in rows if r["suggestion_key"]}
    assert not (dismissed & pending) and not (accepted & pending)


def test_report_lists_the_consultants_own_words() -> None:
    from plan.own_words import OwnSection

    store = PlanStore.memory()
    assert build_report(store)["own_words"] == {"texts": {}, "sections": []}
    store.own_words.set_text("summary.opening", "Dear client.")
    store.own_words.add(OwnSection(None, "Next steps", "Call us.", "goals"))
    report = json.loads(json.dumps(build_report(store)))
    assert report["own_words"] == {
        "texts": {"summary.opening": "Dear client."},
        "sections": [{"id": 1, "title": "Next steps", "text": "Call us.", "after": "goals"}],
    }
    store.close()
