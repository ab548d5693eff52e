"""The customer-survey page: figures and charts from the demo, the import dialog end to end
(mapping, bad rows, re-import, undo), removing an import, and the printable questionnaire."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.imports import SURVEY, prepare_import
from plan.store import PlanStore
from tests.ui.conftest import DeferredRunner, FakeDialogs
from ui.import_dialog import ImportDialog
from ui.pages.survey import SurveyPage, signed
from ui.session import PlanSession
from ui.tasks import TaskRunner


def make_page(
    qtbot: QtBot, store: PlanStore, dialogs: FakeDialogs, runner: TaskRunner
) -> SurveyPage:
    session = PlanSession(store)
    page = SurveyPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


@pytest.fixture
def demo_page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[SurveyPage]:
    page = make_page(qtbot, create_demo(tmp_path / "demo.svcplan", "en"), dialogs, runner)
    yield page
    page.session.close()


@pytest.fixture
def empty_page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[SurveyPage]:
    page = make_page(qtbot, PlanStore.create(tmp_path / "plan.svcplan"), dialogs, runner)
    yield page
    page.session.close()


def test_signed_uses_a_real_minus() -> None:
    assert (signed(12.345), signed(-7.5), signed(0.04)) == ("+12.3", "−7.5", "0.0")


def test_demo_figures_charts_and_tables(demo_page: SurveyPage) -> None:
    summary = demo_page.summary
    assert summary is not None and summary.responses == 120
    nps = summary.net_promoter.nps
    assert nps is not None
    text = demo_page.figures.text()
    assert "Responses: 120" in text and f"NPS {signed(nps)}" in text
    for chart in (demo_page.nps_chart, demo_page.gap_chart, demo_page.views_chart):
        assert chart.rendered == 1 and chart.pixmap() is not None
    assert not demo_page.empty_note.isVisibleTo(demo_page)
    assert demo_page.segments.rowCount() == 4
    assert demo_page.items.rowCount() == 22
    assert demo_page.items.item(10, 0).text() == "11"
    # The self-audit rates assurance well above the customers: the page says so.
    assert "Assurance" in demo_page.finding.text()


def test_responses_are_read_lazily(demo_page: SurveyPage) -> None:
    model = demo_page.responses_model
    assert model.rowCount() == 120
    assert model.reads == 0  # nothing read until the table asks
    index = model.index(119, 3)
    value = model.data(index)
    assert value in {str(n) for n in range(11)}
    assert model.reads == 1


def test_comment_search(demo_page: SurveyPage) -> None:
    everything = demo_page.comments.count()
    assert everything > 10
    demo_page.comment_search.setText("queue")
    shown = [demo_page.comments.item(i).text() for i in range(demo_page.comments.count())]
    assert shown and all("queue" in text.lower() for text in shown)
    assert len(shown) < everything


def test_empty_plan_invites_an_import(empty_page: SurveyPage) -> None:
    assert empty_page.empty_note.isVisibleTo(empty_page)
    assert not empty_page.nps_chart.isVisibleTo(empty_page)
    assert empty_page.responses_model.rowCount() == 0
    assert not empty_page.imports_box.isVisibleTo(empty_page)


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_with_bad_rows_then_undo_and_redo(
    empty_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = _csv(
        tmp_path / "answers.csv",
        "Timestamp,How likely are you to recommend us?,Notes\n"
        "2025-03-01,9,great\n2025-03-02,11,x\n2025-03-03,3,slow\n",
    )
    seen: dict[str, object] = {}

    def check(dialog: ImportDialog) -> None:
        seen["roles"] = dialog.mapping()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["enabled"] = dialog.import_button.isEnabled()

    dialogs.open_paths.append(source)
    dialogs.modal_hook = check
    dialogs.modal_results.append(True)
    empty_page.import_responses()
    assert seen["roles"] == {0: "date", 1: "nps"}
    assert seen["problems"] == [
        "Row 3, column “How likely are you to recommend us?”: “11” is outside 0–10"
    ]
    assert seen["enabled"] is True
    store = empty_page.session.store
    assert store.survey.response_count() == 2
    assert "Responses: 2" in empty_page.figures.text()
    stack = empty_page.session.undo_stack
    assert stack.undoText() == "Import “answers.csv”"
    stack.undo()
    assert store.survey.response_count() == 0
    assert empty_page.empty_note.isVisibleTo(empty_page)
    stack.redo()
    assert store.survey.response_count() == 2


def test_mapping_changes_are_checked_again(
    empty_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = _csv(tmp_path / "a.csv", "Score,Comment\n9,ok\n12,no\n")

    def choose(dialog: ImportDialog) -> None:
        assert not dialog.import_button.isEnabled()  # no survey answer mapped yet
        assert "at least one survey answer" in dialog.summary.text()
        dialog.set_role("Score", "csat")
        assert dialog.problems.count() == 2  # 9 and 12 are both outside 1–5
        assert not dialog.import_button.isEnabled()
        dialog.set_role("Score", "nps")
        assert dialog.problems.count() == 1
        assert dialog.import_button.isEnabled()

    dialogs.open_paths.append(source)
    dialogs.modal_hook = choose
    dialogs.modal_results.append(True)
    empty_page.import_responses()
    assert empty_page.session.store.survey.response_count() == 1


def test_cancelled_import_writes_nothing(
    empty_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.open_paths.append(_csv(tmp_path / "a.csv", "nps\n9\n"))
    dialogs.modal_results.append(False)
    empty_page.import_responses()
    assert empty_page.session.store.survey.response_count() == 0
    assert empty_page.session.undo_stack.count() == 0


def test_reimport_needs_a_tick(
    empty_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    source = _csv(tmp_path / "a.csv", "nps\n9\n")
    dialogs.open_paths.append(source)
    dialogs.modal_results.append(True)
    empty_page.import_responses()
    states: list[bool] = []

    def again(dialog: ImportDialog) -> None:
        assert "already imported" in dialog.again.text()
        states.append(dialog.import_button.isEnabled())
        dialog.again.setChecked(True)
        states.append(dialog.import_button.isEnabled())

    dialogs.open_paths.append(source)
    dialogs.modal_hook = again
    dialogs.modal_results.append(True)
    empty_page.import_responses()
    assert states == [False, True]
    assert empty_page.session.store.survey.response_count() == 2


def test_unreadable_file_is_reported_by_name(
    empty_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    junk = tmp_path / "old.xls"
    junk.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    dialogs.open_paths.append(junk)
    empty_page.import_responses()
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and "old.xls" in errors[0] and ".xlsx" in errors[0]
    assert ("modal", "ImportDialog", "") not in dialogs.calls
    assert empty_page.session.store.survey.response_count() == 0


def test_remove_an_import_and_undo(demo_page: SurveyPage, dialogs: FakeDialogs) -> None:
    store = demo_page.session.store
    assert demo_page.imports.count() == 1
    dialogs.confirm_answers.append(True)
    demo_page.remove_import()
    assert store.survey.response_count() == 0
    assert demo_page.empty_note.isVisibleTo(demo_page)
    demo_page.session.undo_stack.undo()
    assert store.survey.response_count() == 120
    assert demo_page.responses_model.rowCount() == 120


def test_readonly_plan_cannot_import(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    page = make_page(qtbot, PlanStore.open(path, readonly=True), dialogs, runner)
    try:
        assert not page.import_button.isEnabled()
        assert not page.remove_button.isEnabled()
    finally:
        page.session.close()


def test_questionnaire_is_written_in_the_background(
    demo_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "form"
    dialogs.save_paths.append(target)
    demo_page.write_form()
    written = tmp_path / "form.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    infos = [text for kind, _title, text in dialogs.calls if kind == "info"]
    assert infos and str(written) in infos[0]
    assert demo_page.form_button.isEnabled()


def test_questionnaire_never_replaces_the_plan(
    demo_page: SurveyPage, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    plan = demo_page.session.store.path
    assert plan is not None
    target = tmp_path / "form.pdf"
    os.link(plan, target)  # the plan under a PDF's name
    before = plan.read_bytes()
    dialogs.save_paths.append(target)
    demo_page.write_form()
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and str(target) in errors[0] and "plan itself" in errors[0]
    assert plan.read_bytes() == before and target.read_bytes() == before
    assert demo_page.form_button.isEnabled()


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_page_builds_in_other_languages(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner, language: str
) -> None:
    page = make_page(qtbot, create_demo(tmp_path / "d.svcplan", language), dialogs, runner)
    try:
        assert page.items.item(0, 2).text() != page.items.item(1, 2).text()
        assert page.gap_chart.rendered == 1
        assert page.segments.item(0, 0).text() != ""
    finally:
        page.session.close()


def test_a_self_audit_answer_redraws_only_the_comparison(demo_page: SurveyPage) -> None:
    from plan.scoring import Answer

    store = demo_page.session.store
    before = (demo_page.nps_chart.rendered, demo_page.gap_chart.rendered)
    views = demo_page.views_chart.rendered
    assert "Assurance" in demo_page.finding.text()
    for item_id in ("att.professional", "att.respect", "att.reliable"):
        store.self_audit.set_answer(item_id, Answer(1))
    assert demo_page.views_chart.rendered == views + 3
    assert (demo_page.nps_chart.rendered, demo_page.gap_chart.rendered) == before
    assert "Assurance" not in demo_page.finding.text()


def test_figures_are_summed_in_a_worker_and_only_the_newest_shown(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    runner = DeferredRunner()
    store = create_demo(tmp_path / "demo.svcplan", "en")
    page = make_page(qtbot, store, dialogs, runner)
    try:
        # Until the sums arrive the page says so, and claims neither figures nor "no responses".
        assert page.calculating.isVisible() and "Calculating" in page.calculating.text()
        assert not page.empty_note.isVisible() and not page.figures.isVisible()
        assert page.summary is None and len(runner.jobs) == 1
        assert page.responses_model.rowCount() == 120  # the table reads its rows lazily anyway
        # The import is removed while the first sums run: they are dropped when they arrive,
        # and the plan as it is now is summed.
        (record,) = store.imports.all("survey")
        store.imports.delete(record.id)
        assert len(runner.jobs) == 1
        runner.finish()
        assert page.summary is None and page.figures_shown == 0 and len(runner.jobs) == 1
        runner.finish()
        assert page.summary is not None and page.summary.responses == 0
        assert page.empty_note.isVisible() and not page.calculating.isVisible()
        assert page.figures_shown == 1 and not runner.jobs
    finally:
        page.dispose()
        page.session.close()


def test_a_russian_plan_writes_decimal_commas(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    """ "3,2", not "3.2": the figures, the per-group table and the SERVQUAL items."""
    page = make_page(qtbot, create_demo(tmp_path / "demo.svcplan", "ru"), dialogs, runner)
    try:
        summary = page.summary
        assert summary is not None and summary.ces is not None
        text = page.figures.text()
        assert f"{summary.ces:.2f}".replace(".", ",") in text
        assert f"{summary.ces:.2f}" not in text
        ces_cell = page.segments.item(0, 4).text()
        assert "," in ces_cell and "." not in ces_cell
        expected = page.items.item(0, 3).text()
        assert "," in expected and "." not in expected
    finally:
        page.session.close()


def test_the_small_group_mark_is_explained_under_the_table(demo_page: SurveyPage) -> None:
    marked = [
        demo_page.segments.item(r, 1).text()
        for r in range(demo_page.segments.rowCount())
        if demo_page.segments.item(r, 1).text().endswith(" *")
    ]
    assert marked, "the demo has a group with fewer than 30 answers"
    assert not demo_page.small_note.isHidden()  # on its tab, not only in a tooltip
    assert "fewer than 30 answers" in demo_page.small_note.text()


def test_every_group_figure_from_few_answers_is_marked(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    """Each cell by its own answers: a group of 40 with 10 CSAT answers flags only its CSAT."""
    store = PlanStore.create(tmp_path / "plan.svcplan")
    rows = [f"2026-03-01,Big,{n % 11},{4 if n < 10 else ''}\n" for n in range(40)]
    rows += [f"2026-03-01,Small,{n % 11},4\n" for n in range(10)]
    path = tmp_path / "s.csv"
    path.write_text("date,segment,nps,csat\n" + "".join(rows))
    store.imports.add(prepare_import(SURVEY, path))
    page = make_page(qtbot, store, dialogs, runner)
    try:
        cells = {
            page.segments.item(r, 0).text(): [
                page.segments.item(r, c).text() for c in range(1, page.segments.columnCount())
            ]
            for r in range(page.segments.rowCount())
        }
        big, small = cells["Big"], cells["Small"]
        assert not big[0].endswith("*") and not big[1].endswith("*")  # 40 answers, 40 NPS
        assert big[2].endswith("%" + " *")  # 10 CSAT answers
        assert big[3] == "" and big[4] == ""  # no CES, no SERVQUAL: nothing to flag
        assert small[0] == "10 *" and small[1].endswith(" *") and small[2].endswith(" *")
        assert page.segments.item(0, 3).toolTip() == "* fewer than 30 answers: read with care"
        assert not page.small_note.isHidden()
    finally:
        page.session.close()


def test_a_russian_plans_nps_chart_writes_a_decimal_comma(
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The chart's "NPS −7,5" as the figures beside it write it, not "−7.5"."""
    from export import charts

    drawn: list[str] = []
    original = charts.nps_distribution_figure

    def spy(*args: object, **kwargs: object) -> object:
        figure = original(*args, **kwargs)  # type: ignore[arg-type]
        drawn.extend(text.get_text() for ax in figure.axes for text in [*ax.texts, ax.title])
        drawn.extend(ax._right_title.get_text() for ax in figure.axes)
        return figure

    monkeypatch.setattr(charts, "nps_distribution_figure", spy)
    page = make_page(qtbot, create_demo(tmp_path / "demo.svcplan", "ru"), dialogs, runner)
    try:
        qtbot.waitUntil(lambda: bool(drawn), timeout=10000)
        assert any("−7,5" in text for text in drawn), drawn
        assert not any("−7.5" in text for text in drawn), drawn
    finally:
        page.session.close()
