"""Scores computed from a plan's records. Nothing here is stored: it is derived on demand.

Self-audit (step 1, the company's view)
- An answer is 1–5 agreement, or "not applicable" (N/A). A reverse-scored statement (one of the
  seven sins: agreeing means the sin is seen) counts as 6 − answer.
- An item's points: (value − 1) / 4 × 100, so 1 → 0 and 5 → 100.
- A dimension's score (0–100) is the mean of its items' points. N/A items are left out. If fewer
  than half of the dimension's applicable items (those not N/A) are answered — or none is
  applicable — the dimension has no score ("not enough answers"), never 0.
- The service-level index (0–100) is the mean of the dimension scores, each dimension weighing
  the same. It exists only when at least half of the dimensions have a score.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan.self_audit import AuditItem, Metric, SelfAuditContent


def fmean(values: list[float]) -> float:
    """The arithmetic mean (statistics.fmean costs start-up time for one line of work)."""
    return sum(values) / len(values)


@dataclass(frozen=True)
class Answer:
    score: int | None = None  # 1..5, or None when not answered / not applicable
    not_applicable: bool = False
    note: str = ""

    @property
    def is_answered(self) -> bool:
        """Counts towards progress: a score or an explicit N/A."""
        return self.score is not None or self.not_applicable


@dataclass(frozen=True)
class DimensionScore:
    dimension: str
    score: float | None
    answered: int  # items with a 1–5 answer
    applicable: int  # items not marked N/A
    total: int


def item_points(item: AuditItem, answer: Answer | None) -> float | None:
    if answer is None or answer.not_applicable or answer.score is None:
        return None
    value = 6 - answer.score if item.reverse else answer.score
    return (value - 1) / 4 * 100


def dimension_scores(
    content: SelfAuditContent, answers: dict[str, Answer]
) -> dict[str, DimensionScore]:
    result: dict[str, DimensionScore] = {}
    for dimension in content.dimensions:
        items = content.items_of(dimension.id)
        points = [p for item in items if (p := item_points(item, answers.get(item.id))) is not None]
        not_applicable = sum(
            1 for item in items if (a := answers.get(item.id)) is not None and a.not_applicable
        )
        applicable = len(items) - not_applicable
        enough = applicable > 0 and len(points) * 2 >= applicable
        result[dimension.id] = DimensionScore(
            dimension=dimension.id,
            score=fmean(points) if enough and points else None,
            answered=len(points),
            applicable=applicable,
            total=len(items),
        )
    return result


def service_index(scores: dict[str, DimensionScore]) -> float | None:
    available = [s.score for s in scores.values() if s.score is not None]
    if not available or len(available) * 2 < len(scores):
        return None
    return fmean(available)


def answered_count(content: SelfAuditContent, answers: dict[str, Answer]) -> int:
    return sum(1 for item in content.items if (a := answers.get(item.id)) and a.is_answered)


@dataclass(frozen=True)
class WeakItem:
    item: AuditItem
    points: float


def weakest_items(
    content: SelfAuditContent, answers: dict[str, Answer], limit: int = 5, below: float = 50.0
) -> list[WeakItem]:
    """The lowest-scoring answered statements under `below` points, weakest first."""
    weak = [
        WeakItem(item, points)
        for item in content.items
        if (points := item_points(item, answers.get(item.id))) is not None and points < below
    ]
    weak.sort(key=lambda w: (w.points, content.items.index(w.item)))
    return weak[:limit]


def servqual_self_view(
    content: SelfAuditContent, answers: dict[str, Answer]
) -> dict[str, float | None]:
    """The company's own rating per SERVQUAL dimension (0–100), to set beside the customers'."""
    result: dict[str, float | None] = {}
    for name in ("tangibles", "reliability", "responsiveness", "assurance", "empathy"):
        points = [
            p
            for item in content.items
            if item.servqual == name and (p := item_points(item, answers.get(item.id))) is not None
        ]
        result[name] = fmean(points) if points else None
    return result


def metric_meets_threshold(metric: Metric, value: float | None) -> bool | None:
    """True when the value is on the good side of its threshold; None when there is no value."""
    if value is None:
        return None
    if metric.higher_is_better:
        return value >= metric.threshold
    return value <= metric.threshold
