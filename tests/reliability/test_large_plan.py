"""A large plan (survey responses by the ten thousand, 1,000 complaints, 1,000 problems) opens
and its report computes, bounded by what does not depend on the machine's speed: the report
runs the same number of SQL statements as for a tiny plan (the rows are summed in the
database), and holds no more Python memory. The default run uses 20,000 responses; the soak
run 100,000, and exports its Service Plan. Timings are in bench/large_plan.py, not asserted.
"""

from __future__ import annotations

import io
import random
import shutil
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from plan.complaints import Complaint
from plan.imports import SURVEY, ImportPreview
from plan.migrations import SERVQUAL_ITEM_COUNT, WEIGHT_DIMENSIONS
from plan.report import build_report
from plan.store import PlanStore
from plan.tabular import Table

RESPONSES = 20_000
SOAK_RESPONSES = 100_000
COMPLAINTS = 1_000
PROBLEMS = 1_000
COLUMNS = (
    "source_row",
    "segment",
    "nps",
    "csat",
    "ces",
    "comment",
    *(f"{side}{n}" for side in "ep" for n in range(1, SERVQUAL_ITEM_COUNT + 1)),
    *(f"w_{name}" for name in WEIGHT_DIMENSIONS),
)


def _responses(count: int, seed: int = 1) -> list[tuple[Any, ...]]:
    """`count` rows cycling through 997 random ones: realistic values, made quickly."""
    rng = random.Random(seed)
    kinds = []
    for _ in range(997):
        ratings = [rng.randint(1, 7) for _ in range(2 * SERVQUAL_ITEM_COUNT)]
        weights = [20.0] * len(WEIGHT_DIMENSIONS)
        segment = rng.choice(["Walk-in", "Office", "Online", None])
        kinds.append(
            (segment, rng.randint(0, 10), rng.randint(1, 5), float(rng.randint(1, 7)),
             *ratings, *weights)
        )  # fmt: skip
    return [
        (
            row,
            *kinds[row % 997][:4],
            f"comment {row}" if row % 7 == 0 else "",
            *kinds[row % 997][4:],
        )
        for row in range(2, count + 2)
    ]


def fill(store: PlanStore, responses: int, complaints: int, problems: int) -> None:
    add_problem: Callable[..., Any] | None = getattr(store, "add_problem", None)
    with store.transaction():
        store.profile.set_field("business_name", "Large")
        store.imports.add(
            ImportPreview(
                kind=SURVEY,
                file_name="large.csv",
                sha256="1" * 64,
                table=Table([], [], [], {}, "csv", "utf-8", ",", None),
                mapping={},
                columns=COLUMNS,
                records=_responses(responses),
            )
        )
        for i in range(complaints):
            store.complaints.add(
                Complaint("2025-03-01", f"Category {i % 12}", f"Complaint {i}", i % 3 == 0)
            )
        if add_problem is not None and problems:
            from plan.problems import Problem

            for i in range(problems):
                add_problem(Problem(f"Problem {i}", 1 + i % 5, 1 + i % 4, "know"))
            fill_standards_goals(store, problems)


def fill_standards_goals(store: PlanStore, count: int) -> None:
    """`count` standards and means, and a goal per ten means; standards link to the first
    problems (the plan has `count` of them)."""
    from plan.goals import Goal, Means
    from plan.standards import Standard

    for i in range(count):
        store.standards.add(
            Standard(
                f"Answer within {1 + i % 5} rings ({i})",
                touchpoint="phone",
                indicator="Rings",
                target=float(1 + i % 5),
                unit="rings",
                frequency="weekly",
                problem_ids=(1 + i % min(10, count),),
            )
        )
    goal_ids = [
        store.goals.add(
            Goal(f"Goal number {i}", measure="nps", target=50.0, deadline="2027-12-31")
        ).id
        for i in range(max(1, count // 10))
    ]
    for i in range(count):
        store.means.add(
            Means(
                f"Means {i}",
                ("know", "want", "can")[i % 3],
                start=f"2027-{1 + i % 12:02d}-01",
                end=f"2027-{1 + i % 12:02d}-28",
                budget=float(i % 50) * 10,
                goal_id=goal_ids[i % len(goal_ids)],
            )
        )


def _make(folder: Path, name: str, sizes: tuple[int, int, int]) -> Path:
    path = folder / f"{name}.svcplan"
    PlanStore.create(path, fill=lambda store: fill(store, *sizes)).close()
    return path


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    shm = Path("/dev/shm")
    made = Path(tempfile.mkdtemp(prefix="large-plan-", dir=shm if shm.is_dir() else None))
    yield made
    shutil.rmtree(made)


@pytest.fixture(scope="module")
def plans(folder: Path) -> dict[str, Path]:
    return {
        "large": _make(folder, "large", (RESPONSES, COMPLAINTS, PROBLEMS)),
        "tiny": _make(folder, "tiny", (3, 2, 2)),
    }


def _report_cost(path: Path) -> tuple[dict[str, Any], int, int]:
    """The report, the SQL statements it ran, and the peak Python memory it took."""
    store = PlanStore.open(path, readonly=True)
    statements: list[str] = []
    try:
        store.conn.set_trace_callback(statements.append)
        tracemalloc.start()
        try:
            report = build_report(store)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        store.close()
    return report, len(statements), peak


def _opens(path: Path, responses: int) -> None:
    for readonly in (False, True):
        store = PlanStore.open(path, readonly=readonly)
        try:
            assert store.survey.response_count() == responses
            assert len(store.complaints.all()) == COMPLAINTS
            # The survey table is read a window at a time, from anywhere in it.
            page = store.survey.page(responses - 10, 50, ("source_row", "nps"))
            assert [row[0] for row in page] == list(range(responses - 8, responses + 2))
            if not readonly:
                store.profile.set_field("industry", "Still editable")
        finally:
            store.close()


def _report_bounded(path: Path, tiny: Path, responses: int) -> None:
    large, large_statements, large_peak = _report_cost(path)
    small, tiny_statements, tiny_peak = _report_cost(tiny)
    assert large["survey"]["responses"] == responses
    assert large["complaints"]["total"] == COMPLAINTS
    assert small["survey"]["responses"] == 3
    # The same queries whatever the size, not one per row (or per complaint)...
    assert large_statements <= tiny_statements + 5, (large_statements, tiny_statements)
    # ...and the rows never come into Python: memory is the tiny plan's, give or take what
    # 1,000 complaints and problems take as objects (~1 KB each, with generous room).
    assert large_peak < tiny_peak + (COMPLAINTS + PROBLEMS) * 4 * 1024, (large_peak, tiny_peak)


def test_large_plan_opens_for_editing_and_reading(plans: dict[str, Path]) -> None:
    _opens(plans["large"], RESPONSES)


def test_report_work_does_not_grow_with_the_plan(plans: dict[str, Path]) -> None:
    _report_bounded(plans["large"], plans["tiny"], RESPONSES)


@pytest.mark.soak
def test_100k_responses_open_report_and_export(plans: dict[str, Path], folder: Path) -> None:
    path = _make(folder, "soak", (SOAK_RESPONSES, COMPLAINTS, PROBLEMS))
    _opens(path, SOAK_RESPONSES)
    _report_bounded(path, plans["tiny"], SOAK_RESPONSES)
    service_plan = pytest.importorskip("export.service_plan")
    store = PlanStore.open(path, readonly=True)
    try:
        pdf = service_plan.render_service_plan(store, service_plan.ExportOptions(invariant=True))
    finally:
        store.close()
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
