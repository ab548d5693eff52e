"""Preview and Print: the Service Plan and the questionnaire shown page by page inside the
program, printed through the (scripted) print dialog, saved as a PDF from the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.steps import Step
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.pages.service_plan import ServicePlanPage
from ui.pages.survey import SurveyPage
from ui.preview import DocumentPreview, page_count, render_pages


def _demo_window(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    assert window.open_plan(path)


def test_the_service_plan_is_previewed_and_printed(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    _demo_window(window, tmp_path)
    printed = tmp_path / "printed.pdf"
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentPreview)
        assert dialog.pdf is not None and dialog.print_button.isEnabled()
        seen["pages"] = len(dialog.pages)
        seen["first"] = dialog.pages[0].pixmap().size()
        seen["status"] = dialog.status.text()
        dialogs.print_answers.append(printed)
        dialog.print_button.click()
        seen["after"] = dialog.status.text()
        seen["folder"] = dialog.folder

    dialogs.modal_hook = look
    window.show_step(Step.SERVICE_PLAN)
    page = window.current_page()
    assert isinstance(page, ServicePlanPage)
    page.preview_button.click()
    pages = seen["pages"]
    assert isinstance(pages, int) and pages >= 5  # cover, contents, the sections
    size = seen["first"]
    assert size.height() > size.width() > 500  # a portrait page, readable  # type: ignore[attr-defined]
    assert f"{pages} page(s)" in str(seen["status"])
    assert f"{pages} page(s) sent to the printer" in str(seen["after"])
    assert page_count(printed) == pages  # what was printed is what was previewed
    assert "choose_printer" in dialogs.kinds()
    assert not Path(str(seen["folder"])).exists()  # the preview's temporary file is gone


def test_cancelling_the_print_dialog_prints_nothing(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    _demo_window(window, tmp_path)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentPreview)
        dialogs.print_answers.append(None)
        dialog.print_button.click()
        assert "sent to the printer" not in dialog.status.text()

    dialogs.modal_hook = cancel
    window.preview_action.trigger()
    assert window.preview_action.shortcut().toString() == "Ctrl+P"
    assert dialogs.kinds().count("choose_printer") == 1


def test_the_questionnaire_is_previewed_printed_and_saved(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    _demo_window(window, tmp_path)
    window.show_step(Step.SURVEY)
    page = window.current_page()
    assert isinstance(page, SurveyPage)
    printed = tmp_path / "form-printed.pdf"
    saved = tmp_path / "form.pdf"

    def use(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentPreview)
        assert len(dialog.pages) in (1, 2)  # the questionnaire is at most two pages
        dialogs.print_answers.append(printed)
        dialog.print_button.click()
        assert dialog.save_button is not None
        dialogs.save_paths.append(saved)
        dialog.save_button.click()

    dialogs.modal_hook = use
    page.form_button.click()
    assert page_count(printed) == page_count(saved) >= 1


def test_a_failed_document_says_why(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    _demo_window(window, tmp_path)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("No space left on device")

    window.export_function = broken

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentPreview)
        assert "No space left on device" in dialog.status.text()
        assert not dialog.print_button.isEnabled()

    dialogs.modal_hook = look
    window.preview_service_plan()
    assert dialogs.kinds()[-1] == "modal"


@pytest.mark.parametrize("dpi", [50, 100])
def test_pages_render_at_the_resolution_asked(tmp_path: Path, dpi: int) -> None:
    from export.survey_form import write_survey_form

    store = create_demo(tmp_path / "demo.svcplan", "en")
    pdf = tmp_path / "form.pdf"
    write_survey_form(store, pdf, paper="a4")
    store.close()
    (image,) = render_pages(pdf, dpi, range(0, 1))
    assert image.width() == pytest.approx(210 / 25.4 * dpi, abs=2)  # A4 is 210 mm wide
