"""Step 5, the Service Plan: what the document will hold, the export, and the last file written.

The page answers the questions a user has before printing: which sections have something to
show (a section whose steps are empty is marked "not assessed" in the document, never filled
with zeros), whose branding goes on it, and where the last exported copy is.

What each section would hold is read as the document reads it: the whole report, survey sums
included (seconds on 100,000 responses). It is read in a worker, on a copy of the plan, and
only while the page is shown; the page says "Checking…" until it arrives.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from html import escape
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan.progress import StepProgress, plan_progress
from plan.steps import Completeness, Step, completeness
from plan.store import PlanStore, Section
from ui import settings as keys
from ui.dialogs import Dialogs
from ui.export_dialog import section_ids, section_title, sections_with_data
from ui.pages.base import PageContext, StepPage
from ui.pages.own_words import OwnWordsBox
from ui.session import PlanSession
from ui.settings import Settings
from ui.sidebar import _mark_icon
from ui.step_texts import step_purpose, step_title
from ui.tasks import Recalculation, TaskRunner, on_copy

translate = QCoreApplication.translate


#: The steps of the method each section draws on (none listed: all of them).
SECTION_STEPS: dict[str, tuple[Step, ...]] = {
    "business": (Step.PROFILE,),
    "service_level": (Step.SELF_AUDIT, Step.METRICS),
    "customers": (Step.SURVEY, Step.COMPLAINTS),
    "problems": (Step.PROBLEMS,),
    "standards": (Step.STANDARDS,),
    "goals": (Step.GOALS,),
    "economics": (Step.GOALS,),
    "appendix": (Step.SELF_AUDIT, Step.SURVEY, Step.COMPLAINTS),
}


def section_mark(section: str, has_data: bool, marks: dict[Step, Completeness]) -> Completeness:
    """Empty when the document would print "not assessed" (its own rule decides); complete
    when every step the section draws on is; partial otherwise."""
    if not has_data:
        return Completeness.EMPTY
    steps = SECTION_STEPS.get(section) or tuple(s for s in Step if s is not Step.SERVICE_PLAN)
    if all(marks.get(step) is Completeness.COMPLETE for step in steps):
        return Completeness.COMPLETE
    return Completeness.PARTIAL


def plan_contents(store: PlanStore) -> tuple[dict[Step, Completeness], frozenset[str]]:
    """Each step's mark and the sections with something to print: the whole report is
    built (seconds on a large survey), so call it in a worker, on a copy of the plan."""
    return completeness(store), sections_with_data(store)


def _contents_and_progress(
    store: PlanStore,
) -> tuple[tuple[dict[Step, Completeness], frozenset[str]], dict[Step, StepProgress]]:
    """What the worker reads for the page: the sections' contents and each step's gaps."""
    return plan_contents(store), plan_progress(store)


def section_state(mark: Completeness) -> str:
    texts = {
        Completeness.COMPLETE: translate("ServicePlanPage", "Ready"),
        Completeness.PARTIAL: translate("ServicePlanPage", "Partly filled in"),
        Completeness.EMPTY: translate(
            "ServicePlanPage", "Nothing recorded yet: marked as not assessed"
        ),
    }
    return texts[mark]


class ServicePlanPage(StepPage):
    """Emits `export_requested` for the window, which owns the one way into the Export dialog."""

    step = Step.SERVICE_PLAN
    # Reading what each section would hold builds the plan's report: worth doing only when
    # someone looks (edits on other pages arrive while this page is hidden).
    refreshed_by = frozenset(Section)
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {"all": refreshed_by}

    @classmethod
    def build(cls, context: PageContext) -> StepPage:
        page = cls(context.session, context.settings, context.dialogs, context.runner)
        page.export_requested.connect(context.export_requested)
        if context.show_step is not None:
            page.step_requested.connect(context.show_step)
        if context.preview_requested is not None:
            page.preview_requested.connect(context.preview_requested)
        return page

    export_requested = Signal()
    #: A "what is missing" link was followed: the window shows that step's page.
    step_requested = Signal(object)
    #: "Preview and print…": the window shows the document's pages.
    preview_requested = Signal()

    def __init__(
        self,
        session: PlanSession,
        settings: Settings,
        dialogs: Dialogs,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.settings = settings
        self.dialogs = dialogs
        self.calculation = Recalculation(runner, self)
        # The marks and the sections with data, as last read; None until the first arrives.
        self.contents: tuple[dict[Step, Completeness], frozenset[str]] | None = None
        # What each step still lacks, as last read (None until the first arrives).
        self.progress: dict[Step, StepProgress] | None = None
        self.setObjectName("page_service_plan")
        self.setWidgetResizable(True)

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(step_title(Step.SERVICE_PLAN))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        purpose = QLabel(step_purpose(Step.SERVICE_PLAN))
        purpose.setWordWrap(True)
        outer.addWidget(purpose)

        actions = QHBoxLayout()
        self.export_button = QPushButton(translate("ServicePlanPage", "Export the Service Plan…"))
        self.export_button.setObjectName("exportServicePlan")
        self.export_button.setMinimumHeight(34)
        self.export_button.clicked.connect(self.export_requested.emit)
        actions.addWidget(self.export_button)
        self.preview_button = QPushButton(translate("ServicePlanPage", "Preview and print…"))
        self.preview_button.setObjectName("previewServicePlan")
        self.preview_button.setMinimumHeight(34)
        self.preview_button.clicked.connect(self.preview_requested.emit)
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        self.contents_box = QGroupBox(translate("ServicePlanPage", "What the document will hold"))
        self.contents_grid = QGridLayout(self.contents_box)
        self.contents_grid.setColumnStretch(2, 1)
        self.contents_grid.setHorizontalSpacing(12)
        self.section_states: dict[str, QLabel] = {}
        self.section_icons: dict[str, QLabel] = {}
        self.section_titles: dict[str, QLabel] = {}
        cover = QLabel(
            translate(
                "ServicePlanPage",
                "Every copy opens with a cover and a table of contents; then these sections:",
            )
        )
        cover.setWordWrap(True)
        self.contents_grid.addWidget(cover, 0, 0, 1, 3)
        for row, section in enumerate(section_ids(), start=1):
            icon = QLabel()
            icon.setFixedWidth(18)
            self.section_icons[section] = icon
            title = QLabel(section_title(section))
            self.section_titles[section] = title
            state = QLabel()
            state.setObjectName("hint")
            state.setWordWrap(True)
            self.section_states[section] = state
            self.contents_grid.addWidget(icon, row, 0)
            self.contents_grid.addWidget(title, row, 1)
            self.contents_grid.addWidget(state, row, 2)
        self.checking = QLabel(translate("ServicePlanPage", "Checking what each section holds…"))
        self.checking.setObjectName("hint")
        self.checking.hide()
        self.contents_grid.addWidget(self.checking, len(self.section_states) + 1, 0, 1, 3)
        outer.addWidget(self.contents_box)

        self.missing_box = QGroupBox(translate("ServicePlanPage", "What is still missing"))
        missing_layout = QVBoxLayout(self.missing_box)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingItems")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.missing_label.linkActivated.connect(self.follow_link)
        missing_layout.addWidget(self.missing_label)
        outer.addWidget(self.missing_box)

        self.branding_box = QGroupBox(translate("ServicePlanPage", "Branding"))
        branding_layout = QVBoxLayout(self.branding_box)
        self.branding = QLabel()
        self.branding.setObjectName("brandingSummary")
        self.branding.setWordWrap(True)
        branding_layout.addWidget(self.branding)
        outer.addWidget(self.branding_box)

        self.last_box = QGroupBox(translate("ServicePlanPage", "Last exported"))
        last_layout = QHBoxLayout(self.last_box)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastExport")
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        last_layout.addWidget(self.last_label, 1)
        self.open_button = QPushButton(translate("ServicePlanPage", "Open"))
        self.open_button.setObjectName("openLastExport")
        self.open_button.clicked.connect(self.open_last)
        last_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.folder_button = QPushButton(translate("ServicePlanPage", "Show the folder"))
        self.folder_button.setObjectName("openExportFolder")
        self.folder_button.clicked.connect(self.open_folder)
        last_layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.last_box)
        self.own_words = OwnWordsBox(session, dialogs)
        outer.addWidget(self.own_words)
        outer.addStretch(1)
        self.setWidget(body)
        self.last_export: Path | None = None
        self._unsaved_export: Path | None = None  # a plan with no file is not in the settings
        self.refresh()

    # -- showing ------------------------------------------------------------------------------

    def refresh_parts(self, parts: set[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Branding and the last export at once; what each section holds from a worker."""
        self._stale.clear()
        self.own_words.load()
        self._show_branding()
        self._show_last_export()
        if self.contents is None:
            for state in self.section_states.values():
                state.setText(translate("ServicePlanPage", "Checking…"))
        else:
            self.checking.show()  # the marks shown stay until the new ones arrive
        self.calculation.request(
            on_copy(self.session.store, _contents_and_progress), self._contents_read, self._not_read
        )

    def _contents_read(
        self,
        read: tuple[tuple[dict[Step, Completeness], frozenset[str]], dict[Step, StepProgress]],
    ) -> None:
        self.contents, self.progress = read
        self.checking.hide()
        self._show_sections()
        self._show_missing()

    def _show_missing(self) -> None:
        """Each section's missing items, each linked to the page that fixes it."""
        from ui.guidance import missing_text

        if self.progress is None:
            return
        progress = self.progress
        blocks = []
        for section in section_ids():
            steps = SECTION_STEPS.get(section)
            if not steps or section == "appendix":
                continue  # the summary and appendix gather the other sections' data
            items = [m for step in steps for m in progress[step].missing]
            if not items:
                continue
            links = "".join(
                f'<li><a href="step:{m.step.value}">{escape(step_title(m.step))}</a>: '
                f"{escape(missing_text(m))}</li>"
                for m in dict.fromkeys(items)
            )
            blocks.append(f"<p><b>{escape(section_title(section))}</b></p><ul>{links}</ul>")
        if blocks:
            self.missing_label.setText("".join(blocks))
        else:
            self.missing_label.setText(
                escape(
                    translate(
                        "ServicePlanPage",
                        "Nothing: every step is complete, and every section has its data.",
                    )
                )
            )

    def follow_link(self, link: str) -> None:
        if link.startswith("step:"):
            self.step_requested.emit(Step(link.removeprefix("step:")))

    def _not_read(self, error: BaseException) -> None:
        self.checking.hide()
        for state in self.section_states.values():
            state.setText(
                translate("ServicePlanPage", "Could not be checked: {error}").format(error=error)
            )

    def _show_sections(self) -> None:
        """Each section's mark from the contents last read and the sections left out."""
        if self.contents is None:
            return
        marks, with_data = self.contents
        left_out: list[str] = self.settings.get(keys.EXPORT_LEFT_OUT)
        for section, state in self.section_states.items():
            mark = section_mark(section, section in with_data, marks)
            text = section_state(mark)
            excluded = section in left_out
            if excluded:
                mark = Completeness.EMPTY
                text = translate(
                    "ServicePlanPage", "Left out (tick it in the Export dialog to include it)"
                )
            self.section_icons[section].setPixmap(_mark_icon(mark).pixmap(16, 16))
            self.section_titles[section].setEnabled(not excluded)  # greyed when left out
            state.setText(text)

    def _show_branding(self) -> None:
        from ui.branding import load_logo, normalise_accent

        firm = self.settings.get(keys.BRAND_FIRM).strip()
        parts = []
        if firm:
            parts.append(translate("ServicePlanPage", "Firm: {firm}").format(firm=firm))
        if load_logo() is not None:
            parts.append(translate("ServicePlanPage", "with its logo"))
        accent = normalise_accent(self.settings.get(keys.BRAND_ACCENT))
        if accent:
            parts.append(
                translate("ServicePlanPage", "accent colour {colour}").format(colour=accent)
            )
        footer = self.settings.get(keys.BRAND_FOOTER).strip()
        if footer:
            parts.append(translate("ServicePlanPage", "footer “{footer}”").format(footer=footer))
        where = translate("ServicePlanPage", "Change it in Edit ▸ Preferences.")
        if parts:
            text = "; ".join(parts) + ". " + where
        else:
            text = (
                translate(
                    "ServicePlanPage",
                    "No consultant branding: the document carries the business's own name and "
                    "logo. A consultant can add a firm name, logo, accent colour and footer line.",
                )
                + " "
                + where
            )
        self.branding.setText(text)

    def _show_last_export(self) -> None:
        path = self.session.store.path
        last = self.settings.last_export(path) if path is not None else self._unsaved_export
        self.last_export = last
        exists = last is not None and last.is_file()
        if last is None:
            self.last_label.setText(
                translate("ServicePlanPage", "This plan has not been exported yet.")
            )
        elif not exists:
            self.last_label.setText(
                translate("ServicePlanPage", "{file} is no longer there.").format(file=str(last))
            )
        else:
            assert last is not None
            when = datetime.fromtimestamp(last.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.last_label.setText(
                translate("ServicePlanPage", "{file}, written {when}").format(
                    file=str(last), when=when
                )
            )
        self.open_button.setEnabled(exists)
        self.folder_button.setEnabled(last is not None and last.parent.is_dir())

    # -- actions ------------------------------------------------------------------------------

    def note_exported(self, path: Path) -> None:
        """The Export dialog wrote a file: show it as the last export (and the sections it
        left out, which the dialog remembers)."""
        self._unsaved_export = path
        self._show_last_export()
        self._show_sections()

    def open_last(self) -> None:
        if self.last_export is not None and self.last_export.is_file():
            self.dialogs.show_file(self.last_export)

    def open_folder(self) -> None:
        if self.last_export is not None and self.last_export.parent.is_dir():
            self.dialogs.show_file(self.last_export.parent)

    def commit_pending(self) -> None:
        """Store the own text being typed (the window calls this before saving or closing)."""
        self.own_words.commit_pending()

    def dispose(self) -> None:
        """Stop listening to the plan: the page is about to be deleted."""
        self.calculation.stop()
        super().dispose()
