"""The business-metrics page: typed numbers, decimal commas, ranges, thresholds, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.pages.metrics import MetricsPage, parse_number
from ui.session import PlanSession
from ui.tasks import TaskRunner


@pytest.fixture
def page(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> Iterator[MetricsPage]:
    session = PlanSession(PlanStore.create(tmp_path / "plan.svcplan"))
    widget = MetricsPage(session, dialogs, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.dispose()
    session.close()


def _enter(page: MetricsPage, metric_id: str, text: str) -> None:
    edit = page.inputs[metric_id]
    edit.setText(text)
    edit.editingFinished.emit()


@pytest.mark.parametrize(
    ("text", "value"),
    [("24", 24.0), ("24,5", 24.5), ("24.5", 24.5), (" 1 200 ", 1200.0), ("30 %", 30.0), ("", None)],
)
def test_parse_number_accepts_what_people_type(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "nan", "inf", "12a"])
def test_parse_number_refuses_the_rest(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_value_below_threshold_is_flagged_and_undoable(page: MetricsPage) -> None:
    _enter(page, "repeat_revenue_share", "24,5")
    store = page.session.store
    assert store.self_audit.metric_values() == {"repeat_revenue_share": 24.5}
    assert page.status["repeat_revenue_share"].text() == "worse than the reference"
    _enter(page, "repeat_revenue_share", "35")
    assert page.status["repeat_revenue_share"].text() == "better than the reference"
    page.session.undo_stack.undo()
    assert store.self_audit.metric_values() == {"repeat_revenue_share": 24.5}
    assert page.inputs["repeat_revenue_share"].text() == "24.5"


def test_lower_is_better_metric(page: MetricsPage) -> None:
    _enter(page, "first_response_hours", "30")
    assert page.status["first_response_hours"].text() == "worse than the reference"
    _enter(page, "first_response_hours", "4")
    assert page.status["first_response_hours"].text() == "better than the reference"


def test_out_of_range_and_garbage_are_refused(page: MetricsPage) -> None:
    _enter(page, "customer_retention", "140")
    assert page.session.store.self_audit.metric_values() == {}
    assert page.errors["customer_retention"].isVisibleTo(page)
    assert "100" in page.errors["customer_retention"].text()
    _enter(page, "customer_retention", "lots")
    assert "not a number" in page.errors["customer_retention"].text()
    assert page.session.undo_stack.count() == 0


def test_clearing_a_value_removes_it(page: MetricsPage) -> None:
    _enter(page, "complaints_per_100", "3.2")
    _enter(page, "complaints_per_100", "")
    assert page.session.store.self_audit.metric_values() == {}
    assert page.status["complaints_per_100"].text() == "no value yet"


def test_chart_redraws_after_each_change(page: MetricsPage) -> None:
    before = page.chart.rendered
    _enter(page, "first_contact_resolution", "64")
    assert page.chart.rendered == before + 1
    assert page.chart.pixmap() is not None and not page.chart.pixmap().isNull()


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("7,5", "worse than the reference"),
        ("2", "better than the reference"),
        ("5", "meets the reference"),
    ],
)
def test_at_most_figures_are_worded_worse_or_better(
    page: MetricsPage, text: str, wording: str
) -> None:
    """Complaints per 100 customers: at most 5. 7.5 is worse, not "below"; 2 is better."""
    _enter(page, "complaints_per_100", text)
    assert page.status["complaints_per_100"].text() == wording


def test_a_russian_plan_shows_decimal_commas(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs, runner: TaskRunner
) -> None:
    session = PlanSession(PlanStore.create(tmp_path / "ru.svcplan", language="ru"))
    widget = MetricsPage(session, dialogs, runner)
    qtbot.addWidget(widget)
    try:
        _enter(widget, "complaints_per_100", "3,2")
        assert session.store.self_audit.metric_values() == {"complaints_per_100": 3.2}
        widget.refresh()
        assert widget.inputs["complaints_per_100"].text() == "3,2"
    finally:
        widget.dispose()
        session.close()
