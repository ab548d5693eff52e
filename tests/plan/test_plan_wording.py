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
