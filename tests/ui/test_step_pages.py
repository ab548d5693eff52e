"""The page registry and the one stale-until-shown logic of `ui/pages/base.py`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from plan.steps import Step
from plan.store import PlanChange, PlanStore, Section
from ui.pages.base import PAGES, StepPage, page_class
from ui.session import PlanSession


@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_a_registered_page_for_it(step: Step) -> None:
    page_type = page_class(step)
    assert issubclass(page_type, StepPage) and page_type.step is step
    assert page_type.refreshed_by and all(isinstance(s, Section) for s in page_type.refreshed_by)
    for sections in page_type.parts_refreshed_by.values():
        assert sections <= page_type.refreshed_by
    assert set(PAGES) == set(Step)


class _Page(StepPage):
    step = Step.GOALS
    refreshed_by = frozenset({Section.GOALS, Section.MEANS})
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {
        "goals": frozenset({Section.GOALS}),
        "means": frozenset({Section.MEANS}),
    }

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self.refreshed: list[set[str]] = []

    def refresh_parts(self, parts: set[str]) -> None:
        self.refreshed.append(parts)


def test_a_hidden_page_refreshes_what_went_stale_when_shown(qtbot: QtBot) -> None:
    session = PlanSession(PlanStore.memory())
    page = _Page(session)
    qtbot.addWidget(page)
    session.changed.emit(PlanChange(Section.GOALS))
    session.changed.emit(PlanChange(Section.PROFILE))  # not one of its sections
    session.changed.emit(PlanChange(Section.MEANS))
    assert page.refreshed == []  # hidden: nothing recomputed yet
    page.show()
    assert page.refreshed == [{"goals", "means"}]
    session.changed.emit(PlanChange(Section.MEANS))
    assert page.refreshed == [{"goals", "means"}, {"means"}]  # shown: at once
    page.hide()
    page.show()
    assert len(page.refreshed) == 2  # nothing stale, nothing done
    page.dispose()
    page.hide()
    session.changed.emit(PlanChange(Section.GOALS))
    page.show()
    assert len(page.refreshed) == 2  # disposed: no longer listening
    session.close()
