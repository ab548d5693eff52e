"""plan.validation: the checks on open for plans another program changed.

tests/reliability/test_changed_plans.py runs each kind of change through the commands and the
window; here are the rules themselves, on small plans.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from plan import validation
from plan.errors import ChangedPlanError, CorruptPlanError
from plan.migrations import MIGRATIONS, SCHEMA_VERSION
from plan.report import build_report
from plan.store import PlanStore


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "Bakery")
        store.self_audit.set_metric(next(iter(_metric_ids())), 12.5)

    PlanStore.create(path, fill=fill).close()
    return path


def _metric_ids() -> list[str]:
    from plan.self_audit import structure

    return [entry["id"] for entry in structure()["metrics"]]


def _change(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_sqlite_skips_check_rules_on_a_read_only_connection(plan: Path) -> None:
    """Why the read-only open checks its in-memory copy: on the file, quick_check says "ok"."""
    _change(plan, "UPDATE profile SET prepared_by = 'robot'")
    conn = sqlite3.connect(plan.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with pytest.raises(CorruptPlanError, match="prepared_by IN"):
        PlanStore.open(plan, readonly=True)


def test_expected_schema_is_what_the_migrations_make(plan: Path) -> None:
    conn = sqlite3.connect(plan)
    try:
        for table, columns in validation.expected_schema(SCHEMA_VERSION).items():
            names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            assert [column.name for column in columns] == names
    finally:
        conn.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_a_range_check_guards_a_column_and_a_lower_bound_does_not() -> None:
    columns = {c.name: c for c in validation.expected_schema(SCHEMA_VERSION)["means"]}
    assert columns["kind"].guarded  # kind IN ('know', 'want', 'can')
    assert not columns["budget"].guarded  # budget >= 0: text passes that rule
    survey = {c.name: c for c in validation.expected_schema(SCHEMA_VERSION)["survey_responses"]}
    assert survey["e1"].guarded and survey["e11"].guarded and not survey["comment"].guarded


def test_a_healthy_plan_has_no_odd_values(plan: Path) -> None:
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.warnings == []
        assert validation.odd_values(store.conn, SCHEMA_VERSION) == []
    finally:
        store.close()


def test_odd_values_are_left_out_of_the_copy_only(plan: Path) -> None:
    _change(
        plan,
        "UPDATE metrics SET value = 'lots'",
        "UPDATE profile SET business_name = x'00ff'",
        "INSERT INTO snapshots (taken_on, dimensions) VALUES ('2025-01-01', '{\"a\": NaN}')",
    )
    before = plan.read_bytes()
    store = PlanStore.open(plan, readonly=True)
    try:
        assert len(store.warnings) == 3, store.warnings
        assert store.self_audit.metric_values() == {}
        assert store.profile.get().business_name == ""
        assert store.self_audit.snapshots() == []
        json.dumps(build_report(store), allow_nan=False)
    finally:
        store.close()
    assert plan.read_bytes() == before
    with pytest.raises(ChangedPlanError, match=r"metrics row 1: value is 'lots'.* and 1 more"):
        PlanStore.open(plan, backup=False)
    assert plan.read_bytes() == before


def test_values_left_out_pass_after_pass_until_none_is_left(plan: Path) -> None:
    """Wrong types first (50 rows a table a pass), then the rules that read typed values."""
    _change(plan, "DELETE FROM economics")
    rows = ", ".join(f"('m{n}', 'text')" for n in range(60))
    _change(plan, f"INSERT INTO metrics (metric_id, value) VALUES {rows}")
    store = PlanStore.open(plan, readonly=True)
    try:
        assert len(store.warnings) == 61  # 60 texts for numbers, then the missing calculator row
        assert store.economics.inputs() is not None
    finally:
        store.close()


def test_a_lowered_version_and_a_redefined_table_are_refused(plan: Path, tmp_path: Path) -> None:
    _change(plan, "PRAGMA user_version = 4")
    with pytest.raises(CorruptPlanError, match="says it is plan format 4, but holds table"):
        PlanStore.open(plan, readonly=True)
    _change(
        plan,
        "PRAGMA user_version = 5",
        "CREATE TABLE m2 (metric_id TEXT PRIMARY KEY, value)",
        "INSERT INTO m2 SELECT * FROM metrics",
        "DROP TABLE metrics",
        "ALTER TABLE m2 RENAME TO metrics",
    )
    with pytest.raises(CorruptPlanError, match="table 'metrics' was redefined"):
        PlanStore.open(plan)


def test_a_check_failure_names_the_row_and_the_rule(plan: Path) -> None:
    _change(plan, "UPDATE answers SET score = 9")  # no answers: nothing breaks
    _change(plan, "INSERT INTO answers (item_id, score) VALUES ('x1', 0)")
    for readonly in (True, False):
        with pytest.raises(CorruptPlanError) as caught:
            PlanStore.open(plan, readonly=readonly, backup=False)
        assert "answers: row item_id 'x1' breaks the rule 'score BETWEEN 1 AND 5'" in str(
            caught.value
        )


def test_text_that_is_not_utf8_reads_with_replacement_characters(plan: Path) -> None:
    _change(plan, "UPDATE profile SET business_name = CAST(x'42e96b' AS TEXT)")
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.profile.get().business_name == "B\ufffdk"
    finally:
        store.close()
