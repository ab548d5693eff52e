"""Help on each step of the method, per language (assets/content/<lang>/help.json): what the
step is for, why it matters and how to do it well. The window shows it on F1 and on the
overview pages of the sidebar's groups; the text is the project's own summary of
docs/methodology.md."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError

#: Every topic the help has: the steps (plan.steps.Step values) and the sidebar's groups.
TOPICS = (
    "profile",
    "assess",
    "company",
    "self_audit",
    "metrics",
    "customers",
    "survey",
    "complaints",
    "problems",
    "standards",
    "goals",
    "service_plan",
)


@dataclass(frozen=True)
class StepHelp:
    purpose: str
    why: str
    how: tuple[str, ...]


@cache
def load_help(language: str) -> dict[str, StepHelp]:
    """Each topic's help in `language` (a missing topic is an error in the shipped content)."""
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    raw = read_json(CONTENT_DIR / language / "help.json")["steps"]
    return {
        topic: StepHelp(raw[topic]["purpose"], raw[topic]["why"], tuple(raw[topic]["how"]))
        for topic in TOPICS
    }
