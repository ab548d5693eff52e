"""Guidance through the method, in the window's language: what each step lacks (worded from
`plan.progress`) and the bar at the foot of every page that says what comes next. The
overview pages of the sidebar's groups and the help on each step (F1) are in ui.overview,
loaded when first asked for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from plan.progress import Missing, StepProgress, next_step
from plan.steps import Completeness, Step
from ui.sidebar import LAYOUT
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
