"""Step 3, service standards: what good service is at each touchpoint, in numbers.

A slogan such as "the customer is always right" is a global imperative nobody can act on, so the
page keeps asking the one question that matters: can this standard be checked? The dialog answers
it live as the user types (`plan.standards.check_standard`), the list marks every standard, and a
panel at the top names the focus problems still without a standard and the standards that cannot
be measured. A library of tried standards, filtered by touchpoint and industry, gives a start.
Every edit is one undo command.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plan import figures as model
from plan.errors import InvalidValueError, PlanError
from plan.numbers import parse_decimal
from plan.problems import Problem
from plan.problems import load_texts as load_problem_texts
from plan.standards import (
    DIRECTIONS,
    FREQUENCIES,
    Standard,
    StandardCheck,
    check_standard,
    explain,
    focus_without_standard,
    load_texts,
    standard_from_template,
    structure,
    suggest_industry,
    templates,
    validate_standard,
)
from plan.steps import Step
from plan.store import Section
from ui.commands import AddStandard, DeleteStandard, EditStandard, PlanCommand
from ui.dialogs import Dialogs
from ui.i18n import plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

# Sections whose change alters the list and the flags (standards, and the problems they link to).
LIST_SECTIONS = frozenset({Section.STANDARDS, Section.PROBLEMS, Section.PLAN, Section.META})
# Sections whose change alters the texts in the plan's language (the intro's source).
TEXT_SECTIONS = frozenset({Section.PLAN, Section.META})
KEY_ROLE = Qt.ItemDataRole.UserRole
FOCUS_MARK = "★"
MEASURABLE_MARK = "✓"
NOT_MEASURABLE_MARK = "⚠"
MEASURABLE_COLOUR = "#1e6b34"
NOT_MEASURABLE_COLOUR = "#8a4b00"
# The list grows with its rows (the page scrolls), up to this height for a very long plan.
MAX_TABLE_HEIGHT = 2400
ROW_PADDING = 6
MIN_COLUMN_WIDTH = 90
MARK, STATEMENT, TARGET, FREQUENCY, OWNER, PROBLEMS = range(6)
# Share of the free width each wrapping column gets (the others fit their contents).
COLUMN_SHARES = {STATEMENT: 0.4, TARGET: 0.3, PROBLEMS: 0.3}
LIBRARY_STATEMENT, LIBRARY_TARGET, LIBRARY_MEASUREMENT = range(3)


# -- names and numbers -------------------------------------------------------------------------


def format_number(value: float, language: str) -> str:
    """A target as people write it: "2,5" in Russian, "2.5" otherwise (both are read back)."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "ru" else text


def parse_target(text: str) -> float | None:
    """A typed target (see `plan.numbers.parse_decimal`); an empty field is None.

    Raises InvalidValueError naming the field, so the refusal reads like the store's own."""
    if not text.strip():
        return None
    try:
        return parse_decimal(text)
    except ValueError:
        raise InvalidValueError(
            "target", f"{text!r} is not a number", "not_a_number", {"text": text.strip()}
        ) from None


def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def touchpoint_names(language: str) -> dict[str, str]:
    """The eight touchpoints by id, named in the plan's language."""
    return dict(load_problem_texts(language).touchpoints)


def touchpoint_label(touchpoint: str, language: str) -> str:
    """A stored touchpoint (an id, or free text the user typed) as the user reads it."""
    return touchpoint_names(language).get(touchpoint, touchpoint)


def touchpoint_value(text: str, language: str) -> str:
    """What the touchpoint field stores: the id when the text names one of the eight."""
    tidy = " ".join(text.split())
    for key, name in touchpoint_names(language).items():
        if tidy.casefold() in {name.casefold(), key.casefold()}:
            return key
    return tidy


def target_text(standard: Standard, language: str) -> str:
    """ "at most 3 rings" in the plan's language; "" when there is no target."""
    if standard.target is None:
        return ""
    texts = load_texts(language)
    return " ".join(
        part
        for part in (
            texts.directions.get(standard.direction, ""),
            format_number(standard.target, language),
            standard.unit,
        )
        if part
    )


def field_name(field: str) -> str | None:
    return {
        "statement": translate("StandardsPage", "Standard"),
        "touchpoint": translate("StandardsPage", "Touchpoint"),
        "indicator": translate("StandardsPage", "Indicator"),
        "target": translate("StandardsPage", "Target"),
        "unit": translate("StandardsPage", "Unit"),
        "direction": translate("StandardsPage", "Direction"),
        "measurement": translate("StandardsPage", "How it is measured"),
        "frequency": translate("StandardsPage", "How often"),
        "owner": translate("StandardsPage", "Responsible"),
        "problem_ids": translate("StandardsPage", "Problems it addresses"),
    }.get(field)


def refusal_text(error: PlanError) -> str:
    """A refusal in the window's language, naming the field it is about."""
    if isinstance(error, InvalidValueError):
        if error.field == "statement" and error.code == "empty":
            return translate("StandardsPage", "Write the standard itself.")
        if error.field == "standard" and error.code == "unknown_item":
            return translate(
                "StandardsPage", "This standard is no longer in the plan; it may have been undone."
            )
        if error.field == "problem_ids" and error.code == "unknown_item":
            return translate(
                "StandardsPage",
                "A problem this standard is linked to is no longer in the plan; untick it.",
            )
        if error.field == "target" and error.code == "not_a_number" and "text" in error.params:
            return translate(
                "StandardsPage", "Target: “{text}” is not a number. Write it as 3 or 2.5."
            ).format(text=error.params["text"])
        field = field_name(error.field)
        if field is not None:
            return translate("StandardsPage", "{field}: {reason}").format(
                field=field, reason=plan_error_message(error)
            )
    return plan_error_message(error)


def check_sentences(standard: Standard, check: StandardCheck, language: str) -> list[str]:
    """`plan.standards.explain`, without calling an empty statement a slogan, and with a
    measurable standard's good news first."""
    if not standard.statement.strip():
        check = replace(check, imperative=False)
    lines = explain(standard, check, language)
    if check.measurable:
        # The good news first: explain() puts the vague-word warnings before it.
        vague = min(2, len(check.vague_words))
        lines = lines[vague:] + lines[:vague]
    return lines


# -- the standard dialog -----------------------------------------------------------------------


class StandardDialog(QDialog):
    """A standard's fields with a live check of whether it can be measured; checked with the
    plan's own rules before it closes, so nothing typed is lost to a refusal."""

    def __init__(
        self,
        standard: Standard | None,
        problems: list[Problem],
        focus: set[int],
        language: str,
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("standardDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.original = standard or Standard("")
        self.measurable = False
        self.language = language
        texts = load_texts(language)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.statement = QPlainTextEdit(self.original.statement)
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(64)
        self.statement.setPlaceholderText(
            translate("StandardDialog", "What staff do, e.g. “Answer the phone within three rings”")
        )
        form.addRow(translate("StandardDialog", "Standard:"), self.statement)

        self.touchpoint = QComboBox()
        self.touchpoint.setObjectName("touchpoint")
        self.touchpoint.setEditable(True)
        self.touchpoint.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, name in touchpoint_names(language).items():
            self.touchpoint.addItem(name, key)
        found = self.touchpoint.findData(self.original.touchpoint)
        self.touchpoint.setCurrentIndex(found)
        if found < 0:
            self.touchpoint.setEditText(self.original.touchpoint)
        line = self.touchpoint.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("StandardDialog", "Choose or type a touchpoint"))
        form.addRow(translate("StandardDialog", "Touchpoint:"), self.touchpoint)

        self.indicator = QLineEdit(self.original.indicator)
        self.indicator.setObjectName("indicator")
        self.indicator.setPlaceholderText(
            translate(
                "StandardDialog", "What is counted, e.g. “Rings before the phone is answered”"
            )
        )
        form.addRow(translate("StandardDialog", "Indicator:"), self.indicator)

        target_row = QHBoxLayout()
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        for direction in DIRECTIONS:
            self.direction.addItem(texts.directions[direction], direction)
        self.direction.setCurrentIndex(max(0, self.direction.findData(self.original.direction)))
        self.target = QLineEdit(
            format_number(self.original.target, language)
            if self.original.target is not None
            else ""
        )
        self.target.setObjectName("target")
        self.target.setMaximumWidth(110)
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.target.setPlaceholderText(translate("StandardDialog", "number"))
        self.unit = QLineEdit(self.original.unit)
        self.unit.setObjectName("unit")
        self.unit.setMaxLength(40)
        self.unit.setPlaceholderText(translate("StandardDialog", "unit, e.g. rings, minutes, %"))
        target_row.addWidget(self.direction)
        target_row.addWidget(self.target)
        target_row.addWidget(self.unit, 1)
        form.addRow(translate("StandardDialog", "Target:"), target_row)

        self.measurement = QPlainTextEdit(self.original.measurement)
        self.measurement.setObjectName("measurement")
        self.measurement.setTabChangesFocus(True)
        self.measurement.setFixedHeight(52)
        self.measurement.setPlaceholderText(
            translate("StandardDialog", "e.g. ten test calls a week; count the rings")
        )
        form.addRow(translate("StandardDialog", "How it is measured:"), self.measurement)

        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        self.frequency.addItem(translate("StandardDialog", "— not set —"), "")
        for frequency in FREQUENCIES:
            self.frequency.addItem(texts.frequencies[frequency], frequency)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(self.original.frequency)))
        form.addRow(translate("StandardDialog", "How often it is checked:"), self.frequency)

        self.owner = QLineEdit(self.original.owner)
        self.owner.setObjectName("owner")
        self.owner.setPlaceholderText(translate("StandardDialog", "A person or a role"))
        form.addRow(translate("StandardDialog", "Responsible:"), self.owner)

        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(120)
        linked = set(self.original.problem_ids)
        bold = QFont(self.font())
        bold.setBold(True)
        for problem in problems:
            in_focus = problem.id in focus
            text = f"{FOCUS_MARK} {problem.title}" if in_focus else problem.title
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, problem.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if problem.id in linked else Qt.CheckState.Unchecked
            )
            if in_focus:
                item.setFont(bold)
                item.setToolTip(translate("StandardDialog", "In the plan's focus"))
            self.problems.addItem(item)
        # A link to a problem not in the list (deleted meanwhile) is kept, and refused on OK.
        self._unlisted = tuple(
            pid for pid in self.original.problem_ids if pid not in {p.id for p in problems}
        )
        if problems:
            form.addRow(translate("StandardDialog", "Problems it addresses:"), self.problems)
        else:
            self.problems.hide()
            none = QLabel(translate("StandardDialog", "No problems in the plan yet (step 2)."))
            none.setObjectName("hint")
            form.addRow(translate("StandardDialog", "Problems it addresses:"), none)
        layout.addLayout(form)

        self.check_label = QLabel()
        self.check_label.setObjectName("measurabilityCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check_label.setMinimumHeight(48)
        layout.addWidget(self.check_label)

        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b1c1c;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.statement.textChanged.connect(self.update_check)
        self.touchpoint.editTextChanged.connect(self.update_check)
        self.indicator.textChanged.connect(self.update_check)
        self.target.textChanged.connect(self.update_check)
        self.unit.textChanged.connect(self.update_check)
        self.direction.currentIndexChanged.connect(self.update_check)
        self.measurement.textChanged.connect(self.update_check)
        self.frequency.currentIndexChanged.connect(self.update_check)
        self.owner.textChanged.connect(self.update_check)
        self.update_check()

    def linked_problems(self) -> tuple[int, ...]:
        ticked = [
            int(self.problems.item(row).data(KEY_ROLE))
            for row in range(self.problems.count())
            if self.problems.item(row).checkState() == Qt.CheckState.Checked
        ]
        return (*ticked, *self._unlisted)

    def _fields(self, target: float | None) -> Standard:
        return replace(
            self.original,
            statement=self.statement.toPlainText(),
            touchpoint=touchpoint_value(self.touchpoint.currentText(), self.language),
            indicator=self.indicator.text(),
            target=target,
            unit=self.unit.text(),
            direction=str(self.direction.currentData()),
            measurement=self.measurement.toPlainText(),
            frequency=str(self.frequency.currentData()),
            owner=self.owner.text(),
            problem_ids=self.linked_problems(),
        )

    def standard(self) -> Standard:
        """The fields as a standard (keeping the edited one's id and template); raises
        InvalidValueError for a target that is not a number."""
        return self._fields(parse_target(self.target.text()))

    def update_check(self) -> None:
        """Say, as the user types, whether the standard can be measured and what it lacks."""
        lines: list[str] = []
        try:
            target = parse_target(self.target.text())
        except InvalidValueError:
            target = None
            lines.append(
                translate("StandardDialog", "The target “{text}” is not a number.").format(
                    text=self.target.text().strip()
                )
            )
        probe = self._fields(target)
        check = check_standard(probe, self.language)
        lines.extend(check_sentences(probe, check, self.language))
        # A target that is not a number reads as no target, so it is never "measurable".
        mark = MEASURABLE_MARK if check.measurable else NOT_MEASURABLE_MARK
        colour = MEASURABLE_COLOUR if check.measurable else NOT_MEASURABLE_COLOUR
        self.check_label.setText(f"{mark} " + "\n".join(lines))
        self.measurable = check.measurable
        self.check_label.setStyleSheet(
            f"QLabel {{ color: {colour}; border: 1px solid {colour}; border-radius: 4px;"
            " padding: 6px; }"
        )

    def accept(self) -> None:
        try:
            validate_standard(self.standard())
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            widget = {
                "statement": self.statement,
                "target": self.target,
                "unit": self.unit,
                "indicator": self.indicator,
                "owner": self.owner,
                "measurement": self.measurement,
            }.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


# -- the template library --------------------------------------------------------------------


class LibraryDialog(QDialog):
    """Tried standards to start from, for one touchpoint and the business's industry; several
    can be chosen at once. Templates already in the plan are marked and cannot be chosen again."""

    def __init__(
        self,
        language: str,
        industry: str,
        in_plan: set[str],
        *,
        touchpoint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("standardLibraryDialog")
        self.setWindowTitle(translate("StandardLibrary", "Standards library"))
        self.setMinimumSize(760, 520)
        self.language = language
        self.in_plan = set(in_plan)
        self._chosen: list[str] = []
        self._filling = False
        texts = load_texts(language)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "StandardLibrary",
                "Tried standards with a target, a unit and a way to check them. Tick the ones "
                "that fit; each is added as it is, and you can change its numbers afterwards.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        filters = QGridLayout()
        self.touchpoint = QComboBox()
        self.touchpoint.setObjectName("libraryTouchpoint")
        self.touchpoint.addItem(translate("StandardLibrary", "All touchpoints"), "")
        for key, name in touchpoint_names(language).items():
            self.touchpoint.addItem(name, key)
        self.touchpoint.setCurrentIndex(max(0, self.touchpoint.findData(touchpoint)))
        self.industry = QComboBox()
        self.industry.setObjectName("libraryIndustry")
        for key in structure()["industries"]:
            self.industry.addItem(texts.industries[key], key)
        self.industry.setCurrentIndex(max(0, self.industry.findData(industry)))
        filters.addWidget(QLabel(translate("StandardLibrary", "Touchpoint:")), 0, 0)
        filters.addWidget(self.touchpoint, 0, 1)
        filters.addWidget(QLabel(translate("StandardLibrary", "Industry:")), 1, 0)
        filters.addWidget(self.industry, 1, 1)
        filters.setColumnStretch(1, 1)
        layout.addLayout(filters)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("libraryTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("StandardLibrary", "Standard"),
                translate("StandardLibrary", "Target"),
                translate("StandardLibrary", "How it is measured"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LIBRARY_STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LIBRARY_TARGET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LIBRARY_MEASUREMENT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(LIBRARY_TARGET, 170)
        header.sectionResized.connect(lambda *_args: self._fit_rows_later())
        self.table.itemChanged.connect(self._ticked)
        self.table.itemDoubleClicked.connect(self._toggle)
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.touchpoint.currentIndexChanged.connect(self.fill)
        self.industry.currentIndexChanged.connect(self.fill)
        self.fill()

    def _fit_rows_later(self) -> None:
        self._fit_timer.start()

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_PADDING)

    def shown_ids(self) -> list[str]:
        items = (self.table.item(row, LIBRARY_STATEMENT) for row in range(self.table.rowCount()))
        return [str(item.data(KEY_ROLE)) for item in items if item is not None]

    def fill(self) -> None:
        texts = load_texts(self.language)
        shown = templates(str(self.touchpoint.currentData()), str(self.industry.currentData()))
        self._filling = True
        try:
            self.table.setRowCount(len(shown))
            for row, template in enumerate(shown):
                key = template["id"]
                words = texts.templates[key]
                owned = key in self.in_plan
                statement = words["statement"]
                if owned:
                    statement = f"{MEASURABLE_MARK} {statement}\n" + translate(
                        "StandardLibrary", "Already in the plan"
                    )
                first = QTableWidgetItem(statement)
                first.setData(KEY_ROLE, key)
                if owned:
                    first.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    first.setForeground(Qt.GlobalColor.darkGray)
                    first.setToolTip(translate("StandardLibrary", "This standard is in the plan."))
                else:
                    first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    first.setCheckState(
                        Qt.CheckState.Checked if key in self._chosen else Qt.CheckState.Unchecked
                    )
                    first.setToolTip(words["indicator"])
                self.table.setItem(row, LIBRARY_STATEMENT, first)
                target = standard_from_template(key, self.language)
                second = QTableWidgetItem(
                    f"{target_text(target, self.language)}\n"
                    f"{texts.frequencies[template['frequency']]}"
                )
                second.setFlags(Qt.ItemFlag.ItemIsEnabled)
                second.setToolTip(words["indicator"])
                self.table.setItem(row, LIBRARY_TARGET, second)
                third = QTableWidgetItem(words["measurement"])
                third.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, LIBRARY_MEASUREMENT, third)
        finally:
            self._filling = False
        self._fit_rows()
        self._show_count()

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != LIBRARY_STATEMENT:
            return
        key = str(item.data(KEY_ROLE))
        if item.checkState() == Qt.CheckState.Checked and key not in self._chosen:
            self._chosen.append(key)
        elif item.checkState() != Qt.CheckState.Checked and key in self._chosen:
            self._chosen.remove(key)
        self._show_count()

    def _toggle(self, item: QTableWidgetItem) -> None:
        first = self.table.item(item.row(), LIBRARY_STATEMENT)
        if first is None or not first.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        checked = first.checkState() == Qt.CheckState.Checked
        first.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def choose(self, template_id: str, chosen: bool = True) -> None:
        """Tick (or untick) a template shown in the list."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, LIBRARY_STATEMENT)
            if (
                item is not None
                and item.data(KEY_ROLE) == template_id
                and (item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            ):
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                return

    def chosen(self) -> list[str]:
        """The ticked templates in library order, including ones the filter now hides."""
        order = [t["id"] for t in structure()["templates"]]
        return sorted(self._chosen, key=order.index)

    def _show_count(self) -> None:
        count = len(self._chosen)
        self.count_label.setText(translate("StandardLibrary", "Chosen: %n", "", count))
        self.ok_button.setText(translate("StandardLibrary", "Add %n", "", count))
        self.ok_button.setEnabled(count > 0)
        if not self.table.rowCount():
            self.count_label.setText(
                translate("StandardLibrary", "No templates for this touchpoint and industry.")
            )


# -- the page ----------------------------------------------------------------------------------


class StandardsPage(StepPage):
    step = Step.STANDARDS
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {
        "list": LIST_SECTIONS,
        "texts": TEXT_SECTIONS,
    }
    refreshed_by = LIST_SECTIONS | TEXT_SECTIONS

    @classmethod
    def build(cls, context: PageContext) -> StepPage:
        return cls(context.session, context.dialogs, context.runner)

    def __init__(
        self,
        session: PlanSession,
        dialogs: Dialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.dialogs = dialogs
        self.runner = runner
        self.setObjectName("standardsPage")
        self.setWidgetResizable(True)
        self.standards: list[Standard] = []
        self.problems: list[Problem] = []  # by priority
        self.focus: set[int] = set()
        self.checks: dict[int, StandardCheck] = {}
        #: What the flags panel shows: ("problem" | "standard", id, text) per flag.
        self.flags: list[tuple[str, int, str]] = []

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("StandardsPage", "Set service standards"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "StandardsPage",
                "A standard says what good service is at one touchpoint, so that anyone can "
                "check it. It must be concrete: an indicator, a number, a unit, and how often it "
                "is checked — “answer the phone within three rings, checked weekly with ten "
                "test calls”, not “the customer is always right”. Give every focus problem from "
                "step 2 at least one standard, and name who answers for each.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.source)
        outer.addWidget(self._build_flags())
        outer.addWidget(self._build_list())
        outer.addStretch(1)
        self.setWidget(body)

        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_flags(self) -> QGroupBox:
        box = QGroupBox(translate("StandardsPage", "Needs attention"))
        box.setObjectName("flagsBox")
        layout = QVBoxLayout(box)
        self.flag_grid = QGridLayout()
        self.flag_grid.setColumnStretch(1, 1)
        layout.addLayout(self.flag_grid)
        self.no_flags = QLabel()
        self.no_flags.setObjectName("noFlags")
        self.no_flags.setWordWrap(True)
        layout.addWidget(self.no_flags)
        self.flag_buttons: dict[tuple[str, int], QPushButton] = {}
        return box

    def _build_list(self) -> QGroupBox:
        box = QGroupBox(translate("StandardsPage", "Standards by touchpoint"))
        box.setObjectName("standardsBox")
        layout = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.add_button = QPushButton(translate("StandardsPage", "Add standard…"))
        self.add_button.setObjectName("addStandard")
        self.add_button.clicked.connect(lambda: self.add_standard())
        self.library_button = QPushButton(translate("StandardsPage", "Add from library…"))
        self.library_button.setObjectName("addFromLibrary")
        self.library_button.clicked.connect(self.add_from_library)
        self.edit_button = QPushButton(translate("StandardsPage", "Edit…"))
        self.edit_button.setObjectName("editStandard")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("StandardsPage", "Delete"))
        self.delete_button.setObjectName("deleteStandard")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.library_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("standardTable")
        self.table.setHorizontalHeaderLabels(
            [
                "",
                translate("StandardsPage", "Standard"),
                translate("StandardsPage", "Target"),
                translate("StandardsPage", "How often"),
                translate("StandardsPage", "Responsible"),
                translate("StandardsPage", "Problems"),
            ]
        )
        mark_header = self.table.horizontalHeaderItem(MARK)
        if mark_header is not None:
            mark_header.setToolTip(translate("StandardsPage", "Measurable?"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MARK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FREQUENCY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.viewport().installEventFilter(self)
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        layout.addWidget(self.table)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)

        self.empty_label = QLabel(
            translate(
                "StandardsPage",
                "No standards yet. Add your own, or start from the library of tried standards "
                "and change their numbers to fit the business.",
            )
        )
        self.empty_label.setObjectName("standardsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(80)
        self.empty_label.setStyleSheet(
            "QLabel { color: #5f6368; border: 1px dashed #b0b4b9; border-radius: 6px;"
            " padding: 16px; }"
        )
        layout.addWidget(self.empty_label)
        self.summary = QLabel()
        self.summary.setObjectName("standardsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()  # the wrapping columns share the new width
        return super().eventFilter(watched, event)

    # -- reading the selection ----------------------------------------------------------------

    def selected_standard_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), STATEMENT) if rows else None
        value = item.data(KEY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select_standard(self, standard_id: int) -> None:
        row = self.row_of(standard_id)
        if row is not None:
            self.table.selectRow(row)

    def row_of(self, standard_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, STATEMENT)
            if item is not None and item.data(KEY_ROLE) == standard_id:
                return row
        return None

    # -- editing ------------------------------------------------------------------------------

    def _title(self) -> str:
        return translate("StandardsPage", "Standards")

    def _language(self) -> str:
        return self.session.store.language()

    def _push(self, command: PlanCommand) -> bool:
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
            return False
        return True

    def _run_dialog(self, standard: Standard | None, title: str) -> Standard | None:
        """The dialog's standard when the user accepted it; a refusal is shown, None returned."""
        dialog = StandardDialog(
            standard, self.problems, self.focus, self._language(), title=title, parent=self
        )
        accepted = self.dialogs.run_modal(dialog)
        try:
            result = dialog.standard() if accepted else None
        except InvalidValueError as error:
            self.dialogs.error(self, self._title(), refusal_text(error))
            result = None
        finally:
            dialog.deleteLater()
        return result

    def add_standard(self, problem_ids: tuple[int, ...] = ()) -> None:
        """Add a standard, linked from the start to the given problems (a flagged focus one)."""
        store = self.session.store
        if store.readonly:
            return
        start = Standard("", problem_ids=problem_ids)
        linked = [p for p in self.problems if p.id in problem_ids and p.touchpoint]
        if linked:
            start = replace(
                start, touchpoint=touchpoint_value(linked[0].touchpoint, self._language())
            )
        standard = self._run_dialog(start, translate("StandardsPage", "Add a standard"))
        if standard is None:
            return
        command = AddStandard(store, standard, translate("StandardsPage", "new standard"))
        if self._push(command) and command.record.id is not None:
            self.select_standard(command.record.id)

    def edit_standard(self, standard_id: int) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            current = store.standards.get(standard_id)
        except PlanError as gone:
            self.dialogs.error(self, self._title(), refusal_text(gone))
            return
        changed = self._run_dialog(current, translate("StandardsPage", "Edit the standard"))
        if changed is None:
            return
        try:
            if validate_standard(changed) == current:
                return  # nothing changed: no empty undo step
        except InvalidValueError:
            pass  # refused again by the store below, and the refusal is shown
        if self._push(
            EditStandard(store, changed, translate("StandardsPage", "change to a standard"))
        ):
            self.select_standard(standard_id)

    def edit_selected(self) -> None:
        standard_id = self.selected_standard_id()
        if standard_id is not None:
            self.edit_standard(standard_id)

    def delete_selected(self) -> None:
        store = self.session.store
        standard_id = self.selected_standard_id()
        if store.readonly or standard_id is None:
            return
        standard = store.standards.get(standard_id)
        question = translate("StandardsPage", "Delete the standard “{statement}”?").format(
            statement=short(standard.statement, 80)
        )
        question += "\n\n" + translate("StandardsPage", "Edit ▸ Undo brings it back.")
        if not self.dialogs.confirm(self, translate("StandardsPage", "Delete"), question):
            return
        self._push(
            DeleteStandard(store, standard_id, translate("StandardsPage", "deletion of a standard"))
        )

    def add_from_library(self) -> None:
        store = self.session.store
        if store.readonly:
            return
        language = self._language()
        dialog = LibraryDialog(
            language,
            suggest_industry(store.profile.get().industry, language),
            {s.template_id for s in self.standards if s.template_id},
            parent=self,
        )
        accepted = self.dialogs.run_modal(dialog)
        chosen = dialog.chosen() if accepted else []
        dialog.deleteLater()
        added: int | None = None
        if not chosen:
            return
        with self.session.macro(translate("StandardsPage", "standards from the library")):
            for template_id in chosen:
                command = AddStandard(
                    store,
                    standard_from_template(template_id, language),
                    translate("StandardsPage", "standard from the library"),
                )
                if not self._push(command):
                    break
                added = command.record.id
        if added is not None:
            self.select_standard(added)

    def commit_pending(self) -> None:
        """Edits commit when their dialog closes; nothing waits."""

    # -- showing ------------------------------------------------------------------------------

    def refresh_parts(self, parts: set[str]) -> None:
        self.refresh(parts)

    def refresh(self, parts: set[str] | None = None) -> None:
        parts = parts if parts is not None else {"texts", "list"}
        if "texts" in parts:
            self.source.setText(load_texts(self._language()).source)
        if "list" in parts:
            store = self.session.store
            problems = model.read_problems(store, None)
            figures = model.read_standards(store, problems)
            self.standards = [f.standard for f in figures.standards]
            self.problems = list(problems.problems)
            self.focus = set(problems.focus)
            self.checks = {
                f.standard.id: f.check for f in figures.standards if f.standard.id is not None
            }
            self._fill_list()
            self._fill_flags()
        self._update_buttons()

    def _groups(self) -> list[tuple[str, list[Standard]]]:
        """Standards under their touchpoints: the eight in the method's order, then the ones
        the user named, then those with none."""
        language = self._language()
        names = touchpoint_names(language)
        groups: dict[str, tuple[str, list[Standard]]] = {}
        for standard in self.standards:
            label = touchpoint_label(standard.touchpoint, language)
            groups.setdefault(label.casefold(), (label, []))[1].append(standard)
        order = [name.casefold() for name in names.values()]

        def rank(key: str) -> tuple[int, int, str]:
            if key in order:
                return (0, order.index(key), "")
            return (2, 0, "") if not key else (1, 0, key)

        return [groups[key] for key in sorted(groups, key=rank)]

    def _fill_list(self) -> None:
        language = self._language()
        texts = load_texts(language)
        titles = {p.id: p.title for p in self.problems}
        selected = self.selected_standard_id()
        groups = self._groups()
        self.table.clearSpans()
        self.table.setRowCount(sum(1 + len(members) for _label, members in groups))
        bold = QFont(self.table.font())
        bold.setBold(True)
        row = 0
        for label, members in groups:
            heading = QTableWidgetItem(
                translate("StandardsPage", "{touchpoint} ({count})").format(
                    touchpoint=label or translate("StandardsPage", "No touchpoint"),
                    count=len(members),
                )
            )
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(bold)
            heading.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.table.setItem(row, 0, heading)
            for column in range(1, self.table.columnCount()):
                filler = QTableWidgetItem("")
                filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, filler)
            self.table.setSpan(row, 0, 1, self.table.columnCount())
            row += 1
            for standard in members:
                self._fill_row(row, standard, texts.frequencies, titles, language)
                row += 1
        if selected is not None:
            self.select_standard(selected)
        self.table.setVisible(bool(self.standards))
        self.empty_label.setVisible(not self.standards)
        measurable = sum(1 for c in self.checks.values() if c.measurable)
        if self.standards:
            count = len(self.standards)
            self.summary.setText(
                translate(
                    "StandardsPage", "Standards: %n, measurable: {measurable}.", "", count
                ).format(measurable=measurable)
            )
        else:
            self.summary.setText("")
        self._fit_table()

    def _fill_row(
        self,
        row: int,
        standard: Standard,
        frequencies: dict[str, str],
        titles: dict[int | None, str],
        language: str,
    ) -> None:
        """`language`: the plan's, read once for the whole table, not once per row."""
        check = self.checks[standard.id or 0]
        sentences = "\n".join(check_sentences(standard, check, language))
        target = target_text(standard, language)
        if standard.indicator and target:
            measure = translate("StandardsPage", "{indicator}: {target}").format(
                indicator=standard.indicator, target=target
            )
        else:
            measure = standard.indicator or target
        linked = [titles[pid] for pid in standard.problem_ids if pid in titles]
        linked_text = "\n".join(
            f"{FOCUS_MARK} {titles[pid]}" if pid in self.focus else titles[pid]
            for pid in standard.problem_ids
            if pid in titles
        )
        cells = (
            MEASURABLE_MARK if check.measurable else NOT_MEASURABLE_MARK,
            standard.statement,
            measure,
            frequencies.get(standard.frequency, ""),
            standard.owner,
            linked_text,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == MARK:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(sentences)
                item.setForeground(
                    Qt.GlobalColor.darkGreen if check.measurable else Qt.GlobalColor.darkYellow
                )
            if column == STATEMENT:
                item.setData(KEY_ROLE, standard.id)
                item.setToolTip(
                    "\n\n".join(t for t in (standard.statement, standard.measurement) if t)
                )
            if column == TARGET and standard.measurement:
                item.setToolTip(standard.measurement)
            if column == PROBLEMS and linked:
                item.setToolTip("\n".join(linked))
            if column == FREQUENCY and not standard.frequency:
                item.setText(translate("StandardsPage", "not set"))
                item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, column, item)

    def _fit_table(self) -> None:
        """Share the free width among the wrapping columns, then make the list as tall as its
        rows (a plan's list is short), scrolling only past MAX_TABLE_HEIGHT."""
        fixed = sum(
            self.table.columnWidth(c)
            for c in range(self.table.columnCount())
            if c not in COLUMN_SHARES
        )
        free = self.table.viewport().width() - fixed
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, share in COLUMN_SHARES.items():
            header = self.table.horizontalHeaderItem(column)
            title = header.text() if header is not None else ""
            # Never narrower than its heading; past that, the list scrolls sideways.
            least = max(MIN_COLUMN_WIDTH, metrics.horizontalAdvance(title) + 24)
            self.table.setColumnWidth(column, max(least, int(free * share)))
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            # Qt's wrapped-text hint can be a few pixels short of the last line: give room.
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_PADDING)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + max(rows, 2 * self.table.verticalHeader().defaultSectionSize())
            + 2 * self.table.frameWidth()
        )
        widths = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        if widths > self.table.viewport().width():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(min(height, MAX_TABLE_HEIGHT))

    def _fill_flags(self) -> None:
        language = self._language()
        texts = load_texts(language)
        while self.flag_grid.count():
            taken = self.flag_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.flag_buttons = {}
        self.flags = []
        focus = [p for p in self.problems if p.id in self.focus]
        for problem in focus_without_standard(focus, self.standards):
            text = texts.check["focus_without_standard"].format(title=problem.title)
            self.flags.append(("problem", problem.id or 0, text))
        for standard in self.standards:
            check = self.checks[standard.id or 0]
            if check.measurable:
                continue
            sentences = check_sentences(standard, check, language)
            if not check.imperative:
                sentences.insert(
                    0,
                    translate("StandardsPage", "“{statement}” cannot be measured yet.").format(
                        statement=short(standard.statement, 80)
                    ),
                )
            joiner = "" if language == "zh" else " "  # Chinese runs sentences together
            self.flags.append(("standard", standard.id or 0, joiner.join(sentences)))
        for row, (kind, key, text) in enumerate(self.flags):
            mark = QLabel(NOT_MEASURABLE_MARK if kind == "standard" else FOCUS_MARK)
            mark.setStyleSheet(f"color: {NOT_MEASURABLE_COLOUR};")
            label = QLabel(text)
            label.setObjectName(f"flag_{kind}_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if kind == "problem":
                button = QPushButton(translate("StandardsPage", "Add a standard for it…"))
                button.clicked.connect(lambda _c=False, k=key: self.add_standard((k,)))
            else:
                button = QPushButton(translate("StandardsPage", "Edit…"))
                button.clicked.connect(lambda _c=False, k=key: self.edit_standard(k))
            button.setObjectName(f"flagButton_{kind}_{key}")
            self.flag_buttons[(kind, key)] = button
            self.flag_grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.flag_grid.addWidget(label, row, 1)
            self.flag_grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.no_flags.setVisible(not self.flags)
        if self.flags:
            self.no_flags.setText("")
        elif not focus and not self.standards:
            self.no_flags.setText(
                translate(
                    "StandardsPage",
                    "No focus problems yet. Once step 2 has a focus, each focus problem needs a "
                    "standard; until then, start from the library.",
                )
            )
        else:
            self.no_flags.setText(
                translate(
                    "StandardsPage",
                    "Nothing to fix: every focus problem has a standard and every standard can "
                    "be measured.",
                )
            )

    def _update_buttons(self) -> None:
        editable = not self.session.store.readonly
        selected = self.selected_standard_id() is not None
        self.add_button.setEnabled(editable)
        self.library_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)
        for button in self.flag_buttons.values():
            button.setEnabled(editable)

    def dispose(self) -> None:
        super().dispose()
