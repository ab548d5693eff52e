"""GUI-thread stalls with a large plan: the longest time the window could not respond.

A plan of 100,000 survey responses, 1,000 complaints, problems, standards and means is opened
in the main window (offscreen, with the real thread pool); every step page is shown, edited
once, the edit undone, and the Export dialog opened. A 10 ms heartbeat timer on the GUI
thread measures the largest gap between its ticks in each phase: what a user feels as a
frozen window. Work in worker threads does not count, unless it holds the GIL so long that
the GUI thread cannot run. Aim: no phase over ~100 ms but the writes themselves (opening
the file, removing 100,000 responses).

Run: `make bench` or `.venv/bin/python bench/window.py [--responses N] [--plan FILE]
[--calls] [--profile] [--no-charts] [--switch-interval MS]`: `--plan` reuses a large plan built
earlier (a copy is edited); `--calls` lists the plan's queries that ran on the GUI thread over
20 ms, each phase's slowest first; `--profile` prints each phase's GUI-thread profile;
`--no-charts` draws no chart previews, to tell how much of a stall is the GUI thread waiting
for the GIL while a chart is drawn in a worker.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEARTBEAT_MS = 10
QUIET_MS = 600  # no worker busy for this long (and chart redraws are debounced 250 ms)
SETTLE_LIMIT_S = 120.0
SLOW_CALL_S = 0.020


class StallProbe:
    """A precise 10 ms timer on the GUI thread; the largest gap between ticks is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        """The longest gap since `start`, in seconds (the gap up to now included)."""
        self._tick()
        self.timer.stop()
        return self.longest


class GuiCalls:
    """Times every PlanStore method called on the GUI thread: the outermost calls, less the
    time their change notices spent in the views (which count as calls of their own)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        self._local = threading.local()
        self._saved: dict[str, Any] = {}

    @contextmanager
    def installed(self) -> Iterator[None]:
        from plan.store import PlanStore

        for name, value in vars(PlanStore).items():
            public = not name.startswith("_") or name == "_notify"
            if not public or not callable(value) or isinstance(value, classmethod):
                continue
            self._saved[name] = value
            setattr(PlanStore, name, self._wrap(name, value))
        try:
            yield
        finally:
            for name, value in self._saved.items():
                setattr(PlanStore, name, value)

    def _wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                return method(*args, **kwargs)
            local = self._local
            depth = getattr(local, "depth", 0)
            started = time.perf_counter()
            if name == "_notify":  # the views' reactions: calls of their own, timed apart
                local.depth = 0
                try:
                    return method(*args, **kwargs)
                finally:
                    local.depth = depth
                    local.notified = getattr(local, "notified", 0.0) + (
                        time.perf_counter() - started
                    )
            local.depth = depth + 1
            notified = getattr(local, "notified", 0.0)
            try:
                return method(*args, **kwargs)
            finally:
                local.depth = depth
                if depth == 0:
                    inner = getattr(local, "notified", 0.0) - notified
                    elapsed = time.perf_counter() - started - inner
                    local.notified = notified
                    self.calls.append((name, elapsed))

        return timed

    def take(self) -> list[tuple[str, float]]:
        calls, self.calls = self.calls, []
        return calls


def keep_none_alive() -> bool:
    """PySide6 6.12 on Python 3.11 (None is immortal only from 3.12) drops a reference to None
    on each call of a method that returns nothing; a long run frees None and aborts. When the
    bug is there, give None references to spare for this run and say so (True)."""
    import ctypes

    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before - 50:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle() -> None:
    """Run the event loop until the workers have been idle for QUIET_MS."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    quiet = 0
    deadline = time.perf_counter() + SETTLE_LIMIT_S
    while quiet < QUIET_MS and time.perf_counter() < deadline:
        wait(50)
        quiet = quiet + 50 if pool.activeThreadCount() == 0 else 0


def build_plan(path: Path, responses: int) -> None:
    from plan.store import PlanStore
    from tests.reliability.test_large_plan import fill

    PlanStore.create(path, fill=lambda store: fill(store, responses, 1000, 1000)).close()


def tour(window: Any, plan: Path) -> list[tuple[str, Callable[[], object]]]:
    """The phases: open the plan, then each step shown and edited once, an undo, the export
    dialog. Edits go through the session as the pages' own buttons would push them."""
    from plan.steps import Step
    from tests.reliability.window_edits import store_edits
    from ui import commands

    def push(make: Callable[[Any], Any]) -> Callable[[], object]:
        return lambda: window.session.push(make(window.session.store))

    def sin_seen() -> None:
        page = window.pages[Step.PROBLEMS]
        choice = page.sin_choices["apathy"]
        choice.setCurrentIndex(choice.count() - 1)

    def accept_suggestion() -> None:
        page = window.pages[Step.PROBLEMS]
        page.accept_selected()

    def remove_import() -> None:
        store = window.session.store
        (record,) = store.imports.all("survey")
        window.session.push(commands.RemoveImport(store, record.id, "remove"))

    edits: dict[Step, list[tuple[str, Callable[[], object]]]] = {
        step: [(name, push(make)) for name, make in made] for step, made in store_edits().items()
    }
    edits[Step.SURVEY] = [("remove the import", remove_import), ("undo the removal", window.undo)]
    edits[Step.PROBLEMS] = [("sin observed", sin_seen), ("accept a suggestion", accept_suggestion)]
    edits[Step.SERVICE_PLAN] = [("open the export dialog", window.export_service_plan)]

    def open_plan() -> None:
        if not window.open_plan(plan) or window.session.readonly:
            raise SystemExit(f"{plan} did not open for editing: the edits would measure nothing")

    phases: list[tuple[str, Callable[[], object]]] = [("open the plan", open_plan)]
    for step in Step:
        phases.append((f"{step.value}: show", functools.partial(window.show_step, step)))
        for name, action in edits.get(step, []):
            phases.append((f"{step.value}: {name}", action))
    phases.append(("undo the last edit", window.undo))
    phases.append(("survey: show again", functools.partial(window.show_step, Step.SURVEY)))
    phases.append(("problems: show again", functools.partial(window.show_step, Step.PROBLEMS)))
    return phases


class _QuietDialogs:
    """Answers every question at once (a real modal dialog would wait for a user)."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        answers: dict[str, Any] = {"confirm": True, "run_modal": False}
        return lambda *args, **kwargs: answers.get(name)


def run(
    plan: Path, calls: bool, profile: bool = False
) -> list[tuple[str, float, list[tuple[str, float]]]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    assert app is not None
    if keep_none_alive():
        print("note: this PySide6 drops references to None (worked around for this run)")
    folder = Path(tempfile.mkdtemp(prefix="bench-window-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, dialogs=_QuietDialogs(), language="en")  # type: ignore[arg-type]
    window.show()
    settle()
    probe = StallProbe()
    recorder = GuiCalls()
    results: list[tuple[str, float, list[tuple[str, float]]]] = []
    with recorder.installed() if calls else _nothing():
        for name, action in tour(window, plan):
            profiler = cProfile.Profile() if profile else None
            probe.start()
            if profiler is not None:
                profiler.enable()  # this thread only: the GUI thread's own work
            action()
            settle()
            if profiler is not None:
                profiler.disable()
                stats = pstats.Stats(profiler)
                print(f"== {name}")
                stats.sort_stats("cumulative").print_stats(r"/(ui|plan|export)/", 25)
            slow = sorted(
                ((n, s) for n, s in recorder.take() if s >= SLOW_CALL_S), key=lambda c: -c[1]
            )
            results.append((name, probe.stop(), slow))
    window.close()
    window.deleteLater()
    wait(0)
    return results


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--plan", type=Path, help="a large plan built earlier (kept as it is)")
    parser.add_argument("--calls", action="store_true", help="list slow GUI-thread queries")
    parser.add_argument("--profile", action="store_true", help="profile the GUI thread")
    parser.add_argument(
        "--no-charts",
        action="store_true",
        help="draw no chart previews (tells the charts' share of the stalls: their workers "
        "hold the GIL while the GUI thread waits for it)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        help="Python's thread switch interval in ms (default 5): how long a worker may keep "
        "the GIL while the GUI thread waits for it",
    )
    args = parser.parse_args()
    if args.no_charts:
        from ui.chart_view import ChartPreview

        def no_chart(self: ChartPreview, builder: Callable[..., bytes], now: bool = False) -> None:
            """Draws nothing."""

        ChartPreview.show_chart = no_chart  # type: ignore[method-assign]
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SERVICEPLAN_DATA_DIR", str(Path(tmp) / "data"))
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        plan = args.plan
        if plan is None or not plan.exists():
            plan = plan or Path(tmp) / "large.svcplan"
            started = time.perf_counter()
            build_plan(plan, args.responses)
            print(f"built {plan.name} in {time.perf_counter() - started:.1f} s")
        else:  # work on a copy: the tour edits the plan
            copy = Path(tmp) / plan.name
            copy.write_bytes(plan.read_bytes())
            plan = copy
        results = run(plan, args.calls, args.profile)
    width = max(len(name) for name, _, _ in results)
    print(f"longest GUI-thread stall per phase (heartbeat every {HEARTBEAT_MS} ms):")
    for name, stall, slow in results:
        print(f"  {name:<{width}}  {stall * 1000:7.0f} ms")
        for call, seconds in slow:
            print(f"  {'':<{width}}    {call}: {seconds * 1000:.0f} ms on the GUI thread")
    worst = max(results, key=lambda r: r[1])
    writes = ("open the plan", "survey: remove the import", "survey: undo the removal")
    editing = [r for r in results if r[0] not in writes]
    worst_editing = max(editing, key=lambda r: r[1])
    print(f"longest stall overall: {worst[1] * 1000:.0f} ms ({worst[0]})")
    print(
        f"longest stall showing and editing (not opening, removing or restoring 100,000 rows): "
        f"{worst_editing[1] * 1000:.0f} ms ({worst_editing[0]}) (aim: under 100 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
