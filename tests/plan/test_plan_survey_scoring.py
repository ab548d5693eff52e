"""Survey and complaint formulas against numbers worked out by hand (docs/methodology.md §3)."""

from __future__ import annotations

import pytest

from plan import scoring
from plan.scoring import Gap, net_promoter, pareto, servqual, servqual_of


def test_eleven_answers_zero_to_ten_give_nps_minus_45_45() -> None:
    result = net_promoter(range(11))
    assert (result.promoters, result.passives, result.detractors) == (2, 2, 7)
    assert result.responses == 11
    assert result.nps == pytest.approx(-45.4545, abs=1e-4)
    assert result.small_sample


def test_nps_bounds_and_boundaries() -> None:
    assert net_promoter([10, 9]).nps == 100
    assert net_promoter([6, 0]).nps == -100
    assert net_promoter([7, 8]).nps == 0  # passives only
    assert net_promoter([9, 8, 6]).nps == pytest.approx(0.0)  # 9 promotes, 6 detracts
    assert net_promoter([]).nps is None
    assert net_promoter([]).responses == 0


def test_small_sample_flag_is_under_thirty() -> None:
    assert net_promoter([9] * 29).small_sample
    assert not net_promoter([9] * 30).small_sample


def test_csat_is_share_of_fours_and_fives() -> None:
    assert scoring.csat_of([5, 4, 3, 2, 1, 4]) == pytest.approx(50.0)
    assert scoring.csat_of([3, 3]) == 0.0
    assert scoring.csat_of([]) is None


def _uniform(e: float, p: float, n: int = 1) -> Gap:
    return Gap(e, p, n)


def test_servqual_dimensions_unweighted_and_weighted_by_hand() -> None:
    # Every item expected at 6, perceived at 5 (gap -1), except tangibles perceived at 6 (gap 0).
    items = {n: _uniform(6, 6 if n <= 4 else 5, 2) for n in range(1, 23)}
    result = servqual(
        items,
        {
            "tangibles": 30,
            "reliability": 17.5,
            "responsiveness": 17.5,
            "assurance": 17.5,
            "empathy": 17.5,
        },
    )
    assert result.dimensions["tangibles"].gap == 0
    assert result.dimensions["empathy"].gap == -1
    # (0 - 1 - 1 - 1 - 1) / 5
    assert result.unweighted == pytest.approx(-0.8)
    # 0.30 * 0 + 0.70 * (-1)
    assert result.weighted == pytest.approx(-0.7)


def test_servqual_from_responses_pairs_and_scales_weights() -> None:
    base = {f"e{n}": 6.0 for n in range(1, 23)} | {f"p{n}": 5.0 for n in range(1, 23)}
    one = base | {"p1": 6.0, "p2": 6.0, "p3": 6.0, "p4": 6.0}
    one |= {"w_tangibles": 40, "w_reliability": 15, "w_responsiveness": 15}
    one |= {"w_assurance": 15, "w_empathy": 15}
    # The second respondent shares 50 points, not 100: scaled, each dimension gets 20%.
    two = (
        base | {f"p{n}": 6.0 for n in range(1, 5)} | {f"w_{d}": 10 for d in scoring.SERVQUAL_ITEMS}
    )
    result = servqual_of([one, two])
    assert result.weights == pytest.approx(
        {
            "tangibles": 30,
            "reliability": 17.5,
            "responsiveness": 17.5,
            "assurance": 17.5,
            "empathy": 17.5,
        }
    )
    assert result.weighted == pytest.approx(-0.7)
    assert result.items[1] == Gap(6.0, 6.0, 2)


def test_item_gap_uses_only_respondents_who_rated_both() -> None:
    result = servqual_of([{"e1": 7.0, "p1": 5.0}, {"e1": 6.0, "p1": 6.0}, {"e1": 1.0}])
    assert result.items[1].expectation == pytest.approx(6.5)
    assert result.items[1].perception == pytest.approx(5.5)
    assert result.items[1].gap == pytest.approx(-1.0)
    assert result.items[1].responses == 2
    # Only tangibles has data: no unweighted score over the five dimensions.
    assert result.dimensions["tangibles"].gap == pytest.approx(-1.0)
    assert result.dimensions["reliability"].gap is None
    assert result.unweighted is None
    assert result.weighted is None


def test_empty_servqual_is_all_none() -> None:
    result = servqual_of([])
    assert all(d.gap is None for d in result.dimensions.values())
    assert (result.unweighted, result.weighted, result.responses) == (None, None, 0)


def test_pareto_vital_few_reach_eighty_percent() -> None:
    entries = pareto([("C", 10), ("A", 50), ("D", 10), ("B", 30), ("Empty", 0)])
    assert [e.category for e in entries] == ["A", "B", "C", "D"]
    assert [e.percent for e in entries] == pytest.approx([50, 30, 10, 10])
    assert [e.cumulative_percent for e in entries] == pytest.approx([50, 80, 90, 100])
    assert [e.vital_few for e in entries] == [True, True, False, False]


def test_pareto_single_category_and_none() -> None:
    assert [(e.category, e.vital_few) for e in pareto([("Only", 3)])] == [("Only", True)]
    assert pareto([]) == []


def test_pareto_the_category_crossing_eighty_is_vital() -> None:
    entries = pareto([("A", 70), ("B", 20), ("C", 10)])
    assert [e.vital_few for e in entries] == [True, True, False]


def test_customer_view_rescales_perception_and_finds_overrating() -> None:
    items = {n: Gap(6.0, 4.0 if n <= 4 else 7.0, 5) for n in range(1, 23)}
    customers = scoring.servqual_customer_view(servqual(items))
    assert customers["tangibles"] == pytest.approx(50.0)  # (4 - 1) / 6
    assert customers["empathy"] == pytest.approx(100.0)
    company = {
        "tangibles": 75.0,
        "reliability": 95.0,
        "responsiveness": None,
        "assurance": 100.0,
        "empathy": 100.0,
    }
    over = scoring.overrated_dimensions(company, customers)
    assert over == pytest.approx({"tangibles": 25.0})
