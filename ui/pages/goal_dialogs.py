"""Step 4's dialogs (a goal, a means, means from the library) and the number formatting the
Goals and means page shares with them.

Each dialog checks its fields with the plan's own rules before it closes, so a refusal names the
field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plan.errors import InvalidValueError, PlanError
from plan.fields import MAX_AMOUNT
from plan.goals import (
    FORMS,
    MEANS_STATUSES,
    Goal,
    Means,
    check_goal,
    explain_goal,
    load_means_texts,
    means_from_template,
    means_templates,
    measures,
    validate_goal,
    validate_means,
)
from plan.numbers import parse_decimal
from plan.problems import ROOT_CAUSES, Problem, load_texts
from plan.wording import MINUS, decimal_separator, display_number, format_amount, with_unit
from ui.i18n import plan_error_message
from ui.pages.problems import root_cause_hint

translate = QCoreApplication.translate

KEY_ROLE = Qt.ItemDataRole.UserRole
FOCUS_MARK = "★"


# -- numbers as the plan's language writes them ----------------------------------------------------


format_number = display_number  # the window's name for it


def parse_number(text: str) -> float | None:
    """A typed number ("4,5", "1 234", "−7"); an empty field is None. Raises ValueError."""
    text = text.strip().replace(MINUS, "-")
    return parse_decimal(text) if text else None


def format_money(value: float, currency: str, language: str) -> str:
    """An amount exactly as the charts and the PDF write it (`plan.wording.format_amount`: one
    function, so the page, its charts and the printed plan agree to the unit)."""
    return format_amount(value, decimal_separator(language), currency)


def short_label(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


# -- names in the window's language ------------------------------------------------------------


def kind_name(kind: str, language: str) -> str:
    """Know / Want / Can as the plan's language names them (the problems' root causes)."""
    return load_texts(language).root_causes[kind]


def kind_and_form(means: Means, language: str) -> str:
    kind = kind_name(means.kind, language)
    if not means.form:
        return kind
    return translate("GoalsPage", "{kind} · {form}").format(
        kind=kind, form=load_means_texts(language).forms[means.form]
    )


def field_name(field: str) -> str | None:
    return {
        "title": translate("GoalDialog", "Title"),
        "measure": translate("GoalDialog", "Indicator"),
        "indicator": translate("GoalDialog", "Indicator name"),
        "baseline": translate("GoalDialog", "Baseline"),
        "target": translate("GoalDialog", "Target"),
        "unit": translate("GoalDialog", "Unit"),
        "deadline": translate("GoalDialog", "Deadline"),
        "owner": translate("GoalDialog", "Owner"),
        "problem_ids": translate("GoalDialog", "Linked problems"),
        "action": translate("MeansDialog", "Action"),
        "description": translate("MeansDialog", "Description"),
        "kind": translate("MeansDialog", "Kind"),
        "form": translate("MeansDialog", "Form"),
        "start": translate("MeansDialog", "Start date"),
        "end": translate("MeansDialog", "End date"),
        "budget": translate("MeansDialog", "Budget"),
        "status": translate("MeansDialog", "Status"),
        "goal": translate("MeansDialog", "Goal"),
        "goal_id": translate("MeansDialog", "Goal"),
    }.get(field)


def refusal_text(error: PlanError) -> str:
    """A refusal of a goal or a means in the window's language, naming the field."""
    if isinstance(error, InvalidValueError):
        if error.code == "empty" and error.field == "title":
            return translate("GoalDialog", "Give the goal a title.")
        if error.code == "empty" and error.field == "action":
            return translate("MeansDialog", "Say what will be done (the action).")
        if error.code == "end_before_start":
            return translate(
                "MeansDialog", "End date: the end is before the start date ({start})."
            ).format(start=error.params.get("start", ""))
        if error.code == "unknown_item":
            return translate(
                "GoalsPage", "This entry is no longer in the plan; it may have been undone."
            )
        name = field_name(error.field)
        if name is not None:
            maximum = error.params.get("maximum")
            unbounded = isinstance(maximum, int | float) and maximum >= MAX_AMOUNT
            if error.code == "out_of_range" and error.params.get("minimum") == 0.0 and unbounded:
                reason = translate("GoalsPage", "Must not be negative.")
            else:
                reason = plan_error_message(error)
            return translate("GoalsPage", "{field}: {reason}").format(field=name, reason=reason)
    return plan_error_message(error)


def _number_field(field: str, text: str) -> float | None:
    try:
        return parse_number(text)
    except ValueError:
        raise InvalidValueError(field, f"{text!r} is not a number", "not_a_number") from None


# -- an optional date ---------------------------------------------------------------------------


class OptionalDate(QWidget):
    """A date picker with a "none" box: plans may leave a deadline or a start open."""

    def __init__(self, value: str, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1990, 1, 1))
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.none = QCheckBox(none_text)
        self.none.toggled.connect(lambda checked: self.edit.setEnabled(not checked))
        layout.addWidget(self.edit)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.set_iso(value)

    def set_iso(self, value: str) -> None:
        parsed = QDate.fromString(value, "yyyy-MM-dd") if value else QDate()
        if parsed.isValid():
            self.edit.setDate(parsed)
            self.none.setChecked(False)
        else:
            if value == "":
                self.edit.setDate(QDate.currentDate())
            self.none.setChecked(True)
        self.edit.setEnabled(not self.none.isChecked())

    def iso(self) -> str:
        return "" if self.none.isChecked() else self.edit.date().toString("yyyy-MM-dd")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #9b1c1c;")
    label.hide()
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


# -- the goal dialog -----------------------------------------------------------------------------

CUSTOM = ""  # the indicator combo's data for "Other indicator…"


class GoalDialog(QDialog):
    """A goal's fields. The baseline of a measured indicator follows the plan and is shown, not
    typed; the check sentences under the fields say what the goal still lacks."""

    def __init__(
        self,
        goal: Goal | None,
        *,
        language: str,
        measured: Mapping[str, float | None] | None,
        problems: Sequence[Problem],
        focus: set[int],
        means: Sequence[Means] = (),
        today: date | None = None,
        title: str,
        preset_measure: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.language = language
        self.measured = dict(measured or {})
        self.means = list(means)
        self.today = today
        self.measures = measures(language)
        start = goal or Goal("", measure="nps")
        if preset_measure is not None:
            start = replace(start, measure=preset_measure)
        self.original = start
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        form = self.form

        self.title_edit = QLineEdit(start.title)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(
            translate("GoalDialog", "What changes, e.g. “More customers recommend us”")
        )
        form.addRow(translate("GoalDialog", "Title:"), self.title_edit)

        self.indicator = QComboBox()
        self.indicator.setObjectName("indicator")
        for key, measure in self.measures.items():
            self.indicator.addItem(measure.name, key)
        self.indicator.insertSeparator(self.indicator.count())
        self.indicator.addItem(translate("GoalDialog", "Other indicator…"), CUSTOM)
        form.addRow(translate("GoalDialog", "Indicator:"), self.indicator)

        self.indicator_edit = QLineEdit(start.indicator)
        self.indicator_edit.setObjectName("indicatorName")
        self.indicator_edit.setPlaceholderText(
            translate("GoalDialog", "e.g. Share of orders delivered on time")
        )
        form.addRow(translate("GoalDialog", "Indicator name:"), self.indicator_edit)

        self.unit_edit = QLineEdit(start.unit)
        self.unit_edit.setObjectName("unit")
        self.unit_edit.setMaxLength(40)
        self.unit_edit.setPlaceholderText(translate("GoalDialog", "e.g. %, minutes, orders"))
        form.addRow(translate("GoalDialog", "Unit:"), self.unit_edit)

        self.higher_check = QCheckBox(translate("GoalDialog", "A higher value is better"))
        self.higher_check.setObjectName("higherIsBetter")
        self.higher_check.setChecked(start.higher_is_better)
        form.addRow("", self.higher_check)

        baseline_row = QWidget()
        row = QHBoxLayout(baseline_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.baseline_edit = QLineEdit(self._edit_text(start.baseline))
        self.baseline_edit.setObjectName("baseline")
        self.baseline_edit.setMaximumWidth(140)
        self.baseline_edit.setPlaceholderText(translate("GoalDialog", "today's value"))
        self.baseline_note = QLabel()
        self.baseline_note.setObjectName("baselineNote")
        self.baseline_note.setWordWrap(True)
        self.baseline_note.setStyleSheet("color: #5f6368;")
        row.addWidget(self.baseline_edit)
        row.addWidget(self.baseline_note, 1)
        form.addRow(translate("GoalDialog", "Baseline:"), baseline_row)

        target_row = QWidget()
        row = QHBoxLayout(target_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.target_edit = QLineEdit(self._edit_text(start.target))
        self.target_edit.setObjectName("target")
        self.target_edit.setMaximumWidth(140)
        self.target_unit = QLabel()
        row.addWidget(self.target_edit)
        row.addWidget(self.target_unit, 1)
        form.addRow(translate("GoalDialog", "Target:"), target_row)

        self.deadline = OptionalDate(start.deadline, translate("GoalDialog", "No deadline"))
        self.deadline.setObjectName("deadline")
        form.addRow(translate("GoalDialog", "Deadline:"), self.deadline)

        self.owner_edit = QLineEdit(start.owner)
        self.owner_edit.setObjectName("owner")
        self.owner_edit.setPlaceholderText(translate("GoalDialog", "Who answers for it"))
        form.addRow(translate("GoalDialog", "Owner:"), self.owner_edit)

        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        ordered = sorted(problems, key=lambda p: p.id not in focus)  # focus first, order kept
        for problem in ordered:
            marked = f"{FOCUS_MARK} {problem.title}" if problem.id in focus else problem.title
            item = QListWidgetItem(marked)
            item.setData(KEY_ROLE, problem.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = problem.id in start.problem_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if problem.id in focus:
                item.setToolTip(translate("GoalDialog", "One of the plan's focus problems"))
            self.problem_list.addItem(item)
        rows = max(2, min(len(ordered), 5))
        self.problem_list.setFixedHeight(rows * 22 + 8)
        if not ordered:
            empty = QListWidgetItem(
                translate("GoalDialog", "No problems in the plan yet (step 2).")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problem_list.addItem(empty)
        form.addRow(translate("GoalDialog", "Linked problems:"), self.problem_list)
        layout.addLayout(form)

        self.check_label = QLabel()
        self.check_label.setObjectName("goalCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check_label.setStyleSheet("color: #8a5300;")
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The check sentences change as one types: a fixed-height area for them keeps every
        # field where it was, so a click aimed at a field never lands on another.
        check_area = QScrollArea()
        check_area.setObjectName("goalCheckArea")
        check_area.setWidgetResizable(True)
        check_area.setFrameShape(QFrame.Shape.NoFrame)
        check_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        check_area.setWidget(self.check_label)
        check_area.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 6)
        layout.addWidget(check_area)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self))

        index = self.indicator.findData(start.measure if start.measure else CUSTOM)
        self.indicator.setCurrentIndex(max(0, index))
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        for edit in (
            self.title_edit,
            self.indicator_edit,
            self.unit_edit,
            self.baseline_edit,
            self.target_edit,
        ):
            edit.textChanged.connect(self._show_check)
        self.higher_check.toggled.connect(self._show_check)
        self.deadline.none.toggled.connect(self._show_check)
        self.deadline.edit.dateChanged.connect(self._show_check)
        self._show_indicator()

    def _edit_text(self, value: float | None) -> str:
        if value is None:
            return ""
        return format_number(value, self.language, 6, group=False, minus="-")

    def measure_key(self) -> str:
        return str(self.indicator.currentData() or "")

    def _indicator_changed(self) -> None:
        key = self.measure_key()
        if not key and not self.unit_edit.text():
            previous = self.original.measure
            if previous in self.measures:
                self.unit_edit.setText(self.measures[previous].unit)
        self._show_indicator()

    def _show_indicator(self) -> None:
        key = self.measure_key()
        custom = key == CUSTOM
        for widget in (self.indicator_edit, self.unit_edit, self.higher_check):
            self.form.setRowVisible(widget, custom)
        current = self.measured.get(key) if key else None
        if custom:
            unit = self.unit_edit.text()
            self.baseline_edit.show()
            self.baseline_note.setText(
                translate("GoalDialog", "Typed: the plan does not measure this indicator.")
            )
        else:
            measure = self.measures[key]
            unit = measure.unit
            if current is not None:
                self.baseline_edit.hide()
                self.baseline_note.setText(
                    translate("GoalDialog", "follows the plan: {indicator} today {value}").format(
                        indicator=measure.name,
                        value=with_unit(format_number(current, self.language), unit),
                    )
                )
            else:
                self.baseline_edit.show()
                self.baseline_note.setText(
                    translate(
                        "GoalDialog",
                        "Not measured yet: type today's value; the plan's own figure replaces "
                        "it once it is measured.",
                    )
                )
        self.target_unit.setText(unit)
        self._show_check()

    def _read(self) -> Goal:
        """The fields as a goal; a number that does not read raises InvalidValueError."""
        key = self.measure_key()
        custom = key == CUSTOM
        kept = self.original if key == self.original.measure else Goal("")
        checked = []
        for row in range(self.problem_list.count()):
            item = self.problem_list.item(row)
            if item.data(KEY_ROLE) is not None and item.checkState() == Qt.CheckState.Checked:
                checked.append(int(item.data(KEY_ROLE)))
        if self.baseline_edit.isHidden():
            # The plan's value stands; a typed one is kept for when the plan has none.
            try:
                baseline = parse_number(self.baseline_edit.text())
            except ValueError:
                baseline = self.original.baseline
        else:
            baseline = _number_field("baseline", self.baseline_edit.text())
        target = _number_field("target", self.target_edit.text())
        return replace(
            self.original,
            title=self.title_edit.text(),
            measure=key,
            # A measured indicator is named, united and directed by the plan; what the goal
            # held for those is kept as it was, so an untouched edit changes nothing.
            indicator=self.indicator_edit.text() if custom else kept.indicator,
            unit=self.unit_edit.text() if custom else kept.unit,
            higher_is_better=self.higher_check.isChecked() if custom else kept.higher_is_better,
            baseline=baseline,
            target=target,
            deadline=self.deadline.iso(),
            owner=self.owner_edit.text(),
            problem_ids=tuple(sorted(checked)),
        )

    def goal(self) -> Goal:
        """The goal as typed (a number that does not read is left out)."""
        try:
            return self._read()
        except InvalidValueError:
            return replace(self.original, title=self.title_edit.text())

    def _checked(self) -> Goal:
        goal = validate_goal(self._read())
        measure = self.measures.get(goal.measure)
        checked = ("target",) if self.baseline_edit.isHidden() else ("baseline", "target")
        for name in checked:
            value = getattr(goal, name)
            if (
                measure is not None
                and value is not None
                and not (measure.minimum <= value <= measure.maximum)
            ):
                raise InvalidValueError(
                    name,
                    f"{value:g} is outside {measure.minimum:g} to {measure.maximum:g}",
                    "out_of_range",
                    {"minimum": measure.minimum, "maximum": measure.maximum},
                )
        return goal

    def _show_check(self) -> None:
        try:
            goal = self._read()
        except InvalidValueError:
            self.check_label.setText(
                translate("GoalDialog", "Type the baseline and the target as numbers.")
            )
            return
        result = check_goal(goal, self.measured, self.language, means=self.means, today=self.today)
        sentences = explain_goal(goal, result, self.language)
        if sentences:
            self.check_label.setText("\n".join(f"⚠ {s}" for s in sentences))
            self.check_label.setStyleSheet("color: #8a5300;")
        else:
            self.check_label.setText(
                translate("GoalDialog", "✓ Specific, measurable and dated, with means to reach it.")
            )
            self.check_label.setStyleSheet("color: #2e7d32;")

    def accept(self) -> None:
        try:
            self._checked()
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            self._focus(error.field)
            return
        super().accept()

    def _focus(self, field: str) -> None:
        widget = {
            "title": self.title_edit,
            "indicator": self.indicator_edit,
            "unit": self.unit_edit,
            "baseline": self.baseline_edit,
            "target": self.target_edit,
            "owner": self.owner_edit,
        }.get(field)
        if widget is not None:
            widget.setFocus()


# -- the means dialog ----------------------------------------------------------------------------


def goal_choices(combo: QComboBox, goals: Sequence[Goal], selected: int | None) -> None:
    combo.addItem(translate("MeansDialog", "No goal"), None)
    for goal in goals:
        combo.addItem(short_label(goal.title), goal.id)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(0, index))


class MeansDialog(QDialog):
    """A means' fields; the form list follows the kind, and an end before the start is refused
    with the end date named."""

    def __init__(
        self,
        means: Means | None,
        *,
        language: str,
        goals: Sequence[Goal],
        goal_id: int | None = None,
        currency: str = "",
        today: date | None = None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meansDialog")
        self.language = language
        day = today or date.today()
        self.original = means or Means(
            "",
            "know",
            start=day.isoformat(),
            end=(day + timedelta(days=30)).isoformat(),
            goal_id=goal_id,
        )
        self.setWindowTitle(title)
        self.setMinimumWidth(580)
        texts = load_means_texts(language)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.action_edit = QLineEdit(self.original.action)
        self.action_edit.setObjectName("action")
        self.action_edit.setMaxLength(300)
        self.action_edit.setPlaceholderText(
            translate("MeansDialog", "What will be done, e.g. “Complaint-handling training”")
        )
        form.addRow(translate("MeansDialog", "Action:"), self.action_edit)

        self.description = QPlainTextEdit(self.original.description)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        form.addRow(translate("MeansDialog", "Description:"), self.description)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in ROOT_CAUSES:
            self.kind.addItem(
                translate("MeansDialog", "{name}: {hint}").format(
                    name=kind_name(kind, language), hint=root_cause_hint(kind)
                ),
                kind,
            )
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.original.kind)))
        self.kind.setToolTip(
            translate(
                "MeansDialog",
                "The root cause it works on: staff learn how (know), want to (want), or are "
                "enabled by systems, rules and tools (can).",
            )
        )
        form.addRow(translate("MeansDialog", "Kind:"), self.kind)

        self.form_combo = QComboBox()
        self.form_combo.setObjectName("form")
        self._forms = texts.forms
        form.addRow(translate("MeansDialog", "Form:"), self.form_combo)
        self._fill_forms(self.original.form)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_forms(""))

        self.owner_edit = QLineEdit(self.original.owner)
        self.owner_edit.setObjectName("owner")
        self.owner_edit.setPlaceholderText(translate("MeansDialog", "Who does it"))
        form.addRow(translate("MeansDialog", "Owner:"), self.owner_edit)

        self.start = OptionalDate(self.original.start, translate("MeansDialog", "Not set"))
        self.start.setObjectName("start")
        form.addRow(translate("MeansDialog", "Start date:"), self.start)
        self.end = OptionalDate(self.original.end, translate("MeansDialog", "Not set"))
        self.end.setObjectName("end")
        form.addRow(translate("MeansDialog", "End date:"), self.end)

        budget_row = QWidget()
        row = QHBoxLayout(budget_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.budget_edit = QLineEdit(
            format_number(self.original.budget, language, 2, group=False, minus="-")
            if self.original.budget
            else ""
        )
        self.budget_edit.setObjectName("budget")
        self.budget_edit.setMaximumWidth(140)
        self.budget_edit.setPlaceholderText("0")
        row.addWidget(self.budget_edit)
        row.addWidget(QLabel(currency), 1)
        form.addRow(translate("MeansDialog", "Budget:"), budget_row)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in MEANS_STATUSES:
            self.status.addItem(texts.statuses[status], status)
        self.status.setCurrentIndex(max(0, self.status.findData(self.original.status)))
        form.addRow(translate("MeansDialog", "Status:"), self.status)

        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goal")
        goal_choices(self.goal_combo, goals, self.original.goal_id)
        form.addRow(translate("MeansDialog", "Goal:"), self.goal_combo)
        layout.addLayout(form)

        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self))

    def _fill_forms(self, selected: str) -> None:
        kind = str(self.kind.currentData())
        self.form_combo.clear()
        self.form_combo.addItem(translate("MeansDialog", "— not set —"), "")
        for form in FORMS[kind]:
            self.form_combo.addItem(self._forms[form], form)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(selected)))

    def _read(self) -> Means:
        budget = _number_field("budget", self.budget_edit.text())
        return replace(
            self.original,
            action=self.action_edit.text(),
            description=self.description.toPlainText(),
            kind=str(self.kind.currentData()),
            form=str(self.form_combo.currentData() or ""),
            owner=self.owner_edit.text(),
            start=self.start.iso(),
            end=self.end.iso(),
            budget=0.0 if budget is None else budget,
            status=str(self.status.currentData()),
            goal_id=self.goal_combo.currentData(),
        )

    def means(self) -> Means:
        try:
            return self._read()
        except InvalidValueError:
            return replace(self.original, action=self.action_edit.text())

    def accept(self) -> None:
        try:
            validate_means(self._read())
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            widget = {
                "action": self.action_edit,
                "budget": self.budget_edit,
                "start": self.start.edit,
                "end": self.end.edit,
                "owner": self.owner_edit,
            }.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


# -- means from the library ------------------------------------------------------------------------


class MeansLibraryDialog(QDialog):
    """The suggested means by kind; the chosen ones are added, dated from the start chosen here
    and linked to one goal."""

    def __init__(
        self,
        *,
        language: str,
        goals: Sequence[Goal],
        goal_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meansLibraryDialog")
        self.language = language
        self.setWindowTitle(translate("MeansLibraryDialog", "Add means from the library"))
        self.setMinimumSize(720, 520)
        texts = load_means_texts(language)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "MeansLibraryDialog",
                "Tick the means that fit this business. Each is added with its typical "
                "duration from the start date; change owners, dates and budgets afterwards.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("templates")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("MeansLibraryDialog", "Means"),
                translate("MeansLibraryDialog", "Form"),
                translate("MeansLibraryDialog", "Takes"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        for kind in ROOT_CAUSES:
            group = QTreeWidgetItem(
                [
                    translate("MeansLibraryDialog", "{name}: {hint}").format(
                        name=kind_name(kind, language), hint=root_cause_hint(kind)
                    )
                ]
            )
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for template in means_templates(kind):
                words = texts.templates[template["id"]]
                item = QTreeWidgetItem(
                    [
                        words["action"],
                        texts.forms[template["form"]],
                        translate("MeansLibraryDialog", "{days} days").format(
                            days=template["days"]
                        ),
                    ]
                )
                item.setData(0, KEY_ROLE, template["id"])
                item.setToolTip(0, words["description"])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                group.addChild(item)
                self.items[template["id"]] = item
            group.setExpanded(True)
        layout.addWidget(self.tree, 1)

        form = QFormLayout()
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goal")
        goal_choices(self.goal_combo, goals, goal_id)
        form.addRow(translate("MeansLibraryDialog", "For the goal:"), self.goal_combo)
        self.start = QDateEdit(_qdate(today or date.today()))
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        form.addRow(translate("MeansLibraryDialog", "Starting on:"), self.start)
        layout.addLayout(form)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self))

    def set_chosen(self, template_ids: Sequence[str]) -> None:
        for template_id, item in self.items.items():
            state = (
                Qt.CheckState.Checked if template_id in template_ids else Qt.CheckState.Unchecked
            )
            item.setCheckState(0, state)

    def chosen(self) -> list[str]:
        return [
            template_id
            for template_id, item in self.items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def start_date(self) -> date:
        value = self.start.date()
        return date(value.year(), value.month(), value.day())

    def means(self) -> list[Means]:
        """The chosen templates as means, dated and linked to the chosen goal."""
        goal_id = self.goal_combo.currentData()
        start = self.start_date()
        return [
            replace(means_from_template(template_id, self.language, start), goal_id=goal_id)
            for template_id in self.chosen()
        ]

    def accept(self) -> None:
        if not self.chosen():
            self.error_label.setText(
                translate("MeansLibraryDialog", "Tick at least one means to add.")
            )
            self.error_label.show()
            return
        super().accept()
