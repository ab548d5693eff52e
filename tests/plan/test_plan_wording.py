"""plan.wording: figures as each language writes them, shared by the charts, the PDF and the
window."""

from __future__ import annotations

from datetime import date

import pytest

from plan.wording import (
    MINUS,
    NBSP,
    Wording,
    chart_number,
    display_number,
    format_amount,
    with_unit,
)


@pytest.mark.parametrize(
    ("language", "number", "signed", "percent", "short"),
    [
        ("en", "4.0", "+4.0", "24%", "3.2"),
        ("ru", "4,0", "+4,0", "24%", "3,2"),
        ("zh", "4.0", "+4.0", "24%", "3.2"),
    ],
)
def test_numbers_per_language(
    language: str, number: str, signed: str, percent: str, short: str
) -> None:
    w = Wording(language)
    assert w.number(4.0) == number
    assert w.signed(4.0) == signed
    assert w.signed(-0.04) == w.number(0.0)  # rounds to zero: no sign
    assert w.signed(-0.8).startswith(MINUS)
    assert w.percent(24.4) == percent
    assert w.short(3.20) == short
    assert w.short(-0.0) == "0"


def test_units_money_dates_lists() -> None:
    assert with_unit("24", "%") == "24%"
    assert with_unit("30", "h") == "30 h"
    assert with_unit("30", "") == "30"
    assert format_amount(1234.5, ",", "₽") == f"1{NBSP}235{NBSP}₽"
    assert format_amount(-1234.5, ".", "$") == f"{MINUS}$1,235"
    assert Wording("en").money(99.5, "USD") == f"99.50{NBSP}USD"
    day = date(2027, 1, 4)
    assert [Wording(lang).short_day(day) for lang in ("en", "ru", "zh")] == [
        "4 Jan 2027",
        "04.01.2027",
        "2027-01-04",
    ]
    assert Wording("zh").day(day) == "2027年1月4日"
    assert Wording("zh").listing(["a", "b"]) == "a、b"
    assert Wording("en").titles(["a, b", "c"]) == "a, b; c"


def test_chart_and_window_numbers() -> None:
    assert chart_number(2.0) == "2" and chart_number(2.0, fixed=True) == "2.0"
    assert chart_number(-0.04) == "0"
    assert display_number(1234.5, "ru") == f"1{NBSP}234,5"
    assert display_number(-7.0, "en", minus="-") == "-7"
    assert display_number(1234.5, "en", group=False) == "1234.5"


def test_intervals_and_changes_are_worded_in_each_language() -> None:
    from plan import survey_stats
    from plan.wording import Wording

    interval = survey_stats.Interval(-17.84, 1.21)
    en, ru, zh = Wording("en"), Wording("ru"), Wording("zh")
    assert (
        en.with_interval("NPS " + en.signed(-8.4), interval, signed=True)
        == "NPS −8.4, 95% interval −17.8 to +1.2"
    )
    assert ru.with_interval("NPS −8,4", interval, signed=True) == (
        "NPS −8,4; 95% интервал: от −17,8 до +1,2"
    )
    assert zh.with_interval("NPS −8.4", interval, signed=True) == "NPS −8.4，95% 区间 −17.8 至 +1.2"
    assert en.with_interval("CES 4.9", None) == "CES 4.9"
    published = survey_stats.nps_change((540, 360, 300), (675, 351, 324))
    assert en.change(published) == (
        "+6.0 (95% interval −0.3 to +12.3), not a significant change (p = 0.064)"
    )
    assert ru.change(published).endswith("изменение не значимо (p = 0,064)")
    assert zh.change(published).endswith("变化不显著（p = 0.064）")
    real = survey_stats.nps_change((300, 300, 600), (675, 351, 324))
    assert en.verdict(real) == "a significant change (p < 0.001)"
    untested = survey_stats.welch_change(
        survey_stats.MeanStats.of([4.0]), survey_stats.MeanStats.of([5.0, 6.0])
    )
    assert en.change(untested) == "+1.5, too few answers to test the change"
    assert "0,58" in ru.alpha_warning("Осязаемость", 0.58)
