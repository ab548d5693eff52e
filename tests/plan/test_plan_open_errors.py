"""Opening what is not a healthy plan: the right error, a clear message, and the file untouched."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan.errors import (
    CorruptPlanError,
    NewerPlanError,
    NotAPlanError,
    PlanError,
    ReadOnlyPlanError,
)
from plan.migrations import APPLICATION_ID, SCHEMA_VERSION
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]
DEMO_LOGO = ROOT / "assets" / "demo" / "logo.png"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in `folder` and its hash: nothing may appear, vanish or change."""
    return {p.name: sha256(p) for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def good_plan(tmp_path: Path) -> Path:
    path = tmp_path / "good.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "Healthy")
        store.profile.set_logo(DEMO_LOGO.read_bytes())

    PlanStore.create(path, fill=fill).close()
    return path


def expect_refused(
    path: Path, error: type[PlanError], *words: str, readonly: bool = False
) -> PlanError:
    folder = path.parent
    before = snapshot(folder)
    with pytest.raises(error) as caught:
        PlanStore.open(path, readonly=readonly)
    assert type(caught.value) is error
    message = str(caught.value)
    assert path.name in message
    for word in words:
        assert word in message, message
    assert snapshot(folder) == before
    return caught.value


@pytest.mark.parametrize("readonly", [False, True])
def test_missing_file_is_not_created(tmp_path: Path, readonly: bool) -> None:
    path = tmp_path / "missing.svcplan"
    expect_refused(path, PlanError, "no such file", readonly=readonly)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.svcplan"
    folder.mkdir()
    with pytest.raises(NotAPlanError, match="is a folder"):
        PlanStore.open(folder)
    assert list(folder.iterdir()) == []


def test_zero_length_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.svcplan"
    path.write_bytes(b"")
    expect_refused(path, NotAPlanError, "empty", "0 bytes")
    assert path.read_bytes() == b""


@pytest.mark.parametrize(
    "content",
    [
        "business_name,industry\nBakery,Food\n",
        "Пекарня «Розмарин и рожь»: отзывы покупателей за ноябрь, декабрь и январь\n" * 3,
        # 3-byte characters: the first 100 bytes end inside one.
        "上下班途中买面包的附近居民\n来吃早餐和午餐的上班族\n周末带孩子来的家庭\n" * 3,
    ],
    ids=["ascii-csv", "cyrillic", "chinese"],
)
def test_text_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.svcplan"
    path.write_text(content, encoding="utf-8")
    expect_refused(path, NotAPlanError, "not a service plan", "text file")


def test_utf16_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.svcplan"
    path.write_text("Complaints, November\r\n" * 10, encoding="utf-16")
    expect_refused(path, NotAPlanError, "text file")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.svcplan"
    path.write_bytes(random.Random(1234).randbytes(10_000))
    expect_refused(path, NotAPlanError, "not a service plan", "not a SQLite database")


def test_png_file(tmp_path: Path) -> None:
    path = tmp_path / "logo.svcplan"
    shutil.copy(DEMO_LOGO, path)
    expect_refused(path, NotAPlanError, "not a service plan", "not a SQLite database")


@pytest.mark.parametrize("readonly", [False, True])
def test_truncated_plan(good_plan: Path, readonly: bool) -> None:
    data = good_plan.read_bytes()
    good_plan.write_bytes(data[: len(data) // 2])
    error = expect_refused(good_plan, CorruptPlanError, "truncated", readonly=readonly)
    assert "backup" in str(error)


def test_plan_cut_inside_its_header(good_plan: Path) -> None:
    good_plan.write_bytes(good_plan.read_bytes()[:60])
    expect_refused(good_plan, CorruptPlanError, "truncated")


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "contacts.svcplan"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann', '123')")
    conn.commit()
    conn.close()
    expect_refused(path, NotAPlanError, "another program")


def test_plan_marked_database_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "hollow.svcplan"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    assert path.stat().st_size > 0
    for readonly in (False, True):
        expect_refused(path, NotAPlanError, "no plan tables", readonly=readonly)


@pytest.mark.parametrize("readonly", [False, True])
def test_plan_from_a_newer_program(good_plan: Path, tmp_path: Path, readonly: bool) -> None:
    newer = tmp_path / "newer.svcplan"
    shutil.copy(good_plan, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = expect_refused(newer, NewerPlanError, "newer", readonly=readonly)
    assert str(SCHEMA_VERSION + 1) in str(error)


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def test_plan_with_junk_pages(good_plan: Path) -> None:
    data = bytearray(good_plan.read_bytes())
    page = _page_size(good_plan)
    junk = random.Random(99).randbytes(len(data) - 2 * page)
    data[2 * page :] = junk
    good_plan.write_bytes(bytes(data))
    for readonly in (False, True):
        expect_refused(good_plan, CorruptPlanError, "damaged", readonly=readonly)


def test_plan_failing_quick_check(good_plan: Path) -> None:
    """A damaged index page that SQLite reads without error but quick_check reports."""
    conn = sqlite3.connect(good_plan)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_migrations_1'"
    ).fetchone()
    conn.close()
    page = _page_size(good_plan)
    data = bytearray(good_plan.read_bytes())
    start = (root - 1) * page + 8  # the cell-pointer array of a leaf page
    data[start : start + 4] = b"\xab\xab\xab\xab"
    good_plan.write_bytes(bytes(data))
    error = expect_refused(good_plan, CorruptPlanError, "damaged")
    assert "backup" in str(error)


# -- files that cannot be written open read-only -------------------------------------------


def _skip_if_chmod_does_not_protect(path: Path) -> None:
    if os.access(path, os.W_OK):
        pytest.skip("running as root (or similar): chmod does not make files read-only here")


@pytest.fixture
def restore_modes(tmp_path: Path) -> Iterator[list[Path]]:
    changed: list[Path] = []
    yield changed
    for path in changed:
        path.chmod(stat.S_IRWXU)


def _check_opens_read_only(path: Path, reason_words: str) -> None:
    before = snapshot(path.parent)
    store = PlanStore.open(path)
    try:
        assert store.readonly
        assert store.readonly_reason is not None and reason_words in store.readonly_reason
        assert store.profile.get().business_name == "Healthy"
        with pytest.raises(ReadOnlyPlanError, match=reason_words):
            store.profile.set_field("business_name", "Changed")
    finally:
        store.close()
    assert snapshot(path.parent) == before


def test_read_only_file_opens_read_only(good_plan: Path, restore_modes: list[Path]) -> None:
    good_plan.chmod(0o444)
    restore_modes.append(good_plan)
    _skip_if_chmod_does_not_protect(good_plan)
    _check_opens_read_only(good_plan, "read-only")


def test_read_only_folder_opens_read_only(good_plan: Path, restore_modes: list[Path]) -> None:
    folder = good_plan.parent
    folder.chmod(0o555)
    restore_modes.append(folder)
    _skip_if_chmod_does_not_protect(folder)
    _check_opens_read_only(good_plan, "folder is read-only")


@pytest.mark.parametrize(
    ("denied", "reason"),
    [("file", "the file is read-only"), ("folder", "its folder is read-only")],
)
def test_unwritable_plan_opens_read_only_simulated(
    good_plan: Path, monkeypatch: pytest.MonkeyPatch, denied: str, reason: str
) -> None:
    """The same as the two tests above, with os.access faked so it also runs as root."""
    real_access = os.access
    target = good_plan if denied == "file" else good_plan.parent

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == target and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    _check_opens_read_only(good_plan, "read-only")
    store = PlanStore.open(good_plan)
    try:
        assert store.readonly_reason == reason
    finally:
        store.close()
