"""Step 1, the company's view: business metrics measured against their reference thresholds.

Each metric's value and whether it meets its threshold are read from the plan's model
(`plan.figures.read_assessment`, as the report and the PDF read them; milliseconds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from plan import figures as model
from plan.errors import InvalidValueError
from plan.numbers import parse_decimal
from plan.self_audit import Metric, SelfAuditContent, load_content
from plan.steps import Step
from plan.store import PlanChange, Section
from plan.wording import decimal_separator
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import SetMetric
from ui.dialogs import Dialogs
from ui.i18n import invalid_value_message, plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


def parse_number(text: str) -> float | None:
    """A typed metric (see `plan.numbers.parse_decimal`); an empty field is None."""
    return parse_decimal(text) if text.strip() else None


def format_number(value: float, decimal: str = ".") -> str:
    """A figure as typed back: "3.2", or "3,2" with a Russian plan's `decimal`."""
    return f"{value:g}".replace(".", decimal)


class MetricsPage(StepPage):
    step = Step.METRICS
    refreshed_by = frozenset({Section.META, Section.PLAN, Section.METRICS})

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
        self.setObjectName("metricsPage")
        self.setWidgetResizable(True)
        self.content: SelfAuditContent = load_content(session.store.language())
        self.inputs: dict[str, QLineEdit] = {}
        self.status: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("MetricsPage", "Business metrics"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        intro = QLabel(
            translate(
                "MetricsPage",
                "Figures from the last twelve months, each set against a reference threshold. "
                "Leave a field empty when the figure is not known; a decimal comma is fine.",
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.form_box = QGroupBox(translate("MetricsPage", "Figures"))
        self.grid = QGridLayout(self.form_box)
        outer.addWidget(self.form_box)
        self.chart = ChartPreview(runner, 640, 360)
        self.chart.setObjectName("metricsChart")
        outer.addWidget(self.chart)
        outer.addStretch(1)
        self.setWidget(body)
        self._build_form()
        self.refresh()

    def _threshold_text(self, metric: Metric) -> str:
        if metric.higher_is_better:
            template = translate("MetricsPage", "Reference: at least {value} {unit}")
        else:
            template = translate("MetricsPage", "Reference: at most {value} {unit}")
        decimal = decimal_separator(self.session.store.language())
        return template.format(value=format_number(metric.threshold, decimal), unit=metric.unit)

    def _build_form(self) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.inputs, self.status, self.errors = {}, {}, {}
        for row, metric in enumerate(self.content.metrics):
            base = row * 3
            title = QLabel(metric.title)
            title.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(title, base, 0)
            edit = QLineEdit()
            edit.setObjectName(metric.id)
            edit.setMaximumWidth(120)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.editingFinished.connect(lambda m=metric.id: self._commit(m))
            self.inputs[metric.id] = edit
            self.grid.addWidget(edit, base, 1)
            self.grid.addWidget(QLabel(metric.unit), base, 2)
            reference = QLabel(self._threshold_text(metric))
            self.grid.addWidget(reference, base, 3)
            status = QLabel()
            status.setObjectName(f"status_{metric.id}")
            self.status[metric.id] = status
            self.grid.addWidget(status, base, 4)
            why = QLabel(metric.why)
            why.setWordWrap(True)
            why.setObjectName("hint")
            why.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(why, base + 1, 0, 1, 5)
            error = QLabel()
            error.setObjectName("fieldError")
            error.hide()
            self.errors[metric.id] = error
            self.grid.addWidget(error, base + 2, 0, 1, 5)
        self.grid.setColumnStretch(3, 1)

    def _commit(self, metric_id: str) -> None:
        store = self.session.store
        if store.readonly:
            return
        text = self.inputs[metric_id].text()
        error_label = self.errors[metric_id]
        try:
            value = parse_number(text)
        except ValueError:
            error_label.setText(
                translate("MetricsPage", "Not saved: “{text}” is not a number.").format(text=text)
            )
            error_label.show()
            return
        if value == store.self_audit.metric_values().get(metric_id):
            error_label.hide()
            return
        name = self.content.metric(metric_id).title
        command = SetMetric(
            store, metric_id, value, translate("MetricsPage", "value of “{name}”").format(name=name)
        )
        error = self.session.push(command)
        if isinstance(error, InvalidValueError):
            message = invalid_value_message(error)
            error_label.setText(
                translate("MetricsPage", "Not saved: {reason}").format(reason=message)
            )
            error_label.show()
        elif error is not None:
            self.dialogs.error(self, name, plan_error_message(error))
        else:
            error_label.hide()

    def commit_pending(self) -> None:
        """Values commit when the field is left; nothing waits on a timer."""

    def apply_change(self, change: PlanChange) -> None:
        if change.section in (Section.META, Section.PLAN):
            language = self.session.store.language()
            if language != self.content.language:
                self.content = load_content(language)
                self._build_form()
            self.refresh()
        else:  # metrics
            self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        checks = {check.id: check for check in model.read_assessment(store).metrics}
        values = {key: check.value for key, check in checks.items()}
        decimal = decimal_separator(store.language())
        for metric in self.content.metrics:
            check = checks.get(metric.id)
            value = None if check is None else check.value
            edit = self.inputs[metric.id]
            shown = "" if value is None else format_number(value, decimal)
            current = edit.text()
            try:
                same = parse_number(current) == value
            except ValueError:
                same = False
            if not same:
                edit.setText(shown)
            edit.setReadOnly(store.readonly)
            meets = None if check is None else check.meets_threshold
            label = self.status[metric.id]
            if meets is None:
                label.setText(translate("MetricsPage", "no value yet"))
                label.setStyleSheet("")
            elif meets and value == metric.threshold:
                label.setText(translate("MetricsPage", "meets the reference"))
                label.setStyleSheet("color: #2e7d32;")
            elif meets:
                # "better"/"worse", not "above"/"below": for an at-most figure (complaints per
                # 100, hours to answer) a lower number is the better one.
                label.setText(translate("MetricsPage", "better than the reference"))
                label.setStyleSheet("color: #2e7d32;")
            else:
                label.setText(translate("MetricsPage", "worse than the reference"))
                label.setStyleSheet("color: #b00020; font-weight: 600;")
        metrics = self.content.metrics
        labels = [m.title for m in metrics]
        numbers = [values.get(m.id) for m in metrics]
        thresholds = [m.threshold for m in metrics]
        directions = [m.higher_is_better for m in metrics]
        units = [m.unit for m in metrics]
        title = translate("MetricsPage", "Business metrics against their thresholds")
        point = decimal
        missing = translate("MetricsPage", "no value")

        def chart(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import metrics_figure

            figure = metrics_figure(
                labels,
                numbers,
                thresholds,
                directions,
                units,
                title=title,
                missing_text=missing,
                width=width,
                height=height,
                decimal_separator=point,
            )
            return figure

        self.chart.show_chart(chart)

    def dispose(self) -> None:
        super().dispose()
