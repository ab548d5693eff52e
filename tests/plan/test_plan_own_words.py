"""The consultant's own words: validation, the store's functions and their change notices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plan.errors import InvalidValueError
from plan.imports import MAX_TEXT_LENGTH
from plan.own_words import DOCUMENT_SECTIONS, OwnSection
from plan.store import PlanChange, PlanStore, Section


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def test_document_sections_are_the_exports() -> None:
    from export.service_plan import SECTIONS

    assert DOCUMENT_SECTIONS == SECTIONS


def test_a_section_text_is_stored_trimmed_and_cleared(store: PlanStore) -> None:
    changes: list[PlanChange] = []
    store.subscribe(changes.append)

    assert store.own_words.set_text("goals", "  We start <here> & now 🚀 先做  \n") == ""
    assert store.own_words.text("goals") == "We start <here> & now 🚀 先做"
    assert store.own_words.get().texts == {"goals": "We start <here> & now 🚀 先做"}
    assert changes[-1] == PlanChange(Section.OWN_WORDS, frozenset({"goals"}))

    assert store.own_words.set_text("goals", "") == "We start <here> & now 🚀 先做"
    assert store.own_words.get().texts == {}


def test_bad_texts_are_refused_and_nothing_is_saved(store: PlanStore) -> None:
    store.own_words.set_text("summary", "Kept.")
    with pytest.raises(InvalidValueError) as error:
        store.own_words.set_text("summary", "x" * (MAX_TEXT_LENGTH + 1))
    assert error.value.field == "own_text.summary"
    assert f"at most {MAX_TEXT_LENGTH}" in str(error.value)
    with pytest.raises(InvalidValueError, match="section"):
        store.own_words.set_text("nowhere", "text")
    with pytest.raises(InvalidValueError, match="title"):
        store.own_words.add(OwnSection(None, "   ", "text", "goals"))
    with pytest.raises(InvalidValueError, match="after"):
        store.own_words.add(OwnSection(None, "Title", "text", "nowhere"))
    assert store.own_words.text("summary") == "Kept."
    assert store.own_words.sections() == []


def test_own_sections_added_moved_and_removed_for_undo(store: PlanStore) -> None:
    first = store.own_words.add(OwnSection(None, " Next  steps ", "Call us.", "goals"))
    second = store.own_words.add(OwnSection(None, "About us", "", "summary"))
    assert first.title == "Next steps"
    assert store.own_words.get().after("goals") == [first]

    old = store.own_words.update(OwnSection(first.id, first.title, first.text, "appendix"))
    assert old == first
    assert store.own_words.get().after("goals") == []
    assert [own.title for own in store.own_words.get().after("appendix")] == ["Next steps"]

    removed = store.own_words.delete(second.id or 0)
    assert store.own_words.add(removed) == second  # undo: back with its id
    assert len(store.own_words.sections()) == 2
