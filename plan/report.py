"""The computed indicators of a plan as one JSON-ready dict (`main.py report --json`).

Keys are fixed by the command-line contract. A value that cannot be computed from the plan's
records is None (JSON null), never 0; counts of records the plan does not hold are 0.
"""

from __future__ import annotations

from typing import Any

from plan import scoring
from plan.migrations import SCHEMA_VERSION
from plan.self_audit import load_content
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


def _gap(gap: scoring.Gap) -> dict[str, Any]:
    return {
        "expectation": gap.expectation,
        "perception": gap.perception,
        "gap": gap.gap,
        "responses": gap.responses,
    }


def _survey(summary: scoring.SurveySummary) -> dict[str, Any]:
    nps = summary.net_promoter
    result = summary.servqual
    return {
        "responses": summary.responses,
        "nps": nps.nps,
        "promoters": nps.promoters,
        "passives": nps.passives,
        "detractors": nps.detractors,
        "nps_responses": nps.responses,
        "csat": summary.csat,
        "csat_responses": summary.csat_responses,
        "ces": summary.ces,
        "ces_responses": summary.ces_responses,
        "small_sample": summary.small_sample,
        "servqual": {
            "dimensions": {name: _gap(gap) for name, gap in result.dimensions.items()},
            "unweighted": result.unweighted,
            "weighted": result.weighted,
            "weights": result.weights,
            "items": {str(n): _gap(gap) for n, gap in result.items.items() if gap.responses},
        },
    }


def _customers_view(store: PlanStore, company: dict[str, float | None]) -> dict[str, Any]:
    """The survey and complaints; `company` is the self-audit's view per SERVQUAL dimension."""
    summary = scoring.summarise_survey(store.survey_totals()[0])
    survey = _survey(summary)
    survey["distribution"] = store.nps_distribution()
    survey["segments"] = {
        str(row["segment"]): _survey(scoring.summarise_survey(row))
        for row in store.survey_totals(by_segment=True)
    }
    customers = scoring.servqual_customer_view(summary.servqual)
    survey["customer_view"] = customers
    survey["overrated"] = scoring.overrated_dimensions(company, customers)
    entries = scoring.pareto(store.complaint_counts())
    return {
        "survey": survey,
        "complaints": {
            "total": sum(e.count for e in entries),
            "resolved": store.resolved_complaint_count(),
            "pareto": [
                {
                    "category": e.category,
                    "count": e.count,
                    "percent": e.percent,
                    "cumulative_percent": e.cumulative_percent,
                    "vital_few": e.vital_few,
                }
                for e in entries
            ],
            "vital_few": [e.category for e in entries if e.vital_few],
        },
    }


def build_report(store: PlanStore) -> dict[str, Any]:
    profile = store.profile()
    assessment = _assessment(store)
    return {
        "plan": {
            "name": profile.business_name,
            "language": store.language(),
            "schema_version": SCHEMA_VERSION,
            "created": store.meta("created"),
            "modified": store.meta("modified"),
            "steps": {step.value: mark.value for step, mark in completeness(store).items()},
        },
        **assessment,
        **_customers_view(store, assessment["assessment"]["servqual_self_view"]),
        "problems": 0,
        "problem_list": [],
        "standards": 0,
        "goals": 0,
        "means": 0,
        "budget_total": 0,
        "cost_of_poor_service": None,
        "projected_gain": None,
    }
