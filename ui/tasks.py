"""Background work: one small helper on QThreadPool that posts results back to the GUI thread.

Tests pass `synchronous=True` (or their own pool) so work runs at once, in order, on the caller.

Long jobs (the Service Plan export) use `start`: the work gets a `Task` through which it reports
progress and asks whether the user cancelled. Progress, like results, is delivered to the GUI
thread through a queued signal, so callbacks may touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

#: (steps done, steps total, what is being done now), as `export.service_plan.Progress`.
ProgressCallback = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker arrive here queued.

    The signals are connected to this object's own slots (not to lambdas), so Qt queues them
    to the thread the relay lives in whatever thread emits them.
    """

    finished = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception
    progressed = Signal(object, object)  # callback, (done, total, step)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished.connect(self._call)
        self.failed.connect(self._call)
        self.progressed.connect(self._call_with)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        callback(value)

    @Slot(object, object)
    def _call_with(self, callback: Callable[..., None], args: tuple[object, ...]) -> None:
        callback(*args)


class Task:
    """A running job as its work and the GUI see it: report progress, cancel, ask if cancelled.

    `cancel()` only raises a flag: the work must look at `cancelled()` between steps and stop.
    """

    def __init__(
        self, relay: _Relay | None, progress: ProgressCallback | None, synchronous: bool
    ) -> None:
        self._relay = relay
        self._progress = progress
        self._synchronous = synchronous
        self._cancel = threading.Event()

    def report(self, done: int, total: int, step: str = "") -> None:
        """Called by the work (any thread); the progress callback runs on the GUI thread."""
        if self._progress is None:
            return
        if self._synchronous or self._relay is None:
            self._progress(done, total, step)
        else:
            self._relay.progressed.emit(self._progress, (done, total, step))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


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

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `work()` off the GUI thread; `done(result)` or `error(exc)` runs on it."""
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

    def start(
        self,
        work: Callable[[Task], T],
        done: Callable[[T], None],
        error: Callable[[BaseException], None] | None = None,
        progress: ProgressCallback | None = None,
    ) -> Task:
        """Like `run`, for work that reports progress and can be cancelled.

        `work(task)` calls `task.report(done, total, step)` and checks `task.cancelled()`;
        `progress(done, total, step)` runs on the GUI thread, always before `done` or `error`.
        Returns the task, whose `cancel()` the GUI calls.
        """
        task = Task(self._relay, progress, self.synchronous)
        self.run(lambda: work(task), done, error)
        return task
