"""The step sidebar: the method's order and its completeness marks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from plan.steps import Completeness, Step
from ui.sidebar import StepSidebar


def test_every_step_has_an_item_in_method_order(qtbot: QtBot) -> None:
    sidebar = StepSidebar()
    qtbot.addWidget(sidebar)
    assert set(sidebar.items) == set(Step)
    top = [sidebar.topLevelItem(i).text(0) for i in range(sidebar.topLevelItemCount())]  # type: ignore[union-attr]
    assert top == [
        "Profile",
        "1 Assess the service level",
        "2 Identify problems",
        "3 Standards",
        "4 Goals and means",
        "Service Plan",
    ]


def test_selecting_an_item_emits_its_step(qtbot: QtBot) -> None:
    sidebar = StepSidebar()
    qtbot.addWidget(sidebar)
    with qtbot.waitSignal(sidebar.step_selected) as blocker:
        sidebar.select(Step.COMPLAINTS)
    assert blocker.args == [Step.COMPLAINTS]
    assert sidebar.current_step() is Step.COMPLAINTS


def test_group_marks_summarise_their_steps(qtbot: QtBot) -> None:
    sidebar = StepSidebar()
    qtbot.addWidget(sidebar)
    marks = dict.fromkeys(Step, Completeness.EMPTY)
    marks[Step.PROFILE] = Completeness.COMPLETE
    marks[Step.SURVEY] = Completeness.PARTIAL
    sidebar.set_marks(marks)
    assess = sidebar.topLevelItem(1)
    assert assess is not None
    assert assess.toolTip(0) == "Started, not complete"
    assert sidebar.items[Step.PROFILE].toolTip(0) == "Complete"
    assert sidebar.items[Step.METRICS].toolTip(0) == "Not started"
    for step in (Step.SELF_AUDIT, Step.METRICS, Step.SURVEY, Step.COMPLAINTS):
        marks[step] = Completeness.COMPLETE
    sidebar.set_marks(marks)
    assert assess.toolTip(0) == "Complete"
    sidebar.clear_marks()
    assert assess.toolTip(0) == ""
