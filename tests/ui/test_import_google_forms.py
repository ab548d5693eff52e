"""A Google Forms export in the import dialog: its timestamp, its which-branch question and its
expectation and perception grids are matched without help, and shown there for confirmation."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.ui.conftest import FakeDialogs
from tests.ui.test_import_dialog import page  # noqa: F401 - the fixture
from ui.import_dialog import ImportDialog
from ui.pages.survey import SurveyPage

STATEMENTS = [f"The staff keep promise {chr(65 + n)}" for n in range(22)]


def test_a_google_forms_export_is_matched_for_confirmation(
    page: SurveyPage,  # noqa: F811
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    source = tmp_path / "Customer survey (Responses).csv"
    headers = [
        "Timestamp",
        "Which branch did you visit?",
        "How likely are you to recommend us to a friend?",
        *(f"What you expect from an excellent bakery [{s}]" for s in STATEMENTS),
        *(f"Your experience with us [{s}]" for s in STATEMENTS),
    ]
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerow(["2025/03/14 9:41:12 AM GMT+3", "Riverside", "9", *["6"] * 22, *["5"] * 22])
        writer.writerow(["2025/03/15 10:02:00 AM GMT+3", "Old Town", "7", *["7"] * 22, *["4"] * 22])
    shown: list[dict[int, str]] = []

    def hook(dialog: ImportDialog) -> None:
        shown.append(dialog.mapping())

    dialogs.open_paths.append(source)
    dialogs.modal_hook = hook
    dialogs.modal_results.append(True)
    page.import_responses()
    mapping = shown[0]
    assert [mapping[i] for i in range(3)] == ["date", "segment", "nps"]
    assert [mapping[i] for i in range(3, 25)] == [f"E{n}" for n in range(1, 23)]
    assert [mapping[i] for i in range(25, 47)] == [f"P{n}" for n in range(1, 23)]
    rows = page.session.store.conn.execute(
        "SELECT date, segment, nps, e1, p22 FROM survey_responses ORDER BY id"
    ).fetchall()
    assert rows == [
        ("2025-03-14", "Riverside", 9, 6.0, 5.0),
        ("2025-03-15", "Old Town", 7, 7.0, 4.0),
    ]
