"""One reading of typed numbers for the whole program (metrics and imported cells), and how
sentences print them."""

from __future__ import annotations

import pytest

from plan.numbers import format_decimal, parse_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("24", 24.0),
        ("-3", -3.0),
        ("24,5", 24.5),
        (".5", 0.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f200", 1200.0),
        ("30 %", 30.0),
        (" 7 ", 7.0),
    ],
)
def test_reads_what_people_type(text: str, value: float) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.234,5", "nan", "inf", "1e3", "1_000"])
def test_refuses_the_rest(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (2.5, "en", "2.5"),
        (2.5, "ru", "2,5"),
        (3.0, "zh", "3"),
        (-1.84375, "en", "-1.84"),
        (10.0, "ru", "10"),
        (1e12, "en", "1000000000000"),
        (-0.001, "en", "0"),
    ],
)
def test_format_decimal(value: float, language: str, expected: str) -> None:
    assert format_decimal(value, language) == expected
