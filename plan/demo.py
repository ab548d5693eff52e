"""The built-in demo plan: a neighbourhood bakery and café, in each language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plan import LANGUAGES, scoring
from plan.errors import InvalidValueError
from plan.scoring import Answer
from plan.self_audit import load_content
from plan.store import PlanStore, Snapshot

DEMO_DIR = Path(__file__).resolve().parent.parent / "assets" / "demo"


def demo_content(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    with (DEMO_DIR / f"{language}.json").open(encoding="utf-8") as handle:
        content: dict[str, Any] = json.load(handle)
    return content


def fill_demo(store: PlanStore, language: str) -> None:
    """Write the demo's records into an empty plan through the ordinary store functions."""
    content = demo_content(language)
    store.set_language(language)
    for name, value in content["profile"].items():
        store.set_profile_field(name, value)
    logo = DEMO_DIR / content.get("logo", "logo.png")
    if logo.is_file():
        store.set_logo(logo.read_bytes())
    _fill_self_audit(store, language, content.get("self_audit", {}))


def _answer(value: int | str, note: str = "") -> Answer:
    if value == "na":
        return Answer(None, True, note)
    return Answer(int(value), False, note)


def _fill_self_audit(store: PlanStore, language: str, texts: dict[str, Any]) -> None:
    """Answers and metrics, plus the assessment six months earlier as the first snapshot."""
    with (DEMO_DIR / "self_audit.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    audit = load_content(language)
    earlier = data["earlier"]
    earlier_answers = {
        item_id: _answer(earlier["answers"].get(item_id, value))
        for item_id, value in data["answers"].items()
    }
    earlier_scores = scoring.dimension_scores(audit, earlier_answers)
    store.add_snapshot(
        Snapshot(
            taken_on=earlier["taken_on"],
            label=texts.get("snapshot_label", ""),
            service_index=scoring.service_index(earlier_scores),
            dimensions={key: score.score for key, score in earlier_scores.items()},
            metrics={key: float(value) for key, value in earlier["metrics"].items()},
        )
    )
    notes: dict[str, str] = texts.get("notes", {})
    for item_id, value in data["answers"].items():
        store.set_answer(item_id, _answer(value, notes.get(item_id, "")))
    for metric_id, value in data["metrics"].items():
        store.set_metric(metric_id, float(value))


def create_demo(path: Path, language: str) -> PlanStore:
    return PlanStore.create(path, language=language, fill=lambda s: fill_demo(s, language))
