"""The goal dialog's customer group: offered for survey indicators when the plan has groups,
the baseline shown is that group's, and the goal keeps it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from plan.goals import Goal
from ui.pages.goal_dialogs import GoalDialog


def _dialog(qtbot: QtBot, goal: Goal | None = None) -> GoalDialog:
    dialog = GoalDialog(
        goal,
        language="en",
        measured={"nps": 10.0, "nps@Office": 40.0, "nps@Walk-in": -20.0, "csat": 70.0},
        problems=[],
        focus=set(),
        title="Add",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_group_is_offered_and_its_baseline_shown(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Goal("Office recommends us", measure="nps", target=60))
    assert [dialog.segment.itemData(i) for i in range(dialog.segment.count())] == [
        "",
        "Office",
        "Walk-in",
    ]
    assert "today 10" in dialog.baseline_note.text()
    dialog.segment.setCurrentIndex(1)
    assert "today 40" in dialog.baseline_note.text()
    assert dialog.goal().segment == "Office"
    # A measure the survey does not give has no group.
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("service_index"))
    assert not dialog.segment.isVisible()
    assert dialog.goal().segment == ""


def test_an_edited_goal_keeps_its_group(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Goal("Walk-in", measure="nps", target=0, segment="Walk-in"))
    assert dialog.segment.currentData() == "Walk-in"
    assert "today −20" in dialog.baseline_note.text()
