"""The computed indicators of a plan as one JSON-ready dict (`main.py report --json`).

Keys are fixed by the command-line contract. A value that cannot be computed from the plan's
records is None (JSON null), never 0; counts of records the plan does not hold are 0.
"""

from __future__ import annotations

from typing import Any

from plan import scoring
from plan.migrations import SCHEMA_VERSION
from plan.self_audit import SERVQUAL_DIMENSIONS, load_content
from plan.steps import completeness
from plan.store import PlanStore


def _assessment(store: PlanStore) -> dict[str, Any]:
    content = load_content(store.language())
    answers = store.answers()
    scores = scoring.dimension_scores(content, answers)
    values = store.metric_values()
    return {
        "service_index": scoring.service_index(scores),
        "assessment": {
            "dimensions": {key: score.score for key, score in scores.items()},
            "answered": scoring.answered_count(content, answers),
            "statements": len(content.items),
            "weakest": [
                {"id": weak.item.id, "text": weak.item.text, "points": weak.points}
                for weak in scoring.weakest_items(content, answers)
            ],
            "servqual_self_view": scoring.servqual_self_view(content, answers),
            "snapshots": [
                {
                    "taken_on": snap.taken_on,
                    "label": snap.label,
                    "service_index": snap.service_index,
                }
                for snap in store.snapshots()
            ],
        },
        "metrics": {metric.id: values.get(metric.id) for metric in content.metrics},
        "metric_checks": {
            metric.id: {
                "value": values.get(metric.id),
                "threshold": metric.threshold,
                "higher_is_better": metric.higher_is_better,
                "meets_threshold": scoring.metric_meets_threshold(metric, values.get(metric.id)),
            }
            for metric in content.metrics
        },
    }


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
        **_assessment(store),
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
