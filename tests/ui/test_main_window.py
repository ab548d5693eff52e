"""The main window: opening plans, step switching, file menu, undo, settings."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from plan import paths
from plan.demo import create_demo
from plan.steps import Completeness, Step
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui import settings as keys
from ui.main_window import MainWindow
from ui.pages.metrics import MetricsPage
from ui.pages.profile import ProfilePage
from ui.pages.self_audit import SelfAuditPage
from ui.pages.survey import SurveyPage
from ui.pages.welcome import WelcomePage
from ui.settings import Settings


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _demo(tmp_path: Path, name: str = "demo.svcplan", language: str = "en") -> Path:
    path = tmp_path / name
    create_demo(path, language).close()
    return path


def test_starts_on_welcome_page_with_plan_actions_disabled(window: MainWindow) -> None:
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    assert not window.save_as_action.isEnabled()
    assert not window.undo_action.isEnabled()
    assert window.windowTitle() == "Service Plan Builder"


def test_open_demo_shows_profile_and_marks(window: MainWindow) -> None:
    assert window.open_demo()
    assert paths.demo_plan_path("en").is_file()
    assert isinstance(window.stack.currentWidget(), ProfilePage)
    assert "Rosemary & Rye" in window.windowTitle()
    assert window.sidebar.marks[Step.PROFILE] is Completeness.COMPLETE
    assert window.sidebar.marks[Step.SURVEY] is Completeness.COMPLETE
    assert window.sidebar.marks[Step.COMPLAINTS] is Completeness.COMPLETE
    assert window.sidebar.marks[Step.PROBLEMS] is Completeness.COMPLETE
    assert window.sidebar.marks[Step.STANDARDS] is Completeness.COMPLETE
    assert window.sidebar.marks[Step.SERVICE_PLAN] is Completeness.COMPLETE  # every step done


def test_step_switching_through_the_sidebar(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_plan(_demo(tmp_path))
    window.sidebar.select(Step.SURVEY)
    assert isinstance(window.stack.currentWidget(), SurveyPage)
    window.sidebar.select(Step.STANDARDS)
    assert window.stack.currentWidget().objectName() == "standardsPage"
    window.sidebar.select(Step.GOALS)
    assert window.stack.currentWidget().objectName() == "goalsPage"
    window.sidebar.select(Step.SERVICE_PLAN)
    assert window.stack.currentWidget().objectName() == "page_service_plan"
    window.sidebar.select(Step.SELF_AUDIT)
    assert isinstance(window.stack.currentWidget(), SelfAuditPage)
    window.sidebar.select(Step.METRICS)
    assert isinstance(window.stack.currentWidget(), MetricsPage)
    window.sidebar.select(Step.PROFILE)
    assert isinstance(window.stack.currentWidget(), ProfilePage)


def test_profile_edit_is_saved_and_undoable(window: MainWindow, tmp_path: Path) -> None:
    path = _demo(tmp_path)
    window.open_plan(path)
    page = window.stack.currentWidget()
    assert isinstance(page, ProfilePage)
    edit = page.findChild(QLineEdit, "business_name")
    assert edit is not None
    edit.setFocus()
    edit.selectAll()
    edit.insert("Corner Bakery <&> 面包")
    edit.textEdited.emit(edit.text())
    page.commit_pending()
    assert window.session is not None
    assert window.session.store.profile.get().business_name == "Corner Bakery <&> 面包"
    assert "Corner Bakery" in window.windowTitle()
    # committed to the file at once: a second, read-only reader sees it
    reader = PlanStore.open(path, readonly=True)
    assert reader.profile.get().business_name == "Corner Bakery <&> 面包"
    reader.close()

    assert window.undo_action.isEnabled()
    window.undo()
    assert window.session.store.profile.get().business_name == "Rosemary & Rye Bakery-Café"
    assert edit.text() == "Rosemary & Rye Bakery-Café"
    window.redo()
    assert edit.text() == "Corner Bakery <&> 面包"


def test_close_returns_to_welcome(window: MainWindow, tmp_path: Path) -> None:
    path = _demo(tmp_path)
    window.open_plan(path)
    window.close_plan()
    assert window.session is None
    assert isinstance(window.stack.currentWidget(), WelcomePage)
    assert not window.close_action.isEnabled()
    # the plan was released: it opens for writing again
    PlanStore.open(path).close()


def test_text_file_is_refused_with_message_and_left_alone(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.svcplan"
    bad.write_text("shopping list\n", encoding="utf-8")
    before = _digest(bad)
    assert not window.open_plan(bad)
    kind, _title, text = dialogs.calls[-1]
    assert kind == "error"
    assert "notes.svcplan" in text and "not a service plan" in text
    assert _digest(bad) == before
    assert window.session is None


def test_plan_in_use_offers_read_only(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, settings: Settings, tmp_path: Path
) -> None:
    path = _demo(tmp_path)
    assert window.open_plan(path)
    second = MainWindow(settings, dialogs=dialogs)
    qtbot.addWidget(second)
    dialogs.confirm_answers.append(True)
    assert second.open_plan(path)
    assert dialogs.calls[-1][0] == "confirm"
    question = dialogs.calls[-1][2]
    assert question.count("already open") == 1, question  # said once, not three times
    assert "Details" not in question and question.endswith("Open it read-only?")
    assert second.session is not None and second.session.readonly
    assert second.banner.isVisibleTo(second)
    assert "read-only" in second.windowTitle()
    page = second.stack.currentWidget()
    assert isinstance(page, ProfilePage)
    edit = page.findChild(QLineEdit, "business_name")
    assert edit is not None and edit.isReadOnly()
    assert "saved as you type" not in page.intro.text()
    assert "read-only" in page.intro.text()
    second.close()


def test_plan_in_use_declined_leaves_window_empty(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, settings: Settings, tmp_path: Path
) -> None:
    path = _demo(tmp_path)
    window.open_plan(path)
    second = MainWindow(settings, dialogs=dialogs)
    qtbot.addWidget(second)
    dialogs.confirm_answers.append(False)
    assert not second.open_plan(path)
    assert second.session is None
    second.close()


def test_damaged_plan_offers_latest_backup(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    path = _demo(tmp_path)
    PlanStore.open(path).close()  # opening makes a backup
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    before = _digest(path)
    dialogs.confirm_answers.append(True)
    assert window.open_plan(path)
    assert "backup" in dialogs.calls[-1][2]
    assert window.session is not None and window.session.readonly
    assert window.session.store.profile.get().business_name == "Rosemary & Rye Bakery-Café"
    assert _digest(path) == before


def test_save_as_copies_and_switches(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    path = _demo(tmp_path)
    window.open_plan(path)
    before = _digest(path)
    target = tmp_path / "client copy"
    dialogs.save_paths.append(target)
    window.save_as()
    copy = tmp_path / "client copy.svcplan"
    assert copy.is_file()
    assert window.session is not None and window.session.store.path == copy
    assert _digest(path) == before
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_new_plan_adds_suffix_and_uses_window_language(
    window: MainWindow, dialogs: FakeDialogs, settings: Settings, tmp_path: Path
) -> None:
    dialogs.save_paths.append(tmp_path / "new client")
    window.new_plan()
    created = tmp_path / "new client.svcplan"
    assert created.is_file()
    assert window.session is not None
    assert window.session.store.language() == "en"
    assert window.sidebar.marks[Step.PROFILE] is Completeness.EMPTY
    assert settings.recent_files()[0] == created.resolve()


def test_new_plan_refuses_existing_file(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.svcplan"
    existing.write_bytes(b"precious")
    dialogs.save_paths.append(existing)
    window.new_plan()
    assert dialogs.calls[-1][0] == "error"
    assert existing.read_bytes() == b"precious"


def test_recent_files_menu_lists_opened_plans(window: MainWindow, tmp_path: Path) -> None:
    first, second = _demo(tmp_path, "a.svcplan"), _demo(tmp_path, "b.svcplan")
    window.open_plan(first)
    window.open_plan(second)
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts[:2] == [str(second.resolve()), str(first.resolve())]
    window.recent_menu.actions()[1].trigger()
    assert window.session is not None and window.session.store.path == first.resolve()


def test_geometry_is_restored(qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs) -> None:
    ini = str(tmp_path / "geometry.ini")
    first = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), dialogs=dialogs)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 530)
    first.close()
    stored = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert not stored.get(keys.WINDOW_GEOMETRY).isEmpty()
    again = MainWindow(stored, dialogs=dialogs)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 530)


def test_preferences_store_the_language(
    window: MainWindow, dialogs: FakeDialogs, settings: Settings
) -> None:
    def choose_russian(dialog: object) -> None:
        combo = dialog.language_combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData("ru"))

    dialogs.modal_hook = choose_russian
    dialogs.modal_results.append(True)
    dialogs.confirm_answers.append(False)  # not now
    window.show_preferences()
    assert settings.get(keys.UI_LANGUAGE) == "ru"
    assert dialogs.kinds()[-1] == "confirm"  # told it applies at the next start, or now
    assert "Restart now?" in dialogs.calls[-1][2]


def test_restart_for_a_new_language_reopens_the_plan_and_page(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, settings: Settings, tmp_path: Path
) -> None:
    path = _demo(tmp_path)
    window.open_plan(path)
    window.show_step(Step.COMPLAINTS)
    launched: list[list[str]] = []
    window.launcher = lambda arguments: launched.append(arguments) or True
    dialogs.confirm_answers.append(True)
    window.offer_restart()
    assert launched == [["open", str(path)]]
    assert window.session is None  # closed first: the new program can take the plan's lock
    assert PlanStore.open(path).close() is None
    assert settings.get(keys.RESTART_STEP) == Step.COMPLAINTS.value
    # The program that starts shows the same page, once.
    from ui.app import first_plan, restore_step

    again = MainWindow(settings, dialogs=dialogs)
    qtbot.addWidget(again)
    first_plan(again, path)
    restore_step(again)
    assert again.sidebar.current_step() is Step.COMPLAINTS
    assert settings.get(keys.RESTART_STEP) == ""
    again.close()


def test_read_only_file_opens_read_only(window: MainWindow, tmp_path: Path) -> None:
    path = _demo(tmp_path)
    path.chmod(0o444)
    try:
        assert window.open_plan(path)
        assert window.session is not None
        import os

        if os.access(path, os.W_OK):  # running as root: permissions do not bind
            assert not window.session.readonly
        else:
            assert window.session.readonly
            assert window.banner.isVisibleTo(window)
    finally:
        path.chmod(0o644)
