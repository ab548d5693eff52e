"""The names of the plan's figures, once per language (`assets/content/<lang>/glossary.json`).

The window's labels and the Service Plan PDF both take a figure's name from here, so a figure
has one name in each language. Pure Python: no Qt, no reportlab.
"""

from __future__ import annotations

import functools

from plan.content import CONTENT_DIR, read_json

__all__ = ["FIGURE_KEYS", "INPUT_KEYS", "KEYS", "OUTPUT_KEYS", "label", "with_short_form"]

#: The assessment's and the survey's figures: the service-level index, NPS, CSAT, CES (each
#: with the short form tables and the survey page use) and the SERVQUAL score (the mean gap).
#: SERVQUAL's dimensions are named once already, by the questionnaire (`dimension_titles`).
FIGURE_KEYS = (
    "service_index",
    "nps",
    "nps_short",
    "csat",
    "csat_short",
    "ces",
    "ces_short",
    "servqual",
)

#: The cost-of-poor-service calculator's inputs (the currency is not named in the PDF).
INPUT_KEYS = (
    "customers",
    "revenue_per_customer",
    "customers_lost",
    "poor_service_share",
    "replacement_factor",
)

#: The calculator's outputs, in the order the window and the PDF's outputs table list them.
OUTPUT_KEYS = (
    "lost_to_poor_service",
    "revenue_lost",
    "told_unhappy",
    "told_happy",
    "replacement_cost",
    "budget_total",
    "projected_gain",
    "payback_months",
)

#: Every figure the glossary names.
KEYS = FIGURE_KEYS + INPUT_KEYS + OUTPUT_KEYS


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


def with_short_form(key: str, language: str) -> str:
    """A figure's name followed by its short form where it has one the name lacks
    ("Customer satisfaction (CSAT)"): where a list names it once, as a goal's indicator."""
    name = label(key, language)
    short_key = f"{key}_short"
    if short_key not in KEYS:
        return name
    short = label(short_key, language)
    if short in name:
        return name
    return f"{name}（{short}）" if language == "zh" else f"{name} ({short})"
