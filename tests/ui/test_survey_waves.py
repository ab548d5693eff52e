"""The survey page's waves: the list, the latest wave's intervals and the change since the wave
before, alpha warnings, the import dialog's wave choice, and rename/merge/remove with undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.imports import SURVEY, prepare_import
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from tests.ui.test_survey_page import make_page
from ui.import_dialog import ImportDialog
from ui.pages.survey import SurveyPage
from ui.pages.survey_waves import WaveDialog
from ui.tasks import TaskRunner


def _add(
    store: PlanStore, path: Path, day: str, answers: list[int], wave: str | None = None
) -> None:
    path.write_text("date,nps,csat\n" + "".join(f"{day},{a},{1 + a % 5}\n" for a in answers))
    store.imports.add(prepare_import(SURVEY, path), wave)


@pytest.fixture
def page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[SurveyPage]:
    store = PlanStore.create(tmp_path / "plan.svcplan")
    _add(store, tmp_path / "a.csv", "2025-03-01", [10] * 54 + [8] * 36 + [3] * 30)
    _add(store, tmp_path / "b.csv", "2026-03-01", [10] * 90 + [8] * 35 + [3] * 10)
    page = make_page(qtbot, store, dialogs, runner)
    yield page
    page.session.close()


def _items(page: SurveyPage) -> list[str]:
    waves = page.waves_panel.list
    return [waves.item(i).text() for i in range(waves.count())]


def test_two_waves_show_the_latest_with_intervals_and_the_change(page: SurveyPage) -> None:
    assert page.waves_panel.isVisibleTo(page)
    assert _items(page) == [
        "2025-03 — 1 Mar 2025, 120 responses",
        "2026-03 — 1 Mar 2026, 135 responses (latest: the figures shown)",
    ]
    text = page.waves_panel.figures.text()
    assert "Latest wave: 2026-03</b> (135 responses)" in text
    # 90 promoters, 10 detractors of 135: NPS 59.3, its adjusted-Wald interval beside it.
    assert "NPS +59.3, 95% interval +" in text
    assert "Since 2025-03:" in text
    # From NPS 20 to 59.3: a significant change, in bold.
    assert "<b>NPS +39.3 (95% interval +" in text and "a significant change (p &lt; 0.001)" in text
    assert "Responses: 135" in page.figures.text()  # the page's figures are the latest wave's


def test_rename_merge_remove_are_undoable(page: SurveyPage, dialogs: FakeDialogs) -> None:
    store = page.session.store
    stack = page.session.undo_stack

    def relabel(dialog: WaveDialog) -> None:
        assert dialog.label.text() == "2026-03"
        dialog.label.setText("After the training")

    dialogs.modal_hook = relabel
    dialogs.modal_results.append(True)
    page.waves_panel.rename()
    assert [w.label for w in store.survey.waves()] == ["2025-03", "After the training"]
    assert "Latest wave: After the training" in page.waves_panel.figures.text()
    stack.undo()
    assert [w.label for w in store.survey.waves()] == ["2025-03", "2026-03"]

    dialogs.modal_hook = lambda dialog: dialog.label.setText("2025-03")  # taken
    dialogs.modal_results.append(True)
    page.waves_panel.rename()
    assert dialogs.calls[-1][:2] == ("error", "Rename a wave")
    assert "already labelled" in dialogs.calls[-1][2]

    page.waves_panel.list.setCurrentRow(0)
    dialogs.modal_hook = lambda dialog: dialog.target.setCurrentIndex(0)
    dialogs.modal_results.append(True)
    page.waves_panel.merge()
    assert [(w.label, w.responses) for w in store.survey.waves()] == [("2026-03", 255)]
    assert "Since" not in page.waves_panel.figures.text()
    stack.undo()
    assert len(store.survey.waves()) == 2

    page.waves_panel.list.setCurrentRow(1)
    dialogs.confirm_answers.append(True)
    page.waves_panel.remove()
    assert "135 responses" in dialogs.calls[-1][2]
    assert [w.label for w in store.survey.waves()] == ["2025-03"]
    assert "Responses: 120" in page.figures.text()
    stack.undo()
    assert store.survey.response_count() == 135


def test_the_import_dialog_offers_the_waves_and_a_new_one(
    page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = tmp_path / "c.csv"
    source.write_text("date,nps\n2026-09-01,9\n2026-09-02,4\n")
    seen: dict[str, object] = {}

    def choose(dialog: ImportDialog) -> None:
        assert dialog.wave is not None
        seen["offered"] = [dialog.wave.itemText(i) for i in range(dialog.wave.count())]
        seen["default"] = dialog.wave.currentText()
        dialog.wave.setCurrentText("  ")
        seen["enabled_when_empty"] = dialog.import_button.isEnabled()
        dialog.wave.setCurrentText("2025-03")

    dialogs.open_paths.append(source)
    dialogs.modal_hook = choose
    dialogs.modal_results.append(True)
    page.import_responses()
    assert seen == {
        "offered": ["2025-03", "2026-03"],
        "default": "2026-09",  # a new wave named after the responses' month
        "enabled_when_empty": False,
    }
    assert [w.responses for w in page.session.store.survey.waves()] == [122, 135]


def test_alpha_warnings_on_the_demo(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    """The demo's customers answer each dimension's items coherently: no scale is flagged."""
    page = make_page(qtbot, create_demo(tmp_path / "demo.svcplan", "en"), dialogs, runner)
    try:
        text = page.waves_panel.figures.text()
        assert "hang together" not in text
        assert "Since" not in text  # one wave: no change
        assert "<b>Where to act first</b> (importance: the points customers gave" in text
        assert "<b>Fix first: Reliability, Responsiveness</b>" in text
    finally:
        page.session.close()


def test_alpha_warning_on_answers_that_do_not_hang_together(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    """Tangibles items that go each their own way: the box says to read the gap with care."""
    store = PlanStore.create(tmp_path / "plan.svcplan")
    rows = []
    for n in range(40):
        items = [1 + n * step % 7 for step in (1, 3, 5, 2)]  # four unrelated orders
        answers = ",".join(map(str, items + items[::-1]))
        rows.append(f"2026-03-01,{n % 11},{answers}\n")
    path = tmp_path / "s.csv"
    path.write_text("date,nps,E1,E2,E3,E4,P1,P2,P3,P4\n" + "".join(rows))
    store.imports.add(prepare_import(SURVEY, path))
    page = make_page(qtbot, store, dialogs, runner)
    try:
        text = page.waves_panel.figures.text()
        assert "Tangibles: the answers do not hang together (Cronbach's alpha" in text
        assert "Reliability" not in text  # no answers, no alpha, no warning
    finally:
        page.session.close()


def test_a_small_wave_and_its_figures_are_marked(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    store = PlanStore.create(tmp_path / "plan.svcplan")
    _add(store, tmp_path / "a.csv", "2025-03-01", [10] * 54 + [8] * 36 + [3] * 30)
    _add(store, tmp_path / "b.csv", "2026-03-01", [10] * 8 + [3] * 4)
    page = make_page(qtbot, store, dialogs, runner)
    try:
        items = _items(page)
        assert "fewer than 30" not in items[0]  # 120 responses
        assert items[1].endswith("(fewer than 30 answers: read with care)")
        lines = page.waves_panel.figures.text().split("<br>")
        flag = " <i>(fewer than 30 answers: read with care)</i>"
        assert [line.startswith(("NPS", "CSAT")) for line in lines if line.endswith(flag)] == [
            True,
            True,
        ]
    finally:
        page.session.close()


def test_the_statements_chart_is_drawn_in_the_waves_box(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner, page: SurveyPage
) -> None:
    # NPS and CSAT only: no statements to place, no chart.
    assert not page.waves_panel.statements_chart.isVisibleTo(page)
    demo = make_page(qtbot, create_demo(tmp_path / "demo.svcplan", "en"), dialogs, runner)
    try:
        chart = demo.waves_panel.statements_chart
        assert chart.isVisibleTo(demo)
        demo.waves_panel.setMinimumHeight(900)  # room for the chart
        qtbot.waitUntil(lambda: chart.rendered > 0, timeout=10000)
        picture = chart.pixmap()
        assert picture is not None and not picture.isNull() and picture.width() > 200
    finally:
        demo.session.close()
