"""What the document prints, read from the plan once (`plan.figures`), with over-long texts cut."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from export.pdf_text import (
    is_cjk,
)
from export.service_plan.options import (
    MAX_COMMENTS,
)
from plan.figures import PlanFigures, read_figures
from plan.imports import MAX_LABEL_LENGTH, MAX_TEXT_LENGTH
from plan.own_words import MAX_TITLE_LENGTH, OwnWords

if TYPE_CHECKING:
    from plan.profile import Profile
    from plan.store import PlanStore


@dataclass
class _PlanData:
    """Everything the document prints, read from the plan once."""

    figures: PlanFigures
    logo: bytes | None
    comments: list[str]
    language: str
    own_words: OwnWords = field(default_factory=lambda: OwnWords({}, ()))

    @classmethod
    def read(cls, store: PlanStore) -> _PlanData:
        logo = store.profile.logo()
        comments = [text for _, _, text in store.survey.comments(limit=200)]
        return cls(
            read_figures(store),
            logo.data if logo is not None else None,
            _representative(comments),
            store.language(),
            store.own_words.get(),
        )

    @property
    def profile(self) -> Profile:
        return self.figures.profile

    @property
    def today(self) -> date:
        """The day the plan was read: the timeline's "today"."""
        return self.figures.today

    def shortened(self, note: str) -> _PlanData:
        """This data with every text longer than the plan's own forms accept cut to that
        length, followed by an ellipsis and `note` ("(shortened)"), and every figure that is
        not a finite number (NaN, infinity) as None, as the JSON report has it.

        Why: a plan written by another tool may hold a 100,000-character goal title or
        complaint category; printed whole it fills a chart, a table cell taller than a page
        (which reportlab cannot lay out) or dozens of pages. Anything the forms accept
        prints as it is.
        """
        from dataclasses import replace

        from plan.profile import FIELD_SPECS, PROFILE_FIELDS

        profile = replace(
            self.profile,
            **{
                name: _cut(getattr(self.profile, name), FIELD_SPECS[name].max_length, note)
                for name in PROFILE_FIELDS
                if FIELD_SPECS[name].kind not in ("choice", "date")
            },
        )
        figures = replace(_shortened_values(self.figures, MAX_LABEL_LENGTH, note), profile=profile)
        own = self.own_words
        own_words = OwnWords(
            {key: _cut(text, MAX_TEXT_LENGTH, note) for key, text in own.texts.items()},
            tuple(
                replace(
                    section,
                    title=_cut(section.title, MAX_TITLE_LENGTH, note),
                    text=_cut(section.text, MAX_TEXT_LENGTH, note),
                )
                for section in own.sections
            ),
        )
        # comments: see _representative
        return replace(self, figures=figures, own_words=own_words)

    def has(self, section: str) -> bool:
        figures = self.figures
        survey_or_complaints = bool(figures.survey.responses or figures.complaints.total)
        present = {
            "service_level": bool(figures.assessment.answered)
            or any(check.value is not None for check in figures.assessment.metrics),
            "customers": survey_or_complaints,
            "problems": bool(figures.problems.problems),
            "standards": bool(figures.standards),
            "goals": bool(figures.goals or figures.means),
            "economics": figures.has_economics,
            "appendix": survey_or_complaints,
        }
        return present.get(section, True)


#: The longest text the plan's forms accept, by its field's name; any other text (names,
#: categories, segments, owners, touchpoints, indicators) is a label of MAX_LABEL_LENGTH.
_TEXT_LIMITS: dict[str, int] = {
    "description": MAX_TEXT_LENGTH,
    "evidence": MAX_TEXT_LENGTH,
    "measurement": MAX_TEXT_LENGTH,
    "statement": 500,  # a standard's statement
    "text": 500,  # a self-audit statement (the method's own wording)
    "title": 300,  # a goal's (a problem's is at most 200)
    "action": 300,  # a means'
}


def _cut(text: str, limit: int, note: str) -> str:
    """`text` if it has at most `limit` characters, else its first `limit` characters, an
    ellipsis and `note`."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rstrip()
    separator = "" if note and is_cjk(note[0]) else " "
    return f"{cut}…{separator}{note}" if note else f"{cut}…"


def _shortened_values(value: Any, limit: int, note: str) -> Any:
    """The plan's figures (frozen dataclasses, dicts, tuples and lists) with each text cut to
    its limit (`_TEXT_LIMITS`, by the field's or key's name) and each float that is not finite
    as None."""
    if isinstance(value, str):
        return _cut(value, limit, note)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _shortened_values(
                getattr(value, f.name), _TEXT_LIMITS.get(f.name, MAX_LABEL_LENGTH), note
            )
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, dict):
        return {
            (_cut(key, MAX_LABEL_LENGTH, note) if isinstance(key, str) else key): (
                _shortened_values(item, _TEXT_LIMITS.get(key, MAX_LABEL_LENGTH), note)
                if isinstance(key, str)
                else _shortened_values(item, MAX_LABEL_LENGTH, note)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_shortened_values(item, limit, note) for item in value]
    if type(value) is tuple:
        return tuple(_shortened_values(item, limit, note) for item in value)
    return value


def _representative(comments: list[str]) -> list[str]:
    """A few comments worth quoting: of a readable length, no repeats, in the order given."""
    chosen: list[str] = []
    seen: set[str] = set()
    for text in comments:
        words = " ".join(text.split())
        key = words.casefold()
        length = sum(2 if is_cjk(ch) else 1 for ch in words)  # a Chinese character says more
        if 20 <= length <= 300 and key not in seen:
            chosen.append(words)
            seen.add(key)
        if len(chosen) == MAX_COMMENTS:
            break
    return chosen
