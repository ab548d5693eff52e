"""Background work: one small helper on QThreadPool that posts results back to the GUI thread.

Tests pass `synchronous=True` (or their own pool) so work runs at once, in order, on the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker arrive here queued."""

    finished = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.work, self.done, self.error, self.relay = work, done, error, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self.relay.failed.emit(self.error, exc)
        else:
            self.relay.finished.emit(self.done, result)


def _ignore(_exc: BaseException) -> None:
    pass


class TaskRunner(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(lambda callback, result: callback(result))
        self._relay.failed.connect(lambda callback, exc: callback(exc))

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        on_error = error or _ignore
        if self.synchronous:
            try:
                result = work()
            except Exception as exc:
                on_error(exc)
            else:
                done(result)
            return
        self.pool.start(_Job(work, done, on_error, self._relay))
