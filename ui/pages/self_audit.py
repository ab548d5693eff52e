"""Step 1, the company's view: the self-audit questionnaire, its scores and reassessments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from plan import figures as model
from plan.scoring import Answer
from plan.self_audit import AuditItem, SelfAuditContent, load_content
from plan.steps import Step
from plan.store import MAX_NOTE_LENGTH, PlanChange, Section, Snapshot
from ui.chart_view import ChartFigure, ChartPreview
from ui.commands import AddSnapshot, DeleteSnapshot, SetAnswer
from ui.dialogs import Dialogs
from ui.i18n import figure_name, plan_error_message
from ui.pages.base import PageContext, StepPage
from ui.pending import PendingCommits
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

NOTE_COMMIT_DELAY_MS = 600
SCALE_KEYS: tuple[str, ...] = ("1", "2", "3", "4", "5", "na")


def score_text(score: float | None) -> str:
    if score is None:
        return translate("SelfAuditPage", "not enough answers")
    return translate("SelfAuditPage", "{score} / 100").format(score=round(score))


class AnswerRow(QWidget):
    """One statement: its text, the 1–5 / N/A buttons and a note."""

    answer_chosen = Signal(str, object)  # item id, Answer | None
    note_changed = Signal(str)  # item id (the page reads the note and commits after a pause)

    def __init__(self, item: AuditItem, content: SelfAuditContent, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"row_{item.id}")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        self.text_label = QLabel(item.text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.text_label, 0, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key in SCALE_KEYS:
            button = QToolButton()
            button.setText(key if key != "na" else translate("SelfAuditPage", "N/A"))
            button.setToolTip(content.scale[key])
            button.setCheckable(True)
            button.setObjectName(f"answer_{key}")
            button.setMinimumWidth(34)
            button.clicked.connect(lambda _checked=False, k=key: self._clicked(k))
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 0)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(translate("SelfAuditPage", "Note (optional)"))
        self.note.textEdited.connect(lambda _t: self.note_changed.emit(self.item.id))
        grid.addWidget(self.note, 1, 1)
        grid.setColumnStretch(1, 1)
        self.answer: Answer | None = None

    def _clicked(self, key: str) -> None:
        current = self.answer or Answer()
        chosen_now = self.buttons[key].isChecked()
        if not chosen_now:  # clicking the chosen answer again clears it
            new = Answer(None, False, current.note)
        elif key == "na":
            new = Answer(None, True, current.note)
        else:
            new = Answer(int(key), False, current.note)
        self.show_answer(self.answer)  # the store decides; the refresh shows its result
        self.answer_chosen.emit(self.item.id, new)

    def show_answer(self, answer: Answer | None) -> None:
        self.answer = answer
        chosen = None
        if answer is not None:
            chosen = (
                "na" if answer.not_applicable else (str(answer.score) if answer.score else None)
            )
        for key, button in self.buttons.items():
            button.setChecked(key == chosen)
        note = answer.note if answer is not None else ""
        if self.note.text() != note:
            self.note.setText(note)

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(editable)
        self.note.setReadOnly(not editable)


class SelfAuditPage(StepPage):
    step = Step.SELF_AUDIT
    refreshed_by = frozenset(
        {Section.META, Section.PLAN, Section.ANSWERS, Section.SNAPSHOTS, Section.METRICS}
    )

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
        self.setObjectName("selfAuditPage")
        self.setWidgetResizable(True)
        self.rows: dict[str, AnswerRow] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._visit = 0
        self._pending_notes = PendingCommits(self._commit_note, NOTE_COMMIT_DELAY_MS, self)
        self._disposed = False
        self.content = load_content(session.store.language())

        body = QWidget()
        self.outer = QVBoxLayout(body)
        heading = QLabel(translate("SelfAuditPage", "Self-audit"))
        heading.setObjectName("pageHeading")
        self.outer.addWidget(heading)
        intro = QLabel(
            translate(
                "SelfAuditPage",
                "Rate each statement as things are today, from 1 (strongly disagree) to 5 "
                "(strongly agree), or mark it N/A where it does not apply. For the seven sins, "
                "agreeing means the sin is seen, so they count in reverse. Click a chosen "
                "answer again to clear it.",
            )
        )
        intro.setWordWrap(True)
        self.outer.addWidget(intro)

        summary = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("answeredProgress")
        self.progress.setFormat(translate("SelfAuditPage", "%v of %m answered"))
        summary.addWidget(self.progress, 1)
        self.index_label = QLabel()
        self.index_label.setObjectName("serviceIndex")
        summary.addWidget(self.index_label)
        self.snapshot_button = QPushButton(translate("SelfAuditPage", "Save as snapshot"))
        self.snapshot_button.setToolTip(
            translate(
                "SelfAuditPage",
                "Keep today's scores, so that later reassessments show the progress made.",
            )
        )
        self.snapshot_button.clicked.connect(self.save_snapshot)
        summary.addWidget(self.snapshot_button)
        self.outer.addLayout(summary)

        # The charts and lists appear once there is something to show: on a new plan the
        # statements to answer come straight after the progress bar.
        self.results = QWidget()
        self.results.setObjectName("auditResults")
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        charts = QHBoxLayout()
        self.radar = ChartPreview(runner, 480, 400)
        self.radar.setObjectName("radarChart")
        charts.addWidget(self.radar)
        self.trend = ChartPreview(runner, 480, 400)
        self.trend.setObjectName("trendChart")
        charts.addWidget(self.trend)
        results.addLayout(charts)

        lists = QHBoxLayout()
        weak_box = QGroupBox(translate("SelfAuditPage", "Weakest statements"))
        weak_layout = QVBoxLayout(weak_box)
        self.weakest_label = QLabel()
        self.weakest_label.setObjectName("weakest")
        self.weakest_label.setWordWrap(True)
        self.weakest_label.setTextFormat(Qt.TextFormat.PlainText)
        self.weakest_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        weak_layout.addWidget(self.weakest_label)
        lists.addWidget(weak_box, 2)
        snap_box = QGroupBox(translate("SelfAuditPage", "Snapshots"))
        snap_layout = QVBoxLayout(snap_box)
        self.snapshot_list = QListWidget()
        self.snapshot_list.setObjectName("snapshots")
        self.snapshot_list.setMaximumHeight(120)
        # Long entries wrap instead of needing a sideways scroll bar.
        self.snapshot_list.setWordWrap(True)
        self.snapshot_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        snap_layout.addWidget(self.snapshot_list)
        self.delete_snapshot_button = QPushButton(translate("SelfAuditPage", "Delete snapshot"))
        self.delete_snapshot_button.clicked.connect(self.delete_selected_snapshot)
        snap_layout.addWidget(self.delete_snapshot_button)
        lists.addWidget(snap_box, 1)
        results.addLayout(lists)
        self.outer.addWidget(self.results)

        self.questionnaire = QVBoxLayout()
        self.outer.addLayout(self.questionnaire)
        self.outer.addStretch(1)
        self.setWidget(body)
        self._build_questionnaire()
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_questionnaire(self) -> None:
        for group in self.groups.values():
            self.questionnaire.removeWidget(group)
            group.deleteLater()
        self.groups, self.rows = {}, {}
        for dimension in self.content.dimensions:
            box = QGroupBox()
            box.setObjectName(f"dimension_{dimension.id}")
            column = QVBoxLayout(box)
            about = QLabel(dimension.description)
            about.setWordWrap(True)
            about.setObjectName("hint")
            about.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(about)
            if dimension.id == "sins":
                note = QLabel(self.content.sins_scale_note)
                note.setWordWrap(True)
                note.setObjectName("hint")
                column.addWidget(note)
            for item in self.content.items_of(dimension.id):
                row = AnswerRow(item, self.content)
                row.answer_chosen.connect(self._answer_chosen)
                row.note_changed.connect(self._note_changed)
                row.note.installEventFilter(self)
                self.rows[item.id] = row
                column.addWidget(row)
            self.groups[dimension.id] = box
            self.questionnaire.addWidget(box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._disposed:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._visit += 1
        elif event.type() == QEvent.Type.FocusOut:
            self.commit_pending()
        return super().eventFilter(watched, event)

    # -- editing ------------------------------------------------------------------------------

    def _push(self, item_id: str, answer: Answer | None, visit: int = 0) -> None:
        store = self.session.store
        if store.readonly:
            return
        if (answer or Answer()) == (store.self_audit.answers().get(item_id) or Answer()):
            return
        text = translate("SelfAuditPage", "answer to a self-audit statement")
        error = self.session.push(SetAnswer(store, item_id, answer, text, visit))
        if error is not None:
            self.dialogs.error(
                self, translate("SelfAuditPage", "Self-audit"), plan_error_message(error)
            )
            self.refresh(frozenset({item_id}))

    def _answer_chosen(self, item_id: str, answer: Answer) -> None:
        self._commit_note(item_id)
        current = self.session.store.self_audit.answers().get(item_id) or Answer()
        self._push(item_id, Answer(answer.score, answer.not_applicable, current.note))

    def _note_changed(self, item_id: str) -> None:
        self._pending_notes.schedule(item_id)

    def _commit_note(self, item_id: str) -> None:
        self._pending_notes.cancel(item_id)
        row = self.rows.get(item_id)
        if row is None:
            return
        current = self.session.store.self_audit.answers().get(item_id) or Answer()
        note = row.note.text()
        if note != current.note:
            self._push(item_id, Answer(current.score, current.not_applicable, note), self._visit)

    def commit_pending(self) -> None:
        self._pending_notes.flush()

    def save_snapshot(self) -> None:
        store = self.session.store
        assessment = model.read_assessment(store)
        snapshot = Snapshot(
            taken_on=date.today().isoformat(),
            service_index=assessment.service_index,
            dimensions=dict(assessment.dimensions),
            metrics={k: v for k, v in assessment.metric_values.items() if v is not None},
        )
        text = translate("SelfAuditPage", "snapshot of the scores")
        error = self.session.push(AddSnapshot(store, snapshot, text))
        if error is not None:
            self.dialogs.error(
                self, translate("SelfAuditPage", "Snapshots"), plan_error_message(error)
            )

    def delete_selected_snapshot(self) -> None:
        item = self.snapshot_list.currentItem()
        if item is None:
            return
        snapshot_id = int(item.data(Qt.ItemDataRole.UserRole))
        text = translate("SelfAuditPage", "deletion of a snapshot")
        self.session.push(DeleteSnapshot(self.session.store, snapshot_id, text))

    # -- showing ------------------------------------------------------------------------------

    def apply_change(self, change: PlanChange) -> None:
        if change.section in (Section.META, Section.PLAN):
            language = self.session.store.language()
            if language != self.content.language:
                self.content = load_content(language)
                self._build_questionnaire()
            self.refresh()
        elif change.section is Section.ANSWERS:
            self.refresh(change.keys)
        else:  # snapshots, metrics
            self.refresh(frozenset())

    def refresh(self, keys: frozenset[str] | None = None) -> None:
        """Show stored answers (all, or the named items), then the scores and charts."""
        store = self.session.store
        answers = store.self_audit.answers()
        editable = not store.readonly
        for item_id, row in self.rows.items():
            if keys is None or item_id in keys:
                row.show_answer(answers.get(item_id))
                row.set_editable(editable)
        assessment = model.read_assessment(store)
        for dimension in self.content.dimensions:
            progress = assessment.progress[dimension.id]
            self.groups[dimension.id].setTitle(
                translate(
                    "SelfAuditPage", "{title} — {answered} of {total} answered · {score}"
                ).format(
                    title=dimension.title,
                    answered=progress.answered,
                    total=progress.total,
                    score=score_text(assessment.dimensions.get(dimension.id)),
                )
            )
        self.progress.setRange(0, assessment.statements)
        self.progress.setValue(assessment.answered)
        index = assessment.service_index
        self.index_label.setText(
            translate("SelfAuditPage", "{name}: {score}", "a figure and its value").format(
                name=figure_name("service_index"), score=score_text(index)
            )
        )
        weak = assessment.weakest
        self.weakest_label.setText(
            "\n".join(f"{round(w.points):>3} · {w.text}" for w in weak)
            if weak
            else translate("SelfAuditPage", "No statement scores below 50 yet.")
        )
        self.snapshot_button.setEnabled(editable and index is not None)
        self._show_snapshots()
        self.delete_snapshot_button.setEnabled(editable and self.snapshot_list.count() > 0)
        has_results = self.progress.value() > 0 or self.snapshot_list.count() > 0
        self.results.setVisible(has_results)
        if has_results:
            self._draw_charts(assessment.dimensions, index, assessment.snapshots)

    def _show_snapshots(self) -> None:
        self.snapshot_list.clear()
        for snapshot in reversed(self.session.store.self_audit.snapshots()):
            text = translate("SelfAuditPage", "{date}: index {score}").format(
                date=snapshot.taken_on, score=score_text(snapshot.service_index)
            )
            if snapshot.label:
                text += f" — {snapshot.label}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, snapshot.id)
            self.snapshot_list.addItem(item)

    def _draw_charts(
        self,
        scores: dict[str, float | None],
        index: float | None,
        snapshots: tuple[Snapshot, ...],
    ) -> None:
        labels = [d.title for d in self.content.dimensions]
        values = [scores.get(d.id) for d in self.content.dimensions]
        title = translate("SelfAuditPage", "Score by dimension (0–100)")
        missing = translate("SelfAuditPage", "not enough answers")

        def radar(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import radar_figure

            figure = radar_figure(
                labels, values, title=title, width=width, height=height, missing_text=missing
            )
            return figure

        self.radar.show_chart(radar)
        points = [(s.taken_on, s.service_index) for s in snapshots]
        today = date.today().isoformat()
        if index is not None and (not points or points[-1][0] != today):
            points.append((today, index))
        if len(snapshots) < 2 and len(points) < 2:
            self.trend.hide()
            return
        self.trend.show()
        series_name = figure_name("service_index")
        trend_title = translate("SelfAuditPage", "Progress between assessments")
        dates = [p[0] for p in points]
        series: dict[str, list[float | None]] = {series_name: [p[1] for p in points]}

        def trend(width: float, height: float, dpi: int) -> ChartFigure:
            from export.charts import trend_figure

            figure = trend_figure(dates, series, title=trend_title, width=width, height=height)
            return figure

        self.trend.show_chart(trend)

    def dispose(self) -> None:
        self.commit_pending()
        self._pending_notes.stop()
        self._disposed = True
        for row in self.rows.values():
            row.note.removeEventFilter(self)
        super().dispose()
