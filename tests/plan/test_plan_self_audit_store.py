"""Self-audit answers, business metrics and snapshots in the plan file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from plan.errors import InvalidValueError, ReadOnlyPlanError
from plan.migrations import MIGRATIONS, apply_migrations
from plan.scoring import Answer
from plan.self_audit import item_ids
from plan.store import PlanChange, PlanStore, Section, Snapshot


def test_migration_0002_on_an_in_memory_database() -> None:
    db = Database(memory=True)
    apply_migrations(db, upto=1)
    assert "answers" not in db.table_names()
    assert [name for name, _ in MIGRATIONS][1] == "0002_self_audit"
    apply_migrations(db)
    assert {"answers", "metrics", "snapshots"} <= set(db.table_names())
    assert set(db["answers"].columns_dict) == {"item_id", "score", "not_applicable", "note"}
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO answers (item_id, score) VALUES ('x', 6)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO answers (item_id, score, not_applicable) VALUES ('x', 3, 1)")


def test_a_version_1_plan_gains_the_tables_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.svcplan"
    conn = sqlite3.connect(path)
    db = Database(conn)
    apply_migrations(db, upto=1)
    db.execute("INSERT INTO meta (key, value) VALUES ('language', 'ru')")
    conn.commit()
    conn.close()
    store = PlanStore.open(path)
    try:
        store.self_audit.set_answer("att.positive", Answer(4))
        assert store.self_audit.answers()["att.positive"] == Answer(4)
    finally:
        store.close()


def test_answers_round_trip_and_notify(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "p.svcplan")
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    assert (
        store.self_audit.set_answer("att.positive", Answer(4, False, "mostly <b>&</b> 😀")) is None
    )
    old = store.self_audit.set_answer("att.positive", Answer(None, True))
    assert old == Answer(4, False, "mostly <b>&</b> 😀")
    assert store.self_audit.answers() == {"att.positive": Answer(None, True, "")}
    assert changes[-1] == PlanChange(Section.ANSWERS, frozenset({"att.positive"}))
    store.self_audit.set_answer("att.positive", None)
    assert store.self_audit.answers() == {}
    store.close()
    reopened = PlanStore.open(tmp_path / "p.svcplan", readonly=True)
    assert reopened.self_audit.answers() == {}


@pytest.mark.parametrize(
    ("item_id", "answer", "code"),
    [
        ("no.such.item", Answer(3), "unknown_item"),
        ("att.positive", Answer(0), "out_of_range"),
        ("att.positive", Answer(6), "out_of_range"),
        ("att.positive", Answer(3, False, "x" * 2001), "too_long"),
    ],
)
def test_bad_answers_are_refused_and_nothing_changes(
    tmp_path: Path, item_id: str, answer: Answer, code: str
) -> None:
    path = tmp_path / "p.svcplan"
    store = PlanStore.create(path)
    store.self_audit.set_answer("att.rapport", Answer(2))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(InvalidValueError) as caught:
        store.self_audit.set_answer(item_id, answer)
    assert caught.value.code == code
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    store.close()


def test_metrics_round_trip_and_ranges(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "p.svcplan")
    assert store.self_audit.set_metric("repeat_revenue_share", 24.5) is None
    assert store.self_audit.set_metric("repeat_revenue_share", 30) == 24.5
    assert store.self_audit.metric_values() == {"repeat_revenue_share": 30.0}
    for bad in (-1, 100.01, float("nan"), float("inf")):
        with pytest.raises(InvalidValueError):
            store.self_audit.set_metric("repeat_revenue_share", bad)
    with pytest.raises(InvalidValueError):
        store.self_audit.set_metric("complaints_per_100", -0.5)
    with pytest.raises(InvalidValueError) as caught:
        store.self_audit.set_metric("no_such_metric", 1)
    assert caught.value.code == "unknown_metric"
    assert store.self_audit.set_metric("repeat_revenue_share", None) == 30.0
    assert store.self_audit.metric_values() == {}
    store.close()


def test_snapshots_keep_their_scores_and_undo_restores_the_id(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "p.svcplan")
    later = store.self_audit.add_snapshot(
        Snapshot("2026-11-01", 55.5, {"attitudes": 70.0, "sins": None}, {})
    )
    earlier = store.self_audit.add_snapshot(
        Snapshot("2026-05-01", 40.0, {"attitudes": 60.0}, {"x": 1.0})
    )
    assert [s.taken_on for s in store.self_audit.snapshots()] == ["2026-05-01", "2026-11-01"]
    assert store.self_audit.snapshots()[1].dimensions == {"attitudes": 70.0, "sins": None}
    removed = store.self_audit.delete_snapshot(earlier.id or 0)
    assert [s.id for s in store.self_audit.snapshots()] == [later.id]
    store.self_audit.add_snapshot(removed)
    assert [s.id for s in store.self_audit.snapshots()] == [earlier.id, later.id]
    with pytest.raises(InvalidValueError):
        store.self_audit.add_snapshot(Snapshot("1 May", None, {}, {}))
    store.close()


def test_read_only_plan_refuses_self_audit_edits(tmp_path: Path) -> None:
    path = tmp_path / "p.svcplan"
    PlanStore.create(path).close()
    store = PlanStore.open(path, readonly=True)
    with pytest.raises(ReadOnlyPlanError):
        store.self_audit.set_answer("att.positive", Answer(3))
    with pytest.raises(ReadOnlyPlanError):
        store.self_audit.set_metric("customer_retention", 50)


def test_every_structure_id_is_accepted(tmp_path: Path) -> None:
    store = PlanStore.memory()
    for item_id in item_ids():
        store.self_audit.set_answer(item_id, Answer(3))
    assert len(store.self_audit.answers()) == len(item_ids()) == 44
