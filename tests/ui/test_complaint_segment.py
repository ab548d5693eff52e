"""A complaint's branch or customer group: the dialog's field and the log's column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from plan.complaints import Complaint
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.i18n import install_translators
from ui.pages.complaints import (
    DESCRIPTION,
    SEGMENT,
    ComplaintDialog,
    ComplaintsPage,
    ComplaintTableModel,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner


def test_the_dialog_keeps_and_changes_the_segment(qtbot: QtBot) -> None:
    dialog = ComplaintDialog(["Prices"], Complaint("2026-01-02", "Prices", "", segment="North"))
    qtbot.addWidget(dialog)
    assert dialog.segment.text() == "North"
    dialog.segment.setText("South")
    assert dialog.complaint().segment == "South"
    empty = ComplaintDialog(["Prices"])
    qtbot.addWidget(empty)
    assert empty.complaint().segment == ""


@pytest.fixture
def page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[ComplaintsPage]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    widget = ComplaintsPage(session, dialogs, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    widget.dispose()
    session.close()


def _column(page: ComplaintsPage, column: int) -> list[str]:
    return [str(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]


def test_the_table_shows_the_segment_only_when_a_complaint_has_one(page: ComplaintsPage) -> None:
    store = page.session.store
    store.complaints.add(Complaint("2026-01-02", "Prices", "too dear"))
    page.refresh()
    assert page.table.isColumnHidden(SEGMENT)  # no complaint names a branch: no empty column
    store.complaints.add(Complaint("2026-01-03", "Prices", "cold", segment="North"))
    store.complaints.add(Complaint("2026-01-04", "Queue", "slow", segment="Airport"))
    page.refresh()
    assert not page.table.isColumnHidden(SEGMENT)
    assert page.model.headerData(SEGMENT, Qt.Orientation.Horizontal) == "Branch or group"
    assert _column(page, SEGMENT) == ["Airport", "North", ""]  # newest first
    page.table.sortByColumn(SEGMENT, Qt.SortOrder.AscendingOrder)
    assert _column(page, SEGMENT) == ["", "Airport", "North"]
    page.search.setText("north")  # the search finds a complaint by its branch too
    assert _column(page, DESCRIPTION) == ["cold"]


@pytest.mark.parametrize(("language", "title"), [("ru", "Филиал или группа"), ("zh", "门店或群体")])
def test_the_segment_column_is_translated(qtbot: QtBot, language: str, title: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(language)
    try:
        assert ComplaintTableModel().headerData(SEGMENT, Qt.Orientation.Horizontal) == title
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators("en")
