"""Guidance through the method: the sidebar groups' overview pages, the bar at the foot of
each page with its button to the next step, and the help on each step (F1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from plan.demo import create_demo
from plan.steps import Step
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.overview import HelpDialog, OverviewPage, help_html
from ui.pages.metrics import MetricsPage
from ui.pages.self_audit import SelfAuditPage


def _new_plan(window: MainWindow, tmp_path: Path) -> PlanStore:
    path = tmp_path / "bakery.svcplan"
    PlanStore.create(path).close()
    assert window.open_plan(path)
    assert window.session is not None
    return window.session.store


@pytest.mark.parametrize("group", ["assess", "company", "customers"])
def test_each_sidebar_header_opens_its_overview(
    window: MainWindow, tmp_path: Path, group: str
) -> None:
    _new_plan(window, tmp_path)
    window.show_step(Step.PROFILE)
    window.sidebar.setCurrentItem(window.sidebar.group_items[group])
    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage) and page.group == group
    assert page.purpose.text()  # what the step is for
    assert page.steps and set(page.states) == set(page.steps)  # what is filled, per step


def test_the_overview_says_what_is_filled_and_what_to_do_next(
    window: MainWindow, tmp_path: Path
) -> None:
    store = _new_plan(window, tmp_path)
    store.self_audit.set_metric("repeat_revenue_share", 25.0)
    window.show_group("company")
    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage)
    assert page.states[Step.SELF_AUDIT].text() == "0 of 44 statements answered"
    assert page.states[Step.METRICS].text() == "1 of 5 figures typed"
    assert "Self-audit" in page.next_text.text()
    assert "44 statements" in page.next_text.text()
    page.next_button.click()
    assert isinstance(window.stack.currentWidget(), SelfAuditPage)
    window.show_group("company")
    page.open_buttons[Step.METRICS].click()
    assert isinstance(window.stack.currentWidget(), MetricsPage)


def test_the_overview_follows_edits(window: MainWindow, tmp_path: Path) -> None:
    _new_plan(window, tmp_path)
    window.show_group("company")
    page = window.stack.currentWidget()
    assert isinstance(page, OverviewPage)
    assert window.session is not None
    window.session.store.self_audit.set_metric("customer_retention", 80.0)
    assert page.states[Step.METRICS].text() == "1 of 5 figures typed"


def test_the_foot_of_each_page_says_what_comes_next(window: MainWindow, tmp_path: Path) -> None:
    _new_plan(window, tmp_path)
    window.show_step(Step.PROFILE)
    bar = window.guidance
    assert bar.isVisibleTo(window)
    assert bar.text.text().startswith("To finish this step: Fill in: Business name")
    assert bar.next_button.text() == "Go to Self-audit →"
    bar.next_button.click()
    assert isinstance(window.stack.currentWidget(), SelfAuditPage)
    assert "44 statements" in bar.text.text()
    assert bar.next_button.text() == "Go to Business metrics →"


def test_a_complete_plan_leads_to_the_service_plan(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    window.open_plan(path)
    window.show_step(Step.GOALS)
    assert window.guidance.text.text() == "This step is complete. Next: Service Plan."
    window.guidance.next_button.click()
    assert window.sidebar.current_step() is Step.SERVICE_PLAN
    assert "Every step is complete" in window.guidance.text.text()
    assert not window.guidance.next_button.isVisibleTo(window)


def test_f1_shows_help_on_the_step_shown(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    _new_plan(window, tmp_path)
    window.show_step(Step.STANDARDS)
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HelpDialog)
        shown.append(dialog.topic)
        shown.append(dialog.browser.toPlainText())

    dialogs.modal_hook = look
    window.help_action.trigger()
    assert shown[0] == "standards"
    assert "Why it matters" in shown[1] and "the customer is always right" in shown[1]
    assert window.help_action.shortcut().toString() == "F1"
    window.show_group("customers")
    window.help_action.trigger()
    assert shown[2] == "customers"


@pytest.mark.parametrize(("language", "word"), [("ru", "клиент"), ("zh", "顾客")])
def test_help_is_in_the_windows_language(language: str, word: str) -> None:
    assert word in help_html("survey", language)
