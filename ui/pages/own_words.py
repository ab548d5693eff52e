"""The consultant's own words, edited on the Service Plan page: a text under each section of
the document, their wording in place of the summary's opening sentence, and sections of their
own placed after a section they choose. Each edit is one undoable command (ui/commands.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan.errors import InvalidValueError, PlanError
from plan.own_words import DOCUMENT_SECTIONS, MAX_TITLE_LENGTH, REPLACEABLE, OwnSection
from ui.commands import (
    AddOwnSection,
    DeleteOwnSection,
    EditOwnSection,
    PlanCommand,
    SetOwnText,
)
from ui.dialogs import Dialogs
from ui.export_dialog import section_title
from ui.i18n import plan_error_message
from ui.session import PlanSession

translate = QCoreApplication.translate


def text_key_title(key: str) -> str:
    """What a text box is for, in the window's language."""
    if key == "summary.opening":
        return translate("OwnWords", "Opening sentence of the summary (replaces the generated one)")
    if key == "summary.spread":
        return translate(
            "OwnWords", "Summary: how far the customer groups differ (replaces the generated one)"
        )
    if key == "summary.vital_few":
        return translate(
            "OwnWords",
            "Summary: the complaint categories that matter most (replaces the generated one)",
        )
    return section_title(key)


def own_refusal_text(error: PlanError) -> str:
    """A refused own text or section, naming the box it came from."""
    if isinstance(error, InvalidValueError):
        if error.code == "empty" and error.field == "title":
            return translate("OwnWords", "Give your section a title.")
        if error.field.startswith("own_text."):
            field = text_key_title(error.field.removeprefix("own_text."))
        else:
            field = {
                "title": translate("OwnWords", "Title"),
                "text": translate("OwnWords", "Text"),
            }.get(error.field, error.field)
        return translate("OwnWords", "{field}: {reason}").format(
            field=field, reason=plan_error_message(error)
        )
    return plan_error_message(error)


class OwnTextBox(QPlainTextEdit):
    """A text box that says when the cursor leaves it (its text is stored then)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class OwnWordsBox(QGroupBox):
    """The page's "Your own words" box."""

    def __init__(self, session: PlanSession, dialogs: Dialogs, parent: QWidget | None = None):
        super().__init__(translate("OwnWords", "Your own words in the document"), parent)
        self.setObjectName("ownWords")
        self.session = session
        self.dialogs = dialogs
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "OwnWords",
                "Printed as you write them, in the PDF and the Word document: a text under a "
                "section's heading (an introduction or your recommendations), your wording of "
                "the summary's opening sentence (cleared, the generated one is back), and "
                "sections of your own.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.text_boxes: dict[str, OwnTextBox] = {}
        # The summary's sentences first: they follow the summary's heading.
        for row, key in enumerate((*REPLACEABLE, *DOCUMENT_SECTIONS)):
            label = QLabel(text_key_title(key))
            label.setWordWrap(True)
            label.setMaximumWidth(260)
            box = OwnTextBox()
            box.setObjectName(f"ownText_{key}")
            box.setFixedHeight(52)
            box.setTabChangesFocus(True)
            box.setPlaceholderText(
                translate("OwnWords", "Leave empty to keep the generated sentence.")
                if key in REPLACEABLE
                else translate("OwnWords", "Optional: your introduction or recommendations.")
            )
            box.left.connect(lambda key=key: self.store_text(key))
            label.setBuddy(box)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, row, 1)
            self.text_boxes[key] = box
        layout.addLayout(grid)

        layout.addWidget(QLabel(translate("OwnWords", "Sections of your own")))
        self.sections_list = QListWidget()
        self.sections_list.setObjectName("ownSections")
        self.sections_list.setMaximumHeight(110)
        self.sections_list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.sections_list)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.addWidget(QLabel(translate("OwnWords", "Title")), 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("ownSectionTitle")
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        form.addWidget(self.title_edit, 0, 1)
        form.addWidget(QLabel(translate("OwnWords", "Placed after")), 1, 0)
        self.after_combo = QComboBox()
        self.after_combo.setObjectName("ownSectionAfter")
        for section in DOCUMENT_SECTIONS:
            self.after_combo.addItem(section_title(section), section)
        form.addWidget(self.after_combo, 1, 1)
        form.addWidget(QLabel(translate("OwnWords", "Text")), 2, 0, Qt.AlignmentFlag.AlignTop)
        self.section_text = QPlainTextEdit()
        self.section_text.setObjectName("ownSectionText")
        self.section_text.setFixedHeight(80)
        self.section_text.setTabChangesFocus(True)
        form.addWidget(self.section_text, 2, 1)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("OwnWords", "Add as a new section"))
        self.add_button.clicked.connect(self.add_section)
        self.save_button = QPushButton(translate("OwnWords", "Save changes"))
        self.save_button.clicked.connect(self.save_section)
        self.remove_button = QPushButton(translate("OwnWords", "Remove"))
        self.remove_button.clicked.connect(self.remove_section)
        self.up_button = QPushButton(translate("OwnWords", "Move up"))
        self.up_button.clicked.connect(lambda: self.move_section(-1))
        self.down_button = QPushButton(translate("OwnWords", "Move down"))
        self.down_button.clicked.connect(lambda: self.move_section(1))
        for button in (
            self.add_button,
            self.save_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.sections: list[OwnSection] = []
        self.load()

    # -- showing ------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the plan's own words (a box being typed in keeps what is typed)."""
        own = self.session.store.own_words.get()
        for key, box in self.text_boxes.items():
            if not box.hasFocus() and box.toPlainText() != own.text(key):
                box.setPlainText(own.text(key))
        chosen = self.current()
        self.sections = list(own.sections)
        self.sections_list.blockSignals(True)
        self.sections_list.clear()
        for own_section in self.sections:
            item = QListWidgetItem(
                translate("OwnWords", "{title} — after “{section}”").format(
                    title=own_section.title, section=section_title(own_section.after)
                )
            )
            self.sections_list.addItem(item)
        ids = [s.id for s in self.sections]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else -1
        self.sections_list.setCurrentRow(row)
        self.sections_list.blockSignals(False)
        self._selected(row)
        readonly = self.session.readonly
        boxes: list[QPlainTextEdit] = [*self.text_boxes.values(), self.section_text]
        for editor in boxes:
            editor.setReadOnly(readonly)
        self.title_edit.setReadOnly(readonly)
        self.add_button.setEnabled(not readonly)

    def current(self) -> OwnSection | None:
        row = self.sections_list.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def _selected(self, row: int) -> None:
        own = self.sections[row] if 0 <= row < len(self.sections) else None
        if own is not None:
            self.title_edit.setText(own.title)
            self.section_text.setPlainText(own.text)
            self.after_combo.setCurrentIndex(DOCUMENT_SECTIONS.index(own.after))
        chosen = own is not None and not self.session.readonly
        for button in (self.save_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(chosen)

    # -- editing ------------------------------------------------------------------------------

    def _push(self, command: PlanCommand) -> bool:
        error = self.session.push(command)
        if error is not None:
            self.dialogs.error(self, self.title(), own_refusal_text(error))
            return False
        return True

    def store_text(self, key: str) -> bool:
        """Store a box's text when it differs from the plan's; False if it was refused (the
        box keeps what was typed)."""
        if self.session.readonly:
            return True
        value = self.text_boxes[key].toPlainText().strip()
        if value == self.session.store.own_words.text(key):
            return True
        return self._push(
            SetOwnText(
                self.session.store,
                key,
                value,
                translate("OwnWords", "Edit your text: {box}").format(box=text_key_title(key)),
            )
        )

    def commit_pending(self) -> None:
        for key in self.text_boxes:
            self.store_text(key)

    def _typed(self, own_id: int | None) -> OwnSection:
        return OwnSection(
            own_id,
            self.title_edit.text(),
            self.section_text.toPlainText(),
            str(self.after_combo.currentData()),
        )

    def add_section(self) -> None:
        command = AddOwnSection(
            self.session.store, self._typed(None), translate("OwnWords", "Add your section")
        )
        if self._push(command):
            self.load()
            self.sections_list.setCurrentRow(len(self.sections) - 1)

    def save_section(self) -> None:
        own = self.current()
        if own is not None:
            self._push(
                EditOwnSection(
                    self.session.store,
                    self._typed(own.id),
                    translate("OwnWords", "Edit your section"),
                )
            )

    def remove_section(self) -> None:
        own = self.current()
        if own is not None and own.id is not None:
            self._push(
                DeleteOwnSection(
                    self.session.store, own.id, translate("OwnWords", "Remove your section")
                )
            )

    def move_section(self, step: int) -> None:
        """Place the section after the previous (-1) or next (+1) section of the document."""
        own = self.current()
        if own is None:
            return
        place = DOCUMENT_SECTIONS.index(own.after) + step
        if not 0 <= place < len(DOCUMENT_SECTIONS):
            return
        moved = OwnSection(own.id, own.title, own.text, DOCUMENT_SECTIONS[place])
        self._push(
            EditOwnSection(self.session.store, moved, translate("OwnWords", "Move your section"))
        )
