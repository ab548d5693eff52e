"""Why it pays: the yearly cost of poor service against the plan's budget.

The figures are those of docs/methodology.md §7.1: 68% of customers who leave do so because of
poor service (American Management Association); an unhappy customer tells about 10 people, a
happy one about 5; replacing $1 of revenue from a lost customer costs about $10 (Tom Peters). The
share and the replacement factor are the user's to change.

    lost to poor service  = customers lost per year × share
    cost of poor service  = lost to poor service × yearly revenue per customer   (per year)
    replacement cost      = cost of poor service × replacement factor
    projected gain        = customers × (target − baseline retention) / 100 × revenue per customer,
                            at most what customers lost per year bring in        (per year)
    payback               = budget / projected gain × 12 months

The projected gain needs the plan's retention goal (a goal on the customer-retention metric);
its baseline is the measured retention, else 100 × (1 − lost / customers) from the calculator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from plan import fields
from plan.errors import InvalidValueError
from plan.goals import RETENTION_MEASURE, Goal, Means, goal_baseline

POOR_SERVICE_SHARE = 0.68
REPLACEMENT_FACTOR = 10.0
TOLD_BY_UNHAPPY = 10
TOLD_BY_HAPPY = 5
#: The calculator's inputs, in the order the page shows them.
INPUTS: tuple[str, ...] = (
    "customers",
    "revenue_per_customer",
    "customers_lost",
    "poor_service_share",
    "replacement_factor",
    "currency",
)


@dataclass(frozen=True)
class EconomicsInputs:
    customers: float | None = None
    revenue_per_customer: float | None = None
    customers_lost: float | None = None
    poor_service_share: float = POOR_SERVICE_SHARE
    replacement_factor: float = REPLACEMENT_FACTOR
    currency: str = ""


def validate_input(name: str, value: object) -> object:
    """One calculator input, checked; raises InvalidValueError naming it."""
    if name == "currency":
        return fields.line("currency", "" if value is None else str(value), limit=12)
    if name not in INPUTS:
        raise InvalidValueError(name, "is not an input of the calculator", "unknown_field")
    if value is None and name in ("poor_service_share", "replacement_factor"):
        raise InvalidValueError(name, "is empty", "empty")
    number = value if value is None or isinstance(value, int | float) else float("nan")
    if name == "poor_service_share":
        return fields.amount(name, number, minimum=0.0, maximum=1.0)
    if name == "replacement_factor":
        return fields.amount(name, number, minimum=0.0, maximum=1000.0)
    return fields.amount(name, number, minimum=0.0)


@dataclass(frozen=True)
class CostOfPoorService:
    inputs: EconomicsInputs
    #: Customers a year who leave because of poor service.
    lost_to_poor_service: float | None
    #: Revenue those customers took with them: the yearly cost of poor service.
    revenue_lost: float | None
    #: People told about bad experiences by those customers, and about good ones by the rest.
    told_unhappy: float | None
    told_happy: float | None
    replacement_cost: float | None
    budget_total: float
    retention_goal: Goal | None
    retention_baseline: float | None
    projected_gain: float | None
    payback_months: float | None


def _retention_goal(goals: Iterable[Goal]) -> Goal | None:
    chosen = [g for g in goals if g.measure == RETENTION_MEASURE and g.target is not None]
    return min(chosen, key=lambda g: (g.deadline or "9999", g.id or 0)) if chosen else None


def cost_of_poor_service(
    inputs: EconomicsInputs,
    goals: Iterable[Goal],
    means: Iterable[Means],
    measured: Mapping[str, float | None],
) -> CostOfPoorService:
    customers, revenue, lost = inputs.customers, inputs.revenue_per_customer, inputs.customers_lost
    budget = sum(m.budget for m in means)
    leaving = None if lost is None else lost * inputs.poor_service_share
    revenue_lost = None if leaving is None or revenue is None else leaving * revenue
    staying = None if customers is None or lost is None else max(0.0, customers - lost)
    goal = _retention_goal(goals)
    baseline = None
    gain = None
    if goal is not None:
        baseline = goal_baseline(goal, measured)
        if baseline is None and customers and lost is not None:
            baseline = 100.0 * (1.0 - min(lost, customers) / customers)
        if baseline is not None and goal.target is not None and customers and revenue is not None:
            kept = customers * max(0.0, goal.target - baseline) / 100.0
            if lost is not None:
                kept = min(kept, lost)
            gain = kept * revenue
    return CostOfPoorService(
        inputs=inputs,
        lost_to_poor_service=leaving,
        revenue_lost=revenue_lost,
        told_unhappy=None if leaving is None else leaving * TOLD_BY_UNHAPPY,
        told_happy=None if staying is None else staying * TOLD_BY_HAPPY,
        replacement_cost=None if revenue_lost is None else revenue_lost * inputs.replacement_factor,
        budget_total=budget,
        retention_goal=goal,
        retention_baseline=baseline,
        projected_gain=gain,
        # No budget, no payback: "0 months" would read as an instant return.
        payback_months=budget / gain * 12.0 if gain and budget > 0 else None,
    )
