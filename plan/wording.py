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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plan.survey_stats import Change, Interval

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
#: How sure a figure is and whether a change is real, in each language (docs/methodology.md
#: §3.9): the window and the PDF print the same sentences.
_SURE: dict[str, dict[str, str]] = {
    "en": {
        "fix_first": "Fix first",
        "keep_it_up": "Keep it up",
        "low_priority": "Low priority",
        "possibly_overdone": "Possibly overdone",
        "weights": "importance: the points customers gave each dimension",
        "nps_correlation": "importance: how strongly each dimension goes with recommending (NPS)",
        "act_first": "Where to act first",
        "interval": "95% interval {range}",
        "range": "{low} to {high}",
        "then": ", ",
        "aside": " ({})",
        "significant": "a significant change",
        "not_significant": "not a significant change",
        "untested": "too few answers to test the change",
        "p": "p = {p}",
        "p_small": "p < 0.001",
        "alpha": "{dimension}: the answers do not hang together (Cronbach's alpha {alpha});"
        " read its gap with care.",
    },
    "ru": {
        "fix_first": "Исправить в первую очередь",
        "keep_it_up": "Так держать",
        "low_priority": "Низкий приоритет",
        "possibly_overdone": "Возможно, с избытком",
        "weights": "важность: баллы, которые клиенты дали каждому измерению",
        "nps_correlation": "важность: насколько измерение связано с готовностью"
        " рекомендовать (NPS)",
        "act_first": "С чего начать",
        "interval": "95% интервал: {range}",
        "range": "от {low} до {high}",
        "then": "; ",
        "aside": " ({})",
        "significant": "значимое изменение",
        "not_significant": "изменение не значимо",
        "untested": "слишком мало ответов, чтобы проверить изменение",
        "p": "p = {p}",
        "p_small": "p < 0,001",
        "alpha": "{dimension}: ответы не согласуются между собой (альфа Кронбаха {alpha});"
        " к разрыву стоит отнестись осторожно.",
    },
    "zh": {
        "fix_first": "优先改进",
        "keep_it_up": "继续保持",
        "low_priority": "次要",
        "possibly_overdone": "可能投入过度",
        "weights": "重要性：顾客给各维度分配的分数",
        "nps_correlation": "重要性：各维度与推荐意愿（NPS）的关联程度",
        "act_first": "从哪里着手",
        "interval": "95% 区间 {range}",
        "range": "{low} 至 {high}",
        "then": "，",
        "aside": "（{}）",
        "significant": "变化显著",
        "not_significant": "变化不显著",
        "untested": "回答太少，无法检验变化",
        "p": "p = {p}",
        "p_small": "p < 0.001",
        "alpha": "{dimension}：各题回答彼此不一致（克朗巴赫 α {alpha}），其差距需谨慎解读。",
    },
}


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

    def _sure(self, key: str) -> str:
        return _SURE.get(self.language, _SURE["en"])[key]

    def interval(
        self, interval: Interval, digits: int = 1, *, signed: bool = False, unit: str = ""
    ) -> str:
        """ "95% interval −17.8 to +1.2" (`signed`: for figures that can go either way)."""
        return self._sure("interval").format(
            range=self.span(interval, digits, signed=signed, unit=unit)
        )

    def span(
        self, interval: Interval, digits: int = 1, *, signed: bool = False, unit: str = ""
    ) -> str:
        """An interval's ends alone, "−17.8 to +1.2", for a column headed "95% interval"."""
        show = self.signed if signed else self.number
        return self._sure("range").format(
            low=with_unit(show(interval.low, digits), unit),
            high=with_unit(show(interval.high, digits), unit),
        )

    def with_interval(
        self,
        figure: str,
        interval: Interval | None,
        digits: int = 1,
        *,
        signed: bool = False,
        unit: str = "",
    ) -> str:
        """A figure as printed with how sure it is: "NPS −8.4, 95% interval −17.8 to +1.2"
        (just the figure when there is no interval)."""
        if interval is None:
            return figure
        return (
            figure + self._sure("then") + self.interval(interval, digits, signed=signed, unit=unit)
        )

    def verdict(self, change: Change) -> str:
        """ "a significant change (p = 0.003)", "not a significant change (p = 0.064)", or that
        the change cannot be tested."""
        if change.p is None:
            return self._sure("untested")
        p = (
            self._sure("p_small")
            if change.p < 0.001
            else self._sure("p").format(p=self.number(change.p, 3))
        )
        key = "significant" if change.significant else "not_significant"
        return self._sure(key) + self._sure("aside").format(p)

    def change(self, change: Change, digits: int = 1, unit: str = "") -> str:
        """ "+6.0 (95% interval −0.4 to +12.4), not a significant change (p = 0.064)"; empty
        when either wave lacks the figure."""
        if change.diff is None:
            return ""
        text = with_unit(self.signed(change.diff, digits), unit)
        if change.interval is not None:
            interval = self.interval(change.interval, digits, signed=True, unit=unit)
            text += self._sure("aside").format(interval)
        return text + self._sure("then") + self.verdict(change)

    def alpha_warning(self, dimension: str, alpha: float) -> str:
        """Why a dimension's gap is to be read with care (alpha below 0.7)."""
        number = self.number(alpha, 2).replace("-", MINUS)
        return self._sure("alpha").format(dimension=dimension, alpha=number)

    def sure(self, key: str) -> str:
        """A quadrant's name (`plan.importance.QUADRANTS`), the basis of importance, or
        "Where to act first", in this language."""
        return self._sure(key)

    def listing(self, names: Sequence[str]) -> str:
        separator = "、" if self.language == "zh" else ", "
        return separator.join(names)

    def titles(self, names: Sequence[str]) -> str:
        """Titles that may hold commas themselves ("Complaints: waiting, prices"), listed."""
        separator = "；" if self.language == "zh" else "; "
        return separator.join(names)
