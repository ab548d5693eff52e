"""The built-in demo plan: a neighbourhood bakery and café, in each language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plan import LANGUAGES
from plan.errors import InvalidValueError
from plan.store import PlanStore

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


def create_demo(path: Path, language: str) -> PlanStore:
    return PlanStore.create(path, language=language, fill=lambda s: fill_demo(s, language))
