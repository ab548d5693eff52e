"""Where to act first: the importance–performance analysis of the five SERVQUAL dimensions
(Martilla and James, 1977; docs/methodology.md §3.10).

Performance is the customers' mean perception of the dimension (1–7). Importance is what the
respondents said when they shared 100 points between the dimensions (the mean share), and
otherwise how strongly their perception of the dimension moves with their NPS answer (the
correlation across respondents): a dimension that goes with recommending matters to them.
The cross-hairs are the five dimensions' means, so each dimension falls into one quadrant:

- fix first: more important than the others, performing worse;
- keep it up: important, and performing well;
- low priority: less important, performing worse;
- possibly overdone: less important, performing well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plan.scoring import SERVQUAL_ITEMS, SurveySummary

#: The quadrants, in the order the chart and the report list them.
QUADRANTS = ("fix_first", "keep_it_up", "low_priority", "possibly_overdone")
#: Importance from the respondents' own points, or derived from NPS.
WEIGHTS, NPS_CORRELATION = "weights", "nps_correlation"


@dataclass(frozen=True)
class IpaPoint:
    dimension: str
    importance: float
    performance: float
    quadrant: str


@dataclass(frozen=True)
class ImportancePerformance:
    #: WEIGHTS (mean share of 100 points) or NPS_CORRELATION (correlation with NPS, −1…1).
    basis: str
    points: tuple[IpaPoint, ...]
    #: The cross-hairs: the means of the dimensions' importance and performance.
    importance_cut: float
    performance_cut: float


def quadrant(importance: float, performance: float, importance_cut: float, cut: float) -> str:
    """A dimension's quadrant; on a line it counts as important / performing well."""
    if importance >= importance_cut:
        return "keep_it_up" if performance >= cut else "fix_first"
    return "possibly_overdone" if performance >= cut else "low_priority"


def importance_performance(summary: SurveySummary) -> ImportancePerformance | None:
    """The analysis of a survey (or segment), or None unless every dimension has both a
    performance and an importance (at least two distinct ones: a single point has no
    quadrant)."""
    weights = summary.servqual.weights
    basis = WEIGHTS if weights is not None else NPS_CORRELATION
    importance: dict[str, float | None] = (
        {name: weights.get(name) for name in SERVQUAL_ITEMS}
        if weights is not None
        else dict(summary.nps_correlation)
    )
    performance = {name: summary.servqual.dimensions[name].perception for name in SERVQUAL_ITEMS}
    known = {
        name: (imp, perf)
        for name in SERVQUAL_ITEMS
        if (imp := importance.get(name)) is not None and (perf := performance[name]) is not None
    }
    if len(known) < len(SERVQUAL_ITEMS):
        return None
    importance_cut = sum(imp for imp, _ in known.values()) / len(known)
    performance_cut = sum(perf for _, perf in known.values()) / len(known)
    points = tuple(
        IpaPoint(name, imp, perf, quadrant(imp, perf, importance_cut, performance_cut))
        for name, (imp, perf) in known.items()
    )
    return ImportancePerformance(basis, points, importance_cut, performance_cut)


@dataclass(frozen=True)
class StatementPoint:
    item: int  # the statement's number, 1–22
    dimension: str
    importance: float
    performance: float
    quadrant: str


@dataclass(frozen=True)
class StatementsAnalysis:
    """The 22 statements placed as the dimensions are: each statement's own perception across,
    its dimension's importance up (respondents weigh dimensions, not statements, and the NPS
    correlation is summed per dimension), the cross-hairs at the means over the statements."""

    basis: str
    points: tuple[StatementPoint, ...]
    importance_cut: float
    performance_cut: float


def statements_importance_performance(summary: SurveySummary) -> StatementsAnalysis | None:
    """The statements' analysis, or None when the dimensions have none (see
    `importance_performance`) or fewer than two statements were rated."""
    analysis = importance_performance(summary)
    if analysis is None:
        return None
    importance = {p.dimension: p.importance for p in analysis.points}
    rated = [
        (n, name, importance[name], perceived)
        for name, numbers in SERVQUAL_ITEMS.items()
        for n in numbers
        if (perceived := summary.servqual.items[n].perception) is not None
    ]
    if len(rated) < 2:
        return None
    importance_cut = sum(r[2] for r in rated) / len(rated)
    performance_cut = sum(r[3] for r in rated) / len(rated)
    points = tuple(
        StatementPoint(n, name, imp, perf, quadrant(imp, perf, importance_cut, performance_cut))
        for n, name, imp, perf in rated
    )
    return StatementsAnalysis(analysis.basis, points, importance_cut, performance_cut)


def statements_chart_inputs(analysis: StatementsAnalysis, language: str) -> dict[str, Any]:
    """The statements chart's arguments (export.charts.statements_importance_figure) in this
    language, so the window and the Service Plan draw the same chart."""
    from plan.questionnaire import dimension_titles
    from plan.wording import Wording, decimal_separator

    words = Wording(language)
    dimensions = list(SERVQUAL_ITEMS)
    names = dimension_titles(language)
    return {
        "numbers": [p.item for p in analysis.points],
        "groups": [dimensions.index(p.dimension) for p in analysis.points],
        "importance": [p.importance for p in analysis.points],
        "performance": [p.performance for p in analysis.points],
        "group_names": [names[d] for d in dimensions],
        "importance_cut": analysis.importance_cut,
        "performance_cut": analysis.performance_cut,
        "quadrant_names": tuple(words.sure(q) for q in QUADRANTS),
        "importance_label": words.sure(analysis.basis),
        "decimal_separator": decimal_separator(language),
    }
