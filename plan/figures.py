"""What a plan shows, computed once: the typed model every view reads.

`read_figures(store)` reads the plan's records and computes every figure of the method
(docs/methodology.md) from them in one pass: the assessment, the survey and its segments, the
complaints and their Pareto analysis, the problems and the focus, the standards, the goals
with their measured baselines, the means with their grouping under goals and the budget by
kind, and the cost-of-poor-service calculator. `plan.report.build_report` serializes it to the
`report --json` contract; the Service Plan PDF and the window's pages read its typed fields,
so no view computes a figure of its own.

The model holds the plan's own record types (`Goal`, `Means`, `Standard`, …) and the method's
result types (`SurveySummary`, `ParetoEntry`, `CostOfPoorService`, …); all are frozen. A value
that cannot be computed is None, never 0. Reading a large plan's survey sums takes a while:
the window builds the model in a worker from a detached copy (docs/design.md §5.3).

`read_figures` is made of parts a page can read alone, each the same function the whole model
is built with (docs/design.md §5.2): `read_assessment` (the metrics page), `read_survey` (the
survey page, in a worker) and `read_problems` (the problems page, with the survey's summary
it read last).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from plan import scoring, survey_stats
from plan.importance import (
    ImportancePerformance,
    StatementsAnalysis,
    importance_performance,
    statements_importance_performance,
)
from plan.migrations import SCHEMA_VERSION
from plan.problems import SINS, by_priority, focus_ids
from plan.self_audit import ROOT_CAUSES, load_content
from plan.waves import Wave

if TYPE_CHECKING:
    from plan.economics import CostOfPoorService
    from plan.goals import Goal, GoalCheck, Means
    from plan.problems import Problem
    from plan.profile import Profile
    from plan.standards import Standard, StandardCheck
    from plan.store import PlanStore, Snapshot
    from plan.suggestions import Suggestion

__all__ = [
    "Assessment",
    "Complaints",
    "GoalFigures",
    "MeansGroup",
    "MetricCheck",
    "PlanFigures",
    "PlanInfo",
    "ProblemFigures",
    "SegmentComplaints",
    "StandardFigures",
    "Survey",
    "SurveyChange",
    "WaveFigures",
    "WeakStatement",
    "budget_by_kind",
    "means_by_goal",
    "read_assessment",
    "read_figures",
    "read_problems",
    "read_survey",
    "read_waves",
    "survey_change",
]


@dataclass(frozen=True)
class PlanInfo:
    name: str
    language: str
    schema_version: int
    created: str | None
    modified: str | None
    #: Each step's completeness mark, by step key.
    steps: dict[str, str]


@dataclass(frozen=True)
class WeakStatement:
    id: str
    text: str
    points: float


@dataclass(frozen=True)
class MetricCheck:
    id: str
    value: float | None
    threshold: float | None
    higher_is_better: bool
    meets_threshold: bool | None


@dataclass(frozen=True)
class DimensionProgress:
    """How far a self-audit dimension is answered (a score or an explicit N/A counts)."""

    answered: int
    total: int


@dataclass(frozen=True)
class Assessment:
    """Step 1, the company's view: the self-audit, the business metrics, the snapshots."""

    service_index: float | None
    dimensions: dict[str, float | None]
    progress: dict[str, DimensionProgress]
    answered: int
    statements: int
    weakest: tuple[WeakStatement, ...]
    #: The self-audit's rating per SERVQUAL dimension (0–100).
    servqual_self_view: dict[str, float | None]
    snapshots: tuple[Snapshot, ...]
    metrics: tuple[MetricCheck, ...]

    @property
    def metric_values(self) -> dict[str, float | None]:
        return {check.id: check.value for check in self.metrics}


@dataclass(frozen=True)
class WaveFigures:
    """One survey wave and its figures."""

    wave: Wave
    summary: scoring.SurveySummary


@dataclass(frozen=True)
class SurveyChange:
    """The latest wave against the one before: each figure's change and whether it is real
    (docs/methodology.md §3.9)."""

    before: Wave
    after: Wave
    #: In NPS points (z-test on each wave's variance).
    nps: survey_stats.Change
    #: In percentage points (two-proportion z-test).
    csat: survey_stats.Change
    #: On the 1–7 scale (Welch's t-test).
    ces: survey_stats.Change
    #: Each dimension's gap, on the respondents' own gaps (Welch's t-test).
    servqual: dict[str, survey_stats.Change]


def survey_change(before: WaveFigures, after: WaveFigures) -> SurveyChange:
    """How each figure moved from `before` to `after`, with the tests of survey_stats."""

    def groups(summary: scoring.SurveySummary) -> tuple[int, int, int]:
        nps = summary.net_promoter
        return (nps.promoters, nps.passives, nps.detractors)

    def csat(summary: scoring.SurveySummary) -> tuple[int, int]:
        return (summary.csat_satisfied, summary.csat_responses)

    empty = survey_stats.MeanStats(0, None, None)
    old, new = before.summary, after.summary
    return SurveyChange(
        before=before.wave,
        after=after.wave,
        nps=survey_stats.nps_change(groups(old), groups(new)),
        csat=survey_stats.csat_change(csat(old), csat(new)),
        ces=survey_stats.welch_change(old.ces_stats, new.ces_stats),
        servqual={
            name: survey_stats.welch_change(
                old.gap_stats.get(name, empty), new.gap_stats.get(name, empty)
            )
            for name in scoring.SERVQUAL_ITEMS
        },
    )


def read_waves(
    store: PlanStore,
) -> tuple[tuple[WaveFigures, ...], list[dict[str, float | int | None]]]:
    """Every wave's figures in date order, and the latest wave's segments' totals: one pass of
    SQL over every answer (seconds on 100,000: the window calls it in a worker)."""
    by_wave = store.survey.wave_totals()
    waves = tuple(WaveFigures(wave, scoring.summarise_survey(whole)) for wave, whole, _ in by_wave)
    return waves, (by_wave[-1][2] if by_wave else [])


@dataclass(frozen=True)
class Survey:
    """Step 1, the customers' view: the latest wave's survey, its segments, and the two views;
    every wave's figures, and the change since the wave before."""

    summary: scoring.SurveySummary
    #: How many answered each NPS score 0…10.
    distribution: tuple[int, ...]
    segments: dict[str, scoring.SurveySummary]
    #: The customers' perception per SERVQUAL dimension on the self-audit's 0–100 scale.
    customer_view: dict[str, float | None]
    #: Dimensions the owner rates well above the customers, with by how many points.
    overrated: dict[str, float]
    #: The wave the figures above are of (None: no survey yet).
    wave: Wave | None = None
    #: Every wave holding responses, in date order (the last is `wave`).
    waves: tuple[WaveFigures, ...] = ()
    #: The last wave against the one before (None with fewer than two waves).
    change: SurveyChange | None = None

    @property
    def responses(self) -> int:
        return self.summary.responses

    @property
    def importance_performance(self) -> ImportancePerformance | None:
        """Where to act first: the five dimensions' importance against their performance."""
        return importance_performance(self.summary)

    @property
    def statements_importance_performance(self) -> StatementsAnalysis | None:
        """The same for the 22 statements (each with its dimension's importance)."""
        return statements_importance_performance(self.summary)

    def compared_with(self, self_view: dict[str, float | None]) -> Survey:
        """This survey set beside another self-audit view: a self-audit answer moves only the
        owner's side, so the sums over every response are not read again."""
        return replace(self, overrated=scoring.overrated_dimensions(self_view, self.customer_view))


@dataclass(frozen=True)
class SegmentComplaints:
    """One branch's or customer group's complaints and their Pareto analysis."""

    total: int
    pareto: tuple[scoring.ParetoEntry, ...]


@dataclass(frozen=True)
class Complaints:
    total: int
    resolved: int
    pareto: tuple[scoring.ParetoEntry, ...]
    #: Per branch or customer group (the complaints that name one), most complaints first.
    segments: dict[str, SegmentComplaints] = field(default_factory=dict)

    @property
    def vital_few(self) -> tuple[str, ...]:
        return tuple(e.category for e in self.pareto if e.vital_few)


@dataclass(frozen=True)
class ProblemFigures:
    """Step 2: the problems by priority, the suggestions to decide on, the sins checklist."""

    #: By priority, highest first.
    problems: tuple[Problem, ...]
    focus: frozenset[int]
    #: The suggestions still to decide on, and the dismissed ones that still apply (both
    #: empty when the suggestions were not reviewed: see `read_problems`).
    pending: tuple[Suggestion, ...]
    dismissed: tuple[Suggestion, ...]
    #: Each sin's observation, None for a sin not yet recorded.
    sins: dict[str, str | None]

    @property
    def focus_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.id in self.focus)

    def titles(self) -> dict[int, str]:
        return {p.id: p.title for p in self.problems if p.id is not None}


@dataclass(frozen=True)
class StandardFigures:
    standard: Standard
    check: StandardCheck


@dataclass(frozen=True)
class StandardsFigures:
    """Step 3's part of the model, as the standards page reads it."""

    standards: tuple[StandardFigures, ...]
    #: Focus problems (ids) that no standard answers yet.
    focus_without_standard: tuple[int, ...]


@dataclass(frozen=True)
class GoalFigures:
    goal: Goal
    #: The baseline as measured now (else the goal's typed one), None when neither is known.
    baseline: float | None
    flags: tuple[str, ...]
    #: The sum of the budgets of the means serving this goal.
    budget: float

    @property
    def check(self) -> GoalCheck:
        from plan.goals import GoalCheck

        return GoalCheck(self.baseline, self.flags)


@dataclass(frozen=True)
class GoalsFigures:
    """Step 4's part of the model, as the goals page reads it once the plan is measured."""

    #: By deadline (undated last), then by id.
    goals: tuple[GoalFigures, ...]
    #: In the order they start (undated last), then by id.
    means: tuple[Means, ...]
    budget_by_kind: dict[str, float]
    economics: CostOfPoorService


@dataclass(frozen=True)
class MeansGroup:
    """The means serving one goal (None: no goal, or a goal since removed)."""

    goal: Goal | None
    means: tuple[Means, ...]

    @property
    def budget(self) -> float:
        return sum(m.budget for m in self.means)


def means_by_goal(goals: Sequence[Goal], means: Iterable[Means]) -> list[MeansGroup]:
    """The means under the goal each serves, goals in the order given; the means of no goal
    (or of a goal since removed) last. Goals without means are left out."""
    means = list(means)
    ids = {goal.id for goal in goals}
    groups = [MeansGroup(goal, tuple(m for m in means if m.goal_id == goal.id)) for goal in goals]
    groups.append(MeansGroup(None, tuple(m for m in means if m.goal_id not in ids)))
    return [group for group in groups if group.means]


def budget_by_kind(means: Iterable[Means]) -> dict[str, float]:
    """The means' budgets summed by kind (know, want, can), every kind present."""
    totals = {kind: 0.0 for kind in ROOT_CAUSES}
    for item in means:
        totals[item.kind] = totals.get(item.kind, 0.0) + item.budget
    return totals


@dataclass(frozen=True)
class PlanFigures:
    """Everything the plan shows, read from the plan once (see the module's docstring)."""

    plan: PlanInfo
    profile: Profile
    assessment: Assessment
    survey: Survey
    complaints: Complaints
    problems: ProblemFigures
    standards: tuple[StandardFigures, ...]
    #: Ids of focus problems no standard answers yet.
    focus_without_standard: tuple[int, ...]
    #: By deadline (undated last), then by id.
    goals: tuple[GoalFigures, ...]
    #: In the order they start (undated last), then by id.
    means: tuple[Means, ...]
    budget_by_kind: dict[str, float]
    economics: CostOfPoorService
    #: The plan's current value of each measure a goal can name (None: not measured).
    measured: dict[str, float | None]
    #: The day the plan was read: the timeline's "today".
    today: date

    @property
    def means_by_goal(self) -> list[MeansGroup]:
        return means_by_goal([g.goal for g in self.goals], self.means)

    @property
    def has_economics(self) -> bool:
        """Whether the calculator has been given anything of the business's own to work on."""
        inputs = self.economics.inputs
        return any(
            value is not None
            for value in (inputs.customers, inputs.revenue_per_customer, inputs.customers_lost)
        )


# -- reading -----------------------------------------------------------------------------------


def _plan_info(store: PlanStore) -> PlanInfo:
    from plan.steps import completeness

    return PlanInfo(
        name=store.profile.get().business_name,
        language=store.language(),
        schema_version=SCHEMA_VERSION,
        created=store.meta("created"),
        modified=store.meta("modified"),
        steps={step.value: mark.value for step, mark in completeness(store).items()},
    )


def read_assessment(store: PlanStore) -> Assessment:
    """Step 1's company view: the self-audit and the business metrics (milliseconds: the
    metrics page reads it on each edit)."""
    content = load_content(store.language())
    answers = store.self_audit.answers()
    scores = scoring.dimension_scores(content, answers)
    values = store.self_audit.metric_values()
    return Assessment(
        service_index=scoring.service_index(scores),
        dimensions={key: score.score for key, score in scores.items()},
        progress={
            dimension.id: DimensionProgress(
                answered=scoring.answered_count(content, answers, dimension.id),
                total=len(content.items_of(dimension.id)),
            )
            for dimension in content.dimensions
        },
        answered=scoring.answered_count(content, answers),
        statements=len(content.items),
        weakest=tuple(
            WeakStatement(weak.item.id, weak.item.text, weak.points)
            for weak in scoring.weakest_items(content, answers)
        ),
        servqual_self_view=scoring.servqual_self_view(content, answers),
        snapshots=tuple(store.self_audit.snapshots()),
        metrics=tuple(
            MetricCheck(
                metric.id,
                values.get(metric.id),
                metric.threshold,
                metric.higher_is_better,
                scoring.metric_meets_threshold(metric, values.get(metric.id)),
            )
            for metric in content.metrics
        ),
    )


def read_survey(store: PlanStore, self_view: dict[str, float | None] | None = None) -> Survey:
    """The survey and its segments, set beside the self-audit's view (`self_view`, else read
    from `store`). Sums over every response: seconds on 100,000, so the window calls it in a
    worker on a detached copy."""
    if self_view is None:
        self_view = read_assessment(store).servqual_self_view
    waves, segments = read_waves(store)
    summary = waves[-1].summary if waves else scoring.summarise_survey(store.survey.totals()[0])
    customers = scoring.servqual_customer_view(summary.servqual)
    latest = waves[-1].wave if waves else None
    return Survey(
        summary=summary,
        distribution=tuple(store.survey.nps_distribution(latest.id if latest else None)),
        segments={str(row["segment"]): scoring.summarise_survey(row) for row in segments},
        customer_view=customers,
        overrated=scoring.overrated_dimensions(self_view, customers),
        wave=latest,
        waves=waves,
        change=survey_change(waves[-2], waves[-1]) if len(waves) > 1 else None,
    )


def _complaints(store: PlanStore) -> Complaints:
    entries = scoring.pareto(store.complaints.counts())
    return Complaints(
        total=sum(e.count for e in entries),
        resolved=store.complaints.resolved_count(),
        pareto=tuple(entries),
        segments={
            name: SegmentComplaints(sum(n for _, n in counts), tuple(scoring.pareto(counts)))
            for name, counts in store.complaints.counts_by_segment().items()
        },
    )


def read_problems(
    store: PlanStore, summary: scoring.SurveySummary | None, *, review: bool = True
) -> ProblemFigures:
    """Step 2: the problems by priority and the focus, the sins checklist, and (with the
    survey's `summary`, whose sums are the costly part, and `review`) the suggestions to decide
    on. Without a summary, or with `review` False, none are reviewed (both tuples empty):
    milliseconds, so the problems page reads it on each edit."""
    from plan.suggestions import review_plan

    problems = by_priority(store.problems.all())
    pending: tuple[Suggestion, ...] = ()
    dismissed: tuple[Suggestion, ...] = ()
    if review and summary is not None:
        reviewed = review_plan(store, summary)
        pending, dismissed = tuple(reviewed.pending), tuple(reviewed.dismissed)
    observed = store.problems.sin_observations()
    return ProblemFigures(
        problems=tuple(problems),
        focus=frozenset(focus_ids(problems)),
        pending=pending,
        dismissed=dismissed,
        sins={sin: observed.get(sin) for sin in SINS},
    )


def read_standards(store: PlanStore, problems: ProblemFigures) -> StandardsFigures:
    """Step 3: each standard with its check, and the focus problems no standard answers
    (milliseconds: the standards page reads it on each edit)."""
    from plan.standards import check_standard, focus_without_standard

    language = store.language()
    standards = store.standards.all()
    return StandardsFigures(
        standards=tuple(StandardFigures(s, check_standard(s, language)) for s in standards),
        focus_without_standard=tuple(
            p.id
            for p in focus_without_standard(list(problems.focus_problems), standards)
            if p.id is not None
        ),
    )


def _cent(amount: float | None) -> float | None:
    return None if amount is None else round(amount, 2)


def _to_the_cent(economics: CostOfPoorService) -> CostOfPoorService:
    """The calculator's sums of money to the cent, so float noise (7082880.000000001) reaches
    no view: the JSON, the PDF and the window show the same amounts."""
    from dataclasses import replace

    return replace(
        economics,
        budget_total=round(economics.budget_total, 2),
        revenue_lost=_cent(economics.revenue_lost),
        replacement_cost=_cent(economics.replacement_cost),
        projected_gain=_cent(economics.projected_gain),
    )


def read_goals(store: PlanStore, measured: Mapping[str, float | None]) -> GoalsFigures:
    """Step 4: each goal checked against the `measured` values (`plan.measured`, the costly
    part, which the goals page takes in a worker), the means, the budget, the calculator."""
    from plan.economics import cost_of_poor_service
    from plan.goals import check_goal

    language = store.language()
    goals = sorted(store.goals.all(), key=lambda g: (g.deadline or "9999", g.id or 0))
    means = store.means.all()  # sums run in the store's order, so the floats stay as they were
    today = store.clock().date()
    goal_figures = []
    for goal in goals:
        check = check_goal(goal, measured, language, means=means, today=today)
        budget = sum(m.budget for m in means if m.goal_id == goal.id)
        goal_figures.append(GoalFigures(goal, check.baseline, tuple(check.flags), budget))
    return GoalsFigures(
        goals=tuple(goal_figures),
        means=tuple(sorted(means, key=lambda m: (m.start or "9999", m.id or 0))),
        budget_by_kind=budget_by_kind(means),
        economics=_to_the_cent(
            cost_of_poor_service(store.economics.inputs(), goals, means, dict(measured))
        ),
    )


def read_figures(store: PlanStore) -> PlanFigures:
    """Every figure of the plan in `store`, computed once (the survey is summed once)."""
    from plan.measured import measured_values

    assessment = read_assessment(store)
    survey = read_survey(store, assessment.servqual_self_view)
    summary = survey.summary
    problems = read_problems(store, summary)
    standards = read_standards(store, problems)
    measured = measured_values(store, summary, survey.segments)
    goals = read_goals(store, measured)
    return PlanFigures(
        plan=_plan_info(store),
        profile=store.profile.get(),
        assessment=assessment,
        survey=survey,
        complaints=_complaints(store),
        problems=problems,
        standards=standards.standards,
        focus_without_standard=standards.focus_without_standard,
        goals=goals.goals,
        means=goals.means,
        budget_by_kind=goals.budget_by_kind,
        economics=goals.economics,
        measured=dict(measured),
        today=store.clock().date(),
    )
