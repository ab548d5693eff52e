"""Creating a plan: two creators of one path at once (one wins, the other is told the plan
exists), and a disk that fills up while a plan is made or changed (one clear error, nothing
half-written, the plan as it was)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from plan.demo import fill_demo
from plan.errors import DiskFullError, PlanError, PlanExistsError
from plan.imports import SURVEY, prepare_import
from plan.store import PlanStore
from plan.store import core as store_module


def test_two_creators_of_one_path_one_wins(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    both_filling = threading.Barrier(2, timeout=30)
    outcomes: dict[str, object] = {}

    def create(name: str) -> None:
        def fill(store: PlanStore) -> None:
            store.profile.set_field("business_name", name)
            both_filling.wait()  # both are half-way through making the same plan

        try:
            PlanStore.create(path, fill=fill).close()
            outcomes[name] = "created"
        except PlanError as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=create, args=(name,)) for name in ("First", "Second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    created = [name for name, outcome in outcomes.items() if outcome == "created"]
    refused = [outcome for outcome in outcomes.values() if isinstance(outcome, PlanExistsError)]
    assert len(created) == 1 and len(refused) == 1, outcomes
    assert "already exists" in str(refused[0])
    store = PlanStore.open(path, readonly=True)
    try:
        assert store.profile.get().business_name == created[0]
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.svcplan"]


def limit_pages(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every connection the store opens may grow its file by `pages` pages only: SQLite then
    reports a full disk (SQLITE_FULL), as it does when the real disk fills up."""
    connect = store_module._connect

    def limited(target: str, **kwargs: bool) -> sqlite3.Connection:
        conn = connect(target, **kwargs)
        count = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {int(count) + pages}")
        return conn

    monkeypatch.setattr(store_module, "_connect", limited)


def test_a_full_disk_while_making_a_demo_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.svcplan"
    limit_pages(monkeypatch, 8)
    with pytest.raises(PlanError) as raised:
        PlanStore.create(path, fill=lambda store: fill_demo(store, "en"))
    assert str(raised.value) == f"{path}: cannot be created (the disk is full); nothing was written"
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_changing_a_plan_keeps_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    before = path.read_bytes()
    answers = tmp_path / "answers.csv"
    answers.write_text("nps,comment\n" + "9,fine bread and coffee\n" * 5_000, encoding="utf-8")
    preview = prepare_import(SURVEY, answers, [])
    limit_pages(monkeypatch, 1)
    store = PlanStore.open(path, backup=False)
    try:
        with pytest.raises(DiskFullError) as raised:
            store.imports.add(preview)
        assert "the disk is full" in str(raised.value) and str(path) in str(raised.value)
        assert store.conn.execute("SELECT count(*) FROM survey_responses").fetchone() == (0,)
    finally:
        store.close()
    assert path.read_bytes() == before
