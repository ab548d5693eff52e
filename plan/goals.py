"""Step 4, goals and the means to reach them.

A goal names what changes, the indicator it is measured by, a baseline, a target and a deadline.
When the indicator is one the plan measures (NPS, CSAT, CES, the service index, a SERVQUAL score
or gap, a business metric), the baseline *follows the measured value*: it is read from the plan
each time, so a new survey import moves it. A typed baseline is kept for indicators the plan does
not measure, and stands in while a measured one has no data yet.

A means is one action against a root cause (docs/methodology.md §4.4: staff must **know** how,
**want** to, and **can**); its form says how (training, recognition, a tool, removing a
rule-book policy...).
Dates are YYYY-MM-DD; an end before the start is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from plan import LANGUAGES, fields
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError
from plan.numbers import format_decimal
from plan.self_audit import ROOT_CAUSES, SERVQUAL_DIMENSIONS, load_content

__all__ = [
    "FORMS",
    "GOAL_FLAGS",
    "MEANS_STATUSES",
    "Goal",
    "GoalCheck",
    "GoalTexts",
    "Means",
    "MeansTexts",
    "Measure",
    "check_goal",
    "goal_baseline",
    "load_goal_texts",
    "load_means_texts",
    "means_from_template",
    "measure_keys",
    "measures",
    "validate_goal",
    "validate_means",
]

MEANS_STATUSES: tuple[str, ...] = ("planned", "in_progress", "done")
#: How a means works on its root cause.
FORMS: dict[str, tuple[str, ...]] = {
    "know": ("training", "coaching", "guides"),
    "want": ("motivation", "recognition", "rewards"),
    "can": ("systems", "policies", "tools", "rule_removal"),
}
#: The goal check's findings, most serious first.
GOAL_FLAGS: tuple[str, ...] = (
    "not_specific",
    "not_measurable",
    "not_dated",
    "no_baseline",
    "target_not_better",
    "deadline_passed",
    "means_missing",
)
#: The retention metric whose goal the cost-of-poor-service calculator projects from.
RETENTION_MEASURE = "metric:customer_retention"


@dataclass(frozen=True)
class Goal:
    title: str
    #: A key from `measure_keys()`, or "" for an indicator the plan does not measure.
    measure: str = ""
    #: The indicator's name when `measure` is "" (measured ones are named by the plan).
    indicator: str = ""
    #: Typed baseline: used when the measure has no value in the plan (or there is no measure).
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    #: For an indicator the plan does not measure; measured ones know their direction.
    higher_is_better: bool = True
    deadline: str = ""
    owner: str = ""
    problem_ids: tuple[int, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Means:
    action: str
    kind: str  # know / want / can: the root cause it works on
    form: str = ""
    owner: str = ""
    start: str = ""
    end: str = ""
    budget: float = 0.0
    status: str = "planned"
    goal_id: int | None = None
    description: str = ""
    template_id: str = ""
    id: int | None = None


def validate_goal(goal: Goal) -> Goal:
    """Tidy a goal and check every field; raises InvalidValueError naming the field."""
    if goal.measure and goal.measure not in measure_keys():
        raise InvalidValueError("measure", f"{goal.measure!r} is not a measure", "unknown_measure")
    return replace(
        goal,
        title=fields.line("title", goal.title, required=True, limit=300),
        indicator=fields.line("indicator", goal.indicator),
        baseline=fields.amount("baseline", goal.baseline),
        target=fields.amount("target", goal.target),
        unit=fields.line("unit", goal.unit, limit=40),
        higher_is_better=bool(goal.higher_is_better),
        deadline=fields.iso_date("deadline", goal.deadline),
        owner=fields.line("owner", goal.owner),
        problem_ids=fields.ids("problem_ids", goal.problem_ids),
    )


def validate_means(means: Means) -> Means:
    """Tidy a means and check every field, dates included; raises InvalidValueError."""
    kind = fields.choice("kind", means.kind, ROOT_CAUSES)
    start = fields.iso_date("start", means.start)
    end = fields.iso_date("end", means.end)
    fields.date_range(start, end)
    budget = fields.amount("budget", means.budget, minimum=0.0)
    return replace(
        means,
        action=fields.line("action", means.action, required=True, limit=300),
        kind=kind,
        form=fields.choice("form", means.form, FORMS[kind], blank=True),
        owner=fields.line("owner", means.owner),
        start=start,
        end=end,
        budget=budget or 0.0,
        status=fields.choice("status", means.status, MEANS_STATUSES),
        description=fields.text("description", means.description),
        template_id=fields.line("template_id", means.template_id, limit=100),
    )


# -- measures and baselines -------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    key: str
    name: str
    unit: str
    higher_is_better: bool
    minimum: float
    maximum: float


_FIXED: dict[str, tuple[str, bool, float, float]] = {
    # key: (unit key, higher is better, minimum, maximum)
    "nps": ("points", True, -100.0, 100.0),
    "csat": ("percent", True, 0.0, 100.0),
    "ces": ("scale_7", True, 1.0, 7.0),
    "service_index": ("points", True, 0.0, 100.0),
    "servqual": ("gap", True, -6.0, 6.0),
}


@cache
def measure_keys() -> tuple[str, ...]:
    return (
        *_FIXED,
        *(f"servqual_gap:{d}" for d in SERVQUAL_DIMENSIONS),
        *(f"metric:{m['id']}" for m in read_json(CONTENT_DIR / "self_audit.json")["metrics"]),
    )


@cache
def measures(language: str) -> dict[str, Measure]:
    """Every indicator the plan measures, named in `language`, in the method's order."""
    from plan.glossary import with_short_form
    from plan.questionnaire import dimension_titles

    texts = load_goal_texts(language)
    names, units = texts.measures, texts.units
    result = {
        key: Measure(key, with_short_form(key, language), units[unit], better, low, high)
        for key, (unit, better, low, high) in _FIXED.items()
    }
    for dimension, title in dimension_titles(language).items():
        key = f"servqual_gap:{dimension}"
        result[key] = Measure(
            key, names["servqual_gap"].format(dimension=title), units["gap"], True, -6.0, 6.0
        )
    for metric in load_content(language).metrics:
        key = f"metric:{metric.id}"
        result[key] = Measure(
            key,
            names["metric"].format(metric=metric.title),
            metric.unit,
            metric.higher_is_better,
            metric.minimum,
            metric.maximum,
        )
    return result


def goal_baseline(goal: Goal, measured: Mapping[str, float | None]) -> float | None:
    """The plan's measured value for the goal's indicator, else the typed baseline."""
    value = measured.get(goal.measure) if goal.measure else None
    return value if value is not None else goal.baseline


def goal_direction(goal: Goal, language: str) -> bool:
    """Whether a higher value is better for this goal's indicator."""
    if goal.measure:
        return measures(language)[goal.measure].higher_is_better
    return goal.higher_is_better


# -- the goal check ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalCheck:
    baseline: float | None
    flags: tuple[str, ...]

    @property
    def smart(self) -> bool:
        """Specific, measurable and dated: the three a goal must be to go in the plan."""
        return not {"not_specific", "not_measurable", "not_dated"} & set(self.flags)


def _specific(goal: Goal) -> bool:
    named = bool(goal.measure or goal.indicator.strip())
    title = goal.title.strip()
    # Two words, or four characters of a language written without spaces.
    worded = len(title.split()) >= 2 or (len(title) >= 4 and not title.isascii())
    return named and worded


def check_goal(
    goal: Goal,
    measured: Mapping[str, float | None],
    language: str,
    *,
    means: Iterable[Means] = (),
    today: date | None = None,
) -> GoalCheck:
    """Whether a goal is specific, measurable and dated, with its baseline as it stands now."""
    baseline = goal_baseline(goal, measured)
    flags: set[str] = set()
    if not _specific(goal):
        flags.add("not_specific")
    if goal.target is None:
        flags.add("not_measurable")
    if not goal.deadline:
        flags.add("not_dated")
    if baseline is None:
        flags.add("no_baseline")
    if baseline is not None and goal.target is not None:
        better = goal_direction(goal, language)
        if (goal.target <= baseline) if better else (goal.target >= baseline):
            flags.add("target_not_better")
    if goal.deadline and today is not None and goal.deadline < today.isoformat():
        flags.add("deadline_passed")
    if goal.id is None or not any(m.goal_id == goal.id for m in means):
        flags.add("means_missing")
    return GoalCheck(baseline, tuple(f for f in GOAL_FLAGS if f in flags))


# -- texts and templates ----------------------------------------------------------------------


@dataclass(frozen=True)
class GoalTexts:
    language: str
    measures: dict[str, str]
    units: dict[str, str]
    check: dict[str, str]
    sources: tuple[str, ...]
    explanation: str


@cache
def load_goal_texts(language: str) -> GoalTexts:
    _language(language)
    raw = read_json(CONTENT_DIR / language / "goals.json")
    return GoalTexts(
        language=language,
        measures=raw["measures"],
        units=raw["units"],
        check=raw["check"],
        sources=tuple(raw["economics"]["sources"]),
        explanation=raw["economics"]["explanation"],
    )


def explain_goal(goal: Goal, result: GoalCheck, language: str) -> list[str]:
    """The goal check in sentences, in the order of GOAL_FLAGS."""
    words = load_goal_texts(language).check
    indicator = measures(language)[goal.measure].name if goal.measure else goal.indicator
    values = {
        "indicator": indicator,
        "target": "" if goal.target is None else format_decimal(goal.target, language),
        "baseline": "" if result.baseline is None else format_decimal(result.baseline, language),
        "deadline": goal.deadline,
    }
    return [words[flag].format(**values) for flag in result.flags]


@dataclass(frozen=True)
class MeansTexts:
    language: str
    forms: dict[str, str]
    statuses: dict[str, str]
    templates: dict[str, dict[str, str]]


@cache
def means_structure() -> dict[str, Any]:
    return read_json(CONTENT_DIR / "means.json")


@cache
def load_means_texts(language: str) -> MeansTexts:
    _language(language)
    raw = read_json(CONTENT_DIR / language / "means.json")
    return MeansTexts(language, raw["forms"], raw["statuses"], raw["templates"])


def means_templates(kind: str = "") -> list[dict[str, Any]]:
    return [t for t in means_structure()["templates"] if not kind or t["kind"] == kind]


def means_from_template(template_id: str, language: str, start: date) -> Means:
    """A new means from the library, starting on `start` and lasting its typical days."""
    found = [t for t in means_structure()["templates"] if t["id"] == template_id]
    if not found:
        raise InvalidValueError("template", f"no template {template_id!r}", "unknown_template")
    template = found[0]
    words = load_means_texts(language).templates[template_id]
    return Means(
        action=words["action"],
        description=words["description"],
        kind=template["kind"],
        form=template["form"],
        start=start.isoformat(),
        end=(start + timedelta(days=int(template["days"]))).isoformat(),
        template_id=template_id,
    )


def _language(language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
