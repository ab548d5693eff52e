"""A page for a step whose tools are not built yet: what it will hold, and no fake content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from plan.steps import Step
from ui.step_texts import not_built_note, step_purpose, step_title


class StepOverviewPage(QWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"page_{step.value}")
        layout = QVBoxLayout(self)
        heading = QLabel(step_title(step))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        purpose = QLabel(step_purpose(step))
        purpose.setWordWrap(True)
        purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(purpose)
        note = QLabel(not_built_note())
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        layout.addStretch(1)

    def commit_pending(self) -> None:
        """Nothing is edited here."""

    def dispose(self) -> None:
        """Nothing to detach."""
