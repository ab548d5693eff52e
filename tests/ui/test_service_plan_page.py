"""The Service Plan step: its page (what the document holds, branding, the last export) and
File ▸ Export the Service Plan in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from export.service_plan import SECTIONS
from plan.complaints import Complaint
from plan.demo import create_demo
from plan.steps import Step
from plan.store import PlanStore
from tests.ui.conftest import DeferredRunner, FakeDialogs
from tests.ui.test_export_dialog import FakeExport
from ui import settings as keys
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.pages.service_plan import ServicePlanPage
from ui.session import PlanSession
from ui.settings import Settings


def open_demo_page(window: MainWindow) -> ServicePlanPage:
    assert window.open_demo()
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    return page


def test_export_action_needs_a_plan(window: MainWindow) -> None:
    assert not window.export_action.isEnabled()
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.export_action in window.menuBar().actions()[0].menu().actions()
    window.open_demo()
    assert window.export_action.isEnabled()
    window.close_plan()
    assert not window.export_action.isEnabled()


def test_the_page_lists_every_section_and_what_it_holds(window: MainWindow) -> None:
    page = open_demo_page(window)
    assert list(page.section_states) == list(SECTIONS)
    assert page.section_states["business"].text() in {"Ready", "Partly filled in"}
    assert page.section_states["customers"].text() in {"Ready", "Partly filled in"}
    assert "not been exported" in page.last_label.text()
    assert not page.open_button.isEnabled()
    assert "No consultant branding" in page.branding.text()


def test_an_empty_plan_says_what_is_not_assessed(window: MainWindow, tmp_path: Path) -> None:
    PlanStore.create(tmp_path / "empty.svcplan").close()
    assert window.open_plan(tmp_path / "empty.svcplan")
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    assert "not assessed" in page.section_states["customers"].text()


def test_export_from_the_page_then_open_the_file(
    window: MainWindow, dialogs: FakeDialogs, settings: Settings, tmp_path: Path
) -> None:
    page = open_demo_page(window)
    export = FakeExport()
    window.export_function = export
    target = tmp_path / "client.pdf"
    shown: list[ExportDialog] = []

    def drive(dialog: object) -> None:
        assert isinstance(dialog, ExportDialog)
        shown.append(dialog)
        dialog.open_check.setChecked(False)
        dialogs.save_paths.append(target)
        dialog.choose_target()
        dialog.start()

    dialogs.modal_hook = drive
    page.export_button.click()
    assert shown and export.calls and export.calls[0][0] == target
    assert target.exists()
    assert str(target) in page.last_label.text()
    assert str(target) in window.statusBar().currentMessage()
    assert page.open_button.isEnabled()
    page.open_button.click()
    page.folder_button.click()
    assert dialogs.shown_files == [target, target.parent]

    # Reopening the plan still knows its last export; a deleted file is said to be gone.
    target.unlink()
    store = window.session.store if window.session else None
    assert store is not None and store.path is not None
    path = store.path
    window.close_plan()
    window.open_plan(path)
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    assert "no longer there" in page.last_label.text()
    assert not page.open_button.isEnabled()


def test_ctrl_e_opens_the_export_dialog(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    window.open_demo()
    window.export_action.trigger()
    assert ("modal", "ExportDialog", "") in dialogs.calls


def test_preferences_update_the_branding_shown(
    window: MainWindow, dialogs: FakeDialogs, settings: Settings
) -> None:
    page = open_demo_page(window)

    def set_firm(dialog: object) -> None:
        dialog.firm_edit.setText("Northwind Advisory")  # type: ignore[attr-defined]

    dialogs.modal_hook = set_firm
    dialogs.modal_results.append(True)
    window.show_preferences()
    assert settings.get(keys.BRAND_FIRM) == "Northwind Advisory"
    assert "Northwind Advisory" in page.branding.text()


def test_sections_left_out_are_shown_as_left_out(window: MainWindow, settings: Settings) -> None:
    settings.set(keys.EXPORT_LEFT_OUT, ["appendix"])
    page = open_demo_page(window)
    assert "Left out" in page.section_states["appendix"].text()
    assert "Left out" not in page.section_states["summary"].text()


def test_edits_elsewhere_refresh_the_page_when_it_is_shown_again(
    window: MainWindow, tmp_path: Path
) -> None:
    PlanStore.create(tmp_path / "empty.svcplan").close()
    assert window.open_plan(tmp_path / "empty.svcplan")
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    assert "not assessed" in page.section_states["customers"].text()
    window.show_step(Step.COMPLAINTS)
    assert window.session is not None
    window.session.store.complaints.add(Complaint("2024-05-02", "Waiting time", "Queued 40 min"))
    window.show_step(Step.SERVICE_PLAN)
    assert page.section_states["customers"].text() == "Partly filled in"


def test_what_the_sections_hold_is_read_in_a_worker(
    qtbot: QtBot, settings: Settings, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    session = PlanSession(create_demo(tmp_path / "demo.svcplan", "en"))
    runner = DeferredRunner()
    page = ServicePlanPage(session, settings, dialogs, runner)
    qtbot.addWidget(page)
    page.show()
    try:
        # Branding and the last export at once; the sections once the report is read.
        assert "No consultant branding" in page.branding.text()
        assert {state.text() for state in page.section_states.values()} == {"Checking…"}
        runner.finish()
        assert page.section_states["customers"].text() in {"Ready", "Partly filled in"}
        assert not page.checking.isVisible()
        # An edit while shown: the marks stay, said to be checked again, until the new ones.
        session.store.profile.set_field("industry", "Bakery")
        assert page.checking.isVisible()
        assert page.section_states["customers"].text() in {"Ready", "Partly filled in"}
        runner.finish()
        assert not page.checking.isVisible() and not runner.jobs
    finally:
        page.dispose()
        session.close()


def test_the_page_lists_what_is_missing_with_links_to_fix_it(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "started.svcplan"
    store = PlanStore.create(path)
    store.profile.set_field("business_name", "Corner Bakery")  # started, far from ready
    store.close()
    assert window.open_plan(path)
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    assert page.progress is not None
    text = page.missing_label.text()
    assert "Fill in: Industry, Size, Customer groups" in text
    assert "Import at least 30 survey responses (0 so far)" in text
    assert 'href="step:survey"' in text and 'href="step:goals"' in text
    assert text.index("The business") < text.index("What customers say")  # by section
    page.missing_label.linkActivated.emit("step:complaints")
    assert window.sidebar.current_step() is Step.COMPLAINTS


def test_a_complete_plan_misses_nothing(window: MainWindow) -> None:
    page = open_demo_page(window)
    assert "Nothing: every step is complete" in page.missing_label.text()
