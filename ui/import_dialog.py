"""Importing survey responses or complaints: match columns to roles, see the bad rows, decide.

The file is read and checked in a worker (100,000 rows take a moment); the dialog shows the
matched roles, the first rows and every problem with its row and column, and the user imports
the valid rows or nothing. The import itself is one undoable command, one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plan.errors import PlanError
from plan.imports import (
    MAX_PROBLEMS,
    SURVEY,
    ImportPreview,
    ImportRefused,
    PreviousImport,
    RowProblem,
    check_mapping,
    read_for_import,
    roles_of,
    validate,
)
from plan.tabular import ENCODING_CHOICES, encoding_label
from ui.commands import ImportRows
from ui.dialogs import Dialogs
from ui.i18n import plan_error_message
from ui.session import PlanSession
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

PREVIEW_ROWS = 8


def import_file_filter() -> str:
    return translate("ImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)")


def role_label(role: str, language: str) -> str:
    """A role as the user knows it: the question it holds, not the column code."""
    fixed = {
        "nps": translate("ImportDialog", "NPS: likelihood to recommend (0–10)"),
        "csat": translate("ImportDialog", "CSAT: satisfaction (1–5)"),
        "ces": translate("ImportDialog", "CES: ease of getting help (1–7)"),
        "comment": translate("ImportDialog", "Comment"),
        "date": translate("ImportDialog", "Date"),
        "segment": translate("ImportDialog", "Customer group (segment)"),
        "category": translate("ImportDialog", "Category"),
        "description": translate("ImportDialog", "Description"),
        "resolved": translate("ImportDialog", "Resolved (yes/no)"),
    }
    if role in fixed:
        return fixed[role]
    from plan.questionnaire import load_questionnaire

    questionnaire = load_questionnaire(language)
    if role.startswith("W_"):
        name = questionnaire.dimensions[role[2:]].title
        return translate("ImportDialog", "Importance of {dimension} (points)").format(
            dimension=name
        )
    item = questionnaire.items[int(role[1:]) - 1]
    template = (
        translate("ImportDialog", "{code} expectation: {statement}")
        if role[0] == "E"
        else translate("ImportDialog", "{code} perception: {statement}")
    )
    return template.format(code=role, statement=item.statement)


def problem_text(problem: RowProblem) -> str:
    p = problem.params
    reasons = {
        "not_number": translate("ImportDialog", "“{value}” is not a number"),
        "not_whole": translate("ImportDialog", "“{value}” is not a whole number"),
        "out_of_range": translate("ImportDialog", "“{value}” is outside {minimum}–{maximum}"),
        "not_date": translate("ImportDialog", "“{value}” is not a date"),
        "not_yes_no": translate("ImportDialog", "“{value}” is neither yes nor no"),
        "too_long": translate("ImportDialog", "the text is {length} characters; at most {max}"),
        "extra_cells": translate("ImportDialog", "{count} filled cells beyond the last column"),
        "bad_cell": translate("ImportDialog", "cell {cell} on sheet “{sheet}”: {reason}"),
    }
    template = reasons.get(problem.code)
    reason = template.format(**p) if template is not None else problem.message
    if problem.column:
        return translate("ImportDialog", "Row {row}, column “{column}”: {reason}").format(
            row=problem.row, column=problem.column, reason=reason
        )
    return translate("ImportDialog", "Row {row}: {reason}").format(row=problem.row, reason=reason)


def import_error_text(error: PlanError) -> str:
    """A file that cannot be imported at all, in the window's language, naming the file."""
    code = getattr(error, "code", "")
    params = dict(getattr(error, "params", {}) or {})
    name = error.path.name if error.path is not None else ""
    messages = {
        "missing": translate("ImportDialog", "{file} does not exist."),
        "too_large": translate("ImportDialog", "{file} is too large to import."),
        "empty": translate("ImportDialog", "{file} is empty."),
        "not_text": translate("ImportDialog", "{file} is neither a spreadsheet nor a text file."),
        "old_excel": translate(
            "ImportDialog",
            "{file} is an old Excel workbook (.xls). Save it as .xlsx or CSV and import that.",
        ),
        "not_supported": translate(
            "ImportDialog", "{file} is in a format that cannot be imported; save it as CSV."
        ),
        "bad_xlsx": translate("ImportDialog", "{file} is not a valid Excel workbook."),
        "xlsx_bomb": translate(
            "ImportDialog", "{file} expands to far more data than it holds, and was refused."
        ),
        "too_many_rows": translate("ImportDialog", "{file} has too many rows to import."),
        "too_many_columns": translate("ImportDialog", "{file} has too many columns to import."),
        "no_header": translate("ImportDialog", "{file} has no header row with column names."),
        "unknown_column": translate("ImportDialog", "{file} has no column “{column}”."),
        "no_valid_rows": translate("ImportDialog", "{file} has no valid rows."),
        "unknown_sheet": translate("ImportDialog", "{file} has no sheet “{sheet}”."),
    }
    template = messages.get(code)
    if template is None:
        return plan_error_message(error)
    text = template.format(file=name, **params)
    return (
        text + "\n\n" + translate("ImportDialog", "Details: {detail}").format(detail=error.message)
    )


def mapping_error_text(error: ImportRefused) -> str:
    if error.code == "duplicate_role":
        return translate("ImportDialog", "Two columns hold the same thing; choose one of them.")
    if error.code == "no_measure":
        return translate(
            "ImportDialog",
            "Choose which column holds at least one survey answer (NPS, CSAT, "
            "CES, SERVQUAL or importance).",
        )
    if error.code == "no_complaint_text":
        return translate(
            "ImportDialog", "Choose which column holds the complaint's category or description."
        )
    return error.message


class ImportDialog(QDialog):
    """The mapping dialog. `preview()` is the checked import to store once accepted."""

    def __init__(
        self,
        preview: ImportPreview,
        previous: PreviousImport | None,
        runner: TaskRunner,
        language: str,
        parent: QWidget | None = None,
        *,
        waves: Sequence[str] = (),
        default_wave: Callable[[ImportPreview], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._preview = preview
        self._checked: ImportPreview | None = None
        self._reread: dict[str, str] | None = None
        self.runner = runner
        self._generation = 0
        self.setWindowTitle(
            translate("ImportDialog", "Import survey responses")
            if preview.kind == SURVEY
            else translate("ImportDialog", "Import complaints")
        )
        self.resize(940, 760)
        layout = QVBoxLayout(self)
        table = preview.table
        described = translate("ImportDialog", "{file}: {rows} rows, {columns} columns").format(
            file=preview.file_name, rows=len(table.rows), columns=len(table.headers)
        )
        if table.source_format == "csv":
            delimiters = {
                ",": translate("ImportDialog", "comma"),
                ";": translate("ImportDialog", "semicolon"),
                "\t": translate("ImportDialog", "tab"),
            }
            described += " — " + translate(
                "ImportDialog", "text in {encoding}, separated by {delimiter}"
            ).format(
                encoding=table.encoding or "?",
                delimiter=delimiters.get(table.delimiter or ",", table.delimiter or ""),
            )
        else:
            described += " — " + translate("ImportDialog", "Excel sheet “{sheet}”").format(
                sheet=table.sheet_name or ""
            )
        if table.unnamed_columns:
            described += " — " + translate(
                "ImportDialog", "{count} columns with no header are left out"
            ).format(count=table.unnamed_columns)
        info = QLabel(described)
        info.setWordWrap(True)
        info.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(info)
        self.encoding_choice: QComboBox | None = None
        self.sheet_choice: QComboBox | None = None
        self.encoding_warning: QLabel | None = None
        if table.source_format == "csv" and table.encoding is not None:
            choice_row = QHBoxLayout()
            choice_row.addWidget(QLabel(translate("ImportDialog", "Text encoding:")))
            self.encoding_choice = QComboBox()
            self.encoding_choice.setObjectName("encodingChoice")
            encodings = list(ENCODING_CHOICES)
            if table.encoding not in encodings:
                encodings.insert(0, table.encoding)
            for encoding in encodings:
                self.encoding_choice.addItem(encoding_label(encoding), encoding)
            self.encoding_choice.setCurrentIndex(
                max(0, self.encoding_choice.findData(table.encoding))
            )
            self.encoding_choice.currentIndexChanged.connect(self._encoding_chosen)
            choice_row.addWidget(self.encoding_choice)
            choice_row.addStretch(1)
            layout.addLayout(choice_row)
            if table.encoding_ambiguous:
                self.encoding_warning = QLabel(
                    translate(
                        "ImportDialog",
                        "This text could be read in more than one way. Check the first rows"
                        " below; if the letters look wrong, choose the file's encoding.",
                    )
                )
                self.encoding_warning.setObjectName("encodingWarning")
                self.encoding_warning.setWordWrap(True)
                self.encoding_warning.setStyleSheet("color: #9b1c1c;")
                layout.addWidget(self.encoding_warning)
        if table.source_format == "xlsx" and len(table.sheet_names) > 1:
            choice_row = QHBoxLayout()
            choice_row.addWidget(QLabel(translate("ImportDialog", "Sheet:")))
            self.sheet_choice = QComboBox()
            self.sheet_choice.setObjectName("sheetChoice")
            for sheet_name in table.sheet_names:
                self.sheet_choice.addItem(sheet_name, sheet_name)
            self.sheet_choice.setCurrentIndex(
                max(0, self.sheet_choice.findData(table.sheet_name or ""))
            )
            self.sheet_choice.currentIndexChanged.connect(self._sheet_chosen)
            choice_row.addWidget(self.sheet_choice)
            choice_row.addStretch(1)
            layout.addLayout(choice_row)

        layout.addWidget(QLabel(translate("ImportDialog", "What each column holds:")))
        self.roles = QTableWidget(len(table.headers), 3)
        self.roles.setObjectName("roleTable")
        self.roles.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Column in the file"),
                translate("ImportDialog", "Holds"),
                translate("ImportDialog", "First values"),
            ]
        )
        self.roles.verticalHeader().setVisible(False)
        self.roles.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        choices = [("", translate("ImportDialog", "(not imported)"))] + [
            (role, role_label(role, language)) for role in roles_of(preview.kind)
        ]
        for index, header in enumerate(table.headers):
            name = QTableWidgetItem(header or translate("ImportDialog", "(no name)"))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.roles.setItem(index, 0, name)
            combo = QComboBox()
            for role, label in choices:
                combo.addItem(label, role)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.roles.setCellWidget(index, 1, combo)
            self.combos.append(combo)
            samples = ", ".join(
                row[index] for row in table.rows[:3] if index < len(row) and row[index]
            )
            sample = QTableWidgetItem(samples)
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.roles.setItem(index, 2, sample)
        self.roles.resizeColumnToContents(0)
        self.roles.setColumnWidth(1, 320)
        layout.addWidget(self.roles, 5)

        layout.addWidget(QLabel(translate("ImportDialog", "The first rows:")))
        shown = table.rows[:PREVIEW_ROWS]
        self.sample = QTableWidget(len(shown), len(table.headers))
        self.sample.setObjectName("sampleTable")
        self.sample.setHorizontalHeaderLabels(table.headers)
        self.sample.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, row in enumerate(shown):
            for c, cell in enumerate(row[: len(table.headers)]):
                item = QTableWidgetItem(cell)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.sample.setItem(r, c, item)
        layout.addWidget(self.sample, 2)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("problemList")
        layout.addWidget(self.problems, 1)

        self.wave: QComboBox | None = None
        self._default_wave = default_wave
        self._wave_typed = False  # once the user picks or types a wave, it stays theirs
        if preview.kind == SURVEY:
            self.wave = self._wave_choice(layout, waves)

        self.again = QCheckBox()
        self.again.setObjectName("importAgain")
        if previous is not None:
            self.again.setText(
                translate(
                    "ImportDialog",
                    "This file was already imported on {date} ({rows} rows). Import it again",
                ).format(date=previous.imported_at[:10], rows=previous.rows)
            )
            self.again.toggled.connect(self._update_button)
            layout.addWidget(self.again)
        else:
            self.again.setChecked(True)
            self.again.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._mapping_changed()

    def _wave_choice(self, layout: QVBoxLayout, waves: Sequence[str]) -> QComboBox:
        """The survey wave the responses join: one of the plan's, or a new label typed in."""
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ImportDialog", "Survey wave:")))
        choice = QComboBox()
        choice.setObjectName("importWave")
        choice.setEditable(True)
        choice.addItems(list(waves))
        choice.setCurrentText("")
        choice.setMinimumWidth(220)
        choice.editTextChanged.connect(self._update_button)
        choice.textActivated.connect(self._wave_chosen)
        editor = choice.lineEdit()
        if editor is not None:
            editor.textEdited.connect(self._wave_chosen)
        row.addWidget(choice)
        hint = QLabel(
            translate(
                "ImportDialog",
                "A wave of the plan gets these responses added; a new label makes a new wave."
                " The plan's figures are those of its latest wave.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        layout.addLayout(row)
        return choice

    def _wave_chosen(self) -> None:
        self._wave_typed = True

    def wave_label(self) -> str | None:
        """The wave label chosen (None for complaints)."""
        return None if self.wave is None else self.wave.currentText()

    def reread(self) -> dict[str, str] | None:
        """The encoding or sheet the user chose instead (the dialog closed to read the file
        again that way), or None."""
        return self._reread

    def choose_encoding(self, encoding: str) -> None:
        assert self.encoding_choice is not None
        self.encoding_choice.setCurrentIndex(self.encoding_choice.findData(encoding))

    def choose_sheet(self, sheet: str) -> None:
        assert self.sheet_choice is not None
        self.sheet_choice.setCurrentIndex(self.sheet_choice.findData(sheet))

    def _encoding_chosen(self) -> None:
        assert self.encoding_choice is not None
        chosen = str(self.encoding_choice.currentData() or "")
        if chosen and chosen != self._preview.table.encoding:
            self._reread = {"encoding": chosen}
            self.reject()

    def _sheet_chosen(self) -> None:
        assert self.sheet_choice is not None
        chosen = str(self.sheet_choice.currentData() or "")
        if chosen and chosen != self._preview.table.sheet_name:
            self._reread = {"sheet": chosen}
            self.reject()

    def mapping(self) -> dict[int, str]:
        return {
            index: role
            for index, combo in enumerate(self.combos)
            if (role := str(combo.currentData() or ""))
        }

    def set_role(self, header: str, role: str) -> None:
        """Choose a column's role by header (what a user does with the combo box)."""
        index = self._preview.table.headers.index(header)
        self.combos[index].setCurrentIndex(self.combos[index].findData(role))

    def preview(self) -> ImportPreview | None:
        """The checked import for the current mapping (None while a check is running)."""
        return self._checked

    def _mapping_changed(self) -> None:
        self._generation += 1
        generation = self._generation
        self._checked = None
        self.import_button.setEnabled(False)
        self.problems.clear()
        candidate = replace(self._preview, mapping=self.mapping(), records=[], problems=[])
        try:
            check_mapping(candidate.kind, candidate.mapping)
        except ImportRefused as error:
            self.summary.setText(mapping_error_text(error))
            self.summary.setStyleSheet("color: #9b1c1c;")
            self.import_button.setText(translate("ImportDialog", "Import"))
            return
        self.summary.setStyleSheet("")
        self.summary.setText(translate("ImportDialog", "Checking every row…"))

        def check() -> ImportPreview:
            validate(candidate)
            return candidate

        def done(result: ImportPreview) -> None:
            if generation == self._generation:
                self._show(result)

        self.runner.run(check, done, saves=False)

    def _show(self, result: ImportPreview) -> None:
        self._checked = result
        if self.wave is not None and self._default_wave is not None and not self._wave_typed:
            # The default wave is the checked rows' month: it follows the date column's role.
            self.wave.setCurrentText(self._default_wave(result))
        parts = [
            translate("ImportDialog", "Valid rows to import: {count}.").format(
                count=result.valid_rows
            )
        ]
        if result.bad_rows:
            parts.append(
                translate("ImportDialog", "Rows with errors, to be skipped: {count}.").format(
                    count=result.bad_rows
                )
            )
        if result.empty_rows:
            parts.append(
                translate("ImportDialog", "Empty rows, skipped: {count}.").format(
                    count=result.empty_rows
                )
            )
        self.summary.setText(" ".join(parts))
        for problem in result.problems:
            self.problems.addItem(problem_text(problem))
        if result.problem_count > MAX_PROBLEMS:
            self.problems.addItem(
                translate("ImportDialog", "… and {count} more").format(
                    count=result.problem_count - MAX_PROBLEMS
                )
            )
        self.problems.setVisible(bool(result.problems))
        self.import_button.setText(
            translate("ImportDialog", "Import the valid rows ({count})").format(
                count=result.valid_rows
            )
        )
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(
            self._checked is not None
            and self._checked.valid_rows > 0
            and self.again.isChecked()
            and (self.wave is None or bool(self.wave.currentText().strip()))
        )


def start_import(
    kind: str,
    parent: QWidget,
    session: PlanSession,
    dialogs: Dialogs,
    runner: TaskRunner,
    *,
    on_done: Callable[[int], None] | None = None,
) -> None:
    """Ask for a file, read it in the background, then run the mapping dialog and import."""
    path = dialogs.open_file(
        parent,
        translate("ImportDialog", "Import survey responses")
        if kind == SURVEY
        else translate("ImportDialog", "Import complaints"),
        import_file_filter(),
    )
    if path is None:
        return
    title = translate("ImportDialog", "The file cannot be imported")
    options: dict[str, str] = {}

    def failed(error: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        if isinstance(error, PlanError):
            dialogs.error(parent, title, import_error_text(error))
        elif isinstance(error, OSError):
            dialogs.error(parent, title, f"{Path(error.filename or path).name}: {error.strerror}")
        else:
            dialogs.error(parent, title, str(error))

    def read() -> ImportPreview:
        return read_for_import(
            kind, path, encoding=options.get("encoding"), sheet=options.get("sheet")
        )

    def ready(preview: ImportPreview) -> None:
        QGuiApplication.restoreOverrideCursor()
        store = session.store
        waves = [wave.label for wave in store.survey.waves()] if kind == SURVEY else []
        dialog = ImportDialog(
            preview,
            store.imports.previous(kind, preview.sha256),
            runner,
            store.language(),
            parent,
            waves=waves,
            default_wave=store.imports.wave_label,
        )
        accepted = dialogs.run_modal(dialog)
        checked = dialog.preview()
        wave = dialog.wave_label()
        again = dialog.reread()
        dialog.deleteLater()
        if again is not None:  # another encoding or sheet: read the file again that way
            options.update(again)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            runner.run(read, ready, failed, saves=False)
            return
        if not accepted or checked is None or not checked.records:
            return
        text = translate("ImportDialog", "Import “{file}”").format(file=preview.file_name)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = session.push(ImportRows(store, checked, text, wave))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error is not None:
            dialogs.error(parent, title, plan_error_message(error))
        elif on_done is not None:
            on_done(checked.valid_rows)

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    runner.run(read, ready, failed, saves=False)
