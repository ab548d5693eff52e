"""The document's wording in one language, with its numbers and dates (`plan.wording`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from plan.content import CONTENT_DIR, read_json
from plan.glossary import INPUT_KEYS, OUTPUT_KEYS, label
from plan.wording import Wording


@dataclass(frozen=True, eq=False)
class _Texts(Wording):
    """The document's wording in one language (`assets/content/<lang>/service_plan.json`), and
    its numbers, dates and lists as `plan.wording` writes them."""

    data: dict[str, object] = field(default_factory=dict)

    def __call__(self, key: str, **params: object) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise TypeError(f"{key} is not a text")
        return value.format(**params) if params else value

    def name(self, key: str) -> str:
        """A figure's name in this language, from the glossary the window shares."""
        return label(key, self.language)

    def raw(self, key: str) -> Any:
        value: Any = self.data
        for part in key.split("."):
            value = value[part]
        return value


@functools.cache
def _load_texts(language: str) -> _Texts:
    data = read_json(CONTENT_DIR / language / "service_plan.json")
    # The figures' names come from the glossary the window shares (`plan.glossary`).
    calculator = INPUT_KEYS + OUTPUT_KEYS
    data["economics"] = {**data["economics"], **{key: label(key, language) for key in calculator}}
    return _Texts(language, data)
