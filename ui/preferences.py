"""Preferences: the window's language (a plan's own language is set on its Profile page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from plan import LANGUAGES
from ui import settings as keys
from ui.i18n import LANGUAGE_NAMES
from ui.settings import Settings

translate = QCoreApplication.translate


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._initial = settings.get(keys.UI_LANGUAGE)
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("PreferencesDialog", "The system's language"), "")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._initial), 0))
        form.addRow(translate("PreferencesDialog", "Language of the program"), self.language_combo)
        note = QLabel(
            translate("PreferencesDialog", "Takes effect the next time the program starts.")
        )
        note.setObjectName("hint")
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(keys.UI_LANGUAGE, str(self.language_combo.currentData()))
        super().accept()

    def language_changed(self) -> bool:
        return self.settings.get(keys.UI_LANGUAGE) != self._initial
