"""Rolling backups: one per writable open, in the data folder, the last KEEP_BACKUPS kept."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from plan import backups
from plan.backups import KEEP_BACKUPS, latest_backup, list_backups, make_backup
from plan.store import PlanStore


def _name_in(backup: Path) -> str:
    store = PlanStore.open(backup, readonly=True)
    try:
        return store.profile.get().business_name
    finally:
        store.close()


def _create(path: Path, name: str) -> None:
    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", name)

    PlanStore.create(path, fill=fill).close()


def _open_and_rename(path: Path, name: str) -> None:
    store = PlanStore.open(path)
    try:
        store.profile.set_field("business_name", name)
    finally:
        store.close()


def test_creating_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "New")
    assert list_backups(path) == []
    assert latest_backup(path) is None


def test_opening_backs_up_the_plan_as_it_was(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "As opened")

    _open_and_rename(path, "Edited later")

    found = list_backups(path)
    assert len(found) == 1
    backup = found[0]
    assert backup.is_relative_to(data_dir)
    assert backup.suffix == ".svcplan"
    assert _name_in(backup) == "As opened"
    assert _name_in(path) == "Edited later"
    assert not list(backup.parent.glob("*.partial"))


def test_read_only_open_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "x")
    PlanStore.open(path, readonly=True).close()
    assert list_backups(path) == []


def test_open_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "x")
    PlanStore.open(path, backup=False).close()
    assert list_backups(path) == []


def test_latest_backup_is_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "v0")
    for version in range(1, 4):
        _open_and_rename(path, f"v{version}")
        latest = latest_backup(path)
        assert latest is not None
        assert _name_in(latest) == f"v{version - 1}"
    names = [_name_in(b) for b in list_backups(path)]
    assert names == ["v2", "v1", "v0"]


def test_only_keep_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "v0")
    opens = KEEP_BACKUPS + 3
    for version in range(1, opens + 1):
        _open_and_rename(path, f"v{version}")
    found = list_backups(path)
    assert len(found) == KEEP_BACKUPS
    assert len(list(backups.backup_folder(path).iterdir())) == KEEP_BACKUPS
    # The newest are the ones kept.
    assert _name_in(found[0]) == f"v{opens - 1}"
    assert _name_in(found[-1]) == f"v{opens - KEEP_BACKUPS}"


def test_make_backup_honours_keep(tmp_path: Path) -> None:
    path = tmp_path / "plan.svcplan"
    _create(path, "x")
    conn = sqlite3.connect(path)
    try:
        made = [make_backup(conn, path, keep=2) for _ in range(4)]
    finally:
        conn.close()
    assert list_backups(path) == [made[3], made[2]]


def test_plans_with_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    first = tmp_path / "a" / "plan.svcplan"
    second = tmp_path / "b" / "plan.svcplan"
    for path, name in ((first, "first"), (second, "second")):
        path.parent.mkdir()
        _create(path, name)
        PlanStore.open(path).close()
    assert backups.backup_folder(first) != backups.backup_folder(second)
    first_backup, second_backup = latest_backup(first), latest_backup(second)
    assert first_backup is not None and second_backup is not None
    assert _name_in(first_backup) == "first"
    assert _name_in(second_backup) == "second"


def test_plan_opens_when_no_backup_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("SERVICEPLAN_DATA_DIR", str(blocker))
    store = PlanStore.open(path)
    try:
        assert store.backup_problem is not None
        assert "no backup" in store.backup_problem
        store.profile.set_field("industry", "Bakery")  # still editable
    finally:
        store.close()
    assert PlanStore.open(path, readonly=True).profile.get().industry == "Bakery"


def test_a_plan_whose_name_is_not_utf8_is_backed_up(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.svcplan")  # a Latin-1 byte, as from an old archive
    try:
        _create(path, "Café")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    store = PlanStore.open(path)
    try:
        assert store.backup_problem is None
    finally:
        store.close()
    backup = latest_backup(path)
    assert backup is not None and _name_in(backup) == "Café"
    assert backup.parent.name.startswith("caf\ufffd-")
