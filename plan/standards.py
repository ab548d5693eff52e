"""Step 3, service standards: the record, the template library, and the measurability check.

A slogan such as "the customer is always right" is a *global imperative* (docs/methodology.md
§5.2): nobody can act on it or tell whether it was met. A standard is measurable only when it
names an indicator, a target number, a unit and how often it is checked; `check_standard` says
which of those are missing and, for a statement with no number in it at all, that it is a slogan.

Structure (template ids, touchpoints, industries) is `assets/content/standards.json`; texts,
slogans and the words that measure nothing are per language in `<lang>/standards.json`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from plan import LANGUAGES, fields
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError
from plan.numbers import format_decimal
from plan.problems import Problem

__all__ = [
    "DIRECTIONS",
    "FREQUENCIES",
    "MEASURABLE_FIELDS",
    "Standard",
    "StandardCheck",
    "StandardTexts",
    "check_standard",
    "explain",
    "focus_without_standard",
    "load_texts",
    "standard_from_template",
    "structure",
    "suggest_industry",
    "validate_standard",
]

#: What a standard needs to be measurable, in the order the check names them.
MEASURABLE_FIELDS: tuple[str, ...] = ("indicator", "target", "unit", "frequency")
#: What a complete standard has besides: how it is measured and who answers for it.
COMPLETE_FIELDS: tuple[str, ...] = ("measurement", "owner")


@cache
def structure() -> dict[str, Any]:
    return read_json(CONTENT_DIR / "standards.json")


#: How often a standard is checked (the content files name them in each language).
FREQUENCIES: tuple[str, ...] = ("each_contact", "daily", "weekly", "monthly", "quarterly", "yearly")
DIRECTIONS: tuple[str, ...] = ("at_most", "at_least")


@dataclass(frozen=True)
class Standard:
    statement: str
    touchpoint: str = ""
    indicator: str = ""
    target: float | None = None
    unit: str = ""
    #: "at_most" (within three rings) or "at_least" (90% of orders on time).
    direction: str = "at_most"
    measurement: str = ""
    #: How often it is checked: one of FREQUENCIES, or "" when not said.
    frequency: str = ""
    owner: str = ""
    problem_ids: tuple[int, ...] = ()
    #: The library template it was made from, if any ("" for a standard typed in).
    template_id: str = ""
    id: int | None = None


def validate_standard(standard: Standard) -> Standard:
    """Tidy a standard's text and check every field; raises InvalidValueError naming it."""
    return replace(
        standard,
        statement=fields.line("statement", standard.statement, required=True, limit=500),
        touchpoint=fields.line("touchpoint", standard.touchpoint),
        indicator=fields.line("indicator", standard.indicator),
        target=fields.amount("target", standard.target),
        unit=fields.line("unit", standard.unit, limit=40),
        direction=fields.choice("direction", standard.direction, DIRECTIONS),
        measurement=fields.text("measurement", standard.measurement),
        frequency=fields.choice("frequency", standard.frequency, FREQUENCIES, blank=True),
        owner=fields.line("owner", standard.owner),
        problem_ids=fields.ids("problem_ids", standard.problem_ids),
        template_id=fields.line("template_id", standard.template_id, limit=100),
    )


# -- texts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StandardTexts:
    language: str
    frequencies: dict[str, str]
    directions: dict[str, str]
    industries: dict[str, str]
    industry_keywords: dict[str, list[str]]
    templates: dict[str, dict[str, str]]
    slogans: tuple[str, ...]
    vague_words: tuple[str, ...]
    check: dict[str, Any]
    source: str


@cache
def load_texts(language: str) -> StandardTexts:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    raw = read_json(CONTENT_DIR / language / "standards.json")
    return StandardTexts(
        language=language,
        frequencies=raw["frequencies"],
        directions=raw["directions"],
        industries=raw["industries"],
        industry_keywords=raw["industry_keywords"],
        templates=raw["templates"],
        slogans=tuple(_normal(s) for s in raw["imperative"]["slogans"]),
        vague_words=tuple(_normal(w) for w in raw["imperative"]["vague_words"]),
        check=raw["check"],
        source=raw["source"],
    )


def templates(touchpoint: str = "", industry: str = "") -> list[dict[str, Any]]:
    """Library templates for a touchpoint and an industry ("" for all); "any" ones always fit."""
    return [
        t
        for t in structure()["templates"]
        if (not touchpoint or t["touchpoint"] == touchpoint)
        and (not industry or industry == "any" or {"any", industry} & set(t["industries"]))
    ]


def standard_from_template(template_id: str, language: str) -> Standard:
    """A new standard filled in from the library, in the plan's language."""
    found = [t for t in structure()["templates"] if t["id"] == template_id]
    if not found:
        raise InvalidValueError("template", f"no template {template_id!r}", "unknown_template")
    template = found[0]
    words = load_texts(language).templates[template_id]
    return Standard(
        statement=words["statement"],
        touchpoint=template["touchpoint"],
        indicator=words["indicator"],
        target=float(template["target"]),
        unit=words["unit"],
        direction=template["direction"],
        measurement=words["measurement"],
        frequency=template["frequency"],
        template_id=template_id,
    )


def suggest_industry(industry: str, language: str) -> str:
    """The library industry a business's own description points to ("any" when none does)."""
    described = _normal(industry)
    if not described:
        return "any"
    keywords = load_texts(language).industry_keywords
    # Keywords are stems and some fit two industries ("coffee shop"): the most hits wins,
    # ties going to the earlier industry in the library's order.
    hits = {
        name: sum(1 for word in keywords.get(name, ()) if word and word.casefold() in described)
        for name in structure()["industries"]
    }
    best = max(hits, key=lambda name: hits[name])
    return best if hits[best] else "any"


# -- the measurability check -----------------------------------------------------------------

_SPACES = re.compile(r"[\s\u3000]+")
_PUNCTUATION = re.compile(r"[!¡?¿.,;:«»“”\"'‘’()\[\]！？。，；：、（）…—–-]+")
#: Numbers written out, per language; digits count in every language.
_NUMBER_WORDS = {
    "en": r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|hundred|half|once|twice|dozen)\b",
    "ru": r"\b(?:од(?:ин|на|ну|ного|ной|них)|дв[аеу]\w*|тр[ие]\w*|трёх|четыр\w*|пят\w*|шест\w*|"
    r"сем[ьи]\w*|восем\w*|девят\w*|десят\w*|сорок\w*|сто\b|сут(?:ки|ок)|полчаса|полдня|"
    r"дважды|трижды|однажды)",
    "zh": r"[零一二两三四五六七八九十百千半]+\s*(?:秒|分钟|分|小时|个小时|天|日|周|星期|个月|月|"
    r"年|次|声|遍|个|位|人|份|步|米|元|成|%|％)",
}


def _normal(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text.casefold())).strip()


def _has_number(statement: str, language: str) -> bool:
    if any(ch.isdigit() for ch in statement):
        return True
    pattern = _NUMBER_WORDS.get(language)
    return bool(pattern and re.search(pattern, statement.casefold()))


def _contains(text: str, word: str, language: str) -> bool:
    if language == "zh":
        return word in text
    return re.search(r"(?<!\w)" + re.escape(word), text) is not None


@dataclass(frozen=True)
class StandardCheck:
    """What a standard lacks; `imperative` marks a slogan (no number in it, not measurable)."""

    missing: tuple[str, ...]
    incomplete: tuple[str, ...]
    imperative: bool
    slogan: str | None
    vague_words: tuple[str, ...]

    @property
    def measurable(self) -> bool:
        return not self.missing


def check_standard(standard: Standard, language: str) -> StandardCheck:
    """Measurability of one standard, judged on its fields and its statement's wording."""
    texts = load_texts(language)
    given = {
        "indicator": bool(standard.indicator.strip()),
        "target": standard.target is not None,
        "unit": bool(standard.unit.strip()),
        "frequency": bool(standard.frequency),
        "measurement": bool(standard.measurement.strip()),
        "owner": bool(standard.owner.strip()),
    }
    missing = tuple(name for name in MEASURABLE_FIELDS if not given[name])
    incomplete = tuple(name for name in COMPLETE_FIELDS if not given[name])
    statement = _normal(standard.statement)
    slogan = next((s for s in texts.slogans if s and s in statement), None)
    numbered = _has_number(standard.statement, language)
    vague: tuple[str, ...] = ()
    if not numbered:
        vague = tuple(w for w in texts.vague_words if w and _contains(statement, w, language))
    imperative = bool(missing) and (slogan is not None or not numbered)
    return StandardCheck(missing, incomplete, imperative, slogan, vague)


def _names(names: Sequence[str], texts: StandardTexts) -> str:
    check = texts.check
    return str(check["list_separator"]).join(check["missing_names"][n] for n in names)


def explain(standard: Standard, result: StandardCheck, language: str) -> list[str]:
    """The check in sentences, most serious first: a slogan, what is missing, vague words."""
    texts = load_texts(language)
    check = texts.check
    lines: list[str] = []
    if result.imperative:
        lines.append(check["imperative"].format(statement=standard.statement))
    if result.missing:
        lines.append(check["missing"].format(missing=_names(result.missing, texts)))
    for word in result.vague_words[:2]:
        lines.append(check["vague_word"].format(word=word))
    if result.measurable:
        lines.append(
            check["measurable"].format(
                indicator=_lower_first(standard.indicator),
                direction=texts.directions[standard.direction],
                target=format_decimal(standard.target or 0.0, language),
                unit=standard.unit,
                frequency=texts.frequencies[standard.frequency],
            )
        )
        if result.incomplete:
            lines.append(check["missing"].format(missing=_names(result.incomplete, texts)))
    return lines


def _lower_first(text: str) -> str:
    """ "Rings before…" reads as "rings before…" mid-sentence; "NPS…" stays as it is."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def focus_without_standard(
    focus: Iterable[Problem], standards: Iterable[Standard]
) -> list[Problem]:
    """Focus problems no standard is linked to: each needs one."""
    covered = {pid for s in standards for pid in s.problem_ids}
    return [p for p in focus if p.id not in covered]
