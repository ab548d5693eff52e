"""Step 4, goals and the means to reach them, and why it pays: the cost of poor service.

A goal's baseline follows the plan's measured value of its indicator (a new survey import moves
it), so the page measures the plan once per refresh, off the GUI thread on a copy of the plan
(on a 100,000-response survey that takes over a second). Every edit is one undo command; the
calculator's inputs are stored as they are left, typing in one field in one visit being one
undo step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plan import figures as model
from plan.economics import INPUTS, CostOfPoorService, validate_input
from plan.errors import InvalidValueError, PlanError
from plan.figures import budget_by_kind, means_by_goal
from plan.goals import (
    RETENTION_MEASURE,
    Goal,
    Means,
    explain_goal,
    load_goal_texts,
    load_means_texts,
    measures,
    validate_goal,
    validate_means,
)
from plan.measured import measured_values
from plan.problems import ROOT_CAUSES, Problem, load_texts
from plan.steps import Step
from plan.store import Section
from ui.chart_view import MIN_WIDTH, ChartFigure, ChartPreview
from ui.commands import (
    AddGoal,
    AddMeans,
    DeleteGoal,
    DeleteMeans,
    EditGoal,
    EditMeans,
    PlanCommand,
    SetEconomicsInput,
)
from ui.dialogs import Dialogs
from ui.i18n import figure_name, plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.pages.goal_dialogs import (
    FOCUS_MARK,
    GoalDialog,
    MeansDialog,
    MeansLibraryDialog,
    decimal_separator,
    format_money,
    format_number,
    kind_and_form,
    parse_number,
    refusal_text,
    short_label,
    with_unit,
)
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

# Sections whose change moves the measured values (the goals' baselines).
MEASURED_SECTIONS = frozenset(
    {Section.ANSWERS, Section.METRICS, Section.SURVEY, Section.PLAN, Section.META}
)
# Sections the goal and means tables and the charts show (the currency is the calculator's).
RECORD_SECTIONS = frozenset(
    {Section.GOALS, Section.MEANS, Section.PROBLEMS, Section.ECONOMICS, Section.PLAN, Section.META}
)
# Sections the calculator reads.
ECONOMICS_SECTIONS = frozenset(
    {Section.ECONOMICS, Section.GOALS, Section.MEANS, Section.PLAN, Section.META}
)
KEY_ROLE = Qt.ItemDataRole.UserRole
OK_MARK = "✓"
WARNING_MARK = "⚠"
VISIBLE_ROWS = 10
#: The on-screen timeline shows at most this many means, and the baseline-vs-target chart this
#: many goals (as the PDF does): with a thousand, a chart would be tens of thousands of pixels
#: tall, drawn and decoded for seconds while the window stalls, and no one could read it.
PREVIEW_MEANS = 60
PREVIEW_GOALS = 10
MARK, TITLE, INDICATOR, BASELINE, TARGET, DEADLINE, OWNER, PROBLEMS, BUDGET = range(9)
(
    MEANS_GOAL,
    MEANS_ACTION,
    MEANS_KIND,
    MEANS_OWNER,
    MEANS_START,
    MEANS_END,
    MEANS_BUDGET,
    MEANS_STATUS,
) = range(8)
# The calculator's outputs, in the order shown.
OUTPUTS = (
    "lost_to_poor_service",
    "revenue_lost",
    "told_unhappy",
    "told_happy",
    "replacement_cost",
    "budget_total",
    "projected_gain",
    "payback_months",
)
GREY = "color: #5f6368;"


def input_name(name: str) -> str:
    """A calculator input's name, as the PDF names it (`plan.glossary`); the currency, which
    the PDF does not name, from the window's translations."""
    if name == "currency":
        return translate("GoalsPage", "Currency")
    return figure_name(name)


def output_name(name: str) -> str:
    """A calculator output's name, as the PDF names it (`plan.glossary`)."""
    return figure_name(name)


def input_refusal(name: str, error: InvalidValueError, old: str) -> str:
    """Why a calculator input was not stored, naming the field and the value put back."""
    field = input_name(name)
    if name == "poor_service_share" and error.code == "out_of_range":
        reason = translate("GoalsPage", "must be between 0% and 100%.")
    elif error.code == "out_of_range" and error.params.get("minimum") == 0.0:
        maximum = error.params.get("maximum")
        if isinstance(maximum, int | float) and maximum < 1e12:
            reason = translate("GoalsPage", "must be between 0 and {maximum}.").format(
                maximum=f"{maximum:g}"
            )
        else:
            reason = translate("GoalsPage", "must not be negative.")
    elif error.code == "not_a_number":
        reason = translate("GoalsPage", "this is not a number.")
    elif error.code == "empty":
        reason = translate("GoalsPage", "cannot be empty.")
    else:
        reason = plan_error_message(error)
    text = translate("GoalsPage", "{field}: {reason}").format(field=field, reason=reason)
    if old:
        text += " " + translate("GoalsPage", "The saved value {value} is back.").format(value=old)
    return text


class FittedTable(QTableWidget):
    """A short list (a plan has a handful of goals) as tall as its rows up to VISIBLE_ROWS; its
    columns as wide as their contents up to a cap, one column taking the rest but never less
    than `minimum`: on a narrow window the table scrolls sideways rather than squeeze the
    titles to a few letters."""

    def __init__(
        self, columns: list[str], stretch: int, minimum: int, caps: dict[int, int], name: str
    ) -> None:
        super().__init__(0, len(columns))
        self.stretch, self.minimum, self.caps = stretch, minimum, caps
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(columns)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)

    def fit(self) -> None:
        header = self.horizontalHeader()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.width() - 2 * self.frameWidth()
        if self.rowCount() > VISIBLE_ROWS:
            available -= scrollbar
        widths: dict[int, int] = {}
        for column in range(self.columnCount()):
            if column != self.stretch:
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                widths[column] = min(wanted, self.caps.get(column, wanted))
        widths[self.stretch] = max(self.minimum, available - sum(widths.values()))
        self._squeeze(widths, available)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._tooltips_for_cut_cells(widths)
        overflow = sum(widths.values()) > available
        shown = max(2, min(self.rowCount(), VISIBLE_ROWS))
        self.setFixedHeight(
            header.sizeHint().height()
            + shown * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
            + (scrollbar if overflow else 0)
        )

    def _squeeze(self, widths: dict[int, int], available: int) -> None:
        """Too wide for the window: narrow the widest other columns (down to SQUEEZED each),
        so the table scrolls sideways only when even that is not enough. Cut cells show
        their whole text in a tooltip."""
        excess = sum(widths.values()) - available
        while excess > 0:
            wide = [c for c in widths if c != self.stretch and widths[c] > SQUEEZED]
            if not wide:
                return
            widest = max(wide, key=lambda c: widths[c])
            cut = min(excess, widths[widest] - SQUEEZED, max(8, excess // len(wide)))
            widths[widest] -= cut
            excess -= cut

    def _tooltips_for_cut_cells(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            if self.sizeHintForColumn(column) <= width:
                continue
            for row in range(self.rowCount()):
                item = self.item(row, column)
                if item is not None and not item.toolTip():
                    item.setToolTip(item.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


#: The narrowest a column is squeezed to on a narrow window (its text then ends in "…").
SQUEEZED = 72


class GoalsPage(StepPage):
    step = Step.GOALS
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {
        "measured": MEASURED_SECTIONS,
        "records": RECORD_SECTIONS,
        "economics": ECONOMICS_SECTIONS,
    }
    refreshed_by = MEASURED_SECTIONS | RECORD_SECTIONS | ECONOMICS_SECTIONS

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
        self.setObjectName("goalsPage")
        self.setWidgetResizable(True)
        # The plan's measured values, None until the first measurement returns.
        self.measured: dict[str, float | None] | None = None
        self.goals: list[Goal] = []  # by deadline
        self.means: list[Means] = []  # grouped by goal, in the goals' order
        #: The model's goals, means and calculator, read with `self.goals` and `self.means`.
        self.goal_figures: model.GoalsFigures | None = None
        self.problems: dict[int, Problem] = {}
        self.focus: set[int] = set()
        self.economics: CostOfPoorService | None = None
        self.currency = ""
        # Read once per refresh: every amount and number in the tables is written in it, and
        # a plan with a thousand means would otherwise ask the plan file a thousand times.
        self.plan_language = session.store.language()
        self.measurements = 0  # how many measurements returned (tests and the curious)
        self._generation = 0  # the newest measurement asked for; older results are dropped
        self._visit = 0  # focus visits to the calculator's fields (one undo step each)
        self._disposed = False

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("GoalsPage", "Goals and means"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "GoalsPage",
                "Set goals for the focus problems: what changes, measured by which indicator, "
                "from which baseline to which target, by when. Then plan the means that reach "
                "them: what staff must know, want and be able to do, with owners, dates and "
                "budgets. The calculator below shows what poor service costs, and what the "
                "plan can win back.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addWidget(self._build_goals())
        outer.addWidget(self._build_means())
        outer.addWidget(self._build_charts())
        outer.addWidget(self._build_calculator())
        outer.addStretch(1)
        self.setWidget(body)
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _delete_key(self, table: QTableWidget, slot: Callable[[], None]) -> None:
        action = QAction(table)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        table.addAction(action)

    def _build_goals(self) -> QGroupBox:
        box = QGroupBox(translate("GoalsPage", "Goals"))
        box.setObjectName("goalsBox")
        layout = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.add_goal_button = QPushButton(translate("GoalsPage", "Add goal…"))
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.clicked.connect(lambda: self.add_goal())
        self.edit_goal_button = QPushButton(translate("GoalsPage", "Edit…"))
        self.edit_goal_button.setObjectName("editGoal")
        self.edit_goal_button.clicked.connect(self.edit_selected_goal)
        self.delete_goal_button = QPushButton(translate("GoalsPage", "Delete"))
        self.delete_goal_button.setObjectName("deleteGoal")
        self.delete_goal_button.clicked.connect(self.delete_selected_goal)
        for button in (self.add_goal_button, self.edit_goal_button, self.delete_goal_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.goal_table = FittedTable(
            [
                "",
                translate("GoalsPage", "Goal"),
                translate("GoalsPage", "Indicator"),
                translate("GoalsPage", "Baseline"),
                translate("GoalsPage", "Target"),
                translate("GoalsPage", "Deadline"),
                translate("GoalsPage", "Owner"),
                translate("GoalsPage", "Problems"),
                translate("GoalsPage", "Budget"),
            ],
            TITLE,
            160,
            {INDICATOR: 170, OWNER: 110, PROBLEMS: 150},
            "goalTable",
        )
        mark_header = self.goal_table.horizontalHeaderItem(MARK)
        if mark_header is not None:
            mark_header.setToolTip(
                translate("GoalsPage", "✓ specific, measurable, dated and with means; ⚠ see why")
            )
        self.goal_table.itemSelectionChanged.connect(self._update_buttons)
        self.goal_table.itemDoubleClicked.connect(lambda _item: self.edit_selected_goal())
        self._delete_key(self.goal_table, self.delete_selected_goal)
        layout.addWidget(self.goal_table)
        self.goal_summary = QLabel()
        self.goal_summary.setObjectName("goalSummary")
        self.goal_summary.setWordWrap(True)
        self.goal_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_summary.setStyleSheet(GREY)
        layout.addWidget(self.goal_summary)
        return box

    def _build_means(self) -> QGroupBox:
        box = QGroupBox(translate("GoalsPage", "Means"))
        box.setObjectName("meansBox")
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "GoalsPage",
                "Each means works on one root cause: staff know how (training, coaching, "
                "guides), want to (motivation, recognition, rewards), or can (systems, "
                "policies, tools, removing rule-book policies).",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        tools = QHBoxLayout()
        self.add_means_button = QPushButton(translate("GoalsPage", "Add means…"))
        self.add_means_button.setObjectName("addMeans")
        self.add_means_button.clicked.connect(self.add_means)
        self.library_button = QPushButton(translate("GoalsPage", "Add from library…"))
        self.library_button.setObjectName("meansLibrary")
        self.library_button.clicked.connect(self.add_from_library)
        self.edit_means_button = QPushButton(translate("GoalsPage", "Edit…"))
        self.edit_means_button.setObjectName("editMeans")
        self.edit_means_button.clicked.connect(self.edit_selected_means)
        self.delete_means_button = QPushButton(translate("GoalsPage", "Delete"))
        self.delete_means_button.setObjectName("deleteMeans")
        self.delete_means_button.clicked.connect(self.delete_selected_means)
        for button in (
            self.add_means_button,
            self.library_button,
            self.edit_means_button,
            self.delete_means_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.means_table = FittedTable(
            [
                translate("GoalsPage", "Goal"),
                translate("GoalsPage", "Action"),
                translate("GoalsPage", "Kind"),
                translate("GoalsPage", "Owner"),
                translate("GoalsPage", "Start"),
                translate("GoalsPage", "End"),
                translate("GoalsPage", "Budget"),
                translate("GoalsPage", "Status"),
            ],
            MEANS_ACTION,
            180,
            {MEANS_GOAL: 150, MEANS_KIND: 160, MEANS_OWNER: 110},
            "meansTable",
        )
        self.means_table.itemSelectionChanged.connect(self._update_buttons)
        self.means_table.itemDoubleClicked.connect(lambda _item: self.edit_selected_means())
        self._delete_key(self.means_table, self.delete_selected_means)
        layout.addWidget(self.means_table)
        self.means_summary = QLabel()
        self.means_summary.setObjectName("meansSummary")
        self.means_summary.setWordWrap(True)
        self.means_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.means_summary.setStyleSheet(GREY)
        layout.addWidget(self.means_summary)
        return box

    def _chart(self, name: str, width: int, height: int) -> ChartPreview:
        chart = ChartPreview(self.runner, width, height)
        chart.setObjectName(name)
        return chart

    def _build_charts(self) -> QGroupBox:
        box = QGroupBox(translate("GoalsPage", "The plan on charts"))
        box.setObjectName("chartsBox")
        layout = QVBoxLayout(box)
        self.timeline_chart = self._chart("timelineChart", 720, 300)
        self.budget_chart = self._chart("budgetChart", 450, 300)
        self.progress_chart = self._chart("progressChart", 720, 300)
        self.empty_charts = QLabel(
            translate(
                "GoalsPage",
                "No goals or means yet. The timeline of the means, the budget by kind and each "
                "goal's baseline and target appear here once you add them.",
            )
        )
        self.empty_charts.setObjectName("chartsEmpty")
        self.empty_charts.setWordWrap(True)
        self.empty_charts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_charts.setMinimumHeight(80)
        self.empty_charts.setStyleSheet(
            "QLabel { color: #5f6368; border: 1px dashed #b0b4b9; border-radius: 6px;"
            " padding: 16px; }"
        )
        layout.addWidget(self.empty_charts)
        for chart in (self.progress_chart, self.timeline_chart, self.budget_chart):
            layout.addWidget(chart, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_calculator(self) -> QGroupBox:
        box = QGroupBox(translate("GoalsPage", "The cost of poor service"))
        box.setObjectName("calculatorBox")
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "GoalsPage",
                "What poor service costs this business each year, against what the plan "
                "spends. Type your own figures; a decimal comma is fine.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        inputs = QFormLayout()
        inputs.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, QLineEdit] = {}
        self.input_suffixes: dict[str, QLabel] = {}
        suffixes = {
            "customers_lost": translate("GoalsPage", "stop buying each year"),
            "poor_service_share": translate("GoalsPage", "% (research: 68%)"),
            "replacement_factor": translate(
                "GoalsPage", "× the lost revenue to win it back (research: 10)"
            ),
            "currency": translate("GoalsPage", "e.g. $, ₽, ¥ or USD"),
        }
        for name in INPUTS:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaximumWidth(150)
            edit.setMinimumWidth(90)
            if name != "currency":
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            edit.editingFinished.connect(lambda n=name: self._commit_input(n))
            edit.installEventFilter(self)
            suffix = QLabel(suffixes.get(name, ""))
            suffix.setStyleSheet(GREY)
            suffix.setWordWrap(True)
            line.addWidget(edit)
            line.addWidget(suffix, 1)
            self.inputs[name] = edit
            self.input_suffixes[name] = suffix
            inputs.addRow(input_name(name) + ":", row)
        layout.addLayout(inputs)
        self.input_error = QLabel()
        self.input_error.setObjectName("inputError")
        self.input_error.setWordWrap(True)
        self.input_error.setStyleSheet("color: #9b1c1c;")
        self.input_error.hide()
        layout.addWidget(self.input_error)

        results = QGroupBox(translate("GoalsPage", "What it costs, and what the plan wins back"))
        results.setObjectName("resultsBox")
        outputs = QGridLayout(results)
        outputs.setColumnStretch(1, 1)
        outputs.setHorizontalSpacing(16)
        self.outputs: dict[str, QLabel] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for index, name in enumerate(OUTPUTS):
            value = QLabel()
            value.setObjectName(f"out_{name}")
            value.setFont(bold)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.outputs[name] = value
            # Labels keep to one line: a wrapped label in a grid row may be cut off.
            label = QLabel(output_name(name) + ":")
            outputs.addWidget(label, index, 0, alignment=Qt.AlignmentFlag.AlignTop)
            outputs.addWidget(value, index, 1)
        self.retention_button = QPushButton(translate("GoalsPage", "Add a retention goal…"))
        self.retention_button.setObjectName("addRetentionGoal")
        self.retention_button.clicked.connect(
            lambda: self.add_goal(preset_measure=RETENTION_MEASURE)
        )
        outputs.addWidget(
            self.retention_button,
            OUTPUTS.index("projected_gain"),
            2,
            alignment=Qt.AlignmentFlag.AlignTop,
        )
        layout.addWidget(results)

        self.sources = QLabel()
        self.sources.setObjectName("calculatorSources")
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.sources.setFont(small)
        self.sources.setStyleSheet(GREY)
        layout.addWidget(self.sources)
        return box

    # -- reading the selections -------------------------------------------------------------------

    def _selected(self, table: QTableWidget, column: int) -> int | None:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), column) if rows else None
        value = item.data(KEY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _select(self, table: QTableWidget, column: int, record_id: int) -> None:
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None and item.data(KEY_ROLE) == record_id:
                table.selectRow(row)
                return

    def selected_goal_id(self) -> int | None:
        return self._selected(self.goal_table, TITLE)

    def select_goal(self, goal_id: int) -> None:
        self._select(self.goal_table, TITLE, goal_id)

    def selected_means_id(self) -> int | None:
        return self._selected(self.means_table, MEANS_ACTION)

    def select_means(self, means_id: int) -> None:
        self._select(self.means_table, MEANS_ACTION, means_id)

    # -- editing ----------------------------------------------------------------------------------

    def _title(self) -> str:
        return translate("GoalsPage", "Goals and means")

    def _push(self, command: PlanCommand) -> bool:
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
            return False
        return True

    def _today(self) -> date:
        return self.session.store.clock().date()

    def _goal_dialog(
        self, goal: Goal | None, title: str, preset_measure: str | None = None
    ) -> GoalDialog:
        store = self.session.store
        problems = model.read_problems(store, None)
        return GoalDialog(
            goal,
            language=store.language(),
            measured=self.measured,
            problems=list(problems.problems),
            focus=set(problems.focus),
            means=self.means,
            today=self._today(),
            title=title,
            preset_measure=preset_measure,
            parent=self,
        )

    def add_goal(self, preset_measure: str | None = None) -> None:
        """Add a goal; `preset_measure` opens the dialog on that indicator (the retention one)."""
        store = self.session.store
        if store.readonly:
            return
        dialog = self._goal_dialog(None, translate("GoalsPage", "Add a goal"), preset_measure)
        accepted = self.dialogs.run_modal(dialog)
        goal = dialog.goal()
        dialog.deleteLater()
        if not accepted:
            return
        command = AddGoal(store, goal, translate("GoalsPage", "new goal"))
        if self._push(command) and command.record.id is not None:
            self.select_goal(command.record.id)

    def edit_goal(self, goal_id: int) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            current = store.goals.get(goal_id)
        except PlanError as gone:
            self.dialogs.error(self, self._title(), refusal_text(gone))
            return
        dialog = self._goal_dialog(current, translate("GoalsPage", "Edit the goal"))
        accepted = self.dialogs.run_modal(dialog)
        changed = dialog.goal()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if validate_goal(changed) == current:
                return  # nothing changed: no empty undo step
        except InvalidValueError:
            pass  # refused again by the store below, and the refusal is shown
        if self._push(EditGoal(store, changed, translate("GoalsPage", "change to a goal"))):
            self.select_goal(goal_id)

    def edit_selected_goal(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is not None:
            self.edit_goal(goal_id)

    def delete_selected_goal(self) -> None:
        store = self.session.store
        goal_id = self.selected_goal_id()
        if store.readonly or goal_id is None:
            return
        goal = store.goals.get(goal_id)
        question = translate("GoalsPage", "Delete the goal “{title}”?").format(
            title=short_label(goal.title, 80)
        )
        count = sum(1 for m in store.means.all() if m.goal_id == goal_id)
        if count:
            question += "\n\n" + translate(
                "GoalsPage", "Its %n means stay in the plan, without a goal.", "", count
            )
        question += "\n\n" + translate("GoalsPage", "Edit ▸ Undo brings it back.")
        if not self.dialogs.confirm(self, translate("GoalsPage", "Delete"), question):
            return
        self._push(DeleteGoal(store, goal_id, translate("GoalsPage", "deletion of a goal")))

    def _means_dialog(self, means: Means | None, title: str) -> MeansDialog:
        store = self.session.store
        return MeansDialog(
            means,
            language=store.language(),
            goals=self.goals,
            goal_id=self.selected_goal_id(),
            currency=self.currency,
            today=self._today(),
            title=title,
            parent=self,
        )

    def add_means(self) -> None:
        store = self.session.store
        if store.readonly:
            return
        dialog = self._means_dialog(None, translate("GoalsPage", "Add a means"))
        accepted = self.dialogs.run_modal(dialog)
        means = dialog.means()
        dialog.deleteLater()
        if not accepted:
            return
        command = AddMeans(store, means, translate("GoalsPage", "new means"))
        if self._push(command) and command.record.id is not None:
            self.select_means(command.record.id)

    def edit_means(self, means_id: int) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            current = store.means.get(means_id)
        except PlanError as gone:
            self.dialogs.error(self, self._title(), refusal_text(gone))
            return
        dialog = self._means_dialog(current, translate("GoalsPage", "Edit the means"))
        accepted = self.dialogs.run_modal(dialog)
        changed = dialog.means()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if validate_means(changed) == current:
                return
        except InvalidValueError:
            pass
        if self._push(EditMeans(store, changed, translate("GoalsPage", "change to a means"))):
            self.select_means(means_id)

    def edit_selected_means(self) -> None:
        means_id = self.selected_means_id()
        if means_id is not None:
            self.edit_means(means_id)

    def delete_selected_means(self) -> None:
        store = self.session.store
        means_id = self.selected_means_id()
        if store.readonly or means_id is None:
            return
        means = store.means.get(means_id)
        question = translate("GoalsPage", "Delete the means “{action}”?").format(
            action=short_label(means.action, 80)
        )
        question += "\n\n" + translate("GoalsPage", "Edit ▸ Undo brings it back.")
        if not self.dialogs.confirm(self, translate("GoalsPage", "Delete"), question):
            return
        self._push(DeleteMeans(store, means_id, translate("GoalsPage", "deletion of a means")))

    def add_from_library(self) -> None:
        """Add the chosen library means, linked to one goal: one undo step for them all."""
        store = self.session.store
        if store.readonly:
            return
        dialog = MeansLibraryDialog(
            language=store.language(),
            goals=self.goals,
            goal_id=self.selected_goal_id(),
            today=self._today(),
            parent=self,
        )
        accepted = self.dialogs.run_modal(dialog)
        chosen = dialog.means() if accepted else []
        dialog.deleteLater()
        if not chosen:
            return
        stack = self.session.undo_stack
        count = len(chosen)  # a plain name: older pyside6-lupdate skips `len(...)` here
        stack.beginMacro(translate("GoalsPage", "%n means from the library", "", count))
        added: list[int] = []
        try:
            for means in chosen:
                command = AddMeans(store, means, translate("GoalsPage", "new means"))
                if not self._push(command):
                    break
                if command.record.id is not None:
                    added.append(command.record.id)
        finally:
            stack.endMacro()
        if added:
            self.select_means(added[0])

    # -- the calculator's inputs -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._disposed and event.type() == QEvent.Type.FocusIn:
            self._visit += 1
        return super().eventFilter(watched, event)

    def _input_text(self, name: str, value: object) -> str:
        """A stored input as its field shows it (the share as a percent)."""
        if name == "currency":
            return str(value or "")
        if value is None:
            return ""
        number = float(value)  # type: ignore[arg-type]
        if name == "poor_service_share":
            number *= 100.0
        language = self.session.store.language()
        return format_number(number, language, 6, group=False, minus="-")

    def _read_input(self, name: str, text: str) -> object:
        """A field's text as the value to store; raises InvalidValueError naming the field."""
        if name == "currency":
            return validate_input(name, text)
        try:
            number = parse_number(text)
        except ValueError:
            raise InvalidValueError(name, f"{text!r} is not a number", "not_a_number") from None
        if number is not None and name == "poor_service_share":
            number /= 100.0
        return validate_input(name, number)

    def _commit_input(self, name: str) -> None:
        store = self.session.store
        if store.readonly or self._disposed:
            return
        edit = self.inputs[name]
        old = getattr(store.economics.inputs(), name)
        try:
            value = self._read_input(name, edit.text())
        except InvalidValueError as refused:
            shown = self._input_text(name, old)
            self.input_error.setText(input_refusal(name, refused, shown))
            self.input_error.show()
            edit.setText(shown)
            return
        self.input_error.hide()
        if value == old:
            edit.setText(self._input_text(name, old))  # tidy what was typed ("1 000,0" → 1000)
            return
        text = translate("GoalsPage", "calculator: {field}").format(field=input_name(name))
        error = self.session.push(SetEconomicsInput(store, name, value, text, self._visit))
        if isinstance(error, InvalidValueError):
            self.input_error.setText(input_refusal(name, error, self._input_text(name, old)))
            self.input_error.show()
            edit.setText(self._input_text(name, old))
        elif error is not None:
            self.dialogs.error(self, self._title(), plan_error_message(error))

    def commit_pending(self) -> None:
        """Store a calculator field that was typed in but not left yet (before undo or closing)."""
        for name, edit in self.inputs.items():
            if edit.hasFocus() and edit.isModified():
                edit.setModified(False)
                self._commit_input(name)

    # -- showing ------------------------------------------------------------------------------

    def refresh_parts(self, parts: set[str]) -> None:
        self.refresh(parts)

    def refresh(self, parts: set[str] | None = None) -> None:
        parts = parts if parts is not None else {"measured", "records", "economics"}
        self.currency = self.session.store.economics.inputs().currency
        self.plan_language = self.session.store.language()
        if "records" in parts or "economics" in parts:
            self._read_records()
        if "records" in parts:
            self._fill_goals()
            self._fill_means()
            self._draw_charts()
        if "economics" in parts:
            self._fill_inputs()
            self._fill_outputs()
        if "measured" in parts:
            self._measure()
        self._update_buttons()

    def _read_records(self) -> None:
        store = self.session.store
        self._read_goals()
        problems = model.read_problems(store, None)
        self.problems = {p.id: p for p in problems.problems if p.id is not None}
        self.focus = set(problems.focus)

    def _read_goals(self) -> model.GoalsFigures:
        """The model's goals, means and calculator over the last measurement, kept for the
        table, the calculator and the progress chart (milliseconds: the costly measuring runs
        in `_measure`; before it ends, typed baselines stand in)."""
        figures = model.read_goals(self.session.store, self.measured or {})
        self.goal_figures = figures
        self.goals = [g.goal for g in figures.goals]
        self.means = [m for group in means_by_goal(self.goals, figures.means) for m in group.means]
        return figures

    def _goals_read(self) -> model.GoalsFigures:
        return self.goal_figures if self.goal_figures is not None else self._read_goals()

    def _measure(self) -> None:
        """Measure the plan off the GUI thread, on a copy; the newest result alone is shown."""
        self._generation += 1
        generation = self._generation
        copy = self.session.store.detached_copy()

        def work() -> dict[str, float | None]:
            try:
                return measured_values(copy)
            finally:
                copy.close()

        def done(values: dict[str, float | None]) -> None:
            if self._disposed or generation != self._generation:
                return
            self.measured = values
            self.measurements += 1
            self._read_goals()
            self._fill_goals()
            self._fill_outputs()
            self._draw_progress()

        def failed(_error: BaseException) -> None:
            if self._disposed or generation != self._generation:
                return
            self.measured = {}  # typed baselines stand in; the next change measures again
            self._read_goals()
            self._fill_goals()
            self._fill_outputs()

        self.runner.run(work, done, failed, saves=False)  # measured on a copy

    def _money(self, value: float) -> str:
        return format_money(value, self.currency, self.plan_language)

    def _number(self, value: float, digits: int = 2) -> str:
        return format_number(value, self.plan_language, digits)

    def _fill_goals(self) -> None:
        store = self.session.store
        language = store.language()
        names = measures(language)
        figures = self._goals_read().goals
        checked = {g.goal.id: g.check for g in figures}
        selected = self.selected_goal_id()
        table = self.goal_table
        table.setRowCount(len(self.goals))
        well_formed = 0
        for row, goal in enumerate(self.goals):
            check = checked[goal.id]
            sentences = explain_goal(goal, check, language)
            measure = names.get(goal.measure)
            unit = measure.unit if measure is not None else goal.unit
            indicator = measure.name if measure is not None else goal.indicator
            mark = QTableWidgetItem(WARNING_MARK if check.flags else OK_MARK)
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if check.flags:
                mark.setForeground(Qt.GlobalColor.darkYellow)
                mark.setToolTip("\n".join(sentences))
            else:
                well_formed += 1
                mark.setForeground(Qt.GlobalColor.darkGreen)
                mark.setToolTip(
                    translate(
                        "GoalsPage", "Specific, measurable and dated, with means to reach it."
                    )
                )
            table.setItem(row, MARK, mark)
            title = QTableWidgetItem(goal.title)
            title.setData(KEY_ROLE, goal.id)
            title.setToolTip(goal.title)
            table.setItem(row, TITLE, title)
            indicator_item = QTableWidgetItem(indicator)
            indicator_item.setToolTip(indicator)
            table.setItem(row, INDICATOR, indicator_item)
            table.setItem(row, BASELINE, self._baseline_item(goal, check.baseline, unit))
            target = "" if goal.target is None else with_unit(self._number(goal.target), unit)
            table.setItem(row, TARGET, QTableWidgetItem(target))
            table.setItem(row, DEADLINE, QTableWidgetItem(goal.deadline))
            table.setItem(row, OWNER, QTableWidgetItem(goal.owner))
            linked = [self.problems[i] for i in goal.problem_ids if i in self.problems]
            titles = [f"{FOCUS_MARK} {p.title}" if p.id in self.focus else p.title for p in linked]
            problems = QTableWidgetItem(translate("GoalsPage", "; ").join(titles))
            problems.setToolTip("\n".join(titles))
            table.setItem(row, PROBLEMS, problems)
            budget = sum(m.budget for m in self.means if m.goal_id == goal.id)
            budget_item = QTableWidgetItem(self._money(budget) if budget else "")
            budget_item.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            table.setItem(row, BUDGET, budget_item)
        if selected is not None:
            self.select_goal(selected)
        table.fit()
        if not self.goals:
            self.goal_summary.setText(
                translate(
                    "GoalsPage",
                    "No goals yet. Add one for each focus problem: name what changes and the "
                    "indicator that shows it, with a target and a deadline.",
                )
            )
        else:
            self.goal_summary.setText(
                translate(
                    "GoalsPage",
                    "✓ marks a goal that is specific, measurable and dated, with means to reach "
                    "it; point at ⚠ to see what a goal still lacks. Ready: {ready} of {count}.",
                ).format(ready=well_formed, count=len(self.goals))
            )

    def _baseline_item(self, goal: Goal, baseline: float | None, unit: str) -> QTableWidgetItem:
        if goal.measure and self.measured is None:
            item = QTableWidgetItem("…")
            item.setToolTip(translate("GoalsPage", "Measuring the plan…"))
            return item
        if baseline is None:
            item = QTableWidgetItem(translate("GoalsPage", "not measured yet"))
            item.setForeground(Qt.GlobalColor.gray)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            return item
        follows = bool(goal.measure) and (self.measured or {}).get(goal.measure) is not None
        # A measured value shows one decimal (survey means are not more precise than that).
        item = QTableWidgetItem(with_unit(self._number(baseline, 1 if follows else 2), unit))
        if follows:
            item.setToolTip(translate("GoalsPage", "Measured in the plan; it follows new data."))
        else:
            item.setToolTip(translate("GoalsPage", "Typed in the goal."))
        return item

    def _fill_means(self) -> None:
        store = self.session.store
        language = store.language()
        statuses = load_means_texts(language).statuses
        titles = {goal.id: goal.title for goal in self.goals}
        no_goal = translate("GoalsPage", "No goal")
        selected = self.selected_means_id()
        table = self.means_table
        table.setRowCount(len(self.means))
        previous: object = object()
        for row, means in enumerate(self.means):
            goal_title = titles.get(means.goal_id, no_goal) if means.goal_id else no_goal
            first = means.goal_id != previous
            previous = means.goal_id
            goal_item = QTableWidgetItem(goal_title if first else "")
            goal_item.setToolTip(goal_title)
            if first:
                font = goal_item.font()
                font.setBold(True)
                goal_item.setFont(font)
            cells = {
                MEANS_GOAL: goal_item,
                MEANS_ACTION: QTableWidgetItem(means.action),
                MEANS_KIND: QTableWidgetItem(kind_and_form(means, language)),
                MEANS_OWNER: QTableWidgetItem(means.owner),
                MEANS_START: QTableWidgetItem(means.start),
                MEANS_END: QTableWidgetItem(means.end),
                MEANS_BUDGET: QTableWidgetItem(self._money(means.budget) if means.budget else ""),
                MEANS_STATUS: QTableWidgetItem(statuses[means.status]),
            }
            cells[MEANS_ACTION].setData(KEY_ROLE, means.id)
            cells[MEANS_ACTION].setToolTip(means.description or means.action)
            cells[MEANS_BUDGET].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            for column, item in cells.items():
                if means.status == "done" and column != MEANS_GOAL:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
        if selected is not None:
            self.select_means(selected)
        table.fit()
        if not self.means:
            self.means_summary.setText(
                translate(
                    "GoalsPage",
                    "No means yet. Add your own, or pick from the library of means that work "
                    "on each root cause.",
                )
            )
        else:
            total = sum(m.budget for m in self.means)
            count = len(self.means)
            self.means_summary.setText(
                translate("GoalsPage", "%n means; budget in all: {budget}.", "", count).format(
                    budget=self._money(total)
                )
            )

    def _fill_inputs(self) -> None:
        inputs = self.session.store.economics.inputs()
        readonly = self.session.store.readonly
        for name, edit in self.inputs.items():
            value = getattr(inputs, name)
            try:
                same = self._read_input(name, edit.text()) == value
            except InvalidValueError:
                same = False
            if not same:
                edit.setText(self._input_text(name, value))
            edit.setReadOnly(readonly)
        self.input_suffixes["revenue_per_customer"].setText(
            inputs.currency or translate("GoalsPage", "a year")
        )

    def _fill_outputs(self) -> None:
        store = self.session.store
        language = store.language()
        result = self._goals_read().economics
        self.economics = result
        missing = translate("GoalsPage", "—")

        def count(value: float | None) -> str:
            """People are counted whole (285.6 customers reads as a mistake)."""
            return missing if value is None else self._number(math.floor(value + 0.5), 0)

        def money(value: float | None) -> str:
            return missing if value is None else self._money(value)

        out = self.outputs
        out["lost_to_poor_service"].setText(count(result.lost_to_poor_service))
        out["revenue_lost"].setText(money(result.revenue_lost))
        out["told_unhappy"].setText(count(result.told_unhappy))
        out["told_happy"].setText(count(result.told_happy))
        out["replacement_cost"].setText(money(result.replacement_cost))
        out["budget_total"].setText(money(result.budget_total))
        need = translate(
            "GoalsPage", "Fill in the customers, their yearly revenue and how many leave a year."
        )
        for name in ("lost_to_poor_service", "revenue_lost", "replacement_cost", "told_happy"):
            out[name].setToolTip(need if out[name].text() == missing else "")
        goal = result.retention_goal
        self.retention_button.setVisible(goal is None)
        # A figure is bold; a sentence saying what is missing is not.
        hint = goal is None or result.projected_gain is None
        out["projected_gain"].setStyleSheet("font-weight: normal;" if hint else "")
        if goal is None:
            out["projected_gain"].setText(
                translate(
                    "GoalsPage",
                    "Add a goal on customer retention with a target to project the gain.",
                )
            )
        elif result.projected_gain is None:
            out["projected_gain"].setText(
                translate(
                    "GoalsPage",
                    "Fill in the customers and their yearly revenue to project the gain of "
                    "“{goal}”.",
                ).format(goal=short_label(goal.title))
            )
        else:
            unit = measures(language)[RETENTION_MEASURE].unit
            baseline = result.retention_baseline
            target = goal.target if goal.target is not None else 0.0
            detail = translate("GoalsPage", "retention from {baseline} to {target}").format(
                baseline=with_unit(self._number(baseline or 0.0, 1), unit),
                target=with_unit(self._number(target, 1), unit),
            )
            if goal.deadline:
                detail += " " + translate("GoalsPage", "by {deadline}").format(
                    deadline=goal.deadline
                )
            out["projected_gain"].setText(f"{self._money(result.projected_gain)} ({detail})")
        months = result.payback_months
        if months is None:
            out["payback_months"].setStyleSheet("font-weight: normal;")
            if result.budget_total <= 0:
                out["payback_months"].setText(
                    translate("GoalsPage", "Can't be computed yet: the means have no budget.")
                )
            elif result.projected_gain is None or result.projected_gain <= 0:
                out["payback_months"].setText(
                    translate("GoalsPage", "Can't be computed yet: no projected gain.")
                )
            else:
                out["payback_months"].setText(missing)
            out["payback_months"].setToolTip(
                translate(
                    "GoalsPage",
                    "Payback = the means' budget ÷ the projected gain a year × 12; it needs "
                    "both above zero.",
                )
            )
        else:
            out["payback_months"].setStyleSheet("")
            out["payback_months"].setText(
                translate("GoalsPage", "{months} months").format(months=self._number(months, 1))
            )
            out["payback_months"].setToolTip("")
        self._fill_sources(language)

    def _fill_sources(self, language: str) -> None:
        texts = load_goal_texts(language)
        items = "".join(f"<li>{escape(source)}</li>" for source in texts.sources)
        heading = escape(translate("GoalsPage", "Where the figures come from:"))
        self.sources.setText(
            f"<p>{heading}</p><ul style='margin-left: -20px;'>{items}</ul>"
            f"<p>{escape(texts.explanation)}</p>"
        )

    # -- charts -----------------------------------------------------------------------------------

    def _draw_charts(self) -> None:
        has_any = bool(self.goals or self.means)
        self.empty_charts.setVisible(not has_any)
        for chart in (self.timeline_chart, self.budget_chart, self.progress_chart):
            chart.setVisible(has_any)
        if not has_any:
            return
        self._draw_timeline()
        self._draw_budget()
        self._draw_progress()

    def _kind_labels(self) -> dict[str, str]:
        names = load_texts(self.session.store.language()).root_causes
        labels = {kind: names[kind] for kind in ROOT_CAUSES}
        labels["done"] = load_means_texts(self.session.store.language()).statuses["done"]
        return labels

    def _draw_timeline(self) -> None:
        from export.charts import TimelineBar

        dated = [means for means in self.means if means.start and means.end]
        groups: list[tuple[str, list[TimelineBar]]] = [
            (
                group.goal.title if group.goal is not None else translate("GoalsPage", "No goal"),
                [
                    TimelineBar(
                        short_label(means.action, 70),
                        date.fromisoformat(means.start),
                        date.fromisoformat(means.end),
                        means.kind,
                        means.status == "done",
                    )
                    for means in group.means
                ],
            )
            for group in means_by_goal(self.goals, dated[:PREVIEW_MEANS])
        ]
        kind_labels = self._kind_labels()
        today = self._today()
        title = translate("GoalsPage", "The means on a timeline")
        if len(dated) > PREVIEW_MEANS:
            title = translate(
                "GoalsPage", "The means on a timeline: the first {shown} of {count}"
            ).format(shown=PREVIEW_MEANS, count=len(dated))
        empty = translate("GoalsPage", "No means with both a start and an end date yet.")
        bars = sum(len(group) for _, group in groups)
        self._resize_chart(self.timeline_chart, max(180, 125 + 34 * bars + 30 * len(groups)))

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import means_timeline_figure

            figure = means_timeline_figure(
                groups,
                kind_labels=kind_labels,
                today=today,
                title=title,
                width=width,
                height=height,
                empty_text=empty,
            )
            return figure

        self.timeline_chart.show_chart(chart)

    def _draw_budget(self) -> None:
        budgets = budget_by_kind(self.means)
        kind_labels = {k: v for k, v in self._kind_labels().items() if k != "done"}
        currency = self.currency
        separator = decimal_separator(self.session.store.language())
        title = translate("GoalsPage", "Budget by kind of means")
        empty = translate("GoalsPage", "No budgets on the means yet.")

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import budget_by_kind_figure

            figure = budget_by_kind_figure(
                budgets,
                kind_labels=kind_labels,
                currency=currency,
                decimal_separator=separator,
                title=title,
                width=width,
                height=height,
                empty_text=empty,
            )
            return figure

        self.budget_chart.show_chart(chart)

    def _draw_progress(self) -> None:
        if not (self.goals or self.means):
            return
        language = self.session.store.language()
        names = measures(language)
        labels: list[str] = []
        baselines: list[float | None] = []
        targets: list[float | None] = []
        units: list[str] = []
        for figures in self._goals_read().goals[:PREVIEW_GOALS]:
            goal = figures.goal
            measure = names.get(goal.measure)
            labels.append(short_label(goal.title, 90))
            baselines.append(figures.baseline)
            targets.append(goal.target)
            units.append(measure.unit if measure is not None else goal.unit)
        baseline_label = translate("GoalsPage", "Baseline")
        target_label = translate("GoalsPage", "Target")
        separator = decimal_separator(language)
        title = translate("GoalsPage", "Each goal: baseline and target")
        if len(self.goals) > PREVIEW_GOALS:
            title = translate(
                "GoalsPage", "Each goal: baseline and target, the first {shown} of {count}"
            ).format(shown=PREVIEW_GOALS, count=len(self.goals))
        empty = translate("GoalsPage", "No goals yet.")
        self._resize_chart(self.progress_chart, max(180, min(900, 90 + 62 * len(labels))))

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import goal_progress_figure

            figure = goal_progress_figure(
                labels,
                baselines,
                targets,
                units,
                baseline_label=baseline_label,
                target_label=target_label,
                decimal_separator=separator,
                title=title,
                width=width,
                height=height,
                empty_text=empty,
            )
            return figure

        self.progress_chart.show_chart(chart)

    def _resize_chart(self, chart: ChartPreview, height_px: int) -> None:
        chart.height_px = height_px
        chart.setMinimumSize(min(chart.width_px, MIN_WIDTH), height_px)
        chart.setFixedHeight(height_px)

    # -- state ------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        editable = not self.session.store.readonly
        goal = self.selected_goal_id() is not None
        means = self.selected_means_id() is not None
        self.add_goal_button.setEnabled(editable)
        self.edit_goal_button.setEnabled(editable and goal)
        self.delete_goal_button.setEnabled(editable and goal)
        self.add_means_button.setEnabled(editable)
        self.library_button.setEnabled(editable)
        self.edit_means_button.setEnabled(editable and means)
        self.delete_means_button.setEnabled(editable and means)
        self.retention_button.setEnabled(editable)
        for edit in self.inputs.values():
            edit.setReadOnly(not editable)

    def dispose(self) -> None:
        """Detach before deletion: late measurements and focus events find nothing to touch."""
        self._disposed = True
        self._generation += 1
        for edit in self.inputs.values():
            edit.removeEventFilter(self)
        super().dispose()
