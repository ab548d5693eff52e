"""Guidance through the method, in the window's language: what each step lacks (worded from
`plan.progress`), the bar at the foot of every page that says what comes next, the overview
pages of the sidebar's groups, and the help on each step (F1)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from plan.help import StepHelp, load_help
from plan.progress import Missing, StepProgress, next_step
from plan.steps import Completeness, Step
from ui.sidebar import LAYOUT, _mark_icon
from ui.step_texts import group_title, step_title

translate = QCoreApplication.translate


def topic_title(topic: str) -> str:
    """A step's or a sidebar group's name."""
    try:
        return step_title(Step(topic))
    except ValueError:
        return group_title(topic)


def group_steps(group: str) -> tuple[Step, ...]:
    """The steps under a sidebar group ("assess": all of step 1)."""
    for entry, groups in LAYOUT:
        if entry == group:
            return tuple(step for _name, steps in groups for step in steps)
        for name, steps in groups:
            if name == group:
                return tuple(steps)
    raise KeyError(group)


def _field_names(names: tuple[str, ...]) -> str:
    from ui.pages.profile import field_label  # the profile page's own labels

    return ", ".join(field_label(name) for name in names)


def missing_text(item: Missing) -> str:
    """One thing a step lacks, as a sentence that says what to do."""
    n, total = item.count, item.total
    texts: dict[str, Callable[[], str]] = {
        "profile_fields": lambda: translate("Guidance", "Fill in: {fields}.").format(
            fields=_field_names(item.names)
        ),
        "audit_unanswered": lambda: translate(
            "Guidance", "Answer the {count} statements still open (of {total})."
        ).format(count=n, total=total),
        "metrics_missing": lambda: translate(
            "Guidance", "Type the {count} business figures still missing (of {total})."
        ).format(count=n, total=total),
        "survey_few": lambda: translate(
            "Guidance", "Import at least {total} survey responses ({count} so far)."
        ).format(count=n, total=total),
        "complaints_none": lambda: translate(
            "Guidance", "Log the complaints customers made (none yet)."
        ),
        "problems_none": lambda: translate(
            "Guidance", "Add the main problems: start from the suggestions."
        ),
        "sins_unmarked": lambda: translate(
            "Guidance", "Mark the seven sins checklist ({count} of {total} marked)."
        ).format(count=n, total=total),
        "standards_none": lambda: translate(
            "Guidance", "Set service standards: start from a template."
        ),
        "standards_not_measurable": lambda: translate(
            "Guidance", "Make {count} standard(s) measurable: an indicator, a target and a unit."
        ).format(count=n),
        "focus_without_standard": lambda: translate(
            "Guidance", "Answer {count} focus problem(s) with a standard."
        ).format(count=n),
        "goals_none": lambda: translate(
            "Guidance", "Set at least one goal with a target and a deadline."
        ),
        "goals_not_smart": lambda: translate(
            "Guidance", "Make {count} goal(s) specific, measurable and dated."
        ).format(count=n),
        "goals_without_means": lambda: translate(
            "Guidance", "Give {count} goal(s) a means to reach it."
        ).format(count=n),
    }
    return texts[item.code]()


def filled_text(step: Step, progress: StepProgress) -> str:
    """What a step holds now, in a few words."""
    done, total = progress.done, progress.total
    texts: dict[Step, Callable[[], str]] = {
        Step.PROFILE: lambda: translate("Guidance", "{done} of {total} required fields filled"),
        Step.SELF_AUDIT: lambda: translate("Guidance", "{done} of {total} statements answered"),
        Step.METRICS: lambda: translate("Guidance", "{done} of {total} figures typed"),
        Step.SURVEY: lambda: translate("Guidance", "{done} responses ({total} needed)"),
        Step.COMPLAINTS: lambda: translate("Guidance", "{done} complaints logged"),
        Step.PROBLEMS: lambda: translate("Guidance", "{done} problems listed"),
        Step.STANDARDS: lambda: translate("Guidance", "{done} standards set"),
        Step.GOALS: lambda: translate("Guidance", "{done} goals set"),
        Step.SERVICE_PLAN: lambda: translate("Guidance", "{done} of {total} steps complete"),
    }
    return texts[step]().format(done=done, total=total)


def _link(step: Step, text: str) -> str:
    return f'<a href="step:{step.value}">{escape(text)}</a>'


class GuidanceBar(QFrame):
    """The foot of every page: what this step still lacks, and a button to the next step."""

    step_requested = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceBar")
        self.setStyleSheet(
            "QFrame#guidanceBar { background: #f4f6f8; border-top: 1px solid #d5dbe1; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setObjectName("guidanceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.text, 1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextStep")
        self.next_button.clicked.connect(self._go)
        row.addWidget(self.next_button)
        self.target: Step | None = None

    def show_for(self, current: Step | None, progress: dict[Step, StepProgress]) -> None:
        """Guidance for `current` (None: a group's overview, which says it all itself)."""
        if current is None:
            self.hide()
            return
        self.show()
        here = progress[current]
        if current is Step.SERVICE_PLAN:
            target = next_step(progress)
            if target is None or target is Step.SERVICE_PLAN:
                self.text.setText(
                    translate(
                        "Guidance",
                        "Every step is complete: preview the Service Plan, print it or export it.",
                    )
                )
                self.target = None
            else:
                self.text.setText(
                    translate("Guidance", "Still to do first: {what}").format(
                        what=missing_text(progress[target].missing[0])
                    )
                )
                self.target = target
        else:
            order = list(Step)
            target = order[order.index(current) + 1]  # the method's next step
            if here.missing and here.mark is not Completeness.COMPLETE:
                what = missing_text(here.missing[0])
                self.text.setText(
                    translate("Guidance", "To finish this step: {what}").format(what=what)
                )
            else:
                self.text.setText(
                    translate("Guidance", "This step is complete. Next: {step}.").format(
                        step=step_title(target)
                    )
                )
            self.target = target
        if self.target is None:
            self.next_button.hide()
        else:
            self.next_button.setText(
                translate("Guidance", "Go to {step} →").format(step=step_title(self.target))
            )
            self.next_button.show()

    def _go(self) -> None:
        if self.target is not None:
            self.step_requested.emit(self.target)


class OverviewPage(QScrollArea):
    """A sidebar group's overview: what the step is for, what is filled, what to do next."""

    step_requested = Signal(object)  # Step

    def __init__(self, group: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setObjectName(f"overview_{group}")
        self.setWidgetResizable(True)
        self.steps = group_steps(group)
        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(group_title(group))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        texts: StepHelp = load_help(language)[group]
        self.purpose = QLabel(texts.purpose)
        self.purpose.setWordWrap(True)
        outer.addWidget(self.purpose)
        why = QLabel(texts.why)
        why.setWordWrap(True)
        why.setObjectName("hint")
        outer.addWidget(why)

        filled_box = QGroupBox(translate("Guidance", "What is filled in"))
        grid = QGridLayout(filled_box)
        grid.setColumnStretch(2, 1)
        self.icons: dict[Step, QLabel] = {}
        self.states: dict[Step, QLabel] = {}
        self.open_buttons: dict[Step, QPushButton] = {}
        for row, step in enumerate(self.steps):
            icon = QLabel()
            icon.setFixedWidth(18)
            self.icons[step] = icon
            grid.addWidget(icon, row, 0)
            grid.addWidget(QLabel(step_title(step)), row, 1)
            state = QLabel()
            state.setWordWrap(True)
            state.setObjectName("hint")
            self.states[step] = state
            grid.addWidget(state, row, 2)
            button = QPushButton(translate("Guidance", "Open"))
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            self.open_buttons[step] = button
            grid.addWidget(button, row, 3)
        outer.addWidget(filled_box)

        next_box = QGroupBox(translate("Guidance", "What to do next"))
        next_layout = QHBoxLayout(next_box)
        self.next_text = QLabel()
        self.next_text.setWordWrap(True)
        self.next_text.setObjectName("overviewNext")
        next_layout.addWidget(self.next_text, 1)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._go_next)
        next_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(next_box)

        how_box = QGroupBox(translate("Guidance", "How to do it well"))
        how_layout = QVBoxLayout(how_box)
        how = QLabel(
            "<ul style='margin-left: -20px;'>"
            + "".join(f"<li>{escape(tip)}</li>" for tip in texts.how)
            + "</ul>"
        )
        how.setWordWrap(True)
        how.setTextFormat(Qt.TextFormat.RichText)
        how_layout.addWidget(how)
        outer.addWidget(how_box)
        outer.addStretch(1)
        self.setWidget(body)
        self.next_target: Step | None = None

    def show_progress(self, progress: dict[Step, StepProgress]) -> None:
        for step in self.steps:
            here = progress[step]
            self.icons[step].setPixmap(_mark_icon(here.mark).pixmap(16, 16))
            self.states[step].setText(filled_text(step, here))
        todo = [s for s in self.steps if progress[s].mark is not Completeness.COMPLETE]
        if todo:
            step = todo[0]
            self.next_target = step
            first = progress[step].missing
            what = missing_text(first[0]) if first else ""
            self.next_text.setText(f"{step_title(step)}: {what}")
        else:
            after = next_step(progress, after=self.steps[-1]) or Step.SERVICE_PLAN
            self.next_target = after
            self.next_text.setText(
                translate("Guidance", "This step is complete. Next: {step}.").format(
                    step=step_title(after)
                )
            )
        self.next_button.setText(
            translate("Guidance", "Go to {step} →").format(step=step_title(self.next_target))
        )

    def _go_next(self) -> None:
        if self.next_target is not None:
            self.step_requested.emit(self.next_target)

    def commit_pending(self) -> None:
        """Nothing is edited here."""

    def dispose(self) -> None:
        """Nothing to detach."""


def help_html(topic: str, language: str) -> str:
    """A step's help as HTML: what it is for, why it matters, how to do it well."""
    texts = load_help(language)[topic]
    tips = "".join(f"<li>{escape(tip)}</li>" for tip in texts.how)
    what = translate("Guidance", "What it is for")
    why = translate("Guidance", "Why it matters")
    how = translate("Guidance", "How to do it well")
    return (
        f"<h2>{escape(topic_title(topic))}</h2>"
        f"<h3>{escape(what)}</h3><p>{escape(texts.purpose)}</p>"
        f"<h3>{escape(why)}</h3><p>{escape(texts.why)}</p>"
        f"<h3>{escape(how)}</h3><ul>{tips}</ul>"
    )


class HelpDialog(QDialog):
    """The help on one step (F1), in the window's language."""

    def __init__(self, topic: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.topic = topic
        self.setWindowTitle(translate("Guidance", "Help: {step}").format(step=topic_title(topic)))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(help_html(topic, language))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
