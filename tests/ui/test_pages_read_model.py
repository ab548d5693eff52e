"""The survey, problems and metrics pages show the plan's typed model (`plan.figures`), the one
the report and the PDF read: each shows exactly the model's values for the demo plan, and a
model with other values (patched in) is what the page shows, so a page that computed its
figures itself would fail here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from plan import figures as model
from plan.demo import create_demo
from plan.figures import read_figures
from plan.scoring import SMALL_SAMPLE, NetPromoter
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.pages.metrics import MetricsPage, format_number
from ui.pages.problems import FOCUS, FOCUS_MARK, KEY_ROLE, TITLE, ProblemsPage
from ui.pages.survey import SurveyPage, signed
from ui.session import PlanSession
from ui.tasks import TaskRunner


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[PlanSession]:
    session = PlanSession(create_demo(tmp_path / "demo.svcplan", "en"))
    yield session
    session.close()


def _survey_page(qtbot: QtBot, session: PlanSession, runner: TaskRunner) -> SurveyPage:
    page = SurveyPage(session, FakeDialogs(), runner)
    qtbot.addWidget(page)
    page.show()
    return page


def _problems_page(qtbot: QtBot, session: PlanSession, runner: TaskRunner) -> ProblemsPage:
    page = ProblemsPage(session, FakeDialogs(), runner)
    qtbot.addWidget(page)
    page.show()
    return page


def _metrics_page(qtbot: QtBot, session: PlanSession, runner: TaskRunner) -> MetricsPage:
    page = MetricsPage(session, FakeDialogs(), runner)
    qtbot.addWidget(page)
    page.show()
    return page


# -- the survey page ---------------------------------------------------------------------------


def test_survey_page_shows_the_models_figures(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner
) -> None:
    survey = read_figures(demo.store).survey
    summary = survey.summary
    page = _survey_page(qtbot, demo, runner)
    try:
        assert page.summary == summary
        text = page.figures.text()
        nps = summary.net_promoter
        assert nps.nps is not None and summary.csat is not None and summary.ces is not None
        assert f"NPS {signed(nps.nps)}</b> — {nps.promoters} promoters" in text
        assert f"CSAT {summary.csat:.1f}%" in text and f"CES {summary.ces:.2f}" in text
        assert summary.servqual.unweighted is not None
        assert f"SERVQUAL score {signed(summary.servqual.unweighted, 2)}" in text
        rows = [
            [page.segments.item(r, c).text() for c in range(3)]
            for r in range(page.segments.rowCount())
        ]
        assert rows == [
            [
                name,
                str(seg.responses) + (" *" if seg.small_sample else ""),
                ""
                if seg.net_promoter.nps is None
                else signed(seg.net_promoter.nps)
                + (" *" if seg.net_promoter.responses < SMALL_SAMPLE else ""),  # each figure's own
            ]
            for name, seg in survey.segments.items()
        ]
        assert survey.overrated  # the demo's owner overrates a dimension: the page names it
        for dimension in survey.overrated:
            assert dimension.capitalize() in page.finding.text()
    finally:
        page.dispose()


def test_survey_page_shows_what_the_model_holds_not_its_own_sums(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = model.read_survey

    def doctored(
        store: PlanStore, self_view: dict[str, float | None] | None = None
    ) -> model.Survey:
        survey = real(store, self_view)
        summary = survey.summary
        nps = NetPromoter(promoters=7, passives=2, detractors=1)  # NPS +60
        return replace(survey, summary=replace(summary, net_promoter=nps, csat=12.5))

    monkeypatch.setattr(model, "read_survey", doctored)
    page = _survey_page(qtbot, demo, runner)
    try:
        assert "NPS +60.0</b> — 7 promoters, 2 passives, 1 detractors" in page.figures.text()
        assert "CSAT 12.5%" in page.figures.text()
    finally:
        page.dispose()


# -- the problems page -------------------------------------------------------------------------


def _titles(page: ProblemsPage) -> list[str]:
    return [page.table.item(row, TITLE).text() for row in range(page.table.rowCount())]


def test_problems_page_shows_the_models_problems_focus_and_suggestions(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner
) -> None:
    problems = read_figures(demo.store).problems
    page = _problems_page(qtbot, demo, runner)
    try:
        assert _titles(page) == [p.title for p in problems.problems]
        marks = [page.table.item(r, FOCUS).text() == FOCUS_MARK for r in range(len(_titles(page)))]
        assert marks == [p.id in problems.focus for p in problems.problems]
        shown = [
            page.suggestion_list.item(r).data(KEY_ROLE) for r in range(page.suggestion_list.count())
        ]
        assert shown == [s.key for s in problems.pending]
        assert [s.key for s in page.review.dismissed] == [s.key for s in problems.dismissed]
        for sin, observed in problems.sins.items():
            assert page.sin_choices[sin].currentData() == observed
    finally:
        page.dispose()


def test_problems_page_shows_what_the_model_holds_not_its_own_ranking(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = model.read_problems

    def doctored(*args: object, **kwargs: object) -> model.ProblemFigures:
        figures = real(*args, **kwargs)  # type: ignore[arg-type]
        return replace(figures, problems=figures.problems[::-1], focus=frozenset())

    expected = [p.title for p in read_figures(demo.store).problems.problems][::-1]
    monkeypatch.setattr(model, "read_problems", doctored)
    page = _problems_page(qtbot, demo, runner)
    try:
        assert _titles(page) == expected
        assert not any(page.table.item(r, FOCUS).text() for r in range(len(expected)))
    finally:
        page.dispose()


# -- the metrics page --------------------------------------------------------------------------


def _status(check: model.MetricCheck) -> str:
    """The page's words for a check: better or worse than the reference, not above or below."""
    if check.meets_threshold is None:
        return "no value yet"
    if not check.meets_threshold:
        return "worse than the reference"
    if check.value == check.threshold:
        return "meets the reference"
    return "better than the reference"


def test_metrics_page_shows_the_models_values_and_checks(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner
) -> None:
    checks = read_figures(demo.store).assessment.metrics
    assert any(c.meets_threshold for c in checks) and any(
        c.meets_threshold is False for c in checks
    )
    page = _metrics_page(qtbot, demo, runner)
    try:
        for check in checks:
            shown = "" if check.value is None else format_number(check.value)
            assert page.inputs[check.id].text() == shown
            assert page.status[check.id].text() == _status(check), check.id
    finally:
        page.dispose()


def test_metrics_page_shows_what_the_model_holds_not_its_own_check(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = model.read_assessment

    def doctored(store: PlanStore) -> model.Assessment:
        assessment = real(store)
        flipped = tuple(
            replace(c, meets_threshold=None if c.meets_threshold is None else not c.meets_threshold)
            for c in assessment.metrics
        )
        return replace(assessment, metrics=flipped)

    monkeypatch.setattr(model, "read_assessment", doctored)
    checks = real(demo.store).metrics
    page = _metrics_page(qtbot, demo, runner)
    try:
        for check in checks:
            if check.meets_threshold is not None:
                flipped = replace(check, meets_threshold=not check.meets_threshold)
                assert page.status[check.id].text() == _status(flipped), check.id
    finally:
        page.dispose()


# -- the self-audit, standards and goals pages -------------------------------------------------


def test_self_audit_page_shows_what_the_model_holds(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.self_audit import SelfAuditPage

    real = model.read_assessment
    expected = real(demo.store)
    assert expected.service_index is not None

    def doctored(store: PlanStore) -> model.Assessment:
        assessment = real(store)
        return replace(
            assessment,
            service_index=37.0,
            answered=3,
            weakest=(model.WeakStatement("x", "A statement only the model knows", 7.0),),
            progress={k: model.DimensionProgress(1, 9) for k in assessment.progress},
        )

    monkeypatch.setattr(model, "read_assessment", doctored)
    page = SelfAuditPage(demo, FakeDialogs(), runner)
    qtbot.addWidget(page)
    try:
        assert page.index_label.text().endswith("37 / 100")
        assert "A statement only the model knows" in page.weakest_label.text()
        assert page.progress.value() == 3
        assert all("1 of 9 answered" in group.title() for group in page.groups.values())
    finally:
        page.dispose()


def test_self_audit_snapshot_keeps_the_models_scores(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner
) -> None:
    from ui.pages.self_audit import SelfAuditPage

    assessment = read_figures(demo.store).assessment
    before = len(demo.store.self_audit.snapshots())
    page = SelfAuditPage(demo, FakeDialogs(), runner)
    qtbot.addWidget(page)
    try:
        page.save_snapshot()
        snapshots = demo.store.self_audit.snapshots()
        assert len(snapshots) == before + 1
        assert snapshots[-1].service_index == assessment.service_index
        assert snapshots[-1].dimensions == assessment.dimensions
    finally:
        page.dispose()


def test_standards_page_reads_the_models_problems_and_checks(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.standards import StandardsPage

    figures = read_figures(demo.store)
    assert figures.standards and figures.problems.focus
    real = model.read_problems

    def doctored(*args: object, **kwargs: object) -> model.ProblemFigures:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        return replace(found, problems=found.problems[::-1], focus=frozenset())

    monkeypatch.setattr(model, "read_problems", doctored)
    page = StandardsPage(demo, FakeDialogs(), runner)
    qtbot.addWidget(page)
    try:
        page.refresh()
        assert [p.id for p in page.problems] == [p.id for p in figures.problems.problems][::-1]
        assert page.focus == set()
        assert page.checks == {
            f.standard.id: f.check for f in figures.standards if f.standard.id is not None
        }
    finally:
        page.dispose()


def test_goals_page_reads_the_models_focus(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.goals import GoalsPage

    real = model.read_problems

    def no_focus(*args: object, **kwargs: object) -> model.ProblemFigures:
        return replace(real(*args, **kwargs), focus=frozenset())  # type: ignore[arg-type]

    assert read_figures(demo.store).problems.focus
    monkeypatch.setattr(model, "read_problems", no_focus)
    page = GoalsPage(demo, FakeDialogs(), runner)
    qtbot.addWidget(page)
    try:
        page.refresh()
        assert page.focus == set()
        assert set(page.problems) == {p.id for p in read_figures(demo.store).problems.problems}
    finally:
        page.dispose()


def test_goals_page_shows_the_models_checks_and_calculator(
    qtbot: QtBot, demo: PlanSession, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.goals import GoalsPage

    real = model.read_goals

    def doctored(*args: object, **kwargs: object) -> model.GoalsFigures:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        return replace(
            found,
            goals=tuple(replace(g, flags=("not_dated",)) for g in found.goals),
            economics=replace(found.economics, revenue_lost=4321.0),
        )

    monkeypatch.setattr(model, "read_goals", doctored)
    page = GoalsPage(demo, FakeDialogs(), runner)
    qtbot.addWidget(page)
    try:
        page.refresh()
        assert "4,321" in page.outputs["revenue_lost"].text()
        marks = {page.goal_table.item(r, 0).text() for r in range(page.goal_table.rowCount())}
        assert page.goal_table.rowCount() == len(read_figures(demo.store).goals) > 0
        assert len(marks) == 1  # every goal flagged by the model, none passed by the page
    finally:
        page.dispose()
