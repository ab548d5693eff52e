"""A goal's indicator names a survey or self-audit figure as the glossary does, so the goals
table, the goal dialog and the PDF never give a figure a third name."""

from __future__ import annotations

import pytest

from plan.glossary import label, with_short_form
from plan.goals import measures


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_fixed_measures_take_the_glossary_names(language: str) -> None:
    named = measures(language)
    for key in ("nps", "csat", "ces", "service_index", "servqual"):
        assert named[key].name == with_short_form(key, language)
        assert label(key, language) in named[key].name


def test_short_form_is_added_once_in_the_languages_brackets() -> None:
    assert with_short_form("csat", "en") == "Customer satisfaction (CSAT)"
    assert with_short_form("csat", "zh") == "顾客满意度（CSAT）"
    assert with_short_form("nps", "zh") == label("nps", "zh")  # already holds "NPS"
    assert with_short_form("service_index", "en") == label("service_index", "en")
