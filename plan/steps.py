"""The method's steps in order, and how complete each is in a given plan."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from plan.goals import check_goal
from plan.problems import SINS, Problem, focus_ids
from plan.scoring import SMALL_SAMPLE
from plan.self_audit import item_ids, structure
from plan.standards import check_standard, focus_without_standard
from plan.store import PlanStore


class Step(StrEnum):
    PROFILE = "profile"
    SELF_AUDIT = "self_audit"
    METRICS = "metrics"
    SURVEY = "survey"
    COMPLAINTS = "complaints"
    PROBLEMS = "problems"
    STANDARDS = "standards"
    GOALS = "goals"
    SERVICE_PLAN = "service_plan"


class Completeness(StrEnum):
    EMPTY = "empty"
    PARTIAL = "partial"
    COMPLETE = "complete"


def profile_completeness(store: PlanStore) -> Completeness:
    profile = store.profile.get()
    missing = profile.missing_required()
    if not missing:
        return Completeness.COMPLETE
    filled = any(
        getattr(profile, name)
        for name in ("business_name", "industry", "size", "customer_types", "preparer_name")
    )
    return Completeness.PARTIAL if filled else Completeness.EMPTY


def _share(done: int, total: int) -> Completeness:
    if done == 0:
        return Completeness.EMPTY
    return Completeness.COMPLETE if done >= total else Completeness.PARTIAL


def problems_completeness(
    store: PlanStore, problems: Sequence[Problem] | None = None
) -> Completeness:
    """Complete with at least one problem and all seven sins observed: the list and the
    checklist are the step's two records. Either one started makes it partial. `problems`:
    the plan's, when the caller has read them already."""
    count = len(store.problems.all() if problems is None else problems)
    observed = len(store.problems.sin_observations())
    if count == 0 and observed == 0:
        return Completeness.EMPTY
    if count > 0 and observed >= len(SINS):
        return Completeness.COMPLETE
    return Completeness.PARTIAL


def standards_completeness(
    store: PlanStore, problems: Sequence[Problem] | None = None
) -> Completeness:
    """Complete when every standard is measurable and every focus problem has one."""
    standards = store.standards.all()
    if not standards:
        return Completeness.EMPTY
    language = store.language()
    problems = store.problems.all() if problems is None else problems
    chosen = focus_ids(problems)
    focus = [p for p in problems if p.id in chosen]
    if focus_without_standard(focus, standards) or not all(
        check_standard(s, language).measurable for s in standards
    ):
        return Completeness.PARTIAL
    return Completeness.COMPLETE


def goals_completeness(store: PlanStore) -> Completeness:
    """Complete when every goal is specific, measurable and dated and has a means."""
    goals = store.goals.all()
    means = store.means.all()
    if not goals and not means:
        return Completeness.EMPTY
    language = store.language()
    checks = [check_goal(g, {}, language, means=means) for g in goals]
    if goals and all(c.smart and "means_missing" not in c.flags for c in checks):
        return Completeness.COMPLETE
    return Completeness.PARTIAL


def completeness(store: PlanStore) -> dict[Step, Completeness]:
    """Each step's mark for the sidebar."""
    marks = dict.fromkeys(Step, Completeness.EMPTY)
    marks[Step.PROFILE] = profile_completeness(store)
    answers = store.self_audit.answers()
    ids = item_ids()
    marks[Step.SELF_AUDIT] = _share(
        sum(1 for i in ids if (a := answers.get(i)) is not None and a.is_answered), len(ids)
    )
    metrics = store.self_audit.metric_values()
    marks[Step.METRICS] = _share(len(metrics), len(structure()["metrics"]))
    # A survey is complete once it has enough answers to read (SMALL_SAMPLE); one complaint
    # logged makes the log a record of what customers said.
    marks[Step.SURVEY] = _share(store.survey.response_count(), SMALL_SAMPLE)
    marks[Step.COMPLAINTS] = _share(min(1, sum(n for _, n in store.complaints.counts())), 1)
    problems = store.problems.all()  # read once: a plan may hold a thousand
    marks[Step.PROBLEMS] = problems_completeness(store, problems)
    marks[Step.STANDARDS] = standards_completeness(store, problems)
    marks[Step.GOALS] = goals_completeness(store)
    # The Service Plan is the steps put together: ready when every one of them is complete.
    steps = [marks[step] for step in Step if step is not Step.SERVICE_PLAN]
    if all(mark is Completeness.COMPLETE for mark in steps):
        marks[Step.SERVICE_PLAN] = Completeness.COMPLETE
    elif any(mark is not Completeness.EMPTY for mark in steps):
        marks[Step.SERVICE_PLAN] = Completeness.PARTIAL
    return marks
