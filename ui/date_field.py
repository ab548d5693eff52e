"""A date field for a date that may be unset: typed in the window language's usual form, or
picked from a calendar that opens at the date shown (or today).

QDateEdit cannot do either: its "not set" value is a real date (the calendar opens there), and
digits typed after its special text are dropped without a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

translate = QCoreApplication.translate

ISO = "yyyy-MM-dd"


def typing_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (what the field shows)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def parse_date(text: str, locale: QLocale) -> QDate | None:
    """`text` read as a date in the locale's usual forms or as YYYY-MM-DD; None if it is not
    one (an empty text is no date either: the caller decides what empty means)."""
    text = text.strip()
    if not text:
        return None
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    patterns = [
        typing_format(locale),
        short,
        locale.dateFormat(QLocale.FormatType.LongFormat),
        locale.dateFormat(QLocale.FormatType.NarrowFormat),
        ISO,
        "yyyyMMdd",
    ]
    # One-letter day and month read one or two digits ("7.12.2026" as well as "07.12.2026").
    patterns += [p.replace("dd", "d").replace("MM", "M") for p in patterns[:2]]
    for pattern in patterns:
        found = locale.toDate(text, pattern)
        if not found.isValid():
            continue
        if "yyyy" not in pattern and found.year() < 1950:
            found = found.addYears(100)  # "26" is 2026, not 1926
        return found
    return None


class DateField(QWidget):
    """A line edit and a calendar button. `value()` is "YYYY-MM-DD", "" (unset) or None when
    the typed text is not a date; `unreadable` says so with an example to copy."""

    editingFinished = Signal()
    textEdited = Signal(str)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_ = locale
        self.pattern = typing_format(locale)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(
            translate("DateField", "Not set (e.g. {example})").format(example=self.example())
        )
        self.line.editingFinished.connect(self.editingFinished)
        self.line.textEdited.connect(self.textEdited)
        self.setFocusProxy(self.line)
        row.addWidget(self.line, 1)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(translate("DateField", "Choose the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self._calendar: QCalendarWidget | None = None  # made when first opened
        self.menu.aboutToShow.connect(self.prepare_calendar)
        self.button.setMenu(self.menu)
        row.addWidget(self.button)

    def example(self) -> str:
        return self.locale_.toString(QDate.currentDate(), self.pattern)

    # -- value --------------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def value(self) -> str | None:
        text = self.line.text().strip()
        if not text:
            return ""
        found = parse_date(text, self.locale_)
        return found.toString(ISO) if found is not None else None

    def set_value(self, iso: str) -> None:
        """Show a stored "YYYY-MM-DD" (or "" for unset) in the locale's form."""
        found = QDate.fromString(iso, ISO) if iso else QDate()
        self.line.setText(self.locale_.toString(found, self.pattern) if found.isValid() else "")

    def unreadable(self) -> str:
        """Why the typed text was not taken, in the window's language."""
        return translate(
            "DateField", "“{text}” is not a date. Type it like {example}, or leave it empty."
        ).format(text=self.line.text().strip(), example=self.example())

    def setReadOnly(self, readonly: bool) -> None:
        self.line.setReadOnly(readonly)
        self.button.setEnabled(not readonly)

    # -- the calendar -------------------------------------------------------------------------

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar in the button's menu, made on first use (it is not cheap to build,
        and most visits to the page never open it)."""
        if self._calendar is None:
            calendar = QCalendarWidget()
            calendar.setLocale(self.locale_)
            calendar.setGridVisible(True)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(calendar)
            self.menu.addAction(action)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def prepare_calendar(self) -> None:
        """Open at the date shown, or today when none (or an unreadable one) is."""
        found = parse_date(self.line.text(), self.locale_)
        shown = found if found is not None else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())

    def _picked(self, picked: QDate) -> None:
        self.line.setText(self.locale_.toString(picked, self.pattern))
        self.menu.close()
        self.editingFinished.emit()
