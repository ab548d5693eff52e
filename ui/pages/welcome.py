"""Shown when no plan is open: start a plan, open one, or look at the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(translate("WelcomePage", "Service Plan Builder"))
        heading.setObjectName("pageHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        text = QLabel(
            translate(
                "WelcomePage",
                "Assess your service level, hear what customers say, find the main problems, "
                "set standards, goals and means, and print your Service Plan.",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.new_button = QPushButton(translate("WelcomePage", "New plan…"))
        self.open_button = QPushButton(translate("WelcomePage", "Open a plan…"))
        self.demo_button = QPushButton(translate("WelcomePage", "Open the demo plan"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumWidth(240)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def commit_pending(self) -> None:
        """Nothing is edited here."""

    def dispose(self) -> None:
        """Nothing to detach."""
