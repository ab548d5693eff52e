"""Helpers shared by the reliability tests."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
DEMO_LOGO = ROOT / "assets" / "demo" / "logo.png"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder`, recursively, and its hash: none may appear, vanish or change."""
    return {str(p.relative_to(folder)): sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def run_python(
    code: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter with the project on its path."""
    return subprocess.run(
        [sys.executable, "-c", code, str(ROOT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for real while the block runs, also for root.

    chmod does not stop root (these tests run as root in CI), so as root the immutable
    attribute is set instead (`chattr +i`, ext4/xfs/btrfs and tmpfs on Linux). Skips the test
    when neither makes `path` unwritable (no chattr, no permission, another file system).
    """
    mode = path.stat().st_mode
    immutable = False
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("running as root without chattr: cannot make a file read-only")
        done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"running as root and chattr +i fails here: {done.stderr!r}")
        immutable = True
    else:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("this file system does not make the path read-only")
        yield
    finally:
        if immutable:
            subprocess.run([str(shutil.which("chattr")), "-i", str(path)], check=True)
        else:
            path.chmod(stat.S_IMODE(mode))


CRASHING_WRITER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # a tiny cache spills dirty pages into the plan itself
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE profile SET business_name = 'never committed'")
conn.execute(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
    " INSERT INTO complaints (category, description) SELECT 'x', printf('%.*c', 2000, 'y') FROM n"
)
print("spilled", flush=True)
time.sleep(120)
"""


def crash_mid_transaction(plan: Path) -> None:
    """Leave `plan` as a writer killed mid-transaction leaves it: pages of an uncommitted
    transaction written into the file, and the hot journal that undoes them beside it."""
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(plan)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "spilled"
    finally:
        child.kill()
        child.wait()
    journal = plan.with_name(plan.name + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0
