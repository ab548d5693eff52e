"""Numbers as people type them, in any of the program's locales.

One reading for every place a person gives a number (a metric typed into the window, a cell of
an imported survey), so "24,5" means the same everywhere.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_decimal(text: str) -> float:
    """ "4,5" and "4.5", "1 234,5" (spaces, also no-break ones, group digits), "20%", "30 %".

    Raises ValueError for anything else: text, "1,2,3", "1.234,5" (ambiguous), "nan", "1e3".
    """
    value = text.strip().replace("\u00a0", "").replace("\u202f", "")
    if value.endswith("%"):
        value = value[:-1].strip()
    value = value.replace(" ", "")
    if "," in value:
        if "." in value or value.count(",") > 1:
            raise ValueError(f"{text!r} is not a number")
        value = value.replace(",", ".")
    if not _NUMBER.match(value):
        raise ValueError(f"{text!r} is not a number")
    return float(value)


def format_decimal(value: float, language: str) -> str:
    """A number as a sentence prints it: at most two decimals, "2.5", in Russian "2,5"; whole
    numbers without ".0"; never in exponent form."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = "0" if text == "-0" else text
    return text.replace(".", ",") if language == "ru" else text
