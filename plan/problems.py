"""Step 2, identifying the main problems: the problem record, its rules, and the focus rule.

A problem is scored on two 1–5 scales, how often it happens (frequency) and how much it hurts
customers (impact); its priority is their product, derived and never stored, so editing either
scale re-ranks the list at once. Every problem names one root cause from docs/methodology.md
§4.4: staff do not **know** how, do not **want** to, or **can** not because of systems, rules,
tools or managers; the means chosen in step 4 must address that cause.

The plan's focus is the few problems worked on first: the FOCUS_COUNT highest priorities (ties by
impact), widened to at most FOCUS_MAX when the next ones tie exactly. A user may pin a problem into
or out of the focus; solved problems leave it.

Texts (root-cause names, statuses, the seven sins, touchpoints) are per language in
`assets/content/<lang>/problems.json`; the language-neutral structure is
`assets/content/problems.json`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError
from plan.imports import MAX_LABEL_LENGTH, MAX_TEXT_LENGTH
from plan.self_audit import ROOT_CAUSES

__all__ = [
    "FOCUS_COUNT",
    "FOCUS_MAX",
    "MAX_TITLE_LENGTH",
    "ROOT_CAUSES",
    "SCALE",
    "SINS",
    "SIN_SCALE",
    "STATUSES",
    "Problem",
    "ProblemTexts",
    "by_priority",
    "focus_ids",
    "load_texts",
    "structure",
    "validate_problem",
]

#: Frequency and impact are rated 1 (rarely / hardly noticed) to 5 (constantly / drives customers
#: away).
SCALE: tuple[int, ...] = (1, 2, 3, 4, 5)
STATUSES: tuple[str, ...] = ("open", "in_progress", "solved")
#: Karl Albrecht's seven sins of service, in the order of docs/methodology.md §4.5.
SINS: tuple[str, ...] = (
    "apathy",
    "brush_off",
    "coldness",
    "condescension",
    "robotism",
    "rule_book",
    "runaround",
)
#: How often a sin is seen, from the observation checklist.
SIN_SCALE: tuple[str, ...] = ("never", "rarely", "sometimes", "often", "always")
FOCUS_COUNT = 3
FOCUS_MAX = 5
MAX_TITLE_LENGTH = MAX_LABEL_LENGTH
MAX_KEY_LENGTH = 300


@dataclass(frozen=True)
class Problem:
    title: str
    frequency: int
    impact: int
    root_cause: str
    description: str = ""
    evidence: str = ""
    touchpoint: str = ""
    status: str = "open"
    #: None: in the focus by priority; True / False: pinned into / out of it by the user.
    focus: bool | None = None
    #: The stable key of the suggestion this problem was accepted from (see plan.suggestions).
    suggestion_key: str | None = None
    id: int | None = None

    @property
    def priority(self) -> int:
        return self.frequency * self.impact


def _too_long(field: str, text: str, limit: int) -> InvalidValueError:
    return InvalidValueError(
        field,
        f"is {len(text)} characters long; at most {limit} are allowed",
        "too_long",
        {"length": len(text), "max": limit},
    )


def _scale(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise InvalidValueError(
            field,
            f"{value!r} is not a whole number from 1 to 5",
            "out_of_range",
            {"minimum": 1, "maximum": 5},
        )
    return value


def validate_problem(problem: Problem) -> Problem:
    """Tidy a problem's text and check every field; raises InvalidValueError naming the field."""
    title = " ".join(problem.title.split())
    description = problem.description.strip()
    evidence = problem.evidence.strip()
    touchpoint = " ".join(problem.touchpoint.split())
    if not title:
        raise InvalidValueError("title", "is empty; a problem needs a title", "empty")
    if "\x00" in title + description + evidence + touchpoint:
        raise InvalidValueError("problem", "contains a NUL character", "nul")
    for field, text, limit in (
        ("title", title, MAX_TITLE_LENGTH),
        ("description", description, MAX_TEXT_LENGTH),
        ("evidence", evidence, MAX_TEXT_LENGTH),
        ("touchpoint", touchpoint, MAX_LABEL_LENGTH),
    ):
        if len(text) > limit:
            raise _too_long(field, text, limit)
    _scale("frequency", problem.frequency)
    _scale("impact", problem.impact)
    if problem.root_cause not in ROOT_CAUSES:
        raise InvalidValueError(
            "root_cause",
            f"{problem.root_cause!r} is not one of {', '.join(ROOT_CAUSES)}",
            "unknown_root_cause",
        )
    if problem.status not in STATUSES:
        raise InvalidValueError(
            "status", f"{problem.status!r} is not one of {', '.join(STATUSES)}", "unknown_status"
        )
    if problem.focus not in (None, True, False):
        raise InvalidValueError("focus", f"{problem.focus!r} is not None, True or False")
    key = problem.suggestion_key
    if key is not None and (not key or len(key) > MAX_KEY_LENGTH):
        raise InvalidValueError("suggestion_key", "is empty or too long", "bad_key")
    return replace(
        problem, title=title, description=description, evidence=evidence, touchpoint=touchpoint
    )


def _rank(problem: Problem) -> tuple[int, int, int, int]:
    return (-problem.priority, -problem.impact, -problem.frequency, problem.id or 0)


def by_priority(problems: Iterable[Problem]) -> list[Problem]:
    """Highest priority first; ties by impact (what customers feel), then frequency, then age."""
    return sorted(problems, key=_rank)


def focus_ids(problems: Iterable[Problem]) -> set[int]:
    """Ids of the plan's focus problems (see the module docstring for the rule)."""
    ordered = by_priority(p for p in problems if p.id is not None)
    chosen = [p for p in ordered if p.focus is True]
    room = FOCUS_COUNT - len(chosen)
    automatic: list[Problem] = []
    for problem in ordered:
        if problem.focus is not None or problem.status == "solved":
            continue
        if len(automatic) < room:
            automatic.append(problem)
        elif (
            automatic
            and len(chosen) + len(automatic) < FOCUS_MAX
            and (problem.priority, problem.impact) == (automatic[-1].priority, automatic[-1].impact)
        ):
            automatic.append(problem)  # an exact tie with the last one: no arbitrary cut
        else:
            break
    return {p.id for p in chosen + automatic if p.id is not None}


# -- content ----------------------------------------------------------------------------------


@cache
def structure() -> dict[str, Any]:
    """Suggested root causes, impacts and touchpoints per source of a suggestion."""
    return read_json(CONTENT_DIR / "problems.json")


@dataclass(frozen=True)
class ProblemTexts:
    """Step 2's texts in one language. `raw` holds the suggestion wording (plan.suggestions)."""

    language: str
    root_causes: dict[str, str]  # know → "Know"
    root_cause_descriptions: dict[str, str]
    statuses: dict[str, str]
    sin_scale: dict[str, str]
    sin_names: dict[str, str]
    sin_descriptions: dict[str, str]
    touchpoints: dict[str, str]
    raw: dict[str, Any]

    def touchpoint(self, touchpoint_id: str) -> str:
        return self.touchpoints.get(touchpoint_id, "") if touchpoint_id else ""


@cache
def load_texts(language: str) -> ProblemTexts:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    raw = read_json(CONTENT_DIR / language / "problems.json")
    return ProblemTexts(
        language=language,
        root_causes={k: raw["root_causes"][k]["name"] for k in ROOT_CAUSES},
        root_cause_descriptions={k: raw["root_causes"][k]["description"] for k in ROOT_CAUSES},
        statuses={k: raw["statuses"][k] for k in STATUSES},
        sin_scale={k: raw["sin_scale"][k] for k in SIN_SCALE},
        sin_names={k: raw["sins"][k]["name"] for k in SINS},
        sin_descriptions={k: raw["sins"][k]["description"] for k in SINS},
        touchpoints={k: raw["touchpoints"][k] for k in structure()["touchpoints"]},
        raw=raw,
    )
