"""Crash safety: a process editing a plan is SIGKILLed at random points, again and again.

After every kill the plan must open (read-only, as `report` does, and for editing, as the
window does), pass `PRAGMA integrity_check`, and hold exactly the edits the killed process
acknowledged as committed, plus at most the one it was making (committed, not yet
acknowledged) — never part of one. See crash_harness.py for the worker side.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plan.imports import SURVEY
from plan.store import PlanStore
from tests.reliability.helpers import ROOT, crash_mid_transaction, sha256

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX only)")

HARNESS = Path(__file__).with_name("crash_harness.py")
TEXT_FIELDS = ("business_name", "industry", "address", "customer_types", "preparer_name")

State = dict[str, Any]


def empty_state() -> State:
    return {
        "exists": False,
        "profile": dict.fromkeys(TEXT_FIELDS, ""),
        "answers": {},
        "metrics": {},
        "complaints": {},
        "imports": {},
    }


def apply(state: State, op: dict[str, Any]) -> State:
    state = copy.deepcopy(state)
    kind = op["op"]
    if kind == "create":
        state["exists"] = True
    elif kind == "profile":
        state["profile"][op["field"]] = op["value"]
    elif kind == "answer":
        state["answers"][op["item"]] = (op["score"], op["na"], op["note"])
    elif kind == "metric":
        state["metrics"][op["metric"]] = op["value"]
    elif kind == "complaint":
        state["complaints"][op["description"]] = (op["date"], op["category"], op["resolved"])
    elif kind == "update":
        when = state["complaints"][op["description"]][0]
        state["complaints"][op["description"]] = (when, op["category"], op["resolved"])
    elif kind == "delete":
        del state["complaints"][op["description"]]
    elif kind == "import":
        state["imports"][op["file"]] = op["rows"]
    elif kind == "unimport":
        del state["imports"][op["file"]]
    else:
        raise AssertionError(f"unknown edit {op}")
    return state


def read_state(store: PlanStore) -> State:
    profile = store.profile.get()
    imports = {p.file_name: p.rows for p in store.imports.all(SURVEY)}
    # Every import's rows are there, all or none: the count per import matches its record.
    per_import = dict(
        store.conn.execute(
            "SELECT i.file_name, COUNT(r.id) FROM imports i"
            " LEFT JOIN survey_responses r ON r.import_id = i.id GROUP BY i.id"
        ).fetchall()
    )
    assert per_import == imports
    assert store.survey.response_count() == sum(imports.values())
    return {
        "exists": True,
        "profile": {name: getattr(profile, name) for name in TEXT_FIELDS},
        "answers": {
            item: (a.score, a.not_applicable, a.note)
            for item, a in store.self_audit.answers().items()
        },
        "metrics": store.self_audit.metric_values(),
        "complaints": {
            c.description: (c.date, c.category, c.resolved) for c in store.complaints.all()
        },
        "imports": imports,
    }


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


class Harness:
    def __init__(
        self, plan: Path, workdir: Path, seed: int, max_delay_ms: int, template: Path | None
    ) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HARNESS), str(ROOT), str(plan), str(workdir), str(seed),
             str(max_delay_ms), *([str(template)] if template else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip

    def kill_round(self) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("kill\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the crash harness died"
        result: dict[str, Any] = json.loads(line)
        return result

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def harness_factory(tmp_path: Path) -> Iterator[Any]:
    started: list[Harness] = []

    def start(seed: int, max_delay_ms: int, template: Path | None = None) -> tuple[Harness, Path]:
        plan = tmp_path / "plan.svcplan"
        workdir = tmp_path / "sources"
        workdir.mkdir(exist_ok=True)
        harness = Harness(plan, workdir, seed, max_delay_ms, template)
        started.append(harness)
        return harness, plan

    yield start
    for harness in started:
        if harness.process.poll() is None:
            harness.process.kill()
            harness.process.wait()


def check_after_kill(plan: Path, state: State, result: dict[str, Any]) -> State:
    """Check the plan against the edits; return the state it holds (for the next round)."""
    assert result["errors"] == [], result["errors"]
    assert result["killed"], "the worker was not killed: it stopped by itself"
    tried, acked = result["tried"], result["acked"]
    assert acked in (len(tried), len(tried) - 1), result
    committed = state
    for op in tried[:acked]:
        committed = apply(committed, op)
    possible = [committed]
    if acked < len(tried):  # killed inside an edit: either all of it is there, or none
        possible.append(apply(committed, tried[acked]))

    if not plan.exists():
        assert not committed["exists"], "a created plan vanished"
        return committed
    if not committed["exists"] and not possible[-1]["exists"]:
        raise AssertionError("a plan appeared that was never created")

    # Read-only first, as `report` opens it right after a crash: nothing may be written.
    before = sha256(plan)
    reader = PlanStore.open(plan, readonly=True)
    try:
        seen = read_state(reader)
    finally:
        reader.close()
    assert sha256(plan) == before
    assert seen in possible, f"after {result['delay']:.3f}s: {tried[acked - 1 : acked + 1]}"

    # Then for editing, as the window opens it.
    writer = PlanStore.open(plan, backup=False)
    try:
        assert read_state(writer) == seen
    finally:
        writer.close()
    assert integrity(plan) == "ok"
    return seen


def run_rounds(harness_factory: Any, seed: int, rounds: int, max_delay_ms: int) -> dict[str, int]:
    harness, plan = harness_factory(seed, max_delay_ms)
    state = empty_state()
    stats = {"edits": 0, "in_flight": 0, "before_open": 0, "hot_journal": 0}
    try:
        for _ in range(rounds):
            result = harness.kill_round()
            stats["hot_journal"] += plan.with_name(plan.name + "-journal").exists()
            state = check_after_kill(plan, state, result)
            stats["edits"] += result["acked"]
            stats["in_flight"] += result["acked"] < len(result["tried"])
            stats["before_open"] += not result["opened"]
    finally:
        harness.close()
    assert state["exists"]
    return stats


def test_sigkill_at_random_points_loses_no_committed_edit(harness_factory: Any) -> None:
    stats = run_rounds(harness_factory, seed=1, rounds=30, max_delay_ms=150)
    # The kills really landed in many places: mid-edit, and before the plan was even open.
    assert stats["edits"] > 30
    assert stats["in_flight"] >= 3
    assert stats["hot_journal"] >= 1  # killed inside a commit, its journal left behind
    assert stats["before_open"] >= 1


@pytest.mark.soak
@pytest.mark.parametrize("seed", [2, 3, 4])
def test_sigkill_soak(harness_factory: Any, seed: int) -> None:
    stats = run_rounds(harness_factory, seed=seed, rounds=400, max_delay_ms=300)
    assert stats["in_flight"] >= 50


# -- two moments the random kills hit only sometimes, made certain ---------------------------


def _committed_only(plan: Path) -> None:
    """Read-only (nothing written), then for editing: the last commit, whole."""
    before = sha256(plan)
    for readonly in (True, False):
        store = PlanStore.open(plan, readonly=readonly, backup=False)
        try:
            assert store.profile.get().business_name == "committed"
            assert store.complaints.all() == []
        finally:
            store.close()
        if readonly:
            assert sha256(plan) == before
    assert integrity(plan) == "ok"
    assert not plan.with_name(plan.name + "-journal").exists()  # rolled back and cleaned up


def _named_plan(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "committed")

    PlanStore.create(plan, fill=fill).close()
    return plan


def test_killed_with_uncommitted_pages_in_the_file(tmp_path: Path) -> None:
    plan = _named_plan(tmp_path)
    crash_mid_transaction(plan)
    _committed_only(plan)


GROWING_COMMIT = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = -400000")  # nothing spills: all pages are written at COMMIT
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE profile SET business_name = 'never committed'")
conn.execute(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)"
    " INSERT INTO complaints (category, description) SELECT 'x', printf('%.*c', 3000, 'y') FROM n"
)
print("ready", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_killed_while_commit_grows_the_file(tmp_path: Path) -> None:
    """SQLite writes page 1 (whose header gives the new page count) before the pages after the
    old end: killed in between, the file is shorter than its header says. That is a crash,
    not truncation: the journal beside it restores the plan."""
    plan = _named_plan(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", GROWING_COMMIT, str(plan)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    caught = False
    try:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        fd = os.open(plan, os.O_RDONLY)
        try:
            child.stdin.write("commit\n")
            child.stdin.flush()
            while child.poll() is None:
                page_size = int.from_bytes(os.pread(fd, 2, 16), "big")
                pages = int.from_bytes(os.pread(fd, 4, 28), "big")
                if pages * page_size > os.fstat(fd).st_size:
                    child.send_signal(signal.SIGSTOP)  # freeze it there, then kill it
                    pages = int.from_bytes(os.pread(fd, 4, 28), "big")
                    caught = pages * page_size > os.fstat(fd).st_size
                    if caught:
                        break
                    child.send_signal(signal.SIGCONT)
        finally:
            os.close(fd)
    finally:
        child.kill()
        child.wait()
    if not caught:
        pytest.skip("the commit finished before it could be caught half-written")
    _committed_only(plan)


# -- killed while migrating an older plan ------------------------------------------------------


def _older_plan(path: Path) -> int:
    """A plan as the previous version of the program left it; returns its schema version."""
    from sqlite_utils import Database

    from plan.migrations import SCHEMA_VERSION, apply_migrations

    conn = sqlite3.connect(path)
    apply_migrations(Database(conn), upto=SCHEMA_VERSION - 1)
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("language", "en"), ("created", "2025-01-01T00:00:00"), ("modified", "x")],
    )
    conn.execute("UPDATE profile SET business_name = 'Before the update' WHERE id = 1")
    conn.commit()
    conn.close()
    return SCHEMA_VERSION - 1


def test_sigkill_while_migrating_leaves_the_old_plan_or_the_new_one(
    harness_factory: Any, tmp_path: Path
) -> None:
    from plan.migrations import MIGRATIONS, SCHEMA_VERSION

    if SCHEMA_VERSION < 2:
        pytest.skip("only one schema version so far")
    template = tmp_path / "older.svcplan"
    old_version = _older_plan(template)
    harness, plan = harness_factory(seed=5, max_delay_ms=150, template=template)
    start = empty_state()
    start["exists"] = True
    start["profile"]["business_name"] = "Before the update"
    versions = set()
    try:
        for _ in range(12):
            result = harness.kill_round()
            # Any program that opens it rolls back an unfinished commit; look at what is left.
            conn = sqlite3.connect(plan)
            try:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                applied = conn.execute("SELECT COUNT(*) FROM migrations").fetchone()[0]
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
            assert version in (old_version, SCHEMA_VERSION) and applied == version
            versions.add(version)
            check_after_kill(plan, start, result)  # opens it (migrating it) and checks edits
    finally:
        harness.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION
    assert SCHEMA_VERSION in versions  # some rounds got past the migration
