"""Checks shared by the records people type in (problems, standards, goals, means).

Each raises InvalidValueError naming the field and a `code`, so the window can word the message
in the user's language and the command line can print the English one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date

from plan.errors import InvalidValueError
from plan.imports import MAX_LABEL_LENGTH, MAX_TEXT_LENGTH

#: Budgets and targets beyond this are typing slips, not plans (and would print as 1e+15).
MAX_AMOUNT = 1e12


def _checked(field: str, text: str, limit: int) -> str:
    if "\x00" in text:
        raise InvalidValueError(field, "contains a NUL character", "nul")
    if len(text) > limit:
        raise InvalidValueError(
            field,
            f"is {len(text)} characters long; at most {limit} are allowed",
            "too_long",
            {"length": len(text), "max": limit},
        )
    return text


def line(field: str, text: str, *, required: bool = False, limit: int = MAX_LABEL_LENGTH) -> str:
    """One line of text with its runs of white space made single spaces."""
    tidy = _checked(field, " ".join(str(text).split()), limit)
    if required and not tidy:
        raise InvalidValueError(field, "is empty", "empty")
    return tidy


def text(field: str, value: str, *, limit: int = MAX_TEXT_LENGTH) -> str:
    """Free text (line breaks kept), trimmed at both ends."""
    return _checked(field, str(value).strip(), limit)


def choice(field: str, value: str, options: Sequence[str], *, blank: bool = False) -> str:
    if (blank and value == "") or value in options:
        return value
    raise InvalidValueError(
        field, f"{value!r} is not one of {', '.join(options)}", f"unknown_{field}"
    )


def amount(
    field: str, value: float | None, *, minimum: float = -MAX_AMOUNT, maximum: float = MAX_AMOUNT
) -> float | None:
    """A finite number within bounds, or None for "not given"."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidValueError(field, f"{value!r} is not a number", "not_a_number")
    if not minimum <= value <= maximum:
        raise InvalidValueError(
            field,
            f"{value:g} is outside {minimum:g} to {maximum:g}",
            "out_of_range",
            {"minimum": minimum, "maximum": maximum},
        )
    return float(value)


def iso_date(field: str, value: str) -> str:
    """A calendar date as YYYY-MM-DD, or "" for none."""
    value = value.strip()
    if not value:
        return ""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or len(value) != 10:
        raise InvalidValueError(field, f"{value!r} is not a date like 2026-12-31", "bad_date")
    return value


def date_range(start: str, end: str) -> None:
    """Refuse an end before the start (both already checked by iso_date)."""
    if start and end and end < start:
        raise InvalidValueError(
            "end", f"{end} is before the start {start}", "end_before_start", {"start": start}
        )


def ids(field: str, values: Iterable[int]) -> tuple[int, ...]:
    """Record ids, each once, in ascending order."""
    seen: set[int] = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InvalidValueError(field, f"{value!r} is not a record id", "bad_id")
        seen.add(value)
    return tuple(sorted(seen))
