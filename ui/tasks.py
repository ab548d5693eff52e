"""Background work: one small helper on QThreadPool that posts results back to the GUI thread.

Tests pass `synchronous=True` (or their own pool) so work runs at once, in order, on the caller.

Long jobs (the Service Plan export) use `start`: the work gets a `Task` through which it reports
progress and asks whether the user cancelled. Progress, like results, is delivered to the GUI
thread through a queued signal, so callbacks may touch widgets.

Figures a page recomputes after each edit (sums over every survey response) use
`Recalculation`: the work reads a detached copy of the plan (`on_copy`), one job runs at a time,
and a result overtaken by a newer edit is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
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
        stopped: threading.Event,
        saves: bool = False,
    ) -> None:
        super().__init__()
        self.work, self.done, self.error, self.relay = work, done, error, relay
        self.stopped = stopped
        self.saves = saves

    def run(self) -> None:
        if self.stopped.is_set() and not self.saves:
            return  # the window closed before this job's turn came: nothing to draw it for
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self._deliver(self.relay.failed, self.error, exc)
        else:
            self._deliver(self.relay.finished, self.done, result)

    def _deliver(self, signal: Any, callback: Callable[[Any], None], value: object) -> None:
        # The window (and the relay with it) may have gone while the work ran.
        if not self.stopped.is_set() and shiboken6.isValid(self.relay):
            signal.emit(callback, value)


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
        # Work that writes (a file, the plan) runs in a pool of its own, so that quitting can
        # wait for it alone (`wait_for_saving`) and never for a chart still being drawn.
        self.saving_pool = pool if pool is not None else QThreadPool(self)
        self._relay = _Relay(self)
        self._stopped = threading.Event()

    def stop(self) -> None:
        """The window is closing: queued jobs that save nothing never start, and no job
        delivers its result. (Quitting otherwise waited for every queued chart to be drawn.)"""
        self._stopped.set()
        if not self.synchronous:
            self.pool.clear()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def wait_for_saving(self, timeout_ms: int = -1) -> bool:
        """Block until the work started with `saves=True` has finished (False: timed out).
        Work that only reads or draws is not waited for: a window that quits drops it."""
        if self.synchronous:
            return True
        return bool(self.saving_pool.waitForDone(timeout_ms))

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None] | None = None,
        *,
        saves: bool = True,
    ) -> None:
        """Run `work()` off the GUI thread; `done(result)` or `error(exc)` runs on it.

        `saves=False` marks work that writes nothing (a chart, figures computed on a copy of
        the plan): once the window closes it is dropped, and quitting never waits for it.
        Work that saves still runs and quitting waits for it (`wait_for_saving`)."""
        on_error = error or _ignore
        if self.synchronous:
            try:
                result = work()
            except Exception as exc:
                on_error(exc)
            else:
                done(result)
            return
        if self._stopped.is_set():
            return
        pool = self.saving_pool if saves else self.pool
        pool.start(_Job(work, done, on_error, self._relay, self._stopped, saves))

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


class _Copyable(Protocol):
    """A plan store, as far as `on_copy` needs it (ui.tasks does not import the plan)."""

    def detached_copy(self) -> Any: ...


def on_copy(source: _Copyable, compute: Callable[[Any], T]) -> Callable[[], Callable[[], T]]:
    """A `Recalculation.request` preparation: copy the plan (on the GUI thread, where its
    connection lives; milliseconds), then `compute(copy)` in the worker and close the copy."""

    def prepare() -> Callable[[], T]:
        copy = source.detached_copy()

        def work() -> T:
            try:
                return compute(copy)
            finally:
                copy.close()

        return work

    return prepare


class Recalculation(QObject):
    """Figures recomputed in a worker after each edit, where only the newest request counts.

    One job runs at a time; a request made meanwhile waits, and a newer one replaces it (so a
    burst of edits costs one extra run, not one each). Every request takes a new generation;
    a result is delivered only if no newer request was made since its own, so what a page
    shows never goes back to figures older than an edit it has seen. `stop()` (the page or
    dialog is going away) drops everything still to come.
    """

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.generation = 0
        self._delivered = 0
        self._running = False
        self._stopped = False
        self._waiting: _Request | None = None

    @property
    def busy(self) -> bool:
        """Whether the newest request's result has yet to arrive."""
        return not self._stopped and self._delivered != self.generation

    def request(
        self,
        prepare: Callable[[], Callable[[], T]],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Ask for a new result: `prepare()` runs on the GUI thread when the job starts and
        returns the work for the worker; `done(result)` or `failed(exc)` run on the GUI thread.
        Returns the request's generation."""
        self.generation += 1
        request = _Request(self.generation, prepare, done, failed)
        if self._running:
            self._waiting = request
        else:
            self._start(request)
        return request.generation

    def stop(self) -> None:
        self._stopped = True
        self._waiting = None

    def _start(self, request: _Request) -> None:
        if self._stopped:
            return
        try:
            work = request.prepare()
        except Exception as exc:  # e.g. the plan could not be copied: say so like a failure
            self._arrived(request, exc, failed=True)
            return
        self._running = True
        self.runner.run(
            work,
            lambda result: self._arrived(request, result, failed=False),
            lambda exc: self._arrived(request, exc, failed=True),
            saves=False,  # figures computed on a copy of the plan: nothing to finish on quit
        )

    def _arrived(self, request: _Request, value: Any, *, failed: bool) -> None:
        self._running = False
        waiting, self._waiting = self._waiting, None
        if self._stopped or not shiboken6.isValid(self):
            return  # stopped, or deleted with the widget it belongs to: nothing to show in
        if request.generation == self.generation:
            self._delivered = request.generation
            callback = request.failed if failed else request.done
            if callback is not None:
                callback(value)
        elif waiting is not None:
            self._start(waiting)


class _Request:
    def __init__(
        self,
        generation: int,
        prepare: Callable[[], Callable[[], Any]],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None,
    ) -> None:
        self.generation = generation
        self.prepare = prepare
        self.done = done
        self.failed = failed
