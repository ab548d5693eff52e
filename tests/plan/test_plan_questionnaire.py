"""The customer questionnaire's content: one structure, complete texts in en, ru and zh."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan import LANGUAGES, questionnaire
from plan.errors import InvalidValueError
from plan.questionnaire import (
    SERVQUAL_DIMENSIONS,
    TEMPLATED_FIELDS,
    TEXT_FIELDS,
    load_questionnaire,
    structure,
)


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """The loaders are cached per process; tests that change their files start and end clean."""
    load_questionnaire.cache_clear()
    structure.cache_clear()
    yield
    load_questionnaire.cache_clear()
    structure.cache_clear()


def test_structure_agrees_with_scoring() -> None:
    """The printed numbering is the numbering the survey scores use (E1…E22, P1…P22)."""
    from plan.scoring import SERVQUAL_ITEMS

    q = load_questionnaire("en")
    assert {d: tuple(item.number for item in q.items_of(d)) for d in q.dimensions} == (
        SERVQUAL_ITEMS
    )


def test_structure_has_the_22_servqual_items_in_their_dimensions() -> None:
    shape = structure()
    assert [entry["number"] for entry in shape["items"]] == list(range(1, 23))
    counts = {d: sum(e["dimension"] == d for e in shape["items"]) for d in SERVQUAL_DIMENSIONS}
    assert list(counts.values()) == [4, 5, 4, 4, 5]
    assert [e["number"] for e in shape["items"] if e["dimension"] == "tangibles"] == [1, 2, 3, 4]
    assert [e["number"] for e in shape["items"] if e["dimension"] == "empathy"] == [
        18,
        19,
        20,
        21,
        22,
    ]
    assert shape["scales"] == {
        "nps": {"min": 0, "max": 10},
        "csat": {"min": 1, "max": 5},
        "ces": {"min": 1, "max": 7},
        "servqual": {"min": 1, "max": 7},
    }
    assert shape["importance_points"] == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_complete(language: str) -> None:
    q = load_questionnaire(language)
    assert q.language == language
    for name in TEXT_FIELDS:
        assert str(getattr(q, name)).strip(), name
    assert len(q.items) == 22
    assert [item.number for item in q.items] == list(range(1, 23))
    assert all(item.statement.strip() for item in q.items)
    assert len({item.statement for item in q.items}) == 22
    assert [len(q.items_of(d)) for d in SERVQUAL_DIMENSIONS] == [4, 5, 4, 4, 5]
    assert list(q.dimensions) == list(SERVQUAL_DIMENSIONS)
    assert all(text.title.strip() and text.description.strip() for text in q.dimensions.values())
    assert len(q.csat_labels) == 5 and all(label.strip() for label in q.csat_labels)
    assert q.scales["nps"].points == tuple(range(11))
    assert q.scales["csat"].points == (1, 2, 3, 4, 5)
    assert q.scales["ces"].points == q.scales["servqual"].points == tuple(range(1, 8))
    assert q.importance_points == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_keys_as_english(language: str) -> None:
    def read(lang: str) -> dict[str, object]:
        path = questionnaire.CONTENT_DIR / lang / "questionnaire.json"
        data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def keys(node: object, prefix: str = "") -> set[str]:
        if isinstance(node, dict):
            found: set[str] = set()
            for key, value in node.items():
                found |= {f"{prefix}/{key}"} | keys(value, f"{prefix}/{key}")
            return found
        if isinstance(node, list):
            return {f"{prefix}[{len(node)}]"}
        return set()

    assert keys(read(language)) == keys(read("en"))


def test_languages_really_differ() -> None:
    en, ru, zh = (load_questionnaire(lang) for lang in ("en", "ru", "zh"))
    assert any("\u0400" <= ch <= "\u04ff" for ch in ru.items[0].statement)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.items[0].statement)
    assert en.nps_question != ru.nps_question != zh.nps_question
    assert "recommend" in en.nps_question


@pytest.mark.parametrize("language", LANGUAGES)
def test_business_name_fills_every_template(language: str) -> None:
    q = load_questionnaire(language).for_business("  Harbour   Lane ")
    assert q.business == "Harbour Lane"
    for name in TEMPLATED_FIELDS:
        text = getattr(q, name)
        assert "Harbour Lane" in text, name
        assert "{business}" not in text, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_business_name_uses_generic_wording(language: str) -> None:
    q = load_questionnaire(language).for_business("   ")
    assert q.business == ""
    for name in TEMPLATED_FIELDS:
        text = getattr(q, name)
        assert text.strip() and "{" not in text and "}" not in text, name
    assert q.nps_question == q.generic["nps_question"]


def test_english_wording_of_the_nps_and_ces_questions() -> None:
    q = load_questionnaire("en").for_business("Harbour Lane")
    assert (
        q.nps_question == "How likely are you to recommend Harbour Lane to a friend or colleague?"
    )
    assert q.ces_statement == "Harbour Lane made it easy to handle my issue."
    assert load_questionnaire("en").for_business("").nps_question == (
        "How likely are you to recommend us to a friend or colleague?"
    )


def test_names_are_text_not_format_strings() -> None:
    q = load_questionnaire("en")
    filled = q.for_business("{business} {0} {x!r} %s")
    assert "{business} {0} {x!r} %s" in filled.nps_question
    # Filling again starts from the templates, not from the filled texts.
    assert "Other" in filled.for_business("Other").nps_question
    assert "{business}" not in filled.for_business("Other").nps_question


def test_russian_quotes_a_bare_name_but_not_a_quoted_one() -> None:
    ru = load_questionnaire("ru")
    assert "«Ромашка»" in ru.for_business("Ромашка").nps_question
    assert "Кафе «Уют» друзьям" in ru.for_business("Кафе «Уют»").nps_question
    assert "««" not in ru.for_business("«Уют»").nps_question


def test_loaded_content_is_cached_and_read_only() -> None:
    q = load_questionnaire("ru")
    assert load_questionnaire("ru") is q
    with pytest.raises(TypeError):
        q.dimensions["tangibles"] = q.dimensions["empathy"]  # type: ignore[index]


def test_page_text_and_labels() -> None:
    assert load_questionnaire("en").page_text(1, 2) == "Page 1 of 2"
    assert load_questionnaire("ru").page_text(2, 2) == "Стр. 2 из 2"
    assert "1" in load_questionnaire("zh").page_text(1, 2)
    assert load_questionnaire("en").label("Date") == "Date:"
    assert load_questionnaire("zh").label("日期") == "日期："


def test_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidValueError) as raised:
        load_questionnaire("de")
    assert raised.value.field == "language"
    assert "'de'" in str(raised.value)


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    target.mkdir()
    shutil.copy(questionnaire.CONTENT_DIR / "questionnaire.json", target / "questionnaire.json")
    for language in LANGUAGES:
        (target / language).mkdir()
        shutil.copy(
            questionnaire.CONTENT_DIR / language / "questionnaire.json",
            target / language / "questionnaire.json",
        )
    return target


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["items"].pop("22"), "items"),
        (lambda d: d.__setitem__("title", " "), "title"),
        (lambda d: d["dimensions"].pop("empathy"), "dimensions"),
        (lambda d: d.__setitem__("csat_labels", ["a", "b", "c", "d"]), "csat_labels"),
        (lambda d: d.__setitem__("nps_question", "Recommend us?"), "{business}"),
        (lambda d: d.__setitem__("footer", "Thanks, {business}"), "footer"),
        (lambda d: d["generic"].pop("intro"), "generic"),
        (lambda d: d.__setitem__("page_label", "Page {page}"), "page_label"),
        (lambda d: d.__setitem__("surprise", "x"), "unknown keys"),
    ],
)
def test_a_gap_in_a_language_file_is_reported(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_cache: None,
    change: object,
    message: str,
) -> None:
    content = _copy_content(tmp_path)
    _edit(content / "ru" / "questionnaire.json", change)
    monkeypatch.setattr(questionnaire, "CONTENT_DIR", content)
    load_questionnaire("en")  # the others are unaffected
    with pytest.raises(InvalidValueError) as raised:
        load_questionnaire("ru")
    assert message in str(raised.value)
    assert "ru" in str(raised.value)


def test_a_broken_structure_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    content = _copy_content(tmp_path)
    _edit(content / "questionnaire.json", lambda d: d["items"][3].__setitem__("dimension", "fun"))
    monkeypatch.setattr(questionnaire, "CONTENT_DIR", content)
    with pytest.raises(InvalidValueError, match="dimension"):
        load_questionnaire("en")
