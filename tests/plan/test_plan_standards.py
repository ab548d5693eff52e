"""Step 3: the standard record, the measurability check (global imperatives in each language),
the template library, focus problems without a standard, the store's functions and the step's
completeness."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest

from plan import LANGUAGES
from plan.content import CONTENT_DIR
from plan.errors import InvalidValueError
from plan.problems import Problem
from plan.standards import (
    DIRECTIONS,
    FREQUENCIES,
    Standard,
    check_standard,
    explain,
    focus_without_standard,
    load_texts,
    standard_from_template,
    structure,
    suggest_industry,
    templates,
    validate_standard,
)
from plan.steps import Completeness, Step, completeness
from plan.store import PlanChange, PlanStore, Section


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def measurable(statement: str = "Answer the phone within three rings.") -> Standard:
    return Standard(
        statement,
        touchpoint="phone",
        indicator="Rings before answering",
        target=3,
        unit="rings",
        frequency="weekly",
        measurement="Ten test calls a week",
        owner="Shift manager",
    )


# -- the measurability check -------------------------------------------------------------------

#: Slogans with nothing measurable: a global imperative in every language.
IMPERATIVES = {
    "en": ["The customer is always right!", "Service with a smile", "We care about every customer"],
    "ru": ["Клиент всегда прав!", "Обслуживать вежливо и быстро", "Клиент превыше всего"],
    "zh": ["顾客就是上帝", "客户永远是对的！", "微笑服务，热情周到"],
}
#: Statements with a number in them (as digits or in words), not yet measurable by their fields.
NUMBERED = {
    "en": ["Answer the phone within three rings.", "Reply to messages in 4 working hours"],
    "ru": ["Отвечать на звонок не позже третьего гудка", "Решать жалобу за 48 часов"],
    "zh": ["电话响三声内接听", "四小时内回复消息", "48小时内解决投诉"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_slogans_are_global_imperatives_naming_what_is_missing(language: str) -> None:
    names = load_texts(language).check["missing_names"]
    for statement in IMPERATIVES[language]:
        result = check_standard(Standard(statement), language)
        assert result.imperative, statement
        assert not result.measurable
        assert result.missing == ("indicator", "target", "unit", "frequency")
        lines = explain(Standard(statement), result, language)
        assert statement in lines[0]  # the slogan is quoted back
        assert all(names[field] in lines[1] for field in result.missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_numbered_statement_is_not_a_slogan_but_still_needs_its_fields(language: str) -> None:
    for statement in NUMBERED[language]:
        result = check_standard(Standard(statement), language)
        assert not result.imperative, statement
        assert result.missing == ("indicator", "target", "unit", "frequency")
        assert result.vague_words == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_library_template_is_measurable_and_not_vague(language: str) -> None:
    for template in structure()["templates"]:
        standard = standard_from_template(template["id"], language)
        result = check_standard(standard, language)
        assert result.measurable, (language, template["id"])
        assert not result.imperative and result.vague_words == (), (language, template["id"])
        assert result.incomplete == ("owner",)  # the library cannot know who owns it
        assert standard.target == float(template["target"])


def test_each_missing_field_is_named_alone() -> None:
    full = measurable()
    assert check_standard(full, "en").measurable
    assert check_standard(full, "en").incomplete == ()
    for field, empty in (("indicator", ""), ("target", None), ("unit", " "), ("frequency", "")):
        result = check_standard(replace(full, **{field: empty}), "en")
        assert result.missing == (field,)
        assert not result.imperative  # the statement has a number


def test_a_target_of_zero_is_a_target() -> None:
    zero = replace(measurable("No bill contains an error."), target=0.0, unit="errors")
    assert check_standard(zero, "en").measurable


def test_a_slogan_with_every_field_given_is_measurable() -> None:
    """The fields decide measurability; the statement's wording only decides the slogan note."""
    slogan = replace(measurable(), statement="The customer is always right")
    result = check_standard(slogan, "en")
    assert result.measurable and not result.imperative
    assert result.slogan == "the customer is always right"


def test_vague_words_are_named_in_a_statement_without_numbers() -> None:
    result = check_standard(Standard("Always greet customers in a friendly way"), "en")
    assert {"always", "friendly"} <= set(result.vague_words)
    lines = explain(Standard("Always greet customers in a friendly way"), result, "en")
    assert any("“always” cannot be measured" in line for line in lines)
    # "never" inside "whenever" is not the vague word "never".
    assert "never" not in check_standard(Standard("Call back whenever asked"), "en").vague_words


@pytest.mark.parametrize("language", LANGUAGES)
def test_explain_a_measurable_standard_in_words(language: str) -> None:
    standard = standard_from_template("complaint_48_hours", language)
    lines = explain(standard, check_standard(standard, language), language)
    texts = load_texts(language)
    assert "48" in lines[0]
    assert texts.frequencies[standard.frequency] in lines[0]
    assert texts.directions["at_most"] in lines[0]
    assert texts.check["missing_names"]["owner"] in lines[1]


# -- the record ---------------------------------------------------------------------------------


def test_validate_tidies_and_refuses_by_field() -> None:
    tidy = validate_standard(replace(measurable(), statement="  Answer \n within  3 rings "))
    assert tidy.statement == "Answer within 3 rings"
    cases = [
        ({"statement": "  "}, "statement", "empty"),
        ({"frequency": "hourly"}, "frequency", "unknown_frequency"),
        ({"direction": "about"}, "direction", "unknown_direction"),
        ({"target": float("nan")}, "target", "not_a_number"),
        ({"target": 1e13}, "target", "out_of_range"),
        ({"unit": "x" * 41}, "unit", "too_long"),
        ({"owner": "a\x00b"}, "owner", "nul"),
        ({"problem_ids": (0,)}, "problem_ids", "bad_id"),
    ]
    for change, field, code in cases:
        with pytest.raises(InvalidValueError) as caught:
            validate_standard(replace(measurable(), **change))
        assert (caught.value.field, caught.value.code) == (field, code), change
    assert validate_standard(replace(measurable(), problem_ids=(3, 1, 3))).problem_ids == (1, 3)


def test_structure_and_texts_agree() -> None:
    assert tuple(structure()["frequencies"]) == FREQUENCIES
    assert tuple(structure()["directions"]) == DIRECTIONS
    ids = {t["id"] for t in structure()["templates"]}
    for language in LANGUAGES:
        texts = load_texts(language)
        assert set(texts.templates) == ids
        assert set(texts.frequencies) == set(FREQUENCIES)
        assert set(texts.industries) == set(structure()["industries"])
    raw = json.loads((CONTENT_DIR / "standards.json").read_text(encoding="utf-8"))
    for required, target in (
        ("phone_three_rings", 3),
        ("messages_four_hours", 4),
        ("complaint_48_hours", 48),
        ("greet_ten_seconds", 10),
    ):
        assert [t["target"] for t in raw["templates"] if t["id"] == required] == [target]


def test_library_filters_by_touchpoint_and_industry() -> None:
    phone = templates("phone")
    assert phone and all(t["touchpoint"] == "phone" for t in phone)
    food = templates(industry="food")
    assert any("food" in t["industries"] for t in food)
    assert all({"any", "food"} & set(t["industries"]) for t in food)
    assert not any(t["industries"] == ["hospitality"] for t in food)
    assert len(templates()) == len(structure()["templates"])
    with pytest.raises(InvalidValueError):
        standard_from_template("no_such_template", "en")


@pytest.mark.parametrize(
    ("language", "industry", "expected"),
    [
        ("en", "Bakery and café", "food"),
        ("ru", "Пекарня-кафе", "food"),
        ("zh", "面包咖啡馆", "food"),
        ("en", "Small family hotel", "hospitality"),
        ("en", "", "any"),
        ("en", "Something else entirely", "any"),
    ],
)
def test_industry_is_suggested_from_the_profile(
    language: str, industry: str, expected: str
) -> None:
    assert suggest_industry(industry, language) == expected


# -- the store ---------------------------------------------------------------------------------


def test_store_add_update_delete_with_links(store: PlanStore) -> None:
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    first = store.problems.add(Problem("Slow phone", 4, 4, "can"))
    second = store.problems.add(Problem("Rude replies", 3, 5, "want"))
    assert first.id is not None and second.id is not None
    added = store.standards.add(replace(measurable(), problem_ids=(second.id, first.id)))
    assert added.id is not None and added.problem_ids == (first.id, second.id)
    assert store.standards.all() == [added] and changes[-1].section is Section.STANDARDS

    old = store.standards.update(replace(added, target=2.0, problem_ids=(first.id,)))
    assert old == added
    assert store.standards.get(added.id).problem_ids == (first.id,)
    assert changes[-1] == PlanChange(Section.STANDARDS, frozenset({str(added.id)}))

    removed = store.standards.delete(added.id)
    assert store.standards.all() == [] and removed.problem_ids == (first.id,)
    assert store.standards.add(removed) == removed  # undo: the same id and links


def test_linking_an_unknown_problem_is_refused_and_nothing_saved(store: PlanStore) -> None:
    with pytest.raises(InvalidValueError) as caught:
        store.standards.add(replace(measurable(), problem_ids=(42,)))
    assert caught.value.field == "problem_ids"
    assert store.standards.all() == []


def test_deleting_a_problem_drops_its_links_and_undo_restores_them(store: PlanStore) -> None:
    problem = store.problems.add(Problem("Slow phone", 4, 4, "can"))
    assert problem.id is not None
    standard = store.standards.add(replace(measurable(), problem_ids=(problem.id,)))
    assert standard.id is not None
    removed = store.problems.delete(problem.id)
    assert removed.standard_ids == (standard.id,)
    assert store.standards.get(standard.id).problem_ids == ()
    store.problems.restore(removed)
    assert store.standards.get(standard.id).problem_ids == (problem.id,)


def test_focus_problems_without_a_standard() -> None:
    focus = [Problem("A", 5, 5, "can", id=1), Problem("B", 4, 4, "know", id=2)]
    linked = [replace(measurable(), problem_ids=(2,))]
    assert [p.id for p in focus_without_standard(focus, linked)] == [1]
    assert focus_without_standard(focus, []) == focus


def test_completeness_needs_measurable_standards_for_every_focus_problem(store: PlanStore) -> None:
    assert completeness(store)[Step.STANDARDS] is Completeness.EMPTY
    problem = store.problems.add(Problem("Slow phone", 4, 4, "can"))
    assert problem.id is not None
    slogan = store.standards.add(Standard("The customer is always right"))
    assert completeness(store)[Step.STANDARDS] is Completeness.PARTIAL
    store.standards.delete(slogan.id or 0)
    store.standards.add(measurable())  # measurable, but the focus problem has none
    assert completeness(store)[Step.STANDARDS] is Completeness.PARTIAL
    store.standards.add(replace(measurable(), problem_ids=(problem.id,)))
    assert completeness(store)[Step.STANDARDS] is Completeness.COMPLETE


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_method_source_is_quoted_in_the_plans_language(language: str) -> None:
    """An English or Chinese page does not quote a Russian book title (no Cyrillic)."""
    source = load_texts(language).source
    assert "Tschohl" in source
    assert not any("\u0400" <= ch <= "\u04ff" for ch in source), source
