"""The complaints log: one record per complaint, grouped by category for the Pareto analysis.

Each complaint is information and a chance to build loyalty (docs/methodology.md §3.7), so the
log keeps what the customer said, when, and whether it was resolved; categories make the "vital
few" visible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from plan import LANGUAGES
from plan.errors import InvalidValueError
from plan.imports import MAX_LABEL_LENGTH, MAX_TEXT_LENGTH
from plan.resources import assets_dir

CATEGORIES_FILE = assets_dir() / "content" / "complaint_categories.json"
MAX_CATEGORIES = 50


@dataclass(frozen=True)
class Complaint:
    date: str | None
    category: str
    description: str
    resolved: bool = False
    id: int | None = None
    import_id: int | None = None
    #: The branch or customer group it came from ("" when not known).
    segment: str = ""


@cache
def _defaults() -> dict[str, list[str]]:
    with CATEGORIES_FILE.open(encoding="utf-8") as handle:
        data: dict[str, list[str]] = json.load(handle)
    return data


def default_categories(language: str) -> list[str]:
    return list(_defaults()[language if language in LANGUAGES else "en"])


def _too_long(field: str, text: str, limit: int) -> InvalidValueError:
    return InvalidValueError(
        field,
        f"is {len(text)} characters long; at most {limit} are allowed",
        "too_long",
        {"length": len(text), "max": limit},
    )


def validate_complaint(complaint: Complaint) -> Complaint:
    """Tidy a complaint's text and check its fields; raises InvalidValueError naming the field."""
    category = " ".join(complaint.category.split())
    description = complaint.description.strip()
    when = (complaint.date or "").strip() or None
    if when is not None:
        try:
            date.fromisoformat(when)
        except ValueError:
            raise InvalidValueError(
                "date", f"{when!r} is not a date in the form YYYY-MM-DD", "bad_date"
            ) from None
    segment = " ".join(complaint.segment.split())
    if len(category) > MAX_LABEL_LENGTH:
        raise _too_long("category", category, MAX_LABEL_LENGTH)
    if len(segment) > MAX_LABEL_LENGTH:
        raise _too_long("segment", segment, MAX_LABEL_LENGTH)
    if len(description) > MAX_TEXT_LENGTH:
        raise _too_long("description", description, MAX_TEXT_LENGTH)
    if not category and not description:
        raise InvalidValueError("complaint", "needs a category or a description", "empty")
    return replace(
        complaint, date=when, category=category, description=description, segment=segment
    )


def validate_categories(names: list[str]) -> list[str]:
    """Trimmed, non-empty, without repeats (case-insensitively), at most MAX_CATEGORIES."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not name or name.casefold() in seen:
            continue
        if len(name) > MAX_LABEL_LENGTH:
            raise _too_long("category", name, MAX_LABEL_LENGTH)
        seen.add(name.casefold())
        cleaned.append(name)
    if len(cleaned) > MAX_CATEGORIES:
        raise InvalidValueError(
            "categories",
            f"has {len(cleaned)} categories; at most {MAX_CATEGORIES} are allowed",
            "too_many",
            {"count": len(cleaned), "max": MAX_CATEGORIES},
        )
    return cleaned
