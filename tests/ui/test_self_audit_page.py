"""The self-audit page: answering, notes, scores, snapshots, undo, read-only, languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.scoring import Answer
from plan.self_audit import item_ids
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.pages.self_audit import SelfAuditPage
from ui.session import PlanSession
from ui.tasks import TaskRunner


def _page(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> SelfAuditPage:
    page = SelfAuditPage(session, dialogs, runner)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def session(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    yield session
    session.close()


def test_empty_plan_shows_no_scores(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    page = _page(qtbot, session, dialogs, runner)
    assert page.progress.value() == 0 and page.progress.maximum() == 44
    assert "not enough answers" in page.index_label.text()
    assert not page.snapshot_button.isEnabled()
    # Nothing to chart yet: no empty radar above the statements, which come first in view.
    assert page.results.isHidden()
    assert page.radar.rendered == 0
    page.resize(1000, 700)
    first = page.rows["att.positive"]
    top = first.mapTo(page.widget(), first.rect().topLeft()).y()
    assert top < page.viewport().height(), "the first statement is below the fold"
    first.buttons["3"].click()
    assert not page.results.isHidden()  # the charts come with the first answer
    assert page.radar.rendered == 1
    assert page.trend.isHidden()
    page.dispose()


def test_clicking_an_answer_saves_it_and_undo_clears_it(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    page = _page(qtbot, session, dialogs, runner)
    row = page.rows["att.positive"]
    row.buttons["4"].click()
    assert session.store.self_audit.answers()["att.positive"] == Answer(4)
    assert row.buttons["4"].isChecked()
    assert page.progress.value() == 1
    row.buttons["na"].click()
    assert session.store.self_audit.answers()["att.positive"] == Answer(None, True)
    assert not row.buttons["4"].isChecked()
    row.buttons["na"].click()  # clicking the chosen answer again clears it
    assert "att.positive" not in session.store.self_audit.answers()
    session.undo_stack.undo()
    assert session.store.self_audit.answers()["att.positive"] == Answer(None, True)
    assert row.buttons["na"].isChecked()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.store.self_audit.answers() == {}
    assert not any(b.isChecked() for b in row.buttons.values())
    page.dispose()


def test_note_commits_and_keeps_the_score(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    page = _page(qtbot, session, dialogs, runner)
    row = page.rows["tp.messages"]
    row.buttons["2"].click()
    row.note.setText("Weekend messages wait <until> Monday & later")
    row.note.textEdited.emit(row.note.text())
    page.commit_pending()
    assert session.store.self_audit.answers()["tp.messages"] == Answer(
        2, False, "Weekend messages wait <until> Monday & later"
    )
    page.dispose()


def test_scores_follow_answers(
    qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    page = _page(qtbot, session, dialogs, runner)
    for item_id in item_ids():
        page.rows[item_id].buttons["5" if not item_id.startswith("sin.") else "1"].click()
    assert page.progress.value() == 44
    assert "100 / 100" in page.index_label.text()
    assert "No statement scores below 50" in page.weakest_label.text()
    page.rows["sin.runaround"].buttons["5"].click()  # the runaround seen very often
    assert page.weakest_label.text().endswith(page.rows["sin.runaround"].item.text)
    assert page.snapshot_button.isEnabled()
    page.dispose()


def test_snapshot_saves_and_undo_removes_it(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    session = PlanSession(PlanStore.open(path))
    page = _page(qtbot, session, dialogs, runner)
    assert page.snapshot_list.count() == 1  # the demo's assessment six months ago
    assert page.trend.isVisible()  # one snapshot plus today's scores make a trend
    rendered = page.trend.rendered
    page.save_snapshot()
    assert len(session.store.self_audit.snapshots()) == 2
    assert page.snapshot_list.count() == 2
    assert page.trend.rendered > rendered
    session.undo_stack.undo()
    assert len(session.store.self_audit.snapshots()) == 1
    page.snapshot_list.setCurrentRow(0)
    page.delete_selected_snapshot()
    assert session.store.self_audit.snapshots() == []
    session.undo_stack.undo()
    assert len(session.store.self_audit.snapshots()) == 1
    page.dispose()
    session.close()


def test_read_only_plan_cannot_be_answered(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    path = tmp_path / "p.svcplan"
    PlanStore.create(path).close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = _page(qtbot, session, dialogs, runner)
    assert not page.rows["att.positive"].buttons["3"].isEnabled()
    assert page.rows["att.positive"].note.isReadOnly()
    page.dispose()
    session.close()


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_plan_language_sets_the_statements(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner, language: str
) -> None:
    path = tmp_path / f"demo-{language}.svcplan"
    create_demo(path, language).close()
    session = PlanSession(PlanStore.open(path))
    page = _page(qtbot, session, dialogs, runner)
    text = page.rows["att.positive"].item.text
    assert text and text != "Staff keep a positive, friendly attitude with every customer."
    assert page.progress.value() == 44
    session.store.set_language("en")  # switching the plan's language rebuilds the statements
    assert page.rows["att.positive"].item.text.startswith("Staff keep")
    page.dispose()
    session.close()
