"""The Standards page: standards added, edited and deleted (each undoable), the live
measurability check in the dialog (slogans in three languages), refusals naming the field, the
flags for focus problems without a standard and for standards that cannot be measured, the
template library, read-only plans, and refreshes from the store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from plan.problems import Problem
from plan.standards import (
    Standard,
    check_standard,
    explain,
    load_texts,
    standard_from_template,
    templates,
)
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.pages.standards import (
    MARK,
    MEASURABLE_MARK,
    NOT_MEASURABLE_MARK,
    PROBLEMS,
    STATEMENT,
    TARGET,
    LibraryDialog,
    StandardDialog,
    StandardsPage,
    touchpoint_value,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner

SLOGANS = {"en": "The customer is always right", "ru": "Клиент всегда прав", "zh": "顾客就是上帝"}


def make_page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> StandardsPage:
    page = StandardsPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    return page


def make_plan(path: Path, language: str = "en", industry: str = "") -> PlanSession:
    """Four problems: the first three (by priority) are the plan's focus."""
    store = PlanStore.create(path, language=language)
    if industry:
        store.profile.set_field("industry", industry)
    for title, frequency in (
        ("Calls are not returned", 5),
        ("Long queue at the till", 4),
        ("Orders arrive late", 3),
        ("Menu prices out of date", 1),
    ):
        store.problems.add(Problem(title, frequency, 4, "can", touchpoint="Phone"))
    return PlanSession(store)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[PlanSession]:
    session = make_plan(tmp_path / "plan.svcplan")
    yield session
    session.close()


@pytest.fixture
def page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[StandardsPage]:
    page = make_page(qtbot, session, dialogs, runner)
    yield page
    page.dispose()


def problem_id(session: PlanSession, title: str) -> int:
    return next(p.id for p in session.store.problems.all() if p.title == title and p.id is not None)


def statements_shown(page: StandardsPage) -> list[str]:
    rows = range(page.table.rowCount())
    items = [page.table.item(row, STATEMENT) for row in rows]
    return [
        item.text() for item in items if item is not None and item.data(Qt.ItemDataRole.UserRole)
    ]


def group_rows(page: StandardsPage) -> list[str]:
    return [
        page.table.item(row, 0).text()
        for row in range(page.table.rowCount())
        if page.table.columnSpan(row, 0) > 1
    ]


def cell(page: StandardsPage, standard_id: int, column: int) -> str:
    row = page.row_of(standard_id)
    assert row is not None
    return page.table.item(row, column).text()


def fill_measurable(dialog: StandardDialog, target: str = "3") -> None:
    dialog.statement.setPlainText("Answer the phone within three rings.")
    dialog.touchpoint.setCurrentIndex(dialog.touchpoint.findData("phone"))
    dialog.indicator.setText("Rings before the phone is answered")
    dialog.target.setText(target)
    dialog.unit.setText("rings")
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("weekly"))
    dialog.owner.setText("Anna")


# -- add, edit, delete -------------------------------------------------------------------------


def test_add_edit_delete_with_undo_and_redo(page: StandardsPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    stack = page.session.undo_stack
    calls = problem_id(page.session, "Calls are not returned")

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, StandardDialog)
        fill_measurable(dialog)
        for row in range(dialog.problems.count()):
            item = dialog.problems.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == calls:
                item.setCheckState(Qt.CheckState.Checked)

    dialogs.modal_hook = add
    dialogs.modal_results = [True]
    page.add_standard()

    (added,) = store.standards.all()
    assert (added.touchpoint, added.target, added.unit, added.frequency, added.owner) == (
        "phone",
        3.0,
        "rings",
        "weekly",
        "Anna",
    )
    assert added.problem_ids == (calls,)
    assert added.id is not None
    assert page.selected_standard_id() == added.id
    assert cell(page, added.id, MARK) == MEASURABLE_MARK
    assert cell(page, added.id, TARGET) == "Rings before the phone is answered: at most 3 rings"
    assert "Calls are not returned" in cell(page, added.id, PROBLEMS)
    assert group_rows(page) == ["Phone (1)"]

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, StandardDialog)
        assert dialog.target.text() == "3"
        dialog.target.setText("4,5")  # a decimal comma is read in any language
        dialog.direction.setCurrentIndex(dialog.direction.findData("at_most"))

    dialogs.modal_hook = edit
    dialogs.modal_results = [True]
    page.edit_selected()
    assert store.standards.all()[0].target == 4.5
    assert cell(page, added.id, TARGET).endswith("at most 4.5 rings")

    dialogs.confirm_answers = [True]
    page.delete_selected()
    assert store.standards.all() == [] and statements_shown(page) == []
    assert page.empty_label.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert stack.count() == 3

    stack.undo()
    assert [s.target for s in store.standards.all()] == [4.5]
    assert statements_shown(page) == ["Answer the phone within three rings."]
    stack.undo()
    assert store.standards.all()[0].target == 3.0
    stack.undo()
    assert store.standards.all() == []
    stack.redo()
    stack.redo()
    assert store.standards.get(added.id).target == 4.5  # the same id again
    stack.redo()
    assert store.standards.all() == []


def test_unchanged_edit_leaves_no_undo_step(page: StandardsPage, dialogs: FakeDialogs) -> None:
    standard = page.session.store.standards.add(standard_from_template("phone_three_rings", "en"))
    assert standard.id is not None
    page.select_standard(standard.id)
    dialogs.modal_results = [True]
    page.edit_selected()
    assert page.session.undo_stack.count() == 0


def test_cancelled_add_saves_nothing(page: StandardsPage, dialogs: FakeDialogs) -> None:
    dialogs.modal_hook = fill_measurable
    dialogs.modal_results = [False]
    page.add_standard()
    assert page.session.store.standards.all() == []
    assert page.session.undo_stack.count() == 0


def test_delete_key_asks_and_double_click_edits(
    page: StandardsPage, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    standard = page.session.store.standards.add(standard_from_template("phone_three_rings", "en"))
    assert standard.id is not None
    qtbot.wait(20)  # the list, hidden while empty, is laid out
    row = page.row_of(standard.id)
    assert row is not None
    item = page.table.item(row, STATEMENT)
    centre = page.table.visualItemRect(item).center()

    dialogs.modal_results = [False]
    # Qt's item views open an item on a double click only after a press on the same item.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert ("modal", "StandardDialog", "") in dialogs.calls

    page.select_standard(standard.id)
    page.table.setFocus()
    dialogs.confirm_answers = [True]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert any(kind == "confirm" for kind, _title, _text in dialogs.calls)
    assert page.session.store.standards.all() == []


# -- the live check -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_live_check_calls_a_slogan_a_global_imperative(language: str) -> None:
    texts = load_texts(language)
    dialog = StandardDialog(None, [], set(), language, title="Add")
    try:
        dialog.statement.setPlainText(SLOGANS[language])
        shown = dialog.check_label.text()
        assert texts.check["imperative"].format(statement=SLOGANS[language]) in shown
        missing = texts.check["missing_names"]
        assert missing["indicator"] in shown and missing["frequency"] in shown
        assert shown.startswith(NOT_MEASURABLE_MARK) and not dialog.measurable

        # Filling in the four measurable fields turns it into "Measurable: …" as they are typed.
        dialog.indicator.setText("X")
        assert not dialog.measurable
        dialog.target.setText("2,5")
        dialog.unit.setText("min")
        assert not dialog.measurable  # how often is still missing
        dialog.frequency.setCurrentIndex(dialog.frequency.findData("daily"))
        shown = dialog.check_label.text()
        assert dialog.measurable and shown.startswith(MEASURABLE_MARK)
        probe = dialog.standard()
        expected = explain(probe, check_standard(probe, language), language)
        typed = "2,5" if language == "ru" else "2.5"  # the sentence speaks the language's numbers
        measurable_line = next(line for line in expected if typed in line)
        assert shown.splitlines()[0] == f"{MEASURABLE_MARK} {measurable_line}"
        assert texts.frequencies["daily"] in measurable_line
        assert texts.check["imperative"].format(statement=SLOGANS[language]) not in shown
    finally:
        dialog.deleteLater()


def test_live_check_names_a_target_that_is_not_a_number() -> None:
    dialog = StandardDialog(None, [], set(), "en", title="Add")
    try:
        fill_measurable(dialog)
        assert dialog.measurable
        dialog.target.setText("three")
        assert not dialog.measurable
        assert "The target “three” is not a number." in dialog.check_label.text()
    finally:
        dialog.deleteLater()


def test_empty_statement_is_not_called_a_slogan() -> None:
    dialog = StandardDialog(None, [], set(), "en", title="Add")
    try:
        assert "global imperative" not in dialog.check_label.text()
        assert "Missing: an indicator" in dialog.check_label.text()
    finally:
        dialog.deleteLater()


# -- refusals -----------------------------------------------------------------------------------


def test_dialog_refuses_a_bad_target_naming_the_field_and_stays_open() -> None:
    dialog = StandardDialog(None, [], set(), "en", title="Add")
    try:
        fill_measurable(dialog, target="about three")
        dialog.accept()
        assert dialog.result() == 0  # still open
        assert dialog.error_label.text().startswith("Target: “about three” is not a number")
        assert dialog.indicator.text() == "Rings before the phone is answered"  # nothing lost
    finally:
        dialog.deleteLater()


def test_dialog_refuses_an_empty_statement_and_a_long_unit() -> None:
    dialog = StandardDialog(None, [], set(), "en", title="Add")
    try:
        dialog.accept()
        assert dialog.result() == 0
        assert dialog.error_label.text() == "Write the standard itself."
        dialog.statement.setPlainText("Answer within three rings")
        dialog.indicator.setText("x" * 300)
        dialog.accept()
        assert dialog.result() == 0
        assert dialog.error_label.text().startswith("Indicator: Too long")
    finally:
        dialog.deleteLater()


def test_page_saves_nothing_when_the_target_is_not_a_number(
    page: StandardsPage, dialogs: FakeDialogs
) -> None:
    dialogs.modal_hook = lambda dialog: fill_measurable(dialog, target="abc")
    dialogs.modal_results = [True]
    page.add_standard()
    assert page.session.store.standards.all() == []
    assert page.session.undo_stack.count() == 0
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert errors and errors[0].startswith("Target:")


# -- the flags --------------------------------------------------------------------------------


def test_focus_problem_flag_goes_when_a_linked_standard_is_added(
    page: StandardsPage, dialogs: FakeDialogs
) -> None:
    session = page.session
    queue = problem_id(session, "Long queue at the till")
    menu = problem_id(session, "Menu prices out of date")  # not in the focus
    flagged = {key for kind, key, _text in page.flags if kind == "problem"}
    assert queue in flagged and menu not in flagged and len(flagged) == 3
    text = next(t for kind, key, t in page.flags if kind == "problem" and key == queue)
    assert text == "The focus problem “Long queue at the till” has no standard yet."

    def linked(dialog: QWidget) -> None:
        assert isinstance(dialog, StandardDialog)
        assert dialog.linked_problems() == (queue,)  # the flagged problem comes ticked
        assert dialog.touchpoint.currentData() == "phone"  # and its touchpoint
        fill_measurable(dialog)

    dialogs.modal_hook = linked
    dialogs.modal_results = [True]
    page.flag_buttons[("problem", queue)].click()

    assert session.store.standards.all()[0].problem_ids == (queue,)
    assert queue not in {key for kind, key, _text in page.flags if kind == "problem"}
    assert ("problem", queue) not in page.flag_buttons
    session.undo_stack.undo()
    assert queue in {key for kind, key, _text in page.flags if kind == "problem"}


def test_a_slogan_is_flagged_and_marked_in_the_list(
    page: StandardsPage, dialogs: FakeDialogs
) -> None:
    store = page.session.store
    slogan = store.standards.add(Standard("The customer is always right"))
    assert slogan.id is not None
    (text,) = [t for kind, key, t in page.flags if kind == "standard" and key == slogan.id]
    assert "global imperative" in text and "Missing: an indicator" in text
    row = page.row_of(slogan.id)
    assert row is not None
    mark = page.table.item(row, MARK)
    assert mark.text() == NOT_MEASURABLE_MARK
    expected = explain(slogan, check_standard(slogan, "en"), "en")
    assert mark.toolTip() == "\n".join(expected)
    assert group_rows(page) == ["No touchpoint (1)"]

    def fix(dialog: QWidget) -> None:
        assert isinstance(dialog, StandardDialog)
        assert dialog.statement.toPlainText() == "The customer is always right"
        fill_measurable(dialog)

    dialogs.modal_hook = fix
    dialogs.modal_results = [True]
    page.flag_buttons[("standard", slogan.id)].click()
    assert not [key for kind, key, _t in page.flags if kind == "standard"]
    assert page.table.item(page.row_of(slogan.id) or 0, MARK).text() == MEASURABLE_MARK


def test_nothing_to_fix_once_every_focus_problem_has_a_measurable_standard(
    page: StandardsPage,
) -> None:
    store = page.session.store
    focus = sorted(page.focus)
    store.standards.add(
        replace(standard_from_template("phone_three_rings", "en"), problem_ids=tuple(focus))
    )
    assert page.flags == []
    assert page.no_flags.isVisibleTo(page)
    assert page.no_flags.text().startswith("Nothing to fix")


# -- the list -----------------------------------------------------------------------------------


def test_standards_are_grouped_by_touchpoint_in_the_method_order(page: StandardsPage) -> None:
    store = page.session.store
    store.standards.add(Standard("Loose standard"))
    store.standards.add(standard_from_template("complaint_48_hours", "en"))
    store.standards.add(Standard("Sweep the terrace", touchpoint="Terrace"))
    store.standards.add(standard_from_template("phone_three_rings", "en"))
    store.standards.add(standard_from_template("phone_callback_two_hours", "en"))
    assert group_rows(page) == [
        "Phone (2)",
        "Complaint handling (1)",
        "Terrace (1)",
        "No touchpoint (1)",
    ]
    assert page.summary.text() == "Standards: 5, measurable: 3."


def test_touchpoint_names_map_to_ids_and_free_text_is_kept() -> None:
    assert touchpoint_value("Phone", "en") == "phone"
    assert touchpoint_value("  phone ", "en") == "phone"
    assert touchpoint_value("Телефон", "ru") == "phone"
    assert touchpoint_value("Терраса  летом", "ru") == "Терраса летом"


def test_the_page_follows_changes_made_through_the_store(page: StandardsPage) -> None:
    store = page.session.store
    standard = store.standards.add(standard_from_template("phone_three_rings", "en"))
    assert standard.id is not None
    assert cell(page, standard.id, TARGET).endswith("at most 3 rings")
    store.standards.update(replace(standard, target=5.0, owner="Boris"))
    assert cell(page, standard.id, TARGET).endswith("at most 5 rings")
    assert "Boris" in [page.table.item(page.row_of(standard.id) or 0, c).text() for c in range(6)]

    # A deleted problem leaves the list of linked problems (its link goes with it).
    calls = problem_id(page.session, "Calls are not returned")
    store.standards.update(replace(store.standards.get(standard.id), problem_ids=(calls,)))
    assert "Calls are not returned" in cell(page, standard.id, PROBLEMS)
    store.problems.delete(calls)
    assert cell(page, standard.id, PROBLEMS) == ""


def test_a_hidden_page_catches_up_when_shown(page: StandardsPage) -> None:
    store = page.session.store
    page.hide()
    store.standards.add(Standard("Greet every guest within ten seconds"))
    assert statements_shown(page) == []
    page.show()
    assert statements_shown(page) == ["Greet every guest within ten seconds"]


# -- the library --------------------------------------------------------------------------------


def test_library_adds_templates_in_russian_with_their_targets(
    tmp_path: Path, qtbot: QtBot, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    session = make_plan(tmp_path / "ru.svcplan", "ru", industry="Кофейня у вокзала")
    page = make_page(qtbot, session, dialogs, runner)
    try:

        def choose(dialog: QWidget) -> None:
            assert isinstance(dialog, LibraryDialog)
            assert dialog.industry.currentData() == "food"  # suggested from the profile
            shown = dialog.shown_ids()
            assert "food_table_order_five_minutes" in shown and "phone_three_rings" in shown
            assert "hospitality_check_in_five_minutes" not in shown
            dialog.choose("phone_three_rings")
            dialog.choose("food_table_order_five_minutes")
            assert dialog.ok_button.isEnabled()

        dialogs.modal_hook = choose
        dialogs.modal_results = [True]
        page.add_from_library()

        store = session.store
        added = {s.template_id: s for s in store.standards.all()}
        assert set(added) == {"phone_three_rings", "food_table_order_five_minutes"}
        rings = added["phone_three_rings"]
        assert (rings.target, rings.direction, rings.frequency) == (3.0, "at_most", "weekly")
        assert rings.statement == standard_from_template("phone_three_rings", "ru").statement
        assert rings.unit == "гудков"
        assert added["food_table_order_five_minutes"].target == 5.0
        assert cell(page, rings.id or 0, TARGET).endswith("не более 3 гудков")
        assert group_rows(page)[0] == "Телефон (1)"
        assert session.undo_stack.count() == 1  # one choice in the library, one undo step
        session.undo_stack.undo()
        assert store.standards.all() == []
        session.undo_stack.redo()
        assert {s.template_id for s in store.standards.all()} == set(added)

        def marked(dialog: QWidget) -> None:
            assert isinstance(dialog, LibraryDialog)
            row = dialog.shown_ids().index("phone_three_rings")
            item = dialog.table.item(row, 0)
            assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            assert item.text().startswith(MEASURABLE_MARK)
            dialog.choose("phone_three_rings")  # cannot be chosen twice
            assert dialog.chosen() == [] and not dialog.ok_button.isEnabled()

        dialogs.modal_hook = marked
        dialogs.modal_results = [False]
        page.add_from_library()
        assert (session.undo_stack.count(), session.undo_stack.index()) == (1, 1)  # no new step
    finally:
        page.dispose()
        session.close()


def test_library_filters_by_touchpoint_and_industry_and_keeps_choices() -> None:
    dialog = LibraryDialog("en", "retail", set())
    try:
        shown = dialog.shown_ids()
        assert shown == [t["id"] for t in templates("", "retail")]
        assert "retail_checkout_queue" in shown and "food_table_order_five_minutes" not in shown
        dialog.choose("retail_checkout_queue")
        dialog.touchpoint.setCurrentIndex(dialog.touchpoint.findData("phone"))
        assert dialog.shown_ids() == [t["id"] for t in templates("phone", "retail")]
        assert all(t["touchpoint"] == "phone" for t in templates("phone", "retail"))
        dialog.choose("phone_three_rings")
        assert dialog.chosen() == ["phone_three_rings", "retail_checkout_queue"]
        assert dialog.ok_button.text() == "Add 2"
        dialog.industry.setCurrentIndex(dialog.industry.findData("any"))
        assert len(dialog.shown_ids()) == len(templates("phone"))
    finally:
        dialog.deleteLater()


# -- read-only ----------------------------------------------------------------------------------


def test_read_only_plan_disables_editing(
    tmp_path: Path, qtbot: QtBot, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "plan.svcplan"
    writable = make_plan(path)
    writable.store.standards.add(Standard("The customer is always right"))
    writable.close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = make_page(qtbot, session, dialogs, runner)
    try:
        page.table.selectRow(1)
        assert page.selected_standard_id() is not None
        for button in (page.add_button, page.library_button, page.edit_button, page.delete_button):
            assert not button.isEnabled(), button.objectName()
        assert page.flag_buttons and not any(b.isEnabled() for b in page.flag_buttons.values())
        page.add_standard()
        page.add_from_library()
        page.edit_selected()
        page.delete_selected()
        assert dialogs.calls == []  # nothing asked, nothing written
        assert session.undo_stack.count() == 0
    finally:
        page.dispose()
        session.close()
