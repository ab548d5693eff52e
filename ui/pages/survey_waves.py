"""The survey page's waves: every wave with its responses, how sure the latest wave's figures
are, what changed since the wave before, and the scales that do not hang together; rename,
merge and remove a wave (each one undoable command).

The figures come from the page's one calculation (`plan.figures.read_waves`, in a worker);
their wording from `plan.wording`, so the window says what the PDF says.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan.figures import SurveyChange, WaveFigures
from plan.importance import (
    QUADRANTS,
    importance_performance,
    statements_chart_inputs,
    statements_importance_performance,
)
from plan.questionnaire import dimension_titles
from plan.scoring import SERVQUAL_ITEMS, SMALL_SAMPLE
from plan.survey_stats import RELIABLE_ALPHA
from plan.waves import MAX_WAVE_LABEL, Wave
from plan.wording import Wording
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import MergeWaves, RemoveWave, RenameWave
from ui.dialogs import Dialogs
from ui.i18n import plan_error_message
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


def few_answers(count: int) -> str:
    """The small-sample flag after a figure from fewer than 30 answers (rich text)."""
    if 0 < count < SMALL_SAMPLE:
        return (
            " <i>"
            + escape(translate("SurveyWaves", "(fewer than 30 answers: read with care)"))
            + "</i>"
        )
    return ""


def wave_figures_html(
    waves: tuple[WaveFigures, ...], change: SurveyChange | None, language: str
) -> str:
    """The latest wave's figures with their intervals, the change since the wave before and
    the alpha warnings, as the page shows them (rich text; labels escaped)."""
    if not waves:
        return ""
    words = Wording(language)
    latest = waves[-1]
    summary = latest.summary
    lines = [
        translate("SurveyWaves", "<b>Latest wave: {label}</b> ({count} responses)").format(
            label=escape(latest.wave.label), count=summary.responses
        )
    ]
    nps = summary.net_promoter.nps
    if nps is not None:
        lines.append(
            words.with_interval("NPS " + words.signed(nps), summary.nps_ci, signed=True)
            + few_answers(summary.net_promoter.responses)
        )
    if summary.csat is not None:
        lines.append(
            words.with_interval("CSAT " + words.percent(summary.csat, 1), summary.csat_ci, unit="%")
            + few_answers(summary.csat_responses)
        )
    if summary.ces is not None:
        lines.append(
            words.with_interval("CES " + words.number(summary.ces, 2), summary.ces_ci, 2)
            + few_answers(summary.ces_responses)
        )
    if change is not None:
        lines.append(
            "<b>"
            + translate("SurveyWaves", "Since {label}:").format(label=escape(change.before.label))
            + "</b>"
        )
        names = dimension_titles(language)
        rows = [
            ("NPS", change.nps, words.change(change.nps)),
            ("CSAT", change.csat, words.change(change.csat, unit="%")),
            ("CES", change.ces, words.change(change.ces, 2)),
            *(
                (names[name], change.servqual[name], words.change(change.servqual[name], 2))
                for name in SERVQUAL_ITEMS
            ),
        ]
        for name, test, text in rows:
            if text:
                line = escape(f"{name} {text}", quote=False)
                lines.append(f"<b>{line}</b>" if test.significant else line)
    names = dimension_titles(language)
    for name in SERVQUAL_ITEMS:
        for alpha in (summary.alpha_expectation.get(name), summary.alpha_perception.get(name)):
            if alpha is not None and alpha < RELIABLE_ALPHA:
                lines.append(
                    "<i>" + escape(words.alpha_warning(names[name], alpha), quote=False) + "</i>"
                )
                break
    analysis = importance_performance(summary)
    if analysis is not None:
        lines.append(
            f"<b>{escape(words.sure('act_first'))}</b> ({escape(words.sure(analysis.basis))}):"
        )
        for key in QUADRANTS:
            members = [names[p.dimension] for p in analysis.points if p.quadrant == key]
            if members:
                line = escape(f"{words.sure(key)}: {words.listing(members)}", quote=False)
                lines.append(f"<b>{line}</b>" if key == "fix_first" else line)
    return "<br>".join(lines)


class WaveDialog(QDialog):
    """Rename a wave (a label to type) or merge it into another (a wave to pick)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.label = QLineEdit()
        self.label.setObjectName("waveLabel")
        self.label.setMaxLength(MAX_WAVE_LABEL)
        self.target = QComboBox()
        self.target.setObjectName("waveTarget")
        layout.addWidget(self.label)
        layout.addWidget(self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class WavesPanel(QGroupBox):
    """The plan's survey waves, and the latest wave's intervals and change (see the module)."""

    def __init__(
        self,
        session: PlanSession,
        dialogs: Dialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(translate("SurveyWaves", "Survey waves"), parent)
        self.setObjectName("surveyWaves")
        self.session = session
        self.dialogs = dialogs
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("waveList")
        self.list.setMaximumHeight(76)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.rename_button = QPushButton(translate("SurveyWaves", "Rename…"))
        self.rename_button.setObjectName("renameWave")
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(translate("SurveyWaves", "Merge into…"))
        self.merge_button.setObjectName("mergeWave")
        self.merge_button.clicked.connect(self.merge)
        self.remove_button = QPushButton(translate("SurveyWaves", "Remove"))
        self.remove_button.setObjectName("removeWave")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.rename_button, self.merge_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.figures = QLabel()
        self.figures.setObjectName("waveFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.figures)
        # The 22 statements' importance–performance chart (as the Service Plan prints it).
        self.statements_chart = ChartPreview(runner, 560, 400)
        self.statements_chart.setObjectName("statementsChart")
        self.statements_chart.hide()
        layout.addWidget(self.statements_chart)
        self.waves: list[Wave] = []
        self.fill()

    def fill(self) -> None:
        """List the plan's waves (cheap: no sums over the responses)."""
        store = self.session.store
        self.waves = store.survey.waves()
        latest = store.survey.latest_wave()
        words = Wording(store.language())
        self.list.clear()
        for wave in self.waves:
            text = translate("SurveyWaves", "{label} — {date}, {count} responses").format(
                label=wave.label,
                date=words.short_day(date.fromisoformat(wave.date)),
                count=wave.responses,
            )
            if latest is not None and wave.id == latest.id:
                text += " " + translate("SurveyWaves", "(latest: the figures shown)")
            if 0 < wave.responses < SMALL_SAMPLE:
                text += " " + translate("SurveyWaves", "(fewer than 30 answers: read with care)")
            self.list.addItem(text)
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, wave.id)
        if self.waves:
            self.list.setCurrentRow(len(self.waves) - 1)
        editable = not self.session.readonly
        self.rename_button.setEnabled(editable)
        self.merge_button.setEnabled(editable and len(self.waves) > 1)
        self.remove_button.setEnabled(editable)
        self.setVisible(bool(self.waves))

    def show_figures(self, waves: tuple[WaveFigures, ...], change: SurveyChange | None) -> None:
        language = self.session.store.language()
        self.figures.setText(wave_figures_html(waves, change, language))
        statements = statements_importance_performance(waves[-1].summary) if waves else None
        self.statements_chart.setVisible(statements is not None)
        if statements is None:
            return
        from export import charts

        inputs = statements_chart_inputs(statements, language)
        performance = translate("SurveyWaves", "Performance (perception, 1–7)")
        title = translate("SurveyWaves", "The 22 statements: importance against performance")

        def statements_png(width: float, height: float, dpi: int) -> ChartFigure:
            fig = charts.statements_importance_figure(
                **inputs, performance_label=performance, title=title, width=width, height=height
            )
            return fig

        self.statements_chart.show_chart(statements_png)

    def _chosen(self) -> Wave | None:
        row = self.list.currentRow()
        return self.waves[row] if 0 <= row < len(self.waves) else None

    def _push(self, title: str, command: RenameWave | MergeWaves | RemoveWave) -> None:
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, title, plan_error_message(error))

    def rename(self) -> None:
        wave = self._chosen()
        if wave is None:
            return
        title = translate("SurveyWaves", "Rename a wave")
        dialog = WaveDialog(title, translate("SurveyWaves", "New label:"), self)
        dialog.label.setText(wave.label)
        dialog.target.hide()
        accepted = self.dialogs.run_modal(dialog)
        label = dialog.label.text()
        dialog.deleteLater()
        if accepted:
            text = translate("SurveyWaves", "Rename wave “{label}”").format(label=wave.label)
            self._push(title, RenameWave(self.session.store, wave.id, label, text))

    def merge(self) -> None:
        wave = self._chosen()
        others = [other for other in self.waves if wave is not None and other.id != wave.id]
        if wave is None or not others:
            return
        title = translate("SurveyWaves", "Merge waves")
        prompt = translate("SurveyWaves", "Move every response of “{label}” into:").format(
            label=wave.label
        )
        dialog = WaveDialog(title, prompt, self)
        dialog.label.hide()
        for other in others:
            dialog.target.addItem(other.label, other.id)
        accepted = self.dialogs.run_modal(dialog)
        into = dialog.target.currentData()
        dialog.deleteLater()
        if accepted and into is not None:
            text = translate("SurveyWaves", "Merge wave “{label}”").format(label=wave.label)
            self._push(title, MergeWaves(self.session.store, wave.id, int(into), text))

    def remove(self) -> None:
        wave = self._chosen()
        if wave is None:
            return
        title = translate("SurveyWaves", "Remove a wave")
        question = translate(
            "SurveyWaves",
            "Remove the wave “{label}” and its {count} responses? (Undo brings them back.)",
        ).format(label=wave.label, count=wave.responses)
        if self.dialogs.confirm(self, title, question):
            text = translate("SurveyWaves", "Remove wave “{label}”").format(label=wave.label)
            self._push(title, RemoveWave(self.session.store, wave.id, text))
