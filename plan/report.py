"""The computed indicators of a plan as one JSON-ready dict (`main.py report --json`).

Keys are fixed by the command-line contract. A value that cannot be computed from the plan's
records is None (JSON null), never 0; counts of records the plan does not hold are 0.
"""

from __future__ import annotations

from typing import Any

from plan.migrations import SCHEMA_VERSION
from plan.steps import completeness
from plan.store import PlanStore

SERVQUAL_DIMENSIONS: tuple[str, ...] = (
    "tangibles",
    "reliability",
    "responsiveness",
    "assurance",
    "empathy",
)


def build_report(store: PlanStore) -> dict[str, Any]:
    profile = store.profile()
    return {
        "plan": {
            "name": profile.business_name,
            "language": store.language(),
            "schema_version": SCHEMA_VERSION,
            "created": store.meta("created"),
            "modified": store.meta("modified"),
            "steps": {step.value: mark.value for step, mark in completeness(store).items()},
        },
        "service_index": None,
        "assessment": {"dimensions": {}},
        "metrics": {"repeat_revenue_share": None},
        "survey": {
            "responses": 0,
            "nps": None,
            "promoters": 0,
            "passives": 0,
            "detractors": 0,
            "csat": None,
            "ces": None,
            "servqual": {
                "dimensions": {
                    name: {"expectation": None, "perception": None, "gap": None}
                    for name in SERVQUAL_DIMENSIONS
                },
                "unweighted": None,
                "weighted": None,
            },
        },
        "complaints": {"total": 0, "pareto": []},
        "problems": 0,
        "problem_list": [],
        "standards": 0,
        "goals": 0,
        "means": 0,
        "budget_total": 0,
        "cost_of_poor_service": None,
        "projected_gain": None,
    }
