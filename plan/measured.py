"""The plan's current value of every measure a goal can track: a plan-wide computation.

It reads the survey, the self-audit and the metrics through a store, so it lives above the
store; `plan.goals` (below the store) only describes goals and their measures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan import scoring
from plan.self_audit import load_content

if TYPE_CHECKING:
    from plan.scoring import SurveySummary
    from plan.store import PlanStore


def measured_values(
    store: PlanStore, summary: SurveySummary | None = None
) -> dict[str, float | None]:
    """The plan's current value of every measure (None where it has no data yet).

    `summary` is the whole survey's, when the caller has it already (it is the costly part)."""
    if summary is None:
        summary = scoring.summarise_survey(store.survey.totals()[0])
    content = load_content(store.language())
    scores = scoring.dimension_scores(content, store.self_audit.answers())
    values: dict[str, float | None] = {
        "nps": summary.net_promoter.nps,
        "csat": summary.csat,
        "ces": summary.ces,
        "service_index": scoring.service_index(scores),
        "servqual": summary.servqual.unweighted,
    }
    for dimension, gap in summary.servqual.dimensions.items():
        values[f"servqual_gap:{dimension}"] = gap.gap
    metrics = store.self_audit.metric_values()
    for metric in content.metrics:
        values[f"metric:{metric.id}"] = metrics.get(metric.id)
    return values
