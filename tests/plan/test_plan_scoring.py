"""Self-audit scoring against hand-worked numbers."""

from __future__ import annotations

import pytest

from plan.scoring import (
    Answer,
    dimension_scores,
    item_points,
    metric_meets_threshold,
    service_index,
    servqual_self_view,
    weakest_items,
)
from plan.self_audit import AuditDimension, AuditItem, Metric, SelfAuditContent


def _content() -> SelfAuditContent:
    """Two small dimensions: 'a' with four plain items, 's' with two reverse-scored ones."""
    items = (
        AuditItem("a1", "a", "one", False, "reliability", None),
        AuditItem("a2", "a", "two", False, "reliability", None),
        AuditItem("a3", "a", "three", False, "empathy", None),
        AuditItem("a4", "a", "four", False, None, "know"),
        AuditItem("s1", "s", "sin one", True, "empathy", None),
        AuditItem("s2", "s", "sin two", True, None, None),
    )
    return SelfAuditContent(
        language="en",
        scale={},
        dimensions=(AuditDimension("a", "A", ""), AuditDimension("s", "S", "")),
        items=items,
        metrics=(),
        sins_scale_note="",
    )


def test_item_points_run_from_0_to_100() -> None:
    plain = AuditItem("x", "a", "", False, None, None)
    assert [item_points(plain, Answer(s)) for s in (1, 2, 3, 4, 5)] == [0, 25, 50, 75, 100]


def test_reverse_scored_item_counts_6_minus_answer() -> None:
    sin = AuditItem("x", "s", "", True, None, None)
    assert item_points(sin, Answer(1)) == 100  # never seen: the best
    assert item_points(sin, Answer(5)) == 0
    assert item_points(sin, Answer(2)) == 75


def test_not_applicable_and_missing_have_no_points() -> None:
    plain = AuditItem("x", "a", "", False, None, None)
    assert item_points(plain, None) is None
    assert item_points(plain, Answer(None, True)) is None
    assert item_points(plain, Answer(None, False, "only a note")) is None


def test_dimension_score_is_the_mean_of_answered_items() -> None:
    # a: 5, 4, 2 -> 100, 75, 25 -> mean 66.666…; a4 unanswered (3 of 4 answered: enough)
    answers = {"a1": Answer(5), "a2": Answer(4), "a3": Answer(2)}
    scores = dimension_scores(_content(), answers)
    assert scores["a"].score == pytest.approx(200 / 3)
    assert (scores["a"].answered, scores["a"].applicable, scores["a"].total) == (3, 4, 4)


def test_fewer_than_half_answered_gives_no_score() -> None:
    scores = dimension_scores(_content(), {"a1": Answer(5)})  # 1 of 4
    assert scores["a"].score is None
    scores = dimension_scores(_content(), {"a1": Answer(5), "a2": Answer(1)})  # 2 of 4: half
    assert scores["a"].score == 50


def test_not_applicable_items_leave_the_denominator() -> None:
    # a1..a3 N/A: one applicable item left, answered with 4 -> 75
    answers = {
        "a1": Answer(None, True),
        "a2": Answer(None, True),
        "a3": Answer(None, True),
        "a4": Answer(4),
    }
    assert dimension_scores(_content(), answers)["a"].score == 75
    all_na = {f"a{i}": Answer(None, True) for i in range(1, 5)}
    assert dimension_scores(_content(), all_na)["a"].score is None


def test_reverse_scored_dimension() -> None:
    # s1 answered 2 (seen rarely) -> 75; s2 answered 4 (seen often) -> 25; mean 50
    scores = dimension_scores(_content(), {"s1": Answer(2), "s2": Answer(4)})
    assert scores["s"].score == 50


def test_service_index_needs_half_the_dimensions() -> None:
    content = _content()
    empty = dimension_scores(content, {})
    assert service_index(empty) is None
    one = dimension_scores(content, {"s1": Answer(1), "s2": Answer(1)})  # s = 100, a = None
    assert service_index(one) == 100  # 1 of 2 dimensions is half: enough
    both = dimension_scores(
        content, {"s1": Answer(1), "s2": Answer(1), "a1": Answer(1), "a2": Answer(3)}
    )  # a = mean(0, 50) = 25; s = 100
    assert service_index(both) == pytest.approx(62.5)


def test_weakest_items_lowest_first_and_only_below_half() -> None:
    answers = {"a1": Answer(5), "a2": Answer(2), "a3": Answer(1), "s1": Answer(5)}
    weak = weakest_items(_content(), answers)
    assert [(w.item.id, w.points) for w in weak] == [("a3", 0), ("s1", 0), ("a2", 25)]
    assert weakest_items(_content(), answers, limit=1)[0].item.id == "a3"


def test_servqual_self_view_groups_tagged_items() -> None:
    answers = {"a1": Answer(5), "a2": Answer(3), "a3": Answer(1), "s1": Answer(1)}
    view = servqual_self_view(_content(), answers)
    assert view["reliability"] == 75  # mean(100, 50)
    assert view["empathy"] == 50  # mean(0, 100 reverse)
    assert view["tangibles"] is None


def test_metric_threshold_directions() -> None:
    repeat = Metric("r", "", "%", "percent", "", 0, 100, 30, True)
    response = Metric("f", "", "h", "hours", "", 0, 1000, 24, False)
    assert metric_meets_threshold(repeat, 29.9) is False
    assert metric_meets_threshold(repeat, 30) is True
    assert metric_meets_threshold(response, 30) is False
    assert metric_meets_threshold(response, 24) is True
    assert metric_meets_threshold(response, None) is None
