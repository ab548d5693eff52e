"""A large plan (100,000 responses, 1,000 complaints, problems, standards and means) in the
window: every step page is shown and edited, the edit undone, the Export dialog opened, and no
sum over the survey runs on the GUI thread, where it would freeze the window for seconds. The
pages that show such sums fill in once their worker's result arrives (a real thread pool here).

How long the window stalls is measured in bench/window.py, not asserted here.
"""

from __future__ import annotations

import ctypes
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from plan.steps import Step
from plan.store import PlanStore
from plan.store.survey import SurveyRecords
from tests.reliability.test_large_plan import fill
from tests.reliability.window_edits import store_edits
from tests.ui.conftest import FakeDialogs, no_real_dialogs  # noqa: F401
from ui import commands
from ui.chart_view import ChartPreview
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.pages.problems import ProblemsPage
from ui.pages.service_plan import ServicePlanPage
from ui.pages.survey import SurveyPage
from ui.settings import Settings
from ui.tasks import TaskRunner

RESPONSES = 100_000  # about 5 s to build: no smaller default run is needed
#: The plan's sums over every survey response (seconds each on this plan), of store.survey.
SURVEY_WIDE = ("totals", "totals_and_segments", "wave_totals", "nps_distribution")
WAIT_MS = 120_000


def keep_none_alive() -> None:
    """PySide6 6.12 on Python 3.11 (where None is not yet immortal) drops a reference to None
    on every call of a method that returns nothing; a window filling tables of a thousand rows
    makes enough such calls to free None and abort. Give None references to spare when the
    bug is there, so this test shows what it is about."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    if sys.getrefcount(None) < before - 50:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


@pytest.fixture(scope="module")
def large_plan() -> Iterator[Path]:
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="large-window-", dir=shm if shm.is_dir() else None))
    path = folder / "large.svcplan"
    PlanStore.create(path, fill=lambda store: fill(store, RESPONSES, 1000, 1000)).close()
    yield path
    shutil.rmtree(folder)


@pytest.fixture
def plan(large_plan: Path, tmp_path: Path) -> Path:
    """A copy to edit (the window makes its backup beside it)."""
    copy = tmp_path / "large.svcplan"
    shutil.copyfile(large_plan, copy)
    return copy


class SurveyWideCalls:
    """Which thread ran each of the plan's survey-wide sums."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, bool]] = []
        for name in SURVEY_WIDE:
            monkeypatch.setattr(
                SurveyRecords, name, self._recorded(name, getattr(SurveyRecords, name))
            )

    def _recorded(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(survey: SurveyRecords, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))
            return method(survey, *args, **kwargs)

        return recorded

    def on_gui_thread(self) -> list[str]:
        return [name for name, gui in self.calls if gui]

    def in_workers(self) -> list[str]:
        return [name for name, gui in self.calls if not gui]


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    yield pool
    pool.waitForDone(WAIT_MS)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, FakeDialogs]]:
    keep_none_alive()
    # The chart previews draw in workers already; their matplotlib work (a minute for a
    # timeline of 1,000 means) is not what this test is about. The data they are given is
    # still read on the GUI thread, so the recorder still sees it.
    monkeypatch.setattr(ChartPreview, "show_chart", lambda self, builder, now=False: None)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialogs = FakeDialogs()
    main = MainWindow(settings, dialogs=dialogs, language="en", runner=TaskRunner(pool=pool))
    qtbot.addWidget(main)
    main.show()
    yield main, dialogs
    pool.waitForDone(WAIT_MS)  # nothing may arrive for a window already gone
    qtbot.wait(10)
    main.close()


def _push(window: MainWindow, make: Callable[[PlanStore], commands.PlanCommand]) -> None:
    assert window.session is not None
    assert window.session.push(make(window.session.store)) is None


def test_large_plan_is_summed_off_the_gui_thread_and_pages_fill_in(
    qtbot: QtBot,
    window: tuple[MainWindow, FakeDialogs],
    plan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main, dialogs = window
    recorder = SurveyWideCalls(monkeypatch)
    assert main.open_plan(plan)

    def survey_page() -> SurveyPage:
        page = main.pages[Step.SURVEY]
        assert isinstance(page, SurveyPage)
        return page

    def survey_shows(responses: int) -> bool:
        page = survey_page()
        return (
            not page.calculation.busy
            and page.summary is not None
            and page.summary.responses == responses
        )

    edits = store_edits()

    def edit(step: Step) -> None:
        main.show_step(step)
        for _name, make in edits[step]:
            _push(main, make)

    # Step 0 and the company's view.
    edit(Step.PROFILE)
    edit(Step.SELF_AUDIT)
    edit(Step.METRICS)

    # The customers' view: the figures arrive from a worker; removing the survey's import and
    # undoing it makes them be summed again, twice.
    main.show_step(Step.SURVEY)
    page = survey_page()
    assert page.calculating.isVisible() or survey_shows(RESPONSES)
    qtbot.waitUntil(lambda: survey_shows(RESPONSES), timeout=WAIT_MS)
    assert not page.calculating.isVisible()
    assert f"Responses: {RESPONSES}" in page.figures.text()
    assert page.segments.rowCount() == 3  # Walk-in, Office, Online
    dialogs.confirm_answers.append(True)
    page.remove_import()
    qtbot.waitUntil(lambda: survey_shows(0), timeout=WAIT_MS)
    assert page.empty_note.isVisible() and page.segments.rowCount() == 0
    main.undo()
    qtbot.waitUntil(lambda: survey_shows(RESPONSES), timeout=WAIT_MS)
    assert f"Responses: {RESPONSES}" in page.figures.text()
    edit(Step.COMPLAINTS)

    # Step 2: the suggestions come from the survey's sums, read in a worker.
    main.show_step(Step.PROBLEMS)
    problems = main.pages[Step.PROBLEMS]
    assert isinstance(problems, ProblemsPage)
    qtbot.waitUntil(
        lambda: problems.survey is not None and not problems.calculation.busy, timeout=WAIT_MS
    )
    assert problems.survey is not None and problems.survey.responses == RESPONSES
    assert problems.review.pending and problems.suggestion_list.count() > 0
    assert not problems.calculating.isVisible()
    reviews = problems.reviews
    choice = problems.sin_choices["apathy"]
    choice.setCurrentIndex(choice.count() - 1)  # "always": a suggestion, reviewed at once
    assert problems.reviews == reviews + 1
    assert any(s.key == "sin:apathy" for s in problems.review.pending)
    count = len(main.session.store.problems.all()) if main.session else 0
    problems.select_suggestion(problems.review.pending[0].key)
    problems.accept_selected()
    assert main.session is not None and len(main.session.store.problems.all()) == count + 1

    # Steps 3 and 4.
    edit(Step.STANDARDS)
    edit(Step.GOALS)  # a goal, then a calculator input

    # The Service Plan: what each section holds is read as the document reads it, in a worker.
    main.show_step(Step.SERVICE_PLAN)
    service = main.pages[Step.SERVICE_PLAN]
    assert isinstance(service, ServicePlanPage)
    qtbot.waitUntil(
        lambda: service.contents is not None and not service.calculation.busy, timeout=WAIT_MS
    )
    assert service.section_states["customers"].text() in {"Ready", "Partly filled in"}
    assert not service.checking.isVisible()
    main.undo()  # the economics input: the shown page reads its contents again
    qtbot.waitUntil(lambda: not service.calculation.busy, timeout=WAIT_MS)

    opened: list[frozenset[str]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, ExportDialog)
        assert not dialog.export_button.isHidden()  # usable before the sections are known
        qtbot.waitUntil(lambda: dialog.with_data is not None, timeout=WAIT_MS)
        assert dialog.with_data is not None and not dialog.checking.isVisible()
        opened.append(dialog.with_data)

    dialogs.modal_hook = look
    main.export_service_plan()
    assert opened and "customers" in opened[0]

    assert recorder.on_gui_thread() == [], recorder.calls
    # ...and the sums did run, in workers: the survey page's three times, the problems page's,
    # the Service Plan page's and the Export dialog's, each from its own copy of the plan.
    assert recorder.in_workers().count("wave_totals") >= 5
