"""Damaged, foreign, newer, read-only and busy plans: refused or opened read-only, never written.

tests/plan/test_plan_open_errors.py checks each refusal's message; here every kind of damage is
checked for what the user is left with: the whole folder (plan, backups) byte for byte as it
was, and the latest backup still there and whole. Read-only files are made read-only for real,
also when the tests run as root (see helpers.read_only).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import main
from plan.backups import latest_backup
from plan.errors import (
    CorruptPlanError,
    NewerPlanError,
    NotAPlanError,
    PlanError,
    PlanInUseError,
    ReadOnlyPlanError,
)
from plan.migrations import SCHEMA_VERSION
from plan.store import PlanStore
from tests.reliability.helpers import (
    crash_mid_transaction,
    folder_state,
    read_only,
    sha256,
)

NAME = "Rosemary & Rye <b>Bakery</b>"


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_in_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def _junk_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = _page_size(bytes(data))
    data[2 * page :] = random.Random(8).randbytes(len(data) - 2 * page)
    path.write_bytes(bytes(data))


def _foreign_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _text_file(path: Path) -> None:
    path.write_text("date,category\n2025-01-01,Prices\n", encoding="utf-8")


DAMAGE: dict[str, tuple[Callable[[Path], None], type[PlanError]]] = {
    "truncated": (_truncate, CorruptPlanError),
    "cut-in-header": (_cut_in_header, CorruptPlanError),
    "zero-length": (_zero_length, NotAPlanError),
    "random-bytes": (_random_bytes, NotAPlanError),
    "junk-pages": (_junk_pages, CorruptPlanError),
    "foreign-sqlite": (_foreign_database, NotAPlanError),
    "newer-schema": (_newer_schema, NewerPlanError),
    "text-file": (_text_file, NotAPlanError),
}


@pytest.fixture
def backed_up_plan(tmp_path: Path) -> Path:
    """A plan with content, opened once for editing (so a backup of it exists), then closed."""
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "client.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", NAME)

    PlanStore.create(path, fill=fill).close()
    PlanStore.open(path).close()
    assert latest_backup(path) is not None
    return path


def _name_in(path: Path) -> str:
    store = PlanStore.open(path, readonly=True)
    try:
        return store.profile.get().business_name
    finally:
        store.close()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_plan_is_refused_untouched_and_its_backup_survives(
    backed_up_plan: Path, tmp_path: Path, kind: str
) -> None:
    damage, error = DAMAGE[kind]
    damage(backed_up_plan)
    before = folder_state(tmp_path)  # the plan's folder and the data folder with the backups
    for readonly in (False, True, False):  # again: a refusal leaves nothing behind to trip on
        with pytest.raises(error) as caught:
            PlanStore.open(backed_up_plan, readonly=readonly)
        assert type(caught.value) is error
        assert caught.value.path == backed_up_plan and backed_up_plan.name in str(caught.value)
    assert folder_state(tmp_path) == before
    # What the window offers instead (tests/ui covers the dialog): the backup, whole.
    backup = latest_backup(backed_up_plan)
    assert backup is not None
    assert _name_in(backup) == NAME
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_every_cli_command_refuses_a_damaged_plan_without_writing(
    backed_up_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _truncate(backed_up_plan)
    source = tmp_path / "answers.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    before = folder_state(tmp_path)
    commands = [
        ["report", str(backed_up_plan), "--json"],
        ["import-survey", str(backed_up_plan), str(source)],
        ["import-complaints", str(backed_up_plan), str(source)],
        ["survey-form", str(backed_up_plan), "-o", str(tmp_path / "form.pdf")],
        ["export", str(backed_up_plan), "-o", str(tmp_path / "plan.pdf"), "--no-branding"],
        ["new", str(backed_up_plan)],
    ]
    for command in commands:
        assert main.main(command) == 1, command
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and backed_up_plan.name in err, err
    assert folder_state(tmp_path) == before


# -- read-only files and folders, for real --------------------------------------------------


@pytest.fixture
def plain_plan(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "client.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", NAME)

    PlanStore.create(path, fill=fill).close()
    yield path


def _opens_read_only(path: Path, reason: str, tmp_path: Path) -> None:
    before = folder_state(tmp_path)
    store = PlanStore.open(path)
    try:
        assert store.readonly and store.readonly_reason == reason
        assert store.profile.get().business_name == NAME
        with pytest.raises(ReadOnlyPlanError, match=reason):
            store.profile.set_field("business_name", "changed")
    finally:
        store.close()
    assert folder_state(tmp_path) == before


def test_read_only_file_opens_read_only(plain_plan: Path, tmp_path: Path) -> None:
    with read_only(plain_plan):
        _opens_read_only(plain_plan, "the file is read-only", tmp_path)


def test_plan_in_read_only_folder_opens_read_only(plain_plan: Path, tmp_path: Path) -> None:
    with read_only(plain_plan.parent):
        _opens_read_only(plain_plan, "its folder is read-only", tmp_path)


def test_import_into_read_only_plan_is_refused_with_one_line(
    plain_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "answers.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    with read_only(plain_plan):
        before = folder_state(tmp_path)
        assert main.main(["import-survey", str(plain_plan), str(source)]) == 1
        assert folder_state(tmp_path) == before
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert plain_plan.name in err and "read-only" in err


@pytest.mark.parametrize("where", ["file", "folder"])
def test_read_only_plan_left_by_a_crash_opens_at_its_last_commit(
    plain_plan: Path, tmp_path: Path, where: str
) -> None:
    """A writer died mid-transaction, and the plan cannot be written to roll it back."""
    crash_mid_transaction(plain_plan)
    with read_only(plain_plan if where == "file" else plain_plan.parent):
        before = folder_state(tmp_path)
        store = PlanStore.open(plain_plan)
        try:
            assert store.readonly
            assert store.profile.get().business_name == NAME
            assert store.complaints.all() == []
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            store.close()
        assert folder_state(tmp_path) == before


# -- a plan held by another process ---------------------------------------------------------

HOLDER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from plan.store import PlanStore
store = PlanStore.open(sys.argv[2])
store.profile.set_field("industry", "held")
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held_plan(plain_plan: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    root = Path(main.__file__).resolve().parent
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root), str(plain_plan)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield plain_plan, holder
    finally:
        holder.kill()
        holder.wait()


def test_plan_held_by_another_process_is_not_written(
    held_plan: tuple[Path, subprocess.Popen[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan, holder = held_plan
    source = tmp_path / "answers.csv"
    source.write_text("nps\n9\n", encoding="utf-8")
    other = tmp_path / "other.svcplan"
    PlanStore.create(other).close()
    before = sha256(plan)

    with pytest.raises(PlanInUseError):
        PlanStore.open(plan)
    for command in (["import-survey", str(plan), str(source)], ["new", str(plan)]):
        assert main.main(command) == 1
        assert plan.name in capsys.readouterr().err
    # Save As onto it from another plan would replace the file under the holder's feet.
    store = PlanStore.open(other)
    try:
        with pytest.raises(PlanInUseError):
            store.save_copy(plan)
    finally:
        store.close()
    # Reading is allowed, and sees what the holder committed.
    reader = PlanStore.open(plan, readonly=True)
    try:
        assert reader.profile.get().industry == "held"
    finally:
        reader.close()
    assert sha256(plan) == before

    # A holder that dies (even SIGKILL) does not lock the plan for ever: the OS drops its lock.
    holder.kill()
    holder.wait()
    store = PlanStore.open(plan)
    try:
        store.profile.set_field("industry", "free again")
    finally:
        store.close()
    assert _name_in(plan) == NAME
