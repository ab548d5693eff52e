"""The computed indicators of a plan as one JSON-ready dict (`main.py report --json`).

Keys are fixed by the command-line contract. A value that cannot be computed from the plan's
records is None (JSON null), never 0; counts of records the plan does not hold are 0.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from plan import scoring
from plan.migrations import SCHEMA_VERSION
from plan.problems import SINS, by_priority, focus_ids
from plan.self_audit import ROOT_CAUSES, load_content
from plan.steps import completeness
from plan.store import PlanStore


def _assessment(store: PlanStore) -> dict[str, Any]:
    content = load_content(store.language())
    answers = store.self_audit.answers()
    scores = scoring.dimension_scores(content, answers)
    values = store.self_audit.metric_values()
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
                for snap in store.self_audit.snapshots()
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


def _customers_view(
    store: PlanStore,
    company: dict[str, float | None],
    summary: scoring.SurveySummary,
    segments: list[dict[str, float | int | None]],
) -> dict[str, Any]:
    """The survey and complaints; `company` is the self-audit's view per SERVQUAL dimension,
    `segments` survey_totals' rows per segment."""
    survey = _survey(summary)
    survey["distribution"] = store.survey.nps_distribution()
    survey["segments"] = {
        str(row["segment"]): _survey(scoring.summarise_survey(row)) for row in segments
    }
    customers = scoring.servqual_customer_view(summary.servqual)
    survey["customer_view"] = customers
    survey["overrated"] = scoring.overrated_dimensions(company, customers)
    entries = scoring.pareto(store.complaints.counts())
    return {
        "survey": survey,
        "complaints": {
            "total": sum(e.count for e in entries),
            "resolved": store.complaints.resolved_count(),
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


def _problems(store: PlanStore, summary: scoring.SurveySummary) -> dict[str, Any]:
    """Step 2: the problems by priority with their focus mark, the suggestions still to decide
    on, and the seven sins checklist (None for a sin not yet recorded)."""
    from plan.suggestions import review_plan

    problems = by_priority(store.problems.all())
    focus = focus_ids(problems)
    review = review_plan(store, summary)
    observed = store.problems.sin_observations()
    return {
        "problems": len(problems),
        "problem_list": [
            {
                "id": p.id,
                "title": p.title,
                "priority": p.priority,
                "root_cause": p.root_cause,
                "frequency": p.frequency,
                "impact": p.impact,
                "status": p.status,
                "focus": p.id in focus,
                "touchpoint": p.touchpoint,
                "evidence": p.evidence,
                "description": p.description,
                "suggestion_key": p.suggestion_key,
            }
            for p in problems
        ],
        "problem_suggestions": {
            "pending": [
                {
                    "key": s.key,
                    "kind": s.kind,
                    "title": s.title,
                    "root_cause": s.root_cause,
                    "frequency": s.frequency,
                    "impact": s.impact,
                    "priority": s.priority,
                    "params": dict(s.params),
                }
                for s in review.pending
            ],
            "dismissed": [s.key for s in review.dismissed],
        },
        "sins": {sin: observed.get(sin) for sin in SINS},
    }


def _standards_goals(store: PlanStore, summary: scoring.SurveySummary) -> dict[str, Any]:
    """Steps 3 and 4 and why the plan pays: each standard's measurability, each goal's baseline
    as measured now and its check, the means, and the cost-of-poor-service calculator."""
    from plan.economics import cost_of_poor_service
    from plan.goals import check_goal
    from plan.measured import measured_values
    from plan.standards import check_standard, focus_without_standard

    language = store.language()
    problems = store.problems.all()
    chosen = focus_ids(problems)
    focus = [p for p in by_priority(problems) if p.id in chosen]
    standards = store.standards.all()
    goals = sorted(store.goals.all(), key=lambda g: (g.deadline or "9999", g.id or 0))
    means = store.means.all()
    measured = measured_values(store, summary)
    economics = cost_of_poor_service(store.economics.inputs(), goals, means, measured)
    today = store.clock().date()
    standard_list = []
    for standard in standards:
        check = check_standard(standard, language)
        standard_list.append(
            {
                **_fields(standard),
                "measurable": check.measurable,
                "missing": list(check.missing),
                "imperative": check.imperative,
            }
        )
    goal_list = []
    for goal in goals:
        result = check_goal(goal, measured, language, means=means, today=today)
        goal_list.append(
            {
                **_fields(goal),
                "baseline": result.baseline,
                "flags": list(result.flags),
                "budget": sum(m.budget for m in means if m.goal_id == goal.id),
            }
        )
    by_kind = {kind: 0.0 for kind in ROOT_CAUSES}
    for item in means:
        by_kind[item.kind] += item.budget
    inputs = economics.inputs
    return {
        "standards": len(standards),
        "goals": len(goals),
        "means": len(means),
        "budget_total": _money(economics.budget_total),
        "cost_of_poor_service": _money(economics.revenue_lost),
        "projected_gain": _money(economics.projected_gain),
        "standard_list": standard_list,
        "focus_without_standard": [p.id for p in focus_without_standard(focus, standards)],
        "goal_list": goal_list,
        "means_list": [_fields(m) for m in sorted(means, key=lambda m: (m.start or "9999", m.id))],
        "budget_by_kind": by_kind,
        "economics": {
            **_fields(inputs),
            "lost_to_poor_service": economics.lost_to_poor_service,
            "revenue_lost": _money(economics.revenue_lost),
            "told_unhappy": economics.told_unhappy,
            "told_happy": economics.told_happy,
            "replacement_cost": _money(economics.replacement_cost),
            "retention_goal": economics.retention_goal and economics.retention_goal.id,
            "retention_baseline": economics.retention_baseline,
            "payback_months": economics.payback_months,
        },
    }


def _money(amount: float | None) -> float | None:
    """Sums of money to the cent, so float noise (7082880.000000001) stays out of the JSON."""
    return None if amount is None else round(amount, 2)


def _fields(record: Any) -> dict[str, Any]:
    """A record's fields as JSON-ready values (tuples of ids become lists)."""
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in dataclasses.asdict(record).items()
    }


def _finite(value: Any) -> Any:
    """`value` with every NaN or infinity, which JSON has no words for, as None (null)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def build_report(store: PlanStore) -> dict[str, Any]:
    """Every indicator of the plan; strict JSON (no NaN or Infinity), whatever the file holds."""
    report: dict[str, Any] = _finite(_build_report(store))
    return report


def _build_report(store: PlanStore) -> dict[str, Any]:
    profile = store.profile.get()
    assessment = _assessment(store)
    totals, segments = store.survey.totals_and_segments()
    summary = scoring.summarise_survey(totals)
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
        **_customers_view(store, assessment["assessment"]["servqual_self_view"], summary, segments),
        **_problems(store, summary),
        **_standards_goals(store, summary),
    }
