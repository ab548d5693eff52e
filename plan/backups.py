"""Rolling backups: a copy of each plan as it was opened, the last few kept per plan."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from plan import paths

KEEP_BACKUPS = 10


def backup_folder(plan_path: Path) -> Path:
    """One folder per plan, named after it and a digest of its full path.

    The path is hashed as the bytes the file system holds, and the name keeps only what is
    valid text: a plan whose name is not valid UTF-8 (a Latin-1 byte from an old archive, say)
    still gets a backup folder.
    """
    digest = hashlib.sha1(os.fsencode(plan_path.resolve())).hexdigest()[:12]
    stem = os.fsencode(plan_path.stem).decode("utf-8", "replace")
    return paths.backups_dir() / f"{stem}-{digest}"


def list_backups(plan_path: Path) -> list[Path]:
    """Backups of this plan, newest first."""
    folder = backup_folder(plan_path)
    if not folder.is_dir():
        return []
    # A listing rather than a glob: compiling the glob's pattern cost a few ms of each open.
    found = (p for p in folder.iterdir() if p.name.endswith(".svcplan") and p.name[0] != ".")
    return sorted(found, reverse=True)


def latest_backup(plan_path: Path) -> Path | None:
    found = list_backups(plan_path)
    return found[0] if found else None


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API, written beside `target` then renamed in."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
    finally:
        dest.close()
    partial.replace(target)


def make_backup(source: sqlite3.Connection, plan_path: Path, keep: int | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder(plan_path) / f"{plan_path.stem}-{stamp}.svcplan"
    copy_database(source, target)
    for old in list_backups(plan_path)[KEEP_BACKUPS if keep is None else keep :]:
        old.unlink(missing_ok=True)
    return target
