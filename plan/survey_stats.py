"""How sure a survey figure is, and whether a change between two waves is real.

Everything here works on sufficient statistics (counts, means, variances), because big plans
compute their totals in SQL and never hold every answer in memory. A figure that cannot be
computed (no answers, one answer, zero variance) is ``None``, never 0, and so are its test
statistic, p-value and interval: a missing figure must not read as "no change".

Formulas (docs/methodology.md §9):
- NPS interval: adjusted Wald — add 3 to n and 3/4 to promoters and to detractors.
- NPS change: two-sample z-test on each wave's variance (p_P + p_D − (p_P − p_D)²) / n.
- CSAT: Wilson interval; two-proportion z-test (pooled for z, unpooled for the interval).
- CES and SERVQUAL gaps: t interval; Welch's t-test.
- Cronbach's alpha over the respondents who answered every item of a scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

CONFIDENCE = 0.95
"""The one confidence level the program reports."""

RELIABLE_ALPHA = 0.7
"""Below this a scale's answers do not hang together well enough to trust its gap."""


@dataclass(frozen=True)
class Interval:
    """A two-sided interval at ``CONFIDENCE``, in the figure's own units."""

    low: float
    high: float

    def as_list(self) -> list[float]:
        return [self.low, self.high]


@dataclass(frozen=True)
class Change:
    """The change from one wave to the next: ``diff = to - from`` in the figure's units.

    ``statistic`` is z for NPS and CSAT and Welch's t for means; ``significant`` is ``None``
    when the test cannot be made.
    """

    before: float | None
    after: float | None
    diff: float | None
    se: float | None
    statistic: float | None
    p: float | None
    interval: Interval | None

    @property
    def significant(self) -> bool | None:
        if self.p is None:
            return None
        return self.p < 1 - CONFIDENCE


@dataclass(frozen=True)
class MeanStats:
    """What a t interval or Welch's test needs of one sample."""

    n: int
    mean: float | None
    variance: float | None
    """The sample variance (n − 1 in the denominator); ``None`` below two answers."""

    @classmethod
    def of(cls, values: Sequence[float]) -> MeanStats:
        return cls.from_sums(len(values), math.fsum(values), math.fsum(v * v for v in values))

    @classmethod
    def from_sums(cls, n: int, total: float, total_of_squares: float) -> MeanStats:
        """From SQL's COUNT, SUM and SUM of squares; guards the rounding of a near-zero spread."""
        if n <= 0:
            return cls(0, None, None)
        mean = total / n
        if n < 2:
            return cls(n, mean, None)
        variance = max(0.0, (total_of_squares - n * mean * mean) / (n - 1))
        if variance < 1e-12 * max(1.0, mean * mean):
            variance = 0.0
        return cls(n, mean, variance)


# -- distributions -------------------------------------------------------------------------


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def normal_quantile(p: float) -> float:
    """The inverse of ``normal_cdf`` by bisection: a few dozen steps, exact enough to print."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability {p} is outside (0, 1)")
    low, high = -40.0, 40.0
    for _ in range(200):
        middle = (low + high) / 2
        if normal_cdf(middle) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


def _incomplete_beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the regularised incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return result


def regularized_beta(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _incomplete_beta_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _incomplete_beta_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """Student's t distribution; ``df`` may be fractional (Welch)."""
    tail = 0.5 * regularized_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability {p} is outside (0, 1)")
    low, high = -1e3, 1e3
    for _ in range(200):
        middle = (low + high) / 2
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-10:
            break
    return (low + high) / 2


def _critical_z() -> float:
    return normal_quantile(1 - (1 - CONFIDENCE) / 2)


def _two_sided_normal_p(z: float) -> float:
    return 2.0 * normal_cdf(-abs(z))


# -- NPS -----------------------------------------------------------------------------------


def _nps_variance(promoters: float, detractors: float, n: float) -> float:
    """Per respondent scores are +1, 0, −1: Var(score) / n, in proportion units."""
    p_p, p_d = promoters / n, detractors / n
    return (p_p + p_d - (p_p - p_d) ** 2) / n


def nps_interval(promoters: int, passives: int, detractors: int) -> Interval | None:
    """Adjusted-Wald interval of NPS in points (−100…100), clipped to that range."""
    n = promoters + passives + detractors
    if n <= 0:
        return None
    adjusted_n = n + 3.0
    adjusted_p, adjusted_d = promoters + 0.75, detractors + 0.75
    centre = (adjusted_p - adjusted_d) / adjusted_n
    half = _critical_z() * math.sqrt(_nps_variance(adjusted_p, adjusted_d, adjusted_n))
    return Interval(max(-100.0, 100 * (centre - half)), min(100.0, 100 * (centre + half)))


def nps_change(before: tuple[int, int, int] | None, after: tuple[int, int, int] | None) -> Change:
    """Each wave as (promoters, passives, detractors); the change in NPS points."""
    nps_before = _nps_points(before)
    nps_after = _nps_points(after)
    if before is None or after is None or nps_before is None or nps_after is None:
        return Change(nps_before, nps_after, None, None, None, None, None)
    diff = nps_after - nps_before
    variance = sum(_nps_variance(w[0], w[2], sum(w)) for w in (before, after))
    return _z_change(nps_before, nps_after, diff, 100 * math.sqrt(variance), None)


def _nps_points(wave: tuple[int, int, int] | None) -> float | None:
    if wave is None or sum(wave) <= 0:
        return None
    return 100.0 * (wave[0] - wave[2]) / sum(wave)


def _z_change(before: float, after: float, diff: float, se: float, test_se: float | None) -> Change:
    """A z-test; ``test_se`` (pooled) is used for z and p where it differs from the interval's."""
    z_se = se if test_se is None else test_se
    if se <= 0 or z_se <= 0:
        return Change(before, after, diff, None, None, None, None)
    z = diff / z_se
    half = _critical_z() * se
    return Change(
        before, after, diff, se, z, _two_sided_normal_p(z), Interval(diff - half, diff + half)
    )


# -- CSAT ----------------------------------------------------------------------------------


def wilson_interval(satisfied: int, n: int) -> Interval | None:
    """Wilson score interval of a share, in percent."""
    if n <= 0:
        return None
    z = _critical_z()
    share = satisfied / n
    denominator = 1 + z * z / n
    centre = (share + z * z / (2 * n)) / denominator
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / denominator
    return Interval(max(0.0, 100 * (centre - half)), min(100.0, 100 * (centre + half)))


def csat_change(before: tuple[int, int] | None, after: tuple[int, int] | None) -> Change:
    """Each wave as (satisfied, responses); the change in percentage points."""
    share_before = _share(before)
    share_after = _share(after)
    if before is None or after is None or share_before is None or share_after is None:
        return Change(share_before, share_after, None, None, None, None, None)
    p1, p2 = share_before / 100, share_after / 100
    n1, n2 = before[1], after[1]
    pooled = (before[0] + after[0]) / (n1 + n2)
    pooled_se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    return _z_change(
        share_before, share_after, share_after - share_before, 100 * se, 100 * pooled_se
    )


def _share(wave: tuple[int, int] | None) -> float | None:
    if wave is None or wave[1] <= 0:
        return None
    return 100.0 * wave[0] / wave[1]


# -- means: CES and SERVQUAL gaps ----------------------------------------------------------


def t_interval(sample: MeanStats) -> Interval | None:
    if sample.mean is None or sample.variance is None or sample.variance <= 0:
        return None
    half = t_quantile(1 - (1 - CONFIDENCE) / 2, sample.n - 1) * math.sqrt(
        sample.variance / sample.n
    )
    return Interval(sample.mean - half, sample.mean + half)


def welch_change(before: MeanStats, after: MeanStats) -> Change:
    """Welch's t-test of two means; ``None`` wherever a wave has under two answers or no spread."""
    if before.mean is None or after.mean is None:
        return Change(before.mean, after.mean, None, None, None, None, None)
    diff = after.mean - before.mean
    if before.variance is None or after.variance is None:
        return Change(before.mean, after.mean, diff, None, None, None, None)
    part_before = before.variance / before.n
    part_after = after.variance / after.n
    se = math.sqrt(part_before + part_after)
    if se <= 0:
        return Change(before.mean, after.mean, diff, None, None, None, None)
    df = (part_before + part_after) ** 2 / (
        part_before**2 / (before.n - 1) + part_after**2 / (after.n - 1)
    )
    t = diff / se
    p = 2.0 * t_cdf(-abs(t), df)
    half = t_quantile(1 - (1 - CONFIDENCE) / 2, df) * se
    return Change(before.mean, after.mean, diff, se, t, p, Interval(diff - half, diff + half))


# -- reliability ---------------------------------------------------------------------------


def cronbach_alpha(rows: Sequence[Sequence[float | None]]) -> float | None:
    """Alpha of one scale over the rows (respondents) that answered every one of its items.

    ``None`` when it cannot be computed: fewer than two items or two complete rows, or no
    spread in the respondents' totals.
    """
    complete = [
        [float(v) for v in row if v is not None] for row in rows if all(v is not None for v in row)
    ]
    if len(complete) < 2:
        return None
    items = len(complete[0])
    if items < 2:
        return None
    item_variance = sum(
        MeanStats.of([row[i] for row in complete]).variance or 0.0 for i in range(items)
    )
    total_variance = MeanStats.of([math.fsum(row) for row in complete]).variance
    if not total_variance:
        return None
    return items / (items - 1) * (1 - item_variance / total_variance)
