"""The Problems page: suggestions accepted, edited or dismissed (each undoable), the problem list
by priority with its focus, the problem dialog, the seven sins checklist, the priority matrix,
read-only plans, and the page in the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.problems import Problem, by_priority
from plan.steps import Step
from plan.store import PlanStore
from plan.suggestions import review_plan
from tests.ui.conftest import DeferredRunner, FakeDialogs
from ui.main_window import MainWindow
from ui.pages.problems import (
    FOCUS,
    FOCUS_MARK,
    KEY_ROLE,
    PRIORITY,
    TITLE,
    ProblemDialog,
    ProblemsPage,
    short_label,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner


def make_page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> ProblemsPage:
    page = ProblemsPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    return page


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(create_demo(tmp_path / "demo.svcplan", "en"))
    yield session
    session.close()


@pytest.fixture
def demo_page(
    qtbot: QtBot, demo: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[ProblemsPage]:
    page = make_page(qtbot, demo, dialogs, runner)
    yield page
    page.dispose()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    yield session
    session.close()


@pytest.fixture
def empty_page(
    qtbot: QtBot, empty: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[ProblemsPage]:
    page = make_page(qtbot, empty, dialogs, runner)
    yield page
    page.dispose()


def titles_shown(page: ProblemsPage) -> list[str]:
    return [page.table.item(row, TITLE).text() for row in range(page.table.rowCount())]


def suggestion_keys(page: ProblemsPage) -> list[str]:
    return [
        page.suggestion_list.item(row).data(KEY_ROLE) for row in range(page.suggestion_list.count())
    ]


# -- showing -----------------------------------------------------------------------------------


def test_demo_list_is_sorted_by_priority_with_the_focus_marked(demo_page: ProblemsPage) -> None:
    store = demo_page.session.store
    expected = by_priority(store.problems.all())
    assert titles_shown(demo_page) == [p.title for p in expected]
    marks = [demo_page.table.item(row, FOCUS).text() for row in range(len(expected))]
    assert marks[:3] == [FOCUS_MARK] * 3 and set(marks[3:]) == {""}
    assert demo_page.table.item(0, PRIORITY).text() == "20 (4 × 5)"
    assert expected[0].title in demo_page.focus_label.text()
    assert demo_page.chart.rendered == 1 and not demo_page.empty_chart.isVisibleTo(demo_page)


def test_demo_suggestions_show_their_numbers_and_cause(demo_page: ProblemsPage) -> None:
    review = review_plan(demo_page.session.store)
    assert suggestion_keys(demo_page) == [s.key for s in review.pending]
    assert demo_page.show_dismissed.text() == "Show dismissed (2)"
    first = review.pending[0]
    detail = demo_page.suggestion_detail.text()
    assert first.evidence.replace('"', "&quot;") in detail
    assert "Suggested: how often" in detail and "Root cause:" in detail


def test_empty_plan_explains_where_suggestions_come_from(empty_page: ProblemsPage) -> None:
    assert empty_page.suggestion_list.count() == 0
    assert empty_page.no_suggestions.isVisibleTo(empty_page)
    assert "self-audit" in empty_page.no_suggestions.text()
    assert empty_page.empty_chart.isVisibleTo(empty_page)
    assert not empty_page.chart.isVisibleTo(empty_page)
    assert not empty_page.accept_button.isEnabled()
    assert not empty_page.show_dismissed.isEnabled()


# -- suggestions ------------------------------------------------------------------------------


def test_accept_undo_redo(demo_page: ProblemsPage) -> None:
    store = demo_page.session.store
    stack = demo_page.session.undo_stack
    key = suggestion_keys(demo_page)[0]
    before = len(store.problems.all())
    demo_page.select_suggestion(key)

    demo_page.accept_selected()

    problems = store.problems.all()
    assert len(problems) == before + 1
    accepted = next(p for p in problems if p.suggestion_key == key)
    assert key not in suggestion_keys(demo_page)
    assert demo_page.selected_problem_id() == accepted.id
    assert demo_page.suggestion_list.currentItem() is not None  # the next one is selected

    stack.undo()
    assert len(store.problems.all()) == before
    assert key in suggestion_keys(demo_page)

    stack.redo()
    assert store.problems.get(accepted.id or 0).suggestion_key == key  # the same id again


def test_edit_and_accept(demo_page: ProblemsPage, dialogs: FakeDialogs) -> None:
    store = demo_page.session.store
    key = suggestion_keys(demo_page)[0]
    demo_page.select_suggestion(key)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ProblemDialog)
        assert dialog.evidence.toPlainText()  # the numbers come along
        dialog.title_edit.setText("Rude answers at the counter")
        dialog.impact.setCurrentIndex(4)

    dialogs.modal_hook = edit
    dialogs.modal_results = [True]
    demo_page.edit_and_accept()

    problem = next(p for p in store.problems.all() if p.suggestion_key == key)
    assert (problem.title, problem.impact) == ("Rude answers at the counter", 5)
    demo_page.session.undo_stack.undo()
    assert all(p.suggestion_key != key for p in store.problems.all())


def test_cancelled_edit_accepts_nothing(demo_page: ProblemsPage, dialogs: FakeDialogs) -> None:
    before = demo_page.session.store.problems.all()
    dialogs.modal_results = [False]
    demo_page.edit_and_accept()
    assert demo_page.session.store.problems.all() == before
    assert demo_page.session.undo_stack.count() == 0


def test_dismiss_then_restore_and_undo(demo_page: ProblemsPage) -> None:
    store = demo_page.session.store
    stack = demo_page.session.undo_stack
    key = suggestion_keys(demo_page)[1]
    demo_page.select_suggestion(key)

    demo_page.dismiss_selected()

    assert key in store.problems.dismissed_suggestions()
    assert key not in suggestion_keys(demo_page)
    assert demo_page.show_dismissed.text() == "Show dismissed (3)"
    demo_page.show_dismissed.setChecked(True)
    assert key in suggestion_keys(demo_page)
    assert demo_page.restore_button.isVisibleTo(demo_page)
    assert not demo_page.dismiss_button.isVisibleTo(demo_page)

    demo_page.select_suggestion(key)
    demo_page.restore_selected()
    assert key not in store.problems.dismissed_suggestions()
    stack.undo()  # the restore
    assert key in store.problems.dismissed_suggestions()
    stack.undo()  # the dismissal
    assert key not in store.problems.dismissed_suggestions()
    demo_page.show_dismissed.setChecked(False)
    assert key in suggestion_keys(demo_page)


def test_accepting_a_dismissed_suggestion_and_undoing_it(demo_page: ProblemsPage) -> None:
    store = demo_page.session.store
    demo_page.show_dismissed.setChecked(True)
    key = suggestion_keys(demo_page)[0]
    demo_page.select_suggestion(key)
    demo_page.accept_selected()
    assert key not in store.problems.dismissed_suggestions()
    assert any(p.suggestion_key == key for p in store.problems.all())
    demo_page.session.undo_stack.undo()
    assert key in store.problems.dismissed_suggestions()  # dismissed again, as it was


# -- the problem list ---------------------------------------------------------------------------


def test_add_edit_delete_and_undo(empty_page: ProblemsPage, dialogs: FakeDialogs) -> None:
    store = empty_page.session.store
    stack = empty_page.session.undo_stack

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProblemDialog)
        dialog.title_edit.setText("Phone rings unanswered")
        dialog.frequency.setCurrentIndex(3)  # 4
        dialog.impact.setCurrentIndex(2)  # 3
        dialog.root_cause.setCurrentIndex(2)  # can
        dialog.touchpoint.setEditText("Phone")
        assert dialog.priority.text() == "12 (4 × 3)"

    dialogs.modal_hook = fill
    dialogs.modal_results = [True]
    empty_page.add_problem()
    (added,) = store.problems.all()
    assert (added.title, added.priority, added.root_cause, added.touchpoint) == (
        "Phone rings unanswered",
        12,
        "can",
        "Phone",
    )
    assert titles_shown(empty_page) == ["Phone rings unanswered"]
    assert empty_page.table.item(0, FOCUS).text() == FOCUS_MARK  # the only one: in the focus
    assert empty_page.chart.rendered >= 1

    def pin_out(dialog: QWidget) -> None:
        assert isinstance(dialog, ProblemDialog)
        dialog.status.setCurrentIndex(1)  # in progress
        dialog.focus.setCurrentIndex(2)  # never in the focus

    dialogs.modal_hook = pin_out
    dialogs.modal_results = [True]
    empty_page.edit_selected()
    assert (store.problems.all()[0].status, store.problems.all()[0].focus) == ("in_progress", False)
    assert empty_page.table.item(0, FOCUS).text() == ""

    dialogs.confirm_answers = [True]
    empty_page.delete_selected()
    assert store.problems.all() == [] and empty_page.table.rowCount() == 0
    stack.undo()
    assert [p.title for p in store.problems.all()] == ["Phone rings unanswered"]
    stack.undo()
    assert store.problems.all()[0].focus is None
    stack.undo()
    assert store.problems.all() == []


def test_unchanged_edit_leaves_no_undo_step(demo_page: ProblemsPage, dialogs: FakeDialogs) -> None:
    demo_page.table.selectRow(0)
    dialogs.modal_results = [True]
    demo_page.edit_selected()
    assert demo_page.session.undo_stack.count() == 0


def test_dialog_refuses_an_empty_title_and_keeps_what_was_typed() -> None:
    dialog = ProblemDialog(None, ["Phone"], title="Add")
    try:
        dialog.evidence.setPlainText("3 complaints")
        dialog.accept()
        assert dialog.result() == 0  # still open
        assert dialog.error_label.text() == "Give the problem a title."
        assert dialog.evidence.toPlainText() == "3 complaints"
    finally:
        dialog.deleteLater()


def test_declined_delete_keeps_the_problem(demo_page: ProblemsPage, dialogs: FakeDialogs) -> None:
    demo_page.table.selectRow(0)
    dialogs.confirm_answers = [False]
    demo_page.delete_selected()
    assert len(demo_page.session.store.problems.all()) == 10


# -- the seven sins -----------------------------------------------------------------------------


def test_a_sin_seen_always_becomes_a_suggestion(empty_page: ProblemsPage) -> None:
    store = empty_page.session.store
    choice = empty_page.sin_choices["apathy"]
    assert choice.currentData() is None

    choice.setCurrentIndex(choice.findData("always"))

    assert store.problems.sin_observations() == {"apathy": "always"}
    assert suggestion_keys(empty_page) == ["sin:apathy"]
    assert "Root cause: Want" in empty_page.suggestion_detail.text()
    empty_page.session.undo_stack.undo()
    assert store.problems.sin_observations() == {}
    assert choice.currentData() is None
    assert suggestion_keys(empty_page) == []


def test_sins_show_the_plan_language(tmp_path: Path, qtbot: QtBot, runner: TaskRunner) -> None:
    session = PlanSession(PlanStore.create(tmp_path / "ru.svcplan", language="ru"))
    page = make_page(qtbot, session, FakeDialogs(), runner)
    try:
        assert page.sin_names["runaround"].text() == "«Футбол»"
    finally:
        page.dispose()
        session.close()


# -- read-only, the window, hidden refreshes ------------------------------------------------------


def test_read_only_plan_disables_editing(
    tmp_path: Path, qtbot: QtBot, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = make_page(qtbot, session, dialogs, runner)
    try:
        page.table.selectRow(0)
        for button in (
            page.accept_button,
            page.edit_accept_button,
            page.dismiss_button,
            page.add_button,
            page.edit_button,
            page.delete_button,
        ):
            assert not button.isEnabled(), button.objectName()
        assert not any(choice.isEnabled() for choice in page.sin_choices.values())
        page.accept_selected()
        page.add_problem()
        assert dialogs.calls == []  # nothing asked, nothing written
        assert session.undo_stack.count() == 0
    finally:
        page.dispose()
        session.close()


def test_page_in_the_main_window(window: MainWindow) -> None:
    assert window.open_demo()
    window.show_step(Step.PROBLEMS)
    page = window.current_page()
    assert isinstance(page, ProblemsPage)
    assert page.table.rowCount() == 10


def test_a_hidden_page_catches_up_when_shown(demo_page: ProblemsPage) -> None:
    store = demo_page.session.store
    demo_page.hide()
    store.problems.add(Problem("Late deliveries", 5, 5, "can"))
    assert "Late deliveries" not in titles_shown(demo_page)
    demo_page.show()
    assert titles_shown(demo_page)[0] == "Late deliveries"


def test_long_titles_are_shortened_for_the_chart_only() -> None:
    assert short_label("a" * 120).endswith("…") and len(short_label("a" * 120)) == 90
    assert short_label("Short title") == "Short title"


def test_the_survey_is_summed_in_a_worker_only_when_it_changes(
    qtbot: QtBot, demo: PlanSession, dialogs: FakeDialogs
) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, demo, dialogs, runner)
    try:
        assert page.calculating.isVisible() and page.survey is None
        assert not page.no_suggestions.isVisible() and page.suggestion_list.count() == 0
        assert page.table.rowCount() == len(demo.store.problems.all())  # the list needs no sums
        runner.finish()
        assert page.survey is not None and page.survey.responses == 120
        assert not page.calculating.isVisible() and page.suggestion_list.count() > 0
        # A sin seen always: reviewed at once with the sums already read, no new job.
        choice = page.sin_choices["apathy"]
        choice.setCurrentIndex(choice.count() - 1)
        assert any(s.key == "sin:apathy" for s in page.review.pending)
        assert not runner.jobs
        # The survey changes: summed again, in a worker.
        (record,) = demo.store.imports.all("survey")
        demo.store.imports.delete(record.id)
        assert page.calculating.isVisible() and len(runner.jobs) == 1
        runner.finish()
        assert page.survey.responses == 0 and not page.calculating.isVisible()
        assert not any(s.kind == "servqual" for s in page.review.pending)
    finally:
        page.dispose()
