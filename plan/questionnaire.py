"""The customer questionnaire (NPS, CSAT, CES, SERVQUAL): structure and per-language texts.

Why two kinds of file: the structure (`assets/content/questionnaire.json`: the 22 SERVQUAL items
with their dimensions, the answer scales) is language-neutral, so item numbers, and therefore the
survey columns `E1`…`E22`/`P1`…`P22`, never depend on the language; the wording comes from
`assets/content/<lang>/questionnaire.json`. Every language is checked against the structure
when it is loaded, so a missing text fails loudly here rather than printing a blank on paper.

Texts that name the business hold a `{business}` placeholder and have a `generic` variant for
plans with no business name yet (Russian cannot simply substitute "our business": the case of
the noun depends on the sentence). `Questionnaire.for_business` picks and fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError
from plan.self_audit import SERVQUAL_DIMENSIONS

STRUCTURE_FILE = "questionnaire.json"

SCALES: tuple[str, ...] = ("nps", "csat", "ces", "servqual")
BUSINESS = "{business}"

#: Texts that may name the business; each needs a `generic` variant without the placeholder.
TEMPLATED_FIELDS: tuple[str, ...] = ("intro", "nps_question", "csat_question", "ces_statement")

#: Plain one-string texts every language must have (besides the lists and tables below).
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "intro",
    "nps_question",
    "nps_low",
    "nps_high",
    "csat_question",
    "ces_question",
    "ces_statement",
    "ces_low",
    "ces_high",
    "servqual_heading",
    "servqual_instructions",
    "servqual_scale_hint",
    "number_label",
    "statement_label",
    "expectation_label",
    "perception_label",
    "importance_question",
    "importance_total",
    "segment_question",
    "segment_other",
    "date_label",
    "comment_prompt",
    "footer",
    "page_label",
)
_COLONS = {"zh": "："}  # the colon after a field label, where it is not ":"
_OTHER_KEYS = ("csat_labels", "dimensions", "items", "name_quotes", "generic")


@dataclass(frozen=True)
class Scale:
    """An answer scale: whole numbers from `minimum` to `maximum`, both included."""

    minimum: int
    maximum: int

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.minimum, self.maximum + 1))


@dataclass(frozen=True)
class ServqualItem:
    """One of the 22 SERVQUAL statements, rated twice (expectation E, perception P)."""

    number: int
    dimension: str
    statement: str


@dataclass(frozen=True)
class DimensionText:
    title: str
    description: str


@dataclass(frozen=True)
class Questionnaire:
    """Every text of the printed questionnaire in one language, plus its structure.

    Texts in `TEMPLATED_FIELDS` still hold `{business}` until `for_business` fills them.
    Mappings are read-only: the loaded object is cached and shared.
    """

    language: str
    title: str
    intro: str
    nps_question: str
    nps_low: str
    nps_high: str
    csat_question: str
    csat_labels: tuple[str, ...]
    ces_question: str
    ces_statement: str
    ces_low: str
    ces_high: str
    servqual_heading: str
    servqual_instructions: str
    servqual_scale_hint: str
    number_label: str
    statement_label: str
    expectation_label: str
    perception_label: str
    dimensions: Mapping[str, DimensionText]
    items: tuple[ServqualItem, ...]
    importance_question: str
    importance_total: str
    segment_question: str
    segment_other: str
    date_label: str
    comment_prompt: str
    footer: str
    page_label: str
    scales: Mapping[str, Scale]
    importance_points: int
    name_quotes: tuple[str, str]
    generic: Mapping[str, str]  # TEMPLATED_FIELDS worded for a plan with no business name
    templates: Mapping[str, str]  # TEMPLATED_FIELDS as loaded, with {business}
    business: str = ""  # the name the texts were filled in with ("" = not filled / generic)

    def items_of(self, dimension: str) -> tuple[ServqualItem, ...]:
        """The items of one SERVQUAL dimension, in number order."""
        return tuple(item for item in self.items if item.dimension == dimension)

    def quoted(self, name: str) -> str:
        """The business name as this language writes it inside a sentence (Russian: «…»).

        A name that already carries quotation marks is left alone, so «Кафе «Уют»» never happens.
        """
        opening, closing = self.name_quotes
        if not opening or any(mark in name for mark in "«»\"“”„'‘’"):
            return name
        return f"{opening}{name}{closing}"

    def for_business(self, name: str) -> Questionnaire:
        """A copy with every `{business}` text filled in; generic wording when `name` is blank.

        Plain substitution, not `str.format`: a name with braces (or anything else) is text.
        """
        name = " ".join(name.split())
        quoted = self.quoted(name)

        def fill(key: str) -> str:
            return self.templates[key].replace(BUSINESS, quoted) if name else self.generic[key]

        return replace(
            self,
            business=name,
            intro=fill("intro"),
            nps_question=fill("nps_question"),
            csat_question=fill("csat_question"),
            ces_statement=fill("ces_statement"),
        )

    def label(self, text: str) -> str:
        """`text` as the label of a field to write in: "Date:", Chinese "日期：" (fullwidth)."""
        return f"{text}{_COLONS.get(self.language, ':')}"

    def page_text(self, page: int, pages: int) -> str:
        """The "page X of N" footer in this language."""
        return self.page_label.replace("{page}", str(page)).replace("{pages}", str(pages))


def _broken(path: Path, what: str) -> InvalidValueError:
    """Content files ship with the program: a gap is a packaging bug, named precisely."""
    return InvalidValueError("questionnaire", f"{path}: {what}", "bad_content")


@cache
def structure() -> dict[str, Any]:
    """The language-neutral structure, checked: 22 numbered items in the five dimensions."""
    path = CONTENT_DIR / STRUCTURE_FILE
    shape = read_json(path)
    if tuple(shape.get("dimensions", ())) != SERVQUAL_DIMENSIONS:
        raise _broken(path, f"dimensions must be {', '.join(SERVQUAL_DIMENSIONS)}")
    numbers = [entry.get("number") for entry in shape.get("items", [])]
    if numbers != list(range(1, 23)):
        raise _broken(path, "items must be numbered 1 to 22 in order")
    for entry in shape["items"]:
        if entry.get("dimension") not in SERVQUAL_DIMENSIONS:
            raise _broken(path, f"item {entry['number']} has an unknown dimension")
    for scale in SCALES:
        spec = shape.get("scales", {}).get(scale, {})
        if not isinstance(spec.get("min"), int) or not isinstance(spec.get("max"), int):
            raise _broken(path, f"scale {scale!r} needs whole-number min and max")
        if spec["min"] >= spec["max"]:
            raise _broken(path, f"scale {scale!r} has min >= max")
    if not isinstance(shape.get("importance_points"), int) or shape["importance_points"] <= 0:
        raise _broken(path, "importance_points must be a positive whole number")
    return shape


def _text(texts: dict[str, Any], key: str, path: Path) -> str:
    value = texts.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _broken(path, f"text {key!r} is missing or empty")
    return value


def _check_placeholders(texts: dict[str, Any], path: Path) -> None:
    """Only templated texts may hold `{business}`, and each of those must use it."""
    for key in TEXT_FIELDS:
        value = _text(texts, key, path)
        if key in TEMPLATED_FIELDS:
            if BUSINESS not in value:
                raise _broken(path, f"text {key!r} must contain {BUSINESS}")
        elif key == "page_label":
            if "{page}" not in value or "{pages}" not in value:
                raise _broken(path, "page_label must contain {page} and {pages}")
        elif "{" in value or "}" in value:
            raise _broken(path, f"text {key!r} has a placeholder where none is allowed")
    generic = texts.get("generic")
    if not isinstance(generic, dict) or set(generic) != set(TEMPLATED_FIELDS):
        raise _broken(path, f"generic must hold exactly: {', '.join(TEMPLATED_FIELDS)}")
    for key in TEMPLATED_FIELDS:
        if "{" in _text(generic, key, path):
            raise _broken(path, f"generic text {key!r} must not contain a placeholder")


@cache
def load_questionnaire(language: str) -> Questionnaire:
    """The questionnaire in `language` (en, ru, zh), checked against the structure; cached."""
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    shape = structure()
    path = CONTENT_DIR / language / STRUCTURE_FILE
    texts = read_json(path)
    unknown = set(texts) - set(TEXT_FIELDS) - set(_OTHER_KEYS)
    if unknown:
        raise _broken(path, f"unknown keys: {', '.join(sorted(unknown))}")
    _check_placeholders(texts, path)

    csat_scale = shape["scales"]["csat"]
    labels = texts.get("csat_labels")
    if (
        not isinstance(labels, list)
        or len(labels) != csat_scale["max"] - csat_scale["min"] + 1
        or not all(isinstance(label, str) and label.strip() for label in labels)
    ):
        raise _broken(path, "csat_labels must name every point of the CSAT scale")

    raw_dimensions = texts.get("dimensions")
    if not isinstance(raw_dimensions, dict) or set(raw_dimensions) != set(SERVQUAL_DIMENSIONS):
        raise _broken(path, f"dimensions must be exactly: {', '.join(SERVQUAL_DIMENSIONS)}")
    dimensions = {
        key: DimensionText(
            _text(raw_dimensions[key], "title", path),
            _text(raw_dimensions[key], "description", path),
        )
        for key in SERVQUAL_DIMENSIONS
    }

    raw_items = texts.get("items")
    expected = {str(entry["number"]) for entry in shape["items"]}
    if not isinstance(raw_items, dict) or set(raw_items) != expected:
        raise _broken(path, "items must hold a statement for each of the numbers 1 to 22")
    items = tuple(
        ServqualItem(
            entry["number"], entry["dimension"], _text(raw_items, str(entry["number"]), path)
        )
        for entry in shape["items"]
    )

    quotes = texts.get("name_quotes")
    if not (
        isinstance(quotes, list) and len(quotes) == 2 and all(isinstance(q, str) for q in quotes)
    ):
        raise _broken(path, "name_quotes must be a pair of strings (opening, closing)")

    plain = {key: texts[key] for key in TEXT_FIELDS}
    return Questionnaire(
        language=language,
        csat_labels=tuple(labels),
        dimensions=MappingProxyType(dimensions),
        items=items,
        scales=MappingProxyType(
            {
                name: Scale(spec["min"], spec["max"])
                for name, spec in shape["scales"].items()
                if name in SCALES
            }
        ),
        importance_points=shape["importance_points"],
        name_quotes=(quotes[0], quotes[1]),
        generic=MappingProxyType(dict(texts["generic"])),
        templates=MappingProxyType({key: texts[key] for key in TEMPLATED_FIELDS}),
        **plain,
    )


def dimension_titles(language: str) -> dict[str, str]:
    """The five SERVQUAL dimensions' titles in a language, in the method's order."""
    texts = load_questionnaire(language).dimensions
    return {name: texts[name].title for name in SERVQUAL_DIMENSIONS}
