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

Survey (step 1, the customers' view) — docs/methodology.md §3
- NPS = % promoters (9–10) − % detractors (0–6) of those who answered 0–10; −100…+100.
- CSAT = % of respondents answering 4 or 5 on 1–5. CES = mean of the 1–7 answers.
- SERVQUAL: an item's gap is P − E over the respondents who rated both; a dimension's E, P and
  gap are the means over its items; the unweighted score is the mean of the five dimension gaps
  (null unless all five have one); the weighted score weighs each dimension's gap by the mean
  share of the 100 importance points respondents gave it.
- Any value with no answers is None; a value from fewer than SMALL_SAMPLE answers is flagged.

Complaints — the Pareto "vital few" are the most frequent categories up to and including the
one whose cumulative share first reaches 80%.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from plan.migrations import SERVQUAL_ITEM_COUNT
from plan.self_audit import SERVQUAL_DIMENSIONS, AuditItem, Metric, SelfAuditContent

#: Fewer answers than this make a figure unreliable: it is shown, and flagged.
SMALL_SAMPLE = 30
#: SERVQUAL items per dimension, numbered as in docs/methodology.md §3.1 (4, 5, 4, 4, 5 items).
SERVQUAL_ITEMS: dict[str, tuple[int, ...]] = {
    "tangibles": (1, 2, 3, 4),
    "reliability": (5, 6, 7, 8, 9),
    "responsiveness": (10, 11, 12, 13),
    "assurance": (14, 15, 16, 17),
    "empathy": (18, 19, 20, 21, 22),
}
PARETO_SHARE = 80.0


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


def answered_count(
    content: SelfAuditContent, answers: dict[str, Answer], dimension: str | None = None
) -> int:
    """Statements answered (a score or N/A), in the whole self-audit or in one dimension."""
    items = content.items if dimension is None else content.items_of(dimension)
    return sum(1 for item in items if (a := answers.get(item.id)) and a.is_answered)


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


# -- the customers' view: survey ---------------------------------------------------------------


@dataclass(frozen=True)
class NetPromoter:
    promoters: int
    passives: int
    detractors: int

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        if not self.responses:
            return None
        return (self.promoters - self.detractors) * 100 / self.responses

    @property
    def small_sample(self) -> bool:
        return self.responses < SMALL_SAMPLE


def net_promoter(answers: Iterable[int]) -> NetPromoter:
    """NPS groups from 0–10 answers."""
    promoters = passives = detractors = 0
    for answer in answers:
        if answer >= 9:
            promoters += 1
        elif answer >= 7:
            passives += 1
        else:
            detractors += 1
    return NetPromoter(promoters, passives, detractors)


def csat_percent(satisfied: int, responses: int) -> float | None:
    return satisfied * 100 / responses if responses else None


def csat_of(answers: Iterable[int]) -> float | None:
    """CSAT from 1–5 answers: the share answering 4 or 5, in percent."""
    values = list(answers)
    return csat_percent(sum(1 for a in values if a >= 4), len(values))


@dataclass(frozen=True)
class Gap:
    """Expectation and perception (1–7) and the gap P − E, from `responses` paired ratings."""

    expectation: float | None
    perception: float | None
    responses: int

    @property
    def gap(self) -> float | None:
        if self.expectation is None or self.perception is None:
            return None
        return self.perception - self.expectation


@dataclass(frozen=True)
class Servqual:
    items: dict[int, Gap]
    dimensions: dict[str, Gap]
    weights: dict[str, float] | None  # mean share of importance points, summing to 100

    @property
    def unweighted(self) -> float | None:
        gaps = [d.gap for d in self.dimensions.values()]
        if any(g is None for g in gaps):
            return None
        return fmean([g for g in gaps if g is not None])

    @property
    def weighted(self) -> float | None:
        if self.weights is None or self.unweighted is None:
            return None
        total = sum(self.weights.values())
        if total <= 0:
            return None
        return sum(
            self.weights[name] / total * (self.dimensions[name].gap or 0.0)
            for name in SERVQUAL_DIMENSIONS
        )

    @property
    def responses(self) -> int:
        return max((item.responses for item in self.items.values()), default=0)


def servqual(
    items: Mapping[int, Gap], weights: Mapping[str, float | None] | None = None
) -> Servqual:
    """Dimension gaps from per-item means; a dimension with no rated item has none."""
    full = {n: items.get(n, Gap(None, None, 0)) for n in range(1, SERVQUAL_ITEM_COUNT + 1)}
    dimensions: dict[str, Gap] = {}
    for name, numbers in SERVQUAL_ITEMS.items():
        rated = [full[n] for n in numbers if full[n].gap is not None]
        if not rated:
            dimensions[name] = Gap(None, None, 0)
            continue
        dimensions[name] = Gap(
            fmean([g.expectation for g in rated if g.expectation is not None]),
            fmean([g.perception for g in rated if g.perception is not None]),
            max(g.responses for g in rated),
        )
    clean: dict[str, float] | None = None
    if weights is not None and all(weights.get(n) is not None for n in SERVQUAL_DIMENSIONS):
        clean = {n: float(weights[n] or 0.0) for n in SERVQUAL_DIMENSIONS}
    return Servqual(full, dimensions, clean)


def servqual_of(
    responses: Iterable[Mapping[str, float | None]],
) -> Servqual:
    """SERVQUAL from individual responses (keys e1…e22, p1…p22, w_<dimension>).

    The store computes the same in SQL for large surveys; this form states the formula plainly.
    """
    pairs: dict[int, list[tuple[float, float]]] = {}
    shares: dict[str, list[float]] = {n: [] for n in SERVQUAL_DIMENSIONS}
    for response in responses:
        for n in range(1, SERVQUAL_ITEM_COUNT + 1):
            e, p = response.get(f"e{n}"), response.get(f"p{n}")
            if e is not None and p is not None:
                pairs.setdefault(n, []).append((e, p))
        points = {d: response.get(f"w_{d}") or 0.0 for d in SERVQUAL_DIMENSIONS}
        total = sum(points.values())
        if total > 0:
            for d in SERVQUAL_DIMENSIONS:
                shares[d].append(points[d] * 100 / total)
    items = {
        n: Gap(fmean([e for e, _ in v]), fmean([p for _, p in v]), len(v)) for n, v in pairs.items()
    }
    weights = {d: fmean(v) for d, v in shares.items()} if shares[SERVQUAL_DIMENSIONS[0]] else None
    return servqual(items, weights)


@dataclass(frozen=True)
class SurveySummary:
    """Every survey figure of a plan (or of one segment), with the count behind each."""

    segment: str | None
    responses: int
    net_promoter: NetPromoter
    csat: float | None
    csat_responses: int
    ces: float | None
    ces_responses: int
    servqual: Servqual

    @property
    def small_sample(self) -> bool:
        return self.responses < SMALL_SAMPLE


def summarise_survey(totals: Mapping[str, float | int | str | None]) -> SurveySummary:
    """A summary from one row of `PlanStore.survey_totals` (sums and means done in SQL)."""

    def count(key: str) -> int:
        return int(totals.get(key) or 0)

    def mean(key: str) -> float | None:
        value = totals.get(key)
        return None if value is None else float(value)

    items = {
        n: Gap(mean(f"e{n}"), mean(f"p{n}"), count(f"n{n}"))
        for n in range(1, SERVQUAL_ITEM_COUNT + 1)
        if count(f"n{n}")
    }
    weights = (
        {d: mean(f"w_{d}") for d in SERVQUAL_DIMENSIONS} if count("weight_responses") else None
    )
    segment = totals.get("segment")
    return SurveySummary(
        segment=None if segment is None else str(segment),
        responses=count("responses"),
        net_promoter=NetPromoter(count("promoters"), count("passives"), count("detractors")),
        csat=csat_percent(count("satisfied"), count("csat_responses")),
        csat_responses=count("csat_responses"),
        ces=mean("ces") if count("ces_responses") else None,
        ces_responses=count("ces_responses"),
        servqual=servqual(items, weights),
    )


def servqual_customer_view(result: Servqual) -> dict[str, float | None]:
    """The customers' perception per dimension on the self-audit's 0–100 scale (1 → 0, 7 → 100),
    to set beside `servqual_self_view`."""
    return {
        name: None if gap.perception is None else (gap.perception - 1) / 6 * 100
        for name, gap in result.dimensions.items()
    }


#: The owner's rating above the customers' by this many points (0–100) is itself a finding.
OVERRATING_POINTS = 10.0


def overrated_dimensions(
    company: Mapping[str, float | None], customers: Mapping[str, float | None]
) -> dict[str, float]:
    """Dimensions the owner rates at least OVERRATING_POINTS higher than customers: by how much."""
    result: dict[str, float] = {}
    for name in SERVQUAL_DIMENSIONS:
        own, theirs = company.get(name), customers.get(name)
        if own is not None and theirs is not None and own - theirs >= OVERRATING_POINTS:
            result[name] = own - theirs
    return result


# -- the customers' view: complaints -----------------------------------------------------------


@dataclass(frozen=True)
class ParetoEntry:
    category: str
    count: int
    percent: float
    cumulative_percent: float
    vital_few: bool


def pareto(counts: Iterable[tuple[str, int]]) -> list[ParetoEntry]:
    """Categories by frequency (ties by name) with shares; the vital few reach 80% together."""
    ordered = sorted(((c, n) for c, n in counts if n > 0), key=lambda cn: (-cn[1], cn[0]))
    total = sum(n for _, n in ordered)
    entries: list[ParetoEntry] = []
    running = 0
    reached = False
    for category, count in ordered:
        running += count
        cumulative = running * 100 / total
        entries.append(ParetoEntry(category, count, count * 100 / total, cumulative, not reached))
        # A float just under 80 from rounding (79.99999) still counts as reaching it.
        reached = reached or cumulative >= PARETO_SHARE - 1e-9
    return entries
