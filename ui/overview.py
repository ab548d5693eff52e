"""The overview page of a sidebar group (what the step is for, what is filled, what to do
next) and the help on each step (F1), in the window's language. Loaded when first shown."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from plan.progress import StepProgress
from plan.steps import Completeness, Step
from ui.guidance import filled_text, group_steps, missing_text, topic_title
from ui.sidebar import _mark_icon
from ui.step_texts import group_title, step_title

translate = QCoreApplication.translate


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
            order = list(Step)
            after = order[order.index(self.steps[-1]) + 1]  # the method's next step
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
