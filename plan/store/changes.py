"""What an edit touched, in types: the sections of a plan and the change notice listeners get.

Pages and the sidebar say which sections refresh them with `Section` members, so a renamed
section is a type error rather than a page that silently stops refreshing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Section(StrEnum):
    """A part of the plan one edit can touch (the value is the field name an error names)."""

    PLAN = "plan"  # the whole plan: another plan was opened or reloaded
    META = "meta"  # the plan's language
    PROFILE = "profile"
    ANSWERS = "answers"
    METRICS = "metrics"
    SNAPSHOTS = "snapshots"
    SURVEY = "survey"
    COMPLAINTS = "complaints"
    COMPLAINT_CATEGORIES = "complaint_categories"
    PROBLEMS = "problems"
    SUGGESTIONS = "suggestions"
    SINS = "sins"
    STANDARDS = "standards"
    GOALS = "goals"
    MEANS = "means"
    ECONOMICS = "economics"
    OWN_WORDS = "own_words"


@dataclass(frozen=True)
class PlanChange:
    """What an edit touched: a section of the plan and, where it helps, the keys within it."""

    section: Section
    keys: frozenset[str] = field(default_factory=frozenset)


Listener = Callable[[PlanChange], None]
