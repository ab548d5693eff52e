"""Where each step stands and what it still lacks, for the overview pages, the guidance at the
foot of each page and the Service Plan page's list of what is missing.

The rules are those of the sidebar's marks (`plan.steps.completeness`, docs/methodology.md
§1.4), said item by item: each `Missing` names one thing to do, with its numbers, and the
window words it in its language and links it to the page that fixes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan.goals import check_goal
from plan.problems import SINS, focus_ids
from plan.profile import FIELD_SPECS
from plan.scoring import SMALL_SAMPLE
from plan.self_audit import item_ids, structure
from plan.standards import check_standard, focus_without_standard
from plan.steps import Completeness, Step, completeness
from plan.store import PlanStore


@dataclass(frozen=True)
class Missing:
    """One thing a step lacks. `code` says what (see `missing_items`), `count` and `total` how
    much, `names` which (profile field names)."""

    step: Step
    code: str
    count: int = 0
    total: int = 0
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepProgress:
    mark: Completeness
    #: How much is there: statements answered, figures typed, responses, complaints,
    #: problems, standards, goals (the profile: required fields filled).
    done: int
    #: What "complete" asks for where it is a number (44 statements, 5 figures, 30
    #: responses, 7 sins…); 0 where it is not.
    total: int
    missing: tuple[Missing, ...]


def plan_progress(store: PlanStore) -> dict[Step, StepProgress]:
    """Each step's mark, what it holds and what it lacks (the Service Plan: all of it)."""
    marks = completeness(store)
    out: dict[Step, StepProgress] = {}
    language = store.language()

    profile = store.profile.get()
    lacking = tuple(profile.missing_required())
    required = [name for name, spec in FIELD_SPECS.items() if spec.required]
    if profile.prepared_by == "consultant":
        required.append("consultant_firm")
    out[Step.PROFILE] = StepProgress(
        marks[Step.PROFILE],
        len(required) - len(lacking),
        len(required),
        (Missing(Step.PROFILE, "profile_fields", len(lacking), names=lacking),) if lacking else (),
    )

    answers = store.self_audit.answers()
    ids = item_ids()
    answered = sum(1 for i in ids if (a := answers.get(i)) is not None and a.is_answered)
    out[Step.SELF_AUDIT] = StepProgress(
        marks[Step.SELF_AUDIT],
        answered,
        len(ids),
        (Missing(Step.SELF_AUDIT, "audit_unanswered", len(ids) - answered, len(ids)),)
        if answered < len(ids)
        else (),
    )

    metric_total = len(structure()["metrics"])
    typed = len(store.self_audit.metric_values())
    out[Step.METRICS] = StepProgress(
        marks[Step.METRICS],
        typed,
        metric_total,
        (Missing(Step.METRICS, "metrics_missing", metric_total - typed, metric_total),)
        if typed < metric_total
        else (),
    )

    responses = store.survey.response_count()
    out[Step.SURVEY] = StepProgress(
        marks[Step.SURVEY],
        responses,
        SMALL_SAMPLE,
        (Missing(Step.SURVEY, "survey_few", responses, SMALL_SAMPLE),)
        if responses < SMALL_SAMPLE
        else (),
    )

    complaints = sum(n for _, n in store.complaints.counts())
    out[Step.COMPLAINTS] = StepProgress(
        marks[Step.COMPLAINTS],
        complaints,
        0,
        (Missing(Step.COMPLAINTS, "complaints_none"),) if complaints == 0 else (),
    )

    problems = store.problems.all()
    observed = len(store.problems.sin_observations())
    problem_missing: list[Missing] = []
    if not problems:
        problem_missing.append(Missing(Step.PROBLEMS, "problems_none"))
    if observed < len(SINS):
        problem_missing.append(Missing(Step.PROBLEMS, "sins_unmarked", observed, len(SINS)))
    out[Step.PROBLEMS] = StepProgress(
        marks[Step.PROBLEMS], len(problems), 0, tuple(problem_missing)
    )

    standards = store.standards.all()
    chosen = focus_ids(problems)
    focus = [p for p in problems if p.id in chosen]
    standard_missing: list[Missing] = []
    if not standards:
        standard_missing.append(Missing(Step.STANDARDS, "standards_none"))
    vague = sum(1 for s in standards if not check_standard(s, language).measurable)
    if vague:
        standard_missing.append(Missing(Step.STANDARDS, "standards_not_measurable", vague))
    uncovered = len(focus_without_standard(focus, standards)) if standards else 0
    if uncovered:
        standard_missing.append(Missing(Step.STANDARDS, "focus_without_standard", uncovered))
    out[Step.STANDARDS] = StepProgress(
        marks[Step.STANDARDS], len(standards), 0, tuple(standard_missing)
    )

    goals = store.goals.all()
    means = store.means.all()
    checks = [check_goal(g, {}, language, means=means) for g in goals]
    goal_missing: list[Missing] = []
    if not goals:
        goal_missing.append(Missing(Step.GOALS, "goals_none"))
    not_smart = sum(1 for c in checks if not c.smart)
    if not_smart:
        goal_missing.append(Missing(Step.GOALS, "goals_not_smart", not_smart))
    without = sum(1 for c in checks if "means_missing" in c.flags)
    if without:
        goal_missing.append(Missing(Step.GOALS, "goals_without_means", without))
    out[Step.GOALS] = StepProgress(marks[Step.GOALS], len(goals), 0, tuple(goal_missing))

    every = tuple(m for step in out for m in out[step].missing)
    complete = sum(1 for p in out.values() if p.mark is Completeness.COMPLETE)
    out[Step.SERVICE_PLAN] = StepProgress(marks[Step.SERVICE_PLAN], complete, len(out), every)
    return out


def next_step(progress: dict[Step, StepProgress], after: Step | None = None) -> Step | None:
    """The first step in the method's order, after `after` (from the start when None), that
    is not complete; None when all after it are."""
    order = list(Step)
    start = order.index(after) + 1 if after is not None else 0
    for step in order[start:]:
        if progress[step].mark is not Completeness.COMPLETE:
            return step
    return None
