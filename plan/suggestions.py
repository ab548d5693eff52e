"""Suggested problems: findings of step 1 offered as candidate problems, each with its numbers.

Nothing here is added to the plan by itself: the user accepts a suggestion (it becomes a problem
that keeps the suggestion's key), edits it first, or dismisses it (the key is remembered). Every
rule reads only data the plan holds; a rule whose data is absent suggests nothing, and no rule
treats a missing value as zero.

The rules and their thresholds (frequency and impact are the suggested 1–5 ratings):

- ``audit_dimension:<id>``  a self-audit dimension scoring under WEAK_SCORE (50) of 100.
  Frequency 4 under 25 points, else 3; impact 3. Root cause: where the dimension's statements
  carry a know/want/can tag, the cause whose statements score lowest; otherwise the dimension's
  usual cause (content structure).
- ``audit_item:<id>``  the WEAK_ITEMS (5) weakest statements under 50 points, i.e. answered
  "disagree" or worse (a seven-sins statement: "agree" or more). Frequency 4 at 0 points, else 3;
  impact 3; root cause: the statement's tag, else its dimension's.
- ``metric:<id>``  a business metric on the wrong side of its threshold (e.g. repeat customers'
  share of revenue under 30%). Frequency by how far it misses, relative to the threshold: 5 from
  50%, 4 from 25%, else 3; impact and root cause per metric (content structure).
- ``servqual:<dimension>``  a SERVQUAL gap (P − E) of −MIN_GAP (0.25) or below from at least
  MIN_ANSWERS (5) paired ratings, largest shortfall first. Impact 5 from a gap of 1.5, 4 from
  1.0, 3 from 0.5, else 2, plus 1 (up to 5) when customers give the dimension at least 25% of
  their importance points; frequency 4 from a gap of 1.0, else 3.
  A dimension in the importance–performance analysis' "fix first" quadrant (plan.importance:
  more important to the customers than the average dimension, perceived below the average)
  says so in the evidence, with both figures and both averages, and has an impact of at least
  FIX_FIRST_IMPACT (4). A "fix first" dimension with a smaller shortfall (or none) from at
  least MIN_ANSWERS paired ratings is suggested under the same key on that ground alone:
  frequency 3, impact FIX_FIRST_IMPACT.
- ``pareto:<category>``  each "vital few" complaint category with at least PARETO_MIN_COUNT (2)
  complaints. Frequency by its share: 5 from 30%, 4 from 20%, 3 from 10%, else 2; impact and
  root cause per default category (a category of the plan's own: impact 3, can).
- ``detractors:nps``  detractors (0–6) making up DETRACTOR_SHARE (25%) or more of at least
  MIN_ANSWERS answers. Frequency 5 from 40%, 4 from 30%, else 3; impact 5 (an unhappy customer
  tells about ten people). Root cause: that of the largest SERVQUAL shortfall, else want.
- ``overrated:<dimension>``  the owner's self-rating of a SERVQUAL dimension at least
  scoring.OVERRATING_POINTS (10) above the customers' (from at least MIN_ANSWERS answers).
  Frequency 3; impact 4 from 25 points, else 3; root cause know (the owner does not know what
  customers get).
- ``sin:<id>``  a sin of service observed "often" (frequency 4) or "always" (5); impact and root
  cause per sin (content structure).

Numbers under SMALL_SAMPLE answers are said to need care. Wording comes from
`assets/content/<lang>/problems.json`; the numbers are also kept as structured `params`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from plan import LANGUAGES
from plan.complaints import default_categories
from plan.importance import WEIGHTS, importance_performance
from plan.problems import ROOT_CAUSES, SINS, Problem, ProblemTexts, load_texts, structure
from plan.scoring import (
    OVERRATING_POINTS,
    SMALL_SAMPLE,
    Answer,
    ParetoEntry,
    SurveySummary,
    dimension_scores,
    item_points,
    metric_meets_threshold,
    overrated_dimensions,
    pareto,
    servqual_self_view,
    summarise_survey,
    weakest_items,
)
from plan.self_audit import SERVQUAL_DIMENSIONS, AuditItem, SelfAuditContent, load_content
from plan.store import PlanStore

AUDIT_DIMENSION = "audit_dimension"
AUDIT_ITEM = "audit_item"
METRIC = "metric"
SERVQUAL = "servqual"
PARETO = "pareto"
DETRACTORS = "detractors"
OVERRATED = "overrated"
SIN = "sin"
#: The order suggestions of equal priority are listed in: the customers' view first, as it is
#: the final measure of service.
KINDS: tuple[str, ...] = (
    SERVQUAL,
    DETRACTORS,
    OVERRATED,
    PARETO,
    METRIC,
    SIN,
    AUDIT_DIMENSION,
    AUDIT_ITEM,
)

WEAK_SCORE = 50.0
WEAK_ITEMS = 5
MIN_GAP = 0.25
MIN_ANSWERS = 5
PARETO_MIN_COUNT = 2
DETRACTOR_SHARE = 25.0
IMPORTANT_WEIGHT = 25.0
FIX_FIRST_IMPACT = 4
SEEN_FREQUENCY = {"often": 4, "always": 5}

Params = Mapping[str, float | int | str]


@dataclass(frozen=True)
class Suggestion:
    """A candidate problem and the evidence behind it, worded in the plan's language."""

    key: str  # stable across edits and languages where the subject is (not for categories)
    kind: str
    params: Params  # the numbers behind it, unrounded
    root_cause: str
    frequency: int
    impact: int
    title: str
    evidence: str  # the numbers as sentences
    reason: str  # why this root cause
    touchpoint: str = ""

    @property
    def priority(self) -> int:
        return self.frequency * self.impact

    def problem(self) -> Problem:
        """The problem accepting this suggestion makes (before any edit)."""
        return Problem(
            title=self.title,
            frequency=self.frequency,
            impact=self.impact,
            root_cause=self.root_cause,
            description=self.reason,
            evidence=self.evidence,
            touchpoint=self.touchpoint,
            suggestion_key=self.key,
        )


@dataclass(frozen=True)
class Evidence:
    """What the rules read: a plan's records, with the survey and complaints already summed."""

    language: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    metrics: Mapping[str, float] = field(default_factory=dict)
    survey: SurveySummary | None = None  # None: no responses
    complaints: Sequence[ParetoEntry] = ()
    sins: Mapping[str, str] = field(default_factory=dict)


def gather(store: PlanStore, summary: SurveySummary | None = None) -> Evidence:
    """Read what the rules need from a plan; `summary` saves summing the survey again when the
    caller already has it (one pass of SQL over every response)."""
    if summary is None:
        summary = summarise_survey(store.survey.totals()[0])
    return Evidence(
        language=store.language(),
        answers=store.self_audit.answers(),
        metrics=store.self_audit.metric_values(),
        survey=summary if summary.responses else None,
        complaints=pareto(store.complaints.counts()),
        sins=store.problems.sin_observations(),
    )


# -- formatting numbers in the plan's language -----------------------------------------------


def _decimal(language: str) -> str:
    return "," if language == "ru" else "."


def number(value: float, language: str, digits: int = 1, *, fixed: bool = False) -> str:
    """A value as people write it: at most `digits` decimals, a real minus, the decimal comma in
    Russian; without `fixed`, no trailing zero decimals ("24", "3.2")."""
    text = f"{abs(value):.{digits}f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.strip("0.") and value < 0:
        text = "\u2212" + text
    return text.replace(".", _decimal(language))


def signed(value: float, language: str, digits: int = 1) -> str:
    """A difference with its sign and `digits` decimals: "+0.4", "−1.84"."""
    text = number(value, language, digits, fixed=True)
    if value > 0 and text.strip("0.,"):
        return "+" + text
    return text


def whole(value: float) -> str:
    """A non-negative share or score rounded half up, as people round (82.5 → 83)."""
    return str(int(value + 0.5))


def _band(value: float, cuts: Sequence[tuple[float, int]], otherwise: int) -> int:
    """The rating of the first cut `value` reaches (cuts from the highest down)."""
    for cut, rating in cuts:
        if value >= cut:
            return rating
    return otherwise


# -- the rules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    evidence: Evidence
    texts: ProblemTexts
    audit: SelfAuditContent

    @property
    def language(self) -> str:
        return self.evidence.language

    def rule(self, kind: str) -> dict[str, str]:
        texts: dict[str, str] = self.texts.raw["rules"][kind]
        return texts

    def cause(self, *path: str | int) -> str:
        node: Any = self.texts.raw["causes"]
        for step in path:
            node = node[step]
        return str(node)

    def small_sample(self, responses: int) -> str:
        if responses >= SMALL_SAMPLE:
            return ""
        return " " + str(self.texts.raw["small_sample"]).format(responses=responses)


def _servqual_title(language: str, dimension: str) -> str:
    from plan.questionnaire import load_questionnaire

    return load_questionnaire(language).dimensions[dimension].title


def _dimension_cause(ctx: _Context, dimension: str) -> tuple[str, bool]:
    """(root cause, whether it came from the statements' know/want/can tags)."""
    points: dict[str, list[float]] = {}
    for item in ctx.audit.items_of(dimension):
        value = item_points(item, ctx.evidence.answers.get(item.id))
        if item.root_cause in ROOT_CAUSES and value is not None:
            points.setdefault(item.root_cause, []).append(value)
    if points:
        means = {cause: sum(v) / len(v) for cause, v in points.items()}
        return min(ROOT_CAUSES, key=lambda c: (means.get(c, 101.0), ROOT_CAUSES.index(c))), True
    return str(structure()["audit_dimensions"][dimension]), False


def _audit_dimensions(ctx: _Context) -> list[Suggestion]:
    texts = ctx.rule(AUDIT_DIMENSION)
    scores = dimension_scores(ctx.audit, dict(ctx.evidence.answers))
    found: list[Suggestion] = []
    for dimension in ctx.audit.dimensions:
        score = scores[dimension.id]
        if score.score is None or score.score >= WEAK_SCORE:
            continue
        cause, from_tags = _dimension_cause(ctx, dimension.id)
        reason = (
            ctx.cause("by_root_cause", cause)
            if from_tags
            else ctx.cause(AUDIT_DIMENSION, dimension.id)
        )
        values = {
            "dimension": dimension.title,
            "score": whole(score.score),
            "answered": score.answered,
            "threshold": whole(WEAK_SCORE),
        }
        found.append(
            Suggestion(
                key=f"{AUDIT_DIMENSION}:{dimension.id}",
                kind=AUDIT_DIMENSION,
                params={
                    "dimension": dimension.id,
                    "score": score.score,
                    "answered": score.answered,
                    "applicable": score.applicable,
                    "threshold": WEAK_SCORE,
                },
                root_cause=cause,
                frequency=4 if score.score < 25 else 3,
                impact=3,
                title=texts["title"].format(**values),
                evidence=texts["evidence"].format(**values),
                reason=reason,
            )
        )
    found.sort(key=lambda s: float(s.params["score"]))
    return found


def _item_cause(ctx: _Context, item: AuditItem) -> tuple[str, str]:
    """(root cause, why) for one self-audit statement."""
    if item.root_cause in ROOT_CAUSES:
        return item.root_cause, ctx.cause("by_root_cause", item.root_cause)
    sin = item.id.partition(".")[2]
    if item.dimension == "sins" and sin in SINS:
        spec = _sin_spec(sin)
        return str(spec["root_cause"]), str(ctx.texts.raw["sins"][sin]["cause"])
    cause = str(structure()["audit_dimensions"][item.dimension])
    return cause, ctx.cause(AUDIT_DIMENSION, item.dimension)


def _audit_items(ctx: _Context) -> list[Suggestion]:
    texts = ctx.rule(AUDIT_ITEM)
    touchpoints: dict[str, str] = structure()["audit_item_touchpoints"]
    found: list[Suggestion] = []
    answers = dict(ctx.evidence.answers)
    for weak in weakest_items(ctx.audit, answers, limit=WEAK_ITEMS, below=WEAK_SCORE):
        item = weak.item
        score = answers[item.id].score
        cause, reason = _item_cause(ctx, item)
        values = {
            "statement": item.text.rstrip(".。"),  # the quote closes the sentence instead
            "answer": ctx.audit.scale[str(score)],
            "points": whole(weak.points),
        }
        found.append(
            Suggestion(
                key=f"{AUDIT_ITEM}:{item.id}",
                kind=AUDIT_ITEM,
                params={"item": item.id, "answer": int(score or 0), "points": weak.points},
                root_cause=cause,
                frequency=4 if weak.points == 0 else 3,
                impact=3,
                title=str(ctx.texts.raw["item_titles"][item.id]),
                evidence=texts["evidence"].format(**values),
                reason=reason,
                touchpoint=ctx.texts.touchpoint(touchpoints.get(item.id, "")),
            )
        )
    return found


def _metric_text(value: float, unit: str, unit_kind: str, language: str) -> str:
    text = number(value, language)
    if unit_kind == "per_100_customers" or not unit:
        return text
    if unit in ("%", "‰"):
        return text + unit
    return f"{text}\u00a0{unit}"


def _metrics(ctx: _Context) -> list[Suggestion]:
    texts = ctx.rule(METRIC)
    specs: dict[str, dict[str, Any]] = structure()["metrics"]
    found: list[Suggestion] = []
    for metric in ctx.audit.metrics:
        value = ctx.evidence.metrics.get(metric.id)
        if metric_meets_threshold(metric, value) is not False or value is None:
            continue
        miss = abs(value - metric.threshold) / (metric.threshold or 1.0)
        spec = specs[metric.id]
        values = {
            "metric": metric.title,
            "value": _metric_text(value, metric.unit, metric.unit_kind, ctx.language),
            "threshold": _metric_text(
                metric.threshold, metric.unit, metric.unit_kind, ctx.language
            ),
        }
        template = texts["evidence_min" if metric.higher_is_better else "evidence_max"]
        found.append(
            Suggestion(
                key=f"{METRIC}:{metric.id}",
                kind=METRIC,
                params={
                    "metric": metric.id,
                    "value": value,
                    "threshold": metric.threshold,
                    "higher_is_better": int(metric.higher_is_better),
                    "miss": miss,
                },
                root_cause=str(spec["root_cause"]),
                frequency=_band(miss, ((0.5, 5), (0.25, 4)), 3),
                impact=int(spec["impact"]),
                title=str(ctx.texts.raw["metric_titles"][metric.id]),
                evidence=template.format(**values),
                reason=ctx.cause(METRIC, metric.id),
                touchpoint=ctx.texts.touchpoint(str(spec["touchpoint"])),
            )
        )
    found.sort(key=lambda s: -float(s.params["miss"]))
    return found


def _fix_first(ctx: _Context, survey: SurveySummary) -> dict[str, tuple[str, Params]]:
    """The "fix first" dimensions of the importance–performance analysis: for each, the
    sentence saying so and its numbers (for the suggestion's params)."""
    analysis = importance_performance(survey)
    if analysis is None:
        return {}
    rules = ctx.texts.raw["rules"]
    weights = analysis.basis == WEIGHTS
    found: dict[str, tuple[str, Params]] = {}
    for point in analysis.points:
        if point.quadrant != "fix_first":
            continue
        importance, cut = (
            (whole(point.importance), whole(analysis.importance_cut))
            if weights
            else (
                number(point.importance, ctx.language, 2, fixed=True),
                number(analysis.importance_cut, ctx.language, 2, fixed=True),
            )
        )
        sentence = str(rules["servqual_fix_first_weights" if weights else "servqual_fix_first_nps"])
        found[point.dimension] = (
            sentence.format(
                importance=importance,
                importance_cut=cut,
                perception=number(point.performance, ctx.language, 2, fixed=True),
                performance_cut=number(analysis.performance_cut, ctx.language, 2, fixed=True),
            ),
            {
                "quadrant": point.quadrant,
                "importance_basis": analysis.basis,
                "importance": point.importance,
                "importance_cut": analysis.importance_cut,
                "performance_cut": analysis.performance_cut,
            },
        )
    return found


def _servqual(ctx: _Context) -> list[Suggestion]:
    survey = ctx.evidence.survey
    if survey is None:
        return []
    texts = ctx.rule(SERVQUAL)
    specs: dict[str, dict[str, str]] = structure()["servqual"]
    weights = survey.servqual.weights
    fix_first = _fix_first(ctx, survey)
    found: list[Suggestion] = []
    for name in SERVQUAL_DIMENSIONS:
        dimension = survey.servqual.dimensions[name]
        gap = dimension.gap
        if gap is None or dimension.responses < MIN_ANSWERS:
            continue
        urgent = fix_first.get(name)
        shortfall = -gap
        if shortfall < MIN_GAP and urgent is None:
            continue
        assert dimension.expectation is not None and dimension.perception is not None
        impact = _band(shortfall, ((1.5, 5), (1.0, 4), (0.5, 3)), 2)
        weight = None if weights is None else weights.get(name)
        evidence = texts["evidence"].format(
            dimension=_servqual_title(ctx.language, name),
            # Two decimals, as every table and chart of the gaps prints them.
            expectation=number(dimension.expectation, ctx.language, 2, fixed=True),
            perception=number(dimension.perception, ctx.language, 2, fixed=True),
            gap=signed(gap, ctx.language, 2),
            responses=dimension.responses,
        )
        params: dict[str, float | int | str] = {
            "dimension": name,
            "expectation": dimension.expectation,
            "perception": dimension.perception,
            "gap": gap,
            "responses": dimension.responses,
        }
        if weight is not None:
            params["weight"] = weight
            evidence += str(ctx.texts.raw["rules"]["servqual_weight"]).format(weight=whole(weight))
            if weight >= IMPORTANT_WEIGHT:
                impact = min(5, impact + 1)
        title = texts["title"]
        frequency = 4 if shortfall >= 1.0 else 3
        if urgent is not None:
            sentence, numbers = urgent
            evidence += sentence
            params.update(numbers)
            impact = max(impact, FIX_FIRST_IMPACT)
            if shortfall < MIN_GAP:  # suggested for being important and rated below the rest
                title = str(ctx.texts.raw["rules"]["servqual_fix_first_title"])
        evidence += ctx.small_sample(dimension.responses)
        found.append(
            Suggestion(
                key=f"{SERVQUAL}:{name}",
                kind=SERVQUAL,
                params=params,
                root_cause=specs[name]["root_cause"],
                frequency=frequency,
                impact=impact,
                title=title.format(dimension=_servqual_title(ctx.language, name)),
                evidence=evidence,
                reason=ctx.cause(SERVQUAL, name),
                touchpoint=ctx.texts.touchpoint(specs[name]["touchpoint"]),
            )
        )
    found.sort(key=lambda s: float(s.params["gap"]))  # the largest shortfall first
    return found


def _category_spec(category: str) -> tuple[dict[str, Any], int | None]:
    """The structure entry of a complaint category: by its place in any language's default list,
    else the entry for a category of the plan's own."""
    wanted = category.casefold()
    for language in LANGUAGES:
        for index, name in enumerate(default_categories(language)):
            if name.casefold() == wanted:
                spec: dict[str, Any] = structure()["complaint_categories"][index]
                return spec, index
    custom: dict[str, Any] = structure()["custom_category"]
    return custom, None


def _pareto(ctx: _Context) -> list[Suggestion]:
    entries = list(ctx.evidence.complaints)
    vital = [e for e in entries if e.vital_few]
    if not vital:
        return []
    texts = ctx.rule(PARETO)
    total = sum(e.count for e in entries)
    vital_share = vital[-1].cumulative_percent
    found: list[Suggestion] = []
    for entry in vital:
        if entry.count < PARETO_MIN_COUNT:
            continue
        spec, index = _category_spec(entry.category)
        shown = entry.category or texts["no_category"]
        reason = (
            ctx.cause("complaint_categories", index)
            if index is not None
            else ctx.cause("custom_category")
        )
        found.append(
            Suggestion(
                key=f"{PARETO}:{entry.category}",
                kind=PARETO,
                params={
                    "category": entry.category,
                    "count": entry.count,
                    "total": total,
                    "percent": entry.percent,
                    "vital_share": vital_share,
                },
                root_cause=str(spec["root_cause"]),
                frequency=_band(entry.percent, ((30, 5), (20, 4), (10, 3)), 2),
                impact=int(spec["impact"]),
                title=texts["title"].format(category=shown),
                evidence=texts["evidence"].format(
                    count=entry.count,
                    total=total,
                    percent=whole(entry.percent),
                    category=shown,
                    vital_share=whole(vital_share),
                ),
                reason=reason,
                touchpoint=ctx.texts.touchpoint(str(spec["touchpoint"])),
            )
        )
    return found


def _detractors(ctx: _Context) -> list[Suggestion]:
    survey = ctx.evidence.survey
    if survey is None:
        return []
    nps = survey.net_promoter
    score = nps.nps
    if nps.responses < MIN_ANSWERS or score is None:
        return []
    share = nps.detractors * 100 / nps.responses
    if share < DETRACTOR_SHARE:
        return []
    texts = ctx.rule(DETRACTORS)
    shortfalls = [
        (gap.gap, name)
        for name, gap in survey.servqual.dimensions.items()
        if gap.gap is not None and gap.gap < 0 and gap.responses >= MIN_ANSWERS
    ]
    if shortfalls:
        worst = min(shortfalls)[1]
        cause = str(structure()["servqual"][worst]["root_cause"])
        reason = ctx.cause("detractors_from_gap").format(
            dimension=_servqual_title(ctx.language, worst)
        )
    else:
        cause, reason = "want", ctx.cause("detractors")
    evidence = texts["evidence"].format(
        detractors=nps.detractors,
        responses=nps.responses,
        share=whole(share),
        nps=signed(score, ctx.language),
    )
    return [
        Suggestion(
            key=f"{DETRACTORS}:nps",
            kind=DETRACTORS,
            params={
                "detractors": nps.detractors,
                "responses": nps.responses,
                "share": share,
                "nps": score,
            },
            root_cause=cause,
            frequency=_band(share, ((40, 5), (30, 4)), 3),
            impact=5,
            title=texts["title"],
            evidence=evidence + ctx.small_sample(nps.responses),
            reason=reason,
        )
    ]


def _overrated(ctx: _Context) -> list[Suggestion]:
    survey = ctx.evidence.survey
    if survey is None:
        return []
    texts = ctx.rule(OVERRATED)
    company = servqual_self_view(ctx.audit, dict(ctx.evidence.answers))
    customers: dict[str, float | None] = {}
    for name, gap in survey.servqual.dimensions.items():
        perceived = gap.perception if gap.responses >= MIN_ANSWERS else None
        customers[name] = None if perceived is None else (perceived - 1) / 6 * 100
    found: list[Suggestion] = []
    for name, difference in overrated_dimensions(company, customers).items():
        own, theirs = company[name], customers[name]
        assert own is not None and theirs is not None
        title = _servqual_title(ctx.language, name)
        found.append(
            Suggestion(
                key=f"{OVERRATED}:{name}",
                kind=OVERRATED,
                params={
                    "dimension": name,
                    "company": own,
                    "customers": theirs,
                    "difference": difference,
                    "threshold": OVERRATING_POINTS,
                    "responses": survey.servqual.dimensions[name].responses,
                },
                root_cause="know",
                frequency=3,
                impact=4 if difference >= 25 else 3,
                title=texts["title"].format(dimension=title),
                evidence=texts["evidence"].format(
                    dimension=title,
                    company=whole(own),
                    customers=whole(theirs),
                    difference=whole(difference),
                )
                + ctx.small_sample(survey.servqual.dimensions[name].responses),
                reason=ctx.cause("overrated"),
            )
        )
    found.sort(key=lambda s: -float(s.params["difference"]))
    return found


def _sin_spec(sin: str) -> dict[str, Any]:
    for entry in structure()["sins"]:
        if entry["id"] == sin:
            spec: dict[str, Any] = entry
            return spec
    raise KeyError(sin)


def _sins(ctx: _Context) -> list[Suggestion]:
    texts = ctx.rule(SIN)
    found: list[Suggestion] = []
    for sin in SINS:
        seen = ctx.evidence.sins.get(sin)
        if seen not in SEEN_FREQUENCY:
            continue
        spec = _sin_spec(sin)
        wording = ctx.texts.raw["sins"][sin]
        found.append(
            Suggestion(
                key=f"{SIN}:{sin}",
                kind=SIN,
                params={"sin": sin, "seen": seen},
                root_cause=str(spec["root_cause"]),
                frequency=SEEN_FREQUENCY[seen],
                impact=int(spec["impact"]),
                title=str(wording["title"]),
                evidence=texts["evidence"].format(
                    sin=ctx.texts.sin_names[sin], seen=ctx.texts.sin_scale[seen].lower()
                ),
                reason=str(wording["cause"]),
            )
        )
    return found


_RULES = {
    SERVQUAL: _servqual,
    DETRACTORS: _detractors,
    OVERRATED: _overrated,
    PARETO: _pareto,
    METRIC: _metrics,
    SIN: _sins,
    AUDIT_DIMENSION: _audit_dimensions,
    AUDIT_ITEM: _audit_items,
}


def suggest(evidence: Evidence) -> list[Suggestion]:
    """Every suggestion the plan's data supports, highest suggested priority first (ties: the
    customers' view before the company's, then each rule's own order, e.g. largest gap first)."""
    ctx = _Context(evidence, load_texts(evidence.language), load_content(evidence.language))
    found: list[Suggestion] = []
    for kind in KINDS:
        found.extend(_RULES[kind](ctx))
    return sorted(found, key=lambda s: -s.priority)  # stable: keeps the order within a priority


@dataclass(frozen=True)
class Review:
    """The suggestions still to decide on, and the dismissed ones that still apply."""

    pending: list[Suggestion]
    dismissed: list[Suggestion]


def review(
    suggestions: Iterable[Suggestion], problems: Iterable[Problem], dismissed: Iterable[str]
) -> Review:
    """Split suggestions: an accepted one (a problem holds its key) is not suggested again, a
    dismissed one stays dismissed."""
    taken = {p.suggestion_key for p in problems if p.suggestion_key is not None}
    gone = set(dismissed)
    remaining = [s for s in suggestions if s.key not in taken]
    return Review(
        pending=[s for s in remaining if s.key not in gone],
        dismissed=[s for s in remaining if s.key in gone],
    )


def review_plan(store: PlanStore, summary: SurveySummary | None = None) -> Review:
    """The review of a plan's suggestions, as the Problems page and the report show it."""
    return review(
        suggest(gather(store, summary)),
        store.problems.all(),
        store.problems.dismissed_suggestions(),
    )
