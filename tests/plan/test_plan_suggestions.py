"""Each suggestion rule on small hand-made plans: what it suggests, with which numbers, root cause,
frequency and impact; and that it suggests nothing when the data is fine or absent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan import LANGUAGES
from plan.complaints import Complaint
from plan.demo import create_demo
from plan.imports import SURVEY, prepare_import
from plan.problems import Problem
from plan.scoring import SERVQUAL_ITEMS, Answer
from plan.self_audit import load_content
from plan.store import PlanStore
from plan.suggestions import (
    Evidence,
    Suggestion,
    gather,
    number,
    review,
    review_plan,
    signed,
    suggest,
    whole,
)


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def by_key(store: PlanStore) -> dict[str, Suggestion]:
    return {s.key: s for s in suggest(gather(store))}


def of_kind(store: PlanStore, kind: str) -> list[Suggestion]:
    return [s for s in suggest(gather(store)) if s.kind == kind]


_imports = 0


def add_survey(store: PlanStore, tmp_path: Path, rows: list[dict[str, object]]) -> None:
    """Import hand-made survey rows (column → value) through the ordinary import."""
    global _imports
    _imports += 1
    headers = sorted({name for row in rows for name in row})
    lines = [",".join(headers)]
    lines += [",".join(str(row.get(name, "")) for name in headers) for row in rows]
    path = tmp_path / f"survey{_imports}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store.imports.add(prepare_import(SURVEY, path))


def servqual_row(perceived: dict[str, float], expected: float = 6.0) -> dict[str, object]:
    """One respondent rating every item of a dimension E = `expected`, P = perceived[dimension]
    (dimensions not named: P = E, no gap)."""
    row: dict[str, object] = {}
    for name, numbers in SERVQUAL_ITEMS.items():
        for n in numbers:
            row[f"E{n}"] = expected
            row[f"P{n}"] = perceived.get(name, expected)
    return row


# -- nothing from nothing --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_plan_suggests_nothing(language: str) -> None:
    store = PlanStore.memory(language)
    try:
        assert suggest(gather(store)) == []
        assert review_plan(store).pending == []
    finally:
        store.close()


def test_a_healthy_plan_suggests_nothing(store: PlanStore, tmp_path: Path) -> None:
    content = load_content("en")
    for item in content.items:
        store.self_audit.set_answer(item.id, Answer(1 if item.reverse else 5))
    good = {
        "repeat_revenue_share": 45,
        "customer_retention": 80,
        "complaints_per_100": 0,  # a true zero is a value, and a good one
        "first_response_hours": 2,
        "first_contact_resolution": 90,
    }
    for metric_id, value in good.items():
        store.self_audit.set_metric(metric_id, value)
    # customers rate everything 7 of 7, as the owner does (100 points): no gap, no overrating
    add_survey(store, tmp_path, [{"nps": 9, **servqual_row({}, 7.0)} for _ in range(10)])
    for sin in ("apathy", "coldness", "rule_book"):
        store.problems.set_sin_observation(sin, "rarely")
    assert suggest(gather(store)) == []


def test_evidence_of_an_empty_plan_has_no_survey() -> None:
    store = PlanStore.memory()
    try:
        evidence = gather(store)
    finally:
        store.close()
    assert evidence.survey is None and list(evidence.complaints) == []
    assert dict(evidence.metrics) == {} and dict(evidence.answers) == {}


# -- the company's view ----------------------------------------------------------------------


def test_weak_self_audit_dimension(store: PlanStore) -> None:
    # Complaints and returns: 1, 2, 1, 2, 2 → 0, 25, 0, 25, 25 → 15 points.
    for item_id, score in {
        "cmp.welcome": 2,
        "cmp.fast": 2,
        "cmp.logged": 1,
        "cmp.follow_up": 1,
        "cmp.returns": 2,
    }.items():
        store.self_audit.set_answer(item_id, Answer(score))
    found = by_key(store)["audit_dimension:complaints"]
    assert found.params["score"] == 15.0 and found.params["answered"] == 5
    assert "15 of 100" in found.evidence and "Complaints and returns" in found.title
    # Tagged statements decide the cause: logged (can) 0 points is below welcome (want) 25.
    assert found.root_cause == "can"
    assert (found.frequency, found.impact) == (4, 3)


def test_a_dimension_at_fifty_or_with_too_few_answers_is_not_weak(store: PlanStore) -> None:
    for item_id in ("cmp.welcome", "cmp.fast", "cmp.logged", "cmp.follow_up", "cmp.returns"):
        store.self_audit.set_answer(item_id, Answer(3))  # 50 points: not under 50
    assert of_kind(store, "audit_dimension") == []
    fresh = PlanStore.memory()
    try:
        fresh.self_audit.set_answer("cmp.logged", Answer(1))  # one of five: "not enough answers"
        assert of_kind(fresh, "audit_dimension") == []
    finally:
        fresh.close()


def test_untagged_dimension_takes_its_usual_cause(store: PlanStore) -> None:
    for item in load_content("en").items_of("process"):
        store.self_audit.set_answer(item.id, Answer(2))
    found = by_key(store)["audit_dimension:process"]
    assert found.root_cause == "can"
    assert found.reason.startswith("A service process is designed")


def test_weak_statements(store: PlanStore) -> None:
    store.self_audit.set_answer("cmp.logged", Answer(1))
    store.self_audit.set_answer("tp.messages", Answer(2))
    store.self_audit.set_answer("att.positive", Answer(3))  # 50 points: fine
    store.self_audit.set_answer("proc.designed", Answer(None, True))  # not applicable: no data
    store.self_audit.set_answer("sin.rule_book", Answer(5))  # a sin agreed with: 0 points
    found = {s.key: s for s in of_kind(store, "audit_item")}
    assert set(found) == {
        "audit_item:cmp.logged",
        "audit_item:tp.messages",
        "audit_item:sin.rule_book",
    }
    logged = found["audit_item:cmp.logged"]
    assert (logged.frequency, logged.impact, logged.root_cause) == (4, 3, "can")
    assert logged.title == "Complaints are not recorded"
    assert '"Strongly disagree"' in logged.evidence and "0 of 100" in logged.evidence
    assert logged.touchpoint == "Complaint handling"
    messages = found["audit_item:tp.messages"]
    assert (messages.frequency, messages.params["points"]) == (3, 25.0)
    assert messages.touchpoint == "E-mail and messages"
    assert found["audit_item:sin.rule_book"].root_cause == "can"  # the sin's own cause


def test_at_most_five_weak_statements(store: PlanStore) -> None:
    for item in load_content("en").items[:12]:
        store.self_audit.set_answer(item.id, Answer(5 if item.reverse else 1))
    assert len(of_kind(store, "audit_item")) == 5


@pytest.mark.parametrize(
    ("metric_id", "value", "frequency", "shown"),
    [
        ("repeat_revenue_share", 24, 3, ("24%", "at least 30%")),  # 20% short of 30
        ("repeat_revenue_share", 0, 5, ("0%", "at least 30%")),  # a real zero is data
        ("first_response_hours", 30, 4, ("30\u00a0h", "at most 24\u00a0h")),  # 25% over
        ("first_response_hours", 48, 5, ("48\u00a0h", "at most 24\u00a0h")),
        ("complaints_per_100", 6.5, 4, ("6.5,", "at most 5.")),
    ],
)
def test_metric_past_its_threshold(
    store: PlanStore, metric_id: str, value: float, frequency: int, shown: tuple[str, str]
) -> None:
    store.self_audit.set_metric(metric_id, value)
    (found,) = of_kind(store, "metric")
    assert found.key == f"metric:{metric_id}"
    assert found.params["value"] == value
    assert found.frequency == frequency
    for text in shown:
        assert text in found.evidence, found.evidence


def test_metrics_on_the_good_side_or_missing_suggest_nothing(store: PlanStore) -> None:
    store.self_audit.set_metric("repeat_revenue_share", 30)  # exactly the threshold meets it
    store.self_audit.set_metric("first_response_hours", 24)
    store.self_audit.set_metric("complaints_per_100", 0)
    assert of_kind(store, "metric") == []


def test_repeat_revenue_under_thirty_percent_is_a_want_problem(store: PlanStore) -> None:
    store.self_audit.set_metric("repeat_revenue_share", 24)
    found = by_key(store)["metric:repeat_revenue_share"]
    assert (found.root_cause, found.impact) == ("want", 4)
    assert found.title == "Too little revenue from repeat customers"


# -- the customers' view ---------------------------------------------------------------------


def test_negative_servqual_gaps_largest_first(store: PlanStore, tmp_path: Path) -> None:
    row = servqual_row({"responsiveness": 4.0, "empathy": 5.5, "assurance": 5.8})
    add_survey(store, tmp_path, [row] * 6)
    found = of_kind(store, "servqual")
    assert [s.key for s in found] == ["servqual:responsiveness", "servqual:empathy"]
    worst, mild = found
    assert worst.params["gap"] == pytest.approx(-2.0)
    assert (worst.frequency, worst.impact, worst.root_cause) == (4, 5, "can")
    assert "a gap of −2.00 (6 answers)" in worst.evidence  # two decimals, as the tables
    assert "Read with care: only 6 answers." in worst.evidence  # under 30
    assert (mild.frequency, mild.impact, mild.root_cause) == (3, 3, "want")
    # −0.2 (assurance) is within MIN_GAP: no suggestion


def test_servqual_importance_raises_impact(store: PlanStore, tmp_path: Path) -> None:
    weights = {
        "W_tangibles": 10,
        "W_reliability": 10,
        "W_responsiveness": 10,
        "W_assurance": 10,
        "W_empathy": 60,
    }
    add_survey(store, tmp_path, [servqual_row({"empathy": 5.0})] * 5)
    (plain,) = of_kind(store, "servqual")
    assert plain.impact == 4 and "weight" not in plain.params  # a gap of 1.0
    add_survey(store, tmp_path, [{**servqual_row({"empathy": 5.0}), **weights}] * 5)
    (found,) = of_kind(store, "servqual")
    assert found.params["weight"] == pytest.approx(60.0)
    assert found.impact == 5  # customers give empathy 60% of their points: one more
    assert "60% of their importance points" in found.evidence


def test_servqual_needs_five_paired_answers(store: PlanStore, tmp_path: Path) -> None:
    add_survey(store, tmp_path, [servqual_row({"responsiveness": 3.0})] * 4)
    assert of_kind(store, "servqual") == []
    add_survey(store, tmp_path, [{"nps": 9}] * 20)  # answers without SERVQUAL add nothing
    assert of_kind(store, "servqual") == []


_WEIGHTS = ("W_tangibles", "W_reliability", "W_responsiveness", "W_assurance", "W_empathy")


def test_fix_first_strengthens_a_gap_with_its_figures(store: PlanStore, tmp_path: Path) -> None:
    """Empathy: 60% of the points (average 20%), perceived 5.0 (average 5.8): fix first."""
    weights = dict(zip(_WEIGHTS, (10, 10, 10, 10, 60), strict=True))
    add_survey(store, tmp_path, [{**servqual_row({"empathy": 5.0}), **weights}] * 6)
    (found,) = of_kind(store, "servqual")
    assert found.key == "servqual:empathy"
    assert found.evidence.endswith(
        "Where to act first: customers give it more of their importance points than the average"
        " dimension (60% against 20%) and rate it below the average (5.00 against 5.80): fix first."
        " Read with care: only 6 answers."
    )
    assert found.params["quadrant"] == "fix_first"
    assert found.params["importance_basis"] == "weights"
    assert found.params["importance_cut"] == pytest.approx(20.0)
    assert found.params["performance_cut"] == pytest.approx(5.8)


def test_fix_first_alone_makes_a_suggestion(store: PlanStore, tmp_path: Path) -> None:
    """Reliability meets expectations (6 of 6) but the rest exceed them (7): customers give it
    40% of their points, so it is the one to improve; without the points it is no problem."""
    row = servqual_row({"tangibles": 7.0, "responsiveness": 7.0, "assurance": 7.0, "empathy": 7.0})
    add_survey(store, tmp_path, [row] * 6)
    assert of_kind(store, "servqual") == []  # no gap, no importance: nothing
    weights = dict(zip(_WEIGHTS, (15, 40, 15, 15, 15), strict=True))
    add_survey(store, tmp_path, [{**row, **weights}] * 6)
    (found,) = of_kind(store, "servqual")
    assert found.key == "servqual:reliability"
    assert found.title == "Reliability: important to customers, rated below the rest"
    assert (found.frequency, found.impact) == (3, 4)
    assert found.params["gap"] == pytest.approx(0.0)
    assert "(6.00 against 6.80): fix first." in found.evidence
    assert "(40% against 20%)" in found.evidence


def test_fix_first_from_the_nps_correlation(store: PlanStore, tmp_path: Path) -> None:
    """No points given: importance is how each dimension's perception goes with the NPS answer.
    Responsiveness follows the answer closely and is rated lowest: fix first."""
    rows = []
    for n in range(10):
        perceived = {name: 6.0 + n % 2 for name in SERVQUAL_ITEMS}
        perceived["responsiveness"] = 1.0 + round(n * 0.6)
        rows.append({"nps": n, **servqual_row(perceived)})
    add_survey(store, tmp_path, rows)
    found = by_key(store)["servqual:responsiveness"]
    assert found.params["importance_basis"] == "nps_correlation"
    assert found.params["importance"] > 0.95 > found.params["importance_cut"]
    assert "goes with recommending more than for the average dimension (correlation with NPS" in (
        found.evidence
    )


@pytest.mark.parametrize(
    ("language", "said"),
    [("ru", "исправить в первую очередь"), ("zh", "优先改进"), ("en", "fix first")],
)
def test_fix_first_is_worded_in_each_language(tmp_path: Path, language: str, said: str) -> None:
    """The demo's two most important dimensions are also rated lowest: their suggestions say so."""
    store = create_demo(tmp_path / "demo.svcplan", language)
    try:
        found = {s.key: s for s in suggest(gather(store))}
    finally:
        store.close()
    for key in ("servqual:reliability", "servqual:responsiveness"):
        assert said in found[key].evidence and found[key].params["quadrant"] == "fix_first"
    assert "quadrant" not in found["servqual:empathy"].params  # low priority: not flagged


def test_vital_few_complaint_categories(store: PlanStore) -> None:
    counts = {"Waiting time": 5, "Bad parking": 3, "Prices": 1, "": 1}
    for category, count in counts.items():
        for _ in range(count):
            store.complaints.add(Complaint("2026-01-05", category, "x"))
    found = {s.key: s for s in of_kind(store, "pareto")}
    # Waiting 50%, parking 80%: the vital few; the rest are the trivial many.
    assert set(found) == {"pareto:Waiting time", "pareto:Bad parking"}
    waiting = found["pareto:Waiting time"]
    assert (waiting.params["count"], waiting.params["total"]) == (5, 10)
    assert (waiting.frequency, waiting.root_cause, waiting.touchpoint) == (5, "can", "In person")
    assert "5 of 10 complaints (50%)" in waiting.evidence and "80%" in waiting.evidence
    parking = found["pareto:Bad parking"]  # not a default category: can, and it says why
    assert (parking.frequency, parking.impact, parking.root_cause) == (5, 3, "can")
    assert "no hint" in parking.reason


def test_a_single_complaint_is_not_a_pattern(store: PlanStore) -> None:
    store.complaints.add(Complaint(None, "Staff attitude", "rude"))
    assert of_kind(store, "pareto") == []
    store.complaints.add(Complaint(None, "Staff attitude", "rude again"))
    (found,) = of_kind(store, "pareto")
    assert (found.root_cause, found.impact) == ("want", 4)


def test_complaints_without_a_category_are_named(store: PlanStore) -> None:
    for _ in range(3):
        store.complaints.add(Complaint(None, "", "no category given"))
    (found,) = of_kind(store, "pareto")
    assert found.key == "pareto:" and found.title == "Frequent complaints: (no category)"


def test_high_share_of_detractors(store: PlanStore, tmp_path: Path) -> None:
    add_survey(store, tmp_path, [{"nps": 3}] * 3 + [{"nps": 9}] * 7)
    (found,) = of_kind(store, "detractors")
    assert found.params == {"detractors": 3, "responses": 10, "share": 30.0, "nps": 40.0}
    assert (found.frequency, found.impact) == (4, 5)
    assert found.root_cause == "want"  # no SERVQUAL shortfall to point elsewhere
    assert "3 of 10 respondents (30%)" in found.evidence and "+40.0" in found.evidence


def test_detractors_cause_follows_the_largest_gap(store: PlanStore, tmp_path: Path) -> None:
    row = {"nps": 2, **servqual_row({"assurance": 4.0, "empathy": 5.0})}
    add_survey(store, tmp_path, [row] * 6)
    found = by_key(store)["detractors:nps"]
    assert found.root_cause == "know"  # assurance's cause
    assert "Assurance" in found.reason and found.frequency == 5


def test_few_detractors_or_few_answers_suggest_nothing(store: PlanStore, tmp_path: Path) -> None:
    add_survey(store, tmp_path, [{"nps": 0}] * 4)  # all detractors, but only four answers
    assert of_kind(store, "detractors") == []
    add_survey(store, tmp_path, [{"nps": 10}] * 16)  # 4 of 20: 20%
    assert of_kind(store, "detractors") == []


def test_owner_rates_a_dimension_above_the_customers(store: PlanStore, tmp_path: Path) -> None:
    # The self-audit's assurance statements all "strongly agree": 100 points.
    assurance = [i for i in load_content("en").items if i.servqual == "assurance"]
    for item in assurance:
        store.self_audit.set_answer(item.id, Answer(1 if item.reverse else 5))
    # Customers perceive assurance at 5.5: (5.5 − 1) / 6 × 100 = 75.
    add_survey(store, tmp_path, [servqual_row({"assurance": 5.5}, expected=5.5)] * 6)
    found = by_key(store)["overrated:assurance"]
    assert found.params["company"] == 100.0
    assert found.params["customers"] == pytest.approx(75.0)
    assert (found.root_cause, found.frequency, found.impact) == ("know", 3, 4)
    assert "100 of 100" in found.evidence and "75 of 100: 25 points lower" in found.evidence
    assert of_kind(store, "servqual") == []  # no gap: expectation met


def test_no_overrating_without_customers_or_when_they_agree(
    store: PlanStore, tmp_path: Path
) -> None:
    for item in load_content("en").items:
        if item.servqual == "assurance":
            store.self_audit.set_answer(item.id, Answer(1 if item.reverse else 5))
    assert of_kind(store, "overrated") == []
    add_survey(store, tmp_path, [servqual_row({"assurance": 7.0}, expected=7.0)] * 6)
    assert of_kind(store, "overrated") == []


# -- the seven sins ----------------------------------------------------------------------------


def test_sins_seen_often_or_always(store: PlanStore) -> None:
    store.problems.set_sin_observation("rule_book", "often")
    store.problems.set_sin_observation("apathy", "always")
    store.problems.set_sin_observation("robotism", "often")
    store.problems.set_sin_observation("coldness", "sometimes")
    store.problems.set_sin_observation("runaround", "never")
    found = {s.key: s for s in of_kind(store, "sin")}
    assert set(found) == {"sin:rule_book", "sin:apathy", "sin:robotism"}
    assert (found["sin:rule_book"].root_cause, found["sin:rule_book"].frequency) == ("can", 4)
    assert (found["sin:apathy"].root_cause, found["sin:apathy"].frequency) == ("want", 5)
    assert found["sin:robotism"].root_cause == "know"
    assert found["sin:apathy"].evidence == 'Seven sins checklist: Apathy is seen "always".'
    assert found["sin:apathy"].params == {"sin": "apathy", "seen": "always"}


# -- review, order and wording -----------------------------------------------------------------


def test_accepted_are_not_suggested_again_and_dismissed_stay_dismissed(store: PlanStore) -> None:
    store.problems.set_sin_observation("rule_book", "often")
    store.problems.set_sin_observation("apathy", "always")
    store.self_audit.set_metric("repeat_revenue_share", 10)
    offered = by_key(store)
    accepted = store.problems.accept_suggestion(offered["sin:apathy"].problem())
    store.problems.set_suggestion_dismissed("sin:rule_book", True)

    result = review_plan(store)

    assert [s.key for s in result.pending] == ["metric:repeat_revenue_share"]
    assert [s.key for s in result.dismissed] == ["sin:rule_book"]
    # Deleting the accepted problem offers its suggestion again.
    assert accepted.problem.id is not None
    store.problems.delete(accepted.problem.id)
    assert "sin:apathy" in {s.key for s in review_plan(store).pending}


def test_review_is_pure() -> None:
    one = Suggestion("a", "sin", {}, "can", 3, 3, "A", "e", "r")
    two = Suggestion("b", "sin", {}, "can", 3, 3, "B", "e", "r")
    taken = Problem("A", 3, 3, "can", suggestion_key="a", id=1)
    result = review([one, two], [taken], {"b", "gone"})
    assert (result.pending, result.dismissed) == ([], [two])


def test_an_accepted_suggestion_becomes_an_editable_problem(store: PlanStore) -> None:
    store.self_audit.set_metric("first_contact_resolution", 50)
    suggestion = by_key(store)["metric:first_contact_resolution"]
    problem = suggestion.problem()
    assert problem.suggestion_key == suggestion.key
    assert (problem.frequency, problem.impact, problem.root_cause) == (
        suggestion.frequency,
        suggestion.impact,
        suggestion.root_cause,
    )
    assert problem.evidence == suggestion.evidence and problem.description == suggestion.reason
    assert problem.status == "open" and problem.focus is None


def test_suggestions_are_sorted_by_priority(tmp_path: Path) -> None:
    store = create_demo(tmp_path / "demo.svcplan", "en")
    try:
        found = suggest(gather(store))
    finally:
        store.close()
    priorities = [s.priority for s in found]
    assert priorities == sorted(priorities, reverse=True)
    assert len({s.key for s in found}) == len(found)
    gaps = [float(s.params["gap"]) for s in found if s.kind == "servqual"]
    # largest shortfall first among gaps of the same priority band
    assert gaps[0] == min(gaps)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_suggestion_is_worded_in_the_plan_language(tmp_path: Path, language: str) -> None:
    store = create_demo(tmp_path / "demo.svcplan", language)
    try:
        for sin in ("apathy", "brush_off", "coldness", "condescension", "robotism", "runaround"):
            store.problems.set_sin_observation(sin, "always")
        found = suggest(gather(store))
    finally:
        store.close()
    kinds = {s.kind for s in found}
    assert kinds == {
        "servqual",
        "detractors",
        "overrated",
        "pareto",
        "metric",
        "sin",
        "audit_dimension",
        "audit_item",
    }
    for suggestion in found:
        for text in (suggestion.title, suggestion.evidence, suggestion.reason):
            assert text.strip() and not re.search(r"\{\w+\}", text), (suggestion.key, text)
        assert 1 <= suggestion.frequency <= 5 and 1 <= suggestion.impact <= 5
        if language == "zh":
            assert re.search(r"[\u4e00-\u9fff]", suggestion.title)
        if language == "ru":
            assert re.search(r"[\u0400-\u04ff]", suggestion.title)
    gap = next(s for s in found if s.key == "servqual:responsiveness")
    if language == "ru":
        assert "−1,95" in gap.evidence  # the decimal comma
    else:
        assert "−1.95" in gap.evidence
    # The gap as the SERVQUAL table prints it: two decimals (one precision per figure).
    assert re.search(r"−1[.,]9\d\b", gap.evidence), gap.evidence


def test_number_formatting() -> None:
    assert number(24.0, "en") == "24" and number(3.25, "en") == "3.2"
    assert number(6.25, "ru", fixed=True) == "6,2"
    assert number(-0.04, "en") == "0"
    assert signed(-1.84, "en") == "−1.8" and signed(0.4, "ru") == "+0,4"
    assert signed(0.01, "en") == "0.0"
    assert signed(-1.844, "en", 2) == "−1.84" and signed(0.4, "ru", 2) == "+0,40"
    assert whole(82.5) == "83" and whole(22.5) == "23"


def test_rules_read_only_their_evidence() -> None:
    """The rules are pure functions of an Evidence: one made by hand needs no plan."""
    evidence = Evidence(language="zh", metrics={"customer_retention": 50.0})
    (found,) = suggest(evidence)
    assert found.key == "metric:customer_retention"
    assert found.title == "太多顾客不再回来"
    assert "50%" in found.evidence and "75%" in found.evidence
