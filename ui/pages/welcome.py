"""Shown when no plan is open (and on the very first start): start a plan, open one, explore
the demo, or reopen a recent plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    #: A recent plan was chosen (its path).
    recent_chosen = Signal(object)

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
        steps = QLabel(
            translate(
                "WelcomePage",
                "A new plan starts with the business profile; the sidebar then leads through "
                "the method one step at a time. The demo plan is a made-up bakery-café with "
                "every step filled in: look around and change anything, it is only an example.",
            )
        )
        steps.setObjectName("hint")
        steps.setWordWrap(True)
        steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label placed by alignment gets its one-line height: fix its width, and
        # its height follows.
        steps.setFixedWidth(600)
        steps.setMinimumHeight(steps.heightForWidth(600))
        layout.addWidget(steps, 0, Qt.AlignmentFlag.AlignHCenter)

        self.new_button = QPushButton(translate("WelcomePage", "Start a new plan…"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(translate("WelcomePage", "Open a plan…"))
        self.demo_button = QPushButton(translate("WelcomePage", "Explore the demo plan"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumWidth(280)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.recent_heading = QLabel(translate("WelcomePage", "Recent plans"))
        self.recent_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_heading.setStyleSheet("font-weight: 600; margin-top: 12px;")
        layout.addWidget(self.recent_heading)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentPlans")
        self.recent_list.setMaximumWidth(640)
        self.recent_list.setMinimumWidth(280)
        self.recent_list.setMaximumHeight(160)
        self.recent_list.itemActivated.connect(self._activated)
        self.recent_list.itemClicked.connect(self._activated)
        layout.addWidget(self.recent_list, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.show_recent([])

    def show_recent(self, paths: list[Path]) -> None:
        """List the recent plans (newest first); the list is hidden when there are none."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setToolTip(str(path))
            item.setData(_PATH_ROLE, str(path))
            self.recent_list.addItem(item)
        self.recent_heading.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(str(item.data(_PATH_ROLE))))

    def commit_pending(self) -> None:
        """Nothing is edited here."""

    def dispose(self) -> None:
        """Nothing to detach."""


class DemoBanner(QFrame):
    """Over the demo plan: it is an example, and one's own plan is one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(
            "QFrame#demoBanner { background: #e3f0fb; border-bottom: 1px solid #b8d4ee; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(
            translate(
                "MainWindow",
                "This is the demo plan of a made-up bakery-café. Look around and try "
                "anything; your own plan starts empty.",
            )
        )
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.start_button = QPushButton(translate("MainWindow", "Start my own plan…"))
        row.addWidget(self.start_button)
