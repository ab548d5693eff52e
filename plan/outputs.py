"""Checks on a file the program is about to replace with a document (PDF, questionnaire).

Why here, below every writer: an output path is typed by a person or a script, and the one
mistake that costs data is naming a plan (the one being printed, under any name, or another)
or something that is not a file at all. Every writer asks this module first.
"""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

from plan.errors import UnsafeTargetError
from plan.migrations import APPLICATION_ID, SQLITE_MAGIC

__all__ = ["check_replaceable", "is_service_plan"]


def is_service_plan(path: Path) -> bool:
    """True when `path` is a SQLite file stamped with the plan format's application id."""
    try:
        with path.open("rb") as handle:
            head = handle.read(72)
    except OSError:
        return False
    if len(head) < 72 or not head.startswith(SQLITE_MAGIC):
        return False
    (application_id,) = struct.unpack(">I", head[68:72])
    return bool(application_id == APPLICATION_ID)


def _same_file(status: os.stat_result, other: Path) -> bool:
    try:
        theirs = other.stat()
    except OSError:
        return False
    return (status.st_dev, status.st_ino) == (theirs.st_dev, theirs.st_ino)


def check_replaceable(out: Path, what: str, plan: Path | None = None) -> None:
    """Refuse an existing `out` that writing `what` over would destroy or could not replace.

    A rename over a FIFO or a device node swaps it for a regular file; over the plan (a symlink
    or hard link to it included) or another plan it loses that plan. Absent targets pass.
    """
    try:
        status = out.stat()  # follows symlinks: a link to the plan is the plan
    except OSError:
        return
    if stat.S_ISDIR(status.st_mode):
        raise UnsafeTargetError(f"is a folder; choose a file name for {what}", out)
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeTargetError(
            f"is not a regular file (a device, pipe or socket); choose a file name for {what}",
            out,
        )
    if plan is not None and _same_file(status, plan):
        raise UnsafeTargetError(
            f"is the plan itself; choose another file name for {what}, or the plan would be lost",
            out,
        )
    if is_service_plan(out):
        raise UnsafeTargetError(
            f"is a service plan; choose another file name for {what}, or that plan would be lost",
            out,
        )
