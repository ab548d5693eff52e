"""One writer per plan: an OS lock held while a plan is open for editing.

POSIX uses `flock` on the plan file itself (separate from SQLite's byte-range locks, and
released by the kernel if the process dies). Windows locks a `.lock` file beside the plan.
Within one process a registry catches a second window before any file is touched: closing an
extra descriptor on a SQLite file would drop the other connection's POSIX locks.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from plan.errors import PlanInUseError

_held: set[str] = set()
_held_guard = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(str(path.resolve()))


def held_in_this_process(path: Path) -> bool:
    with _held_guard:
        return _key(path) in _held


class WriterLock:
    """Holds the writer lock on `path` until `release()`; raises PlanInUseError if taken."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._key = _key(path)
        self._fd: int | None = None
        with _held_guard:
            if self._key in _held:
                raise PlanInUseError("is already open in another window", path)
            _held.add(self._key)
        try:
            self._acquire_os_lock()
        except BaseException:
            with _held_guard:
                _held.discard(self._key)
            raise

    def _acquire_os_lock(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fd = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                raise PlanInUseError("is open in another program", self.path) from None
        else:
            import fcntl

            fd = os.open(str(self.path), os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise PlanInUseError(
                    "is open in another program or window; close it there first, "
                    "or open this plan read-only",
                    self.path,
                ) from None
        self._fd = fd

    def release(self) -> None:
        """Release after the SQLite connection is closed (see the module note)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        with _held_guard:
            _held.discard(self._key)
