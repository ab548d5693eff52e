"""TaskRunner: results, errors and progress reach the GUI thread in order; cancel reaches work."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DeferredRunner
from ui.tasks import Recalculation, Task, TaskRunner, on_copy


@pytest.fixture
def pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    return pool


def test_synchronous_start_reports_then_finishes_in_order() -> None:
    runner = TaskRunner(synchronous=True)
    events: list[object] = []

    def work(task: Task) -> str:
        for n in range(3):
            task.report(n + 1, 3, f"part{n}")
        return "result"

    task = runner.start(
        work, lambda r: events.append(("done", r)), progress=lambda *a: events.append(a)
    )
    assert events == [(1, 3, "part0"), (2, 3, "part1"), (3, 3, "part2"), ("done", "result")]
    assert not task.cancelled()


def test_synchronous_errors_go_to_the_error_callback() -> None:
    runner = TaskRunner(synchronous=True)
    errors: list[BaseException] = []

    def work(_task: Task) -> None:
        raise ValueError("bad")

    runner.start(work, lambda _r: pytest.fail("done after an error"), errors.append)
    assert len(errors) == 1 and str(errors[0]) == "bad"


def test_threaded_progress_and_result_arrive_on_the_gui_thread(
    qtbot: QtBot, pool: QThreadPool
) -> None:
    runner = TaskRunner(pool=pool)
    gui = threading.get_ident()
    worker: list[int] = []
    seen: list[tuple[int, int, str, int]] = []
    results: list[tuple[str, int]] = []

    def work(task: Task) -> str:
        worker.append(threading.get_ident())
        for n in range(1, 6):
            time.sleep(0.005)
            task.report(n, 5, f"step{n}")
        return "finished"

    def progress(done: int, total: int, step: str) -> None:
        seen.append((done, total, step, threading.get_ident()))

    runner.start(work, lambda r: results.append((r, threading.get_ident())), progress=progress)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert worker and worker[0] != gui  # the work really ran off the GUI thread
    assert [(d, t, s) for d, t, s, _ in seen] == [(n, 5, f"step{n}") for n in range(1, 6)]
    assert {thread for *_, thread in seen} == {gui}
    assert results == [("finished", gui)]  # after every progress report


def test_threaded_cancel_reaches_the_work(qtbot: QtBot, pool: QThreadPool) -> None:
    runner = TaskRunner(pool=pool)
    gui = threading.get_ident()
    errors: list[tuple[BaseException, int]] = []
    started = threading.Event()

    class Stopped(Exception):
        pass

    def work(task: Task) -> None:
        started.set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if task.cancelled():
                raise Stopped()
            task.report(0, 0, "waiting")
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    task = runner.start(
        work,
        lambda _r: pytest.fail("finished although cancelled"),
        lambda exc: errors.append((exc, threading.get_ident())),
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], Stopped) and errors[0][1] == gui
    assert task.cancelled()


def test_threaded_run_still_posts_results_and_errors(qtbot: QtBot, pool: QThreadPool) -> None:
    """The older API other pages use keeps working."""
    runner = TaskRunner(pool=pool)
    gui = threading.get_ident()
    got: list[tuple[str, object, int]] = []

    def fail() -> None:
        raise KeyError("k")

    runner.run(lambda: 41 + 1, lambda r: got.append(("done", r, threading.get_ident())))
    runner.run(fail, lambda r: None, lambda e: got.append(("error", e, threading.get_ident())))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    by_kind = {kind: (value, thread) for kind, value, thread in got}
    assert by_kind["done"] == (42, gui)
    assert isinstance(by_kind["error"][0], KeyError) and by_kind["error"][1] == gui


def test_progress_without_a_callback_is_ignored() -> None:
    runner = TaskRunner(synchronous=True)
    results: list[int] = []

    def work(task: Task) -> int:
        task.report(1, 1, "x")  # nobody listens: no error
        return 7

    runner.start(work, results.append)
    assert results == [7]


# -- Recalculation: figures recomputed after edits, the newest alone shown ---------------------


def _asker(
    calculation: Recalculation, prepared: list[int], shown: list[int]
) -> Callable[[int], None]:
    def ask(value: int) -> None:
        def prepare() -> Callable[[], int]:
            prepared.append(value)
            return lambda: value

        calculation.request(prepare, shown.append)

    return ask


def test_recalculation_shows_only_the_newest_result() -> None:
    runner = DeferredRunner()
    calculation = Recalculation(runner)
    prepared: list[int] = []
    shown: list[int] = []
    ask = _asker(calculation, prepared, shown)
    ask(1)
    assert calculation.busy and prepared == [1] and len(runner.jobs) == 1
    ask(2)
    ask(3)  # both wait behind the running job, and the newer replaces the older
    assert prepared == [1] and len(runner.jobs) == 1
    runner.finish()  # 1 arrives after two newer edits: not shown; 3 starts from the plan now
    assert shown == [] and prepared == [1, 3] and calculation.busy
    runner.finish()
    assert shown == [3] and not calculation.busy and not runner.jobs


def test_recalculation_reports_failures_and_stops() -> None:
    runner = DeferredRunner()
    calculation = Recalculation(runner)
    errors: list[BaseException] = []

    def broken_copy() -> Callable[[], int]:
        raise OSError("no memory for the copy")

    calculation.request(broken_copy, lambda _r: pytest.fail("no result"), errors.append)
    assert [str(e) for e in errors] == ["no memory for the copy"] and not calculation.busy
    shown: list[int] = []
    _asker(calculation, [], shown)(5)
    calculation.stop()  # the page is going
    runner.finish()
    assert shown == [] and not calculation.busy


def test_recalculation_of_a_deleted_widget_is_dropped() -> None:
    runner = DeferredRunner()
    owner = QObject()
    calculation = Recalculation(runner, owner)
    shown: list[int] = []
    _asker(calculation, [], shown)(1)
    shiboken6.delete(owner)  # deleted with its widget before the worker finished
    runner.finish()
    assert shown == []


def test_on_copy_computes_on_a_copy_and_closes_it() -> None:
    class Copy:
        closed = False

        def close(self) -> None:
            self.closed = True

    class Source:
        def __init__(self) -> None:
            self.copies: list[Copy] = []

        def detached_copy(self) -> Copy:
            self.copies.append(Copy())
            return self.copies[-1]

    source = Source()
    work = on_copy(source, lambda copy: copy)()
    assert len(source.copies) == 1 and not source.copies[0].closed  # copied before the work
    assert work() is source.copies[0] and source.copies[0].closed


def test_recalculation_in_worker_threads(qtbot: QtBot, pool: QThreadPool) -> None:
    calculation = Recalculation(TaskRunner(pool=pool))
    gui = threading.get_ident()
    release = threading.Event()
    shown: list[tuple[int, int]] = []

    def ask(value: int) -> None:
        def work() -> tuple[int, int]:
            release.wait(5)
            return value, threading.get_ident()

        calculation.request(lambda: work, lambda r: shown.append((r[0], threading.get_ident())))

    ask(1)
    ask(2)
    release.set()
    qtbot.waitUntil(lambda: not calculation.busy, timeout=5000)
    assert shown == [(2, gui)]


def test_stop_drops_queued_jobs_and_results(qtbot: QtBot) -> None:
    """Closing the window: queued charts are not drawn (quitting waited for them) and the one
    running delivers nothing to a window that is going."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = TaskRunner(pool=pool)
    release = threading.Event()
    started = threading.Event()
    ran: list[int] = []
    delivered: list[object] = []

    def blocking() -> int:
        started.set()
        release.wait(5)
        ran.append(0)
        return 0

    runner.run(blocking, delivered.append)
    for n in range(1, 4):
        runner.run(lambda n=n: ran.append(n) or n, delivered.append)
    assert started.wait(5)
    runner.stop()
    runner.run(lambda: ran.append(99) or 99, delivered.append)  # after stop: never started
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(20)  # let any queued delivery arrive
    assert ran == [0]
    assert delivered == []
    assert runner.stopped


def test_closing_the_window_stops_its_runner(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "t", "t"))
    pool = QThreadPool()
    window = MainWindow(settings, runner=TaskRunner(pool=pool))
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert window.runner.stopped


def test_quitting_waits_for_work_that_saves_and_not_for_charts(qtbot: QtBot) -> None:
    """A window that quits waits for a file being written (even one still queued when it
    closed) but not for a chart being drawn: `wait_for_saving` returns once the writes end."""
    runner = TaskRunner()  # the real pools: the global one, and the runner's own for saving
    drawing = threading.Event()
    release_chart = threading.Event()
    written: list[str] = []

    def chart() -> bytes:
        drawing.set()
        release_chart.wait(10)
        return b""

    def write() -> None:
        time.sleep(0.05)
        written.append("form.pdf")

    runner.run(chart, lambda _png: None, saves=False)
    assert drawing.wait(5)
    runner.run(write, lambda _none: None)
    runner.run(write, lambda _none: None)
    runner.stop()
    try:
        assert runner.wait_for_saving(5000)
        assert written == ["form.pdf", "form.pdf"]
        assert not release_chart.is_set()  # the chart was still being drawn: not waited for
    finally:
        release_chart.set()
        QThreadPool.globalInstance().waitForDone(5000)


def test_a_queued_chart_is_dropped_once_the_window_closes(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = TaskRunner(pool=pool)
    ran: list[str] = []
    runner.stop()
    runner.run(lambda: ran.append("chart"), lambda _r: None, saves=False)
    assert pool.waitForDone(5000)
    assert ran == []
