"""Figures as each language writes them: one place for numbers, signs, percentages, money,
dates, units and lists, used by the charts, the Service Plan PDF and the window alike.

Why one module: the views formatted numbers their own ways and drifted (a no-break space
before a unit in the charts, a plain one in the PDF). Everything here is pure Python and
deterministic; what a view needs beyond it (fonts, widths) stays in the view.

Conventions, in every language:
- a true minus sign (U+2212) in printed numbers; a sign on differences ("+12", "−0.8"), none on
  a value that rounds to zero;
- the decimal separator is "," in Russian, "." otherwise; thousands are grouped with a
  no-break space in Russian, "," otherwise;
- a unit follows its number after a space ("30 h"), except %, ° and ‰ ("24%"): a plain space,
  so a narrow table cell can put the unit on the next line rather than break the word;
- money is rounded half up, in whole units from 1,000 or when there are no cents, and a
  one-character currency sign leads in the "." languages ("$12,500"); anything else follows
  ("12 500 ₽", "12,500 USD").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

__all__ = [
    "MINUS",
    "NBSP",
    "Wording",
    "chart_number",
    "chart_signed",
    "decimal_separator",
    "display_number",
    "format_amount",
    "with_unit",
]

MINUS = "\u2212"
NBSP = "\u00a0"

_DECIMAL = {"en": ".", "ru": ",", "zh": "."}
# Russian groups thousands with a (no-break) space; a comma there would read as a decimal.
_GROUP = {"en": ",", "ru": NBSP, "zh": ","}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Currency signs written before the amount (in the languages whose decimal point is ".").
_PREFIX_CURRENCIES = frozenset("$£€¥￥")
#: Units written straight after the number, without a space.
_ATTACHED_UNITS = ("%", "°", "‰")


def decimal_separator(language: str) -> str:
    return _DECIMAL.get(language, ".")


def with_unit(number: str, unit: str) -> str:
    """Number and unit: "24%" but "30 h" (a plain space: see the module's conventions)."""
    unit = unit.strip()
    if not unit:
        return number
    if unit in _ATTACHED_UNITS:
        return number + unit
    return f"{number} {unit}"


def chart_number(value: float, decimal: str = ".", *, fixed: bool = False, digits: int = 1) -> str:
    """A value as a chart labels it: at most `digits` decimals (one unless the figure is
    printed with more elsewhere, as SERVQUAL gaps are), no trailing zeros (`fixed` keeps
    them, for columns of values that should line up)."""
    text = f"{value:.{digits}f}"
    if not fixed and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and not text.strip("-0."):
        text = text[1:]
    return text.replace(".", decimal)


def chart_signed(value: float, decimal: str = ".", *, fixed: bool = False, digits: int = 1) -> str:
    """A difference with its sign, as a chart labels it: "+12", "−0.8", "0".

    Why a sign on positives: in a gap or an NPS the direction is the message; "12" next to
    "−3" reads as a level, "+12" as a difference.
    """
    text = chart_number(abs(value), decimal, fixed=fixed, digits=digits)
    if not text.strip("0" + decimal):
        return text  # rounds to zero: no sign
    return ("+" if value > 0 else MINUS) + text


def display_number(
    value: float, language: str, digits: int = 2, *, group: bool = True, minus: str = MINUS
) -> str:
    """At most `digits` decimals without trailing zeros, the language's decimal separator and
    (for display) its thousands separator. Fields people edit use `group=False, minus="-"` so
    the text reads back with `plan.numbers.parse_decimal`."""
    if round(value, digits) == 0:
        value = 0.0
    text = f"{abs(value):,.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", _GROUP.get(language, ",") if group else "")
    text = whole + (decimal_separator(language) + fraction if fraction else "")
    return (minus + text) if value < 0 else text


def format_amount(value: float, decimal: str = ".", currency: str = "") -> str:
    """Money as people write it: thousands grouped, cents only below 1,000 and only when there
    are any ("99,50", "1 235", "12,500"), and the currency (see the module's conventions)."""
    from decimal import ROUND_HALF_UP, Context, Decimal

    if not math.isfinite(value):
        return "—"
    whole = abs(value) >= 1000 or float(value).is_integer()
    # Half up, as money is rounded ("1 234,5" is 1 235), not Python's half to even.
    step = Decimal(1) if whole else Decimal("0.01")
    exact = Decimal(repr(abs(float(value))))
    rounded = exact.quantize(step, rounding=ROUND_HALF_UP, context=Context(prec=400))
    text = f"{rounded:,.0f}" if whole else f"{rounded:,.2f}"
    group = "," if decimal != "," else NBSP
    text = text.replace(",", "\x00").replace(".", decimal).replace("\x00", group)
    sign = MINUS if value < 0 and text.strip("0" + decimal + group) else ""
    currency = currency.strip()
    if not currency:
        return sign + text
    if len(currency) == 1 and currency in _PREFIX_CURRENCIES and decimal == ".":
        return sign + currency + text  # −$1,235: the sign leads, as for any number
    return f"{sign}{text}{NBSP}{currency}"


@dataclass(frozen=True)
class Wording:
    """Numbers, dates and lists in one language, as the printed plan writes them."""

    language: str

    @property
    def decimal(self) -> str:
        return decimal_separator(self.language)

    def number(self, value: float, digits: int = 1) -> str:
        """Exactly `digits` decimals ("4.0", "−0,8")."""
        text = f"{value:.{digits}f}"
        return text.replace(".", self.decimal)

    def signed(self, value: float, digits: int = 1) -> str:
        text = self.number(abs(value), digits)
        if round(value, digits) == 0:
            return text
        return f"+{text}" if value > 0 else f"{MINUS}{text}"

    def percent(self, value: float, digits: int = 0) -> str:
        return f"{self.number(value, digits)}%"

    def short(self, value: float, digits: int = 1) -> str:
        """A typed value as its owner wrote it: at most `digits` decimals, no trailing zeros
        ("90", "3.2", "−0,8"), with a true minus sign."""
        text = f"{value:.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        return text.replace("-", MINUS).replace(".", self.decimal)

    def money(self, value: float, currency: str = "") -> str:
        """An amount of money, thousands grouped, as the charts write it."""
        return format_amount(value, self.decimal, currency)

    def with_unit(self, number: str, unit: str) -> str:
        return with_unit(number, unit)

    def day(self, day: date) -> str:
        """A date as the language writes it in running text."""
        if self.language == "zh":
            return f"{day.year}年{day.month}月{day.day}日"
        if self.language == "ru":
            return day.strftime("%d.%m.%Y")
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def short_day(self, day: date) -> str:
        """A date for a table column: compact, and unambiguous in each language ("4 Jan 2027",
        "04.01.2027", "2027-01-04": the ISO form is how Chinese tables write dates compactly)."""
        if self.language == "en":
            return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"
        if self.language == "zh":
            return day.isoformat()
        return self.day(day)

    def listing(self, names: Sequence[str]) -> str:
        separator = "、" if self.language == "zh" else ", "
        return separator.join(names)

    def titles(self, names: Sequence[str]) -> str:
        """Titles that may hold commas themselves ("Complaints: waiting, prices"), listed."""
        separator = "；" if self.language == "zh" else "; "
        return separator.join(names)
