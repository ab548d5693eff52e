"""Step 1, the customers' view: survey responses, their scores, and the customers' own words.

Service is what the customers think it is, so this page puts their figures (NPS, CSAT, CES,
SERVQUAL gaps) beside the owner's self-rating. It shows the survey's part of the plan's model
(`plan.figures.read_survey`, as the report and the PDF read it), computed in SQL from the stored
responses each time they change, in a worker on a copy of the plan (on 100,000 responses the
sums take seconds; the page says "Calculating…" meanwhile); the table of responses reads them
lazily, a block at a time, so a survey of 100,000 rows opens at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plan import figures as model
from plan import scoring
from plan.imports import SURVEY
from plan.questionnaire import dimension_titles
from plan.scoring import SERVQUAL_ITEMS, SurveySummary
from plan.self_audit import SERVQUAL_DIMENSIONS
from plan.steps import Step
from plan.store import PlanChange, PlanStore, Section
from plan.wording import decimal_separator
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import RemoveImport
from ui.dialogs import Dialogs
from ui.i18n import figure_name, plan_error_message
from ui.import_dialog import start_import
from ui.pages.base import PageContext, StepPage
from ui.pages.survey_waves import WavesPanel
from ui.session import PlanSession
from ui.tasks import Recalculation, TaskRunner, on_copy

translate = QCoreApplication.translate

#: Sections whose change alters what this page shows.
_RELEVANT = frozenset({Section.SURVEY, Section.PLAN, Section.META})
_BLOCK = 256
_CACHED_BLOCKS = 64


def fixed(value: float, digits: int, decimal: str = ".") -> str:
    """A figure with `digits` decimals and the plan language's separator ("3,20" in Russian)."""
    return f"{value:.{digits}f}".replace(".", decimal)


def signed(value: float, digits: int = 1, decimal: str = ".") -> str:
    """+12.5 / −3.0 / 0.0: a sign on every non-zero figure, with a real minus."""
    text = fixed(abs(value), digits, decimal)
    if round(value, digits) > 0:
        return "+" + text
    if round(value, digits) < 0:
        return "−" + text
    return text


class ResponsesModel(QAbstractTableModel):
    """The survey's responses, read from the plan in blocks as the view scrolls."""

    COLUMNS = ("source_row", "date", "segment", "nps", "csat", "ces", "comment")

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._count = store.survey.response_count()
        self._blocks: dict[int, list[tuple[object, ...]]] = {}
        self.reads = 0  # how many blocks were read (tests check that scrolling stays lazy)

    def reload(self) -> None:
        self.beginResetModel()
        self._count = self.store.survey.response_count()
        self._blocks.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _row(self, row: int) -> tuple[object, ...]:
        block = row // _BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if len(self._blocks) >= _CACHED_BLOCKS:
                self._blocks.pop(next(iter(self._blocks)))
            rows = self.store.survey.page(block * _BLOCK, _BLOCK, self.COLUMNS)
            self._blocks[block] = rows
            self.reads += 1
        offset = row - block * _BLOCK
        return rows[offset] if offset < len(rows) else ()

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._row(index.row())
            if index.column() >= len(values):
                return None
            value = values[index.column()]
            if value is None:
                return ""
            if isinstance(value, float):
                return f"{value:g}"
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            translate("SurveyPage", "Row"),
            translate("SurveyPage", "Date"),
            translate("SurveyPage", "Customer group"),
            figure_name("nps_short"),
            figure_name("csat_short"),
            figure_name("ces_short"),
            translate("SurveyPage", "Comment"),
        ][section]


class SurveyPage(StepPage):
    step = Step.SURVEY
    refreshed_by = _RELEVANT | {Section.ANSWERS}

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
        self.setObjectName("surveyPage")
        self.setWidgetResizable(True)
        self.summary: SurveySummary | None = None  # None until the first figures arrive
        # The survey's part of the plan's model (`plan.figures.Survey`), as last read.
        self.survey: model.Survey | None = None
        self.figures_shown = 0  # how many calculations were shown (tests wait on it)
        self.calculation = Recalculation(runner, self)

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("SurveyPage", "Customer survey"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "SurveyPage",
                "Service is what your customers think it is. Import the answers to your "
                "survey (CSV or Excel, from Google Forms, SurveyMonkey or typed in from the "
                "printed questionnaire) to see the Net Promoter Score, satisfaction, effort "
                "and the SERVQUAL gaps between what customers expect and what they get.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        actions = QHBoxLayout()
        self.import_button = QPushButton(translate("SurveyPage", "Import responses…"))
        self.import_button.setObjectName("importSurvey")
        self.import_button.clicked.connect(self.import_responses)
        actions.addWidget(self.import_button)
        self.form_button = QPushButton(translate("SurveyPage", "Print a questionnaire…"))
        self.form_button.setObjectName("surveyForm")
        self.form_button.clicked.connect(self.preview_form)
        actions.addWidget(self.form_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        self.imports_box = QGroupBox(translate("SurveyPage", "Imported files"))
        imports_layout = QHBoxLayout(self.imports_box)
        self.imports = QListWidget()
        self.imports.setObjectName("importList")
        self.imports.setMaximumHeight(56)
        imports_layout.addWidget(self.imports, 1)
        self.remove_button = QPushButton(translate("SurveyPage", "Remove"))
        self.remove_button.setObjectName("removeImport")
        self.remove_button.clicked.connect(self.remove_import)
        imports_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.imports_box)
        self.waves_panel = WavesPanel(session, dialogs, self.runner)
        outer.addWidget(self.waves_panel)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("surveyTabs")
        outer.addWidget(self.tabs, 1)
        self._build_summary_tab()
        self._build_segments_tab()
        self._build_items_tab()
        self._build_responses_tab()
        self._build_comments_tab()
        self.setWidget(body)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_summary_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.calculating = QLabel()
        self.calculating.setObjectName("hint")  # muted, by the application's style sheet
        self.calculating.setWordWrap(True)
        self.calculating.hide()
        layout.addWidget(self.calculating)
        self.figures = QLabel()
        self.figures.setObjectName("surveyFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.figures)
        self.empty_note = QLabel(
            translate(
                "SurveyPage",
                "No responses yet. Import a file, or print the questionnaire, hand it to "
                "customers and type their answers into a spreadsheet.",
            )
        )
        self.empty_note.setObjectName("surveyEmpty")
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        charts = QGridLayout()
        self.nps_chart = ChartPreview(self.runner, 520, 340)
        self.nps_chart.setObjectName("npsChart")
        self.gap_chart = ChartPreview(self.runner, 520, 360)
        self.gap_chart.setObjectName("gapChart")
        self.views_chart = ChartPreview(self.runner, 520, 340)
        self.views_chart.setObjectName("viewsChart")
        charts.addWidget(self.nps_chart, 0, 0)
        charts.addWidget(self.gap_chart, 0, 1)
        charts.addWidget(self.views_chart, 1, 0)
        self.finding = QLabel()
        self.finding.setObjectName("viewsFinding")
        self.finding.setWordWrap(True)
        self.finding.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        charts.addWidget(self.finding, 1, 1)
        layout.addLayout(charts)
        layout.addStretch(1)
        self.tabs.addTab(tab, translate("SurveyPage", "Summary"))

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _build_segments_tab(self) -> None:
        self.segments = self._table(
            "segmentTable",
            [
                translate("SurveyPage", "Customer group"),
                translate("SurveyPage", "Responses"),
                figure_name("nps_short"),
                figure_name("csat_short"),
                figure_name("ces_short"),
                figure_name("servqual"),
            ],
        )
        self.small_note = QLabel()
        self.small_note.setObjectName("hint")
        self.small_note.hide()
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.segments, 1)
        column.addWidget(self.small_note)
        self.tabs.addTab(tab, translate("SurveyPage", "By customer group"))

    def _build_items_tab(self) -> None:
        self.items = self._table(
            "itemTable",
            [
                "#",
                translate("SurveyPage", "Dimension"),
                translate("SurveyPage", "Statement"),
                translate("SurveyPage", "Expected"),
                translate("SurveyPage", "Perceived"),
                translate("SurveyPage", "Gap"),
                translate("SurveyPage", "Answers"),
            ],
        )
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.setWordWrap(True)
        self.tabs.addTab(self.items, translate("SurveyPage", "SERVQUAL items"))

    def _build_responses_tab(self) -> None:
        self.responses_model = ResponsesModel(self.session.store, self)
        self.responses = QTableView()
        self.responses.setObjectName("responseTable")
        self.responses.setModel(self.responses_model)
        self.responses.verticalHeader().setVisible(False)
        self.responses.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.responses, translate("SurveyPage", "Responses"))

    def _build_comments_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.comment_search = QLineEdit()
        self.comment_search.setObjectName("commentSearch")
        self.comment_search.setPlaceholderText(translate("SurveyPage", "Search the comments"))
        self.comment_search.setClearButtonEnabled(True)
        self.comment_search.textChanged.connect(self._fill_comments)
        layout.addWidget(self.comment_search)
        self.comment_count = QLabel()
        layout.addWidget(self.comment_count)
        self.comments = QListWidget()
        self.comments.setObjectName("commentList")
        self.comments.setWordWrap(True)
        layout.addWidget(self.comments, 1)
        self.tabs.addTab(tab, translate("SurveyPage", "Comments"))

    # -- refreshing ---------------------------------------------------------------------------

    def apply_change(self, change: PlanChange) -> None:
        if change.section in _RELEVANT:
            self.refresh(responses=change.section in (Section.SURVEY, Section.PLAN))
        elif (
            change.section is Section.ANSWERS and self.survey is not None and self.survey.responses
        ):
            # A self-audit answer moves only the owner's side of the comparison: the survey's
            # figures (SQL over every response) stay as they are.
            self._draw_views(self.survey, self.session.store.language())

    def refresh(self, *, responses: bool = True) -> None:
        """Show the plan's survey; `responses`: the answers themselves may have changed, so
        the figures are calculated again (in a worker). Otherwise (the plan's language) the
        figures already calculated are shown again in the new words."""
        self.import_button.setEnabled(not self.session.readonly)
        self._fill_imports()
        self.waves_panel.fill()
        if responses:
            self.responses_model.reload()
        self._fill_comments()
        if responses or self.survey is None:
            self._calculate()
        elif not self.calculation.busy:  # else the figures on their way are shown in it
            self._show_figures(self.survey)

    def _calculate(self) -> None:
        """Sum the responses in a worker; until the newest sums arrive, say so."""
        self.calculating.setText(translate("SurveyPage", "Calculating the survey's figures…"))
        self.calculating.show()
        if self.summary is None:  # nothing to show meanwhile, not even "no responses"
            for widget in (self.empty_note, self.figures, self.finding):
                widget.hide()
            for chart in (self.nps_chart, self.gap_chart, self.views_chart):
                chart.hide()
        self.calculation.request(
            on_copy(self.session.store, lambda copy: model.read_survey(copy)),
            self._show_figures,
            self._not_calculated,
        )

    def _not_calculated(self, error: BaseException) -> None:
        self.calculating.setText(
            translate("SurveyPage", "The survey's figures could not be calculated: {error}").format(
                error=error
            )
        )
        self.calculating.show()

    def _show_figures(self, survey: model.Survey) -> None:
        self.survey = survey
        self.summary = survey.summary
        self.calculating.hide()
        language = self.session.store.language()
        has_data = self.summary.responses > 0
        self.empty_note.setVisible(not has_data)
        self.figures.setVisible(has_data)
        for chart in (self.nps_chart, self.gap_chart, self.views_chart):
            chart.setVisible(has_data)
        self.finding.setVisible(has_data)
        if has_data:
            self.figures.setText(self._figures_text(self.summary))
            self._draw_charts(survey, language)
        self._fill_segments(survey.segments)
        self._fill_items(language)
        self.waves_panel.show_figures(survey.waves, survey.change)
        self.figures_shown += 1

    def _fill_imports(self) -> None:
        self.imports.clear()
        for record in self.session.store.imports.all(SURVEY):
            self.imports.addItem(
                translate("SurveyPage", "{file} — imported {date}, rows: {rows}").format(
                    file=record.file_name, date=record.imported_at[:10], rows=record.rows
                )
            )
            item = self.imports.item(self.imports.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        self.imports_box.setVisible(self.imports.count() > 0)
        self.remove_button.setEnabled(not self.session.readonly)

    def _decimal(self) -> str:
        """The plan language's decimal separator."""
        return decimal_separator(self.session.store.language())

    @staticmethod
    def _small(count: int) -> str:
        if count and count < scoring.SMALL_SAMPLE:
            return " <i>" + translate("SurveyPage", "(few answers: read with care)") + "</i>"
        return ""

    def _figures_text(self, summary: SurveySummary) -> str:
        nps = summary.net_promoter
        lines = [
            translate("SurveyPage", "<b>Responses: {count}</b>").format(count=summary.responses),
        ]
        if nps.nps is not None:
            lines.append(
                translate(
                    "SurveyPage",
                    "<b>{name} {nps}</b> — {promoters} promoters, {passives} passives, "
                    "{detractors} detractors",
                ).format(
                    name=figure_name("nps_short"),
                    nps=signed(nps.nps, decimal=self._decimal()),
                    promoters=nps.promoters,
                    passives=nps.passives,
                    detractors=nps.detractors,
                )
                + self._small(nps.responses)
            )
        if summary.csat is not None:
            lines.append(
                translate("SurveyPage", "<b>{name} {csat}%</b> satisfied (4 or 5 of 5)").format(
                    name=figure_name("csat_short"), csat=fixed(summary.csat, 1, self._decimal())
                )
                + self._small(summary.csat_responses)
            )
        if summary.ces is not None:
            lines.append(
                translate("SurveyPage", "<b>{name} {ces}</b> of 7 (higher is easier)").format(
                    name=figure_name("ces_short"), ces=fixed(summary.ces, 2, self._decimal())
                )
                + self._small(summary.ces_responses)
            )
        result = summary.servqual
        if result.unweighted is not None:
            text = translate("SurveyPage", "<b>{name} {gap}</b> (perceived − expected)")
            line = text.format(
                name=figure_name("servqual"), gap=signed(result.unweighted, 2, self._decimal())
            )
            if result.weighted is not None:
                line += ", " + translate("SurveyPage", "weighted by importance {gap}").format(
                    gap=signed(result.weighted, 2, self._decimal())
                )
            lines.append(line + self._small(result.responses))
        return "<br>".join(lines)

    def _draw_charts(self, survey: model.Survey, language: str) -> None:
        from export import charts

        summary = survey.summary
        counts = list(survey.distribution)
        nps = summary.net_promoter.nps
        groups = (
            translate("SurveyPage", "Detractors"),
            translate("SurveyPage", "Passives"),
            translate("SurveyPage", "Promoters"),
        )
        nps_title = translate("SurveyPage", "How likely customers are to recommend you")
        answers = translate("SurveyPage", "Answers")
        nps_label = figure_name("nps_short")
        decimal = self._decimal()

        def nps_png(width: float, height: float, dpi: int) -> ChartFigure:
            fig = charts.nps_distribution_figure(
                counts,
                group_labels=groups,
                nps=nps,
                nps_label=nps_label,
                title=nps_title,
                count_label=answers,
                width=width,
                height=height,
                decimal_separator=decimal,  # "NPS −7,5" in a Russian plan, as the text beside
            )
            return fig

        self.nps_chart.show_chart(nps_png)

        names = dimension_titles(language)
        labels = [names[d] for d in SERVQUAL_DIMENSIONS]
        dims = summary.servqual.dimensions
        expectations = [dims[d].expectation for d in SERVQUAL_DIMENSIONS]
        perceptions = [dims[d].perception for d in SERVQUAL_DIMENSIONS]
        expected, perceived = (
            translate("SurveyPage", "Expected"),
            translate("SurveyPage", "Perceived"),
        )
        gap_title = translate("SurveyPage", "What customers expect and what they get")
        point = decimal_separator(language)
        not_rated = translate("SurveyPage", "not rated")

        def gap_png(width: float, height: float, dpi: int) -> ChartFigure:
            fig = charts.servqual_gaps_figure(
                labels,
                expectations,
                perceptions,
                expectation_label=expected,
                perception_label=perceived,
                title=gap_title,
                missing_text=not_rated,
                width=width,
                height=height,
                decimal_separator=point,
            )
            return fig

        self.gap_chart.show_chart(gap_png)
        self._draw_views(survey, language)

    def _draw_views(self, survey: model.Survey, language: str) -> None:
        """The self-audit's view beside the customers', and the finding in words: the owner's
        side read now (a self-audit answer moves it), the customers' from the survey's sums."""
        from export import charts

        company_view = model.read_assessment(self.session.store).servqual_self_view
        survey = survey.compared_with(company_view)
        names = dimension_titles(language)
        labels = [names[d] for d in SERVQUAL_DIMENSIONS]
        not_rated = translate("SurveyPage", "not rated")
        company = [company_view[d] for d in SERVQUAL_DIMENSIONS]
        customers = [survey.customer_view[d] for d in SERVQUAL_DIMENSIONS]
        yours, theirs = (
            translate("SurveyPage", "Your self-audit"),
            translate("SurveyPage", "Your customers"),
        )
        views_title = translate("SurveyPage", "Your view and your customers' (0–100)")
        point = decimal_separator(language)

        def views_png(width: float, height: float, dpi: int) -> ChartFigure:
            fig = charts.views_comparison_figure(
                labels,
                company,
                customers,
                company_label=yours,
                customers_label=theirs,
                title=views_title,
                missing_text=not_rated,
                width=width,
                height=height,
                decimal_separator=point,
            )
            return fig

        self.views_chart.show_chart(views_png)
        over = survey.overrated
        if all(v is None for v in company):
            self.finding.setText(
                translate(
                    "SurveyPage",
                    "Answer the self-audit to compare your own view of the service with your "
                    "customers'.",
                )
            )
        elif over:
            listed = ", ".join(
                translate("SurveyPage", "{dimension} (+{points} points)").format(
                    dimension=names[d], points=round(points)
                )
                for d, points in sorted(over.items(), key=lambda kv: -kv[1])
            )
            self.finding.setText(
                translate(
                    "SurveyPage",
                    "Finding: you rate your service higher than your customers do in {list}. "
                    "Where owner and customers disagree, the customers are right: these are "
                    "problems to look at in step 2.",
                ).format(list=listed)
            )
        else:
            self.finding.setText(
                translate(
                    "SurveyPage",
                    "Your self-audit and your customers agree within 10 points on every dimension.",
                )
            )

    def _fill_segments(self, segments: dict[str, SurveySummary]) -> None:
        rows = list(segments.values())  # one per customer group, the largest first
        self.segments.setRowCount(0)  # refilling a fitted, shown table item by item is slow
        self.segments.setRowCount(len(rows))
        point = self._decimal()
        small = translate("SurveyPage", "* fewer than 30 answers: read with care")
        any_small = False
        for r, (name, summary) in enumerate(segments.items()):
            nps = summary.net_promoter.nps
            gap = summary.servqual.unweighted
            # Each figure flagged by its own answers: a group of 40 may hold 12 CES answers.
            cells: list[tuple[str, int | None]] = [
                (name, None),
                (str(summary.responses), summary.responses),
                ("" if nps is None else signed(nps, decimal=point), summary.net_promoter.responses),
                (
                    "" if summary.csat is None else fixed(summary.csat, 1, point) + "%",
                    summary.csat_responses,
                ),
                (
                    "" if summary.ces is None else fixed(summary.ces, 2, point),
                    summary.ces_responses,
                ),
                ("" if gap is None else signed(gap, 2, point), summary.servqual.responses),
            ]
            for c, (value, count) in enumerate(cells):
                few = bool(value) and count is not None and count < scoring.SMALL_SAMPLE
                item = QTableWidgetItem(value + " *" if few else value)
                if few:
                    item.setToolTip(small)
                    any_small = True
                self.segments.setItem(r, c, item)
        self.segments.setToolTip(small if any_small else "")
        self.small_note.setText(small)  # said under the table, not only in a tooltip
        self.small_note.setVisible(any_small)

    def _fill_items(self, language: str) -> None:
        from plan.questionnaire import load_questionnaire

        if self.summary is None:
            return
        questionnaire = load_questionnaire(language)
        names = dimension_titles(language)
        numbers = [n for numbers in SERVQUAL_ITEMS.values() for n in numbers]
        self.items.setRowCount(0)
        self.items.setRowCount(len(numbers))
        dimension_of = {n: d for d, ns in SERVQUAL_ITEMS.items() for n in ns}
        point = decimal_separator(language)
        for r, n in enumerate(numbers):
            gap = self.summary.servqual.items[n]
            values = [
                str(n),
                names[dimension_of[n]],
                questionnaire.items[n - 1].statement,
                "" if gap.expectation is None else fixed(gap.expectation, 2, point),
                "" if gap.perception is None else fixed(gap.perception, 2, point),
                "" if gap.gap is None else signed(gap.gap, 2, point),
                str(gap.responses) if gap.responses else "",
            ]
            for c, value in enumerate(values):
                self.items.setItem(r, c, QTableWidgetItem(value))

    def _fill_comments(self) -> None:
        found = self.session.store.survey.comments(self.comment_search.text().strip())
        self.comments.clear()
        for _id, segment, text in found:
            self.comments.addItem(f"{text}  — {segment}" if segment else text)
        self.comment_count.setText(
            translate("SurveyPage", "Comments shown: {count}").format(count=len(found))
        )

    def dispose(self) -> None:
        """The page is going: stop listening, and drop figures still being calculated."""
        self.calculation.stop()
        super().dispose()

    # -- actions ------------------------------------------------------------------------------

    def import_responses(self) -> None:
        start_import(SURVEY, self, self.session, self.dialogs, self.runner)

    def remove_import(self) -> None:
        item = self.imports.currentItem()
        if item is None and self.imports.count() == 1:
            item = self.imports.item(0)
        if item is None:
            self.dialogs.info(
                self,
                translate("SurveyPage", "Remove an import"),
                translate("SurveyPage", "Select the imported file to remove first."),
            )
            return
        import_id = int(item.data(Qt.ItemDataRole.UserRole))
        if not self.dialogs.confirm(
            self,
            translate("SurveyPage", "Remove an import"),
            translate(
                "SurveyPage",
                "Remove every response imported from this file? (Undo brings them back.)",
            ),
        ):
            return
        error = self.session.push(
            RemoveImport(
                self.session.store,
                import_id,
                translate("SurveyPage", "Remove “{file}”").format(file=item.text().split(" — ")[0]),
            )
        )
        if error is not None:
            self.dialogs.error(
                self, translate("SurveyPage", "Remove an import"), plan_error_message(error)
            )

    def preview_form(self) -> None:
        """The questionnaire's pages, to print (or save as a PDF) from the preview."""
        from ui.preview import DocumentPreview

        copy = self.session.store.detached_copy()

        def produce(path: Path) -> None:
            from export.survey_form import write_survey_form

            try:
                write_survey_form(copy, path)
            finally:
                copy.close()

        dialog = DocumentPreview(
            translate("SurveyPage", "Print a questionnaire"),
            produce,
            self.runner,
            self.dialogs,
            self,
            save=self.write_form,
        )
        self.dialogs.run_modal(dialog)
        dialog.deleteLater()

    def write_form(self) -> None:
        """Write the printable questionnaire in a worker, from a copy of the plan."""
        store = self.session.store
        suggested = translate("SurveyPage", "questionnaire.pdf")
        if store.path is not None:
            suggested = str(store.path.with_name(f"{store.path.stem}-{suggested}"))
        target = self.dialogs.save_file(
            self,
            translate("SurveyPage", "Print a questionnaire"),
            translate("SurveyPage", "PDF documents (*.pdf)"),
            suggested,
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from export.pdf_output import check_target
        from plan.errors import PlanError

        try:
            check_target(target, "the questionnaire", store.path)
        except PlanError as exc:
            self.dialogs.error(
                self,
                translate("SurveyPage", "The questionnaire could not be written"),
                plan_error_message(exc),
            )
            return
        copy = store.detached_copy()
        self.form_button.setEnabled(False)

        def work() -> Path:
            from export.survey_form import write_survey_form

            try:
                write_survey_form(copy, target)
            finally:
                copy.close()
            return target

        def done(path: Path) -> None:
            self.form_button.setEnabled(True)
            self.dialogs.info(
                self,
                translate("SurveyPage", "Print a questionnaire"),
                translate(
                    "SurveyPage",
                    "The questionnaire was written to {file}. Print it, hand it to customers, "
                    "and import their answers from a spreadsheet.",
                ).format(file=str(path)),
            )

        def failed(error: BaseException) -> None:
            self.form_button.setEnabled(True)
            from plan.errors import PlanError

            text = plan_error_message(error) if isinstance(error, PlanError) else str(error)
            self.dialogs.error(
                self, translate("SurveyPage", "The questionnaire could not be written"), text
            )

        self.runner.run(work, done, failed)
