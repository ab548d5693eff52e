"""The import dialog's choices of how to read the file: the text's encoding (asked when the
reading is a close call) and the workbook's sheet; each reads the file again that way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.import_dialog import ImportDialog
from ui.pages.survey import SurveyPage
from ui.session import PlanSession
from ui.tasks import TaskRunner


@pytest.fixture
def page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[SurveyPage]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    survey = SurveyPage(session, dialogs, runner)
    qtbot.addWidget(survey)
    yield survey
    session.close()


def _comments(page: SurveyPage) -> list[str]:
    rows = page.session.store.conn.execute("SELECT comment FROM survey_responses ORDER BY id")
    return [row[0] for row in rows]


def test_a_close_call_is_asked_and_another_encoding_reads_again(
    page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = tmp_path / "short.csv"
    source.write_bytes("nps;comment\n9;Å ja\n".encode("cp1252"))
    seen: list[tuple[str, bool, str]] = []

    def hook(dialog: ImportDialog) -> None:
        assert dialog.encoding_choice is not None
        seen.append(
            (
                str(dialog.encoding_choice.currentData()),
                dialog.encoding_warning is not None,
                dialog.sample.item(0, 1).text(),
            )
        )
        if len(seen) == 1:
            dialog.choose_encoding("cp1252")  # closes the dialog to read the file again

    dialogs.open_paths.append(source)
    dialogs.modal_hook = hook
    dialogs.modal_results.extend([False, True])
    page.import_responses()
    assert seen[0][0] == "cp1251" and seen[0][1]  # guessed, and says it is unsure
    assert seen[1] == ("cp1252", False, "Å ja")
    assert _comments(page) == ["Å ja"]


def test_a_clear_reading_is_not_questioned(
    page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes("nps;comment\n9;schöne Atmosphäre\n".encode("cp1252"))
    seen: list[tuple[str, bool]] = []

    def hook(dialog: ImportDialog) -> None:
        assert dialog.encoding_choice is not None
        seen.append((str(dialog.encoding_choice.currentData()), dialog.encoding_warning is None))

    dialogs.open_paths.append(source)
    dialogs.modal_hook = hook
    dialogs.modal_results.append(True)
    page.import_responses()
    assert seen == [("cp1252", True)]
    assert _comments(page) == ["schöne Atmosphäre"]


def test_another_sheet_can_be_chosen(
    page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from tests.cli.test_cli_imports import COVER, _workbook
    from tests.reliability.corpus import inline_row

    answers = inline_row(1, "nps", "comment") + inline_row(2, "9", "good")
    book = _workbook(tmp_path / "book.xlsx", [("Cover", COVER), ("Answers", answers)])
    seen: list[tuple[str, list[str]]] = []

    def hook(dialog: ImportDialog) -> None:
        assert dialog.sheet_choice is not None
        headers = [dialog.roles.item(i, 0).text() for i in range(dialog.roles.rowCount())]
        seen.append((str(dialog.sheet_choice.currentData()), headers))
        if len(seen) == 1:
            dialog.choose_sheet("Answers")

    dialogs.open_paths.append(book)
    dialogs.modal_hook = hook
    dialogs.modal_results.extend([False, True])
    page.import_responses()
    assert seen == [("Cover", ["Customer survey, spring"]), ("Answers", ["nps", "comment"])]
    assert _comments(page) == ["good"]
