"""Step 2's records: the problem and its rules, priority and focus, the store's problem, suggestion
and sins functions (each undoable), the step's completeness, and the per-language texts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from plan import LANGUAGES
from plan.errors import InvalidValueError, ReadOnlyPlanError
from plan.problems import (
    FOCUS_MAX,
    ROOT_CAUSES,
    SIN_SCALE,
    SINS,
    STATUSES,
    Problem,
    by_priority,
    focus_ids,
    load_texts,
    structure,
    validate_problem,
)
from plan.self_audit import item_ids, load_content
from plan.steps import Completeness, Step, completeness
from plan.store import PlanChange, PlanStore, Section


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def problem(
    title: str = "Slow replies", frequency: int = 3, impact: int = 4, **kw: object
) -> Problem:
    fields: dict[str, object] = {"root_cause": "can", **kw}
    return Problem(title, frequency, impact, **fields)  # type: ignore[arg-type]


# -- the record -------------------------------------------------------------------------------


def test_priority_is_frequency_times_impact() -> None:
    assert problem(frequency=3, impact=4).priority == 12
    assert problem(frequency=5, impact=5).priority == 25
    assert problem(frequency=1, impact=1).priority == 1


def test_validation_tidies_text() -> None:
    tidy = validate_problem(
        problem("  Slow\n replies ", description="  why \n", touchpoint=" In  person ")
    )
    assert (tidy.title, tidy.description, tidy.touchpoint) == ("Slow replies", "why", "In person")


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"title": "   "}, "title", "empty"),
        ({"title": "x" * 201}, "title", "too_long"),
        ({"evidence": "x" * 5001}, "evidence", "too_long"),
        ({"frequency": 0}, "frequency", "out_of_range"),
        ({"impact": 6}, "impact", "out_of_range"),
        ({"impact": True}, "impact", "out_of_range"),
        ({"frequency": 2.5}, "frequency", "out_of_range"),
        ({"root_cause": "luck"}, "root_cause", "unknown_root_cause"),
        ({"status": "forgotten"}, "status", "unknown_status"),
        ({"suggestion_key": ""}, "suggestion_key", "bad_key"),
    ],
)
def test_validation_refuses(change: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        validate_problem(replace(problem(), **change))  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)


def test_by_priority_breaks_ties_by_impact() -> None:
    rows = [
        problem("low", 2, 2, id=1),
        problem("often, mild", 4, 3, id=2),  # 12
        problem("rare, severe", 3, 4, id=3),  # 12, but customers feel it more
        problem("top", 5, 5, id=4),
    ]
    assert [p.title for p in by_priority(rows)] == ["top", "rare, severe", "often, mild", "low"]


def test_focus_is_the_top_three() -> None:
    rows = [problem(str(i), f, 3, id=i) for i, f in enumerate([5, 4, 3, 2, 1], start=1)]
    assert focus_ids(rows) == {1, 2, 3}


def test_focus_widens_for_exact_ties_up_to_five() -> None:
    tied = [problem(str(i), 4, 4, id=i) for i in range(1, 8)]
    assert focus_ids(tied) == set(range(1, FOCUS_MAX + 1))
    # a tie in priority but not in impact does not widen it
    rows = [problem("a", 4, 4, id=1), problem("b", 4, 4, id=2), problem("c", 4, 4, id=3)]
    rows.append(problem("d", 4, 4, id=4))
    rows.append(problem("e", 2, 5, id=5))  # priority 10
    assert focus_ids(rows) == {1, 2, 3, 4}


def test_focus_skips_solved_and_follows_pins() -> None:
    rows = [
        problem("top", 5, 5, id=1, status="solved"),
        problem("second", 5, 4, id=2),
        problem("third", 4, 4, id=3, focus=False),
        problem("fourth", 3, 4, id=4),
        problem("fifth", 3, 3, id=5),
        problem("low but pinned", 1, 1, id=6, focus=True),
    ]
    # The pin takes one of the three places; the solved and the unpinned are left out.
    assert focus_ids(rows) == {6, 2, 4}
    assert focus_ids([]) == set()


# -- the store ---------------------------------------------------------------------------------


def test_add_update_delete_and_restore(store: PlanStore) -> None:
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    added = store.problems.add(problem(evidence="NPS −7.5", touchpoint="Phone"))
    assert added.id is not None
    assert store.problems.all() == [added]
    assert changes[-1].section is Section.PROBLEMS

    old = store.problems.update(replace(added, status="in_progress", focus=True, impact=5))
    assert old == added
    now = store.problems.get(added.id)
    assert (now.status, now.focus, now.priority) == ("in_progress", True, 15)
    assert changes[-1] == PlanChange(Section.PROBLEMS, frozenset({str(added.id)}))

    removed = store.problems.delete(added.id)
    assert removed.problem == now and store.problems.all() == []
    back = store.problems.restore(removed)
    assert back == removed.problem == store.problems.get(added.id)  # same id, fields and pin


def test_unknown_problem_is_refused(store: PlanStore) -> None:
    with pytest.raises(InvalidValueError) as caught:
        store.problems.delete(99)
    assert caught.value.code == "unknown_item"


def test_accept_lifts_a_dismissal_and_revert_puts_it_back(store: PlanStore) -> None:
    key = "metric:repeat_revenue_share"
    assert store.problems.set_suggestion_dismissed(key, True) is False
    assert store.problems.dismissed_suggestions() == {key}

    accepted = store.problems.accept_suggestion(problem(suggestion_key=key))

    assert accepted.was_dismissed is True
    assert store.problems.dismissed_suggestions() == set()
    assert store.problems.all()[0].suggestion_key == key
    with pytest.raises(InvalidValueError) as twice:
        store.problems.accept_suggestion(problem(suggestion_key=key))
    assert twice.value.code == "already_accepted"

    store.problems.revert_acceptance(accepted)
    assert store.problems.all() == []
    assert store.problems.dismissed_suggestions() == {key}


def test_accept_of_a_pending_suggestion_reverts_to_pending(store: PlanStore) -> None:
    accepted = store.problems.accept_suggestion(problem(suggestion_key="sin:apathy"))
    assert accepted.was_dismissed is False
    store.problems.revert_acceptance(accepted)
    assert store.problems.all() == [] and store.problems.dismissed_suggestions() == set()


def test_dismissal_is_undone_by_its_previous_value(store: PlanStore) -> None:
    assert store.problems.set_suggestion_dismissed("servqual:empathy", True) is False
    assert store.problems.set_suggestion_dismissed("servqual:empathy", True) is True
    assert store.problems.set_suggestion_dismissed("servqual:empathy", False) is True
    assert store.problems.dismissed_suggestions() == set()


def test_sins_checklist(store: PlanStore) -> None:
    assert store.problems.set_sin_observation("rule_book", "often") is None
    assert store.problems.set_sin_observation("rule_book", "always") == "often"
    assert store.problems.sin_observations() == {"rule_book": "always"}
    assert store.problems.set_sin_observation("rule_book", None) == "always"
    assert store.problems.sin_observations() == {}
    with pytest.raises(InvalidValueError):
        store.problems.set_sin_observation("greed", "often")
    with pytest.raises(InvalidValueError):
        store.problems.set_sin_observation("apathy", "daily")


def test_refusals_write_nothing(store: PlanStore) -> None:
    with pytest.raises(InvalidValueError):
        store.problems.add(problem(title=""))
    store.problems.add(problem(suggestion_key="sin:coldness"))
    second = store.problems.add(problem("Other"))
    assert second.id is not None
    with pytest.raises(InvalidValueError):  # the key already belongs to the first problem
        store.problems.update(replace(second, suggestion_key="sin:coldness"))
    assert [p.title for p in store.problems.all()] == ["Slow replies", "Other"]
    assert store.problems.get(second.id).suggestion_key is None


def test_read_only_plan_refuses_step_two_edits(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    readonly = PlanStore.open(path, readonly=True)
    try:
        with pytest.raises(ReadOnlyPlanError):
            readonly.problems.add(problem())
        with pytest.raises(ReadOnlyPlanError):
            readonly.problems.set_suggestion_dismissed("sin:apathy", True)
        with pytest.raises(ReadOnlyPlanError):
            readonly.problems.set_sin_observation("apathy", "often")
    finally:
        readonly.close()


def test_problems_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    store = PlanStore.create(path)
    kept = store.problems.add(problem(focus=False, suggestion_key="sin:apathy"))
    store.problems.set_sin_observation("apathy", "sometimes")
    store.close()
    again = PlanStore.open(path)
    try:
        assert again.problems.all() == [kept]
        assert again.problems.sin_observations() == {"apathy": "sometimes"}
    finally:
        again.close()


def test_step_mark(store: PlanStore) -> None:
    assert completeness(store)[Step.PROBLEMS] is Completeness.EMPTY
    store.problems.set_sin_observation("apathy", "never")
    assert completeness(store)[Step.PROBLEMS] is Completeness.PARTIAL
    for sin in SINS:
        store.problems.set_sin_observation(sin, "rarely")
    assert completeness(store)[Step.PROBLEMS] is Completeness.PARTIAL  # no problem yet
    store.problems.add(problem())
    assert completeness(store)[Step.PROBLEMS] is Completeness.COMPLETE


# -- content -----------------------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_texts_cover_the_structure(language: str) -> None:
    texts = load_texts(language)
    assert set(texts.root_causes) == set(ROOT_CAUSES)
    assert set(texts.statuses) == set(STATUSES)
    assert set(texts.sin_scale) == set(SIN_SCALE)
    assert set(texts.sin_names) == set(SINS)
    assert set(texts.touchpoints) == set(structure()["touchpoints"])
    raw = texts.raw
    assert set(raw["item_titles"]) == set(item_ids())
    assert set(raw["metric_titles"]) == {m.id for m in load_content(language).metrics}
    assert set(raw["causes"]["audit_dimension"]) == set(structure()["audit_dimensions"])
    assert len(raw["causes"]["complaint_categories"]) == len(structure()["complaint_categories"])
    for sin in SINS:
        assert raw["sins"][sin]["title"] and raw["sins"][sin]["cause"]
    for value in [*texts.root_causes.values(), *raw["item_titles"].values()]:
        assert value.strip() and len(value) <= 200


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_templates_have_the_english_placeholders(language: str) -> None:
    english = load_texts("en").raw["rules"]
    other = load_texts(language).raw["rules"]
    assert set(other) == set(english)
    for kind, wording in english.items():
        if isinstance(wording, str):
            assert _placeholders(other[kind]) == _placeholders(wording), kind
            continue
        assert set(other[kind]) == set(wording), kind
        for name, text in wording.items():
            assert _placeholders(other[kind][name]) == _placeholders(text), (kind, name)


def test_structure_names_only_known_root_causes() -> None:
    shape = structure()
    causes = [s["root_cause"] for s in shape["sins"]]
    causes += list(shape["audit_dimensions"].values())
    causes += [m["root_cause"] for m in shape["metrics"].values()]
    causes += [d["root_cause"] for d in shape["servqual"].values()]
    causes += [c["root_cause"] for c in shape["complaint_categories"]]
    assert set(causes) <= set(ROOT_CAUSES)
    assert [s["id"] for s in shape["sins"]] == list(SINS)
    # The examples of the issue: rule book → can, apathy → want, robotism → know.
    by_sin = {s["id"]: s["root_cause"] for s in shape["sins"]}
    assert (by_sin["rule_book"], by_sin["apathy"], by_sin["robotism"]) == ("can", "want", "know")
