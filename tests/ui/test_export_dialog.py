"""The Export dialog: choices remembered, progress, cancel, errors naming the file, success, and
the real Service Plan of the demo plan written through it (synchronously and in a worker)."""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from export.service_plan import SECTIONS, ExportCancelled, ExportOptions
from plan.demo import create_demo
from plan.errors import PlanError
from plan.store import PlanStore
from tests.ui.conftest import DeferredRunner, FakeDialogs
from ui import settings as keys
from ui.export_dialog import ExportDialog, section_title, suggested_target
from ui.session import PlanSession
from ui.settings import Settings
from ui.tasks import TaskRunner

ProgressFn = Callable[[int, int, str], None] | None
CancelledFn = Callable[[], bool] | None


class FakeExport:
    """Stands in for write_service_plan: records its calls, reports progress, writes a stub."""

    def __init__(self, steps: tuple[str, ...] = ("plan", "business", "layout")) -> None:
        self.steps = steps
        self.calls: list[tuple[Path, ExportOptions]] = []
        self.seen_during: list[tuple[int, str]] = []  # progress bar value, status, per report
        self.dialog: ExportDialog | None = None
        self.error: BaseException | None = None
        self.threads: list[int] = []

    def __call__(
        self,
        store: PlanStore,
        out: Path,
        options: ExportOptions,
        *,
        progress: ProgressFn = None,
        cancelled: CancelledFn = None,
    ) -> None:
        self.calls.append((out, options))
        self.threads.append(threading.get_ident())
        assert store.readonly  # a detached copy, never the window's own store
        if self.error is not None:
            raise self.error
        for done, step in enumerate(self.steps, start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            assert progress is not None
            progress(done, len(self.steps), step)
            if self.dialog is not None:
                self.seen_during.append((self.dialog.progress.value(), self.dialog.status.text()))
        out.write_bytes(b"%PDF-fake")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    plan = create_demo(tmp_path / "demo.svcplan", "en")
    yield plan
    plan.close()


@pytest.fixture
def session(store: PlanStore) -> PlanSession:
    return PlanSession(store)


def make_dialog(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    export: FakeExport | None = None,
) -> ExportDialog:
    dialog = ExportDialog(session, settings, dialogs, runner, export=export)
    qtbot.addWidget(dialog)
    if export is not None:
        export.dialog = dialog
    return dialog


def aim(dialog: ExportDialog, dialogs: FakeDialogs, target: Path) -> None:
    dialogs.save_paths.append(target)
    dialog.choose_target()


def test_every_section_is_offered_in_the_ui_language(
    qtbot: QtBot, session: PlanSession, settings: Settings, dialogs: FakeDialogs
) -> None:
    dialog = make_dialog(qtbot, session, settings, dialogs, TaskRunner(synchronous=True))
    assert list(dialog.section_checks) == list(SECTIONS)
    for section, check in dialog.section_checks.items():
        assert check.isChecked()
        assert check.text().startswith(section_title(section))
        assert "_" not in check.text()  # a title, not the id
    assert dialog.section_checks["business"].text() == "The business and its customers"


def test_an_empty_plan_marks_sections_with_nothing_to_show(
    qtbot: QtBot, tmp_path: Path, settings: Settings, dialogs: FakeDialogs
) -> None:
    session = PlanSession(PlanStore.create(tmp_path / "empty.svcplan"))
    try:
        dialog = make_dialog(qtbot, session, settings, dialogs, TaskRunner(synchronous=True))
        assert "not filled in yet" in dialog.section_checks["customers"].text()
        assert "not filled in yet" not in dialog.section_checks["business"].text()
    finally:
        session.close()


def test_sections_are_checked_in_a_worker_and_the_dialog_is_usable_meanwhile(
    qtbot: QtBot, tmp_path: Path, settings: Settings, dialogs: FakeDialogs
) -> None:
    session = PlanSession(PlanStore.create(tmp_path / "empty.svcplan"))
    runner = DeferredRunner()
    try:
        dialog = make_dialog(qtbot, session, settings, dialogs, runner)
        dialog.show()
        assert dialog.with_data is None and dialog.checking.isVisible()
        assert "not filled in yet" not in dialog.section_checks["customers"].text()
        assert dialog.export_button.isEnabled()
        runner.finish()
        assert dialog.with_data is not None and not dialog.checking.isVisible()
        assert "not filled in yet" in dialog.section_checks["customers"].text()
        assert "not filled in yet" not in dialog.section_checks["business"].text()
        # Closed before its answer arrives: the late answer touches nothing.
        late = make_dialog(qtbot, session, settings, dialogs, runner)
        late.reject()
        runner.finish()
        assert late.with_data is None
    finally:
        session.close()


def test_language_defaults_to_the_plans(
    qtbot: QtBot, tmp_path: Path, settings: Settings, dialogs: FakeDialogs
) -> None:
    session = PlanSession(create_demo(tmp_path / "ru.svcplan", "ru"))
    try:
        dialog = make_dialog(qtbot, session, settings, dialogs, TaskRunner(synchronous=True))
        assert dialog.language_combo.currentData() == "ru"
    finally:
        session.close()


def test_choices_are_passed_on_and_remembered(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    settings.set(keys.BRAND_FIRM, "Northwind Advisory")
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    dialog.section_checks["appendix"].setChecked(False)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    dialog.open_check.setChecked(False)
    aim(dialog, dialogs, tmp_path / "out")  # ".pdf" is added
    dialog.start()
    out, options = export.calls[0]
    assert out == tmp_path / "out.pdf"
    assert options.paper == "letter" and options.language == "zh"
    assert options.sections == frozenset(SECTIONS) - {"appendix"}
    assert options.branding.firm == "Northwind Advisory"
    assert dialogs.shown_files == []  # "open when done" was off

    again = make_dialog(qtbot, session, settings, dialogs, runner)
    assert not again.section_checks["appendix"].isChecked()
    assert again.section_checks["summary"].isChecked()
    assert again.paper_combo.currentData() == "letter"
    assert not again.open_check.isChecked()
    assert again.language_combo.currentData() == "en"  # per plan, not remembered
    assert again.target() == tmp_path / "out.pdf"  # this plan's last export


def test_no_section_chosen_disables_export(
    qtbot: QtBot, session: PlanSession, settings: Settings, dialogs: FakeDialogs
) -> None:
    dialog = make_dialog(qtbot, session, settings, dialogs, TaskRunner(synchronous=True))
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.section_checks["summary"].setChecked(True)
    assert dialog.export_button.isEnabled()


def test_progress_is_shown_and_success_names_the_file(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
    store: PlanStore,
) -> None:
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    written: list[Path] = []
    dialog.exported.connect(written.append)
    target = tmp_path / "plan.pdf"
    aim(dialog, dialogs, target)
    dialog.start()
    assert export.seen_during == [
        (1, "Reading the plan…"),
        (2, "Writing: The business and its customers"),
        (3, "Laying out the pages…"),
    ]
    assert target.read_bytes() == b"%PDF-fake"
    assert str(target) in dialog.status.text()
    assert written == [target]
    assert dialogs.shown_files == [target]  # "open when done" is on by default
    assert store.path is not None and settings.last_export(store.path) == target.resolve()
    assert not dialog.is_running() and dialog.export_button.isEnabled()
    assert "error" not in dialogs.kinds()


def test_a_plan_error_is_shown_naming_the_file(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    export = FakeExport()
    export.error = PlanError("cannot be written (No space left on device)", target)
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    aim(dialog, dialogs, target)
    dialog.start()
    errors = [(title, text) for kind, title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1
    title, text = errors[0]
    assert "could not be written" in title
    assert str(target) in text and "No space left on device" in text
    assert not target.exists() and dialogs.shown_files == []
    assert dialog.export_button.isEnabled() and not dialog.is_running()


def test_a_missing_folder_is_refused_before_any_work(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    target = tmp_path / "no such folder" / "plan.pdf"
    aim(dialog, dialogs, target)
    dialog.start()
    assert export.calls == []
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and str(target) in errors[0] and "does not exist" in errors[0]


def test_a_folder_as_target_is_refused(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    dialog.target_edit.setText(str(folder))
    dialog.start()
    assert export.calls == []
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert errors and str(folder) in errors[0] and "is a folder" in errors[0]


@pytest.mark.parametrize("name", ["demo.svcplan", "linked.pdf"])
def test_the_plan_itself_is_refused_as_target(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
    name: str,
) -> None:
    plan = session.store.path
    assert plan is not None
    target = tmp_path / name
    if not target.exists():
        os.link(plan, target)  # the plan under another name is the plan too
    before = plan.read_bytes()
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    dialog.target_edit.setText(str(target))
    dialog.start()
    assert export.calls == []
    errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
    assert len(errors) == 1 and str(target) in errors[0] and "plan itself" in errors[0]
    assert plan.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        export = FakeExport()
        dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
        aim(dialog, dialogs, folder / "plan.pdf")
        dialog.start()
        assert export.calls == []
        errors = [text for kind, _title, text in dialogs.calls if kind == "error"]
        assert errors and str(folder / "plan.pdf") in errors[0] and "read-only" in errors[0]
    finally:
        folder.chmod(0o755)


def test_replacing_another_file_is_asked_first(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
    store: PlanStore,
) -> None:
    target = tmp_path / "existing.pdf"
    target.write_bytes(b"keep me")
    settings.set_last_export(tmp_path / "other.svcplan", target)  # not this plan's export
    export = FakeExport()
    dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
    dialog.target_edit.setText(str(target))  # as suggested, not chosen in a save dialog
    dialogs.confirm_answers.append(False)
    dialog.start()
    assert dialogs.kinds() == ["confirm"] and export.calls == []
    assert target.read_bytes() == b"keep me"
    # This plan's own last export is asked about too; yes replaces it.
    assert store.path is not None
    settings.set_last_export(store.path, target)
    dialogs.confirm_answers.append(True)
    dialog.start()
    assert dialogs.kinds() == ["confirm", "confirm", "show_file"] and len(export.calls) == 1


def test_cancel_in_a_worker_stops_and_writes_nothing(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    gui = threading.get_ident()
    export = FakeExport(steps=tuple(f"step{n}" for n in range(500)))

    def slow(*args: object, **kwargs: object) -> None:
        progress = kwargs["progress"]

        def paced(done: int, total: int, step: str) -> None:
            time.sleep(0.01)
            progress(done, total, step)  # type: ignore[operator]

        kwargs["progress"] = paced
        export(*args, **kwargs)  # type: ignore[arg-type]

    dialog = ExportDialog(session, settings, dialogs, runner, export=slow)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "plan.pdf"
    aim(dialog, dialogs, target)
    qtbot.mouseClick(dialog.export_button, qtbot_button())
    assert dialog.is_running() and dialog.cancel_button.isVisible()
    assert not dialog.sections_box.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 3, timeout=5000)  # the GUI is live
    qtbot.mouseClick(dialog.cancel_button, qtbot_button())
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=5000)
    pool.waitForDone(5000)
    assert "cancelled" in dialog.status.text() and "nothing was written" in dialog.status.text()
    assert not target.exists()
    assert "error" not in dialogs.kinds() and dialogs.shown_files == []
    assert export.threads and export.threads[0] != gui
    assert dialog.export_button.isEnabled() and dialog.sections_box.isEnabled()


def test_closing_while_exporting_cancels_then_closes(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    release = threading.Event()

    def blocked(store: PlanStore, out: Path, options: ExportOptions, **kwargs: object) -> None:
        release.wait(5)
        cancelled = kwargs["cancelled"]
        assert callable(cancelled)
        if cancelled():
            raise ExportCancelled()
        out.write_bytes(b"%PDF-late")

    dialog = ExportDialog(session, settings, dialogs, runner, export=blocked)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "plan.pdf"
    aim(dialog, dialogs, target)
    dialog.start()
    dialog.reject()  # Escape or the window's close button
    assert dialog.isVisible() and dialog.status.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    pool.waitForDone(5000)
    assert not target.exists()


def test_suggested_target_is_beside_the_plan(
    store: PlanStore, settings: Settings, tmp_path: Path
) -> None:
    assert suggested_target(store, settings) == tmp_path / "demo-service-plan.pdf"


def test_the_demo_plan_is_not_exported_into_the_data_folder(
    settings: Settings, data_dir: Path
) -> None:
    (data_dir / "demo").mkdir(parents=True)
    plan = create_demo(data_dir / "demo" / "demo-en.svcplan", "en")
    try:
        target = suggested_target(plan, settings)
        assert data_dir.resolve() not in target.resolve().parents
    finally:
        plan.close()


# -- the real document -------------------------------------------------------------------------


def test_the_demo_plan_exports_through_the_dialog(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader

    settings.set(keys.BRAND_FOOTER, "Northwind Advisory · +1 555 0100")
    dialog = make_dialog(qtbot, session, settings, dialogs, runner)  # the real writer
    steps: list[str] = []
    dialog.status.setText("")
    original = dialog._progressed

    def spy(done: int, total: int, step: str) -> None:
        steps.append(step)
        original(done, total, step)

    dialog._progressed = spy  # type: ignore[method-assign]
    target = tmp_path / "service plan.pdf"
    aim(dialog, dialogs, target)
    dialog.start()
    assert "error" not in dialogs.kinds(), dialogs.calls
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert "business" in steps and "summary" in steps
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Northwind Advisory" in text  # the branding from the preferences is on it
    assert dialogs.shown_files == [target]
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_real_export_in_a_worker_keeps_the_window_responsive(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    dialog = make_dialog(qtbot, session, settings, dialogs, runner)
    dialog.open_check.setChecked(False)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    target = tmp_path / "plan.pdf"
    aim(dialog, dialogs, target)
    started = time.monotonic()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    timer.stop()
    pool.waitForDone(5000)
    elapsed = time.monotonic() - started
    assert "error" not in dialogs.kinds(), dialogs.calls
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.progress.maximum() > 0
    # The event loop kept turning while the PDF was built: no gap of a second between ticks.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert elapsed < 0.3 or (gaps and max(gaps) < 1.0), (elapsed, max(gaps, default=None))


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_read_only_plan_can_be_exported(
    qtbot: QtBot,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    create_demo(tmp_path / "ro.svcplan", "en").close()
    session = PlanSession(PlanStore.open(tmp_path / "ro.svcplan", readonly=True))
    try:
        export = FakeExport()
        dialog = make_dialog(qtbot, session, settings, dialogs, runner, export)
        aim(dialog, dialogs, tmp_path / "ro.pdf")
        dialog.start()
        assert (tmp_path / "ro.pdf").read_bytes() == b"%PDF-fake"
        assert "error" not in dialogs.kinds()
    finally:
        session.close()


def test_word_is_a_format_choice_and_the_file_follows_it(
    qtbot: QtBot,
    session: PlanSession,
    settings: Settings,
    dialogs: FakeDialogs,
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    import docx

    settings.set(keys.BRAND_FOOTER, "Northwind Advisory · +1 555 0100")
    dialog = make_dialog(qtbot, session, settings, dialogs, runner)  # the real writers
    assert dialog.chosen_format() == "pdf" and dialog.target().suffix == ".pdf"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.target().suffix == ".docx"  # the extension follows the format
    aim(dialog, dialogs, tmp_path / "service plan")  # a name typed without an extension
    assert dialog.target() == tmp_path / "service plan.docx"
    assert str(dialogs.calls[-1][2]).endswith(".docx")  # the save dialog was given a .docx
    dialog.start()
    assert "error" not in dialogs.kinds(), dialogs.calls
    document = docx.Document(str(dialog.target()))
    assert next(p.text for p in document.paragraphs if p.style.name == "Heading 1") == (
        "Executive summary"
    )
    footer = document.sections[0].footer.paragraphs[0].text
    assert "Northwind Advisory" in footer  # the branding from the preferences
    # The next export of this plan suggests the Word file again.
    assert suggested_target(session.store, settings) == dialog.target()
    again = make_dialog(qtbot, session, settings, dialogs, runner)
    assert again.chosen_format() == "docx"
