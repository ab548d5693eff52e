"""The computed indicators of a plan as one JSON-ready dict (`main.py report --json`).

A serializer of the typed model `plan.figures.PlanFigures`, which computes every figure once.

Keys are fixed by the command-line contract. A value that cannot be computed from the plan's
records is None (JSON null), never 0; counts of records the plan does not hold are 0.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from plan import scoring, survey_stats
from plan.figures import PlanFigures, SurveyChange, WaveFigures, read_figures
from plan.importance import ImportancePerformance, StatementsAnalysis
from plan.own_words import OwnWords
from plan.store import PlanStore


def _assessment(figures: PlanFigures) -> dict[str, Any]:
    assessment = figures.assessment
    return {
        "service_index": assessment.service_index,
        "assessment": {
            "dimensions": dict(assessment.dimensions),
            "answered": assessment.answered,
            "statements": assessment.statements,
            "weakest": [
                {"id": weak.id, "text": weak.text, "points": weak.points}
                for weak in assessment.weakest
            ],
            "servqual_self_view": dict(assessment.servqual_self_view),
            "snapshots": [
                {
                    "taken_on": snap.taken_on,
                    "label": snap.label,
                    "service_index": snap.service_index,
                }
                for snap in assessment.snapshots
            ],
        },
        "metrics": {check.id: check.value for check in assessment.metrics},
        "metric_checks": {
            check.id: {
                "value": check.value,
                "threshold": check.threshold,
                "higher_is_better": check.higher_is_better,
                "meets_threshold": check.meets_threshold,
            }
            for check in assessment.metrics
        },
    }


def _gap(gap: scoring.Gap) -> dict[str, Any]:
    return {
        "expectation": gap.expectation,
        "perception": gap.perception,
        "gap": gap.gap,
        "responses": gap.responses,
    }


def _interval(interval: survey_stats.Interval | None) -> list[float] | None:
    return None if interval is None else interval.as_list()


def _dimension(summary: scoring.SurveySummary, name: str, gap: scoring.Gap) -> dict[str, Any]:
    return {
        **_gap(gap),
        "alpha_expectation": summary.alpha_expectation.get(name),
        "alpha_perception": summary.alpha_perception.get(name),
    }


def _survey(summary: scoring.SurveySummary) -> dict[str, Any]:
    nps = summary.net_promoter
    result = summary.servqual
    return {
        "responses": summary.responses,
        "nps": nps.nps,
        "nps_ci": _interval(summary.nps_ci),
        "promoters": nps.promoters,
        "passives": nps.passives,
        "detractors": nps.detractors,
        "nps_responses": nps.responses,
        "csat": summary.csat,
        "csat_ci": _interval(summary.csat_ci),
        "csat_responses": summary.csat_responses,
        "ces": summary.ces,
        "ces_ci": _interval(summary.ces_ci),
        "ces_responses": summary.ces_responses,
        "small_sample": summary.small_sample,
        "servqual": {
            "dimensions": {
                name: _dimension(summary, name, gap) for name, gap in result.dimensions.items()
            },
            "unweighted": result.unweighted,
            "weighted": result.weighted,
            "weights": result.weights,
            "items": {str(n): _gap(gap) for n, gap in result.items.items() if gap.responses},
        },
    }


def _wave(item: WaveFigures) -> dict[str, Any]:
    summary = item.summary
    servqual = summary.servqual
    return {
        "label": item.wave.label,
        "date": item.wave.date,
        "responses": summary.responses,
        "small_sample": summary.small_sample,
        "nps": summary.net_promoter.nps,
        "nps_ci": _interval(summary.nps_ci),
        "csat": summary.csat,
        "csat_ci": _interval(summary.csat_ci),
        "ces": summary.ces,
        "ces_ci": _interval(summary.ces_ci),
        "servqual": {
            "dimensions": {name: gap.gap for name, gap in servqual.dimensions.items()},
            "unweighted": servqual.unweighted,
            "weighted": servqual.weighted,
        },
    }


def _test(change: survey_stats.Change, statistic: str) -> dict[str, Any]:
    """One figure's change: `statistic` names the test's statistic (z or Welch's t)."""
    return {
        "from": change.before,
        "to": change.after,
        "diff": change.diff,
        "se": change.se,
        statistic: change.statistic,
        "p": change.p,
        "ci": _interval(change.interval),
        "significant": change.significant,
    }


def _change(change: SurveyChange | None) -> dict[str, Any] | None:
    if change is None:
        return None
    return {
        "from_wave": change.before.label,
        "to_wave": change.after.label,
        "nps": _test(change.nps, "z"),
        "csat": _test(change.csat, "z"),
        "ces": _test(change.ces, "t"),
        "servqual": {name: _test(test, "t") for name, test in change.servqual.items()},
    }


def _importance(
    analysis: ImportancePerformance | None, statements: StatementsAnalysis | None
) -> dict[str, Any] | None:
    if analysis is None:
        return None
    return {
        "basis": analysis.basis,
        "importance_cut": analysis.importance_cut,
        "performance_cut": analysis.performance_cut,
        "dimensions": {
            point.dimension: {
                "importance": point.importance,
                "performance": point.performance,
                "quadrant": point.quadrant,
            }
            for point in analysis.points
        },
        "statements": None
        if statements is None
        else {
            "importance_cut": statements.importance_cut,
            "performance_cut": statements.performance_cut,
            "items": {
                str(point.item): {
                    "dimension": point.dimension,
                    "importance": point.importance,
                    "performance": point.performance,
                    "quadrant": point.quadrant,
                }
                for point in statements.points
            },
        },
    }


def _pareto(entries: tuple[scoring.ParetoEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "category": e.category,
            "count": e.count,
            "percent": e.percent,
            "cumulative_percent": e.cumulative_percent,
            "vital_few": e.vital_few,
        }
        for e in entries
    ]


def _customers_view(figures: PlanFigures) -> dict[str, Any]:
    """The survey (the latest wave's, with its segments and the two views; every wave, and the
    change since the wave before) and the complaints."""
    survey = _survey(figures.survey.summary)
    survey["distribution"] = list(figures.survey.distribution)
    survey["segments"] = {name: _survey(seg) for name, seg in figures.survey.segments.items()}
    survey["customer_view"] = dict(figures.survey.customer_view)
    survey["overrated"] = dict(figures.survey.overrated)
    wave = figures.survey.wave
    survey["wave"] = None if wave is None else {"label": wave.label, "date": wave.date}
    survey["waves"] = [_wave(item) for item in figures.survey.waves]
    survey["change"] = _change(figures.survey.change)
    survey["importance_performance"] = _importance(
        figures.survey.importance_performance, figures.survey.statements_importance_performance
    )
    complaints = figures.complaints
    return {
        "survey": survey,
        "complaints": {
            "total": complaints.total,
            "resolved": complaints.resolved,
            "pareto": _pareto(complaints.pareto),
            "vital_few": list(complaints.vital_few),
            "segments": {
                name: {"total": group.total, "pareto": _pareto(group.pareto)}
                for name, group in complaints.segments.items()
            },
        },
    }


def _problems(figures: PlanFigures) -> dict[str, Any]:
    """Step 2: the problems by priority with their focus mark, the suggestions still to decide
    on, and the seven sins checklist (None for a sin not yet recorded)."""
    problems = figures.problems
    return {
        "problems": len(problems.problems),
        "problem_list": [
            {
                "id": p.id,
                "title": p.title,
                "priority": p.priority,
                "root_cause": p.root_cause,
                "frequency": p.frequency,
                "impact": p.impact,
                "status": p.status,
                "focus": p.id in problems.focus,
                "touchpoint": p.touchpoint,
                "evidence": p.evidence,
                "description": p.description,
                "suggestion_key": p.suggestion_key,
            }
            for p in problems.problems
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
                for s in problems.pending
            ],
            "dismissed": [s.key for s in problems.dismissed],
        },
        "sins": dict(problems.sins),
    }


def _standards_goals(figures: PlanFigures) -> dict[str, Any]:
    """Steps 3 and 4 and why the plan pays: each standard's measurability, each goal's baseline
    as measured now and its check, the means, and the cost-of-poor-service calculator."""
    economics = figures.economics
    inputs = economics.inputs
    return {
        "standards": len(figures.standards),
        "goals": len(figures.goals),
        "means": len(figures.means),
        "budget_total": _money(economics.budget_total),
        "cost_of_poor_service": _money(economics.revenue_lost),
        "projected_gain": _money(economics.projected_gain),
        "standard_list": [
            {
                **_fields(item.standard),
                "measurable": item.check.measurable,
                "missing": list(item.check.missing),
                "imperative": item.check.imperative,
            }
            for item in figures.standards
        ],
        "focus_without_standard": list(figures.focus_without_standard),
        "goal_list": [
            {
                **_fields(item.goal),
                "baseline": item.baseline,
                "flags": list(item.flags),
                "budget": item.budget,
            }
            for item in figures.goals
        ],
        "means_list": [_fields(m) for m in figures.means],
        "budget_by_kind": dict(figures.budget_by_kind),
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
    report = report_of(read_figures(store))
    report["own_words"] = own_words_of(store.own_words.get())
    return report


def own_words_of(own: OwnWords) -> dict[str, Any]:
    """The consultant's own words: texts by section (or replaced sentence), own sections."""
    return {
        "texts": dict(own.texts),
        "sections": [
            {"id": s.id, "title": s.title, "text": s.text, "after": s.after} for s in own.sections
        ],
    }


def report_of(figures: PlanFigures) -> dict[str, Any]:
    """The plan's figures in the `report --json` contract (docs/design.md §6.4)."""
    info = figures.plan
    report: dict[str, Any] = _finite(
        {
            "plan": {
                "name": info.name,
                "language": info.language,
                "schema_version": info.schema_version,
                "created": info.created,
                "modified": info.modified,
                "steps": dict(info.steps),
            },
            **_assessment(figures),
            **_customers_view(figures),
            **_problems(figures),
            **_standards_goals(figures),
        }
    )
    return report
