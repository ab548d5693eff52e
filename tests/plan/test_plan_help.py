"""The help on each step: every topic in every language, with its three parts."""

from __future__ import annotations

import pytest

from plan import LANGUAGES
from plan.errors import InvalidValueError
from plan.help import TOPICS, load_help
from plan.steps import Step


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_and_group_has_help(language: str) -> None:
    texts = load_help(language)
    assert set(texts) == set(TOPICS)
    assert {step.value for step in Step} <= set(TOPICS)
    for topic, help_text in texts.items():
        assert help_text.purpose and help_text.why, (language, topic)
        assert len(help_text.how) >= 2, (language, topic)


def test_help_is_in_the_language_asked_for() -> None:
    assert "customers" in load_help("en")["survey"].purpose
    assert "клиент" in load_help("ru")["survey"].purpose
    assert "顾客" in load_help("zh")["survey"].purpose


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidValueError):
        load_help("fr")
