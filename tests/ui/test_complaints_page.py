"""The complaints page: the log's table, its dialogs, undo, read-only, summary, Pareto chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from plan.complaints import Complaint, default_categories
from plan.demo import create_demo
from plan.scoring import ParetoEntry, pareto
from plan.steps import Step
from plan.store import PlanChange, PlanStore, Section
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.pages.complaints import (
    CATEGORY,
    DATE,
    DESCRIPTION,
    ID_ROLE,
    RESOLVED,
    ComplaintCategoriesDialog,
    ComplaintDialog,
    ComplaintsPage,
    pareto_bars,
    vital_few_text,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner


def _page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> ComplaintsPage:
    page = ComplaintsPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return page


@pytest.fixture
def session(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    yield session
    session.close()


@pytest.fixture
def page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[ComplaintsPage]:
    widget = _page(qtbot, session, dialogs, runner)
    yield widget
    widget.dispose()


@pytest.fixture
def demo_session(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(create_demo(tmp_path / "demo.svcplan", "en"))
    yield session
    session.close()


@pytest.fixture
def demo_page(
    qtbot: QtBot, demo_session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[ComplaintsPage]:
    widget = _page(qtbot, demo_session, dialogs, runner)
    yield widget
    widget.dispose()


def _window_page(window: MainWindow) -> ComplaintsPage:
    assert window.open_demo()
    window.show_step(Step.COMPLAINTS)
    page = window.current_page()
    assert isinstance(page, ComplaintsPage)
    return page


def _fill(
    date: str | None = None,
    category: str | None = None,
    description: str | None = None,
    resolved: bool | None = None,
) -> object:
    """A modal hook that types into the complaint dialog's fields (None leaves one as it is)."""

    def hook(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        if date is not None:
            dialog.date_edit.setText(date)
        if category is not None:
            dialog.category.setEditText(category)
        if description is not None:
            dialog.description.setPlainText(description)
        if resolved is not None:
            dialog.resolved.setChecked(resolved)

    return hook


def _cell(page: ComplaintsPage, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


def _breakdown(page: ComplaintsPage, row: int, column: int) -> QTableWidgetItem:
    item = page.breakdown.item(row, column)
    assert item is not None
    return item


def _row_of(page: ComplaintsPage, complaint_id: int) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ID_ROLE) == complaint_id:
            return row
    raise AssertionError(f"complaint {complaint_id} is not shown")


# -- adding, editing, deleting, undo --------------------------------------------------------------


def test_adding_through_the_dialog_adds_a_row_and_undo_removes_it(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    page = _window_page(window)
    store = page.session.store
    before = len(store.complaints.all())
    assert page.proxy.rowCount() == before == 40
    dialogs.modal_hook = _fill("2026-11-02", "Prices", "Croissant price doubled.", True)
    dialogs.modal_results = [True]
    page.add_button.click()

    added = store.complaints.all()[-1]
    assert (added.date, added.category, added.description, added.resolved) == (
        "2026-11-02",
        "Prices",
        "Croissant price doubled.",
        True,
    )
    assert page.proxy.rowCount() == before + 1
    assert page.selected_ids() == [added.id]  # the new row is selected and shown
    row = _row_of(page, added.id or 0)
    assert [_cell(page, row, c) for c in (DATE, CATEGORY, DESCRIPTION, RESOLVED)] == [
        "2026-11-02",
        "Prices",
        "Croissant price doubled.",
        "✓",
    ]
    assert "new complaint" in window.undo_action.text()

    window.undo()
    assert len(store.complaints.all()) == before
    assert page.proxy.rowCount() == before
    window.redo()
    assert store.complaints.all()[-1] == added  # back with the same id


def test_cancelled_dialog_writes_nothing(page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    dialogs.modal_hook = _fill(description="Not saved")
    dialogs.modal_results = [False]
    page.add_button.click()
    assert page.session.store.complaints.all() == []
    assert page.session.undo_stack.count() == 0


def test_new_complaint_dialog_offers_the_plans_categories_and_today(
    page: ComplaintsPage, dialogs: FakeDialogs
) -> None:
    seen: dict[str, object] = {}

    def hook(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        seen["items"] = [dialog.category.itemText(i) for i in range(dialog.category.count())]
        seen["date"] = dialog.date_edit.text()
        seen["category"] = dialog.category.currentText()

    dialogs.modal_hook = hook
    page.add_button.click()
    assert seen["items"] == default_categories("en")
    assert seen["category"] == ""  # chosen by the user, not silently the first one
    from datetime import date

    assert seen["date"] == date.today().isoformat()


def test_editing_and_its_undo(window: MainWindow, dialogs: FakeDialogs) -> None:
    page = _window_page(window)
    store = page.session.store
    original = store.complaints.all()[0]
    page.select_ids([original.id or 0])
    assert page.edit_button.isEnabled()

    def hook(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        # The dialog opens on the complaint's own values.
        assert dialog.date_edit.text() == original.date
        assert dialog.category.currentText() == original.category
        assert dialog.description.toPlainText() == original.description
        dialog.category.setEditText("Prices")
        dialog.resolved.setChecked(not original.resolved)

    dialogs.modal_hook = hook
    dialogs.modal_results = [True]
    page.edit_button.click()
    changed = store.complaints.get(original.id or 0)
    assert changed.category == "Prices"
    assert changed.resolved is not original.resolved
    assert changed.import_id == original.import_id  # still part of the demo's import
    row = _row_of(page, original.id or 0)
    assert _cell(page, row, CATEGORY) == "Prices"

    window.undo()
    assert store.complaints.get(original.id or 0) == original
    assert _cell(page, _row_of(page, original.id or 0), CATEGORY) == original.category


def test_double_click_edits(demo_page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    store = demo_page.session.store
    target = store.complaints.all()[5]
    dialogs.modal_hook = _fill(description="Edited by double-click")
    dialogs.modal_results = [True]
    index = demo_page.proxy.index(_row_of(demo_page, target.id or 0), DESCRIPTION)
    demo_page.table.doubleClicked.emit(index)
    assert store.complaints.get(target.id or 0).description == "Edited by double-click"


def test_unchanged_edit_leaves_no_undo_step(
    demo_page: ComplaintsPage, dialogs: FakeDialogs
) -> None:
    demo_page.select_ids([demo_page.session.store.complaints.all()[0].id or 0])
    dialogs.modal_results = [True]
    demo_page.edit_button.click()
    assert dialogs.kinds() == ["modal"]
    assert demo_page.session.undo_stack.count() == 0


def test_delete_asks_first_and_undo_brings_it_back(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    page = _window_page(window)
    store = page.session.store
    victim = store.complaints.all()[3]
    page.select_ids([victim.id or 0])

    dialogs.confirm_answers = [False]
    page.delete_button.click()
    assert victim in store.complaints.all()  # declined: nothing deleted
    assert victim.description in dialogs.calls[-1][2]

    dialogs.confirm_answers = [True]
    page.delete_button.click()
    assert victim not in store.complaints.all()
    assert page.proxy.rowCount() == 39
    assert not page.delete_button.isEnabled()  # the selection went with the row

    window.undo()
    assert store.complaints.get(victim.id or 0) == victim  # same id, same import
    assert page.proxy.rowCount() == 40


def test_deleting_several_is_one_undo_step(demo_page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    store = demo_page.session.store
    ids = [c.id or 0 for c in store.complaints.all()[:3]]
    demo_page.select_ids(ids)
    assert sorted(demo_page.selected_ids()) == sorted(ids)
    assert not demo_page.edit_button.isEnabled()  # edit is for one complaint
    dialogs.confirm_answers = [True]
    demo_page.delete_button.click()
    assert "3" in dialogs.calls[-1][2]
    assert len(store.complaints.all()) == 37
    assert demo_page.proxy.rowCount() == 37
    assert demo_page.session.undo_stack.count() == 1
    demo_page.session.undo_stack.undo()
    assert len(store.complaints.all()) == 40


def test_invalid_date_is_refused_and_nothing_written(
    page: ComplaintsPage, dialogs: FakeDialogs
) -> None:
    dialogs.modal_hook = _fill("2026-02-30", "Prices", "Too dear")
    dialogs.modal_results = [True]
    page.add_button.click()
    assert page.session.store.complaints.all() == []
    assert page.session.undo_stack.count() == 0
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1
    assert "Date" in errors[0] and "not a valid date" in errors[0]
    assert page.proxy.rowCount() == 0


def test_empty_complaint_is_refused_in_words(page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    dialogs.modal_hook = _fill("", "", "   ")
    dialogs.modal_results = [True]
    page.add_button.click()
    assert page.session.store.complaints.all() == []
    assert dialogs.calls[-1] == (
        "error",
        "Complaints",
        "Give the complaint a category or a description.",
    )


def test_the_dialog_stays_open_on_a_bad_date(qtbot: QtBot) -> None:
    dialog = ComplaintDialog(["Prices"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setText("05.10.2026")
    dialog.description.setPlainText("Kept while the date is fixed")
    dialog.accept()
    assert dialog.isVisible()
    assert "YYYY-MM-DD" in dialog.error_label.text()
    dialog.date_edit.setText("")  # no date is allowed
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.complaint().date is None


def test_complaint_without_category_is_named(page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    dialogs.modal_hook = _fill("", "", "Something nobody could classify")
    dialogs.modal_results = [True]
    page.add_button.click()
    assert page.session.store.complaints.all()[0].category == ""
    assert _cell(page, 0, CATEGORY) == "(no category)"
    assert _cell(page, 0, DATE) == ""
    assert _breakdown(page, 0, 0).text() == "(no category)"
    assert page.vital_label.text().startswith("(no category) makes up 100%")
    page.search.setText("no categ")  # found by the name it is shown with
    assert page.proxy.rowCount() == 1


# -- categories -----------------------------------------------------------------------------------


def test_categories_edited_then_restored(
    page: ComplaintsPage, dialogs: FakeDialogs, session: PlanSession
) -> None:
    store = session.store

    def type_list(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintCategoriesDialog)
        assert dialog.editor.toPlainText().splitlines() == default_categories("en")
        dialog.editor.setPlainText("Queues\n  Rude staff \n\nqueues\nBurnt bread")

    dialogs.modal_hook = type_list
    dialogs.modal_results = [True]
    page.categories_button.click()
    assert store.complaints.categories() == ["Queues", "Rude staff", "Burnt bread"]

    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintDialog)
        offered.extend(dialog.category.itemText(i) for i in range(dialog.category.count()))

    dialogs.modal_hook = look
    dialogs.modal_results = [False]
    page.add_button.click()
    assert offered == ["Queues", "Rude staff", "Burnt bread"]

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintCategoriesDialog)
        dialog.restore_button.click()

    dialogs.modal_hook = restore
    dialogs.modal_results = [True]
    page.categories_button.click()
    assert store.complaints.categories() == default_categories("en")
    session.undo_stack.undo()
    assert store.complaints.categories() == ["Queues", "Rude staff", "Burnt bread"]


def test_unchanged_categories_leave_no_undo_step(
    page: ComplaintsPage, dialogs: FakeDialogs
) -> None:
    dialogs.modal_results = [True]
    page.categories_button.click()
    assert page.session.undo_stack.count() == 0


def test_too_many_categories_are_refused(page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    def many(dialog: QWidget) -> None:
        assert isinstance(dialog, ComplaintCategoriesDialog)
        dialog.editor.setPlainText("\n".join(f"Category {n}" for n in range(60)))

    dialogs.modal_hook = many
    dialogs.modal_results = [True]
    page.categories_button.click()
    assert page.session.store.complaints.categories() == default_categories("en")
    assert dialogs.calls[-1][0] == "error"
    assert "at most 50" in dialogs.calls[-1][2]


# -- read-only, filter, sorting, refreshing -------------------------------------------------------


def test_read_only_plan_disables_editing(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "ro.svcplan"
    create_demo(path, "en").close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = _page(qtbot, session, dialogs, runner)
    assert page.proxy.rowCount() == 40  # shown all the same
    for button in (
        page.add_button,
        page.edit_button,
        page.delete_button,
        page.import_button,
        page.categories_button,
    ):
        assert not button.isEnabled()
    first = session.store.complaints.all()[0]
    page.select_ids([first.id or 0])
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.doubleClicked.emit(page.proxy.index(0, 0))
    page.delete_selected()
    page.add_complaint()
    page.edit_categories()
    page.import_complaints()
    assert dialogs.calls == []  # no dialog, no question, no file chooser
    assert session.undo_stack.count() == 0
    page.dispose()
    session.close()


def test_search_filters_category_and_description(demo_page: ComplaintsPage) -> None:
    store = demo_page.session.store
    demo_page.search.setText("COFFEE")
    expected = [c for c in store.complaints.all() if "coffee" in c.description.casefold()]
    assert expected and demo_page.proxy.rowCount() == len(expected)
    assert f"Matching the search: {len(expected)}." in demo_page.counts_label.text()
    demo_page.search.setText("waiting")
    waiting = [c for c in store.complaints.all() if c.category == "Waiting time"]
    assert demo_page.proxy.rowCount() == len(waiting)
    demo_page.search.clear()
    assert demo_page.proxy.rowCount() == 40
    assert "Matching" not in demo_page.counts_label.text()


def test_newest_first_and_sortable(demo_page: ComplaintsPage) -> None:
    dates = [_cell(demo_page, r, DATE) for r in range(demo_page.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)
    chosen = demo_page.session.store.complaints.all()[11].id or 0
    demo_page.select_ids([chosen])
    demo_page.table.sortByColumn(CATEGORY, Qt.SortOrder.AscendingOrder)
    categories = [_cell(demo_page, r, CATEGORY) for r in range(demo_page.proxy.rowCount())]
    assert categories == sorted(categories, key=str.casefold)
    assert demo_page.selected_ids() == [chosen]  # the selection follows its row
    demo_page.table.sortByColumn(RESOLVED, Qt.SortOrder.DescendingOrder)
    marks = [_cell(demo_page, r, RESOLVED) for r in range(demo_page.proxy.rowCount())]
    assert marks == sorted(marks, reverse=True) and marks[0] == "✓" and marks[-1] == ""


def test_refreshes_only_on_relevant_changes(
    demo_page: ComplaintsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(demo_page, "refresh", lambda: calls.append(1))
    for section in (
        Section.METRICS,
        Section.ANSWERS,
        Section.PROFILE,
        Section.SURVEY,
        Section.SNAPSHOTS,
    ):
        demo_page.session.changed.emit(PlanChange(section))
    assert calls == []
    for section in (Section.COMPLAINTS, Section.PLAN, Section.META):
        demo_page.session.changed.emit(PlanChange(section))
    assert len(calls) == 3


def test_change_made_elsewhere_is_shown(demo_page: ComplaintsPage) -> None:
    store = demo_page.session.store
    store.complaints.add(Complaint("2026-11-30", "Prices", "Added by another view"))
    assert demo_page.proxy.rowCount() == 41
    assert _cell(demo_page, 0, DESCRIPTION) == "Added by another view"  # newest first
    assert "Complaints logged: 41." in demo_page.counts_label.text()


def test_selection_survives_a_refresh(demo_page: ComplaintsPage) -> None:
    store = demo_page.session.store
    chosen = store.complaints.all()[7].id or 0
    demo_page.select_ids([chosen])
    store.complaints.add(Complaint(None, "Prices", "Unrelated"))
    assert demo_page.selected_ids() == [chosen]


# -- summary and chart ----------------------------------------------------------------------------


def test_summary_matches_pareto_of_the_data(demo_page: ComplaintsPage) -> None:
    store = demo_page.session.store
    entries = pareto(store.complaints.counts())
    vital = [e for e in entries if e.vital_few]
    assert 1 < len(vital) < len(entries)
    text = demo_page.vital_label.text()
    for entry in entries:
        assert (entry.category in text) is entry.vital_few
    assert f"make up {int(vital[-1].cumulative_percent + 0.5)}% of complaints" in text  # 82.5 → 83
    assert text.startswith(vital[0].category)
    resolved = store.complaints.resolved_count()
    assert demo_page.counts_label.text() == (
        f"Complaints logged: 40. Resolved: {resolved} ({int(resolved * 100 / 40 + 0.5)}%)."
    )
    # The breakdown lists every category in Pareto order, the vital few in bold.
    assert demo_page.breakdown.rowCount() == len(entries)
    for row, entry in enumerate(entries):
        assert _breakdown(demo_page, row, 0).text() == entry.category
        assert _breakdown(demo_page, row, 1).text() == str(entry.count)
        assert _breakdown(demo_page, row, 0).font().bold() is entry.vital_few


def test_vital_few_sentence_wording() -> None:
    one = [
        ParetoEntry("Waiting time", 9, 90.0, 90.0, True),
        ParetoEntry("Prices", 1, 10, 100, False),
    ]
    assert vital_few_text(one) == "Waiting time makes up 90% of complaints: start there."
    two = [
        ParetoEntry("Waiting time", 5, 50.0, 50.0, True),
        ParetoEntry("Errors in orders or bills", 3, 30.0, 80.0, True),
        ParetoEntry("Prices", 2, 20.0, 100.0, False),
    ]
    assert vital_few_text(two) == (
        "Waiting time and Errors in orders or bills together make up 80% of complaints: "
        "start there."
    )
    assert vital_few_text([]) == ""


def test_chart_bars_fold_the_rarest_categories() -> None:
    entries = pareto([("A", 100), ("B", 50), ("C", 30)] + [(f"Z{n:02d}", 2) for n in range(12)])
    labels, counts, cumulative, vital = pareto_bars(entries, limit=10)
    assert vital == 3
    assert len(labels) == len(counts) == len(cumulative) == 10
    assert labels[:9] == [e.category for e in entries[:9]]
    assert labels[-1] == "Other categories (6)"
    assert sum(counts) == sum(e.count for e in entries)
    assert cumulative[:9] == [e.cumulative_percent for e in entries[:9]]
    assert cumulative[-1] == 100.0
    # A flat spread has many vital categories: none of them is folded away.
    flat = pareto([(f"C{n:02d}", 40 - n) for n in range(15)])
    labels, _counts, _cumulative, vital = pareto_bars(flat, limit=10)
    assert vital == 12 and len(labels) == 13 and labels[-1] == "Other categories (3)"
    # Few categories are shown as they are.
    few = pareto([("A", 9), ("B", 1)])
    assert pareto_bars(few) == (["A", "B"], [9, 1], [90.0, 100.0], 1)


def test_chart_drawn_and_empty_state(
    page: ComplaintsPage, dialogs: FakeDialogs, session: PlanSession
) -> None:
    assert page.empty_label.isVisible()
    assert not page.chart.isVisible()
    assert page.chart.rendered == 0
    assert not page.counts_label.isVisible()
    assert not page.vital_label.isVisible() and not page.breakdown.isVisible()

    dialogs.modal_hook = _fill("2026-11-02", "Prices", "Too dear")
    dialogs.modal_results = [True]
    page.add_button.click()
    assert page.chart.isVisible() and not page.empty_label.isVisible()
    assert page.chart.rendered == 1
    assert page.counts_label.isVisible()
    pixmap = page.chart.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100

    session.undo_stack.undo()
    assert page.empty_label.isVisible() and not page.chart.isVisible()


def test_demo_chart_is_drawn(demo_page: ComplaintsPage) -> None:
    assert demo_page.chart.rendered > 0
    assert not demo_page.chart.pixmap().isNull()
    assert not demo_page.empty_label.isVisible()


# -- import ---------------------------------------------------------------------------------------


def test_import_button_imports_a_file_in_one_undo_step(
    page: ComplaintsPage, dialogs: FakeDialogs, session: PlanSession, tmp_path: Path
) -> None:
    csv = tmp_path / "log.csv"
    csv.write_text(
        "date,category,description,resolved\n"
        "2026-09-01,Waiting time,Long queue,yes\n"
        "2026-09-02,Waiting time,Slow service,no\n"
        "2026-09-03,Prices,Too expensive,no\n",
        encoding="utf-8",
    )
    dialogs.open_paths = [csv]
    dialogs.modal_results = [True]
    page.import_button.click()
    assert ("modal", "ImportDialog", "") in dialogs.calls
    assert page.proxy.rowCount() == 3
    assert session.store.complaints.resolved_count() == 1
    assert page.notice.text() == "Complaints imported: 3."
    assert page.vital_label.text().startswith("Waiting time")
    assert page.chart.rendered == 1
    session.undo_stack.undo()
    assert page.proxy.rowCount() == 0
    assert page.empty_label.isVisible()


def test_import_cancelled_at_the_file_chooser(page: ComplaintsPage, dialogs: FakeDialogs) -> None:
    dialogs.open_paths = [None]
    page.import_button.click()
    assert dialogs.kinds() == ["open_file"]
    assert page.session.store.complaints.all() == []
