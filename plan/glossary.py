"""The names of the plan's figures, once per language (`assets/content/<lang>/glossary.json`).

The window's labels and the Service Plan PDF both take a figure's name from here, so a figure
has one name in each language. Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import functools

from plan.content import CONTENT_DIR, read_json

__all__ = ["KEYS", "label"]

#: The figures the glossary names: the cost-of-poor-service calculator's outputs.
KEYS = (
    "lost_to_poor_service",
    "revenue_lost",
    "told_unhappy",
    "told_happy",
    "replacement_cost",
    "budget_total",
    "projected_gain",
    "payback_months",
)


@functools.cache
def _glossary(language: str) -> dict[str, str]:
    data = read_json(CONTENT_DIR / language / "glossary.json")
    return {str(key): str(value) for key, value in data.items()}


def label(key: str, language: str) -> str:
    """A figure's name in `language` (English when the language has no glossary)."""
    try:
        names = _glossary(language)
    except FileNotFoundError:
        names = _glossary("en")
    return names[key]
