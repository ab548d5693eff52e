"""The first start and the welcome page: new, open, demo and recent plans; the demo banner."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from plan import paths
from plan.demo import create_demo
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.app import first_plan
from ui.main_window import MainWindow
from ui.pages.welcome import WelcomePage


def test_first_start_shows_the_welcome_not_the_demo(window: MainWindow) -> None:
    first_plan(window, None)
    assert window.session is None
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    assert not paths.demo_plan_path("en").exists()  # nothing was opened behind the user's back
    welcome = window.welcome
    for button in (welcome.new_button, welcome.open_button, welcome.demo_button):
        assert button.isVisibleTo(window)
    assert not welcome.recent_list.isVisibleTo(window)  # no recent plans yet


def test_the_welcome_lists_recent_plans_and_opens_one(window: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "first.svcplan"
    second = tmp_path / "second.svcplan"
    for path in (first, second):
        PlanStore.create(path).close()
        assert window.open_plan(path)
    window.close_plan()
    welcome = window.welcome
    assert welcome.recent_list.isVisibleTo(window)
    assert welcome.recent_list.count() == 2
    assert "second" in welcome.recent_list.item(0).text()  # newest first
    welcome.recent_list.itemClicked.emit(welcome.recent_list.item(1))
    assert window.session is not None and window.session.store.path == first


def test_the_demo_says_it_is_one_and_offers_an_own_plan(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window.welcome.demo_button.click()
    assert window.session is not None
    assert window.demo_banner.isVisibleTo(window)
    assert "demo" in window.demo_banner.text.text()
    own = tmp_path / "bakery.svcplan"
    dialogs.save_paths.append(own)
    window.demo_banner.start_button.click()
    assert window.session is not None and window.session.store.path == own
    assert not window.demo_banner.isVisibleTo(window)


def test_a_plan_of_ones_own_has_no_demo_banner(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "copy.svcplan"
    create_demo(path, "en").close()  # demo content, but the user's own file
    window.open_plan(path)
    assert not window.demo_banner.isVisibleTo(window)
