"""The built-in demo plan: a neighbourhood bakery and café, in each language."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from plan import LANGUAGES, scoring
from plan.errors import InvalidValueError
from plan.imports import COMPLAINTS, SURVEY, ImportPreview, auto_mapping, validate
from plan.migrations import WEIGHT_DIMENSIONS
from plan.problems import Problem
from plan.resources import assets_dir
from plan.scoring import SERVQUAL_ITEMS, Answer
from plan.self_audit import load_content
from plan.store import PlanStore, Snapshot

DEMO_DIR = assets_dir() / "demo"


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
        store.profile.set_field(name, value)
    logo = DEMO_DIR / content.get("logo", "logo.png")
    if logo.is_file():
        store.profile.set_logo(logo.read_bytes())
    _fill_self_audit(store, language, content.get("self_audit", {}))
    _fill_survey(store, content["survey"])
    _fill_complaints(store, content["complaints"])
    _fill_problems(store, content["problems"])
    _fill_plan_steps(store, language, content["plan_steps"])


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
    store.self_audit.add_snapshot(
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
        store.self_audit.set_answer(item_id, _answer(value, notes.get(item_id, "")))
    for metric_id, value in data["metrics"].items():
        store.self_audit.set_metric(metric_id, float(value))


# The demo's customers, the same numbers in every language: premises are liked, speed is not.
# (expectation, perception) means per SERVQUAL dimension, on 1–7.
_DEMO_MEANS = {
    "tangibles": (5.6, 6.0),
    "reliability": (6.5, 5.2),
    "responsiveness": (6.3, 4.4),
    "assurance": (6.0, 5.6),
    "empathy": (5.7, 5.1),
}
_DEMO_IMPORTANCE = {
    "tangibles": 12,
    "reliability": 32,
    "responsiveness": 26,
    "assurance": 15,
    "empathy": 15,
}
# A customer's lean (overall and per dimension) and one item's spread around it
# (expectation, perception): small item noise keeps each dimension's alpha above 0.7.
_DEMO_LEAN = 0.4
_DEMO_ITEM_SPREAD = (0.45, 0.55)
_DEMO_SEGMENT_SHARES = (0.40, 0.32, 0.20, 0.08)
_DEMO_RESPONSES = 120
# Complaints per default category, most frequent first (40 in all).
_DEMO_COMPLAINTS = (14, 9, 6, 4, 2, 2, 2, 1)


def _rated(rng: random.Random, mean: float, spread: float = 0.9) -> int:
    return min(7, max(1, round(rng.gauss(mean, spread))))


def table_preview(kind: str, name: str, headers: list[str], rows: list[list[str]]) -> ImportPreview:
    """The demo's records go through the import's own checks, like a file a user brings."""
    from plan.tabular import Table

    table = Table(
        headers=headers,
        rows=rows,
        row_numbers=list(range(2, len(rows) + 2)),
        extra_cells={},
        source_format="csv",
        encoding="utf-8",
        delimiter=",",
        sheet_name=None,
    )
    text = "\n".join(",".join(row) for row in [headers, *rows])
    preview = ImportPreview(
        kind=kind,
        file_name=name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        table=table,
        mapping=auto_mapping(kind, headers),
    )
    validate(preview)
    return preview


def _fill_survey(store: PlanStore, texts: dict[str, Any]) -> None:
    rng = random.Random(2026)
    segments: list[str] = texts["segments"]
    comments: dict[str, list[str]] = texts["comments"]
    headers = [
        "date",
        "segment",
        "nps",
        "csat",
        "ces",
        "comment",
        *(f"E{n}" for n in range(1, 23)),
        *(f"P{n}" for n in range(1, 23)),
        *(f"W_{d}" for d in WEIGHT_DIMENSIONS),
    ]
    # Each customer's own level per dimension (drawn apart, so the rest of the demo keeps its
    # draws): a dimension's items move together, as real answers do, and alpha reads well.
    levels = random.Random(13)
    rows: list[list[str]] = []
    for index in range(_DEMO_RESPONSES):
        mood = rng.gauss(0, 0.7)  # one customer's overall lean, shared by all their answers
        demanding = levels.gauss(0, _DEMO_LEAN)  # how much this customer expects overall
        expectations: list[int] = []
        perceptions: list[int] = []
        for name, numbers in SERVQUAL_ITEMS.items():
            expect = _DEMO_MEANS[name][0] + demanding + levels.gauss(0, _DEMO_LEAN)
            perceive = _DEMO_MEANS[name][1] + mood + levels.gauss(0, _DEMO_LEAN)
            for _ in numbers:
                expectations.append(_rated(rng, expect, _DEMO_ITEM_SPREAD[0]))
                perceptions.append(_rated(rng, perceive, _DEMO_ITEM_SPREAD[1]))
        perceived = sum(perceptions) / len(perceptions)
        nps = min(10, max(0, round(7.3 + (perceived - 5.2) * 2.2 + rng.gauss(0, 1.3))))
        csat = min(5, max(1, round(3.9 + (perceived - 5.2) * 1.1 + rng.gauss(0, 0.6))))
        ces = min(7, max(1, round(5.0 + (perceived - 5.2) * 1.2 + rng.gauss(0, 0.9))))
        points = {d: max(0.0, rng.gauss(w, 4)) for d, w in _DEMO_IMPORTANCE.items()}
        total = sum(points.values())
        weights = [round(points[d] * 100 / total) for d in WEIGHT_DIMENSIONS]
        weights[-1] += 100 - sum(weights)
        comment = ""
        if rng.random() < 0.45:
            mood_name = "positive" if nps >= 9 else "neutral" if nps >= 7 else "negative"
            comment = rng.choice(comments[mood_name])
        segment = rng.choices(segments, weights=_DEMO_SEGMENT_SHARES)[0]
        day = 1 + index * 30 // _DEMO_RESPONSES
        rows.append(
            [
                f"2026-10-{day:02d}",
                segment,
                str(nps),
                str(csat),
                str(ces),
                comment,
                *map(str, expectations),
                *map(str, perceptions),
                *(str(max(0, w)) for w in weights),
            ]
        )
    store.imports.add(table_preview(SURVEY, texts["file_name"], headers, rows))


def _fill_complaints(store: PlanStore, texts: dict[str, Any]) -> None:
    rng = random.Random(40)
    by_category: dict[str, list[str]] = texts["by_category"]
    rows: list[list[str]] = []
    for (category, descriptions), count in zip(by_category.items(), _DEMO_COMPLAINTS, strict=True):
        for i in range(count):
            month, day = rng.choice((8, 9, 10)), rng.randint(1, 28)
            resolved = "yes" if rng.random() < 0.6 else "no"
            rows.append(
                [
                    f"2026-{month:02d}-{day:02d}",
                    category,
                    descriptions[i % len(descriptions)],
                    resolved,
                ]
            )
    rows.sort(key=lambda row: row[0])
    headers = ["date", "category", "description", "resolved"]
    store.imports.add(table_preview(COMPLAINTS, texts["file_name"], headers, rows))


def _fill_problems(store: PlanStore, texts: dict[str, Any]) -> None:
    """Step 2 as a user would do it: the sins checklist, then the demo's own suggestions
    accepted (so every number in their evidence is the demo's), a few dismissed, one typed in."""
    from plan.suggestions import gather, suggest

    with (DEMO_DIR / "self_audit.json").open(encoding="utf-8") as handle:
        sins: dict[str, str] = json.load(handle)["sins"]
    for sin, seen in sins.items():
        store.problems.set_sin_observation(sin, seen)
    offered = {s.key: s for s in suggest(gather(store))}
    adjust: dict[str, dict[str, Any]] = texts.get("adjust", {})
    for key in texts["accept"]:
        if key not in offered:
            raise InvalidValueError("demo", f"the demo's data no longer suggests {key!r}")
        store.problems.accept_suggestion(replace(offered[key].problem(), **adjust.get(key, {})))
    for key in texts["dismiss"]:
        if key not in offered:
            raise InvalidValueError("demo", f"the demo's data no longer suggests {key!r}")
        store.problems.set_suggestion_dismissed(key, True)
    for fields in texts["own"]:
        store.problems.add(Problem(**fields))


def _fill_plan_steps(store: PlanStore, language: str, texts: dict[str, Any]) -> None:
    """Steps 3 and 4 and the calculator: standards (mostly from the library) for every focus
    problem, five goals with means on a timeline, and the bakery's customers and revenue."""
    from datetime import date

    from plan.goals import Goal, Means, means_from_template
    from plan.standards import Standard, standard_from_template

    with (DEMO_DIR / "steps34.json").open(encoding="utf-8") as handle:
        shape: dict[str, Any] = json.load(handle)
    by_key = {p.suggestion_key or "own": p.id for p in store.problems.all()}
    keys: dict[str, str] = texts["problem_keys"]
    owners: dict[str, str] = texts["owners"]
    scale = float(texts["money_scale"])

    def problem_ids(names: list[str]) -> tuple[int, ...]:
        found = [by_key.get(keys.get(name, name)) for name in names]
        if None in found:
            raise InvalidValueError("demo", f"a demo problem named in {names} is missing")
        return tuple(pid for pid in found if pid is not None)

    for entry in shape["standards"]:
        if "template" in entry:
            standard = standard_from_template(entry["template"], language)
        else:
            standard = Standard(**texts["standards"][entry["own"]])
        linked = problem_ids(entry["problems"])
        store.standards.add(replace(standard, owner=owners[entry["owner"]], problem_ids=linked))
    goal_ids: dict[str, int | None] = {}
    for entry in shape["goals"]:
        goal = Goal(
            title=texts["goals"][entry["title"]],
            measure=entry.get("measure", ""),
            indicator=texts["indicators"].get(entry.get("indicator", ""), ""),
            unit=entry.get("unit", ""),
            baseline=entry.get("baseline"),
            target=entry["target"],
            deadline=entry["deadline"],
            owner=owners[entry["owner"]],
            problem_ids=problem_ids(entry["problems"]),
        )
        goal_ids[entry["title"]] = store.goals.add(goal).id
    for entry in shape["means"]:
        if "template" in entry:
            means = means_from_template(
                entry["template"], language, date.fromisoformat(entry["start"])
            )
        else:
            words = texts["means"][entry["own"]]
            means = Means(
                action=words["action"],
                description=words["description"],
                kind=entry["kind"],
                form=entry["form"],
                start=entry["start"],
                end=entry["end"],
            )
        store.means.add(
            replace(
                means,
                owner=owners[entry["owner"]],
                budget=round(entry["budget"] * scale, -1 if scale > 1 else 0),
                status=entry.get("status", "planned"),
                goal_id=goal_ids[entry["goal"]],
            )
        )
    for name, value in shape["economics"].items():
        store.economics.set_input(name, value)
    store.economics.set_input("revenue_per_customer", texts["revenue_per_customer"])
    store.economics.set_input("currency", texts["currency"])


def create_demo(path: Path, language: str) -> PlanStore:
    return PlanStore.create(path, language=language, fill=lambda s: fill_demo(s, language))
