"""The Goals and means page: goals with baselines that follow the plan's measured values (measured
off the GUI thread on a copy), the goal and means dialogs and their refusals, the means library,
the charts, the cost-of-poor-service calculator (inputs, undo, refusals, outputs, projected gain),
languages, read-only plans and hidden refreshes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from plan.economics import EconomicsInputs, cost_of_poor_service
from plan.glossary import label
from plan.goals import RETENTION_MEASURE, Goal, Means
from plan.imports import SURVEY, prepare_import
from plan.measured import measured_values
from plan.problems import Problem
from plan.store import PlanStore
from tests.ui.conftest import DeferredRunner, FakeDialogs
from ui.pages import goals as goals_module
from ui.pages.goal_dialogs import (
    GoalDialog,
    MeansDialog,
    MeansLibraryDialog,
    format_money,
    format_number,
)
from ui.pages.goals import (
    BASELINE,
    BUDGET,
    MARK,
    MEANS_ACTION,
    MEANS_GOAL,
    MEANS_KIND,
    OK_MARK,
    TARGET,
    TITLE,
    WARNING_MARK,
    GoalsPage,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner

TODAY = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NBSP = "\u00a0"
MINUS = "\u2212"


def make_page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> GoalsPage:
    page = GoalsPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    return page


def new_session(tmp_path: Path, language: str = "en", name: str = "plan") -> PlanSession:
    store = PlanStore.create(tmp_path / f"{name}.svcplan", language=language)
    store.clock = lambda: TODAY
    return PlanSession(store)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[PlanSession]:
    session = new_session(tmp_path)
    yield session
    session.close()


@pytest.fixture
def page(
    qtbot: QtBot, empty: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[GoalsPage]:
    made = make_page(qtbot, empty, dialogs, runner)
    yield made
    made.dispose()


def import_nps(store: PlanStore, folder: Path, answers: list[int], name: str = "s.csv") -> None:
    path = folder / name
    path.write_text("nps\n" + "".join(f"{a}\n" for a in answers), encoding="utf-8")
    store.imports.add(prepare_import(SURVEY, path))


def cell(page: GoalsPage, row: int, column: int) -> str:
    item = page.goal_table.item(row, column)
    return item.text() if item is not None else ""


def tip(page: GoalsPage, row: int, column: int) -> str:
    item = page.goal_table.item(row, column)
    return item.toolTip() if item is not None else ""


def means_cell(page: GoalsPage, row: int, column: int) -> str:
    item = page.means_table.item(row, column)
    return item.text() if item is not None else ""


def goal_titles(page: GoalsPage) -> list[str]:
    return [cell(page, row, TITLE) for row in range(page.goal_table.rowCount())]


def means_actions(page: GoalsPage) -> list[str]:
    return [means_cell(page, row, MEANS_ACTION) for row in range(page.means_table.rowCount())]


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the field's text by typing and press Return (editingFinished)."""
    edit.selectAll()
    edit.del_()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)  # QTest types Latin-1 only
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def visit(edit: QLineEdit) -> None:
    """The user comes back to a field (a focus-in, as the offscreen platform gives none)."""
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn))


def fill(dialogs: FakeDialogs, hook: Callable[[Any], None], accept: bool = True) -> None:
    dialogs.modal_hook = hook
    dialogs.modal_results = [accept]


# -- goals --------------------------------------------------------------------------------------


def test_add_edit_delete_goal_with_undo_and_redo(page: GoalsPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    stack = page.session.undo_stack

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        dialog.title_edit.setText("Deliver orders on time")
        dialog.indicator.setCurrentIndex(dialog.indicator.findData(""))  # Other indicator…
        dialog.indicator_edit.setText("On-time deliveries")
        dialog.unit_edit.setText("%")
        dialog.baseline_edit.setText("72.5")
        dialog.target_edit.setText("95")
        dialog.deadline.set_iso("2026-12-31")
        dialog.owner_edit.setText("Anna")

    fill(dialogs, add)
    page.add_goal()
    (goal,) = store.goals.all()
    assert (goal.measure, goal.indicator, goal.unit) == ("", "On-time deliveries", "%")
    assert (goal.baseline, goal.target, goal.deadline, goal.owner) == (
        72.5,
        95.0,
        "2026-12-31",
        "Anna",
    )
    assert goal_titles(page) == ["Deliver orders on time"]
    assert cell(page, 0, BASELINE) == "72.5%"  # a typed baseline for an unmeasured indicator
    assert cell(page, 0, TARGET) == "95%"
    assert page.selected_goal_id() == goal.id

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        assert dialog.indicator_edit.text() == "On-time deliveries"
        dialog.target_edit.setText("98")

    fill(dialogs, edit)
    page.edit_selected_goal()
    assert store.goals.all()[0].target == 98.0
    assert cell(page, 0, TARGET) == "98%"

    dialogs.confirm_answers = [True]
    page.delete_selected_goal()
    assert store.goals.all() == [] and page.goal_table.rowCount() == 0

    stack.undo()
    assert [g.title for g in store.goals.all()] == ["Deliver orders on time"]
    stack.undo()
    assert store.goals.all()[0].target == 95.0
    assert cell(page, 0, TARGET) == "95%"
    stack.undo()
    assert store.goals.all() == []
    stack.redo()
    stack.redo()
    assert store.goals.all()[0].target == 98.0 and store.goals.all()[0].id == goal.id


def test_deleting_a_goal_keeps_its_means_and_undo_links_them_again(
    page: GoalsPage, dialogs: FakeDialogs
) -> None:
    store = page.session.store
    goal = store.goals.add(Goal("More customers recommend us", measure="nps", target=20))
    store.means.add(Means("Complaint training", "know", goal_id=goal.id))
    page.select_goal(goal.id or 0)

    dialogs.confirm_answers = [True]
    page.delete_selected_goal()
    assert "Its 1 means stay in the plan, without a goal." in dialogs.calls[-1][2]
    assert store.goals.all() == []
    assert [m.goal_id for m in store.means.all()] == [None]
    assert means_cell(page, 0, MEANS_GOAL) == "No goal"

    page.session.undo_stack.undo()
    assert [m.goal_id for m in store.means.all()] == [goal.id]
    assert means_cell(page, 0, MEANS_GOAL) == "More customers recommend us"


def test_declined_delete_and_unchanged_edit_leave_no_undo_step(
    page: GoalsPage, dialogs: FakeDialogs
) -> None:
    store = page.session.store
    # A unit stored with a measured indicator (another program may write one) is kept as it is.
    goal = store.goals.add(
        Goal("More customers recommend us", measure="nps", target=20, unit="pts", baseline=-5)
    )
    page.select_goal(goal.id or 0)
    dialogs.confirm_answers = [False]
    page.delete_selected_goal()
    dialogs.modal_results = [True]
    page.edit_selected_goal()
    assert len(store.goals.all()) == 1
    assert page.session.undo_stack.count() == 0


def test_baseline_follows_the_plans_measured_value(
    page: GoalsPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    store = page.session.store
    store.goals.add(Goal("More customers recommend us", measure="nps", target=20, baseline=-30))
    store.goals.add(Goal("Answer the phone faster", indicator="Rings before answer", baseline=6))
    rows = {title: row for row, title in enumerate(goal_titles(page))}
    nps_row = rows["More customers recommend us"]
    # Not measured yet: the typed baseline stands in.
    assert cell(page, nps_row, BASELINE) == "−30 points"

    import_nps(store, tmp_path, [10, 10, 10, 2])  # NPS 50
    assert cell(page, nps_row, BASELINE) == "50 points"
    assert "follows new data" in tip(page, nps_row, BASELINE)

    import_nps(store, tmp_path, [0, 0, 0, 0], "more.csv")  # 3 promoters, 5 detractors: −25
    assert cell(page, nps_row, BASELINE) == "−25 points"
    custom_row = rows["Answer the phone faster"]
    assert cell(page, custom_row, BASELINE) == "6"
    assert "Typed" in tip(page, custom_row, BASELINE)

    page.session.undo_stack.clear()
    store.goals.add(Goal("Happier customers", measure="csat", target=90))
    row = goal_titles(page).index("Happier customers")
    assert cell(page, row, BASELINE) == "not measured yet"  # no CSAT answers, nothing typed


def test_measuring_runs_on_a_copy_and_only_the_newest_result_counts(
    qtbot: QtBot,
    empty: PlanSession,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = empty.store
    store.goals.add(Goal("More customers recommend us", measure="nps", target=20))
    measured_on: list[PlanStore] = []

    def spy(copy: PlanStore) -> dict[str, float | None]:
        measured_on.append(copy)
        return measured_values(copy)

    monkeypatch.setattr(goals_module, "measured_values", spy)
    runner = DeferredRunner()
    page = make_page(qtbot, empty, dialogs, runner)
    try:
        assert cell(page, 0, BASELINE) == "…"  # being measured
        import_nps(store, tmp_path, [10, 10, 10, 2])
        assert len(runner.jobs) == 2
        (old_work, old_done, _), (new_work, new_done, _) = runner.jobs
        new_done(new_work())
        assert cell(page, 0, BASELINE) == "50 points"
        old_done(old_work())  # the older measurement (no survey yet) arrives late: dropped
        assert cell(page, 0, BASELINE) == "50 points"
        assert page.measurements == 1
        assert measured_on and all(c is not store and c.readonly for c in measured_on)
    finally:
        page.dispose()


def test_measuring_in_a_worker_thread(
    qtbot: QtBot, empty: PlanSession, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    store = empty.store
    import_nps(store, tmp_path, [10, 10, 10, 2])
    store.goals.add(Goal("More customers recommend us", measure="nps", target=60))
    page = make_page(qtbot, empty, dialogs, TaskRunner())
    try:
        qtbot.waitUntil(lambda: page.measurements >= 1, timeout=10_000)
        assert cell(page, 0, BASELINE) == "50 points"
        # The previews draw in workers too; let them finish before the page goes.
        charts = (page.timeline_chart, page.budget_chart, page.progress_chart)
        qtbot.waitUntil(lambda: all(c.rendered >= 1 for c in charts), timeout=20_000)
    finally:
        page.dispose()


def test_goal_check_marks(page: GoalsPage) -> None:
    store = page.session.store
    ready = store.goals.add(
        Goal(
            "Answer calls faster",
            indicator="Rings",
            baseline=6,
            target=3,
            deadline="2026-12-31",
            higher_is_better=False,
        )
    )
    store.means.add(Means("Phone rota", "can", goal_id=ready.id))
    store.goals.add(Goal("Better", target=None))
    rows = {title: row for row, title in enumerate(goal_titles(page))}
    assert cell(page, rows["Answer calls faster"], MARK) == OK_MARK
    assert cell(page, rows["Better"], MARK) == WARNING_MARK
    why = tip(page, rows["Better"], MARK)
    assert "Not specific" in why and "Not measurable" in why and "Not dated" in why
    assert "No means reach this goal yet." in why
    assert "Ready: 1 of 2." in page.goal_summary.text()


def test_goal_table_shows_linked_problems_and_the_budget(page: GoalsPage) -> None:
    store = page.session.store
    problem = store.problems.add(Problem("Calls are not returned", 4, 5, "can"))
    goal = store.goals.add(
        Goal(
            "Return every call",
            indicator="Calls returned",
            target=100,
            problem_ids=(problem.id or 0,),
        )
    )
    store.economics.set_input("currency", "$")
    store.means.add(Means("Call-back log", "can", budget=120, goal_id=goal.id))
    store.means.add(Means("Training", "know", budget=30.5, goal_id=goal.id))
    assert "★ Calls are not returned" in cell(page, 0, goals_module.PROBLEMS)
    assert cell(page, 0, BUDGET) == "$150.50"


# -- the goal dialog ---------------------------------------------------------------------------


def goal_dialog(language: str = "en", **options: Any) -> GoalDialog:
    defaults: dict[str, Any] = {
        "language": language,
        "measured": {},
        "problems": [],
        "focus": set(),
        "title": "Add",
    }
    defaults.update(options)
    goal = defaults.pop("goal", None)
    return GoalDialog(goal, **defaults)


def test_goal_dialog_shows_the_measured_baseline_read_only(qtbot: QtBot) -> None:
    dialog = goal_dialog(measured={"nps": -7.5})
    qtbot.addWidget(dialog)
    assert dialog.measure_key() == "nps"
    assert dialog.baseline_edit.isHidden()
    assert (
        dialog.baseline_note.text()
        == "follows the plan: Net Promoter Score (NPS) today −7.5 points"
    )
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("csat"))  # no CSAT yet
    assert not dialog.baseline_edit.isHidden()
    assert "Not measured yet" in dialog.baseline_note.text()
    dialog.indicator.setCurrentIndex(dialog.indicator.findData(""))
    assert dialog.form.isRowVisible(dialog.indicator_edit)
    assert "Typed" in dialog.baseline_note.text()


def test_goal_dialog_lists_every_measure_and_marks_focus_problems(qtbot: QtBot) -> None:
    problems = [
        Problem("Queue at the till", 2, 2, "can", id=1),
        Problem("Rude", 5, 5, "want", id=2),
    ]
    dialog = goal_dialog(problems=problems, focus={2}, goal=Goal("x y", problem_ids=(1,)))
    qtbot.addWidget(dialog)
    keys = [dialog.indicator.itemData(i) for i in range(dialog.indicator.count())]
    assert "nps" in keys and RETENTION_MEASURE in keys and keys[-1] == ""
    first = dialog.problem_list.item(0)
    assert first.text() == "★ Rude" and first.checkState() == Qt.CheckState.Unchecked
    assert dialog.problem_list.item(1).checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Checked)
    assert dialog.goal().problem_ids == (1, 2)


def test_goal_dialog_refuses_bad_values_naming_the_field(qtbot: QtBot) -> None:
    dialog = goal_dialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_label.text() == "Give the goal a title."
    dialog.title_edit.setText("More customers recommend us")
    dialog.target_edit.setText("lots")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == "Target: This is not a number."
    dialog.target_edit.setText("150")  # NPS runs from −100 to 100
    dialog.accept()
    assert dialog.error_label.text().startswith("Target: Must be between -100 and 100")
    assert dialog.title_edit.text() == "More customers recommend us"  # nothing typed is lost
    dialog.target_edit.setText("30")
    dialog.deadline.set_iso("2026-12-31")
    dialog.accept()
    assert dialog.result() == 1


def test_goal_dialog_live_check_and_decimal_comma(qtbot: QtBot) -> None:
    dialog = goal_dialog("ru", measured={"csat": 70.0}, today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("csat"))
    dialog.title_edit.setText("Больше довольных клиентов")
    text = dialog.check_label.text()
    assert "⚠ Цель неизмерима: укажите целевое значение." in text
    assert "⚠ Нет срока" in text
    dialog.target_edit.setText("85,5")
    dialog.deadline.set_iso("2026-12-31")
    text = dialog.check_label.text()
    assert "неизмерима" not in text and "Нет срока" not in text
    assert "ни одного средства" in text  # a new goal has no means yet
    assert dialog.goal().target == 85.5
    dialog.target_edit.setText("60")
    assert "Целевое значение 60 не лучше исходного 70." in dialog.check_label.text()
    assert "70" in dialog.baseline_note.text() and "%" in dialog.baseline_note.text()


# -- means --------------------------------------------------------------------------------------


def test_add_edit_delete_means_with_undo(page: GoalsPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    goal = store.goals.add(Goal("Return every call", indicator="Calls returned", target=100))
    page.select_goal(goal.id or 0)

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, MeansDialog)
        assert dialog.goal_combo.currentData() == goal.id  # the selected goal
        dialog.action_edit.setText("Call-back log")
        dialog.kind.setCurrentIndex(dialog.kind.findData("can"))
        forms = [dialog.form_combo.itemData(i) for i in range(dialog.form_combo.count())]
        assert forms == ["", "systems", "policies", "tools", "rule_removal"]
        dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("systems"))
        dialog.start.set_iso("2026-04-01")
        dialog.end.set_iso("2026-05-15")
        dialog.budget_edit.setText("450.5")

    fill(dialogs, add)
    page.add_means()
    (means,) = store.means.all()
    assert (means.kind, means.form, means.start, means.end, means.budget, means.goal_id) == (
        "can",
        "systems",
        "2026-04-01",
        "2026-05-15",
        450.5,
        goal.id,
    )
    assert means_actions(page) == ["Call-back log"]
    assert means_cell(page, 0, MEANS_KIND) == "Can · Systems"

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, MeansDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("done"))

    fill(dialogs, edit)
    page.edit_selected_means()
    assert store.means.all()[0].status == "done"
    dialogs.confirm_answers = [True]
    page.delete_selected_means()
    assert store.means.all() == []
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()
    assert store.means.all()[0].status == "planned"


def test_means_ending_before_its_start_is_refused_in_the_dialog(
    page: GoalsPage, dialogs: FakeDialogs
) -> None:
    store = page.session.store
    seen: list[str] = []

    def reversed_dates(dialog: QWidget) -> None:
        assert isinstance(dialog, MeansDialog)
        dialog.action_edit.setText("Mystery shopping")
        dialog.start.set_iso("2026-06-01")
        dialog.end.set_iso("2026-05-01")
        dialog.accept()
        assert dialog.result() == 0  # still open
        assert dialog.error_label.isVisibleTo(dialog)
        seen.append(dialog.error_label.text())
        assert dialog.action_edit.text() == "Mystery shopping"  # nothing typed is lost

    fill(dialogs, reversed_dates, accept=False)  # the user then cancels
    page.add_means()
    assert seen == ["End date: the end is before the start date (2026-06-01)."]
    assert store.means.all() == [] and page.session.undo_stack.count() == 0


def test_means_dialog_refuses_a_negative_budget(qtbot: QtBot) -> None:
    dialog = MeansDialog(None, language="en", goals=[], title="Add", today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    assert (dialog.start.iso(), dialog.end.iso()) == ("2026-03-01", "2026-03-31")
    dialog.action_edit.setText("Training")
    dialog.budget_edit.setText("-5")
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_label.text() == "Budget: Must not be negative."
    dialog.end.none.setChecked(True)
    dialog.budget_edit.setText("1 200,50")
    dialog.accept()
    assert dialog.result() == 1
    assert (dialog.means().end, dialog.means().budget) == ("", 1200.5)


def test_means_library_adds_linked_dated_means_in_one_undo_step(
    page: GoalsPage, dialogs: FakeDialogs
) -> None:
    store = page.session.store
    goal = store.goals.add(
        Goal("Handle complaints well", indicator="Complaints resolved", target=90)
    )

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MeansLibraryDialog)
        dialog.set_chosen(["complaint_training", "complaint_log"])
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(goal.id))

    fill(dialogs, choose)
    page.add_from_library()
    added = store.means.all()
    assert [m.template_id for m in added] == ["complaint_training", "complaint_log"]
    assert all(m.goal_id == goal.id and m.start == "2026-03-01" for m in added)
    assert [m.end for m in added] == ["2026-03-31", "2026-03-31"]  # their typical 30 days
    assert added[0].action.startswith("Complaint-handling training")
    assert page.session.undo_stack.count() == 1
    page.session.undo_stack.undo()
    assert store.means.all() == []


def test_means_library_asks_for_a_choice(qtbot: QtBot) -> None:
    dialog = MeansLibraryDialog(language="zh", goals=[], today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_label.text() == "Tick at least one means to add."
    assert len(dialog.items) == 22


# -- the calculator ---------------------------------------------------------------------------


def test_typing_calculator_inputs_stores_them_one_undo_step_per_visit(
    qtbot: QtBot, page: GoalsPage
) -> None:
    store = page.session.store
    stack = page.session.undo_stack
    customers = page.inputs["customers"]
    assert page.inputs["poor_service_share"].text() == "68"  # shown as a percent
    assert page.inputs["replacement_factor"].text() == "10"

    visit(customers)
    type_into(qtbot, customers, "900")
    type_into(qtbot, customers, "1000")  # the same visit: one undo step
    assert store.economics.inputs().customers == 1000.0
    assert stack.count() == 1

    share = page.inputs["poor_service_share"]
    visit(share)
    type_into(qtbot, share, "50")
    assert store.economics.inputs().poor_service_share == 0.5
    assert stack.count() == 2

    stack.undo()
    assert store.economics.inputs().poor_service_share == 0.68 and share.text() == "68"
    stack.undo()
    assert store.economics.inputs().customers is None and customers.text() == ""
    stack.redo()
    assert customers.text() == "1000"


@pytest.mark.parametrize(
    ("name", "typed", "expected"),
    [
        ("customers", "-5", "{name}: must not be negative. The saved value 1000 is back."),
        ("customers", "many", "{name}: this is not a number. The saved value 1000 is back."),
        (
            "poor_service_share",
            "150",
            "{name}: must be between 0% and 100%. The saved value 68 is back.",
        ),
        (
            "replacement_factor",
            "",
            "{name}: cannot be empty. The saved value 10 is back.",
        ),
    ],
)
def test_bad_calculator_values_are_refused_naming_the_field(
    qtbot: QtBot, page: GoalsPage, name: str, typed: str, expected: str
) -> None:
    store = page.session.store
    store.economics.set_input("customers", 1000)
    before = store.economics.inputs()
    edit = page.inputs[name]
    kept = edit.text()
    type_into(qtbot, edit, typed)
    # The field is named as the glossary names it (and the PDF prints it).
    assert page.input_error.text() == expected.format(name=label(name, "en"))
    assert page.input_error.isVisibleTo(page)
    assert edit.text() == kept  # the old value is back
    assert store.economics.inputs() == before
    type_into(qtbot, edit, kept)
    assert not page.input_error.isVisibleTo(page)


def test_calculator_outputs_match_the_plan_layer(qtbot: QtBot, page: GoalsPage) -> None:
    store = page.session.store
    for name, text in (
        ("customers", "1000"),
        ("revenue_per_customer", "200"),
        ("customers_lost", "100"),
        ("currency", "$"),
    ):
        type_into(qtbot, page.inputs[name], text)
    store.means.add(Means("Training", "know", budget=4650))
    expected = cost_of_poor_service(
        store.economics.inputs(), store.goals.all(), store.means.all(), {}
    )
    assert expected.lost_to_poor_service == pytest.approx(68)
    out = {name: label.text() for name, label in page.outputs.items()}
    assert out["lost_to_poor_service"] == "68"
    assert out["revenue_lost"] == "$13,600"
    assert out["told_unhappy"] == "680"
    assert out["told_happy"] == "4,500"  # 900 customers who stay tell 5 each
    assert out["replacement_cost"] == "$136,000"
    assert out["budget_total"] == "$4,650"
    assert out["payback_months"] == "Can't be computed yet: no projected gain."
    assert page.retention_button.isVisibleTo(page)
    assert "retention" in out["projected_gain"]
    sources = page.sources.text()
    assert "American Management Association" in sources and "replacement factor" in sources


def test_a_retention_goal_brings_the_projected_gain(page: GoalsPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    store.economics.set_input("customers", 1000)
    store.economics.set_input("revenue_per_customer", 200)
    store.economics.set_input("customers_lost", 100)
    store.economics.set_input("currency", "$")
    store.means.add(Means("Training", "know", budget=6500))

    def retention(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalDialog)
        assert dialog.measure_key() == RETENTION_MEASURE
        dialog.title_edit.setText("Keep more customers each year")
        dialog.target_edit.setText("95")
        dialog.deadline.set_iso("2026-12-31")

    fill(dialogs, retention)
    page.retention_button.click()
    (goal,) = store.goals.all()
    assert goal.measure == RETENTION_MEASURE
    # Baseline from the calculator: 90% kept; 5 points more of 1,000 customers at $200 = $10,000.
    gain = page.outputs["projected_gain"].text()
    assert gain == "$10,000 (retention from 90% to 95% by 2026-12-31)"
    assert page.outputs["payback_months"].text() == "7.8 months"
    assert not page.retention_button.isVisibleTo(page)
    assert page.economics is not None and page.economics.projected_gain == pytest.approx(10_000)


def test_russian_plan_shows_decimal_commas(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    session = new_session(tmp_path, "ru")
    store = session.store
    page = make_page(qtbot, session, dialogs, runner)
    try:
        import_nps(store, tmp_path, [10, 10, 5, 6, 7, 8, 9])  # NPS 14.3
        store.goals.add(Goal("Больше рекомендаций", measure="nps", target=30.5))
        assert cell(page, 0, BASELINE) == "14,3 баллов"
        assert cell(page, 0, TARGET) == "30,5 баллов"
        type_into(qtbot, page.inputs["customers"], "1 000")
        type_into(qtbot, page.inputs["revenue_per_customer"], "199,5")
        type_into(qtbot, page.inputs["customers_lost"], "100")
        type_into(qtbot, page.inputs["poor_service_share"], "68,5")
        type_into(qtbot, page.inputs["currency"], "₽")
        inputs = store.economics.inputs()
        assert (inputs.customers, inputs.revenue_per_customer) == (1000.0, 199.5)
        assert inputs.poor_service_share == pytest.approx(0.685)
        assert page.inputs["poor_service_share"].text() == "68,5"
        assert page.outputs["lost_to_poor_service"].text() == "69"  # people count whole
        assert page.outputs["revenue_lost"].text() == f"13{NBSP}666{NBSP}₽"  # whole roubles
        store.means.add(Means("Обучение", "know", budget=450.5))
        assert page.outputs["budget_total"].text() == f"450,50{NBSP}₽"
        assert "Американской ассоциации менеджмента" in page.sources.text()
    finally:
        page.dispose()
        session.close()


def test_number_and_money_formats() -> None:
    assert format_number(-7.5, "en") == "−7.5"
    assert format_number(1234.5, "ru") == f"1{NBSP}234,5"
    assert format_number(-0.001, "en") == "0"
    assert format_money(13600, "$", "en") == "$13,600"
    assert format_money(13600, "$", "ru") == f"13{NBSP}600{NBSP}$"
    assert format_money(12.5, "¥", "zh") == "¥12.50"
    assert format_money(1200, "USD", "en") == f"1,200{NBSP}USD"
    # Half up, as money is rounded and as the PDF prints it; the sign leads the currency.
    assert format_money(1234.5, "$", "en") == "$1,235"
    assert format_money(2.675, "", "en") == "2.68"
    assert format_money(-1234.5, "$", "en") == f"{MINUS}$1,235"
    assert format_money(-99.5, "₽", "ru") == f"{MINUS}99,50{NBSP}₽"


# -- charts, read-only, hidden refreshes ------------------------------------------------------


def test_charts_appear_with_goals_and_means(page: GoalsPage) -> None:
    assert page.empty_charts.isVisibleTo(page)
    assert not page.timeline_chart.isVisibleTo(page)
    store = page.session.store
    goal = store.goals.add(Goal("Return every call", indicator="Calls returned", target=100))
    store.means.add(
        Means("Call-back log", "can", start="2026-03-01", end="2026-04-01", goal_id=goal.id)
    )
    assert not page.empty_charts.isVisibleTo(page)
    for chart in (page.timeline_chart, page.budget_chart, page.progress_chart):
        assert chart.isVisibleTo(page) and chart.rendered >= 1, chart.objectName()
        assert chart.pixmap() is not None and not chart.pixmap().isNull()


def test_charts_of_a_large_plan_show_the_first_means_and_goals(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A thousand means would make a timeline tens of thousands of pixels tall: the preview
    shows the first ones and says how many there are."""
    from export import charts

    drawn: dict[str, Any] = {}

    def recorder(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            drawn[name] = (args, kwargs)
            return real(*args, **kwargs)

        return record

    for name in ("means_timeline_figure", "goal_progress_figure"):
        monkeypatch.setattr(charts, name, recorder(name, getattr(charts, name)))
    session = new_session(tmp_path)
    store = session.store
    goal_count = goals_module.PREVIEW_GOALS + 2
    means_count = goals_module.PREVIEW_MEANS + 5
    ids = [store.goals.add(Goal(f"Goal {i}", target=1)).id for i in range(goal_count)]
    for i in range(means_count):
        store.means.add(
            Means(f"Step {i}", "can", start="2027-01-01", end="2027-02-01", goal_id=ids[0])
        )
    page = make_page(qtbot, session, dialogs, runner)
    try:
        (groups,), timeline = drawn["means_timeline_figure"]
        assert sum(len(bars) for _, bars in groups) == goals_module.PREVIEW_MEANS
        assert timeline["title"] == (
            f"The means on a timeline: the first {goals_module.PREVIEW_MEANS} of {means_count}"
        )
        labels, *_ = drawn["goal_progress_figure"][0]
        assert labels == [f"Goal {i}" for i in range(goals_module.PREVIEW_GOALS)]
        progress_title = drawn["goal_progress_figure"][1]["title"]
        assert f"the first {goals_module.PREVIEW_GOALS} of {goal_count}" in progress_title
        assert page.timeline_chart.height_px < 125 + 34 * (goals_module.PREVIEW_MEANS + 2) + 60
    finally:
        page.dispose()


def test_amounts_follow_the_plan_language(page: GoalsPage) -> None:
    """The page reads the plan's language once per refresh; a change of it still shows."""
    store = page.session.store
    store.means.add(Means("Training", "know", budget=1234.5))
    assert page.means_summary.text() == "1 means; budget in all: 1,235."
    store.set_language("ru")
    assert page.means_summary.text() == f"1 means; budget in all: 1{NBSP}235."


def test_read_only_plan_disables_editing(
    tmp_path: Path, qtbot: QtBot, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "plan.svcplan"
    store = PlanStore.create(path)
    goal = store.goals.add(Goal("Return every call", indicator="Calls returned", target=100))
    store.means.add(Means("Call-back log", "can", goal_id=goal.id))
    store.close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = make_page(qtbot, session, dialogs, runner)
    try:
        page.goal_table.selectRow(0)
        page.means_table.selectRow(0)
        for button in (
            page.add_goal_button,
            page.edit_goal_button,
            page.delete_goal_button,
            page.add_means_button,
            page.library_button,
            page.edit_means_button,
            page.delete_means_button,
            page.retention_button,
        ):
            assert not button.isEnabled(), button.objectName()
        assert all(edit.isReadOnly() for edit in page.inputs.values())
        page.add_goal()
        page.edit_selected_goal()
        page.delete_selected_goal()
        page.add_from_library()
        type_into(qtbot, page.inputs["customers"], "5")
        assert dialogs.calls == []  # nothing asked, nothing written
        assert session.undo_stack.count() == 0
        assert page.measurements == 1  # a read-only plan is measured all the same
    finally:
        page.dispose()
        session.close()


def test_a_hidden_page_catches_up_when_shown(page: GoalsPage, tmp_path: Path) -> None:
    store = page.session.store
    store.goals.add(Goal("More customers recommend us", measure="nps", target=60))
    measured = page.measurements
    page.hide()
    import_nps(store, tmp_path, [10, 10, 10, 2])
    store.goals.add(Goal("Happier customers", measure="csat", target=90))
    store.economics.set_input("customers", 1000)
    assert goal_titles(page) == ["More customers recommend us"]
    assert page.measurements == measured  # nothing measured while hidden
    page.show()
    assert len(goal_titles(page)) == 2
    assert cell(page, goal_titles(page).index("More customers recommend us"), BASELINE) == (
        "50 points"
    )
    assert page.inputs["customers"].text() == "1000"
    assert page.measurements == measured + 1


def test_dispose_stops_listening(page: GoalsPage) -> None:
    page.dispose()
    page.session.store.goals.add(Goal("Later goal", indicator="x", target=1))
    assert page.goal_table.rowCount() == 0
    page.dispose = lambda: None  # type: ignore[method-assign]  # the fixture disposes again


def test_economics_defaults_render_without_inputs(page: GoalsPage) -> None:
    assert page.session.store.economics.inputs() == EconomicsInputs()
    assert page.outputs["revenue_lost"].text() == "—"
    assert page.outputs["budget_total"].text() == "0"


def test_delete_key_and_double_click(qtbot: QtBot, page: GoalsPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    goal = store.goals.add(Goal("Return every call", indicator="Calls returned", target=100))
    store.means.add(Means("Call-back log", "can", goal_id=goal.id))
    page.select_goal(goal.id or 0)
    dialogs.modal_results = [False]
    item = page.goal_table.item(0, TITLE)
    page.goal_table.itemDoubleClicked.emit(item)
    assert dialogs.calls[-1] == ("modal", "GoalDialog", "")
    page.means_table.selectRow(0)
    page.means_table.setFocus()
    dialogs.confirm_answers = [True]
    qtbot.keyClick(page.means_table, Qt.Key.Key_Delete)
    assert store.means.all() == []
    assert page.selected_goal_id() == goal.id
    page.goal_table.setFocus()
    dialogs.confirm_answers = [True]
    qtbot.keyClick(page.goal_table, Qt.Key.Key_Delete)
    assert store.goals.all() == []


def test_payback_without_a_budget_says_it_cannot_be_computed(page: GoalsPage, qtbot: QtBot) -> None:
    """No means with a budget: not "0 months" but a sentence saying what is missing."""
    store = page.session.store
    for name, text in (("customers", "1000"), ("revenue_per_customer", "200")):
        type_into(qtbot, page.inputs[name], text)
    type_into(qtbot, page.inputs["customers_lost"], "420")
    store.goals.add(Goal("Keep more customers", measure=RETENTION_MEASURE, target=95))
    assert page.economics is not None and page.economics.projected_gain
    payback = page.outputs["payback_months"].text()
    assert payback == "Can't be computed yet: the means have no budget."
    assert "0 months" not in payback


def test_customer_counts_are_whole_numbers(page: GoalsPage, qtbot: QtBot) -> None:
    for name, text in (("customers", "1000"), ("customers_lost", "420")):
        type_into(qtbot, page.inputs[name], text)
    # 68% of 420 who leave = 285.6 people: shown as 286.
    assert page.outputs["lost_to_poor_service"].text() == "286"
    assert page.outputs["told_unhappy"].text() == "2,856"


def test_goal_dialog_fields_stay_put_while_typing(qtbot: QtBot) -> None:
    """The check sentences come and go as one types; no field moves, so clicks land."""
    dialog = goal_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def places() -> list[int]:
        widgets = (dialog.target_edit, dialog.owner_edit, dialog.problem_list)
        return [w.mapTo(dialog, w.rect().topLeft()).y() for w in widgets] + [dialog.height()]

    before = places()
    lines_before = dialog.check_label.text().count("\n")
    for text in ("More customers recommend us", "M", ""):
        dialog.title_edit.setText(text)
        dialog.target_edit.setText("40" if text else "")
        QApplication.processEvents()
        assert places() == before, text
    dialog.title_edit.setText("More customers recommend us")
    dialog.target_edit.setText("40")
    dialog.deadline.set_iso("2027-06-30")
    QApplication.processEvents()
    assert dialog.check_label.text().count("\n") != lines_before  # the text did change
    assert places() == before
