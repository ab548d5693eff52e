"""The self-audit questionnaire and the business metrics: structure and per-language texts.

The structure (ids, dimensions, reverse scoring, SERVQUAL tags, metric thresholds) is one
language-neutral file, so scores never depend on the language; texts come from `<lang>/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from plan import LANGUAGES
from plan.content import CONTENT_DIR, read_json
from plan.errors import InvalidValueError

SERVQUAL_DIMENSIONS: tuple[str, ...] = (
    "tangibles",
    "reliability",
    "responsiveness",
    "assurance",
    "empathy",
)
ROOT_CAUSES: tuple[str, ...] = ("know", "want", "can")


@dataclass(frozen=True)
class AuditDimension:
    id: str
    title: str
    description: str


@dataclass(frozen=True)
class AuditItem:
    id: str
    dimension: str
    text: str
    reverse: bool  # agreeing is bad (the seven sins): scored 6 - answer
    servqual: str | None
    root_cause: str | None


@dataclass(frozen=True)
class Metric:
    id: str
    title: str
    unit: str  # as shown, e.g. "%"
    unit_kind: str  # "percent", "per_100_customers", "hours"
    why: str
    minimum: float
    maximum: float
    threshold: float
    higher_is_better: bool


@dataclass(frozen=True)
class SelfAuditContent:
    language: str
    scale: dict[str, str]
    dimensions: tuple[AuditDimension, ...]
    items: tuple[AuditItem, ...]
    metrics: tuple[Metric, ...]
    sins_scale_note: str

    def items_of(self, dimension: str) -> list[AuditItem]:
        return [item for item in self.items if item.dimension == dimension]

    def item(self, item_id: str) -> AuditItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def dimension(self, dimension_id: str) -> AuditDimension:
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)

    def metric(self, metric_id: str) -> Metric:
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)


@cache
def structure() -> dict[str, Any]:
    return read_json(CONTENT_DIR / "self_audit.json")


def item_ids() -> tuple[str, ...]:
    return tuple(entry["id"] for entry in structure()["items"])


def metric_spec(metric_id: str) -> dict[str, Any]:
    for entry in structure()["metrics"]:
        if entry["id"] == metric_id:
            spec: dict[str, Any] = entry
            return spec
    raise InvalidValueError("metric", f"{metric_id!r} is not a known metric", "unknown_metric")


@cache
def load_content(language: str) -> SelfAuditContent:
    if language not in LANGUAGES:
        raise InvalidValueError("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
    texts = read_json(CONTENT_DIR / language / "self_audit.json")
    shape = structure()
    dimensions = tuple(
        AuditDimension(d, texts["dimensions"][d]["title"], texts["dimensions"][d]["description"])
        for d in shape["dimensions"]
    )
    items = tuple(
        AuditItem(
            id=entry["id"],
            dimension=entry["dimension"],
            text=texts["items"][entry["id"]],
            reverse=bool(entry.get("reverse", False)),
            servqual=entry.get("servqual"),
            root_cause=entry.get("root_cause"),
        )
        for entry in shape["items"]
    )
    metrics = tuple(
        Metric(
            id=entry["id"],
            title=texts["metrics"][entry["id"]]["title"],
            unit=texts["metrics"][entry["id"]]["unit"],
            unit_kind=entry["unit"],
            why=texts["metrics"][entry["id"]]["why"],
            minimum=float(entry["minimum"]),
            maximum=float(entry["maximum"]),
            threshold=float(entry["threshold"]),
            higher_is_better=bool(entry["higher_is_better"]),
        )
        for entry in shape["metrics"]
    )
    return SelfAuditContent(
        language=language,
        scale=dict(texts["scale"]),
        dimensions=dimensions,
        items=items,
        metrics=metrics,
        sins_scale_note=texts["sins_scale_note"],
    )
