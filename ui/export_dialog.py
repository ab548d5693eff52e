"""Exporting the Service Plan: choose sections, paper, language and file; write it in a worker.

The PDF is built off the GUI thread from a detached copy of the plan (a sqlite connection
belongs to the thread that opened it), with a progress bar and a Cancel button; the window
stays usable meanwhile. The file is written atomically by `export.service_plan`, so a cancelled
or failed export leaves nothing behind and never replaces a good file with a broken one.

Which sections have something to print is read the document's way (the whole report, seconds
on a large survey), so it is read in a worker too; the sections are listed at once and marked
"not filled in yet" when the answer arrives.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan import LANGUAGES, paths
from plan.errors import PlanError
from plan.store import PlanStore
from ui import settings as keys
from ui.branding import branding_from_settings
from ui.dialogs import Dialogs, pdf_file_filter
from ui.i18n import LANGUAGE_NAMES
from ui.session import PlanSession
from ui.settings import Settings
from ui.tasks import Recalculation, Task, TaskRunner, on_copy

if TYPE_CHECKING:
    from export.service_plan import ExportOptions

translate = QCoreApplication.translate


class ExportFunction(Protocol):
    """`export.service_plan.write_service_plan`, or a test's stand-in for it."""

    def __call__(
        self,
        store: PlanStore,
        out: Path,
        options: ExportOptions,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None: ...


def section_ids() -> tuple[str, ...]:
    from export.service_plan import SECTIONS

    return tuple(SECTIONS)


def section_title(section: str) -> str:
    """A section's name in the window's language, worded as the document's heading (an id
    from a newer document shows as is)."""
    titles = {
        "summary": translate("ExportDialog", "Executive summary"),
        "business": translate("ExportDialog", "The business and its customers"),
        "service_level": translate("ExportDialog", "Service level today: the company's view"),
        "customers": translate("ExportDialog", "What customers say"),
        "problems": translate("ExportDialog", "The main problems"),
        "standards": translate("ExportDialog", "Service standards"),
        "goals": translate("ExportDialog", "Goals and means"),
        "economics": translate("ExportDialog", "Budget and the cost of poor service"),
        "appendix": translate("ExportDialog", "Appendix: answers and statistics"),
    }
    return titles.get(section, section)


def sections_with_data(store: PlanStore) -> frozenset[str]:
    """The sections that print more than "not assessed", by the document's own rule (read in
    one pass over the plan: seconds on 100,000 survey responses, so call it in a worker)."""
    from export import service_plan

    return service_plan.sections_with_data(store)


def progress_text(step: str) -> str:
    """What the worker is doing, from the step id it reports (a section id, or a phase)."""
    phases = {
        "plan": translate("ExportDialog", "Reading the plan…"),
        "layout": translate("ExportDialog", "Laying out the pages…"),
        "done": translate("ExportDialog", "Writing the file…"),
    }
    if step in phases:
        return phases[step]
    if step:
        return translate("ExportDialog", "Writing: {section}").format(section=section_title(step))
    return translate("ExportDialog", "Writing the document…")


def format_of(target: Path) -> str:
    """The format a file is written in, by its extension (a last export to .docx: Word)."""
    return "docx" if target.suffix.lower() == ".docx" else "pdf"


def default_paper() -> str:
    """Letter where the system's locale uses US measures (US, Canada...), A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def suggested_target(store: PlanStore, settings: Settings) -> Path:
    """The last PDF of this plan; else one beside the plan; else (the demo plan, a plan in a
    read-only folder) one in the user's Documents folder."""
    if store.path is not None:
        last = settings.last_export(store.path)
        if last is not None and last.parent.is_dir():
            return last
    name = translate("ExportDialog", "service-plan.pdf")
    folder: Path | None = None
    if store.path is not None:
        stem = store.path.stem
        name = f"{stem}-{name}"
        parent = store.path.resolve().parent
        data = paths.data_dir().resolve()
        inside_data = parent == data or data in parent.parents
        if not inside_data and parent.is_dir() and os.access(parent, os.W_OK):
            folder = parent
    if folder is None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / name


def export_error_text(target: Path, error: BaseException) -> str:
    """Why the file could not be written, naming it, in the window's language."""
    head = translate("ExportDialog", "{file} could not be written.").format(file=str(target))
    detail = error.message if isinstance(error, PlanError) else f"{type(error).__name__}: {error}"
    return head + "\n\n" + translate("ExportDialog", "Details: {detail}").format(detail=detail)


class ExportDialog(QDialog):
    """Export the open plan's Service Plan. Emits `exported(path)` after each written file."""

    exported = Signal(object)  # Path

    def __init__(
        self,
        session: PlanSession,
        settings: Settings,
        dialogs: Dialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
        export: ExportFunction | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.dialogs = dialogs
        self.runner = runner
        self._export = export
        self._task: Task | None = None
        self._running = False
        self._close_when_stopped = False
        self._target_confirmed = False
        self.written: Path | None = None
        # The sections with something to print; None until the worker has read them.
        self.with_data: frozenset[str] | None = None
        self.calculation = Recalculation(runner, self)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export the Service Plan"))
        self.setMinimumWidth(560)

        store = session.store
        outer = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ExportDialog",
                "The Service Plan of “{plan}” with its charts: a PDF ready to print or send, "
                "or a Word document to edit.",
            ).format(plan=store.display_name())
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.sections_box = QGroupBox(translate("ExportDialog", "Sections"))
        grid = QGridLayout(self.sections_box)
        left_out: list[str] = settings.get(keys.EXPORT_LEFT_OUT)
        self.section_checks: dict[str, QCheckBox] = {}
        ids = section_ids()
        half = (len(ids) + 1) // 2
        for index, section in enumerate(ids):
            check = QCheckBox(section_title(section))
            check.setObjectName(f"section_{section}")
            check.setChecked(section not in left_out)
            check.toggled.connect(self._update_buttons)
            self.section_checks[section] = check
            grid.addWidget(check, index % half, index // half)
        always = QLabel(
            translate("ExportDialog", "The cover and the table of contents are always included.")
        )
        always.setObjectName("hint")
        always.setWordWrap(True)
        grid.addWidget(always, half, 0, 1, 2)
        self.checking = QLabel(
            translate("ExportDialog", "Checking which sections have something to print…")
        )
        self.checking.setObjectName("exportChecking")
        self.checking.setWordWrap(True)
        grid.addWidget(self.checking, half + 1, 0, 1, 2)
        outer.addWidget(self.sections_box)

        self.document_box = QGroupBox(translate("ExportDialog", "Document"))
        form = QFormLayout(self.document_box)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("exportLanguage")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(store.language()), 0))
        form.addRow(translate("ExportDialog", "Language of the document"), self.language_combo)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("exportPaper")
        self.paper_combo.addItem(translate("ExportDialog", "A4 (210 × 297 mm)"), "a4")
        self.paper_combo.addItem(translate("ExportDialog", "Letter (8.5 × 11 in)"), "letter")
        paper = settings.get(keys.EXPORT_PAPER) or default_paper()
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper), 0))
        form.addRow(translate("ExportDialog", "Paper size"), self.paper_combo)
        target = suggested_target(store, settings)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        self.format_combo.addItem(translate("ExportDialog", "PDF, ready to print or send"), "pdf")
        self.format_combo.addItem(translate("ExportDialog", "Word (.docx), to edit"), "docx")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(format_of(target)), 0))
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        form.addRow(translate("ExportDialog", "Format"), self.format_combo)
        target_row = QHBoxLayout()
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("exportTarget")
        self.target_edit.setReadOnly(True)
        self.target_edit.setText(str(target))
        self.target_edit.setCursorPosition(0)
        target_row.addWidget(self.target_edit, 1)
        self.choose_button = QPushButton(translate("ExportDialog", "Change…"))
        self.choose_button.setObjectName("chooseTarget")
        self.choose_button.clicked.connect(self.choose_target)
        target_row.addWidget(self.choose_button)
        form.addRow(translate("ExportDialog", "File"), target_row)
        self.open_check = QCheckBox(translate("ExportDialog", "Open the document when it is ready"))
        self.open_check.setObjectName("openWhenDone")
        self.open_check.setChecked(settings.get(keys.EXPORT_OPEN_WHEN_DONE))
        form.addRow("", self.open_check)
        outer.addWidget(self.document_box)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        outer.addWidget(self.status)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(translate("ExportDialog", "Open the document"))
        self.open_button.setObjectName("openExported")
        self.open_button.clicked.connect(self.open_written)
        self.open_button.hide()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.export_button = QPushButton(translate("ExportDialog", "Export"))
        self.export_button.setObjectName("startExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.export_button)
        self.cancel_button = QPushButton(translate("ExportDialog", "Cancel export"))
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        buttons.addWidget(self.cancel_button)
        self.close_button = QPushButton(translate("ExportDialog", "Close"))
        self.close_button.setObjectName("closeExport")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self._update_buttons()
        self.finished.connect(self._stop_checking)
        self.calculation.request(
            on_copy(store, sections_with_data), self._show_with_data, self._not_checked
        )

    # -- what the plan holds ------------------------------------------------------------------

    def _show_with_data(self, with_data: frozenset[str]) -> None:
        """Mark the sections the document would print as "not assessed"."""
        self.with_data = with_data
        self.checking.hide()
        for section, check in self.section_checks.items():
            if section in with_data:
                continue
            check.setText(
                translate("ExportDialog", "{section} (not filled in yet)").format(
                    section=section_title(section)
                )
            )
            check.setToolTip(
                translate(
                    "ExportDialog",
                    "The plan holds nothing for this section yet: the document marks it "
                    "as not assessed.",
                )
            )

    def _not_checked(self, _error: BaseException) -> None:
        self.checking.hide()  # the sections stay listed; the document still says what is empty

    def _stop_checking(self, _result: int) -> None:
        self.calculation.stop()  # the dialog is closed: nothing may touch it any more

    # -- choices ------------------------------------------------------------------------------

    def target(self) -> Path:
        return Path(self.target_edit.text())

    def chosen_format(self) -> str:
        """ "pdf" or "docx"."""
        return str(self.format_combo.currentData())

    def _format_changed(self) -> None:
        """The file's extension follows the format (a new name: ask before replacing)."""
        target = self.target().with_suffix(f".{self.chosen_format()}")
        self.target_edit.setText(str(target))
        self.target_edit.setCursorPosition(0)
        self._target_confirmed = False

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(s for s, check in self.section_checks.items() if check.isChecked())

    def options(self) -> ExportOptions:
        from export.service_plan import ExportOptions

        return ExportOptions(
            language=str(self.language_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            sections=self.chosen_sections(),
            branding=branding_from_settings(self.settings),
        )

    def choose_target(self) -> None:
        word = self.chosen_format() == "docx"
        chosen = self.dialogs.save_file(
            self,
            translate("ExportDialog", "Export the Service Plan"),
            translate("ExportDialog", "Word documents (*.docx)") if word else pdf_file_filter(),
            str(self.target()),
        )
        if chosen is None:
            return
        suffix = f".{self.chosen_format()}"
        if chosen.suffix.lower() != suffix:
            chosen = chosen.with_name(chosen.name + suffix)
        self.target_edit.setText(str(chosen))
        self.target_edit.setCursorPosition(0)
        self._target_confirmed = True  # the save dialog has asked about replacing it

    def _remember_choices(self) -> None:
        chosen = self.chosen_sections()
        self.settings.set(keys.EXPORT_LEFT_OUT, [s for s in self.section_checks if s not in chosen])
        self.settings.set(keys.EXPORT_PAPER, str(self.paper_combo.currentData()))
        self.settings.set(keys.EXPORT_OPEN_WHEN_DONE, self.open_check.isChecked())

    def _may_replace(self, target: Path) -> bool:
        """An existing file is replaced only when the user said so (also this plan's own last
        export: it may have been annotated or sent since)."""
        if self._target_confirmed or not target.exists():
            return True
        return self.dialogs.confirm(
            self,
            translate("ExportDialog", "Export the Service Plan"),
            translate("ExportDialog", "{file} already exists. Replace it?").format(
                file=str(target)
            ),
        )

    # -- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Check the target, then build and write the PDF in a worker from a copy of the plan."""
        if self._running or not self.chosen_sections():
            return
        target = self.target()
        from export.pdf_output import check_target

        try:
            check_target(target, plan=self.session.store.path)
        except PlanError as exc:
            self._show_error(target, exc)
            return
        if not self._may_replace(target):
            return
        self._remember_choices()
        try:
            options = self.options()
        except Exception as exc:  # the export module failed to load: say so, do not crash
            self._show_error(target, exc)
            return
        export = self._export
        if export is None and self.chosen_format() == "docx":
            from export.word import write_word_plan

            export = write_word_plan
        elif export is None:
            from export.service_plan import write_service_plan

            export = write_service_plan
        copy = self.session.store.detached_copy()

        def work(task: Task) -> Path:
            try:
                export(copy, target, options, progress=task.report, cancelled=task.cancelled)
            finally:
                copy.close()
            return target

        self._set_running(True)
        self.status.setText(translate("ExportDialog", "Preparing the document…"))
        task = self.runner.start(work, self._finished, self._failed, self._progressed)
        if self._running:  # a synchronous runner may already have finished
            self._task = task

    def cancel(self) -> None:
        """Ask the worker to stop; it stops at the next section and writes nothing."""
        if self._task is None:
            return
        self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(translate("ExportDialog", "Cancelling…"))

    def is_running(self) -> bool:
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running
        if not running:
            self._task = None
        for widget in (self.sections_box, self.document_box):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.status.show()
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setVisible(not running)
        if running:
            self.open_button.hide()
            self.progress.setRange(0, 0)  # busy until the first report
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self._running and bool(self.chosen_sections()))

    def _progressed(self, done: int, total: int, step: str) -> None:
        if not self._running:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if self._task is not None and self._task.cancelled():
            return  # keep saying "Cancelling…"
        self.status.setText(progress_text(step))

    def _finished(self, target: Path) -> None:
        self._set_running(False)
        self.written = target
        store = self.session.store
        if store.path is not None:
            self.settings.set_last_export(store.path, target)
        self.status.setText(
            translate("ExportDialog", "The Service Plan was written to {file}").format(
                file=str(target)
            )
        )
        self.open_button.show()
        self.close_button.setDefault(True)
        self.exported.emit(target)
        self.settings.set(keys.EXPORT_OPEN_WHEN_DONE, self.open_check.isChecked())
        if self.open_check.isChecked():
            self.open_written()
        if self._close_when_stopped:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        cancelled = self._task is not None and self._task.cancelled()
        target = self.target()
        self._set_running(False)
        if cancelled:
            self.status.setText(
                translate("ExportDialog", "The export was cancelled; nothing was written.")
            )
        else:
            self.status.setText(translate("ExportDialog", "The export failed."))
            self._show_error(target, error)
        if self._close_when_stopped:
            super().reject()

    def _show_error(self, target: Path, error: BaseException) -> None:
        self.dialogs.error(
            self,
            translate("ExportDialog", "The Service Plan could not be written"),
            export_error_text(target, error),
        )

    def open_written(self) -> None:
        if self.written is None:
            return
        if not self.dialogs.show_file(self.written):
            self.status.setText(
                self.status.text()
                + "\n"
                + translate("ExportDialog", "No program to open PDF documents was found.")
            )

    def reject(self) -> None:
        """Closing while the export runs cancels it; the dialog closes once the worker stops."""
        if self._running:
            self._close_when_stopped = True
            self.cancel()
            return
        super().reject()


def run_export_dialog(
    session: PlanSession,
    settings: Settings,
    dialogs: Dialogs,
    runner: TaskRunner,
    parent: QWidget | None = None,
    on_exported: Callable[[Path], None] | None = None,
) -> ExportDialog:
    """Show the dialog modally (through `dialogs`, so tests can drive it)."""
    dialog = ExportDialog(session, settings, dialogs, runner, parent)
    if on_exported is not None:
        dialog.exported.connect(on_exported)
    dialogs.run_modal(dialog)
    return dialog
