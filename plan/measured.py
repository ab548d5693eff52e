"""The plan's current value of every measure a goal can track: a plan-wide computation.

It reads the survey, the self-audit and the metrics through a store, so it lives above the
store; `plan.goals` (below the store) only describes goals and their measures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from plan import scoring
from plan.goals import segment_key
from plan.self_audit import load_content

if TYPE_CHECKING:
    from plan.scoring import SurveySummary
    from plan.store import PlanStore


def _survey_measures(summary: SurveySummary, segment: str = "") -> dict[str, float | None]:
    values: dict[str, float | None] = {
        "nps": summary.net_promoter.nps,
        "csat": summary.csat,
        "ces": summary.ces,
        "servqual": summary.servqual.unweighted,
    }
    for dimension, gap in summary.servqual.dimensions.items():
        values[f"servqual_gap:{dimension}"] = gap.gap
    return {segment_key(key, segment): value for key, value in values.items()}


def measured_values(
    store: PlanStore,
    summary: SurveySummary | None = None,
    segments: Mapping[str, SurveySummary] | None = None,
) -> dict[str, float | None]:
    """The plan's current value of every measure (None where it has no data yet), and each
    customer group's survey measures under `plan.goals.segment_key` (for a goal set for one).

    `summary` and `segments` are the survey's, when the caller has them already (they are the
    costly part: one pass of SQL gives both)."""
    if summary is None:
        totals, rows = store.survey.totals_and_segments()
        summary = scoring.summarise_survey(totals)
        segments = {str(row["segment"]): scoring.summarise_survey(row) for row in rows}
    content = load_content(store.language())
    scores = scoring.dimension_scores(content, store.self_audit.answers())
    values = _survey_measures(summary)
    values["service_index"] = scoring.service_index(scores)
    for name, segment in (segments or {}).items():
        values.update(_survey_measures(segment, name))
    metrics = store.self_audit.metric_values()
    for metric in content.metrics:
        values[f"metric:{metric.id}"] = metrics.get(metric.id)
    return values
