"""Step 1, the customers' view: the complaints log and its Pareto analysis.

Each complaint is information and a chance to win a customer back, so every one is logged with
its date, category and whether it was resolved. Grouped by category, the Pareto chart shows the
"vital few" categories behind most complaints: the place to start improving.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from plan.complaints import (
    Complaint,
    default_categories,
    validate_categories,
    validate_complaint,
)
from plan.errors import InvalidValueError, PlanError
from plan.imports import COMPLAINTS, MAX_LABEL_LENGTH
from plan.scoring import ParetoEntry, pareto
from plan.steps import Step
from plan.store import PlanChange, Section
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import AddComplaint, DeleteComplaint, EditComplaint, SetComplaintCategories
from ui.dialogs import Dialogs
from ui.i18n import plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

#: Sections of a `PlanChange` this page shows something of.
RELEVANT_SECTIONS = frozenset(
    {Section.COMPLAINTS, Section.COMPLAINT_CATEGORIES, Section.PLAN, Section.META}
)
#: Bars in the chart; rarer categories are summed into one last bar so the chart stays legible.
MAX_BARS = 10
ID_ROLE = Qt.ItemDataRole.UserRole
DATE, CATEGORY, DESCRIPTION, RESOLVED, SEGMENT = range(5)
#: Shown only when some complaint names its branch or customer group.
COLUMNS = 5
CHECK_MARK = "✓"
_ROOT = QModelIndex()  # the table's (invalid) root, as Qt's default argument


def no_category_text() -> str:
    return translate("ComplaintsPage", "(no category)")


def category_text(category: str) -> str:
    """A category as shown: the empty one gets a name, so it is not an invisible bar or row."""
    return category or no_category_text()


def percent_text(value: float) -> str:
    """Whole percent, rounded half up (82.5 → 83), as people round."""
    return str(int(value + 0.5))


def joined(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C", with the separators in the window's language."""
    if len(names) <= 1:
        return "".join(names)
    comma = translate("ComplaintsPage", ", ", "between items of a list")
    last = translate("ComplaintsPage", " and ", "before the last item of a list")
    return comma.join(names[:-1]) + last + names[-1]


def vital_few_text(entries: list[ParetoEntry]) -> str:
    """The Pareto's conclusion in one sentence: which categories to tackle first."""
    vital = [e for e in entries if e.vital_few]
    if not vital:
        return ""
    share = percent_text(vital[-1].cumulative_percent)
    names = [category_text(e.category) for e in vital]
    if len(vital) == 1:
        return translate(
            "ComplaintsPage", "{category} makes up {share}% of complaints: start there."
        ).format(category=names[0], share=share)
    return translate(
        "ComplaintsPage", "{categories} together make up {share}% of complaints: start there."
    ).format(categories=joined(names), share=share)


def refusal_text(error: PlanError) -> str:
    """A store refusal in the window's language, including the rules `plan_error_message`
    leaves in English (an empty complaint, too many categories)."""
    if isinstance(error, InvalidValueError):
        if error.code == "empty":
            return translate("ComplaintsPage", "Give the complaint a category or a description.")
        if error.code == "too_many":
            return translate(
                "ComplaintsPage", "There are {count} categories; at most {max} are allowed."
            ).format(**error.params)
        if error.code == "unknown_item":
            return translate(
                "ComplaintsPage",
                "This complaint is no longer in the plan; it may have been undone.",
            )
        field = {
            "date": translate("ComplaintsPage", "Date"),
            "category": translate("ComplaintsPage", "Category"),
            "description": translate("ComplaintsPage", "Description"),
        }.get(error.field)
        if field is not None:
            reason = plan_error_message(error)
            if error.code == "bad_date":
                reason += " " + translate(
                    "ComplaintsPage", "Write it as YYYY-MM-DD, e.g. {example}, or leave it empty."
                ).format(example=date.today().isoformat())
            return translate("ComplaintsPage", "{field}: {reason}").format(
                field=field, reason=reason
            )
    return plan_error_message(error)


def pareto_bars(
    entries: list[ParetoEntry], limit: int = MAX_BARS
) -> tuple[list[str], list[int], list[float], int]:
    """(labels, counts, cumulative %, vital count) for the chart.

    Beyond `limit` bars the rarest categories are summed into one "others" bar (always last,
    so the cumulative line still ends at 100%); the vital few are never folded away.
    """
    vital = sum(1 for e in entries if e.vital_few)
    keep = len(entries) if len(entries) <= limit else max(limit - 1, vital)
    labels = [category_text(e.category) for e in entries[:keep]]
    counts = [e.count for e in entries[:keep]]
    cumulative = [e.cumulative_percent for e in entries[:keep]]
    rest = entries[keep:]
    if rest:
        labels.append(
            translate("ComplaintsPage", "Other categories ({count})").format(count=len(rest))
        )
        counts.append(sum(e.count for e in rest))
        cumulative.append(100.0)
    return labels, counts, cumulative, vital


# -- the table ------------------------------------------------------------------------------------


class ComplaintTableModel(QAbstractTableModel):
    """The log as a model, so thousands of complaints cost one reset, not thousands of items.

    It sorts itself, with Python's sort on a key per column: a proxy model's sort would call
    back into Python for every comparison, seconds for a log of 20,000 complaints.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaints: list[Complaint] = []
        self._rows: dict[int, int] = {}  # complaint id → row
        self.sort_column = DATE
        self.sort_order = Qt.SortOrder.DescendingOrder

    def set_complaints(self, complaints: list[Complaint]) -> None:
        self.beginResetModel()
        self.complaints = self._sorted(complaints)
        self._index_rows()
        self.endResetModel()

    def row_of(self, complaint_id: int) -> int | None:
        return self._rows.get(complaint_id)

    def _index_rows(self) -> None:
        self._rows = {c.id: row for row, c in enumerate(self.complaints) if c.id is not None}

    def _sorted(self, complaints: list[Complaint]) -> list[Complaint]:
        column = self.sort_column

        def key(c: Complaint) -> tuple[object, ...]:
            when = c.date or ""
            if column == CATEGORY:
                return (c.category.casefold(), when)
            if column == DESCRIPTION:
                return (c.description.casefold(),)
            if column == RESOLVED:
                return (c.resolved, when)
            if column == SEGMENT:
                return (c.segment.casefold(), when)
            return (when,)

        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(complaints, key=key, reverse=descending)  # stable either way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(self.complaints[i.row()].id, i.column()) for i in before]
        self.complaints = self._sorted(self.complaints)
        self._index_rows()
        self.changePersistentIndexList(
            before,
            [
                self.index(self._rows[cid], col) if cid is not None else QModelIndex()
                for cid, col in moved
            ],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.complaints)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("ComplaintTableModel", "Date"),
            translate("ComplaintTableModel", "Category"),
            translate("ComplaintTableModel", "Description"),
            translate("ComplaintTableModel", "Resolved"),
            translate("ComplaintTableModel", "Branch or group"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        complaint = self.complaints[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return complaint.date or ""
            if column == CATEGORY:
                return category_text(complaint.category)
            if column == DESCRIPTION:
                return " ".join(complaint.description.split())
            if column == SEGMENT:
                return complaint.segment
            return CHECK_MARK if complaint.resolved else ""
        if role == ID_ROLE:
            return complaint.id
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return complaint.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RESOLVED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == CATEGORY and not complaint.category:
            return Qt.GlobalColor.gray
        return None


class ComplaintFilter(QSortFilterProxyModel):
    """The search in category, description and branch; sorting is left to the model (see there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self._finds_no_category = False  # "(no category)" is found by its shown name too

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ComplaintTableModel):
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self.needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; the older call is deprecated there
            self.beginFilterChange()
            self._set_needle(needle)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set_needle(needle)
            self.invalidateRowsFilter()

    def _set_needle(self, needle: str) -> None:
        self.needle = needle
        self._finds_no_category = bool(needle) and needle in no_category_text().casefold()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, ComplaintTableModel)
        complaint = model.complaints[source_row]
        return (
            self.needle in complaint.category.casefold()
            or self.needle in complaint.description.casefold()
            or self.needle in complaint.segment.casefold()
            or (self._finds_no_category and not complaint.category)
        )


# -- the dialogs ----------------------------------------------------------------------------------


class ComplaintDialog(QDialog):
    """One complaint's fields. It checks them with the plan's own rules before closing, so a
    typo is fixed in place instead of losing what was typed."""

    def __init__(
        self,
        categories: list[str],
        complaint: Complaint | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self.original = complaint or Complaint(date.today().isoformat(), "", "")
        self.setWindowTitle(
            translate("ComplaintDialog", "Add a complaint")
            if complaint is None
            else translate("ComplaintDialog", "Edit the complaint")
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.date_edit = QLineEdit(self.original.date or "")
        self.date_edit.setObjectName("date")
        self.date_edit.setPlaceholderText(translate("ComplaintDialog", "YYYY-MM-DD"))
        self.date_edit.setClearButtonEnabled(True)
        self.date_edit.setMaxLength(10)
        self.date_edit.setToolTip(
            translate("ComplaintDialog", "Leave it empty when the date is not known.")
        )
        today = QToolButton()
        today.setObjectName("today")
        today.setText(translate("ComplaintDialog", "Today"))
        today.clicked.connect(lambda: self.date_edit.setText(date.today().isoformat()))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(today)
        date_row.addStretch(1)
        form.addRow(translate("ComplaintDialog", "Date:"), date_row)

        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = list(categories)
        if self.original.category and self.original.category not in names:
            names.append(self.original.category)
        self.category.addItems(names)
        self.category.setCurrentIndex(-1)
        self.category.setEditText(self.original.category)
        line = self.category.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_LABEL_LENGTH)
            line.setPlaceholderText(translate("ComplaintDialog", "Choose or type a category"))
        form.addRow(translate("ComplaintDialog", "Category:"), self.category)

        self.segment = QLineEdit(self.original.segment)
        self.segment.setObjectName("segment")
        self.segment.setMaxLength(MAX_LABEL_LENGTH)
        self.segment.setPlaceholderText(translate("ComplaintDialog", "Optional"))
        form.addRow(translate("ComplaintDialog", "Branch or customer group:"), self.segment)

        self.description = QPlainTextEdit(self.original.description)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            translate("ComplaintDialog", "What the customer said, in their words where possible")
        )
        form.addRow(translate("ComplaintDialog", "Description:"), self.description)

        self.resolved = QCheckBox(translate("ComplaintDialog", "Resolved"))
        self.resolved.setObjectName("resolved")
        self.resolved.setChecked(self.original.resolved)
        self.resolved.setToolTip(
            translate("ComplaintDialog", "The customer's problem was put right.")
        )
        form.addRow("", self.resolved)
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def complaint(self) -> Complaint:
        """The fields as a complaint (keeping the edited one's id and import)."""
        return replace(
            self.original,
            date=self.date_edit.text().strip() or None,
            category=self.category.currentText(),
            description=self.description.toPlainText(),
            resolved=self.resolved.isChecked(),
            segment=self.segment.text(),
        )

    def accept(self) -> None:
        try:
            validate_complaint(self.complaint())
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            return
        super().accept()


class ComplaintCategoriesDialog(QDialog):
    """The plan's category list as plain text, one per line: the quickest way to reorder,
    rename or paste a list."""

    def __init__(self, categories: list[str], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.language = language
        self.setWindowTitle(translate("ComplaintCategoriesDialog", "Complaint categories"))
        self.resize(440, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "ComplaintCategoriesDialog",
                "One category per line, in the order they are offered. A handful of clear "
                "categories makes the Pareto chart useful. Complaints already logged keep "
                "their category.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.editor = QPlainTextEdit("\n".join(categories))
        self.editor.setObjectName("categoryList")
        layout.addWidget(self.editor, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = QPushButton(
            translate("ComplaintCategoriesDialog", "Restore the defaults")
        )
        self.restore_button.setObjectName("restoreDefaults")
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        self.editor.setPlainText("\n".join(default_categories(self.language)))

    def categories(self) -> list[str]:
        return self.editor.toPlainText().splitlines()

    def accept(self) -> None:
        try:
            validate_categories(self.categories())
        except InvalidValueError as error:
            self.error_label.setText(refusal_text(error))
            self.error_label.show()
            return
        super().accept()


# -- the page -------------------------------------------------------------------------------------


class ComplaintsPage(StepPage):
    step = Step.COMPLAINTS
    refreshed_by = RELEVANT_SECTIONS

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
        self.setObjectName("complaintsPage")
        self.setWidgetResizable(True)
        self._batch = False  # several edits in one undo step refresh once, at the end
        self.entries: list[ParetoEntry] = []

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("ComplaintsPage", "Complaints"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "ComplaintsPage",
                "Each complaint is information, and a chance to win the customer back. Log "
                "every one, with its category, and note when it is resolved. The Pareto chart "
                "below shows the few categories that cause most complaints: start there.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        tools = QHBoxLayout()
        self.add_button = QPushButton(translate("ComplaintsPage", "Add complaint…"))
        self.add_button.setObjectName("addComplaint")
        self.add_button.clicked.connect(self.add_complaint)
        self.edit_button = QPushButton(translate("ComplaintsPage", "Edit…"))
        self.edit_button.setObjectName("editComplaint")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("ComplaintsPage", "Delete"))
        self.delete_button.setObjectName("deleteComplaint")
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(translate("ComplaintsPage", "Import complaints…"))
        self.import_button.setObjectName("importComplaints")
        self.import_button.setToolTip(
            translate(
                "ComplaintsPage",
                "Read a complaints log from a CSV or Excel file: date, category, description, "
                "resolved.",
            )
        )
        self.import_button.clicked.connect(self.import_complaints)
        self.categories_button = QPushButton(translate("ComplaintsPage", "Categories…"))
        self.categories_button.setObjectName("editCategories")
        self.categories_button.clicked.connect(self.edit_categories)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.categories_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        self.search = QLineEdit()
        self.search.setObjectName("complaintFilter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("ComplaintsPage", "Search category or text"))
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._search_changed)
        tools.addWidget(self.search)
        outer.addLayout(tools)

        self.model = ComplaintTableModel(self)
        self.proxy = ComplaintFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Widths from the font, not ResizeToContents, which measures rows (slow on a long log).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        cell_width = self.table.fontMetrics().horizontalAdvance
        title_width = header.fontMetrics().horizontalAdvance
        titles = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(COLUMNS)]
        padding = 24  # the sort arrow and margins
        self.table.setColumnWidth(
            DATE, max(cell_width("0000-00-00"), title_width(titles[DATE])) + padding
        )
        self.table.setColumnWidth(CATEGORY, 220)
        self.table.setColumnWidth(RESOLVED, title_width(titles[RESOLVED]) + padding)
        self.table.setColumnWidth(SEGMENT, max(160, title_width(titles[SEGMENT]) + padding))
        self.table.setColumnHidden(SEGMENT, True)  # until a complaint names one
        self.table.setMinimumHeight(280)
        self.table.doubleClicked.connect(self._double_clicked)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._update_buttons)
        delete_action = QAction(self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        outer.addWidget(self.table)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("complaintCounts")
        self.counts_label.setWordWrap(True)
        outer.addWidget(self.counts_label)
        self.vital_label = QLabel()
        self.vital_label.setObjectName("vitalFew")
        self.vital_label.setWordWrap(True)
        self.vital_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.vital_label.font())
        bold.setBold(True)
        self.vital_label.setFont(bold)
        outer.addWidget(self.vital_label)
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.hide()
        outer.addWidget(self.notice)

        charts = QHBoxLayout()
        self.chart = ChartPreview(runner, 640, 380)
        self.chart.setObjectName("paretoChart")
        charts.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignTop)
        self.empty_label = QLabel(
            translate(
                "ComplaintsPage",
                "No complaints logged yet. Add them one by one or import a log; the Pareto "
                "chart of their categories appears here.",
            )
        )
        self.empty_label.setObjectName("paretoEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(120)
        self.empty_label.setStyleSheet(
            "QLabel { color: #5f6368; border: 1px dashed #b0b4b9; border-radius: 6px;"
            " padding: 16px; }"
        )
        charts.addWidget(self.empty_label, 1)
        self.breakdown = QTableWidget(0, 4)
        self.breakdown.setObjectName("paretoTable")
        self.breakdown.setHorizontalHeaderLabels(
            [
                translate("ComplaintsPage", "Category"),
                translate("ComplaintsPage", "Complaints"),
                translate("ComplaintsPage", "Share"),
                translate("ComplaintsPage", "Cumulative"),
            ]
        )
        self.breakdown.verticalHeader().setVisible(False)
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.breakdown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.breakdown.setWordWrap(False)
        breakdown_header = self.breakdown.horizontalHeader()
        breakdown_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            breakdown_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown.setMinimumWidth(300)
        charts.addWidget(self.breakdown, 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(charts)
        outer.addStretch(1)
        self.setWidget(body)

        self.refresh()

    # -- reading the selection ----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected complaints, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [int(self.proxy.index(row, 0).data(ID_ROLE)) for row in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select these complaints (those still shown) and scroll to the first."""
        rows: list[int] = []
        for complaint_id in ids:
            source_row = self.model.row_of(complaint_id)
            if source_row is not None:
                shown = self.proxy.mapFromSource(self.model.index(source_row, 0))
                if shown.isValid():
                    rows.append(shown.row())
        selection = QItemSelection()
        last_column = self.proxy.columnCount() - 1
        for row in rows:
            selection.select(self.proxy.index(row, 0), self.proxy.index(row, last_column))
        first = self.proxy.index(min(rows), 0) if rows else None
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)
        self._update_buttons()

    # -- editing ------------------------------------------------------------------------------

    def _title(self) -> str:
        return translate("ComplaintsPage", "Complaints")

    def add_complaint(self) -> None:
        store = self.session.store
        if store.readonly:
            return
        dialog = ComplaintDialog(store.complaints.categories(), None, self)
        accepted = self.dialogs.run_modal(dialog)
        complaint = dialog.complaint()
        dialog.deleteLater()
        if not accepted:
            return
        command = AddComplaint(store, complaint, translate("ComplaintsPage", "new complaint"))
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
        elif command.record.id is not None:
            self.select_ids([command.record.id])

    def edit_complaint(self, complaint_id: int) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            current = store.complaints.get(complaint_id)
        except PlanError as gone:
            self.dialogs.error(self, self._title(), refusal_text(gone))
            return
        dialog = ComplaintDialog(store.complaints.categories(), current, self)
        accepted = self.dialogs.run_modal(dialog)
        changed = dialog.complaint()
        dialog.deleteLater()
        if not accepted or changed == current:
            return
        text = translate("ComplaintsPage", "change to a complaint")
        error = self.session.push(EditComplaint(store, changed, text))
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))
        else:
            self.select_ids([complaint_id])

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_complaint(ids[0])

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_complaint(int(index.data(ID_ROLE)))

    def delete_selected(self) -> None:
        store = self.session.store
        ids = self.selected_ids()
        if store.readonly or not ids:
            return
        if len(ids) == 1:
            complaint = store.complaints.get(ids[0])
            what = " ".join((complaint.description or category_text(complaint.category)).split())
            if len(what) > 80:
                what = what[:79] + "…"
            question = translate("ComplaintsPage", "Delete the complaint “{what}”?").format(
                what=what
            )
        else:
            count = len(ids)  # a plain name: older pyside6-lupdate skips `len(...)` here
            question = translate("ComplaintsPage", "Delete %n complaints?", "", count)
        question += "\n\n" + translate("ComplaintsPage", "Edit ▸ Undo brings it back.")
        if not self.dialogs.confirm(self, translate("ComplaintsPage", "Delete"), question):
            return
        errors: list[PlanError] = []
        stack = self.session.undo_stack
        self._batch = True
        try:
            if (count := len(ids)) > 1:
                stack.beginMacro(
                    translate("ComplaintsPage", "deletion of %n complaints", "", count)
                )
            for complaint_id in ids:
                text = translate("ComplaintsPage", "deletion of a complaint")
                error = self.session.push(DeleteComplaint(store, complaint_id, text))
                if error is not None:
                    errors.append(error)
            if len(ids) > 1:
                stack.endMacro()
        finally:
            self._batch = False
        self.refresh()
        if errors:
            self.dialogs.error(self, self._title(), refusal_text(errors[0]))

    def edit_categories(self) -> None:
        store = self.session.store
        if store.readonly:
            return
        current = store.complaints.categories()
        dialog = ComplaintCategoriesDialog(current, store.language(), self)
        accepted = self.dialogs.run_modal(dialog)
        names = dialog.categories()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if validate_categories(names) == current:
                return  # nothing changed: no empty undo step
        except InvalidValueError:
            pass  # the store refuses it again below, and the refusal is shown
        text = translate("ComplaintsPage", "complaint categories")
        error = self.session.push(SetComplaintCategories(store, names, text))
        if error is not None:
            self.dialogs.error(self, self._title(), refusal_text(error))

    def import_complaints(self) -> None:
        if self.session.store.readonly:
            return
        from ui import import_dialog  # the import machinery loads when first used

        import_dialog.start_import(
            COMPLAINTS,
            self,
            self.session,
            self.dialogs,
            self.runner,
            on_done=self._imported,
        )

    def _imported(self, rows: int) -> None:
        self.notice.setText(
            translate("ComplaintsPage", "Complaints imported: {count}.").format(count=rows)
        )
        self.notice.show()

    def commit_pending(self) -> None:
        """Edits commit when their dialog closes; nothing waits."""

    # -- showing ------------------------------------------------------------------------------

    def apply_change(self, change: PlanChange) -> None:
        if self._batch:
            return
        if change.section is Section.COMPLAINT_CATEGORIES:
            self._update_buttons()  # only the dialogs show the list, read when they open
            return
        self.refresh()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_counts()
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.session.store.readonly
        count = len(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(editable)
        self.import_button.setEnabled(editable)
        self.categories_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and count == 1)
        self.delete_button.setEnabled(editable and count > 0)

    def refresh(self) -> None:
        """Reload the log, keeping the selection, then the summary, breakdown and chart."""
        store = self.session.store
        selected = self.selected_ids()
        self.model.set_complaints(store.complaints.all())
        self.table.setColumnHidden(SEGMENT, not any(c.segment for c in self.model.complaints))
        if selected:
            self.select_ids(selected)
        self.entries = pareto(store.complaints.counts())
        self._show_counts()
        self.vital_label.setText(vital_few_text(self.entries))
        self.vital_label.setVisible(bool(self.entries))
        self._show_breakdown()
        self._draw_chart()
        self._update_buttons()

    def _show_counts(self) -> None:
        total = len(self.model.complaints)
        self.counts_label.setVisible(total > 0)  # with none, the empty chart area says so
        if total == 0:
            self.counts_label.clear()
            return
        resolved = self.session.store.complaints.resolved_count()
        text = translate(
            "ComplaintsPage", "Complaints logged: {total}. Resolved: {resolved} ({share}%)."
        ).format(total=total, resolved=resolved, share=percent_text(resolved * 100 / total))
        shown = self.proxy.rowCount()
        if shown != total:
            text += " " + translate("ComplaintsPage", "Matching the search: {shown}.").format(
                shown=shown
            )
        self.counts_label.setText(text)

    def _show_breakdown(self) -> None:
        self.breakdown.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                category_text(entry.category),
                str(entry.count),
                f"{percent_text(entry.percent)}%",
                f"{percent_text(entry.cumulative_percent)}%",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.vital_few:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 0:
                    item.setToolTip(text)
                self.breakdown.setItem(row, column, item)
        self.breakdown.setVisible(bool(self.entries))
        # As tall as its rows, up to the chart's height (then it scrolls).
        rows_height = sum(self.breakdown.rowHeight(r) for r in range(len(self.entries)))
        wanted = self.breakdown.horizontalHeader().sizeHint().height() + rows_height
        self.breakdown.setFixedHeight(
            min(self.chart.height_px, wanted + 2 * self.breakdown.frameWidth())
        )

    def _draw_chart(self) -> None:
        if not self.entries:
            self.chart.hide()
            self.empty_label.show()
            return
        self.empty_label.hide()
        self.chart.show()
        labels, counts, cumulative, vital = pareto_bars(self.entries)
        count_label = translate("ComplaintsPage", "Complaints")
        cumulative_label = translate("ComplaintsPage", "Cumulative share")
        title = translate("ComplaintsPage", "Complaints by category (Pareto)")

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import pareto_figure

            figure = pareto_figure(
                labels,
                counts,
                cumulative,
                vital_few=vital,
                count_label=count_label,
                cumulative_label=cumulative_label,
                title=title,
                width=width,
                height=height,
            )
            return figure

        self.chart.show_chart(chart)

    def dispose(self) -> None:
        super().dispose()
