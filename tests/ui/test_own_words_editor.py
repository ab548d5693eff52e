"""The Service Plan page's "Your own words" box: texts and own sections stored through undoable
commands, refusals shown with the box they came from, nothing typed lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from plan.imports import MAX_TEXT_LENGTH
from plan.steps import Step
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.pages.service_plan import ServicePlanPage


def open_page(window: MainWindow) -> ServicePlanPage:
    assert window.open_demo()
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    return page


def test_a_section_text_is_stored_on_leaving_and_undone(window: MainWindow) -> None:
    page = open_page(window)
    store = window.session.store  # type: ignore[union-attr]
    box = page.own_words.text_boxes["goals"]
    box.setPlainText("  Start with the phone < & 先做 🚀 ")
    box.left.emit()
    assert store.own_words.text("goals") == "Start with the phone < & 先做 🚀"
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert store.own_words.text("goals") == ""
    assert box.toPlainText() == ""  # the page shows the plan again
    window.session.undo_stack.redo()  # type: ignore[union-attr]
    assert box.toPlainText() == "Start with the phone < & 先做 🚀"


def test_typing_is_stored_before_saving(window: MainWindow) -> None:
    page = open_page(window)
    page.own_words.text_boxes["summary.opening"].setPlainText("Dear client.")
    page.commit_pending()
    assert window.session.store.own_words.text("summary.opening") == "Dear client."  # type: ignore[union-attr]


def test_an_over_long_text_is_refused_with_its_box_named(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    page = open_page(window)
    box = page.own_words.text_boxes["problems"]
    box.setPlainText("x" * (MAX_TEXT_LENGTH + 1))
    box.left.emit()
    kind, _, message = dialogs.calls[-1]
    assert kind == "error"
    assert "The main problems" in message and str(MAX_TEXT_LENGTH) in message
    assert window.session.store.own_words.text("problems") == ""  # type: ignore[union-attr]
    assert len(box.toPlainText()) == MAX_TEXT_LENGTH + 1  # what was typed is still there


def test_own_sections_added_moved_and_removed_with_undo(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    page = open_page(window)
    own = page.own_words
    store = window.session.store  # type: ignore[union-attr]
    own.add_section()  # no title
    assert dialogs.calls[-1][0] == "error" and "title" in dialogs.calls[-1][2]
    assert store.own_words.sections() == []

    own.title_edit.setText("Next steps")
    own.after_combo.setCurrentIndex(own.after_combo.findData("goals"))
    own.section_text.setPlainText("We meet in May.")
    own.add_section()
    assert [(s.title, s.after) for s in store.own_words.sections()] == [("Next steps", "goals")]
    assert own.sections_list.count() == 1 and "Next steps" in own.sections_list.item(0).text()

    own.move_section(1)
    assert store.own_words.sections()[0].after == "economics"
    own.move_section(-1)
    own.move_section(-1)
    assert store.own_words.sections()[0].after == "standards"

    own.title_edit.setText("Our next steps")
    own.save_section()
    assert store.own_words.sections()[0].title == "Our next steps"

    own.remove_section()
    assert store.own_words.sections() == []
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert [s.title for s in store.own_words.sections()] == ["Our next steps"]
