"""The self-audit content: one structure, complete texts in every language."""

from __future__ import annotations

import json

import pytest

from plan import LANGUAGES
from plan.self_audit import CONTENT_DIR, ROOT_CAUSES, SERVQUAL_DIMENSIONS, load_content, structure


def test_structure_is_a_usable_questionnaire() -> None:
    shape = structure()
    ids = [entry["id"] for entry in shape["items"]]
    assert len(ids) == len(set(ids))
    assert 30 <= len(ids) <= 45
    assert 6 <= len(shape["dimensions"]) <= 8
    for entry in shape["items"]:
        assert entry["dimension"] in shape["dimensions"]
        assert entry.get("servqual") in (None, *SERVQUAL_DIMENSIONS)
        assert entry.get("root_cause") in (None, *ROOT_CAUSES)
    sins = [entry for entry in shape["items"] if entry["dimension"] == "sins"]
    assert len(sins) == 7 and all(entry["reverse"] for entry in sins)
    assert not any(e.get("reverse") for e in shape["items"] if e["dimension"] != "sins")
    repeat = next(m for m in shape["metrics"] if m["id"] == "repeat_revenue_share")
    assert repeat["threshold"] == 30 and repeat["higher_is_better"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_exists_in_every_language(language: str) -> None:
    english = json.loads((CONTENT_DIR / "en" / "self_audit.json").read_text(encoding="utf-8"))
    texts = json.loads((CONTENT_DIR / language / "self_audit.json").read_text(encoding="utf-8"))

    def keys(node: object, prefix: str = "") -> set[str]:
        if isinstance(node, dict):
            found = set()
            for key, value in node.items():
                found |= {f"{prefix}/{key}"} | keys(value, f"{prefix}/{key}")
            return found
        assert isinstance(node, str) and node.strip(), prefix
        return set()

    assert keys(texts) == keys(english)
    content = load_content(language)
    assert len(content.items) == len(structure()["items"])
    assert all(item.text for item in content.items)
    assert all(metric.title and metric.why for metric in content.metrics)


def test_languages_really_differ() -> None:
    en, ru, zh = (load_content(lang) for lang in ("en", "ru", "zh"))
    assert any("\u0400" <= ch <= "\u04ff" for ch in ru.items[0].text)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.items[0].text)
    assert en.items[0].text != ru.items[0].text
