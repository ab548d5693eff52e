"""Step 2, identify the main problems: suggestions from step 1, the prioritised problem list,
the priority matrix, and the seven sins of service checklist.

Suggestions are never added silently: each shows the numbers behind it and a suggested root
cause, and waits for the user to accept it (as it is, or edited first) or dismiss it. Every
edit is one undo command. Priority and the focus are derived from the problems each time they
change, never stored.

What the page shows is step 2's part of the plan's model (`plan.figures.read_problems`, as
the report and the PDF read it): the problems by priority, the focus, the suggestions and the
sins. The suggestions read the survey's sums, which take seconds on 100,000 responses: they
are read in a worker, on a copy of the plan, only when the survey changes; every other edit
reads the model's part at once with the sums already read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from plan.problems import (
    MAX_TITLE_LENGTH,
    ROOT_CAUSES,
    SCALE,
    SIN_SCALE,
    SINS,
    STATUSES,
    Problem,
    load_texts,
    validate_problem,
)
from plan.scoring import SurveySummary
from plan.steps import Step
from plan.store import PlanStore, Section
from plan.suggestions import Review, Suggestion
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import (
    AcceptSuggestion,
    AddProblem,
    DeleteProblem,
    EditProblem,
    PlanCommand,
    SetSinObservation,
    SetSuggestionDismissed,
)
from ui.dialogs import Dialogs
from ui.i18n import plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.session import PlanSession
from ui.tasks import Recalculation, TaskRunner, on_copy

translate = QCoreApplication.translate

# Sections whose change alters the suggestions (step 1's records, and step 2's own).
SUGGESTION_SECTIONS = frozenset(
    {
        Section.ANSWERS,
        Section.METRICS,
        Section.SURVEY,
        Section.COMPLAINTS,
        Section.SINS,
        Section.PROBLEMS,
        Section.SUGGESTIONS,
        Section.PLAN,
        Section.META,
    }
)
# Sections whose change alters the survey's sums (read again in a worker).
SURVEY_SECTIONS = frozenset({Section.SURVEY, Section.PLAN})
# Sections the problem list, the matrix and the checklist show.
LIST_SECTIONS = frozenset({Section.PROBLEMS, Section.PLAN, Section.META})
SIN_SECTIONS = frozenset({Section.SINS, Section.PLAN, Section.META})
KEY_ROLE = Qt.ItemDataRole.UserRole
FOCUS_MARK = "★"
# Chart labels longer than this are shortened (the list shows the whole title).
CHART_LABEL_LENGTH = 90
VISIBLE_ROWS = 12
FOCUS, TITLE, PRIORITY, ROOT_CAUSE, STATUS, TOUCHPOINT = range(6)


# -- names in the window's language ------------------------------------------------------------


def root_cause_name(cause: str) -> str:
    return {
        "know": translate("ProblemsPage", "Know"),
        "want": translate("ProblemsPage", "Want"),
        "can": translate("ProblemsPage", "Can"),
    }[cause]


def root_cause_hint(cause: str) -> str:
    return {
        "know": translate("ProblemsPage", "knowledge and skills"),
        "want": translate("ProblemsPage", "motivation and attitude"),
        "can": translate("ProblemsPage", "systems, rules, tools and managers"),
    }[cause]


def status_name(status: str) -> str:
    return {
        "open": translate("ProblemsPage", "Open"),
        "in_progress": translate("ProblemsPage", "In progress"),
        "solved": translate("ProblemsPage", "Solved"),
    }[status]


def seen_name(seen: str) -> str:
    return {
        "never": translate("ProblemsPage", "Never"),
        "rarely": translate("ProblemsPage", "Rarely"),
        "sometimes": translate("ProblemsPage", "Sometimes"),
        "often": translate("ProblemsPage", "Often"),
        "always": translate("ProblemsPage", "Always"),
    }[seen]


def frequency_name(value: int) -> str:
    return {
        1: translate("ProblemsPage", "1 – rarely"),
        2: translate("ProblemsPage", "2 – now and then"),
        3: translate("ProblemsPage", "3 – regularly"),
        4: translate("ProblemsPage", "4 – often"),
        5: translate("ProblemsPage", "5 – all the time"),
    }[value]


def impact_name(value: int) -> str:
    return {
        1: translate("ProblemsPage", "1 – hardly noticed"),
        2: translate("ProblemsPage", "2 – a small annoyance"),
        3: translate("ProblemsPage", "3 – spoils the visit"),
        4: translate("ProblemsPage", "4 – makes customers complain"),
        5: translate("ProblemsPage", "5 – drives customers away"),
    }[value]


def priority_text(frequency: int, impact: int) -> str:
    return translate("ProblemsPage", "{priority} ({frequency} × {impact})").format(
        priority=frequency * impact, frequency=frequency, impact=impact
    )


def survey_summary(store: PlanStore) -> SurveySummary:
    """The whole survey's sums, as the plan's model holds them and the suggestions read them:
    SQL over every response (seconds on 100,000), so it runs in a worker on a copy of the plan."""
    return model.read_survey(store).summary


def short_label(title: str, limit: int = CHART_LABEL_LENGTH) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def refusal_text(error: PlanError) -> str:
    """A store refusal in the window's language, with the rules of step 2 spelled out."""
    if isinstance(error, InvalidValueError):
        if error.code == "empty":
            return translate("ProblemsPage", "Give the problem a title.")
        if error.code == "already_accepted":
            return translate("ProblemsPage", "This suggestion is already in the problem list.")
        if error.code == "unknown_item":
            return translate(
                "ProblemsPage", "This problem is no longer in the plan; it may have been undone."
            )
        field = {
            "title": translate("ProblemsPage", "Title"),
            "description": translate("ProblemsPage", "Description"),
            "evidence": translate("ProblemsPage", "Evidence"),
            "touchpoint": translate("ProblemsPage", "Where it is seen"),
        }.get(error.field)
        if field is not None:
            return translate("ProblemsPage", "{field}: {reason}").format(
                field=field, reason=plan_error_message(error)
            )
    return plan_error_message(error)


# -- the problem dialog ----------------------------------------------------------------------------


class ProblemDialog(QDialog):
    """A problem's fields; checked with the plan's own rules before it closes, so nothing typed
    is lost to a refusal. Used to add, to edit, and to edit a suggestion before accepting it."""

    def __init__(
        self,
        problem: Problem | None,
        touchpoints: list[str],
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.original = problem or Problem("", 3, 3, "can")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.title_edit = QLineEdit(self.original.title)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.title_edit.setPlaceholderText(
            translate("ProblemDialog", "A short name, e.g. “Calls are not returned”")
        )
        form.addRow(translate("ProblemDialog", "Title:"), self.title_edit)

        self.description = QPlainTextEdit(self.original.description)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        self.description.setPlaceholderText(
            translate("ProblemDialog", "What goes wrong, for whom, and why")
        )
        form.addRow(translate("ProblemDialog", "Description:"), self.description)

        self.evidence = QPlainTextEdit(self.original.evidence)
        self.evidence.setObjectName("evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(72)
        self.evidence.setPlaceholderText(
            translate("ProblemDialog", "The figures, complaints or observations that show it")
        )
        form.addRow(translate("ProblemDialog", "Evidence:"), self.evidence)

        self.touchpoint = QComboBox()
        self.touchpoint.setObjectName("touchpoint")
        self.touchpoint.setEditable(True)
        self.touchpoint.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.touchpoint.addItems(touchpoints)
        self.touchpoint.setCurrentIndex(-1)
        self.touchpoint.setEditText(self.original.touchpoint)
        line = self.touchpoint.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("ProblemDialog", "Choose or type a touchpoint"))
        form.addRow(translate("ProblemDialog", "Where it is seen:"), self.touchpoint)

        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        self.impact = QComboBox()
        self.impact.setObjectName("impact")
        for value in SCALE:
            self.frequency.addItem(frequency_name(value), value)
            self.impact.addItem(impact_name(value), value)
        self.frequency.setCurrentIndex(self.original.frequency - 1)
        self.impact.setCurrentIndex(self.original.impact - 1)
        self.priority = QLabel()
        self.priority.setObjectName("priority")
        self.frequency.currentIndexChanged.connect(self._show_priority)
        self.impact.currentIndexChanged.connect(self._show_priority)
        form.addRow(translate("ProblemDialog", "How often:"), self.frequency)
        form.addRow(translate("ProblemDialog", "Impact on customers:"), self.impact)
        form.addRow(translate("ProblemDialog", "Priority:"), self.priority)

        self.root_cause = QComboBox()
        self.root_cause.setObjectName("rootCause")
        for cause in ROOT_CAUSES:
            self.root_cause.addItem(
                translate("ProblemDialog", "{name}: {hint}").format(
                    name=root_cause_name(cause), hint=root_cause_hint(cause)
                ),
                cause,
            )
        self.root_cause.setCurrentIndex(ROOT_CAUSES.index(self.original.root_cause))
        self.root_cause.setToolTip(
            translate(
                "ProblemDialog",
                "Why it happens: staff do not know how, do not want to, or cannot because of "
                "systems, rules, tools or managers. The means in step 4 address this cause.",
            )
        )
        form.addRow(translate("ProblemDialog", "Root cause:"), self.root_cause)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.status.setCurrentIndex(STATUSES.index(self.original.status))
        form.addRow(translate("ProblemDialog", "Status:"), self.status)

        self.focus = QComboBox()
        self.focus.setObjectName("focus")
        self.focus.addItem(translate("ProblemDialog", "By priority"), None)
        self.focus.addItem(translate("ProblemDialog", "Always in the focus"), True)
        self.focus.addItem(translate("ProblemDialog", "Never in the focus"), False)
        self.focus.setCurrentIndex({None: 0, True: 1, False: 2}[self.original.focus])
        self.focus.setToolTip(
            translate(
                "ProblemDialog",
                "The plan's focus is its top three problems by priority (ties by impact). "
                "Pin a problem in or out when you know better.",
            )
        )
        form.addRow(translate("ProblemDialog", "Focus:"), self.focus)
        layout.addLayout(form)

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
        self._show_priority()

    def _show_priority(self) -> None:
        self.priority.setText(
            priority_text(self.frequency.currentData(), self.impact.currentData())
        )

    def problem(self) -> Problem:
        """The fields as a problem (keeping the edited one's id and suggestion link)."""
        return replace(
            self.original,
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            evidence=self.evidence.toPlainText(),
            touchpoint=self.touchpoint.currentText(),
            frequency=int(self.frequency.currentData()),
            impact=int(self.impact.currentData()),
            root_cause=str(self.root_cause.currentData()),
            status=str(self.status.currentData()),
            focus=self.focus.currentData(),
        )

    def accept(self) -> None:
        try:
            validate_problem(self.problem())
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            return
        super().accept()


# -- the page ----------------------------------------------------------------------------------


class ProblemsPage(StepPage):
    step = Step.PROBLEMS
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {
        "suggestions": SUGGESTION_SECTIONS,
        "survey": SURVEY_SECTIONS,
        "list": LIST_SECTIONS,
        "sins": SIN_SECTIONS,
    }
    refreshed_by = SUGGESTION_SECTIONS | SURVEY_SECTIONS | LIST_SECTIONS | SIN_SECTIONS

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
        self.setObjectName("problemsPage")
        self.setWidgetResizable(True)
        self.review = Review([], [])
        # The survey's sums the suggestions are reviewed with; None until first read.
        self.survey: SurveySummary | None = None
        self.calculation = Recalculation(runner, self)
        self.reviews = 0  # how many times the suggestions were reviewed (tests wait on it)
        self.problems: list[Problem] = []  # by priority
        self.focus: set[int] = set()
        self._filling = False  # the checklist is being set from the plan, not by the user

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("ProblemsPage", "Identify the main problems"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "ProblemsPage",
                "Turn what the assessment found into a short list of problems to solve. Each "
                "problem is rated for how often it happens and how much it hurts customers; "
                "their product is its priority. Name its root cause: staff do not know how, "
                "do not want to, or cannot because of systems and rules. The top problems "
                "become the plan's focus.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addWidget(self._build_suggestions())
        outer.addWidget(self._build_list())
        outer.addWidget(self._build_matrix())
        outer.addWidget(self._build_sins())
        outer.addStretch(1)
        self.setWidget(body)

        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_suggestions(self) -> QGroupBox:
        box = QGroupBox(translate("ProblemsPage", "Suggested problems"))
        box.setObjectName("suggestionsBox")
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "ProblemsPage",
                "Findings of the assessment that look like problems, with the numbers behind "
                "them. Accept one to add it to the list, edit it first, or dismiss it.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.calculating = QLabel()
        self.calculating.setObjectName("hint")  # muted, by the application's style sheet
        self.calculating.setWordWrap(True)
        self.calculating.hide()
        layout.addWidget(self.calculating)
        row = QHBoxLayout()
        self.suggestion_list = QListWidget()
        self.suggestion_list.setObjectName("suggestionList")
        self.suggestion_list.setMinimumHeight(150)
        self.suggestion_list.setMaximumHeight(220)
        # Long entries wrap instead of needing a sideways scroll bar.
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.currentItemChanged.connect(self._show_suggestion)
        self.suggestion_list.itemDoubleClicked.connect(lambda _item: self.edit_and_accept())
        row.addWidget(self.suggestion_list, 3)
        self.suggestion_detail = QLabel()
        self.suggestion_detail.setObjectName("suggestionDetail")
        self.suggestion_detail.setWordWrap(True)
        self.suggestion_detail.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.suggestion_detail.setMinimumWidth(260)
        row.addWidget(self.suggestion_detail, 2)
        layout.addLayout(row)
        self.no_suggestions = QLabel()
        self.no_suggestions.setObjectName("noSuggestions")
        self.no_suggestions.setWordWrap(True)
        self.no_suggestions.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.no_suggestions)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(translate("ProblemsPage", "Accept"))
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.setToolTip(
            translate("ProblemsPage", "Add it to the problem list as suggested.")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_accept_button = QPushButton(translate("ProblemsPage", "Edit and accept…"))
        self.edit_accept_button.setObjectName("editAcceptSuggestion")
        self.edit_accept_button.clicked.connect(self.edit_and_accept)
        self.dismiss_button = QPushButton(translate("ProblemsPage", "Dismiss"))
        self.dismiss_button.setObjectName("dismissSuggestion")
        self.dismiss_button.setToolTip(
            translate("ProblemsPage", "Not a problem for this business; it is not suggested again.")
        )
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.restore_button = QPushButton(translate("ProblemsPage", "Suggest again"))
        self.restore_button.setObjectName("restoreSuggestion")
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (
            self.accept_button,
            self.edit_accept_button,
            self.dismiss_button,
            self.restore_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.show_dismissed = QCheckBox()
        self.show_dismissed.setObjectName("showDismissed")
        self.show_dismissed.setText(translate("ProblemsPage", "Show dismissed (%n)", "", 0))
        self.show_dismissed.setEnabled(False)  # until the suggestions are reviewed
        self.show_dismissed.toggled.connect(self._fill_suggestions)
        buttons.addWidget(self.show_dismissed)
        layout.addLayout(buttons)
        return box

    def _build_list(self) -> QGroupBox:
        box = QGroupBox(translate("ProblemsPage", "Problems by priority"))
        box.setObjectName("problemsBox")
        layout = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.add_button = QPushButton(translate("ProblemsPage", "Add problem…"))
        self.add_button.setObjectName("addProblem")
        self.add_button.clicked.connect(self.add_problem)
        self.edit_button = QPushButton(translate("ProblemsPage", "Edit…"))
        self.edit_button.setObjectName("editProblem")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("ProblemsPage", "Delete"))
        self.delete_button.setObjectName("deleteProblem")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("problemTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ProblemsPage", "Focus"),
                translate("ProblemsPage", "Problem"),
                translate("ProblemsPage", "Priority"),
                translate("ProblemsPage", "Root cause"),
                translate("ProblemsPage", "Status"),
                translate("ProblemsPage", "Where it is seen"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        layout.addWidget(self.table)
        self.focus_label = QLabel()
        self.focus_label.setObjectName("focusSummary")
        self.focus_label.setWordWrap(True)
        self.focus_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.focus_label)
        return box

    def _build_matrix(self) -> QGroupBox:
        box = QGroupBox(translate("ProblemsPage", "Priority matrix"))
        box.setObjectName("matrixBox")
        layout = QVBoxLayout(box)
        self.chart = ChartPreview(self.runner, 720, 500)
        self.chart.setObjectName("matrixChart")
        layout.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty_chart = QLabel(
            translate(
                "ProblemsPage",
                "No problems yet. Accept suggestions or add problems; the matrix of frequency "
                "against impact appears here.",
            )
        )
        self.empty_chart.setObjectName("matrixEmpty")
        self.empty_chart.setWordWrap(True)
        self.empty_chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_chart.setMinimumHeight(100)
        self.empty_chart.setStyleSheet(
            "QLabel { color: #5f6368; border: 1px dashed #b0b4b9; border-radius: 6px;"
            " padding: 16px; }"
        )
        layout.addWidget(self.empty_chart)
        return box

    def _build_sins(self) -> QGroupBox:
        box = QGroupBox(translate("ProblemsPage", "Seven sins of service"))
        box.setObjectName("sinsBox")
        layout = QVBoxLayout(box)
        hint = QLabel(
            translate(
                "ProblemsPage",
                "Watch how customers are served, or ask someone to, and record how often each "
                "sin is seen. A sin seen often or always becomes a suggested problem.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.sin_names: dict[str, QLabel] = {}
        self.sin_descriptions: dict[str, QLabel] = {}
        self.sin_choices: dict[str, QComboBox] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for row, sin in enumerate(SINS):
            name = QLabel()
            name.setFont(bold)
            name.setObjectName(f"sinName_{sin}")
            description = QLabel()
            description.setWordWrap(True)
            description.setStyleSheet("color: #5f6368;")
            choice = QComboBox()
            choice.setObjectName(f"sin_{sin}")
            choice.addItem(translate("ProblemsPage", "— not recorded —"), None)
            for seen in SIN_SCALE:
                choice.addItem(seen_name(seen), seen)
            choice.currentIndexChanged.connect(lambda _i, s=sin: self._sin_chosen(s))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(description, row, 1)
            grid.addWidget(choice, row, 2, Qt.AlignmentFlag.AlignTop)
            self.sin_names[sin] = name
            self.sin_descriptions[sin] = description
            self.sin_choices[sin] = choice
        layout.addLayout(grid)
        return box

    # -- reading the selections ---------------------------------------------------------------

    def current_suggestion(self) -> Suggestion | None:
        item = self.suggestion_list.currentItem()
        if item is None:
            return None
        key = item.data(KEY_ROLE)
        shown = self.review.dismissed if self.show_dismissed.isChecked() else self.review.pending
        return next((s for s in shown if s.key == key), None)

    def select_suggestion(self, key: str) -> None:
        for row in range(self.suggestion_list.count()):
            item = self.suggestion_list.item(row)
            if item.data(KEY_ROLE) == key:
                self.suggestion_list.setCurrentItem(item)
                return

    def selected_problem_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), TITLE) if rows else None
        value = item.data(KEY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select_problem(self, problem_id: int) -> None:
        # The table's rows are `self.problems` in order: no need to ask a thousand cells.
        for row, problem in enumerate(self.problems):
            if problem.id == problem_id:
                self.table.selectRow(row)
                return

    # -- editing ------------------------------------------------------------------------------

    def _title(self) -> str:
        return translate("ProblemsPage", "Problems")

    def _push(self, command: PlanCommand) -> bool:
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
            return False
        return True

    def _touchpoints(self) -> list[str]:
        return list(load_texts(self.session.store.language()).touchpoints.values())

    def _next_in_list(self) -> str | None:
        """The key to select after the current suggestion leaves the list."""
        row = self.suggestion_list.currentRow()
        for candidate in (row + 1, row - 1):
            item = self.suggestion_list.item(candidate)
            if item is not None:
                return str(item.data(KEY_ROLE))
        return None

    def accept_selected(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.session.store.readonly:
            return
        following = self._next_in_list()
        text = translate("ProblemsPage", "acceptance of a suggested problem")
        command = AcceptSuggestion(self.session.store, suggestion.problem(), text)
        if self._push(command) and command.record.id is not None:
            self.select_problem(command.record.id)
            if following:
                self.select_suggestion(following)

    def edit_and_accept(self) -> None:
        suggestion = self.current_suggestion()
        store = self.session.store
        if suggestion is None or store.readonly:
            return
        dialog = ProblemDialog(
            suggestion.problem(),
            self._touchpoints(),
            title=translate("ProblemsPage", "Accept the suggested problem"),
            parent=self,
        )
        accepted = self.dialogs.run_modal(dialog)
        problem = dialog.problem()
        dialog.deleteLater()
        if not accepted:
            return
        following = self._next_in_list()
        text = translate("ProblemsPage", "acceptance of a suggested problem")
        command = AcceptSuggestion(store, problem, text)
        if self._push(command) and command.record.id is not None:
            self.select_problem(command.record.id)
            if following:
                self.select_suggestion(following)

    def dismiss_selected(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.session.store.readonly:
            return
        following = self._next_in_list()
        text = translate("ProblemsPage", "dismissal of a suggested problem")
        self.session.push(SetSuggestionDismissed(self.session.store, suggestion.key, True, text))
        if following:
            self.select_suggestion(following)

    def restore_selected(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.session.store.readonly:
            return
        text = translate("ProblemsPage", "return of a dismissed suggestion")
        self.session.push(SetSuggestionDismissed(self.session.store, suggestion.key, False, text))

    def add_problem(self) -> None:
        store = self.session.store
        if store.readonly:
            return
        dialog = ProblemDialog(
            None, self._touchpoints(), title=translate("ProblemsPage", "Add a problem"), parent=self
        )
        accepted = self.dialogs.run_modal(dialog)
        problem = dialog.problem()
        dialog.deleteLater()
        if not accepted:
            return
        command = AddProblem(store, problem, translate("ProblemsPage", "new problem"))
        if self._push(command) and command.record.id is not None:
            self.select_problem(command.record.id)

    def edit_problem(self, problem_id: int) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            current = store.problems.get(problem_id)
        except PlanError as gone:
            self.dialogs.error(self, self._title(), refusal_text(gone))
            return
        dialog = ProblemDialog(
            current,
            self._touchpoints(),
            title=translate("ProblemsPage", "Edit the problem"),
            parent=self,
        )
        accepted = self.dialogs.run_modal(dialog)
        changed = dialog.problem()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if validate_problem(changed) == current:
                return  # nothing changed: no empty undo step
        except InvalidValueError:
            pass  # refused again by the store below, and the refusal is shown
        if self._push(
            EditProblem(store, changed, translate("ProblemsPage", "change to a problem"))
        ):
            self.select_problem(problem_id)

    def edit_selected(self) -> None:
        problem_id = self.selected_problem_id()
        if problem_id is not None:
            self.edit_problem(problem_id)

    def delete_selected(self) -> None:
        store = self.session.store
        problem_id = self.selected_problem_id()
        if store.readonly or problem_id is None:
            return
        problem = store.problems.get(problem_id)
        question = translate("ProblemsPage", "Delete the problem “{title}”?").format(
            title=short_label(problem.title, 80)
        )
        question += "\n\n" + translate("ProblemsPage", "Edit ▸ Undo brings it back.")
        if not self.dialogs.confirm(self, translate("ProblemsPage", "Delete"), question):
            return
        self._push(
            DeleteProblem(store, problem_id, translate("ProblemsPage", "deletion of a problem"))
        )

    def _sin_chosen(self, sin: str) -> None:
        if self._filling or self.session.store.readonly:
            return
        seen = self.sin_choices[sin].currentData()
        if seen == self.session.store.problems.sin_observations().get(sin):
            return
        text = translate("ProblemsPage", "seven sins checklist")
        error = self.session.push(SetSinObservation(self.session.store, sin, seen, text))
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
            self._fill_sins(self._read_figures(review=False))

    def commit_pending(self) -> None:
        """Edits commit when their dialog closes or a choice is made; nothing waits."""

    # -- showing ------------------------------------------------------------------------------

    def refresh_parts(self, parts: set[str]) -> None:
        self.refresh(parts)

    def refresh(self, parts: set[str] | None = None) -> None:
        """Show the `parts` that changed ("survey": its sums must be read again)."""
        parts = parts if parts is not None else {"survey", "suggestions", "list", "sins"}
        read_survey = "survey" in parts or (self.survey is None and not self.calculation.busy)
        # With the sums read before; newer ones are reviewed on arrival.
        review = not read_survey and "suggestions" in parts and self.survey is not None
        if parts & {"list", "sins"} or review:
            figures = self._read_figures(review=review)
            if "list" in parts:
                self._fill_list(figures)
            if review:
                self._show_review(figures)
            if "sins" in parts:
                self._fill_sins(figures)
        if read_survey:
            self._read_survey()
        self._update_buttons()

    def _read_figures(self, *, review: bool) -> model.ProblemFigures:
        """Step 2's part of the plan's model, with the survey's sums read before (milliseconds);
        the suggestions reviewed only when `review` (they need those sums)."""
        return model.read_problems(self.session.store, self.survey, review=review)

    def _read_survey(self) -> None:
        """Sum the survey in a worker; the suggestions are reviewed when the sums arrive."""
        self.calculating.setText(translate("ProblemsPage", "Calculating the suggestions…"))
        self.calculating.show()
        if self.survey is None:  # nothing reviewed yet: not even "no suggestions" is known
            for widget in (self.suggestion_list, self.suggestion_detail, self.no_suggestions):
                widget.hide()
        self.calculation.request(
            on_copy(self.session.store, survey_summary), self._survey_read, self._survey_failed
        )

    def _survey_read(self, summary: SurveySummary) -> None:
        self.survey = summary
        self.calculating.hide()
        self._show_review(self._read_figures(review=True))

    def _survey_failed(self, error: BaseException) -> None:
        self.calculating.setText(
            translate(
                "ProblemsPage", "The survey could not be read for suggestions: {error}"
            ).format(error=error)
        )

    def _show_review(self, figures: model.ProblemFigures) -> None:
        """Show the suggestions as the model reviewed them with the survey's sums."""
        self.review = Review(list(figures.pending), list(figures.dismissed))
        self.reviews += 1
        self._fill_suggestions()

    def _fill_suggestions(self) -> None:
        dismissed_view = self.show_dismissed.isChecked()
        shown = self.review.dismissed if dismissed_view else self.review.pending
        current = self.suggestion_list.currentItem()
        keep = current.data(KEY_ROLE) if current is not None else None
        self.suggestion_list.blockSignals(True)
        self.suggestion_list.clear()
        for suggestion in shown:
            item = QListWidgetItem(
                translate("ProblemsPage", "{title} — priority {priority}").format(
                    title=suggestion.title, priority=suggestion.priority
                )
            )
            item.setData(KEY_ROLE, suggestion.key)
            item.setToolTip(suggestion.evidence)
            self.suggestion_list.addItem(item)
        self.suggestion_list.blockSignals(False)
        if shown:
            if keep in {s.key for s in shown}:
                self.select_suggestion(keep)
            if self.suggestion_list.currentItem() is None:
                self.suggestion_list.setCurrentRow(0)
        self.show_dismissed.setText(
            translate("ProblemsPage", "Show dismissed (%n)", "", len(self.review.dismissed))
        )
        self.show_dismissed.setEnabled(bool(self.review.dismissed) or dismissed_view)
        self.suggestion_list.setVisible(bool(shown))
        self.suggestion_detail.setVisible(bool(shown))
        self.no_suggestions.setVisible(not shown)
        if dismissed_view:
            self.no_suggestions.setText(translate("ProblemsPage", "No dismissed suggestions."))
        elif self.review.dismissed or self.problems:
            self.no_suggestions.setText(
                translate(
                    "ProblemsPage",
                    "Every suggestion has been accepted or dismissed. New ones appear here as "
                    "the assessment changes.",
                )
            )
        else:
            self.no_suggestions.setText(
                translate(
                    "ProblemsPage",
                    "No suggestions yet. They come from the self-audit, the business metrics, "
                    "the survey, the complaints and the seven sins checklist below, once those "
                    "show a weakness. You can also add problems yourself.",
                )
            )
        self._show_suggestion()
        self._update_buttons()

    def _show_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None:
            self.suggestion_detail.clear()
            self._update_buttons()
            return
        from html import escape

        rating = translate(
            "ProblemsPage",
            "Suggested: how often {frequency}, impact {impact}, priority {priority}.",
        ).format(
            frequency=suggestion.frequency,
            impact=suggestion.impact,
            priority=suggestion.priority,
        )
        cause = translate("ProblemsPage", "Root cause: {name} ({hint}).").format(
            name=root_cause_name(suggestion.root_cause), hint=root_cause_hint(suggestion.root_cause)
        )
        self.suggestion_detail.setText(
            f"<b>{escape(suggestion.title)}</b><br>{escape(suggestion.evidence)}"
            f"<br><br>{escape(rating)}<br><b>{escape(cause)}</b> {escape(suggestion.reason)}"
        )
        self._update_buttons()

    def _fill_list(self, figures: model.ProblemFigures) -> None:
        self.problems = list(figures.problems)
        self.focus = set(figures.focus)
        selected = self.selected_problem_id()
        # Emptied first: replacing the items of a shown table whose columns fit their contents
        # measures every row again for each item (minutes for a thousand problems).
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.problems))
        for row, problem in enumerate(self.problems):
            in_focus = problem.id in self.focus
            if problem.focus is True:
                focus_tip = translate("ProblemsPage", "In the focus: pinned")
            elif problem.focus is False:
                focus_tip = translate("ProblemsPage", "Kept out of the focus")
            elif in_focus:
                focus_tip = translate("ProblemsPage", "In the focus by priority")
            else:
                focus_tip = ""
            cells = (
                FOCUS_MARK if in_focus else "",
                problem.title,
                priority_text(problem.frequency, problem.impact),
                root_cause_name(problem.root_cause),
                status_name(problem.status),
                problem.touchpoint,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == FOCUS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(focus_tip)
                    item.setForeground(Qt.GlobalColor.darkRed)
                if column == TITLE:
                    item.setData(KEY_ROLE, problem.id)
                    tip = "\n\n".join(t for t in (problem.evidence, problem.description) if t)
                    item.setToolTip(tip or problem.title)
                if column == ROOT_CAUSE:
                    item.setToolTip(root_cause_hint(problem.root_cause))
                if in_focus:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if problem.status == "solved":
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_problem(selected)
        # As tall as its rows (a plan's list is short), scrolling only past VISIBLE_ROWS.
        shown = max(2, min(len(self.problems), VISIBLE_ROWS))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        focus_titles = [p.title for p in self.problems if p.id in self.focus]
        if focus_titles:
            self.focus_label.setText(
                translate("ProblemsPage", "The plan's focus: {titles}.").format(
                    titles=translate("ProblemsPage", "; ", "between the titles of a list").join(
                        focus_titles
                    )
                )
            )
        else:
            self.focus_label.setText(
                translate(
                    "ProblemsPage",
                    "No problems yet: accept the suggestions that apply, or add your own.",
                )
            )
        self._draw_chart()
        self._update_buttons()

    def _fill_sins(self, figures: model.ProblemFigures) -> None:
        texts = load_texts(self.session.store.language())
        observed = figures.sins
        self._filling = True
        try:
            for sin in SINS:
                self.sin_names[sin].setText(texts.sin_names[sin])
                self.sin_descriptions[sin].setText(texts.sin_descriptions[sin])
                choice = self.sin_choices[sin]
                choice.setCurrentIndex(choice.findData(observed.get(sin)))
        finally:
            self._filling = False

    def _draw_chart(self) -> None:
        if not self.problems:
            self.chart.hide()
            self.empty_chart.show()
            return
        self.empty_chart.hide()
        self.chart.show()
        labels = [short_label(p.title) for p in self.problems]
        frequencies = [p.frequency for p in self.problems]
        impacts = [p.impact for p in self.problems]
        focus = [p.id in self.focus for p in self.problems]
        frequency_label = translate("ProblemsPage", "How often it happens (frequency)")
        impact_label = translate("ProblemsPage", "Impact on customers")
        focus_label = translate("ProblemsPage", "The plan's focus")
        other_label = translate("ProblemsPage", "Other problems")

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import priority_matrix_figure

            figure = priority_matrix_figure(
                labels,
                frequencies,
                impacts,
                focus,
                frequency_label=frequency_label,
                impact_label=impact_label,
                focus_label=focus_label,
                other_label=other_label,
                width=width,
                height=height,
            )
            return figure

        self.chart.show_chart(chart)

    def _update_buttons(self) -> None:
        editable = not self.session.store.readonly
        suggestion = self.current_suggestion() is not None
        dismissed_view = self.show_dismissed.isChecked()
        self.accept_button.setEnabled(editable and suggestion)
        self.edit_accept_button.setEnabled(editable and suggestion)
        self.dismiss_button.setVisible(not dismissed_view)
        self.dismiss_button.setEnabled(editable and suggestion)
        self.restore_button.setVisible(dismissed_view)
        self.restore_button.setEnabled(editable and suggestion)
        selected = self.selected_problem_id() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)
        for choice in self.sin_choices.values():
            choice.setEnabled(editable)

    def dispose(self) -> None:
        self.calculation.stop()
        super().dispose()
