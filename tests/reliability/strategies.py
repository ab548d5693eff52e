"""Hypothesis strategies for hostile plans, shared by the fuzz tests."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from hypothesis import strategies as st

from plan.complaints import Complaint, validate_complaint
from plan.errors import InvalidValueError
from plan.imports import SURVEY, ImportPreview
from plan.migrations import SERVQUAL_ITEM_COUNT, WEIGHT_DIMENSIONS
from plan.profile import FIELD_SPECS, PROFILE_FIELDS, validate_field
from plan.scoring import Answer
from plan.self_audit import item_ids, metric_spec
from plan.store import MAX_NOTE_LENGTH, SURVEY_RESPONSE_COLUMNS, PlanStore
from plan.tabular import Table

HOSTILE = [
    "<b>bold</b>",
    "a<b",
    "R&D",
    "&amp; &lt;",
    "$x$",
    "$$\\frac{1}{0}$$",
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc/passwd">x</a>',
    '=HYPERLINK("http://example.com","x")',
    "+1-2",
    "@SUM(A1)",
    "-cmd|' /C calc'!A0",
    "'; DROP TABLE profile; --",
    "\u202eevil\u202c",
    "مرحبا بالعالم",
    "שלום",
    "😀👨‍👩‍👧‍👦🏳️‍🌈",
    "中文字符，标点。",
    "Ромашка «Рожь»",
    "e\u0301\u0301\u0301",
    "\x07\x1b[31m\x7f",
    "\ufeffBOM",
    "\u200b\u200d\u2028\u2029",
    "%s%n{0}",
    "𝐁𝐨𝐥𝐝 𝔉𝔯𝔞𝔨",
    "   ",
    "",
]

# Any code point but lone surrogates, which no keyboard, file or Qt widget delivers as text.
CHARS = st.characters(exclude_categories=["Cs"])


def texts(max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(CHARS, max_size=max_size),
        st.sampled_from(HOSTILE),
        st.lists(st.sampled_from(HOSTILE), max_size=6).map("".join),
    ).map(lambda s: s[:max_size])


def metric_values(metric_id: str) -> st.SearchStrategy[float]:
    spec = metric_spec(metric_id)
    low, high = float(spec["minimum"]), float(spec["maximum"])
    return st.one_of(
        st.sampled_from([low, high, 5e-324, math.nextafter(high, low), 1 / 3]).filter(
            lambda v: low <= v <= high
        ),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


@st.composite
def answers(draw: st.DrawFn) -> dict[str, Answer]:
    ids = draw(st.lists(st.sampled_from(item_ids()), unique=True, max_size=12))
    result = {}
    for item in ids:
        na = draw(st.booleans())
        score = None if na else draw(st.one_of(st.none(), st.integers(1, 5)))
        note = draw(texts(MAX_NOTE_LENGTH))
        if score is None and not na and not note:
            note = "n"  # an empty answer is a cleared one: not stored at all
        result[item] = Answer(score, na, note)
    return result


@st.composite
def metrics(draw: st.DrawFn) -> dict[str, float]:
    ids = draw(st.lists(st.sampled_from(_METRIC_IDS), unique=True))
    return {m: draw(metric_values(m)) for m in ids}


_METRIC_IDS = [
    "repeat_revenue_share",
    "customer_retention",
    "complaints_per_100",
    "first_response_hours",
    "first_contact_resolution",
]


@dataclass
class FuzzPlan:
    profile: dict[str, str]
    answers: dict[str, Answer]
    metrics: dict[str, float]
    complaints: list[Complaint]
    responses: list[tuple[Any, ...]]
    notes: list[str] = field(default_factory=list)


def bulk_complaints(
    rng: random.Random, count: int, categories: int | None = None
) -> list[Complaint]:
    """Thousands of rows, cheaply: hostile texts recombined by a seeded generator. Categories
    come from the hostile texts (about 25, as a real log has), or `categories` distinct ones."""
    return [
        Complaint(
            rng.choice([None, f"20{rng.randint(0, 99):02d}-{rng.randint(1, 12):02d}-01"]),
            rng.choice(HOSTILE[:-2]) + (str(i % categories) if categories else ""),
            "".join(rng.sample(HOSTILE, 3)) + str(i),
            rng.random() < 0.5,
        )
        for i in range(count)
    ]


RESPONSE_COLUMNS = tuple(c for c in SURVEY_RESPONSE_COLUMNS if c not in ("id", "import_id"))


def _response(rng: random.Random, row: int, comment: str) -> tuple[Any, ...]:
    def rating() -> float | None:
        return rng.choice([None, 1.0, 7.0, math.nextafter(7.0, 0), 1 + rng.random() * 6])

    values: dict[str, Any] = {
        "source_row": row,
        "date": rng.choice([None, "2025-02-29"[:8] + "28", "1900-01-01", "9999-12-31"]),
        "segment": rng.choice([None, *HOSTILE[:-2]]),
        "nps": rng.choice([None, 0, 10, rng.randint(0, 10)]),
        "csat": rng.choice([None, 1, 5]),
        "ces": rating(),
        "comment": comment,
    }
    for side in "ep":
        for n in range(1, SERVQUAL_ITEM_COUNT + 1):
            values[f"{side}{n}"] = rating()
    for name in WEIGHT_DIMENSIONS:
        values[f"w_{name}"] = rng.choice([None, 0.0, 100.0, 5e-324, rng.random() * 100])
    return tuple(values[c] for c in RESPONSE_COLUMNS)


@st.composite
def plans(draw: st.DrawFn, max_bulk: int = 3000) -> FuzzPlan:
    profile = {}
    for name in draw(st.lists(st.sampled_from(PROFILE_FIELDS), unique=True)):
        spec = FIELD_SPECS[name]
        if spec.kind == "choice":
            profile[name] = draw(st.sampled_from(spec.choices))
        elif spec.kind == "date":
            profile[name] = draw(st.dates()).isoformat()
        elif spec.kind == "email":
            profile[name] = draw(st.sampled_from(["", "a@b.co", "ÿ@例え.jp", "x+<b>@y.z"]))
        else:
            profile[name] = draw(texts(spec.max_length + 5))
    complaints = [
        Complaint(
            draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))),
            draw(texts(210)),
            draw(texts(600)),
            draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    rng = random.Random(draw(st.integers(0, 2**32)))
    complaints += bulk_complaints(rng, draw(st.sampled_from([0, 0, 1, 50, max_bulk])))
    comments = draw(st.lists(texts(300), max_size=5))
    bulk = draw(st.sampled_from([0, 1, 200, max_bulk]))
    responses = [
        _response(rng, row, comments[row % len(comments)] if comments else "")
        for row in range(2, bulk + 2)
    ]
    return FuzzPlan(profile, draw(answers()), draw(metrics()), complaints, responses)


def survey_preview(records: list[tuple[Any, ...]]) -> ImportPreview:
    table = Table([], [], [], {}, "csv", "utf-8", ",", None)
    return ImportPreview(
        kind=SURVEY,
        file_name="fuzz.csv",
        sha256="0" * 64,
        table=table,
        mapping={},
        columns=RESPONSE_COLUMNS,
        records=records,
    )


def store_plan(store: PlanStore, plan: FuzzPlan) -> tuple[dict[str, str], list[Complaint]]:
    """Store everything (one transaction: a commit per edit is the crash test's business);
    returns the profile and complaints as the store's rules make them."""
    expected_profile = {}
    with store.transaction():
        for name, value in plan.profile.items():
            try:
                expected = validate_field(name, value)
            except InvalidValueError:
                before = store.profile.get()
                with pytest.raises(InvalidValueError):
                    store.profile.set_field(name, value)
                assert store.profile.get() == before
                continue
            store.profile.set_field(name, value)
            expected_profile[name] = expected
        for item, answer in plan.answers.items():
            store.self_audit.set_answer(item, answer)
        for metric, number in plan.metrics.items():
            store.self_audit.set_metric(metric, number)
        stored: list[Complaint] = []
        for complaint in plan.complaints:
            try:
                tidy = validate_complaint(complaint)
            except InvalidValueError:
                with pytest.raises(InvalidValueError):
                    store.complaints.add(complaint)
                continue
            stored.append(store.complaints.add(complaint))
            assert stored[-1] == replace(tidy, id=stored[-1].id)
        if plan.responses:
            store.imports.add(survey_preview(plan.responses))
    return expected_profile, stored
