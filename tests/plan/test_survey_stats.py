"""Every formula against a hand computation or a published figure (docs/methodology.md §9)."""

from __future__ import annotations

import pytest

from plan.survey_stats import (
    MeanStats,
    cronbach_alpha,
    csat_change,
    normal_quantile,
    nps_change,
    nps_interval,
    t_interval,
    t_quantile,
    welch_change,
    wilson_interval,
)


def test_the_published_nps_change_is_not_significant() -> None:
    # 540/360/300 (NPS 20) then 675/351/324 (NPS 26): +6.0, SE 3.24, z 1.85, p 0.064.
    change = nps_change((540, 360, 300), (675, 351, 324))
    assert change.before == pytest.approx(20.0)
    assert change.after == pytest.approx(26.0)
    assert change.diff == pytest.approx(6.0)
    assert change.se == pytest.approx(3.24, abs=0.005)
    assert change.statistic == pytest.approx(1.85, abs=0.005)
    assert change.p == pytest.approx(0.064, abs=0.0005)
    assert change.interval is not None
    assert change.interval.low == pytest.approx(6.0 - 1.96 * 3.2374, abs=0.01)
    assert change.significant is False


def test_a_large_nps_change_is_significant() -> None:
    change = nps_change((300, 300, 600), (600, 300, 300))
    assert change.diff == pytest.approx(50.0)
    assert change.significant is True
    assert change.p is not None and change.p < 1e-6


def test_nps_interval_is_adjusted_wald() -> None:
    # n' = 1203, P' = 540.75, D' = 300.75: centre 19.950, SE 2.3418 points.
    interval = nps_interval(540, 360, 300)
    assert interval is not None
    assert interval.low == pytest.approx(19.9501 - 1.95996 * 2.34175, abs=0.001)
    assert interval.high == pytest.approx(19.9501 + 1.95996 * 2.34175, abs=0.001)


def test_nps_interval_stays_within_the_scale() -> None:
    interval = nps_interval(5, 0, 0)
    assert interval is not None
    assert interval.high == 100.0
    assert interval.low < 100.0


def test_figures_that_cannot_be_computed_are_none_never_zero() -> None:
    assert nps_interval(0, 0, 0) is None
    empty = nps_change((0, 0, 0), (10, 5, 5))
    assert empty.before is None and empty.diff is None and empty.p is None
    assert empty.significant is None
    assert wilson_interval(0, 0) is None
    assert csat_change(None, (5, 10)).statistic is None
    assert t_interval(MeanStats.of([4.0])) is None  # one answer
    assert t_interval(MeanStats.of([5.0, 5.0, 5.0])) is None  # no spread
    flat = welch_change(MeanStats.of([3.0, 3.0]), MeanStats.of([3.0, 3.0]))
    assert flat.diff == 0.0 and flat.statistic is None and flat.interval is None
    assert welch_change(MeanStats.of([]), MeanStats.of([1.0, 2.0])).diff is None


def test_distribution_quantiles_match_the_tables() -> None:
    assert normal_quantile(0.975) == pytest.approx(1.959964, abs=1e-6)
    assert t_quantile(0.975, 1) == pytest.approx(12.7062, abs=1e-4)
    assert t_quantile(0.975, 10) == pytest.approx(2.228139, abs=1e-6)
    assert t_quantile(0.975, 30) == pytest.approx(2.042272, abs=1e-6)


def test_wilson_interval_of_eight_in_ten() -> None:
    interval = wilson_interval(8, 10)
    assert interval is not None
    assert (interval.low, interval.high) == pytest.approx((49.016, 94.332), abs=0.001)


def test_csat_change_pools_for_the_test() -> None:
    # 80% of 100 then 90% of 100: pooled p 0.85, SE 5.05 points, z 1.98, p 0.048.
    change = csat_change((80, 100), (90, 100))
    assert change.diff == pytest.approx(10.0)
    assert change.statistic == pytest.approx(1.980, abs=0.001)
    assert change.p == pytest.approx(0.0477, abs=0.0001)
    assert change.se == pytest.approx(5.0)  # unpooled, for the interval
    assert change.significant is True


def test_t_interval_of_a_small_sample() -> None:
    # 4, 5, 6: mean 5, s 1, t(0.975, 2) = 4.3027.
    interval = t_interval(MeanStats.of([4.0, 5.0, 6.0]))
    assert interval is not None
    assert interval.low == pytest.approx(5 - 4.3027 / 3**0.5, abs=1e-4)


def test_welch_test_of_unequal_variances() -> None:
    # 1..5 against 2,4,..,10: t 1.8974, df 5.882, p 0.1075.
    change = welch_change(MeanStats.of([1, 2, 3, 4, 5]), MeanStats.of([2, 4, 6, 8, 10]))
    assert change.diff == pytest.approx(3.0)
    assert change.statistic == pytest.approx(1.8974, abs=1e-4)
    assert change.p == pytest.approx(0.1075, abs=1e-4)
    assert change.significant is False


def test_mean_stats_from_sql_sums_equal_the_values() -> None:
    values = [1.0, 2.5, 7.0, 3.25]
    from_sums = MeanStats.from_sums(len(values), sum(values), sum(v * v for v in values))
    assert from_sums.mean == pytest.approx(MeanStats.of(values).mean)
    assert from_sums.variance == pytest.approx(MeanStats.of(values).variance)
    # Rounding must never turn a flat sample into a tiny positive spread.
    assert MeanStats.from_sums(3, 0.3, 0.03).variance == 0.0


def test_cronbach_alpha_by_hand() -> None:
    # item variances 1 and 1/3, totals 3, 5, 6 with variance 7/3: alpha = 2(1 - (4/3)/(7/3)).
    assert cronbach_alpha([[1, 2], [2, 3], [3, 3]]) == pytest.approx(6 / 7)
    assert cronbach_alpha([[1, 1], [2, 2], [3, 3]]) == pytest.approx(1.0)


def test_cronbach_alpha_uses_complete_rows_only_and_can_be_none() -> None:
    assert cronbach_alpha([[1, None], [2, 2], [3, 3]]) == pytest.approx(1.0)
    assert cronbach_alpha([[1, 2]]) is None  # one respondent
    assert cronbach_alpha([[1], [2], [3]]) is None  # one item
    assert cronbach_alpha([[3, 3], [3, 3]]) is None  # no spread
