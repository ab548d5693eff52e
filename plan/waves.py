"""Survey waves: each survey import belongs to one, so next year's survey is not pooled with this
year's (docs/methodology.md §3.9).

A wave has a unique label and a date; the plan's survey figures are those of the latest wave
(by date, then by when it was made) that holds responses. A new import goes into the wave the
user names, or by default into the wave named after the month of its responses (or of the day
it is imported, when its rows have no dates): an existing label adds to that wave.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from plan.errors import InvalidValueError

#: Longest wave label: it is printed as a chart's tick and a table's heading.
MAX_WAVE_LABEL = 40


@dataclass(frozen=True)
class Wave:
    """One survey wave and how much it holds."""

    id: int
    label: str
    #: ISO date (YYYY-MM-DD): the latest response date of its first import, or its import day.
    date: str
    imports: int
    responses: int


def check_label(label: str) -> str:
    """The label as stored (spaces trimmed); refuses an empty or too long one, naming why."""
    clean = " ".join(label.split())
    if not clean:
        raise InvalidValueError("wave", "the wave's label is empty", "empty_wave_label")
    if len(clean) > MAX_WAVE_LABEL:
        raise InvalidValueError(
            "wave",
            f"the wave's label is {len(clean)} characters long; at most {MAX_WAVE_LABEL}",
            "too_long",
            {"length": len(clean), "max": MAX_WAVE_LABEL},
        )
    return clean


def check_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidValueError(
            "wave", f"{value!r} is not a date (YYYY-MM-DD)", "bad_wave_date"
        ) from None


def wave_date(response_dates: Iterable[object], today: date) -> str:
    """The date of a wave made by an import: its latest response date, else the import day."""
    latest = max((str(d) for d in response_dates if d), default="")
    try:
        return date.fromisoformat(latest[:10]).isoformat()
    except ValueError:
        return today.isoformat()


def default_label(response_dates: Iterable[object], today: date) -> str:
    """The wave an import goes to when the user names none: its responses' month (YYYY-MM)."""
    return wave_date(response_dates, today)[:7]
