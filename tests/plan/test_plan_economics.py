"""Why it pays: the cost-of-poor-service calculator's figures, its inputs in the store (checked,
undoable), and the report keys the command-line contract names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plan.economics import (
    POOR_SERVICE_SHARE,
    REPLACEMENT_FACTOR,
    EconomicsInputs,
    cost_of_poor_service,
    validate_input,
)
from plan.errors import InvalidValueError
from plan.goals import RETENTION_MEASURE, Goal, Means
from plan.report import build_report
from plan.store import PlanChange, PlanStore, Section

BAKERY = EconomicsInputs(customers=1000, revenue_per_customer=200, customers_lost=100)


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def test_the_cost_of_poor_service() -> None:
    result = cost_of_poor_service(BAKERY, [], [], {})
    assert result.lost_to_poor_service == pytest.approx(68)  # 68% of 100
    assert result.revenue_lost == pytest.approx(13_600)  # 68 × 200 a year
    assert result.told_unhappy == pytest.approx(680)  # 10 people each
    assert result.told_happy == pytest.approx(4_500)  # 900 staying × 5
    assert result.replacement_cost == pytest.approx(136_000)  # × 10
    assert result.budget_total == 0
    assert result.projected_gain is None and result.payback_months is None


def test_the_share_and_factor_are_the_users() -> None:
    inputs = EconomicsInputs(1000, 200, 100, poor_service_share=0.5, replacement_factor=4)
    result = cost_of_poor_service(inputs, [], [], {})
    assert result.revenue_lost == pytest.approx(10_000)
    assert result.replacement_cost == pytest.approx(40_000)


def test_projected_gain_and_payback_from_the_retention_goal() -> None:
    goal = Goal("Keep more customers", measure=RETENTION_MEASURE, target=95.0, id=1)
    means = [Means("Training", "know", budget=1500), Means("Notes", "want", budget=500)]
    measured = {RETENTION_MEASURE: 92.0}
    result = cost_of_poor_service(BAKERY, [goal], means, measured)
    assert result.budget_total == 2000
    assert result.retention_baseline == 92.0
    assert result.projected_gain == pytest.approx(6_000)  # 1000 × 3% × 200
    assert result.payback_months == pytest.approx(4.0)  # 2000 / 6000 a year


def test_without_a_measured_retention_the_calculator_gives_the_baseline() -> None:
    goal = Goal("Keep more customers", measure=RETENTION_MEASURE, target=95.0)
    result = cost_of_poor_service(BAKERY, [goal], [], {RETENTION_MEASURE: None})
    assert result.retention_baseline == pytest.approx(90.0)  # 100 lost of 1000
    assert result.projected_gain == pytest.approx(10_000)  # 50 kept × 200


def test_the_gain_is_at_most_what_lost_customers_bring() -> None:
    goal = Goal("Keep everyone", measure=RETENTION_MEASURE, target=100.0)
    result = cost_of_poor_service(BAKERY, [goal], [], {RETENTION_MEASURE: 50.0})
    assert result.projected_gain == pytest.approx(100 * 200)


def test_a_target_below_the_baseline_gains_nothing() -> None:
    goal = Goal("Keep fewer", measure=RETENTION_MEASURE, target=80.0)
    result = cost_of_poor_service(BAKERY, [goal], [Means("X", "can", budget=10)], {})
    assert result.projected_gain == 0 and result.payback_months is None


def test_missing_inputs_give_none_not_zero() -> None:
    result = cost_of_poor_service(EconomicsInputs(customers=1000), [], [], {})
    assert result.revenue_lost is None and result.told_unhappy is None
    assert result.replacement_cost is None and result.told_happy is None


def test_inputs_are_checked_by_name() -> None:
    for name, value, code in (
        ("customers", -1, "out_of_range"),
        ("revenue_per_customer", "lots", "not_a_number"),
        ("poor_service_share", 1.5, "out_of_range"),
        ("poor_service_share", None, "empty"),
        ("replacement_factor", float("nan"), "not_a_number"),
        ("currency", "x" * 13, "too_long"),
        ("profit", 1, "unknown_field"),
    ):
        with pytest.raises(InvalidValueError) as caught:
            validate_input(name, value)
        assert (caught.value.field, caught.value.code) == (name, code)
    assert validate_input("customers", None) is None  # cleared


def test_store_keeps_inputs_and_returns_the_old_value(store: PlanStore) -> None:
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    assert store.economics.inputs() == EconomicsInputs()
    assert store.economics.inputs().poor_service_share == POOR_SERVICE_SHARE
    assert store.economics.inputs().replacement_factor == REPLACEMENT_FACTOR
    assert store.economics.set_input("customers", 1000) is None
    assert store.economics.set_input("customers", 1200) == 1000
    assert store.economics.set_input("currency", " ₽ ") == ""
    assert store.economics.inputs().currency == "₽"
    assert changes[-1] == PlanChange(Section.ECONOMICS, frozenset({"currency"}))
    with pytest.raises(InvalidValueError):
        store.economics.set_input("customers_lost", -5)
    assert store.economics.inputs().customers_lost is None


def test_report_keys(store: PlanStore) -> None:
    empty = build_report(store)
    assert (empty["standards"], empty["goals"], empty["means"], empty["budget_total"]) == (
        0,
        0,
        0,
        0,
    )
    assert empty["cost_of_poor_service"] is None and empty["projected_gain"] is None
    for name, value in (
        ("customers", 1000),
        ("revenue_per_customer", 200),
        ("customers_lost", 100),
    ):
        store.economics.set_input(name, value)
    store.self_audit.set_metric("customer_retention", 92.0)
    goal = store.goals.add(Goal("Keep more customers", measure=RETENTION_MEASURE, target=95.0))
    store.means.add(Means("Training", "know", budget=1500.5, goal_id=goal.id))
    report = build_report(store)
    assert (report["goals"], report["means"], report["budget_total"]) == (1, 1, 1500.5)
    assert report["cost_of_poor_service"] == 13_600
    assert report["projected_gain"] == 6_000
    assert report["goal_list"][0]["baseline"] == 92.0
    assert report["goal_list"][0]["budget"] == 1500.5
    assert report["budget_by_kind"] == {"know": 1500.5, "want": 0.0, "can": 0.0}
    assert report["economics"]["retention_goal"] == goal.id
    assert report["economics"]["payback_months"] == pytest.approx(1500.5 / 6000 * 12)


def test_no_budget_means_no_payback() -> None:
    """A gain with nothing spent is not "paid back in 0 months": it cannot be computed."""
    goal = Goal("Keep more", measure=RETENTION_MEASURE, target=95)
    result = cost_of_poor_service(BAKERY, [goal], [Means("Free", "know", budget=0)], {})
    assert result.projected_gain and result.projected_gain > 0
    assert result.payback_months is None
