"""The main window: the step sidebar, a page per step, the File and Edit menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plan import paths
from plan.backups import latest_backup
from plan.errors import ChangedPlanError, NewerPlanError, PlanError, PlanInUseError
from plan.progress import StepProgress, plan_progress
from plan.steps import Step
from plan.store import PLAN_SUFFIX, PlanChange, PlanStore, Section
from serviceplan import __version__
from ui import settings as keys
from ui.dialogs import Dialogs, plan_file_filter
from ui.guidance import GuidanceBar
from ui.i18n import plan_error_message
from ui.pages.base import PageContext, StepPage, build_page
from ui.pages.welcome import DemoBanner, WelcomePage
from ui.session import PlanSession
from ui.settings import Settings
from ui.sidebar import StepSidebar
from ui.tasks import TaskRunner
from ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from ui.export_dialog import ExportFunction
    from ui.overview import OverviewPage
    from ui.pages.service_plan import ServicePlanPage

translate = QCoreApplication.translate


def launch_program(arguments: list[str]) -> bool:
    """Start another copy of this program (as it was started: bundle, script or -m)."""
    import sys

    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):
        prefix: list[str] = []
    elif "-m" in sys.orig_argv:
        at = sys.orig_argv.index("-m")
        prefix = sys.orig_argv[at : at + 2]
    else:
        prefix = [sys.argv[0]]
    started, _pid = QProcess.startDetached(sys.executable, [*prefix, *arguments])
    return bool(started)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs | None = None,
        language: str = "en",
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None:
            # After the event loop's first pass, which paints the window (see ui.wheel_guard:
            # the filter costs a Python call per event, and the first paint has hundreds);
            # the fields that exist by then are guarded as it is installed.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: install_wheel_guard(app)))
        self.runner = runner if runner is not None else TaskRunner(self)
        self.settings = settings
        self.dialogs = dialogs if dialogs is not None else Dialogs()
        self.language = language
        self.session: PlanSession | None = None
        self.pages: dict[Step, StepPage] = {}
        self.overviews: dict[str, OverviewPage] = {}
        self.progress: dict[Step, StepProgress] | None = None
        # The Export dialog's writer; None = export.service_plan.write_service_plan (tests swap it).
        self.export_function: ExportFunction | None = None
        # Starts the program again with these arguments (tests swap it: no process is started).
        self.launcher: Callable[[list[str]], bool] = launch_program

        self.sidebar = StepSidebar()
        self.sidebar.step_selected.connect(self.show_step)
        self.sidebar.group_selected.connect(self.show_group)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.banner = QLabel()
        self.banner.setObjectName("readonlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px;")
        self.banner.hide()
        self.demo_banner = DemoBanner()
        self.demo_banner.start_button.clicked.connect(self.new_plan)
        self.demo_banner.hide()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.guidance = GuidanceBar()
        self.guidance.step_requested.connect(self.show_step)
        self.guidance.hide()
        column.addWidget(self.guidance)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.welcome.new_button.clicked.connect(self.new_plan)
        self.welcome.open_button.clicked.connect(self.open_plan_dialog)
        self.welcome.demo_button.clicked.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_plan)
        self._restore_geometry()
        self._show_no_plan()

    # -- menus --------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_action = self._action(
            translate("MainWindow", "&New…"), self.new_plan, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            translate("MainWindow", "&Open…"), self.open_plan_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(translate("MainWindow", "Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.template_action = self._action(
            translate("MainWindow", "New from &Template…"), self.new_from_template
        )
        self.apply_data_action = self._action(
            translate("MainWindow", "Apply a &Data File…"), self.apply_data_file
        )
        self.demo_action = self._action(
            translate("MainWindow", "Open the &Demo Plan"), self.open_demo
        )
        self.save_as_action = self._action(
            translate("MainWindow", "Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.export_action = self._action(
            translate("MainWindow", "&Export the Service Plan…"), self.export_service_plan
        )
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.preview_action = self._action(
            translate("MainWindow", "Print Pre&view and Print…"),
            self.preview_service_plan,
            QKeySequence.StandardKey.Print,
        )
        self.close_action = self._action(
            translate("MainWindow", "&Close"), self.close_plan, QKeySequence.StandardKey.Close
        )
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.apply_data_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.preview_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self._action(
            translate("MainWindow", "&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            translate("MainWindow", "&Redo"), self.redo, QKeySequence.StandardKey.Redo
        )
        self.preferences_action = self._action(
            translate("MainWindow", "&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_action = self._action(
            translate("MainWindow", "Help on This &Step"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        help_menu.addAction(self.help_action)
        help_menu.addAction(self._action(translate("MainWindow", "&About"), self.show_about))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_plan(p))
        if not recent:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent plans"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(
                translate("MainWindow", "Clear the list"), self.settings.clear_recent
            )

    # -- plans --------------------------------------------------------------------------------

    def open_plan(self, path: Path, *, readonly: bool = False) -> bool:
        """Open `path`, replacing the current plan; on refusal say why and offer what helps."""
        self.commit_pending()
        try:
            store = PlanStore.open(path, readonly=readonly)
        except PlanInUseError as exc:
            question = (
                plan_error_message(exc) + "\n\n" + translate("MainWindow", "Open it read-only?")
            )
            if self.dialogs.confirm(self, translate("MainWindow", "Plan in use"), question):
                return self.open_plan(path, readonly=True)
            return False
        except ChangedPlanError as exc:
            question = (
                plan_error_message(exc)
                + "\n\n"
                + translate("MainWindow", "Open it read-only, with those values left out?")
            )
            if self.dialogs.confirm(
                self, translate("MainWindow", "Cannot edit the plan"), question
            ):
                return self.open_plan(path, readonly=True)
            return False
        except PlanError as exc:
            return self._refused(path, exc)
        self._set_store(store)
        if not store.readonly:
            self.settings.add_recent(path)
        if store.warnings:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Opened read-only; {count} value(s) were left out: {first}"
                ).format(count=len(store.warnings), first=store.warnings[0])
            )
        if store.backup_problem:
            self.statusBar().showMessage(
                translate("MainWindow", "Opened, but no backup could be made: {detail}").format(
                    detail=store.backup_problem
                )
            )
        return True

    def _refused(self, path: Path, error: PlanError) -> bool:
        message = plan_error_message(error)
        backup = None if isinstance(error, NewerPlanError) else latest_backup(path)
        if backup is not None:
            question = (
                message
                + "\n\n"
                + translate(
                    "MainWindow",
                    "A backup made when this plan was last opened exists ({name}). Open the "
                    "backup read-only? Use File ▸ Save As to keep it under a new name.",
                ).format(name=backup.name)
            )
            if self.dialogs.confirm(
                self, translate("MainWindow", "Cannot open the plan"), question
            ):
                return self.open_plan(backup, readonly=True)
            return False
        self.dialogs.error(self, translate("MainWindow", "Cannot open the plan"), message)
        return False

    def open_plan_dialog(self) -> None:
        path = self.dialogs.open_file(
            self, translate("MainWindow", "Open a plan"), plan_file_filter()
        )
        if path is not None:
            self.open_plan(path)

    def new_plan(self) -> None:
        path = self.dialogs.save_file(self, translate("MainWindow", "New plan"), plan_file_filter())
        if path is None:
            return
        if path.suffix != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        self.commit_pending()
        try:
            store = PlanStore.create(path, language=self.language)
        except PlanError as exc:
            self.dialogs.error(
                self, translate("MainWindow", "Cannot create the plan"), plan_error_message(exc)
            )
            return
        self._set_store(store)
        self.settings.add_recent(path)
        self.show_step(Step.PROFILE)

    def new_from_template(self) -> None:
        """A new plan with another plan's (or a data file's) standards, goals and means."""
        from plan.datafile import load_data, read_template

        template = self.dialogs.open_file(
            self,
            translate("MainWindow", "Choose a template"),
            translate("MainWindow", "Plans and data files (*.svcplan *.json);;All files (*)"),
        )
        if template is None:
            return
        path = self.dialogs.save_file(self, translate("MainWindow", "New plan"), plan_file_filter())
        if path is None:
            return
        if path.suffix != PLAN_SUFFIX:
            path = path.with_name(path.name + PLAN_SUFFIX)
        self.commit_pending()
        try:
            data, unknown = read_template(template)
            if unknown and not self._apply_the_rest(template, unknown):
                return
            language = str(data.get("language", self.language))
            store = PlanStore.create(
                path,
                language=language,
                fill=lambda s: load_data(s, data, replace_all=True, source=template),
            )
        except (PlanError, OSError) as exc:
            message = plan_error_message(exc) if isinstance(exc, PlanError) else str(exc)
            self.dialogs.error(self, translate("MainWindow", "Cannot create the plan"), message)
            return
        self._set_store(store)
        self.settings.add_recent(path)
        self.show_step(Step.PROFILE)

    def apply_data_file(self) -> None:
        """Merge a data file into the open plan as one step that Undo takes back."""
        from plan.datafile import read_data_file
        from ui.commands import ApplyData

        if self.session is None or self.session.readonly:
            return
        source = self.dialogs.open_file(
            self,
            translate("MainWindow", "Apply a data file"),
            translate("MainWindow", "Data files (*.json);;All files (*)"),
        )
        if source is None:
            return
        self.commit_pending()
        title = translate("MainWindow", "Cannot apply the data file")
        try:
            data, unknown = read_data_file(source)
        except (PlanError, OSError) as exc:
            message = plan_error_message(exc) if isinstance(exc, PlanError) else str(exc)
            self.dialogs.error(self, title, message)
            return
        if unknown and not self._apply_the_rest(source, unknown):
            return
        text = translate("MainWindow", "Apply {file}").format(file=source.name)
        error = self.session.push(ApplyData(self.session.store, data, text, source))
        if error is not None:
            self.dialogs.error(self, title, plan_error_message(error))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Applied {file}; Edit ▸ Undo takes it back.").format(
                file=source.name
            )
        )

    def _apply_the_rest(self, source: Path, unknown: list[str]) -> bool:
        """A data file's unknown keys are named, and left out only if the user agrees."""
        return self.dialogs.confirm(
            self,
            translate("MainWindow", "Apply a data file"),
            translate(
                "MainWindow",
                "{file} has keys this program does not know; they will be left out: {keys}."
                " Apply the rest?",
            ).format(file=source.name, keys=", ".join(unknown[:10])),
        )

    def open_demo(self) -> bool:
        """The built-in demo plan in the window's language, made on first use."""
        from plan.demo import create_demo  # only needed the first time

        path = paths.demo_plan_path(self.language)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                create_demo(path, self.language).close()
            except PlanError as exc:
                self.dialogs.error(
                    self,
                    translate("MainWindow", "Cannot create the demo plan"),
                    plan_error_message(exc),
                )
                return False
        return self.open_plan(path)

    def save_as(self) -> None:
        if self.session is None:
            return
        self.commit_pending()
        suggested = self.session.store.display_name() + PLAN_SUFFIX
        target = self.dialogs.save_file(
            self, translate("MainWindow", "Save the plan as"), plan_file_filter(), suggested
        )
        if target is None:
            return
        if target.suffix != PLAN_SUFFIX:
            target = target.with_name(target.name + PLAN_SUFFIX)
        try:
            self.session.store.save_copy(target)
        except PlanError as exc:
            self.dialogs.error(
                self, translate("MainWindow", "Cannot save the plan"), plan_error_message(exc)
            )
            return
        self.open_plan(target)

    def close_plan(self) -> None:
        if self.session is None:
            return
        self._drop_pages()
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self._show_no_plan()

    def _set_store(self, store: PlanStore) -> None:
        self._drop_pages()
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
        self.session = PlanSession(store, self)
        self.session.changed.connect(self._on_changed)
        # Bound methods, not lambdas: Qt drops them when the window goes, so a stack torn down
        # later cannot call into deleted actions.
        self.session.undo_stack.indexChanged.connect(self._on_undo_index)
        self._drop_pages()
        self.sidebar.setEnabled(True)
        self._on_changed(PlanChange(Section.PLAN))
        self.show_step(self.sidebar.current_step() or Step.PROFILE)

    def _drop_pages(self, *, delete: bool = True) -> None:
        """Detach and delete the current plan's pages; each is rebuilt when first shown.

        `delete=False` (the window is closing): the pages are detached from the plan but left
        to go with the window; deleting every page's widgets one by one cost quitting
        50-80 ms."""
        for page in self.pages.values():
            page.dispose()
            self.stack.removeWidget(page)
            if delete:
                page.deleteLater()
        self.pages = {}
        for overview in self.overviews.values():
            self.stack.removeWidget(overview)
            if delete:
                overview.deleteLater()
        self.overviews = {}

    def page(self, step: Step) -> StepPage | None:
        """The page for `step`, built on first use (start-up builds only the first page)."""
        if self.session is None:
            return None
        page = self.pages.get(step)
        if page is None:
            context = PageContext(
                self.session,
                self.dialogs,
                self.runner,
                self.settings,
                self.export_service_plan,
                self.show_step,
                self.preview_service_plan,
            )
            page = build_page(step, context)
            self.pages[step] = page
            self.stack.addWidget(page)
        return page

    def _service_plan_page(self) -> ServicePlanPage | None:
        """The Service Plan page, if it was built (its module is loaded then)."""
        page = self.pages.get(Step.SERVICE_PLAN)
        if page is None:
            return None
        from ui.pages.service_plan import ServicePlanPage

        return page if isinstance(page, ServicePlanPage) else None

    def _show_no_plan(self) -> None:
        self._drop_pages()
        self.stack.setCurrentWidget(self.welcome)
        self.sidebar.clear_marks()
        self.sidebar.clearSelection()
        self.sidebar.setEnabled(False)
        self.banner.hide()
        self.demo_banner.hide()
        self.guidance.hide()
        self.progress = None
        self.welcome.show_recent(self.settings.recent_files())
        self._update_title()
        self._update_actions()

    def show_step(self, step: Step) -> None:
        page = self.page(step)
        if page is None:
            return
        self.commit_pending()
        if self.sidebar.current_step() is not step:
            self.sidebar.select(step)
        self.stack.setCurrentWidget(page)
        if self.progress is not None:
            self.guidance.show_for(step, self.progress)

    def show_group(self, group: str) -> None:
        """A sidebar group's overview: what the step is for, what is filled, what is next."""
        if self.session is None:
            return
        self.commit_pending()
        overview = self.overviews.get(group)
        if overview is None:
            from ui.overview import OverviewPage

            overview = OverviewPage(group, self.language)
            overview.step_requested.connect(self.show_step)
            self.overviews[group] = overview
            self.stack.addWidget(overview)
        if self.sidebar.current_group() != group:
            self.sidebar.select_group(group)
        if self.progress is not None:
            overview.show_progress(self.progress)
        self.stack.setCurrentWidget(overview)
        self.guidance.hide()

    def help_topic(self) -> str:
        """What F1 explains: the page shown (a step or a group), else the first step."""
        current = self.stack.currentWidget()
        for group, overview in self.overviews.items():
            if overview is current:
                return group
        step = self.sidebar.current_step() if self.session is not None else None
        return (step or Step.PROFILE).value

    def show_help(self) -> None:
        from ui.overview import HelpDialog

        dialog = HelpDialog(self.help_topic(), self.language, self)
        self.dialogs.run_modal(dialog)
        dialog.deleteLater()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def commit_pending(self) -> None:
        for page in self.pages.values():
            page.commit_pending()

    # -- reacting to changes -------------------------------------------------------------------

    def _on_changed(self, _change: PlanChange) -> None:
        if self.session is None:
            return
        self.progress = plan_progress(self.session.store)
        self.sidebar.set_marks({step: p.mark for step, p in self.progress.items()})
        current = self.stack.currentWidget()
        shown = [o for o in self.overviews.values() if o is current]
        if shown:
            shown[0].show_progress(self.progress)
        elif current is not self.welcome:
            self.guidance.show_for(self.sidebar.current_step(), self.progress)
        self._update_title()
        reason = self.session.store.readonly_reason
        if reason:
            self.banner.setText(
                translate(
                    "MainWindow",
                    "Read-only: {reason}. Use File ▸ Save As to make an editable copy.",
                ).format(reason=self._readonly_reason_text(reason))
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.demo_banner.setVisible(self.is_demo())
        self._update_actions()

    def is_demo(self) -> bool:
        """Whether the open plan is the built-in demo (in any language)."""
        if self.session is None or self.session.store.path is None:
            return False
        folder = paths.demo_plan_path(self.language).parent
        try:
            return self.session.store.path.resolve().parent == folder.resolve()
        except OSError:
            return False

    @staticmethod
    def _readonly_reason_text(reason: str) -> str:
        texts = {
            "opened read-only": translate("MainWindow", "opened read-only"),
            "the file is read-only": translate("MainWindow", "the file is read-only"),
            "its folder is read-only": translate("MainWindow", "its folder is read-only"),
        }
        return texts.get(reason, reason)

    def _update_title(self) -> None:
        app_title = translate("MainWindow", "Service Plan Builder")
        if self.session is None:
            self.setWindowTitle(app_title)
            self.setWindowFilePath("")
            return
        store = self.session.store
        name = store.display_name()
        suffix = translate("MainWindow", " [read-only]") if store.readonly else ""
        self.setWindowTitle(f"{name}{suffix} — {app_title}")
        self.setWindowFilePath(str(store.path) if store.path else "")

    def _on_undo_index(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has_plan = self.session is not None
        for action in (
            self.save_as_action,
            self.export_action,
            self.preview_action,
            self.close_action,
        ):
            action.setEnabled(has_plan)
        self.apply_data_action.setEnabled(has_plan and not (self.session and self.session.readonly))
        stack = self.session.undo_stack if self.session is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.undo_action.setText(
            translate("MainWindow", "&Undo {what}").format(what=undo_text)
            if undo_text
            else translate("MainWindow", "&Undo")
        )
        self.redo_action.setText(
            translate("MainWindow", "&Redo {what}").format(what=redo_text)
            if redo_text
            else translate("MainWindow", "&Redo")
        )

    def undo(self) -> None:
        if self.session is None:
            return
        self.commit_pending()
        stack = self.session.undo_stack
        index = stack.index()
        stack.undo()
        if index > 0:
            self._report_command_error(stack.command(index - 1))

    def redo(self) -> None:
        if self.session is None:
            return
        stack = self.session.undo_stack
        index = stack.index()
        stack.redo()
        if index < stack.count():
            self._report_command_error(stack.command(index))

    def _report_command_error(self, command: object) -> None:
        error = getattr(command, "error", None)
        if isinstance(error, PlanError):
            self.dialogs.error(
                self,
                translate("MainWindow", "The change could not be saved"),
                plan_error_message(error),
            )

    # -- the Service Plan ---------------------------------------------------------------------

    def export_service_plan(self) -> None:
        """The Export dialog for the open plan (File ▸ Export, Ctrl+E, the Service Plan page)."""
        if self.session is None:
            return
        self.commit_pending()  # a half-typed field belongs in the document
        from ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.session,
            self.settings,
            self.dialogs,
            self.runner,
            self,
            export=self.export_function,
        )
        dialog.exported.connect(self._on_exported)
        self.dialogs.run_modal(dialog)
        dialog.deleteLater()

    def preview_service_plan(self) -> None:
        """The Service Plan as it would be exported now, page by page, with Print and Save."""
        if self.session is None:
            return
        self.commit_pending()
        from ui.branding import branding_from_settings
        from ui.export_dialog import default_paper, section_ids
        from ui.preview import DocumentPreview

        export = self.export_function
        if export is None:
            from export.service_plan import write_service_plan

            export = write_service_plan
        from export.service_plan import ExportOptions

        left_out: list[str] = self.settings.get(keys.EXPORT_LEFT_OUT)
        options = ExportOptions(
            language=self.session.store.language(),
            paper=self.settings.get(keys.EXPORT_PAPER) or default_paper(),
            sections=frozenset(s for s in section_ids() if s not in left_out),
            branding=branding_from_settings(self.settings),
        )
        copy = self.session.store.detached_copy()  # made here, where the plan's connection is
        writer = export

        def produce(path: Path) -> None:
            try:
                writer(copy, path, options)
            finally:
                copy.close()

        dialog = DocumentPreview(
            translate("MainWindow", "The Service Plan"),
            produce,
            self.runner,
            self.dialogs,
            self,
            save=self.export_service_plan,
        )
        self.dialogs.run_modal(dialog)
        dialog.deleteLater()

    def _on_exported(self, path: Path) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "The Service Plan was written to {file}").format(
                file=str(path)
            ),
            10000,
        )
        page = self._service_plan_page()
        if page is not None:
            page.note_exported(path)

    # -- preferences, about, closing ---------------------------------------------------------

    def show_preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, dialogs=self.dialogs)
        accepted = self.dialogs.run_modal(dialog)
        page = self._service_plan_page()
        if accepted and page is not None:
            page.refresh()  # the branding it shows may have changed
        if accepted and dialog.language_changed():
            self.offer_restart()

    def offer_restart(self) -> None:
        """A new window language: restart now on the same plan and page, or at the next start."""
        question = translate(
            "MainWindow",
            "The new language is used from the next start of the program. Restart now? The "
            "plan and the page you are on open again; everything typed is already saved.",
        )
        if self.dialogs.confirm(self, translate("MainWindow", "Preferences"), question):
            self.restart()

    def restart(self) -> None:
        """Close (releasing the plan), then start the program again on this plan and step."""
        step = self.sidebar.current_step() if self.session is not None else None
        plan = self.session.store.path if self.session is not None else None
        readonly = self.session is not None and self.session.store.readonly
        self.settings.set(keys.RESTART_STEP, step.value if step is not None else "")
        self.close()
        arguments = ["open", str(plan)] if plan is not None and not readonly else []
        if not self.launcher(arguments):
            self.dialogs.error(
                None,
                translate("MainWindow", "Preferences"),
                translate(
                    "MainWindow",
                    "The program could not be started again. Start it yourself: the new "
                    "language is used then.",
                ),
            )
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    def show_about(self) -> None:
        self.dialogs.info(
            self,
            translate("MainWindow", "About"),
            translate(
                "MainWindow",
                "Service Plan Builder guides a business through assessing its service, "
                "hearing its customers, finding the main problems, setting standards, goals and "
                "means, and printing a Service Plan. It works offline; each plan is one file.",
            )
            + f"\n\nService Plan Builder {__version__}",
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(keys.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending()
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.qsettings.sync()
        self.runner.stop()  # charts still queued are not drawn for a window that is going
        self._drop_pages(delete=False)
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
